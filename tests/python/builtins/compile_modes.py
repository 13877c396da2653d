code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, code.co_name, code.co_filename, eval(code))
code2 = compile("y = 5\nprint('exec mode', y)", "<stmts>", "exec")
print(code2.co_name, code2.co_filename)
ns = {}
exec(code2, ns)
print(ns["y"])
single = compile("6 * 7", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("z = 1", "<single>", "single"))
print(compile("pass", "<x>", "exec").co_name, compile("x", "name.py", "eval").co_filename)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
f_code = compile("def g(a, b):\n    c = a\n    return c\n", "<def>", "exec")
env = {}
exec(f_code, env)
print(env["g"](4, 5), env["g"].__code__.co_varnames, env["g"].__code__.co_filename)
