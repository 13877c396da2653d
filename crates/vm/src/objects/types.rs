//! `type`: type objects, their MRO and attribute dicts, and the registry of builtin
//! types the vm creates at start.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::value::Value;

/// The native layout of a type's instances (its "solid base" in CPython's terms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Code,
    Module,
    Cell,
    Generator,
    Iterator,
    Exception,
    Property,
    StaticMethod,
    ClassMethod,
    MappingProxy,
    DictView,
    Traceback,
    Frame,
}

pub struct PyType {
    pub name: String,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<Rc<PyType>>>,
    /// The MRO without the type itself (which always comes first).
    pub mro_rest: RefCell<Vec<Rc<PyType>>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    /// Builtin types' attributes cannot be set from Python.
    pub builtin: bool,
    /// The metaclass, when not `type`.
    pub meta: RefCell<Option<Rc<PyType>>>,
}

impl PyType {
    pub fn new_builtin(name: &str, base: Option<&Rc<PyType>>, layout: Layout) -> Rc<PyType> {
        let mut mro_rest = Vec::new();
        let mut bases = Vec::new();
        if let Some(b) = base {
            bases.push(b.clone());
            mro_rest.push(b.clone());
            mro_rest.extend(b.mro_rest.borrow().iter().cloned());
        }
        Rc::new(PyType {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new("builtins".to_string()),
            bases: RefCell::new(bases),
            mro_rest: RefCell::new(mro_rest),
            dict: Rc::new(PyDict::new()),
            layout,
            builtin: true,
            meta: RefCell::new(None),
        })
    }

    /// The MRO including the type itself.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<PyType>> {
        let mut v = Vec::with_capacity(self.mro_rest.borrow().len() + 1);
        v.push(self.clone());
        v.extend(self.mro_rest.borrow().iter().cloned());
        v
    }

    /// Look an attribute up along the MRO (no descriptors applied).
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for t in self.mro_rest.borrow().iter() {
            if let Some(v) = t.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&PyStr::new(name))
    }

    pub fn is_subtype(self: &Rc<Self>, other: &Rc<PyType>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_rest.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }

    pub fn full_name(&self) -> String {
        let m = self.module.borrow();
        if *m == "builtins" {
            self.qualname.borrow().clone()
        } else {
            format!("{}.{}", m, self.qualname.borrow())
        }
    }
}
