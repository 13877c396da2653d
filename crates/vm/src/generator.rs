//! Generators: a suspended frame (its locals and value stack moved off the vm stack)
//! resumed by `next`/`send`/`throw`, with PEP 479's StopIteration → RuntimeError.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Code, Function};
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{Frame, FrameExit, PyErr, PyResult, Vm};

pub struct GenState {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    pub pc: usize,
    /// Localsplus followed by the value stack, while suspended.
    pub values: Vec<Value>,
    pub started: bool,
    pub finished: bool,
    pub running: bool,
    pub name: Rc<crate::objects::str::PyStr>,
    pub qualname: Rc<crate::objects::str::PyStr>,
    /// The frame object (`gi_frame`) while the generator is suspended, once one was
    /// made; while it runs, its vm frame holds it.
    pub frame: Option<Rc<PyObject>>,
    /// The index of the generator's vm frame while it runs.
    pub run_index: usize,
    /// A generator, a coroutine or an async generator (docs/eval-loop.md).
    pub kind: GenKind,
    /// An async generator's own state (`crate::coroutine`).
    pub ag: Option<Box<crate::coroutine::AgState>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGen,
}

impl GenKind {
    /// The word CPython's messages use.
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGen => "async generator",
        }
    }
}

/// The state of a generator, coroutine or async generator object.
#[inline]
pub fn gen_cell(o: &PyObject) -> Option<&RefCell<GenState>> {
    match &o.payload {
        Payload::Generator(c) | Payload::Coroutine(c) => Some(c),
        _ => None,
    }
}

impl Drop for GenState {
    /// A generator freed while its frame object lives on (a not yet started one, or one
    /// whose close has run): the object keeps the locals it had.
    fn drop(&mut self) {
        if let Some(o) = self.frame.take() {
            if Rc::strong_count(&o) > 1 {
                let n = self.code.nlocalsplus.min(self.values.len());
                let values: Box<[Value]> = self.values.drain(..n).collect();
                crate::objects::frame::finish_suspended(&o, values);
            }
        }
    }
}

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

pub fn is_generator(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Generator(_)))
}

pub fn new_generator(vm: &mut Vm, func: &Rc<Function>, args: Args<'_>) -> PyResult<Value> {
    use metal_compiler::bytecode::flags;
    let n = func.code.nlocalsplus;
    // Room for the value stack too: a suspension moves it here.
    let mut slots = Vec::with_capacity(n + func.code.co.stacksize as usize);
    slots.resize(n, Value::Null);
    vm.bind_args(func, args, &mut slots)?;
    vm.init_cells(func, &mut slots);
    let st = GenState {
        code: func.code.clone(),
        globals: func.globals.clone(),
        builtins: func.builtins.clone(),
        pc: 0,
        values: slots,
        started: false,
        finished: false,
        running: false,
        name: func.name.borrow().clone(),
        qualname: func.qualname.borrow().clone(),
        frame: None,
        run_index: 0,
        kind: GenKind::Generator,
        ag: None,
    };
    let co_flags = func.code.co.flags;
    if co_flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        return Ok(crate::coroutine::new_coroutine(vm, st, co_flags));
    }
    Ok(Value::Object(PyObject::new(
        vm.types.generator.clone(),
        Payload::Generator(Box::new(RefCell::new(st))),
    )))
}

