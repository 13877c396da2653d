//! Operators: `binary_op` as CPython's `binary_op1` (left slot, right slot, reflected
//! dunders, NotImplemented), rich comparisons, unary operators, truth, hashing and `in`.

use std::cmp::Ordering;
use std::rc::Rc;

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::objects::complex;
use crate::objects::float;
use crate::objects::int::{self, as_int, IntRef};
use crate::objects::object::Payload;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Bool(crate::value::PyBool(b)) => *b,
        Value::None | Value::Null => false,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
        Value::Object(o) => match &o.payload {
            Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
            Payload::Bytes(b) => !b.is_empty(),
            Payload::ByteArray(b) => !b.borrow().is_empty(),
            Payload::Range(r) => !r.is_empty(),
            Payload::DictView { dict, .. } => !dict.is_empty(),
            Payload::MemoryView(m) => crate::builtins::memoryview::len(vm, m)? != 0,
            Payload::Instance | Payload::Builtin(_) | Payload::Exception(_) => {
                return crate::dunder::truthy(vm, v)
            }
            _ => true,
        },
        // A class is true unless its (user) metaclass says otherwise.
        Value::Type(t) if t.meta.borrow().as_ref().is_some_and(|m| !m.builtin) => {
            return crate::dunder::truthy(vm, v)
        }
        _ => true,
    })
}

pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => int::hash_i64(*i),
        Value::Bool(crate::value::PyBool(b)) => *b as i64,
        Value::BigInt(b) => int::hash_ibig(b),
        Value::Float(f) => float::hash_float(*f),
        Value::Str(s) => s.hash(),
        Value::None => 0x5f3759df,
        Value::Tuple(t) => {
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for item in t.items.iter() {
                let lane = hash(vm, item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((t.items.len() as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                1546275796
            } else {
                acc as i64
            }
        }
        Value::FrozenSet(s) => s.frozen_hash(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) => {
            return Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(v))))
        }
        Value::Object(o) => match &o.payload {
            Payload::Complex(r, i) => {
                let hr = float::hash_float(*r) as u64;
                let hi = float::hash_float(*i) as u64;
                let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Payload::Bytes(b) => crate::objects::str::hash_bytes(b),
            Payload::ByteArray(_) | Payload::DictView { .. } | Payload::MappingProxy(_) => {
                return Err(vm.type_error(format!("unhashable type: '{}'", vm.type_name(v))))
            }
            Payload::Range(r) => {
                let t = Value::tuple(vec![
                    Value::from_i128(r.len() as i128),
                    Value::from_i128(r.start),
                    Value::from_i128(r.step),
                ]);
                hash(vm, &t)?
            }
            Payload::Slice(..) => return Err(vm.type_error("unhashable type: 'slice'")),
            Payload::MemoryView(m) => return crate::builtins::memoryview::hash(vm, m),
            Payload::Instance | Payload::Builtin(_) | Payload::Exception(_) => {
                return crate::dunder::hash(vm, v)
            }
            // As CPython: from the identity of self and the function's hash, so two
            // bindings of the same method hash alike.
            Payload::BoundMethod { func, self_ } => {
                let h = ((self_.id() >> 4) as i64) ^ hash(vm, func)?;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            _ => (v.id() >> 4) as i64,
        },
        Value::Builtin(b) => match &b.self_ {
            Some(s) => {
                let h = ((s.id() >> 4) as i64) ^ ((b.func as usize >> 4) as i64);
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            None => (v.id() >> 4) as i64,
        },
        _ => (v.id() >> 4) as i64,
    })
}

fn unsupported(vm: &Vm, op: BinOp, inplace: bool, a: &Value, b: &Value) -> crate::vm::PyErr {
    let sym = if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    };
    if op == BinOp::Power && !inplace {
        return vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        ));
    }
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        vm.type_name(a),
        vm.type_name(b)
    ))
}

/// `a op b`, and `a op= b` when `inplace`.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    match binary_op_or_none(vm, a, b, op, inplace)? {
        Some(r) => Ok(r),
        // Named after the operands' own types (a builtin subclass's instance was
        // tried as its builtin value on the way).
        None => Err(unsupported(vm, op, inplace, a, b)),
    }
}

