//! `_metal_re`: the native half of `re`, metal's own engine with sre's semantics:
//! `parse` reads Python's pattern syntax (CPython 3.11's errors and positions),
//! `compile` turns the tree into a program, `exec` runs it with a backtracking matcher.
//! Matching answers spans in code points (bytes for bytes subjects). The rest of `re`
//! (Pattern, Match, sub/split/findall) is Python, in `re.py` beside this file. See
//! docs/re.md.

mod compile;
mod exec;
mod parse;
mod unicode;

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::{Layout, PyType};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use exec::{Bytes, Matcher, Mode, Scratch, Text, Utf8, NONE};
use parse::ErrKind;

pub const SOURCE: &str = include_str!("re.py");

/// A compiled pattern.
struct Compiled {
    prog: compile::Program,
    istext: bool,
    /// The matcher's buffers, kept for the next match.
    scratch: RefCell<Scratch>,
}

pub fn init(vm: &mut Vm, d: &PyDict) {
    let ty = PyType::new_builtin("_metal_re.Regex", Some(&vm.types.object), Layout::Object);
    d.set_by_str("Regex", Value::Type(ty));
    crate::builtins::function(d, "compile", compile);
    crate::builtins::function(d, "exec", exec);
    crate::builtins::function(d, "findall", findall);
    crate::builtins::function(d, "split", split);
    crate::builtins::function(d, "subn", subn);
    crate::builtins::function(d, "groups", groups);
    crate::builtins::function(d, "groupdict", groupdict);
}

/// The text of a match's group `g` from `exec`'s spans, or `default` when the group did
/// not take part.
fn group_text(vm: &Vm, s: &Subject, spans: &[Value], g: usize, default: &Value) -> Value {
    match (spans.get(2 * g), spans.get(2 * g + 1)) {
        (Some(Value::Int(a)), Some(Value::Int(b))) if *a >= 0 && *b >= *a => match s {
            Subject::Str(s) => {
                // Clamped: a Match's string may have been replaced by a shorter one.
                let n = s.char_len();
                let (a, b) = ((*a as usize).min(n), (*b as usize).min(n));
                let (a, b) = (s.byte_offset(a), s.byte_offset(b));
                Value::str(&s.as_str()[a..b])
            }
            Subject::Bytes(v) => {
                let n = v.len();
                let (a, b) = ((*a as usize).min(n), (*b as usize).min(n));
                crate::objects::bytes::new_bytes(vm, v[a..b].to_vec())
            }
        },
        _ => default.clone(),
    }
}

/// What a pattern runs on: a str (or a str subclass's value), or the bytes of a
/// bytes-like object.
enum Subject {
    Str(Rc<crate::objects::str::PyStr>),
    Bytes(Rc<[u8]>),
}