/// Resume a generator with `sent` (or by throwing `throw` into it).
pub fn resume(
    vm: &mut Vm,
    gen: &Rc<PyObject>,
    sent: Value,
    throw: Option<PyErr>,
) -> PyResult<SendResult> {
    let Some(cell) = gen_cell(gen) else {
        return Err(vm.type_error("not a generator"));
    };
    // The generator's code, globals and builtins, shared with its frame uncounted: the
    // state is boxed inside `gen` (kept alive by our caller) and never replaced.
    type Parts = (*const Rc<Code>, *const Rc<PyDict>, *const Rc<PyDict>);
    let ((code, globals, builtins), pc, values, started): (Parts, usize, Vec<Value>, bool) = {
        let mut g = cell.borrow_mut();
        if g.running {
            let kind = g.kind;
            drop(g);
            return Err(vm.value_error(format!("{} already executing", kind.noun())));
        }
        if g.finished {
            let kind = g.kind;
            drop(g);
            if kind == GenKind::Coroutine {
                return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
            }
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok(SendResult::Return(Value::None));
        }
        if let (false, Some(e)) = (g.started, &throw) {
            // Nothing has run yet: the exception is raised where the body would start,
            // and the traceback shows the generator's frame there.
            let e = e.clone();
            g.finished = true;
            let values = std::mem::take(&mut g.values).into_boxed_slice();
            let (code, globals, builtins) = (g.code.clone(), g.globals.clone(), g.builtins.clone());
            let old = g.frame.take();
            drop(g);
            let frame = match old {
                Some(o) => {
                    crate::objects::frame::finish_suspended(&o, values);
                    o
                }
                None => vm.finished_frame_object(&code, &globals, &builtins, 0, values),
            };
            e.data()
                .traceback
                .borrow_mut()
                .push(crate::objects::exceptions::TbEntry {
                    code,
                    pc: crate::objects::exceptions::TbEntry::DEF_LINE,
                    frame: Some(frame),
                });
            return Err(e);
        }
        if !g.started && !sent.is_none() && throw.is_none() {
            let kind = g.kind;
            drop(g);
            return Err(vm.type_error(format!(
                "can't send non-None value to a just-started {}",
                kind.noun()
            )));
        }
        g.running = true;
        (
            (&g.code, &g.globals, &g.builtins),
            g.pc,
            std::mem::take(&mut g.values),
            g.started,
        )
    };
    // SAFETY: see above; the pointers stay valid while `gen` lives.
    let code: &Rc<Code> = unsafe { &*code };
    let (mut pc, mut values, mut throw) = (pc, values, throw);
    let mut push_sent = started && throw.is_none();
    // Suspended inside `yield from`: the exception goes to the sub-iterator first.
    if let (true, Some(e), Some(after)) = (started, &throw, yield_from_exit(code, pc)) {
        let sub = values.last().cloned().unwrap_or(Value::None);
        match throw_into(vm, &sub, e.clone()) {
            Delegated::Yield(v) => {
                // The sub-iterator yielded: so does this generator, still suspended.
                let mut g = cell.borrow_mut();
                g.running = false;
                g.values = values;
                return Ok(SendResult::Yield(v));
            }
            Delegated::Return(v) => {
                // It returned: `yield from` evaluates to the value and the body goes on.
                values.pop();
                values.push(v);
                pc = after;
                throw = None;
                push_sent = false;
            }
            Delegated::Raise(e2) => throw = Some(e2),
        }
    }
    if vm.frames.len() >= vm.frame_limit {
        let mut g = cell.borrow_mut();
        g.running = false;
        g.values = values;
        drop(g);
        return Err(vm.new_error("RecursionError", "maximum recursion depth exceeded"));
    }
    let base = vm.stack.len();
    // The values move to the stack and back into the same vector at the next yield,
    // which keeps its allocation.
    vm.stack.append(&mut values);
    if push_sent {
        vm.stack.push(sent);
    }
    // SAFETY: as above, the generator outlives its frame.
    let mut frame = unsafe { Frame::borrowing_parts(code, &*globals, &*builtins, base) };
    frame.pc = pc;
    frame.is_generator = true;
    vm.frames.push(frame);
    let entry = vm.frames.len() - 1;
    let fobj = {
        let mut g = cell.borrow_mut();
        g.run_index = entry;
        g.frame.take()
    };
    if let Some(o) = fobj {
        vm.resume_frame_object(entry, o);
    }
    if throw.is_some() {
        // The exception appears at the yield the generator is suspended in.
        if let Some(f) = vm.frames.last_mut() {
            f.pc = pc.max(1);
        }
    }
    let r = match vm.enter_nested(true) {
        Err(e) => {
            let fobj = vm.suspend_frame_object(entry, gen);
            cell.borrow_mut().frame = fobj;
            let f = vm.frames.pop();
            if let Some(f) = f {
                vm.stack.truncate(f.base);
            }
            Err(e)
        }
        Ok(counted) => {
            vm.native_depth += 1;
            let r = vm.run(entry, throw);
            vm.native_depth -= 1;
            if counted {
                vm.leave_native();
            }
            r
        }
    };
    let mut g = cell.borrow_mut();
    g.running = false;
    g.started = true;
    match r {
        Ok(FrameExit::Yield(v)) => {
            let idx = vm.frames.len() - 1;
            if vm.frames[idx].obj.is_some() {
                g.frame = vm.suspend_frame_object(idx, gen);
            }
            let f = vm.frames.pop().expect("the generator frame");
            g.pc = f.pc;
            move_tail(&mut vm.stack, f.base, &mut values);
            g.values = values;
            Ok(SendResult::Yield(v))
        }
        Ok(FrameExit::Return(v)) => {
            g.finished = true;
            g.frame = None;
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            g.finished = true;
            g.frame = None;
            let kind = g.kind;
            drop(g);
            Err(escaping_exception_of(vm, e, kind))
        }
    }
}

