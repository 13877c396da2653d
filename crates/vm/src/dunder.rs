//! The protocols of user-defined classes: special methods looked up on the type and
//! called, as CPython's slot wrappers do (`__add__`/`__radd__`, `__eq__`, `__len__`…).

use std::rc::Rc;

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::objects::function::{Args, NativeKind};
use crate::objects::object::Payload;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A special method defined in Python (not one of the native builtin methods).
pub(crate) fn user_special(vm: &mut Vm, v: &Value, name: &'static str) -> Option<Value> {
    let ty = vm.type_of(v);
    let m = vm.type_lookup_s(&ty, name)?;
    match &m {
        // A builtin type's method that applies to `v` is that type's slot (the builtin
        // value inside a subclass's instance answers), as are its class and static
        // methods. The class's own, called as CPython calls them: a native method of no
        // builtin type (the framework's, in a Python class's dict), a builtin function
        // or a bound method put in a class (`__len__ = len`: called without the
        // instance), a method of a builtin type that does not apply (`__getitem__ =
        // str.upper` in another class: its descriptor error).
        Value::Builtin(b) => {
            let slot = match b.kind {
                NativeKind::Method if b.self_.is_none() => {
                    !b.is_python_class_method() && crate::builtins::descr::applies(vm, b, v)
                }
                NativeKind::Method | NativeKind::Function => false,
                _ => true,
            };
            (!slot).then_some(m)
        }
        _ => Some(m),
    }
}

pub(crate) fn call_special(
    vm: &mut Vm,
    m: &Value,
    self_: &Value,
    args: &[Value],
) -> PyResult<Value> {
    // A plain function (the common case) is called with self prepended, without making
    // a bound method.
    if args.len() < 4 {
        let mut all: [Value; 4] = Default::default();
        match m {
            Value::Function(f) => {
                all[0] = self_.clone();
                all[1..=args.len()].clone_from_slice(args);
                return vm.call_function(f, Args::new(&all[..=args.len()]));
            }
            // A native method of a Python class (see `user_special`): called with the
            // instance, not bound first.
            Value::Builtin(b) if b.is_python_class_method() => {
                all[0] = self_.clone();
                all[1..=args.len()].clone_from_slice(args);
                return (b.func)(vm, Args::new(&all[..=args.len()]));
            }
            _ => {}
        }
    }
    let owner = Value::Type(vm.type_of(self_));
    let bound = vm.bind_descriptor(m.clone(), self_.clone(), owner)?;
    vm.call_args(&bound, args)
}

pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(m) = user_special(vm, v, "__bool__") {
        let r = call_special(vm, &m, v, &[])?;
        return match r {
            Value::Bool(crate::value::PyBool(b)) => Ok(b),
            _ => Err(vm.type_error(format!(
                "__bool__ should return bool, returned {}",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(m) = user_special(vm, v, "__len__") {
        let r = call_special(vm, &m, v, &[])?;
        return len_result(vm, &r).map(|n| n != 0);
    }
    if let Value::Object(o) = v {
        if let Payload::Builtin(inner) = &o.payload {
            let inner = inner.clone();
            return vm.truthy(&inner);
        }
    }
    Ok(true)
}

pub fn len_result(vm: &mut Vm, r: &Value) -> PyResult<usize> {
    match r {
        Value::Int(n) if *n >= 0 => Ok(*n as usize),
        Value::Bool(crate::value::PyBool(b)) => Ok(*b as usize),
        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        Value::BigInt(b) if **b > dashu_int::IBig::ZERO => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::BigInt(_) => Err(vm.value_error("__len__() should return >= 0")),
        // Any other object with `__index__` counts as its value (PyNumber_AsSsize_t).
        _ if user_special(vm, r, "__index__").is_some() => {
            let n = crate::builtins::to_index(vm, r)?;
            len_result(vm, &Value::Int(n))
        }
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(r)
        ))),
    }
}

pub fn len(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if let Some(m) = user_special(vm, v, "__len__") {
        let r = call_special(vm, &m, v, &[])?;
        return len_result(vm, &r).map(Some);
    }
    Ok(None)
}

pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let ty = vm.type_of(v);
    match vm.type_lookup_s(&ty, "__hash__") {
        Some(Value::None) => Err(vm.type_error(format!("unhashable type: '{}'", ty.tp_name()))),
        Some(m) if !matches!(m, Value::Builtin(_)) => {
            let r = call_special(vm, &m, v, &[])?;
            match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::BigInt(b) => Ok(crate::objects::int::hash_ibig(&b)),
                Value::Bool(crate::value::PyBool(b)) => Ok(b as i64),
                _ => Err(vm.type_error("__hash__ method should return an integer")),
            }
        }
        _ => {
            if let Value::Object(o) = v {
                if let Payload::Builtin(inner) = &o.payload {
                    let inner = inner.clone();
                    return vm.hash(&inner);
                }
            }
            Ok((v.id() >> 4) as i64)
        }
    }
}

