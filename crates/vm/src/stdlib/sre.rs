//! `_metal_re`: the native half of `re`. Python's pattern syntax is translated to
//! `fancy-regex` syntax (which hands everything without backreferences or lookaround to
//! the `regex` crate's automata), and matching answers spans in code points. The rest of
//! `re` (Pattern, Match, sub/split/findall and their empty-match rules) is Python, in
//! `re.py` beside this file.

use std::any::Any;
use std::rc::Rc;

use fancy_regex::Regex;

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::{Layout, PyType};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const SOURCE: &str = include_str!("re.py");

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;
const ASCII: i64 = 256;
const UNICODE: i64 = 32;

/// A compiled pattern: one regex per way of anchoring it, built on first use.
struct Compiled {
    body: String,
    groups: usize,
    variants: [std::cell::OnceCell<Result<Regex, String>>; 3],
}

pub fn init(vm: &mut Vm, d: &PyDict) {
    let ty = PyType::new_builtin("_metal_re.Regex", Some(&vm.types.object), Layout::Object);
    d.set_by_str("Regex", Value::Type(ty));
    crate::builtins::function(d, "compile", compile);
    crate::builtins::function(d, "exec", exec);
    crate::builtins::function(d, "groups", groups);
    crate::builtins::function(d, "groupdict", groupdict);
}

/// The text of a match's group `g` from `exec`'s spans, or `default` when the group did
/// not take part.
fn group_text(s: &crate::objects::str::PyStr, spans: &[Value], g: usize, default: &Value) -> Value {
    match (spans.get(2 * g), spans.get(2 * g + 1)) {
        (Some(Value::Int(a)), Some(Value::Int(b))) if *a >= 0 && *b >= *a => {
            // Clamped: a Match's string may have been replaced by a shorter one.
            let n = s.char_len();
            let (a, b) = ((*a as usize).min(n), (*b as usize).min(n));
            let (a, b) = (s.byte_offset(a), s.byte_offset(b));
            Value::str(&s.as_str()[a..b])
        }
        _ => default.clone(),
    }
}

/// The string a pattern runs on or a match was made on: a str or a str subclass's value.
fn subject<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Rc<crate::objects::str::PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        Value::Object(o) => match &o.payload {
            Payload::Builtin(Value::Str(s)) => Ok(s),
            _ => Err(vm.type_error("expected string")),
        },
        _ => Err(vm.type_error("expected string")),
    }
}

/// The matched string and spans of a Match (`groups`/`groupdict`'s first arguments).
fn match_parts<'a>(
    vm: &mut Vm,
    string: &'a Value,
    spans: &'a Value,
) -> PyResult<(&'a Rc<crate::objects::str::PyStr>, &'a [Value])> {
    let s = subject(vm, string)?;
    let Value::Tuple(t) = spans else {
        return Err(vm.type_error("expected the spans tuple"));
    };
    Ok((s, &t.items))
}

/// `groups(string, spans, ngroups, default)`: Match.groups() — groups 1..=ngroups.
fn groups(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "groups", &args, 4, 4)?;
    let (s, spans) = match_parts(vm, &a[0], &a[1])?;
    let n = crate::builtins::to_index(vm, &a[2])?.max(0) as usize;
    Ok(Value::tuple(
        (1..=n).map(|g| group_text(s, spans, g, &a[3])).collect(),
    ))
}

/// `groupdict(string, spans, groupindex, default)`: Match.groupdict() — {name: text}
/// in the pattern's group-name order.
fn groupdict(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "groupdict", &args, 4, 4)?;
    let (s, spans) = match_parts(vm, &a[0], &a[1])?;
    let Value::Dict(index) = &a[2] else {
        return Err(vm.type_error("expected the groupindex dict"));
    };
    let out = PyDict::new();
    for (name, g) in index.items() {
        let Value::Int(g) = g else {
            return Err(vm.type_error("expected int group numbers"));
        };
        let text = group_text(s, spans, g.max(0) as usize, &a[3]);
        out.set_item(vm, name, text)?;
    }
    Ok(Value::Dict(Rc::new(out)))
}

fn handle<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Compiled> {
    if let Value::Object(o) = v {
        if let Payload::Native(b) = &o.payload {
            if let Some(c) = b.downcast_ref::<Compiled>() {
                return Ok(c);
            }
        }
    }
    Err(vm.type_error("expected a compiled _metal_re.Regex"))
}

