# The standard streams' name/mode/encoding, io.text_encoding and open(encoding="locale").
import sys
import io

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding)
print(sys.__stdout__.name, sys.__stderr__.name)
print(io.text_encoding(None), io.text_encoding("latin-1"), io.text_encoding("utf-8", 3))
with open("std_streams_attrs.tmp", "w", encoding="locale") as f:
    print(f.encoding)
    f.write("héllo")
with open("std_streams_attrs.tmp", encoding="locale") as f:
    print(f.read())
import os
os.remove("std_streams_attrs.tmp")
