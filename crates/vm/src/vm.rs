//! The interpreter state of one thread: builtin types, the value and frame stacks, the
//! handled-exception state, modules, and the core protocols (hash, equality, truth,
//! repr, errors) that every object file uses.

use std::collections::HashMap;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::exceptions::{ExcData, HIERARCHY};
use crate::objects::function::Code;
use crate::objects::object::{Payload, PyObject};
use crate::objects::str::PyStr;
use crate::objects::types::{Layout, PyType};
use crate::value::Value;

/// An exception being raised: the exception object.
#[derive(Clone)]
pub struct PyErr(pub Rc<PyObject>);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn data(&self) -> &ExcData {
        match &self.0.payload {
            Payload::Exception(d) => d,
            _ => unreachable!("PyErr always holds an exception object"),
        }
    }
    pub fn value(&self) -> Value {
        Value::Object(self.0.clone())
    }
    pub fn type_name(&self) -> String {
        self.0.cls().name().to_string()
    }
}

pub struct Types {
    pub object: Rc<PyType>,
    pub type_: Rc<PyType>,
    pub none: Rc<PyType>,
    pub notimpl: Rc<PyType>,
    pub ellipsis: Rc<PyType>,
    pub int: Rc<PyType>,
    pub bool_: Rc<PyType>,
    pub float: Rc<PyType>,
    pub complex: Rc<PyType>,
    pub str_: Rc<PyType>,
    pub bytes: Rc<PyType>,
    pub bytearray: Rc<PyType>,
    pub memoryview: Rc<PyType>,
    pub tuple: Rc<PyType>,
    pub list: Rc<PyType>,
    pub dict: Rc<PyType>,
    pub set: Rc<PyType>,
    pub frozenset: Rc<PyType>,
    pub range: Rc<PyType>,
    pub slice: Rc<PyType>,
    pub function: Rc<PyType>,
    pub builtin_function: Rc<PyType>,
    /// The classes of builtin types' methods (`builtins::descr`).
    pub method_descriptor: Rc<PyType>,
    pub wrapper_descriptor: Rc<PyType>,
    pub classmethod_descriptor: Rc<PyType>,
    pub method_wrapper: Rc<PyType>,
    pub method: Rc<PyType>,
    pub code: Rc<PyType>,
    pub module: Rc<PyType>,
    pub cell: Rc<PyType>,
    pub generator: Rc<PyType>,
    pub coroutine: Rc<PyType>,
    pub async_generator: Rc<PyType>,
    pub iterator: Rc<PyType>,
    pub property: Rc<PyType>,
    pub staticmethod: Rc<PyType>,
    pub classmethod: Rc<PyType>,
    pub dict_keys: Rc<PyType>,
    pub dict_values: Rc<PyType>,
    pub dict_items: Rc<PyType>,
    /// An `OrderedDict`'s views (`builtins::odict`): subclasses of the dict views.
    pub odict_keys: Rc<PyType>,
    pub odict_values: Rc<PyType>,
    pub odict_items: Rc<PyType>,
    pub mappingproxy: Rc<PyType>,
    pub traceback: Rc<PyType>,
    pub stream: Rc<PyType>,
    pub super_: Rc<PyType>,
    pub member: Rc<PyType>,
    /// `getset_descriptor`: a class's `__dict__` and `__weakref__` entries.
    pub getset: Rc<PyType>,
    pub frame: Rc<PyType>,
    pub exceptions: FastMap<&'static str, Rc<PyType>>,
    /// `exceptions["BaseExceptionGroup"]`, which every exception class made is checked
    /// against (without a look-up by name).
    pub base_exception_group: Rc<PyType>,
}

/// How a frame left the eval loop.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// What a frame's return hands its caller in the eval loop. The frames of `InitSelf`,
/// `Str` and `Called` hold one native level of the recursion limit besides their own
/// (the check CPython makes before the call: see `recursion`), given back when they
/// return or unwind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ret {
    /// The returned value, in the callable's slot at `ret_base`.
    Value,
    /// As `Value`, for an instance's `__call__` run by a call of the instance.
    Called,
    /// An `__init__` run by a class call: its return value must be None, and the call's
    /// result is the instance kept in the slot at `ret_base`.
    InitSelf,
    /// A `__setitem__`/`__delitem__` run for STORE_SUBSCR/DELETE_SUBSCR: the value is
    /// dropped and nothing is pushed (as CPython ignores it).
    Discard,
    /// A `__contains__` run for CONTAINS_OP: the value's truth (`not in`: the opposite),
    /// as a bool in the slot at `ret_base`.
    Truth,
    NotTruth,
    /// A `__str__` run for `str(x)`: a str or an instance of a str subclass as it is,
    /// or the TypeError `str()` raises.
    Str,
}

impl Ret {
    /// Does the frame hold a native level of the recursion limit?
    #[inline(always)]
    pub fn counted(self) -> bool {
        matches!(self, Ret::InitSelf | Ret::Str | Ret::Called)
    }
}

