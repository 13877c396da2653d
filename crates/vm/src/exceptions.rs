//! Raising, matching and printing exceptions: `raise` operands, `except` matching,
//! `with` entry, chaining, and the CPython 3.11 traceback text (with `^~~` carets).

use std::rc::Rc;

use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The exception object for `raise v` (a class is instantiated).
pub fn make_raisable(vm: &mut Vm, v: Value) -> PyResult<PyErr> {
    match &v {
        Value::Object(o) if matches!(o.payload, Payload::Exception(_)) => Ok(PyErr(o.clone())),
        Value::Type(t) if t.is_subtype(&vm.exc_type("BaseException")) => {
            let inst = vm.call_args(&v, &[])?;
            match inst {
                Value::Object(o) if matches!(o.payload, Payload::Exception(_)) => Ok(PyErr(o)),
                other => {
                    let r = crate::repr::repr_string(vm, &v)?;
                    Err(vm.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        r,
                        vm.type_name(&other)
                    )))
                }
            }
        }
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

pub fn set_cause(vm: &mut Vm, e: &PyErr, cause: Value) -> PyResult<()> {
    let cause = match &cause {
        Value::None => Value::None,
        Value::Type(_) | Value::Object(_) => {
            if let Value::Object(o) = &cause {
                if !matches!(o.payload, Payload::Exception(_)) {
                    return Err(vm.type_error("exception causes must derive from BaseException"));
                }
                cause.clone()
            } else {
                make_raisable(vm, cause)?.value()
            }
        }
        _ => return Err(vm.type_error("exception causes must derive from BaseException")),
    };
    let d = e.data();
    *d.cause.borrow_mut() = cause;
    d.suppress_context.set(true);
    Ok(())
}

/// `except ty:` matching (a class or a tuple of classes).
pub fn exception_matches(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    let et = vm.type_of(exc);
    match ty {
        Value::Type(t) => {
            if !t.is_subtype(&vm.exc_type("BaseException")) {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(et.is_subtype(t))
        }
        Value::Tuple(items) => {
            // Every entry must be an exception class, even after one that matches.
            let base = vm.exc_type("BaseException");
            if !items
                .items
                .iter()
                .all(|t| matches!(t, Value::Type(t) if t.is_subtype(&base)))
            {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            for t in items.items.iter() {
                if exception_matches(vm, exc, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

/// The manager's `__exit__`, bound (after its `__enter__` was found), or CPython's error
/// for a type without one.
pub fn bound_exit(vm: &mut Vm, mgr: &Value) -> PyResult<Value> {
    let ty = vm.type_of(mgr);
    let Some(exit) = vm.type_lookup_s(&ty, "__exit__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            ty.name()
        )));
    };
    vm.bind_descriptor(exit, mgr.clone(), Value::Type(ty))
}

/// `with mgr:` — returns (bound __exit__, result of __enter__).
pub fn before_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = vm.type_of(mgr);
    let Some(enter) = vm.type_lookup_s(&ty, "__enter__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol",
            ty.name()
        )));
    };
    let exit = bound_exit(vm, mgr)?;
    let enter = vm.bind_descriptor(enter, mgr.clone(), Value::Type(ty))?;
    let v = vm.call_args(&enter, &[])?;
    Ok((exit, v))
}

/// `exc.__traceback__ = tb` (and `with_traceback(tb)`): the entries of a traceback
/// object, or none for None.
pub fn set_traceback(
    vm: &Vm,
    d: &crate::objects::exceptions::ExcData,
    tb: &Value,
) -> crate::vm::PyResult<()> {
    let entries = match tb {
        Value::None => Vec::new(),
        Value::Object(o) => match &o.payload {
            Payload::Traceback(entries, _) => entries.clone(),
            _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        },
        _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    };
    *d.traceback.borrow_mut() = entries;
    *d.tb_object.borrow_mut() = (0, Value::None);
    Ok(())
}

pub fn traceback_of(vm: &Vm, exc: &Value) -> Value {
    if let Value::Object(o) = exc {
        if let Payload::Exception(d) = &o.payload {
            let tb = d.traceback.borrow();
            if tb.is_empty() {
                return Value::None;
            }
            let mut cache = d.tb_object.borrow_mut();
            if cache.0 == tb.len() {
                return cache.1.clone();
            }
            let obj = Value::Object(PyObject::new(
                vm.types.traceback.clone(),
                Payload::Traceback(tb.clone(), std::cell::RefCell::new(Value::None)),
            ));
            *cache = (tb.len(), obj.clone());
            return obj;
        }
    }
    Value::None
}

