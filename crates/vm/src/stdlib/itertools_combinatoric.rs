//! `itertools`' combinatoric iterators: `permutations`, `combinations`,
//! `combinations_with_replacement` and `product`, with CPython's algorithms (so the
//! orders match) and its `__reduce__`/`__setstate__`: the pool and the indices of the
//! tuple last returned, which `__setstate__` clamps into the pool as CPython does.

use super::itertools::native;
use super::itertools_args::{keywords, positions, ssize, state_tuple};
use crate::objects::function::Args;
use crate::objects::iter::{NativeIter, Reduced};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    first: bool,
    done: bool,
}

impl NativeIter for Permutations {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(f);
    }
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            if self.r > n {
                self.done = true;
                return Ok(None);
            }
            return Ok(Some(Value::tuple(
                self.indices[..self.r]
                    .iter()
                    .map(|&i| self.pool[i].clone())
                    .collect(),
            )));
        }
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        let r = self.r;
        let mut i = r;
        while i > 0 {
            i -= 1;
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                let x = self.indices.remove(i);
                self.indices.push(x);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Ok(Some(Value::tuple(
                    self.indices[..r]
                        .iter()
                        .map(|&k| self.pool[k].clone())
                        .collect(),
                )));
            }
        }
        self.done = true;
        Ok(None)
    }
    fn type_name(&self) -> &'static str {
        "itertools.permutations"
    }
    fn ends_for_good(&self) -> bool {
        // (Its reduction still shows what it was made from.)
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        // (CPython reports an `r` beyond the pool as not started, however far it got.)
        let started = !self.first && self.r <= self.pool.len();
        Some(Ok(pool_reduce(
            cls,
            &self.pool,
            self.r,
            started,
            self.done,
            || Value::tuple(vec![index_tuple(&self.indices), index_tuple(&self.cycles)]),
        )))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(self.set(vm, state))
    }
}

impl Permutations {
    /// `__setstate__((indices, cycles))`: the indices into the pool and the cycle
    /// counters of the permutation last returned, each clamped into its range.
    fn set(&mut self, vm: &mut Vm, state: &Value) -> PyResult<()> {
        let parts = state_tuple(vm, state, 2, 2)?;
        for (k, p) in parts.iter().enumerate() {
            if !matches!(p, Value::Tuple(_)) {
                return Err(vm.type_error(format!(
                    "argument {} must be tuple, not {}",
                    k + 1,
                    vm.type_name(p)
                )));
            }
        }
        let n = self.pool.len();
        let indices = positions(vm, &parts[0], n)?;
        let cycles = positions(vm, &parts[1], self.r)?;
        self.first = false;
        self.done = self.r > n;
        if self.done {
            return Ok(());
        }
        self.indices = indices
            .iter()
            .map(|&i| i.clamp(0, n.saturating_sub(1) as i64) as usize)
            .collect();
        self.cycles = cycles
            .iter()
            .enumerate()
            .map(|(i, &c)| c.clamp(1, (n - i) as i64) as usize)
            .collect();
        Ok(())
    }
}

/// The reduction of a combinatoric iterator taking `r` items of `pool`: `(cls, (pool,
/// r))` before it has started, `(cls, ((), r))` once it is done, else with the
/// position `state` gives (what CPython's `__reduce__` of permutations and combinations
/// gives).
fn pool_reduce(
    cls: &Value,
    pool: &[Value],
    r: usize,
    started: bool,
    done: bool,
    state: impl FnOnce() -> Value,
) -> Reduced {
    let r = Value::from_usize(r);
    if !started {
        Reduced::remade(cls.clone(), vec![Value::tuple(pool.to_vec()), r])
    } else if done {
        Reduced::remade(cls.clone(), vec![Value::tuple(Vec::new()), r])
    } else {
        Reduced::with_state(cls.clone(), vec![Value::tuple(pool.to_vec()), r], state())
    }
}

/// Indices as the tuple of ints a reduction shows.
fn index_tuple(v: &[usize]) -> Value {
    Value::tuple(v.iter().map(|&i| Value::from_usize(i)).collect())
}

pub fn permutations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = keywords(vm, "permutations", &args, &["iterable", "r"], 2, 1)?;
    let pool = crate::iter::collect(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = match &a[1] {
        Some(Value::None) | None => n,
        Some(v) => {
            // An int only (no `__index__`), as CPython.
            if crate::objects::int::as_int(v).is_none() {
                return Err(vm.type_error("Expected int as r"));
            }
            let r = ssize(vm, v)?;
            if r < 0 {
                return Err(vm.value_error("r must be non-negative"));
            }
            r as usize
        }
    };
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    Ok(native(
        vm,
        Permutations {
            pool,
            r,
            indices: (0..n).collect(),
            cycles,
            first: true,
            done: false,
        },
    ))
}

struct Combinations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    first: bool,
    done: bool,
}

impl NativeIter for Combinations {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(f);
    }
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        let r = self.r;
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            if r > n {
                self.done = true;
                return Ok(None);
            }
        } else {
            let mut i = r;
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                if self.indices[i] != i + n - r {
                    break;
                }
            }
            self.indices[i] += 1;
            for j in i + 1..r {
                self.indices[j] = self.indices[j - 1] + 1;
            }
        }
        Ok(Some(Value::tuple(
            self.indices.iter().map(|&k| self.pool[k].clone()).collect(),
        )))
    }
    fn type_name(&self) -> &'static str {
        "itertools.combinations"
    }
    fn ends_for_good(&self) -> bool {
        // (Its reduction still shows what it was made from.)
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let started = !self.first && self.r <= self.pool.len();
        Some(Ok(pool_reduce(
            cls,
            &self.pool,
            self.r,
            started,
            self.done,
            || index_tuple(&self.indices),
        )))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        let (n, r) = (self.pool.len(), self.r);
        Some(positions(vm, state, r).map(|p| {
            // Index i stays where a combination can still follow it.
            if r <= n {
                for (i, (slot, k)) in self.indices.iter_mut().zip(p).enumerate() {
                    *slot = k.clamp(0, (n - r + i) as i64) as usize;
                }
            }
            self.first = false;
            self.done = r > n;
        }))
    }
}

