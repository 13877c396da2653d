//! `set` and `frozenset`: CPython's open-addressing table (linear probes, then
//! perturbation), reproduced exactly so iteration order matches CPython's for the same
//! hashes — `print({3, 1, 2})` shows `{1, 2, 3}` as it does there.

use std::cell::{Cell, RefCell};

use crate::objects::dict::fast_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub struct Slot {
    /// `Null` for unused; `Ellipsis`-free dummy is marked by `dummy`.
    pub key: Value,
    pub hash: i64,
    pub dummy: bool,
}

/// Fill an unused or dummy slot, field by field: a whole `Slot` built on the stack and
/// copied in stalls on reading back its just-written halves.
#[inline(always)]
fn fill(slot: &mut Slot, key: Value, hash: i64) {
    let old = std::mem::replace(&mut slot.key, key);
    slot.hash = hash;
    slot.dummy = false;
    old.discard();
}

impl Slot {
    fn unused() -> Slot {
        Slot {
            key: Value::Null,
            hash: 0,
            dummy: false,
        }
    }
    #[inline]
    pub fn active(&self) -> bool {
        !self.key.is_null() && !self.dummy
    }
}

#[derive(Clone)]
pub struct SetTable {
    pub slots: Vec<Slot>,
    pub fill: usize,
    pub used: usize,
    pub finger: usize,
}

