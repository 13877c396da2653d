//! "Did you mean" for an uncaught AttributeError or NameError, as CPython 3.11 adds
//! to the last line of the traceback (`Python/suggestions.c`'s rules, in our code):
//! the candidate nearest by an edit distance where a case flip costs 1 and any other
//! edit 2, at most a third of the characters involved, among at most 750 names.

use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// What an error needs to suggest a name, kept with it when it is raised.
pub enum Hint {
    /// `obj.name` was not found.
    Attr { obj: Value, name: Rc<PyStr> },
    /// `name` was not found in the frame with these locals, globals and builtins.
    /// (`globals` and `builtins` are dicts, as Values for the cycle collector.)
    Name {
        name: Rc<PyStr>,
        varnames: Vec<Rc<PyStr>>,
        globals: Value,
        builtins: Value,
    },
}

const MAX_CANDIDATES: usize = 750;
const MAX_LEN: usize = 40;
const MOVE: usize = 2;
const CASE: usize = 1;

fn substitution(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE
    } else {
        MOVE
    }
}

/// The edit distance between `a` and `b` (UTF-8 bytes), or `max + 1` once it exceeds
/// `max`.
fn distance(a: &[u8], b: &[u8], max: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE;
    }
    if a.len() > MAX_LEN || b.len() > MAX_LEN {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE > max {
        return max + 1;
    }
    // One row of the table, updated in place.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diag = bi * MOVE;
        result = diag;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = diag + substitution(code, ac);
            diag = row[ai];
            let insert_delete = result.min(diag) + MOVE;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

/// The nearest of `candidates` to `name`, if near enough (the first of equals).
fn nearest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

fn str_keys(d: &PyDict) -> Vec<String> {
    d.keys()
        .into_iter()
        .filter_map(|k| match k {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

/// The name to suggest for an AttributeError or NameError, if any.
pub fn suggestion(vm: &mut Vm, e: &PyErr) -> Option<String> {
    let d = e.data();
    let hint = d.hint.borrow();
    match hint.as_deref()? {
        Hint::Attr { obj, name } => {
            let (obj, name) = (obj.clone(), name.clone());
            drop(hint);
            // The builtin `dir`, not whatever the name is bound to now.
            let names = crate::builtins::funcs::dir_of(vm, &obj).ok()?;
            let names: Vec<String> = crate::iter::collect(vm, &names)
                .ok()?
                .into_iter()
                .filter_map(|k| match k {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect();
            nearest(&names, name.as_str())
        }
        Hint::Name {
            name,
            varnames,
            globals,
            builtins,
        } => {
            let locals: Vec<String> = varnames.iter().map(|v| v.as_str().to_string()).collect();
            let keys = |d: &Value| match d {
                Value::Dict(d) => str_keys(d),
                _ => Vec::new(),
            };
            nearest(&locals, name.as_str())
                .or_else(|| nearest(&keys(globals), name.as_str()))
                .or_else(|| nearest(&keys(builtins), name.as_str()))
        }
    }
}

/// The name an AttributeError or NameError was raised for (its `name` attribute).
pub fn hint_name(d: &crate::objects::exceptions::ExcData) -> Option<Value> {
    match d.hint.borrow().as_deref()? {
        Hint::Attr { name, .. } | Hint::Name { name, .. } => Some(Value::Str(name.clone())),
    }
}

/// The object an AttributeError was raised for (its `obj` attribute).
pub fn hint_obj(d: &crate::objects::exceptions::ExcData) -> Option<Value> {
    match d.hint.borrow().as_deref()? {
        Hint::Attr { obj, .. } => Some(obj.clone()),
        Hint::Name { .. } => None,
    }
}
