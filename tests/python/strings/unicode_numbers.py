# int(), float() and complex() of str with digits and spaces beyond ASCII: CPython maps
# each decimal digit (category Nd) to its ASCII digit and each isspace() character to a
# space; anything else non-ASCII makes the text invalid (the message shows the original).
for s in ["\u0661\u0662", "\u0661\u0662.\u0665", "\uff11e\uff13", "\U0001d7ce\U0001d7cf",
          "\u00b2", "\u0661_\u0662", "\u0966", "\u3000\u0661\u2003", "-\u0661.5j", "\u0661+\u0662j",
          "(\u0661\u0662)", "1\u00bd", "\u2160", "inf\u3000", "\u0661e\u0662", "\x7f1", "1\x7f",
          "\u0e51\u0e52\u0e53", "\U0001e950\U0001e951", "12\u200b", "\u0661\u0662\u0663\u0664"]:
    for f in (int, float, complex):
        try:
            print(ascii(s), f.__name__, f(s))
        except ValueError as e:
            print(ascii(s), f.__name__, type(e).__name__, e)
print(int("\u0661\u0662", 16), int("\u0661\u0660", 2), int("\uff10x\uff11", 0) if False else "")
for s in ["\u0661\u0662", "\u0661x"]:
    for base in (8, 16, 36):
        try:
            print(ascii(s), base, int(s, base))
        except ValueError as e:
            print(ascii(s), base, type(e).__name__, e)
