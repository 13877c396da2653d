//! How CPython 3.11 lays out a class's instances, as far as Python code can tell: the
//! sizes and offsets `__basicsize__` & co. report, a class's "best base" (the base its
//! instances extend, `__base__`) and "solid base", and whether one class may stand in
//! for another in `obj.__class__ = C` and `C.__bases__ = (...)`.
//!
//! metal does not lay instances out this way. The model exists so that what CPython
//! allows and refuses (and the words it refuses with) can be worked out as CPython works
//! them out. Sizes are a 64-bit build's; a builtin type's come from a table, a class
//! defined in Python gets its own from its best base and its `__slots__`, by CPython's
//! rules.

use std::rc::Rc;

use crate::objects::types::{Layout, PyType};

/// A pointer's size: one instance field.
const PTR: isize = 8;

/// CPython's record of a type's instance layout.
#[derive(Clone, Debug, Default)]
pub struct Shape {
    pub basicsize: isize,
    pub itemsize: isize,
    /// Where the instance `__dict__` is (0: none; negative: counted from the end, or
    /// before the object for a "managed" dict).
    pub dictoffset: isize,
    /// Where the weak-reference list is (0: none).
    pub weaklistoffset: isize,
    /// Instances are tracked by the cycle collector (`Py_TPFLAGS_HAVE_GC`). Such types
    /// free their instances with `PyObject_GC_Del`, the others with `PyObject_Free`:
    /// this is also the "deallocator" the assignments compare.
    pub gc: bool,
    /// The instance dict lives before the object (`Py_TPFLAGS_MANAGED_DICT`).
    pub managed_dict: bool,
    /// A class defined in Python (a heap type).
    pub heap: bool,
    /// A heap type's `__slots__` as CPython keeps them (mangled, sorted, without
    /// `__dict__` and `__weakref__`); None when the class has no `__slots__`.
    pub slots: Option<Vec<String>>,
    /// A class of metal's library that CPython implements in C: its `tp_name`
    /// (`collections.OrderedDict`), which CPython's layout errors name it by.
    pub c_name: Option<&'static str>,
    /// A class CPython writes in C without `Py_TPFLAGS_BASETYPE` (`_thread.lock`, the
    /// struct sequences): it cannot be subclassed.
    pub final_type: bool,
    /// Such a class that CPython makes as a heap type without `Py_TPFLAGS_IMMUTABLETYPE`
    /// (`_random.Random`, `time.struct_time`): its attributes can be set.
    pub mutable_type: bool,
}

impl Shape {
    fn fixed(basicsize: isize, itemsize: isize, dict: isize, weak: isize, gc: bool) -> Shape {
        Shape {
            basicsize,
            itemsize,
            dictoffset: dict,
            weaklistoffset: weak,
            gc,
            ..Shape::default()
        }
    }

