//! Memory: reference counting frees acyclic garbage at once (Rust's `Rc`); this module
//! adds what `Rc` cannot do — `__del__` finalizers and a cycle collector.
//!
//! Containers that can take part in a cycle (instances, lists, dicts, sets, functions,
//! cells) are registered here by weak handle when created. A collection copies each live
//! container's strong count, subtracts the references found inside the registered
//! containers themselves, and whatever keeps a positive count is referenced from outside
//! (value stack, frames, Rust locals). Everything reachable from those survives; the rest
//! is garbage: finalizers run, then the containers are cleared, which breaks the cycles
//! and lets the `Rc`s free themselves (CPython's algorithm, docs/gc.md).
//!
//! Collections and finalizers run only at safe points of the eval loop (no borrow is live
//! there): a dropped object with `__del__`, or enough new containers, raises the
//! *breaker* flag that the loop checks.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::objects::dict::PyDict;
use crate::objects::function::{BuiltinFunction, Function};
use crate::objects::iter::IterState;
use crate::objects::object::{Payload, PyObject};
use crate::objects::set::PySet;
use crate::objects::types::PyType;
use crate::objects::PyList;
use crate::value::Value;
use crate::vm::Vm;

/// Weak handles to registered containers, by kind.
#[derive(Default)]
struct Tracked {
    objects: Vec<Weak<PyObject>>,
    lists: Vec<Weak<PyList>>,
    dicts: Vec<Weak<PyDict>>,
    sets: Vec<Weak<PySet>>,
    frozensets: Vec<Weak<PySet>>,
    functions: Vec<Weak<Function>>,
    cells: Vec<Weak<RefCell<Value>>>,
    /// Builtin methods bound to a value (`obj.append`, `d.get`): they hold their self.
    builtins: Vec<Weak<BuiltinFunction>>,
    /// Classes made by `class` statements and `type()` (the builtin types live forever).
    types: Vec<Weak<PyType>>,
}

impl Tracked {
    /// Drop the handles of containers already freed.
    fn prune(&mut self) {
        self.objects.retain(|w| w.strong_count() > 0);
        self.lists.retain(|w| w.strong_count() > 0);
        self.dicts.retain(|w| w.strong_count() > 0);
        self.sets.retain(|w| w.strong_count() > 0);
        self.frozensets.retain(|w| w.strong_count() > 0);
        self.functions.retain(|w| w.strong_count() > 0);
        self.cells.retain(|w| w.strong_count() > 0);
        self.builtins.retain(|w| w.strong_count() > 0);
        self.types.retain(|w| w.strong_count() > 0);
    }

    fn len(&self) -> usize {
        self.objects.len()
            + self.lists.len()
            + self.dicts.len()
            + self.sets.len()
            + self.frozensets.len()
            + self.functions.len()
            + self.cells.len()
            + self.builtins.len()
            + self.types.len()
    }

    fn upgrade_into(&self, nodes: &mut Vec<Node>) {
        nodes.extend(
            self.objects
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Node::Obj),
        );
        nodes.extend(
            self.lists
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Node::List),
        );
        nodes.extend(
            self.dicts
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Node::Dict),
        );
        nodes.extend(
            self.sets
                .iter()
                .filter_map(|w| w.upgrade())
                .map(|s| Node::Set(s, false)),
        );
        nodes.extend(
            self.frozensets
                .iter()
                .filter_map(|w| w.upgrade())
                .map(|s| Node::Set(s, true)),
        );
        nodes.extend(
            self.functions
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Node::Func),
        );
        nodes.extend(
            self.cells
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Node::Cell),
        );
        nodes.extend(
            self.builtins
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Node::Builtin),
        );
        nodes.extend(
            self.types
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Node::Type),
        );
    }

    /// Move every handle of `other` here.
    fn absorb(&mut self, other: &mut Tracked) {
        self.objects.append(&mut other.objects);
        self.lists.append(&mut other.lists);
        self.dicts.append(&mut other.dicts);
        self.sets.append(&mut other.sets);
        self.frozensets.append(&mut other.frozensets);
        self.functions.append(&mut other.functions);
        self.cells.append(&mut other.cells);
        self.builtins.append(&mut other.builtins);
        self.types.append(&mut other.types);
    }
}

/// Three generations, as in CPython: containers made since the last collection are
/// *young*; those that survive a young collection move to the *middle* generation, and
/// those that survive a middle collection (every `MIDDLE_EVERY` young ones, young and
/// middle together) become *old*. A collection examines only its generations
/// (references from older containers count as references from outside, so it never
/// frees too much); a full one examines everything, and runs instead of a middle one
/// when what became old since the last full one is more than a quarter of what
/// survived it (or on `gc.collect()`). A server's request objects that are alive at a
/// young collection die with their request, before the next middle collection: they
/// never reach the old generation, so they never make a full collection due.
#[derive(Default)]
struct Registry {
    young: Tracked,
    middle: Tracked,
    old: Tracked,
    since_collect: usize,
    threshold: usize,
    /// When `since_collect` reaches this, the young generation's handles of freed
    /// containers are dropped without a collection (see `counted`).
    prune_at: usize,
    /// Young collections since the last middle (or full) one.
    young_collections: usize,
    /// Size of the old generation after the last full collection.
    old_at_full: usize,
    /// Containers moved into the old generation by middle collections since then.
    old_pending: usize,
    /// Objects whose `__del__` must run, resurrected from their `Drop`.
    finalize: Vec<Rc<PyObject>>,
    /// `gc.freeze()`: containers no collection looks at.
    permanent: Tracked,
    /// Middle collections since the last full one.
    middle_collections: usize,
    /// `gc.get_stats()`: collections and garbage found, per generation.
    stats: [[usize; 2]; 3],
    /// `gc.set_threshold()`: young containers between collections (0: no automatic
    /// collection), young collections between middle ones, middle collections before a
    /// full one may run.
    thresholds: (usize, usize, usize),
}

