class D:
    cv = 1
d = D()
d.x = 1
try:
    del d.__dict__
    print("deleted dict", vars(d))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    D.__dict__ = {}
    print("assigned type __dict__", D.cv)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    (1).__doc__ = "x"
except AttributeError as e:
    print("AttributeError", e)
