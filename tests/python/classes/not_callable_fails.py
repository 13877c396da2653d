class Widget:
    size = 3


w = Widget()
print(w.size)
w()
