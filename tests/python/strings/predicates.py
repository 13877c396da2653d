samples = ["abc", "ABC", "Abc", "Abc Def", "abc123", "123", "١٢٣", "½", "²", "  \t\n", "", "a_b", "_x1", "1x", "x y", "héllo", "ÀB", "Hello World", "hello World", "def", "\u00a0"]
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
             s.istitle(), s.isidentifier(), s.isnumeric(), s.isdecimal(), s.isascii(), s.isprintable()]
    print(repr(s).ljust(14), "".join("T" if f else "." for f in flags))