/// `a op b`, or None when no operator applies.
#[inline]
fn binary_op_or_none(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOp,
    inplace: bool,
) -> PyResult<Option<Value>> {
    // Fast paths for the hot numeric cases.
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            if let Some(r) = int::int_binop(vm, op, &IntRef::Small(*x), &IntRef::Small(*y)) {
                return r.map(Some);
            }
        }
        (Value::Float(x), Value::Float(y)) => {
            if let Some(r) = float_binop(vm, op, *x, *y) {
                return r.map(Some);
            }
        }
        (Value::Str(x), Value::Str(y)) if op == BinOp::Add => {
            return Ok(Some(Value::Str(Rc::new(
                crate::objects::str::PyStr::concat(x, y),
            ))));
        }
        // `str % values` is str's own operator whatever the values are (it never answers
        // NotImplemented), unless they are an instance of a str subclass, whose
        // `__rmod__` comes first.
        (Value::Str(x), b)
            if op == BinOp::Remainder
                && !(matches!(b, Value::Object(_)) && vm.type_of(b).is_subtype(&vm.types.str_)) =>
        {
            return crate::strformat::percent_format(vm, a, x, b).map(Some);
        }
        // The same for bytes and bytearray: their `%` is tried before the right
        // operand's `__rmod__`, unless that operand's class subclasses theirs.
        (Value::Object(o), b) if op == BinOp::Remainder && !vm.type_of(b).is_subtype(o.cls()) => {
            // A str subclass's instance formats as its text unless it has its own `%`.
            if let Payload::Builtin(Value::Str(x)) = &o.payload {
                if crate::dunder::user_special(vm, a, "__mod__").is_none() {
                    let x = x.clone();
                    return crate::strformat::percent_format(vm, a, &x, b).map(Some);
                }
            }
            // A subclass's instance formats as its bytes unless it has its own `%`.
            let fmt = match &o.payload {
                Payload::Bytes(_) | Payload::ByteArray(_) => Some(a.clone()),
                Payload::Builtin(inner)
                    if crate::objects::bytes::as_bytes(inner).is_some()
                        && crate::dunder::user_special(vm, a, "__mod__").is_none() =>
                {
                    Some(inner.clone())
                }
                _ => None,
            };
            if let Some(fmt) = fmt {
                if let Some(r) = crate::objects::bytes::bytes_binop(vm, &fmt, b, op)? {
                    return Ok(Some(r));
                }
            }
        }
        _ => {}
    }
    if inplace {
        if !matches!(a, Value::Object(_)) && matches!(b, Value::Object(_)) {
            if let Some(r) = crate::dunder::inplace_reflected_first(vm, a, b, op)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = inplace_native(vm, a, b, op)? {
            return Ok(Some(r));
        }
        if let Some(r) = inplace_subclass(vm, a, b, op)? {
            return Ok(Some(r));
        }
    }
    // User classes (including subclasses of builtins) may override the operator.
    let user = matches!(a, Value::Object(_)) || matches!(b, Value::Object(_));
    if user {
        // A keys or items view on the left answers first, as its slot does in CPython
        // (no class can derive from it to have the right operand go first).
        if matches!(a, Value::Object(o) if matches!(o.payload, Payload::DictView { .. })) {
            if let Some(r) = crate::builtins::dict::view_binop(vm, a, b, op)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = crate::dunder::binary_op(vm, a, b, op, inplace)? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = native_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    if user {
        if let Some(r) = crate::builtins::dict::view_binop(vm, a, b, op)? {
            return Ok(Some(r));
        }
    }
    if !user {
        if let Some(r) = crate::dunder::binary_op(vm, a, b, op, inplace)? {
            return Ok(Some(r));
        }
    }
    if let (Some(x), Some(y)) = (unwrap_builtin(a), unwrap_builtin(b)) {
        if !x.is(a) || !y.is(b) {
            return binary_op_or_none(vm, &x, &y, op, inplace);
        }
    }
    // A mappingproxy's `|` is its mapping's (`|=` is refused).
    if op == BinOp::Or {
        if let Some(r) = mappingproxy_or(vm, a, b, inplace)? {
            return Ok(Some(r));
        }
    }
    if let Some(e) = sequence_error(vm, a, b, op) {
        return Err(e);
    }
    // `int | str`: type.__or__ / type.__ror__ (PEP 604), after any metaclass's own.
    if op == BinOp::Or && (matches!(a, Value::Type(_)) || matches!(b, Value::Type(_))) {
        let r = crate::builtins::slots::union(vm, a, b)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(Some(r));
        }
    }
    // str % x with a user object etc.
    Ok(None)
}

/// The dict a mappingproxy shows.
fn proxied(v: &Value) -> Option<Value> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::MappingProxy(d) => Some(Value::Dict(d.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `mappingproxy.__or__`/`__ror__`: the mappings' `|` (each proxy replaced by its
/// mapping); `__ior__` refuses.
#[cold]
fn mappingproxy_or(vm: &mut Vm, a: &Value, b: &Value, inplace: bool) -> PyResult<Option<Value>> {
    let (pa, pb) = (proxied(a), proxied(b));
    if pa.is_none() && pb.is_none() {
        return Ok(None);
    }
    if inplace && pa.is_some() {
        return Err(vm.type_error(format!(
            "'|=' is not supported by {}; use '|' instead",
            vm.type_name(a)
        )));
    }
    let (x, y) = (
        pa.unwrap_or_else(|| a.clone()),
        pb.unwrap_or_else(|| b.clone()),
    );
    binary_op(vm, &x, &y, BinOp::Or, false).map(Some)
}

/// The builtin value inside an instance of a user subclass of a builtin type.
pub fn unwrap_builtin(v: &Value) -> Option<Value> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Builtin(inner) => Some(inner.clone()),
            Payload::Instance | Payload::Exception(_) => None,
            _ => Some(v.clone()),
        },
        _ => Some(v.clone()),
    }
}