    /// A builtin type's (CPython 3.11, 64-bit): by its layout, and for the types
    /// sharing one, by name. An exception class that adds no fields to its base's
    /// (most of them) is laid out as the base.
    pub fn builtin(name: &str, base: Option<&PyType>, layout: Layout) -> Shape {
        let f = Shape::fixed;
        match layout {
            Layout::Object => match name {
                "member_descriptor" | "getset_descriptor" => f(48, 0, 0, 0, true),
                "frame" => f(120, 8, 0, 0, true),
                "TextIOWrapper" => f(192, 0, 184, 176, true),
                _ => f(16, 0, 0, 0, false),
            },
            Layout::Type => f(904, 40, 264, 368, true),
            Layout::NoneType | Layout::NotImplementedType | Layout::Ellipsis => {
                f(16, 0, 0, 0, false)
            }
            Layout::Int => f(24, 4, 0, 0, false),
            Layout::Bool => f(32, 4, 0, 0, false),
            Layout::Float => f(24, 0, 0, 0, false),
            Layout::Complex => f(32, 0, 0, 0, false),
            Layout::Str => f(80, 0, 0, 0, false),
            Layout::Bytes => f(33, 1, 0, 0, false),
            Layout::ByteArray => f(56, 0, 0, 0, false),
            Layout::MemoryView => f(144, 8, 0, 136, true),
            Layout::Tuple => f(24, 8, 0, 0, true),
            Layout::List => f(40, 0, 0, 0, true),
            Layout::Dict => f(48, 0, 0, 0, true),
            Layout::Set | Layout::FrozenSet => f(200, 0, 0, 192, true),
            Layout::Range => f(48, 0, 0, 0, false),
            Layout::Slice | Layout::Super => f(40, 0, 0, 0, true),
            Layout::Function => f(136, 0, 88, 96, true),
            Layout::BuiltinFunction => match name {
                "builtin_function_or_method" => f(56, 0, 0, 40, true),
                "method-wrapper" => f(32, 0, 0, 0, true),
                _ => f(56, 0, 0, 0, true),
            },
            Layout::Method => f(48, 0, 0, 32, true),
            Layout::Code => f(184, 2, 0, 144, false),
            Layout::Module => f(56, 0, 16, 40, true),
            Layout::Cell => f(24, 0, 0, 0, true),
            Layout::Generator => f(152, 8, 0, 24, true),
            // By the type's name (its `tp_name`): CPython 3.11's sizes.
            Layout::Iterator => match name {
                "zip"
                | "set_iterator"
                | "itertools.accumulate"
                | "itertools.product"
                | "itertools.cycle" => f(48, 0, 0, 0, true),
                "itertools.groupby" => f(64, 0, 0, 0, true),
                "itertools.takewhile" | "itertools.dropwhile" | "itertools._tee" => {
                    f(40, 0, 0, 0, true)
                }
                "itertools._tee_dataobject" => f(496, 0, 0, 0, true),
                "enumerate"
                | "dict_keyiterator"
                | "dict_valueiterator"
                | "dict_itemiterator"
                | "dict_reversekeyiterator"
                | "dict_reversevalueiterator"
                | "dict_reverseitemiterator"
                | "itertools.combinations"
                | "itertools.combinations_with_replacement"
                | "itertools.zip_longest"
                | "itertools.islice" => f(56, 0, 0, 0, true),
                "itertools.count" => f(40, 0, 0, 0, true),
                "itertools.permutations" => f(64, 0, 0, 0, true),
                // (Not tracked by CPython's cycle collector: they hold only ints.)
                "range_iterator" | "longrange_iterator" => f(48, 0, 0, 0, false),
                _ => f(32, 0, 0, 0, true),
            },
            Layout::Property => f(64, 0, 0, 0, true),
            Layout::StaticMethod | Layout::ClassMethod => f(32, 0, 24, 0, true),
            Layout::MappingProxy | Layout::DictView => f(24, 0, 0, 0, true),
            Layout::Traceback => f(40, 0, 0, 0, true),
            Layout::Frame => f(120, 8, 0, 0, true),
            Layout::Exception => {
                let size = match name {
                    "BaseException" => 72,
                    "SystemExit" | "NameError" | "StopIteration" => 80,
                    "AttributeError" | "BaseExceptionGroup" => 88,
                    "ImportError" => 96,
                    "OSError"
                    | "UnicodeDecodeError"
                    | "UnicodeEncodeError"
                    | "UnicodeTranslateError" => 112,
                    "SyntaxError" => 136,
                    // A heap type in CPython (`PyErr_NewException`): a weak list after
                    // its base's fields.
                    "ExceptionGroup" => {
                        return Shape {
                            heap: true,
                            ..f(96, 0, 16, 88, true)
                        }
                    }
                    _ => match base {
                        Some(b) if b.layout == Layout::Exception => return b.shape.clone(),
                        _ => 72,
                    },
                };
                f(size, 0, 16, 0, true)
            }
        }
    }