pub fn binary_op(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOp,
    inplace: bool,
) -> PyResult<Option<Value>> {
    let (lname, rname, iname) = op.dunders();
    if inplace {
        if let Some(m) = user_special(vm, a, iname) {
            let r = call_special(vm, &m, a, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
    }
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let same = Rc::ptr_eq(&ta, &tb);
    let lm = user_special(vm, a, lname);
    let rm = if same {
        None
    } else {
        user_special(vm, b, rname)
    };
    if lm.is_none() && rm.is_none() {
        return Ok(None);
    }
    if let Some(r) = &rm {
        if reflects_first(&ta, &tb, r, rname) {
            let res = call_special(vm, r, b, std::slice::from_ref(a))?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(Some(res));
            }
            if let Some(l) = &lm {
                let res = call_special(vm, l, a, std::slice::from_ref(b))?;
                if !matches!(res, Value::NotImplemented) {
                    return Ok(Some(res));
                }
            }
            return Ok(None);
        }
    }
    if let Some(l) = &lm {
        let res = call_special(vm, l, a, std::slice::from_ref(b))?;
        if !matches!(res, Value::NotImplemented) {
            return Ok(Some(res));
        }
    } else if rm.is_some() {
        let slot = |vm: &mut Vm, x: &Value, y: &Value| crate::ops::native_binop(vm, x, y, op);
        if let Some(r) = builtin_left(vm, a, b, slot)? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = &rm {
        let res = call_special(vm, r, b, std::slice::from_ref(a))?;
        if !matches!(res, Value::NotImplemented) {
            return Ok(Some(res));
        }
    }
    Ok(None)
}

/// A right operand whose type is a subclass of the left's overriding the reflected
/// method `rm` (named `rname`) is asked first.
fn reflects_first(ta: &Rc<PyType>, tb: &Rc<PyType>, rm: &Value, rname: &str) -> bool {
    tb.is_subtype(ta) && !ta.lookup_str(rname).is_some_and(|b| b.is(rm))
}

/// `a op= b` with a builtin `a` (a list's `+=`) and `b` of a subclass of its type that
/// overrides the reflected method: that method first, as CPython's `binary_op1` asks it
/// before the in-place sequence operation. None: it did not answer.
pub fn inplace_reflected_first(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOp,
) -> PyResult<Option<Value>> {
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    if Rc::ptr_eq(&ta, &tb) {
        return Ok(None);
    }
    let rname = op.dunders().1;
    match user_special(vm, b, rname) {
        Some(r) if reflects_first(&ta, &tb, &r, rname) => {
            let res = call_special(vm, &r, b, std::slice::from_ref(a))?;
            Ok((!matches!(res, Value::NotImplemented)).then_some(res))
        }
        _ => Ok(None),
    }
}

/// A left operand whose type's operation is a builtin's (an int, a float, an instance
/// of a subclass that does not override it) is tried before the right operand's
/// reflected method when that builtin operation accepts the right operand, as CPython's
/// `binary_op1` calls the left slot first: `1.0 + IntSub(2)` is float addition even when
/// `IntSub` defines `__radd__`. A number's slot takes numbers of its kind or a narrower
/// one (int with int, float with int or float: `1 / F(2.0)` asks F's `__rtruediv__`);
/// a sequence's `+` and `*` come after the reflected method. Both operands are taken at
/// their builtin values.
fn builtin_left<T>(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    native: impl FnOnce(&mut Vm, &Value, &Value) -> PyResult<Option<T>>,
) -> PyResult<Option<T>> {
    let rank = |v: &Value| match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        _ => None,
    };
    match (crate::ops::unwrap_builtin(a), crate::ops::unwrap_builtin(b)) {
        (Some(x), Some(y)) => match (rank(&x), rank(&y)) {
            (Some(rx), Some(ry)) if rx >= ry => native(vm, &x, &y),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// One side's method for a rich comparison, as CPython resolves it on the side's class.
enum Side {
    /// A Python method (`__lt__`, `__ne__`, ...).
    Method(Value),
    /// `object.__ne__`: the side's `__eq__`, negated unless it returns NotImplemented.
    NegatedEq(Value),
}

/// The method a comparison calls on `v`: a Python one the class defines or inherits;
/// for `!=` without one, a builtin base's own `!=` (None here: the builtin comparison
/// runs after this) or else `object.__ne__` over the class's `__eq__`.
fn side_method(vm: &mut Vm, v: &Value, op: CmpOp) -> Option<Side> {
    if let Some(m) = user_special(vm, v, op.dunder()) {
        return Some(Side::Method(m));
    }
    if op != CmpOp::Ne || has_builtin_compare(v) {
        return None;
    }
    user_special(vm, v, "__eq__").map(Side::NegatedEq)
}

/// An instance of a subclass of a builtin type that compares its values itself (int,
/// str, list, bytes, ...): its class's `__ne__` is that type's, not `object.__ne__`.
/// Subclasses of property, module and the like compare as objects do.
fn has_builtin_compare(v: &Value) -> bool {
    let Value::Object(o) = v else { return false };
    let Payload::Builtin(inner) = &o.payload else {
        return false;
    };
    match inner {
        Value::Object(i) => matches!(
            i.payload,
            Payload::Complex(..)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::Slice(..)
        ),
        Value::Function(_) | Value::Builtin(_) | Value::Type(_) | Value::Cell(_) => false,
        _ => true,
    }
}

/// `call_special` counted as the native operation `what` (a RecursionError's suffix,
/// `recursion::REPR`…) when the method runs in a nested eval loop.
pub(crate) fn call_special_as(
    vm: &mut Vm,
    what: &'static str,
    m: &Value,
    v: &Value,
    args: &[Value],
) -> PyResult<Value> {
    let prev = vm.native_what.replace(what);
    let r = call_special(vm, m, v, args);
    vm.native_what = prev;
    r
}

fn call_side(vm: &mut Vm, side: &Side, v: &Value, other: &Value) -> PyResult<Value> {
    use crate::recursion::COMPARISON;
    match side {
        Side::Method(m) => call_special_as(vm, COMPARISON, m, v, std::slice::from_ref(other)),
        Side::NegatedEq(eq) => {
            let r = call_special_as(vm, COMPARISON, eq, v, std::slice::from_ref(other))?;
            if matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            Ok(Value::bool(!vm.truthy(&r)?))
        }
    }
}

pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let lm = side_method(vm, a, op);
    let rm = side_method(vm, b, op.swapped());
    let mut reflected_done = false;
    // The right side's class is a proper subclass of the left's: its method first.
    if !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) {
        reflected_done = true;
        if let Some(r) = &rm {
            let res = call_side(vm, r, b, a)?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(Some(res));
            }
        }
    }
    if let Some(l) = &lm {
        let res = call_side(vm, l, a, b)?;
        if !matches!(res, Value::NotImplemented) {
            return Ok(Some(res));
        }
    }
    if lm.is_none() && rm.is_some() && !reflected_done {
        if let Some(r) = builtin_left(vm, a, b, |vm, x, y| {
            crate::ops::native_compare(vm, x, y, op)
        })? {
            return Ok(Some(Value::bool(r)));
        }
    }
    if !reflected_done {
        if let Some(r) = &rm {
            let res = call_side(vm, r, b, a)?;
            if !matches!(res, Value::NotImplemented) {
                return Ok(Some(res));
            }
        }
    }
    Ok(None)
}

pub fn unary(vm: &mut Vm, v: &Value, name: &'static str, opname: &str) -> PyResult<Value> {
    if let Some(m) = user_special(vm, v, name) {
        return call_special(vm, &m, v, &[]);
    }
    // An instance of a builtin's subclass (`class MyInt(int)`): the base type's
    // operation on its value, whose result is of the base type, as in CPython.
    if let Value::Object(o) = v {
        let numeric = |x: &Value| {
            matches!(
                x,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
            ) || crate::objects::complex::is_complex(x)
        };
        if let Payload::Builtin(inner) = &o.payload {
            let inner = inner.clone();
            match name {
                _ if !numeric(&inner) => {}
                "__neg__" => return crate::ops::negative(vm, &inner),
                "__pos__" => return crate::ops::positive(vm, &inner),
                "__invert__" => return crate::ops::invert(vm, &inner),
                "__abs__" => {
                    return crate::builtins::funcs::ABS(
                        vm,
                        crate::objects::function::Args::new(std::slice::from_ref(&inner)),
                    )
                }
                _ => {}
            }
        }
    }
    Err(vm.type_error(format!(
        "bad operand type for {}: '{}'",
        opname,
        vm.type_name(v)
    )))
}

pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(Value::None) = user_special(vm, container, "__contains__") {
        return Err(vm.type_error(format!(
            "'{}' object is not a container",
            vm.type_name(container)
        )));
    }
    if let Value::Object(o) = container {
        if let Payload::Builtin(inner) = &o.payload {
            if user_special(vm, container, "__contains__").is_none() {
                let inner = inner.clone();
                return crate::ops::contains(vm, &inner, item);
            }
        }
    }
    if let Some(m) = user_special(vm, container, "__contains__") {
        let r = call_special(vm, &m, container, std::slice::from_ref(item))?;
        return vm.truthy(&r);
    }
    if !vm.is_iterable(container) {
        return Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        )));
    }
    let it = vm.get_iter(container)?;
    while let Some(x) = vm.next(&it)? {
        if x.is(item) || vm.eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(m) = user_special(vm, v, "__iter__") {
        // `__iter__ = None` declares the class not iterable (no `__getitem__` fallback).
        if matches!(m, Value::None) {
            return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))));
        }
        let it = call_special(vm, &m, v, &[])?;
        if user_special(vm, &it, "__next__").is_none()
            && !matches!(&it, Value::Object(o) if matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)))
        {
            return Err(vm.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                vm.type_name(&it)
            )));
        }
        return Ok(it);
    }
    // A subclass of an iterable builtin (dict, list, str…) iterates as its base does,
    // even when it defines __getitem__: the base's __iter__ comes first in the MRO.
    if let Value::Object(o) = v {
        if let Payload::Builtin(inner) = &o.payload {
            // A subclass of an iterator type (`zip`, `itertools.chain`…): the instance
            // is its own iterator, as its base's `__iter__` says, so that a `__next__`
            // of the subclass runs.
            if is_native_iter(inner) {
                return Ok(v.clone());
            }
            if vm.is_iterable(inner) {
                // An OrderedDict's keys have an iterator class of their own.
                if let Value::Dict(d) = inner {
                    if crate::builtins::odict::is_ordered_dict(o.cls()) {
                        let d = d.clone();
                        return Ok(crate::builtins::odict::new_iter(
                            vm,
                            &d,
                            crate::objects::object::DictViewKind::Keys,
                            false,
                        ));
                    }
                }
                let inner = inner.clone();
                return vm.get_iter(&inner);
            }
        }
    }
    if user_special(vm, v, "__getitem__").is_some() {
        return Ok(vm.new_iter(crate::objects::iter::IterState::SeqIter {
            obj: v.clone(),
            i: 0,
        }));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))))
}

pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Some(m) = user_special(vm, it, "__next__") {
        return match call_special(vm, &m, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_is(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        };
    }
    // A subclass of an iterator type that keeps its base's `__next__`.
    if let Value::Object(o) = it {
        if let Payload::Builtin(inner) = &o.payload {
            if is_native_iter(inner) {
                let inner = inner.clone();
                return vm.next(&inner);
            }
        }
    }
    Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
}

/// Is `v` one of the native iterators (`Payload::Iter`)?
fn is_native_iter(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Iter(_)))
}

pub fn getitem(vm: &mut Vm, obj: &Value, idx: &Value) -> PyResult<Value> {
    if let Some(m) = user_special(vm, obj, "__getitem__") {
        return call_special(vm, &m, obj, std::slice::from_ref(idx));
    }
    if let Value::Object(o) = obj {
        if let Payload::Builtin(inner) = &o.payload {
            let inner = inner.clone();
            if let Value::Dict(d) = &inner {
                if let Some(v) = d.get_item(vm, idx)? {
                    return Ok(v);
                }
                if let Some(m) = user_special(vm, obj, "__missing__") {
                    return call_special(vm, &m, obj, std::slice::from_ref(idx));
                }
                return Err(vm.key_error(idx.clone()));
            }
            return crate::subscript::getitem(vm, &inner, idx);
        }
    }
    Err(vm.type_error(format!(
        "'{}' object is not subscriptable",
        vm.type_name(obj)
    )))
}

