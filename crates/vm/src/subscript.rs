//! Subscription: `obj[idx]`, `obj[idx] = v`, `del obj[idx]` for the builtin sequences and
//! mappings (indices, negative indices, slices with steps), else `__getitem__` & co.

use std::rc::Rc;

use crate::objects::object::{Payload, PyObject};
use crate::objects::range::{as_slice, index_value, new_range, slice_indices, Range};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn seq_index(vm: &mut Vm, idx: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let Some(i) = index_value(vm, idx)? else {
        return Ok(None);
    };
    let i = if i < 0 { i + len as i128 } else { i };
    if i < 0 || i >= len as i128 {
        let msg = if what.is_empty() {
            "index out of range".to_string()
        } else {
            format!("{what} index out of range")
        };
        return Err(vm.index_error(msg));
    }
    Ok(Some(i as usize))
}

fn bad_index(vm: &Vm, container: &str, idx: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "{} indices must be integers or slices, not {}",
        container,
        vm.type_name(idx)
    ))
}

/// Items selected by a slice of a sequence of length `len`.
pub fn slice_positions(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<Vec<usize>> {
    let (start, _stop, step, n) = slice_indices(vm, slice, len)?;
    Ok((0..n).map(|k| (start + step * k as i64) as usize).collect())
}

/// The items `items[a:b:c]` of a list (the bounds as a slice object would hold them).
fn list_slice(
    vm: &mut Vm,
    items: &std::cell::RefCell<Vec<Value>>,
    a: &Value,
    b: &Value,
    c: &Value,
) -> PyResult<Vec<Value>> {
    let len = items.borrow().len();
    let (start, _stop, step, n) = crate::objects::range::slice_indices_of(vm, a, b, c, len)?;
    // `__index__` may have run Python code that shrank the list: stop at its end.
    let items = items.borrow();
    if step == 1 {
        let a = (start.max(0) as usize).min(items.len());
        let b = (a + n).min(items.len());
        return Ok(items[a..b].to_vec());
    }
    Ok((0..n)
        .map_while(|k| items.get((start + step * k as i64) as usize).cloned())
        .collect())
}

/// `obj[a:b:c]` for a list or tuple without building the slice object (BUILD_SLICE
/// followed by BINARY_SUBSCR); None for other containers.
pub fn slice_of(
    vm: &mut Vm,
    obj: &Value,
    a: &Value,
    b: &Value,
    c: &Value,
) -> Option<PyResult<Value>> {
    match obj {
        Value::List(l) => {
            let l = l.clone();
            Some(list_slice(vm, &l.items, a, b, c).map(Value::list))
        }
        Value::Tuple(t) => {
            let len = t.items.len();
            Some(
                crate::objects::range::slice_indices_of(vm, a, b, c, len).map(
                    |(start, _stop, step, n)| {
                        if step == 1 {
                            let a = start.max(0) as usize;
                            Value::tuple(t.items[a..a + n].to_vec())
                        } else {
                            Value::tuple(
                                (0..n)
                                    .map(|k| t.items[(start + step * k as i64) as usize].clone())
                                    .collect(),
                            )
                        }
                    },
                ),
            )
        }
        _ => None,
    }
}

pub fn getitem(vm: &mut Vm, obj: &Value, idx: &Value) -> PyResult<Value> {
    match obj {
        Value::List(_) | Value::Tuple(_) if as_slice(idx).is_some() => {
            let (a, b, c) = as_slice(idx).expect("a slice");
            let (a, b, c) = (a.clone(), b.clone(), c.clone());
            slice_of(vm, obj, &a, &b, &c).expect("a list or tuple")
        }
        Value::List(l) => {
            let len = l.items.borrow().len();
            match seq_index(vm, idx, len, "list")? {
                Some(i) => Ok(l.items.borrow()[i].clone()),
                None => Err(bad_index(vm, "list", idx)),
            }
        }
        Value::Tuple(t) => match seq_index(vm, idx, t.items.len(), "tuple")? {
            Some(i) => Ok(t.items[i].clone()),
            None => Err(bad_index(vm, "tuple", idx)),
        },
        Value::Str(s) => {
            let len = s.char_len();
            if as_slice(idx).is_some() {
                let (start, stop, step, n) = slice_indices(vm, idx, len)?;
                if step == 1 {
                    let (a, b) = (start.max(0) as usize, stop.max(start) as usize);
                    return Ok(Value::str(s.slice_chars(a, b.min(len))));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = (0..n)
                    .map(|k| chars[(start + step * k as i64) as usize])
                    .collect();
                return Ok(Value::from_string(out));
            }
            match seq_index(vm, idx, len, "string")? {
                Some(i) => {
                    let c = s.char_at(i);
                    Ok(vm.char_str(c))
                }
                None => Err(vm.type_error(format!(
                    "string indices must be integers, not '{}'",
                    vm.type_name(idx)
                ))),
            }
        }
        Value::Dict(d) => match d.get_item(vm, idx)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(idx.clone())),
        },
        Value::Type(t) => {
            // A metaclass's __getitem__ (`Color['RED']`) comes before __class_getitem__.
            if let Some(m) = crate::dunder::user_special(vm, obj, "__getitem__") {
                return crate::dunder::call_special(vm, &m, obj, std::slice::from_ref(idx));
            }
            // `list[int]` and friends: generic aliases are accepted and ignored.
            if let Some(cgi) = t.lookup_str("__class_getitem__") {
                let f = vm.bind_descriptor(cgi, Value::Type(t.clone()), Value::Type(t.clone()))?;
                return vm.call_args(&f, std::slice::from_ref(idx));
            }
            // `type[int]`: a types.GenericAlias (PEP 585), not inherited by metaclasses'
            // instances (`list[int]` and the others come from their
            // `__class_getitem__`, above).
            if t.builtin && &*t.name() == "type" {
                let types = crate::import::import_module(vm, "types")?;
                let alias = vm.getattr(&types, "GenericAlias")?;
                return vm.call_args(&alias, &[obj.clone(), idx.clone()]);
            }
            Err(vm.type_error(format!("type '{}' is not subscriptable", t.tp_name())))
        }
        Value::Object(o) => match &o.payload {
            Payload::Range(r) => {
                if let Some(i) = crate::objects::int::as_int(idx) {
                    let n = r.len_i128();
                    let i = match i {
                        crate::objects::int::IntRef::Small(v) => v as i128,
                        crate::objects::int::IntRef::Big(b) => {
                            i128::try_from(b).unwrap_or(i128::MAX)
                        }
                    };
                    let k = if i < 0 { i + n } else { i };
                    if k < 0 || k >= n {
                        return Err(vm.index_error("range object index out of range"));
                    }
                    return Ok(Value::from_i128(r.start + r.step * k));
                }
                let len = r.len();
                if as_slice(idx).is_some() {
                    let (start, stop, step, _n) = slice_indices(vm, idx, len)?;
                    let nr = Range {
                        start: r.start + r.step * start as i128,
                        stop: r.start + r.step * stop as i128,
                        step: r.step * step as i128,
                    };
                    return Ok(new_range(vm, nr));
                }
                match seq_index(vm, idx, len, "range object")? {
                    Some(i) => Ok(Value::from_i128(r.get(i))),
                    None => Err(vm.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        vm.type_name(idx)
                    ))),
                }
            }
            Payload::Bytes(b) => {
                if as_slice(idx).is_some() {
                    let pos = slice_positions(vm, idx, b.len())?;
                    let v: Vec<u8> = pos.iter().map(|&i| b[i]).collect();
                    return Ok(crate::objects::bytes::new_bytes(vm, v));
                }
                match seq_index(vm, idx, b.len(), "")? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(vm.type_error(format!(
                        "byte indices must be integers or slices, not {}",
                        vm.type_name(idx)
                    ))),
                }
            }
            Payload::ByteArray(b) => {
                let len = b.borrow().len();
                if as_slice(idx).is_some() {
                    let pos = slice_positions(vm, idx, len)?;
                    let bb = b.borrow();
                    let v: Vec<u8> = pos.iter().map(|&i| bb[i]).collect();
                    return Ok(Value::Object(PyObject::new(
                        vm.types.bytearray.clone(),
                        Payload::ByteArray(crate::objects::bytes::ByteArrayBuf::new(v)),
                    )));
                }
                match seq_index(vm, idx, len, "bytearray")? {
                    Some(i) => Ok(Value::Int(b.borrow()[i] as i64)),
                    None => Err(bad_index(vm, "bytearray", idx)),
                }
            }
            Payload::MemoryView(_) => crate::builtins::memoryview::getitem(vm, obj, idx),
            Payload::MappingProxy(d) => {
                let d = d.clone();
                match d.get_item(vm, idx)? {
                    Some(v) => Ok(v),
                    None => Err(vm.key_error(idx.clone())),
                }
            }
            _ => crate::dunder::getitem(vm, obj, idx),
        },
        _ => crate::dunder::getitem(vm, obj, idx),
    }
}

