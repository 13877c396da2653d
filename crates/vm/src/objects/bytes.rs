//! `bytes` and `bytearray` operators.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_bytes(vm: &Vm, v: Vec<u8>) -> Value {
    Value::Object(PyObject::new(
        vm.types.bytes.clone(),
        Payload::Bytes(Rc::from(v)),
    ))
}

pub fn new_bytearray(vm: &Vm, v: Vec<u8>) -> Value {
    Value::Object(PyObject::new(
        vm.types.bytearray.clone(),
        Payload::ByteArray(ByteArrayBuf::new(v)),
    ))
}

/// A bytearray's bytes and the count of its buffer exports (the memoryviews' managed
/// buffers over it): while one is live, the bytearray cannot change its length, as the
/// views index into it. Dereferences to the `RefCell` of the bytes.
pub struct ByteArrayBuf {
    buf: RefCell<Vec<u8>>,
    exports: Cell<u32>,
}

impl ByteArrayBuf {
    pub fn new(v: Vec<u8>) -> ByteArrayBuf {
        ByteArrayBuf {
            buf: RefCell::new(v),
            exports: Cell::new(0),
        }
    }

    /// Before an operation that may change the length: CPython's BufferError while a
    /// view exports the bytes.
    pub fn check_resizable(&self, vm: &Vm) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(vm.new_error(
                "BufferError",
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }

    pub fn add_export(&self) {
        self.exports.set(self.exports.get() + 1);
    }

    pub fn remove_export(&self) {
        self.exports.set(self.exports.get().saturating_sub(1));
    }
}

impl std::ops::Deref for ByteArrayBuf {
    type Target = RefCell<Vec<u8>>;
    fn deref(&self) -> &RefCell<Vec<u8>> {
        &self.buf
    }
}

/// The bytes of a bytes-like object, as CPython's consumers of any buffer read them:
/// bytes, bytearray, or a memoryview (its contents in C order). None for other
/// objects; a released memoryview is CPython's ValueError.
pub fn buffer_bytes(vm: &Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = as_bytes(v) {
        return Ok(Some(b));
    }
    crate::builtins::memoryview::view_bytes(vm, v)
}

/// As `buffer_bytes`, for the consumers whose error for a released memoryview is the
/// TypeError of an object that is not bytes-like (`b"" + v`, `b"".join([v])`).
pub fn buffer_bytes_or_none(vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    buffer_bytes(vm, v).ok().flatten()
}

/// The bytes of a bytes-like value.
pub fn as_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Bytes(b) => Some(b.to_vec()),
            Payload::ByteArray(b) => Some(b.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::ByteArray(_)))
}

pub fn bytes_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let Some(x) = as_bytes(a) else {
        if op == BinOp::Multiply {
            if let (Some(n), Some(_)) = (crate::objects::int::as_int(a), as_bytes(b)) {
                return bytes_binop(vm, b, &Value::from_ibig(n.to_ibig()), op);
            }
        }
        return Ok(None);
    };
    let make = |vm: &Vm, v: Vec<u8>| {
        if is_bytearray(a) {
            new_bytearray(vm, v)
        } else {
            new_bytes(vm, v)
        }
    };
    match op {
        BinOp::Add => {
            let Some(y) = buffer_bytes_or_none(vm, b) else {
                return Err(vm.type_error(format!(
                    "can't concat {} to {}",
                    vm.type_name(b),
                    vm.type_name(a)
                )));
            };
            let mut v = x;
            v.extend(y);
            Ok(Some(make(vm, v)))
        }
        BinOp::Multiply => match b {
            Value::Int(n) => Ok(Some(make(vm, x.repeat((*n).max(0) as usize)))),
            Value::Bool(crate::value::PyBool(n)) => Ok(Some(make(vm, x.repeat(*n as usize)))),
            _ => Ok(None),
        },
        BinOp::Remainder => {
            let s: String = x.iter().map(|&c| c as char).collect();
            let r = crate::strformat::percent_format_bytes(vm, &s, b)?;
            Ok(Some(make(vm, r)))
        }
        _ => Ok(None),
    }
}

pub fn bytes_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let x = as_bytes(a)?;
    let y = as_bytes(b)?;
    let o = x.cmp(&y);
    use std::cmp::Ordering::*;
    Some(match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    })
}

pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = as_bytes(container).unwrap_or_default();
    match item {
        Value::Int(i) => {
            if !(0..256).contains(i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            Ok(hay.contains(&(*i as u8)))
        }
        _ => match buffer_bytes(vm, item)? {
            Some(needle) => Ok(find(&hay, &needle, 0).is_some()),
            None => Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(item)
            ))),
        },
    }
}

pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}
