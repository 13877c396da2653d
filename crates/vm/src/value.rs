//! The value layout: a 16-byte enum. None, booleans, small ints and floats live unboxed;
//! everything else is an `Rc` to its object. See docs/values.md.

use std::rc::Rc;

use dashu_int::IBig;

use crate::objects::dict::PyDict;
use crate::objects::function::{BuiltinFunction, Function};
use crate::objects::object::PyObject;
use crate::objects::set::PySet;
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::objects::{PyList, PyTuple};

#[derive(Default)]
pub enum Value {
    /// Internal only, never visible to Python: an unbound local, an empty call slot.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(PyBool),
    Int(i64),
    Float(f64),
    BigInt(Rc<IBig>),
    Str(Rc<PyStr>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    Type(Rc<PyType>),
    /// A closure cell.
    Cell(Rc<std::cell::RefCell<Value>>),
    Object(Rc<PyObject>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// Write a value into memory as two 8-byte stores, the counterpart of `read_split`: a
/// value that sits in memory (spilled across a call) would otherwise be copied with one
/// 16-byte load, which stalls when the spill was two 8-byte stores.
///
/// # Safety
/// `p` must be valid for writes of a `Value`; its old contents are not dropped.
#[inline(always)]
pub(crate) unsafe fn write_split(p: *mut Value, v: Value) {
    let w = p as *mut std::mem::MaybeUninit<u64>;
    let [lo, hi] = unsafe { std::mem::transmute::<Value, [std::mem::MaybeUninit<u64>; 2]>(v) };
    // SAFETY: the caller guarantees 16 writable bytes.
    unsafe {
        std::ptr::write_volatile(w, lo);
        std::ptr::write_volatile(w.add(1), hi);
    }
}

/// Read a value out of memory as two 8-byte loads. A value pushed from registers is
/// stored as two 8-byte halves; reading it back with one 16-byte load (what a plain
/// `ptr::read` of a 16-byte enum compiles to) cannot be forwarded from those two stores
/// and stalls the load for the whole store-buffer drain (~15 cycles on x86). Two 8-byte
/// loads are forwarded from either kind of store. The loads are volatile only so that
/// LLVM does not merge them back into one vector load.
///
/// # Safety
/// `p` must point at an initialised `Value`, whose ownership the caller takes.
#[inline(always)]
pub(crate) unsafe fn read_split(p: *const Value) -> Value {
    let w = p as *const std::mem::MaybeUninit<u64>;
    // SAFETY: the caller guarantees 16 readable, initialised bytes; `MaybeUninit`
    // halves may hold the enum's padding.
    unsafe {
        let lo = std::ptr::read_volatile(w);
        let hi = std::ptr::read_volatile(w.add(1));
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>([lo, hi])
    }
}

/// A `bool` kept 8-byte aligned inside `Value`, so that no variant stores anything in
/// bytes 1..8: moving a `Value` of unknown variant then copies the tag byte and one
/// 8-byte word. With a bare `bool` at byte 1, every move also copied bytes 1..8 with two
/// overlapping 4-byte loads, which the CPU cannot forward from the 16-byte store that
/// wrote the value (a store-forwarding stall of ~15 cycles per move).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
#[repr(align(8))]
pub struct PyBool(pub bool);

impl Value {
    /// `True` or `False`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(PyBool(b))
    }
}

impl Clone for Value {
    /// A bitwise copy, plus one reference for the variants holding an `Rc`. Copying the
    /// 16 bytes from the source (rather than building the result in a callee and
    /// copying it back) keeps the value stack's loads and stores the same width, which
    /// the CPU's store forwarding needs.
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_unboxed() {
            self.inc_ref();
        }
        // SAFETY: unboxed variants own nothing; for the others the reference taken just
        // above belongs to the copy.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// None, booleans, small ints, floats and the other payload-free variants: values
    /// whose clone and drop do nothing.
    #[inline(always)]
    pub fn is_unboxed(&self) -> bool {
        matches!(
            self,
            Value::Null
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    /// The strong count of the `Rc` a boxed value holds.
    ///
    /// Every boxed variant holds one `Rc` in the 8 bytes after the tag, and an `Rc` points
    /// to std's `#[repr(C)]` `RcInner`, whose first field is the strong count: reading it
    /// there (rather than through a match over the variants, which compiles to an
    /// indirect jump per clone) is checked for every variant by the `rc_layout` test.
    #[inline(always)]
    fn strong(&self) -> &std::cell::Cell<usize> {
        debug_assert!(!self.is_unboxed());
        // SAFETY: see above; the value is boxed, so the word at offset 8 is a live `Rc`.
        unsafe {
            let inner = *((self as *const Value as *const u8).add(8) as *const *const u8);
            &*(inner as *const std::cell::Cell<usize>)
        }
    }

    /// One more strong reference to the object a boxed value points to.
    #[inline(always)]
    fn inc_ref(&self) {
        let c = self.strong();
        c.set(c.get() + 1);
    }

    /// Drop a value with the common cases inline: an unboxed one (nothing to free) and
    /// an object that other references keep alive (a decrement). Only a last reference
    /// takes the out-of-line path that frees.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_unboxed() {
            std::mem::forget(self);
            return;
        }
        let c = self.strong();
        let n = c.get();
        if n > 1 {
            c.set(n - 1);
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }
}

impl Value {
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn from_string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(PyList::tracked(items))
    }
    /// An int from a big integer, unboxed when it fits in i64.
    pub fn from_ibig(v: IBig) -> Value {
        match i64::try_from(&v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(v)),
        }
    }
    pub fn from_i128(v: i128) -> Value {
        match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(IBig::from(v))),
        }
    }
    pub fn from_usize(v: usize) -> Value {
        match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(IBig::from(v))),
        }
    }
    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(crate::value::PyBool(a)), Bool(crate::value::PyBool(b))) => a == b,
            // Small ints are cached in CPython; unboxed ints compare by value, which CPython
            // matches for -5..=256 and for the same object.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (Type(a), Type(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Object(a), Object(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    /// A stable address for `id()` and default reprs.
    pub fn id(&self) -> usize {
        use Value::*;
        match self {
            Null => 0,
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(crate::value::PyBool(b)) => 0x1030 + *b as usize * 16,
            Int(i) => (*i as usize).wrapping_mul(32).wrapping_add(0x10_0000),
            Float(f) => (f.to_bits() as usize) | 1,
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Object(r) => Rc::as_ptr(r) as *const u8 as usize,
        }
    }
    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => Option::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Value::strong` reads the count where `Rc::strong_count` does, for every variant.
    #[test]
    fn rc_layout() {
        let values = vec![
            Value::BigInt(Rc::new(IBig::from(7))),
            Value::str("s"),
            Value::tuple(vec![Value::Int(1)]),
            Value::List(Rc::new(PyList::new(vec![]))),
            Value::Dict(Rc::new(PyDict::new())),
            Value::Set(Rc::new(PySet::default())),
            Value::FrozenSet(Rc::new(PySet::default())),
            Value::Cell(Rc::new(std::cell::RefCell::new(Value::None))),
        ];
        for v in values {
            let before = v.strong().get();
            let copies: Vec<Value> = (0..3).map(|_| v.clone()).collect();
            assert_eq!(v.strong().get(), before + 3);
            let count = match &v {
                Value::BigInt(r) => Rc::strong_count(r),
                Value::Str(r) => Rc::strong_count(r),
                Value::Tuple(r) => Rc::strong_count(r),
                Value::List(r) => Rc::strong_count(r),
                Value::Dict(r) => Rc::strong_count(r),
                Value::Set(r) | Value::FrozenSet(r) => Rc::strong_count(r),
                Value::Cell(r) => Rc::strong_count(r),
                _ => unreachable!(),
            };
            assert_eq!(count, before + 3);
            for c in copies {
                c.discard();
            }
            assert_eq!(v.strong().get(), before);
        }
    }
}
