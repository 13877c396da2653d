//! Coroutines and async generators (PEP 492, PEP 525): objects over a generator's
//! suspended frame (`crate::generator`), with `Payload::Coroutine` so that they are not
//! iterators. What the opcodes of `await`, `async for` and `async with` do
//! (`GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`, `END_ASYNC_FOR`, `BEFORE_ASYNC_WITH`),
//! the native methods of `coroutine` and `async_generator`, the primitives
//! `_metal_coro` gives `lib/_metal_async.py` (which writes the awaitables
//! `coroutine_wrapper`, `async_generator_asend` and `async_generator_athrow` in
//! Python), and the "never awaited" warning. Not the event loop: that is `asyncio`,
//! in Python.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::{method, pos_args};
use crate::generator::{gen_cell, GenKind, GenState, SendResult};
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// An async generator's state beside its frame's: CPython's `ag_running_async`,
/// `ag_closed`, `ag_hooks_inited` and the finalizer hook it took at its first step.
#[derive(Default)]
pub struct AgState {
    pub running_async: bool,
    pub closed: bool,
    pub hooks_inited: bool,
    pub finalizer: Value,
}

/// The object a call of an `async def` function makes.
pub fn new_coroutine(vm: &mut Vm, mut st: GenState, co_flags: u32) -> Value {
    use metal_compiler::bytecode::flags;
    let cls = if co_flags & flags::COROUTINE != 0 {
        st.kind = GenKind::Coroutine;
        vm.types.coroutine.clone()
    } else {
        st.kind = GenKind::AsyncGen;
        st.ag = Some(Box::new(AgState {
            finalizer: Value::None,
            ..AgState::default()
        }));
        vm.types.async_generator.clone()
    };
    Value::Object(PyObject::new(
        cls,
        Payload::Coroutine(Box::new(RefCell::new(st))),
    ))
}

fn kind_of(o: &PyObject) -> Option<GenKind> {
    match &o.payload {
        Payload::Coroutine(c) => Some(c.borrow().kind),
        _ => None,
    }
}

/// A coroutine, or a generator made one by `types.coroutine`: awaitable as it is.
fn is_native_awaitable(v: &Value) -> bool {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Coroutine(c) => c.borrow().kind == GenKind::Coroutine,
            Payload::Generator(g) => {
                g.borrow().code.co.flags & metal_compiler::bytecode::flags::ITERABLE_COROUTINE != 0
            }
            _ => false,
        },
        _ => false,
    }
}

fn is_iterator(vm: &mut Vm, v: &Value) -> bool {
    if let Value::Object(o) = v {
        if matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)) {
            return true;
        }
    }
    let t = vm.type_of(v);
    vm.type_lookup_s(&t, "__next__").is_some()
}

/// CPython's `_PyCoro_GetAwaitableIter`.
fn awaitable_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_native_awaitable(v) {
        return Ok(v.clone());
    }
    let t = vm.type_of(v);
    let Some(aw) = vm.type_lookup_s(&t, "__await__") else {
        return Err(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            t.name()
        )));
    };
    let aw = vm.bind_descriptor(aw, v.clone(), Value::Type(t))?;
    let res = vm.call_args(&aw, &[])?;
    if is_native_awaitable(&res) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(vm, &res) {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(&res)
        )));
    }
    Ok(res)
}

