//! What the native iterator classes of `builtins` have in their dicts beyond
//! `__iter__`/`__next__`, as CPython 3.11's: `__getattribute__` (the generic slot
//! wrapper), `__reduce__` (what to call, with what, and the position `__setstate__` is
//! then given) and `__setstate__` (move to a position, clamped to the sequence as
//! CPython clamps it). `copy.copy` and `copy.deepcopy` of an iterator go through
//! `__reduce__` (lib/copy.py), so a copy goes on from the same place independently.
//!
//! The constructible classes (`zip`, `map`, `itertools.chain`…) also get their
//! `__new__` here, and `enumerate` and `itertools.chain` their `__class_getitem__`.
//!
//! `itertools`' iterators get the same two methods here; what each reduces to and
//! takes back is its own (`NativeIter::reduce`/`setstate`, in `stdlib/itertools*.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::{method, method_args};
use crate::objects::function::Args;
use crate::objects::int::{as_int, IntRef};
use crate::objects::iter::{IterState, NativeIter, Reduced};
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Put `__getattribute__`, `__reduce__` and `__setstate__` into the dict of native
/// iterator class `t` (named `name`), for the classes CPython has them on.
pub fn install(t: &Rc<PyType>, name: &str) {
    // CPython's reverse dict iterators and `_tee` take their attribute lookup from
    // `object`.
    if !matches!(
        name,
        "dict_reversekeyiterator"
            | "dict_reversevalueiterator"
            | "dict_reverseitemiterator"
            | "itertools._tee"
    ) {
        method(
            t,
            "__getattribute__",
            crate::builtins::slots::generic_getattribute,
        );
    }
    let (reduce, setstate) = match name {
        "list_iterator"
        | "list_reverseiterator"
        | "tuple_iterator"
        | "str_ascii_iterator"
        | "str_iterator"
        | "bytes_iterator"
        | "bytearray_iterator"
        | "range_iterator"
        | "longrange_iterator"
        | "iterator"
        | "reversed"
        | "zip"
        | "itertools.accumulate"
        | "itertools.chain"
        | "itertools.combinations"
        | "itertools.combinations_with_replacement"
        | "itertools.cycle"
        | "itertools.dropwhile"
        | "itertools.groupby"
        | "itertools.islice"
        | "itertools.permutations"
        | "itertools.product"
        | "itertools.takewhile"
        | "itertools.zip_longest"
        | "itertools._tee" => (true, true),
        "dict_keyiterator"
        | "dict_valueiterator"
        | "dict_itemiterator"
        | "dict_reversekeyiterator"
        | "dict_reversevalueiterator"
        | "dict_reverseitemiterator"
        | "set_iterator"
        | "odict_iterator"
        | "callable_iterator"
        | "enumerate"
        | "map"
        | "filter"
        | "itertools.compress"
        | "itertools.count"
        | "itertools.filterfalse"
        | "itertools.repeat"
        | "itertools.starmap"
        | "itertools._grouper"
        | "itertools._tee_dataobject" => (true, false),
        _ => (false, false),
    };
    if reduce {
        method(t, "__reduce__", reduce_iter);
    }
    if let Some(k) = NEW_TYPES.iter().position(|n| *n == name) {
        let constructible = crate::builtins::iterators::iterator_ctor(name).is_some()
            || crate::stdlib::itertools_ctor(name).is_some();
        if constructible {
            crate::builtins::staticmethod(t, "__new__", new_fn(k));
        }
    }
    if matches!(name, "itertools.count" | "itertools.repeat") {
        method(t, "__repr__", repr_iter);
    }
    if matches!(name, "enumerate" | "itertools.chain") {
        crate::builtins::classmethod(t, "__class_getitem__", crate::subscript::class_getitem);
    }
    if setstate {
        method(t, "__setstate__", setstate_iter);
    }
}

