import _metal_os


class _IOBase:
    """What every stream here shares: lines (readlines, iteration, writelines) and
    the context-manager protocol."""

    # readlines(hint) stops once the lines' total size exceeds the hint.
    _hint_reached = staticmethod(lambda total, hint: total > hint)

    def readlines(self, hint=-1):
        """The lines; with a hint, stop once their total size exceeds it."""
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint and self._hint_reached(total, hint):
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class BytesIO(_IOBase):
    # CPython's BytesIO.readlines(hint) stops once the total reaches the hint.
    _hint_reached = staticmethod(lambda total, hint: total >= hint)

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        end = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        end = self._pos + len(b)
        if self._pos > len(self._buf):
            self._buf.extend(bytes(self._pos - len(self._buf)))
        self._buf[self._pos:end] = b
        self._pos = end
        return len(b)

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        if pos < 0:
            raise ValueError("negative seek value %d" % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True


class StringIO(_IOBase):
    """An in-memory text stream (writes at the end are appended in pieces)."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not %s" % type(initial_value).__name__
            )
        self._parts = [initial_value] if initial_value else []
        self._value = None
        self._len = len(initial_value)
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _text(self):
        if self._value is None:
            self._value = "".join(self._parts)
            self._parts = [self._value] if self._value else []
        return self._value

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._pos == self._len:
            self._parts.append(s)
            self._value = None
        else:
            text = self._text()
            if self._pos > self._len:
                text = text + "\0" * (self._pos - self._len)
            text = text[: self._pos] + s + text[self._pos + len(s):]
            self._value = text
            self._parts = [text]
        self._pos += len(s)
        self._len = max(self._len, self._pos)
        return len(s)

    def getvalue(self):
        self._check()
        return self._text()

    def read(self, size=-1):
        self._check()
        text = self._text()
        if size is None or size < 0:
            r = text[self._pos:]
        else:
            r = text[self._pos: self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        text = self._text()
        end = text.find("\n", self._pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = text[self._pos:end]
        self._pos = end if r else self._pos
        return r

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        text = self._text()[:size]
        self._value = text
        self._parts = [text]
        self._len = len(text)
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True


class UnsupportedOperation(OSError, ValueError):
    pass


DEFAULT_BUFFER_SIZE = 65536
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class BufferedFile(_IOBase):
    """A binary file on disk (open(..., 'rb'/'wb'/...)): reads are buffered,
    writes go straight to the file."""

    def __init__(self, name, mode, handle, readable, writable):
        self.name = name
        self.mode = mode
        self._h = handle
        self._readable = readable
        self._writable = writable
        self._rbuf = b""
        self.closed = False

    def __repr__(self):
        kind = "BufferedReader" if self._readable and not self._writable else (
            "BufferedWriter" if not self._readable else "BufferedRandom")
        return "<_io.%s name=%r>" % (kind, self.name)

    def _check(self, op=None):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if op == "r" and not self._readable:
            raise UnsupportedOperation("read")
        if op == "w" and not self._writable:
            raise UnsupportedOperation("write")

    def _sync(self):
        # Reading ahead moved the OS position past what the caller consumed.
        if self._rbuf:
            _metal_os.file_seek(self._h, -len(self._rbuf), 1)
            self._rbuf = b""

    def read(self, size=-1):
        self._check("r")
        if size is None or size < 0:
            data = self._rbuf + _metal_os.file_read(self._h, -1)
            self._rbuf = b""
            return data
        while len(self._rbuf) < size:
            chunk = _metal_os.file_read(self._h, max(DEFAULT_BUFFER_SIZE, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    read1 = read

    def readline(self, size=-1):
        self._check("r")
        while True:
            i = self._rbuf.find(b"\n")
            if i >= 0 or (size is not None and 0 <= size <= len(self._rbuf)):
                end = i + 1 if i >= 0 else len(self._rbuf)
                if size is not None and size >= 0:
                    end = min(end, size)
                line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
                return line
            chunk = _metal_os.file_read(self._h, DEFAULT_BUFFER_SIZE)
            if not chunk:
                line, self._rbuf = self._rbuf, b""
                return line
            self._rbuf += chunk

    def __iter__(self):
        self._check()
        return self

    def write(self, b):
        self._check("w")
        self._sync()
        return _metal_os.file_write(self._h, b)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return _metal_os.file_seek(self._h, pos, whence)

    def tell(self):
        self._check()
        return _metal_os.file_seek(self._h, 0, 1) - len(self._rbuf)

    def truncate(self, size=None):
        self._check("w")
        if size is None:
            size = self.tell()
        self._sync()
        return _metal_os.file_truncate(self._h, size)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            _metal_os.file_close(self._h, self._closefd)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    _closefd = True

    def fileno(self):
        self._check()
        return _metal_os.file_fileno(self._h)

    def __enter__(self):
        self._check()
        return self

    def __del__(self):
        if not self.closed:
            self.close()


def _after_bom(codec, data):
    """The codec that goes on after the first bytes `data` of a codec with a byte
    order mark (written little-endian, read by the mark); others stay as they are."""
    if codec == "utf-16":
        return "utf-16-be" if data[:2] == b"\xfe\xff" else "utf-16-le"
    if codec == "utf-32":
        return "utf-32-be" if data[:4] == b"\x00\x00\xfe\xff" else "utf-32-le"
    if codec == "utf-8-sig":
        return "utf-8"
    return codec


def _bytes_like(b):
    """The bytes of a bytes-like object (what CPython's buffer protocol takes), or its
    TypeError."""
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _utf8_split(data):
    """Split bytes into (complete UTF-8 text part, incomplete tail)."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if need > back:
                return data[: n - back], data[n - back:]
        break
    return data, b""


class TextIOWrapper(_IOBase):
    """A text file: bytes decoded (UTF-8 by default) with universal newlines."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        self.buffer = buffer
        # "locale" is the C library's: UTF-8, as for no encoding.
        if encoding == "locale":
            encoding = None
        self.encoding = encoding or "UTF-8"
        self.errors = errors or "strict"
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._pending = b""
        self._text = ""
        self._cr = False
        self._utf8 = self.encoding.lower().replace("-", "").replace("_", "") in ("utf8",)
        if not self._utf8:
            import _metal_codecs
            codec = _metal_codecs.canonical(self.encoding)
            if codec is None:
                raise LookupError("unknown encoding: %s" % self.encoding)
            self._utf8 = codec == "utf-8"
            # The codec reading (and writing) goes on with once past a byte order mark.
            self._codec = self._dec = self._enc = codec
            try:
                if buffer.writable() and buffer.seekable() and buffer.tell() != 0:
                    self._enc = _after_bom(codec, b"")
            except (AttributeError, OSError, ValueError):
                pass
            self._unit = 2 if codec.startswith("utf-16") else 4 if codec.startswith("utf-32") else 0

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self, "_mode", None) or self.buffer.mode

    @property
    def closed(self):
        return self.buffer.closed

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name, self.mode, self.encoding)

    def _decode(self, data, final):
        if self._utf8:
            if not final:
                data, self._pending = _utf8_split(self._pending + data)
            else:
                data, self._pending = self._pending + data, b""
            text = data.decode(self.encoding, self.errors)
        else:
            text = self._decode_other(data, final)
        if self._newline is None:
            if self._cr:
                text = "\r" + text
                self._cr = False
            if text.endswith("\r") and not final:
                text = text[:-1]
                self._cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _decode_other(self, data, final):
        data = self._pending + data
        unit = self._unit
        if final:
            self._pending = b""
        elif self._dec in ("utf-8", "utf-8-sig"):
            data, self._pending = _utf8_split(data)
        elif unit:
            # Whole code units only, and a high surrogate waits for its low one.
            n = len(data) - len(data) % unit
            if unit == 2 and n >= 2:
                be = self._dec == "utf-16-be" or (self._dec == "utf-16" and data[:2] == b"\xfe\xff")
                hi = data[n - 2] if be else data[n - 1]
                if 0xD8 <= hi <= 0xDB:
                    n -= 2
            data, self._pending = data[:n], data[n:]
        else:
            self._pending = b""
        text = data.decode(self._dec, self.errors)
        if data:
            self._dec = _after_bom(self._dec, data)
        return text

    def _fill(self):
        chunk = self.buffer.read(DEFAULT_BUFFER_SIZE)
        final = not chunk
        self._text += self._decode(chunk, final)
        return not final

    def read(self, size=-1):
        self.buffer._check("r")
        if size is None or size < 0:
            text = self._text + self._decode(self.buffer.read(), True)
            self._text = ""
            return text
        while len(self._text) < size and self._fill():
            pass
        r, self._text = self._text[:size], self._text[size:]
        return r

    def readline(self, size=-1):
        self.buffer._check("r")
        sep = "\n" if self._newline in (None, "", "\n") else self._newline
        while True:
            i = self._text.find(sep)
            if i >= 0:
                end = i + len(sep)
                break
            if self._newline == "" and "\r" in self._text:
                j = self._text.find("\r")
                if j + 1 < len(self._text):
                    end = j + 2 if self._text[j + 1] == "\n" else j + 1
                    break
            if not self._fill():
                end = len(self._text)
                break
        if size is not None and 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def __iter__(self):
        self.buffer._check()
        return self

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self.buffer._check("w")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        if self._utf8:
            self.buffer.write(text.encode(self.encoding, self.errors))
        else:
            data = text.encode(self._enc, self.errors)
            if data:
                self._enc = _after_bom(self._enc, b"")
            self.buffer.write(data)
        return len(s)

    def seek(self, pos, whence=0):
        self._text = ""
        self._pending = b""
        self._cr = False
        if not self._utf8 and pos == 0 and whence == 0:
            self._dec = self._codec
        return self.buffer.seek(pos, whence)

    def tell(self):
        if self._text or self._pending:
            raise OSError("telling position disabled by next() call")
        return self.buffer.tell()

    def truncate(self, size=None):
        return self.buffer.truncate(size)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def fileno(self):
        return self.buffer.fileno()

    def __enter__(self):
        self.buffer._check()
        return self

def text_encoding(encoding, stacklevel=2):
    """The encoding open() is to use: `encoding`, or "locale" when it is None."""
    return "locale" if encoding is None else encoding


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open a file on disk; text mode decodes (UTF-8 by default)."""
    fd = None
    if isinstance(file, int) and not isinstance(file, bool):
        if file < 0:
            raise ValueError("negative file descriptor")
        fd = file
    elif not closefd:
        raise ValueError("Cannot use closefd=False with file name")
    if opener is not None:
        raise NotImplementedError("open(): opener= is not supported yet")
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if hasattr(file, "__fspath__"):
        file = file.__fspath__()
    if isinstance(file, bytes):
        file = file.decode()
    if fd is None and not isinstance(file, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(file).__name__)
    modes = set(mode)
    if modes - set("axrwb+tU") or len(mode) > len(modes):
        raise ValueError("invalid mode: '%s'" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    kind = "x" if creating else "r" if reading else "w" if writing else "a"
    if fd is None:
        h = _metal_os.file_open(file, kind + ("+" if updating else ""), _metal_os.File)
    else:
        h = _metal_os.file_fromfd(fd, _metal_os.File)
    # The mode of the binary file is its raw file's, as CPython's FileIO names it.
    if kind in "xa":
        raw_mode = kind + "b" + ("+" if updating else "")
    elif updating:
        raw_mode = "rb+"
    else:
        raw_mode = kind + "b"
    f = BufferedFile(file, raw_mode, h, reading or updating, not reading or updating)
    f._closefd = closefd
    if appending:
        # (At the end, as CPython's: `tell()` is the file's size, and a text file in
        # an encoding with a byte order mark writes none there.)
        _metal_os.file_seek(h, 0, 2)
    if binary:
        return f
    t = TextIOWrapper(f, encoding, errors, newline)
    t._mode = mode
    return t
