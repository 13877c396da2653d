//! `_metal_text`: the string work the framework does on every request, in Rust behind
//! the same Python functions (`django.utils.html.escape`, `get_random_string`, the CSRF
//! token's masking). Each does what the Python it replaces did, character for character.

use std::rc::Rc;

use crate::builtins::{pos_args, str::str_payload, to_index};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::strformat::push_int;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "escape_html", escape_html);
    crate::builtins::function(d, "random_string", random_string);
    crate::builtins::function(d, "shift_chars", shift_chars);
    crate::builtins::function(d, "html_attrs", html_attrs);
    crate::builtins::function(d, "compare_digest", compare_digest);
    crate::builtins::function(d, "header_key", header_key);
    crate::builtins::function(d, "cookie_legal", cookie_legal);
    crate::builtins::function(d, "init_request", super::wsgi_request::init_request);
    crate::builtins::function(d, "init_response", super::http_response::init_response);
    crate::builtins::function(d, "http_date", http_date);
    crate::builtins::function(d, "parse_cookie", parse_cookie);
    crate::builtins::function(d, "parse_qsl_utf8", parse_qsl_utf8);
    super::http_headers::init(d);
    super::multivalue::init(d);
    super::url_resolve::init(d);
    super::csrf::init(d);
}

/// `parse_qsl_utf8(qs, keep_blank_values)`: `urllib.parse.parse_qsl(qs,
/// keep_blank_values)` of a str with the defaults (UTF-8, errors "replace", "&"
/// separators, not strict): the (name, value) pairs, each `+` a space and each `%XX`
/// a byte, the bytes decoded as UTF-8 with U+FFFD for what is not (characters
/// outside ASCII kept as they are). None for anything but a str.
fn parse_qsl_utf8(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "parse_qsl_utf8", &args, 2, 2)?;
    let Value::Str(qs) = &a[0] else {
        return Ok(Value::None);
    };
    let keep_blank = vm.truthy(&a[1])?;
    let mut out = Vec::new();
    for field in qs.as_str().split('&') {
        if field.is_empty() {
            continue;
        }
        let (name, value) = match field.split_once('=') {
            Some(nv) => nv,
            None if keep_blank => (field, ""),
            None => continue,
        };
        if value.is_empty() && !keep_blank {
            continue;
        }
        out.push(Value::tuple(vec![
            Value::from_string(unquote_plus(name)),
            Value::from_string(unquote_plus(value)),
        ]));
    }
    Ok(Value::list(out))
}

