words = ["hello world", "HELLO World", "hELLO wORLD", "they're bill's friends", "ß straße", "ǆemal", "123abc", "", "ÉCOLE élan"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("ﬁne".upper(), "İ".lower() == "i̇", len("İ".lower()))
# ASCII text (drawn by a byte-wise path): digits, punctuation and underscores between
# letters, long text, one letter.
ascii_words = ["number1", "first_name", "a", "A", "x2y", "2nd place", "o'neil-smith jr.",
               "ALL_CAPS_99", "MiXeD cAsE\twith\nbreaks", "_leading", "ab" * 40 + " CD" * 10]
for w in ascii_words:
    print(repr(w), "|", w.title(), "|", w.capitalize(), "|", w.replace("_", " ").capitalize())
