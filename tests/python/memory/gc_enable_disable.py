import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__)
print(gc.collect() >= 0)
