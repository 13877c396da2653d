for ch in "héy":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), sorted("hello"), list(reversed("abc")))
print([c for c in "a1b2" if c.isdigit()], list(enumerate("xy")))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print("".join(sorted(set("mississippi"))), "mississippi".count("ss"))