pub struct Frame {
    pub code: ManuallyDrop<Rc<Code>>,
    pub pc: usize,
    /// Start of localsplus in `Vm::stack`.
    pub base: usize,
    /// Stack length to cut back to when the frame returns (drops the callable slots).
    pub ret_base: usize,
    pub globals: ManuallyDrop<Rc<PyDict>>,
    pub builtins: ManuallyDrop<Rc<PyDict>>,
    /// The namespace for NAME ops (module globals, a class body, exec's locals).
    pub locals: Option<Rc<PyDict>>,
    /// Keyword names for the next CALL (set by KW_NAMES).
    pub kwnames: Option<Value>,
    /// A generator frame: leaving it returns to the resumer, never to a caller frame.
    pub is_generator: bool,
    /// What the caller receives when the frame returns (see `Ret`).
    pub ret: Ret,
    /// A generator frame entered by FOR_ITER inside its consumer's eval loop (the
    /// generator object sits in the consumer's stack slot just below `base`): a yield
    /// or return goes back to the consumer frame, not out of the loop.
    pub inline_gen: bool,
    /// `code`, `globals` and `builtins` are the function's own `Rc`s copied without
    /// taking a reference: the function sits in the callable slot below the frame
    /// (`ret_base`), which keeps them alive until the frame returns.
    borrowed: bool,
    /// The frame's Python frame object, once one was asked for (`sys._getframe`, a
    /// traceback entry, `gi_frame`): a frame that never has one pays only this `None`.
    /// See docs/frames.md.
    pub obj: Option<Rc<PyObject>>,
}

// A call writes every field of its frame: growing it costs every call (docs/performance.md).
const _: () = assert!(std::mem::size_of::<Frame>() == 88);