/// Which generations a collection examines.
#[derive(Clone, Copy, PartialEq)]
enum Generations {
    Young,
    Middle,
    Full,
}

/// Young collections between middle ones, and middle ones before a full one may run
/// (CPython's second and third thresholds).
const MIDDLE_EVERY: usize = 10;

/// Young containers between collections.
const YOUNG_THRESHOLD: usize = 2_000;

thread_local! {
    static REG: RefCell<Registry> = RefCell::new(Registry {
        threshold: YOUNG_THRESHOLD,
        prune_at: YOUNG_THRESHOLD,
        thresholds: (YOUNG_THRESHOLD, MIDDLE_EVERY, MIDDLE_EVERY),
        ..Default::default()
    });
    /// `gc.callbacks`, `gc.garbage` (once the module is imported) and `gc.set_debug`'s
    /// flags.
    static CALLBACKS: RefCell<Option<Rc<PyList>>> = const { RefCell::new(None) };
    static GARBAGE: RefCell<Option<Rc<PyList>>> = const { RefCell::new(None) };
    static DEBUG: Cell<u32> = const { Cell::new(0) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// Set when a safe point has work to do (finalizers, a collection).
    pub static BREAKER: Cell<bool> = const { Cell::new(false) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// How many queued finalizers belong to safe points further out: a finalizer's
    /// own safe points run only what was queued after it started, so the objects one
    /// container released together finalize in the order it released them.
    static FINALIZE_FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// An interrupt request from another thread (1: KeyboardInterrupt, 2: a request's
/// deadline passed, 3: the profiler asks for a sample, 4: the deadline passed long ago
/// and the code went on: stop it whatever it catches); never set for this one.
static NEVER: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

thread_local! {
    /// The interrupt flag this thread's eval loop watches, and the handle keeping it alive.
    static INTERRUPT: Cell<*const std::sync::atomic::AtomicU8> = const { Cell::new(&NEVER) };
    static INTERRUPT_KEEP: RefCell<Option<std::sync::Arc<std::sync::atomic::AtomicU8>>> = const { RefCell::new(None) };
    /// Set by interrupt 4: exceptions unwind past every handler (`except`, `finally`,
    /// `with`) until `end_kill`.
    static KILLING: Cell<bool> = const { Cell::new(false) };
}

/// The value of an interrupt flag that stops the running code past its handlers.
pub const KILL: u8 = 4;

/// Is the running code being stopped past its handlers (see `KILL`)?
#[inline]
pub fn killing() -> bool {
    KILLING.with(|k| k.get())
}

/// The stopped code has unwound to its embedder: handlers work again.
pub fn end_kill() {
    KILLING.with(|k| k.set(false));
}

/// Watch `flag`: another thread setting it interrupts this thread's Python code at its
/// next backward jump or call.
pub fn set_interrupt(flag: std::sync::Arc<std::sync::atomic::AtomicU8>) {
    let ptr = std::sync::Arc::as_ptr(&flag);
    INTERRUPT_KEEP.with(|k| *k.borrow_mut() = Some(flag));
    INTERRUPT.with(|p| p.set(ptr));
}

#[inline]
fn interrupt_flag() -> u8 {
    INTERRUPT.with(|p| {
        // SAFETY: the pointer is either `&NEVER` (static) or points into the Arc held by
        // INTERRUPT_KEEP on this same thread, which is only replaced together with it.
        unsafe { (*p.get()).load(std::sync::atomic::Ordering::Relaxed) }
    })
}

/// Whether another thread has asked this one for an interrupt (see `check_interrupt`).
#[inline]
pub fn interrupt_pending() -> bool {
    interrupt_flag() != 0
}

#[inline]
pub fn breaker() -> bool {
    BREAKER.with(|b| b.get()) || interrupt_pending()
}

/// At a breaker point: turn a pending interrupt into the exception it asks for.
pub fn check_interrupt(vm: &mut Vm) -> crate::vm::PyResult<()> {
    let kind = INTERRUPT.with(|p| {
        // SAFETY: as in `interrupt_flag`.
        unsafe { (*p.get()).swap(0, std::sync::atomic::Ordering::Relaxed) }
    });
    match kind {
        0 => Ok(()),
        1 => Err(vm.new_exception(vm.exc_type("KeyboardInterrupt"), vec![])),
        crate::profile::SAMPLE => {
            crate::profile::sample(vm);
            Ok(())
        }
        KILL => {
            KILLING.with(|k| k.set(true));
            Err(vm.new_error(
                "TimeoutError",
                "request deadline exceeded (the code went on after the first TimeoutError: stopped past its handlers)",
            ))
        }
        _ => Err(vm.new_error("TimeoutError", "request deadline exceeded")),
    }
}

fn counted(r: &mut Registry) {
    r.since_collect += 1;
    if r.since_collect >= r.threshold && r.thresholds.0 != 0 && ENABLED.with(|e| e.get()) {
        BREAKER.with(|b| b.set(true));
    } else if r.since_collect >= r.prune_at {
        // A handle is a `Weak`, which keeps a freed container's memory allocated until
        // it is dropped. The threshold grows with the heap (an eighth of its edges), so
        // between collections of a large heap the short-lived containers' memory would
        // pile up (2 MB for 100,000 live lists). Dropping the dead handles every
        // `YOUNG_THRESHOLD` registrations, or when the survivors have doubled, keeps
        // that bounded at linear cost.
        r.young.prune();
        r.prune_at = r.since_collect + YOUNG_THRESHOLD.max(r.young.len());
    }
}

/// Register a new container with the young generation (nothing while the registry is
/// borrowed, i.e. during a collection, or after the thread's teardown).
#[inline]
fn register(push: impl FnOnce(&mut Tracked)) {
    let _ = REG.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        push(&mut r.young);
        counted(&mut r);
    });
}

pub fn track_object(o: &Rc<PyObject>) {
    register(|t| t.objects.push(Rc::downgrade(o)));
}
pub fn track_list(l: &Rc<PyList>) {
    register(|t| t.lists.push(Rc::downgrade(l)));
}
pub fn track_dict(d: Rc<PyDict>) -> Rc<PyDict> {
    if !d.gc_tracked.replace(true) {
        register(|t| t.dicts.push(Rc::downgrade(&d)));
    }
    d
}
pub fn track_set(s: &Rc<PySet>) {
    register(|t| t.sets.push(Rc::downgrade(s)));
}

/// A new `set` value, registered with the collector (a set can close a cycle: `a.s =
/// {a}`; until the twenty-second session no set was registered, and such cycles leaked).
pub fn new_set(s: PySet) -> Value {
    let s = Rc::new(s);
    track_set(&s);
    Value::Set(s)
}

/// A new `frozenset` value, registered with the collector as a `set` is.
pub fn new_frozenset(s: PySet) -> Value {
    let s = Rc::new(s);
    register(|t| t.frozensets.push(Rc::downgrade(&s)));
    Value::FrozenSet(s)
}
pub fn track_function(f: &Rc<Function>) {
    register(|t| t.functions.push(Rc::downgrade(f)));
}
pub fn track_builtin(b: &Rc<BuiltinFunction>) {
    register(|t| t.builtins.push(Rc::downgrade(b)));
}
pub fn track_cell(c: &Rc<RefCell<Value>>) {
    register(|t| t.cells.push(Rc::downgrade(c)));
}
/// A class can close a cycle through its dict (`C.inst = C()`, a method's `__class__`
/// cell for `super()`), as in CPython, where heap types are collected like containers.
pub fn track_type(t: &Rc<PyType>) {
    register(|r| r.types.push(Rc::downgrade(t)));
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}
pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// Called from `PyObject`'s `Drop`: an object whose class has `__del__` and has not been
/// finalized yet is moved into a new object queued for its finalizer.
pub fn queue_finalizer(o: Rc<PyObject>) {
    // During thread teardown the registry may be gone: then there is nobody to run it.
    if let Ok(Some(o)) = REG.try_with(|r| match r.try_borrow_mut() {
        Ok(mut r) => {
            r.finalize.push(o);
            None
        }
        Err(_) => Some(o),
    }) {
        drop(o);
    }
    let _ = BREAKER.try_with(|b| b.set(true));
}

/// One container's outgoing references, visited with `f` (untracked, uniquely owned
/// tuples are looked through).
fn visit(v: &Value, f: &mut dyn FnMut(&Value)) {
    if RAW.with(|r| r.get()) {
        // For `gc.get_referents`: every value as it is.
        return f(v);
    }
    match v {
        Value::Tuple(t) if Rc::strong_count(t) == 1 => {
            for x in t.items.iter() {
                visit(x, f);
            }
        }
        other if value_addr(other).is_some() => f(other),
        // Nothing the collector tracks (a str, a number, None, a class, a shared
        // tuple): no call for it (most of an instance dict's keys and values), only
        // counted as an edge (see `collect_nodes`).
        _ => ATOMS.with(|a| a.set(a.get() + 1)),
    }
}

thread_local! {
    /// Values `visit` passed by without calling its visitor: a collection counts them
    /// among the live edges that size the next threshold.
    static ATOMS: Cell<usize> = const { Cell::new(0) };
    /// Set while `referents` asks a container for its values as they are.
    static RAW: Cell<bool> = const { Cell::new(false) };
}

/// The frame objects of traceback entries (which keep the frames' locals).
fn visit_tb_frames(entries: &[crate::objects::exceptions::TbEntry], f: &mut dyn FnMut(&Value)) {
    for entry in entries {
        if let Some(fr) = &entry.frame {
            f(&Value::Object(fr.clone()));
        }
    }
}

/// The dict of an object, function or class: an edge to it if it was handed out (by
/// `__dict__`) and so is a container of its own, whose entries are its references;
/// otherwise its entries, as part of their owner.
fn traverse_own_dict(d: &Rc<PyDict>, f: &mut dyn FnMut(&Value)) {
    if d.gc_tracked.get() {
        f(&Value::Dict(d.clone()));
    } else {
        for e in d.table.borrow().iter() {
            visit(&e.key, f);
            visit(&e.value, f);
        }
    }
}

fn traverse_object(o: &PyObject, f: &mut dyn FnMut(&Value)) {
    // An instance holds its class (CPython's `subtype_traverse` visits the type), so
    // `C.inst = C()` is a cycle the collector sees whole.
    f(&Value::Type(o.made_class().clone()));
    if let Some(d) = &o.dict() {
        traverse_own_dict(d, f);
    }
    o.slots.for_each(&mut |v| visit(v, f));
    match &o.payload {
        Payload::Builtin(v) | Payload::StaticMethod(v) | Payload::ClassMethod(v) => visit(v, f),
        Payload::BoundMethod { func, self_ } => {
            visit(func, f);
            visit(self_, f);
        }
        Payload::Exception(d) => {
            visit(&d.args.borrow(), f);
            visit(&d.cause.borrow(), f);
            visit(&d.context.borrow(), f);
            if let Some(g) = d.group.borrow().as_deref() {
                visit(&g.0, f);
                visit(&g.1, f);
            }
            visit_tb_frames(&d.traceback.borrow(), f);
            visit(&d.tb_object.borrow().1, f);
            match d.hint.borrow().as_deref() {
                Some(crate::suggest::Hint::Attr { obj, .. }) => visit(obj, f),
                Some(crate::suggest::Hint::Name {
                    globals, builtins, ..
                }) => {
                    visit(globals, f);
                    visit(builtins, f);
                }
                None => {}
            }
        }
        Payload::Traceback(entries, next) => {
            visit_tb_frames(entries, f);
            visit(&next.borrow(), f);
        }
        Payload::Frame(fr) => fr.traverse(&mut |v| visit(v, f)),
        Payload::Property { fns, .. } => {
            let fns = fns.borrow();
            for v in [&fns.fget, &fns.fset, &fns.fdel, &fns.doc] {
                visit(v, f);
            }
        }
        Payload::Generator(g) | Payload::Coroutine(g) => {
            let g = g.borrow();
            for v in g.values.iter() {
                visit(v, f);
            }
            if let Some(ag) = &g.ag {
                visit(&ag.finalizer, f);
            }
            if let Some(fr) = &g.frame {
                f(&Value::Object(fr.clone()));
            }
        }
        Payload::Super { obj, .. } => visit(obj, f),
        // An iterator's state (a native one's `next` in progress has taken it out, or
        // holds the borrow: then it is not reported, which only keeps its values).
        Payload::Iter(st) => {
            if let Ok(st) = st.try_borrow() {
                st.traverse(&mut |v| visit(v, f));
            }
        }
        Payload::MemoryView(m) => m.traverse(&mut |v| visit(v, f)),
        // The only native state holding values: a tee's shared buffer.
        Payload::Native(n) => {
            crate::stdlib::itertools_tee::traverse_buffer(n.as_ref(), &mut |v| visit(v, f));
        }
        Payload::Slice(a, b, c) => {
            visit(a, f);
            visit(b, f);
            visit(c, f);
        }
        Payload::DictView { dict, .. } | Payload::MappingProxy(dict) => {
            traverse_held_dict(dict, &mut |v| visit(v, f))
        }
        _ => {}
    }
}

fn traverse_function(func: &Function, f: &mut dyn FnMut(&Value)) {
    if let Some(c) = &func.closure {
        for v in c.iter() {
            visit(v, f);
        }
    }
    if let Some(d) = &*func.defaults.borrow() {
        for v in d.items.iter() {
            visit(v, f);
        }
    }
    if let Some(d) = func.dict_opt() {
        // (Handed out by `f.__dict__`, or assigned to it: a container of its own.)
        traverse_own_dict(&d, f);
    }
    f(&Value::Dict(func.globals.clone()));
}

enum Node {
    Obj(Rc<PyObject>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    /// A set, or a frozenset (true).
    Set(Rc<PySet>, bool),
    Func(Rc<Function>),
    Cell(Rc<RefCell<Value>>),
    Builtin(Rc<BuiltinFunction>),
    Type(Rc<PyType>),
}

/// A class's references: its dict (looked through unless handed out as a container of
/// its own), bases, MRO, metaclass and the cached `__new__`/`__init__`.
fn traverse_type(t: &PyType, f: &mut dyn FnMut(&Value)) {
    traverse_own_dict(&t.dict, f);
    for b in t.bases.borrow().iter().chain(t.mro_rest.borrow().iter()) {
        f(&Value::Type(b.clone()));
    }
    if let Some(m) = &*t.meta.borrow() {
        f(&Value::Type(m.clone()));
    }
    let ctor = t.ctor.borrow();
    for v in [&ctor.1, &ctor.2].into_iter().flatten() {
        visit(v, f);
    }
}

impl Node {
    fn addr(&self) -> usize {
        match self {
            Node::Obj(r) => Rc::as_ptr(r) as *const u8 as usize,
            Node::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Node::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Node::Set(r, _) => Rc::as_ptr(r) as *const u8 as usize,
            Node::Func(r) => Rc::as_ptr(r) as *const u8 as usize,
            Node::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Node::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Node::Type(r) => Rc::as_ptr(r) as *const u8 as usize,
        }
    }
    fn strong(&self) -> usize {
        match self {
            Node::Obj(r) => Rc::strong_count(r),
            Node::List(r) => Rc::strong_count(r),
            Node::Dict(r) => Rc::strong_count(r),
            Node::Set(r, _) => Rc::strong_count(r),
            Node::Func(r) => Rc::strong_count(r),
            Node::Cell(r) => Rc::strong_count(r),
            Node::Builtin(r) => Rc::strong_count(r),
            Node::Type(r) => Rc::strong_count(r),
        }
    }
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            Node::Obj(o) => traverse_object(o, f),
            Node::List(l) => {
                for v in l.items.borrow().iter() {
                    visit(v, f);
                }
            }
            Node::Dict(d) => {
                for e in d.table.borrow().iter() {
                    visit(&e.key, f);
                    visit(&e.value, f);
                }
                // An `OrderedDict`'s key list, kept beside its dict.
                crate::builtins::odict_list::traverse_keys(d, &mut |v| visit(v, f));
            }
            Node::Set(s, _) => {
                for v in s.keys() {
                    visit(&v, f);
                }
            }
            Node::Func(func) => traverse_function(func, f),
            Node::Cell(c) => visit(&c.borrow(), f),
            Node::Builtin(b) => {
                if let Some(s) = &b.self_ {
                    visit(s, f);
                }
            }
            Node::Type(t) => traverse_type(t, f),
        }
    }
    fn clear(&self) {
        match self {
            Node::Obj(o) => {
                if let Some(d) = &o.dict() {
                    d.clear();
                }
                o.slots.clear();
                if let Payload::Exception(d) = &o.payload {
                    *d.args.borrow_mut() = Value::None;
                    *d.cause.borrow_mut() = Value::None;
                    *d.context.borrow_mut() = Value::None;
                    let hint = d.hint.borrow_mut().take();
                    drop(hint);
                    let group = d.group.borrow_mut().take();
                    drop(group);
                    let tb = std::mem::take(&mut *d.traceback.borrow_mut());
                    drop(tb);
                    let tbo = std::mem::replace(&mut *d.tb_object.borrow_mut(), (0, Value::None));
                    drop(tbo);
                }
                if let Payload::Generator(g) | Payload::Coroutine(g) = &o.payload {
                    let (old, fr) = {
                        let mut g = g.borrow_mut();
                        (std::mem::take(&mut g.values), g.frame.take())
                    };
                    drop((old, fr));
                }
                if let Payload::Frame(fr) = &o.payload {
                    fr.clear();
                }
                if let Payload::Traceback(_, next) = &o.payload {
                    let old = std::mem::take(&mut *next.borrow_mut());
                    drop(old);
                }
                // An iterator lets go of what it iterates; a view or mapping proxy
                // empties a dict whose object is gone (it was the dict's sole owner).
                if let Payload::Iter(st) = &o.payload {
                    let old = st
                        .try_borrow_mut()
                        .map(|mut st| std::mem::replace(&mut *st, IterState::Exhausted));
                    drop(old);
                }
                if let Payload::Native(n) = &o.payload {
                    crate::stdlib::itertools_tee::clear_buffer(n.as_ref());
                }
                if let Payload::DictView { dict, .. } | Payload::MappingProxy(dict) = &o.payload {
                    if !dict.gc_tracked.get() && Rc::strong_count(dict) == 1 {
                        dict.clear();
                    }
                }
            }
            Node::List(l) => {
                let old = std::mem::take(&mut *l.items.borrow_mut());
                crate::objects::drop_reversed(old);
            }
            Node::Dict(d) => {
                d.clear();
                crate::builtins::odict_list::clear_for_gc(d);
            }
            Node::Set(s, _) => s.clear(),
            Node::Func(func) => {
                match func.dict_opt() {
                    // (A dict of its own is cleared as its own node if it is garbage.)
                    Some(d) if d.gc_tracked.get() => func.dict.set(None),
                    Some(d) => d.clear(),
                    None => {}
                }
                *func.defaults.borrow_mut() = None;
            }
            Node::Cell(c) => {
                let old = std::mem::take(&mut *c.borrow_mut());
                drop(old);
            }
            // Its self cannot be cleared; clearing the other containers of the cycle
            // releases it.
            Node::Builtin(_) => {}
            // CPython's `type_clear`: the dict (and the cached constructors), which
            // breaks the cycles through it; the lookup caches see the epoch move.
            Node::Type(t) => {
                crate::objects::types::bump_type_epoch();
                let ctor = std::mem::take(&mut *t.ctor.borrow_mut());
                drop(ctor);
                if !t.dict.gc_tracked.get() {
                    t.dict.clear();
                }
            }
        }
    }
}

