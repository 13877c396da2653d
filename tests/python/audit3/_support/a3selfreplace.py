import sys
class Replacement:
    name = "replacement object"
    def __getattr__(self, n):
        return "dyn-" + n
sys.modules[__name__] = Replacement()
