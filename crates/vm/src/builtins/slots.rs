//! The special methods of builtin types as callable attributes (`(10).__add__(5)`,
//! `int.__lt__`, `list.__eq__`…): thin wrappers over the native operators, returning
//! NotImplemented where the operator does not apply, as CPython's slot wrappers do.

use std::rc::Rc;

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::{method, method_args};
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

// The builtin type a slot wrapper belongs to (a const parameter of the wrappers, so
// each type's `__add__` knows whose it is, as CPython's slot wrappers do).
const INT: u8 = 0;
const FLOAT: u8 = 1;
const COMPLEX: u8 = 2;
const STR: u8 = 3;
const LIST: u8 = 4;
const TUPLE: u8 = 5;
const BYTES: u8 = 6;
const BYTEARRAY: u8 = 7;
const SET: u8 = 8;
const FROZENSET: u8 = 9;
const DICT: u8 = 10;
const RANGE: u8 = 11;
const NONE: u8 = 12;
const BOOL: u8 = 13;

fn owner(vm: &Vm, k: u8) -> Rc<PyType> {
    let t = &vm.types;
    match k {
        INT => t.int.clone(),
        FLOAT => t.float.clone(),
        COMPLEX => t.complex.clone(),
        STR => t.str_.clone(),
        LIST => t.list.clone(),
        TUPLE => t.tuple.clone(),
        BYTES => t.bytes.clone(),
        BYTEARRAY => t.bytearray.clone(),
        SET => t.set.clone(),
        FROZENSET => t.frozenset.clone(),
        DICT => t.dict.clone(),
        RANGE => t.range.clone(),
        NONE => t.none.clone(),
        _ => t.bool_.clone(),
    }
}

/// The self of slot wrapper `name` of type `K` and its other arguments (`min..=max`),
/// with CPython's errors: no self, a self of another type, a wrong count. The self is
/// the builtin value (a subclass instance's).
fn slot_self<'a, const K: u8>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<(Value, &'a [Value])> {
    if args.has_kw() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let p = args.pos();
    let t = owner(vm, K);
    let Some(s) = p.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            t.name()
        )));
    };
    if !vm.type_of(s).is_subtype(&t) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            t.name(),
            vm.type_name(s)
        )));
    }
    let rest = &p[1..];
    if rest.len() < min || rest.len() > max {
        let want = if rest.len() < min { min } else { max };
        return Err(vm.type_error(format!(
            "expected {want} argument{}, got {}",
            if want == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    let v = match s {
        Value::Object(o) => match &o.payload {
            Payload::Builtin(inner) => inner.clone(),
            _ => s.clone(),
        },
        v => v.clone(),
    };
    Ok((v, rest))
}

fn is_int(v: &Value) -> bool {
    crate::objects::int::as_int(v).is_some()
}

fn is_complex(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Complex(..)))
}

fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)))
}

/// Does type `K`'s `op` slot take `o` as its other operand? `Err` for the sequences,
/// whose concatenation refuses a wrong operand itself (CPython's sq_concat) rather than
/// give NotImplemented (a repetition count was checked by `repeat_count`).
fn operand<const K: u8>(vm: &Vm, op: BinOp, o: &Value) -> PyResult<bool> {
    Ok(match K {
        INT | BOOL => is_int(o),
        FLOAT => is_int(o) || matches!(o, Value::Float(_)),
        COMPLEX => is_int(o) || matches!(o, Value::Float(_)) || is_complex(o),
        SET | FROZENSET => matches!(o, Value::Set(_) | Value::FrozenSet(_)),
        DICT => matches!(o, Value::Dict(_)),
        _ => match op {
            // (The repetition count was made an int by `repeat_count`.)
            BinOp::Remainder | BinOp::Multiply => true,
            _ => {
                let ok = match K {
                    STR => matches!(o, Value::Str(_)),
                    LIST => matches!(o, Value::List(_)),
                    TUPLE => matches!(o, Value::Tuple(_)),
                    _ => is_bytes_like(o),
                };
                if !ok {
                    let t = owner(vm, K);
                    return Err(vm.type_error(match K {
                        BYTES | BYTEARRAY => {
                            format!("can't concat {} to {}", vm.type_name(o), t.name())
                        }
                        _ => format!(
                            "can only concatenate {} (not \"{}\") to {}",
                            t.name(),
                            vm.type_name(o),
                            t.name()
                        ),
                    }));
                }
                true
            }
        },
    })
}