/// GET_AWAITABLE: `kind` 1 and 2 name `__aenter__` and `__aexit__` in the error.
pub fn get_awaitable(vm: &mut Vm, v: &Value, kind: u32) -> PyResult<Value> {
    let it = match awaitable_iter(vm, v) {
        Ok(it) => it,
        Err(e) => {
            let t = vm.type_of(v);
            if kind != 0 && vm.type_lookup_s(&t, "__await__").is_none() {
                let which = if kind == 1 { "__aenter__" } else { "__aexit__" };
                return Err(vm.type_error(format!(
                    "'async with' received an object from {which} that does not implement __await__: {}",
                    t.name()
                )));
            }
            return Err(e);
        }
    };
    if let Value::Object(o) = &it {
        if kind_of(o) == Some(GenKind::Coroutine) && !crate::generator::gi_yieldfrom(o).is_none() {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
    }
    Ok(it)
}

/// GET_AITER.
pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = vm.type_of(v);
    let Some(m) = vm.type_lookup_s(&t, "__aiter__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            t.name()
        )));
    };
    let m = vm.bind_descriptor(m, v.clone(), Value::Type(t))?;
    let it = vm.call_args(&m, &[])?;
    let it_t = vm.type_of(&it);
    if vm.type_lookup_s(&it_t, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it_t.name()
        )));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable of the next item.
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    let t = vm.type_of(aiter);
    let Some(m) = vm.type_lookup_s(&t, "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            t.name()
        )));
    };
    let m = vm.bind_descriptor(m, aiter.clone(), Value::Type(t))?;
    let next = vm.call_args(&m, &[])?;
    match awaitable_iter(vm, &next) {
        Ok(it) => Ok(it),
        Err(e) => {
            let err = vm.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                vm.type_name(&next)
            ));
            *err.data().cause.borrow_mut() = e.value();
            *err.data().context.borrow_mut() = e.value();
            err.data().suppress_context.set(true);
            Err(err)
        }
    }
}

/// END_ASYNC_FOR with the exception that left GET_ANEXT's await: true when it is
/// StopAsyncIteration (the loop ends), false when it must be raised again.
pub fn ends_async_for(vm: &Vm, exc: &Value) -> bool {
    vm.type_of(exc)
        .is_subtype(&vm.exc_type("StopAsyncIteration"))
}

/// BEFORE_ASYNC_WITH: (bound `__aexit__`, what `__aenter__()` returned).
pub fn before_async_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = vm.type_of(mgr);
    let Some(enter) = vm.type_lookup_s(&ty, "__aenter__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            ty.name()
        )));
    };
    let Some(exit) = vm.type_lookup_s(&ty, "__aexit__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            ty.name()
        )));
    };
    let exit = vm.bind_descriptor(exit, mgr.clone(), Value::Type(ty.clone()))?;
    let enter = vm.bind_descriptor(enter, mgr.clone(), Value::Type(ty))?;
    let v = vm.call_args(&enter, &[])?;
    Ok((exit, v))
}

// ---- attributes -----------------------------------------------------------------------

/// `cr_*` / `ag_*` and the names of a coroutine or async generator.
pub fn getattr(vm: &mut Vm, o: &Rc<PyObject>, name: &str) -> Option<Value> {
    let cell = gen_cell(o)?;
    let kind = cell.borrow().kind;
    let pre = if kind == GenKind::Coroutine {
        "cr_"
    } else {
        "ag_"
    };
    let attr = match name.strip_prefix(pre) {
        Some(a) => a,
        None if name == "__name__" => return Some(Value::Str(cell.borrow().name.clone())),
        None if name == "__qualname__" => return Some(Value::Str(cell.borrow().qualname.clone())),
        None => return None,
    };
    Some(match attr {
        "running" => match &cell.borrow().ag {
            Some(ag) => Value::bool(ag.running_async),
            None => Value::bool(cell.borrow().running),
        },
        "suspended" => {
            let g = cell.borrow();
            Value::bool(g.started && !g.finished && !g.running)
        }
        "code" => {
            let code = cell.borrow().code.clone();
            crate::objects::function::code_object(vm, &code)
        }
        "frame" => crate::generator::gi_frame(vm, o),
        "await" => crate::generator::gi_yieldfrom(o),
        "origin" if kind == GenKind::Coroutine => Value::None,
        _ => return None,
    })
}

// ---- methods --------------------------------------------------------------------------

