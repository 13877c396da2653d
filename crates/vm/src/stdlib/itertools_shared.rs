//! `groupby` and its `_grouper`s, which share one underlying iterator (`tee`'s `_tee`s,
//! which share one too, are in `itertools_tee.rs`). The shared state lives behind an
//! `Rc<RefCell<…>>` that every object of the family holds; no borrow of it is kept
//! while Python code runs (the key function, the underlying `__next__`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::itertools::native;
use super::itertools_args::{class, keywords, positional, state_tuple};
use crate::objects::function::Args;
use crate::objects::iter::{IterState, NativeIter, Reduced};
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a `groupby` and the groupers it hands out share.
struct GroupState {
    it: Value,
    keyfunc: Value,
    /// The key of the group last handed out.
    tgtkey: Option<Value>,
    /// The key and value last read from `it` (the value is taken by the grouper that
    /// returns it).
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The grouper still allowed to read (0: none); advancing the groupby ends the
    /// previous group's grouper.
    current: u64,
    last_id: u64,
    /// The groupby object itself, which its groupers name in their reductions (as
    /// CPython's groupers hold their parent).
    owner: Weak<PyObject>,
}

/// Read the next value from the underlying iterator and compute its key.
fn step(vm: &mut Vm, st: &Rc<RefCell<GroupState>>) -> PyResult<bool> {
    let (it, keyfunc) = {
        let s = st.borrow();
        (s.it.clone(), s.keyfunc.clone())
    };
    let Some(value) = vm.next(&it)? else {
        return Ok(false);
    };
    let key = if keyfunc.is_none() {
        value.clone()
    } else {
        vm.call_args(&keyfunc, std::slice::from_ref(&value))?
    };
    let mut s = st.borrow_mut();
    s.currkey = Some(key);
    s.currvalue = Some(value);
    Ok(true)
}

/// `a == b` as `PyObject_RichCompareBool` does it: the same object is equal to itself.
fn same_key(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

impl GroupState {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        f(&self.keyfunc);
        [&self.tgtkey, &self.currkey, &self.currvalue]
            .into_iter()
            .flatten()
            .for_each(f);
    }
}

struct GroupBy {
    st: Rc<RefCell<GroupState>>,
}

impl NativeIter for GroupBy {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        // The state is shared with the groupers: reported only by its sole owner.
        if Rc::strong_count(&self.st) == 1 {
            if let Ok(st) = self.st.try_borrow() {
                st.traverse(f);
            }
        }
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.st.borrow_mut().current = 0;
        // Skip what is left of the current group.
        loop {
            let (tgt, curr) = {
                let s = self.st.borrow();
                (s.tgtkey.clone(), s.currkey.clone())
            };
            match (tgt, curr) {
                (None, Some(_)) => break,
                (Some(t), Some(c)) => {
                    if !same_key(vm, &t, &c)? {
                        break;
                    }
                }
                (_, None) => {}
            }
            if !step(vm, &self.st)? {
                return Ok(None);
            }
        }
        let mut s = self.st.borrow_mut();
        let key = s.currkey.clone().unwrap_or(Value::None);
        s.tgtkey = Some(key.clone());
        s.last_id += 1;
        let id = s.last_id;
        s.current = id;
        let parent = s.owner.upgrade().map_or(Value::None, Value::Object);
        drop(s);
        let grouper = native(
            vm,
            Grouper {
                st: self.st.clone(),
                id,
                tgtkey: key.clone(),
                parent,
            },
        );
        Ok(Some(Value::tuple(vec![key, grouper])))
    }
    fn type_name(&self) -> &'static str {
        "itertools.groupby"
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let s = self.st.borrow();
        let args = vec![s.it.clone(), s.keyfunc.clone()];
        // The state only while a value read is waiting to be handed out.
        Some(Ok(match (&s.currkey, &s.currvalue, &s.tgtkey) {
            (Some(k), Some(v), Some(t)) => {
                let state = Value::tuple(vec![k.clone(), v.clone(), t.clone()]);
                Reduced::with_state(cls.clone(), args, state)
            }
            _ => Reduced::remade(cls.clone(), args),
        }))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(state_tuple(vm, state, 3, 3).map(|p| {
            let mut s = self.st.borrow_mut();
            s.currkey = Some(p[0].clone());
            s.currvalue = Some(p[1].clone());
            s.tgtkey = Some(p[2].clone());
        }))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

