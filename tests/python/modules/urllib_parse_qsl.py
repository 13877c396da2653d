# urllib.parse.parse_qsl / parse_qs / unquote_plus: '+' and %XX escapes, invalid and
# truncated escapes, bytes that are not UTF-8 (U+FFFD), characters outside ASCII next
# to escapes, blank values, max_num_fields, other separators, encodings and strict
# parsing.
from urllib.parse import parse_qs, parse_qsl, unquote, unquote_plus

cases = [
    "", "&", "a=1", "a=1&b=2&a=3", "a=&b", "=x", "a=1=2", "a+b=c+d", "a%2Bb=%2B",
    "k=%E2%82%AC", "k=%ff", "k=%e2%82", "k=%zz", "k=%4", "k=%", "k=100%25", "k=%F0%80%80",
    "k=\u00e9%C3%A9\u00e9", "k=%C3\u00e9", "k=\u00e9%A9", "k=%E2%82\u00ac", "k=%80\u00e9",
    "%41%42=%43", "a=1&&b=2&", "a;b=1", "a=%0A%0d", "name=J%C3%BCrgen+M%C3%BCller",
    "csrfmiddlewaretoken=Ab3&number1=1&number2=2",
]
for qs in cases:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qs("a=1&a=2&b=&c", keep_blank_values=True))
for kwargs in [{"max_num_fields": 2}, {"max_num_fields": 3}, {"separator": ";"},
               {"encoding": "latin-1"}, {"errors": "strict"}, {"strict_parsing": True}]:
    for qs in ["a=1&b=2&c=%E9", "a=1;b=2", "a&b=1"]:
        try:
            print(kwargs, repr(qs), parse_qsl(qs, **kwargs))
        except Exception as e:
            print(kwargs, repr(qs), type(e).__name__, e)
for s in ["a+b%20c", "%", "%%41", "\u00e9+%C3%A9"]:
    print(repr(s), repr(unquote_plus(s)), repr(unquote(s)))
for qs in [b"", b"a=1&b=%41%42", b"a+b=c", b"k=%C3%A9", b"k=\xc3\xa9"]:
    try:
        print(repr(qs), parse_qsl(qs, keep_blank_values=True))
    except Exception as e:
        print(repr(qs), type(e).__name__)
# Bytes-like and odd arguments, as CPython's _coerce_args takes them.
from urllib.parse import parse_qsl as _pq, parse_qs as _pqs
for args, kw in [
    ((bytearray(b"a=1&b=2"),), {}),
    ((b"a=1;b=2",), {"separator": b";"}),
    (("a=1;b=2",), {"separator": b";"}),
    ((b"a=1&b",), {"keep_blank_values": True}),
    ((b"a+b=%41%42",), {}),
    ((None,), {}),
    ((b"",), {}),
    (("",), {"max_num_fields": 0}),
    (("a=1",), {"max_num_fields": 1}),
    ((b"x=%FF",), {"errors": "strict"}),
]:
    try:
        print(_pq(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
for args, kw in [
    (("",), {"max_num_fields": -1}),
    (("a=1&b=2",), {"max_num_fields": 1}),
    ((b"a=1&b=2",), {"max_num_fields": 1}),
    (("a=1",), {"separator": ""}),
    (("a=1",), {"separator": None}),
    (("a=1",), {"separator": 5}),
    ((b"a=\xff",), {}),
    (("a",), {"strict_parsing": True}),
    (("a=1&&b=2",), {"strict_parsing": True}),
    ((5,), {}),
]:
    try:
        print(_pq(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(_pqs(b"a=1&a=2&b=3"), _pqs(bytearray(b"k=v"), separator=b"&"))