impl Frame {
    /// A frame owning a reference to each of its parts.
    pub fn new(
        code: Rc<Code>,
        base: usize,
        globals: Rc<PyDict>,
        builtins: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> Frame {
        Frame {
            code: ManuallyDrop::new(code),
            pc: 0,
            base,
            ret_base: base,
            globals: ManuallyDrop::new(globals),
            builtins: ManuallyDrop::new(builtins),
            locals,
            kwnames: None,
            is_generator: false,
            inline_gen: false,
            ret: Ret::Value,
            borrowed: false,
            obj: None,
        }
    }

    /// A fresh frame running `func` from its first instruction, locals at `base`.
    #[inline]
    pub fn for_function(
        func: &crate::objects::function::Function,
        base: usize,
        ret_base: usize,
    ) -> Frame {
        let mut f = Frame::new(
            func.code.clone(),
            base,
            func.globals.clone(),
            func.builtins.clone(),
            None,
        );
        f.ret_base = ret_base;
        f
    }
}

impl Frame {
    /// Write a frame for `func` straight into `dst`, field by field. The function's
    /// `Value::Function` stays in the stack slot at `ret_base` or `ret_base + 1` for as
    /// long as the frame runs (a call from the eval loop), so the frame shares its parts
    /// without touching their reference counts. Built in a local and moved, the frame
    /// would cost a store-forwarding stall: the move reads with 16-byte loads what was
    /// just written in 8-byte halves.
    ///
    /// # Safety
    /// `dst` is valid for writes of a `Frame` (its old contents are not dropped), and the
    /// caller guarantees the function outlives the frame.
    #[inline(always)]
    pub unsafe fn write_borrowing(
        dst: *mut Frame,
        func: &crate::objects::function::Function,
        base: usize,
        ret_base: usize,
    ) {
        use std::ptr::addr_of_mut;
        // Exhaustive on purpose: a field added to `Frame` fails to compile here until it
        // is written below too.
        let _: fn(&Frame) = |f| {
            let Frame {
                code: _,
                pc: _,
                base: _,
                ret_base: _,
                globals: _,
                builtins: _,
                locals: _,
                kwnames: _,
                is_generator: _,
                ret: _,
                inline_gen: _,
                borrowed: _,
                obj: _,
            } = f;
        };
        // SAFETY: bitwise copies of the function's `Rc`s; `Drop` never releases them for
        // a borrowed frame, so the counts stay balanced. Every field is written once. The
        // code stays alive with the function even if `__code__` is assigned while the
        // frame runs (`CodeCell` keeps every code it has held).
        unsafe {
            addr_of_mut!((*dst).code).write(ManuallyDrop::new(std::ptr::read(func.code.get())));
            addr_of_mut!((*dst).pc).write(0);
            addr_of_mut!((*dst).base).write(base);
            addr_of_mut!((*dst).ret_base).write(ret_base);
            addr_of_mut!((*dst).globals).write(ManuallyDrop::new(std::ptr::read(&func.globals)));
            addr_of_mut!((*dst).builtins).write(ManuallyDrop::new(std::ptr::read(&func.builtins)));
            addr_of_mut!((*dst).locals).write(None);
            addr_of_mut!((*dst).kwnames).write(None);
            addr_of_mut!((*dst).is_generator).write(false);
            addr_of_mut!((*dst).ret).write(Ret::Value);
            addr_of_mut!((*dst).inline_gen).write(false);
            addr_of_mut!((*dst).borrowed).write(true);
            addr_of_mut!((*dst).obj).write(None);
        }
    }
}

impl Frame {
    /// A frame running `code` with these globals and builtins, sharing them without
    /// touching their reference counts (a generator's frame: the generator object,
    /// which holds them, is kept by whoever resumes it).
    ///
    /// # Safety
    /// The caller guarantees the three outlive the frame.
    #[inline(always)]
    pub unsafe fn borrowing_parts(
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        builtins: &Rc<PyDict>,
        base: usize,
    ) -> Frame {
        // SAFETY: bitwise copies, never released by `Drop` for a borrowed frame.
        unsafe {
            Frame {
                code: ManuallyDrop::new(std::ptr::read(code)),
                pc: 0,
                base,
                ret_base: base,
                globals: ManuallyDrop::new(std::ptr::read(globals)),
                builtins: ManuallyDrop::new(std::ptr::read(builtins)),
                locals: None,
                kwnames: None,
                is_generator: false,
                inline_gen: false,
                ret: Ret::Value,
                borrowed: true,
                obj: None,
            }
        }
    }
}

impl Vm {
    /// Pop the running frame on return. A frame called from the eval loop owns nothing
    /// (it borrows its function's parts, has no locals dict and no pending keyword
    /// names): it is cut off the frame stack without the drop glue's call.
    #[inline(always)]
    pub fn drop_top_frame(&mut self) {
        let n = self.frames.len();
        debug_assert!(n > 0);
        let f = &self.frames[n - 1];
        if f.borrowed && f.locals.is_none() && f.kwnames.is_none() && f.obj.is_none() {
            // SAFETY: the frame's fields own nothing (see above), so forgetting it
            // leaks nothing.
            unsafe { self.frames.set_len(n - 1) };
        } else {
            if f.obj.is_some() {
                self.leave_frame_object(n - 1);
            }
            self.frames.pop();
        }
    }
}

impl Drop for Frame {
    #[inline]
    fn drop(&mut self) {
        if !self.borrowed {
            // SAFETY: an owning frame holds one reference to each, released once here.
            unsafe {
                ManuallyDrop::drop(&mut self.code);
                ManuallyDrop::drop(&mut self.globals);
                ManuallyDrop::drop(&mut self.builtins);
            }
        }
    }
}

/// Slots of the iterator-type cache.
pub const ITER_TYPE_SLOTS: usize = 16;
type IterTypeCache = std::cell::RefCell<[Option<(*const u8, Rc<PyType>)>; ITER_TYPE_SLOTS]>;

pub struct Vm {
    pub types: Types,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    pub builtins: Rc<PyDict>,
    pub modules: Rc<PyDict>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// How many frames may be pushed: the recursion limit less the native levels in
    /// progress that count against it (see `recursion`).
    pub frame_limit: usize,
    /// The native operation about to call Python code, when that counts one level of
    /// the recursion limit (CPython's C-level checks: `repr`, `str`, a rich comparison):
    /// the RecursionError's suffix. None: a call CPython makes without a check (most
    /// slots: `__getattr__`, `__len__`, `__add__`, a key function…).
    pub native_what: Option<&'static str>,
    /// Depth of nested eval loops entered from native code.
    pub native_depth: usize,
    /// Reused buffer for binding a call's arguments to parameter slots.
    pub(crate) scratch_slots: Vec<Value>,
    /// Reused buffer for the arguments of calls to builtins from the eval loop.
    pub(crate) arg_buf: Vec<Value>,
    /// The one-character strings of U+0000..U+00FF, made on first use and shared (as
    /// CPython shares them): indexing and iterating over text allocate nothing.
    char_cache: Vec<Value>,
    interned: FastMap<Box<str>, Rc<PyStr>>,
    pub out: std::io::BufWriter<std::io::Stdout>,
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub main_file: String,
    /// Source text of files, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    pub sys_module: Option<Value>,
    /// Interned names for string literals, keyed by the literal's address.
    static_names: FastMap<usize, Rc<PyStr>>,
    /// `sname`'s answers by literal address, direct-mapped in front of `static_names`
    /// (a literal's address never changes, so an entry with its key is its name).
    sname_cache: Box<[(usize, Option<Rc<PyStr>>); SNAME_CACHE]>,
    /// `__name__` (interned) and where it was last found in a globals dict: a function's
    /// `__module__` is read from its globals at every MAKE_FUNCTION (a comprehension's
    /// too), and modules set it first.
    pub(crate) module_name_key: Rc<PyStr>,
    pub(crate) module_name_hint: std::cell::Cell<u32>,
    /// Type attribute lookups: (type, name, epoch) → the attribute found along the MRO.
    attr_cache: Vec<AttrCacheEntry>,
    /// Objects whose repr is in progress (recursive containers print `[...]`).
    pub repr_stack: Vec<usize>,
    /// Compiled modules by path: (source digest, source length, code object).
    pub compiled: HashMap<String, (i64, usize, Rc<metal_compiler::bytecode::CodeObject>)>,
    /// How many module sources were compiled (not found in `compiled`).
    pub compiles: usize,
    /// Modules whose body is running (for the circular-import message).
    pub initializing: Vec<String>,
    /// Modules shipped inside the binary (the framework's `django` package): full name →
    /// (source, is a package). Found before `sys.path`, like CPython's frozen modules.
    pub embedded: HashMap<String, (&'static str, bool)>,
    /// The type objects of native iterators, by name.
    pub iter_types: std::cell::RefCell<FastMap<&'static str, Rc<PyType>>>,
    /// Iterator types by the address of their name (see `iterator_type`).
    pub(crate) last_iter_type: IterTypeCache,
    /// Frames whose NAME ops use a mapping that is not a plain dict (a metaclass's
    /// `__prepare__` result, exec's locals): (frame index, mapping), innermost last.
    pub(crate) mapping_ns: Vec<(usize, Value)>,
    /// The natives' kits (`_metal_forms`, `_metal_template`: the framework's classes
    /// and functions they compare by identity) as last unpacked, with the tuple each
    /// came from (held, so its address names it). See `Vm::kit`.
    kits: [Option<(Value, Rc<dyn std::any::Any>)>; 12],
}

/// `Vm::kit` slots.
pub(crate) const KIT_FORMS: usize = 0;
pub(crate) const KIT_TEMPLATE: usize = 1;
pub(crate) const KIT_RENDER: usize = 2;
pub(crate) const KIT_REQUEST: usize = 3;
pub(crate) const KIT_RESPONSE: usize = 4;
pub(crate) const KIT_HEADERS: usize = 5;
pub(crate) const KIT_MULTIVALUE: usize = 6;
pub(crate) const KIT_RESOLVE: usize = 7;
pub(crate) const KIT_CSRF: usize = 8;
pub(crate) const KIT_CLEAN: usize = 9;
pub(crate) const KIT_QUERYDICT: usize = 10;
pub(crate) const KIT_LOOKUP: usize = 11;

const ATTR_CACHE_SIZE: usize = 4096;

pub const HOOK_GETATTRIBUTE: u8 = 1;
pub const HOOK_GETATTR: u8 = 2;
pub const HOOK_SETATTR: u8 = 4;
pub const HOOK_DELATTR: u8 = 8;
/// A class in the MRO defines `__class__` (isinstance asks it when the type says no).
pub const HOOK_CLASS: u8 = 16;

/// Entries of `Vm::sname_cache` (a power of two), in sets of two: the natives' few
/// hundred names would often share a direct-mapped entry (a few hot pairs evicting
/// each other at every request).
const SNAME_CACHE: usize = 1024;

/// The first `Vm::sname_cache` entry of a literal's key's set: its top bits after a
/// Fibonacci multiply (literals sit close together in memory), made even.
#[inline(always)]
fn sname_slot(key: usize) -> usize {
    let bits = SNAME_CACHE.trailing_zeros();
    ((key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize & !1
}

/// A map with `IdHasher`: the VM's internal tables are keyed by addresses and short
/// names, where SipHash's strength buys nothing and costs a visible share of calls.
pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

/// A multiplicative hasher for addresses and short strings.
#[derive(Default)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

#[derive(Clone, Default)]
struct AttrCacheEntry {
    ty: usize,
    /// The name itself (compared by address): holding it means its address cannot be
    /// reused by another string while the entry lives (names from `getattr(obj, s)`
    /// are not interned).
    name: Option<Rc<PyStr>>,
    epoch: u64,
    /// Where the attribute is on the type's MRO (`PyType::locate`), None when it is not
    /// there: the cache never keeps a class attribute alive (a freed class's `__del__`
    /// or a closure's finalizers run when CPython's would).
    place: Option<crate::objects::types::Place>,
    /// For reads of the name on an instance of the type from Rust (`plain_read`):
    /// 0 not worked out yet, 1 the instance's dict answers (else the class value as
    /// it is), 2 the general path decides.
    read: std::cell::Cell<u8>,
    /// For stores of the name on an instance of the type from Rust (`plain_store`): 0
    /// not worked out yet, 1 the instance's dict takes it, 2 the general path decides.
    store: std::cell::Cell<u8>,
    /// Where the name was last found in an instance's dict (instances of one class
    /// usually hold their attributes in the same order).
    hint: std::cell::Cell<u32>,
}

impl AttrCacheEntry {
    /// The entry of the type cache for type address `t` and name address `n`.
    #[inline(always)]
    fn slot(t: usize, n: usize) -> usize {
        ((t >> 4) ^ (n >> 3) ^ (n >> 13)) & (ATTR_CACHE_SIZE - 1)
    }

    /// Does the entry answer for type address `t`, `name` and the type epoch `epoch`?
    #[inline(always)]
    fn is_for(&self, t: usize, name: &Rc<PyStr>, epoch: u64) -> bool {
        self.ty == t
            && self.epoch == epoch
            && self.name.as_ref().is_some_and(|m| Rc::ptr_eq(m, name))
    }
}

impl Vm {
    pub fn new() -> Vm {
        let object = PyType::new_builtin("object", None, Layout::Object);
        let mk = |name: &str, layout: Layout| PyType::new_builtin(name, Some(&object), layout);
        let int = mk("int", Layout::Int);
        let bool_ = PyType::new_builtin("bool", Some(&int), Layout::Bool);
        let mut exceptions: FastMap<&'static str, Rc<PyType>> = FastMap::default();
        for (name, base) in HIERARCHY {
            let b = if base.is_empty() {
                object.clone()
            } else {
                exceptions[base].clone()
            };
            exceptions.insert(name, PyType::new_builtin(name, Some(&b), Layout::Exception));
        }
        crate::exc_group::add_exception_base(
            &exceptions["ExceptionGroup"],
            &exceptions["Exception"],
        );
        let dict_keys = mk("dict_keys", Layout::DictView);
        let dict_values = mk("dict_values", Layout::DictView);
        let dict_items = mk("dict_items", Layout::DictView);
        let view =
            |name: &str, base: &Rc<PyType>| PyType::new_builtin(name, Some(base), Layout::DictView);
        let types = Types {
            odict_keys: view("odict_keys", &dict_keys),
            odict_values: view("odict_values", &dict_values),
            odict_items: view("odict_items", &dict_items),
            dict_keys,
            dict_values,
            dict_items,
            type_: mk("type", Layout::Type),
            none: mk("NoneType", Layout::NoneType),
            notimpl: mk("NotImplementedType", Layout::NotImplementedType),
            ellipsis: mk("ellipsis", Layout::Ellipsis),
            int,
            bool_,
            float: mk("float", Layout::Float),
            complex: mk("complex", Layout::Complex),
            str_: mk("str", Layout::Str),
            bytes: mk("bytes", Layout::Bytes),
            bytearray: mk("bytearray", Layout::ByteArray),
            memoryview: mk("memoryview", Layout::MemoryView),
            tuple: mk("tuple", Layout::Tuple),
            list: mk("list", Layout::List),
            dict: mk("dict", Layout::Dict),
            set: mk("set", Layout::Set),
            frozenset: mk("frozenset", Layout::FrozenSet),
            range: mk("range", Layout::Range),
            slice: mk("slice", Layout::Slice),
            function: mk("function", Layout::Function),
            builtin_function: mk("builtin_function_or_method", Layout::BuiltinFunction),
            method_descriptor: mk("method_descriptor", Layout::BuiltinFunction),
            wrapper_descriptor: mk("wrapper_descriptor", Layout::BuiltinFunction),
            classmethod_descriptor: mk("classmethod_descriptor", Layout::BuiltinFunction),
            method_wrapper: mk("method-wrapper", Layout::BuiltinFunction),
            method: mk("method", Layout::Method),
            code: mk("code", Layout::Code),
            module: mk("module", Layout::Module),
            cell: mk("cell", Layout::Cell),
            generator: mk("generator", Layout::Generator),
            coroutine: mk("coroutine", Layout::Generator),
            async_generator: mk("async_generator", Layout::Generator),
            iterator: mk("iterator", Layout::Iterator),
            property: mk("property", Layout::Property),
            staticmethod: mk("staticmethod", Layout::StaticMethod),
            classmethod: mk("classmethod", Layout::ClassMethod),
            mappingproxy: mk("mappingproxy", Layout::MappingProxy),
            traceback: mk("traceback", Layout::Traceback),
            stream: mk("TextIOWrapper", Layout::Object),
            super_: mk("super", Layout::Super),
            member: mk("member_descriptor", Layout::Object),
            getset: mk("getset_descriptor", Layout::Object),
            frame: mk("frame", Layout::Object),
            base_exception_group: exceptions["BaseExceptionGroup"].clone(),
            exceptions,
            object,
        };
        let mut vm = Vm {
            types,
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            handled: Value::None,
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            recursion_limit: 1000,
            frame_limit: 1000,
            native_what: None,
            native_depth: 0,
            scratch_slots: Vec::new(),
            arg_buf: Vec::new(),
            char_cache: Vec::new(),
            interned: FastMap::default(),
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv: Vec::new(),
            path: Vec::new(),
            main_file: String::new(),
            sources: HashMap::new(),
            sys_module: None,
            repr_stack: Vec::new(),
            initializing: Vec::new(),
            embedded: HashMap::new(),
            compiled: HashMap::new(),
            compiles: 0,
            iter_types: Default::default(),
            last_iter_type: Default::default(),
            mapping_ns: Vec::new(),
            kits: std::array::from_fn(|_| None),
            static_names: HashMap::default(),
            sname_cache: Box::new([const { (0, None) }; SNAME_CACHE]),
            module_name_key: Rc::new(PyStr::new("__name__")),
            module_name_hint: std::cell::Cell::new(0),
            attr_cache: vec![AttrCacheEntry::default(); ATTR_CACHE_SIZE],
        };
        vm.module_name_key = vm.sname("__name__");
        crate::builtins::init(&mut vm);
        crate::objects::types::bump_type_epoch();
        vm
    }

    /// How many strs are interned (they live as long as the interpreter).
    pub fn interned_len(&self) -> usize {
        self.interned.len()
    }

    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        self.interned.insert(s.into(), r.clone());
        r
    }

    /// The interned str for a string literal (cheap: keyed by the literal's address).
    #[inline]
    pub fn sname(&mut self, s: &'static str) -> Rc<PyStr> {
        let key = s.as_ptr() as usize ^ (s.len() << 48);
        let set = sname_slot(key);
        for slot in &self.sname_cache[set..set + 2] {
            if slot.0 == key {
                if let Some(r) = &slot.1 {
                    return r.clone();
                }
            }
        }
        self.sname_slow(key, s)
    }

    #[inline(never)]
    fn sname_slow(&mut self, key: usize, s: &'static str) -> Rc<PyStr> {
        let r = match self.static_names.get(&key) {
            Some(r) => r.clone(),
            None => {
                let r = self.intern(s);
                self.static_names.insert(key, r.clone());
                r
            }
        };
        // The newest first; the one it displaces moves to the set's second entry.
        let set = sname_slot(key);
        let first = std::mem::replace(&mut self.sname_cache[set], (key, Some(r.clone())));
        self.sname_cache[set + 1] = first;
        r
    }

    /// `type.__mro__` lookup of an attribute, through the cache.
    pub fn type_lookup(&mut self, ty: &Rc<PyType>, name: &Rc<PyStr>) -> Option<Value> {
        let t = Rc::as_ptr(ty) as usize;
        let n = Rc::as_ptr(name) as usize;
        let epoch = crate::objects::types::type_epoch();
        let idx = AttrCacheEntry::slot(t, n);
        let e = &self.attr_cache[idx];
        if e.is_for(t, name, epoch) {
            // SAFETY: the entry is of this epoch.
            return e.place.and_then(|p| unsafe { p.value() });
        }
        let found = ty.locate_value(name);
        self.attr_cache[idx] = AttrCacheEntry {
            ty: t,
            name: Some(name.clone()),
            epoch,
            place: found.as_ref().map(|(p, _)| *p),
            read: std::cell::Cell::new(0),
            store: std::cell::Cell::new(0),
            hint: std::cell::Cell::new(0),
        };
        found.map(|(_, v)| v)
    }

    /// A native's kit tuple unpacked by `unpack`, once per tuple: every call passes
    /// the same one, so the unpacked form is kept in `slot` with the tuple it came
    /// from.
    pub(crate) fn kit<T: 'static>(
        &mut self,
        slot: usize,
        tuple: &Value,
        unpack: impl FnOnce(&mut Vm, &Value) -> PyResult<T>,
    ) -> PyResult<Rc<T>> {
        if let Some((t, kit)) = &self.kits[slot] {
            if t.is(tuple) {
                if let Ok(kit) = kit.clone().downcast::<T>() {
                    return Ok(kit);
                }
            }
        }
        let kit = Rc::new(unpack(self, tuple)?);
        self.kits[slot] = Some((tuple.clone(), kit.clone()));
        Ok(kit)
    }

    /// The kit last unpacked into `slot` (by `kit`), for natives that are not handed
    /// the tuple (methods the framework's classes hold).
    pub(crate) fn stored_kit<T: 'static>(&self, slot: usize) -> Option<Rc<T>> {
        let (_, kit) = self.kits[slot].as_ref()?;
        kit.clone().downcast::<T>().ok()
    }

