//! `_weakref`: the native half of `weakref` (the rest is `lib/weakref.py`).
//!
//! A weak reference is an `Rc` `Weak` handle to the referent. The `ref` objects that
//! Python code sees are instances of `weakref.ReferenceType` (written in Python) holding
//! such a handle; this module keeps, per referent, which `ref` objects point at it
//! (held weakly too), for `getweakrefcount`/`getweakrefs`, for reusing the one plain
//! `ref` as CPython does, and for the callbacks.
//!
//! Callbacks run when the referent dies. An instance (`PyObject`) is marked when first
//! weakly referenced; its `Drop` hands its entry to `DIED` and raises the eval loop's
//! breaker, so the callbacks run at the next safe point: right after the statement
//! that freed it, as CPython runs them during the deallocation. Functions, classes and
//! sets have no such hook: their entries are checked at each cycle collection (and
//! `gc.collect()`), so their callbacks run then (docs/compat.md).
//!
//! An instance with a `__del__` is finalized on a new object holding its contents
//! (`PyObject::finalize`): its handles are moved to that object, so its references
//! stay alive while `__del__` runs and die with it, or live on when `__del__`
//! resurrects it (CPython clears them after the finalizer). The cycle collector clears
//! the references to its garbage before any finalizer runs, as CPython's does.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, BuiltinFunction, Function};
use crate::objects::object::{Payload, PyObject};
use crate::objects::set::PySet;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a weak reference points at.
#[derive(Clone)]
enum Target {
    Obj(Weak<PyObject>),
    Func(Weak<Function>),
    Builtin(Weak<BuiltinFunction>),
    Type(Weak<PyType>),
    Set(Weak<PySet>, bool),
}

impl Target {
    fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Object(o) => Target::Obj(Rc::downgrade(o)),
            Value::Function(f) => Target::Func(Rc::downgrade(f)),
            Value::Builtin(b) => Target::Builtin(Rc::downgrade(b)),
            Value::Type(t) => Target::Type(Rc::downgrade(t)),
            Value::Set(s) => Target::Set(Rc::downgrade(s), false),
            Value::FrozenSet(s) => Target::Set(Rc::downgrade(s), true),
            _ => return None,
        })
    }

    fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Obj(w) => Value::Object(w.upgrade()?),
            Target::Func(w) => Value::Function(w.upgrade()?),
            Target::Builtin(w) => Value::Builtin(w.upgrade()?),
            Target::Type(w) => Value::Type(w.upgrade()?),
            Target::Set(w, false) => Value::Set(w.upgrade()?),
            Target::Set(w, true) => Value::FrozenSet(w.upgrade()?),
        })
    }

    fn alive(&self) -> bool {
        self.get().is_some()
    }
}

/// The `ref` objects pointing at one referent, oldest first.
struct Entry {
    target: Target,
    refs: Vec<Weak<PyObject>>,
    /// An instance's handles (`_weakref.handle`), which its `__del__` moves to the
    /// object it runs on, and a collection clears.
    handles: Vec<Weak<PyObject>>,
    /// The plain `ref` (exact type, no callback) that `weakref.ref(x)` returns again.
    basic: Option<Weak<PyObject>>,
}

#[derive(Default)]
struct Registry {
    /// By the referent's address (an entry lives no longer than its referent: an
    /// instance's is taken out by its `Drop`, the others' when a poll finds them dead).
    entries: HashMap<usize, Entry>,
    /// Entries of referents that died, whose callbacks have not run yet.
    died: Vec<Entry>,
    /// The keys of the entries whose referents have no `Drop` hook (functions,
    /// classes, sets): the ones a poll looks at.
    polled: Vec<usize>,
    /// The interpreter is exiting: callbacks are dropped, not called.
    exiting: bool,
}

/// From now on (the interpreter clearing `__main__` at exit) the callbacks of
/// references whose referents die are not called: CPython's last collection finds the
/// references themselves to be garbage, and does not call theirs.
pub fn exiting() {
    REG.with(|r| r.borrow_mut().exiting = true);
}

