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
/// makes it `re.error`), or OverflowError / NotImplementedError as CPython's would.
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
            ErrKind::NotImplemented => vm.new_error("NotImplementedError", msg),
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

/// Run the program over `text` from byte `pos`; the slots in bytes, or None.
fn run_text<T: Text>(
    c: &Compiled,
    text: T,
    pos: usize,
    mode: Mode,
    advance: bool,
) -> Option<Vec<usize>> {
    let scratch = c.scratch.take();
    let mut m = Matcher::new(&c.prog, text, scratch);
    let found = m.run_search(pos, mode, advance);
    let out = found.then(|| m.slots.clone());
    *c.scratch.borrow_mut() = m.into_scratch();
    out
}

/// `exec(handle, string, pos, endpos, mode)` → None, or a flat tuple of offsets
/// `(start0, end0, start1, end1, …)` in code points (bytes for a bytes subject), -1 for
/// groups that did not take part. mode: 0 search, 1 match, 2 fullmatch; +4: the match
/// must not be empty where the search starts (the one after an empty match).
fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "exec", &args, 5, 5)?;
    let c = handle(vm, &a[0])?;
    let subj = subject(vm, &a[1])?;
    match (&subj, c.istext) {
        (Subject::Bytes(_), true) => {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        (Subject::Str(_), false) => {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        _ => {}
    }
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
    let slots = match &subj {
        Subject::Bytes(b) => run_text(c, Bytes(&b[..endpos]), pos, mode, advance),
        Subject::Str(s) if s.is_ascii() => run_text(
            c,
            Bytes(&s.as_str().as_bytes()[..endpos]),
            pos,
            mode,
            advance,
        ),
        Subject::Str(s) => {
            let end = s.byte_offset(endpos);
            let start = s.byte_offset(pos);
            run_text(c, Utf8(&s.as_str().as_bytes()[..end]), start, mode, advance)
        }
    };
    let Some(slots) = slots else {
        return Ok(Value::None);
    };
    let mut out = Vec::with_capacity(slots.len());
    let pairs = slots.chunks(2);
    for p in pairs {
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
    Ok(Value::tuple(out))
}
