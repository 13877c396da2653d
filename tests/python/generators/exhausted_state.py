def gen():
    yield 1


g = gen()
print(list(g), list(g), next(g, "default"))
for x in g:
    print("never")
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    g.send(None)
except StopIteration:
    print("send on exhausted raises StopIteration")
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("throw on exhausted re-raises", e)
print(g.close(), "close on exhausted is fine")
it = iter([1, 2])
print(list(it), list(it))
m = map(abs, [-1])
print(list(m), list(m))
