//! `unicodedata`: CPython 3.11's Unicode character database (Unicode 14.0.0), over the
//! `metal_ucd` crate's generated tables: properties, names and lookup (with aliases and
//! named sequences), decompositions and the normalization forms. Not here: `ucd_3_2_0`
//! and the `UCD` class (the database of Unicode 3.2 that `idna` uses).

use crate::builtins::pos_args;
use crate::builtins::str::str_payload;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use metal_ucd::normalize::Form;

pub fn init(_vm: &mut Vm, d: &PyDict) {
    d.set_by_str("unidata_version", Value::str(metal_ucd::UNIDATA_VERSION));
    d.set_by_str(
        "__doc__",
        Value::str(
            "This module provides access to the Unicode Character Database which\n\
             defines character properties for all Unicode characters. The data in\n\
             this database is based on the UnicodeData.txt file version\n\
             14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\
             \n\
             The module uses the same names and symbols as defined by the\n\
             UnicodeData File Format 14.0.0.",
        ),
    );
    crate::builtins::function(d, "category", category);
    crate::builtins::function(d, "bidirectional", bidirectional);
    crate::builtins::function(d, "combining", combining);
    crate::builtins::function(d, "east_asian_width", east_asian_width);
    crate::builtins::function(d, "mirrored", mirrored);
    crate::builtins::function(d, "decomposition", decomposition);
    crate::builtins::function(d, "decimal", decimal);
    crate::builtins::function(d, "digit", digit);
    crate::builtins::function(d, "numeric", numeric);
    crate::builtins::function(d, "name", name);
    crate::builtins::function(d, "lookup", lookup);
    crate::builtins::function(d, "normalize", normalize);
    crate::builtins::function(d, "is_normalized", is_normalized);
}

fn type_of(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => vm.type_name(v),
    }
}

/// The one-character argument (`argn`: CPython numbers it when the function takes more).
fn char_arg(vm: &Vm, func: &str, v: &Value, argn: bool) -> PyResult<char> {
    if let Some(s) = str_payload(v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    let which = if argn { "argument 1" } else { "argument" };
    Err(vm.type_error(format!(
        "{func}() {which} must be a unicode character, not {}",
        type_of(vm, v)
    )))
}

fn one_char(vm: &Vm, func: &str, args: &Args<'_>) -> PyResult<char> {
    let a = pos_args(vm, &format!("unicodedata.{func}"), args, 1, 1)?;
    char_arg(vm, func, &a[0], false)
}

fn category(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, "category", &args)?;
    let r = metal_ucd::record(c as u32);
    Ok(Value::str(metal_ucd::CATEGORIES[r.category as usize]))
}

fn bidirectional(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, "bidirectional", &args)?;
    let r = metal_ucd::record(c as u32);
    Ok(Value::str(metal_ucd::BIDI[r.bidirectional as usize]))
}

fn combining(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, "combining", &args)?;
    Ok(Value::Int(metal_ucd::record(c as u32).combining as i64))
}

fn east_asian_width(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, "east_asian_width", &args)?;
    let r = metal_ucd::record(c as u32);
    Ok(Value::str(metal_ucd::EAW[r.east_asian_width as usize]))
}

fn mirrored(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, "mirrored", &args)?;
    let m = metal_ucd::record(c as u32).flags & metal_ucd::MIRRORED != 0;
    Ok(Value::Int(m as i64))
}

fn decomposition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, "decomposition", &args)?;
    Ok(Value::str(metal_ucd::decomposition(c as u32)))
}

/// The character and the default of `decimal`, `digit`, `numeric` and `name`.
fn char_and_default(vm: &Vm, func: &str, args: &Args<'_>) -> PyResult<(char, Option<Value>)> {
    let a = pos_args(vm, func, args, 1, 2)?;
    Ok((char_arg(vm, func, &a[0], true)?, a.get(1).cloned()))
}

fn value_or_default(
    vm: &Vm,
    found: Option<Value>,
    default: Option<Value>,
    msg: &str,
) -> PyResult<Value> {
    match (found, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(msg)),
    }
}

fn decimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, "decimal", &args)?;
    let v = metal_ucd::decimal(c as u32).map(|d| Value::Int(d as i64));
    value_or_default(vm, v, default, "not a decimal")
}

fn digit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, "digit", &args)?;
    let v = metal_ucd::digit(c as u32).map(|d| Value::Int(d as i64));
    value_or_default(vm, v, default, "not a digit")
}

fn numeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, "numeric", &args)?;
    let v = metal_ucd::numeric(c as u32).map(Value::Float);
    value_or_default(vm, v, default, "not a numeric character")
}

fn name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(vm, "name", &args)?;
    let v = metal_ucd::names::name(c as u32).map(|n| Value::str(&n));
    value_or_default(vm, v, default, "no such name")
}

fn lookup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "unicodedata.lookup", &args, 1, 1)?;
    let text = match &a[0] {
        v if str_payload(v).is_some() => str_payload(v).unwrap_or("").to_string(),
        Value::Object(o) if matches!(o.payload, Payload::Bytes(_)) => {
            let b = crate::objects::bytes::as_bytes(&a[0]).unwrap_or_default();
            String::from_utf8_lossy(&b).into_owned()
        }
        v if crate::objects::bytes::is_bytearray(v) => {
            return Err(vm.type_error(
                "lookup() argument must be read-only bytes-like object, not bytearray",
            ))
        }
        v => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )))
        }
    };
    if text.len() > metal_ucd::names::NAME_MAXLEN {
        return Err(vm.key_error(Value::str("name too long")));
    }
    match metal_ucd::names::lookup(&text, true) {
        Some(s) => Ok(Value::str(&s)),
        None => Err(vm.key_error(Value::str(&format!("undefined character name '{text}'")))),
    }
}

fn form_and_text(vm: &Vm, func: &str, args: &Args<'_>) -> PyResult<(Form, String)> {
    let a = pos_args(vm, func, args, 2, 2)?;
    let Some(form) = str_payload(&a[0]) else {
        return Err(vm.type_error(format!(
            "{func}() argument 1 must be str, not {}",
            type_of(vm, &a[0])
        )));
    };
    let Some(text) = str_payload(&a[1]) else {
        return Err(vm.type_error(format!(
            "{func}() argument 2 must be str, not {}",
            type_of(vm, &a[1])
        )));
    };
    match Form::from_name(form) {
        Some(f) => Ok((f, text.to_string())),
        None => Err(vm.value_error("invalid normalization form")),
    }
}

fn normalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "normalize", &args)?;
    let out = metal_ucd::normalize::normalize(form, &text);
    // An already normalized str (or instance of a subclass) is returned itself, as
    // CPython's.
    if out == text {
        if let Some(v) = args.all.get(1) {
            return Ok(v.clone());
        }
    }
    Ok(Value::str(&out))
}

fn is_normalized(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "is_normalized", &args)?;
    Ok(Value::bool(
        metal_ucd::normalize::normalize(form, &text) == text,
    ))
}
