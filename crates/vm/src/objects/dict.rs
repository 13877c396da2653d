//! `dict`: CPython's compact layout — an index table of slots pointing into an
//! insertion-ordered entry vector. Hashing and equality of user keys may call back into
//! Python, so lookups never hold a borrow across such a call and restart if the table
//! changed meanwhile.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;
/// Tables of up to this many entries have no index: lookups scan the entries.
pub const SMALL: usize = 8;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    indices: Vec<i32>,
    pub entries: Vec<Entry>,
    used: u32,
    /// Bumped when the entries are laid out anew (a resize, `clear()`, a copy into an
    /// empty table): an `OrderedDict`'s map from entry index to its key list's nodes is
    /// rebuilt then, as CPython's `od_resize_sentinel` tells it (`builtins::odict_list`).
    pub layout: u32,
    /// One bit per key hash (`hash & 63`) of every key inserted since the table was last
    /// rebuilt: a clear bit proves a key absent without a probe (most attribute loads
    /// check that the instance dict does not shadow a method or class attribute).
    bloom: u64,
}

impl Drop for DictTable {
    /// Entry by entry, key then value, as CPython's `dict_dealloc`; unboxed values and
    /// values other references keep alive are released inline.
    fn drop(&mut self) {
        for e in std::mem::take(&mut self.entries) {
            e.key.discard();
            e.value.discard();
        }
    }
}

/// A str-key lookup that only the general path (Python `__eq__`) can decide.
#[derive(Debug)]
pub struct Undecided;

/// A key of a str subclass that compares as a str (no class between it and `str`
/// defines `__eq__`) whose value is `text`: equal to the str `text`, as CPython finds it
/// (`o.__dict__[S("q")] = 1; o.q`).
fn str_like_key(key: &Value, text: &str) -> bool {
    let Value::Object(o) = key else {
        return false;
    };
    let crate::objects::object::Payload::Builtin(Value::Str(s)) = &o.payload else {
        return false;
    };
    if s.as_str() != text {
        return false;
    }
    let cls = o.cls();
    let rest = cls.mro_rest.borrow();
    !std::iter::once(cls)
        .chain(rest.iter())
        .take_while(|t| !t.builtin)
        .any(|t| t.dict.get_by_str("__eq__").is_some())
}

#[inline(always)]
fn bloom_bit(hash: i64) -> u64 {
    1u64 << (hash as u64 & 63)
}

pub struct PyDict {
    pub table: RefCell<DictTable>,
    /// Bumped on every change of keys (not of values): lookups detect mutation by it.
    pub version: Cell<u64>,
    /// Registered with the cycle collector as a container of its own (an instance's
    /// dict once `__dict__` has handed it out), so it is registered once.
    pub gc_tracked: Cell<bool>,
    /// An `OrderedDict`'s count of changes to its key list made by its own methods
    /// (CPython's `od_state`; a change through `dict`'s methods leaves it), which its
    /// iterators compare (`builtins::odict`); its top bit says the dict has a key list
    /// (`builtins::odict_list`). It sits in what would be padding.
    pub od_state: Cell<u32>,
    /// The dict inside an instance of a dict subclass (its views cannot show that
    /// instance as their `mapping`). Also in what would be padding.
    pub in_instance: Cell<bool>,
}

/// Equality that needs no call into Python, when the answer is known.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Bool(crate::value::PyBool(y))) | (Bool(crate::value::PyBool(y)), Int(x)) => {
            *x == *y as i64
        }
        (Bool(crate::value::PyBool(x)), Bool(crate::value::PyBool(y))) => x == y,
        // Identity first, as CPython does: the same NaN finds itself.
        (Float(x), Float(y)) => x == y || x.to_bits() == y.to_bits(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            (*x as f64) == *y && crate::objects::float::int_eq_float(*x, *y)
        }
        (None, None) => true,
        (Str(_), Int(_) | Float(_) | None | Bool(_))
        | (Int(_) | Float(_) | None | Bool(_), Str(_)) => false,
        // (None against an instance is not decided here: the instance's __eq__ answers
        // the reflected comparison. Against the other builtin kinds: below.)
        _ => {
            if a.is(b) {
                true
            } else if let (Some(x), Some(y)) = (builtin_kind(a), builtin_kind(b)) {
                // Builtin values of kinds that never compare equal: each type's __eq__
                // answers NotImplemented for the other, and identity decides (`1 in
                // [[], (), {}]` makes no comparison calls).
                if x != y {
                    false
                } else {
                    return Option::None;
                }
            } else {
                return Option::None;
            }
        }
    })
}

