//! An `OrderedDict`'s key list, kept beside its dict as CPython's C `OrderedDict` keeps
//! it (`Objects/odictobject.c`): a doubly linked list of nodes, one per key the
//! `OrderedDict`'s own methods put in, and a map from the dict's entry index to the
//! node of the key there (CPython's `od_fast_nodes`), rebuilt when the dict's entries
//! are laid out anew. `dict`'s own methods called on an `OrderedDict`
//! (`dict.__setitem__(od, k, v)`, `dict.pop(od, k)`) change the dict and leave the
//! list, so what CPython shows then, metal shows: iteration leaves out a key added so
//! and reads a key removed so as a `KeyError`.
//!
//! The lists live in a table beside the dicts, by the dict's address (a plain dict is
//! no bigger for them); a dict that has one says so in a bit of its `od_state` and
//! drops it when it goes. A dict's list is made at the first use by an `OrderedDict`
//! method, empty: keys put in before by `dict`'s methods are not in it, as in CPython.
//!
//! Where the dict's entries are laid out anew differs from CPython (metal's tables
//! grow at other sizes), and with it what a node whose key `dict`'s methods removed
//! is mapped to afterwards (docs/compat.md).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bit of a dict's `od_state` saying it has a key list in the table.
pub const HAS_LIST: u32 = 1 << 31;

struct Node {
    key: Value,
    hash: i64,
    prev: Option<u32>,
    next: Option<u32>,
}

#[derive(Default)]
pub struct OdList {
    nodes: Vec<Option<Node>>,
    free: Vec<u32>,
    first: Option<u32>,
    last: Option<u32>,
    /// The node of the key at each entry index of the dict (CPython's `od_fast_nodes`).
    fast: HashMap<usize, u32>,
    /// The dict's `layout` when `fast` was built; None before.
    layout: Option<u32>,
}

pub type List = Rc<RefCell<OdList>>;

thread_local! {
    static LISTS: RefCell<HashMap<usize, List>> = RefCell::new(HashMap::new());
}

/// The key list of the `OrderedDict` whose dict is `d`, made empty if it has none.
pub fn list_of(d: &Rc<PyDict>) -> List {
    let addr = Rc::as_ptr(d) as usize;
    if d.od_state.get() & HAS_LIST != 0 {
        if let Some(l) = LISTS.with(|t| t.borrow().get(&addr).cloned()) {
            return l;
        }
    }
    let l: List = Rc::new(RefCell::new(OdList::default()));
    // (What was there, a list left by a dict whose drop found the table borrowed, is
    // released after the borrow.)
    let stale = LISTS.with(|t| t.borrow_mut().insert(addr, l.clone()));
    drop(stale);
    d.od_state.set(d.od_state.get() | HAS_LIST);
    l
}

/// Drop the key list of `d`, a dict going away.
pub fn forget(d: &PyDict) {
    let addr = d as *const PyDict as usize;
    let gone = LISTS.try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)));
    // The nodes' keys are released after the table's borrow ends.
    drop(gone);
}

/// The list held by the table alone (no iterator shares it), if `d` has one: the
/// dict is then its sole owner, which reports its keys to the cycle collector.
fn sole_list(d: &PyDict) -> Option<List> {
    if d.od_state.get() & HAS_LIST == 0 {
        return None;
    }
    let addr = d as *const PyDict as usize;
    let l = LISTS
        .try_with(|t| t.try_borrow().ok().and_then(|t| t.get(&addr).cloned()))
        .ok()
        .flatten()?;
    // (The table's handle and the one just taken.)
    (Rc::strong_count(&l) == 2).then_some(l)
}

/// The keys of the list kept beside `d`, for the cycle collector (the list holds them
/// as the dict does): without them a cycle through an `OrderedDict`'s key was never
/// collected. A list an iterator shares is not reported (its keys only stay alive).
pub fn traverse_keys(d: &PyDict, f: &mut dyn FnMut(&Value)) {
    if let Some(l) = sole_list(d) {
        if let Ok(l) = l.try_borrow() {
            for n in l.nodes.iter().flatten() {
                f(&n.key);
            }
        }
    }
}

