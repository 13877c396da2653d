try:
    line = input()
except EOFError as e:
    print("EOFError caught:", repr(e), str(e))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