thread_local! {
    static REG: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Called by `PyObject`'s `Drop` for an object that was weakly referenced.
pub fn object_died(addr: usize) {
    let _ = REG.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            if let Some(e) = r.entries.remove(&addr) {
                if e.refs.iter().any(|w| w.strong_count() > 0) {
                    r.died.push(e);
                    crate::gc::BREAKER.with(|b| b.set(true));
                }
            }
        }
    });
}

/// Called by `PyObject`'s `Drop` for a weakly referenced object whose contents move to
/// `new` for its `__del__` to run on: its references (and `ref(x)`'s plain one) point
/// at `new` now, and die with it (or live on if `__del__` resurrects it), as CPython
/// clears them only after the finalizer.
pub fn object_resurrected(old: usize, new: &Rc<PyObject>) {
    let _ = REG.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        let Some(mut e) = r.entries.remove(&old) else {
            return;
        };
        new.mark_weakly_referenced();
        e.target = Target::Obj(Rc::downgrade(new));
        e.handles.retain(|h| h.strong_count() > 0);
        for h in e.handles.iter().filter_map(Weak::upgrade) {
            set_handle(&h, e.target.clone());
        }
        r.entries.insert(Rc::as_ptr(new) as usize, e);
    });
}

/// A handle's target (the handle is a `_weakref.handle` object).
fn set_handle(h: &PyObject, t: Target) {
    if let Payload::Native(n) = &h.payload {
        if let Some(cell) = n.downcast_ref::<RefCell<Target>>() {
            *cell.borrow_mut() = t;
        }
    }
}

/// The cycle collector found `garbage` unreachable: the weak references to those of its
/// objects that have any die now, before any `__del__` runs (CPython's order); the
/// callbacks of the references that are not garbage themselves (`in_garbage`) run at
/// the next `run_callbacks`.
pub fn clear_for_collection(garbage: &[&Rc<PyObject>], in_garbage: &dyn Fn(usize) -> bool) {
    let _ = REG.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        for o in garbage.iter().filter(|o| o.is_weakly_referenced()) {
            let Some(mut e) = r.entries.remove(&(Rc::as_ptr(o) as usize)) else {
                continue;
            };
            for h in e.handles.iter().filter_map(Weak::upgrade) {
                set_handle(&h, Target::Obj(Weak::new()));
            }
            e.refs
                .retain(|w| w.strong_count() > 0 && !in_garbage(w.as_ptr() as usize));
            if !e.refs.is_empty() {
                r.died.push(e);
                crate::gc::BREAKER.with(|b| b.set(true));
            }
        }
    });
}

/// Move the entries of dead referents that have no `Drop` hook to `died` (at a
/// collection).
pub fn poll() {
    let _ = REG.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            let r = &mut *r;
            let mut i = 0;
            while i < r.polled.len() {
                let k = r.polled[i];
                match r.entries.get(&k) {
                    Some(e) if e.target.alive() => i += 1,
                    _ => {
                        r.polled.swap_remove(i);
                        if let Some(e) = r.entries.remove(&k) {
                            r.died.push(e);
                            crate::gc::BREAKER.with(|b| b.set(true));
                        }
                    }
                }
            }
        }
    });
}

/// At a safe point: call the callbacks of the `ref` objects whose referents died, newest
/// `ref` first (as CPython does), each with its `ref`.
pub fn run_callbacks(vm: &mut Vm) {
    loop {
        let (entry, exiting) = REG.with(|r| {
            let mut r = r.borrow_mut();
            (r.died.pop(), r.exiting)
        });
        let Some(e) = entry else {
            return;
        };
        if exiting {
            continue;
        }
        for w in e.refs.iter().rev() {
            let Some(r) = w.upgrade() else { continue };
            let r = Value::Object(r);
            let cb = match vm.getattr(&r, "__callback__") {
                Ok(cb) => cb,
                Err(_) => continue,
            };
            if matches!(cb, Value::None) {
                continue;
            }
            if let Err(err) = vm.call_args(&cb, std::slice::from_ref(&r)) {
                crate::gc::report_unraisable(vm, &err, &cb);
            }
        }
    }
}

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "handle", handle);
    crate::builtins::function(d, "get", get);
    crate::builtins::function(d, "register", register);
    crate::builtins::function(d, "basic", basic);
    crate::builtins::function(d, "refs", refs);
}

