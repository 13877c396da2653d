# Unicode case mappings: titlecase (ß -> Ss, digraphs), case folding, final sigma, istitle.
words = ["ß straße", "ǆemal ǅemal Ǆemal", "ﬁne ﬂow", "ŉ", "hello WORLD", "ǈ ǉ Ǉ", "ΣΑΣ σας", "İstanbul", "ǰ", "They're bill's friends", "ῼ ᾳ", "1st 2nd", "ꭰ"]
for w in words:
    print(repr(w), w.title(), w.capitalize(), w.casefold(), w.swapcase(), w.istitle(), w.title().istitle(), w.upper(), w.lower())
print("ǅ".istitle(), "Ǆ".istitle(), "ǆ".istitle(), "ǅemal".istitle(), "Ǆemal".istitle())
print("ß".upper(), "ß".casefold() == "SS".casefold(), "ﬀ".casefold())
