def fib(n):
    a, b = 0, 1
    while n:
        a, b = b, a + b
        n -= 1
    return a


for i in range(15):
    print(i, fib(i))
print(fib(100))
print(fib(300))