fn subject(vm: &Vm, v: &Value) -> PyResult<Subject> {
    match v {
        Value::Str(s) => return Ok(Subject::Str(s.clone())),
        Value::Object(o) => match &o.payload {
            Payload::Builtin(Value::Str(s)) => return Ok(Subject::Str(s.clone())),
            Payload::Bytes(b) => return Ok(Subject::Bytes(b.clone())),
            _ => {}
        },
        _ => {}
    }
    match crate::objects::bytes::buffer_bytes(vm, v) {
        Ok(Some(b)) => Ok(Subject::Bytes(b.into())),
        _ => Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The matched string and spans of a Match (`groups`/`groupdict`'s first arguments).
fn match_parts<'a>(
    vm: &mut Vm,
    string: &Value,
    spans: &'a Value,
) -> PyResult<(Subject, &'a [Value])> {
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
        (1..=n)
            .map(|g| group_text(vm, &s, spans, g, &a[3]))
            .collect(),
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
        let text = group_text(vm, &s, spans, g.max(0) as usize, &a[3]);
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
/// pattern's inline global flags)`. A bad pattern raises `ValueError(msg, pos)` (re.py
/// makes it `re.error`), or OverflowError / RecursionError.
fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "compile", &args, 3, 3)?;
    let (pattern, istext): (Vec<u32>, bool) = match crate::builtins::str::str_payload(&a[0]) {
        Some(s) => (s.chars().map(|c| c as u32).collect(), true),
        None => match crate::objects::bytes::buffer_bytes(vm, &a[0])? {
            Some(b) => (b.iter().map(|&c| c as u32).collect(), false),
            None => return Err(vm.type_error("first argument must be string or compiled pattern")),
        },
    };
    let flags = match a[1] {
        Value::Int(f) => f,
        _ => return Err(vm.type_error("flags must be an int")),
    };
    let Value::Type(ty) = &a[2] else {
        return Err(vm.type_error("expected the Regex type"));
    };
    let raise = |vm: &mut Vm, e: parse::ReError| -> PyResult<Value> {
        let msg = if istext {
            e.msg
        } else {
            // CPython writes a bytes pattern's characters in messages as ASCII.
            e.msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect()
        };
        Err(match e.kind {
            ErrKind::Re => {
                let pos = e.pos.map_or(Value::None, Value::from_usize);
                vm.new_exception(
                    vm.exc_type("ValueError"),
                    vec![Value::from_string(msg), pos],
                )
            }
            ErrKind::Overflow => vm.overflow_error(msg),
            ErrKind::Recursion => vm.new_error("RecursionError", msg),
        })
    };
    let parsed = match parse::parse(&pattern, istext, (flags & 0xffff_ffff) as u32) {
        Ok(p) => p,
        Err(e) => return raise(vm, e),
    };
    let prog = match compile::compile(&parsed, istext) {
        Ok(p) => p,
        Err(e) => return raise(vm, e),
    };
    let gi = PyDict::new();
    for (n, i) in &parsed.names {
        gi.set_by_str(n, Value::from_usize(*i));
    }
    let all_flags = flags | parsed.flags as i64;
    let c = Compiled {
        prog,
        istext,
        scratch: RefCell::new(Scratch::default()),
    };
    let obj = PyObject::new(ty.clone(), Payload::Native(Box::new(c) as Box<dyn Any>));
    Ok(Value::tuple(vec![
        Value::Object(obj),
        Value::from_usize(parsed.groups),
        Value::Dict(Rc::new(gi)),
        Value::Int(all_flags),
    ]))
}

/// Run the program over `text` from byte `pos`; on a match, `f` of its slots (in bytes).
fn run_text<T: Text, R>(
    c: &Compiled,
    text: T,
    pos: usize,
    mode: Mode,
    advance: bool,
    f: impl FnOnce(&[usize]) -> R,
) -> Option<R> {
    let scratch = c.scratch.take();
    let mut m = Matcher::new(&c.prog, text, scratch);
    let found = m.run_search(pos, mode, advance);
    let out = found.then(|| f(&m.slots));
    *c.scratch.borrow_mut() = m.into_scratch();
    out
}

/// `exec(handle, string, pos, endpos, mode)` → None, or a flat tuple of offsets
/// `(start0, end0, start1, end1, …)` in code points (bytes for a bytes subject), -1 for
/// groups that did not take part, then the last group to close (`lastindex`) or None. mode: 0 search, 1 match, 2 fullmatch; +4: the match
/// must not be empty where the search starts (the one after an empty match).
fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "exec", &args, 5, 5)?;
    let c = handle(vm, &a[0])?;
    let subj = whole_subject(vm, c, &a[1])?;
    let (Value::Int(pos), Value::Int(endpos), Value::Int(mode)) = (&a[2], &a[3], &a[4]) else {
        return Err(vm.type_error("expected integers"));
    };
    let advance = mode & 4 != 0;
    let mode = match mode & 3 {
        1 => Mode::Match,
        2 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let n = match &subj {
        Subject::Str(s) => s.char_len(),
        Subject::Bytes(b) => b.len(),
    };
    let endpos = (*endpos).clamp(0, n as i64) as usize;
    let pos = (*pos).clamp(0, n as i64) as usize;
    if pos > endpos {
        return Ok(Value::None);
    }
    let nslots = c.prog.nslots;
    // The match's slots as the flat tuple's values, code points for a str.
    let spans = |slots: &[usize]| -> Vec<Value> {
        let mut out = Vec::with_capacity(nslots + 1);
        for p in slots[..nslots].chunks(2) {
            let (s, e) = (p[0], p[1]);
            if s == NONE || e == NONE || e < s {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
                continue;
            }
            let conv = |b: usize| -> i64 {
                match &subj {
                    Subject::Str(st) if !st.is_ascii() => st.char_index(b) as i64,
                    _ => b as i64,
                }
            };
            out.push(Value::Int(conv(s)));
            out.push(Value::Int(conv(e)));
        }
        // The last group to close, after the spans.
        out.push(match slots[nslots] {
            NONE => Value::None,
            g => Value::from_usize(g),
        });
        out
    };
    let out = match &subj {
        Subject::Bytes(b) => run_text(c, Bytes(&b[..endpos]), pos, mode, advance, spans),
        Subject::Str(s) if s.is_ascii() => run_text(
            c,
            Bytes(&s.as_str().as_bytes()[..endpos]),
            pos,
            mode,
            advance,
            spans,
        ),
        Subject::Str(s) => {
            let end = s.byte_offset(endpos);
            let start = s.byte_offset(pos);
            run_text(
                c,
                Utf8(&s.as_str().as_bytes()[..end]),
                start,
                mode,
                advance,
                spans,
            )
        }
    };
    let Some(out) = out else {
        return Ok(Value::None);
    };
    Ok(Value::tuple(out))
}

