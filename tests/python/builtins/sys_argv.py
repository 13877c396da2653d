import sys

print(len(sys.argv))
print(sys.argv[0])
print(type(sys.argv).__name__, sys.argv[1:])