/// The native iterator inside `v` (an iterator, or an instance of a subclass of one).
fn iter_of(v: &Value) -> Option<(&PyObject, &RefCell<IterState>)> {
    let Value::Object(o) = v else { return None };
    match &o.payload {
        Payload::Iter(st) => Some((o, st)),
        Payload::Builtin(Value::Object(inner)) => match &inner.payload {
            Payload::Iter(st) => Some((inner, st)),
            _ => None,
        },
        _ => None,
    }
}

/// A builtin by name, as CPython's reduce functions look `iter` and `reversed` up.
fn builtin(vm: &Vm, name: &str) -> PyResult<Value> {
    vm.builtins
        .get_by_str(name)
        .ok_or_else(|| vm.new_error("AttributeError", name.to_string()))
}

/// `(func, args)`: made again by the call alone, no state to set.
fn remade(func: Value, args: Vec<Value>) -> Reduced {
    Reduced::remade(func, args)
}

fn reduce_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, "__reduce__", &args, 0, 0)?;
    let raw = &args.pos()[0];
    let Some((inner, st)) = iter_of(raw) else {
        return Err(vm.type_error("__reduce__ needs a native iterator"));
    };
    let r = reduce_state(vm, raw, inner, st)?;
    let mut out = vec![r.func, Value::tuple(r.args)];
    out.extend(r.state);
    Ok(Value::tuple(out))
}

fn reduce_state(
    vm: &mut Vm,
    raw: &Value,
    inner: &PyObject,
    st: &RefCell<IterState>,
) -> PyResult<Reduced> {
    let iter = builtin(vm, "iter")?;
    let at = |func: Value, arg: Value, i: i64| Reduced {
        func,
        args: vec![arg],
        state: Some(Value::Int(i)),
    };
    let own_class = Value::Type(vm.type_of(raw));
    // The states that produce what is left by iterating a copy of themselves.
    let rest = {
        let s = st.borrow();
        match &*s {
            IterState::List { list, i } => {
                return Ok(at(iter, Value::List(list.clone()), *i as i64))
            }
            IterState::ListRev { list, i } => {
                let reversed = builtin(vm, "reversed")?;
                return Ok(at(reversed, Value::List(list.clone()), *i as i64 - 1));
            }
            IterState::Tuple { tuple, i } => {
                return Ok(at(iter, Value::Tuple(tuple.clone()), *i as i64))
            }
            IterState::Str { s, byte } => {
                let text = s.as_str();
                let i = if s.is_ascii() {
                    *byte
                } else {
                    text[..*byte].chars().count()
                };
                return Ok(at(iter, Value::Str(s.clone()), i as i64));
            }
            IterState::Bytes { b, i } => {
                let obj = PyObject::new(vm.types.bytes.clone(), Payload::Bytes(b.clone()));
                return Ok(at(iter, Value::Object(obj), *i as i64));
            }
            IterState::ByteArray { obj, i } => return Ok(at(iter, obj.clone(), *i as i64)),
            IterState::Range {
                next,
                step,
                remaining,
                len,
                ..
            } => {
                let (range, index) = range_of(vm, *next, *step, *remaining, *len)?;
                return Ok(Reduced {
                    func: iter,
                    args: vec![range],
                    state: Some(index),
                });
            }
            IterState::SeqIter { obj, i } => return Ok(at(iter, obj.clone(), *i)),
            IterState::Reversed { seq, i } => return Ok(at(own_class, seq.clone(), *i)),
            IterState::Callable { func, sentinel } => {
                return Ok(remade(iter, vec![func.clone(), sentinel.clone()]))
            }
            IterState::Enumerate { it, n } => {
                return Ok(remade(own_class, vec![it.clone(), n.clone()]))
            }
            IterState::Zip { its, strict } => {
                return Ok(Reduced {
                    func: own_class,
                    args: its.to_vec(),
                    state: strict.then(|| Value::bool(true)),
                })
            }
            IterState::Map { func, its } => {
                let mut a = vec![func.clone()];
                a.extend(its.iter().cloned());
                return Ok(remade(own_class, a));
            }
            IterState::Filter { func, it } => {
                return Ok(remade(own_class, vec![func.clone(), it.clone()]))
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
                left,
            } => IterState::Dict {
                dict: dict.clone(),
                pos: *pos,
                kind: *kind,
                len: *len,
                left: *left,
            },
            IterState::DictRev {
                dict,
                pos,
                kind,
                len,
                left,
            } => IterState::DictRev {
                dict: dict.clone(),
                pos: *pos,
                kind: *kind,
                len: *len,
                left: *left,
            },
            IterState::ODict {
                dict,
                list,
                current,
                kind,
                reverse,
                state,
                size,
            } => IterState::ODict {
                dict: dict.clone(),
                list: list.clone(),
                current: current.clone(),
                kind: *kind,
                reverse: *reverse,
                state: *state,
                size: *size,
            },
            IterState::Set {
                set,
                pos,
                len,
                left,
                version,
            } => IterState::Set {
                set: set.clone(),
                pos: *pos,
                len: *len,
                left: *left,
                version: *version,
            },
            IterState::Exhausted => return exhausted(vm, inner, iter, own_class),
            IterState::Native(_) | IterState::Running(_) => {
                drop(s);
                return with_native(vm, st, |n, vm| n.reduce(vm, &own_class));
            }
        }
    };
    // CPython iterates a copy of the iterator into a list (raising what iterating
    // would raise: a dict or set changed since).
    let copy = Value::Object(PyObject::new(
        inner.cls().clone(),
        Payload::Iter(RefCell::new(rest)),
    ));
    let mut items = Vec::new();
    while let Some(v) = vm.next(&copy)? {
        items.push(v);
    }
    Ok(remade(iter, vec![Value::list(items)]))
}

