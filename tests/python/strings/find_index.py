s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("o"), s.rfind("o"), s.find("z"), s.rfind("z"))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -5), s.find(""), s.rfind(""), s.find("", 100))
print(s.index("world"), s.rindex("l"), s.index("l", 4))
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 5), s.count("l", 0, 4), "aaaa".count("aa"))
for meth in (s.index, s.rindex):
    try:
        meth("zzz")
    except ValueError as e:
        print(type(e).__name__, e)
print("héllo".find("l"), "日本語".find("語"))
print("hello" in s, "xyz" in s, "" in s, "" in "", "o w" in s, "H" not in s)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
