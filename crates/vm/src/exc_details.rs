//! The structured builtin exceptions whose `args` carry fields: SyntaxError's
//! `(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))` and the Unicode
//! errors' `(encoding, object, start, end, reason)` (`UnicodeTranslateError` has no
//! encoding): their attributes and their `str()`, as CPython's.

use std::rc::Rc;

use crate::objects::exceptions::ExcData;
use crate::objects::object::PyObject;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset` of a SyntaxError
/// made with a details tuple (None otherwise, and for `print_file_and_line`).
pub fn syntax_error_attr(d: &ExcData, name: &str) -> Value {
    let i = match name {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => return Value::None,
    };
    match &*d.args.borrow() {
        Value::Tuple(t) if t.items.len() == 2 => match &t.items[1] {
            Value::Tuple(det) if det.items.len() == 4 || det.items.len() == 6 => {
                det.items.get(i).cloned().unwrap_or(Value::None)
            }
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// `str()` of a SyntaxError: `msg (file.py, line 3)`, with the file's base name, from
/// the exception's attributes (which may have been assigned).
pub fn syntax_error_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let msg = vm.getattr(v, "msg")?;
    let mut s = crate::repr::str_of(vm, &msg)?.as_str().to_string();
    let file = match vm.getattr(v, "filename")? {
        Value::Str(f) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match vm.getattr(v, "lineno")? {
        Value::Int(n) => Some(n),
        _ => None,
    };
    match (file, line) {
        (Some(f), Some(n)) => s += &format!(" ({f}, line {n})"),
        (Some(f), None) => s += &format!(" ({f})"),
        (None, Some(n)) => s += &format!(" (line {n})"),
        (None, None) => {}
    }
    Ok(s)
}

fn is_translate(vm: &Vm, o: &PyObject) -> bool {
    o.cls().is_subtype(&vm.exc_type("UnicodeTranslateError"))
}

/// Is it a Unicode{Encode,Decode,Translate}Error (plain UnicodeError has no fields)?
pub fn has_fields(vm: &Vm, o: &PyObject) -> bool {
    [
        "UnicodeEncodeError",
        "UnicodeDecodeError",
        "UnicodeTranslateError",
    ]
    .iter()
    .any(|n| o.cls().is_subtype(&vm.exc_type(n)))
}

/// `encoding`, `object`, `start`, `end`, `reason` of a Unicode error made with its
/// fields (None otherwise).
pub fn unicode_error_attr(vm: &Vm, o: &PyObject, d: &ExcData, name: &str) -> Value {
    if !has_fields(vm, o) {
        return Value::None;
    }
    let translate = is_translate(vm, o);
    let i = match (name, translate) {
        ("encoding", true) => return Value::None,
        ("encoding", false) => 0,
        ("object", _) => 1,
        ("start", _) => 2,
        ("end", _) => 3,
        ("reason", _) => 4,
        _ => return Value::None,
    } - translate as usize;
    match &*d.args.borrow() {
        Value::Tuple(t) if t.items.len() == 5 - translate as usize => t.items[i].clone(),
        _ => Value::None,
    }
}

/// Check a builtin Unicode error's constructor arguments as CPython does; a
/// `bytearray` object becomes `bytes`.
pub fn check_unicode_error_args(
    vm: &Vm,
    cls: &Rc<crate::objects::types::PyType>,
    args: &mut [Value],
) -> PyResult<()> {
    let decode = cls.is_subtype(&vm.exc_type("UnicodeDecodeError"));
    let encode = cls.is_subtype(&vm.exc_type("UnicodeEncodeError"));
    let translate = cls.is_subtype(&vm.exc_type("UnicodeTranslateError"));
    if !(decode || encode || translate) {
        return Ok(());
    }
    let n = if translate { 4 } else { 5 };
    if args.len() != n {
        return Err(vm.type_error(format!(
            "function takes exactly {n} arguments ({} given)",
            args.len()
        )));
    }
    let off = if translate { 0 } else { 1 };
    let must_be_str = |vm: &Vm, i: usize, v: &Value| -> PyResult<()> {
        if matches!(v, Value::Str(_)) {
            Ok(())
        } else {
            Err(vm.type_error(format!(
                "argument {} must be str, not {}",
                i + 1,
                vm.type_name(v)
            )))
        }
    };
    if !translate {
        must_be_str(vm, 0, &args[0])?;
    }
    if decode {
        match crate::objects::bytes::as_bytes(&args[1]) {
            Some(b) => args[1] = crate::objects::bytes::new_bytes(vm, b),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&args[1])
                )))
            }
        }
    } else {
        must_be_str(vm, off, &args[off])?;
    }
    for v in &args[off + 1..off + 3] {
        if !matches!(v, Value::Int(_)) {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    }
    must_be_str(vm, off + 3, &args[off + 3])
}

/// `str()` of a Unicode error made with its fields: `'utf-8' codec can't decode byte
/// 0xff in position 0: invalid start byte` and the like. None when it was not.
pub fn unicode_error_str(vm: &Vm, o: &PyObject, d: &ExcData) -> Option<String> {
    if !has_fields(vm, o) {
        return None;
    }
    let translate = is_translate(vm, o);
    let get = |name| unicode_error_attr(vm, o, d, name);
    let (Value::Int(start), Value::Int(end), Value::Str(reason)) =
        (get("start"), get("end"), get("reason"))
    else {
        return None;
    };
    let reason = reason.as_str();
    let object = get("object");
    if let Some(bytes) = crate::objects::bytes::as_bytes(&object) {
        // A decode error: the object is bytes.
        let Value::Str(enc) = get("encoding") else {
            return None;
        };
        let enc = enc.as_str();
        return Some(match bytes.get(start as usize) {
            Some(byte) if end == start.wrapping_add(1) && start >= 0 => format!(
                "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end.wrapping_sub(1)
            ),
        });
    }
    let Value::Str(text) = &object else {
        return None;
    };
    let ch = (end == start.wrapping_add(1) && start >= 0)
        .then(|| text.as_str().chars().nth(start as usize))
        .flatten();
    let ch = ch.map(|c| match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    });
    if translate {
        return Some(match ch {
            Some(c) => format!("can't translate character '{c}' in position {start}: {reason}"),
            None => format!(
                "can't translate characters in position {start}-{}: {reason}",
                end.wrapping_sub(1)
            ),
        });
    }
    let Value::Str(enc) = get("encoding") else {
        return None;
    };
    let enc = enc.as_str();
    Some(match ch {
        Some(c) => {
            format!("'{enc}' codec can't encode character '{c}' in position {start}: {reason}")
        }
        None => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end.wrapping_sub(1)
        ),
    })
}