/// A garbage dict's list lets go of its keys (the collector's clear).
pub fn clear_for_gc(d: &PyDict) {
    if let Some(l) = sole_list(d) {
        let nodes = l.try_borrow_mut().map(|mut l| l.clear());
        drop(nodes);
        touch(d);
    }
}

/// A change of the key list (CPython's `od_state++`), which ends its iterators.
fn touch(d: &PyDict) {
    let s = d.od_state.get();
    d.od_state
        .set((s & HAS_LIST) | (s.wrapping_add(1) & !HAS_LIST));
}

impl OdList {
    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }
    /// The key of the first (or last) node.
    pub fn end_key(&self, last: bool) -> Option<(Value, i64)> {
        let n = if last { self.last } else { self.first }?;
        let node = self.nodes[n as usize].as_ref()?;
        Some((node.key.clone(), node.hash))
    }
    /// The keys and hashes of the nodes, in order.
    pub fn keys(&self) -> Vec<(Value, i64)> {
        let mut out = Vec::new();
        let mut at = self.first;
        while let Some(n) = at {
            let Some(node) = self.nodes[n as usize].as_ref() else {
                break;
            };
            out.push((node.key.clone(), node.hash));
            at = node.next;
        }
        out
    }
    /// The key of the node after (or before) node `n`.
    fn neighbour_key(&self, n: u32, back: bool) -> Option<Value> {
        let node = self.nodes[n as usize].as_ref()?;
        let m = if back { node.prev } else { node.next }?;
        self.nodes[m as usize].as_ref().map(|x| x.key.clone())
    }
    fn alloc(&mut self, key: Value, hash: i64) -> u32 {
        let node = Node {
            key,
            hash,
            prev: None,
            next: None,
        };
        match self.free.pop() {
            Some(n) => {
                self.nodes[n as usize] = Some(node);
                n
            }
            None => {
                self.nodes.push(Some(node));
                (self.nodes.len() - 1) as u32
            }
        }
    }
    fn link(&mut self, n: u32, at_head: bool) {
        let (first, last) = (self.first, self.last);
        if let Some(node) = self.nodes[n as usize].as_mut() {
            node.prev = if at_head { None } else { last };
            node.next = if at_head { first } else { None };
        }
        if at_head {
            match first {
                Some(f) => self.node_mut(f).prev = Some(n),
                None => self.last = Some(n),
            }
            self.first = Some(n);
        } else {
            match last {
                Some(l) => self.node_mut(l).next = Some(n),
                None => self.first = Some(n),
            }
            self.last = Some(n);
        }
    }
    fn node_mut(&mut self, n: u32) -> &mut Node {
        self.nodes[n as usize].as_mut().expect("a linked node")
    }
    fn unlink(&mut self, n: u32) {
        let Some(node) = self.nodes[n as usize].as_ref() else {
            return;
        };
        let (prev, next) = (node.prev, node.next);
        match prev {
            Some(p) => self.node_mut(p).next = next,
            None => self.first = next,
        }
        match next {
            Some(x) => self.node_mut(x).prev = prev,
            None => self.last = prev,
        }
        let node = self.node_mut(n);
        node.prev = None;
        node.next = None;
    }
    fn release(&mut self, n: u32) -> Option<Node> {
        let node = self.nodes[n as usize].take();
        self.free.push(n);
        node
    }
    fn clear(&mut self) -> Vec<Option<Node>> {
        self.first = None;
        self.last = None;
        self.free.clear();
        self.fast.clear();
        self.layout = None;
        std::mem::take(&mut self.nodes)
    }
}

/// The entry index of `key` in `d`, or the index a new entry would take (CPython's
/// `_odict_get_index_raw`).
fn raw_index(vm: &mut Vm, d: &PyDict, key: &Value, hash: i64) -> PyResult<usize> {
    Ok(match d.locate(vm, hash, key)? {
        Some(ix) => ix,
        None => d.entries_len(),
    })
}