/// A dict held by something that is not its object (a view, a mapping proxy, an
/// iterator): an edge to it if it is a container of its own; if it is part of its object
/// (a class's or an instance's dict) that is gone, its entries as the holder's own, the
/// holder being its sole owner; otherwise nothing (the object reports the entries).
pub(crate) fn traverse_held_dict(d: &Rc<PyDict>, f: &mut dyn FnMut(&Value)) {
    if d.gc_tracked.get() {
        f(&Value::Dict(d.clone()));
    } else if Rc::strong_count(d) == 1 {
        for e in d.table.borrow().iter() {
            f(&e.key);
            f(&e.value);
        }
        crate::builtins::odict_list::traverse_keys(d, f);
    }
}

/// Whether a value may lead the collector to a container (a container or a tuple).
pub fn may_refer(v: &Value) -> bool {
    matches!(v, Value::Tuple(_)) || value_addr(v).is_some()
}

/// The address a value refers to, if it is a tracked kind of container.
fn value_addr(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Object(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Type(r) => Rc::as_ptr(r) as *const u8 as usize,
        _ => return None,
    })
}

/// Run a full collection; returns the number of unreachable containers found.
pub fn collect(vm: &mut Vm) -> usize {
    collect_generations(vm, Generations::Full)
}

/// Collect the given generations; survivors move one generation up (a full
/// collection's stay old).
fn collect_generations(vm: &mut Vm, which: Generations) -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    let generation = which as usize;
    run_callbacks(vm, "start", generation, 0);
    let started = (DEBUG.with(|d| d.get()) & DEBUG_STATS != 0).then(|| {
        debug_stats_start(generation);
        std::time::Instant::now()
    });
    let mut nodes: Vec<Node> = Vec::new();
    let _ = REG.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        let r = &mut *r;
        r.young.prune();
        match which {
            Generations::Young => r.young.upgrade_into(&mut nodes),
            Generations::Middle => {
                r.middle.prune();
                r.middle.absorb(&mut r.young);
                r.middle.upgrade_into(&mut nodes);
            }
            Generations::Full => {
                r.old.prune();
                r.middle.prune();
                r.old.absorb(&mut r.middle);
                r.old.absorb(&mut r.young);
                r.old.upgrade_into(&mut nodes);
            }
        }
    });
    let (count, live_edges) = collect_nodes(vm, nodes);
    crate::stdlib::weakref::poll();
    let _ = REG.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        let r = &mut *r;
        // What survived moves up. The old generation's handles of containers freed
        // since are only dropped by a full collection (pruning them is O(heap)).
        match which {
            Generations::Young => {
                r.young.prune();
                let mut young = std::mem::take(&mut r.young);
                r.middle.absorb(&mut young);
                r.young_collections += 1;
            }
            Generations::Middle => {
                r.middle.prune();
                let mut middle = std::mem::take(&mut r.middle);
                r.old_pending += middle.len();
                r.old.absorb(&mut middle);
                r.young_collections = 0;
                r.middle_collections += 1;
            }
            Generations::Full => {
                r.old.prune();
                r.old_at_full = r.old.len();
                r.old_pending = 0;
                r.young_collections = 0;
                r.middle_collections = 0;
            }
        }
        r.stats[generation][0] += 1;
        r.stats[generation][1] += count;
        r.since_collect = 0;
        r.prune_at = YOUNG_THRESHOLD;
        // Keep collection work proportional to allocation.
        r.threshold = r.thresholds.0.max(live_edges / 8);
    });
    if let Some(t) = started {
        eprintln!(
            "gc: done, {count} unreachable, 0 uncollectable, {:.4}s elapsed",
            t.elapsed().as_secs_f64()
        );
    }
    run_callbacks(vm, "stop", generation, count);
    COLLECTING.with(|c| c.set(false));
    count
}

