//! What `collections.OrderedDict` has natively, as CPython's C `OrderedDict` does: its
//! views (`odict_keys`, `odict_values`, `odict_items`, subclasses of the dict views) and
//! its iterator class (`odict_iterator`), which stops with CPython's errors when the
//! dict's keys change under it.
//!
//! metal's `OrderedDict` is a Python class over `dict` (`lib/collections`): its order
//! is the dict's insertion order. What this module owns is put into that class's dict
//! when it is made (`install`): its `__iter__`, `__reversed__`, `keys`, `values` and
//! `items`, which CPython's class has in its dict too. A plain `dict`'s methods and
//! iterators are untouched; iterating an instance of a dict subclass reads one flag of
//! its class (`PyType::ordered_dict`, in `dunder::get_iter`).
//!
//! CPython's `OrderedDict` keeps its key list beside the dict, and its iterator tells a
//! change of that list by the `OrderedDict`'s own methods ("mutated", then ended) from
//! a change of size alone ("changed size", again at every call): `clear()` and `dict`'s
//! own methods called on it (`dict.__setitem__(od, k, v)`) change the dict, not the
//! list. metal's key list is the dict's, so the `OrderedDict`'s own changes of it count
//! themselves in the dict's `od_state` (its `__setitem__`, `__delitem__` and `pop` are
//! here, and `dunder::setitem`/`delitem` come here for its instances); `dict`'s methods
//! leave it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, BuiltinFunction, Flavor, NativeFn, NativeKind};
use crate::objects::iter::IterState;
use crate::objects::object::{DictViewKind, Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's name of the class (`tp_name`), which its descriptors' messages use.
pub const C_NAME: &str = "collections.OrderedDict";

/// The odict views' own `__iter__` and `__reversed__` (CPython's are in each view
/// class's dict; the rest they inherit from the dict views).
pub fn init(vm: &mut Vm) {
    let views: [(Rc<PyType>, NativeFn, NativeFn); 3] = [
        (
            vm.types.odict_keys.clone(),
            view_iter::<0>,
            view_reversed::<0>,
        ),
        (
            vm.types.odict_values.clone(),
            view_iter::<1>,
            view_reversed::<1>,
        ),
        (
            vm.types.odict_items.clone(),
            view_iter::<2>,
            view_reversed::<2>,
        ),
    ];
    for (t, it, rev) in views {
        crate::builtins::method(&t, "__iter__", it);
        crate::builtins::method(&t, "__reversed__", rev);
        t.dict.set_by_str("__doc__", Value::None);
    }
}

/// Put the methods CPython's C `OrderedDict` has in its dict, natively, into the dict
/// of metal's class (`t`, made from `lib/collections`).
pub fn install(t: &Rc<PyType>) {
    let methods: [(&'static str, NativeFn); 8] = [
        ("__iter__", od_iter),
        ("__setitem__", od_setitem),
        ("__delitem__", od_delitem),
        ("__reversed__", od_reversed),
        ("keys", od_keys),
        ("values", od_values),
        ("items", od_items),
        ("pop", od_pop),
    ];
    for (name, func) in methods {
        let m = Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            kind: NativeKind::Method,
            self_: None,
            owner: Some(C_NAME),
            objclass: Some(Rc::downgrade(t)),
            objclass_addr: Rc::as_ptr(t) as usize,
            flavor: if matches!(name, "__iter__" | "__setitem__" | "__delitem__") {
                Flavor::Slot
            } else {
                Flavor::Plain
            },
            module: None,
        }));
        t.dict.set_by_str(name, m);
    }
}

/// A change of `d`'s key list by an `OrderedDict`'s own method (CPython's `od_state++`).
fn touch(d: &PyDict) {
    d.od_state.set(d.od_state.get().wrapping_add(1));
}

/// `od[key] = value` on an `OrderedDict` whose dict is `d`: a new key changes its list.
pub fn set_item(vm: &mut Vm, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
    let before = d.len();
    d.set_item(vm, key, value)?;
    if d.len() != before {
        touch(d);
    }
    Ok(())
}

/// `del od[key]` on an `OrderedDict` whose dict is `d`: the removed value, if it was there.
pub fn del_item(vm: &mut Vm, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
    let r = d.del_item(vm, key)?;
    if r.is_some() {
        touch(d);
    }
    Ok(r)
}