/// CPython's messages for sequences used with the wrong operand type.
fn sequence_error(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> Option<crate::vm::PyErr> {
    let seq_name = |v: &Value| -> Option<&'static str> {
        match v {
            Value::Str(_) => Some("str"),
            Value::List(_) => Some("list"),
            Value::Tuple(_) => Some("tuple"),
            _ if crate::objects::bytes::as_bytes(v).is_some() => {
                Some(if crate::objects::bytes::is_bytearray(v) {
                    "bytearray"
                } else {
                    "bytes"
                })
            }
            _ => None,
        }
    };
    match op {
        BinOp::Add => {
            let n = seq_name(a)?;
            if n == "bytes" || n == "bytearray" {
                return Some(vm.type_error(format!("can't concat {} to {}", vm.type_name(b), n)));
            }
            Some(vm.type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                n,
                vm.type_name(b),
                n
            )))
        }
        BinOp::Multiply => {
            let other = if seq_name(a).is_some() {
                b
            } else if seq_name(b).is_some() {
                a
            } else {
                return None;
            };
            if as_int(other).is_some() {
                return None;
            }
            Some(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(other)
            )))
        }
        _ => None,
    }
}

fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> Option<PyResult<Value>> {
    Some(Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide => {
            if y == 0.0 {
                return Some(Err(vm.zero_division("float division by zero")));
            }
            x / y
        }
        BinOp::FloorDivide => return Some(float::floordiv(vm, x, y).map(Value::Float)),
        BinOp::Remainder => return Some(float::modulo(vm, x, y).map(Value::Float)),
        BinOp::Power => return Some(float::pow(vm, x, y)),
        _ => return None,
    })))
}

fn as_float_operand(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(crate::value::PyBool(b)) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(int::to_f64(vm, &IntRef::Big(b))),
        _ => None,
    }
}

