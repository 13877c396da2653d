//! Heap objects that are not one of the hot builtin variants of `Value`: each carries
//! its type and a payload (range, slice, iterator, code, module, exception, instance…).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::exceptions::ExcData;
use crate::objects::function::Code;
use crate::objects::iter::IterState;
use crate::objects::range::Range;
use crate::objects::types::PyType;
use crate::value::Value;

pub struct PyObject {
    pub cls: Rc<PyType>,
    /// `__del__` has run (it runs at most once, PEP 442).
    pub finalized: Cell<bool>,
    /// The instance `__dict__`, for objects that have one.
    pub dict: Option<Rc<PyDict>>,
    /// The values of the `__slots__` members of the object's class, apart from the dict.
    pub slots: Slots,
    pub payload: Payload,
}

// Every instance, bound method and iterator is a `PyObject`: the large payloads
// (exception data, generator state) are boxed so the common ones stay small.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<PyObject>() == 128);

/// Per-object storage of `__slots__` values, indexed by the member descriptor's index
/// (`Value::Null`: unset). Allocated on the first store, so objects without slots pay
/// one pointer-sized field.
#[derive(Default)]
pub struct Slots(std::cell::OnceCell<Box<RefCell<Vec<Value>>>>);

impl Slots {
    /// The value in slot `i`, None when it is unset.
    pub fn get(&self, i: usize) -> Option<Value> {
        let v = self.0.get()?.borrow();
        v.get(i).filter(|x| !x.is_null()).cloned()
    }

    /// Store `v` in slot `i`.
    pub fn set(&self, i: usize, v: Value) {
        let cell = self.0.get_or_init(|| Box::new(RefCell::new(Vec::new())));
        let old = {
            let mut vals = cell.borrow_mut();
            if vals.len() <= i {
                vals.resize_with(i + 1, || Value::Null);
            }
            std::mem::replace(&mut vals[i], v)
        };
        drop(old);
    }

    /// Unset slot `i`; returns the value it had (None when it was unset).
    pub fn take(&self, i: usize) -> Option<Value> {
        let old = self.0.get()?.borrow_mut().get_mut(i).map(std::mem::take)?;
        (!old.is_null()).then_some(old)
    }

    /// Visit every value set (the cycle collector's traversal).
    pub fn for_each(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(c) = self.0.get() {
            for v in c.borrow().iter().filter(|v| !v.is_null()) {
                f(v);
            }
        }
    }

    /// Unset every slot (the cycle collector breaking a cycle).
    pub fn clear(&self) {
        if let Some(c) = self.0.get() {
            let old = std::mem::take(&mut *c.borrow_mut());
            drop(old);
        }
    }
}

pub enum Payload {
    /// A plain instance of a user class: everything is in `dict`.
    Instance,
    /// An instance of a user subclass of a builtin type: the builtin value.
    Builtin(Value),
    Complex(f64, f64),
    Bytes(Rc<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Range(Range),
    Slice(Value, Value, Value),
    Iter(RefCell<IterState>),
    Code(Rc<Code>),
    Module {
        name: String,
    },
    BoundMethod {
        func: Value,
        self_: Value,
    },
    Exception(Box<ExcData>),
    Generator(Box<RefCell<crate::generator::GenState>>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        name: RefCell<Value>,
    },
    /// A `__slots__` member of a class: the attribute lives in slot `index` of the
    /// instances' `slots`. `owner` is the class whose `__slots__` made it (held weakly:
    /// the class's dict holds the member), `owner_name` that class's name.
    Member {
        name: Rc<crate::objects::str::PyStr>,
        index: usize,
        owner: std::rc::Weak<PyType>,
        owner_name: Rc<crate::objects::str::PyStr>,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    DictView {
        dict: Rc<PyDict>,
        kind: DictViewKind,
    },
    MappingProxy(Rc<PyDict>),
    Traceback(Vec<crate::objects::exceptions::TbEntry>),
    /// `super(start, obj)`: lookups start after `start` in the MRO of `obj_type`.
    Super {
        start: Rc<PyType>,
        obj: Value,
        obj_type: Rc<PyType>,
    },
    /// `sys.stdout` (1) or `sys.stderr` (2).
    Stream(u8),
    /// An opaque marker whose identity is all that matters.
    Sentinel(Cell<u8>),
    /// State of a native module's object (a compiled regex, …), holding no Python values.
    Native(Box<dyn std::any::Any>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl PyObject {
    pub fn new(cls: Rc<PyType>, payload: Payload) -> Rc<PyObject> {
        // Payloads that hold Python values can close a reference cycle: the cycle
        // collector must see them.
        let container = matches!(
            payload,
            Payload::BoundMethod { .. }
                | Payload::Generator(_)
                | Payload::Builtin(_)
                | Payload::Property { .. }
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
                | Payload::Super { .. }
                | Payload::Exception(_)
        );
        let o = Rc::new(PyObject {
            cls,
            finalized: Cell::new(false),
            dict: None,
            slots: Slots::default(),
            payload,
        });
        if container {
            crate::gc::track_object(&o);
        }
        o
    }
    /// An instance of class `cls`: with a `__dict__` unless the class's `__slots__` leave
    /// it out (`dictless`). Tracked by the cycle collector when it can hold values (a
    /// dict, slots, or a payload with values).
    pub fn instance(cls: Rc<PyType>, payload: Payload) -> Rc<PyObject> {
        if !cls.dictless.get() {
            return PyObject::with_dict(cls, payload);
        }
        let slotted = cls.nslots > 0;
        let o = PyObject::new(cls, payload);
        if slotted && matches!(o.payload, Payload::Instance) {
            crate::gc::track_object(&o);
        }
        o
    }

    /// An object with an instance `__dict__`, tracked by the cycle collector.
    pub fn with_dict(cls: Rc<PyType>, payload: Payload) -> Rc<PyObject> {
        let o = Rc::new(PyObject {
            cls,
            finalized: Cell::new(false),
            dict: Some(Rc::new(PyDict::new())),
            slots: Slots::default(),
            payload,
        });
        crate::gc::track_object(&o);
        o
    }
}

impl Drop for PyObject {
    fn drop(&mut self) {
        if let Payload::Generator(g) = &self.payload {
            let suspended = g.try_borrow().is_ok_and(|g| g.started && !g.finished);
            if suspended && !self.finalized.get() {
                let payload = std::mem::replace(&mut self.payload, Payload::Instance);
                let o = Rc::new(PyObject {
                    cls: self.cls.clone(),
                    finalized: Cell::new(true),
                    dict: None,
                    slots: Slots::default(),
                    payload,
                });
                crate::gc::queue_finalizer(o);
            }
            return;
        }
        if self.finalized.get() || !self.cls.has_finalizer() {
            return;
        }
        if !matches!(
            self.payload,
            Payload::Instance | Payload::Builtin(_) | Payload::Exception(_)
        ) {
            return;
        }
        // Resurrect the contents into a new object for `__del__` to run on at the next
        // safe point of the eval loop.
        let dict = self.dict.take();
        let slots = std::mem::take(&mut self.slots);
        let payload = std::mem::replace(&mut self.payload, Payload::Instance);
        let o = Rc::new(PyObject {
            cls: self.cls.clone(),
            finalized: Cell::new(true),
            dict,
            slots,
            payload,
        });
        crate::gc::queue_finalizer(o);
    }
}
