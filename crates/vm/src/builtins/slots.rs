//! The special methods of builtin types as callable attributes (`(10).__add__(5)`,
//! `int.__lt__`, `list.__eq__`…): thin wrappers over the native operators, returning
//! NotImplemented where the operator does not apply, as CPython's slot wrappers do.

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::{method, method_args};
use crate::objects::function::{Args, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn binop(vm: &mut Vm, args: Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, &args, 1, 1)?;
    // A subclass instance (`class S(str)`) operates as the builtin value it wraps.
    let (Some(s), Some(o)) = (
        crate::ops::unwrap_builtin(s),
        crate::ops::unwrap_builtin(&a[0]),
    ) else {
        return Ok(Value::NotImplemented);
    };
    let (s, a) = (&s, std::slice::from_ref(&o));
    let int_like = |v: &Value| crate::objects::int::as_int(v).is_some();
    let applies = match s {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_like(&a[0]),
        Value::Float(_) => int_like(&a[0]) || matches!(a[0], Value::Float(_)),
        _ => true,
    };
    if !applies {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (&a[0], s) } else { (s, &a[0]) };
    Ok(crate::ops::native_binop(vm, x, y, op)?.unwrap_or(Value::NotImplemented))
}

fn cmp(vm: &mut Vm, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, &args, 1, 1)?;
    let (Some(s), Some(o)) = (
        crate::ops::unwrap_builtin(s),
        crate::ops::unwrap_builtin(&a[0]),
    ) else {
        return Ok(Value::NotImplemented);
    };
    Ok(match crate::ops::native_compare(vm, &s, &o, op)? {
        Some(b) => Value::bool(b),
        None => Value::NotImplemented,
    })
}

macro_rules! binops {
    ($(($f:ident, $rf:ident, $name:literal, $rname:literal, $op:expr)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { binop(vm, args, $name, $op, false) }
            fn $rf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { binop(vm, args, $rname, $op, true) }
        )*
        const BINOPS: &[(&str, NativeFn, &str, NativeFn)] = &[$(($name, $f, $rname, $rf)),*];
    };
}

binops! {
    (add, radd, "__add__", "__radd__", BinOp::Add),
    (sub, rsub, "__sub__", "__rsub__", BinOp::Subtract),
    (mul, rmul, "__mul__", "__rmul__", BinOp::Multiply),
    (truediv, rtruediv, "__truediv__", "__rtruediv__", BinOp::TrueDivide),
    (floordiv, rfloordiv, "__floordiv__", "__rfloordiv__", BinOp::FloorDivide),
    (modulo, rmodulo, "__mod__", "__rmod__", BinOp::Remainder),
    (power, rpower, "__pow__", "__rpow__", BinOp::Power),
    (lshift, rlshift, "__lshift__", "__rlshift__", BinOp::Lshift),
    (rshift, rrshift, "__rshift__", "__rrshift__", BinOp::Rshift),
    (and, rand, "__and__", "__rand__", BinOp::And),
    (or, ror, "__or__", "__ror__", BinOp::Or),
    (xor, rxor, "__xor__", "__rxor__", BinOp::Xor),
}

macro_rules! cmps {
    ($(($f:ident, $name:literal, $op:expr)),* $(,)?) => {
        $( fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { cmp(vm, args, $name, $op) } )*
        const CMPS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

cmps! {
    (lt, "__lt__", CmpOp::Lt),
    (le, "__le__", CmpOp::Le),
    (eq, "__eq__", CmpOp::Eq),
    (ne, "__ne__", CmpOp::Ne),
    (gt, "__gt__", CmpOp::Gt),
    (ge, "__ge__", CmpOp::Ge),
}

fn neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__neg__", &args, 0, 0)?;
    crate::ops::negative(vm, s)
}
fn pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__pos__", &args, 0, 0)?;
    crate::ops::positive(vm, s)
}
fn invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__invert__", &args, 0, 0)?;
    crate::ops::invert(vm, s)
}
fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__abs__", &args, 0, 0)?;
    let s = s.clone();
    crate::builtins::funcs::ABS(vm, Args::new(std::slice::from_ref(&s)))
}
fn bool_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__bool__", &args, 0, 0)?;
    Ok(Value::bool(vm.truthy(s)?))
}
fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__hash__", &args, 0, 0)?;
    Ok(Value::Int(vm.hash(s)?))
}
fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__repr__", &args, 0, 0)?;
    Ok(Value::Str(vm.repr(s)?))
}
fn str_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__str__", &args, 0, 0)?;
    Ok(Value::Str(vm.str_of(s)?))
}
fn int_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__int__", &args, 0, 0)?;
    crate::builtins::num::int_new(vm, Some(s.clone()), None)
}
fn float_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__float__", &args, 0, 0)?;
    crate::builtins::num::float_new(vm, s)
}
fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__format__", &args, 1, 1)?;
    let spec = match &a[0] {
        Value::Str(x) => x.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    Ok(Value::Str(crate::strformat::format_value(vm, s, &spec)?))
}

/// `int | str` (PEP 604): a `types.UnionType`, made by `_union.make` (Python, in lib/).
pub fn union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "_union")?;
    let make = vm.getattr(&m, "make")?;
    vm.call_args(&make, &[a.clone(), b.clone()])
}

fn type_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__or__", &args, 1, 1)?;
    union(vm, s, &a[0])
}

fn type_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__ror__", &args, 1, 1)?;
    union(vm, &a[0], s)
}

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let numeric = [t.int.clone(), t.float.clone(), t.complex.clone()];
    let sequences = [
        t.str_.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
    ];
    let sets = [t.set.clone(), t.frozenset.clone()];
    for ty in numeric.iter() {
        for (n, f, rn, rf) in BINOPS {
            method(ty, n, *f);
            method(ty, rn, *rf);
        }
        method(ty, "__neg__", neg);
        method(ty, "__pos__", pos);
        method(ty, "__abs__", abs);
        method(ty, "__bool__", bool_);
        method(ty, "__int__", int_);
        method(ty, "__float__", float_);
    }
    method(&t.int.clone(), "__invert__", invert);
    for ty in sequences.iter() {
        for (n, f, rn, rf) in BINOPS
            .iter()
            .filter(|(n, ..)| matches!(*n, "__add__" | "__mul__" | "__mod__"))
        {
            method(ty, n, *f);
            if *n == "__mul__" {
                method(ty, rn, *rf);
            }
        }
    }
    for ty in sets.iter() {
        for (n, f, rn, rf) in BINOPS
            .iter()
            .filter(|(n, ..)| matches!(*n, "__or__" | "__and__" | "__sub__" | "__xor__"))
        {
            method(ty, n, *f);
            method(ty, rn, *rf);
        }
    }
    let ty = vm.types.type_.clone();
    method(&ty, "__or__", type_or);
    method(&ty, "__ror__", type_ror);
    let dict = vm.types.dict.clone();
    method(&dict, "__or__", or);
    let all: Vec<_> = numeric
        .iter()
        .chain(sequences.iter())
        .chain(sets.iter())
        .cloned()
        .chain([
            t.dict.clone(),
            t.range.clone(),
            t.none.clone(),
            t.bool_.clone(),
        ])
        .collect();
    for ty in all.iter() {
        for (n, f) in CMPS {
            method(ty, n, *f);
        }
        method(ty, "__repr__", repr);
        method(ty, "__str__", str_);
        method(ty, "__hash__", hash);
        method(ty, "__format__", format);
    }
    // The mutable containers are unhashable: `list.__hash__ is None`, as in CPython.
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray] {
        ty.dict.set_by_str("__hash__", Value::None);
    }
}