pub fn combinations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, "combinations", &args)?;
    Ok(native(
        vm,
        Combinations {
            pool,
            r,
            indices: (0..r).collect(),
            first: true,
            done: false,
        },
    ))
}

/// The `(iterable, r)` of `combinations` and `combinations_with_replacement`: `r` is
/// converted first, then the iterable read, then `r`'s sign checked (CPython's order).
fn pool_and_r(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<(Vec<Value>, usize)> {
    let a = keywords(vm, name, args, &["iterable", "r"], 2, 2)?;
    let r = ssize(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let pool = crate::iter::collect(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

struct CombinationsWithReplacement {
    pool: Vec<Value>,
    indices: Vec<usize>,
    first: bool,
    done: bool,
}

impl NativeIter for CombinationsWithReplacement {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(f);
    }
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        let r = self.indices.len();
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            if n == 0 && r > 0 {
                self.done = true;
                return Ok(None);
            }
        } else {
            // The rightmost index not yet at its maximum goes up one, and every index
            // after it takes its value.
            let Some(i) = self.indices.iter().rposition(|&k| k != n - 1) else {
                self.done = true;
                return Ok(None);
            };
            let k = self.indices[i] + 1;
            self.indices[i..].fill(k);
        }
        Ok(Some(Value::tuple(
            self.indices.iter().map(|&k| self.pool[k].clone()).collect(),
        )))
    }
    fn type_name(&self) -> &'static str {
        "itertools.combinations_with_replacement"
    }
    fn ends_for_good(&self) -> bool {
        // (Its reduction still shows what it was made from.)
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let r = self.indices.len();
        Some(Ok(pool_reduce(
            cls,
            &self.pool,
            r,
            !self.first,
            self.done,
            || index_tuple(&self.indices),
        )))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        let n = self.pool.len();
        Some(positions(vm, state, self.indices.len()).map(|p| {
            for (slot, k) in self.indices.iter_mut().zip(p) {
                *slot = k.clamp(0, n.saturating_sub(1) as i64) as usize;
            }
            self.first = false;
            self.done = n == 0 && !self.indices.is_empty();
        }))
    }
}

pub fn combinations_with_replacement(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pool, r) = pool_and_r(vm, "combinations_with_replacement", &args)?;
    Ok(native(
        vm,
        CombinationsWithReplacement {
            pool,
            indices: vec![0; r],
            first: true,
            done: false,
        },
    ))
}

struct Product {
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    first: bool,
    done: bool,
}

impl NativeIter for Product {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(f);
    }
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            if self.pools.iter().any(|p| p.is_empty()) {
                self.done = true;
                return Ok(None);
            }
        } else {
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.indices[i] += 1;
                if self.indices[i] < self.pools[i].len() {
                    break;
                }
                self.indices[i] = 0;
            }
        }
        Ok(Some(Value::tuple(
            self.indices
                .iter()
                .enumerate()
                .map(|(p, &k)| self.pools[p][k].clone())
                .collect(),
        )))
    }
    fn type_name(&self) -> &'static str {
        "itertools.product"
    }
    fn ends_for_good(&self) -> bool {
        // (Its reduction still shows what it was made from.)
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let pools = || self.pools.iter().map(|p| Value::tuple(p.clone())).collect();
        Some(Ok(if self.first {
            Reduced::remade(cls.clone(), pools())
        } else if self.done {
            Reduced::remade(cls.clone(), vec![Value::tuple(Vec::new())])
        } else {
            Reduced::with_state(cls.clone(), pools(), index_tuple(&self.indices))
        }))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(positions(vm, state, self.pools.len()).map(|p| {
            for ((slot, k), pool) in self.indices.iter_mut().zip(p).zip(&self.pools) {
                *slot = k.clamp(0, pool.len().saturating_sub(1) as i64) as usize;
            }
            self.first = false;
            self.done = self.pools.iter().any(|p| p.is_empty());
        }))
    }
}

pub fn product(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut repeat = 1;
    for (k, v) in args.kw() {
        if k == "repeat" {
            repeat = ssize(vm, v)?;
        } else {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for product()"
            )));
        }
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let args_n = args.pos().len();
    let npools = match (args_n as i64).checked_mul(repeat) {
        Some(n) if n <= isize::MAX as i64 / 8 => n as usize,
        _ => return Err(vm.overflow_error("repeat argument too large")),
    };
    let mut pools = Vec::new();
    for a in args.pos() {
        pools.push(crate::iter::collect(vm, a)?);
    }
    let mut all = Vec::new();
    if args_n > 0 {
        all.try_reserve(npools)
            .map_err(|_| vm.new_error("MemoryError", ""))?;
        for _ in 0..repeat {
            all.extend(pools.iter().cloned());
        }
    }
    Ok(native(
        vm,
        Product {
            pools: all,
            indices: vec![0; npools],
            first: true,
            done: false,
        },
    ))
}