pub fn source_line(vm: &mut Vm, filename: &str, line: u32) -> Option<String> {
    if !vm.sources.contains_key(filename) {
        let text = match embedded_source(vm, filename) {
            Some(src) => src.to_string(),
            None => std::fs::read_to_string(filename).ok()?,
        };
        vm.sources
            .insert(filename.to_string(), Rc::from(text.as_str()));
    }
    let src = vm.sources.get(filename)?;
    src.split('\n')
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.trim_end_matches('\r').to_string())
}

/// The source of a module embedded in the binary, from its `<metal>/pkg/mod.py` name.
fn embedded_source(vm: &Vm, filename: &str) -> Option<&'static str> {
    let path = filename.strip_prefix("<metal>/")?.strip_suffix(".py")?;
    let (name, is_pkg) = match path.strip_suffix("/__init__") {
        Some(p) => (p.replace('/', "."), true),
        None => (path.replace('/', "."), false),
    };
    vm.embedded
        .get(&name)
        .filter(|(_, pkg)| *pkg == is_pkg)
        .map(|(src, _)| *src)
}

/// The traceback entries of one exception (without the "Traceback" header), as
/// CPython's `StackSummary.format` draws them: a chunk of text per frame (its line,
/// source line and carets), and one per "[Previous line repeated ...]".
pub(crate) fn stack_chunks(vm: &mut Vm, e: &PyErr) -> Vec<String> {
    let mut out = Vec::new();
    let tb = e.data().traceback.borrow().clone();
    // Entries were recorded innermost first. CPython folds runs of identical lines.
    let entries: Vec<_> = tb.iter().rev().collect();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut Vec<String>, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            out.push(format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for entry in entries {
        let co = &entry.code.co;
        let line = entry.line();
        let key = (co.filename.to_string(), line, co.name.to_string());
        if last.as_ref() == Some(&key) {
            repeat += 1;
            if repeat > 3 {
                continue;
            }
        } else {
            flush_repeat(&mut out, repeat);
            repeat = 1;
            last = Some(key);
        }
        let mut frame = format!(
            "  File \"{}\", line {}, in {}\n",
            co.filename, line, co.name
        );
        if let Some(src) = source_line(vm, &co.filename, line) {
            let stripped = src.trim_start();
            if !stripped.trim_end().is_empty() {
                frame.push_str("    ");
                frame.push_str(stripped.trim_end());
                frame.push('\n');
                if let Some(&(end_line, col, end_col)) = co.positions.get(entry.pc) {
                    if let Some(carets) =
                        carets(&src, line, end_line, col as usize, end_col as usize)
                    {
                        frame.push_str(&carets);
                    }
                }
            }
        }
        out.push(frame);
    }
    flush_repeat(&mut out, repeat);
    out
}

/// The caret line under a traceback entry's source line (None when CPython shows none).
pub fn entry_carets(vm: &mut Vm, entry: &crate::objects::exceptions::TbEntry) -> Option<String> {
    let co = &entry.code.co;
    let line = entry.line();
    let src = source_line(vm, &co.filename, line)?;
    if src.trim().is_empty() {
        return None;
    }
    let &(end_line, col, end_col) = co.positions.get(entry.pc)?;
    carets(&src, line, end_line, col as usize, end_col as usize)
}

fn carets(src: &str, line: u32, end_line: u32, col: usize, end_col: usize) -> Option<String> {
    let to_chars = |b: usize| src.get(..b.min(src.len())).map_or(0, |s| s.chars().count());
    let stripped_chars = src.chars().count() - src.trim_start().chars().count();
    let stripped_len = src.trim().chars().count();
    let start = to_chars(col);
    let mut end = to_chars(end_col);
    let mut anchors = None;
    if line == end_line {
        if col < end_col {
            let seg = src.get(col..end_col.min(src.len()))?;
            anchors = metal_compiler::caret_anchors(seg);
        }
    } else {
        end = stripped_chars + stripped_len;
    }
    if end <= start {
        return None;
    }
    let show = end - start < stripped_len || anchors.is_some_and(|(l, r)| r > l);
    if !show {
        return None;
    }
    let mut s = String::from("    ");
    s.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
    match anchors {
        Some((l, r)) => {
            s.push_str(&"~".repeat(l));
            s.push_str(&"^".repeat(r.saturating_sub(l)));
            s.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => s.push_str(&"^".repeat(end - start)),
    }
    s.push('\n');
    Some(s)
}

/// `ValueError: message` (CPython's `format_exception_only`).
pub fn exception_only(vm: &mut Vm, e: &PyErr) -> String {
    exception_chunks(vm, e, false).concat()
}

/// The last lines of an exception's report, in the chunks CPython's
/// `format_exception_only` yields: its final line (a SyntaxError's location, source
/// and caret lines first, each a chunk), then its notes. `uncaught`: as the
/// interpreter's printer draws it (with "Did you mean", and its reading of `__notes__`).
pub fn exception_chunks(vm: &mut Vm, e: &PyErr, uncaught: bool) -> Vec<String> {
    let cls = e.0.cls();
    let mut name = cls.qualname.borrow().clone();
    let module = cls.module.borrow().clone();
    if module != "builtins" && module != "__main__" {
        name = format!("{module}.{name}");
    }
    let mut out = Vec::new();
    if cls.is_subtype(&vm.exc_type("SyntaxError")) {
        let text = syntax_error_text(vm, e, &name, uncaught);
        out.extend(text.split_inclusive('\n').map(str::to_string));
    } else {
        let msg = match vm.str_of(&e.value()) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut line = if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}")
        };
        if !msg.is_empty() {
            if let Some(s) = uncaught
                .then(|| crate::suggest::suggestion(vm, e))
                .flatten()
            {
                line.push_str(&format!(". Did you mean: '{s}'?"));
            }
            line.push('\n');
        }
        out.push(line);
    }
    notes_chunks(vm, e, uncaught, &mut out);
    out
}

