//! Functions (Python and native) and the vm's view of a code object.

use std::cell::RefCell;
use std::rc::Rc;

use metal_compiler::bytecode::CodeObject;

use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A code object with its constants turned into values and its names interned.
pub struct Code {
    pub co: Rc<CodeObject>,
    /// `co.name` and `co.qualname`, interned once (each function made from the code
    /// starts with them).
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    /// The instructions, shared so the eval loop can hold them in a local.
    pub instrs: Rc<[metal_compiler::bytecode::Instr]>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    pub nlocalsplus: usize,
    /// Argument binding is trivial: only positional parameters, no cells.
    pub simple_args: bool,
    /// `co.argcount`, `co.flags` and `co.stacksize`, kept here so a call reads them
    /// from the `Code` it already has in cache rather than one more allocation away.
    pub argcount: usize,
    pub flags: u32,
    pub stacksize: usize,
    /// Inline caches, one per instruction (used by LOAD_ATTR, LOAD_METHOD, STORE_ATTR,
    /// LOAD_GLOBAL): what the last execution found, guarded by type and dict versions.
    pub caches: Box<[std::cell::RefCell<InlineCache>]>,
    /// The code object last handed out for this code, so `f.__code__ is f.__code__`
    /// (not kept alive by the code: it holds the code).
    pub object: RefCell<std::rc::Weak<crate::objects::object::PyObject>>,
}

/// What an attribute or global instruction learned last time it ran.
#[derive(Clone, Default)]
pub enum InlineCache {
    #[default]
    Empty,
    /// Instances of these types (up to four, 0 = a free slot; at this type epoch) keep
    /// this attribute in their `__dict__`: no descriptor or hook on the type gets in the
    /// way. `index`: the dict entry where it was last found, tried before hashing.
    InstanceAttr {
        types: [usize; 4],
        epoch: u64,
        index: std::cell::Cell<u32>,
    },
    /// Instances of the type (at this type epoch) keep this attribute in slot `index` of
    /// their `__slots__` storage (a member descriptor, no attribute hook in the way).
    SlotAttr { ty: usize, epoch: u64, index: usize },
    /// The attribute is the plain function of the type at this place of its MRO
    /// (unless the instance shadows it); the cache does not keep it alive.
    Method {
        ty: usize,
        epoch: u64,
        place: crate::objects::types::Place,
    },
    /// Instances of the type (a subclass of a builtin type, at this type epoch) get this
    /// method of the builtin type, called on the builtin value inside them (unless the
    /// instance shadows it).
    InnerMethod { ty: usize, epoch: u64, func: Value },
    /// A property of instances of the type (at this type epoch) whose getter is a
    /// plain one-parameter Python function: LOAD_ATTR runs it as a call.
    Property {
        ty: usize,
        epoch: u64,
        /// Where the property is on the type's MRO (`PyType::locate`): the cache keeps
        /// neither it nor its getter alive.
        place: crate::objects::types::Place,
    },
    /// A plain class attribute (no `__get__`) of instances of the type (at this type
    /// epoch), read when the instance's own dict does not shadow it.
    ClassAttr {
        ty: usize,
        epoch: u64,
        /// Where the value is on the type's MRO (`PyType::locate`): the cache does not
        /// keep it alive.
        place: crate::objects::types::Place,
    },
    /// The special method `name` of instances of the type (at this type epoch) is this
    /// plain function, run as a frame of its own (`Vm::special_frame_func`).
    Special {
        ty: usize,
        epoch: u64,
        name: &'static str,
        /// Where the function is on the type's MRO (`PyType::locate`): the cache does
        /// not keep it alive.
        place: crate::objects::types::Place,
    },
    /// An attribute of this class (at this type epoch) that reads as the value found
    /// on its MRO (a function, a plain value, a class), with no metaclass attribute or
    /// hook in the way.
    TypeAttr {
        ty: usize,
        epoch: u64,
        /// Where the value is on the class's MRO (`PyType::locate`): the cache does not
        /// keep it alive.
        place: crate::objects::types::Place,
    },
    /// A module attribute at this entry of the module's dict, valid while the dict's
    /// keys do not change. The weak reference keeps the dict's allocation, so no other
    /// dict can take its address while this entry exists.
    ModuleAttr {
        /// The module's type (the builtin `module`: nothing on it can change), so an
        /// object of another class that shares the dict, or a module whose `__class__`
        /// was changed since, misses.
        ty: usize,
        dict: std::rc::Weak<PyDict>,
        version: u64,
        index: usize,
    },
    /// A method of a builtin type found for a receiver of this `Value` variant (see
    /// `builtin_receiver_tag`); builtin types cannot change, so it stays valid.
    BuiltinMethod { tag: u8, func: Value },
    /// A call site that saw instances of several types: up to four (type, function).
    Methods {
        epoch: u64,
        entries: Box<[(usize, Option<crate::objects::types::Place>); 4]>,
    },
    /// A global found at this entry of the globals (or builtins) dict, valid while
    /// neither dict's keys changed.
    Global {
        globals_version: u64,
        builtins_version: u64,
        in_builtins: bool,
        index: usize,
    },
}

