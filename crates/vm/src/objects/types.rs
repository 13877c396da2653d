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
    /// `memoryview`: its instances carry a `Payload::MemoryView`.
    MemoryView,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    /// `super`: its instances (and its subclasses') carry a `Payload::Super`.
    Super,
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
    /// `__name__` (assignable); read it with [`PyType::name`].
    pub name_cell: RefCell<String>,
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
    /// Instances have only `__slots__` storage, no `__dict__`.
    pub dictless: std::cell::Cell<bool>,
    /// How many attributes the class's last freed instance had in its `__dict__`: a new
    /// instance's dict is made with room for that many (no regrowth while `__init__`
    /// stores them).
    pub dict_hint: std::cell::Cell<u8>,
    /// How many `__slots__` members this class and its bases give an instance (the
    /// members' indices are below it).
    pub nslots: usize,
    /// How CPython would lay the instances out (what `__class__` and `__bases__`
    /// assignments check).
    pub shape: crate::objects::cshape::Shape,
    /// Which of `bases` the instances' layout extends (CPython's `tp_base`).
    pub best: std::cell::Cell<usize>,
    /// Direct subclasses (`__subclasses__()`), weakly held.
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
    /// Some class in the MRO defines `__del__`.
    pub finalizer: std::cell::Cell<bool>,
    /// (type epoch, hook bits) — which attribute hooks Python code overrides.
    pub hooks: std::cell::Cell<(u64, u8)>,
    /// (type epoch, user `__new__`, user `__init__`): what calling the class runs.
    pub ctor: RefCell<(u64, Option<Value>, Option<Value>)>,
    /// `collections.OrderedDict` or a subclass (from its bases when it was made): its
    /// instances iterate with an `odict_iterator` (`builtins::odict`).
    pub ordered_dict: bool,
    /// What a `match` statement takes the instances for: a sequence, a mapping or neither
    /// (CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`: `COLLECTION_SEQUENCE`...).
    pub collection: std::cell::Cell<u8>,
    /// CPython's `Py_TPFLAGS_IS_ABSTRACT`: set by storing a true `__abstractmethods__`
    /// (cleared by a false one or its deletion); `object.__new__` refuses to make an
    /// instance while it is set (`classes::object_new`).
    pub abstract_: std::cell::Cell<bool>,
}

/// `PyType::collection`: the instances match sequence patterns.
pub const COLLECTION_SEQUENCE: u8 = 1;
/// `PyType::collection`: the instances match mapping patterns.
pub const COLLECTION_MAPPING: u8 = 2;

thread_local! {
    /// Bumped whenever any type's attributes may have changed (or a type was freed, so
    /// its address may be reused): attribute-lookup caches compare against it.
    static TYPE_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Where a class attribute is (`PyType::locate`): a dict of a class on the MRO and the
/// entry's index in it.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    dict: *const crate::objects::dict::PyDict,
    index: u32,
}

impl Place {
    /// The value at this place.
    ///
    /// # Safety
    /// The type epoch is still the one at the `locate` that answered the place: no class
    /// has changed an attribute or been freed since (a freed class moves the epoch on),
    /// so the dict is alive and its entry holds the same value.
    #[inline]
    pub unsafe fn value(self) -> Option<Value> {
        // SAFETY: see above.
        unsafe { &*self.dict }
            .value_at(self.index as usize)
            .filter(|v| !v.is_null())
    }
}

pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

impl Drop for PyType {
    fn drop(&mut self) {
        bump_type_epoch();
        // Our handle in each base's `__subclasses__` list goes with us (as CPython's
        // `type_dealloc` removes the class from its bases): a `Weak` keeps the whole
        // `PyType` allocation, so a program making classes in a loop grew by ~400 bytes
        // a class. Our strong count is zero now, so ours are among the dead handles.
        for b in self.bases.get_mut().iter() {
            if let Ok(mut subs) = b.subclasses.try_borrow_mut() {
                subs.retain(|w| w.strong_count() > 0);
            }
        }
    }
}

