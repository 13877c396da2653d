class ModError(Exception):
    pass
class EmptyStr(Exception):
    def __str__(self): return ""
def fail():
    raise ModError("from module")