/// `l[a:b:c] = v` (the bounds as a slice object would hold them).
pub fn list_assign_slice(
    vm: &mut Vm,
    l: &crate::objects::PyList,
    a: &Value,
    b: &Value,
    c: &Value,
    v: Value,
) -> PyResult<()> {
    // Indices first (their `__index__` errors come before the value's), then a copy of
    // the new items, so `l[:] = l` sees the old contents.
    let len = l.items.borrow().len();
    let (start, _stop, step, n) = crate::objects::range::slice_indices_of(vm, a, b, c, len)?;
    let new_items = match &v {
        Value::List(src) => src.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => {
            if !vm.is_iterable(&v) {
                return Err(vm.type_error("can only assign an iterable"));
            }
            crate::iter::collect(vm, &v)?
        }
    };
    let r = assign_slice(&mut l.items.borrow_mut(), start, step, n, new_items);
    r.map_err(|size| {
        vm.value_error(format!(
            "attempt to assign sequence of size {size} to extended slice of size {n}"
        ))
    })
}

/// `items[slice] = new` for a slice already resolved to (start, step, n): a splice
/// (in place when the sizes match) for step 1, else item by item. Err(new's size) when
/// an extended slice's size differs. Positions past the end (the sequence shrank while
/// the indices were computed) are skipped.
fn assign_slice<T>(
    items: &mut Vec<T>,
    start: i64,
    step: i64,
    n: usize,
    new: Vec<T>,
) -> Result<(), usize> {
    if step == 1 {
        let a = (start.max(0) as usize).min(items.len());
        let b = (a + n).min(items.len());
        // The replaced items go last to first, as in CPython's list_ass_slice.
        if new.len() == b - a {
            let mut old = new;
            for (slot, x) in items[a..b].iter_mut().zip(old.iter_mut()) {
                std::mem::swap(slot, x);
            }
            crate::objects::drop_reversed(old);
        } else {
            let old: Vec<T> = items.splice(a..b, new).collect();
            crate::objects::drop_reversed(old);
        }
        return Ok(());
    }
    if new.len() != n {
        return Err(new.len());
    }
    for (k, x) in new.into_iter().enumerate() {
        if let Some(slot) = items.get_mut((start + step * k as i64) as usize) {
            *slot = x;
        }
    }
    Ok(())
}

