class MG(type):
    def __getattr__(cls, n): return f"meta-getattr:{n}"
class WithMG(metaclass=MG):
    real = 1
try:
    print(WithMG.real, WithMG.virtual, getattr(WithMG, "other"))
except AttributeError as e:
    print("AttributeError", e)
