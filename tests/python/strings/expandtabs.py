s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr("12345678\tx\n\ty".expandtabs(4)))
print(repr("\t".expandtabs(-1)))