pub fn setitem(vm: &mut Vm, obj: &Value, idx: &Value, v: Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            let len = l.items.borrow().len();
            if let Some((a, b, c)) = as_slice(idx) {
                let (a, b, c) = (a.clone(), b.clone(), c.clone());
                return list_assign_slice(vm, l, &a, &b, &c, v);
            }
            match seq_index(vm, idx, len, "list assignment")? {
                Some(i) => {
                    let old = std::mem::replace(&mut l.items.borrow_mut()[i], v);
                    drop(old);
                    Ok(())
                }
                None => Err(bad_index(vm, "list", idx)),
            }
        }
        Value::Dict(d) => d.set_item(vm, idx.clone(), v),
        Value::Object(o) => match &o.payload {
            Payload::ByteArray(b) => {
                let len = b.borrow().len();
                if as_slice(idx).is_some() {
                    // The new bytes: a bytes-like object, or an iterable of ints < 256.
                    let new: Vec<u8> = match crate::objects::bytes::buffer_bytes(vm, &v)? {
                        Some(bs) => bs,
                        None => {
                            if matches!(v, Value::Str(_)) || !vm.is_iterable(&v) {
                                return Err(vm.type_error(
                                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                                ));
                            }
                            let mut out = Vec::new();
                            for x in crate::iter::collect(vm, &v)? {
                                match crate::objects::int::as_int(&x) {
                                    Some(crate::objects::int::IntRef::Small(i))
                                        if (0..256).contains(&i) =>
                                    {
                                        out.push(i as u8)
                                    }
                                    Some(_) => {
                                        return Err(vm.value_error("byte must be in range(0, 256)"))
                                    }
                                    None => {
                                        return Err(vm.type_error(format!(
                                            "'{}' object cannot be interpreted as an integer",
                                            vm.type_name(&x)
                                        )))
                                    }
                                }
                            }
                            out
                        }
                    };
                    let (start, _stop, step, n) = slice_indices(vm, idx, len)?;
                    if step == 1 && new.len() != n {
                        b.check_resizable(vm)?;
                    }
                    let r = assign_slice(&mut b.borrow_mut(), start, step, n, new);
                    return r.map_err(|size| {
                        vm.value_error(format!(
                            "attempt to assign bytes of size {size} to extended slice of size {n}"
                        ))
                    });
                }
                match seq_index(vm, idx, len, "bytearray")? {
                    Some(i) => {
                        let byte = match v {
                            Value::Int(x) if (0..256).contains(&x) => x as u8,
                            _ => return Err(vm.value_error("byte must be in range(0, 256)")),
                        };
                        b.borrow_mut()[i] = byte;
                        Ok(())
                    }
                    None => Err(bad_index(vm, "bytearray", idx)),
                }
            }
            Payload::Instance | Payload::Builtin(_) => crate::dunder::setitem(vm, obj, idx, v),
            Payload::MemoryView(m) => crate::builtins::memoryview::setitem(vm, m, idx, v),
            _ => Err(vm.type_error(format!(
                "'{}' object does not support item assignment",
                vm.type_name(obj)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(obj)
        ))),
    }
}

