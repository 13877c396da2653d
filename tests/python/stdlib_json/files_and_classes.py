import io
import json
from collections import OrderedDict, namedtuple

buf = io.StringIO()
json.dump({"name": "metal", "tags": ["a", "b"], "n": 1}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"a": [1, 2, {"b": null}]}'), object_pairs_hook=OrderedDict))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)


def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


text = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, cls=PointEncoder)
print(text)
back = json.loads(text, object_hook=as_point)
print(type(back["p"]).__name__, back["p"].x, back["ps"][0].y)
print(json.dumps(Point(5, 6), default=lambda o: o.__dict__))
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError", e)
P = namedtuple("P", "a b")
print(json.dumps(P(1, [2])), json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps({"z": 1, "a": 2}, sort_keys=True))
print(json.dumps([[]], indent=4), json.dumps({}, indent=4), json.dumps({"a": {}}, indent=None, separators=(",", ":")))
print(json.dumps("\u00e9\u4e2d\U0001f600\x7f\x1f"), json.dumps("\u00e9\u4e2d\U0001f600\x7f\x1f", ensure_ascii=False))
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00"'), json.loads('["\\u00E9"]'), json.loads(' \n[1,\n 2]\n '))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.decode(" [true] "))
try:
    d.raw_decode("  [1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e, e.pos)
print(json.loads('"a\\tb"'), json.loads('"a\tb"', strict=False), json.loads("[1E5, 2e-2, -0, 0.5]"))
print(json.loads("[NaN, Infinity, -Infinity]"), json.dumps(json.loads("[NaN, Infinity, -Infinity]")))
try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError("m", "ab\ncd", 4).colno)
