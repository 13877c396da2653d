//! `range` and `slice`: lengths, index arithmetic and `slice.indices`.

use crate::objects::int::as_int;
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use metal_compiler::bytecode::CmpOp;

#[derive(Clone, Debug)]
pub struct Range {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl Range {
    /// The length as an exact integer (it may exceed isize::MAX).
    pub fn len_i128(&self) -> i128 {
        if self.step > 0 {
            if self.start < self.stop {
                (self.stop - self.start - 1) / self.step + 1
            } else {
                0
            }
        } else if self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }

    pub fn len(&self) -> usize {
        let n = if self.step > 0 {
            if self.start < self.stop {
                (self.stop - self.start - 1) / self.step + 1
            } else {
                0
            }
        } else if self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        };
        n as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> i128 {
        self.start + self.step * i as i128
    }
}

pub fn new_range(vm: &Vm, r: Range) -> Value {
    Value::Object(PyObject::new(vm.types.range.clone(), Payload::Range(r)))
}

pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> Value {
    Value::Object(PyObject::new(
        vm.types.slice.clone(),
        Payload::Slice(start, stop, step),
    ))
}

pub fn as_slice(v: &Value) -> Option<(&Value, &Value, &Value)> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Slice(a, b, c) => Some((a, b, c)),
            _ => None,
        },
        _ => None,
    }
}

/// An index-like value (`__index__`) as i128, clamped for huge ints.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    match as_int(v) {
        Some(crate::objects::int::IntRef::Small(i)) => Ok(Some(i as i128)),
        Some(crate::objects::int::IntRef::Big(b)) => Ok(Some(match i128::try_from(b) {
            Ok(i) if i.unsigned_abs() < (1u128 << 120) => i,
            _ => {
                if *b < dashu_int::IBig::ZERO {
                    i128::MIN / 4
                } else {
                    i128::MAX / 4
                }
            }
        })),
        None => {
            if let Some(i) = crate::dunder::index(vm, v)? {
                return Ok(Some(i));
            }
            Ok(None)
        }
    }
}

/// CPython's `PySlice_GetIndicesEx` + `AdjustIndices`: (start, stop, step, length).
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Some((a, b, c)) = as_slice(slice) else {
        return Err(vm.type_error("expected a slice"));
    };
    let (a, b, c) = (a.clone(), b.clone(), c.clone());
    slice_indices_of(vm, &a, &b, &c, len)
}

/// `slice(a, b, c).indices(len)` plus the number of items, without a slice object.
pub fn slice_indices_of(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    c: &Value,
    len: usize,
) -> PyResult<(i64, i64, i64, usize)> {
    if let Some(r) = small_slice_indices(a, b, c, len) {
        return Ok(r);
    }
    let bad = |vm: &Vm| {
        vm.type_error("slice indices must be integers or None or have an __index__ method")
    };
    let step: i128 = if c.is_none() {
        1
    } else {
        match index_value(vm, c)? {
            Some(s) => s,
            None => return Err(bad(vm)),
        }
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let len = len as i128;
    let get = |vm: &mut Vm, v: &Value, default: i128| -> PyResult<i128> {
        if v.is_none() {
            return Ok(default);
        }
        match index_value(vm, v)? {
            Some(i) => Ok(i),
            None => Err(bad(vm)),
        }
    };
    let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let mut start = get(vm, a, lo_default)?;
    let mut stop = get(vm, b, hi_default)?;
    if !a.is_none() {
        start = adjust_index(start, len, step);
    }
    if !b.is_none() {
        stop = adjust_index(stop, len, step);
    }
    let n = slice_count(start, stop, step);
    let clamp = |x: i128| x.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    Ok((clamp(start), clamp(stop), clamp(step), n as usize))
}

/// `slice_indices_of` when the bounds are None or small ints: the same adjustment in
/// i64 arithmetic (positions stay within -1..=len), and no division for a unit step.
#[inline]
fn small_slice_indices(
    a: &Value,
    b: &Value,
    c: &Value,
    len: usize,
) -> Option<(i64, i64, i64, usize)> {
    let int = |v: &Value| match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(*i)),
        _ => None,
    };
    let (a, b, c) = (int(a)?, int(b)?, int(c)?);
    let step = c.unwrap_or(1);
    if step == 0 || step == i64::MIN {
        return None;
    }
    let len = i64::try_from(len).ok()?;
    let adjust = |x: i64| adjust_index(x, len, step);
    let (start, stop) = if step < 0 {
        (a.map_or(len - 1, adjust), b.map_or(-1, adjust))
    } else {
        (a.map_or(0, adjust), b.map_or(len, adjust))
    };
    let n = if step == 1 {
        (stop - start).max(0)
    } else {
        slice_count(start, stop, step)
    };
    Some((start, stop, step, n as usize))
}

/// An explicit slice bound adjusted to a sequence of `len` items (CPython's
/// `PySlice_AdjustIndices`): negative counts from the end, then clipped.
fn adjust_index<T>(x: T, len: T, step: T) -> T
where
    T: Copy + PartialOrd + std::ops::Add<Output = T> + std::ops::Sub<Output = T> + From<i8>,
{
    let (zero, one) = (T::from(0), T::from(1));
    if x < zero {
        let x = x + len;
        if x >= zero {
            x
        } else if step < zero {
            zero - one
        } else {
            zero
        }
    } else if x >= len {
        if step < zero {
            len - one
        } else {
            len
        }
    } else {
        x
    }
}

/// How many items `start:stop:step` takes (bounds already adjusted).
fn slice_count<T>(start: T, stop: T, step: T) -> T
where
    T: Copy
        + PartialOrd
        + std::ops::Add<Output = T>
        + std::ops::Sub<Output = T>
        + std::ops::Div<Output = T>
        + From<i8>,
{
    let (zero, one) = (T::from(0), T::from(1));
    if step < zero {
        if stop < start {
            (start - stop - one) / (zero - step) + one
        } else {
            zero
        }
    } else if start < stop {
        (stop - start - one) / step + one
    } else {
        zero
    }
}

pub fn range_contains(vm: &mut Vm, r: &Range, item: &Value) -> PyResult<bool> {
    if let Some(crate::objects::int::IntRef::Small(i)) = as_int(item) {
        let i = i as i128;
        let inside = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
        return Ok(inside && (i - r.start) % r.step == 0);
    }
    let it = crate::objects::range::new_range(vm, r.clone());
    let it = vm.get_iter(&it)?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn range_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let (Value::Object(x), Value::Object(y)) = (a, b) else {
        return None;
    };
    let (Payload::Range(p), Payload::Range(q)) = (&x.payload, &y.payload) else {
        return None;
    };
    let eq = if p.len() != q.len() {
        false
    } else if p.is_empty() {
        true
    } else if p.start != q.start {
        false
    } else {
        p.len() == 1 || p.step == q.step
    };
    match op {
        CmpOp::Eq => Some(eq),
        CmpOp::Ne => Some(!eq),
        _ => None,
    }
}
