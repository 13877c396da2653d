# Classmethod constructors of builtin types called on subclasses make the subclass:
# int.from_bytes, bytes.fromhex, bytearray.fromhex (through the subclass's __new__).
class I(int): pass
class B(bytearray): pass
class By(bytes): pass
print(type(I.from_bytes(b"\x01", "big")).__name__, I.from_bytes(b"\x01\x00", "little"),
      type(int.from_bytes(b"\x02", "big")).__name__, type(I(5).from_bytes(b"\x03", "big")).__name__)
print(type(B.fromhex("61")).__name__, B.fromhex("61 62"), type(By.fromhex("61")).__name__,
      By.fromhex("6162"), bytes.fromhex("41"), bytearray.fromhex("42"), b"".fromhex("43"),
      type(By(b"x").fromhex("44")).__name__)
class Loud(bytes):
    def __new__(cls, v):
        print("Loud.__new__", v)
        return super().__new__(cls, v)
print(Loud.fromhex("45"))
try:
    bytes.fromhex("4")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.fromhex(4)
except TypeError as e:
    print("TypeError", e)