pub fn init_types(vm: &mut Vm) {
    let c = vm.types.coroutine.clone();
    method(&c, "send", crate::builtins::misc::gen_send);
    method(&c, "throw", crate::builtins::misc::gen_throw);
    method(&c, "close", crate::builtins::misc::gen_close);
    method(&c, "__await__", coro_await);
    let a = vm.types.async_generator.clone();
    method(&a, "__aiter__", agen_aiter);
    method(&a, "__anext__", agen_anext);
    method(&a, "asend", agen_asend);
    method(&a, "athrow", agen_athrow);
    method(&a, "aclose", agen_aclose);
    let b = vm.builtins.clone();
    crate::builtins::function(&b, "aiter", builtin_aiter);
    crate::builtins::function(&b, "anext", builtin_anext);
}

fn builtin_aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "aiter", &args, 1, 1)?;
    let t = vm.type_of(&a[0]);
    let Some(m) = vm.type_lookup_s(&t, "__aiter__") else {
        return Err(vm.type_error(format!("'{}' object is not an async iterable", t.name())));
    };
    let m = vm.bind_descriptor(m, a[0].clone(), Value::Type(t))?;
    let it = vm.call_args(&m, &[])?;
    let it_t = vm.type_of(&it);
    if vm.type_lookup_s(&it_t, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it_t.name()
        )));
    }
    Ok(it)
}

fn builtin_anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "anext", &args, 1, 2)?;
    let t = vm.type_of(&a[0]);
    let Some(m) = vm.type_lookup_s(&t, "__anext__") else {
        return Err(vm.type_error(format!("'{}' object is not an async iterator", t.name())));
    };
    let m = vm.bind_descriptor(m, a[0].clone(), Value::Type(t))?;
    let aw = vm.call_args(&m, &[])?;
    match a.get(1) {
        None => Ok(aw),
        Some(default) => {
            let default = default.clone();
            call_lib(vm, "_anext_default", &[aw, default])
        }
    }
}

/// Call `_metal_async.<name>(*args)`.
fn call_lib(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "_metal_async")?;
    let f = vm.getattr(&m, name)?;
    vm.call_args(&f, args)
}

fn self_of<'a>(vm: &Vm, args: &'a Args<'_>, kind: GenKind, what: &str) -> PyResult<&'a Value> {
    match args.all.first() {
        Some(v @ Value::Object(o)) if kind_of(o) == Some(kind) => Ok(v),
        _ => Err(vm.type_error(format!(
            "descriptor '{what}' requires a '{}' object",
            if kind == GenKind::Coroutine {
                "coroutine"
            } else {
                "async_generator"
            }
        ))),
    }
}

fn coro_await(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(vm, &args, GenKind::Coroutine, "__await__")?.clone();
    crate::builtins::method_args(vm, "__await__", &args, 0, 0)?;
    call_lib(vm, "coroutine_wrapper", &[s])
}

fn agen_aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(vm, &args, GenKind::AsyncGen, "__aiter__")?.clone();
    crate::builtins::method_args(vm, "__aiter__", &args, 0, 0)?;
    Ok(s)
}

fn agen_anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(vm, &args, GenKind::AsyncGen, "__anext__")?.clone();
    crate::builtins::method_args(vm, "__anext__", &args, 0, 0)?;
    call_lib(vm, "async_generator_asend", &[s, Value::None])
}

fn agen_asend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(vm, &args, GenKind::AsyncGen, "asend")?.clone();
    let (_, a) = crate::builtins::method_args(vm, "asend", &args, 1, 1)?;
    let v = a[0].clone();
    call_lib(vm, "async_generator_asend", &[s, v])
}

fn agen_athrow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(vm, &args, GenKind::AsyncGen, "athrow")?.clone();
    let (_, a) = crate::builtins::method_args(vm, "athrow", &args, 1, 3)?;
    let t = Value::tuple(a.to_vec());
    call_lib(vm, "async_generator_athrow", &[s, t])
}