    /// `obj.name` for an instance of a Python class (`Payload::Instance`) when nothing
    /// but its dict can answer it: the class has no `__getattribute__` of its own, the
    /// name is no dunder, and the class has nothing of that name or a value it reads as
    /// it is (`attr::read_as_is`). The instance's dict answers, else that class value;
    /// None leaves the read to the general path (a descriptor, a hook, a missing
    /// attribute). What `getattr_hooked` works out per read, remembered in the type
    /// attribute cache's entry with the dict index the name was found at.
    #[inline]
    pub(crate) fn plain_read(
        &mut self,
        o: &crate::objects::object::PyObject,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        let ty = o.cls();
        let t = Rc::as_ptr(ty) as usize;
        let n = Rc::as_ptr(name) as usize;
        let epoch = crate::objects::types::type_epoch();
        let idx = AttrCacheEntry::slot(t, n);
        let e = &self.attr_cache[idx];
        if !e.is_for(t, name, epoch) || e.read.get() == 0 {
            let ty = ty.clone();
            let plain = !name.as_str().starts_with("__")
                && self.type_hooks(&ty) & HOOK_GETATTRIBUTE == 0
                && self
                    .type_lookup(&ty, name)
                    .is_none_or(|v| crate::attr::read_as_is(&v));
            // The entry for this type and name (`type_hooks` may have filled the slot
            // with another name's).
            if !self.attr_cache[idx].is_for(t, name, epoch) {
                self.type_lookup(&ty, name);
            }
            self.attr_cache[idx].read.set(if plain { 1 } else { 2 });
        }
        let e = &self.attr_cache[idx];
        if e.read.get() != 1 {
            return None;
        }
        // SAFETY: reading the dict runs no Python code.
        if let Some(d) = unsafe { o.dict_unchecked() } {
            if let Some(v) = d.get_str_hinted(name, &e.hint) {
                return Some(v);
            }
        }
        // SAFETY: the entry is of this epoch.
        e.place.and_then(|p| unsafe { p.value() })
    }

