//! Methods of `list` and `tuple`, and the stable sort shared with `sorted()`.

use crate::builtins::{cmp_lt, method, method_args, to_index};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let l = vm.types.list.clone();
    method(&l, "append", append);
    method(&l, "extend", extend);
    method(&l, "insert", insert);
    method(&l, "remove", remove);
    method(&l, "pop", pop);
    method(&l, "index", index);
    method(&l, "count", count);
    method(&l, "reverse", reverse);
    method(&l, "sort", sort);
    method(&l, "copy", copy);
    method(&l, "clear", clear);
    method(&l, "__len__", dunder_len);
    method(&l, "__getitem__", dunder_getitem);
    method(&l, "__contains__", dunder_contains);
    method(&l, "__iter__", dunder_iter);
    method(&l, "__setitem__", dunder_setitem);
    method(&l, "__delitem__", dunder_delitem);
    let t = vm.types.tuple.clone();
    method(&t, "index", index);
    method(&t, "count", count);
    method(&t, "__len__", dunder_len);
    method(&t, "__getitem__", dunder_getitem);
    method(&t, "__contains__", dunder_contains);
    method(&t, "__iter__", dunder_iter);
}

fn the_list<'a>(
    vm: &Vm,
    v: &'a Value,
    name: &str,
) -> PyResult<&'a std::rc::Rc<crate::objects::PyList>> {
    match v {
        Value::List(l) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            name,
            vm.type_name(v)
        ))),
    }
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "append", &args, 1, 1)?;
    the_list(vm, s, "append")?.append(a[0].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "extend", &args, 1, 1)?;
    let l = the_list(vm, s, "extend")?.clone();
    let items = crate::iter::collect(vm, &a[0])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "insert", &args, 2, 2)?;
    let l = the_list(vm, s, "insert")?.clone();
    let i = to_index(vm, &a[0])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    items.insert(pos, a[1].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "remove", &args, 1, 1)?;
    let l = the_list(vm, s, "remove")?.clone();
    let mut i = 0;
    loop {
        let x = match l.items.borrow().get(i) {
            Some(x) => x.clone(),
            None => break,
        };
        if x.is(&a[0]) || vm.eq(&x, &a[0])? {
            let old = l.items.borrow_mut().remove(i);
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "pop", &args, 0, 1)?;
    let l = the_list(vm, s, "pop")?.clone();
    let n = l.items.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.first() {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = l.items.borrow_mut().remove(idx as usize);
    Ok(v)
}

fn items_of(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "index", &args, 1, 3)?;
    let items = items_of(s);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match a.get(1) {
        Some(v) => norm(to_index(vm, v)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => norm(to_index(vm, v)?),
        None => n,
    };
    for i in start..stop {
        let x = &items[i as usize];
        if x.is(&a[0]) || vm.eq(x, &a[0])? {
            return Ok(Value::Int(i));
        }
    }
    let msg = match s {
        Value::List(_) => {
            let r = vm.repr(&a[0])?;
            format!("{} is not in list", r.as_str())
        }
        _ => "tuple.index(x): x not in tuple".to_string(),
    };
    Err(vm.value_error(msg))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "count", &args, 1, 1)?;
    let mut c = 0;
    for x in items_of(s) {
        if x.is(&a[0]) || vm.eq(&x, &a[0])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "reverse", &args, 0, 0)?;
    the_list(vm, s, "reverse")?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "copy", &args, 0, 0)?;
    Ok(Value::list(the_list(vm, s, "copy")?.items.borrow().clone()))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "clear", &args, 0, 0)?;
    let old = std::mem::take(&mut *the_list(vm, s, "clear")?.items.borrow_mut());
    crate::objects::drop_reversed(old);
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error("sort() takes no positional arguments".to_string()));
    }
    let l = the_list(vm, &p[0], "sort")?.clone();
    let (key, reverse) = crate::builtins::sort_options(vm, &args)?;
    // CPython empties the list while sorting, so mutation during the sort is detected.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let r = sort_values(vm, &items, &key, reverse);
    let modified = !l.items.borrow().is_empty();
    match r {
        Ok(sorted) => {
            let added = std::mem::replace(&mut *l.items.borrow_mut(), sorted);
            drop(items);
            drop(added);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            // A key function or comparison that raised: the list keeps its items (in
            // their order before the sort), as CPython's does.
            let added = std::mem::replace(&mut *l.items.borrow_mut(), items);
            drop(added);
            Err(e)
        }
    }
}

/// Stable sort with Python's `<`, an optional key function and `reverse`.
pub fn sort_values(
    vm: &mut Vm,
    items: &[Value],
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    // The sort counts one level of the recursion limit, as CPython's call of
    // `list.sort` (a key function that sorts again stops at its depth).
    vm.enter_native(crate::recursion::CALLING)?;
    let r = sort_values_in(vm, items, key, reverse);
    vm.leave_native();
    r
}