/// Move `src[from..]` to the end of `dst` (a bitwise move, as `Vec::append` does).
fn move_tail(src: &mut Vec<Value>, from: usize, dst: &mut Vec<Value>) {
    let n = src.len() - from;
    dst.reserve(n);
    // SAFETY: the `n` values are moved: `dst` takes them and `src` forgets them by
    // cutting its length, so each is owned exactly once.
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr().add(from), dst.as_mut_ptr().add(dst.len()), n);
        dst.set_len(dst.len() + n);
        src.set_len(from);
    }
}

/// When the instruction at `pc` (where a generator resumes) is the jump back to the
/// SEND of a `yield from` loop: the instruction after that loop.
pub(crate) fn yield_from_exit(code: &Code, pc: usize) -> Option<usize> {
    use metal_compiler::bytecode::Op;
    let jump = code.instrs.get(pc)?;
    if jump.op != Op::JUMP_BACKWARD {
        return None;
    }
    let send = code.instrs.get(jump.arg as usize)?;
    (send.op == Op::SEND).then_some(send.arg as usize)
}

enum Delegated {
    Yield(Value),
    Return(Value),
    Raise(PyErr),
}

/// `throw()` into the iterator a `yield from` is running (PEP 380): GeneratorExit
/// closes it and is then raised here; otherwise its `throw` method decides.
fn throw_into(vm: &mut Vm, sub: &Value, e: PyErr) -> Delegated {
    let gen = match sub {
        Value::Object(o) if gen_cell(o).is_some() => Some(o.clone()),
        _ => None,
    };
    if vm.err_is(&e, "GeneratorExit") {
        let closed = match &gen {
            Some(g) => gen_close(vm, g),
            None => match vm.getattr_opt(sub, "close") {
                Ok(Some(close)) => vm.call_args(&close, &[]).map(|_| ()),
                Ok(None) => Ok(()),
                Err(err) => Err(err),
            },
        };
        return Delegated::Raise(closed.err().unwrap_or(e));
    }
    let r = match &gen {
        Some(g) => match resume(vm, g, Value::None, Some(e)) {
            Ok(SendResult::Yield(v)) => return Delegated::Yield(v),
            Ok(SendResult::Return(v)) => return Delegated::Return(v),
            Err(err) => Err(err),
        },
        None => match vm.getattr_opt(sub, "throw") {
            Ok(Some(t)) => {
                let exc = e.value();
                vm.call_args(&t, &[exc])
            }
            Ok(None) => return Delegated::Raise(e),
            Err(err) => Err(err),
        },
    };
    match r {
        Ok(v) => Delegated::Yield(v),
        Err(err) if vm.err_is(&err, "StopIteration") => {
            let v = match &*err.data().args.borrow() {
                Value::Tuple(t) if !t.items.is_empty() => t.items[0].clone(),
                _ => Value::None,
            };
            Delegated::Return(v)
        }
        Err(err) => Delegated::Raise(err),
    }
}

