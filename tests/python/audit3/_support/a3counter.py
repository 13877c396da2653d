print("executing a3counter")
count = 0
