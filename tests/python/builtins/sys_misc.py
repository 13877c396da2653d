import sys

print(sys.getrecursionlimit())
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.byteorder in ("little", "big"), sys.platform != "")
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(hasattr(sys, "stdout"), hasattr(sys, "stderr"), hasattr(sys, "stdin"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1)
