"""What the framework's native stand-ins compare by identity: `class_reads` takes, at
import, what each name of a class reads through its MRO (`ABSENT` for a name it does
not have), so the native code can tell that nothing was patched since."""

ABSENT = object()


def class_reads(cls, *names):
    """(cls, name, what cls.name finds in the MRO now, or ABSENT) for each name."""
    out = []
    for name in names:
        found = ABSENT
        for klass in cls.__mro__:
            if name in klass.__dict__:
                found = klass.__dict__[name]
                break
        out.append((cls, name, found))
    return tuple(out)
