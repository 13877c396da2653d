import textwrap
s = "The quick brown fox jumps over the lazy dog. It was a well-known fact -- at least in some circles -- that foxes are quick! Are they? Yes.  Very much so."
for w in [5, 10, 15, 20, 30, 40, 79]:
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 20, break_on_hyphens=False), textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 30, fix_sentence_endings=True), textwrap.wrap(s, 30, drop_whitespace=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10), textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 5), textwrap.wrap("hello-world-how-are-you today", 8))
print(textwrap.wrap("tab\there\tand\tthere", 12), textwrap.wrap("tab\there", 12, expand_tabs=False), textwrap.wrap("tab\there", 12, replace_whitespace=False, expand_tabs=False))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("Hello world", width=10, placeholder="..."), textwrap.shorten(s, 40))
print(textwrap.wrap(s, 30, max_lines=2), textwrap.wrap(s, 30, max_lines=3, placeholder=' ~'))
print(repr(textwrap.dedent("    hello\n      world\n    end\n")), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  a\n    \n  b")), repr(textwrap.dedent("no indent\n  x")), repr(textwrap.dedent("\t\ta\n\t b")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)), repr(textwrap.indent("x\r\ny", "-")))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("a"), textwrap.fill("one two", 3))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
try: textwrap.wrap("hello world", 5, max_lines=1, placeholder=" [.......]")
except ValueError as e: print(e)
w = textwrap.TextWrapper(width=15, subsequent_indent='  ')
print(w.wrap("Mr. Smith went to Washington. He said -- hello!"), w.fill("e-mail well-to-do re-examine co-op x-ray"))
print(textwrap.wrap("what--is this---thing?-- a--b --c-- d", 6))
print(textwrap.wrap("123-456-789 abc-123 a1-b2 well-1known", 4))
print(textwrap.wrap("Hello there, how are you this fine day?  I'm glad to hear it!", 12, fix_sentence_endings=True))
import random
rnd = random.Random(1)
words = ['a', 'bb', 'ccc', 'dd-ee', 'f--g', 'well-known', 'x.', 'Yes!', '--', '-', 'long' * 5, 'tab\t', 'q?"', 'non-hyphen-ated', "it's", '12-34']
for trial in range(40):
    text = ' '.join(rnd.choice(words) for _ in range(rnd.randint(1, 15)))
    width = rnd.randint(1, 25)
    opts = dict(break_on_hyphens=rnd.random() < 0.7, break_long_words=rnd.random() < 0.7, drop_whitespace=rnd.random() < 0.8, fix_sentence_endings=rnd.random() < 0.3)
    if rnd.random() < 0.3: opts['max_lines'] = rnd.randint(1, 3); opts['placeholder'] = '..'
    try: print(trial, textwrap.wrap(text, width, **opts))
    except ValueError as e: print(trial, e)