const OPS: [(BinOp, &str, &str, &str); 12] = [
    (BinOp::Add, "__add__", "__radd__", "__iadd__"),
    (BinOp::Subtract, "__sub__", "__rsub__", "__isub__"),
    (BinOp::Multiply, "__mul__", "__rmul__", "__imul__"),
    (
        BinOp::TrueDivide,
        "__truediv__",
        "__rtruediv__",
        "__itruediv__",
    ),
    (
        BinOp::FloorDivide,
        "__floordiv__",
        "__rfloordiv__",
        "__ifloordiv__",
    ),
    (BinOp::Remainder, "__mod__", "__rmod__", "__imod__"),
    (BinOp::Power, "__pow__", "__rpow__", "__ipow__"),
    (BinOp::Lshift, "__lshift__", "__rlshift__", "__ilshift__"),
    (BinOp::Rshift, "__rshift__", "__rrshift__", "__irshift__"),
    (BinOp::And, "__and__", "__rand__", "__iand__"),
    (BinOp::Or, "__or__", "__ror__", "__ior__"),
    (BinOp::Xor, "__xor__", "__rxor__", "__ixor__"),
];
const ADD: u8 = 0;
const SUB: u8 = 1;
const MUL: u8 = 2;
const TRUEDIV: u8 = 3;
const FLOORDIV: u8 = 4;
const MOD: u8 = 5;
const POW: u8 = 6;
const LSHIFT: u8 = 7;
const RSHIFT: u8 = 8;
const AND: u8 = 9;
const OR: u8 = 10;
const XOR: u8 = 11;

/// `K.__op__(self, other)` (`R`: `__rop__`): the native operator when it applies to
/// the operands, else NotImplemented. `int.__pow__` takes a modulus.
fn binop<const K: u8, const OP: u8, const R: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (op, name, rname, _) = OPS[OP as usize];
    let name = if R { rname } else { name };
    let ternary = OP == POW && matches!(K, INT | FLOAT | COMPLEX);
    let (s, rest) = slot_self::<K>(vm, name, &args, 1, if ternary { 2 } else { 1 })?;
    if rest.len() == 2 && !rest[1].is_none() {
        // Three-argument pow: the int slot takes only ints (else NotImplemented); the
        // float and complex slots refuse a modulus as pow() does.
        if K == INT && !(is_int(&rest[0]) && is_int(&rest[1])) {
            return Ok(Value::NotImplemented);
        }
        if K == COMPLEX {
            return Err(vm.value_error("complex modulo"));
        }
        let (x, y) = if R {
            (rest[0].clone(), s)
        } else {
            (s, rest[0].clone())
        };
        let all = [x, y, rest[1].clone()];
        return crate::builtins::funcs::POW(vm, Args::new(&all));
    }
    // (A plain instance stays itself: a sequence's concatenation refuses it.)
    let mut o = crate::ops::unwrap_builtin(&rest[0]).unwrap_or_else(|| rest[0].clone());
    if OP == MUL && matches!(K, STR | LIST | TUPLE | BYTES | BYTEARRAY) {
        o = repeat_count(vm, o)?;
    }
    // `str.__rmod__(s, x)` is `x % s` only for a str x.
    if R && OP == MOD && matches!(K, STR | BYTES | BYTEARRAY) {
        let formats = match K {
            STR => matches!(o, Value::Str(_)),
            _ => is_bytes_like(&o),
        };
        if !formats {
            return Ok(Value::NotImplemented);
        }
    } else if !operand::<K>(vm, op, &o)? {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if R { (&o, &s) } else { (&s, &o) };
    Ok(crate::ops::native_binop(vm, x, y, op)?.unwrap_or(Value::NotImplemented))
}

/// A sequence's repetition count: an int, or what `__index__` gives.
fn repeat_count(vm: &mut Vm, o: Value) -> PyResult<Value> {
    if is_int(&o) {
        return Ok(o);
    }
    match crate::dunder::index(vm, &o)? {
        Some(i) => Ok(Value::from_i128(i)),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&o)
        ))),
    }
}