    /// The C layout of a class that metal's library defines in Python and CPython 3.11
    /// implements in C (64-bit; `module`, `qualname`: the class's): its own sizes,
    /// not those of a class defined in Python over its base.
    pub fn c_implemented(module: &str, qualname: &str) -> Option<Shape> {
        let f = Shape::fixed;
        let (shape, c_name) = match (module, qualname) {
            ("collections", "OrderedDict") => (f(112, 0, 96, 104, true), "collections.OrderedDict"),
            ("collections", "deque") => (f(216, 0, 0, 208, true), "collections.deque"),
            ("collections", "defaultdict") => (f(56, 0, 0, 0, true), "collections.defaultdict"),
            ("functools", "partial") => (f(64, 0, 40, 48, true), "functools.partial"),
            ("functools", "_lru_cache_wrapper") => {
                (f(152, 0, 136, 144, true), "functools._lru_cache_wrapper")
            }
            ("operator", "itemgetter") => (f(48, 0, 0, 0, true), "operator.itemgetter"),
            ("operator", "attrgetter") => (f(40, 0, 0, 0, true), "operator.attrgetter"),
            ("operator", "methodcaller") => (f(40, 0, 0, 0, true), "operator.methodcaller"),
            ("datetime", "date") => (f(32, 0, 0, 0, false), "datetime.date"),
            ("datetime", "datetime") => (f(48, 0, 0, 0, false), "datetime.datetime"),
            ("datetime", "time") => (f(40, 0, 0, 0, false), "datetime.time"),
            ("datetime", "timedelta") => (f(40, 0, 0, 0, false), "datetime.timedelta"),
            ("datetime", "timezone") => (f(32, 0, 0, 0, false), "datetime.timezone"),
            ("datetime", "tzinfo") => (f(16, 0, 0, 0, false), "datetime.tzinfo"),
            ("types", "SimpleNamespace") => (f(24, 0, 16, 0, true), "types.SimpleNamespace"),
            ("_queue", "SimpleQueue") => (f(56, 0, 0, 48, true), "_queue.SimpleQueue"),
            ("_thread", "RLock") => (f(48, 0, 0, 40, true), "_thread.RLock"),
            ("_random", "Random") => (f(2520, 0, 0, 0, false), "_random.Random"),
            ("_contextvars", "Context") => (f(48, 0, 0, 32, true), "_contextvars.Context"),
            ("_contextvars", "ContextVar") => (f(64, 0, 0, 0, true), "_contextvars.ContextVar"),
            ("_contextvars", "Token") => (f(48, 0, 0, 0, true), "_contextvars.Token"),
            ("_struct", "Struct") => (f(56, 0, 0, 48, true), "_struct.Struct"),
            _ => return Shape::c_final(module, qualname),
        };
        let heap = c_name == "_random.Random";
        Some(Shape {
            c_name: Some(c_name),
            heap,
            mutable_type: heap,
            ..shape
        })
    }

    /// The classes of `c_implemented` that cannot be subclassed: `_thread.lock` and the
    /// struct sequences (tuples with named fields, no `__dict__`, no weak references).
    fn c_final(module: &str, qualname: &str) -> Option<Shape> {
        let f = Shape::fixed;
        let (shape, c_name) = match (module, qualname) {
            ("_thread", "lock") => (f(40, 0, 0, 24, true), "_thread.lock"),
            ("time", "struct_time") => (f(24, 8, 0, 0, true), "time.struct_time"),
            ("os", "stat_result") => (f(24, 8, 0, 0, true), "os.stat_result"),
            ("os", "terminal_size") => (f(24, 8, 0, 0, true), "os.terminal_size"),
            ("sys", "flags") => (f(24, 8, 0, 0, true), "sys.flags"),
            ("sys", "version_info") => (f(24, 8, 0, 0, true), "sys.version_info"),
            ("sys", "float_info") => (f(24, 8, 0, 0, true), "sys.float_info"),
            ("sys", "int_info") => (f(24, 8, 0, 0, true), "sys.int_info"),
            ("sys", "hash_info") => (f(24, 8, 0, 0, true), "sys.hash_info"),
            _ => return None,
        };
        let heap = matches!(module, "time" | "os");
        Some(Shape {
            c_name: Some(c_name),
            final_type: true,
            heap,
            mutable_type: heap,
            ..shape
        })
    }