pub fn setitem(vm: &mut Vm, obj: &Value, idx: &Value, v: Value) -> PyResult<()> {
    if let Some(m) = user_special(vm, obj, "__setitem__") {
        return call_special(vm, &m, obj, &[idx.clone(), v]).map(|_| ());
    }
    if let Value::Object(o) = obj {
        if let Payload::Builtin(inner) = &o.payload {
            if let Value::Dict(d) = inner {
                if crate::builtins::odict::is_ordered_dict(o.cls()) {
                    let d = d.clone();
                    return crate::builtins::odict::set_item(vm, &d, idx.clone(), v);
                }
            }
            let inner = inner.clone();
            return crate::subscript::setitem(vm, &inner, idx, v);
        }
    }
    Err(vm.type_error(format!(
        "'{}' object does not support item assignment",
        vm.type_name(obj)
    )))
}

pub fn delitem(vm: &mut Vm, obj: &Value, idx: &Value) -> PyResult<()> {
    if let Some(m) = user_special(vm, obj, "__delitem__") {
        return call_special(vm, &m, obj, std::slice::from_ref(idx)).map(|_| ());
    }
    if let Value::Object(o) = obj {
        if let Payload::Builtin(inner) = &o.payload {
            let deletable = matches!(inner, Value::Dict(_) | Value::List(_))
                || crate::objects::bytes::is_bytearray(inner);
            if let Value::Dict(d) = inner {
                if crate::builtins::odict::is_ordered_dict(o.cls()) {
                    let d = d.clone();
                    return match crate::builtins::odict::del_item(vm, &d, idx)? {
                        Some(_) => Ok(()),
                        None => Err(vm.key_error(idx.clone())),
                    };
                }
            }
            if deletable {
                let inner = inner.clone();
                return crate::subscript::delitem(vm, &inner, idx);
            }
        }
    }
    Err(crate::subscript::no_item_deletion(vm, obj, idx))
}

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(m) = user_special(vm, v, "__repr__") {
        let r = call_special_as(vm, crate::recursion::REPR, &m, v, &[])?;
        return match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            // An instance of a str subclass is a string too.
            Value::Object(ref o) if matches!(&o.payload, Payload::Builtin(Value::Str(_))) => {
                let Payload::Builtin(Value::Str(s)) = &o.payload else {
                    unreachable!("matched above")
                };
                Ok(s.as_str().to_string())
            }
            _ => Err(vm.type_error(format!(
                "__repr__ returned non-string (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(text) = builtin_subclass_repr(vm, v)? {
        return Ok(text);
    }
    let ty = vm.type_of(v);
    Ok(format!("<{} object at {:#x}>", ty.full_name(), v.id()))
}

/// The repr of an instance of a builtin type's subclass: its value's, except that a
/// set's shows the class (`S({1})`, `S()`), as CPython's set repr does. None for other
/// objects.
pub fn builtin_subclass_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Value::Object(o) = v else {
        return Ok(None);
    };
    let Payload::Builtin(inner) = &o.payload else {
        return Ok(None);
    };
    // `count(5)` of a subclass shows the subclass.
    if let Some(text) = crate::builtins::iter_reduce::native_iter_repr(vm, v)? {
        return Ok(Some(text));
    }
    let inner = inner.clone();
    let text = crate::repr::repr_string(vm, &inner)?;
    if crate::objects::bytes::is_bytearray(&inner) {
        // bytearray(b'..') as B(b'..').
        let body = text.strip_prefix("bytearray").unwrap_or(&text);
        return Ok(Some(format!("{}{body}", o.cls().name())));
    }
    if !matches!(inner, Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Some(text));
    }
    let body = text
        .strip_prefix("frozenset(")
        .and_then(|b| b.strip_suffix(')'))
        .unwrap_or(&text);
    let body = if matches!(body, "set()" | "frozenset()") {
        ""
    } else {
        body
    };
    Ok(Some(format!("{}({body})", o.cls().name())))
}

pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    if let Some(m) = user_special(vm, v, "__str__") {
        let r = call_special_as(vm, crate::recursion::STR, &m, v, &[])?;
        return str_result(vm, r);
    }
    if let Value::Object(o) = v {
        if let Payload::Builtin(inner) = &o.payload {
            let inner = inner.clone();
            if crate::objects::bytes::is_bytearray(&inner) {
                // bytearray.__str__ is its own repr (the class's name, not its __repr__).
                if let Some(text) = builtin_subclass_repr(vm, v)? {
                    return Ok(Rc::new(PyStr::from_string(text)));
                }
            }
            // str.__str__ returns the string itself; int/float use repr (a set's shows
            // the subclass, so it goes the repr way below).
            let set = matches!(inner, Value::Set(_) | Value::FrozenSet(_));
            if matches!(inner, Value::Str(_)) || (!set && user_special(vm, v, "__repr__").is_none())
            {
                return vm.str_of(&inner);
            }
        }
    }
    // object.__str__ is repr(), whose result str() checks under its own name.
    if let Some(m) = user_special(vm, v, "__repr__") {
        let r = call_special_as(vm, crate::recursion::REPR, &m, v, &[])?;
        return str_result(vm, r);
    }
    vm.repr(v)
}

/// What `str(x)` hands back from `x.__str__()`'s result `r`: a str, or an instance of
/// a str subclass as it is (as CPython's PyObject_Str does: Django's SafeString keeps
/// its safety through `str()`); anything else is `str_result`'s TypeError.
pub(crate) fn str_call_result(vm: &Vm, r: Value) -> PyResult<Value> {
    match &r {
        Value::Str(_) => Ok(r),
        Value::Object(o) if matches!(&o.payload, Payload::Builtin(Value::Str(_))) => Ok(r),
        _ => str_result(vm, r).map(Value::Str),
    }
}

