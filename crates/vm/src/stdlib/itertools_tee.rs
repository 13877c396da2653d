//! `itertools.tee`: `_tee` iterators sharing one underlying iterator through a buffer
//! of the items some of them have not yet returned, and `_tee_dataobject`, the view of
//! one block of that buffer that a tee's `__reduce__` hands out.
//!
//! CPython keeps the items in linked blocks of 57 (its `_tee_dataobject`s), a tee
//! pointing at a block and an index in it. The buffer here keeps whole blocks too,
//! each tee knows its block, and a block has one object while it is referred to, so
//! that a tee's reduction (`(_tee, ((),), (block, index))`) and a block's
//! (`(_tee_dataobject, (it, items, next_block))`) are CPython's. A deep copy rebuilds
//! blocks by their constructor, linked front to back; a tee given one makes them a new
//! buffer, or puts them in front of the buffer of the block they link to, so the tees
//! copied together still share one.
//!
//! The buffer is an object of its own (`Shared`), which the cycle collector tracks as
//! CPython tracks its `_tee_dataobject`s: each tee and block object reports an edge
//! to it, and it reports its iterator and items, so a cycle through the items
//! (`a.t = tee([a])`) is collected whichever objects share the buffer.

use std::cell::{Ref, RefCell, RefMut};
use std::collections::{HashMap, VecDeque};
use std::rc::{Rc, Weak};

use super::itertools::native;
use super::itertools_args::{c_int, class, positional, ssize, state_tuple};
use crate::objects::function::Args;
use crate::objects::iter::{IterState, NativeIter, Reduced};
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The items in one block (CPython's `LINKCELLS`).
const BLOCK: i64 = 57;

/// What the `_tee`s of one `tee()` (and the blocks handed out of it) share. Positions
/// are counted from the first item read from `it` (blocks put in front of it have
/// negative ones); blocks start at `origin` and every 57 items after it.
struct TeeBuffer {
    it: Value,
    buf: VecDeque<Value>,
    /// The position of `buf[0]`: the start of a block.
    base: i64,
    /// The start of the first block.
    origin: i64,
    /// The start of the block each live tee or block object is in.
    readers: HashMap<u64, i64>,
    last_id: u64,
    /// The start of the last block begun (a tee moves into a block before reading its
    /// first item, which may never come).
    last_block: i64,
    /// The object of each block that has one.
    objects: HashMap<i64, Weak<PyObject>>,
    /// Reading from `it` (a tee of the family used inside its `__next__` would
    /// otherwise read out of order).
    running: bool,
}

impl TeeBuffer {
    fn new(it: Value, items: Vec<Value>) -> TeeBuffer {
        TeeBuffer {
            it,
            buf: items.into(),
            base: 0,
            origin: 0,
            readers: HashMap::new(),
            last_id: 0,
            last_block: 0,
            objects: HashMap::new(),
            running: false,
        }
    }

    /// The position after the last item read from `it`.
    fn end(&self) -> i64 {
        self.base + self.buf.len() as i64
    }

    /// The items of the block starting at `start` read so far.
    fn block_items(&self, start: i64) -> Vec<Value> {
        let from = (start - self.base).max(0) as usize;
        self.buf
            .iter()
            .skip(from)
            .take(BLOCK as usize)
            .cloned()
            .collect()
    }

    /// Drop the blocks every reader has passed.
    fn trim(&mut self) {
        let low = self.readers.values().copied().min().unwrap_or(self.end());
        while self.base + BLOCK <= low && self.buf.len() as i64 >= BLOCK {
            self.buf.drain(..BLOCK as usize);
            self.base += BLOCK;
        }
        self.objects.retain(|_, o| o.strong_count() > 0);
    }
}

/// A buffer's own object (a `Payload::Native` holding the `RefCell<TeeBuffer>`),
/// registered with the cycle collector: its strong count is its readers', each of
/// which reports an edge to it, and `traverse_buffer` reports what it holds.
#[derive(Clone)]
struct Shared(Rc<PyObject>);

impl Shared {
    fn new(vm: &Vm, b: TeeBuffer) -> Shared {
        let o = PyObject::new(
            vm.iterator_type("itertools._tee_buffer"),
            Payload::Native(Box::new(RefCell::new(b))),
        );
        crate::gc::track_object(&o);
        Shared(o)
    }
    fn cell(&self) -> &RefCell<TeeBuffer> {
        match &self.0.payload {
            Payload::Native(n) => n
                .downcast_ref::<RefCell<TeeBuffer>>()
                .expect("a tee's buffer object holds a TeeBuffer"),
            _ => unreachable!("a tee's buffer object is native"),
        }
    }
    fn borrow(&self) -> Ref<'_, TeeBuffer> {
        self.cell().borrow()
    }
    fn borrow_mut(&self) -> RefMut<'_, TeeBuffer> {
        self.cell().borrow_mut()
    }
    fn edge(&self) -> Value {
        Value::Object(self.0.clone())
    }
}