/// Builtin types' binary operators; Ok(None) for NotImplemented.
pub fn native_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    // int op int (incl. bool)
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if matches!(a, Value::Bool(_))
            && matches!(b, Value::Bool(_))
            && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor)
        {
            let (p, q) = (
                matches!(a, Value::Bool(crate::value::PyBool(true))),
                matches!(b, Value::Bool(crate::value::PyBool(true))),
            );
            return Ok(Some(Value::bool(match op {
                BinOp::And => p & q,
                BinOp::Or => p | q,
                _ => p ^ q,
            })));
        }
        return match int::int_binop(vm, op, &x, &y) {
            Some(r) => r.map(Some),
            None => Ok(None),
        };
    }
    // float with int/float
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        if let (Some(x), Some(y)) = (as_float_operand(vm, a), as_float_operand(vm, b)) {
            let (x, y) = (x?, y?);
            return match float_binop(vm, op, x, y) {
                Some(r) => r.map(Some),
                None => Ok(None),
            };
        }
    }
    if complex::is_complex(a) || complex::is_complex(b) {
        if let (Some(x), Some(y)) = (complex::as_complex(a), complex::as_complex(b)) {
            return match complex::binop(vm, op, x, y) {
                Some(r) => r.map(Some),
                None => Ok(None),
            };
        }
    }
    match (a, b, op) {
        (Value::Str(x), Value::Str(y), BinOp::Add) => {
            return Ok(Some(Value::Str(Rc::new(
                crate::objects::str::PyStr::concat(x, y),
            ))));
        }
        (Value::Str(x), _, BinOp::Multiply) | (_, Value::Str(x), BinOp::Multiply) => {
            let n = if matches!(a, Value::Str(_)) { b } else { a };
            if let Some(n) = repeat_count(vm, n)? {
                return Ok(Some(Value::from_string(x.as_str().repeat(n))));
            }
        }
        (Value::Str(x), _, BinOp::Remainder) => {
            return crate::strformat::percent_format(vm, a, x, b).map(Some);
        }
        (Value::List(x), Value::List(y), BinOp::Add) => {
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            return Ok(Some(Value::list(v)));
        }
        (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            return Ok(Some(Value::tuple(v)));
        }
        (Value::List(x), _, BinOp::Multiply) | (_, Value::List(x), BinOp::Multiply) => {
            let n = if matches!(a, Value::List(_)) { b } else { a };
            if let Some(n) = repeat_count(vm, n)? {
                let items = x.items.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                return Ok(Some(Value::list(v)));
            }
        }
        (Value::Tuple(x), _, BinOp::Multiply) | (_, Value::Tuple(x), BinOp::Multiply) => {
            let n = if matches!(a, Value::Tuple(_)) { b } else { a };
            if let Some(n) = repeat_count(vm, n)? {
                let mut v = Vec::with_capacity(x.items.len() * n);
                for _ in 0..n {
                    v.extend(x.items.iter().cloned());
                }
                return Ok(Some(Value::tuple(v)));
            }
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_), _) => {
            return crate::builtins::set::set_binop(vm, a, b, op);
        }
        (Value::Dict(x), Value::Dict(y), BinOp::Or) => {
            let d = x.copy();
            for (k, v) in y.items() {
                d.set_item(vm, k, v)?;
            }
            return Ok(Some(Value::Dict(crate::gc::track_dict(Rc::new(d)))));
        }
        _ => {}
    }
    if let Some(r) = crate::objects::bytes::bytes_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    Ok(None)
}

/// An instance of a subclass of list, set or dict without its own in-place method
/// mutates the container it wraps and stays itself (`ErrorList += [...]`).
fn inplace_subclass(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let Value::Object(o) = a else {
        return Ok(None);
    };
    let Payload::Builtin(inner) = &o.payload else {
        return Ok(None);
    };
    if !matches!(inner, Value::List(_) | Value::Set(_) | Value::Dict(_)) {
        return Ok(None);
    }
    let name = match op {
        BinOp::Add => "__iadd__",
        BinOp::Multiply => "__imul__",
        BinOp::Or => "__ior__",
        BinOp::And => "__iand__",
        BinOp::Subtract => "__isub__",
        BinOp::Xor => "__ixor__",
        _ => return Ok(None),
    };
    if crate::dunder::user_special(vm, a, name).is_some() {
        return Ok(None);
    }
    let inner = inner.clone();
    let b = unwrap_builtin(b).unwrap_or_else(|| b.clone());
    Ok(inplace_native(vm, &inner, &b, op)?.map(|_| a.clone()))
}

