trace = []


def t(v):
    trace.append(v)
    return v


print(t(0) and t(1), trace)
trace.clear()
print(t(2) and t(3), trace)
trace.clear()
print(t(0) or t(""), trace)
trace.clear()
print(t(4) or t(5), trace)
trace.clear()
print(t([]) or t(None) or t("last"), trace)
trace.clear()
print(t(1) and t(2) and t(0) and t(3), trace)
print(0 or [], [] or 0, "" and 1, "x" and [], None or {}, 0.0 or -0.0)
print(1 and 2 or 3, 0 and 2 or 3, 1 and 0 or 3, (1 or 2) and 0)
print(not [], not [0], not "", not " ", not 0.0, not None)