/// One group of a `groupby`: valid until the groupby advances.
struct Grouper {
    st: Rc<RefCell<GroupState>>,
    id: u64,
    tgtkey: Value,
    /// The groupby it came from (for its reduction).
    parent: Value,
}

impl NativeIter for Grouper {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.tgtkey);
        f(&self.parent);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (current, has_value) = {
            let s = self.st.borrow();
            (s.current, s.currvalue.is_some())
        };
        if current != self.id {
            return Ok(None);
        }
        if !has_value && !step(vm, &self.st)? {
            return Ok(None);
        }
        let curr = self.st.borrow().currkey.clone().unwrap_or(Value::None);
        if !same_key(vm, &self.tgtkey, &curr)? {
            return Ok(None);
        }
        Ok(self.st.borrow_mut().currvalue.take())
    }
    fn type_name(&self) -> &'static str {
        "itertools._grouper"
    }
    fn reduce(&mut self, vm: &mut Vm, _cls: &Value) -> Option<PyResult<Reduced>> {
        // A group the groupby has moved past is an empty iterator (CPython's `iter(())`;
        // its class, not the object's, is the callable).
        if self.st.borrow().current != self.id {
            let iter = vm.builtins.get_by_str("iter").unwrap_or(Value::None);
            return Some(Ok(Reduced::remade(iter, vec![Value::tuple(Vec::new())])));
        }
        let cls = class(vm, "itertools._grouper");
        let args = vec![self.parent.clone(), self.tgtkey.clone()];
        Some(Ok(Reduced::remade(cls, args)))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

pub fn groupby(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = keywords(vm, "groupby", &args, &["iterable", "key"], 2, 1)?;
    let it = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let keyfunc = a[1].clone().unwrap_or(Value::None);
    let st = GroupState {
        it,
        keyfunc,
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: 0,
        last_id: 0,
        owner: Weak::new(),
    };
    let st = Rc::new(RefCell::new(st));
    let g = native(vm, GroupBy { st: st.clone() });
    if let Value::Object(o) = &g {
        st.borrow_mut().owner = Rc::downgrade(o);
    }
    Ok(g)
}

/// `_grouper(parent, tgtkey)`: a group of `parent` (a groupby) with key `tgtkey`,
/// which becomes the group the groupby hands values to, as CPython's.
pub fn grouper_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "_grouper", "_grouper", &args, 2, 2)?;
    let parent = &a[0];
    let Some(st) = group_state(parent) else {
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            vm.type_name(parent)
        )));
    };
    let id = {
        let mut s = st.borrow_mut();
        s.last_id += 1;
        s.current = s.last_id;
        s.last_id
    };
    Ok(native(
        vm,
        Grouper {
            st,
            id,
            tgtkey: a[1].clone(),
            parent: parent.clone(),
        },
    ))
}

/// A groupby `inner` wrapped by `outer`, an instance of a subclass of groupby: its
/// groupers refer to `outer` as their parent, as CPython's do.
pub fn adopt(inner: &Value, outer: &Rc<PyObject>) {
    if let Some(st) = group_state(inner) {
        st.borrow_mut().owner = Rc::downgrade(outer);
    }
}

/// The state a groupby (or an instance of a subclass of it) shares with its groupers.
fn group_state(v: &Value) -> Option<Rc<RefCell<GroupState>>> {
    let Value::Object(o) = v else { return None };
    let inner = match &o.payload {
        Payload::Builtin(Value::Object(inner)) => inner,
        _ => o,
    };
    let Payload::Iter(st) = &inner.payload else {
        return None;
    };
    let s = st.borrow();
    let IterState::Native(n) = &*s else {
        return None;
    };
    let g = n.as_any()?.downcast_ref::<GroupBy>()?;
    Some(g.st.clone())
}