/// `urllib.parse.unquote_plus(text)` with UTF-8 and errors "replace": a `%` and two
/// hex digits is that byte, anything else (`%zz`, a `%` near the end) is kept.
pub(super) fn unquote_plus(text: &str) -> String {
    if !text.bytes().any(|b| b == b'%' || b == b'+') {
        return text.to_string();
    }
    let hex = |b: Option<&u8>| b.and_then(|&x| (x as char).to_digit(16));
    let b = text.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => bytes.push(b' '),
            b'%' => {
                if let (Some(h), Some(l)) = (hex(b.get(i + 1)), hex(b.get(i + 2))) {
                    bytes.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                bytes.push(b'%');
            }
            c => bytes.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `parse_cookie(header)`: Django's `parse_cookie` of a str Cookie header, a new dict
/// (None for anything but a str: Python's loop decides). Chunks split on `;`, each at
/// its first `=` (none: an empty name), both parts stripped as `str.strip()` strips,
/// empty pairs skipped, values unquoted as `http.cookies._unquote` does (a value in
/// double quotes loses them, and `\ooo` (first digit 0-3) and `\c` escapes in it are
/// decoded); a later name replaces an earlier one.
fn parse_cookie(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "parse_cookie", &args, 1, 1)?;
    let Value::Str(header) = &a[0] else {
        return Ok(Value::None);
    };
    fn strip(t: &str) -> &str {
        t.trim_matches(crate::builtins::str::py_space)
    }
    let d = PyDict::new();
    for chunk in header.as_str().split(';') {
        let (key, val) = match chunk.split_once('=') {
            Some((k, v)) => (strip(k), strip(v)),
            None => ("", strip(chunk)),
        };
        if key.is_empty() && val.is_empty() {
            continue;
        }
        d.set_item(vm, Value::str(key), Value::from_string(unquote_cookie(val)))?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// `http.cookies._unquote`.
fn unquote_cookie(val: &str) -> String {
    let b = val.as_bytes();
    if b.len() < 2 || b[0] != b'"' || b[b.len() - 1] != b'"' {
        return val.to_string();
    }
    let inner: Vec<char> = val[1..val.len() - 1].chars().collect();
    let mut out = String::with_capacity(inner.len());
    let mut i = 0;
    while i < inner.len() {
        let c = inner[i];
        if c == '\\' {
            let oct = |j: usize, hi: char| inner.get(j).is_some_and(|&d| ('0'..=hi).contains(&d));
            if oct(i + 1, '3') && oct(i + 2, '7') && oct(i + 3, '7') {
                let n = inner[i + 1..i + 4]
                    .iter()
                    .fold(0u32, |n, &d| n * 8 + (d as u32 - '0' as u32));
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
                i += 4;
                continue;
            }
            // (The pattern's `.` does not match a line break.)
            if let Some(&next) = inner.get(i + 1).filter(|&&n| n != '\n') {
                out.push(next);
                i += 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// `http_date(seconds)`: RFC 7231's `Wdy, DD Mon YYYY HH:MM:SS GMT` for an int or float
/// POSIX time, as `email.utils.formatdate(t, usegmt=True)` writes it through
/// `datetime.fromtimestamp(t, timezone.utc)`: a float is first rounded to microseconds
/// (half to even) and then its second taken (-1.5 is 23:59:58), and the errors are
/// CPython's (NaN; beyond time_t; a year gmtime cannot hold; a year outside 1-9999).
/// None for a value of any other type: Python's datetime decides.
pub(super) fn http_date(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let a = pos_args(vm, "http_date", &args, 1, 1)?;
    let beyond = |vm: &mut Vm| {
        vm.new_error(
            "OverflowError",
            "timestamp out of range for platform time_t",
        )
    };
    let secs = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(crate::value::PyBool(b)) => i64::from(*b),
        Value::BigInt(_) => return Err(beyond(vm)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let (int, frac) = (f.trunc(), f.fract());
            // (-2^63 <= int < 2^63: what fits a 64-bit time_t.)
            const TWO_63: f64 = 9_223_372_036_854_775_808.0;
            if !(-TWO_63..TWO_63).contains(&int) {
                return Err(beyond(vm));
            }
            let micro = (frac * 1e6).round_ties_even();
            let int = int as i64;
            if micro >= 1e6 {
                int + 1
            } else if micro < 0.0 {
                int - 1
            } else {
                int
            }
        }
        _ => return Ok(Value::None),
    };
    // The C library's gmtime, as datetime.fromtimestamp reads it (EOVERFLOW when the
    // year does not fit its tm_year).
    let t: libc::time_t = secs;
    // SAFETY: an all-zero `tm` is a valid value; gmtime_r only writes into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the duration of the call.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(crate::stdlib::os::io_error(
            vm,
            &std::io::Error::last_os_error(),
            None,
        ));
    }
    // datetime adds 1900 to tm_year in a C int.
    let year = i64::from(tm.tm_year.wrapping_add(1900));
    if !(1..=9999).contains(&year) {
        return Err(vm.value_error(format!("year {year} is out of range")));
    }
    let mut out = String::with_capacity(29);
    out.push_str(DAYS[(tm.tm_wday as usize + 6) % 7]);
    out.push_str(", ");
    push_int(&mut out, i64::from(tm.tm_mday), 2);
    out.push(' ');
    out.push_str(MONTHS[tm.tm_mon as usize]);
    out.push(' ');
    push_int(&mut out, year, 4);
    for (sep, n) in [
        (' ', tm.tm_hour),
        (':', tm.tm_min),
        (':', tm.tm_sec.min(59)),
    ] {
        out.push(sep);
        push_int(&mut out, i64::from(n), 2);
    }
    out.push_str(" GMT");
    Ok(Value::from_string(out))
}

/// `header_key(name, value)`: the lower-cased name under which a response header is
/// stored, when name and value are both plain ASCII strs without line breaks (what
/// `ResponseHeaders._convert` would hand back unchanged); None when `_convert` must
/// decide (other types, non-ASCII text, a line break).
fn header_key(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "header_key", &args, 2, 2)?;
    let plain = |v: &Value| match v {
        Value::Str(s) => {
            let t = s.as_str();
            t.is_ascii() && !t.bytes().any(|b| b == b'\n' || b == b'\r')
        }
        _ => false,
    };
    if !plain(&a[0]) || !plain(&a[1]) {
        return Ok(Value::None);
    }
    let Value::Str(name) = &a[0] else {
        return Ok(Value::None);
    };
    let t = name.as_str();
    if !t.bytes().any(|b| b.is_ascii_uppercase()) {
        return Ok(a[0].clone());
    }
    Ok(Value::from_string(t.to_ascii_lowercase()))
}

/// The characters http.cookies leaves bare in a cookie's name and value
/// (`string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"`; `response.py`'s
/// `_COOKIE_LEGAL` is the same set).
pub(super) fn cookie_legal_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~:".contains(&b)
}

/// `cookie_legal(text)`: whether every character of a str is one http.cookies leaves
/// bare (`_COOKIE_LEGAL.issuperset(text)`: True for ""); None for anything but a str.
fn cookie_legal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "cookie_legal", &args, 1, 1)?;
    Ok(match &a[0] {
        Value::Str(s) => Value::bool(s.as_str().bytes().all(cookie_legal_byte)),
        _ => Value::None,
    })
}

