//! The iteration protocol: `iter()`, `next()`, and helpers to collect and unpack.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::iter::IterState;
use crate::objects::object::{DictViewKind, Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm, ITER_TYPE_SLOTS};

impl Vm {
    pub fn new_iter(&self, st: IterState) -> Value {
        let cls = self.iterator_type(st.type_name());
        Value::Object(PyObject::new(cls, Payload::Iter(RefCell::new(st))))
    }

    /// The type of a native iterator (`list_iterator`, `zip`…), one per kind.
    pub fn iterator_type(&self, name: &'static str) -> std::rc::Rc<crate::objects::types::PyType> {
        // A small cache keyed by the name's address (the names are literals) saves
        // hashing the name for every iterator made.
        let slot = (name.as_ptr() as usize >> 3) % ITER_TYPE_SLOTS;
        {
            let cache = self.last_iter_type.borrow();
            if let Some((p, t)) = &cache[slot] {
                if *p == name.as_ptr() {
                    return t.clone();
                }
            }
        }
        let t = self.iterator_type_by_name(name);
        self.last_iter_type.borrow_mut()[slot] = Some((name.as_ptr(), t.clone()));
        t
    }

    fn iterator_type_by_name(
        &self,
        name: &'static str,
    ) -> std::rc::Rc<crate::objects::types::PyType> {
        // `iterator` (of an object with only `__getitem__`) is the type made with the
        // others at start-up.
        if name == "iterator" {
            return self.types.iterator.clone();
        }
        let mut m = self.iter_types.borrow_mut();
        m.entry(name)
            .or_insert_with(|| {
                // `object` its only base, its own methods and docstring, as CPython's
                // C types.
                let t = crate::objects::types::PyType::new_builtin(
                    name,
                    Some(&self.types.object),
                    crate::objects::types::Layout::Iterator,
                );
                crate::builtins::misc::iterator_methods(&t);
                crate::objects::types::bump_type_epoch();
                t
            })
            .clone()
    }

    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => true,
            Value::Object(o) => match &o.payload {
                Payload::Range(_)
                | Payload::Iter(_)
                | Payload::Generator(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::MemoryView(_)
                | Payload::DictView { .. }
                | Payload::MappingProxy(_) => true,
                _ => {
                    o.cls().lookup_str("__iter__").is_some()
                        || o.cls().lookup_str("__getitem__").is_some()
                }
            },
            // A class whose metaclass defines __iter__ (an Enum).
            Value::Type(t) => t
                .meta
                .borrow()
                .as_ref()
                .is_some_and(|m| m.lookup_str("__iter__").is_some()),
            _ => false,
        }
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let st = match v {
            Value::List(l) => IterState::List {
                list: l.clone(),
                i: 0,
            },
            Value::Tuple(t) => IterState::Tuple {
                tuple: t.clone(),
                i: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                pos: 0,
                kind: DictViewKind::Keys,
                len: d.len(),
                left: d.len(),
            },
            Value::Set(s) | Value::FrozenSet(s) => IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
                left: s.len(),
                version: s.version.get(),
            },
            Value::Object(o) => match &o.payload {
                Payload::Iter(_) | Payload::Generator(_) | Payload::Stream(_) => {
                    return Ok(v.clone())
                }
                Payload::Range(r) => range_iter(r, false),
                Payload::MemoryView(_) => return crate::builtins::memoryview::iter(self, v),
                Payload::Bytes(b) => IterState::Bytes { b: b.clone(), i: 0 },
                Payload::ByteArray(_) => IterState::ByteArray {
                    obj: v.clone(),
                    i: 0,
                },
                Payload::MappingProxy(dict) => IterState::Dict {
                    dict: dict.clone(),
                    pos: 0,
                    kind: DictViewKind::Keys,
                    len: dict.len(),
                    left: dict.len(),
                },
                Payload::DictView { dict, kind, .. }
                    if crate::builtins::odict::is_odict_view(self, o, *kind) =>
                {
                    return Ok(crate::builtins::odict::new_iter(self, dict, *kind, false));
                }
                Payload::DictView { dict, kind, .. } => IterState::Dict {
                    dict: dict.clone(),
                    pos: 0,
                    kind: *kind,
                    len: dict.len(),
                    left: dict.len(),
                },
                _ => return crate::dunder::get_iter(self, v),
            },
            Value::Type(_) => return crate::dunder::get_iter(self, v),
            _ => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                )
            }
        };
        Ok(self.new_iter(st))
    }

    /// Advance an iterator: Ok(None) when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Object(o) = it else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match &o.payload {
            // A StopIteration raised inside (by `map`'s or `filter`'s function) ends the
            // iteration, as it does for every consumer in CPython.
            Payload::Iter(st) => match self.next_native(st) {
                Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                r => r,
            },
            Payload::Generator(_) => match crate::generator::resume(self, o, Value::None, None)? {
                crate::generator::SendResult::Yield(v) => Ok(Some(v)),
                crate::generator::SendResult::Return(_) => Ok(None),
            },
            // sys.stdin: one line per step.
            Payload::Stream(_) => match self.call_method(it, "__next__", &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
            _ => crate::dunder::next(self, it),
        }
    }

    /// The common iterators (range, list, tuple) advanced inline by FOR_ITER; `None` when
    /// `it` needs the general path.
    #[inline(always)]
    pub fn next_fast(it: &Value) -> Option<Option<Value>> {
        let Value::Object(o) = it else { return None };
        let Payload::Iter(st) = &o.payload else {
            return None;
        };
        let mut s = st.try_borrow_mut().ok()?;
        match &mut *s {
            IterState::Range {
                next,
                step,
                remaining,
                ..
            } => {
                if *remaining == 0 {
                    return Some(None);
                }
                let v = i64::try_from(*next).ok()?;
                *next += *step;
                *remaining -= 1;
                Some(Some(Value::Int(v)))
            }
            IterState::List { list, i } => {
                let items = list.items.borrow();
                let v = items.get(*i)?.clone();
                *i += 1;
                Some(Some(v))
            }
            IterState::Tuple { tuple, i } => {
                let v = tuple.items.get(*i)?.clone();
                *i += 1;
                Some(Some(v))
            }
            _ => None,
        }
    }

    fn next_native(&mut self, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
        // Simple states are advanced under the borrow; adaptors release it before calling
        // back into Python.
        {
            let mut s = st.borrow_mut();
            // A dict's reverse iterator walks its entries backwards.
            let reverse = matches!(*s, IterState::DictRev { .. });
            match &mut *s {
                IterState::List { list, i } => {
                    let items = list.items.borrow();
                    if *i < items.len() {
                        let v = items[*i].clone();
                        *i += 1;
                        return Ok(Some(v));
                    }
                    drop(items);
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::ListRev { list, i } => {
                    let items = list.items.borrow();
                    if *i > 0 && *i <= items.len() {
                        *i -= 1;
                        return Ok(Some(items[*i].clone()));
                    }
                    drop(items);
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::Tuple { tuple, i } => {
                    if *i < tuple.items.len() {
                        let v = tuple.items[*i].clone();
                        *i += 1;
                        return Ok(Some(v));
                    }
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::Str { s: string, byte } => {
                    let st = string.as_str();
                    if let Some(c) = st[*byte..].chars().next() {
                        *byte += c.len_utf8();
                        return Ok(Some(self.char_str(c)));
                    }
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::Bytes { b, i } => {
                    if *i < b.len() {
                        let v = b[*i];
                        *i += 1;
                        return Ok(Some(Value::Int(v as i64)));
                    }
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::ByteArray { obj, i } => {
                    if let Value::Object(o) = obj {
                        if let Payload::ByteArray(b) = &o.payload {
                            if let Some(&v) = b.borrow().get(*i) {
                                *i += 1;
                                return Ok(Some(Value::Int(v as i64)));
                            }
                        }
                    }
                    *s = IterState::Exhausted;
                    return Ok(None);
                }
                IterState::Range {
                    next,
                    step,
                    remaining,
                    ..
                } => {
                    if *remaining > 0 {
                        let v = *next;
                        *next += *step;
                        *remaining -= 1;
                        return Ok(Some(Value::from_i128(v)));
                    }
                    return Ok(None);
                }
                IterState::Dict {
                    dict,
                    pos,
                    kind,
                    len,
                    left,
                }
                | IterState::DictRev {
                    dict,
                    pos,
                    kind,
                    len,
                    left,
                } => {
                    if dict.len() != *len {
                        *len = usize::MAX;
                        drop(s);
                        return Err(self.runtime_error("dictionary changed size during iteration"));
                    }
                    let found = if reverse {
                        dict.entry_before(*pos)
                    } else {
                        dict.entry_from(*pos)
                    };
                    match found {
                        Some((p, k, v)) => {
                            *pos = p;
                            *left = left.saturating_sub(1);
                            return Ok(Some(match kind {
                                DictViewKind::Keys => k,
                                DictViewKind::Values => v,
                                DictViewKind::Items => Value::tuple(vec![k, v]),
                            }));
                        }
                        None => {
                            *s = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                IterState::Set {
                    set,
                    pos,
                    len,
                    left,
                    ..
                } => {
                    if set.len() != *len {
                        *len = usize::MAX;
                        drop(s);
                        return Err(self.runtime_error("Set changed size during iteration"));
                    }
                    match set.entry_from(*pos) {
                        Some((p, k)) => {
                            *pos = p;
                            *left = left.saturating_sub(1);
                            return Ok(Some(k));
                        }
                        None => {
                            *s = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                IterState::ODict { .. } => {
                    drop(s);
                    return crate::builtins::odict::step(self, st);
                }
                IterState::Exhausted => return Ok(None),
                IterState::Running(name) => {
                    // Its state is out while its `__next__` runs: a nested call (from a
                    // key function, a predicate…) cannot go on from it. CPython's tee
                    // says so; its others would recurse (docs/compat.md).
                    let short = name.strip_prefix("itertools.").unwrap_or(name);
                    let short = short.strip_prefix('_').unwrap_or(short);
                    return Err(self.runtime_error(format!("cannot re-enter the {short} iterator")));
                }
                IterState::Native(n) => {
                    let running = IterState::Running(n.type_name());
                    let IterState::Native(mut it) = std::mem::replace(&mut *s, running) else {
                        unreachable!()
                    };
                    drop(s);
                    let r = it.next(self);
                    // Exhausted once it has ended (unless it asks its source again);
                    // an error (a predicate's, a key function's) leaves it usable, as
                    // CPython's are.
                    *st.borrow_mut() = if !matches!(r, Ok(None)) || !it.ends_for_good() {
                        IterState::Native(it)
                    } else {
                        IterState::Exhausted
                    };
                    return r;
                }
                _ => {}
            }
        }
        // Adaptors.
        let snapshot = {
            let s = st.borrow();
            match &*s {
                IterState::Enumerate { it, n } => Adapt::Enumerate(it.clone(), n.clone()),
                IterState::Zip { its, strict } => Adapt::Zip(its.clone(), *strict),
                IterState::Map { func, its } => Adapt::Map(func.clone(), its.clone()),
                IterState::Filter { func, it } => Adapt::Filter(func.clone(), it.clone()),
                IterState::Callable { func, sentinel } => {
                    Adapt::Callable(func.clone(), sentinel.clone())
                }
                IterState::SeqIter { obj, i } => Adapt::Seq(obj.clone(), *i),
                IterState::Reversed { seq, i } => Adapt::Reversed(seq.clone(), *i),
                _ => return Ok(None),
            }
        };
        match snapshot {
            Adapt::Enumerate(it, n) => match self.next(&it)? {
                Some(v) => {
                    let next_n = crate::ops::binary_op(
                        self,
                        &n,
                        &Value::Int(1),
                        metal_compiler::bytecode::BinOp::Add,
                        false,
                    )?;
                    if let IterState::Enumerate { n: slot, .. } = &mut *st.borrow_mut() {
                        *slot = next_n;
                    }
                    Ok(Some(Value::tuple(vec![n, v])))
                }
                None => Ok(None),
            },
            Adapt::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (k, it) in its.iter().enumerate() {
                    let step = match Self::next_fast(it) {
                        Some(step) => step,
                        None => self.next(it)?,
                    };
                    match step {
                        Some(v) => out.push(v),
                        None => {
                            // It keeps its iterators (and asks them again next time),
                            // as CPython's does.
                            if strict {
                                if k > 0 {
                                    let plural = if k == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        k + 1,
                                        plural,
                                        k
                                    )));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            plural,
                                            j
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            Adapt::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in its.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_args(&func, &args).map(Some)
            }
            Adapt::Filter(func, it) => loop {
                let Some(v) = self.next(&it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call_args(&func, std::slice::from_ref(&v))?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Adapt::Callable(func, sentinel) => {
                let v = self.call_args(&func, &[])?;
                if self.eq(&v, &sentinel)? {
                    *st.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Adapt::Seq(obj, i) => match crate::subscript::getitem(self, &obj, &Value::Int(i)) {
                Ok(v) => {
                    if let IterState::SeqIter { i: slot, .. } = &mut *st.borrow_mut() {
                        *slot += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if self.err_is(&e, "IndexError") || self.err_is(&e, "StopIteration") => {
                    *st.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            Adapt::Reversed(seq, i) => {
                // Ends (dropping the sequence) at the start, or on any error from
                // `__getitem__`: an IndexError or StopIteration ends it quietly, others
                // propagate.
                if i >= 0 {
                    match crate::subscript::getitem(self, &seq, &Value::Int(i)) {
                        Ok(v) => {
                            if let IterState::Reversed { i: slot, .. } = &mut *st.borrow_mut() {
                                *slot -= 1;
                            }
                            return Ok(Some(v));
                        }
                        Err(e) => {
                            *st.borrow_mut() = IterState::Exhausted;
                            if self.err_is(&e, "IndexError") || self.err_is(&e, "StopIteration") {
                                return Ok(None);
                            }
                            return Err(e);
                        }
                    }
                }
                *st.borrow_mut() = IterState::Exhausted;
                Ok(None)
            }
        }
    }

    /// All items of an iterable.
    pub fn collect_iter(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        collect(self, v)
    }
}

/// The iterator of a range (`reversed`: of the range backwards, which CPython checks
/// for a C long by the range's own bounds).
pub fn range_iter(r: &crate::objects::range::Range, reversed: bool) -> IterState {
    let n = r.len_i128();
    let (min, max) = (i64::MIN as i128, i64::MAX as i128);
    let fits = |x: i128| (min..=max).contains(&x);
    let long = if !fits(r.start) || !fits(r.stop) || !fits(r.step) || n > max {
        true
    } else if reversed {
        // The step negated and the start less one step must be C longs too.
        r.step == min || !fits(r.start - r.step)
    } else {
        // The value after the last must be a C long.
        n > 0
            && ((r.step > 0 && r.stop > max - (r.step - 1))
                || (r.step < 0 && r.stop < min + (-1 - r.step)))
    };
    if reversed {
        IterState::Range {
            next: if n == 0 {
                r.start
            } else {
                r.start + (n - 1) * r.step
            },
            step: -r.step,
            remaining: n as u128,
            long,
            len: u64::try_from(n).unwrap_or(u64::MAX),
        }
    } else {
        IterState::Range {
            next: r.start,
            step: r.step,
            remaining: n as u128,
            long,
            len: u64::try_from(n).unwrap_or(u64::MAX),
        }
    }
}

impl Vm {
    /// A native iterator's `__length_hint__` (the types of CPython's that have one):
    /// what is left to produce, 0 once exhausted or when its container changed size.
    pub fn iter_length_hint(&mut self, st: &RefCell<IterState>) -> PyResult<Value> {
        let (seq, reversed, i) = {
            let s = st.borrow();
            let mut return_seq = None;
            let n: usize = match &*s {
                IterState::List { list, i } => list.items.borrow().len().saturating_sub(*i),
                IterState::ListRev { list, i } => {
                    if *i <= list.items.borrow().len() {
                        *i
                    } else {
                        0
                    }
                }
                IterState::Tuple { tuple, i } => tuple.items.len().saturating_sub(*i),
                IterState::Str { s, byte } => {
                    if s.is_ascii() {
                        s.as_str().len().saturating_sub(*byte)
                    } else {
                        s.as_str()[*byte..].chars().count()
                    }
                }
                IterState::Bytes { b, i } => b.len().saturating_sub(*i),
                IterState::ByteArray { obj, i } => match obj {
                    Value::Object(o) => match &o.payload {
                        Payload::ByteArray(b) => b.borrow().len().saturating_sub(*i),
                        _ => 0,
                    },
                    _ => 0,
                },
                IterState::Range { remaining, .. } => {
                    return Ok(Value::from_i128(*remaining as i128))
                }
                IterState::Dict {
                    dict, len, left, ..
                } => {
                    if dict.len() == *len {
                        *left
                    } else {
                        0
                    }
                }
                IterState::DictRev {
                    dict, len, left, ..
                } => {
                    if dict.len() == *len {
                        *left
                    } else {
                        0
                    }
                }
                IterState::Set { set, len, left, .. } => {
                    if set.len() == *len {
                        *left
                    } else {
                        0
                    }
                }
                IterState::Native(n) => match n.length_hint(self) {
                    Some(r) => return r,
                    None => return Ok(Value::NotImplemented),
                },
                IterState::SeqIter { obj, i } => {
                    return_seq = Some((obj.clone(), false, *i));
                    0
                }
                IterState::Reversed { seq, i } => {
                    return_seq = Some((seq.clone(), true, *i));
                    0
                }
                IterState::Exhausted | IterState::Running(_) => 0,
                _ => return Ok(Value::NotImplemented),
            };
            match return_seq {
                Some(t) => t,
                None => return Ok(Value::from_usize(n)),
            }
        };
        // By the sequence's len() now (which may call Python code).
        if reversed {
            let n = crate::builtins::len_of(self, &seq)? as i64;
            return Ok(Value::Int(if n < i + 1 { 0 } else { i + 1 }));
        }
        let ty = self.type_of(&seq);
        if self.type_lookup_s(&ty, "__len__").is_none() {
            return Ok(Value::NotImplemented);
        }
        let n = crate::builtins::len_of(self, &seq)? as i64;
        Ok(Value::Int((n - i).max(0)))
    }
}

enum Adapt {
    Enumerate(Value, Value),
    Zip(Rc<[Value]>, bool),
    Map(Value, Rc<[Value]>),
    Filter(Value, Value),
    Callable(Value, Value),
    Seq(Value, i64),
    Reversed(Value, i64),
}

pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.items.borrow().clone()),
        Value::Tuple(t) => return Ok(t.items.to_vec()),
        _ => {}
    }
    let it = vm.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Unpack exactly `before` items (plus a starred list and `after` items when `after` is
/// given), with CPython's messages.
pub fn unpack(
    vm: &mut Vm,
    seq: &Value,
    before: usize,
    after: Option<usize>,
) -> PyResult<Vec<Value>> {
    if !vm.is_iterable(seq) {
        return Err(vm.type_error(format!(
            "cannot unpack non-iterable {} object",
            vm.type_name(seq)
        )));
    }
    let it = vm.get_iter(seq)?;
    let mut out = Vec::new();
    for i in 0..before {
        match vm.next(&it)? {
            Some(v) => out.push(v),
            None => {
                return Err(match after {
                    None => vm.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        before, i
                    )),
                    Some(a) => vm.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + a,
                        i
                    )),
                })
            }
        }
    }
    match after {
        None => {
            if vm.next(&it)?.is_some() {
                return Err(
                    vm.value_error(format!("too many values to unpack (expected {before})"))
                );
            }
        }
        Some(a) => {
            let mut rest = Vec::new();
            while let Some(v) = vm.next(&it)? {
                rest.push(v);
            }
            if rest.len() < a {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + a,
                    before + rest.len()
                )));
            }
            let tail = rest.split_off(rest.len() - a);
            out.push(Value::list(rest));
            out.extend(tail);
        }
    }
    Ok(out)
}
