import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print()
print(1, 2.5, None, True, [1], sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*["x", "y"], sep="\n")
print("multi\nline\tstring")
print(sep="ignored")
print("sep None", "end None", sep=None, end=None)
print("to stdout explicitly", file=sys.stdout)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc") if False else "ok")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
