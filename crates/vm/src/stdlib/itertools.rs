//! `itertools`: lazy combinatoric and infinite iterators (CPython's algorithms, so the
//! orders match). The filtering iterators are in `itertools_filters.rs`, the ones that
//! share an iterator between objects (`groupby`, `tee`) in `itertools_shared.rs`, the
//! argument parsing in `itertools_args.rs`.

use super::itertools_args::{keywords, positional, ssize};
use super::itertools_filters as filters;
use super::itertools_shared as shared;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::iter::{IterState, NativeIter};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's iterators are classes, as in CPython (`<class 'itertools.chain'>`,
/// `isinstance(x, chain)`): the native iterator types of these names (their
/// `NativeIter::type_name`), which `construct::call_type` calls through `new`. The
/// types without a constructor (`_grouper`, `_tee_dataobject`) say they cannot be
/// created.
const CLASSES: [(&str, Option<NativeFn>); 21] = [
    ("itertools.permutations", Some(permutations)),
    ("itertools.combinations", Some(combinations)),
    (
        "itertools.combinations_with_replacement",
        Some(combinations_with_replacement),
    ),
    ("itertools.product", Some(product)),
    ("itertools.count", Some(count)),
    ("itertools.chain", Some(chain)),
    ("itertools.islice", Some(islice)),
    ("itertools.repeat", Some(repeat)),
    ("itertools.accumulate", Some(accumulate)),
    ("itertools.cycle", Some(cycle)),
    ("itertools.zip_longest", Some(zip_longest)),
    ("itertools.pairwise", Some(pairwise)),
    ("itertools.starmap", Some(filters::starmap)),
    ("itertools.takewhile", Some(filters::takewhile)),
    ("itertools.dropwhile", Some(filters::dropwhile)),
    ("itertools.filterfalse", Some(filters::filterfalse)),
    ("itertools.compress", Some(filters::compress)),
    ("itertools.groupby", Some(shared::groupby)),
    ("itertools._grouper", None),
    ("itertools._tee", Some(shared::tee_new)),
    ("itertools._tee_dataobject", None),
];

pub fn init(vm: &mut Vm, d: &PyDict) {
    for (name, _) in CLASSES {
        let t = vm.iterator_type(name);
        match name {
            "itertools.chain" => {
                crate::builtins::classmethod(&t, "from_iterable", chain_from_iterable)
            }
            "itertools._tee" => crate::builtins::method(&t, "__copy__", shared::tee_copy),
            _ => {}
        }
        let short = name.strip_prefix("itertools.").unwrap_or(name);
        d.set_by_str(short, Value::Type(t));
    }
    // `tee` is a function, not a class.
    crate::builtins::function(d, "tee", shared::tee);
}

/// What calling one of the module's classes (named by its type's name) runs.
pub fn ctor(name: &str) -> Option<NativeFn> {
    let short = name.strip_prefix("itertools.")?;
    CLASSES
        .iter()
        .find(|(n, _)| n.strip_prefix("itertools.") == Some(short))
        .and_then(|&(_, f)| f)
}

pub(super) fn native(vm: &Vm, it: impl NativeIter + 'static) -> Value {
    vm.new_iter(IterState::Native(Box::new(it)))
}

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    first: bool,
    done: bool,
}

impl NativeIter for Permutations {
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
}

fn permutations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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
}

fn combinations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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
}

fn combinations_with_replacement(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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
}

fn product(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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

struct Count {
    n: Value,
    step: Value,
}

impl NativeIter for Count {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let v = self.n.clone();
        self.n = crate::ops::binary_op(
            vm,
            &self.n,
            &self.step,
            metal_compiler::bytecode::BinOp::Add,
            false,
        )?;
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools.count"
    }
    fn repr_parts(&self) -> Option<(&'static str, Vec<Value>)> {
        // The step is left out when it is an int equal to 1 (True too), as CPython does.
        let unit = matches!(
            self.step,
            Value::Int(1) | Value::Bool(crate::value::PyBool(true))
        );
        Some((
            "count",
            if unit {
                vec![self.n.clone()]
            } else {
                vec![self.n.clone(), self.step.clone()]
            },
        ))
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = keywords(vm, "count", &args, &["start", "step"], 2, 0)?;
    let n = a[0].clone().unwrap_or(Value::Int(0));
    let step = a[1].clone().unwrap_or(Value::Int(1));
    if !is_number(vm, &n) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    // Counting by int 1 from a bool counts from the int (CPython's fast path).
    let n = match (&n, &step) {
        (Value::Bool(b), Value::Int(1)) => Value::Int(i64::from(b.0)),
        _ => n,
    };
    Ok(native(vm, Count { n, step }))
}

/// CPython's `PyNumber_Check`: an int, float or complex, or an object that converts to
/// one (`__index__`, `__int__`, `__float__`).
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        _ if crate::objects::int::as_int(v).is_some() || crate::objects::complex::is_complex(v) => {
            true
        }
        _ => {
            let t = vm.type_of(v);
            ["__index__", "__int__", "__float__"]
                .iter()
                .any(|m| t.lookup_str(m).is_some())
        }
    }
}

