for i in range(3):
    continue
continue
