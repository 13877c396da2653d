# Unicode text: offsets are code points (not bytes), \w/\d/\s/\b on non-ASCII,
# case-insensitive matching, astral characters, pos/endpos inside non-ASCII text.
import re

s = 'Zürich → München: 日本語テキスト, naïve café; Ωμέγα 123 ٣٤'
print(re.findall(r'\w+', s))
print([m.span() for m in re.finditer(r'\w+', s)])
print(re.findall(r'\d+', s), re.findall(r'\d+', s, re.A), re.findall(r'\W+', s))
print(re.findall(r'ZÜRICH|MÜNCHEN|ΩΜΈΓΑ', s, re.I), re.findall(r'[α-ω]+', s, re.I))
m = re.search('café', s)
print(m.start(), m.end(), m.span(), s[m.start():m.end()], len(s))
p = re.compile(r'\w+')
print(p.findall(s, 10, 30), p.search(s, 19), p.search(s, 19).span(), p.match(s, 19))
print(re.compile(r'München').match(s, 9), re.compile(r'.+').match('日本語', 0, 2))
print(re.sub(r'(\w)(\w*)', lambda m: m[1].upper() + m[2], 'élan vital ça ñandú'))
print(re.split(r'\s*[→:,;]\s*', s))
print(re.findall(r'[\u3040-\u30ff]+', s), re.findall(r'[α-ωΑ-Ω]+', s), re.findall(r'\xfc|\u00e9', s))
print(re.search(r'\U0001F600', 'a😀b').span(), re.findall(r'[😀-🙏]', 'x😀y🙂z'))
print([m.span() for m in re.finditer('.', 'a😀b')], re.match(r'(.)(.)', '😀é').groups())
print(re.findall(r'\b\w', 'über öl ärger'), re.split(r'\s+', 'a\u00a0b\u2003c\u3000d e'))
print(re.findall(r'ǆ', 'ǄǅǆǄ', re.I), re.findall(r'[α-γ]+', 'ΑΒΓαβγ', re.I))
print(re.findall(r'σ', 'Σσς', re.I), re.findall(r'straße', 'STRASSE Straße STRAßE', re.I))
print(re.findall(r'\d', '²٣𝟘7'), re.fullmatch(r'[^\x00-\x7f]+', 'ñandú'))
print(re.match(r'(?P<größe>\d+)', '42').groupdict(), re.match(r'\w+', 'ⅷx'))
print(re.sub(r'[^\w\s-]', '', 'Héllo, Wörld! 2024 — ok?'.lower()))
print(re.escape('日本 (é)'), re.fullmatch(re.escape('(é)*'), '(é)*'))

# positions feed slicing: every span must line up with str indexing
text = 'Ça va? Très bien — merci. Дякую! 谢谢。'
for m in re.finditer(r'[^\s.!?。—]+', text):
    assert text[m.start():m.end()] == m.group(), m
print([m.group() for m in re.finditer(r'[^\s.!?。—]+', text)])
print(re.split(r'(?<=[.!?。])\s*', text))
print([(m.start(), m.end()) for m in re.finditer(r'(?<=\s)\S', text)])
print(re.sub(r'\s+', ' ', ' ünï  cödé\t\n text '), re.subn(r'[àâäéèêëïîôöùûüç]', '_', 'garçon déjà où'))
names = ['Zoë', 'Åsa', 'José', 'Łukasz', 'Nguyễn', 'O\'Brien', 'x1', '']
print([n for n in names if re.fullmatch(r"[^\W\d_]+(?:['-][^\W\d_]+)*", n)])
print(re.search(r'(?<=ü)r', 'Zürich'), re.search(r'ü(?=r)', 'Zürich').span())
print(re.compile(r'é').search('ééé', 1, 2), re.compile(r'$').search('héé', 0, 2))
