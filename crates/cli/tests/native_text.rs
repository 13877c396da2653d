//! `_metal_text`, the framework's string helpers in Rust: each gives what the Python it
//! replaced gave (checked here against that Python, run on metal itself).

use std::process::Command;

fn run(code: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_metal"))
        .args(["-c", code])
        .output()
        .expect("run metal");
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn escape_html_matches_the_python_escape() {
    let out = run(r#"
from _metal_text import escape_html
def py_escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))
cases = ["", "plain", "a & b", "<script>alert('x')</script>", 'say "hi"', "é<ü>&ß'",
         "&amp;", "'" * 5, "x" * 100 + "<"]
for c in cases:
    assert escape_html(c) == py_escape(c), c
s = "nothing to escape"
print(escape_html(s) is s, escape_html("<é>"))
try:
    escape_html(3)
except TypeError as e:
    print(e)
"#);
    assert_eq!(
        out,
        "True &lt;é&gt;\nescape_html() argument must be str, not int\n"
    );
}

#[test]
fn shift_chars_masks_and_unmasks_like_the_index_arithmetic() {
    let out = run(r#"
from _metal_text import shift_chars
chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
index = {c: i for i, c in enumerate(chars)}
secret = "Zz09aAbBcC" * 3 + "xy"
mask = "0123456789" * 3 + "AB"
masked = shift_chars(secret, mask, chars, 1)
assert masked == "".join(chars[(index[x] + index[y]) % 62] for x, y in zip(secret, mask))
assert shift_chars(masked, mask, chars, -1) == secret
print(len(masked), shift_chars("ab", "b", chars, 1))
try:
    shift_chars("a!", "bb", chars, 1)
except KeyError as e:
    print("KeyError", e)
try:
    shift_chars("ab", "b?", chars, 1)
except KeyError as e:
    print("KeyError", e)
# Every pair of the alphabet, both ways; a repeated letter counts at its first place;
# a non-ASCII alphabet takes the general path with the same arithmetic.
for alphabet in (chars, "abcab", "aéb€"):
    index = {}
    for i, c in enumerate(alphabet):
        index.setdefault(c, i)
    text = "".join(x for x in alphabet for _ in alphabet)
    key = alphabet * len(alphabet)
    for sign in (1, -1, 3):
        want = "".join(alphabet[(index[x] + sign * index[y]) % len(alphabet)]
                       for x, y in zip(text, key))
        assert shift_chars(text, key, alphabet, sign) == want, (alphabet, sign)
print(shift_chars("é", "€", "aéb€", 1))
# A sign far beyond the alphabet's size counts modulo it (no overflow).
print(shift_chars("b", "c", "abc", 2**62), shift_chars("b", "c", "abc", -2**63),
      shift_chars("é", "€", "aéb€", 2**62 + 1))
"#);
    assert_eq!(out, "32 b\nKeyError '!'\nKeyError '?'\na\na a a\n");
}

#[test]
fn random_string_draws_from_the_alphabet() {
    let out = run(r#"
from _metal_text import random_string
s = random_string(4000, "ab")
print(len(s), set(s) == {"a", "b"}, 1700 < s.count("a") < 2300)
print(random_string(0, "xyz") == "", random_string(5, "q"))
print(len({random_string(32, "abcdefghijklmnopqrstuvwxyz") for _ in range(50)}))
for bad in ("", "x" * 257):
    try:
        random_string(3, bad)
    except ValueError as e:
        print(e)
"#);
    assert_eq!(
        out,
        "4000 True True\nTrue qqqqq\n50\nallowed_chars must have between 1 and 256 characters\nallowed_chars must have between 1 and 256 characters\n"
    );
}