fn agen_aclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(vm, &args, GenKind::AsyncGen, "aclose")?.clone();
    crate::builtins::method_args(vm, "aclose", &args, 0, 0)?;
    call_lib(vm, "async_generator_athrow", &[s, Value::None])
}

// ---- _metal_coro: what lib/_metal_async.py builds the awaitables on -------------------

pub fn init_module(d: &crate::objects::dict::PyDict) {
    crate::builtins::function(d, "agen_step", agen_step);
    crate::builtins::function(d, "agen_get", agen_get);
    crate::builtins::function(d, "agen_set", agen_set);
    crate::builtins::function(d, "iterable_coroutine", iterable_coroutine);
    crate::builtins::function(d, "hide_frames", hide_frames);
}

fn agen_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Rc<PyObject>> {
    match v {
        Value::Object(o) if kind_of(o) == Some(GenKind::AsyncGen) => Ok(o),
        _ => Err(vm.type_error("expected an async generator")),
    }
}

/// `agen_step(agen, value, exc)`: resume the async generator with `value`, or throw
/// `exc` into it (`exc` not None). Returns `(0, v)` when it yields `v` for an `await`
/// (passed through to the event loop), `(1, v)` for its own `yield v`, `(2, v)` when it
/// returned. Its exceptions propagate.
fn agen_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "agen_step", &args, 3, 3)?;
    let g = agen_arg(vm, &a[0])?.clone();
    let throw = if a[2].is_none() {
        None
    } else {
        Some(crate::exceptions::make_raisable(vm, a[2].clone())?)
    };
    let r = crate::generator::resume(vm, &g, a[1].clone(), throw)?;
    let (k, v) = match r {
        SendResult::Return(v) => (2, v),
        SendResult::Yield(v) => {
            let cell = gen_cell(&g).expect("an async generator");
            let st = cell.borrow();
            let awaiting = crate::generator::yield_from_exit(&st.code, st.pc).is_some();
            (if awaiting { 0 } else { 1 }, v)
        }
    };
    Ok(Value::tuple(vec![Value::from_usize(k), v]))
}

/// `agen_get(agen, i)`: 0 running_async, 1 closed, 2 hooks_inited, 3 the finalizer,
/// 4 whether its frame has finished.
fn agen_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "agen_get", &args, 2, 2)?;
    let g = agen_arg(vm, &a[0])?;
    let cell = gen_cell(g).expect("an async generator");
    let st = cell.borrow();
    let ag = st.ag.as_ref().expect("an async generator's state");
    Ok(match a[1] {
        Value::Int(0) => Value::bool(ag.running_async),
        Value::Int(1) => Value::bool(ag.closed),
        Value::Int(2) => Value::bool(ag.hooks_inited),
        Value::Int(3) => ag.finalizer.clone(),
        _ => Value::bool(st.finished),
    })
}

/// `agen_set(agen, i, value)`: see `agen_get`.
fn agen_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "agen_set", &args, 3, 3)?;
    let g = agen_arg(vm, &a[0])?;
    let flag = vm.truthy(&a[2])?;
    let cell = gen_cell(g).expect("an async generator");
    let old = {
        let mut st = cell.borrow_mut();
        let ag = st.ag.as_mut().expect("an async generator's state");
        match a[1] {
            Value::Int(0) => {
                ag.running_async = flag;
                Value::None
            }
            Value::Int(1) => {
                ag.closed = flag;
                Value::None
            }
            Value::Int(2) => {
                ag.hooks_inited = flag;
                Value::None
            }
            _ => std::mem::replace(&mut ag.finalizer, a[2].clone()),
        }
    };
    drop(old);
    Ok(Value::None)
}

// ---- finalization ---------------------------------------------------------------------

