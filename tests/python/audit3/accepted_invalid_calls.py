def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: object.__init__())
def bad_base():
    class X(type(len)):
        pass
t(bad_base)
def bad_base2():
    class Y(type([].append)):
        pass
t(bad_base2)
t(lambda: type("C", (), {"__qualname__": 5}))
t(lambda: type("C", (), {"__qualname__": "Q.C"}).__qualname__)
def g():
    yield 1
    yield 2
gen = g()
next(gen)
t(lambda: gen.throw(ValueError, None, 5))
try:
    gen.throw(ValueError, None, None)
except ValueError:
    print("ValueError thrown")