pub fn delitem(vm: &mut Vm, obj: &Value, idx: &Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            let len = l.items.borrow().len();
            if as_slice(idx).is_some() {
                let (_, _, step, _) = slice_indices(vm, idx, len)?;
                let mut pos = slice_positions(vm, idx, len)?;
                pos.sort_unstable();
                let mut items = l.items.borrow_mut();
                let mut keep = Vec::with_capacity(items.len());
                let mut gone = Vec::with_capacity(pos.len());
                let mut p = pos.iter().peekable();
                for (i, x) in items.drain(..).enumerate() {
                    if p.peek() == Some(&&i) {
                        p.next();
                        gone.push(x);
                    } else {
                        keep.push(x);
                    }
                }
                *items = keep;
                drop(items);
                // CPython releases a plain slice's items last to first (list_ass_slice)
                // and an extended slice's first to last.
                if step == 1 {
                    crate::objects::drop_reversed(gone);
                }
                return Ok(());
            }
            match seq_index(vm, idx, len, "list assignment")? {
                Some(i) => {
                    let old = l.items.borrow_mut().remove(i);
                    drop(old);
                    Ok(())
                }
                None => Err(bad_index(vm, "list", idx)),
            }
        }
        Value::Dict(d) => match d.del_item(vm, idx)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(idx.clone())),
        },
        Value::Object(o) if matches!(o.payload, Payload::ByteArray(_)) => {
            let Payload::ByteArray(b) = &o.payload else {
                unreachable!("matched above")
            };
            let len = b.borrow().len();
            if as_slice(idx).is_some() {
                let mut pos = slice_positions(vm, idx, len)?;
                if !pos.is_empty() {
                    b.check_resizable(vm)?;
                }
                pos.sort_unstable();
                let mut bytes = b.borrow_mut();
                let mut p = pos.iter().peekable();
                let mut i = 0usize;
                bytes.retain(|_| {
                    let drop_it = p.peek() == Some(&&i);
                    if drop_it {
                        p.next();
                    }
                    i += 1;
                    !drop_it
                });
                return Ok(());
            }
            match seq_index(vm, idx, len, "bytearray")? {
                Some(i) => {
                    b.check_resizable(vm)?;
                    b.borrow_mut().remove(i);
                    Ok(())
                }
                None => Err(bad_index(vm, "bytearray", idx)),
            }
        }
        Value::Object(o) if matches!(o.payload, Payload::Instance | Payload::Builtin(_)) => {
            crate::dunder::delitem(vm, obj, idx)
        }
        Value::Object(o) if matches!(o.payload, Payload::MemoryView(_)) => {
            crate::builtins::memoryview::delitem(vm, obj)
        }
        _ => Err(no_item_deletion(vm, obj, idx)),
    }
}