/// The values a tee buffer's object holds (its iterator and the buffered items), for
/// the cycle collector; false if `n` is not one. (Busy, it reports nothing, which only
/// keeps what it holds alive.)
pub(crate) fn traverse_buffer(n: &dyn std::any::Any, f: &mut dyn FnMut(&Value)) -> bool {
    let Some(cell) = n.downcast_ref::<RefCell<TeeBuffer>>() else {
        return false;
    };
    if let Ok(b) = cell.try_borrow() {
        f(&b.it);
        b.buf.iter().for_each(f);
    }
    true
}

/// How many objects CPython counts for a garbage tee buffer (`gc.collect()`'s
/// number): a `_tee_dataobject` for each block from the first one a reader is in to
/// the last begun, less the block objects handed out (counted as themselves); None
/// if `n` is not a buffer.
pub(crate) fn buffer_weight(n: &dyn std::any::Any) -> Option<usize> {
    let b = n.downcast_ref::<RefCell<TeeBuffer>>()?.try_borrow().ok()?;
    let first = b.readers.values().copied().min().unwrap_or(b.base);
    let blocks = ((b.last_block - first) / BLOCK + 1).max(1) as usize;
    let handed_out = b
        .objects
        .iter()
        .filter(|(start, o)| **start >= first && o.strong_count() > 0)
        .count();
    Some(blocks.saturating_sub(handed_out))
}

/// A garbage tee buffer lets go of its iterator and items (the collector's clear).
pub(crate) fn clear_buffer(n: &dyn std::any::Any) {
    let Some(cell) = n.downcast_ref::<RefCell<TeeBuffer>>() else {
        return;
    };
    let old = cell.try_borrow_mut().map(|mut b| {
        let it = std::mem::replace(&mut b.it, Value::None);
        (it, std::mem::take(&mut b.buf))
    });
    drop(old);
}

/// One reader of a buffer (a tee, a block object), registered while it lives.
struct Reader {
    shared: Shared,
    id: u64,
}

impl Reader {
    fn new(shared: &Shared, block: i64) -> Reader {
        let id = {
            let mut b = shared.borrow_mut();
            b.last_id += 1;
            let id = b.last_id;
            b.readers.insert(id, block);
            b.last_block = b.last_block.max(block);
            id
        };
        Reader {
            shared: shared.clone(),
            id,
        }
    }

    fn move_to(&self, block: i64) {
        let mut b = self.shared.borrow_mut();
        b.readers.insert(self.id, block);
        b.last_block = b.last_block.max(block);
        b.trim();
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        // (Busy only when dropped inside the family's own read: the buffer then keeps
        // this reader's items a little longer.)
        if let Ok(mut b) = self.shared.cell().try_borrow_mut() {
            b.readers.remove(&self.id);
            b.trim();
        }
    }
}

struct Tee {
    reader: Reader,
    /// The position of the next item, and the start of the block the tee is in (its
    /// index in the block runs to 57: it moves on when it next reads).
    pos: i64,
    block: i64,
}

impl NativeIter for Tee {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.reader.shared.edge());
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.pos - self.block >= BLOCK {
            self.block += BLOCK;
            self.reader.move_to(self.block);
        }
        let it = {
            let b = self.reader.shared.borrow();
            let offset = (self.pos - b.base) as usize;
            if let Some(v) = b.buf.get(offset).cloned() {
                drop(b);
                self.pos += 1;
                return Ok(Some(v));
            }
            if b.running {
                return Err(vm.runtime_error("cannot re-enter the tee iterator"));
            }
            b.it.clone()
        };
        self.reader.shared.borrow_mut().running = true;
        let r = vm.next(&it);
        self.reader.shared.borrow_mut().running = false;
        let Some(v) = r? else {
            return Ok(None);
        };
        self.reader.shared.borrow_mut().buf.push_back(v.clone());
        self.pos += 1;
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools._tee"
    }
    fn ends_for_good(&self) -> bool {
        false
    }
    fn copy(&self) -> Option<Box<dyn NativeIter>> {
        Some(Box::new(Tee {
            reader: Reader::new(&self.reader.shared, self.block),
            pos: self.pos,
            block: self.block,
        }))
    }
    fn reduce(&mut self, vm: &mut Vm, _cls: &Value) -> Option<PyResult<Reduced>> {
        let data = block_object(vm, &self.reader.shared, self.block);
        let index = Value::Int(self.pos - self.block);
        let args = vec![Value::tuple(Vec::new())];
        let state = Value::tuple(vec![data, index]);
        Some(Ok(Reduced::with_state(
            class(vm, "itertools._tee"),
            args,
            state,
        )))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(self.set(vm, state))
    }
}

