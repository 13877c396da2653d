"""HTML text helpers: escape() for markup, unescape() of character references.

unescape() follows the HTML5 rules for references in text: numeric references
to invalid code points are replaced as browsers do, and a named reference
without its ';' is recognised when it is one of the legacy names (the longest
such prefix wins, as in "&notit;" -> "¬it;").
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """`s` with &, < and > replaced by their references (and " and ' too when
    quote is true), safe to put into HTML text or an attribute value."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


def _windows_1252():
    # Numeric references to C1 controls mean the Windows-1252 character of
    # that byte (the HTML5 "numeric character reference end state" table).
    # Bytes Windows-1252 leaves undefined stand for themselves.
    table = {0x00: '\ufffd', 0x0d: '\r'}
    undefined = (0x81, 0x8d, 0x8f, 0x90, 0x9d)
    chars = ('\u20ac', '\x81', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
             '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\x8d', '\u017d', '\x8f',
             '\x90', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
             '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\x9d', '\u017e', '\u0178')
    for byte, ch in zip(range(0x80, 0xa0), chars):
        table[byte] = ch if byte not in undefined else chr(byte)
    return table


_invalid_charrefs = _windows_1252()


def _not_characters():
    # Code points a numeric reference may not produce: they become ''.
    # Controls (other than tab, newline, form feed and carriage return),
    # and the noncharacters U+FDD0..U+FDEF and U+xFFFE/U+xFFFF of every plane.
    points = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20))
    points |= set(range(0x7f, 0xa0))
    points |= set(range(0xfdd0, 0xfdf0))
    for plane in range(0x11):
        points.add(plane * 0x10000 + 0xfffe)
        points.add(plane * 0x10000 + 0xffff)
    return frozenset(points)


_invalid_codepoints = _not_characters()


def _replace_charref(m):
    ref = m.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        if digits[:1] in ('x', 'X'):
            num = int(digits[1:], 16)
        else:
            num = int(digits)
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\ufffd'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if ref in _html5:
        return _html5[ref]
    # The longest prefix (of at least two characters) that is a name known
    # without its semicolon; the rest stays text.
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """`s` with every named and numeric character reference (&gt;, &#62;,
    &#x3e;) replaced by the character it stands for, as HTML5 says."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