/// Run `f` (a `__reduce__` or `__setstate__`) on the native iterator in `st`, its
/// state taken out meanwhile as `next` takes it, so the Python code `f` may run
/// cannot reach it half-changed (a nested call is the re-entry error).
fn with_native<R>(
    vm: &mut Vm,
    st: &RefCell<IterState>,
    f: impl FnOnce(&mut dyn NativeIter, &mut Vm) -> Option<PyResult<R>>,
) -> PyResult<R> {
    let name = match &*st.borrow() {
        IterState::Native(n) => n.type_name(),
        IterState::Running(name) => {
            let short = name.strip_prefix("itertools.").unwrap_or(name);
            let short = short.strip_prefix('_').unwrap_or(short);
            return Err(vm.runtime_error(format!("cannot re-enter the {short} iterator")));
        }
        _ => return Err(vm.type_error("not a native iterator")),
    };
    let IterState::Native(mut it) =
        std::mem::replace(&mut *st.borrow_mut(), IterState::Running(name))
    else {
        unreachable!("checked above")
    };
    let r = f(&mut *it, vm);
    *st.borrow_mut() = IterState::Native(it);
    r.unwrap_or_else(|| Err(vm.not_implemented(&format!("__reduce__ and __setstate__ of {name}"))))
}

/// `__reduce__` of an iterator that has ended (and let go of what it iterated): an
/// iterator over an empty object of the kind CPython names.
fn exhausted(vm: &Vm, inner: &PyObject, iter: Value, own_class: Value) -> PyResult<Reduced> {
    let empty = match &*inner.cls().name() {
        "list_iterator"
        | "list_reverseiterator"
        | "dict_keyiterator"
        | "dict_valueiterator"
        | "dict_itemiterator"
        | "dict_reversekeyiterator"
        | "dict_reversevalueiterator"
        | "dict_reverseitemiterator"
        | "set_iterator"
        | "odict_iterator" => Value::list(Vec::new()),
        "str_ascii_iterator" | "str_iterator" => Value::str(""),
        "tuple_iterator" | "bytes_iterator" | "bytearray_iterator" | "iterator"
        | "callable_iterator" => Value::tuple(Vec::new()),
        "reversed" => return Ok(remade(own_class, vec![Value::tuple(Vec::new())])),
        _ => return Err(vm.not_implemented("__reduce__ of this ended iterator")),
    };
    Ok(remade(iter, vec![empty]))
}

