import base64, binascii
print(base64.b64encode(b'hello'), base64.b64encode(b''), base64.b64encode(b'a'), base64.b64encode(b'\xfb\xff', b'-_'), base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.standard_b64encode(b'ab'))
print(base64.b64decode(b'aGVsbG8='), base64.b64decode('aGVsbG8='), base64.b64decode(b'aGV sbG8=\n'), base64.urlsafe_b64decode('-_-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
for a, k in [(b'aGVsbG8',{}), (b'a',{}), (b'aGVsbG8=x',{}), (b'aGV sbG8=', {'validate': True}), ('é', {}), (b'ab=c', {}), (b'abc=', {'validate':True}), (b'=abc', {'validate': True}), (5, {}), (b'aGVs\x00bG8=', {}), (b'ab==', {}), (b'ab===', {}), (b'a===', {})]:
  try: print(base64.b64decode(a, **k))
  except Exception as e: print(type(e).__name__, e)
for s in [b'ab=c', b'ab=cd', b'ab=cde', b'ab=cdef', b'abc=d', b'a=bc', b'a=b=c', b'ab=c=', b'abc', b'abcd=', b'abcd=e', b'ab=', b'ab=\n=', b'abcde', b'=ab=', b'a=bcd',b'ab=c==']:
  try: print(s, binascii.a2b_base64(s))
  except Exception as e: print(s, type(e).__name__, e)
for s in [b'ab=c', b'abc=d', b'ab==', b'ab=\n=', b'abcd=', b'ab=c=', b'a\nb==']:
  try: print(s, binascii.a2b_base64(s, strict_mode=True))
  except Exception as e: print(s, type(e).__name__, e)
print(base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'), base64.b16encode(b'\x01\xab'), base64.b16decode(b'01AB'), base64.b16decode(b'01ab', casefold=True))
for n in range(0, 12):
    data = bytes(range(250, 250 - n, -1)) if n else b''
    e = base64.b32encode(data); h = base64.b32hexencode(data); f = base64.b85encode(data)
    print(n, e, h, f, base64.b32decode(e) == data, base64.b32hexdecode(h) == data, base64.b85decode(f) == data, base64.b64decode(base64.b64encode(data)) == data, base64.b85encode(data, pad=True))
print(base64.encodebytes(b'x'*60), base64.decodebytes(b'eHh4\n'))
print(base64.b85encode(b'hello'), base64.b32decode(b'nbswy3dp', casefold=True), base64.b32decode(b'N1SWY3DP', map01=b'L') if False else '')
print(binascii.hexlify(b'\x01\xff'), binascii.unhexlify(b'01ff'), binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64(b'aGk=\n'), binascii.crc32(b'hello'), binascii.crc32(b'world', 12345), binascii.hexlify(b'abc', '-'), binascii.b2a_hex(b'ab'), binascii.a2b_hex('6162'))
try: binascii.unhexlify(b'0')
except Exception as e: print(type(e).__name__, e, isinstance(e, ValueError))
try: binascii.unhexlify(b'0g')
except Exception as e: print(type(e).__name__, e)
try: base64.b16decode(b'0g')
except Exception as e: print(type(e).__name__, e)
try: base64.b32decode(b'NBSWY3D')
except Exception as e: print(type(e).__name__, e)
try: base64.b64encode('str')
except Exception as e: print(type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
import binascii
for n in range(6):
  for k in (1,2,-2,3):
    print(binascii.hexlify(bytes(range(n)), '-', k), binascii.hexlify(bytes(range(n)), b':', k))
