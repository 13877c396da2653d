trace = []


def idx(n):
    trace.append(("idx", n))
    return n


def val(v):
    trace.append(("val", v))
    return v


lst = [0, 0, 0]
lst[idx(0)] = lst[idx(1)] = val("x")
print(lst, trace)
trace.clear()
lst[idx(2)], lst[idx(0)] = val("a"), val("b")
print(lst, trace)
trace.clear()
d = {}
d[idx("k")] = val(1)
print(d, trace)
trace.clear()
d[idx("k")] += val(5)
print(d, trace)