/// The exception's `__notes__` (PEP 678) as CPython draws them. The interpreter's
/// printer: each note of a list or tuple and a newline, else the repr of `__notes__`
/// and a newline. The traceback module: each line of each note of a sequence (a str is
/// one, of one-character notes), else the repr of `__notes__` with no newline.
fn notes_chunks(vm: &mut Vm, e: &PyErr, uncaught: bool, out: &mut Vec<String>) {
    let Ok(Some(notes)) = vm.getattr_opt(&e.value(), "__notes__") else {
        return;
    };
    if notes.is_none() && !uncaught {
        return;
    }
    let items = match &notes {
        Value::List(l) => Some(l.items.borrow().clone()),
        Value::Tuple(t) => Some(t.items.to_vec()),
        Value::Str(s) if !uncaught => Some(
            s.as_str()
                .chars()
                .map(|c| Value::from_string(c.to_string()))
                .collect(),
        ),
        _ => None,
    };
    let Some(items) = items else {
        let mut r = match vm.repr(&notes) {
            Ok(r) => r.as_str().to_string(),
            Err(_) => "<__notes__ repr() failed>".to_string(),
        };
        if uncaught {
            r.push('\n');
        }
        out.push(r);
        return;
    };
    for note in items {
        let text = match vm.str_of(&note) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<note str() failed>".to_string(),
        };
        if uncaught {
            out.push(text + "\n");
        } else {
            out.extend(text.split('\n').map(|l| format!("{l}\n")));
        }
    }
}

/// `uncaught`: the report of an exception nobody caught (CPython's C printer), which
/// draws one caret for an IndentationError whatever its end; the traceback module draws
/// the range.
fn syntax_error_text(vm: &mut Vm, e: &PyErr, name: &str, uncaught: bool) -> String {
    let get = |vm: &mut Vm, attr: &str| -> Value {
        vm.getattr_opt(&e.value(), attr)
            .ok()
            .flatten()
            .unwrap_or(Value::None)
    };
    let msg = get(vm, "msg");
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let text = get(vm, "text");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let end_lineno = get(vm, "end_lineno");
    let mut out = String::new();
    if let (Value::Str(f), Value::Int(l)) = (&filename, &lineno) {
        out.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), l));
    }
    if let Value::Str(t) = &text {
        let line = t.as_str().trim_end_matches('\n');
        let stripped = line.trim_start();
        let lead = line.chars().count() - stripped.chars().count();
        // Printed with its trailing spaces, as CPython prints it.
        out.push_str(&format!("    {stripped}\n"));
        if let Value::Int(off) = offset.clone() {
            let off = off as usize;
            if off == 0 {
                return finish_syntax(vm, e, &msg, name, out);
            }
            let mut end = match end_offset {
                Value::Int(e) if e > 0 => e as usize,
                _ => off + 1,
            };
            if !matches!((&end_lineno, &lineno), (Value::Int(a), Value::Int(b)) if a == b) {
                end = stripped.chars().count() + lead + 1;
            }
            if end <= off {
                end = off + 1;
            }
            let col = off.saturating_sub(1).saturating_sub(lead);
            let mut width = end - off;
            if uncaught && e.0.cls().is_subtype(&vm.exc_type("IndentationError")) {
                width = 1;
            }
            out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
        }
    }
    finish_syntax(vm, e, &msg, name, out)
}

fn finish_syntax(vm: &mut Vm, e: &PyErr, msg: &Value, name: &str, mut out: String) -> String {
    let m = match msg {
        Value::Str(s) => s.as_str().to_string(),
        _ => vm
            .str_of(&e.value())
            .map(|s| s.as_str().to_string())
            .unwrap_or_default(),
    };
    out.push_str(&format!("{name}: {m}\n"));
    out
}

pub use crate::exc_report::{
    format_exception, format_exception_with, format_uncaught, ReportOptions,
};
