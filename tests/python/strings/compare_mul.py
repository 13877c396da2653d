print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z", "abc" == "abc", "a" != "A")
print("apple" <= "apple", "b" >= "abc", "10" < "9", max("hello"), min("hello"))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 100))
print("a" + "b" + "c", "-" * 10)
s = "ab"
s *= 2
s += "!"
print(s)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1)