/// The range a range iterator was made from, as CPython 3.11 rebuilds it (its stop
/// the one after its last value), and how far the iterator has got.
fn range_of(
    vm: &Vm,
    next: i128,
    step: i128,
    remaining: u128,
    len: u64,
) -> PyResult<(Value, Value)> {
    let too_long = || vm.not_implemented("__reduce__ of iterators of ranges longer than 2**64");
    if len == u64::MAX {
        return Err(too_long());
    }
    let index = (len as u128).checked_sub(remaining).ok_or_else(too_long)? as i128;
    let start = index
        .checked_mul(step)
        .and_then(|d| next.checked_sub(d))
        .ok_or_else(too_long)?;
    let stop = (len as i128)
        .checked_mul(step)
        .and_then(|d| start.checked_add(d))
        .ok_or_else(too_long)?;
    let r = crate::objects::range::Range { start, stop, step };
    Ok((
        crate::objects::range::new_range(vm, r),
        Value::from_i128(index),
    ))
}

/// A position given to `__setstate__`: an int that fits a C ssize_t.
pub fn index_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        None => Err(vm.type_error("an integer is required")),
    }
}

fn setstate_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = method_args(vm, "__setstate__", &args, 1, 1)?;
    let raw = &args.pos()[0];
    let Some((_, st)) = iter_of(raw) else {
        return Err(vm.type_error("__setstate__ needs a native iterator"));
    };
    let state = a[0].clone();
    if matches!(&*st.borrow(), IterState::Native(_) | IterState::Running(_)) {
        with_native(vm, st, |n, vm| n.setstate(vm, &state))?;
        return Ok(Value::None);
    }
    // zip takes a flag; the others a position, read before the state is borrowed (a
    // `__len__` of the sequence below may run Python code).
    if matches!(&*st.borrow(), IterState::Zip { .. }) {
        let strict = vm.truthy(&state)?;
        if let IterState::Zip { strict: s, .. } = &mut *st.borrow_mut() {
            *s = strict;
        }
        return Ok(Value::None);
    }
    if matches!(&*st.borrow(), IterState::Exhausted) {
        return Ok(Value::None);
    }
    let index = index_arg(vm, &state)?;
    // reversed() of a sequence clamps to its current length, which it asks for.
    let seq = match &*st.borrow() {
        IterState::Reversed { seq, .. } => Some(seq.clone()),
        _ => None,
    };
    if let Some(seq) = seq {
        let n = crate::builtins::len_of(vm, &seq)? as i64;
        if let IterState::Reversed { i, .. } = &mut *st.borrow_mut() {
            *i = index.clamp(-1, (n - 1).max(-1));
        }
        return Ok(Value::None);
    }
    let clamp = |len: usize| index.clamp(0, len as i64) as usize;
    match &mut *st.borrow_mut() {
        IterState::List { list, i } => *i = clamp(list.items.borrow().len()),
        IterState::ListRev { list, i } => {
            let n = list.items.borrow().len() as i64;
            *i = (index.clamp(-1, (n - 1).max(-1)) + 1) as usize;
        }
        IterState::Tuple { tuple, i } => *i = clamp(tuple.items.len()),
        IterState::Str { s, byte } => {
            let k = clamp(s.char_len());
            *byte = if s.is_ascii() {
                k
            } else {
                s.as_str()
                    .char_indices()
                    .nth(k)
                    .map_or(s.as_str().len(), |(b, _)| b)
            };
        }
        IterState::Bytes { b, i } => *i = clamp(b.len()),
        IterState::ByteArray { obj, i } => {
            let n = match obj {
                Value::Object(o) => match &o.payload {
                    Payload::ByteArray(b) => b.borrow().len(),
                    _ => 0,
                },
                _ => 0,
            };
            *i = clamp(n);
        }
        IterState::Range { len, .. } if *len == u64::MAX => {
            return Err(vm.not_implemented("__setstate__ of iterators of ranges longer than 2**64"));
        }
        IterState::Range {
            next,
            step,
            remaining,
            len,
            ..
        } => {
            let done = (*len as u128).saturating_sub(*remaining) as i128;
            let start = *next - done * *step;
            let k = index.clamp(0, (*len).min(i64::MAX as u64) as i64) as i128;
            *next = start + k * *step;
            *remaining = (*len as u128) - k as u128;
        }
        IterState::SeqIter { i, .. } => *i = index.max(0),
        _ => {}
    }
    Ok(Value::None)
}