impl Drop for SetTable {
    /// First slot to last, as CPython's `set_dealloc`; unboxed keys and keys other
    /// references keep alive are released inline (the drop glue is a call per slot).
    fn drop(&mut self) {
        for s in std::mem::take(&mut self.slots) {
            s.key.discard();
        }
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::unused(); MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

pub struct PySet {
    pub table: RefCell<SetTable>,
    pub version: Cell<u64>,
    /// Cached hash for frozensets (-1: not computed).
    pub hash: Cell<i64>,
}

enum Find {
    Active(usize),
    /// Not present: where to insert (a dummy slot or an unused one).
    Absent {
        slot: usize,
        unused: bool,
    },
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Find `key` using fast equality; Err(candidates) when a Python `__eq__` is needed.
    fn find_fast(&self, hash: i64, key: &Value) -> Result<Find, ()> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = &self.slots[j];
                if s.key.is_null() {
                    return Ok(match freeslot {
                        Some(f) => Find::Absent {
                            slot: f,
                            unused: false,
                        },
                        None => Find::Absent {
                            slot: j,
                            unused: true,
                        },
                    });
                }
                if s.dummy {
                    if freeslot.is_none() {
                        freeslot = Some(j);
                    }
                } else if s.hash == hash {
                    match fast_eq(&s.key, key) {
                        Some(true) => return Ok(Find::Active(j)),
                        Some(false) => {}
                        None => return Err(()),
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if slots[i].key.is_null() {
                fill(&mut slots[i], key, hash);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if slots[i + j].key.is_null() {
                        fill(&mut slots[i + j], key, hash);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::unused(); newsize]);
        self.fill = self.used;
        for s in old {
            if s.active() {
                Self::insert_clean(&mut self.slots, s.key, s.hash);
            }
        }
    }

    fn add_at(&mut self, f: Find, key: Value, hash: i64) {
        match f {
            Find::Active(_) => {}
            Find::Absent { slot, unused } => {
                fill(&mut self.slots[slot], key, hash);
                self.used += 1;
                if unused {
                    self.fill += 1;
                    if self.fill * 5 >= self.mask() * 3 {
                        let n = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(n);
                    }
                }
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Slot> {
        self.slots.iter().filter(|s| s.active())
    }
}

impl Default for PySet {
    fn default() -> Self {
        Self::new()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(SetTable::default()),
            version: Cell::new(0),
            hash: Cell::new(-1),
        }
    }
    pub fn with_table(t: SetTable) -> PySet {
        PySet {
            table: RefCell::new(t),
            version: Cell::new(0),
            hash: Cell::new(-1),
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    #[allow(clippy::needless_range_loop)]
    /// Locate with Python equality where needed.
    fn locate(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Find> {
        'restart: loop {
            if let Ok(f) = self.table.borrow().find_fast(hash, key) {
                return Ok(f);
            }
            // Slow path: walk the probe sequence comparing with __eq__, no borrow held.
            let version = self.version.get();
            let (mask, snapshot) = {
                let t = self.table.borrow();
                (t.mask(), t.slots.clone())
            };
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let s = &snapshot[j];
                    if s.key.is_null() {
                        return Ok(match freeslot {
                            Some(f) => Find::Absent {
                                slot: f,
                                unused: false,
                            },
                            None => Find::Absent {
                                slot: j,
                                unused: true,
                            },
                        });
                    }
                    if s.dummy {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    } else if s.hash == hash {
                        let eq = match fast_eq(&s.key, key) {
                            Some(b) => b,
                            None => vm.eq(&s.key, key)?,
                        };
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Find::Active(j));
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, key, hash)
    }
    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        let f = self.locate(vm, hash, &key)?;
        if let Find::Absent { .. } = f {
            self.table.borrow_mut().add_at(f, key, hash);
            self.bump();
        }
        Ok(())
    }
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(matches!(self.locate(vm, hash, key)?, Find::Active(_)))
    }
    /// Remove `key`; true if it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        match self.locate(vm, hash, key)? {
            Find::Active(j) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    let old = std::mem::replace(&mut t.slots[j].key, Value::Ellipsis);
                    t.slots[j].dummy = true;
                    t.slots[j].hash = -1;
                    t.used -= 1;
                    old
                };
                self.bump();
                drop(old);
                Ok(true)
            }
            Find::Absent { .. } => Ok(false),
        }
    }
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !t.slots[i].active() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let key = std::mem::replace(&mut t.slots[i].key, Value::Ellipsis);
        t.slots[i].dummy = true;
        t.slots[i].hash = -1;
        t.used -= 1;
        t.finger = i + 1;
        drop(t);
        self.bump();
        Some(key)
    }
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|s| s.key.clone()).collect()
    }
    pub fn hashed_keys(&self) -> Vec<(Value, i64)> {
        self.table
            .borrow()
            .iter()
            .map(|s| (s.key.clone(), s.hash))
            .collect()
    }
    pub fn copy(&self) -> PySet {
        let t = self.table.borrow();
        let mut nt = t.clone();
        nt.finger = 0;
        if t.fill != t.used {
            // Rebuild without dummies, as CPython's copy (set_merge into an empty set).
            nt = SetTable::default();
            if t.used * 5 >= nt.mask() * 3 {
                nt.resize(t.used * 2);
            }
            for s in t.iter() {
                SetTable::insert_clean(&mut nt.slots, s.key.clone(), s.hash);
                nt.fill += 1;
                nt.used += 1;
            }
        }
        PySet::with_table(nt)
    }
    /// Merge another set's entries (CPython's `set_merge`).
    pub fn merge(&self, vm: &mut Vm, other: &PySet) -> PyResult<()> {
        let entries = other.hashed_keys();
        if entries.is_empty() {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
                let n = (t.used + entries.len()) * 2;
                t.resize(n);
            }
            let ot = other.table.borrow();
            if t.fill == 0 && t.mask() == ot.mask() && ot.fill == ot.used {
                // Same-size copy keeps positions.
                for (j, s) in ot.slots.iter().enumerate() {
                    if s.active() {
                        t.slots[j] = s.clone();
                    }
                }
                t.fill = ot.fill;
                t.used = ot.used;
                drop(t);
                self.bump();
                return Ok(());
            }
            if t.fill == 0 {
                for (k, h) in &entries {
                    SetTable::insert_clean(&mut t.slots, k.clone(), *h);
                    t.fill += 1;
                    t.used += 1;
                }
                drop(t);
                self.bump();
                return Ok(());
            }
        }
        for (k, h) in entries {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }
    /// Resize ahead of adding `n` keys from a dict (CPython's `set_update_internal`).
    pub fn reserve_for_dict(&self, n: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let m = (t.used + n) * 2;
            t.resize(m);
        }
    }
    /// The slot at position `i` or later that is active (for iterators).
    pub fn entry_from(&self, mut i: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        while i < t.slots.len() {
            if t.slots[i].active() {
                return Some((i + 1, t.slots[i].key.clone()));
            }
            i += 1;
        }
        None
    }
    /// CPython's frozenset hash.
    pub fn frozen_hash(&self) -> i64 {
        let c = self.hash.get();
        if c != -1 {
            return c;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for s in &t.slots {
            if s.active() {
                hash ^= shuffle(s.hash as u64);
            }
        }
        // CPython xors every slot's hash (0 for unused, -1 for dummies) then cancels
        // the odd counts; xoring only the active ones is the same.
        hash ^= ((t.used as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut h = hash as i64;
        if h == -1 {
            h = 590923713;
        }
        self.hash.set(h);
        h
    }
}
