for obj, name in [(1, "__doc__"), (1, "bit_length"), (1, "real"), (1, "zzz"), ("s", "upper"), ([], "append"), ([], "zz"), ((), "__doc__"), (1.0, "imag")]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print(e)
