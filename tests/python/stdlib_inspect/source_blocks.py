import inspect, functools

def multi_line(a,
               b=(1,
                  2),
               c="text ( with bracket"):
    x = [
  1, 2]
    return x

def one_liner(): return 1

def nested():
    def inner(q):
        return q * 2
    return inner

class Widget:
    """A widget."""

    size = {'a': [1,
                  2]}

    @staticmethod
    @functools.lru_cache
    def cached(n):
        return n

    def method(self, s='''multi
line string''' ):
        if s:
            return s
        # done

    @property
    def area(self):
        return 4
# after the class

def backslash(a, \
              b):
    return a

for obj in (multi_line, one_liner, nested(), Widget, Widget.method, Widget.area.fget,
            backslash, Widget.cached):
    lines, start = inspect.getsourcelines(obj)
    print(start, len(lines))
    print(''.join(lines), end='')
    print('---')
lines, start = inspect.findsource(nested)
print(start, len(lines) > 40)
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getsource(3)
except TypeError as e:
    print('TypeError', e)
import sys
print(inspect.getsourcelines(sys.modules[__name__])[1])
print(inspect.getsource(sys._getframe()).splitlines()[0])
code = compile('x = 1', '<string>', 'exec')
try:
    inspect.getsource(code)
except OSError as e:
    print('OSError', e)
print(inspect.getcomments(Widget.area) if hasattr(inspect, 'getcomments') else None)
