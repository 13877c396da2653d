def factorial(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result


for n in (0, 1, 5, 10, 20, 21, 25, 50):
    print(n, factorial(n))
print(factorial(50) // factorial(48))
print(factorial(30) % 1000000007)
print(len(str(factorial(100))))
print(-factorial(25))