impl PyType {
    /// `__name__`.
    pub fn name(&self) -> std::cell::Ref<'_, str> {
        std::cell::Ref::map(self.name_cell.borrow(), String::as_str)
    }

    /// Whether CPython refuses to set this class's attributes as it does a builtin
    /// type's: a class of metal's library that CPython writes in C is immutable there,
    /// unless made as a mutable heap type (metal's library finishes its own classes
    /// after the class statement, so it may).
    pub fn immutable_c_type(&self) -> bool {
        self.shape.c_name.is_some() && !self.shape.mutable_type
    }

    /// The name CPython's messages give the class (its `tp_name`): a class of metal's
    /// library that CPython writes in C by its module and name (`collections.deque`),
    /// any other by its `__name__`.
    pub fn tp_name(&self) -> String {
        match self.shape.c_name {
            Some(c) => c.to_string(),
            None => self.name().to_string(),
        }
    }

    pub fn new_builtin(name: &str, base: Option<&Rc<PyType>>, layout: Layout) -> Rc<PyType> {
        let mut mro_rest = Vec::new();
        let mut bases = Vec::new();
        if let Some(b) = base {
            bases.push(b.clone());
            mro_rest.push(b.clone());
            mro_rest.extend(b.mro_rest.borrow().iter().cloned());
        }
        let t = Rc::new(PyType {
            name_cell: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new("builtins".to_string()),
            bases: RefCell::new(bases),
            mro_rest: RefCell::new(mro_rest),
            dict: Rc::new(PyDict::new()),
            layout,
            builtin: true,
            meta: RefCell::new(None),
            dictless: std::cell::Cell::new(false),
            dict_hint: std::cell::Cell::new(0),
            nslots: 0,
            shape: crate::objects::cshape::Shape::builtin(name, base.map(|b| &**b), layout),
            best: std::cell::Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            finalizer: std::cell::Cell::new(false),
            hooks: std::cell::Cell::new((0, 0)),
            ctor: RefCell::new((0, None, None)),
            ordered_dict: false,
            collection: std::cell::Cell::new(match name {
                "list" | "tuple" | "range" | "memoryview" => COLLECTION_SEQUENCE,
                "dict" | "mappingproxy" => COLLECTION_MAPPING,
                _ => base.map_or(0, |b| b.collection.get()),
            }),
            abstract_: std::cell::Cell::new(false),
        });
        // `int.__subclasses__()` lists bool, as in CPython.
        if let Some(b) = base {
            b.subclasses.borrow_mut().push(Rc::downgrade(&t));
        }
        t
    }

    #[inline]
    pub fn has_finalizer(&self) -> bool {
        self.finalizer.get()
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
        self.locate_value(name).map(|(_, v)| v)
    }

    /// `locate` with the value found there.
    pub fn locate_value(&self, name: &PyStr) -> Option<(Place, Value)> {
        let place = self.locate(name)?;
        // SAFETY: just located: no class has changed since.
        unsafe { place.value() }.map(|v| (place, v))
    }
    /// Where `lookup` finds `name`: the dict along the MRO that holds it and the
    /// entry's index there. Caches keep this place instead of the value, so a cache
    /// never keeps a class attribute alive.
    ///
    /// A builtin type's getset or member descriptor (`int.__dict__['real']`) is passed
    /// by: the object serves that attribute itself (`crate::getset`), and only a
    /// class-level read, `vars()` and a store look at the descriptor (`locate_raw`).
    pub fn locate(&self, name: &PyStr) -> Option<Place> {
        self.locate_in_mro(name, true)
    }

    /// `locate` that finds a builtin type's descriptors too.
    pub fn locate_raw(&self, name: &PyStr) -> Option<Place> {
        self.locate_in_mro(name, false)
    }

    #[inline]
    fn locate_in_mro(&self, name: &PyStr, pass_descriptors: bool) -> Option<Place> {
        let at = |d: &Rc<crate::objects::dict::PyDict>| {
            let ix = d.index_of_str(name)?;
            if pass_descriptors
                && d.value_at(ix)
                    .is_some_and(|v| crate::getset::is_descriptor(&v))
            {
                return None;
            }
            Some(Place {
                dict: Rc::as_ptr(d),
                index: ix as u32,
            })
        };
        if let Some(p) = at(&self.dict) {
            return Some(p);
        }
        self.mro_rest.borrow().iter().find_map(|t| at(&t.dict))
    }

    /// `lookup` that finds a builtin type's descriptors too (see `locate`).
    pub fn lookup_raw(&self, name: &PyStr) -> Option<Value> {
        let place = self.locate_raw(name)?;
        // SAFETY: just located: no class has changed since.
        unsafe { place.value() }
    }

    /// `lookup` by a Rust string (hashed once, nothing allocated).
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        let hash = crate::objects::str::hash_text(name);
        let found = |t: &PyType| {
            t.dict
                .get_by_str_hashed(name, hash)
                .filter(|v| !crate::getset::is_descriptor(v))
        };
        if let Some(v) = found(self) {
            return Some(v);
        }
        self.mro_rest.borrow().iter().find_map(|t| found(t))
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
