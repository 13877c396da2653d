class Num:
    def __complex__(self): return 1j
print(complex(Num()))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class Bad:
    def __complex__(self): return 1
print(complex(F()), complex(I()))
try: complex(Bad())
except TypeError as e: print(e)
class MF(float): pass
print(MF(2.5).real, MF(2.5).imag, complex(1, 2).real)
