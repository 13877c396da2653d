import a3partial_a
try:
    a3partial_a.ONE
except AttributeError as e:
    print("AttributeError", e)