    /// A class defined in Python, laid out after its best base `best` (one of `bases`)
    /// by CPython's rules: its `__slots__` members first, then (when asked for, or when
    /// there are no `__slots__`, and the base has none) a `__weakref__` slot and a
    /// `__dict__` (kept before the object unless the base is variable-sized).
    /// `slots`: the class's own `__slots__` (None: none), mangled and sorted, without
    /// `__dict__` and `__weakref__`, which `slot_dict` and `slot_weakref` say were named.
    pub fn heap(
        best: &Rc<PyType>,
        bases: &[Rc<PyType>],
        slots: Option<Vec<String>>,
        slot_dict: bool,
        slot_weakref: bool,
    ) -> Shape {
        let b = &best.shape;
        let may_add_dict = b.dictoffset == 0;
        let may_add_weak = b.weaklistoffset == 0 && b.itemsize == 0;
        let (mut add_dict, mut add_weak) = match slots {
            None => (may_add_dict, may_add_weak),
            Some(_) => (slot_dict && may_add_dict, slot_weakref && may_add_weak),
        };
        // With `__slots__`, another base may still give instances a dict or weak
        // references.
        if slots.is_some() && bases.len() > 1 {
            for o in bases.iter().filter(|o| !Rc::ptr_eq(o, best)) {
                add_dict |= may_add_dict && o.shape.dictoffset != 0;
                add_weak |= may_add_weak && o.shape.weaklistoffset != 0;
            }
        }
        let nslots = slots.as_ref().map_or(0, Vec::len) as isize;
        let mut size = b.basicsize + PTR * nslots;
        let mut dictoffset = b.dictoffset;
        let mut weaklistoffset = b.weaklistoffset;
        let mut managed_dict = b.managed_dict;
        if add_dict && b.itemsize != 0 {
            dictoffset = -PTR;
            size += PTR;
        }
        if add_weak {
            weaklistoffset = size;
            size += PTR;
        }
        if add_dict && b.itemsize == 0 {
            managed_dict = true;
            dictoffset = -size - 3 * PTR;
        }
        Shape {
            basicsize: size,
            itemsize: b.itemsize,
            dictoffset,
            weaklistoffset,
            gc: true,
            managed_dict,
            heap: true,
            slots,
            c_name: None,
            final_type: false,
            mutable_type: false,
        }
    }
}

/// The base whose layout `t`'s instances extend (CPython's `tp_base`, `__base__`).
pub fn tp_base(t: &PyType) -> Option<Rc<PyType>> {
    let bases = t.bases.borrow();
    bases.get(t.best.get()).or(bases.first()).cloned()
}

/// Does `t` add fields to those of `base` (CPython's `extra_ivars`)? A heap type's
/// `__dict__` or `__weakref__` slot at its very end does not count.
fn extra_ivars(t: &PyType, base: &PyType) -> bool {
    let (s, b) = (&t.shape, &base.shape);
    let mut size = s.basicsize;
    if s.itemsize != 0 || b.itemsize != 0 {
        return size != b.basicsize || s.itemsize != b.itemsize;
    }
    if s.heap && s.weaklistoffset != 0 && b.weaklistoffset == 0 && s.weaklistoffset + PTR == size {
        size -= PTR;
    }
    if s.heap && s.dictoffset != 0 && b.dictoffset == 0 && s.dictoffset + PTR == size {
        size -= PTR;
    }
    size != b.basicsize
}

/// The class along `t`'s base chain that defines its instances' fields (CPython's
/// `solid_base`): the last one on the way down from `object` that adds some.
pub fn solid_base(t: &Rc<PyType>) -> Rc<PyType> {
    let mut chain = vec![t.clone()];
    while let Some(b) = tp_base(chain.last().expect("non-empty")) {
        chain.push(b);
    }
    let mut solid = chain.pop().expect("non-empty");
    while let Some(c) = chain.pop() {
        if extra_ivars(&c, &solid) {
            solid = c;
        }
    }
    solid
}

/// Which of `bases` a class with those bases is laid out after (CPython's `best_base`):
/// the first whose solid base is the most derived one. Err when two bases' solid bases
/// are unrelated (their fields cannot share one instance); `Err(Some(b))` when base `b`
/// cannot be subclassed.
pub fn best_base(bases: &[Rc<PyType>]) -> Result<usize, Option<Rc<PyType>>> {
    let mut winner: Option<Rc<PyType>> = None;
    let mut best = 0;
    for (i, b) in bases.iter().enumerate() {
        if !acceptable_base(b) {
            return Err(Some(b.clone()));
        }
        let candidate = solid_base(b);
        match &winner {
            Some(w) if w.is_subtype(&candidate) => {}
            Some(w) if !candidate.is_subtype(w) => return Err(None),
            _ => {
                winner = Some(candidate);
                best = i;
            }
        }
    }
    Ok(best)
}

