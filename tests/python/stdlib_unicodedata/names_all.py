# unicodedata.name of every code point and lookup() of every name, against CPython's
# database (Unicode 14.0.0); then the aliases, the named sequences, the algorithmic
# names (Hangul syllables, CJK ideographs) and lookup()'s errors.
import sys
import unicodedata as u

n = h = lower = 0
for cp in range(sys.maxunicode + 1):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    name = u.name(chr(cp), None)
    if name is None:
        continue
    n += 1
    for ch in name:
        h = (h * 1000003 + ord(ch) + cp) % 2305843009213693951
    if u.lookup(name) != chr(cp):
        print("lookup differs", hex(cp), name)
    if cp % 97 == 0:
        try:
            lower += u.lookup(name.lower()) == chr(cp)
        except KeyError:
            pass
print(n, h, lower)

for c in "\x00 a\u2014\u00e9\uac00\ud7a3\u4e00\u9fff\U0002a6df\U0002a6e0\uf900\U00018b00" \
         "\U0001b170\U00017000\ue000\U000f0000\uffff\u1c89\U0001f600\U0001faf0":
    print("%x" % ord(c), u.name(c, None))

tests = ["EM DASH", "em dash", "Em Dash", "LATIN CAPITAL LETTER GHA", "latin capital letter gha",
         "BYTE ORDER MARK", "NULL", "LINE FEED", "LINE FEED (LF)", "LF",
         "LATIN SMALL LETTER R WITH TILDE", "latin small letter r with tilde",
         "KEYCAP NUMBER SIGN", "HANGUL SYLLABLE GA", "hangul syllable ga", "HANGUL SYLLABLE GGAG",
         "HANGUL SYLLABLE A", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE GGWAELH",
         "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-004E00",
         "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4DC0",
         "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0",
         "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
         "NUSHU CHARACTER-1B170", "nushu character-1b170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
         "TANGUT IDEOGRAPH-17000", "CYRILLIC CAPITAL LETTER TJE", "SHAKER", "X" * 256, "X" * 257,
         " EM DASH", "EM  DASH", "EM-DASH", "", "\u00c9", b"EM DASH", bytearray(b"EM DASH"), 5]
for t in tests:
    try:
        print(repr(t)[:50], ascii(u.lookup(t)))
    except (KeyError, TypeError) as e:
        print(repr(t)[:50], type(e).__name__, str(e)[:80])
