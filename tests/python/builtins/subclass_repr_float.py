# Set and frozenset subclasses show their class in repr() and str(); float() of a
# float subclass; bytearray repetition by a huge count.
class FS(frozenset): pass
class S(set): pass
print(repr(FS({1})), repr(S({1})))
class F2(float): pass
try: print(float(F2(3)))
except Exception as e: print(type(e).__name__, e)
try: bytearray(b'a').__imul__(2**70)
except Exception as e: print(type(e).__name__, e)
print(repr(FS()), repr(S()), FS({2}).__repr__(), S().__repr__(), set.__repr__(S({3})), str(S({4})), f"{S({5})}")
class S2(set):
    def __repr__(self): return "S2!" + super().__repr__()
print(repr(S2({1})), [S({1}), FS()])