/// `gc.set_debug` flags (CPython's values).
pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_SAVEALL: u32 = 32;

pub fn set_debug(flags: u32) {
    DEBUG.with(|d| d.set(flags));
}
pub fn debug() -> u32 {
    DEBUG.with(|d| d.get())
}

/// The lists behind `gc.callbacks` and `gc.garbage`.
pub fn set_module_lists(callbacks: Rc<PyList>, garbage: Rc<PyList>) {
    CALLBACKS.with(|c| *c.borrow_mut() = Some(callbacks));
    GARBAGE.with(|g| *g.borrow_mut() = Some(garbage));
}

/// `gc.callbacks`: each is called with the phase and a dict of the collection's facts;
/// an exception from one is reported as unraisable (CPython's `invoke_gc_callback`).
fn run_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize) {
    let Some(list) = CALLBACKS.with(|c| c.borrow().clone()) else {
        return;
    };
    let cbs: Vec<Value> = list.items.borrow().clone();
    if cbs.is_empty() {
        return;
    }
    let info = PyDict::new();
    info.set_by_str("generation", Value::from_usize(generation));
    info.set_by_str("collected", Value::from_usize(collected));
    info.set_by_str("uncollectable", Value::Int(0));
    let info = Value::Dict(Rc::new(info));
    let phase = Value::str(phase);
    for cb in cbs {
        if let Err(e) = vm.call_args(&cb, &[phase.clone(), info.clone()]) {
            report_unraisable(vm, &e, &cb);
        }
    }
}

