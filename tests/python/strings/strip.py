s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), repr("aaa".strip("a")))
print("www.example.com".strip("cmowz."))
print(repr("\u3000wide space\u3000".strip()))
print("hello".strip(""), "hello".strip(None))
print("prefix-body".removeprefix("prefix-"), "prefix-body".removeprefix("nope"))
print("file.txt".removesuffix(".txt"), "file.txt".removesuffix(".py"), "".removesuffix(""))
