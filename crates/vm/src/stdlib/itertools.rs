//! `itertools`: lazy combinatoric and infinite iterators (CPython's algorithms, so the
//! orders match). The combinatoric ones are in `itertools_combinatoric.rs`, the
//! filtering iterators in `itertools_filters.rs`, the ones that
//! share an iterator between objects in `itertools_shared.rs` (`groupby`) and
//! `itertools_tee.rs` (`tee`), the
//! argument parsing in `itertools_args.rs`.

use super::itertools_args::{c_int, class, is_iterator, keywords, positional, ssize, state_tuple};
use super::itertools_combinatoric::{
    combinations, combinations_with_replacement, permutations, product,
};
use super::itertools_filters as filters;
use super::itertools_shared as shared;
use super::itertools_tee as tee;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::iter::{IterState, NativeIter, Reduced};
use std::rc::Rc;

use crate::objects::PyList;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's iterators are classes, as in CPython (`<class 'itertools.chain'>`,
/// `isinstance(x, chain)`): the native iterator types of these names (their
/// `NativeIter::type_name`), which `construct::call_type` calls through `new`.
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
    ("itertools._grouper", Some(shared::grouper_new)),
    ("itertools._tee", Some(tee::tee_new)),
    ("itertools._tee_dataobject", Some(tee::tee_data_new)),
];

pub fn init(vm: &mut Vm, d: &PyDict) {
    for (name, _) in CLASSES {
        let t = vm.iterator_type(name);
        match name {
            "itertools.chain" => {
                crate::builtins::classmethod(&t, "from_iterable", chain_from_iterable)
            }
            "itertools._tee" => crate::builtins::method(&t, "__copy__", tee::tee_copy),
            _ => {}
        }
        let short = name.strip_prefix("itertools.").unwrap_or(name);
        d.set_by_str(short, Value::Type(t));
    }
    // `tee` is a function, not a class.
    crate::builtins::function(d, "tee", tee::tee);
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

struct Count {
    n: Value,
    step: Value,
}

impl NativeIter for Count {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.n);
        f(&self.step);
    }
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
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        // CPython's fast mode (an int start counting by 1) leaves the step out.
        let fast = matches!(self.n, Value::Int(_))
            && matches!(
                self.step,
                Value::Int(1) | Value::Bool(crate::value::PyBool(true))
            );
        let mut args = vec![self.n.clone()];
        if !fast {
            args.push(self.step.clone());
        }
        Some(Ok(Reduced::remade(cls.clone(), args)))
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

/// `chain(*iterables)` and `chain.from_iterable(iterables)`: the iterables come from
/// `source` (an iterator over the arguments, or the one given), each one's iterator
/// made when it is reached (`chain(1)` fails only when iterated, as in CPython). A
/// source that ends or fails, or an iterable that is not one, ends the chain.
struct Chain {
    source: Option<Value>,
    active: Option<Value>,
}

