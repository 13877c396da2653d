import sys

print("sys.exit() with no argument exits 0")
sys.exit()
