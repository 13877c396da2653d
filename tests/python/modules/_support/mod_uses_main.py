import __main__
print("mod_uses_main sees __main__.MARKER =", getattr(__main__, "MARKER", None))