/// Can `v` be weakly referenced (CPython's rule: a type must have room for the list of
/// references; not ints, strs, tuples, lists, dicts, plain `object()`s…)?
fn referenceable(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Type(_) => true,
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::Object(o) => match &o.payload {
            Payload::Instance => {
                let t = o.cls().clone();
                if Rc::ptr_eq(&t, &vm.types.object) {
                    return false;
                }
                // A class CPython writes in C without room for weak references
                // (`types.SimpleNamespace`, `datetime.date`).
                if t.shape.c_name.is_some() {
                    return t.shape.weaklistoffset != 0;
                }
                !t.dictless.get() || has_weakref_slot(&t)
            }
            // Subclasses of the variable-size builtins have no room for it.
            Payload::Builtin(inner) => {
                !matches!(
                    inner,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Tuple(_)
                ) && !matches!(inner, Value::Object(b) if matches!(b.payload, Payload::Bytes(_)))
            }
            // Builtin exceptions have no room for it; user exception classes do, and
            // ExceptionGroup (a class CPython makes as Python would).
            Payload::Exception(_) => {
                !o.cls().builtin || o.cls().is_subtype(&vm.exc_type("ExceptionGroup"))
            }
            Payload::Generator(_)
            | Payload::Coroutine(_)
            | Payload::BoundMethod { .. }
            | Payload::Code(_)
            | Payload::Module { .. }
            | Payload::Native(_) => true,
            _ => false,
        },
        _ => false,
    }
}

/// Does a class of `t`'s MRO name `__weakref__` in its `__slots__`?
fn has_weakref_slot(t: &Rc<PyType>) -> bool {
    std::iter::once(t.clone())
        .chain(t.mro_rest.borrow().iter().cloned())
        .any(|c| {
            c.dict.get_by_str("__slots__").is_some_and(|s| match &s {
                Value::Str(s) => s.as_str() == "__weakref__",
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .any(|x| matches!(x, Value::Str(s) if s.as_str() == "__weakref__")),
                Value::List(l) => l
                    .items
                    .borrow()
                    .iter()
                    .any(|x| matches!(x, Value::Str(s) if s.as_str() == "__weakref__")),
                _ => false,
            })
        })
}

fn target_of(vm: &Vm, h: &Value) -> PyResult<Target> {
    if let Value::Object(o) = h {
        if let Payload::Native(n) = &o.payload {
            if let Some(t) = n.downcast_ref::<RefCell<Target>>() {
                return Ok(t.borrow().clone());
            }
        }
    }
    Err(vm.type_error("expected a weak reference handle"))
}

/// `handle(obj)`: a weak handle to `obj`, or CPython's TypeError.
fn handle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "handle", &args, 1, 1)?;
    let target = match Target::of(&a[0]) {
        Some(t) if referenceable(vm, &a[0]) => t,
        _ => {
            // (A class CPython writes in C by its `tp_name`.)
            let t = vm.type_of(&a[0]);
            let name = match t.shape.c_name {
                Some(c) => c.to_string(),
                None => vm.type_name(&a[0]).to_string(),
            };
            return Err(vm.type_error(format!("cannot create weak reference to '{name}' object")));
        }
    };
    let h = PyObject::new(
        vm.types.object.clone(),
        Payload::Native(Box::new(RefCell::new(target))),
    );
    // An instance's handle is listed with its references: its `__del__` moves it.
    if let Value::Object(o) = &a[0] {
        o.mark_weakly_referenced();
        REG.with(|reg| {
            let mut reg = reg.borrow_mut();
            let e = entry_for(&mut reg, &a[0]);
            e.handles.retain(|h| h.strong_count() > 0);
            e.handles.push(Rc::downgrade(&h));
        });
    }
    Ok(Value::Object(h))
}