fn sort_values_in(
    vm: &mut Vm,
    items: &[Value],
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = if key.is_none() {
        items.to_vec()
    } else {
        let mut k = Vec::with_capacity(items.len());
        for x in items {
            k.push(vm.call_args(key, std::slice::from_ref(x))?);
        }
        k
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    // Fast paths: all ints or all strs compare natively.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let kv: Vec<i64> = keys
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { 0 })
            .collect();
        idx.sort_by(|&a, &b| kv[a].cmp(&kv[b]));
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        idx.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
            (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            _ => std::cmp::Ordering::Equal,
        });
    } else if keys
        .iter()
        .all(|k| matches!(k, Value::Float(_) | Value::Int(_)))
        && keys
            .iter()
            .all(|k| !matches!(k, Value::Float(f) if f.is_nan()))
    {
        let kv: Vec<f64> = keys
            .iter()
            .map(|k| match k {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                _ => 0.0,
            })
            .collect();
        let exact = keys
            .iter()
            .all(|k| !matches!(k, Value::Int(i) if i.unsigned_abs() > (1 << 53)));
        if exact {
            idx.sort_by(|&a, &b| {
                kv[a]
                    .partial_cmp(&kv[b])
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        } else {
            idx = merge_sort(vm, idx, &keys)?;
        }
    } else {
        idx = merge_sort(vm, idx, &keys)?;
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

/// CPython's sort for short lists (under 64 items, where timsort is one run plus a
/// binary insertion sort), comparison for comparison: user `__lt__` calls happen in the
/// same order as in CPython.
fn small_timsort(vm: &mut Vm, mut idx: Vec<usize>, keys: &[Value]) -> PyResult<Vec<usize>> {
    let n = idx.len();
    if n < 2 {
        return Ok(idx);
    }
    // count_run
    let mut run = 2;
    if cmp_lt(vm, &keys[idx[1]], &keys[idx[0]])? {
        while run < n && cmp_lt(vm, &keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
        idx[..run].reverse();
    } else {
        while run < n && !cmp_lt(vm, &keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
    }
    // binarysort of the rest into the run
    for start in run..n {
        let pivot = idx[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if cmp_lt(vm, &keys[pivot], &keys[idx[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx.copy_within(l..start, l + 1);
        idx[l] = pivot;
    }
    Ok(idx)
}

fn merge_sort(vm: &mut Vm, idx: Vec<usize>, keys: &[Value]) -> PyResult<Vec<usize>> {
    if idx.len() < 64 {
        return small_timsort(vm, idx, keys);
    }
    // Insertion sort for small runs.
    if idx.len() <= 8 {
        let mut out: Vec<usize> = Vec::with_capacity(idx.len());
        for i in idx {
            let mut pos = out.len();
            while pos > 0 && cmp_lt(vm, &keys[i], &keys[out[pos - 1]])? {
                pos -= 1;
            }
            out.insert(pos, i);
        }
        return Ok(out);
    }
    let mid = idx.len() / 2;
    let right = merge_sort(vm, idx[mid..].to_vec(), keys)?;
    let left = merge_sort(vm, idx[..mid].to_vec(), keys)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if cmp_lt(vm, &keys[right[j]], &keys[left[i]])? {
            out.push(right[j]);
            j += 1;
        } else {
            out.push(left[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__len__", &args, 0, 0)?;
    Ok(Value::from_usize(crate::builtins::len_of(vm, s)?))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__getitem__", &args, 1, 1)?;
    crate::subscript::getitem(vm, s, &a[0])
}

/// The list itself, or the list inside an instance of a list subclass (so a subclass's
/// `super().__setitem__` reaches the storage, not its own override).
fn list_storage(vm: &Vm, v: &Value, name: &str) -> PyResult<Value> {
    match v {
        Value::List(_) => Ok(v.clone()),
        Value::Object(o) => match &o.payload {
            crate::objects::object::Payload::Builtin(inner @ Value::List(_)) => Ok(inner.clone()),
            _ => the_list(vm, v, name).map(|_| v.clone()),
        },
        _ => the_list(vm, v, name).map(|_| v.clone()),
    }
}

fn dunder_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__setitem__", &args, 2, 2)?;
    let l = list_storage(vm, s, "__setitem__")?;
    crate::subscript::setitem(vm, &l, &a[0], a[1].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__delitem__", &args, 1, 1)?;
    let l = list_storage(vm, s, "__delitem__")?;
    crate::subscript::delitem(vm, &l, &a[0])?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__contains__", &args, 1, 1)?;
    Ok(Value::bool(crate::ops::contains(vm, s, &a[0])?))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__iter__", &args, 0, 0)?;
    vm.get_iter(s)
}
