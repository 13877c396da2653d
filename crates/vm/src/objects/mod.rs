//! The object types, one file each, as in CPython's `Objects/`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::Value;

pub mod bytes;
pub mod complex;
pub mod cshape;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod frame;
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

    /// A new list registered with the cycle collector (what `Value::list` wraps).
    pub fn tracked(items: Vec<Value>) -> Rc<PyList> {
        let l = Rc::new(PyList::new(items));
        crate::gc::track_list(&l);
        l
    }

    /// `append`: `Vec::push`, but a long list grows by an eighth, as CPython's does,
    /// instead of doubling (a million-item list built by appends would otherwise carry
    /// up to a million empty 16-byte slots).
    #[inline]
    pub fn append(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() {
            grow_one(&mut items);
        }
        items.push(v);
    }
}

/// Room for one more item in a full list: doubling while small (cheap amortised copies),
/// then an eighth more (large blocks are remapped by the system allocator, not copied).
#[cold]
fn grow_one(items: &mut Vec<Value>) {
    let n = items.len();
    if n == 0 {
        *items = Vec::with_capacity(4);
        return;
    }
    let extra = if n < 4096 { n.max(4) } else { n / 8 };
    items.reserve_exact(extra);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_grows_by_an_eighth() {
        let l = PyList::new(Vec::new());
        for i in 0..100_000 {
            l.append(Value::Int(i));
        }
        let items = l.items.borrow();
        assert_eq!(items.len(), 100_000);
        assert!(items
            .iter()
            .enumerate()
            .all(|(i, v)| matches!(v, Value::Int(n) if *n == i as i64)));
        assert!(
            items.capacity() <= 100_000 + 100_000 / 8 + 8,
            "{}",
            items.capacity()
        );
    }
}