/// An f-string's `!s`/`!r`/`!a` conversion (`conv`) of `v` when its class defines
/// `__str__`/`__repr__`: the method's result as it is, an instance of a str subclass
/// included, as CPython's `PyObject_Str`/`PyObject_Repr`/`PyObject_ASCII` hand it back
/// (`!a` only when it is all ASCII), for `FORMAT_VALUE` to format through that subclass's
/// `__format__`. None when the class has no such method of its own.
pub(crate) fn conversion_by_special(vm: &mut Vm, v: &Value, conv: char) -> Option<PyResult<Value>> {
    let (name, what) = if conv == 's' {
        ("__str__", crate::recursion::STR)
    } else {
        ("__repr__", crate::recursion::REPR)
    };
    let m = user_special(vm, v, name)?;
    let r = match call_special_as(vm, what, &m, v, &[]) {
        Ok(r) => r,
        Err(e) => return Some(Err(e)),
    };
    let text = match &r {
        Value::Str(s) => s.clone(),
        Value::Object(o) => match &o.payload {
            Payload::Builtin(Value::Str(s)) => s.clone(),
            _ => return Some(Err(non_string(vm, name, &r))),
        },
        _ => return Some(Err(non_string(vm, name, &r))),
    };
    if conv == 'a' && !text.as_str().is_ascii() {
        let escaped = crate::repr::ascii_escape(text.as_str());
        return Some(Ok(Value::from_string(escaped)));
    }
    Some(Ok(r))
}

fn non_string(vm: &Vm, name: &str, r: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "{name} returned non-string (type {})",
        vm.type_name(r)
    ))
}

