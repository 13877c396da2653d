"""Shell-style wildcards: fnmatch, fnmatchcase, filter and translate.

``*`` matches anything, ``?`` one character, ``[seq]`` one character in seq,
``[!seq]`` one not in seq. translate() turns a pattern into the regular
expression CPython's gives (the same text), which the matchers compile once
and cache.
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether `name` matches `pat`, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        return _bytes_matcher(re.compile(translate(str(pat, 'ISO-8859-1'))).match)
    return re.compile(translate(pat)).match


def _bytes_matcher(match):
    # metal's re has no bytes patterns: a bytes pattern is matched as the str
    # of its bytes (each byte one Latin-1 character), and so are the names.
    def match_bytes(name):
        if isinstance(name, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if not isinstance(name, (bytes, bytearray)):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(name).__name__)
        return match(str(name, 'ISO-8859-1'))
    return match_bytes


def filter(names, pat):
    """The names of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase is the identity here: no need to call it for each name.
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether `name` matches `pat`, case mattering whatever the platform."""
    match = _compile_pattern(pat)
    return match(name) is not None


def _set_body(body):
    # The regex text of a [...] set whose contents (between the brackets) are
    # `body`. Ranges whose ends are out of order match nothing and are dropped.
    start = 1 if body[:1] == '!' else 0
    # Split at each hyphen that can end a range's first character: the first
    # character of the set (after '!') is never one, nor is the character
    # right after a range's end.
    # A leading '!' stays in the first piece.
    pieces = []
    cut = 0
    look = start + 1
    while True:
        hyphen = body.find('-', look)
        if hyphen < 0:
            break
        pieces.append(body[cut:hyphen])
        cut = hyphen + 1
        look = hyphen + 3
    last = body[cut:]
    if last:
        pieces.append(last)
    else:
        pieces[-1] += '-'
    # pieces[k-1][-1] and pieces[k][0] are the two ends of a range.
    k = len(pieces) - 1
    while k > 0:
        if pieces[k - 1][-1] > pieces[k][0]:
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
        k -= 1
    text = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    # Characters with a meaning in sets of future Python versions.
    return re.sub(r'([&~|])', r'\\\1', text)


def _simple_set_body(body):
    return re.sub(r'([&~|])', r'\\\1', body.replace('\\', '\\\\'))


def translate(pat):
    """The regular expression (a str) that matches what shell pattern `pat` does."""
    STAR = object()
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not STAR:
                parts.append(STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                parts.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            if '-' in body:
                inner = _set_body(body)
            else:
                inner = _simple_set_body(body)
            if not inner:
                parts.append('(?!)')  # an empty set: matches nothing
            elif inner == '!':
                parts.append('.')  # [!] with everything dropped: any character
            else:
                if inner[0] == '!':
                    inner = '^' + inner[1:]
                elif inner[0] in '^[':
                    inner = '\\' + inner
                parts.append('[' + inner + ']')
        else:
            parts.append(re.escape(c))
    # Between stars, each fixed run is matched by an atomic lazy scan, so a
    # pattern of many stars does not backtrack exponentially.
    out = []
    k, m = 0, len(parts)
    while k < m and parts[k] is not STAR:
        out.append(parts[k])
        k += 1
    while k < m:
        k += 1  # the star
        if k == m:
            out.append('.*')
            break
        fixed = []
        while k < m and parts[k] is not STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == m:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