/// The dict of `od` (an `OrderedDict`, the descriptor checked its class) for a slot
/// wrapper taking `n` arguments, with CPython's errors for others.
fn slot_dict(vm: &Vm, args: &Args<'_>, name: &str, n: usize) -> PyResult<Rc<PyDict>> {
    if args.has_kw() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = args.pos().len().saturating_sub(1);
    if got != n {
        let plural = if n == 1 { "" } else { "s" };
        // `__setitem__` unpacks its arguments under an empty name (CPython's
        // `PyArg_UnpackTuple(args, "", 2, 2, ...)`), hence the leading space.
        let lead = if n == 2 { " " } else { "" };
        return Err(vm.type_error(format!("{lead}expected {n} argument{plural}, got {got}")));
    }
    match args.pos().first().and_then(dict_inside) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a '{C_NAME}' object"))),
    }
}

/// The dict of an `OrderedDict` as a method receives it (the instance, or the dict
/// inside it once bound).
fn dict_inside(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Object(o) => match &o.payload {
            Payload::Builtin(Value::Dict(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn od_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = slot_dict(vm, &args, "__setitem__", 2)?;
    let p = args.pos();
    set_item(vm, &d, p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn od_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = slot_dict(vm, &args, "__delitem__", 1)?;
    let key = &args.pos()[1];
    match del_item(vm, &d, key)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(key.clone())),
    }
}

/// `OrderedDict.pop(key, default=<unrepresentable>)`, whose arguments may be named.
fn od_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some(this) = p.first() else {
        return Err(vm.type_error("unbound method OrderedDict.pop() needs an argument"));
    };
    let Some(d) = dict_inside(this) else {
        return Err(vm.type_error(format!("descriptor 'pop' requires a '{C_NAME}' object")));
    };
    let given = p.len() - 1 + args.kw().count();
    if given > 2 {
        return Err(vm.type_error(format!("pop() takes at most 2 arguments ({given} given)")));
    }
    let mut key = p.get(1).cloned();
    let mut default = p.get(2).cloned();
    let mut unknown = None;
    for (name, v) in args.kw() {
        let (slot, pos) = match name {
            "key" => (&mut key, 1),
            "default" => (&mut default, 2),
            _ => {
                unknown.get_or_insert(name);
                continue;
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for pop() given by name ('{name}') and position ({pos})"
            )));
        }
        *slot = Some(v.clone());
    }
    let Some(key) = key else {
        return Err(vm.type_error("pop() missing required argument 'key' (pos 1)"));
    };
    if let Some(name) = unknown {
        return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for pop()")));
    }
    // The dict's own (a subclass's `__getitem__`/`__delitem__` are not called).
    match del_item(vm, &d, &key)? {
        Some(v) => Ok(v),
        None => default.ok_or_else(|| vm.key_error(key)),
    }
}

/// Is `t` `collections.OrderedDict` (metal's, which has CPython's C layout) or a
/// subclass of it?
#[inline]
pub fn is_ordered_dict(t: &PyType) -> bool {
    t.ordered_dict
}

/// The dict of `od`, an `OrderedDict` (the descriptor checked its class).
fn dict_of(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Rc<PyDict>> {
    // Named with the class that has the method, not by the dict it wraps.
    let n = args.pos().len().saturating_sub(1);
    if args.has_kw() {
        return Err(vm.type_error(format!("OrderedDict.{name}() takes no keyword arguments")));
    }
    if n > 0 {
        // `__iter__` is a slot wrapper, whose message is another.
        return Err(vm.type_error(if name == "__iter__" {
            format!("expected 0 arguments, got {n}")
        } else {
            format!("OrderedDict.{name}() takes no arguments ({n} given)")
        }));
    }
    let (s, _) = crate::builtins::method_args(vm, name, args, 0, 0)?;
    match s {
        Value::Dict(d) => Ok(d.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for '{C_NAME}' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}

fn od_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(vm, &args, "__iter__")?;
    Ok(new_iter(vm, &d, DictViewKind::Keys, false))
}

fn od_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(vm, &args, "__reversed__")?;
    Ok(new_iter(vm, &d, DictViewKind::Keys, true))
}

fn new_view(vm: &Vm, d: Rc<PyDict>, kind: DictViewKind) -> Value {
    let t = match kind {
        DictViewKind::Keys => &vm.types.odict_keys,
        DictViewKind::Values => &vm.types.odict_values,
        DictViewKind::Items => &vm.types.odict_items,
    };
    Value::Object(PyObject::new(
        t.clone(),
        Payload::DictView { dict: d, kind },
    ))
}

fn od_keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(vm, &args, "keys")?;
    Ok(new_view(vm, d, DictViewKind::Keys))
}

