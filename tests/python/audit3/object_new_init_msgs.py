class Plain: pass
for f in (lambda: object.__new__(Plain, 1), lambda: object.__init__(Plain(), 1), lambda: object.__new__(int)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