/// A coroutine or async generator freed (resurrected into `o` by the drop): a
/// coroutine never started warns that it was never awaited; an async generator with
/// a finalizer hook (asyncio's) is handed to it; the rest are closed as generators are.
pub fn finalize(vm: &mut Vm, o: &Rc<PyObject>) {
    let Some(cell) = gen_cell(o) else {
        return;
    };
    let (kind, started, finished) = {
        let g = cell.borrow();
        (g.kind, g.started, g.finished)
    };
    let obj = Value::Object(o.clone());
    if kind == GenKind::Coroutine && !started && !finished {
        if let Err(e) = warn_unawaited(vm, &obj) {
            report(vm, &e, &obj);
        }
        return;
    }
    if !started || finished {
        return;
    }
    let hook = cell
        .borrow()
        .ag
        .as_ref()
        .map(|ag| ag.finalizer.clone())
        .unwrap_or(Value::None);
    let r = if matches!(hook, Value::None | Value::Null) {
        crate::generator::gen_close(vm, o)
    } else {
        vm.call_args(&hook, std::slice::from_ref(&obj)).map(|_| ())
    };
    if let Err(e) = r {
        report(vm, &e, &obj);
    }
}

fn warn_unawaited(vm: &mut Vm, coro: &Value) -> PyResult<()> {
    let m = crate::import::import_module(vm, "warnings")?;
    let f = vm.getattr(&m, "_warn_unawaited_coroutine")?;
    vm.call_args(&f, std::slice::from_ref(coro))?;
    Ok(())
}

fn report(vm: &mut Vm, e: &PyErr, obj: &Value) {
    vm.flush_stdout();
    let what = crate::repr::repr_string(vm, obj).unwrap_or_default();
    let text = crate::exceptions::format_exception(vm, e);
    eprint!("Exception ignored in: {what}\n{text}");
}

impl Vm {
    /// GET_AWAITABLE, GET_AITER, GET_ANEXT and BEFORE_ASYNC_WITH on the value stack.
    #[inline(never)]
    pub(crate) fn async_op(&mut self, op: metal_compiler::bytecode::Op, arg: u32) -> PyResult<()> {
        use metal_compiler::bytecode::Op;
        match op {
            Op::GET_AWAITABLE => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let it = get_awaitable(self, &v, arg)?;
                self.stack.push(it);
            }
            Op::GET_AITER => {
                let v = self.stack.pop().unwrap_or(Value::None);
                let it = get_aiter(self, &v)?;
                self.stack.push(it);
            }
            Op::GET_ANEXT => {
                let aiter = self.stack.last().cloned().unwrap_or(Value::None);
                let aw = get_anext(self, &aiter)?;
                self.stack.push(aw);
            }
            _ => {
                let mgr = self.stack.pop().unwrap_or(Value::None);
                let (exit, aw) = before_async_with(self, &mgr)?;
                self.stack.push(exit);
                self.stack.push(aw);
            }
        }
        Ok(())
    }
}

/// `iterable_coroutine(func)`: `types.coroutine` on a generator function: its code
/// gets CO_ITERABLE_COROUTINE (CPython replaces `__code__` with such a copy).
fn iterable_coroutine(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    add_code_flag(
        vm,
        args,
        metal_compiler::bytecode::flags::ITERABLE_COROUTINE,
    )
}

/// `hide_frames(func)`: `func`'s frames leave no traceback entries (`METAL_HIDDEN`).
fn hide_frames(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    add_code_flag(vm, args, metal_compiler::bytecode::flags::METAL_HIDDEN)
}

fn add_code_flag(vm: &mut Vm, args: Args<'_>, flag: u32) -> PyResult<Value> {
    let a = pos_args(vm, "add_code_flag", &args, 1, 1)?;
    let Value::Function(f) = &a[0] else {
        return Err(vm.type_error("expected a function"));
    };
    let mut co = (*f.code.get().co).clone();
    co.flags |= flag;
    let code = crate::objects::function_new::make_code(vm, Rc::new(co));
    f.code.set(code);
    Ok(Value::None)
}
