# The SyntaxErrors of match statements: message and position, as CPython 3.11 reports.
snippets = [
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case (y): pass\n case 2: pass",
    "match x:\n case (y as z): pass\n case 2: pass",
    "match x:\n case a.b | c: pass\n case 2: pass",
    "match x:\n case x | 1: pass",
    "match x:\n case (x as y) | z: pass",
    "match x:\n case 1 | _: pass\n case 2: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case (a as b) as b: pass",
    "match x:\n case {'a': a, **a}: pass",
    "match x:\n case Point(x=a, y=[a]): pass",
    "def f():\n match x:\n  case [a, *a]: pass",
    "match x:\n case [a] | (b,): pass",
    "match x:\n case [x] | [x, *y]: pass",
    "match x:\n case 1 | y if y: pass\n case 3: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case {1: a, True: b}: pass",
    "match x:\n case {-1: a, -1: b}: pass",
    "match x:\n case {'a': 1, 'b' 'a': 2, 'ba': 3}: pass",
    "match x:\n case {b'a': 1, b'a': 2}: pass",
    "match x:\n case {0.5: 1, 0.5: 2}: pass",
    "match x:\n case {None: 1, None: 2}: pass",
    "match x:\n case {1j: 1, 1j: 2}: pass",
    "match x:\n case {0: 1, 0.0: 2}: pass",
    "match x:\n case 1 as _: pass",
    "match x:\n case Point(x=1, x=2): pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case [*_, *_]: pass",
    "match x:\n case 1+1: pass",
    "match x:\n case 1j+1: pass",
    "match x:\n case -1j+1j: pass",
    "match x:\n case f'a': pass",
    "match x:\n case Point(x=1, 2): pass",
    "match x:\n case __debug__: pass",
    "match x:\n case {'a': 1, **__debug__}: pass",
    "match x:\n case a: pass\n case b: pass\n case c: pass",
    "match x:\n case 1 | y: pass",
    "match x:\n case (1 | y) as z: pass",
    "match x:\n case {f(): 1}: pass",
    "match x:\n case {a.b(): 1}: pass",
    "match x:\n case {[1]: 1}: pass",
    "match x:\n case {x: 1}: pass",
    "match x:\n case {**rest, 'a': 1}: pass",
    "match x:\n case {**a, **b}: pass",
    "for i in x:\n match i:\n  case [y, *z] | y: pass\n  case _: pass",
]
for s in snippets:
    try:
        compile(s, "<s>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(repr(s))
        print("   ", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# Irrefutable patterns that are fine.
fine = [
    "match x:\n case y if y: pass\n case 1: pass",
    "match x:\n case 1: pass\n case y: pass",
    "match x:\n case [y] | [y, _]: pass\n case z: pass",
    "match x:\n case _ if x: pass\n case _: pass",
    "match x:\n case {**r}: pass",
    "match x:\n case a.b(): pass",
]
for s in fine:
    compile(s, "<s>", "exec")
    print("compiled", repr(s))
