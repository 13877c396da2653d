//! What `collections.OrderedDict` has natively, as CPython's C `OrderedDict` does: its
//! views (`odict_keys`, `odict_values`, `odict_items`, subclasses of the dict views) and
//! its iterator class (`odict_iterator`), which stops with CPython's errors when the
//! dict's keys change under it.
//!
//! metal's `OrderedDict` is a Python class over `dict` (`lib/collections`). What this
//! module owns is put into that class's dict when it is made (`install`): its
//! `__iter__`, `__reversed__`, `keys`, `values`, `items`, `__setitem__`, `__delitem__`
//! and `pop`, which CPython's class has in its dict too (and `dunder::setitem`/`delitem`
//! come here for its instances). A plain `dict`'s methods and iterators are untouched;
//! iterating an instance of a dict subclass reads one flag of its class
//! (`PyType::ordered_dict`, in `dunder::get_iter`).
//!
//! As CPython's, an `OrderedDict` keeps its key list beside the dict
//! (`odict_list`): `clear()` and `dict`'s own methods called on it
//! (`dict.__setitem__(od, k, v)`) change the dict, not the list. Its iterator walks the
//! list, telling a change of the list by the `OrderedDict`'s own methods ("mutated",
//! then ended) from a change of the dict's size alone ("changed size", again at every
//! call) by the dict's `od_state`.

use std::cell::RefCell;
use std::rc::Rc;

use super::odict_list;
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

/// `od[key] = value` on an `OrderedDict` whose dict is `d`.
pub fn set_item(vm: &mut Vm, d: &Rc<PyDict>, key: Value, value: Value) -> PyResult<()> {
    odict_list::set_item(vm, d, key, value)
}

/// `del od[key]` on an `OrderedDict` whose dict is `d`: the removed value, if it was there.
pub fn del_item(vm: &mut Vm, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
    odict_list::del_item(vm, d, key)
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
    let hash = vm.hash(&key)?;
    match odict_list::pop_hashed(vm, &d, &key, hash, default)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(key)),
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
        Payload::DictView {
            dict: d,
            kind,
            of_subclass: true,
        },
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

/// A new `odict_iterator` over `d`'s keys, values or items: from the first node of
/// its key list (backwards: the last). One made on an empty list has ended already.
pub fn new_iter(vm: &Vm, d: &Rc<PyDict>, kind: DictViewKind, reverse: bool) -> Value {
    let pos = odict_list::start(d, reverse);
    let st = if pos.current.is_none() {
        IterState::Exhausted
    } else {
        IterState::ODict {
            dict: d.clone(),
            list: pos.list,
            current: pos.current,
            kind,
            reverse,
            state: d.od_state.get(),
            size: d.len() as isize,
        }
    };
    let cls = vm.iterator_type("odict_iterator");
    Value::Object(PyObject::new(cls, Payload::Iter(RefCell::new(st))))
}

/// One step of an `odict_iterator` whose state `st` is an `IterState::ODict`: the next
/// key, value or item; None at the end; CPython's errors when the keys changed, and a
/// `KeyError` when the key it is at has no node (or, for values and items, no value)
/// any more, which ends it. No borrow of the state is held while the key's hash and
/// equality run.
pub fn step(vm: &mut Vm, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let (dict, list, key, kind, reverse) = {
        let mut s = st.borrow_mut();
        let IterState::ODict {
            dict,
            list,
            current,
            kind,
            reverse,
            state,
            size,
        } = &mut *s
        else {
            return Ok(None);
        };
        let Some(key) = current.clone() else {
            *s = IterState::Exhausted;
            return Ok(None);
        };
        if dict.od_state.get() != *state {
            *s = IterState::Exhausted;
            return Err(vm.runtime_error("OrderedDict mutated during iteration"));
        }
        if *size != dict.len() as isize {
            // The iterator stays, and says so again at every call.
            *size = -1;
            return Err(vm.runtime_error("OrderedDict changed size during iteration"));
        }
        (dict.clone(), list.clone(), key, *kind, *reverse)
    };
    let next = match odict_list::advance(vm, &dict, &list, &key, reverse) {
        Ok(Some(next)) => next,
        Ok(None) => {
            *st.borrow_mut() = IterState::Exhausted;
            return Err(vm.key_error(key));
        }
        Err(e) => {
            *st.borrow_mut() = IterState::Exhausted;
            return Err(e);
        }
    };
    {
        let mut s = st.borrow_mut();
        match (&mut *s, next) {
            (IterState::ODict { current, .. }, Some(n)) => *current = Some(n),
            (IterState::ODict { current, .. }, None) => *current = None,
            _ => {}
        }
    }
    if kind == DictViewKind::Keys {
        return Ok(Some(key));
    }
    let value = match dict.get_item(vm, &key) {
        Ok(Some(v)) => v,
        Ok(None) => {
            *st.borrow_mut() = IterState::Exhausted;
            return Err(vm.key_error(key));
        }
        Err(e) => {
            *st.borrow_mut() = IterState::Exhausted;
            return Err(e);
        }
    };
    Ok(Some(match kind {
        DictViewKind::Values => value,
        _ => Value::tuple(vec![key, value]),
    }))
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

/// The native module `_metal_odict`: what `lib/collections`' `OrderedDict` asks of its
/// key list (`odict_list`), each function taking the `OrderedDict` first.
pub fn init_module(d: &PyDict) {
    crate::builtins::function(d, "popitem", mod_popitem);
    crate::builtins::function(d, "move_to_end", mod_move_to_end);
    crate::builtins::function(d, "clear", mod_clear);
    crate::builtins::function(d, "pairs", mod_pairs);
    crate::builtins::function(d, "node_keys", mod_node_keys);
    crate::builtins::function(d, "keys_equal", mod_keys_equal);
}

/// The dict of argument `i`, an `OrderedDict` (metal's class passes its instances).
fn arg_dict(vm: &Vm, a: &[Value], i: usize) -> PyResult<Rc<PyDict>> {
    let v = &a[i];
    match v {
        Value::Object(o) if is_ordered_dict(o.cls()) => {
            dict_inside(v).ok_or_else(|| vm.type_error("expected an OrderedDict"))
        }
        _ => Err(vm.type_error(format!(
            "descriptor requires a '{C_NAME}' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn mod_popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "popitem", &args, 2, 2)?;
    let d = arg_dict(vm, a, 0)?;
    let last = vm.truthy(&a[1])?;
    odict_list::popitem(vm, &d, last)
}

fn mod_move_to_end(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "move_to_end", &args, 3, 3)?;
    let d = arg_dict(vm, a, 0)?;
    let last = vm.truthy(&a[2])?;
    odict_list::move_to_end(vm, &d, &a[1], last)?;
    Ok(Value::None)
}

fn mod_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "clear", &args, 1, 1)?;
    let d = arg_dict(vm, a, 0)?;
    odict_list::clear(&d);
    Ok(Value::None)
}

fn mod_pairs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "pairs", &args, 1, 1)?;
    let d = arg_dict(vm, a, 0)?;
    let pairs = odict_list::pairs(vm, &d)?;
    Ok(Value::list(
        pairs
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn mod_node_keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "node_keys", &args, 1, 1)?;
    let d = arg_dict(vm, a, 0)?;
    Ok(Value::list(odict_list::node_keys(&d)))
}

fn mod_keys_equal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "keys_equal", &args, 2, 2)?;
    let x = arg_dict(vm, a, 0)?;
    let y = arg_dict(vm, a, 1)?;
    Ok(Value::bool(odict_list::keys_equal(vm, &x, &y)?))
}
