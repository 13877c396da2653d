print("hello".encode(), "héllo".encode(), "héllo".encode("utf-8"), "日本".encode("utf-8"))
print("héllo".encode("latin-1"), "abc".encode("ascii"), "😀".encode())
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("héllo".encode("ascii", "backslashreplace"), "héllo".encode("ascii", "xmlcharrefreplace"))
print(len("héllo"), len("héllo".encode()), len("😀"), len("😀".encode()))
print("héllo".encode().decode(), b"h\xc3\xa9llo".decode("utf-8"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xffabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"))
