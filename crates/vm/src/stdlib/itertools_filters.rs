//! `itertools`' iterators that pass on, drop or map the items of one iterator one at a
//! time: `takewhile`, `dropwhile`, `filterfalse`, `compress` and `starmap`. Each reads
//! exactly as many items as CPython's does, so an iterator with side effects sees the
//! same calls. Their `__reduce__` gives the function and the iterator (with
//! `takewhile`'s and `dropwhile`'s flag as the state), as CPython's.

use super::itertools::native;
use super::itertools_args::positional;
use crate::objects::function::Args;
use crate::objects::iter::{NativeIter, Reduced};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

struct TakeWhile {
    pred: Value,
    it: Value,
    stopped: bool,
}

impl NativeIter for TakeWhile {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pred);
        f(&self.it);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.stopped {
            return Ok(None);
        }
        let Some(item) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let good = vm.call_args(&self.pred, std::slice::from_ref(&item))?;
        if vm.truthy(&good)? {
            return Ok(Some(item));
        }
        // The first failing item is consumed and dropped, as in CPython.
        self.stopped = true;
        Ok(None)
    }
    fn type_name(&self) -> &'static str {
        "itertools.takewhile"
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let args = vec![self.pred.clone(), self.it.clone()];
        let state = Value::Int(i64::from(self.stopped));
        Some(Ok(Reduced::with_state(cls.clone(), args, state)))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(vm.truthy(state).map(|b| self.stopped = b))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

pub fn takewhile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "takewhile", "takewhile", &args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(native(
        vm,
        TakeWhile {
            pred: a[0].clone(),
            it,
            stopped: false,
        },
    ))
}

struct DropWhile {
    pred: Value,
    it: Value,
    started: bool,
}

impl NativeIter for DropWhile {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pred);
        f(&self.it);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(item) = vm.next(&self.it)? else {
                return Ok(None);
            };
            if self.started {
                return Ok(Some(item));
            }
            let good = vm.call_args(&self.pred, std::slice::from_ref(&item))?;
            if !vm.truthy(&good)? {
                self.started = true;
                return Ok(Some(item));
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.dropwhile"
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let args = vec![self.pred.clone(), self.it.clone()];
        let state = Value::Int(i64::from(self.started));
        Some(Ok(Reduced::with_state(cls.clone(), args, state)))
    }
    fn setstate(&mut self, vm: &mut Vm, state: &Value) -> Option<PyResult<()>> {
        Some(vm.truthy(state).map(|b| self.started = b))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

pub fn dropwhile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "dropwhile", "dropwhile", &args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(native(
        vm,
        DropWhile {
            pred: a[0].clone(),
            it,
            started: false,
        },
    ))
}

struct FilterFalse {
    func: Value,
    it: Value,
}

impl NativeIter for FilterFalse {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.it);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        // `None` and `bool` test the item itself (CPython calls neither).
        let plain = self.func.is_none()
            || matches!(&self.func, Value::Type(t) if std::rc::Rc::ptr_eq(t, &vm.types.bool_));
        loop {
            let Some(item) = vm.next(&self.it)? else {
                return Ok(None);
            };
            let ok = if plain {
                vm.truthy(&item)?
            } else {
                let good = vm.call_args(&self.func, std::slice::from_ref(&item))?;
                vm.truthy(&good)?
            };
            if !ok {
                return Ok(Some(item));
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.filterfalse"
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let args = vec![self.func.clone(), self.it.clone()];
        Some(Ok(Reduced::remade(cls.clone(), args)))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

pub fn filterfalse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "filterfalse", "filterfalse", &args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(native(
        vm,
        FilterFalse {
            func: a[0].clone(),
            it,
        },
    ))
}

struct Compress {
    data: Value,
    selectors: Value,
}

impl NativeIter for Compress {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.data);
        f(&self.selectors);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            // The datum first: when the selectors run out, one datum more has been read.
            let Some(datum) = vm.next(&self.data)? else {
                return Ok(None);
            };
            let Some(sel) = vm.next(&self.selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&sel)? {
                return Ok(Some(datum));
            }
        }
    }
    fn type_name(&self) -> &'static str {
        "itertools.compress"
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let args = vec![self.data.clone(), self.selectors.clone()];
        Some(Ok(Reduced::remade(cls.clone(), args)))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

pub fn compress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = super::itertools_args::keywords(vm, "compress", &args, &["data", "selectors"], 2, 2)?;
    let (Some(data), Some(selectors)) = (&a[0], &a[1]) else {
        unreachable!("both are required")
    };
    let data = vm.get_iter(data)?;
    let selectors = vm.get_iter(selectors)?;
    Ok(native(vm, Compress { data, selectors }))
}

struct StarMap {
    func: Value,
    it: Value,
}

impl NativeIter for StarMap {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.it);
    }
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(item) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let args = crate::iter::collect(vm, &item)?;
        vm.call_args(&self.func, &args).map(Some)
    }
    fn type_name(&self) -> &'static str {
        "itertools.starmap"
    }
    fn reduce(&mut self, _vm: &mut Vm, cls: &Value) -> Option<PyResult<Reduced>> {
        let args = vec![self.func.clone(), self.it.clone()];
        Some(Ok(Reduced::remade(cls.clone(), args)))
    }
    fn ends_for_good(&self) -> bool {
        false
    }
}

pub fn starmap(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = positional(vm, "starmap", "starmap", &args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(native(
        vm,
        StarMap {
            func: a[0].clone(),
            it,
        },
    ))
}