impl Tee {
    fn over(vm: &Vm, it: Value) -> Tee {
        let shared = Shared::new(vm, TeeBuffer::new(it, Vec::new()));
        Tee {
            reader: Reader::new(&shared, 0),
            pos: 0,
            block: 0,
        }
    }

    /// `__setstate__((block, index))`: the tee joins the buffer of `block` at `index`
    /// in it.
    fn set(&mut self, vm: &mut Vm, state: &Value) -> PyResult<()> {
        let parts = state_tuple(vm, state, 2, 2)?;
        if with_data(&parts[0], |_| ()).is_none() {
            return Err(vm.type_error(format!(
                "argument 1 must be itertools._tee_dataobject, not {}",
                vm.type_name(&parts[0])
            )));
        }
        let index = c_int(vm, &parts[1])?;
        if !(0..=BLOCK).contains(&index) {
            return Err(vm.value_error("Index out of range"));
        }
        let (shared, block) = live_block(vm, &parts[0]);
        // (An index past the items a block holds reads on from the iterator, as
        // CPython's does.)
        let end = shared.borrow().end();
        self.pos = (block + index).min(end.max(block));
        self.block = block;
        self.reader = Reader::new(&shared, block);
        Ok(())
    }
}

/// A block of a buffer as Python sees it: `_tee_dataobject`. One made by its
/// constructor holds its items until a tee is given it (or a block linked before it),
/// which makes it a view of a buffer.
struct TeeData {
    state: RefCell<DataState>,
}

enum DataState {
    Live {
        reader: Reader,
        start: i64,
    },
    Loose {
        it: Value,
        items: Vec<Value>,
        next: Option<Value>,
    },
}

impl NativeIter for TeeData {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(st) = self.state.try_borrow() {
            match &*st {
                DataState::Live { reader, .. } => f(&reader.shared.edge()),
                DataState::Loose { it, items, next } => {
                    f(it);
                    items.iter().for_each(&mut *f);
                    if let Some(n) = next {
                        f(n);
                    }
                }
            }
        }
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        Err(vm.type_error("'itertools._tee_dataobject' object is not an iterator"))
    }
    fn type_name(&self) -> &'static str {
        "itertools._tee_dataobject"
    }
    fn ends_for_good(&self) -> bool {
        false
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
    fn reduce(&mut self, vm: &mut Vm, _cls: &Value) -> Option<PyResult<Reduced>> {
        let (it, items, next) = match &*self.state.borrow() {
            DataState::Loose { it, items, next } => (it.clone(), items.clone(), next.clone()),
            DataState::Live { reader, start } => {
                let (it, items, more) = {
                    let b = reader.shared.borrow();
                    (b.it.clone(), b.block_items(*start), *start < b.last_block)
                };
                let next = more.then(|| block_object(vm, &reader.shared, start + BLOCK));
                (it, items, next)
            }
        };
        let args = vec![it, Value::list(items), next.unwrap_or(Value::None)];
        Some(Ok(Reduced::remade(
            class(vm, "itertools._tee_dataobject"),
            args,
        )))
    }
}

/// The object of the block of `shared` starting at `start` (the one it has, or a new
/// one).
fn block_object(vm: &Vm, shared: &Shared, start: i64) -> Value {
    let known = shared.borrow().objects.get(&start).and_then(Weak::upgrade);
    if let Some(o) = known {
        return Value::Object(o);
    }
    let reader = Reader::new(shared, start);
    let v = native(
        vm,
        TeeData {
            state: RefCell::new(DataState::Live { reader, start }),
        },
    );
    if let Value::Object(o) = &v {
        shared.borrow_mut().objects.insert(start, Rc::downgrade(o));
    }
    v
}

/// `f` of the block object inside `v`; None if `v` is none.
fn with_data<R>(v: &Value, f: impl FnOnce(&TeeData) -> R) -> Option<R> {
    let Value::Object(o) = v else { return None };
    let Payload::Iter(st) = &o.payload else {
        return None;
    };
    let s = st.borrow();
    let IterState::Native(n) = &*s else {
        return None;
    };
    Some(f(n.as_any()?.downcast_ref::<TeeData>()?))
}