/// `raw_index`, the map from entry index to node rebuilt first if the dict's entries
/// were laid out anew since it was built (CPython's `_odict_get_index`).
fn index(vm: &mut Vm, d: &PyDict, l: &List, key: &Value, hash: i64) -> PyResult<usize> {
    if l.borrow().layout != Some(d.layout()) {
        let keys = l.borrow().keys_with_nodes();
        let mut fast = HashMap::with_capacity(keys.len());
        for (n, k, h) in keys {
            fast.insert(raw_index(vm, d, &k, h)?, n);
        }
        let mut lb = l.borrow_mut();
        lb.fast = fast;
        lb.layout = Some(d.layout());
    }
    raw_index(vm, d, key, hash)
}

impl OdList {
    fn keys_with_nodes(&self) -> Vec<(u32, Value, i64)> {
        let mut out = Vec::new();
        let mut at = self.first;
        while let Some(n) = at {
            let Some(node) = self.nodes[n as usize].as_ref() else {
                break;
            };
            out.push((n, node.key.clone(), node.hash));
            at = node.next;
        }
        out
    }
}

/// The node of `key` (hash `hash`): None when the list is empty or no node is mapped
/// to the key's entry (CPython's `_odict_find_node_hash`).
fn find_node(vm: &mut Vm, d: &PyDict, l: &List, key: &Value, hash: i64) -> PyResult<Option<u32>> {
    if l.borrow().is_empty() {
        return Ok(None);
    }
    let i = index(vm, d, l, key, hash)?;
    Ok(l.borrow().fast.get(&i).copied())
}

/// A node for `key` at the end of the list unless its entry has one already
/// (CPython's `_odict_add_new_node`).
fn add_new_node(vm: &mut Vm, d: &PyDict, l: &List, key: Value, hash: i64) -> PyResult<()> {
    let i = index(vm, d, l, &key, hash)?;
    let mut lb = l.borrow_mut();
    if lb.fast.contains_key(&i) {
        return Ok(());
    }
    let n = lb.alloc(key, hash);
    lb.link(n, false);
    lb.fast.insert(i, n);
    drop(lb);
    touch(d);
    Ok(())
}

/// Take the node of `key` out of the list, if it has one (CPython's
/// `_odict_clear_node`).
fn clear_node(vm: &mut Vm, d: &PyDict, l: &List, key: &Value, hash: i64) -> PyResult<()> {
    if l.borrow().is_empty() {
        return Ok(());
    }
    let i = index(vm, d, l, key, hash)?;
    let mut lb = l.borrow_mut();
    let Some(n) = lb.fast.remove(&i) else {
        return Ok(());
    };
    lb.unlink(n);
    let node = lb.release(n);
    drop(lb);
    touch(d);
    drop(node);
    Ok(())
}

/// `od[key] = value`: into the dict, then a node for the key unless its entry has one.
pub fn set_item(vm: &mut Vm, d: &Rc<PyDict>, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    d.set_hashed(vm, key.clone(), hash, value)?;
    let l = list_of(d);
    add_new_node(vm, d, &l, key, hash)
}

/// `del od[key]`: its node out of the list, then the key out of the dict (None when the
/// dict did not have it).
pub fn del_item(vm: &mut Vm, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    let l = list_of(d);
    clear_node(vm, d, &l, key, hash)?;
    d.del_hashed(vm, key, hash)
}

/// `od.pop(key[, default])` of a hashed key: a key with no node is not the
/// `OrderedDict`'s (the default, or None for a `KeyError`), as CPython's
/// `_odict_popkey_hash`.
pub fn pop_hashed(
    vm: &mut Vm,
    d: &Rc<PyDict>,
    key: &Value,
    hash: i64,
    default: Option<Value>,
) -> PyResult<Option<Value>> {
    let l = list_of(d);
    if find_node(vm, d, &l, key, hash)?.is_none() {
        return Ok(default);
    }
    clear_node(vm, d, &l, key, hash)?;
    Ok(d.del_hashed(vm, key, hash)?.or(default))
}

