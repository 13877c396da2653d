x = 3
y = 5
if x < y:
    print("x < y")
elif True:
    print("elif")
else:
    print("else")

if x > y:
    print("x > y")
elif True:
    print("elif taken")
else:
    print("else")

if x > y:
    print("no")
elif False:
    print("no")
else:
    print("else taken")

if x:
    print("truthy int")
if not 0:
    print("0 is falsy")
if "":
    print("no")
else:
    print("empty string falsy")