/// `chain(*iterables)`: each iterable's iterator made when it is reached (`chain(1)`
/// fails only when iterated, as in CPython).
struct Chain {
    iterables: Vec<Value>,
    next_iterable: usize,
    active: Option<Value>,
}

impl NativeIter for Chain {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(it) = self.active.clone() {
                if let Some(v) = vm.next(&it)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(next) = self.iterables.get(self.next_iterable).cloned() else {
                return Ok(None);
            };
            self.next_iterable += 1;
            self.active = Some(vm.get_iter(&next)?);
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.chain"
    }
}

/// `chain.from_iterable(iterables)`: the iterables taken from `iterables` one by one,
/// as they are needed.
struct ChainFrom {
    outer: Value,
    cur: Option<Value>,
}

impl NativeIter for ChainFrom {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(it) = self.cur.clone() {
                if let Some(v) = vm.next(&it)? {
                    return Ok(Some(v));
                }
                self.cur = None;
            }
            let Some(next) = vm.next(&self.outer)? else {
                return Ok(None);
            };
            self.cur = Some(vm.get_iter(&next)?);
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.chain"
    }
}

fn chain_from_iterable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // (The first argument is the class.)
    let p = args.pos();
    if p.len() != 2 || args.has_kw() {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            p.len().saturating_sub(1) + args.kw().count()
        )));
    }
    let outer = vm.get_iter(&p[1])?;
    Ok(native(vm, ChainFrom { outer, cur: None }))
}

fn chain(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterables = crate::builtins::pos_args(vm, "chain", &args, 0, usize::MAX)?.to_vec();
    Ok(native(
        vm,
        Chain {
            iterables,
            next_iterable: 0,
            active: None,
        },
    ))
}

/// `islice`: CPython's walk, which reads the items before `start` even when `stop` is
/// smaller, never reads past the last item it returns, and lets go of the iterator once
/// it has ended.
struct ISlice {
    it: Option<Value>,
    /// The position of the next item to return, and how many have been read.
    next_index: usize,
    read: usize,
    stop: Option<usize>,
    step: usize,
}

impl NativeIter for ISlice {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        while self.read < self.next_index {
            if vm.next(&it)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.read += 1;
        }
        if self.stop.is_some_and(|s| self.read >= s) {
            self.it = None;
            return Ok(None);
        }
        let Some(v) = vm.next(&it)? else {
            self.it = None;
            return Ok(None);
        };
        self.read += 1;
        self.next_index = match (self.next_index.checked_add(self.step), self.stop) {
            (Some(n), Some(s)) if n > s => s,
            (Some(n), _) => n,
            (None, s) => s.unwrap_or(usize::MAX),
        };
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools.islice"
    }
}

/// An islice argument as CPython reads it: -1 for anything that is not an int in
/// `0..=sys.maxsize` or below (a failed conversion counts as -1).
fn islice_arg(vm: &mut Vm, v: &Value) -> i64 {
    if let Some(crate::objects::int::IntRef::Big(_)) = crate::objects::int::as_int(v) {
        return -1;
    }
    crate::builtins::to_index(vm, v).unwrap_or(-1)
}

fn islice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let a = positional(vm, "islice", "islice", &args, 2, 4)?;
    let mut start = 0;
    let mut stop = -1;
    if a.len() > 2 && !a[1].is_none() {
        start = islice_arg(vm, &a[1]);
    }
    let stop_arg = if a.len() == 2 { &a[1] } else { &a[2] };
    if !stop_arg.is_none() {
        stop = islice_arg(vm, stop_arg);
        if stop == -1 {
            return Err(vm.value_error(STOP));
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = match a.get(3) {
        Some(v) if !v.is_none() => islice_arg(vm, v),
        _ => 1,
    };
    if step < 1 {
        return Err(vm.value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&a[0])?;
    Ok(native(
        vm,
        ISlice {
            it: Some(it),
            next_index: start as usize,
            read: 0,
            stop: (stop >= 0).then_some(stop as usize),
            step: step as usize,
        },
    ))
}

struct Repeat {
    v: Value,
    times: Option<usize>,
}

impl NativeIter for Repeat {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        match &mut self.times {
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.v.clone()))
            }
            None => Ok(Some(self.v.clone())),
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.repeat"
    }
    fn repr_parts(&self) -> Option<(&'static str, Vec<Value>)> {
        let mut parts = vec![self.v.clone()];
        if let Some(n) = self.times {
            parts.push(Value::Int(n as i64));
        }
        Some(("repeat", parts))
    }
    fn length_hint(&self, vm: &Vm) -> Option<PyResult<Value>> {
        Some(match self.times {
            Some(n) => Ok(Value::from_usize(n)),
            None => Err(vm.type_error("len() of unsized object")),
        })
    }
}