/// Mutating in-place operators of builtin containers (`list +=`, `set |=`, `dict |=`).
pub(crate) fn inplace_native(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOp,
) -> PyResult<Option<Value>> {
    match (a, op) {
        (Value::List(l), BinOp::Add) => {
            let items = crate::iter::collect(vm, b)?;
            l.items.borrow_mut().extend(items);
            Ok(Some(a.clone()))
        }
        (Value::List(l), BinOp::Multiply) => {
            if let Some(n) = repeat_count(vm, b)? {
                let mut items = l.items.borrow_mut();
                let orig = std::mem::take(&mut *items);
                for _ in 0..n {
                    items.extend(orig.iter().cloned());
                }
                drop(items);
                // `*= 0` releases the items last to first, as list.clear() does.
                crate::objects::drop_reversed(orig);
                return Ok(Some(a.clone()));
            }
            Ok(None)
        }
        (Value::Set(_), BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) => {
            if matches!(b, Value::Set(_) | Value::FrozenSet(_)) {
                crate::builtins::set::set_inplace(vm, a, b, op)?;
                return Ok(Some(a.clone()));
            }
            Ok(None)
        }
        (Value::Dict(d), BinOp::Or) => {
            crate::builtins::dict::update_from(vm, d, b)?;
            Ok(Some(a.clone()))
        }
        (Value::Object(o), BinOp::Add | BinOp::Multiply)
            if matches!(o.payload, Payload::ByteArray(_)) =>
        {
            bytearray_inplace(vm, o, b, op).map(|done| done.then(|| a.clone()))
        }
        _ => Ok(None),
    }
}

/// `ba += x` and `ba *= n` extend or repeat the bytearray itself (a BufferError while
/// a memoryview exports it and the length changes). False when the operand does not
/// fit, for the usual operator errors.
fn bytearray_inplace(
    vm: &mut Vm,
    o: &crate::objects::object::PyObject,
    b: &Value,
    op: BinOp,
) -> PyResult<bool> {
    let Payload::ByteArray(buf) = &o.payload else {
        return Ok(false);
    };
    if op == BinOp::Add {
        let Some(more) = crate::objects::bytes::buffer_bytes(vm, b)? else {
            return Ok(false);
        };
        if !more.is_empty() {
            buf.check_resizable(vm)?;
        }
        buf.borrow_mut().extend(more);
        return Ok(true);
    }
    let Some(n) = repeat_count(vm, b)? else {
        return Ok(false);
    };
    let len = buf.borrow().len();
    if len.checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
        return Err(vm.new_error("MemoryError", ""));
    }
    if n != 1 && len != 0 {
        buf.check_resizable(vm)?;
    }
    let orig = std::mem::take(&mut *buf.borrow_mut());
    *buf.borrow_mut() = orig.repeat(n);
    Ok(true)
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if let Value::Object(_) = n {
        return Ok(crate::dunder::index(vm, n)?.map(|i| i.clamp(0, isize::MAX as i128) as usize));
    }
    match n {
        Value::Int(i) => Ok(Some((*i).max(0) as usize)),
        Value::Bool(crate::value::PyBool(b)) => Ok(Some(*b as usize)),
        Value::BigInt(b) => {
            if **b < dashu_int::IBig::ZERO {
                Ok(Some(0))
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
        _ => Ok(None),
    }
}

// ---- comparisons ------------------------------------------------------------------------

fn ord_result(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Builtin comparisons: Ok(None) when the types do not compare natively.
pub fn native_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return Ok(Some(ord_result(op, int::cmp(&x, &y))));
    }
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => {
            return Ok(Some(match x.partial_cmp(y) {
                Some(o) => ord_result(op, o),
                None => op == CmpOp::Ne,
            }))
        }
        (Value::Float(f), _) | (_, Value::Float(f))
            if as_int(a).is_some() || as_int(b).is_some() =>
        {
            let (i, flipped) = match as_int(a) {
                Some(i) => (i, false),
                None => (as_int(b).expect("one side is an int"), true),
            };
            return Ok(Some(match float::cmp_int_float(&i, *f) {
                Some(o) => ord_result(op, if flipped { o.reverse() } else { o }),
                None => op == CmpOp::Ne,
            }));
        }
        (Value::Str(x), Value::Str(y)) => {
            return Ok(Some(ord_result(op, x.as_str().cmp(y.as_str()))))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            let (x, y) = (x.items.to_vec(), y.items.to_vec());
            return seq_compare(vm, &x, &y, op).map(Some);
        }
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
            return seq_compare(vm, &x, &y, op).map(Some);
        }
        (Value::None, Value::None) => {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(Some(op == CmpOp::Eq));
            }
        }
        (Value::Dict(x), Value::Dict(y)) => {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let eq = dict_eq(vm, x, y)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            return crate::builtins::set::set_compare(vm, a, b, op).map(Some);
        }
        _ => {}
    }
    if let (Some(x), Some(y)) = (complex::as_complex(a), complex::as_complex(b)) {
        if (complex::is_complex(a) || complex::is_complex(b)) && matches!(op, CmpOp::Eq | CmpOp::Ne)
        {
            let eq = x == y;
            return Ok(Some(eq == (op == CmpOp::Eq)));
        }
    }
    if let Some(r) = crate::objects::bytes::bytes_compare(a, b, op) {
        return Ok(Some(r));
    }
    if let (Value::Object(x), Value::Object(y)) = (a, b) {
        if let (Payload::Slice(a1, b1, c1), Payload::Slice(a2, b2, c2)) = (&x.payload, &y.payload) {
            let t1 = Value::tuple(vec![a1.clone(), b1.clone(), c1.clone()]);
            let t2 = Value::tuple(vec![a2.clone(), b2.clone(), c2.clone()]);
            return native_compare(vm, &t1, &t2, op);
        }
        if let (
            Payload::BoundMethod {
                func: f1,
                self_: s1,
            },
            Payload::BoundMethod {
                func: f2,
                self_: s2,
            },
        ) = (&x.payload, &y.payload)
        {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let eq = f1.is(f2) && s1.is(s2);
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
        }
    }
    // Bound builtin methods: the same method of the same object.
    if let (Value::Builtin(x), Value::Builtin(y)) = (a, b) {
        if let (Some(s1), Some(s2), CmpOp::Eq | CmpOp::Ne) = (&x.self_, &y.self_, op) {
            let eq = x.func as usize == y.func as usize && s1.is(s2);
            return Ok(Some(eq == (op == CmpOp::Eq)));
        }
    }
    if let Some(r) = crate::objects::range::range_compare(a, b, op) {
        return Ok(Some(r));
    }
    Ok(None)
}

