//! Methods of `dict` and its views; `dict.update` semantics shared with the vm.

use std::rc::Rc;

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::{classmethod, method, method_args};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{DictViewKind, Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let d = vm.types.dict.clone();
    method(&d, "get", get);
    method(&d, "setdefault", setdefault);
    method(&d, "pop", pop);
    method(&d, "popitem", popitem);
    method(&d, "keys", keys);
    method(&d, "values", values);
    method(&d, "items", items);
    method(&d, "update", update);
    method(&d, "copy", copy);
    method(&d, "clear", clear);
    method(&d, "__getitem__", getitem);
    method(&d, "__setitem__", setitem);
    method(&d, "__delitem__", delitem);
    method(&d, "__iter__", iter);
    method(&d, "__contains__", contains);
    method(&d, "__len__", crate::builtins::list_len_shim);
    classmethod(&d, "fromkeys", fromkeys);
    for v in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        method(&v, "isdisjoint", view_isdisjoint);
    }
    let m = vm.types.mappingproxy.clone();
    method(&m, "get", get);
    method(&m, "keys", keys);
    method(&m, "values", values);
    method(&m, "items", items);
    method(&m, "copy", copy);
}

/// The dict a method of `dict` was called on (`name` for the error when it is not one).
fn the_dict(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<PyDict>> {
    match v {
        Value::Dict(d) => return Ok(d.clone()),
        Value::Object(o) => match &o.payload {
            Payload::MappingProxy(d) | Payload::Builtin(Value::Dict(d)) => return Ok(d.clone()),
            _ => {}
        },
        _ => {}
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    )))
}

/// `the_dict` for a method that changes the dict: never a class's `__dict__` (a
/// mappingproxy, read-only as in CPython: classes change only through setattr, which
/// the attribute caches follow).
fn the_mut_dict(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<PyDict>> {
    if let Value::Object(o) = v {
        if matches!(o.payload, Payload::MappingProxy(_)) {
            return Err(vm.type_error(if name.starts_with("__") {
                format!("descriptor '{name}' requires a 'dict' object but received a 'mappingproxy'")
            } else {
                format!("descriptor '{name}' for 'dict' objects doesn't apply to a 'mappingproxy' object")
            }));
        }
    }
    the_dict(vm, v, name)
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "get", &args, 1, 2)?;
    let d = the_dict(vm, s, "get")?;
    Ok(d.get_item(vm, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "setdefault", &args, 1, 2)?;
    let d = the_mut_dict(vm, s, "setdefault")?;
    if let Some(v) = d.get_item(vm, &a[0])? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or(Value::None);
    d.set_item(vm, a[0].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "pop", &args, 1, 2)?;
    let d = the_mut_dict(vm, s, "pop")?;
    match d.del_item(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(a[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "popitem", &args, 0, 0)?;
    let d = the_mut_dict(vm, s, "popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
    }
}

fn view(vm: &mut Vm, args: Args<'_>, kind: DictViewKind, name: &str) -> PyResult<Value> {
    let (s, _) = method_args(vm, name, &args, 0, 0)?;
    let d = the_dict(vm, s, name)?;
    let of_subclass = d.in_instance.get();
    let ty = match kind {
        DictViewKind::Keys => vm.types.dict_keys.clone(),
        DictViewKind::Values => vm.types.dict_values.clone(),
        DictViewKind::Items => vm.types.dict_items.clone(),
    };
    Ok(Value::Object(PyObject::new(
        ty,
        Payload::DictView {
            dict: d,
            kind,
            of_subclass,
        },
    )))
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, DictViewKind::Keys, "keys")
}
fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, DictViewKind::Values, "values")
}
fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, DictViewKind::Items, "items")
}