fn repeat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = keywords(vm, "repeat", &args, &["object", "times"], 2, 1)?;
    let times = match &a[1] {
        Some(v) => Some(ssize(vm, v)?.max(0) as usize),
        None => None,
    };
    Ok(native(
        vm,
        Repeat {
            v: a[0].clone().unwrap_or(Value::None),
            times,
        },
    ))
}

struct Accumulate {
    it: Value,
    func: Value,
    total: Option<Value>,
    /// `initial`, returned before anything is read.
    initial: Option<Value>,
}

impl NativeIter for Accumulate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.take() {
            self.total = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let t = match self.total.take() {
            None => v,
            Some(t) => {
                let r = if self.func.is_none() {
                    crate::ops::binary_op(vm, &t, &v, metal_compiler::bytecode::BinOp::Add, false)
                } else {
                    let f = self.func.clone();
                    vm.call_args(&f, &[t.clone(), v])
                };
                match r {
                    Ok(x) => x,
                    Err(e) => {
                        // The running total stays as it was.
                        self.total = Some(t);
                        return Err(e);
                    }
                }
            }
        };
        self.total = Some(t.clone());
        Ok(Some(t))
    }
    fn type_name(&self) -> &'static str {
        "itertools.accumulate"
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

fn accumulate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = keywords(
        vm,
        "accumulate",
        &args,
        &["iterable", "func", "initial"],
        2,
        1,
    )?;
    let it = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let func = a[1].clone().unwrap_or(Value::None);
    let initial = a[2].clone().filter(|v| !v.is_none());
    Ok(native(
        vm,
        Accumulate {
            it,
            func,
            total: None,
            initial,
        },
    ))
}

struct Cycle {
    /// The iterator, until it ends; then the items it gave are repeated.
    it: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

impl NativeIter for Cycle {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(it) = self.it.clone() {
            if let Some(v) = vm.next(&it)? {
                self.saved.push(v.clone());
                return Ok(Some(v));
            }
            self.it = None;
        }
        let Some(v) = self.saved.get(self.index).cloned() else {
            return Ok(None);
        };
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools.cycle"
    }
}

fn cycle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "cycle", "cycle", &args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(native(
        vm,
        Cycle {
            it: Some(it),
            saved: Vec::new(),
            index: 0,
        },
    ))
}

struct ZipLongest {
    /// None once that iterator has ended.
    its: Vec<Option<Value>>,
    active: usize,
    fillvalue: Value,
}

impl NativeIter for ZipLongest {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            let Some(it) = self.its[i].clone() else {
                out.push(self.fillvalue.clone());
                continue;
            };
            match vm.next(&it) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {
                    self.active -= 1;
                    if self.active == 0 {
                        return Ok(None);
                    }
                    self.its[i] = None;
                    out.push(self.fillvalue.clone());
                }
                Err(e) => {
                    self.active = 0;
                    return Err(e);
                }
            }
        }
        Ok(Some(Value::tuple(out)))
    }
    fn type_name(&self) -> &'static str {
        "itertools.zip_longest"
    }
}

fn zip_longest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut fillvalue = Value::None;
    for (k, v) in args.kw() {
        if k != "fillvalue" {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fillvalue = v.clone();
    }
    let mut its = Vec::new();
    for a in args.pos() {
        its.push(Some(vm.get_iter(a)?));
    }
    let active = its.len();
    Ok(native(
        vm,
        ZipLongest {
            its,
            active,
            fillvalue,
        },
    ))
}

struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}

impl NativeIter for Pairwise {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        // The end of the source, or an error from it, ends the pairwise too.
        let old = match self.old.take() {
            Some(o) => o,
            None => match vm.next(&it) {
                Ok(Some(o)) => o,
                r => {
                    self.it = None;
                    return r;
                }
            },
        };
        match vm.next(&it) {
            Ok(Some(new)) => {
                self.old = Some(new.clone());
                Ok(Some(Value::tuple(vec![old, new])))
            }
            r => {
                self.it = None;
                r
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.pairwise"
    }
}

fn pairwise(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "pairwise", "pairwise", &args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(native(
        vm,
        Pairwise {
            it: Some(it),
            old: None,
        },
    ))
}
