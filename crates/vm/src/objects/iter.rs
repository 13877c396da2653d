//! Native iterator state: list, tuple, str, range, dict, set iterators and the
//! iterator adaptors of the builtins (enumerate, zip, map, filter, reversed…).

use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::object::DictViewKind;
use crate::objects::set::PySet;
use crate::objects::str::PyStr;
use crate::objects::{PyList, PyTuple};
use crate::value::Value;

pub enum IterState {
    List {
        list: Rc<PyList>,
        i: usize,
    },
    ListRev {
        list: Rc<PyList>,
        i: usize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        i: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Bytes {
        b: Rc<[u8]>,
        i: usize,
    },
    /// Over the live bytearray (the object holding it), by index.
    ByteArray {
        obj: Value,
        i: usize,
    },
    Range {
        next: i128,
        step: i128,
        remaining: u128,
        /// A range whose bounds, step or length go beyond a C long (CPython's
        /// `longrange_iterator`).
        long: bool,
        /// The range's length (`u64::MAX` beyond): how many have been produced
        /// (`__reduce__`) is what `remaining` lacks of it.
        len: u64,
    },
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        kind: DictViewKind,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// The entries not yet produced (the length hint).
        left: usize,
    },
    /// `reversed()` of a dict or dict view: over the live dict's entries, backwards
    /// from before position `pos` (CPython's `dict_reverse…iterator`).
    DictRev {
        dict: Rc<PyDict>,
        pos: usize,
        kind: DictViewKind,
        /// The dict's size when iteration began (a change is an error).
        len: usize,
        /// The entries not yet produced (the length hint).
        left: usize,
    },
    /// An `OrderedDict`'s iterator (CPython's `odict_iterator`, of the dict itself and
    /// of its views, forwards or `reversed`): over its key list, from the key
    /// `current`. A change of the list by the `OrderedDict`'s methods ends it; one of
    /// the dict's size alone is an error at every call (`crate::builtins::odict`).
    ODict {
        dict: Rc<PyDict>,
        list: crate::builtins::odict_list::List,
        /// The key it gives next (CPython's `di_current`): None at the end.
        current: Option<Value>,
        kind: DictViewKind,
        reverse: bool,
        /// The dict's `od_state` when iteration began (CPython's `di_state`).
        state: u32,
        /// The dict's size when iteration began, -1 once it was seen to differ (CPython's
        /// `di_size`, whose error then stays).
        size: isize,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
        left: usize,
        version: u64,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        /// Shared so each step can hold the iterators without copying the list.
        its: Rc<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Rc<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `iter(obj)` for an object with only `__getitem__`.
    SeqIter {
        obj: Value,
        i: i64,
    },
    Reversed {
        seq: Value,
        i: i64,
    },
    /// An iterator implemented natively by a module (itertools…).
    Native(Box<dyn NativeIter>),
    /// A native iterator whose `next` is running (its state is taken out meanwhile):
    /// the type's name.
    Running(&'static str),
    Exhausted,
}

/// A native iterator: `next` may call back into Python (no borrow is held meanwhile).
pub trait NativeIter {
    fn next(&mut self, vm: &mut crate::vm::Vm) -> crate::vm::PyResult<Option<Value>>;
    fn type_name(&self) -> &'static str;
    /// A repr of the form `name(arg, ...)` (itertools' count and repeat): the name and
    /// the values whose reprs go between the parentheses. None: `<type object at …>`.
    fn repr_parts(&self) -> Option<(&'static str, Vec<Value>)> {
        None
    }
    /// `__length_hint__` for the types that have one (itertools.repeat): None for the
    /// others.
    fn length_hint(&self, _vm: &crate::vm::Vm) -> Option<crate::vm::PyResult<Value>> {
        None
    }
    /// Whether the iterator stays ended once `next` has returned None. The ones that
    /// ask their source again (as CPython's tee, dropwhile, accumulate… do) say no.
    fn ends_for_good(&self) -> bool {
        true
    }
    /// An independent iterator at the same position, for the types with a `__copy__`
    /// (itertools._tee): None for the others.
    fn copy(&self) -> Option<Box<dyn NativeIter>> {
        None
    }
    /// `__reduce__` for the types that have one (itertools'): `cls` is the object's
    /// own class, which most name as the callable. None for the others. The state is
    /// taken out of its object meanwhile, so Python code may run.
    fn reduce(
        &mut self,
        _vm: &mut crate::vm::Vm,
        _cls: &Value,
    ) -> Option<crate::vm::PyResult<Reduced>> {
        None
    }
    /// The iterator itself, for the types another one needs to look into (a
    /// `_grouper` made from its `groupby`): None for the others.
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        None
    }
    /// `__setstate__` for the types that have one: None for the others.
    fn setstate(
        &mut self,
        _vm: &mut crate::vm::Vm,
        _state: &Value,
    ) -> Option<crate::vm::PyResult<()>> {
        None
    }
    /// Each value the iterator holds, for the cycle collector. A value it does not
    /// report only keeps what it refers to alive (never frees too much); one reported
    /// that it does not own a reference to would free too much: state shared with other
    /// objects is reported only by its sole owner.
    fn traverse(&self, _f: &mut dyn FnMut(&Value)) {}
}

/// What `__reduce__` of an iterator gives: the callable, its arguments and (for the
/// ones restored by `__setstate__`) the state.
pub struct Reduced {
    pub func: Value,
    pub args: Vec<Value>,
    pub state: Option<Value>,
}

impl Reduced {
    /// `(func, args)`: made again by the call alone.
    pub fn remade(func: Value, args: Vec<Value>) -> Reduced {
        Reduced {
            func,
            args,
            state: None,
        }
    }