/// The groups of builtin values that `==` can find equal across types (numbers, sets
/// and frozensets); each other builtin type is a group of its own. None for values
/// whose type may be a Python class (instances, subclasses of builtins).
fn builtin_kind(v: &Value) -> Option<u8> {
    use Value::*;
    Some(match v {
        Bool(_) | Int(_) | Float(_) | BigInt(_) => 1,
        Str(_) => 2,
        Tuple(_) => 3,
        List(_) => 4,
        Dict(_) => 5,
        Set(_) | FrozenSet(_) => 6,
        None => 7,
        NotImplemented => 8,
        Ellipsis => 9,
        _ => return Option::None,
    })
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.used as usize
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Probe sequence start for `hash`.
    fn probe(&self, hash: i64) -> Probe {
        let mask = self.mask();
        Probe {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }

    /// Find the slot for `key` when equality is decided without Python (fast keys).
    /// Returns (slot index, entry index if found).
    fn find_fast(&self, hash: i64, key: &Value) -> Result<(usize, Option<usize>), usize> {
        if self.bloom & bloom_bit(hash) == 0 {
            return Ok((usize::MAX, None));
        }
        if self.indices.is_empty() {
            // A small table: the entries are searched in order.
            for (ix, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_null() {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Ok((usize::MAX, Some(ix))),
                        Some(false) => {}
                        None => return Err(ix),
                    }
                }
            }
            return Ok((usize::MAX, None));
        }
        let mut p = self.probe(hash);
        let mut free = None;
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return Ok((free.unwrap_or(p.i), None));
            }
            if ix == DUMMY {
                if free.is_none() {
                    free = Some(p.i);
                }
            } else {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Ok((p.i, Some(ix as usize))),
                        Some(false) => {}
                        None => return Err(ix as usize),
                    }
                }
            }
            p.next();
        }
    }

    /// The entry index of a str key (str equality needs no Python).
    fn find_str(&self, key: &PyStr) -> Option<usize> {
        self.find_text(key.as_str(), key.hash(), key)
    }

    /// The entry whose key is the str `text` (with hash `hash`): the object `same` (its
    /// identity is tried before comparing text) or an equal one.
    fn find_text(&self, text: &str, hash: i64, same: *const PyStr) -> Option<usize> {
        if self.bloom & bloom_bit(hash) == 0 {
            return None;
        }
        if self.indices.is_empty() {
            return self.entries.iter().position(|e| {
                e.hash == hash
                    && match &e.key {
                        Value::Str(k) => std::ptr::eq(&**k, same) || k.as_str() == text,
                        k => str_like_key(k, text),
                    }
            });
        }
        let mut p = self.probe(hash);
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    let equal = match &e.key {
                        Value::Str(k) => std::ptr::eq(&**k, same) || k.as_str() == text,
                        k => str_like_key(k, text),
                    };
                    if equal {
                        return Some(ix as usize);
                    }
                }
            }
            p.next();
        }
    }

    /// The entry for the exact str `key`, decided without Python code: `Ok(None)` when
    /// no key can equal it (every key of equal hash is a plain str, and none is equal),
    /// `Err(Undecided)` when a key of equal hash is something else (a str subclass, an object
    /// with its own `__eq__`), which only the general lookup can decide.
    #[inline]
    fn find_str_exact(&self, key: &PyStr) -> Result<Option<usize>, Undecided> {
        let hash = key.hash();
        if self.bloom & bloom_bit(hash) == 0 {
            return Ok(None);
        }
        let text = key.as_str();
        let check = |e: &Entry| -> Result<bool, Undecided> {
            if e.hash != hash {
                return Ok(false);
            }
            match &e.key {
                Value::Str(k) => Ok(std::ptr::eq(&**k, key) || k.as_str() == text),
                Value::Null => Ok(false),
                _ => Err(Undecided),
            }
        };
        if self.indices.is_empty() {
            for (ix, e) in self.entries.iter().enumerate() {
                if check(e)? {
                    return Ok(Some(ix));
                }
            }
            return Ok(None);
        }
        let mut p = self.probe(hash);
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix >= 0 && check(&self.entries[ix as usize])? {
                return Ok(Some(ix as usize));
            }
            p.next();
        }
    }

    #[inline]
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() && self.entries.len() < SMALL {
            if self.entries.capacity() == 0 {
                // A table's first entries are laid out anew (CPython's first insert
                // into a dict with no keys table makes one).
                self.layout = self.layout.wrapping_add(1);
                self.entries.reserve_exact(SMALL / 2);
            }
            push_entry(&mut self.entries, hash, key, value);
            self.used += 1;
            self.bloom |= bloom_bit(hash);
            return;
        }
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize((self.used as usize + 1) * 3);
        }
        let mut p = self.probe(hash);
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY || ix == DUMMY {
                break;
            }
            p.next();
        }
        self.indices[p.i] = self.entries.len() as i32;
        push_entry(&mut self.entries, hash, key, value);
        self.used += 1;
        self.bloom |= bloom_bit(hash);
    }

    /// Every live entry of `src` appended to this empty table, its hashes kept and the
    /// index sized once for all of them (no growth step per insert).
    fn copy_from(&mut self, src: &DictTable) {
        debug_assert!(self.used == 0);
        let n = src.used as usize;
        if n == src.entries.len() && self.entries.is_empty() {
            self.layout = self.layout.wrapping_add(1);
            // No deleted entries: the same entries at the same places, so the source's
            // index serves the copy as it is (no hashing or probing per key).
            self.entries = src.entries.clone();
            self.indices = src.indices.clone();
            self.used = n as u32;
            self.bloom = src.bloom;
            return;
        }
        if n >= SMALL {
            self.resize((n + 1) * 3);
        } else {
            self.entries.reserve_exact(n);
        }
        for e in src.iter() {
            self.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
    }

    fn resize(&mut self, min: usize) {
        let mut size = 8;
        while size < min {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        self.used = 0;
        self.layout = self.layout.wrapping_add(1);
        self.bloom = 0;
        for e in old {
            if !e.key.is_null() {
                let mut p = self.probe(e.hash);
                while self.indices[p.i] != EMPTY {
                    p.next();
                }
                self.indices[p.i] = self.entries.len() as i32;
                self.bloom |= bloom_bit(e.hash);
                self.entries.push(e);
                self.used += 1;
            }
        }
    }

    fn remove_at(&mut self, slot: usize, ix: usize) -> Entry {
        if !self.indices.is_empty() {
            self.indices[slot] = DUMMY;
        }
        let e = std::mem::replace(
            &mut self.entries[ix],
            Entry {
                hash: 0,
                key: Value::Null,
                value: Value::Null,
            },
        );
        self.used -= 1;
        e
    }

    fn slot_of_entry(&self, hash: i64, ix: usize) -> usize {
        if self.indices.is_empty() {
            return usize::MAX;
        }
        let mut p = self.probe(hash);
        loop {
            if self.indices[p.i] == ix as i32 {
                return p.i;
            }
            p.next();
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
}

struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline]
    fn next(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
    }
}

// `od_state` fits in the padding after `gc_tracked`: a dict is no bigger for it.
const _: () =
    assert!(std::mem::size_of::<PyDict>() == std::mem::size_of::<RefCell<DictTable>>() + 16);

impl Drop for PyDict {
    /// An `OrderedDict`'s key list, kept beside its dict, goes with it.
    fn drop(&mut self) {
        if self.od_state.get() & crate::builtins::odict_list::HAS_LIST != 0 {
            crate::builtins::odict_list::forget(self);
        }
    }
}

impl Default for PyDict {
    fn default() -> Self {
        Self::new()
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: RefCell::new(DictTable::default()),
            version: Cell::new(0),
            gc_tracked: Cell::new(false),
            od_state: Cell::new(0),
            in_instance: Cell::new(false),
        }
    }

    /// An empty dict with room for `n` keys before it has to grow.
    pub fn with_room(n: usize) -> PyDict {
        let d = PyDict::new();
        if n > SMALL {
            // Indexed from the start, sized so `n` keys go in without a resize.
            d.table.borrow_mut().resize(n * 3 / 2 + 1);
        } else if n > 0 {
            d.table.borrow_mut().entries.reserve_exact(n);
        }
        d
    }
    pub fn len(&self) -> usize {
        self.table.borrow().used as usize
    }
    /// `len`, or 0 while the table is borrowed for writing.
    pub fn len_unchecked(&self) -> usize {
        self.table.try_borrow().map_or(0, |t| t.used as usize)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Locate `key`: Ok(Some(entry index)) or Ok(None), calling `__eq__` as needed.
    pub fn locate(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        'restart: loop {
            let slow = {
                let t = self.table.borrow();
                match t.find_fast(hash, key) {
                    Ok((_, found)) => return Ok(found),
                    Err(_) => {
                        // Collect candidates with the same hash, to compare without a borrow.
                        let mut c = Vec::new();
                        if t.indices.is_empty() {
                            for (ix, e) in t.entries.iter().enumerate() {
                                if e.hash == hash && !e.key.is_null() {
                                    c.push((ix, e.key.clone()));
                                }
                            }
                        } else {
                            let mut p = t.probe(hash);
                            loop {
                                let ix = t.indices[p.i];
                                if ix == EMPTY {
                                    break;
                                }
                                if ix >= 0 {
                                    let e = &t.entries[ix as usize];
                                    if e.hash == hash {
                                        c.push((ix as usize, e.key.clone()));
                                    }
                                }
                                p.next();
                            }
                        }
                        c
                    }
                }
            };
            let version = self.version.get();
            for (ix, k) in slow {
                let eq = match fast_eq(&k, key) {
                    Some(b) => b,
                    None => vm.eq(&k, key)?,
                };
                if self.version.get() != version {
                    continue 'restart;
                }
                if eq {
                    return Ok(Some(ix));
                }
            }
            return Ok(None);
        }
    }

    /// The value for the exact str `key` when no Python code is needed to decide
    /// (see `DictTable::find_str_exact`); `Err(Undecided)` when the general lookup must.
    #[inline]
    pub fn lookup_str_exact(&self, key: &PyStr) -> Result<Option<Value>, Undecided> {
        let t = self.table.borrow();
        t.find_str_exact(key)
            .map(|found| found.map(|ix| t.entries[ix].value.clone()))
    }
    pub fn get_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(k) = key {
            if let Ok(found) = self.lookup_str_exact(k) {
                return Ok(found);
            }
        }
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }
    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self
            .locate(vm, hash, key)?
            .map(|ix| self.table.borrow().entries[ix].value.clone()))
    }
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        if let Value::Str(k) = key {
            if let Ok(found) = self.table.borrow().find_str_exact(k) {
                return Ok(found.is_some());
            }
        }
        let hash = vm.hash(key)?;
        Ok(self.locate(vm, hash, key)?.is_some())
    }
    pub fn set_item(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let value = match &key {
            Value::Str(k) => match self.set_str_exact(k, value) {
                Ok(()) => return Ok(()),
                Err(value) => value,
            },
            _ => value,
        };
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }
    /// `set_item` with an exact str key when its entry is found without Python code
    /// (see `DictTable::find_str_exact`); otherwise the value comes back untouched.
    pub fn set_str_exact(&self, key: &Rc<PyStr>, value: Value) -> Result<(), Value> {
        let found = self.table.borrow().find_str_exact(key);
        match found {
            Ok(found) => {
                self.store_at(found, key.hash(), Value::Str(key.clone()), value);
                Ok(())
            }
            Err(_) => Err(value),
        }
    }
    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let found = self.locate(vm, hash, &key)?;
        self.store_at(found, hash, key, value);
        Ok(())
    }
    /// Store `value` in entry `found`, or in a new entry for `key` when there is none.
    fn store_at(&self, found: Option<usize>, hash: i64, key: Value, value: Value) {
        match found {
            Some(ix) => {
                let old = std::mem::replace(&mut self.table.borrow_mut().entries[ix].value, value);
                drop(old);
            }
            None => {
                self.table.borrow_mut().insert_new(hash, key, value);
                self.bump();
            }
        }
    }
    /// Remove `key`, returning its value if it was there.
    pub fn del_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.del_hashed(vm, key, hash)
    }
    /// `del_item` of a key whose hash is known.
    pub fn del_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.locate(vm, hash, key)? {
            Some(ix) => {
                let e = {
                    let mut t = self.table.borrow_mut();
                    let slot = t.slot_of_entry(hash, ix);
                    t.remove_at(slot, ix)
                };
                self.bump();
                Ok(Some(e.value))
            }
            None => Ok(None),
        }
    }

    // ---- str keys (attribute and global dicts): no Python calls possible ------------------

    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        t.find_str(key).map(|ix| t.entries[ix].value.clone())
    }
    /// True when the dict has no str key equal to `key`: the key filter answers most
    /// checks inline (an instance dict checked for shadowing a method or a class
    /// attribute), a probe the rest.
    #[inline(always)]
    pub fn lacks_str(&self, key: &PyStr) -> bool {
        // SAFETY: only the filter word is read; no Python code runs.
        let surely = match unsafe { self.table.try_borrow_unguarded() } {
            Ok(t) => t.bloom & bloom_bit(key.hash()) == 0,
            Err(_) => false,
        };
        surely || self.get_str(key).is_none()
    }
    /// `get_str` for an interned name, trying entry `hint` (where it was last found) by
    /// pointer before hashing; `hint` is updated on a miss.
    #[inline]
    pub fn get_str_hinted(&self, key: &Rc<PyStr>, hint: &Cell<u32>) -> Option<Value> {
        // SAFETY: no `borrow_mut` of the table can start while this shared reference
        // lives: nothing below runs Python code (string keys compare natively).
        if let Ok(t) = unsafe { self.table.try_borrow_unguarded() } {
            if let Some(e) = t.entries.get(hint.get() as usize) {
                if let Value::Str(k) = &e.key {
                    if Rc::ptr_eq(k, key) {
                        return Some(e.value.clone());
                    }
                }
            }
        }
        self.get_str_rehint(key, hint)
    }

    #[inline(never)]
    fn get_str_rehint(&self, key: &Rc<PyStr>, hint: &Cell<u32>) -> Option<Value> {
        let t = self.table.borrow();
        let ix = t.find_str(key)?;
        hint.set(ix as u32);
        Some(t.entries[ix].value.clone())
    }

    /// `set_str` for an interned name, replacing the value in place when entry `hint`
    /// holds it (the keys, and so `version`, do not change).
    #[inline]
    pub fn set_str_hinted(&self, key: &Rc<PyStr>, hint: &Cell<u32>, value: Value) {
        let old = {
            let mut t = self.table.borrow_mut();
            match t.entries.get_mut(hint.get() as usize) {
                Some(e) if matches!(&e.key, Value::Str(k) if Rc::ptr_eq(k, key)) => {
                    std::mem::replace(&mut e.value, value)
                }
                _ => {
                    // A key the filter proves absent is appended without a probe (an
                    // attribute stored for the first time on a new instance).
                    let hash = key.hash();
                    if t.bloom & bloom_bit(hash) == 0 {
                        t.insert_new(hash, Value::Str(key.clone()), value);
                        hint.set((t.entries.len() - 1) as u32);
                        drop(t);
                        self.bump();
                        return;
                    }
                    drop(t);
                    hint.set(self.set_str_at(key.clone(), value) as u32);
                    return;
                }
            }
        };
        old.discard();
    }

    /// The entry index holding `key` (a str), for inline caches.
    pub fn index_of_str(&self, key: &PyStr) -> Option<usize> {
        self.table.borrow().find_str(key)
    }

    /// The value at entry `index` (valid while `version` is unchanged).
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        // SAFETY: no `borrow_mut` of the table can start while this reference lives:
        // cloning a value only counts a reference.
        let t = unsafe { self.table.try_borrow_unguarded() }.ok()?;
        t.entries.get(index).map(|e| e.value.clone())
    }

    pub fn get_by_str(&self, key: &str) -> Option<Value> {
        self.get_by_str_hashed(key, crate::objects::str::hash_text(key))
    }
    /// `get_by_str` with the key's hash (`hash_text`) already known.
    pub fn get_by_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        let t = self.table.borrow();
        t.find_text(key, hash, std::ptr::null())
            .map(|ix| t.entries[ix].value.clone())
    }
    /// Insert with a str key (the key's `__eq__` is str's, so no Python runs).
    pub fn set_str(&self, key: Rc<PyStr>, value: Value) {
        self.set_str_at(key, value);
    }

    /// `set_str`, answering the index of the entry that holds the key now.
    pub fn set_str_at(&self, key: Rc<PyStr>, value: Value) -> usize {
        let hash = key.hash();
        let k = Value::Str(key);
        let mut t = self.table.borrow_mut();
        let found = match t.find_fast(hash, &k) {
            Ok((_, found)) => found,
            // A key of equal hash that is not a plain str: a str subclass comparing as
            // a str is this key (one with its own `__eq__` is taken as another).
            Err(_) => match &k {
                Value::Str(s) => t.find_text(s.as_str(), hash, Rc::as_ptr(s)),
                _ => None,
            },
        };
        match found {
            Some(ix) => {
                t.entries[ix].value = value;
                ix
            }
            None => {
                // A new entry is always the last (a resize compacts the ones before it).
                t.insert_new(hash, k, value);
                let ix = t.entries.len() - 1;
                drop(t);
                self.bump();
                ix
            }
        }
    }
    pub fn set_by_str(&self, key: &str, value: Value) {
        self.set_str(Rc::new(PyStr::new(key)), value)
    }
    pub fn del_str(&self, key: &PyStr) -> Option<Value> {
        let hash = key.hash();
        let k = Value::Str(Rc::new(PyStr::new(key.as_str())));
        let r = {
            let mut t = self.table.borrow_mut();
            match t.find_fast(hash, &k) {
                Ok((slot, Some(ix))) => Some(t.remove_at(slot, ix).value),
                _ => None,
            }
        };
        if r.is_some() {
            self.bump();
        }
        r
    }

    /// Snapshot of the live entries (key, value).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect()
    }
    pub fn clear(&self) {
        let old = {
            let mut t = self.table.borrow_mut();
            let layout = t.layout.wrapping_add(1);
            let old = std::mem::take(&mut *t);
            t.layout = layout;
            old
        };
        self.bump();
        drop(old);
    }
    /// The entry at position `i` of the entry vector (for iterators), skipping deleted
    /// ones; returns the next position too.
    pub fn entry_from(&self, mut i: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        while i < t.entries.len() {
            let e = &t.entries[i];
            if !e.key.is_null() {
                return Some((i + 1, e.key.clone(), e.value.clone()));
            }
            i += 1;
        }
        None
    }
    /// The last entry before position `i` of the entry vector (for reverse
    /// iterators), skipping deleted ones; returns its position too.
    pub fn entry_before(&self, i: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut i = i.min(t.entries.len());
        while i > 0 {
            i -= 1;
            let e = &t.entries[i];
            if !e.key.is_null() {
                return Some((i, e.key.clone(), e.value.clone()));
            }
        }
        None
    }
    /// The table's layout count (`DictTable::layout`).
    pub fn layout(&self) -> u32 {
        self.table.borrow().layout
    }
    /// The length of the entry vector, deleted entries included (where a reverse
    /// iterator starts).
    pub fn entries_len(&self) -> usize {
        self.table.borrow().entries.len()
    }
    /// Remove and return the last item (popitem).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let r = {
            let mut t = self.table.borrow_mut();
            let ix = t.entries.iter().rposition(|e| !e.key.is_null())?;
            let hash = t.entries[ix].hash;
            let slot = t.slot_of_entry(hash, ix);
            let e = t.remove_at(slot, ix);
            // Keep the entry vector compact at the tail.
            while t.entries.last().is_some_and(|e| e.key.is_null()) {
                t.entries.pop();
            }
            (e.key, e.value)
        };
        self.bump();
        Some(r)
    }
    pub fn copy(&self) -> PyDict {
        let d = PyDict::new();
        d.table.borrow_mut().copy_from(&self.table.borrow());
        d
    }
    /// `self.update(src)` for an empty `self` (not `src` itself): the entries copied
    /// with their hashes, no lookups.
    pub fn fill_from(&self, src: &PyDict) {
        debug_assert!(self.is_empty() && !std::ptr::eq(self, src));
        self.table.borrow_mut().copy_from(&src.table.borrow());
        self.bump();
    }
    /// Insert a batch of already-hashed entries known to be new keys.
    pub fn insert_unique(&self, hash: i64, key: Value, value: Value) {
        self.table.borrow_mut().insert_new(hash, key, value);
        self.bump();
    }
}

/// Append an entry written field by field (see `value::write_split`): built on the stack
/// and moved, the 40-byte entry is copied with 16-byte loads of just-stored halves.
#[inline(always)]
fn push_entry(entries: &mut Vec<Entry>, hash: i64, key: Value, value: Value) {
    use std::ptr::addr_of_mut;
    entries.reserve(1);
    let len = entries.len();
    // SAFETY: room for one more entry was reserved; every field is written before the
    // length covers it.
    unsafe {
        let e = entries.as_mut_ptr().add(len);
        addr_of_mut!((*e).hash).write(hash);
        crate::value::write_split(addr_of_mut!((*e).key), key);
        crate::value::write_split(addr_of_mut!((*e).value), value);
        entries.set_len(len + 1);
    }
}
