class OS(OSError): pass
for cls in (OSError, OS, FileNotFoundError):
    o = cls(2, "No such file")
    try:
        print(cls.__name__, o.errno, o.strerror, str(o))
    except AttributeError as e:
        print("AttributeError", e)
o = OSError(2, "No such file")
print(type(o).__name__)