fn od_values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(vm, &args, "values")?;
    Ok(new_view(vm, d, DictViewKind::Values))
}

fn od_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(vm, &args, "items")?;
    Ok(new_view(vm, d, DictViewKind::Items))
}

/// Is `o` (a dict view) one of an `OrderedDict`'s? Only the dict views and the odict
/// views hold a `DictView` (neither can be subclassed), so any class but the dict
/// view's own is an odict view's.
#[inline]
pub fn is_odict_view(vm: &Vm, o: &PyObject, kind: DictViewKind) -> bool {
    let plain = match kind {
        DictViewKind::Keys => &vm.types.dict_keys,
        DictViewKind::Values => &vm.types.dict_values,
        DictViewKind::Items => &vm.types.dict_items,
    };
    !Rc::ptr_eq(o.cls(), plain)
}

/// A new `odict_iterator` over `d`'s keys, values or items. One made on an empty dict
/// has ended already.
pub fn new_iter(vm: &Vm, d: &Rc<PyDict>, kind: DictViewKind, reverse: bool) -> Value {
    let st = if d.is_empty() {
        IterState::Exhausted
    } else {
        IterState::ODict {
            dict: d.clone(),
            pos: if reverse { d.entries_len() } else { 0 },
            kind,
            reverse,
            version: d.version.get(),
            state: d.od_state.get(),
            size: d.len() as isize,
            left: d.len(),
        }
    };
    let cls = vm.iterator_type("odict_iterator");
    Value::Object(PyObject::new(cls, Payload::Iter(RefCell::new(st))))
}

/// One step of an `odict_iterator` (`s` an `IterState::ODict`): the next key, value or
/// item; None at the end; Err with CPython's message when the keys changed.
pub fn step(s: &mut IterState) -> Result<Option<Value>, &'static str> {
    let IterState::ODict {
        dict,
        pos,
        kind,
        reverse,
        version,
        state,
        size,
        left,
    } = s
    else {
        return Ok(None);
    };
    if dict.od_state.get() != *state {
        *s = IterState::Exhausted;
        return Err("OrderedDict mutated during iteration");
    }
    if *size != dict.len() as isize {
        // The iterator stays, and says so again at every call.
        *size = -1;
        return Err("OrderedDict changed size during iteration");
    }
    if dict.version.get() != *version {
        // `dict`'s methods changed the keys and put the size back: metal's key list is
        // the dict's, so it goes on from its place in it (docs/compat.md).
        *version = dict.version.get();
    }
    let found = if *reverse {
        dict.entry_before(*pos)
    } else {
        dict.entry_from(*pos)
    };
    let Some((p, k, v)) = found else {
        *s = IterState::Exhausted;
        return Ok(None);
    };
    *pos = p;
    *left = left.saturating_sub(1);
    let out = match kind {
        DictViewKind::Keys => k,
        DictViewKind::Values => v,
        DictViewKind::Items => Value::tuple(vec![k, v]),
    };
    if *left == 0 {
        *s = IterState::Exhausted;
    }
    Ok(Some(out))
}

/// The dict of the view a method of odict view class `K` (0 keys, 1 values, 2 items)
/// was called on (the descriptor checked its class).
fn view_of<const K: usize>(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Rc<PyDict>> {
    let (s, _) = crate::builtins::method_args(vm, name, args, 0, 0)?;
    if let Value::Object(o) = s {
        if let Payload::DictView { dict, .. } = &o.payload {
            return Ok(dict.clone());
        }
    }
    let tname = ["odict_keys", "odict_values", "odict_items"][K.min(2)];
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
        vm.type_name(s)
    )))
}

fn kind_of<const K: usize>() -> DictViewKind {
    match K {
        0 => DictViewKind::Keys,
        1 => DictViewKind::Values,
        _ => DictViewKind::Items,
    }
}

fn view_iter<const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = view_of::<K>(vm, &args, "__iter__")?;
    Ok(new_iter(vm, &d, kind_of::<K>(), false))
}

fn view_reversed<const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = view_of::<K>(vm, &args, "__reversed__")?;
    Ok(new_iter(vm, &d, kind_of::<K>(), true))
}
