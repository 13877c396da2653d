import sys
sys.path.insert(0, sys.path[0] + "/_support")


class FakeModule:
    answer = 42

    def __repr__(self):
        return "<fake>"


sys.modules["fake_mod"] = FakeModule()
import fake_mod
print(fake_mod, fake_mod.answer)
from fake_mod import answer
print(answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
import mod_simple
mod_simple.marker = "kept"
import mod_simple
print(mod_simple.marker)