impl NativeIter for Chain {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.source.iter().chain(self.active.iter()).for_each(f);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(it) = self.active.clone() {
                if let Some(v) = vm.next(&it)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(source) = self.source.clone() else {
                return Ok(None);
            };
            let next = match vm.next(&source) {
                Ok(Some(v)) => v,
                r => {
                    self.source = None;
                    return r;
                }
            };
            match vm.get_iter(&next) {
                Ok(it) => self.active = Some(it),
                Err(e) => {
                    self.source = None;
                    return Err(e);
                }
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.chain"
    }
    fn ends_for_good(&self) -> bool {
        // (Its reduction still shows what it was made from.)
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let Some(source) = self.source.clone() else {
            return Some(Ok(Reduced::remade(cls.clone(), Vec::new())));
        };
        let mut state = vec![source];
        state.extend(self.active.clone());
        Some(Ok(Reduced::with_state(
            cls.clone(),
            Vec::new(),
            Value::tuple(state),
        )))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        let parts = match state_tuple(vm, state, 1, 2) {
            Ok(p) => p,
            Err(e) => return Some(Err(e)),
        };
        if !parts.iter().all(|p| is_iterator(vm, p)) {
            return Some(Err(vm.type_error("Arguments must be iterators.")));
        }
        self.source = Some(parts[0].clone());
        self.active = parts.get(1).cloned();
        Some(Ok(()))
    }
}

/// A chain over the iterables in `items`, as `chain(*items)` makes it.
pub(super) fn chain_of(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let source = vm.get_iter(&Value::tuple(items))?;
    Ok(native(
        vm,
        Chain {
            source: Some(source),
            active: None,
        },
    ))
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
    let source = vm.get_iter(&p[1])?;
    Ok(native(
        vm,
        Chain {
            source: Some(source),
            active: None,
        },
    ))
}

fn chain(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterables = crate::builtins::pos_args(vm, "chain", &args, 0, usize::MAX)?.to_vec();
    chain_of(vm, iterables)
}

/// `islice`: CPython's walk, which reads the items before `start` even when `stop` is
/// smaller, never reads past the last item it returns, and lets go of the iterator once
/// it has ended.
struct ISlice {
    it: Option<Value>,
    /// The position of the next item to return, and how many have been read (which
    /// `__setstate__` may set to anything, as CPython's).
    next_index: usize,
    read: i64,
    stop: Option<usize>,
    step: usize,
}

impl NativeIter for ISlice {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.it.iter().for_each(f);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        while self.read < self.next_index as i64 {
            if vm.next(&it)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.read += 1;
        }
        if self.stop.is_some_and(|s| self.read >= s as i64) {
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
    fn ends_for_good(&self) -> bool {
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let Some(it) = self.it.clone() else {
            // Once ended: an islice of nothing.
            let empty = Value::list(Vec::new());
            return Some(_vm.get_iter(&empty).map(|it| {
                Reduced::with_state(cls.clone(), vec![it, Value::Int(0)], Value::Int(0))
            }));
        };
        let stop = self.stop.map_or(Value::None, Value::from_usize);
        let args = vec![
            it,
            Value::from_usize(self.next_index),
            stop,
            Value::from_usize(self.step),
        ];
        Some(Ok(Reduced::with_state(
            cls.clone(),
            args,
            Value::Int(self.read),
        )))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(crate::builtins::iter_reduce::index_arg(vm, state).map(|n| self.read = n))
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
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.v);
    }
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
    fn ends_for_good(&self) -> bool {
        // (Its reduction still names the object.)
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let mut args = vec![self.v.clone()];
        args.extend(self.times.map(Value::from_usize));
        Some(Ok(Reduced::remade(cls.clone(), args)))
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
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        f(&self.func);
        self.total.iter().chain(self.initial.iter()).for_each(f);
    }
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
    fn reduce(&mut self, vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        Some(self.reduction(vm, cls))
    }
    fn setstate(&mut self, _vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        self.total = Some(state.clone());
        Some(Ok(()))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

impl Accumulate {
    /// CPython's reduction: an `initial` not yet returned goes in front of the
    /// iterator (a chain), and a running total of None (which would read as "not
    /// started") is given back through an accumulate that starts from it, whose first
    /// item an islice skips.
    fn reduction(&self, vm: &mut Vm, cls: &Value) -> PyResult<Reduced> {
        let func = self.func.clone();
        if let Some(init) = &self.initial {
            let front = Value::tuple(vec![init.clone()]);
            let it = chain_of(vm, vec![front, self.it.clone()])?;
            return Ok(Reduced::with_state(
                cls.clone(),
                vec![it, func],
                Value::None,
            ));
        }
        match &self.total {
            Some(Value::None) => {
                let front = Value::tuple(vec![Value::None]);
                let it = chain_of(vm, vec![front, self.it.clone()])?;
                let again = native(
                    vm,
                    Accumulate {
                        it,
                        func,
                        total: None,
                        initial: None,
                    },
                );
                let args = vec![again, Value::Int(1), Value::None];
                Ok(Reduced::remade(class(vm, "itertools.islice"), args))
            }
            total => Ok(Reduced::with_state(
                cls.clone(),
                vec![self.it.clone(), func],
                total.clone().unwrap_or(Value::None),
            )),
        }
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
    /// The iterator, until it ends; then the items saved from it are repeated.
    it: Option<Value>,
    /// A list, as CPython's: its reduction hands it out, and a copy made from that
    /// shares it.
    saved: Rc<PyList>,
    index: usize,
    /// Whether what `it` gives is already saved (a cycle restored past its first pass).
    firstpass: bool,
}

impl NativeIter for Cycle {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.it.iter().for_each(&mut *f);
        f(&Value::List(self.saved.clone()));
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(it) = self.it.clone() {
            if let Some(v) = vm.next(&it)? {
                if !self.firstpass {
                    self.saved.append(v.clone());
                }
                return Ok(Some(v));
            }
            self.it = None;
        }
        let items = self.saved.items.borrow();
        if self.index >= items.len() {
            // (The list is shared: it may have shrunk.)
            self.index = 0;
        }
        let Some(v) = items.get(self.index).cloned() else {
            return Ok(None);
        };
        self.index = (self.index + 1) % items.len();
        Ok(Some(v))
    }
    fn type_name(&self) -> &'static str {
        "itertools.cycle"
    }
    fn ends_for_good(&self) -> bool {
        false
    }
    fn reduce(&mut self, vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let saved = Value::List(self.saved.clone());
        // Past the first pass: an iterator over the saved items from the next one,
        // then the saved items again.
        let (it, firstpass) = match &self.it {
            Some(it) => (it.clone(), self.firstpass),
            None => {
                let it = vm.new_iter(IterState::List {
                    list: self.saved.clone(),
                    i: self.index,
                });
                (it, true)
            }
        };
        let state = Value::tuple(vec![saved, Value::bool(firstpass)]);
        Some(Ok(Reduced::with_state(cls.clone(), vec![it], state)))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(self.set(vm, state))
    }
}

impl Cycle {
    /// `__setstate__((saved, firstpass))`.
    fn set(&mut self, vm: &mut Vm, state: &Value) -> PyResult<()> {
        let parts = state_tuple(vm, state, 2, 2)?;
        let Value::List(saved) = &parts[0] else {
            return Err(vm.type_error(format!(
                "argument 1 must be list, not {}",
                vm.type_name(&parts[0])
            )));
        };
        let firstpass = c_int(vm, &parts[1])? != 0;
        self.saved = saved.clone();
        self.firstpass = firstpass;
        self.index = 0;
        Ok(())
    }
}

fn cycle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "cycle", "cycle", &args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(native(
        vm,
        Cycle {
            it: Some(it),
            saved: PyList::tracked(Vec::new()),
            index: 0,
            firstpass: false,
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
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.its.iter().flatten().for_each(&mut *f);
        f(&self.fillvalue);
    }
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
    fn ends_for_good(&self) -> bool {
        // (Its reduction still shows what it was made from.)
        false
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        // An iterator that has ended shows as ().
        let its = self
            .its
            .iter()
            .map(|it| it.clone().unwrap_or_else(|| Value::tuple(Vec::new())))
            .collect();
        Some(Ok(Reduced::with_state(
            cls.clone(),
            its,
            self.fillvalue.clone(),
        )))
    }
    fn setstate(&mut self, _vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        self.fillvalue = state.clone();
        Some(Ok(()))
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
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.it.iter().chain(self.old.iter()).for_each(f);
    }
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
