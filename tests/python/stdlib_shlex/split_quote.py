# shlex.split, quote and join.
import shlex

cases = [
    "a b  c", "  leading and trailing  ", "", "   ", "'single quoted' \"double quoted\"",
    "mixed'quo'ted\"parts\"", "esc\\ aped\\\\back", "\"a \\\"b\\\" c\"", "'a \\' b",
    "\"\\$HOME \\x \\\\ \\\"\"", "x='1 2' y=\"3 4\"", "''", "\"\"", "a '' b", "a\\", "'open",
    "\"open", "cmd # comment here", "cmd #comment", "a#b", "tab\tsep\nnew\rline",
    "ls -la /tmp/*.py | grep 'x y'", "echo $((1+2)) && true; false || x > out 2>&1",
    "ümlaut wörds", "'it'\"'\"'s'", "a\\\nb", "\\'", "\\\"", "--opt=val -x", "(sub) {brace}",
]
for s in cases:
    for comments, posix in ((False, True), (True, True), (False, False), (True, False)):
        try:
            print(repr(s), comments, posix, shlex.split(s, comments=comments, posix=posix))
        except ValueError as e:
            print(repr(s), comments, posix, "ValueError", e)

words = ["", "simple", "with space", "it's", "$HOME", "a\"b", "tab\there", "-x", "a=b,c:d/e.f+g@h%i",
         "ü", "new\nline", "*", "~user", "semi;colon", "back\\slash", "'", "''", "#hash"]
for w in words:
    q = shlex.quote(w)
    print(repr(w), q, shlex.split(q) == [w])
print(shlex.join(words))
print(shlex.split(shlex.join(words)) == words)
print(shlex.join([]), repr(shlex.join(["a"])))
for bad in [lambda: shlex.quote(None), lambda: shlex.quote(5), lambda: shlex.join([1]),
            lambda: shlex.split(5)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(shlex.__all__)
