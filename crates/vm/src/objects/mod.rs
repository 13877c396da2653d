//! The object types, one file each, as in CPython's `Objects/`.

use std::cell::RefCell;

use crate::value::Value;

pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod function_new;
pub mod int;
pub mod iter;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod substr;
pub mod types;
pub mod unicode_case;
pub mod unicode_digits;

/// `tuple`: immutable, so no cell.
pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }
}

/// Drops `items` last to first, as CPython releases a list's or tuple's items (so
/// their `__del__` methods run in that order).
pub fn drop_reversed<T>(mut items: Vec<T>) {
    while items.pop().is_some() {}
}

/// `drop_reversed` for values, each released inline when it is unboxed or still
/// referenced elsewhere (the drop glue is a call per item).
pub fn drop_values_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        v.discard();
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        drop_values_reversed(std::mem::take(&mut self.items).into_vec());
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        drop_values_reversed(std::mem::take(self.items.get_mut()));
    }
}

/// `list`. Borrows are kept short: never held across a call back into Python.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }
}
