import inspect, sys
info = inspect.getframeinfo(sys._getframe())
print(type(info).__name__, info._fields, len(info), info[1], info.function, isinstance(info, tuple))
fi = inspect.stack()[0]
print(type(fi).__name__, fi._fields, fi.lineno, fi[2], fi.function, fi.index)
made = inspect.Traceback('f.py', 3, 'fn', None, None, positions=(3, 3, 0, 1))
print(made, made.positions, made == ('f.py', 3, 'fn', None, None))
fname, lineno, func, ctx, idx = made
print(fname, lineno, func, ctx, idx)
print(inspect.FrameInfo(None, 'g.py', 1, 'h', ['x\n'], 0).filename)
