print("before")
result = (1 + 2
print(result)