fn dict_eq(
    vm: &mut Vm,
    x: &crate::objects::dict::PyDict,
    y: &crate::objects::dict::PyDict,
) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    // Containers compare their items recursively: one level of the recursion limit.
    vm.enter_native(crate::recursion::COMPARISON)?;
    let r = dict_items_eq(vm, x, y);
    vm.leave_native();
    r
}

fn dict_items_eq(
    vm: &mut Vm,
    x: &crate::objects::dict::PyDict,
    y: &crate::objects::dict::PyDict,
) -> PyResult<bool> {
    for (k, v) in x.items() {
        match y.get_item(vm, &k)? {
            Some(v2) => {
                if !vm.eq(&v, &v2)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn seq_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(op == CmpOp::Ne);
    }
    // Containers compare their items recursively: one level of the recursion limit (as
    // CPython's rich comparison of each item counts one).
    vm.enter_native(crate::recursion::COMPARISON)?;
    let r = seq_items_compare(vm, x, y, op);
    vm.leave_native();
    r
}

fn seq_items_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    for (p, q) in x.iter().zip(y.iter()) {
        if p.is(q) {
            continue;
        }
        if !vm.eq(p, q)? {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::Ne {
                return Ok(true);
            }
            let r = compare(vm, p, q, op)?;
            return vm.truthy(&r);
        }
    }
    Ok(ord_result(op, x.len().cmp(&y.len())))
}

/// Rich comparison returning a value (a user `__lt__` may return anything).
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match compare_or_none(vm, a, b, op)? {
        Some(r) => Ok(r),
        // Named after the operands' own types (a builtin subclass's instance was
        // tried as its builtin value on the way).
        None => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// A rich comparison's value, or None when nothing orders `a` and `b`.
fn compare_or_none(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let user = matches!(a, Value::Object(o) if matches!(o.payload, Payload::Instance | Payload::Builtin(_) | Payload::Exception(_)))
        || matches!(b, Value::Object(o) if matches!(o.payload, Payload::Instance | Payload::Builtin(_) | Payload::Exception(_)));
    if user {
        if let Some(r) = crate::dunder::compare(vm, a, b, op)? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = native_compare(vm, a, b, op)? {
        return Ok(Some(Value::bool(r)));
    }
    if let Some(r) = crate::builtins::memoryview::compare(vm, a, b, op)? {
        return Ok(Some(Value::bool(r)));
    }
    if let Some(r) = crate::builtins::dict::view_compare(vm, a, b, op)? {
        return Ok(Some(Value::bool(r)));
    }
    if !user {
        if let Some(r) = crate::dunder::compare(vm, a, b, op)? {
            return Ok(Some(r));
        }
    }
    // The builtin values' comparison, unless both sides' classes replaced it with
    // methods of their own that declined (NotImplemented): then identity, as CPython.
    let replaced = |vm: &mut Vm, v: &Value, name: &'static str| {
        matches!(v, Value::Object(o) if matches!(o.payload, Payload::Builtin(_)))
            && crate::dunder::user_special(vm, v, name).is_some()
    };
    // A mappingproxy compares as its mapping (on either side).
    if let Some(d) = proxied(a) {
        return compare(vm, &d, b, op).map(Some);
    }
    if let Some(d) = proxied(b) {
        return compare(vm, &d, a, op.swapped()).map(Some);
    }
    let both_replaced = replaced(vm, a, op.dunder()) && replaced(vm, b, op.swapped().dunder());
    if let (Some(x), Some(y), false) = (unwrap_builtin(a), unwrap_builtin(b), both_replaced) {
        if !x.is(a) || !y.is(b) {
            return compare_or_none(vm, &x, &y, op);
        }
    }
    Ok(match op {
        CmpOp::Eq => Some(Value::bool(a.is(b))),
        CmpOp::Ne => Some(Value::bool(!a.is(b))),
        _ => None,
    })
}

pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if !matches!(a, Value::Object(_)) && !matches!(b, Value::Object(_)) {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(r);
        }
    }
    let r = compare(vm, a, b, op)?;
    vm.truthy(&r)
}