/// `cookie_output(morsel, key, coded_value, names)`: `Morsel.OutputString()` of a plain
/// Morsel (a dict of its attributes): `key=coded_value`, then `; Name=value` for each
/// (attribute, Name) pair of `names` (in that order) whose value is not "", the flags
/// `secure`/`httponly` as their bare Name when true, `max-age` as an integer. None when
/// a value is of a type whose text Python must make (anything but str, int and bool),
/// or is an int `expires` (a date from now) or a str `comment` (quoted).
pub(super) fn cookie_output(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::objects::object::Payload;
    let a = pos_args(vm, "cookie_output", &args, 4, 4)?;
    let Value::Object(o) = &a[0] else {
        return Ok(Value::None);
    };
    let Payload::Builtin(Value::Dict(d)) = &o.payload else {
        return Ok(Value::None);
    };
    let (Value::Str(key), Value::Str(coded), Value::Tuple(names)) = (&a[1], &a[2], &a[3]) else {
        return Ok(Value::None);
    };
    let mut out = String::with_capacity(96);
    out.push_str(key.as_str());
    out.push('=');
    out.push_str(coded.as_str());
    for pair in names.items.iter() {
        let Value::Tuple(p) = pair else {
            return Ok(Value::None);
        };
        let (Some(Value::Str(name)), Some(Value::Str(shown))) = (p.items.first(), p.items.get(1))
        else {
            return Ok(Value::None);
        };
        let flag = matches!(name.as_str(), "secure" | "httponly");
        // A missing attribute reads as "" (skipped).
        let Some(v) = d.get_str(name) else {
            continue;
        };
        let text = match &v {
            Value::Str(s) if s.as_str().is_empty() => continue,
            // A date from now, and a quoted comment: Python writes those.
            Value::Int(_) | Value::Bool(_) if name.as_str() == "expires" => {
                return Ok(Value::None);
            }
            Value::Str(_) if name.as_str() == "comment" => return Ok(Value::None),
            Value::Str(s) if !flag => s.as_str().to_string(),
            Value::Str(_) => String::new(),
            Value::Int(i) if flag && *i == 0 => continue,
            Value::Int(i) => i.to_string(),
            Value::Bool(crate::value::PyBool(b)) if flag && !*b => continue,
            Value::Bool(crate::value::PyBool(b)) if name.as_str() == "max-age" => {
                (*b as i64).to_string()
            }
            Value::Bool(crate::value::PyBool(b)) => if *b { "True" } else { "False" }.to_string(),
            _ => return Ok(Value::None),
        };
        out.push_str("; ");
        out.push_str(shown.as_str());
        if !flag {
            out.push('=');
            out.push_str(&text);
        }
    }
    Ok(Value::from_string(out))
}