/// SEND for `yield from`: to a generator, or `next`/`send` on another iterator.
pub fn send_to(vm: &mut Vm, recv: &Value, value: Value) -> PyResult<SendResult> {
    if let Value::Object(o) = recv {
        if gen_cell(o).is_some() {
            return resume(vm, o, value, None);
        }
    }
    // A user iterator's `__next__` is called directly: the StopIteration it raises may
    // carry the value of the `yield from`.
    let user = matches!(recv, Value::Object(o) if matches!(o.payload, Payload::Instance | Payload::Builtin(_)));
    let r = if value.is_none() && !user {
        vm.next(recv).map(|v| v.ok_or(()))
    } else if value.is_none() {
        vm.call_method(recv, "__next__", &[]).map(Ok)
    } else {
        vm.call_method(recv, "send", &[value]).map(Ok)
    };
    match r {
        Ok(Ok(v)) => Ok(SendResult::Yield(v)),
        Ok(Err(())) => Ok(SendResult::Return(Value::None)),
        Err(e) if vm.err_is(&e, "StopIteration") => {
            let v = match &*e.data().args.borrow() {
                Value::Tuple(t) if !t.items.is_empty() => t.items[0].clone(),
                _ => Value::None,
            };
            Ok(SendResult::Return(v))
        }
        Err(e) => Err(e),
    }
}

pub fn gen_close(vm: &mut Vm, gen: &Rc<PyObject>) -> PyResult<()> {
    let Some(cell) = gen_cell(gen) else {
        return Ok(());
    };
    let kind = cell.borrow().kind;
    if cell.borrow().running {
        return Err(vm.value_error(format!("{} already executing", kind.noun())));
    }
    {
        let g = cell.borrow();
        if g.finished || !g.started {
            drop(g);
            cell.borrow_mut().finished = true;
            return Ok(());
        }
    }
    let exit = vm.new_exception(vm.exc_type("GeneratorExit"), vec![]);
    match resume(vm, gen, Value::None, Some(exit)) {
        Ok(SendResult::Yield(_)) => {
            Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind.noun())))
        }
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
}

// Generators run inside their consumer's eval loop (FOR_ITER), as CPython 3.11 links a
// generator's frame above the frame iterating it: no nested `run`, no native recursion
// per level of `for x in gen()`. The consumer's stack slot just below the generator
// frame's `base` holds the generator object (FOR_ITER's iterator), which keeps the
// state, and so the code and globals the frame borrows, alive.

/// FOR_ITER on `gen`: push its frame, ready to continue where it is suspended (with
/// `None` as the value of that yield), and return true; false when it must go the
/// general way (running, finished, or too deep).
pub(crate) fn enter_inline(vm: &mut Vm, gen: &Rc<PyObject>) -> bool {
    let Payload::Generator(cell) = &gen.payload else {
        return false;
    };
    if vm.frames.len() >= vm.frame_limit {
        return false;
    }
    let Ok(mut g) = cell.try_borrow_mut() else {
        return false;
    };
    if g.running || g.finished {
        return false;
    }
    g.running = true;
    let base = vm.stack.len();
    vm.stack.append(&mut g.values);
    if g.started {
        vm.stack.push(Value::None);
    }
    // SAFETY: the generator object, in the consumer's slot below `base`, owns the state
    // these borrow from for as long as the frame runs.
    let mut frame = unsafe { Frame::borrowing_parts(&g.code, &g.globals, &g.builtins, base) };
    frame.pc = g.pc;
    frame.is_generator = true;
    frame.inline_gen = true;
    vm.frames.push(frame);
    g.run_index = vm.frames.len() - 1;
    if let Some(o) = g.frame.take() {
        vm.resume_frame_object(g.run_index, o);
    }
    true
}

/// The generator whose inline frame starts at `base`.
fn inline_owner(vm: &Vm, base: usize) -> Rc<PyObject> {
    match &vm.stack[base - 1] {
        Value::Object(o) => o.clone(),
        _ => unreachable!("an inline generator frame sits above its generator"),
    }
}