    /// `obj.name = v` from Rust for an instance of a Python class (`Payload::Instance`,
    /// or `Payload::Builtin` for a subclass of a builtin type) when only its dict can
    /// take it: the class has no `__setattr__` of its own, the
    /// name is no dunder and the class has nothing of that name or something an
    /// instance attribute shadows (what STORE_ATTR's inline cache checks). Worked out
    /// once per type, name and epoch in the type attribute cache's entry, stored at the
    /// dict index the name was last found at; `Err(v)` leaves the store to the general
    /// path.
    #[inline]
    pub(crate) fn plain_store(
        &mut self,
        o: &crate::objects::object::PyObject,
        name: &Rc<PyStr>,
        v: Value,
    ) -> Result<(), Value> {
        let ty = o.cls();
        let t = Rc::as_ptr(ty) as usize;
        let epoch = crate::objects::types::type_epoch();
        let idx = AttrCacheEntry::slot(t, Rc::as_ptr(name) as usize);
        let e = &self.attr_cache[idx];
        if !e.is_for(t, name, epoch) || e.store.get() == 0 {
            let ty = ty.clone();
            let plain = !crate::attr::is_dunder(name)
                && ty
                    .lookup_raw(name)
                    .is_none_or(|a| crate::attr::shadowable(name, &a))
                && !ty.dictless.get()
                && self.type_hooks(&ty) & HOOK_SETATTR == 0;
            // The entry for this type and name (`type_hooks` may have filled the slot
            // with another name's).
            if !self.attr_cache[idx].is_for(t, name, epoch) {
                self.type_lookup(&ty, name);
            }
            self.attr_cache[idx].store.set(if plain { 1 } else { 2 });
        }
        let e = &self.attr_cache[idx];
        if e.store.get() != 1 {
            return Err(v);
        }
        // SAFETY: the dict is only written here; no Python code runs.
        match unsafe { o.dict_unchecked() } {
            Some(d) => {
                d.set_str_hinted(name, &e.hint, v);
                Ok(())
            }
            None => Err(v),
        }
    }