/// The entry of the live referent `v` (a weakly referenceable value), made if need be:
/// a dead referent's entry at the same address is handed to `died` first.
fn entry_for<'a>(reg: &'a mut Registry, v: &Value) -> &'a mut Entry {
    let k = addr(v);
    if reg.entries.get(&k).is_some_and(|e| !e.target.alive()) {
        if let Some(old) = reg.entries.remove(&k) {
            reg.died.push(old);
            crate::gc::BREAKER.with(|b| b.set(true));
        }
    }
    let target = Target::of(v).expect("a weakly referenceable value");
    if !reg.entries.contains_key(&k) && !matches!(target, Target::Obj(_)) {
        reg.polled.push(k);
    }
    reg.entries.entry(k).or_insert_with(|| Entry {
        target,
        refs: Vec::new(),
        handles: Vec::new(),
        basic: None,
    })
}

/// `get(handle)`: the referent, or None once it is gone.
fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "get", &args, 1, 1)?;
    Ok(target_of(vm, &a[0])?.get().unwrap_or(Value::None))
}

fn addr(v: &Value) -> usize {
    v.id()
}

/// The entry for the live referent at `k`, if any (a dead referent's entry that no
/// poll has collected yet belongs to an object that was at the same address).
fn live_entry(reg: &Registry, k: usize) -> Option<&Entry> {
    reg.entries.get(&k).filter(|e| e.target.alive())
}

/// `register(obj, ref, basic)`: `ref` now points at `obj` (and is its plain `ref` when
/// `basic`).
fn register(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "register", &args, 3, 3)?;
    let (Some(_), Value::Object(r)) = (Target::of(&a[0]), &a[1]) else {
        return Err(vm.type_error("register(obj, ref, basic)"));
    };
    let is_basic = vm.truthy(&a[2])?;
    if let Value::Object(o) = &a[0] {
        o.mark_weakly_referenced();
    }
    let w = Rc::downgrade(r);
    REG.with(|reg| {
        let mut reg = reg.borrow_mut();
        let e = entry_for(&mut reg, &a[0]);
        e.refs.retain(|w| w.strong_count() > 0);
        e.refs.push(w.clone());
        if is_basic {
            e.basic = Some(w);
        }
    });
    Ok(Value::None)
}

/// `basic(obj)`: the live plain `ref` to `obj`, or None.
fn basic(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "basic", &args, 1, 1)?;
    let k = addr(&a[0]);
    Ok(REG
        .with(|r| live_entry(&r.borrow(), k).and_then(|e| e.basic.as_ref()?.upgrade()))
        .map(Value::Object)
        .unwrap_or(Value::None))
}

/// The live `ref` objects pointing at the object at `k`, in the order of CPython's
/// list of weak references: the plain `ref` first, then the others newest first (each
/// is inserted after the plain one, or at the head).
fn ordered_refs(k: usize) -> Vec<Value> {
    REG.with(|r| {
        let reg = r.borrow();
        let Some(e) = live_entry(&reg, k) else {
            return Vec::new();
        };
        let basic = e.basic.as_ref().and_then(|w| w.upgrade());
        let mut out: Vec<Value> = basic.iter().cloned().map(Value::Object).collect();
        out.extend(
            e.refs
                .iter()
                .rev()
                .filter_map(|w| w.upgrade())
                .filter(|o| !basic.as_ref().is_some_and(|b| Rc::ptr_eq(b, o)))
                .map(Value::Object),
        );
        out
    })
}

/// `refs(obj)`: the live `ref` objects pointing at `obj` (`weakref.getweakrefs`).
fn refs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "refs", &args, 1, 1)?;
    Ok(Value::list(ordered_refs(addr(&a[0]))))
}

/// An object's `__weakref__`: the head of its list of weak references, or None.
pub fn first_ref(obj: &Value) -> Value {
    ordered_refs(addr(obj))
        .into_iter()
        .next()
        .unwrap_or(Value::None)
}
