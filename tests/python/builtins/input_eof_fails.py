print("asking for input")
name = input("name: ")
print("hello", name)