/// The error of `del obj[idx]` when `obj` has no way to delete items. CPython words it
/// by the road taken: an index into a type with sequence methods fails in the sequence
/// protocol ("doesn't"), anything else in the generic fallback ("does not").
pub fn no_item_deletion(vm: &mut Vm, obj: &Value, idx: &Value) -> crate::vm::PyErr {
    let sequence = match obj {
        Value::Str(_) | Value::Tuple(_) | Value::List(_) | Value::Dict(_) => true,
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::Object(o) => matches!(
            o.payload,
            Payload::Instance
                | Payload::Builtin(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::MappingProxy(_)
                | Payload::DictView { .. }
        ),
        _ => false,
    };
    let index = matches!(idx, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || crate::dunder::user_special(vm, idx, "__index__").is_some();
    let verb = if sequence && index {
        "doesn't"
    } else {
        "does not"
    };
    vm.type_error(format!(
        "'{}' object {verb} support item deletion",
        vm.type_name(obj)
    ))
}

pub fn rc_list(v: Vec<Value>) -> Rc<crate::objects::PyList> {
    Rc::new(crate::objects::PyList::new(v))
}

/// `__class_getitem__` of the builtin classes CPython gives one (`list[int]`,
/// `enumerate[str]`, PEP 585): a `types.GenericAlias` of the class (a subclass's own).
pub fn class_getitem(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    // Named by the builtin class that has it.
    let owner = match p.first() {
        Some(Value::Type(t)) => std::iter::once(t.clone())
            .chain(t.mro_rest.borrow().iter().cloned())
            .find(|c| c.builtin)
            .map_or_else(|| t.name().to_string(), |c| c.name().to_string()),
        _ => "type".to_string(),
    };
    if args.has_kw() {
        return Err(vm.type_error(format!(
            "{owner}.__class_getitem__() takes no keyword arguments"
        )));
    }
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "{owner}.__class_getitem__() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    let types = crate::import::import_module(vm, "types")?;
    let alias = vm.getattr(&types, "GenericAlias")?;
    vm.call_args(&alias, &[p[0].clone(), p[1].clone()])
}
