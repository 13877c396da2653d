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
    pub payload: Payload,
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
    Exception(ExcData),
    Generator(RefCell<crate::generator::GenState>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        name: RefCell<Value>,
    },
    /// A `__slots__` member of a class: the attribute lives in the instance's storage.
    Member(Rc<crate::objects::str::PyStr>),
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
        Rc::new(PyObject {
            cls,
            finalized: Cell::new(false),
            dict: None,
            payload,
        })
    }
    /// An object with an instance `__dict__`, tracked by the cycle collector.
    pub fn with_dict(cls: Rc<PyType>, payload: Payload) -> Rc<PyObject> {
        let o = Rc::new(PyObject {
            cls,
            finalized: Cell::new(false),
            dict: Some(Rc::new(PyDict::new())),
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
        let payload = std::mem::replace(&mut self.payload, Payload::Instance);
        let o = Rc::new(PyObject {
            cls: self.cls.clone(),
            finalized: Cell::new(true),
            dict,
            payload,
        });
        crate::gc::queue_finalizer(o);
    }
}