/// YIELD_VALUE in the inline generator frame on top (its pc just saved): keep the
/// frame's values and position in the generator and pop the frame.
#[inline(never)]
pub(crate) fn leave_inline_yield(vm: &mut Vm) {
    let idx = vm.frames.len() - 1;
    let (pc, base) = (vm.frames[idx].pc, vm.frames[idx].base);
    let gen = inline_owner(vm, base);
    let Payload::Generator(cell) = &gen.payload else {
        unreachable!()
    };
    if vm.frames[idx].obj.is_some() {
        let fobj = vm.suspend_frame_object(idx, &gen);
        cell.borrow_mut().frame = fobj;
    }
    // (A generator's frame borrows its parts: cut off without its drop glue.)
    vm.drop_top_frame();
    let mut g = cell.borrow_mut();
    g.pc = pc;
    g.running = false;
    g.started = true;
    move_tail(&mut vm.stack, base, &mut g.values);
}

/// The inline generator frame on top returned, or an exception leaves it: the
/// generator is finished; its frame and values are dropped.
pub(crate) fn leave_inline_finished(vm: &mut Vm) {
    let idx = vm.frames.len() - 1;
    if vm.frames[idx].obj.is_some() {
        vm.leave_frame_object(idx);
    }
    let f = vm.frames.pop().expect("the generator frame");
    let gen = inline_owner(vm, f.base);
    while vm.stack.len() > f.base {
        drop(vm.stack.pop());
    }
    drop(f);
    if let Payload::Generator(cell) = &gen.payload {
        let mut g = cell.borrow_mut();
        g.running = false;
        g.started = true;
        g.finished = true;
        g.frame = None;
        g.values.clear();
    }
}

/// `gen.gi_frame`: the generator's frame object (made on first request), None once it
/// is finished.
pub fn gi_frame(vm: &mut Vm, gen: &Rc<PyObject>) -> Value {
    let Some(cell) = gen_cell(gen) else {
        return Value::None;
    };
    let (finished, running, idx, pc) = {
        let g = cell.borrow();
        (g.finished, g.running, g.run_index, g.pc)
    };
    if finished {
        return Value::None;
    }
    if running {
        if idx < vm.frames.len() && vm.frames[idx].is_generator {
            return Value::Object(vm.frame_object(idx));
        }
        return Value::None;
    }
    if let Some(o) = &cell.borrow().frame {
        return Value::Object(o.clone());
    }
    let o = {
        let g = cell.borrow();
        crate::objects::frame::suspended_frame_object(vm, &g.code, &g.globals, &g.builtins, gen, pc)
    };
    cell.borrow_mut().frame = Some(o.clone());
    Value::Object(o)
}

/// `gen.gi_yieldfrom`: the iterator a `yield from` it is suspended in delegates to.
pub fn gi_yieldfrom(gen: &Rc<PyObject>) -> Value {
    let Some(cell) = gen_cell(gen) else {
        return Value::None;
    };
    let g = cell.borrow();
    if !g.started || g.finished || g.running || yield_from_exit(&g.code, g.pc).is_none() {
        return Value::None;
    }
    g.values.last().cloned().unwrap_or(Value::None)
}

/// An exception leaving a generator's frame: StopIteration becomes RuntimeError (PEP
/// 479), with the StopIteration as its cause.
pub(crate) fn escaping_exception(vm: &mut Vm, e: PyErr) -> PyErr {
    escaping_exception_of(vm, e, GenKind::Generator)
}

/// The same for a coroutine (StopIteration) or an async generator (StopIteration and
/// StopAsyncIteration).
pub(crate) fn escaping_exception_of(vm: &mut Vm, e: PyErr, kind: GenKind) -> PyErr {
    let what = if vm.err_is(&e, "StopIteration") {
        "StopIteration"
    } else if kind == GenKind::AsyncGen && vm.err_is(&e, "StopAsyncIteration") {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let re = vm.runtime_error(format!("{} raised {what}", kind.noun()));
    *re.data().cause.borrow_mut() = e.value();
    *re.data().context.borrow_mut() = e.value();
    re.data().suppress_context.set(true);
    re
}