/// Every match from byte `pos` as `finditer` finds them (after an empty match the next
/// must advance); `f` gets each match's slots in bytes and says whether to go on.
fn scan_text<T: Text>(c: &Compiled, text: T, mut pos: usize, mut f: impl FnMut(&[usize]) -> bool) {
    let scratch = c.scratch.take();
    let mut m = Matcher::new(&c.prog, text, scratch);
    let end = text.bytes().len();
    let mut advance = false;
    while pos <= end {
        m.reset();
        if !m.run_search(pos, Mode::Search, advance) {
            break;
        }
        let (s, e) = (m.slots[0], m.slots[1]);
        if !f(&m.slots) {
            break;
        }
        advance = s == e;
        pos = e;
    }
    *c.scratch.borrow_mut() = m.into_scratch();
}

/// `findall(handle, string, pos, endpos)`: Pattern.findall — the matched texts (group
/// 1's with one group, tuples of the groups' with more; '' for a group that did not
/// take part), made here without a Match per item.
fn findall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "findall", &args, 4, 4)?;
    let c = handle(vm, &a[0])?;
    let subj = whole_subject(vm, c, &a[1])?;
    let (Value::Int(pos), Value::Int(endpos)) = (&a[2], &a[3]) else {
        return Err(vm.type_error("expected integers"));
    };
    let groups = c.prog.nslots / 2 - 1;
    let n = match &subj {
        Subject::Str(s) => s.char_len(),
        Subject::Bytes(b) => b.len(),
    };
    let endpos = (*endpos).clamp(0, n as i64) as usize;
    let pos = (*pos).clamp(0, n as i64) as usize;
    let mut out = Vec::new();
    if pos > endpos {
        return Ok(Value::list(out));
    }
    // One item from a match's byte slots, made by `piece` from a byte range.
    let item = |slots: &[usize], piece: &dyn Fn(usize, usize) -> Value| -> Value {
        let one = |g: usize| {
            let (s, e) = (slots[2 * g], slots[2 * g + 1]);
            if s == NONE || e == NONE || e < s {
                piece(0, 0)
            } else {
                piece(s, e)
            }
        };
        match groups {
            0 => one(0),
            1 => one(1),
            _ => Value::tuple((1..=groups).map(one).collect()),
        }
    };
    match &subj {
        Subject::Bytes(b) => {
            let piece = |s: usize, e: usize| crate::objects::bytes::new_bytes(vm, b[s..e].to_vec());
            scan_text(c, Bytes(&b[..endpos]), pos, |sl| {
                out.push(item(sl, &piece));
                true
            });
        }
        Subject::Str(st) => {
            let text = st.as_str();
            let piece = |s: usize, e: usize| Value::str(&text[s..e]);
            if st.is_ascii() {
                scan_text(c, Bytes(&text.as_bytes()[..endpos]), pos, |sl| {
                    out.push(item(sl, &piece));
                    true
                });
            } else {
                let end = st.byte_offset(endpos);
                let start = st.byte_offset(pos);
                scan_text(c, Utf8(&text.as_bytes()[..end]), start, |sl| {
                    out.push(item(sl, &piece));
                    true
                });
            }
        }
    }
    Ok(Value::list(out))
}

