# The shlex class: modes, attributes, punctuation_chars, pushback, iteration, lines.
import shlex
import io

def tokens(text, **kw):
    lex = shlex.shlex(text, **kw)
    return list(lex)

for text in ["a b", "foo = bar(1, 2);", "x='1 2' \"y z\"", "a.b-c/d", "# comment\nnext line",
             "don't", "a 'b c' d", "path/to/file.txt", "1.5e3+x", "é ü", "a\\ b", "'unterminated"]:
    for posix in (False, True):
        try:
            print(repr(text), posix, tokens(text, posix=posix))
        except ValueError as e:
            print(repr(text), posix, "ValueError", e)
    try:
        print(repr(text), "punct", tokens(text, punctuation_chars=True),
              tokens(text, posix=True, punctuation_chars=True))
    except ValueError as e:
        print(repr(text), "punct", "ValueError", e)

for text in ["a && b || c; d | e > f 2>&1 (g) <h", "x;;y", "echo hi>>out&", "a=~/x/*.py"]:
    print(tokens(text, punctuation_chars=True), tokens(text, posix=True, punctuation_chars=True))
    lex = shlex.shlex(text, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    print(list(lex))
print(repr(shlex.shlex("", punctuation_chars=True).punctuation_chars),
      repr(shlex.shlex("", punctuation_chars="|").punctuation_chars),
      repr(shlex.shlex("", punctuation_chars="").punctuation_chars))
print(shlex.shlex("", punctuation_chars="-").wordchars)

lex = shlex.shlex("one two\nthree four\n\nfive", posix=True)
print(repr(lex.eof), lex.lineno)
first = lex.get_token()
print(first, lex.lineno)
lex.push_token("pushed")
lex.push_token("again")
print(lex.get_token(), lex.get_token(), lex.get_token())
while True:
    tok = lex.get_token()
    print(repr(tok), lex.lineno)
    if tok == lex.eof:
        break
print(repr(lex.get_token()))
lex2 = shlex.shlex("a b")
print(repr(lex2.eof), list(lex2), repr(lex2.get_token()))
print(lex2.error_leader(), lex2.error_leader("file.txt", 7))

lex = shlex.shlex("a:b:c d", posix=True)
lex.whitespace = ":"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("key=value;other", posix=True)
lex.wordchars += "="
print(list(lex))
lex = shlex.shlex("a %comment\nb", posix=True)
lex.commenters = "%"
print(list(lex))
lex = shlex.shlex("|a b| 'c'", posix=True)
lex.quotes = "|"
print(list(lex))
lex = shlex.shlex("a^ b", posix=True)
lex.escape = "^"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("\"a\\\"b\" 'c\\'", posix=True)
print(list(lex))
lex = shlex.shlex("\"a\\\"b\" 'c\\'", posix=True)
lex.escapedquotes = "'\""
try:
    print(list(lex))
except ValueError as e:
    print("ValueError", e)
lex = shlex.shlex(io.StringIO("from stream"), infile="name.txt")
print(lex.infile, list(lex), lex.error_leader())
print(shlex.shlex("x").instream.__class__.__name__)

main = shlex.shlex("a include 'b c' d", posix=True)
main.source = "include"
def hook(name):
    return ("inc-" + name, io.StringIO("x y"))
main.sourcehook = hook
print(list(main))
