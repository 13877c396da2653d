for a in [(), ('u',), ('u', 'x', 0, 1, 'r'), ('u', b'x', '0', 1, 'r'), (1, b'x', 0, 1, 'r')]:
    try: UnicodeDecodeError(*a)
    except TypeError as e: print(e)
for a in [('u', b'x', 0, 1, 'r'), ('u','x',0,1,5)]:
    try: UnicodeEncodeError(*a)
    except TypeError as e: print(e)
e=UnicodeDecodeError('utf-8', b'abc', 0, 2, 'bad'); print(e)
e=UnicodeDecodeError('utf-8', bytearray(b'abc'), 1, 1, 'bad'); print(e, e.object)
e=UnicodeEncodeError('ascii', 'a\u20ac\U0001f600', 1, 2, 'r'); print(e)
e=UnicodeEncodeError('ascii', 'a\u20ac\U0001f600', 2, 3, 'r'); print(e)
e=UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'); print(e)
e=UnicodeTranslateError('abc', 0, 1, 'r'); print(e, e.encoding)
e=UnicodeDecodeError('utf-8', b'abc', 5, 9, 'bad'); print(e)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
try:
    'h\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
class MyErr(UnicodeDecodeError): pass
try:
    raise MyErr('utf-8', b'\xfe', 0, 1, 'mine')
except UnicodeError as e:
    print(type(e).__name__, e, e.reason)
e = SyntaxError("bad", ("/a/b/c.py", 3, 4, "x y\n"))
e.lineno = 9
print(e, e.text)
print(SyntaxError("m", ("f.py", None, 2, "t")), SyntaxError("m", (None, 5, 2, "t")), SyntaxError())
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(e)
try:
    eval("1 +")
except SyntaxError as e:
    print(e, e.filename, e.lineno)
try:
    compile("x = (", "f.py", "exec")
except SyntaxError as e:
    print(str(e))
    print(e.filename, e.lineno, e.offset, repr(e.text), e.msg)
e = SyntaxError("m", ("f.py", 1, 2, "t"))
print(str(e), e.filename, e.lineno, e.offset, e.text, e.msg, e.end_lineno)
e = SyntaxError("m", ("f.py", 1, 2, "t", 1, 4))
print(e.end_lineno, e.end_offset)
e = SyntaxError("only")
print(str(e), e.filename, e.lineno, e.msg)
