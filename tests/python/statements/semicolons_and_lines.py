a = 1; b = 2; c = a + b; print(c)
total = (1 +
         2 +
         3)
print(total)
items = [
    1,
    2,
    3,
]
print(items)
long_string = "first part " \
    "second part"
print(long_string)
if a == 1 and \
        b == 2:
    print("continuation ok")
x = {
    "k": [
        (1, 2),
    ],
}
print(x)
