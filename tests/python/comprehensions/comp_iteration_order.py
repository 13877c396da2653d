log = []


def src(name, items):
    log.append("iter " + name)
    return items


print([(a, b) for a in src("outer", [1, 2]) for b in src("inner", "xy")])
print(log)
log.clear()
gen = (a for a in src("gen", [1, 2]))
print(log)
print(list(gen), log)