/// `d.update(other)`: a mapping (dict or anything with `keys`), or pairs.
pub fn update_from(vm: &mut Vm, d: &Rc<PyDict>, other: &Value) -> PyResult<()> {
    match other {
        Value::Dict(o) => {
            if d.is_empty() && !Rc::ptr_eq(d, o) {
                d.fill_from(o);
                return Ok(());
            }
            for (k, v) in o.items() {
                d.set_item(vm, k, v)?;
            }
            Ok(())
        }
        _ => {
            if vm.getattr_opt_s(other, "keys")?.is_some()
                && !matches!(other, Value::List(_) | Value::Tuple(_))
            {
                let keys = vm.call_method(other, "keys", &[])?;
                for k in crate::iter::collect(vm, &keys)? {
                    let v = crate::subscript::getitem(vm, other, &k)?;
                    d.set_item(vm, k, v)?;
                }
                return Ok(());
            }
            let it = vm.get_iter(other)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                let pair = match crate::iter::collect(vm, &item) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            i
                        )))
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (k, v) = (
                    p.next().unwrap_or(Value::None),
                    p.next().unwrap_or(Value::None),
                );
                d.set_item(vm, k, v)?;
                i += 1;
            }
            Ok(())
        }
    }
}

/// `f(**m)` merging: duplicate keywords are an error.
pub fn merge_kwargs(vm: &mut Vm, d: &Rc<PyDict>, other: &Value, func: &Value) -> PyResult<()> {
    // The callable's description is only needed for an error message.
    let fname = || crate::call::function_str(func);
    let pairs: Vec<(Value, Value)> = match other {
        Value::Dict(o) => o.items(),
        _ => {
            if vm.getattr_opt(other, "keys")?.is_none() {
                return Err(vm.type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    fname(),
                    vm.type_name(other)
                )));
            }
            let keys = vm.call_method(other, "keys", &[])?;
            let mut v = Vec::new();
            for k in crate::iter::collect(vm, &keys)? {
                let x = crate::subscript::getitem(vm, other, &k)?;
                v.push((k, x));
            }
            v
        }
    };
    for (k, v) in pairs {
        if !matches!(k, Value::Str(_)) && !vm.type_of(&k).is_subtype(&vm.types.str_) {
            return Err(vm.type_error("keywords must be strings"));
        }
        if d.contains(vm, &k)? {
            let ks = vm.str_of(&k)?;
            return Err(vm.type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                fname(),
                ks.as_str()
            )));
        }
        d.set_item(vm, k, v)?;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let d = the_mut_dict(vm, &p[0], "update")?;
    if let Some(o) = p.get(1) {
        update_from(vm, &d, o)?;
    }
    for (k, v) in args.kw() {
        let key = vm.intern(k);
        d.set_str(key, v.clone());
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "copy", &args, 0, 0)?;
    let d = the_dict(vm, s, "copy")?;
    Ok(Value::Dict(crate::gc::track_dict(Rc::new(d.copy()))))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "clear", &args, 0, 0)?;
    the_mut_dict(vm, s, "clear")?.clear();
    Ok(Value::None)
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__getitem__", &args, 1, 1)?;
    let d = the_dict(vm, s, "__getitem__")?;
    match d.get_item(vm, &a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(a[0].clone())),
    }
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__setitem__", &args, 2, 2)?;
    let d = the_mut_dict(vm, s, "__setitem__")?;
    d.set_item(vm, a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__delitem__", &args, 1, 1)?;
    let d = the_mut_dict(vm, s, "__delitem__")?;
    match d.del_item(vm, &a[0])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a[0].clone())),
    }
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__iter__", &args, 0, 0)?;
    let d = the_dict(vm, s, "__iter__")?;
    vm.get_iter(&Value::Dict(d))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__contains__", &args, 1, 1)?;
    let d = the_dict(vm, s, "__contains__")?;
    Ok(Value::bool(d.contains(vm, &a[0])?))
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = method_args(vm, "fromkeys", &args, 1, 2)?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    if let Value::Type(t) = cls {
        if !Rc::ptr_eq(t, &vm.types.dict) {
            // A subclass: cls() filled through its own __setitem__, as CPython does.
            let made = vm.call_args(cls, &[])?;
            for k in crate::iter::collect(vm, &a[0])? {
                crate::subscript::setitem(vm, &made, &k, v.clone())?;
            }
            return Ok(made);
        }
    }
    let d = crate::gc::track_dict(Rc::new(PyDict::new()));
    for k in crate::iter::collect(vm, &a[0])? {
        d.set_item(vm, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

pub fn view_contains(
    vm: &mut Vm,
    d: &Rc<PyDict>,
    kind: DictViewKind,
    item: &Value,
) -> PyResult<bool> {
    match kind {
        DictViewKind::Keys => d.contains(vm, item),
        DictViewKind::Values => {
            for v in d.values() {
                if v.is(item) || vm.eq(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictViewKind::Items => {
            let Value::Tuple(t) = item else {
                return Ok(false);
            };
            if t.items.len() != 2 {
                return Ok(false);
            }
            match d.get_item(vm, &t.items[0])? {
                Some(v) => Ok(v.is(&t.items[1]) || vm.eq(&v, &t.items[1])?),
                None => Ok(false),
            }
        }
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "isdisjoint", &args, 1, 1)?;
    for x in crate::iter::collect(vm, &a[0])? {
        if crate::ops::contains(vm, s, &x)? {
            return Ok(Value::Bool(crate::value::PyBool(false)));
        }
    }
    Ok(Value::Bool(crate::value::PyBool(true)))
}

/// A keys or items view: the dict views that behave as sets.
fn set_like_view(v: &Value) -> Option<(Rc<PyDict>, DictViewKind)> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::DictView { dict, kind, .. } if *kind != DictViewKind::Values => {
                Some((dict.clone(), *kind))
            }
            _ => None,
        },
        _ => None,
    }
}

fn view_len(v: &Value) -> Option<usize> {
    set_like_view(v).map(|(d, _)| d.len())
}

/// `set(v)`, as CPython starts every view operation that returns a set.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let set_type = Value::Type(vm.types.set.clone());
    vm.call_args(&set_type, std::slice::from_ref(v))
}

/// `&`, `|`, `-` and `^` with a keys or items view on either side: a new set, built as
/// CPython's `dictviews_*` build it. None when neither operand is such a view.
pub fn view_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return Ok(None);
    }
    let update = match op {
        BinOp::Or => "update",
        BinOp::Subtract => "difference_update",
        BinOp::Xor => "symmetric_difference_update",
        BinOp::And => return view_intersect(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    // CPython's `dictviews_*` never give up: an operand that is not iterable is
    // set()'s error.
    let result = to_set(vm, a)?;
    vm.call_method(&result, update, std::slice::from_ref(b))?;
    Ok(Some(result))
}

/// CPython's `_PyDictView_Intersect`: iterate the smaller side, keep what the view has.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if set_like_view(a).is_some() {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_this = view_len(&this).unwrap_or(0);
    if let Value::Set(s) = &other {
        if len_this <= s.len() {
            return vm.call_method(&other, "intersection", std::slice::from_ref(&this));
        }
    }
    if let Some(len_other) = view_len(&other) {
        if len_other > len_this {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let result = crate::gc::new_set(crate::objects::set::PySet::new());
    let Some((dict, kind)) = set_like_view(&this) else {
        return Ok(result);
    };
    let items = crate::iter::collect(vm, &other)?;
    for x in items {
        if view_contains(vm, &dict, kind, &x)? {
            if let Value::Set(s) = &result {
                s.add(vm, x)?;
            }
        }
    }
    Ok(result)
}

/// Comparisons of a keys or items view with a set, frozenset or such a view (CPython's
/// `dictview_richcompare`); None when they do not apply.
pub fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let set_like =
        |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_)) || set_like_view(v).is_some();
    if !(set_like_view(a).is_some() || set_like_view(b).is_some()) || !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let len = |v: &Value| match v {
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        _ => view_len(v).unwrap_or(0),
    };
    let (la, lb) = (len(a), len(b));
    let r = match op {
        CmpOp::Eq => la == lb && all_contained_in(vm, a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(vm, a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(Some(r))
}

fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for x in crate::iter::collect(vm, a)? {
        if !crate::ops::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}
