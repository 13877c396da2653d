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
    /// The class the object was made with; `cls()` is the one it has now.
    class: Rc<PyType>,
    /// `__class__` assignment: `REASSIGNED` has this object's entry (bit 1), and the
    /// class it has now is there, not `class` (bit 0). Bit 2: weakly referenced.
    reassigned: Cell<u8>,
    /// `__del__` has run (it runs at most once, PEP 442).
    pub finalized: Cell<bool>,
    /// The instance `__dict__`, for objects that have one: replaced by `__dict__`
    /// assignment, so read with `dict()` (a counted reference) or, where no Python code
    /// can run while it is used, `dict_unchecked()`.
    dict_: std::cell::UnsafeCell<Option<Rc<PyDict>>>,
    /// The values of the `__slots__` members of the object's class, apart from the dict.
    pub slots: Slots,
    pub payload: Payload,
}

// Every instance, bound method and iterator is a `PyObject`: the large payloads
// (exception data, generator state) are boxed so the common ones stay small.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<PyObject>() == 128);

const CLASS_MOVED: u8 = 1;
const HAS_ENTRY: u8 = 2;
/// A weak reference was made to the object: its death is reported to `_weakref`.
const WEAKLY_REFERENCED: u8 = 4;

thread_local! {
    /// The classes `__class__` assignment gave objects, by object address. Each class
    /// an object has had stays here, boxed, until the object is dropped: a `&Rc<PyType>`
    /// that `cls()` handed out lives no longer than the borrow of its object, so it
    /// stays valid however often the class changes meanwhile.
    static REASSIGNED: RefCell<crate::vm::FastMap<usize, Reassigned>> =
        RefCell::new(Default::default());
}

#[derive(Default)]
struct Reassigned {
    /// Boxed: `cls()` hands out references to these `Rc`s, which must not move when
    /// the vector grows.
    #[allow(clippy::vec_box)]
    classes: Vec<Box<Rc<PyType>>>,
    /// Index in `classes` of the class the object has now.
    now: usize,
}

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

/// A property's functions and doc (boxed: the payload stays small).
pub struct PropertyFns {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub enum Payload {
    /// A plain instance of a user class: everything is in `dict`.
    Instance,
    /// An instance of a user subclass of a builtin type: the builtin value.
    Builtin(Value),
    Complex(f64, f64),
    Bytes(Rc<[u8]>),
    ByteArray(crate::objects::bytes::ByteArrayBuf),
    MemoryView(Box<crate::builtins::memoryview::MemoryView>),
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
    /// A coroutine or an async generator (`GenState::kind` says which): a generator's
    /// state, but no iterator (`crate::coroutine`).
    Coroutine(Box<RefCell<crate::generator::GenState>>),
    /// Its functions and doc are set by `property.__init__`, which a subclass's
    /// constructor may call with other ones than the class call was given.
    Property {
        fns: RefCell<Box<PropertyFns>>,
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
        /// A view of a dict subclass's instance (an `OrderedDict`'s included), whose
        /// `mapping` would have to show that instance, not the dict inside it.
        of_subclass: bool,
    },
    MappingProxy(Rc<PyDict>),
    /// A traceback's entries (innermost first) and its `tb_next` once asked for.
    Traceback(Vec<crate::objects::exceptions::TbEntry>, RefCell<Value>),
    /// A frame object (`sys._getframe()`, `tb_frame`, `gi_frame`).
    Frame(Box<crate::objects::frame::FrameObject>),
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
    /// An object of class `cls` with these parts (not tracked by the cycle collector).
    pub fn raw(
        cls: Rc<PyType>,
        dict: Option<Rc<PyDict>>,
        slots: Slots,
        payload: Payload,
    ) -> PyObject {
        PyObject {
            class: cls,
            reassigned: Cell::new(0),
            finalized: Cell::new(false),
            dict_: std::cell::UnsafeCell::new(dict),
            slots,
            payload,
        }
    }

    /// The instance `__dict__`, if the object has one.
    #[inline]
    pub fn dict(&self) -> Option<Rc<PyDict>> {
        // SAFETY: no reference into the cell outlives a method of this type; `set_dict`
        // replaces the value only while none is taken.
        unsafe { (*self.dict_.get()).clone() }
    }