/// Can a class defined in Python derive from `t`?
pub fn acceptable_base(t: &PyType) -> bool {
    if t.shape.final_type {
        return false;
    }
    if t.builtin && matches!(t.layout, Layout::Iterator) {
        // Of the native iterators, CPython lets only these be subclassed: the
        // sequence, dict, set and callable iterators, `_grouper` and `_tee` are final.
        let name = t.name();
        return matches!(&*name, "enumerate" | "zip" | "map" | "filter" | "reversed")
            || (name.starts_with("itertools.") && !name.starts_with("itertools._"));
    }
    !(t.builtin
        && matches!(
            t.layout,
            Layout::Bool
                | Layout::MemoryView
                | Layout::Range
                | Layout::Slice
                | Layout::Function
                | Layout::BuiltinFunction
                | Layout::Method
                | Layout::NoneType
                | Layout::Generator
        ))
}

/// Are `child`'s instances laid out as its base's (CPython's `compatible_with_tp_base`)?
/// A builtin type that adds no fields uses its base's deallocator too.
fn compatible_with_tp_base(child: &PyType) -> Option<Rc<PyType>> {
    let parent = tp_base(child)?;
    let (c, p) = (&child.shape, &parent.shape);
    let same = c.basicsize == p.basicsize
        && c.itemsize == p.itemsize
        && c.dictoffset == p.dictoffset
        && c.weaklistoffset == p.weaklistoffset
        && c.gc == p.gc;
    same.then_some(parent)
}

/// Do `a` and `b`, which have the same base, add the same fields to it (CPython's
/// `same_slots_added`)?
fn same_slots_added(a: &PyType, b: &PyType, base: Option<&Rc<PyType>>) -> bool {
    let (sa, sb) = (&a.shape, &b.shape);
    let mut size = base.map_or(0, |t| t.shape.basicsize);
    if sa.dictoffset == size && sb.dictoffset == size {
        size += PTR;
    }
    if sa.weaklistoffset == size && sb.weaklistoffset == size {
        size += PTR;
    }
    if !sa.heap || !sb.heap {
        return false;
    }
    if let (Some(x), Some(y)) = (&sa.slots, &sb.slots) {
        if x != y {
            return false;
        }
        size += PTR * x.len() as isize;
    }
    size == sa.basicsize && size == sb.basicsize
}

/// May instances laid out for `old` be treated as laid out for `new` (CPython's
/// `compatible_for_assignment`)? Err with the message of the TypeError otherwise, for
/// the assignment to attribute `attr`.
pub fn compatible_for_assignment(
    old: &Rc<PyType>,
    new: &Rc<PyType>,
    attr: &str,
) -> Result<(), String> {
    // (A C type is named by its `tp_name`.)
    let name = |t: &PyType| {
        t.shape
            .c_name
            .map_or_else(|| t.name().to_string(), str::to_string)
    };
    if old.shape.gc != new.shape.gc {
        return Err(format!(
            "{attr} assignment: '{}' deallocator differs from '{}'",
            name(new),
            name(old)
        ));
    }
    // Each walked down to the base its instances are laid out as; those two must be
    // the same class, or add the same fields to the same base.
    let down = |t: &Rc<PyType>| {
        let mut t = t.clone();
        while let Some(p) = compatible_with_tp_base(&t) {
            t = p;
        }
        t
    };
    let (new_base, old_base) = (down(new), down(old));
    let same = Rc::ptr_eq(&new_base, &old_base) || {
        let (nb, ob) = (tp_base(&new_base), tp_base(&old_base));
        let same_parent = match (&nb, &ob) {
            (Some(x), Some(y)) => Rc::ptr_eq(x, y),
            (None, None) => true,
            _ => false,
        };
        same_parent && same_slots_added(&new_base, &old_base, nb.as_ref())
    };
    if same && old.shape.managed_dict == new.shape.managed_dict {
        return Ok(());
    }
    Err(format!(
        "{attr} assignment: '{}' object layout differs from '{}'",
        name(new),
        name(old)
    ))
}