/// `compile(pattern, flags, Regex)` → `(handle, groups, {name: index}, flags with the
/// pattern's inline global flags)`; a bad pattern
/// raises ValueError with the reason (re.py turns it into `re.error`).
fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "compile", &args, 3, 3)?;
    let Some(pat) = crate::builtins::str::str_payload(&a[0]).map(str::to_string) else {
        return Err(vm.not_implemented("re: bytes patterns"));
    };
    let flags = match a[1] {
        Value::Int(f) => f,
        _ => return Err(vm.type_error("flags must be an int")),
    };
    let Value::Type(ty) = &a[2] else {
        return Err(vm.type_error("expected the Regex type"));
    };
    let (body, all_flags) = translate(&pat, flags).map_err(|e| vm.value_error(e))?;
    // Check the pattern now so that errors surface at compile time, as in Python.
    let probe = Regex::new(&body).map_err(|e| vm.value_error(clean_error(&e.to_string())))?;
    let groups = probe.captures_len() - 1;
    let names = probe
        .capture_names()
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
        .collect::<Vec<_>>();
    let variants: [std::cell::OnceCell<Result<Regex, String>>; 3] = Default::default();
    let _ = variants[0].set(Ok(probe));
    let gi = PyDict::new();
    for (n, i) in &names {
        gi.set_by_str(n, Value::from_usize(*i));
    }
    let c = Compiled {
        body,
        groups,
        variants,
    };
    let obj = PyObject::new(ty.clone(), Payload::Native(Box::new(c) as Box<dyn Any>));
    Ok(Value::tuple(vec![
        Value::Object(obj),
        Value::from_usize(groups),
        Value::Dict(Rc::new(gi)),
        Value::Int(all_flags),
    ]))
}

fn clean_error(e: &str) -> String {
    // fancy-regex's messages span several lines for syntax errors; keep the gist.
    let first = e.lines().find(|l| l.contains("error:")).unwrap_or(e);
    first.trim().trim_start_matches("error: ").to_string()
}

impl Compiled {
    /// 0 search, 1 anchored at the start of the text, 2 anchored at both ends.
    fn regex(&self, mode: usize) -> Result<&Regex, String> {
        self.variants[mode]
            .get_or_init(|| {
                let src = match mode {
                    0 => self.body.clone(),
                    1 => format!(r"\A(?:{})", self.body),
                    _ => format!(r"(?:{})\z", self.body),
                };
                Regex::new(&src).map_err(|e| clean_error(&e.to_string()))
            })
            .as_ref()
            .map_err(|e| e.clone())
    }
}

