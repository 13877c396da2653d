# bytes.splitlines ends lines only at \n, \r and \r\n (unlike str.splitlines).
print(b"a\nb\r\nc\rd\x0be\x0c\x1cf\x85g".splitlines(), b"x\n\ny\n".splitlines(True), b"".splitlines(), bytearray(b"p\nq").splitlines(keepends=True), b"\n".splitlines())