    /// `(func, args, state)`.
    pub fn with_state(func: Value, args: Vec<Value>, state: Value) -> Reduced {
        Reduced {
            func,
            args,
            state: Some(state),
        }
    }
}

impl IterState {
    /// Each value the iterator holds (for the cycle collector).
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            IterState::List { list, .. } | IterState::ListRev { list, .. } => {
                f(&Value::List(list.clone()))
            }
            // Its items, if the iterator is the tuple's sole owner (a shared tuple's
            // owners cannot all report them).
            IterState::Tuple { tuple, .. } if Rc::strong_count(tuple) == 1 => {
                tuple.items.iter().for_each(f)
            }
            IterState::Tuple { .. } => {}
            IterState::ByteArray { obj, .. } => f(obj),
            IterState::Dict { dict, .. }
            | IterState::DictRev { dict, .. }
            | IterState::ODict { dict, .. } => crate::gc::traverse_held_dict(dict, f),
            IterState::Set { set, .. } => f(&Value::Set(set.clone())),
            IterState::Enumerate { it, n } => {
                f(it);
                f(n);
            }
            // A step in progress shares the iterators (then they are not reported).
            IterState::Zip { its, .. } if Rc::strong_count(its) == 1 => {
                its.iter().for_each(&mut *f)
            }
            IterState::Map { func, its } => {
                f(func);
                if Rc::strong_count(its) == 1 {
                    its.iter().for_each(&mut *f);
                }
            }
            IterState::Zip { .. } => {}
            IterState::Filter { func, it } => {
                f(func);
                f(it);
            }
            IterState::Callable { func, sentinel } => {
                f(func);
                f(sentinel);
            }
            IterState::SeqIter { obj, .. } => f(obj),
            IterState::Reversed { seq, .. } => f(seq),
            IterState::Native(n) => n.traverse(f),
            IterState::Str { .. }
            | IterState::Bytes { .. }
            | IterState::Range { .. }
            | IterState::Running(_)
            | IterState::Exhausted => {}
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListRev { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { s, .. } => {
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::ByteArray { .. } => "bytearray_iterator",
            IterState::Range { long: false, .. } => "range_iterator",
            IterState::Range { long: true, .. } => "longrange_iterator",
            IterState::Dict { kind, .. } => match kind {
                DictViewKind::Keys => "dict_keyiterator",
                DictViewKind::Values => "dict_valueiterator",
                DictViewKind::Items => "dict_itemiterator",
            },
            IterState::DictRev { kind, .. } => match kind {
                DictViewKind::Keys => "dict_reversekeyiterator",
                DictViewKind::Values => "dict_reversevalueiterator",
                DictViewKind::Items => "dict_reverseitemiterator",
            },
            IterState::ODict { .. } => "odict_iterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::SeqIter { .. } => "iterator",
            IterState::Reversed { .. } => "reversed",
            IterState::Native(n) => n.type_name(),
            IterState::Running(name) => name,
            IterState::Exhausted => "iterator",
        }
    }
}
// An iterator is allocated for every `for` loop: keep its state at four words and
// a half (a range's fields fill it).
const _: () = assert!(std::mem::size_of::<IterState>() <= 64);