/// The iterator classes whose `__new__` CPython has in their dicts (those metal can
/// construct get it); the index is the const parameter of their `__new__`.
const NEW_TYPES: [&str; 26] = [
    "zip",
    "map",
    "filter",
    "enumerate",
    "reversed",
    "itertools.accumulate",
    "itertools.chain",
    "itertools.combinations",
    "itertools.combinations_with_replacement",
    "itertools.compress",
    "itertools.count",
    "itertools.cycle",
    "itertools.dropwhile",
    "itertools.filterfalse",
    "itertools.groupby",
    "itertools.islice",
    "itertools.pairwise",
    "itertools.permutations",
    "itertools.product",
    "itertools.repeat",
    "itertools.starmap",
    "itertools.takewhile",
    "itertools.zip_longest",
    "itertools._grouper",
    "itertools._tee",
    "itertools._tee_dataobject",
];

/// `C.__new__(cls, *args, **kwargs)` of iterator class `NEW_TYPES[K]`: CPython's checks
/// of `cls`, then an iterator of `cls` (an instance of a subclass holding one).
fn iter_new<const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let owner = vm.iterator_type(NEW_TYPES[K.min(NEW_TYPES.len() - 1)]);
    crate::builtins::misc::builtin_new(vm, &owner, args)
}

fn new_fn(k: usize) -> crate::objects::function::NativeFn {
    macro_rules! table {
        ($($n:literal)*) => {
            match k {
                $($n => iter_new::<$n>,)*
                _ => iter_new::<0>,
            }
        };
    }
    table!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25)
}

/// The repr of an iterator whose class shows its arguments (`count(5, 2)`,
/// `repeat('a', 3)`), named by the object's own class as CPython names it (`C(0)` for
/// a subclass); None for the others.
pub fn native_iter_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Some((_, st)) = iter_of(v) else {
        return Ok(None);
    };
    let parts = match &*st.borrow() {
        IterState::Native(n) => n.repr_parts(),
        _ => None,
    };
    let Some((_, values)) = parts else {
        return Ok(None);
    };
    // (The state's borrow is over: a value's repr may run Python.)
    let mut shown = Vec::with_capacity(values.len());
    for x in &values {
        shown.push(crate::repr::repr_string(vm, x)?);
    }
    // (`__name__`: without the module of `itertools.count`.)
    let t = vm.type_of(v);
    let full = t.name();
    let name = full.rsplit('.').next().unwrap_or(&full);
    Ok(Some(format!("{name}({})", shown.join(", "))))
}

/// `count.__repr__` and `repeat.__repr__`.
fn repr_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.all.len().saturating_sub(1);
    if n > 0 {
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    let Some(raw) = args.all.first().cloned() else {
        return Err(vm.type_error("descriptor '__repr__' needs an argument"));
    };
    let text = match native_iter_repr(vm, &raw)? {
        Some(t) => t,
        None => crate::repr::repr_string(vm, &raw)?,
    };
    Ok(Value::str(&text))
}
