class MyInt(int): pass
print((5).real, True.real, (5).imag, (5).numerator, (5).denominator)
for attr in ("real", "imag", "numerator", "denominator"):
    try: print(attr, getattr(MyInt(5), attr))
    except AttributeError as e: print("AttributeError", e)
