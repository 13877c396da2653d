//! Methods and operators of `set` and `frozenset`, iterating in the same order as
//! CPython's set algorithms so results print identically.

use std::rc::Rc;

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::{method, method_args};
use crate::objects::function::Args;
use crate::objects::set::PySet;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let s = vm.types.set.clone();
    let f = vm.types.frozenset.clone();
    macro_rules! both {
        ($($name:literal => $w:ident),* $(,)?) => {
            $(
                method(&s, $name, $w::<false>);
                method(&f, $name, $w::<true>);
            )*
        };
    }
    both! {
        "union" => m_union, "intersection" => m_intersection, "difference" => m_difference,
        "symmetric_difference" => m_symmetric_difference, "issubset" => m_issubset,
        "issuperset" => m_issuperset, "isdisjoint" => m_isdisjoint, "copy" => m_copy,
        "__contains__" => m_contains, "__len__" => m_len,
    }
    macro_rules! set_only {
        ($($name:literal => $w:ident),* $(,)?) => {
            $( method(&s, $name, $w::<false>); )*
        };
    }
    set_only! {
        "add" => m_add, "discard" => m_discard, "remove" => m_remove, "pop" => m_pop,
        "clear" => m_clear, "update" => m_update, "intersection_update" => m_intersection_update,
        "difference_update" => m_difference_update,
        "symmetric_difference_update" => m_symmetric_difference_update,
    }
}

/// The receiver check of a method of `set` (`FROZEN`: of `frozenset`) called through
/// its type, as CPython's method descriptors make it: a set method does not apply to a
/// frozenset, nor the reverse.
fn receiver<const FROZEN: bool>(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<()> {
    let owner = if FROZEN {
        &vm.types.frozenset
    } else {
        &vm.types.set
    };
    // `__len__` is a slot wrapper; `__contains__` a method, as in CPython.
    let slot = name == "__len__";
    match args.pos().first() {
        Some(v) if vm.type_of(v).is_subtype(owner) => Ok(()),
        None if slot => Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            owner.name()
        ))),
        None => Err(vm.type_error(format!(
            "unbound method {}.{name}() needs an argument",
            owner.name()
        ))),
        Some(v) if slot => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            owner.name(),
            vm.type_name(v)
        ))),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            owner.name(),
            vm.type_name(v)
        ))),
    }
}

macro_rules! checked {
    ($($w:ident => $f:path, $name:literal;)*) => {
        $(
            fn $w<const FROZEN: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                receiver::<FROZEN>(vm, &args, $name)?;
                $f(vm, args)
            }
        )*
    };
}

checked! {
    m_union => union, "union";
    m_intersection => intersection, "intersection";
    m_difference => difference, "difference";
    m_symmetric_difference => symmetric_difference, "symmetric_difference";
    m_issubset => issubset, "issubset";
    m_issuperset => issuperset, "issuperset";
    m_isdisjoint => isdisjoint, "isdisjoint";
    m_copy => copy, "copy";
    m_contains => contains, "__contains__";
    m_len => crate::builtins::list_len_shim, "__len__";
    m_add => add, "add";
    m_discard => discard, "discard";
    m_remove => remove, "remove";
    m_pop => pop, "pop";
    m_clear => clear, "clear";
    m_update => update, "update";
    m_intersection_update => intersection_update, "intersection_update";
    m_difference_update => difference_update, "difference_update";
    m_symmetric_difference_update => symmetric_difference_update, "symmetric_difference_update";
}

/// The set a method of `set` or `frozenset` was called on (`name` for the error when it
/// is not one).
fn the_set(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// The sets of an operator's slot called directly (`set.__or__(1, s)`).
fn slot_sets(vm: &Vm, a: &Value, b: &Value, slot: &str) -> PyResult<(Rc<PySet>, Rc<PySet>)> {
    let check = |v: &Value| match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' requires a 'set' object but received a '{}'",
            slot,
            vm.type_name(v)
        ))),
    };
    Ok((check(a)?, check(b)?))
}

fn same_kind(a: &Value, s: PySet) -> Value {
    match a {
        Value::FrozenSet(_) => crate::gc::new_frozenset(s),
        _ => crate::gc::new_set(s),
    }
}