/// What `str()` accepts from `__str__` (or the `__repr__` standing in for it): a str,
/// or an instance of a str subclass.
pub(crate) fn str_result(vm: &Vm, r: Value) -> PyResult<Rc<PyStr>> {
    match r {
        Value::Str(s) => Ok(s),
        Value::Object(ref o) if matches!(&o.payload, Payload::Builtin(Value::Str(_))) => {
            let Payload::Builtin(Value::Str(s)) = &o.payload else {
                unreachable!("matched above")
            };
            Ok(s.clone())
        }
        _ => Err(vm.type_error(format!(
            "__str__ returned non-string (type {})",
            vm.type_name(&r)
        ))),
    }
}

pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<Rc<PyStr>>> {
    match format_value_by_special(vm, v, spec) {
        Some(r) => str_of_result(vm, r?).map(Some),
        None => Ok(None),
    }
}

/// `format(v, spec)` when `v`'s class defines `__format__`: its result as it is (an
/// instance of a str subclass included, as CPython's `PyObject_Format` hands it back),
/// or CPython's TypeError for another type. None when the class has no such method.
pub(crate) fn format_value_by_special(
    vm: &mut Vm,
    v: &Value,
    spec: &str,
) -> Option<PyResult<Value>> {
    let m = user_special(vm, v, "__format__")?;
    Some(call_special(vm, &m, v, &[Value::str(spec)]).and_then(|r| {
        let is_str = match &r {
            Value::Str(_) => true,
            Value::Object(o) => matches!(&o.payload, Payload::Builtin(Value::Str(_))),
            _ => false,
        };
        if is_str {
            Ok(r)
        } else {
            Err(vm.type_error(format!(
                "__format__ must return a str, not {}",
                vm.type_name(&r)
            )))
        }
    }))
}

/// The text of a str or of an instance of a str subclass.
fn str_of_result(vm: &Vm, r: Value) -> PyResult<Rc<PyStr>> {
    match r {
        Value::Str(s) => Ok(s),
        Value::Object(ref o) => match &o.payload {
            Payload::Builtin(Value::Str(s)) => Ok(s.clone()),
            _ => Err(vm.type_error("expected str")),
        },
        _ => Err(vm.type_error("expected str")),
    }
}

/// CPython's DeprecationWarning for an `__index__` that returned a bool or an instance
/// of an int subclass (still accepted).
pub fn index_subclass_warning(vm: &mut Vm, r: &Value) -> PyResult<()> {
    vm.deprecation_warning(&format!(
        "__index__ returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
        vm.type_name(r)
    ))
}

pub fn index(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    if let Some(m) = user_special(vm, v, "__index__") {
        let r = call_special(vm, &m, v, &[])?;
        let exact = crate::ops::unwrap_builtin(&r).unwrap_or_else(|| r.clone());
        if crate::objects::int::as_int(&exact).is_some()
            && !matches!(r, Value::Int(_) | Value::BigInt(_))
        {
            index_subclass_warning(vm, &r)?;
        }
        return match crate::objects::int::as_int(&exact) {
            Some(crate::objects::int::IntRef::Small(i)) => Ok(Some(i as i128)),
            Some(crate::objects::int::IntRef::Big(_)) => Ok(Some(i128::MAX / 4)),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Ok(None)
}

pub fn call_object(vm: &mut Vm, f: &Value, args: Args<'_>) -> PyResult<Value> {
    if let Some(m) = user_special(vm, f, "__call__") {
        let owner = Value::Type(vm.type_of(f));
        let bound = vm.bind_descriptor(m, f.clone(), owner)?;
        // One level of the recursion limit, as CPython's call of an object without
        // vectorcall.
        vm.enter_native(crate::recursion::CALLING)?;
        let r = vm.call(&bound, args);
        vm.leave_native();
        return r;
    }
    Err(vm.type_error(format!("'{}' object is not callable", vm.type_name(f))))
}

pub fn getattribute(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    let ty = vm.type_of(obj);
    let m = vm
        .type_lookup_s(&ty, "__getattribute__")
        .unwrap_or(Value::None);
    match call_special(vm, &m, obj, &[Value::Str(name.clone())]) {
        Err(e) if vm.err_is(&e, "AttributeError") => {
            if let Some(ga) = user_special(vm, obj, "__getattr__") {
                return call_special(vm, &ga, obj, &[Value::Str(name.clone())]);
            }
            Err(e)
        }
        r => r,
    }
}