/// `K.__iop__(self, other)` of the mutable builtins: the in-place operator (a list
/// extends by any iterable), returning self.
fn inplace<const K: u8, const OP: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (op, _, _, name) = OPS[OP as usize];
    let (s, rest) = slot_self::<K>(vm, name, &args, 1, 1)?;
    let this = args.pos()[0].clone();
    if K == LIST && OP == ADD {
        // Any iterable, not only a list.
        let items = crate::iter::collect(vm, &rest[0])?;
        if let Value::List(l) = &s {
            l.items.borrow_mut().extend(items);
        }
        return Ok(this);
    }
    if let (DICT, Value::Dict(d)) = (K, &s) {
        // Any mapping or iterable of pairs, as dict.update takes.
        crate::builtins::dict::update_from(vm, d, &rest[0])?;
        return Ok(this);
    }
    let mut o = crate::ops::unwrap_builtin(&rest[0]).unwrap_or_else(|| rest[0].clone());
    if OP == MUL {
        o = repeat_count(vm, o)?;
    }
    if !operand::<K>(vm, op, &o)? {
        return Ok(Value::NotImplemented);
    }
    if let (BYTEARRAY, Value::Object(b)) = (K, &s) {
        if let Payload::ByteArray(buf) = &b.payload {
            let add = if OP == ADD {
                crate::objects::bytes::as_bytes(&o).unwrap_or_default()
            } else {
                let n = match crate::objects::int::as_int(&o) {
                    Some(crate::objects::int::IntRef::Small(n)) => n.max(0) as usize,
                    Some(big) if big.is_negative() => 0,
                    _ => {
                        return Err(vm.new_error(
                            "OverflowError",
                            "cannot fit 'int' into an index-sized integer",
                        ))
                    }
                };
                let cur = buf.borrow().clone();
                buf.borrow_mut().clear();
                cur.repeat(n)
            };
            buf.borrow_mut().extend(add);
            return Ok(this);
        }
    }
    // On the builtin value itself (a subclass instance's is changed in place too).
    Ok(match crate::ops::inplace_native(vm, &s, &o, op)? {
        Some(_) => this,
        None => Value::NotImplemented,
    })
}

/// `K.__op__(self, other)` of the rich comparisons: the native comparison when the
/// other operand is of the same kind, else NotImplemented.
fn cmp<const K: u8, const OP: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (op, name) = CMP_OPS[OP as usize];
    let (s, rest) = slot_self::<K>(vm, name, &args, 1, 1)?;
    let Some(o) = crate::ops::unwrap_builtin(&rest[0]) else {
        return Ok(Value::NotImplemented);
    };
    let same_kind = match K {
        INT | BOOL => is_int(&o),
        FLOAT => is_int(&o) || matches!(o, Value::Float(_)),
        COMPLEX => is_int(&o) || matches!(o, Value::Float(_)) || is_complex(&o),
        STR => matches!(o, Value::Str(_)),
        LIST => matches!(o, Value::List(_)),
        TUPLE => matches!(o, Value::Tuple(_)),
        BYTES | BYTEARRAY => is_bytes_like(&o),
        SET | FROZENSET => matches!(o, Value::Set(_) | Value::FrozenSet(_)),
        DICT => matches!(o, Value::Dict(_)),
        RANGE => matches!(&o, Value::Object(r) if matches!(r.payload, Payload::Range(_))),
        _ => o.is_none(),
    };
    // Only equality is defined for these (their order comparisons give NotImplemented).
    let unordered = matches!(K, COMPLEX | DICT | RANGE | NONE);
    if !same_kind || (unordered && !matches!(op, CmpOp::Eq | CmpOp::Ne)) {
        return Ok(Value::NotImplemented);
    }
    Ok(match crate::ops::native_compare(vm, &s, &o, op)? {
        Some(b) => Value::bool(b),
        None => Value::NotImplemented,
    })
}

const CMP_OPS: [(CmpOp, &str); 6] = [
    (CmpOp::Lt, "__lt__"),
    (CmpOp::Le, "__le__"),
    (CmpOp::Eq, "__eq__"),
    (CmpOp::Ne, "__ne__"),
    (CmpOp::Gt, "__gt__"),
    (CmpOp::Ge, "__ge__"),
];

macro_rules! unary {
    ($($f:ident($name:literal, $s:ident, $vm:ident) $body:block)*) => {
        $(
            fn $f<const K: u8>($vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let ($s, _) = slot_self::<K>($vm, $name, &args, 0, 0)?;
                $body
            }
        )*
    };
}

unary! {
    neg("__neg__", s, vm) { crate::ops::negative(vm, &s) }
    pos("__pos__", s, vm) { crate::ops::positive(vm, &s) }
    invert("__invert__", s, vm) { crate::ops::invert(vm, &s) }
    abs("__abs__", s, vm) { crate::builtins::funcs::ABS(vm, Args::new(std::slice::from_ref(&s))) }
    bool_("__bool__", s, vm) { Ok(Value::bool(vm.truthy(&s)?)) }
    hash("__hash__", s, vm) { Ok(Value::Int(vm.hash(&s)?)) }
    str_("__str__", s, vm) { Ok(Value::Str(vm.str_of(&s)?)) }
    int_("__int__", s, vm) { crate::builtins::num::int_new(vm, Some(s), None) }
    float_("__float__", s, vm) { crate::builtins::num::float_new(vm, &s) }
}