fn debug_stats_start(generation: usize) {
    let (y, m, o, p) = REG.with(|r| {
        let r = r.borrow();
        (
            r.young.len(),
            r.middle.len(),
            r.old.len(),
            r.permanent.len(),
        )
    });
    eprintln!("gc: collecting generation {generation}...");
    eprintln!("gc: objects in each generation: {y} {m} {o}");
    eprintln!("gc: objects in permanent generation: {p}");
}

/// `gc.collect(generation)`: 0 the young generation, 1 with the middle one, 2 all.
pub fn collect_generation(vm: &mut Vm, generation: usize) -> usize {
    collect_generations(
        vm,
        match generation {
            0 => Generations::Young,
            1 => Generations::Middle,
            _ => Generations::Full,
        },
    )
}

/// `gc.get_count()`: containers registered since the last collection, young
/// collections since the last middle one, middle ones since the last full one.
pub fn counts() -> (usize, usize, usize) {
    REG.with(|r| {
        let r = r.borrow();
        (r.since_collect, r.young_collections, r.middle_collections)
    })
}

pub fn thresholds() -> (usize, usize, usize) {
    REG.with(|r| r.borrow().thresholds)
}

/// `gc.set_threshold()`: the young threshold applies at once (and, grown by the live
/// heap as always, after each collection); 0 stops automatic collection.
pub fn set_thresholds(t: (usize, usize, usize)) {
    REG.with(|r| {
        let mut r = r.borrow_mut();
        r.thresholds = t;
        r.threshold = t.0.max(1);
    });
}