pub struct Function {
    /// The code the function runs (`__code__`, which can be reassigned).
    pub code: CodeCell,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    pub closure: Option<Rc<[Value]>>,
    pub defaults: RefCell<Option<Rc<crate::objects::PyTuple>>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Rc<PyDict>>>,
    /// The function's `__dict__`, made when first used (most functions never have one);
    /// `f.__dict__ = d` replaces it. Read through `dict`/`dict_opt`/`set_dict`.
    pub dict: std::cell::Cell<Option<Rc<PyDict>>>,
}

/// A function's code: the one it was made with, or the last one assigned to `__code__`.
///
/// Frames called from the eval loop copy the function's `Rc<Code>` without counting it
/// (`Frame::write_borrowing`), trusting the function to keep it alive while they run,
/// and the eval loop holds `&Code` for as long as a frame runs. A function whose body
/// assigns its own `__code__` would free the code under its running frame, so a code
/// once installed is never dropped or moved before the function: each assigned one gets
/// a box of its own in `assigned`, which only grows (a function's code is seldom
/// reassigned more than once).
pub struct CodeCell {
    initial: Rc<Code>,
    // Boxed: `get` hands out a reference to the `Rc` itself, which must not move when
    // the vector grows.
    #[allow(clippy::vec_box)]
    assigned: RefCell<Vec<Box<Rc<Code>>>>,
    /// The last of `assigned`, or null for `initial`.
    current: std::cell::Cell<*const Rc<Code>>,
}

impl CodeCell {
    pub fn new(code: Rc<Code>) -> CodeCell {
        CodeCell {
            initial: code,
            assigned: RefCell::new(Vec::new()),
            current: std::cell::Cell::new(std::ptr::null()),
        }
    }

    /// The code the function runs now.
    #[inline(always)]
    pub fn get(&self) -> &Rc<Code> {
        let p = self.current.get();
        if p.is_null() {
            &self.initial
        } else {
            // SAFETY: `p` points into a box of `assigned`, which is neither dropped nor
            // written to before `self` is (see the type's comment).
            unsafe { &*p }
        }
    }

    /// Run `code` from the next call on.
    pub fn set(&self, code: Rc<Code>) {
        let boxed = Box::new(code);
        let p: *const Rc<Code> = &*boxed;
        self.assigned.borrow_mut().push(boxed);
        self.current.set(p);
    }
}

impl std::ops::Deref for CodeCell {
    type Target = Rc<Code>;
    #[inline(always)]
    fn deref(&self) -> &Rc<Code> {
        self.get()
    }
}

/// The code object (`f.__code__`, `gi_code`, `f_code`) of `code`: the same one while
/// it is alive.
pub fn code_object(vm: &Vm, code: &Rc<Code>) -> Value {
    use crate::objects::object::{Payload, PyObject};
    if let Some(o) = code.object.borrow().upgrade() {
        return Value::Object(o);
    }
    let o = PyObject::new(vm.types.code.clone(), Payload::Code(code.clone()));
    *code.object.borrow_mut() = Rc::downgrade(&o);
    Value::Object(o)
}

