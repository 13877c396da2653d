samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
    "cr\r", "nul\x00", "bell\x07", "del\x7f", "\x1b[0m", "héllo", "日本", "😀", "\u200b", "\xa0",
    "\x80\x9f", "\U0010ffff", "\u0301", "", "'", '"', "\\",
]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(["a'b", 'c"d'], ("x\ny",))