/// The bytes of a str (ASCII only), bytes or bytearray argument of `compare_digest`.
fn digest_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Str(s) if s.as_str().is_ascii() => Some(s.as_str().as_bytes().to_vec()),
        _ => crate::objects::bytes::as_bytes(v),
    }
}

/// `compare_digest(a, b)`: a == b for two ASCII strs or two bytes-likes, in a time that
/// depends only on the lengths (every byte is looked at); None for any other pair (the
/// Python callers raise their errors).
fn compare_digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "compare_digest", &args, 2, 2)?;
    if matches!(a[0], Value::Str(_)) != matches!(a[1], Value::Str(_)) {
        return Ok(Value::None);
    }
    let (Some(x), Some(y)) = (digest_bytes(&a[0]), digest_bytes(&a[1])) else {
        return Ok(Value::None);
    };
    let mut diff = (x.len() ^ y.len()) as u64;
    let other = if x.len() == y.len() { &y } else { &x };
    for (p, q) in x.iter().zip(other.iter()) {
        diff |= u64::from(p ^ q);
    }
    Ok(Value::Bool(crate::value::PyBool(diff == 0)))
}

/// `text` with Django's escaping appended to `out`.
pub(super) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
}

/// `html_attrs(attrs)`: django/forms/attrs.html for a dict, ` name="value"` per item
/// (True: the bare name; False: left out; other values as `str()` gives them), names
/// and values escaped. None when a name is not a plain str or a value is an object
/// (a safe string is not escaped, and other objects' `__str__` is Python's to run:
/// the Python version decides).
fn html_attrs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "html_attrs", &args, 1, 1)?;
    let Value::Dict(d) = &a[0] else {
        return Ok(Value::None);
    };
    Ok(attrs_html(vm, d)?.map_or(Value::None, Value::from_string))
}

/// `html_attrs` of a dict: the text, or None when the Python version must decide.
pub(super) fn attrs_html(vm: &mut Vm, d: &PyDict) -> PyResult<Option<String>> {
    let items = d.items();
    if items
        .iter()
        .any(|(k, v)| !matches!(k, Value::Str(_)) || matches!(v, Value::Object(_)))
    {
        return Ok(None);
    }
    let mut out = String::new();
    for (k, v) in &items {
        let Value::Str(name) = k else { continue };
        if matches!(v, Value::Bool(b) if !b.0) {
            continue;
        }
        out.push(' ');
        push_escaped(&mut out, name.as_str());
        match v {
            Value::Bool(_) => continue,
            Value::Str(s) => {
                out.push_str("=\"");
                push_escaped(&mut out, s.as_str());
            }
            Value::Int(i) => {
                out.push_str("=\"");
                out.push_str(&i.to_string());
            }
            _ => {
                let s = vm.str_of(v)?;
                out.push_str("=\"");
                push_escaped(&mut out, s.as_str());
            }
        }
        out.push('"');
    }
    Ok(Some(out))
}

fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    str_payload(v)
        .ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", vm.type_name(v))))
}

/// `escape_html(s)`: `&`, `<`, `>`, `"` and `'` as `&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&#x27;` (Django's escape); the same str object when there is nothing to escape.
fn escape_html(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "escape_html", &args, 1, 1)?;
    let s = str_arg(vm, &a[0], "escape_html() argument")?;
    let special = |b: &u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
    let Some(first) = s.bytes().position(|b| special(&b)) else {
        return Ok(match &a[0] {
            Value::Str(_) => a[0].clone(),
            _ => Value::str(s),
        });
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    push_escaped(&mut out, &s[first..]);
    Ok(Value::from_string(out))
}