/// The subject of `exec`/`findall`/`split`/`subn` checked against the pattern's kind
/// (a str pattern takes a str, a bytes pattern a bytes-like object).
fn whole_subject(vm: &mut Vm, c: &Compiled, v: &Value) -> PyResult<Subject> {
    let subj = subject(vm, v)?;
    match (&subj, c.istext) {
        (Subject::Bytes(_), true) => {
            Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        (Subject::Str(_), false) => {
            Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        _ => Ok(subj),
    }
}

/// Run `f` over every match of the whole subject: the subject's bytes (UTF-8 for a str)
/// and each match's byte slots.
fn scan_subject(c: &Compiled, subj: &Subject, f: impl FnMut(&[usize]) -> bool) {
    match subj {
        Subject::Bytes(b) => scan_text(c, Bytes(b), 0, f),
        Subject::Str(s) if s.is_ascii() => scan_text(c, Bytes(s.as_str().as_bytes()), 0, f),
        Subject::Str(s) => scan_text(c, Utf8(s.as_str().as_bytes()), 0, f),
    }
}

fn subject_bytes(subj: &Subject) -> &[u8] {
    match subj {
        Subject::Bytes(b) => b,
        Subject::Str(s) => s.as_str().as_bytes(),
    }
}

/// A str or bytes value of a byte range of the subject.
fn piece(vm: &Vm, subj: &Subject, s: usize, e: usize) -> Value {
    match subj {
        Subject::Bytes(b) => crate::objects::bytes::new_bytes(vm, b[s..e].to_vec()),
        Subject::Str(st) => Value::str(&st.as_str()[s..e]),
    }
}

fn slot_pair(slots: &[usize], g: usize) -> Option<(usize, usize)> {
    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
    (s != NONE && e != NONE && e >= s).then_some((s, e))
}

/// `split(handle, string, maxsplit)`: Pattern.split.
fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "split", &args, 3, 3)?;
    let c = handle(vm, &a[0])?;
    let subj = whole_subject(vm, c, &a[1])?;
    let maxsplit = crate::builtins::to_index(vm, &a[2])?;
    let groups = c.prog.nslots / 2 - 1;
    let mut cuts: Vec<Vec<usize>> = Vec::new();
    scan_subject(c, &subj, |sl| {
        if maxsplit != 0 && cuts.len() as i64 >= maxsplit {
            return false;
        }
        cuts.push(sl.to_vec());
        true
    });
    let mut out = Vec::new();
    let mut last = 0;
    for sl in &cuts {
        out.push(piece(vm, &subj, last, sl[0]));
        for g in 1..=groups {
            out.push(match slot_pair(sl, g) {
                Some((s, e)) => piece(vm, &subj, s, e),
                None => Value::None,
            });
        }
        last = sl[1];
    }
    let n = subject_bytes(&subj).len();
    out.push(piece(vm, &subj, last, n));
    Ok(Value::list(out))
}

/// `subn(handle, string, count, template)`: Pattern.subn with a template that is a
/// str/bytes literal or a list of literals and group numbers (re.py parses it).
fn subn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "subn", &args, 4, 4)?;
    let c = handle(vm, &a[0])?;
    let subj = whole_subject(vm, c, &a[1])?;
    let count = crate::builtins::to_index(vm, &a[2])?;
    enum Part {
        Lit(Vec<u8>),
        Group(usize),
    }
    let part_of = |vm: &mut Vm, v: &Value| -> PyResult<Part> {
        if let Value::Int(g) = v {
            return Ok(Part::Group(*g as usize));
        }
        if let Some(s) = crate::builtins::str::str_payload(v) {
            return Ok(Part::Lit(s.as_bytes().to_vec()));
        }
        match crate::objects::bytes::buffer_bytes(vm, v)? {
            Some(b) => Ok(Part::Lit(b)),
            None => Err(vm.type_error("expected a template part")),
        }
    };
    let parts: Vec<Part> = match &a[3] {
        Value::List(l) => {
            let items = l.items.borrow().clone();
            let mut v = Vec::with_capacity(items.len());
            for it in &items {
                v.push(part_of(vm, it)?);
            }
            v
        }
        other => vec![part_of(vm, other)?],
    };
    let text = subject_bytes(&subj);
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    let mut last = 0;
    let mut n: i64 = 0;
    scan_subject(c, &subj, |sl| {
        if count != 0 && n >= count {
            return false;
        }
        out.extend_from_slice(&text[last..sl[0]]);
        for p in &parts {
            match p {
                Part::Lit(b) => out.extend_from_slice(b),
                Part::Group(g) => {
                    if let Some((s, e)) = slot_pair(sl, *g) {
                        out.extend_from_slice(&text[s..e]);
                    }
                }
            }
        }
        last = sl[1];
        n += 1;
        true
    });
    if n == 0 {
        // Nothing replaced: CPython hands back the subject itself (for a str or bytes).
        let same = match &subj {
            Subject::Str(_) => matches!(a[1], Value::Str(_)),
            Subject::Bytes(_) => {
                matches!(&a[1], Value::Object(o) if matches!(o.payload, Payload::Bytes(_)))
            }
        };
        if same {
            return Ok(Value::tuple(vec![a[1].clone(), Value::Int(0)]));
        }
    }
    out.extend_from_slice(&text[last..]);
    let result = match &subj {
        Subject::Bytes(_) => crate::objects::bytes::new_bytes(vm, out),
        Subject::Str(_) => match String::from_utf8(out) {
            Ok(s) => Value::from_string(s),
            Err(_) => return Err(vm.type_error("re: bad replacement text")),
        },
    };
    Ok(Value::tuple(vec![result, Value::Int(n)]))
}