/// `gc.get_stats()`: (collections, collected) per generation.
pub fn stats() -> [[usize; 2]; 3] {
    REG.with(|r| r.borrow().stats)
}

/// `gc.freeze()`: everything tracked now moves to the permanent generation.
pub fn freeze() {
    REG.with(|r| {
        let mut r = r.borrow_mut();
        let r = &mut *r;
        r.permanent.absorb(&mut r.young);
        r.permanent.absorb(&mut r.middle);
        r.permanent.absorb(&mut r.old);
        r.old_at_full = 0;
        r.old_pending = 0;
    });
}

/// `gc.unfreeze()`: the permanent generation goes back to the old one.
pub fn unfreeze() {
    REG.with(|r| {
        let mut r = r.borrow_mut();
        let r = &mut *r;
        r.old.absorb(&mut r.permanent);
    });
}

pub fn freeze_count() -> usize {
    REG.with(|r| {
        let mut r = r.borrow_mut();
        r.permanent.prune();
        r.permanent.len()
    })
}

impl Node {
    fn value(&self) -> Value {
        match self {
            Node::Obj(o) => Value::Object(o.clone()),
            Node::List(l) => Value::List(l.clone()),
            Node::Dict(d) => Value::Dict(d.clone()),
            Node::Set(s, false) => Value::Set(s.clone()),
            Node::Set(s, true) => Value::FrozenSet(s.clone()),
            Node::Func(f) => Value::Function(f.clone()),
            Node::Cell(c) => Value::Cell(c.clone()),
            Node::Builtin(b) => Value::Builtin(b.clone()),
            Node::Type(t) => Value::Type(t.clone()),
        }
    }
}

/// The live containers of the generations `want` picks: 0 young, 1 middle, 2 old, 3
/// the permanent one (`gc.freeze()`).
fn tracked_values(want: impl Fn(usize) -> bool) -> Vec<Value> {
    let mut nodes = Vec::new();
    REG.with(|r| {
        let r = r.borrow();
        for (g, t) in [&r.young, &r.middle, &r.old, &r.permanent]
            .into_iter()
            .enumerate()
        {
            if want(g) {
                t.upgrade_into(&mut nodes);
            }
        }
    });
    nodes.iter().map(Node::value).collect()
}

/// `gc.get_objects(generation)`: the live containers of one generation (0 young, 1
/// middle, 2 old), or of all three.
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    tracked_values(|g| g < 3 && generation.is_none_or(|want| want == g))
}

