//! `itertools`: lazy combinatoric and infinite iterators (CPython's algorithms, so the
//! orders match).

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::iter::{IterState, NativeIter};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's iterators are classes, as in CPython (`<class 'itertools.chain'>`,
/// `isinstance(x, chain)`): the native iterator types of these names (their
/// `NativeIter::type_name`), which `construct::call_type` calls through `new`.
const CLASSES: [(&str, crate::objects::function::NativeFn); 8] = [
    ("itertools.permutations", permutations),
    ("itertools.combinations", combinations),
    ("itertools.product", product),
    ("itertools.count", count),
    ("itertools.chain", chain),
    ("itertools.islice", islice),
    ("itertools.repeat", repeat),
    ("itertools.accumulate", accumulate),
];

pub fn init(vm: &mut Vm, d: &PyDict) {
    for (name, _) in CLASSES {
        let t = vm.iterator_type(name);
        if name == "itertools.chain" {
            crate::builtins::classmethod(&t, "from_iterable", chain_from_iterable);
        }
        let short = name.strip_prefix("itertools.").unwrap_or(name);
        d.set_by_str(short, Value::Type(t));
    }
}

/// What calling one of the module's classes (named by its type's name) runs.
pub fn ctor(name: &str) -> Option<crate::objects::function::NativeFn> {
    let short = name.strip_prefix("itertools.")?;
    CLASSES
        .iter()
        .find(|(n, _)| n.strip_prefix("itertools.") == Some(short))
        .map(|&(_, f)| f)
}

fn native(vm: &Vm, it: impl NativeIter + 'static) -> Value {
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
    let a = crate::builtins::pos_args(vm, "permutations", &args, 1, 2)?;
    let pool = crate::iter::collect(vm, &a[0])?;
    let n = pool.len();
    let r = match a.get(1) {
        Some(Value::None) | None => n,
        Some(v) => {
            let r = crate::builtins::to_index(vm, v)?;
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
    let a = crate::builtins::pos_args(vm, "combinations", &args, 2, 2)?;
    let pool = crate::iter::collect(vm, &a[0])?;
    let r = crate::builtins::to_index(vm, &a[1])?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let r = r as usize;
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
            repeat = crate::builtins::to_index(vm, v)?.max(0) as usize;
        } else {
            return Err(vm.type_error(format!(
                "product() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let mut pools = Vec::new();
    for a in args.pos() {
        pools.push(crate::iter::collect(vm, a)?);
    }
    let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| pools.clone()).collect();
    let n = pools.len();
    Ok(native(
        vm,
        Product {
            pools,
            indices: vec![0; n],
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
    let p = args.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "count() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let n = p
        .first()
        .or_else(|| args.get_kw("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    let step = p
        .get(1)
        .or_else(|| args.get_kw("step"))
        .cloned()
        .unwrap_or(Value::Int(1));
    Ok(native(vm, Count { n, step }))
}

struct Chain {
    its: Vec<Value>,
    cur: usize,
}

impl NativeIter for Chain {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        while self.cur < self.its.len() {
            let it = self.its[self.cur].clone();
            if let Some(v) = vm.next(&it)? {
                return Ok(Some(v));
            }
            self.cur += 1;
        }
        Ok(None)
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
    let mut its = Vec::new();
    for a in crate::builtins::pos_args(vm, "chain", &args, 0, usize::MAX)? {
        its.push(vm.get_iter(a)?);
    }
    Ok(native(vm, Chain { its, cur: 0 }))
}

struct ISlice {
    it: Value,
    next_index: usize,
    stop: Option<usize>,
    step: usize,
    pos: usize,
}

impl NativeIter for ISlice {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if self.stop.is_some_and(|s| self.pos >= s) {
                return Ok(None);
            }
            let Some(v) = vm.next(&self.it)? else {
                return Ok(None);
            };
            let here = self.pos;
            self.pos += 1;
            if here == self.next_index {
                self.next_index += self.step;
                return Ok(Some(v));
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.islice"
    }
}

fn islice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "islice", &args, 2, 4)?;
    let it = vm.get_iter(&a[0])?;
    let idx = |vm: &mut Vm, v: &Value| -> PyResult<Option<usize>> {
        match v {
            Value::None => Ok(None),
            _ => {
                let i = crate::builtins::to_index(vm, v)?;
                if i < 0 {
                    return Err(vm.value_error(
                        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                    ));
                }
                Ok(Some(i as usize))
            }
        }
    };
    let (start, stop, step) = if a.len() == 2 {
        (0, idx(vm, &a[1])?, 1)
    } else {
        let start = idx(vm, &a[1])?.unwrap_or(0);
        let stop = idx(vm, &a[2])?;
        let step = match a.get(3) {
            Some(v) => idx(vm, v)?.unwrap_or(1),
            None => 1,
        };
        if step == 0 {
            return Err(vm.value_error("Step for islice() must be a positive integer or None."));
        }
        (start, stop, step)
    };
    Ok(native(
        vm,
        ISlice {
            it,
            next_index: start,
            stop,
            step,
            pos: 0,
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
    let a = crate::builtins::pos_args(vm, "repeat", &args, 1, 2)?;
    let times = match a.get(1) {
        Some(v) => Some(crate::builtins::to_index(vm, v)?.max(0) as usize),
        None => None,
    };
    Ok(native(
        vm,
        Repeat {
            v: a[0].clone(),
            times,
        },
    ))
}

struct Accumulate {
    it: Value,
    func: Value,
    total: Option<Value>,
}

impl NativeIter for Accumulate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(v) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let t = match self.total.take() {
            None => v,
            Some(t) => {
                if self.func.is_none() {
                    crate::ops::binary_op(vm, &t, &v, metal_compiler::bytecode::BinOp::Add, false)?
                } else {
                    let f = self.func.clone();
                    vm.call_args(&f, &[t, v])?
                }
            }
        };
        self.total = Some(t.clone());
        Ok(Some(t))
    }
    fn type_name(&self) -> &'static str {
        "itertools.accumulate"
    }
}

fn accumulate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error("accumulate() missing required argument 'iterable' (pos 1)"));
    }
    let it = vm.get_iter(&p[0])?;
    let func = p
        .get(1)
        .or_else(|| args.get_kw("func"))
        .cloned()
        .unwrap_or(Value::None);
    let total = args.get_kw("initial").cloned();
    if let Some(init) = total {
        let first = init.clone();
        let rest = native(
            vm,
            Accumulate {
                it,
                func,
                total: Some(init),
            },
        );
        let head = vm.get_iter(&Value::list(vec![first]))?;
        return Ok(native(
            vm,
            Chain {
                its: vec![head, rest],
                cur: 0,
            },
        ));
    }
    Ok(native(vm, Accumulate { it, func, total }))
}