/// The buffer and block start block object `v` (one) stands for. One made by its
/// constructor is made live first, with the loose blocks linked after it: in front of
/// the buffer of the live block the chain links to when that block is its buffer's
/// first, else as a new buffer over its iterator.
fn live_block(vm: &Vm, v: &Value) -> (Shared, i64) {
    let live = |v: &Value| {
        with_data(v, |d| match &*d.state.borrow() {
            DataState::Live { reader, start } => Some((reader.shared.clone(), *start)),
            DataState::Loose { .. } => None,
        })
        .flatten()
    };
    if let Some(found) = live(v) {
        return found;
    }
    // The loose chain from `v`, its items, and what it links to.
    let mut chain = vec![v.clone()];
    let mut items = Vec::new();
    let mut it = Value::None;
    let mut tail = None;
    loop {
        let cur = chain[chain.len() - 1].clone();
        let next = with_data(&cur, |d| match &*d.state.borrow() {
            DataState::Loose {
                it: i,
                items: vals,
                next,
            } => {
                if it.is_none() {
                    it = i.clone();
                }
                items.extend(vals.iter().cloned());
                next.clone()
            }
            DataState::Live { .. } => None,
        })
        .flatten();
        let Some(n) = next else { break };
        match live(&n) {
            Some(found) => {
                tail = Some(found);
                break;
            }
            None => chain.push(n),
        }
    }
    let n = chain.len() as i64;
    let shared = match tail {
        // In front of a buffer's first block: the chain's blocks end where it begins.
        Some((shared, start))
            if {
                let b = shared.borrow();
                start == b.origin && b.base == b.origin
            } =>
        {
            {
                let mut b = shared.borrow_mut();
                for x in items.into_iter().rev() {
                    b.buf.push_front(x);
                }
                b.origin -= n * BLOCK;
                b.base = b.origin;
            }
            shared
        }
        _ => Shared::new(vm, TeeBuffer::new(it, items)),
    };
    let first = shared.borrow().origin;
    for (k, d) in chain.iter().enumerate() {
        let start = first + k as i64 * BLOCK;
        with_data(d, |data| {
            let reader = Reader::new(&shared, start);
            *data.state.borrow_mut() = DataState::Live { reader, start };
        });
        if let Value::Object(o) = d {
            shared.borrow_mut().objects.insert(start, Rc::downgrade(o));
        }
    }
    (shared, first)
}

/// `_tee_dataobject(it, values, next)`: a block of `values` (57 of them when a next
/// block follows) read from `it`.
pub fn tee_data_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "teedataobject", "teedataobject", &args, 3, 3)?;
    let Value::List(values) = &a[1] else {
        return Err(vm.type_error(format!(
            "teedataobject() argument 2 must be list, not {}",
            vm.type_name(&a[1])
        )));
    };
    let items = values.items.borrow().clone();
    let next = match &a[2] {
        Value::None => None,
        n if with_data(n, |_| ()).is_some() && items.len() as i64 == BLOCK => Some(n.clone()),
        _ => return Err(vm.value_error("Invalid arguments")),
    };
    if items.len() as i64 > BLOCK {
        return Err(vm.value_error("Invalid arguments"));
    }
    Ok(native(
        vm,
        TeeData {
            state: RefCell::new(DataState::Loose {
                it: a[0].clone(),
                items,
                next,
            }),
        },
    ))
}
/// `copy.copy()` of a `_tee`: an independent tee at the same position.
pub fn tee_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__copy__", &args, 0, 0)?;
    copy_of(vm, s)?.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '__copy__' for 'itertools._tee' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))
    })
}

/// The copy of a native iterator that can be copied (a `_tee`), None for other values.
fn copy_of(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Value::Object(o) = v else {
        return Ok(None);
    };
    let Payload::Iter(st) = &o.payload else {
        return Ok(None);
    };
    let copied = match &*st.borrow() {
        IterState::Native(n) => match n.copy() {
            Some(c) => IterState::Native(c),
            None => return Ok(None),
        },
        IterState::Running("itertools._tee") => {
            return Err(vm.runtime_error("cannot re-enter the tee iterator"))
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Object(PyObject::new(
        vm.iterator_type("itertools._tee"),
        Payload::Iter(RefCell::new(copied)),
    ))))
}

/// `_tee(iterable)`: a tee over `iterable`'s iterator (a copy when that is a tee).
pub fn tee_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "_tee", "_tee", &args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    if let Some(c) = copy_of(vm, &it)? {
        return Ok(c);
    }
    Ok(native(vm, Tee::over(vm, it)))
}

/// `tee(iterable, n=2)`: n independent iterators over one. An iterator with a
/// `__copy__` (a tee) is copied rather than wrapped, as CPython does.
pub fn tee(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "tee", "itertools.tee", &args, 1, 2)?;
    let n = match a.get(1) {
        Some(v) => ssize(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = vm.get_iter(&a[0])?;
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    let (first, copy) = match vm.getattr_opt(&it, "__copy__")? {
        Some(f) => (it, f),
        None => {
            let t = native(vm, Tee::over(vm, it));
            let f = vm.getattr(&t, "__copy__")?;
            (t, f)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(vm.call_args(&copy, &[])?);
    }
    Ok(Value::tuple(out))
}
