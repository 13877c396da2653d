import sys
sys.path.insert(0, sys.path[0] + "/_support")

print("program __name__ =", __name__)
if __name__ == "__main__":
    print("running as main")
import mod_main_check
print(mod_main_check.__name__)
MARKER = "set by main program"
import mod_uses_main
import __main__
print(__main__.MARKER, __main__.__name__, sys.modules["__main__"] is __main__)
