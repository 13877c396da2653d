def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("parse failed for " + repr(text))


print(parse("12"))
parse("twelve")