/// Add every element of an iterable (CPython's `set_update_internal`).
/// The set inside a set or frozenset, or inside an instance of a subclass of one:
/// CPython reads any of them as the set it is (PyAnySet_Check), without its __iter__.
pub fn any_set(v: &Value) -> Option<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
        Value::Object(o) => match &o.payload {
            crate::objects::object::Payload::Builtin(Value::Set(s) | Value::FrozenSet(s)) => {
                Some(s.clone())
            }
            _ => None,
        },
        _ => None,
    }
}

pub fn update_from(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(other) {
        return s.merge(vm, &o);
    }
    match other {
        Value::Dict(d) => {
            s.reserve_for_dict(d.len());
            for e in d
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.hash))
                .collect::<Vec<_>>()
            {
                s.add_hashed(vm, e.0, e.1)?;
            }
            Ok(())
        }
        _ => {
            let it = vm.get_iter(other)?;
            while let Some(x) = vm.next(&it)? {
                s.add(vm, x)?;
            }
            Ok(())
        }
    }
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    if let Some(s) = any_set(v) {
        return Ok(s);
    }
    let s = PySet::new();
    update_from(vm, &s, v)?;
    Ok(Rc::new(s))
}

fn intersection_of(vm: &mut Vm, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<PySet> {
    let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let out = PySet::new();
    for (k, h) in small.hashed_keys() {
        if big.contains(vm, &k)? {
            out.add_hashed(vm, k, h)?;
        }
    }
    Ok(out)
}

fn difference_of(vm: &mut Vm, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<PySet> {
    if (a.len() >> 2) > b.len() {
        let out = a.copy();
        for k in b.keys() {
            out.discard(vm, &k)?;
        }
        return Ok(out);
    }
    let out = PySet::new();
    for (k, h) in a.hashed_keys() {
        if !b.contains(vm, &k)? {
            out.add_hashed(vm, k, h)?;
        }
    }
    Ok(out)
}

fn symdiff_into(vm: &mut Vm, target: &PySet, other: &Rc<PySet>) -> PyResult<()> {
    for (k, h) in other.hashed_keys() {
        if target.contains(vm, &k)? {
            target.discard(vm, &k)?;
        } else {
            target.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (x, y) = slot_sets(vm, a, b, op.dunders().0)?;
    let r = match op {
        BinOp::Or => {
            let out = x.copy();
            out.merge(vm, &y)?;
            out
        }
        BinOp::And => intersection_of(vm, &x, &y)?,
        BinOp::Subtract => difference_of(vm, &x, &y)?,
        BinOp::Xor => {
            let out = y.copy();
            symdiff_into(vm, &out, &x)?;
            out
        }
        _ => return Ok(None),
    };
    Ok(Some(same_kind(a, r)))
}

pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
    let (x, y) = slot_sets(vm, a, b, op.dunders().0)?;
    match op {
        BinOp::Or => x.merge(vm, &y),
        BinOp::And => {
            let r = intersection_of(vm, &x, &y)?;
            *x.table.borrow_mut() = r.table.into_inner();
            x.version.set(x.version.get().wrapping_add(1));
            Ok(())
        }
        BinOp::Subtract => {
            for k in y.keys() {
                x.discard(vm, &k)?;
            }
            Ok(())
        }
        BinOp::Xor => symdiff_into(vm, &x, &y),
        _ => Ok(()),
    }
}

fn is_subset(vm: &mut Vm, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.keys() {
        if !b.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (x, y) = slot_sets(vm, a, b, op.dunder())?;
    Ok(match op {
        CmpOp::Eq => x.len() == y.len() && is_subset(vm, &x, &y)?,
        CmpOp::Ne => !(x.len() == y.len() && is_subset(vm, &x, &y)?),
        CmpOp::Le => is_subset(vm, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && is_subset(vm, &x, &y)?,
        CmpOp::Ge => is_subset(vm, &y, &x)?,
        CmpOp::Gt => x.len() > y.len() && is_subset(vm, &y, &x)?,
    })
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "union", &args, 0, usize::MAX)?;
    let out = the_set(vm, s, "union")?.copy();
    for o in a {
        update_from(vm, &out, o)?;
    }
    Ok(same_kind(s, out))
}

fn intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "intersection", &args, 0, usize::MAX)?;
    let mut cur = Rc::new(the_set(vm, s, "intersection")?.copy());
    for o in a {
        let other = as_set(vm, o)?;
        cur = Rc::new(intersection_of(vm, &cur, &other)?);
    }
    let r = Rc::try_unwrap(cur).unwrap_or_else(|rc| rc.copy());
    Ok(same_kind(s, r))
}

fn difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "difference", &args, 0, usize::MAX)?;
    let mut cur = Rc::new(the_set(vm, s, "difference")?.copy());
    for o in a {
        let other = as_set(vm, o)?;
        cur = Rc::new(difference_of(vm, &cur, &other)?);
    }
    let r = Rc::try_unwrap(cur).unwrap_or_else(|rc| rc.copy());
    Ok(same_kind(s, r))
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "symmetric_difference", &args, 1, 1)?;
    let x = the_set(vm, s, "symmetric_difference")?;
    let out = as_set(vm, &a[0])?.copy();
    symdiff_into(vm, &out, &x)?;
    Ok(same_kind(s, out))
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "issubset", &args, 1, 1)?;
    let x = the_set(vm, s, "issubset")?;
    let y = as_set(vm, &a[0])?;
    Ok(Value::bool(is_subset(vm, &x, &y)?))
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "issuperset", &args, 1, 1)?;
    let x = the_set(vm, s, "issuperset")?;
    // Any set or frozenset, a subclass's too, is compared as a set (its own __iter__
    // is not called), as CPython does.
    if let Some(y) = any_set(&a[0]) {
        return Ok(Value::bool(is_subset(vm, &y, &x)?));
    }
    // Any other iterable is looked up item by item, as CPython does: no set is built,
    // and the answer is False at the first missing item (later items are not read).
    if let Value::Str(text) = &a[0] {
        for c in text.as_str().chars() {
            let key = vm.char_str(c);
            if !x.contains(vm, &key)? {
                return Ok(Value::bool(false));
            }
        }
        return Ok(Value::bool(true));
    }
    let it = vm.get_iter(&a[0])?;
    while let Some(item) = vm.next(&it)? {
        if !x.contains(vm, &item)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "isdisjoint", &args, 1, 1)?;
    let x = the_set(vm, s, "isdisjoint")?;
    // (CPython takes this path for exact sets only: a subclass is iterated.)
    if let Value::Set(y) | Value::FrozenSet(y) = &a[0] {
        // Two sets: the smaller one's items looked up in the other.
        let (small, big) = if y.len() < x.len() { (y, &x) } else { (&x, y) };
        for k in small.keys() {
            if big.contains(vm, &k)? {
                return Ok(Value::bool(false));
            }
        }
        return Ok(Value::bool(true));
    }
    // Any other iterable item by item, stopping at the first shared one.
    let it = vm.get_iter(&a[0])?;
    while let Some(k) = vm.next(&it)? {
        if x.contains(vm, &k)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "copy", &args, 0, 0)?;
    if let Value::FrozenSet(_) = s {
        return Ok(s.clone());
    }
    Ok(same_kind(s, the_set(vm, s, "copy")?.copy()))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__contains__", &args, 1, 1)?;
    Ok(Value::bool(crate::ops::contains(vm, s, &a[0])?))
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "add", &args, 1, 1)?;
    the_set(vm, s, "add")?.add(vm, a[0].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "discard", &args, 1, 1)?;
    the_set(vm, s, "discard")?.discard(vm, &a[0])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "remove", &args, 1, 1)?;
    if !the_set(vm, s, "remove")?.discard(vm, &a[0])? {
        return Err(vm.key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "pop", &args, 0, 0)?;
    match the_set(vm, s, "pop")?.pop() {
        Some(v) => Ok(v),
        None => Err(vm.new_error("KeyError", "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "clear", &args, 0, 0)?;
    the_set(vm, s, "clear")?.clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "update", &args, 0, usize::MAX)?;
    let x = the_set(vm, s, "update")?;
    for o in a {
        update_from(vm, &x, o)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "intersection_update", &args, 0, usize::MAX)?;
    for o in a {
        let y = as_set(vm, o)?;
        set_inplace(vm, s, &Value::Set(y), BinOp::And)?;
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "difference_update", &args, 0, usize::MAX)?;
    let x = the_set(vm, s, "difference_update")?;
    for o in a {
        let keys = match any_set(o) {
            Some(y) => y.keys(),
            None => crate::iter::collect(vm, o)?,
        };
        for k in keys {
            x.discard(vm, &k)?;
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "symmetric_difference_update", &args, 1, 1)?;
    let x = the_set(vm, s, "symmetric_difference_update")?;
    let y = as_set(vm, &a[0])?;
    symdiff_into(vm, &x, &y)?;
    Ok(Value::None)
}
