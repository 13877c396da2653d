"""Wrapping and filling text: wrap, fill, shorten, dedent, indent, TextWrapper.

Written for metal from the documentation; the chunking follows CPython's rules (words,
whitespace runs, hyphenated words split after their hyphens, em-dashes).
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# What TextWrapper treats as whitespace (ASCII only, as CPython).
_whitespace = "\t\n\x0b\x0c\r "


def _is_ws(c):
    return c in _whitespace


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # A word character that is not a digit.
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _split_words(text, hyphens):
    """Chunks of text: whitespace runs, words, and (with hyphens) word pieces ending in a
    hyphen and em-dashes ('--') between words."""
    if not hyphens:
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            ws = _is_ws(text[i])
            while j < n and _is_ws(text[j]) == ws:
                j += 1
            chunks.append(text[i:j])
            i = j
        return chunks
    n = len(text)

    def at(k):
        return text[k] if 0 <= k < n else ""

    def dash_run_then_word(k):
        # text[k:] is two or more hyphens followed by a word character.
        j = k
        while j < n and text[j] == "-":
            j += 1
        return j - k >= 2 and j < n and _is_word(text[j]), j

    chunks = []
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == "-" and i > 0 and _is_word_punct(text[i - 1]):
            ok, j = dash_run_then_word(i)
            if ok:
                chunks.append(text[i:j])
                i = j
                continue
        # A word: the shortest run of non-space characters that ends at a breakable hyphen,
        # before whitespace or the end, or before an em-dash.
        k = i + 1
        while True:
            if k < n and text[k] == "-":
                before = (_is_letter(at(k - 2)) and _is_letter(at(k - 1))) or (
                    _is_letter(at(k - 3)) and at(k - 2) == "-" and _is_letter(at(k - 1)))
                after = _is_letter(at(k + 1)) and (
                    _is_letter(at(k + 2)) or (at(k + 2) == "-" and _is_letter(at(k + 3))))
                if before and after:
                    chunks.append(text[i:k + 1])
                    i = k + 1
                    break
            if k >= n or _is_ws(text[k]):
                chunks.append(text[i:k])
                i = k
                break
            if _is_word_punct(text[k - 1]) and dash_run_then_word(k)[0]:
                chunks.append(text[i:k])
                i = k
                break
            k += 1
    return chunks


def _sentence_end(chunk):
    """Does chunk end a sentence: a lowercase letter, then . ! or ?, then maybe a quote?"""
    s = chunk
    if s and s[-1] in "\"'":
        s = s[:-1]
    return len(s) >= 2 and s[-1] in ".!?" and "a" <= s[-2] <= "z"


class TextWrapper:
    """Wraps paragraphs of text to a width; the attributes are the options."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        return [c for c in _split_words(text, self.break_on_hyphens) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, if something other than hyphens
                # comes before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1
                                           and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (
                    rest_is_blank and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (without their newlines)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to width with a placeholder if too long."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Remove the leading spaces and tabs every non-blank line shares.

    Lines of only spaces and tabs become empty and do not count.
    """
    lines = text.split("\n")
    margin = None
    for idx, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[idx] = ""
            continue
        if not line:
            continue
        lead = _leading_blanks(line)
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            for x, y in zip(margin, lead):
                if x != y:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """prefix added to the lines of text for which predicate is true (default: lines
    that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