    /// Which attribute hooks (`HOOK_*`) a type's Python code defines, cached per epoch.
    pub fn type_hooks(&mut self, ty: &Rc<PyType>) -> u8 {
        let epoch = crate::objects::types::type_epoch();
        let (e, h) = ty.hooks.get();
        if e == epoch {
            return h;
        }
        let mut h = 0;
        let user = |v: Option<Value>| v.is_some_and(|f| !matches!(f, Value::Builtin(_)));
        if user(self.type_lookup_s(ty, "__getattribute__")) {
            h |= HOOK_GETATTRIBUTE;
        }
        if user(self.type_lookup_s(ty, "__getattr__")) {
            h |= HOOK_GETATTR;
        }
        if user(self.type_lookup_s(ty, "__setattr__")) {
            h |= HOOK_SETATTR;
        }
        if user(self.type_lookup_s(ty, "__delattr__")) {
            h |= HOOK_DELATTR;
        }
        // isinstance() asks such an object its `__class__`: one the class defines, or
        // whatever its own `__getattribute__` answers (a weakref proxy's).
        if self.type_lookup_s(ty, "__class__").is_some() || h & HOOK_GETATTRIBUTE != 0 {
            h |= HOOK_CLASS;
        }
        ty.hooks.set((epoch, h));
        h
    }