impl Code {
    /// Constant `i` of a LOAD_CONST: `make_code` checked every LOAD_CONST's index.
    #[inline(always)]
    pub fn konst(&self, i: u32) -> &Value {
        debug_assert!((i as usize) < self.consts.len());
        // SAFETY: see above; constants are never removed.
        unsafe { self.consts.get_unchecked(i as usize) }
    }
    /// The inline cache of instruction `i` (one per instruction, `i` < instrs.len()).
    #[inline(always)]
    pub fn cache(&self, i: usize) -> &std::cell::RefCell<InlineCache> {
        debug_assert!(i < self.caches.len());
        // SAFETY: `caches` has one entry per instruction and the eval loop only asks for
        // the instruction it has just read.
        unsafe { self.caches.get_unchecked(i) }
    }
}

impl Function {
    /// The function's `__dict__` (made now if it has none yet).
    pub fn dict(&self) -> Rc<PyDict> {
        let d = self.dict.take().unwrap_or_else(|| Rc::new(PyDict::new()));
        self.dict.set(Some(d.clone()));
        d
    }

    /// The function's `__dict__` if it has one.
    pub fn dict_opt(&self) -> Option<Rc<PyDict>> {
        let d = self.dict.take();
        self.dict.set(d.clone());
        d
    }

    /// `f.__dict__ = d` (the old dict is dropped after the new one is in place).
    pub fn set_dict(&self, d: Rc<PyDict>) {
        drop(self.dict.replace(Some(d)));
    }
}

/// Positional arguments followed by keyword values, with the keyword names.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            all: pos,
            kwnames: &[],
        }
    }
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let base = self.all.len() - self.kwnames.len();
        let all = self.all;
        self.kwnames
            .iter()
            .enumerate()
            .map(move |(i, n)| (kw_text(n), &all[base + i]))
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    pub fn get_kw(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// A keyword's name as text: a str, or the text of an instance of a str subclass
/// (`f(**{S('a'): 1})`, which CPython accepts as `a=1`).
pub fn kw_text(name: &Value) -> &str {
    crate::builtins::str::str_payload(name).unwrap_or("")
}

pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NativeKind {
    /// A module-level function: never binds.
    Function,
    /// A method descriptor: binds to the instance; `args.all[0]` is self.
    Method,
    /// Receives the class as first argument.
    ClassMethod,
    /// A static method in a type's dict.
    StaticMethod,
}

/// Which of CPython's descriptor classes a builtin type's method stands for (its
/// `type()`, repr and call-time errors); the eval loop's fast paths look only at `kind`
/// and `self_`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    /// A module-level function, or a method from the type's method table
    /// (`method_descriptor`, `classmethod_descriptor`).
    Plain,
    /// A special method filling a type slot (`wrapper_descriptor`; bound, a
    /// `method-wrapper`).
    Slot,
    /// A builtin type's `__new__`: a `builtin_function_or_method` whose `__self__` is
    /// the type.
    New,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// For a bound builtin method: its self.
    pub self_: Option<Value>,
    /// The type that defines a method (for reprs).
    pub owner: Option<&'static str>,
    /// That type itself (`__objclass__`; an unbound method's first argument must be an
    /// instance of it). Weak: the type's dict holds the method.
    pub objclass: Option<std::rc::Weak<crate::objects::types::PyType>>,
    /// Its address (0 without one), for the calls' cheap check of their first argument.
    pub objclass_addr: usize,
    pub flavor: Flavor,
    /// For a function of a native module (`math.sqrt`, `len`): the module's name
    /// (`__module__`) and the module (`__self__`; weak: the module's dict holds the
    /// function).
    pub module: Option<
        Rc<(
            Rc<crate::objects::str::PyStr>,
            std::rc::Weak<crate::objects::object::PyObject>,
        )>,
    >,
}

impl BuiltinFunction {
    /// An unbound method descriptor of no builtin type: the framework's native methods
    /// in Python classes' dicts (`http_headers.rs`…). Bound, it receives the instance
    /// itself (a builtin type's method receives the builtin value inside a subclass's
    /// instance), and it is its class's own special method.
    #[inline]
    pub fn is_python_class_method(&self) -> bool {
        self.kind == NativeKind::Method && self.self_.is_none() && self.objclass_addr == 0
    }
}
