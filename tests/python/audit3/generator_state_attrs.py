def states():
    yield 1
    yield 2
st = states()
print(st.gi_running, st.gi_suspended, st.gi_code.co_name, st.gi_code.co_firstlineno)
next(st)
print(st.gi_running, st.gi_suspended)
list(st)
print(st.gi_running, st.gi_suspended)
def watch():
    g = yield
    yield g.gi_running
w = watch(); next(w)
print(w.send(w))
