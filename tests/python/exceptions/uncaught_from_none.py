def convert(s):
    try:
        return float(s)
    except ValueError:
        raise TypeError("expected a number") from None


convert("abc")
