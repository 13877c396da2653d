# A deeply nested uncaught group: freed without trouble, drawn down to max_group_depth.
e = ValueError(0)
for i in range(200000):
    e = ExceptionGroup("x", [e])
del e
print("freed")
e = ValueError(0)
for i in range(30):
    e = ExceptionGroup(f"level {i}", [e])
raise e