    /// `type_lookup` by a literal name.
    pub fn type_lookup_s(&mut self, ty: &Rc<PyType>, name: &'static str) -> Option<Value> {
        let n = self.sname(name);
        self.type_lookup(ty, &n)
    }

    pub fn flush_stdout(&mut self) {
        let _ = self.out.flush();
    }

    // ---- types --------------------------------------------------------------------------

    pub fn type_of(&self, v: &Value) -> Rc<PyType> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.notimpl.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => crate::builtins::descr::type_for(t, b),
            Value::Type(ty) => ty.meta.borrow().clone().unwrap_or_else(|| t.type_.clone()),
            Value::Cell(_) => t.cell.clone(),
            Value::Object(o) => o.cls().clone(),
        }
    }

    /// The str of one character (shared for U+0000..U+00FF).
    pub fn char_str(&mut self, c: char) -> Value {
        let i = c as usize;
        if i >= 256 {
            let mut buf = [0u8; 4];
            return Value::str(c.encode_utf8(&mut buf));
        }
        if self.char_cache.is_empty() {
            self.char_cache.resize(256, Value::Null);
        }
        if self.char_cache[i].is_null() {
            let mut buf = [0u8; 4];
            self.char_cache[i] = Value::str(c.encode_utf8(&mut buf));
        }
        self.char_cache[i].clone()
    }

    /// The name of `v`'s type as CPython's messages give it (its `tp_name`): a class
    /// that metal writes in Python where CPython's is a C type answers the C type's
    /// dotted name (`collections.OrderedDict`, `datetime.date`).
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Object(o) => o.cls().tp_name(),
            _ => self.type_of(v).name().to_string(),
        }
    }

    pub fn exc_type(&self, name: &str) -> Rc<PyType> {
        self.types
            .exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.types.exceptions["Exception"].clone())
    }

    pub fn isinstance_type(&self, v: &Value, t: &Rc<PyType>) -> bool {
        self.type_of(v).is_subtype(t)
    }

    // ---- errors -------------------------------------------------------------------------

    pub fn new_exception(&self, cls: Rc<PyType>, args: Vec<Value>) -> PyErr {
        let o = Rc::new(PyObject::raw(
            cls,
            Some(Rc::new(PyDict::new())),
            Default::default(),
            Payload::Exception(Box::new(ExcData::new(Value::tuple(args)))),
        ));
        // An exception's traceback and attributes can lead back to it.
        crate::gc::track_object(&o);
        PyErr(o)
    }
    pub fn new_error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        self.new_exception(self.exc_type(name), vec![Value::from_string(msg.into())])
    }
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }
    /// `warnings.warn(message, DeprecationWarning)` from native code, reported at the
    /// running Python line (the filters may make it an error, which is returned).
    pub fn deprecation_warning(&mut self, message: &str) -> PyResult<()> {
        self.deprecation_warning_past(message, "")
    }

    /// `deprecation_warning` reported at the first line outside the library file `file`
    /// (`<metal>/codecs.py`: Python here, C in CPython).
    pub fn deprecation_warning_past(&mut self, message: &str, file: &str) -> PyResult<()> {
        let inside = self
            .frames
            .iter()
            .rev()
            .take_while(|f| !file.is_empty() && f.code.co.filename.as_ref() == file)
            .count();
        let warnings = crate::import::import_module(self, "warnings")?;
        let warn = self.getattr(&warnings, "warn")?;
        let category = Value::Type(self.exc_type("DeprecationWarning"));
        let level = Value::Int(1 + inside as i64);
        self.call_args(&warn, &[Value::str(message), category, level])?;
        Ok(())
    }

    pub fn not_implemented(&self, what: &str) -> PyErr {
        self.new_error(
            "NotImplementedError",
            format!("{what} are not supported yet"),
        )
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(self.exc_type("KeyError"), vec![key])
    }
    /// `AttributeError` for a missing attribute that was read: it carries `name` and
    /// `obj` (and so a "Did you mean" when uncaught).
    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let e = self.attribute_error_plain(obj, name);
        *e.data().hint.borrow_mut() = Some(Box::new(crate::suggest::Hint::Attr {
            obj: obj.clone(),
            name: Rc::new(PyStr::new(name)),
        }));
        e
    }

    /// The same message without `name`/`obj` (a failed `del obj.name`, as in CPython).
    pub fn attribute_error_plain(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            // (By its `tp_name`: `type object 'collections.deque' has no attribute 'x'`.)
            Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.tp_name(), name),
            Value::Object(o) if matches!(o.payload, Payload::Module { .. }) => {
                let Payload::Module { name: m } = &o.payload else {
                    unreachable!()
                };
                // Named by its `__name__`, as CPython does (plain once that is gone).
                let own = o.dict().and_then(|d| d.get_by_str("__name__"));
                match own.as_ref().and_then(|n| n.as_str()).map(|n| n.as_str()) {
                    Some(n) if self.initializing.iter().any(|i| i == m) => format!(
                        "partially initialized module '{n}' has no attribute '{name}' \
                         (most likely due to a circular import)"
                    ),
                    Some(n) => format!("module '{n}' has no attribute '{name}'"),
                    None => format!("module has no attribute '{name}'"),
                }
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        self.new_error("AttributeError", msg)
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(self.exc_type("StopIteration"), args)
    }

    /// Does the error's class derive from the named builtin exception?
    pub fn err_is(&self, e: &PyErr, name: &str) -> bool {
        e.0.cls().is_subtype(&self.exc_type(name))
    }

    // ---- the core protocols -----------------------------------------------------------------

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        crate::ops::hash(self, v)
    }
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::objects::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = crate::ops::compare(self, a, b, metal_compiler::bytecode::CmpOp::Eq)?;
        self.truthy(&r)
    }
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        crate::ops::truthy(self, v)
    }
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        crate::repr::repr(self, v)
    }
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.repr(v)?.as_str().to_string())
    }
    pub fn str_of(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        crate::repr::str_of(self, v)
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
