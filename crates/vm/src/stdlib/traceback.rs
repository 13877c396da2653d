//! `_metal_traceback`: what Python code needs to show an exception (the `traceback`
//! module, debug pages): its frames with their source lines and frame objects,
//! and the report CPython prints for it.

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "entries", entries);
    crate::builtins::function(d, "format_exception", format_exception_text);
    crate::builtins::function(d, "format_exception_chunks", format_exception_chunks);
    crate::builtins::function(d, "format_exception_only", format_exception_only);
    crate::builtins::function(
        d,
        "format_exception_only_chunks",
        format_exception_only_chunks,
    );
    crate::builtins::function(d, "tb_carets", tb_carets);
}

/// `tb_carets(tb)` → the caret line CPython's traceback shows under the source line of
/// `tb`'s (outermost) entry, or None.
fn tb_carets(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "tb_carets", &args, 1, 1)?;
    let entry = match &a[0] {
        Value::Object(o) => match &o.payload {
            Payload::Traceback(entries, _) => entries.last().cloned(),
            _ => None,
        },
        _ => None,
    };
    let Some(entry) = entry else {
        return Err(vm.type_error(format!("expected a traceback, not {}", vm.type_name(&a[0]))));
    };
    Ok(crate::exceptions::entry_carets(vm, &entry).map_or(Value::None, |s| Value::str(&s)))
}

fn exception_arg(vm: &Vm, v: &Value) -> PyResult<PyErr> {
    if let Value::Object(o) = v {
        if matches!(o.payload, Payload::Exception(_)) {
            return Ok(PyErr(o.clone()));
        }
    }
    Err(vm.type_error(format!("expected an exception, not {}", vm.type_name(v))))
}

/// `entries(exc)` → [(filename, lineno, function name, source line or None, frame
/// object or None)], outermost call first.
fn entries(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "entries", &args, 1, 1)?;
    let e = exception_arg(vm, &a[0])?;
    let tb = e.data().traceback.borrow().clone();
    let mut out = Vec::with_capacity(tb.len());
    for entry in tb.iter().rev() {
        let co = &entry.code.co;
        let line = entry.line();
        let src = crate::exceptions::source_line(vm, &co.filename, line)
            .map(|s| Value::str(&s))
            .unwrap_or(Value::None);
        let frame = entry.frame.clone().map_or(Value::None, Value::Object);
        out.push(Value::tuple(vec![
            Value::str(&co.filename),
            Value::Int(i64::from(line)),
            Value::str(&co.name),
            src,
            frame,
        ]));
    }
    Ok(Value::list(out))
}

/// `format_exception_chunks(exc, chain=True, max_group_width=15, max_group_depth=10)` → the
/// `traceback` module's report, as the list of chunks CPython's `format_exception`
/// returns.
fn format_exception_chunks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "format_exception_chunks", &args, 1, 4)?;
    let e = exception_arg(vm, &a[0])?;
    let mut opts = crate::exceptions::ReportOptions::default();
    if let Some(c) = a.get(1) {
        opts.chain = vm.truthy(c)?;
    }
    let limit = |vm: &Vm, v: Option<&Value>, default: usize| match v {
        None => Ok(default),
        Some(Value::Int(n)) if *n >= 0 => Ok(*n as usize),
        Some(other) => Err(vm.type_error(format!(
            "group limits must be non-negative ints, not {}",
            vm.type_name(other)
        ))),
    };
    opts.max_group_width = limit(vm, a.get(2), opts.max_group_width)?;
    opts.max_group_depth = limit(vm, a.get(3), opts.max_group_depth)?;
    let chunks = crate::exceptions::format_exception_with(vm, &e, &opts);
    Ok(Value::list(chunks.iter().map(|c| Value::str(c)).collect()))
}

/// `format_exception(exc)` → the whole report as one str.
fn format_exception_text(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "format_exception", &args, 1, 1)?;
    let e = exception_arg(vm, &a[0])?;
    Ok(Value::str(&crate::exceptions::format_exception(vm, &e)))
}

/// `format_exception_only_chunks(exc)` → its last lines (`TypeError: message`, its notes), as
/// the list of chunks CPython's `format_exception_only` returns.
fn format_exception_only_chunks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "format_exception_only_chunks", &args, 1, 1)?;
    let e = exception_arg(vm, &a[0])?;
    let chunks = crate::exceptions::exception_chunks(vm, &e, false);
    Ok(Value::list(chunks.iter().map(|c| Value::str(c)).collect()))
}

/// `format_exception_only(exc)` → those lines as one str.
fn format_exception_only(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "format_exception_only", &args, 1, 1)?;
    let e = exception_arg(vm, &a[0])?;
    Ok(Value::str(&crate::exceptions::exception_only(vm, &e)))
}
