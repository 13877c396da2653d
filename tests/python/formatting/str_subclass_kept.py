# Formatting hands back an instance of a str subclass as it is when that one string is
# the whole result (CPython's PyObject_Format and its unicode writer), and a new str
# otherwise. Each line: the expression, the result's type, whether it is the object.


class S(str):
    pass


class F:
    def __format__(self, spec):
        return S("fmt")

    def __str__(self):
        return S("str")

    def __repr__(self):
        return S("rep")


class E:
    def __format__(self, spec):
        return S("")

    def __str__(self):
        return S("")


class T(str):
    def __format__(self, spec):
        return self


class U(str):
    def __format__(self, spec):
        return "own " + spec


s = S("hello")
f = F()
e = E()
t = T("t")
u = U("u")
x = "%s"
pair1 = (S(""), f)
pair2 = (e, f)
pair3 = (f, e)
cases = {
    'f"{s}"': lambda: f"{s}",
    'f"{s!s}"': lambda: f"{s!s}",
    'f"{s!r}"': lambda: f"{s!r}",
    'f"{s:}"': lambda: f"{s:}",
    'f"{s:5}"': lambda: f"{s:5}",
    'f"{s:6}"': lambda: f"{s:6}",
    'f"{s:s}"': lambda: f"{s:s}",
    'f"{f}"': lambda: f"{f}",
    'f"{f!s}"': lambda: f"{f!s}",
    'f"{f!r}"': lambda: f"{f!r}",
    'f"{f!a}"': lambda: f"{f!a}",
    'f"{f!s:}"': lambda: f"{f!s:}",
    'f"{f!s:1}"': lambda: f"{f!s:1}",
    'f"{f:x}"': lambda: f"{f:x}",
    'f"{f:{x}}"': lambda: f"{f:{x}}",
    'f"a{f}"': lambda: f"a{f}",
    'f"{f}{f}"': lambda: f"{f}{f}",
    'f"{f}b"': lambda: f"{f}b",
    'f"{e}"': lambda: f"{e}",
    'f"{t}"': lambda: f"{t}",
    'f"{u:z}"': lambda: f"{u:z}",
    'f"{f!s:>1}{u}"': lambda: f"{f!s:>1}{u}",
    '"%s" % s': lambda: "%s" % s,
    '"%s" % f': lambda: "%s" % f,
    '"%r" % f': lambda: "%r" % f,
    '"%a" % f': lambda: "%a" % f,
    '"%s" % (f,)': lambda: "%s" % (f,),
    '"%1s" % (f,)': lambda: "%1s" % (f,),
    'x % (f,)': lambda: x % (f,),
    '"%5s" % f': lambda: "%5s" % f,
    '"%1s" % f': lambda: "%1s" % f,
    '"%-1s" % f': lambda: "%-1s" % f,
    '"%.2s" % f': lambda: "%.2s" % f,
    '"%.9s" % f': lambda: "%.9s" % f,
    '"%+s" % f': lambda: "%+s" % f,
    '"% s" % f': lambda: "% s" % f,
    '"%#s" % f': lambda: "%#s" % f,
    '"%*s" % (1, f)': lambda: "%*s" % (1, f),
    '"x%s" % f': lambda: "x%s" % f,
    '"%s%%" % f': lambda: "%s%%" % f,
    '"%s" % [f]': lambda: "%s" % [f],
    '"%(a)s" % {"a": f}': lambda: "%(a)s" % {"a": f},
    '"%s%s" % pair1': lambda: "%s%s" % pair1,
    '"%s%s" % pair2': lambda: "%s%s" % pair2,
    '"%s%s" % pair3': lambda: "%s%s" % pair3,
    '"%s" % e': lambda: "%s" % e,
    '"%s" % t': lambda: "%s" % t,
    '"%s" % S("")': lambda: "%s" % S(""),
    'S("%s") % f': lambda: S("%s") % f,
    'S("%s") % 5': lambda: S("%s") % 5,
    'S("abc") % ()': lambda: S("abc") % (),
    'S("") % ()': lambda: S("") % (),
    'S("a%%") % ()': lambda: S("a%%") % (),
    '"{}".format(s)': lambda: "{}".format(s),
    '"{:5}".format(s)': lambda: "{:5}".format(s),
    '"{:s}".format(s)': lambda: "{:s}".format(s),
    '"{}".format(f)': lambda: "{}".format(f),
    '"{!s}".format(f)': lambda: "{!s}".format(f),
    '"{!s:1}".format(f)': lambda: "{!s:1}".format(f),
    '"{!r}".format(f)': lambda: "{!r}".format(f),
    '"{:x}".format(f)': lambda: "{:x}".format(f),
    '"{0}".format(f)': lambda: "{0}".format(f),
    '"{a}".format(a=f)': lambda: "{a}".format(a=f),
    '"{a}".format_map({"a": f})': lambda: "{a}".format_map({"a": f}),
    '"x{}".format(f)': lambda: "x{}".format(f),
    '"{}x".format(f)': lambda: "{}x".format(f),
    '"{}".format(e)': lambda: "{}".format(e),
    '"{}{}".format(e, f)': lambda: "{}{}".format(e, f),
    '"{}{}".format(S(""), f)': lambda: "{}{}".format(S(""), f),
    '"{}{}".format(f, "")': lambda: "{}{}".format(f, ""),
    '"{}{}".format(f, f)': lambda: "{}{}".format(f, f),
    '"{:{}}".format(f, "")': lambda: "{:{}}".format(f, ""),
    '"{0[0]}".format([f])': lambda: "{0[0]}".format([f]),
    '"{}".format(t)': lambda: "{}".format(t),
    '"{!s}".format(u)': lambda: "{!s}".format(u),
    '"{:q}".format(u)': lambda: "{:q}".format(u),
    'S("{}").format(f)': lambda: S("{}").format(f),
    '"".join([s])': lambda: "".join([s]),
    'format(f)': lambda: format(f),
    'format(s)': lambda: format(s),
    'format(s, "")': lambda: format(s, ""),
    'format(s, "5")': lambda: format(s, "5"),
    'format(s, "3")': lambda: format(s, "3"),
    'format(s, "6")': lambda: format(s, "6"),
    'format(s, ".5")': lambda: format(s, ".5"),
    'format(s, ".3")': lambda: format(s, ".3"),
    'format(s, "x<5")': lambda: format(s, "x<5"),
    'format(S(""), "s")': lambda: format(S(""), "s"),
    'str.__format__(s, "s")': lambda: str.__format__(s, "s"),
    'str.__format__(s, "")': lambda: str.__format__(s, ""),
    'str(f)': lambda: str(f),
    'repr(f)': lambda: repr(f),
    's + ""': lambda: s + "",
    'string.Formatter': lambda: __import__("string").Formatter().format("{}", f),
}
for k, fn in cases.items():
    r = fn()
    print(k, type(r).__name__, r is s, repr(r))

for bad in ["{:+}", "{:=5}", "{:#}"]:
    try:
        bad.format(s)
    except ValueError as ex:
        print(bad, type(ex).__name__, ex)