/// The values `v` refers to directly, as `gc.get_referents` reports them (CPython's
/// `tp_traverse` order: a list's and a tuple's items from the last, a dict's values
/// when its keys are all str, else its keys and values).
pub fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    let mut push = |x: &Value| {
        if !x.is_null() {
            out.push(x.clone())
        }
    };
    let dict_entries = |d: &PyDict, push: &mut dyn FnMut(&Value)| {
        let table = d.table.borrow();
        let str_keys = table.iter().all(|e| matches!(e.key, Value::Str(_)));
        for e in table.iter() {
            push(&e.value);
            if !str_keys {
                push(&e.key);
            }
        }
    };
    match v {
        Value::List(l) => l.items.borrow().iter().rev().for_each(&mut push),
        Value::Tuple(t) => t.items.iter().rev().for_each(&mut push),
        Value::Dict(d) => dict_entries(d, &mut push),
        Value::Set(s) | Value::FrozenSet(s) => s.keys().iter().for_each(&mut push),
        Value::Cell(c) => push(&c.borrow()),
        Value::Object(o) if matches!(o.payload, Payload::Instance) => {
            if let Some(d) = o.dict() {
                if d.gc_tracked.get() {
                    push(&Value::Dict(d));
                } else {
                    dict_entries(&d, &mut push);
                }
            }
            o.slots.for_each(&mut |x| push(x));
            push(&Value::Type(o.made_class().clone()));
        }
        other => {
            let node = match other {
                Value::Object(o) => Node::Obj(o.clone()),
                Value::Function(f) => Node::Func(f.clone()),
                Value::Builtin(b) => Node::Builtin(b.clone()),
                Value::Type(t) => Node::Type(t.clone()),
                _ => return out,
            };
            RAW.with(|r| r.set(true));
            node.traverse(&mut push);
            RAW.with(|r| r.set(false));
        }
    }
    out
}

/// `gc.get_referrers(*objs)`: the tracked containers that refer to any of `targets`.
pub fn referrers(targets: &[Value]) -> Vec<Value> {
    tracked_values(|_| true)
        .into_iter()
        .filter(|n| referents(n).iter().any(|x| targets.iter().any(|t| t.is(x))))
        .collect()
}

/// The generations the next collection examines: the young, every `MIDDLE_EVERY`th
/// time the middle too, and everything when the old generation has grown by a quarter
/// since the last full collection.
fn due_generations() -> Generations {
    REG.with(|r| {
        let r = r.borrow();
        if r.young_collections + 1 < r.thresholds.1 {
            Generations::Young
        } else if r.middle_collections + 1 >= r.thresholds.2
            && r.old_pending > r.old_at_full / 4 + YOUNG_THRESHOLD
        {
            Generations::Full
        } else {
            Generations::Middle
        }
    })
}

/// CPython's algorithm over one set of containers: (garbage found, edges of survivors).
fn collect_nodes(vm: &mut Vm, nodes: Vec<Node>) -> (usize, usize) {
    let index: HashMap<usize, usize, std::hash::BuildHasherDefault<crate::vm::IdHasher>> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.addr(), i))
        .collect();
    // Strong counts, less our own handle, less references from inside the set.
    let mut refs: Vec<isize> = nodes.iter().map(|n| n.strong() as isize - 1).collect();
    for n in &nodes {
        n.traverse(&mut |v| {
            if let Some(j) = value_addr(v).and_then(|a| index.get(&a)) {
                refs[*j] -= 1;
            }
        });
    }
    // Whatever is referenced from outside, and everything it reaches, survives.
    let mut reachable = vec![false; nodes.len()];
    let mut work: Vec<usize> = (0..nodes.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    // Edges of what survives: the next collection's work is sized by the live heap, not
    // by this one's garbage (sizing it by all edges let garbage raise the threshold,
    // which let more garbage pile up before the next collection).
    let mut live_edges = 0usize;
    let atoms_before = ATOMS.with(|a| a.get());
    while let Some(i) = work.pop() {
        nodes[i].traverse(&mut |v| {
            live_edges += 1;
            if let Some(&j) = value_addr(v).and_then(|a| index.get(&a)) {
                if !reachable[j] {
                    reachable[j] = true;
                    work.push(j);
                }
            }
        });
    }
    live_edges += ATOMS.with(|a| a.get()).wrapping_sub(atoms_before);
    let garbage: Vec<&Node> = nodes
        .iter()
        .zip(&reachable)
        .filter(|(_, r)| !**r)
        .map(|(n, _)| n)
        .collect();
    let count = cpython_count(&garbage);
    // The weak references to the garbage die first, and their callbacks run (CPython's
    // order: a `__del__` finds them dead), then the finalizers (PEP 442), then the
    // cycles are broken.
    let objects: Vec<&Rc<PyObject>> = garbage
        .iter()
        .filter_map(|n| match n {
            Node::Obj(o) => Some(o),
            _ => None,
        })
        .collect();
    if objects.iter().any(|o| o.is_weakly_referenced()) {
        let in_garbage = |a: usize| index.get(&a).is_some_and(|&i| !reachable[i]);
        crate::stdlib::weakref::clear_for_collection(&objects, &in_garbage);
        crate::stdlib::weakref::run_callbacks(vm);
    }
    for n in &garbage {
        if let Node::Obj(o) = n {
            if o.cls().has_finalizer() && !o.finalized.get() {
                o.finalized.set(true);
                run_finalizer(vm, o);
            }
        }
    }
    let flags = DEBUG.with(|d| d.get());
    if flags & DEBUG_COLLECTABLE != 0 {
        for n in &garbage {
            let v = n.value();
            eprintln!("gc: collectable <{} {:#x}>", vm.type_name(&v), n.addr());
        }
    }
    if flags & DEBUG_SAVEALL != 0 {
        // Kept in `gc.garbage` instead of freed.
        if let Some(list) = GARBAGE.with(|g| g.borrow().clone()) {
            list.items
                .borrow_mut()
                .extend(garbage.iter().map(|n| n.value()));
            return (count, live_edges);
        }
    }
    for n in &garbage {
        n.clear();
    }
    (count, live_edges)
}

