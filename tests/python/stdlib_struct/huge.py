# Formats too large to pack: OverflowError or MemoryError, never a crash.
import struct
for f in ('9223372036854775807x', '4000000000000000000s'):
    try:
        struct.pack(f, *([b''] if 's' in f else []))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        struct.pack_into(f, bytearray(2), 0, *([b''] if 's' in f else []))
    except Exception as e:
        print(type(e).__name__, e)
