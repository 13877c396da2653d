//! Namespaces that are not plain dicts. A metaclass's `__prepare__` may return any
//! mapping (a dict subclass overriding `__setitem__`, a class with `__getitem__`…), and
//! `exec` and `eval` take any mapping as locals: NAME ops then go through the mapping's
//! `__getitem__`, `__setitem__` and `__delitem__`, as CPython's `PyObject_GetItem` & co.
//!
//! Such a frame keeps an empty dict in `Frame::locals`, so plain-dict namespaces and
//! module code take the eval loop's usual path unchanged; the mapping sits in
//! `Vm::mapping_ns` beside the frame's index. The eval loop looks for it only where a
//! frame with `locals` misses in them or stores or deletes a name (class bodies, exec).

use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{Frame, FrameExit, PyResult, Vm};

impl Vm {
    /// Does frame `fidx` run its NAME ops on a mapping? Only the innermost such frame can
    /// be running (each is popped with its frame), so only the last entry is looked at.
    #[inline]
    pub(crate) fn has_mapping_ns(&self, fidx: usize) -> bool {
        self.mapping_ns.last().is_some_and(|e| e.0 == fidx)
    }

    /// Push `frame` and run it with `ns` as the namespace of its NAME ops: a plain dict
    /// becomes its `locals`, another mapping goes to `mapping_ns` for the frame's life.
    pub fn run_frame_in(&mut self, mut frame: Frame, ns: Value) -> PyResult<FrameExit> {
        match ns {
            Value::Dict(d) => {
                frame.locals = Some(d);
                self.frames.push(frame);
                self.run_nested()
            }
            ns => {
                frame.locals = Some(Rc::new(PyDict::new()));
                self.frames.push(frame);
                self.mapping_ns.push((self.frames.len() - 1, ns));
                let r = self.run_nested();
                self.mapping_ns.pop();
                r
            }
        }
    }
}

/// Can `v` serve as a namespace (CPython's `PyMapping_Check`: its type has
/// `__getitem__`)?
pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Dict(_)) || vm.type_of(v).lookup_str("__getitem__").is_some()
}

/// The namespace frame `idx` runs NAME ops on, as `locals()` returns it.
pub fn frame_namespace(vm: &mut Vm, idx: usize) -> Value {
    if let Some((_, m)) = vm.mapping_ns.iter().rev().find(|e| e.0 == idx) {
        return m.clone();
    }
    Value::Dict(crate::builtins::funcs::frame_locals(vm, idx))
}

fn mapping(vm: &Vm) -> Value {
    vm.mapping_ns.last().map_or(Value::None, |(_, m)| m.clone())
}

/// `mapping[name]`, None when it raises KeyError.
fn get(vm: &mut Vm, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    let m = mapping(vm);
    match crate::subscript::getitem(vm, &m, &Value::Str(name.clone())) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

fn name_error(vm: &Vm, name: &PyStr) -> crate::vm::PyErr {
    vm.new_error(
        "NameError",
        format!("name '{}' is not defined", name.as_str()),
    )
}

/// LOAD_NAME in frame `fidx`: the mapping, then the globals, then the builtins.
#[cold]
pub fn load_name(vm: &mut Vm, fidx: usize, name: &Rc<PyStr>) -> PyResult<Value> {
    if let Some(v) = get(vm, name)? {
        return Ok(v);
    }
    let f = &vm.frames[fidx];
    match f.globals.get_str(name).or_else(|| f.builtins.get_str(name)) {
        Some(v) => Ok(v),
        None => Err(name_error(vm, name)),
    }
}

/// STORE_NAME: `mapping[name] = v`.
#[cold]
pub fn store_name(vm: &mut Vm, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
    let m = mapping(vm);
    crate::subscript::setitem(vm, &m, &Value::Str(name.clone()), v)
}

/// DELETE_NAME: `del mapping[name]`; any failure is a NameError, as in CPython.
#[cold]
pub fn delete_name(vm: &mut Vm, name: &Rc<PyStr>) -> PyResult<()> {
    let m = mapping(vm);
    match crate::subscript::delitem(vm, &m, &Value::Str(name.clone())) {
        Ok(()) => Ok(()),
        Err(_) => Err(name_error(vm, name)),
    }
}

/// LOAD_CLASSDEREF: the mapping's value for `name`, None to read the cell.
#[cold]
pub fn load_classderef(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let name = vm.intern(name);
    get(vm, &name)
}

/// SETUP_ANNOTATIONS: `__annotations__` in the mapping, a new dict if it has none.
#[cold]
pub fn setup_annotations(vm: &mut Vm) -> PyResult<()> {
    let name = vm.intern("__annotations__");
    if get(vm, &name)?.is_none() {
        store_name(vm, &name, Value::Dict(Rc::new(PyDict::new())))?;
    }
    Ok(())
}

/// Store `name` = `v` in frame `fidx`'s namespace (`from m import *`).
pub fn store_in_frame(vm: &mut Vm, fidx: usize, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
    if vm.has_mapping_ns(fidx) {
        return store_name(vm, name, v);
    }
    let f = &vm.frames[fidx];
    f.locals
        .as_ref()
        .unwrap_or(&f.globals)
        .set_str(name.clone(), v);
    Ok(())
}
