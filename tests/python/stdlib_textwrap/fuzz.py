import textwrap, random
rnd = random.Random(7)
alphabet = "ab-- -.!?'\"x1_\t\n-Z"
for trial in range(400):
    text = ''.join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
    width = rnd.randint(1, 12)
    tw = textwrap.TextWrapper(width=width, break_on_hyphens=rnd.random() < 0.8, fix_sentence_endings=rnd.random() < 0.3, drop_whitespace=rnd.random() < 0.8)
    print(trial, tw._split_chunks(text), tw.wrap(text))
    print(repr(textwrap.dedent(text)), repr(textwrap.indent(text, '>')))
