# fnmatch, fnmatchcase, filter and translate.
import fnmatch

names = ["a.py", "b.PY", "setup.cfg", ".hidden.py", "dir/x.py", "abc", "a[b]c", "a-c",
         "x\ny", "", "?", "*", "[", "]", "!", "a\\b", "é.py"]
pats = ["*.py", "*.PY", "?", "a?c", "a[bc]c", "a[!b]c", "[a-c]*", "[!a-c]*", "*[]]*",
        "[[]", "a[[]b]c", "a[-]c", "a[b-]c", "[z-a]*", "*/*", "x?y", "", "*", "**",
        "[?]", "[*]", "a\\b", "a[\\]b", "[!]", "[!]]", "a*b*c", "*.p?", "[]", "[^a]*",
        "é*", "[a-z]*[!.]", "*a*a*a*a*a*b"]
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
for name, pat in [("Hello.TXT", "*.txt"), ("hello.txt", "*.TXT"), ("aaaaaaaaaaaaaaaaaaaa", "*a*a*a*a*a*b")]:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
for p in ["*.py", "a*b*c", "[!a-c]x?", "[]]", "[!]]", "[a-", "*", "**", "a**b", "[a-z-]",
          "x[[]", "[\\]", "[z-a]", "a*b*", "[a--b]", "[^x]", "a&&b", "[a&&b]", "[~-z]",
          "[-a]", "(x)", "[!]", "[!-]", "*?*", "a*?b**c", "[a-b-c]", "[--/]", "[]-a]"]:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.fnmatch(b"a.py", b"*.py"), fnmatch.fnmatchcase(b"a.PY", b"*.py"),
      fnmatch.filter([b"x.c", b"y.h"], b"*.[ch]"), fnmatch.filter([b"\xe9.c"], b"?.c"))
for args in [(1, "a"), ("a", 1), ("a", b"a"), (b"a", "a"), ([], "*")]:
    try:
        print(fnmatch.fnmatch(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    fnmatch.fnmatchcase(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    fnmatch.filter(["a", 1], "a")
except TypeError as e:
    print("TypeError", e)
print(fnmatch.__all__)
