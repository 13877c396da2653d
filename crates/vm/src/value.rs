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
    Bool(bool),
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

    /// One more strong reference to the object a boxed value points to.
    #[inline(always)]
    fn inc_ref(&self) {
        use Value::*;
        // SAFETY: each pointer comes from a live `Rc` of that type.
        unsafe {
            match self {
                BigInt(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Str(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Tuple(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                List(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Dict(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Set(r) | FrozenSet(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Function(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Builtin(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Type(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Cell(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Object(r) => Rc::increment_strong_count(Rc::as_ptr(r)),
                Null | None | NotImplemented | Ellipsis | Bool(_) | Int(_) | Float(_) => {}
            }
        }
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
        use Value::*;
        macro_rules! shared_dec {
            ($r:expr) => {{
                if Rc::strong_count($r) > 1 {
                    // SAFETY: the count stays above zero, so this only decrements; the
                    // value is forgotten below, giving up the reference released here.
                    unsafe { Rc::decrement_strong_count(Rc::as_ptr($r)) };
                    true
                } else {
                    false
                }
            }};
        }
        let released = match &self {
            BigInt(r) => shared_dec!(r),
            Str(r) => shared_dec!(r),
            Tuple(r) => shared_dec!(r),
            List(r) => shared_dec!(r),
            Dict(r) => shared_dec!(r),
            Set(r) | FrozenSet(r) => shared_dec!(r),
            Function(r) => shared_dec!(r),
            Builtin(r) => shared_dec!(r),
            Type(r) => shared_dec!(r),
            Cell(r) => shared_dec!(r),
            Object(r) => shared_dec!(r),
            _ => false,
        };
        if released {
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
        let l = Rc::new(PyList::new(items));
        crate::gc::track_list(&l);
        Value::List(l)
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
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
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
            Bool(b) => 0x1030 + *b as usize * 16,
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
