# inspect.signature of the methods of collections.OrderedDict (a C type in CPython):
# their C methods' text signatures, or no signature.
import inspect, collections
od = collections.OrderedDict(a=1)
for label, m in [("OrderedDict.move_to_end", collections.OrderedDict.move_to_end), ("od.move_to_end", od.move_to_end),
                 ("OrderedDict.popitem", collections.OrderedDict.popitem), ("OrderedDict.pop", collections.OrderedDict.pop),
                 ("OrderedDict.setdefault", collections.OrderedDict.setdefault), ("od.setdefault", od.setdefault),
                 ("OrderedDict.keys", collections.OrderedDict.keys), ("OrderedDict.update", collections.OrderedDict.update),
                 ("OrderedDict.__init__", collections.OrderedDict.__init__), ("OrderedDict.__setitem__", collections.OrderedDict.__setitem__),
                 ("OrderedDict.fromkeys", collections.OrderedDict.fromkeys), ("OrderedDict.copy", collections.OrderedDict.copy),
                 ("OrderedDict.__reduce__", collections.OrderedDict.__reduce__)]:
    try:
        print(label, inspect.signature(m))
    except ValueError as e:
        print(label, "ValueError", e if "0x" not in str(e) else "")
