print(eval("1 + 2 * 3"), eval("'abc'.upper()"), eval("[x * 2 for x in range(3)]"), eval(" 5 "))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": "global"}, {"x": "local"}))
g = {}
exec("a = 1\nb = a + 1\ndef f(n):\n    return n * b\nc = f(10)", g)
print(g["a"], g["b"], g["c"], sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
exec("x = 99")
print(x)
ns = {"data": [3, 1, 2]}
exec("data.sort()\ntotal = sum(data)", ns)
print(ns["data"], ns["total"])
print(exec("1 + 1"), eval("None"))
for bad in ("1 +", "x = 1", "import"):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
