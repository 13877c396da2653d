"""Files uploaded in a multipart/form-data request (request.FILES), as Django gives
them: a file object with name, size, content type and charset."""

import io


class UploadedFile:
    """An uploaded file: `file` holds the data; read/seek/chunks reach it."""

    DEFAULT_CHUNK_SIZE = 64 * 2**10

    def __init__(self, file=None, name=None, content_type=None, size=None,
                 charset=None, content_type_extra=None):
        self.file = file
        self.name = name
        self.size = size
        self.content_type = content_type
        self.charset = charset
        self.content_type_extra = content_type_extra

    def __repr__(self):
        return "<%s: %s (%s)>" % (self.__class__.__name__, self.name, self.content_type)

    def __str__(self):
        return self.name or ""

    def __bool__(self):
        return bool(self.name)

    def __len__(self):
        return self.size

    def __iter__(self):
        self.file.seek(0)
        yield from self.file

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()

    def read(self, *args):
        return self.file.read(*args)

    def readline(self, *args):
        return self.file.readline(*args)

    def seek(self, *args):
        return self.file.seek(*args)

    def tell(self):
        return self.file.tell()

    @property
    def closed(self):
        return self.file is None or self.file.closed

    def open(self, mode=None):
        self.file.seek(0)
        return self

    def close(self):
        pass

    def chunks(self, chunk_size=None):
        chunk_size = chunk_size or self.DEFAULT_CHUNK_SIZE
        self.file.seek(0)
        while True:
            data = self.file.read(chunk_size)
            if not data:
                break
            yield data

    def multiple_chunks(self, chunk_size=None):
        return self.size > (chunk_size or self.DEFAULT_CHUNK_SIZE)


class InMemoryUploadedFile(UploadedFile):
    """An uploaded file kept in memory; `field_name` is the form field it came in."""

    def __init__(self, file, field_name, name, content_type, size, charset,
                 content_type_extra=None):
        super().__init__(file, name, content_type, size, charset, content_type_extra)
        self.field_name = field_name

    def chunks(self, chunk_size=None):
        self.file.seek(0)
        yield self.read()

    def multiple_chunks(self, chunk_size=None):
        return False


class SimpleUploadedFile(InMemoryUploadedFile):
    """An in-memory file made from bytes (for tests and forms built by hand)."""

    def __init__(self, name, content, content_type="text/plain"):
        content = content or b""
        super().__init__(io.BytesIO(content), None, name, content_type, len(content), None, None)
