import sys

print("clean exit")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
sys.exit(0)
