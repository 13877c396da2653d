def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in (-5, 0, 7, 42, 1000):
    print(n, classify(n))
x = 5
if x > 3:
    if x > 4:
        print("nested true")
    else:
        print("nested false")
if x: print("one-liner")
if []:
    print("never")
elif {}:
    print("never")
elif "":
    print("never")
else:
    print("all falsy")
