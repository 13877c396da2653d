print((1,), (1, 2), (), ((),), (((1,),),), ([],), ({},), ("s",), (1.5, -0.0, None))
print(repr((1, "two", [3])), str(("a", 'b"c')))
t = ([1], [2])
t[0].append(10)
print(t)
try:
    t[0] += [20]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