// ---- unary -------------------------------------------------------------------------------

pub fn negative(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(int::neg(&as_int(v).expect("int"))),
        Value::Float(f) => Ok(Value::Float(-f)),
        _ => {
            if let Some((r, i)) = complex::as_complex(v) {
                return Ok(complex::new(vm, -r, -i));
            }
            crate::dunder::unary(vm, v, "__neg__", "unary -")
        }
    }
}

pub fn positive(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(v.clone()),
        Value::Bool(crate::value::PyBool(b)) => Ok(Value::Int(*b as i64)),
        _ => {
            if complex::is_complex(v) {
                return Ok(v.clone());
            }
            crate::dunder::unary(vm, v, "__pos__", "unary +")
        }
    }
}

pub fn invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(crate::value::PyBool(b)) => Ok(Value::Int(!(*b as i64))),
        Value::BigInt(b) => Ok(Value::from_ibig(-(**b).clone() - dashu_int::IBig::ONE)),
        _ => crate::dunder::unary(vm, v, "__invert__", "unary ~"),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match crate::builtins::str::str_payload(item) {
            Some(sub) => Ok(crate::objects::substr::contains(s.as_str(), sub)),
            None => Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(item)
            ))),
        },
        Value::List(l) => {
            let mut i = 0;
            loop {
                // Items whose equality needs no Python are compared in place; an item
                // that needs `__eq__` is held while it runs (which may change the list).
                let x = {
                    let items = l.items.borrow();
                    let Some(x) = items.get(i) else { break };
                    if x.is(item) {
                        return Ok(true);
                    }
                    match crate::objects::dict::fast_eq(x, item) {
                        Some(true) => return Ok(true),
                        Some(false) => {
                            i += 1;
                            continue;
                        }
                        None => x.clone(),
                    }
                };
                if vm.eq(&x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if x.is(item) || vm.eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) => d.contains(vm, item),
        Value::Set(s) | Value::FrozenSet(s) => match s.contains(vm, item) {
            Err(e) if vm.err_is(&e, "TypeError") && matches!(item, Value::Set(_)) => {
                let fs = Value::FrozenSet(Rc::new(match item {
                    Value::Set(x) => x.copy(),
                    _ => unreachable!(),
                }));
                s.contains(vm, &fs)
            }
            r => r,
        },
        Value::Object(o) => match &o.payload {
            Payload::Range(r) => crate::objects::range::range_contains(vm, r, item),
            Payload::DictView { dict, kind, .. } => {
                crate::builtins::dict::view_contains(vm, dict, *kind, item)
            }
            Payload::MappingProxy(d) => d.contains(vm, item),
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                crate::objects::bytes::bytes_contains(vm, container, item)
            }
            _ => crate::dunder::contains(vm, container, item),
        },
        _ => crate::dunder::contains(vm, container, item),
    }
}

pub fn str_value(s: &Rc<PyStr>) -> Value {
    Value::Str(s.clone())
}