/// How many objects CPython would count for this garbage (what `gc.collect()`
/// returns): an instance of a subclass of a builtin type is one object there, its
/// builtin value inside it (a node here) none; the instance dict of such an instance,
/// of an exception or of a module is an object of its own there (created by the first
/// attribute set; a module always has one) where it is part of its object here until
/// handed out (an instance of a class based on `object` has its values inline there,
/// and counts once, as here); a tee's buffer is one `_tee_dataobject` per block there,
/// less the block objects handed out, which are nodes here.
fn cpython_count(garbage: &[&Node]) -> usize {
    let inner: std::collections::HashSet<
        usize,
        std::hash::BuildHasherDefault<crate::vm::IdHasher>,
    > = garbage
        .iter()
        .filter_map(|n| match n {
            Node::Obj(o) => match &o.payload {
                Payload::Builtin(v) => value_addr(v),
                _ => None,
            },
            _ => None,
        })
        .collect();
    garbage
        .iter()
        .map(|n| match n {
            Node::Obj(o) => {
                if let Payload::Native(b) = &o.payload {
                    if let Some(w) = crate::stdlib::itertools_tee::buffer_weight(b.as_ref()) {
                        return w;
                    }
                }
                let own_dict = match o.dict() {
                    Some(d) if !d.gc_tracked.get() => match &o.payload {
                        Payload::Module { .. } | Payload::Builtin(_) | Payload::Exception(_) => {
                            cpython_tracks_dict(&d)
                        }
                        _ => false,
                    },
                    _ => false,
                };
                1 + own_dict as usize
            }
            other => (inner.is_empty() || !inner.contains(&other.addr())) as usize,
        })
        .sum()
}

/// Whether CPython's dict with these entries is tracked (and so counted): once a key
/// or value that may be a container was put in (CPython's `MAINTAIN_TRACKING`; a dict
/// of strs and numbers is not).
fn cpython_tracks_dict(d: &PyDict) -> bool {
    fn maybe_container(v: &Value) -> bool {
        match v {
            Value::Object(o) => !matches!(o.payload, Payload::Bytes(_) | Payload::Complex(..)),
            // (CPython untracks a tuple of strs and numbers.)
            Value::Tuple(t) => t.items.iter().any(maybe_container),
            other => value_addr(other).is_some(),
        }
    }
    d.table
        .borrow()
        .iter()
        .any(|e| maybe_container(&e.key) || maybe_container(&e.value))
}

/// An exception nobody can catch (raised by `__del__` or a weakref callback `func`):
/// reported on stderr as CPython's `PyErr_WriteUnraisable` does, and dropped.
pub fn report_unraisable(vm: &mut Vm, e: &crate::vm::PyErr, func: &Value) {
    vm.flush_stdout();
    let func = crate::repr::repr_string(vm, func).unwrap_or_default();
    let text = crate::exceptions::format_exception(vm, e);
    eprint!("Exception ignored in: {func}\n{text}");
}

fn run_finalizer(vm: &mut Vm, o: &Rc<PyObject>) {
    if let Payload::Coroutine(_) = &o.payload {
        crate::coroutine::finalize(vm, o);
        return;
    }
    if let Payload::Generator(_) = &o.payload {
        // A suspended generator that is dropped is closed (its finally blocks run).
        if let Err(e) = crate::generator::gen_close(vm, o) {
            vm.flush_stdout();
            let text = crate::exceptions::format_exception(vm, &e);
            eprint!("Exception ignored in: <generator object>\n{text}");
        }
        return;
    }
    let obj = Value::Object(o.clone());
    let Some(del) = o.cls().lookup_str("__del__") else {
        return;
    };
    if let Err(e) = vm.call_args(&del, &[obj]) {
        report_unraisable(vm, &e, &del);
    }
}

/// Runs the queued finalizers past the first `base` entries, each to completion (with
/// what it and the release of its object queue) before the entries queued beside it.
fn run_finalizers_above(vm: &mut Vm, base: usize) {
    // The queue positions below which the entries wait for an enclosing level.
    let mut floors = vec![base];
    while let Some(&floor) = floors.last() {
        let next = REG.with(|r| {
            let mut r = r.borrow_mut();
            if r.finalize.len() <= floor {
                None
            } else {
                let o = r.finalize.remove(floor);
                Some((o, r.finalize.len()))
            }
        });
        let Some((o, outer)) = next else {
            floors.pop();
            continue;
        };
        FINALIZE_FLOOR.with(|f| f.set(outer));
        run_finalizer(vm, &o);
        drop(o);
        FINALIZE_FLOOR.with(|f| f.set(floor));
        if outer > floor {
            floors.push(outer);
        }
    }
    FINALIZE_FLOOR.with(|f| f.set(base));
}

/// Between two pieces of work (a server's requests), when little of the last one is
/// alive: the collection that would be due soon (half the way to its threshold) runs
/// now, while the young generation holds mostly that work's cyclic garbage, instead of
/// in the middle of the next piece, where everything that piece holds would be
/// traversed and moved to the middle generation.
pub fn collect_at_rest(vm: &mut Vm) {
    let half_due = REG.with(|r| {
        let r = r.borrow();
        r.thresholds.0 != 0 && r.since_collect >= r.threshold / 2
    });
    if half_due && is_enabled() {
        collect_generations(vm, due_generations());
    }
}

/// At a safe point: run queued finalizers and, if due, a collection.
pub fn safe_point(vm: &mut Vm) {
    BREAKER.with(|b| b.set(false));
    run_finalizers_above(vm, FINALIZE_FLOOR.with(|f| f.get()));
    crate::stdlib::weakref::run_callbacks(vm);
    let due = REG.with(|r| {
        let r = r.borrow();
        r.thresholds.0 != 0 && r.since_collect >= r.threshold
    });
    if due && is_enabled() {
        collect_generations(vm, due_generations());
    }
}
