//! `bytes` and `bytearray` operators.

use std::cell::RefCell;
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
        Payload::ByteArray(RefCell::new(v)),
    ))
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
            let Some(y) = as_bytes(b) else {
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
        _ => match as_bytes(item) {
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
