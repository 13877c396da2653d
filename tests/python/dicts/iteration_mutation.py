d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d.keys():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
