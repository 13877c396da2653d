# Integer range checks: CPython's message for each code under each byte order.
import struct


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class NotIndex:
    def __int__(self):
        return 3


VALUES = (300, -300, 70000, -70000, 2**40, -2**40, 2**63, -2**63 - 1, 2**64, -2**70, -1,
          1.5, '1', None, NotIndex(), Index(5), Index(2**70), True)
for prefix in ('@', '=', '<', '>', '!'):
    for c in 'bBhHiIlLqQnNP':
        if c in 'nNP' and prefix != '@':
            continue
        for v in VALUES:
            shown = v if not isinstance(v, (Index, NotIndex)) else type(v).__name__
            try:
                r = struct.pack(prefix + c, v).hex()
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            print(prefix, c, shown, r)