    /// Whether the object has an instance `__dict__`.
    #[inline]
    pub fn has_dict(&self) -> bool {
        // SAFETY: as in `dict`.
        unsafe { (*self.dict_.get()).is_some() }
    }

    /// The instance `__dict__` without counting a reference, for the eval loop's
    /// attribute caches.
    ///
    /// # Safety
    /// No Python code may run while the reference is used (only Python code can assign
    /// `__dict__`, which would drop the dict it points to).
    #[inline(always)]
    pub unsafe fn dict_unchecked(&self) -> Option<&Rc<PyDict>> {
        unsafe { (*self.dict_.get()).as_ref() }
    }

    /// `obj.__dict__ = d` (for an object that has a `__dict__`). The old dict is dropped
    /// here, after the new one is in place.
    pub fn set_dict(&self, d: Rc<PyDict>) {
        // SAFETY: no reference into the cell is live (see `dict`); the old value is
        // moved out before it is dropped.
        let old = unsafe { (*self.dict_.get()).replace(d) };
        drop(old);
    }

    /// The object's class.
    #[inline(always)]
    /// The class the object was made with (the reference the object itself holds; a
    /// class assigned later is held apart, see `cls`).
    pub fn made_class(&self) -> &Rc<PyType> {
        &self.class
    }

    pub fn cls(&self) -> &Rc<PyType> {
        if self.reassigned.get() & CLASS_MOVED == 0 {
            return &self.class;
        }
        self.moved_class()
    }

    #[cold]
    fn moved_class(&self) -> &Rc<PyType> {
        let key = self as *const PyObject as usize;
        let found = REASSIGNED.try_with(|m| {
            let m = m.borrow();
            m.get(&key).map(|r| &*r.classes[r.now] as *const Rc<PyType>)
        });
        match found {
            // SAFETY: the box stays in the table until this object is dropped (see
            // `REASSIGNED`), and the returned reference borrows the object.
            Ok(Some(p)) => unsafe { &*p },
            // The thread is exiting and the table is gone: the class it was made with.
            _ => &self.class,
        }
    }

    /// `obj.__class__ = cls` (the caller checked that the layouts agree).
    pub fn set_class(&self, cls: Rc<PyType>) {
        if Rc::ptr_eq(&cls, &self.class) {
            self.reassigned.set(self.reassigned.get() & !CLASS_MOVED);
            return;
        }
        let key = self as *const PyObject as usize;
        let stored = REASSIGNED.try_with(|m| {
            let mut m = m.borrow_mut();
            let r = m.entry(key).or_default();
            r.now = match r.classes.iter().position(|c| Rc::ptr_eq(c, &cls)) {
                Some(i) => i,
                None => {
                    r.classes.push(Box::new(cls));
                    r.classes.len() - 1
                }
            };
        });
        if stored.is_ok() {
            self.reassigned
                .set(self.reassigned.get() | CLASS_MOVED | HAS_ENTRY);
        }
    }

    pub fn new(cls: Rc<PyType>, payload: Payload) -> Rc<PyObject> {
        // Payloads that hold Python values can close a reference cycle: the cycle
        // collector must see them.
        let container = matches!(
            payload,
            Payload::BoundMethod { .. }
                | Payload::Generator(_)
                | Payload::Coroutine(_)
                | Payload::Builtin(_)
                | Payload::Property { .. }
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
                | Payload::Super { .. }
                | Payload::Exception(_)
                | Payload::Frame(_)
                | Payload::Traceback(..)
                | Payload::DictView { .. }
                | Payload::MappingProxy(_)
                | Payload::MemoryView(_)
        ) || match &payload {
            // An iterator over a str, bytes or range holds no values; a slice of
            // numbers (`x[1:n]`) none that can close a cycle.
            Payload::Iter(st) => !matches!(
                &*st.borrow(),
                IterState::Range { .. } | IterState::Str { .. } | IterState::Bytes { .. }
            ),
            Payload::Slice(a, b, c) => [a, b, c].iter().any(|v| crate::gc::may_refer(v)),
            _ => false,
        };
        let o = Rc::new(PyObject::raw(cls, None, Slots::default(), payload));
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
        let dict = PyDict::with_room(cls.dict_hint.get() as usize);
        let o = Rc::new(PyObject::raw(
            cls,
            Some(Rc::new(dict)),
            Slots::default(),
            payload,
        ));
        crate::gc::track_object(&o);
        o
    }