fn repr<const K: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = slot_self::<K>(vm, "__repr__", &args, 0, 0)?;
    // `int.__repr__(True)` is '1': the int's repr, not bool's.
    let s = match s {
        Value::Bool(b) if K == INT => Value::Int(b.0 as i64),
        s => s,
    };
    // A set subclass's instance shows its class (`S({1})`), as its repr() does.
    if matches!(K, SET | FROZENSET) {
        let this = args.pos()[0].clone();
        if let Some(text) = crate::dunder::builtin_subclass_repr(vm, &this)? {
            return Ok(Value::from_string(text));
        }
    }
    Ok(Value::Str(vm.repr(&s)?))
}

fn format<const K: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = slot_self::<K>(vm, "__format__", &args, 1, 1)?;
    let spec = match &a[0] {
        Value::Str(x) => x.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    // An empty spec is `str(self)` (a bool's 'True', a subclass's own `__str__`).
    if spec.is_empty() {
        return Ok(Value::Str(vm.str_of(&args.pos()[0])?));
    }
    // A str subclass's instance whose text the spec leaves as it is: that object.
    if let (STR, Value::Str(text)) = (K, &s) {
        let this = args.pos()[0].clone();
        if matches!(this, Value::Object(_)) {
            let text = text.clone();
            return crate::strformat::str_subclass_format(vm, &this, &text, &spec);
        }
    }
    Ok(Value::Str(crate::strformat::format_value(vm, &s, &spec)?))
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

/// The binary operators (by index into `OPS`) of type `K`, with their reflected forms.
macro_rules! binops {
    ($ty:expr, $k:expr, [$($op:expr),*]) => {{
        $(
            method($ty, OPS[$op as usize].1, binop::<$k, $op, false>);
            method($ty, OPS[$op as usize].2, binop::<$k, $op, true>);
        )*
    }};
}

macro_rules! slots {
    ($ty:expr, $k:expr, [$($name:literal => $f:ident),*]) => {{
        $( method($ty, $name, $f::<$k>); )*
    }};
}

macro_rules! cmps {
    ($ty:expr, $k:expr) => {{
        method($ty, "__lt__", cmp::<$k, 0>);
        method($ty, "__le__", cmp::<$k, 1>);
        method($ty, "__eq__", cmp::<$k, 2>);
        method($ty, "__ne__", cmp::<$k, 3>);
        method($ty, "__gt__", cmp::<$k, 4>);
        method($ty, "__ge__", cmp::<$k, 5>);
    }};
}

/// Each builtin type's special methods, as CPython 3.11's types define them (a type
/// that does not define one inherits `object`'s).
pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    binops!(
        &t.int,
        INT,
        [ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR]
    );
    slots!(&t.int, INT, ["__neg__" => neg, "__pos__" => pos, "__abs__" => abs, "__invert__" => invert,
        "__bool__" => bool_, "__int__" => int_, "__float__" => float_, "__repr__" => repr,
        "__hash__" => hash, "__format__" => format]);
    cmps!(&t.int, INT);
    binops!(&t.bool_, BOOL, [AND, OR, XOR]);
    slots!(&t.bool_, BOOL, ["__repr__" => repr]);
    binops!(
        &t.float,
        FLOAT,
        [ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW]
    );
    slots!(&t.float, FLOAT, ["__neg__" => neg, "__pos__" => pos, "__abs__" => abs,
        "__bool__" => bool_, "__int__" => int_, "__float__" => float_, "__repr__" => repr,
        "__hash__" => hash, "__format__" => format]);
    cmps!(&t.float, FLOAT);
    binops!(&t.complex, COMPLEX, [ADD, SUB, MUL, TRUEDIV, POW]);
    slots!(&t.complex, COMPLEX, ["__neg__" => neg, "__pos__" => pos, "__abs__" => abs,
        "__bool__" => bool_, "__repr__" => repr, "__hash__" => hash, "__format__" => format]);
    cmps!(&t.complex, COMPLEX);
    // The sequences: no reflected concatenation, reflected repetition and formatting.
    method(&t.str_, "__add__", binop::<STR, ADD, false>);
    method(&t.str_, "__mul__", binop::<STR, MUL, false>);
    method(&t.str_, "__rmul__", binop::<STR, MUL, true>);
    method(&t.str_, "__mod__", binop::<STR, MOD, false>);
    method(&t.str_, "__rmod__", binop::<STR, MOD, true>);
    slots!(&t.str_, STR, ["__str__" => str_, "__repr__" => repr, "__hash__" => hash,
        "__format__" => format]);
    cmps!(&t.str_, STR);
    method(&t.list, "__add__", binop::<LIST, ADD, false>);
    method(&t.list, "__mul__", binop::<LIST, MUL, false>);
    method(&t.list, "__rmul__", binop::<LIST, MUL, true>);
    method(&t.list, "__iadd__", inplace::<LIST, ADD>);
    method(&t.list, "__imul__", inplace::<LIST, MUL>);
    slots!(&t.list, LIST, ["__repr__" => repr]);
    cmps!(&t.list, LIST);
    method(&t.tuple, "__add__", binop::<TUPLE, ADD, false>);
    method(&t.tuple, "__mul__", binop::<TUPLE, MUL, false>);
    method(&t.tuple, "__rmul__", binop::<TUPLE, MUL, true>);
    slots!(&t.tuple, TUPLE, ["__repr__" => repr, "__hash__" => hash]);
    cmps!(&t.tuple, TUPLE);
    method(&t.bytes, "__add__", binop::<BYTES, ADD, false>);
    method(&t.bytes, "__mul__", binop::<BYTES, MUL, false>);
    method(&t.bytes, "__rmul__", binop::<BYTES, MUL, true>);
    method(&t.bytes, "__mod__", binop::<BYTES, MOD, false>);
    method(&t.bytes, "__rmod__", binop::<BYTES, MOD, true>);
    slots!(&t.bytes, BYTES, ["__str__" => str_, "__repr__" => repr, "__hash__" => hash]);
    cmps!(&t.bytes, BYTES);
    method(&t.bytearray, "__add__", binop::<BYTEARRAY, ADD, false>);
    method(&t.bytearray, "__mul__", binop::<BYTEARRAY, MUL, false>);
    method(&t.bytearray, "__rmul__", binop::<BYTEARRAY, MUL, true>);
    method(&t.bytearray, "__mod__", binop::<BYTEARRAY, MOD, false>);
    method(&t.bytearray, "__rmod__", binop::<BYTEARRAY, MOD, true>);
    method(&t.bytearray, "__iadd__", inplace::<BYTEARRAY, ADD>);
    method(&t.bytearray, "__imul__", inplace::<BYTEARRAY, MUL>);
    slots!(&t.bytearray, BYTEARRAY, ["__str__" => str_, "__repr__" => repr]);
    cmps!(&t.bytearray, BYTEARRAY);
    binops!(&t.set, SET, [SUB, AND, OR, XOR]);
    method(&t.set, "__isub__", inplace::<SET, SUB>);
    method(&t.set, "__iand__", inplace::<SET, AND>);
    method(&t.set, "__ior__", inplace::<SET, OR>);
    method(&t.set, "__ixor__", inplace::<SET, XOR>);
    slots!(&t.set, SET, ["__repr__" => repr]);
    cmps!(&t.set, SET);
    binops!(&t.frozenset, FROZENSET, [SUB, AND, OR, XOR]);
    slots!(&t.frozenset, FROZENSET, ["__repr__" => repr, "__hash__" => hash]);
    cmps!(&t.frozenset, FROZENSET);
    binops!(&t.dict, DICT, [OR]);
    method(&t.dict, "__ior__", inplace::<DICT, OR>);
    slots!(&t.dict, DICT, ["__repr__" => repr]);
    cmps!(&t.dict, DICT);
    slots!(&t.range, RANGE, ["__repr__" => repr, "__hash__" => hash, "__bool__" => bool_]);
    cmps!(&t.range, RANGE);
    slots!(&t.none, NONE, ["__repr__" => repr, "__bool__" => bool_]);
    method(&t.type_, "__or__", type_or);
    method(&t.type_, "__ror__", type_ror);
    // The mutable containers are unhashable: `list.__hash__ is None`, as in CPython.
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray] {
        ty.dict.set_by_str("__hash__", Value::None);
    }
}

/// `type.__getattribute__(obj, name)` of a class whose instances look attributes up
/// generically (the descriptor has checked `obj`'s class).
pub fn generic_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("wrapper __getattribute__() takes no keyword arguments"));
    }
    let p = args.pos();
    let name = getattribute_name(vm, p)?;
    match vm.generic_getattr(&p[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&p[0], name.as_str())),
    }
}

/// The name a `__getattribute__(self, name)` wrapper was called with, or CPython's
/// error for another count of arguments or a name that is not a str.
pub fn getattribute_name<'a>(vm: &Vm, p: &'a [Value]) -> PyResult<&'a Rc<PyStr>> {
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    match &p[1] {
        Value::Str(name) => Ok(name),
        v => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}