/// `random_string(length, chars)`: `length` characters drawn uniformly from `chars`
/// (1 to 256 of them) by rejection sampling (no modulo bias), from `rand`'s thread-local
/// CSPRNG (ChaCha12, seeded from the operating system and reseeded from it as it goes;
/// the crate ARCHITECTURE.md chose for CSRF): a system call per token was most of the
/// kernel time of a request that renders `{% csrf_token %}`.
fn random_string(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use rand::RngCore;
    let a = pos_args(vm, "random_string", &args, 2, 2)?;
    let length = to_index(vm, &a[0])?.max(0) as usize;
    let chars: Vec<char> = str_arg(vm, &a[1], "allowed_chars")?.chars().collect();
    let n = chars.len();
    if n == 0 || n > 256 {
        return Err(vm.value_error("allowed_chars must have between 1 and 256 characters"));
    }
    let limit = 256 - 256 % n;
    let mut out = String::with_capacity(length);
    let mut got = 0;
    let mut buf = vec![0u8; length * 2 + 8];
    let mut rng = rand::thread_rng();
    while got < length {
        rng.try_fill_bytes(&mut buf)
            .map_err(|e| vm.new_error("OSError", e.to_string()))?;
        for &b in &buf {
            if (b as usize) < limit {
                out.push(chars[b as usize % n]);
                got += 1;
                if got == length {
                    break;
                }
            }
        }
    }
    Ok(Value::from_string(out))
}

/// `shift_chars(text, key, chars, sign)`: each character of `text` moved by `sign`
/// times the index in `chars` of the matching character of `key`, around `chars`
/// (pairs up to the shorter string): the CSRF token's masking (sign 1) and unmasking
/// (sign -1). A character not in `chars` raises KeyError, as the index dict did.
fn shift_chars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "shift_chars", &args, 4, 4)?;
    let text = str_arg(vm, &a[0], "text")?;
    let key = str_arg(vm, &a[1], "key")?;
    let alphabet = str_arg(vm, &a[2], "chars")?;
    let sign = to_index(vm, &a[3])?;
    if alphabet.is_empty() {
        return Err(vm.value_error("chars must not be empty"));
    }
    if alphabet.is_ascii() && alphabet.len() < 255 && text.is_ascii() && key.is_ascii() {
        // Each ASCII character's index in the alphabet (its first occurrence), by table.
        let mut at = [u8::MAX; 128];
        for (i, b) in alphabet.bytes().enumerate().rev() {
            at[b as usize] = i as u8;
        }
        let n = alphabet.len() as i64;
        // (The sign reduced first: a huge one must not overflow the product.)
        let sign = sign.rem_euclid(n);
        let bytes = alphabet.as_bytes();
        let mut out = String::with_capacity(text.len());
        for (x, y) in text.bytes().zip(key.bytes()) {
            let (ix, iy) = (at[x as usize], at[y as usize]);
            if ix == u8::MAX || iy == u8::MAX {
                let bad = if ix == u8::MAX { x } else { y };
                return Err(key_error(vm, char::from(bad)));
            }
            let i = (i64::from(ix) + sign * i64::from(iy)).rem_euclid(n);
            out.push(char::from(bytes[i as usize]));
        }
        return Ok(Value::from_string(out));
    }
    let chars: Vec<char> = alphabet.chars().collect();
    let n = chars.len() as i64;
    let sign = sign.rem_euclid(n);
    let index = |vm: &mut Vm, c: char| -> PyResult<i64> {
        match chars.iter().position(|&x| x == c) {
            Some(i) => Ok(i as i64),
            None => Err(key_error(vm, c)),
        }
    };
    let mut out = String::with_capacity(text.len());
    for (x, y) in text.chars().zip(key.chars()) {
        let i = (index(vm, x)? + sign * index(vm, y)?).rem_euclid(n);
        out.push(chars[i as usize]);
    }
    Ok(Value::from_string(out))
}

/// `KeyError(c)`, as the index dict the Python version used raised it.
fn key_error(vm: &mut Vm, c: char) -> crate::vm::PyErr {
    let arg = Value::Str(Rc::new(crate::objects::str::PyStr::new(&c.to_string())));
    vm.new_exception(vm.exc_type("KeyError"), vec![arg])
}