    /// A finalizer's object: this one's class and the given parts, marked finalized.
    fn resurrected(&self, dict: Option<Rc<PyDict>>, slots: Slots, payload: Payload) -> Rc<Self> {
        let o = PyObject::raw(self.cls().clone(), dict, slots, payload);
        o.finalized.set(true);
        Rc::new(o)
    }
}

impl PyObject {
    /// Note that a weak reference points at the object (see `stdlib::weakref`).
    pub fn mark_weakly_referenced(&self) {
        self.reassigned
            .set(self.reassigned.get() | WEAKLY_REFERENCED);
    }

    /// Has a weak reference been made to the object?
    #[inline]
    pub fn is_weakly_referenced(&self) -> bool {
        self.reassigned.get() & WEAKLY_REFERENCED != 0
    }
}

/// The most instance attributes a class's new instances make room for in advance.
const DICT_HINT_MAX: usize = 24;

impl Drop for PyObject {
    fn drop(&mut self) {
        // SAFETY: the object is being dropped: nothing else reads its dict cell now.
        if let Some(d) = unsafe { self.dict_unchecked() } {
            // At most `DICT_HINT_MAX`, down at once and up one at a time: one instance
            // with many attributes must not make every later instance large.
            let n = d.len_unchecked().min(DICT_HINT_MAX) as u8;
            let hint = &self.cls().dict_hint;
            hint.set(if n > hint.get() { hint.get() + 1 } else { n });
        }
        self.finalize();
        if self.reassigned.get() & WEAKLY_REFERENCED != 0 {
            crate::stdlib::weakref::object_died(self as *const PyObject as usize);
        }
        if self.reassigned.get() & HAS_ENTRY != 0 {
            let key = self as *const PyObject as usize;
            let _ = REASSIGNED.try_with(|m| {
                if let Ok(mut m) = m.try_borrow_mut() {
                    m.remove(&key);
                }
            });
        }
    }
}

impl PyObject {
    /// Dropping: a suspended generator's `finally` blocks, or `__del__`, run later on a
    /// new object holding the contents. (The checks are inline: every object dropped
    /// passes them, and almost none has anything to run.)
    #[inline(always)]
    fn finalize(&mut self) {
        if let Payload::Generator(_) | Payload::Coroutine(_) = &self.payload {
            self.finalize_generator();
            return;
        }
        if self.finalized.get() || !self.cls().has_finalizer() {
            return;
        }
        if !matches!(
            self.payload,
            Payload::Instance | Payload::Builtin(_) | Payload::Exception(_)
        ) {
            return;
        }
        self.queue_del();
    }

    #[inline(never)]
    fn finalize_generator(&mut self) {
        if let Payload::Generator(g) | Payload::Coroutine(g) = &self.payload {
            // (A coroutine never started warns that it was never awaited.)
            let suspended = g.try_borrow().is_ok_and(|g| {
                (g.started || g.kind == crate::generator::GenKind::Coroutine) && !g.finished
            });
            if suspended && !self.finalized.get() {
                let payload = std::mem::replace(&mut self.payload, Payload::Instance);
                let o = self.resurrected(None, Slots::default(), payload);
                crate::gc::queue_finalizer(o);
            }
        }
    }

    /// Resurrect the contents into a new object for `__del__` to run on at the next
    /// safe point of the eval loop.
    #[inline(never)]
    fn queue_del(&mut self) {
        let dict = self.dict_.get_mut().take();
        let slots = std::mem::take(&mut self.slots);
        let payload = std::mem::replace(&mut self.payload, Payload::Instance);
        let o = self.resurrected(dict, slots, payload);
        // Its weak references live while `__del__` runs (and after, if it resurrects
        // the object): they move to the object it runs on.
        if self.is_weakly_referenced() {
            crate::stdlib::weakref::object_resurrected(self as *const PyObject as usize, &o);
        }
        crate::gc::queue_finalizer(o);
    }
}