/// `exec(handle, string, pos, endpos, mode)` → None, or a flat tuple of code-point
/// offsets `(start0, end0, start1, end1, …)` with -1 for groups that did not take part.
/// mode: 0 search, 1 match, 2 fullmatch.
fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "exec", &args, 5, 5)?;
    let c = handle(vm, &a[0])?;
    let pystr = subject(vm, &a[1])?.clone();
    let text = pystr.as_str();
    let (Value::Int(pos), Value::Int(endpos), Value::Int(mode)) = (&a[2], &a[3], &a[4]) else {
        return Err(vm.type_error("expected integers"));
    };
    let nchars = pystr.char_len();
    let endpos = (*endpos).clamp(0, nchars as i64) as usize;
    let pos = (*pos).clamp(0, nchars as i64) as usize;
    if pos > endpos {
        return Ok(Value::None);
    }
    let to_byte = |ci: usize| -> usize { pystr.byte_offset(ci) };
    let hay = &text[..to_byte(endpos)];
    let bpos = to_byte(pos);
    // Anchored at the start only works through `\A` when the search starts at 0;
    // elsewhere search from `pos` and require the leftmost match to start there.
    let variant = match (*mode, pos) {
        (1, 0) => 1,
        (1, _) => 0,
        (2, _) => 2,
        _ => 0,
    };
    let re = c.regex(variant).map_err(|e| vm.value_error(e))?;
    let caps = match re.captures_from_pos(hay, bpos) {
        Ok(Some(caps)) => caps,
        Ok(None) => return Ok(Value::None),
        Err(e) => return Err(vm.runtime_error(format!("re: {e}"))),
    };
    let m0 = caps.get(0).expect("group 0 always takes part");
    if *mode != 0 && m0.start() != bpos {
        return Ok(Value::None);
    }
    let to_char = |b: usize| -> i64 { pystr.char_index(b) as i64 };
    let mut out = Vec::with_capacity(2 * (c.groups + 1));
    for i in 0..=c.groups {
        match caps.get(i) {
            Some(m) => {
                out.push(Value::Int(to_char(m.start())));
                out.push(Value::Int(to_char(m.end())));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    Ok(Value::tuple(out))
}

/// Python pattern syntax → fancy-regex syntax. The differences handled: `$` (before a
/// trailing newline too), `\Z`, `(?P=name)`, `(?#…)`, literal `{` that is no quantifier,
/// `{,n}`, `[` and set operators inside classes, `\b` in a class, `\<`/`\>` (literals in
/// Python, word boundaries in Rust), octal escapes, and the ASCII flag.
fn translate(p: &str, flags: i64) -> Result<(String, i64), String> {
    let chars: Vec<char> = p.chars().collect();
    let mut out = String::with_capacity(p.len() + 16);
    let mut fl = String::new();
    if flags & IGNORECASE != 0 {
        fl.push('i');
    }
    if flags & MULTILINE != 0 {
        fl.push('m');
    }
    if flags & DOTALL != 0 {
        fl.push('s');
    }
    if flags & VERBOSE != 0 {
        fl.push('x');
    }
    // Inline global flags at the very start, e.g. `(?i)`, are hoisted by both engines;
    // read them so `$` and `\d` know the mode.
    let mut multiline = flags & MULTILINE != 0;
    let mut ascii_only = flags & ASCII != 0;
    let mut verbose = flags & VERBOSE != 0;
    let mut start = 0;
    let mut inline = 0;
    if p.starts_with("(?") {
        let rest: String = chars[2..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        if chars.get(2 + rest.len()) == Some(&')') {
            for c in rest.chars() {
                inline |= match c {
                    'i' => IGNORECASE,
                    'm' => MULTILINE,
                    's' => DOTALL,
                    'x' => VERBOSE,
                    'a' => ASCII,
                    'u' => UNICODE,
                    'L' => {
                        return Err(
                            "bad inline flags: cannot use 'L' flag with a str pattern".into()
                        )
                    }
                    _ => return Err(format!("unknown flag {c:?}")),
                };
            }
            multiline |= inline & MULTILINE != 0;
            ascii_only |= inline & ASCII != 0;
            verbose |= inline & VERBOSE != 0;
            // The regex crate knows i, m, s, x: keep those, drop the group.
            fl.extend(rest.chars().filter(|c| "imsx".contains(*c)));
            start = 3 + rest.len();
        }
    }
    if !fl.is_empty() {
        out.push_str(&format!("(?{fl})"));
    }
    let mut i = start;
    let n = chars.len();
    let mut in_class = false;
    let mut class_start = 0;
    while i < n {
        let c = chars[i];
        if in_class {
            match c {
                ']' if i > class_start => {
                    in_class = false;
                    out.push(']');
                }
                '\\' => {
                    i += 1;
                    let Some(&e) = chars.get(i) else {
                        return Err("bad escape (end of pattern)".into());
                    };
                    escape(&chars, &mut i, e, true, ascii_only, &mut out)?;
                    continue;
                }
                '[' | '&' | '~' => {
                    out.push('\\');
                    out.push(c);
                }
                '-' if chars.get(i + 1) == Some(&'-') => out.push_str("\\-"),
                ' ' | '#' if verbose => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
            i += 1;
            continue;
        }
        match c {
            '[' => {
                in_class = true;
                out.push('[');
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                class_start = i;
                continue;
            }
            '\\' => {
                i += 1;
                let Some(&e) = chars.get(i) else {
                    return Err("bad escape (end of pattern)".into());
                };
                escape(&chars, &mut i, e, false, ascii_only, &mut out)?;
                continue;
            }
            '$' if !multiline => out.push_str(r"(?=\n?\z)"),
            // A verbose comment could swallow the `)` that anchored variants append.
            '#' if verbose => {
                while i < n && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '(' if chars.get(i + 1) == Some(&'?') => {
                if chars.get(i + 2) == Some(&'#') {
                    while i < n && chars[i] != ')' {
                        i += 1;
                    }
                    i += 1;
                    continue;
                }
                if chars.get(i + 2) == Some(&'P') && chars.get(i + 3) == Some(&'=') {
                    let end = chars[i..]
                        .iter()
                        .position(|&c| c == ')')
                        .ok_or("missing ), unterminated name")?;
                    let name: String = chars[i + 4..i + end].iter().collect();
                    out.push_str(&format!(r"\k<{name}>"));
                    i += end + 1;
                    continue;
                }
                out.push_str("(?");
                i += 2;
                continue;
            }
            '{' => {
                // A quantifier is `{m}`, `{m,}`, `{,n}` or `{m,n}`; anything else is text.
                let close = chars[i..].iter().position(|&c| c == '}');
                let inner: Option<String> = close.map(|e| chars[i + 1..i + e].iter().collect());
                let quant = inner.as_deref().and_then(|s| {
                    let (a, b) = match s.split_once(',') {
                        Some((a, b)) => (a, Some(b)),
                        None => (s, None),
                    };
                    let num = |t: &str| t.chars().all(|c| c.is_ascii_digit());
                    if !num(a) || !b.is_none_or(num) || (a.is_empty() && b.is_none()) {
                        return None;
                    }
                    Some(match b {
                        None => format!("{{{a}}}"),
                        Some(b) => {
                            let a = if a.is_empty() { "0" } else { a };
                            format!("{{{a},{b}}}")
                        }
                    })
                });
                match quant {
                    Some(q) => {
                        out.push_str(&q);
                        i += close.unwrap_or(0) + 1;
                        continue;
                    }
                    None => out.push_str(r"\{"),
                }
            }
            '}' => out.push_str(r"\}"),
            _ => out.push(c),
        }
        i += 1;
    }
    if in_class {
        return Err(format!(
            "unterminated character set at position {}",
            class_start.saturating_sub(1)
        ));
    }
    Ok((out, flags | inline))
}

/// One escape after a backslash at `chars[*i]` (= `e`); advances `i` past it.
fn escape(
    chars: &[char],
    i: &mut usize,
    e: char,
    in_class: bool,
    ascii_only: bool,
    out: &mut String,
) -> Result<(), String> {
    let hex = |c: char| format!(r"\x{{{:X}}}", c as u32);
    *i += 1;
    match e {
        'd' | 'w' | 's' | 'D' | 'W' | 'S' if ascii_only => {
            let set = match e.to_ascii_lowercase() {
                'd' => "0-9",
                'w' => "0-9A-Za-z_",
                _ => r" \t\n\r\x0B\x0C",
            };
            let neg = e.is_ascii_uppercase();
            if in_class && !neg {
                out.push_str(set);
            } else {
                out.push_str(&format!("[{}{set}]", if neg { "^" } else { "" }));
            }
        }
        'd' | 'w' | 's' | 'D' | 'W' | 'S' | 'n' | 't' | 'r' | 'f' | 'v' => {
            out.push('\\');
            out.push(e);
        }
        'b' if in_class => out.push_str(r"\x08"),
        'b' | 'B' | 'A' => {
            out.push('\\');
            out.push(e);
        }
        'Z' => out.push_str(r"\z"),
        'a' => out.push_str(r"\x07"),
        'x' | 'u' | 'U' => {
            let len = match e {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let digits: String = chars[*i..].iter().take(len).collect();
            if digits.len() != len || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(format!("incomplete escape \\{e}{digits}"));
            }
            let cp = u32::from_str_radix(&digits, 16).map_err(|e| e.to_string())?;
            let ch = char::from_u32(cp).ok_or(format!("bad escape \\{e}{digits}"))?;
            out.push_str(&hex(ch));
            *i += len;
        }
        '0' => {
            // Octal: up to two more octal digits.
            let mut v = 0u32;
            let mut k = 0;
            while k < 2 && chars.get(*i).is_some_and(|c| ('0'..='7').contains(c)) {
                v = v * 8 + chars[*i].to_digit(8).unwrap_or(0);
                *i += 1;
                k += 1;
            }
            out.push_str(&hex(char::from_u32(v).unwrap_or('\0')));
        }
        '1'..='9' => {
            // Python's rule: three octal digits are a character, anything else a group
            // reference (one or two digits); inside a class, always a character.
            let oct = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
            let three = oct(Some(&e)) && oct(chars.get(*i)) && oct(chars.get(*i + 1));
            if three || in_class {
                if !oct(Some(&e)) {
                    return Err(format!("bad escape \\{e}"));
                }
                let mut v = e.to_digit(8).unwrap_or(0);
                let mut k = 0;
                while k < 2 && oct(chars.get(*i)) {
                    v = v * 8 + chars[*i].to_digit(8).unwrap_or(0);
                    *i += 1;
                    k += 1;
                }
                let ch = char::from_u32(v).filter(|_| v <= 0o377).ok_or(format!(
                    "octal escape value \\{v:o} outside of range 0-0o377"
                ))?;
                out.push_str(&hex(ch));
            } else {
                let mut num = e.to_string();
                if chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                    num.push(chars[*i]);
                    *i += 1;
                }
                out.push('\\');
                out.push_str(&num);
            }
        }
        c if c.is_ascii_alphanumeric() => return Err(format!("bad escape \\{c}")),
        c => out.push_str(&hex(c)),
    }
    Ok(())
}
