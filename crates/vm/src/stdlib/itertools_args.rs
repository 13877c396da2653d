//! Argument parsing for `itertools`' constructors, with CPython's messages: the
//! positional-only checks of its C functions (`cycle expected 1 argument, got 0`) and the
//! keyword-capable ones of Argument Clinic (`combinations() missing required argument 'r'
//! (pos 2)`). Only the parsing: what the values mean is the iterators' business.

use crate::objects::function::Args;
use crate::objects::int::{as_int, IntRef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Positional arguments only, between `min` and `max` of them (`_PyArg_CheckPositional`'s
/// messages). `kw_name` names the function in the no-keywords error (`itertools.tee`).
pub fn positional<'a>(
    vm: &Vm,
    name: &str,
    kw_name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{kw_name}() takes no keyword arguments")));
    }
    let p = args.pos();
    let n = p.len();
    if n < min || n > max {
        let msg = crate::builtins::positional_count_message(name, min, max, n);
        return Err(vm.type_error(msg));
    }
    Ok(p)
}

/// Parameters that may be given by position or by name (`names`, the first `max_pos` of
/// them positional-or-keyword, the rest keyword-only), the first `required` required:
/// each parameter's value, if given.
pub fn keywords(
    vm: &Vm,
    fname: &str,
    args: &Args<'_>,
    names: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    let nkw = args.kw().count();
    let total = pos.len() + nkw;
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({total} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            plural(names.len())
        )));
    }
    if pos.len() > max_pos {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max_pos} positional argument{} ({} given)",
            plural(max_pos),
            pos.len()
        )));
    }
    let mut out = Vec::with_capacity(names.len());
    let mut used = 0;
    for (i, name) in names.iter().enumerate() {
        let v = if i < pos.len() {
            Some(pos[i].clone())
        } else {
            let v = args.get_kw(name).cloned();
            used += usize::from(v.is_some());
            v
        };
        if v.is_none() && i < required {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
        out.push(v);
    }
    if used < nkw {
        for (k, _) in args.kw() {
            match names.iter().position(|n| *n == k) {
                Some(i) if i < pos.len() => {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )))
                }
                Some(_) => {}
                None => {
                    return Err(vm.type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
    }
    Ok(out)
}

/// An index-like integer as a C `Py_ssize_t` (`PyNumber_AsSsize_t` with OverflowError):
/// what CPython's `n`, `r`, `times` and `repeat` arguments accept.
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(IntRef::Big(_)) = as_int(v) {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    crate::builtins::to_index(vm, v)
}

/// The tuple a `__setstate__` takes apart, as CPython's argument parsing checks it:
/// `state is not a tuple`, then its length (`function takes exactly 2 arguments (1
/// given)`).
pub fn state_tuple(vm: &Vm, state: &Value, min: usize, max: usize) -> PyResult<Vec<Value>> {
    let Value::Tuple(t) = state else {
        return Err(vm.type_error("state is not a tuple"));
    };
    let n = t.items.len();
    if n < min || n > max {
        let (how, k) = match (min == max, n < min) {
            (true, _) => ("exactly", min),
            (false, true) => ("at least", min),
            (false, false) => ("at most", max),
        };
        return Err(vm.type_error(format!(
            "function takes {how} {k} argument{} ({n} given)",
            plural(k)
        )));
    }
    Ok(t.items.to_vec())
}

/// The positions a combinatoric iterator's `__setstate__` takes: a tuple of `len`
/// ints (CPython's `invalid arguments` for anything else; an item that is no int is
/// its `an integer is required`).
pub fn positions(vm: &Vm, v: &Value, len: usize) -> PyResult<Vec<i64>> {
    match v {
        Value::Tuple(t) if t.items.len() == len => t
            .items
            .iter()
            .map(|x| crate::builtins::iter_reduce::index_arg(vm, x))
            .collect(),
        _ => Err(vm.value_error("invalid arguments")),
    }
}

/// Whether `v` is an iterator (its type has `__next__`), as `PyIter_Check` asks.
pub fn is_iterator(vm: &Vm, v: &Value) -> bool {
    vm.type_of(v).lookup_str("__next__").is_some()
}

/// A C `int` argument (`"i"` of CPython's argument parsing): an int or an object with
/// `__index__`, within 32 bits.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match crate::objects::int::as_int(v) {
        Some(crate::objects::int::IntRef::Small(i)) => i,
        Some(crate::objects::int::IntRef::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C long"))
        }
        None => crate::builtins::to_index(vm, v)?,
    };
    if n > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if n < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(n)
}

/// One of the module's classes, as a value (the callable of most reductions).
pub fn class(vm: &Vm, name: &'static str) -> Value {
    Value::Type(vm.iterator_type(name))
}
