def fetch(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise LookupError("no such setting: " + key) from e


settings = {"debug": True}
print(fetch(settings, "debug"))
fetch(settings, "verbose")
