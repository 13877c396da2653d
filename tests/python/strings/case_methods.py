words = ["hello world", "HELLO World", "hELLO wORLD", "they're bill's friends", "ß straße", "ǆemal", "123abc", "", "ÉCOLE élan"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("ﬁne".upper(), "İ".lower() == "i̇", len("İ".lower()))
