"""Number formatting as Django's templates show numbers (no locale data)."""

from django.utils.safestring import mark_safe


def expand_exponent(text):
    """'1.5e-07' -> '0.00000015', '1e+20' -> '100000000000000000000' (exact: the
    digits of the shortest repr moved by the exponent)."""
    sign = ""
    if text[0] == "-":
        sign, text = "-", text[1:]
    mantissa, _, exp = text.lower().partition("e")
    exp = int(exp) if exp else 0
    if "." in mantissa:
        int_part, frac = mantissa.split(".")
    else:
        int_part, frac = mantissa, ""
    digits = (int_part + frac).lstrip("0") or "0"
    # The position of the decimal point counted from the start of int_part+frac.
    point = len(int_part) + exp
    all_digits = int_part + frac
    if point <= 0:
        out = "0." + "0" * (-point) + all_digits.lstrip("0")
    elif point >= len(all_digits):
        out = all_digits + "0" * (point - len(all_digits))
    else:
        out = all_digits[:point] + "." + all_digits[point:]
    if "." in out:
        head, tail = out.split(".")
        head = head.lstrip("0") or "0"
        out = head + ("." + tail if tail else "")
    else:
        out = out.lstrip("0") or "0"
    if digits == "0":
        out = "0"
    return sign + out


def format(
    number,
    decimal_sep,
    decimal_pos=None,
    grouping=0,
    thousand_sep="",
    force_grouping=False,
    use_l10n=None,
):
    if number is None or number == "":
        return mark_safe(number)
    use_grouping = force_grouping and grouping != 0
    if isinstance(number, int) and not use_grouping and not decimal_pos:
        return mark_safe(number)
    sign = ""
    str_number = str(number)
    if isinstance(number, float) and "e" in str_number.lower():
        mantissa, _, exp = str_number.lower().partition("e")
        digits = mantissa.replace("-", "").replace(".", "")
        if abs(int(exp)) + len(digits) > 200:
            coefficient = format(
                mantissa, decimal_sep, decimal_pos, grouping, thousand_sep, force_grouping
            )
            return "{}e{}".format(coefficient, exp)
        str_number = expand_exponent(str_number)
    if str_number[0] == "-":
        sign = "-"
        str_number = str_number[1:]
    if "." in str_number:
        int_part, dec_part = str_number.split(".")
        if decimal_pos is not None:
            dec_part = dec_part[:decimal_pos]
    else:
        int_part, dec_part = str_number, ""
    if decimal_pos is not None:
        dec_part += "0" * (decimal_pos - len(dec_part))
    dec_part = dec_part and decimal_sep + dec_part
    if use_grouping:
        groups = []
        while len(int_part) > grouping:
            groups.insert(0, int_part[-grouping:])
            int_part = int_part[:-grouping]
        groups.insert(0, int_part)
        int_part = thousand_sep.join(g for g in groups if g)
    return sign + int_part + dec_part