/// `od.popitem(last)`: the key of the last (first) node and its value.
pub fn popitem(vm: &mut Vm, d: &Rc<PyDict>, last: bool) -> PyResult<Value> {
    let l = list_of(d);
    let Some((key, hash)) = l.borrow().end_key(last) else {
        return Err(vm.new_error("KeyError", "dictionary is empty"));
    };
    match pop_hashed(vm, d, &key, hash, None)? {
        Some(v) => Ok(Value::tuple(vec![key, v])),
        None => Err(vm.key_error(key)),
    }
}

/// `od.move_to_end(key, last)`.
pub fn move_to_end(vm: &mut Vm, d: &Rc<PyDict>, key: &Value, last: bool) -> PyResult<()> {
    let l = list_of(d);
    let Some((end, _)) = l.borrow().end_key(last) else {
        return Err(vm.key_error(key.clone()));
    };
    if end.is(key) {
        return Ok(());
    }
    let hash = vm.hash(key)?;
    let Some(n) = find_node(vm, d, &l, key, hash)? else {
        return Err(vm.key_error(key.clone()));
    };
    let mut lb = l.borrow_mut();
    let at_end = if last { lb.last } else { lb.first };
    if at_end != Some(n) {
        lb.unlink(n);
        lb.link(n, !last);
        drop(lb);
        // Taking it out and putting it back each count, as CPython's.
        touch(d);
        touch(d);
    }
    Ok(())
}

/// `od.clear()`: the dict emptied, then the list (which leaves `od_state`).
pub fn clear(d: &Rc<PyDict>) {
    d.clear();
    let l = list_of(d);
    let nodes = l.borrow_mut().clear();
    drop(nodes);
}

/// The keys of the list's nodes, in order.
pub fn node_keys(d: &Rc<PyDict>) -> Vec<Value> {
    let l = list_of(d);
    let keys = l.borrow().keys();
    keys.into_iter().map(|(k, _)| k).collect()
}

/// The (key, value) pairs of the list's nodes, in order: a node whose key the dict
/// no longer has is a `KeyError` (CPython's `_odictnode_VALUE` in its `FOREACH` loops).
pub fn pairs(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<Vec<(Value, Value)>> {
    let mut out = Vec::new();
    for k in node_keys(d) {
        match d.get_item(vm, &k)? {
            Some(v) => out.push((k, v)),
            None => return Err(vm.key_error(k)),
        }
    }
    Ok(out)
}

/// Whether two `OrderedDict`s' lists have equal keys in the same order (CPython's
/// `_odict_keys_equal`).
pub fn keys_equal(vm: &mut Vm, a: &Rc<PyDict>, b: &Rc<PyDict>) -> PyResult<bool> {
    let (ka, kb) = (node_keys(a), node_keys(b));
    // CPython walks both until one ends.
    for (x, y) in ka.iter().zip(kb.iter()) {
        if !(x.is(y) || vm.eq(x, y)?) {
            return Ok(false);
        }
    }
    Ok(ka.len() == kb.len())
}

/// What an `odict_iterator` holds: the key it gives next (None at the end).
pub struct IterPos {
    pub list: List,
    pub current: Option<Value>,
}

/// The first key an iterator over `d` (backwards: the last) gives.
pub fn start(d: &Rc<PyDict>, reverse: bool) -> IterPos {
    let list = list_of(d);
    let current = list.borrow().end_key(reverse).map(|(k, _)| k);
    IterPos { list, current }
}

/// One step of an iterator at `key`: Ok(Some(the key after it)) when its node is
/// there (Some(None) at the end), Ok(None) when it is not (CPython's `KeyError`).
pub fn advance(
    vm: &mut Vm,
    d: &PyDict,
    l: &List,
    key: &Value,
    reverse: bool,
) -> PyResult<Option<Option<Value>>> {
    let hash = vm.hash(key)?;
    let Some(n) = find_node(vm, d, l, key, hash)? else {
        return Ok(None);
    };
    Ok(Some(l.borrow().neighbour_key(n, reverse)))
}
