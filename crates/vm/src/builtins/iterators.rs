//! The builtins that make iterators: `iter`, `next`, the iterator classes
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`) and the `__reversed__` methods
//! `reversed()` finds on the builtin types.

use std::rc::Rc;

use crate::builtins::{function, len_of, pos_args};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::int::as_int;
use crate::objects::iter::IterState;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `iter`, `next`, the iterator classes (enumerate, zip, map, filter, reversed) and the
/// `__reversed__` methods of list, range, dict, the dict views and mappingproxy.
pub fn init(vm: &mut Vm, b: &PyDict) {
    function(b, "iter", iter);
    function(b, "next", next);
    // Classes in CPython (`<class 'zip'>`, `isinstance(z, zip)`): the iterator types,
    // which construct::call_type builds through `iterator_ctor`.
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        b.set_by_str(name, Value::Type(vm.iterator_type(name)));
    }
    // The `__reversed__` methods CPython's list, range, dict and dict views have
    // (reversed() reverses these types directly).
    let reversers: [(_, crate::objects::function::NativeFn); 7] = [
        (vm.types.list.clone(), list_reversed),
        (vm.types.mappingproxy.clone(), mappingproxy_reversed),
        (vm.types.range.clone(), range_reversed),
        (vm.types.dict.clone(), dict_reversed),
        (vm.types.dict_keys.clone(), view_reversed::<0>),
        (vm.types.dict_values.clone(), view_reversed::<1>),
        (vm.types.dict_items.clone(), view_reversed::<2>),
    ];
    for (t, f) in reversers {
        crate::builtins::method(&t, "__reversed__", f);
    }
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "iter", &args, 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterState::Callable {
            func: a[0].clone(),
            sentinel: a[1].clone(),
        }));
    }
    vm.get_iter(&a[0])
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "next", &args, 1, 2)?;
    let is_iter = match &a[0] {
        Value::Object(o) => {
            matches!(o.payload, Payload::Iter(_) | Payload::Generator(_))
                || o.cls().lookup_str("__next__").is_some()
        }
        _ => false,
    };
    if !is_iter {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&a[0])
        )));
    }
    // A generator's return value travels in StopIteration.
    if let Value::Object(o) = &a[0] {
        if matches!(o.payload, Payload::Generator(_)) {
            return match crate::generator::resume(vm, o, Value::None, None)? {
                crate::generator::SendResult::Yield(v) => Ok(v),
                crate::generator::SendResult::Return(v) => {
                    if a.len() == 2 {
                        Ok(a[1].clone())
                    } else {
                        Err(vm.stop_iteration(v))
                    }
                }
            };
        }
    }
    // A Python class's `__next__` is called as it is: its StopIteration (and the
    // value it carries) propagates unless there is a default.
    if let Value::Object(o) = &a[0] {
        if matches!(o.payload, Payload::Instance) && a.len() == 1 {
            return vm.call_method(&a[0], "__next__", &[]);
        }
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => {
            if a.len() == 2 {
                Ok(a[1].clone())
            } else {
                Err(vm.stop_iteration(Value::None))
            }
        }
    }
}

/// What calling one of the builtin iterator classes (`zip(a, b)`, `map(f, xs)`…) runs.
pub fn iterator_ctor(name: &str) -> Option<crate::objects::function::NativeFn> {
    Some(match name {
        "enumerate" => enumerate,
        "zip" => zip,
        "map" => map,
        "filter" => filter,
        "reversed" => reversed,
        _ => return None,
    })
}

fn enumerate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut p: Vec<Value> = args.pos().to_vec();
    for (k, v) in args.kw() {
        match k {
            "start" => p.push(v.clone()),
            "iterable" => p.insert(0, v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    if p.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let it = vm.get_iter(&p[0])?;
    let n = p.get(1).cloned().unwrap_or(Value::Int(0));
    if as_int(&n).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&n)
        )));
    }
    Ok(vm.new_iter(IterState::Enumerate { it, n }))
}

fn zip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kw() {
        if k == "strict" {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut its = Vec::new();
    for (i, a) in args.pos().iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => its.push(it),
            Err(e) if vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error(format!("zip argument #{} must support iteration", i + 1)))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_iter(IterState::Zip {
        its: its.into(),
        strict,
    }))
}

fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "map", &args, 0, usize::MAX)?;
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &a[1..] {
        its.push(vm.get_iter(x)?);
    }
    Ok(vm.new_iter(IterState::Map {
        func: a[0].clone(),
        its: its.into(),
    }))
}

fn filter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "filter", &args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(vm.new_iter(IterState::Filter {
        func: a[0].clone(),
        it,
    }))
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", a.len())));
    }
    let v = &a[0];
    match v {
        Value::List(l) => {
            let n = l.items.borrow().len();
            Ok(vm.new_iter(IterState::ListRev {
                list: l.clone(),
                i: n,
            }))
        }
        Value::Tuple(_) | Value::Str(_) => {
            let n = len_of(vm, v)? as i64;
            Ok(vm.new_iter(IterState::Reversed {
                seq: v.clone(),
                i: n - 1,
            }))
        }
        Value::Object(o) if matches!(o.payload, Payload::Range(_)) => {
            let Payload::Range(r) = &o.payload else {
                unreachable!()
            };
            Ok(vm.new_iter(crate::iter::range_iter(r, true)))
        }
        Value::Object(o) if matches!(o.payload, Payload::DictView { .. }) => {
            let Payload::DictView { dict, kind, .. } = &o.payload else {
                unreachable!()
            };
            if crate::builtins::odict::is_odict_view(vm, o, *kind) {
                return Ok(crate::builtins::odict::new_iter(vm, dict, *kind, true));
            }
            Ok(vm.new_iter(dict_reverse_iter(dict, *kind)))
        }
        // A mappingproxy reverses the mapping it shows.
        Value::Object(o) if matches!(o.payload, Payload::MappingProxy(_)) => {
            let Payload::MappingProxy(d) = &o.payload else {
                unreachable!()
            };
            Ok(vm.new_iter(dict_reverse_iter(
                d,
                crate::objects::object::DictViewKind::Keys,
            )))
        }
        Value::Dict(d) => Ok(vm.new_iter(dict_reverse_iter(
            d,
            crate::objects::object::DictViewKind::Keys,
        ))),
        _ => {
            let ty = vm.type_of(v);
            if let Some(m) = ty.lookup_str("__reversed__") {
                // `__reversed__ = None` opts out, as CPython checks.
                if m.is_none() {
                    return Err(
                        vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))
                    );
                }
                if !matches!(m, Value::Builtin(_)) {
                    let f = vm.bind_descriptor(m, v.clone(), Value::Type(ty))?;
                    return vm.call_args(&f, &[]);
                }
            }
            // A subclass of list or dict reverses its builtin storage, as
            // list.__reversed__ and dict.__reversed__ do (an OrderedDict's keys).
            if let Value::Object(o) = v {
                if let Payload::Builtin(Value::Dict(d)) = &o.payload {
                    if crate::builtins::odict::is_ordered_dict(&ty) {
                        // CPython's OrderedDict is a C type with its own iterator class.
                        return Ok(crate::builtins::odict::new_iter(
                            vm,
                            d,
                            crate::objects::object::DictViewKind::Keys,
                            true,
                        ));
                    }
                }
                if let Payload::Builtin(inner @ (Value::List(_) | Value::Dict(_))) = &o.payload {
                    let inner = inner.clone();
                    return reversed(vm, Args::new(&[inner]));
                }
            }
            // A sequence: `__getitem__` (then `len()`, whose error shows when it is
            // missing, as CPython's PySequence_Size does).
            if ty.lookup_str("__getitem__").is_some() && !ty.is_subtype(&vm.types.dict) {
                let n = len_of(vm, v)? as i64;
                return Ok(vm.new_iter(IterState::Reversed {
                    seq: v.clone(),
                    i: n - 1,
                }));
            }
            // bytes and bytearray are sequences too (a `reversed` over the live object).
            if crate::objects::bytes::as_bytes(v).is_some() {
                let n = len_of(vm, v)? as i64;
                return Ok(vm.new_iter(IterState::Reversed {
                    seq: v.clone(),
                    i: n - 1,
                }));
            }
            Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))))
        }
    }
}

/// The reverse iterator of a dict's keys, values or items (`dict_reverse…iterator`),
/// from its last entry, over the live dict.
fn dict_reverse_iter(
    d: &Rc<crate::objects::dict::PyDict>,
    kind: crate::objects::object::DictViewKind,
) -> IterState {
    IterState::DictRev {
        dict: d.clone(),
        pos: d.entries_len(),
        kind,
        len: d.len(),
        left: d.len(),
    }
}

/// The receiver of a `__reversed__` method of type `tname`, if `get` finds what it
/// reverses in it; CPython's method-descriptor error otherwise.
fn reversed_self<T>(
    vm: &mut Vm,
    tname: &str,
    args: &Args<'_>,
    get: impl Fn(&Value) -> Option<T>,
) -> PyResult<T> {
    let Some(s) = args.pos().first() else {
        return Err(vm.type_error(format!(
            "unbound method {tname}.__reversed__() needs an argument"
        )));
    };
    let Some(t) = get(s) else {
        return Err(vm.type_error(format!(
            "descriptor '__reversed__' for '{tname}' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        )));
    };
    crate::builtins::method_args(vm, "__reversed__", args, 0, 0)?;
    Ok(t)
}

/// The builtin value a list or dict (or an instance of a subclass) holds.
fn builtin_of(v: &Value) -> &Value {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Builtin(inner) => inner,
            _ => v,
        },
        _ => v,
    }
}

fn list_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = reversed_self(vm, "list", &args, |v| match builtin_of(v) {
        Value::List(l) => Some(l.clone()),
        _ => None,
    })?;
    let i = l.items.borrow().len();
    Ok(vm.new_iter(IterState::ListRev { list: l, i }))
}

fn range_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = reversed_self(vm, "range", &args, |v| match v {
        Value::Object(o) => match &o.payload {
            Payload::Range(r) => Some(crate::iter::range_iter(r, true)),
            _ => None,
        },
        _ => None,
    })?;
    Ok(vm.new_iter(st))
}

fn dict_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = reversed_self(vm, "dict", &args, |v| match builtin_of(v) {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    })?;
    Ok(vm.new_iter(dict_reverse_iter(
        &d,
        crate::objects::object::DictViewKind::Keys,
    )))
}

/// `mappingproxy.__reversed__`: `reversed()` of the mapping it shows.
fn mappingproxy_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = reversed_self(vm, "mappingproxy", &args, |v| match v {
        Value::Object(o) => match &o.payload {
            Payload::MappingProxy(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    })?;
    Ok(vm.new_iter(dict_reverse_iter(
        &d,
        crate::objects::object::DictViewKind::Keys,
    )))
}

/// `dict_keys.__reversed__` (K 0), `dict_values.__reversed__` (1) and
/// `dict_items.__reversed__` (2).
fn view_reversed<const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::objects::object::DictViewKind;
    let (want, tname) = match K {
        0 => (DictViewKind::Keys, "dict_keys"),
        1 => (DictViewKind::Values, "dict_values"),
        _ => (DictViewKind::Items, "dict_items"),
    };
    let d = reversed_self(vm, tname, &args, |v| match v {
        Value::Object(o) => match &o.payload {
            Payload::DictView { dict, kind, .. } if *kind == want => Some(dict.clone()),
            _ => None,
        },
        _ => None,
    })?;
    Ok(vm.new_iter(dict_reverse_iter(&d, want)))
}
