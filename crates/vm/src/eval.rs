//! The eval loop: fetch, dispatch, and exception unwinding through the per-code
//! handler table. Python-to-Python calls push a frame and continue in the same loop, so
//! deep Python recursion never deepens the Rust stack.

use std::rc::Rc;

use metal_compiler::bytecode::{format_value, BinOp, CmpOp, Op};

use crate::objects::function::InlineCache;
use crate::objects::function::{Args, Code, Function};
use crate::objects::object::Payload;
use crate::objects::types::type_epoch;
use crate::ops;
use crate::value::Value;
use crate::vm::{Frame, PyErr, Ret, Vm};

mod fast;
mod regs;
mod unwind;

use fast::{builtin_receiver_tag, instance_attr_hit, note_instance_type, note_method};

/// The code of a frame, with its lifetime cut loose from the frame list's borrow.
///
/// The eval loop holds the running frame's code and instructions in locals while it
/// mutates `Vm::frames` and `Vm::stack`; cloning the `Rc`s at every call and return was a
/// measurable part of a call. This is sound because the `Code` lives behind the frame's
/// `Rc` (it does not move when `frames` reallocates), the loop switches to another
/// frame's code before the frame that owns its current one is popped, and no frame's
/// `code` is ever replaced while it runs.
#[inline(always)]
pub(super) fn frame_code<'a>(f: &crate::vm::Frame) -> &'a Code {
    // SAFETY: see above; the reference is only used while the frame is on the stack.
    unsafe { &*Rc::as_ptr(&f.code) }
}

enum Flow {
    Return(Value),
    Yield(Value),
}

/// An error leaving an instruction: `reraise` errors add no traceback entry.
struct Raised {
    err: PyErr,
    reraise: bool,
}

impl From<PyErr> for Raised {
    fn from(err: PyErr) -> Raised {
        Raised {
            err,
            reraise: false,
        }
    }
}

impl Vm {
    /// Pop the value stack's top. The compiler's stack depth bounds every frame, so the
    /// stack is never empty here (checked in debug builds, which the tests run).
    #[inline(always)]
    fn pop(&mut self) -> Value {
        let len = self.stack.len();
        debug_assert!(len > 0, "value stack underflow");
        // SAFETY: len > 0; the value is moved out and the length cut below it.
        unsafe {
            self.stack.set_len(len - 1);
            crate::value::read_split(self.stack.as_ptr().add(len - 1))
        }
    }
    /// Push without a capacity check: `reserve_frame` made room for the running frame's
    /// whole value stack (its code's `stacksize`) when it was entered (checked in debug
    /// builds, which the tests run).
    #[inline(always)]
    fn push(&mut self, v: Value) {
        let len = self.stack.len();
        debug_assert!(len < self.stack.capacity(), "value stack overflow");
        // SAFETY: len < capacity (see above).
        unsafe {
            crate::value::write_split(self.stack.as_mut_ptr().add(len), v);
            self.stack.set_len(len + 1);
        }
    }
    /// The value stack's slot `i` (a local of the running frame or a value below the
    /// top), without a bounds check: the eval loop only names slots its frame owns
    /// (checked in debug builds, which the tests run).
    #[inline(always)]
    fn slot(&self, i: usize) -> &Value {
        debug_assert!(i < self.stack.len(), "value stack slot out of range");
        // SAFETY: i < len (see above).
        unsafe { self.stack.get_unchecked(i) }
    }
    #[inline(always)]
    fn slot_mut(&mut self, i: usize) -> &mut Value {
        debug_assert!(i < self.stack.len(), "value stack slot out of range");
        // SAFETY: i < len (see above).
        unsafe { self.stack.get_unchecked_mut(i) }
    }
    /// Frame `i` of the frame stack without a bounds check: the eval loop only names
    /// its running frame, which is on the stack while it runs (checked in debug builds,
    /// which the tests run).
    #[inline(always)]
    fn fr(&self, i: usize) -> &Frame {
        debug_assert!(i < self.frames.len(), "frame index out of range");
        // SAFETY: i < len (see above).
        unsafe { self.frames.get_unchecked(i) }
    }
    #[inline(always)]
    fn fr_mut(&mut self, i: usize) -> &mut Frame {
        debug_assert!(i < self.frames.len(), "frame index out of range");
        // SAFETY: i < len (see above).
        unsafe { self.frames.get_unchecked_mut(i) }
    }
    /// Room for the running frame's deepest value stack above the current top.
    #[inline(always)]
    fn reserve_frame(&mut self, code: &Code) {
        self.stack.reserve(code.stacksize + 1);
    }
    /// `stack.truncate(n)` with each value's drop test inline (a return drops the
    /// frame's locals and the callable: mostly ints and shared references).
    #[inline(always)]
    fn truncate_stack(&mut self, n: usize) {
        while self.stack.len() > n {
            self.pop().discard();
        }
    }
    /// Return from a call: the top of the stack is the result; the frame's slots between
    /// it and `ret_base` (stack values, locals, the callable) are dropped top-down, as
    /// `truncate_stack` would, and the result moves into the slot at `ret_base`. The
    /// result never leaves the stack, so it is not spilled and copied around the drops.
    #[inline(always)]
    fn collapse_to(&mut self, ret_base: usize) {
        let top = self.stack.len() - 1;
        let mut i = top;
        while i > ret_base {
            i -= 1;
            // SAFETY: i < top < len; the slot is left holding Null (never a moved-out
            // value) while the old one's drop may run Python code.
            let old = unsafe {
                let p = self.stack.as_mut_ptr().add(i);
                let old = crate::value::read_split(p);
                crate::value::write_split(p, Value::Null);
                old
            };
            old.discard();
        }
        if top != ret_base {
            // SAFETY: both in bounds; the slot at ret_base holds Null, the one at top is
            // cut off the stack after its value moved down.
            unsafe {
                let p = self.stack.as_mut_ptr();
                crate::value::write_split(p.add(ret_base), crate::value::read_split(p.add(top)));
                self.stack.set_len(ret_base + 1);
            }
        }
    }
    #[inline]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    /// Execute instructions of frame `fidx`. Calls to and returns from Python functions
    /// switch frames here without leaving the loop; only the entry frame's return, a
    /// yield or an exception goes back to `run`.
    fn dispatch(&mut self, fidx: usize, entry: usize) -> Result<Flow, Raised> {
        let mut fidx = fidx;
        // The running frame's code, borrowed without a reference count: see `frame_code`.
        let mut code: &Code = frame_code(self.fr(fidx));
        self.reserve_frame(code);
        let mut base = self.fr(fidx).base;
        let mut pc = self.fr(fidx).pc;
        let mut instrs: &[metal_compiler::bytecode::Instr] = &code.instrs;
        macro_rules! fail {
            ($e:expr) => {{
                self.fr_mut(fidx).pc = pc;
                return Err(Raised::from($e));
            }};
        }
        // Objects freed by the instruction just run may have finalizers to run now.
        macro_rules! safe_point {
            () => {
                if crate::gc::breaker() {
                    self.fr_mut(fidx).pc = pc;
                    crate::gc::safe_point(self);
                }
            };
        }
        // Continue in the frame just pushed, its locals at `base`.
        macro_rules! enter_frame {
            ($base:expr) => {{
                fidx = self.frames.len() - 1;
                code = frame_code(self.fr(fidx));
                instrs = &code.instrs;
                self.reserve_frame(code);
                base = $base;
                pc = 0;
                continue;
            }};
        }
        // Continue in the frame now on top, where it left off.
        macro_rules! switch_frame {
            () => {{
                fidx = self.frames.len() - 1;
                code = frame_code(self.fr(fidx));
                instrs = &code.instrs;
                self.reserve_frame(code);
                base = self.fr(fidx).base;
                pc = self.fr(fidx).pc;
                continue;
            }};
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => fail!(e),
                }
            };
        }
        loop {
            // The simple instructions run in `run_simple` with the stack's top in a
            // register; it returns the first one that needs its full handler here.
            let mut running = regs::Running {
                fidx,
                code,
                instrs,
                base,
            };
            let r = self.run_simple(&mut running, entry, &mut pc);
            (fidx, code, instrs, base) = (running.fidx, running.code, running.instrs, running.base);
            let ins = tri!(r);
            // The frame's position is visible from Python code that this instruction
            // may run (a frame object's `f_lineno`, a traceback).
            self.fr_mut(fidx).pc = pc;
            let arg = ins.arg;
            match ins.op {
                // Run by `run_simple` in every case: it never hands these back.
                Op::NOP
                | Op::POP_TOP
                | Op::PUSH_NULL
                | Op::COPY
                | Op::SWAP
                | Op::LOAD_CONST
                | Op::STORE_FAST
                | Op::IS_OP
                | Op::BUILD_TUPLE
                | Op::BUILD_LIST
                | Op::GET_ITER
                | Op::FOR_ITER
                | Op::JUMP_FORWARD
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE
                | Op::KW_NAMES
                | Op::CALL => {
                    unreachable!("{:?} is run by run_simple", ins.op)
                }
                Op::LOAD_FAST => {
                    let v = self.slot(base + arg as usize);
                    if v.is_null() {
                        let name = code.co.varnames[arg as usize].clone();
                        fail!(self.new_error(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value")
                        ));
                    }
                    let v = v.clone();
                    self.push(v);
                }
                Op::DELETE_FAST => {
                    if self.slot(base + arg as usize).is_null() {
                        let name = code.co.varnames[arg as usize].clone();
                        fail!(self.new_error(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value")
                        ));
                    }
                    *self.slot_mut(base + arg as usize) = Value::Null;
                    safe_point!();
                }
                Op::LOAD_GLOBAL => {
                    let f = self.fr(fidx);
                    let cache = code.cache(pc - 1);
                    // SAFETY: the cache is written only below, after this borrow ends;
                    // reading a dict entry runs no Python code.
                    if let Ok(InlineCache::Global {
                        globals_version,
                        builtins_version,
                        in_builtins,
                        index,
                    }) = unsafe { cache.try_borrow_unguarded() }
                    {
                        if f.globals.version.get() == *globals_version
                            && f.builtins.version.get() == *builtins_version
                        {
                            let d = if *in_builtins {
                                &f.builtins
                            } else {
                                &f.globals
                            };
                            if let Some(v) = d.value_at(*index) {
                                self.push(v);
                                continue;
                            }
                        }
                    }
                    let name = &code.names[arg as usize];
                    let (v, in_builtins, index) = match f.globals.index_of_str(name) {
                        Some(i) => (f.globals.value_at(i), false, i),
                        None => match f.builtins.index_of_str(name) {
                            Some(i) => (f.builtins.value_at(i), true, i),
                            None => fail!(self.name_error(fidx, name)),
                        },
                    };
                    *cache.borrow_mut() = InlineCache::Global {
                        globals_version: f.globals.version.get(),
                        builtins_version: f.builtins.version.get(),
                        in_builtins,
                        index,
                    };
                    self.push(v.unwrap_or(Value::None));
                }
                Op::STORE_GLOBAL => {
                    let v = self.pop();
                    self.fr(fidx)
                        .globals
                        .set_str(code.names[arg as usize].clone(), v);
                    safe_point!();
                }
                Op::DELETE_GLOBAL => {
                    let name = &code.names[arg as usize];
                    if self.fr(fidx).globals.del_str(name).is_none() {
                        fail!(self.name_error(fidx, name));
                    }
                    safe_point!();
                }
                Op::LOAD_NAME => {
                    let name = &code.names[arg as usize];
                    let f = self.fr(fidx);
                    let v = match &f.locals {
                        Some(l) => match l.get_str(name) {
                            Some(v) => Some(v),
                            // A class body or exec on a mapping that is not a dict.
                            None if self.has_mapping_ns(fidx) => {
                                Some(tri!(crate::mapping_ns::load_name(self, fidx, name)))
                            }
                            None => f.globals.get_str(name).or_else(|| f.builtins.get_str(name)),
                        },
                        None => f.globals.get_str(name).or_else(|| f.builtins.get_str(name)),
                    };
                    match v {
                        Some(v) => self.push(v),
                        None => fail!(self.name_error(fidx, name)),
                    }
                }
                Op::STORE_NAME => {
                    let v = self.pop();
                    let f = self.fr(fidx);
                    match &f.locals {
                        Some(_) if self.has_mapping_ns(fidx) => {
                            let name = &code.names[arg as usize];
                            tri!(crate::mapping_ns::store_name(self, name, v));
                        }
                        Some(l) => l.set_str(code.names[arg as usize].clone(), v),
                        None => f.globals.set_str(code.names[arg as usize].clone(), v),
                    }
                    safe_point!();
                }
                Op::DELETE_NAME => {
                    let name = &code.names[arg as usize];
                    if self.has_mapping_ns(fidx) {
                        tri!(crate::mapping_ns::delete_name(self, name));
                        safe_point!();
                        continue;
                    }
                    let f = self.fr(fidx);
                    let ns = f.locals.as_ref().unwrap_or(&f.globals);
                    if ns.del_str(name).is_none() {
                        fail!(self.name_error(fidx, name));
                    }
                    safe_point!();
                }
                Op::LOAD_DEREF | Op::LOAD_CLASSDEREF => {
                    if ins.op == Op::LOAD_CLASSDEREF {
                        let name = code.co.localsplus_name(arg as usize).to_string();
                        if self.has_mapping_ns(fidx) {
                            if let Some(v) = tri!(crate::mapping_ns::load_classderef(self, &name)) {
                                self.push(v);
                                continue;
                            }
                        } else if let Some(l) = &self.fr(fidx).locals {
                            if let Some(v) = l.get_by_str(&name) {
                                self.push(v);
                                continue;
                            }
                        }
                    }
                    let v = match self.slot(base + arg as usize) {
                        Value::Cell(c) => c.borrow().clone(),
                        _ => Value::Null,
                    };
                    if v.is_null() {
                        let name = code.co.localsplus_name(arg as usize).to_string();
                        let is_free =
                            arg as usize >= code.co.varnames.len() + code.co.cellvars.len();
                        if is_free {
                            fail!(self.name_error_free(&name));
                        }
                        fail!(self.new_error(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value")
                        ));
                    }
                    self.push(v);
                }
                Op::STORE_DEREF => {
                    let v = self.pop();
                    if let Value::Cell(c) = self.slot(base + arg as usize) {
                        *c.borrow_mut() = v;
                    }
                    safe_point!();
                }
                Op::DELETE_DEREF => {
                    if let Value::Cell(c) = self.slot(base + arg as usize) {
                        let old = std::mem::take(&mut *c.borrow_mut());
                        if old.is_null() {
                            let name = code.co.localsplus_name(arg as usize).to_string();
                            fail!(self.new_error(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value")
                            ));
                        }
                    }
                }
                Op::LOAD_CLOSURE => {
                    let v = self.slot(base + arg as usize).clone();
                    self.push(v);
                }
                Op::LOAD_ATTR => {
                    let obj = self.pop();
                    let name = &code.names[arg as usize];
                    let cache = code.cache(pc - 1);
                    if let Value::Object(o) = &obj {
                        if let Some(v) = fast::cached_attr(cache, o, name) {
                            self.push(v);
                            obj.discard();
                            continue;
                        }
                    }
                    if let (Value::Object(o), InlineCache::Property { ty, epoch, place }) =
                        (&obj, &*cache.borrow())
                    {
                        if Rc::as_ptr(o.cls()) as usize == *ty
                            && *epoch == type_epoch()
                            && self.frames.len() < self.frame_limit
                        {
                            // SAFETY: the place is of this epoch.
                            let fget = match unsafe { place.value() } {
                                Some(Value::Object(p)) => match &p.payload {
                                    Payload::Property { fns, .. } => fns.borrow().fget.clone(),
                                    _ => Value::None,
                                },
                                _ => Value::None,
                            };
                            // The getter runs as a call: its function in the callable
                            // slot, the object as its one argument.
                            if let Value::Function(f) = &fget {
                                let f: *const Function = Rc::as_ptr(f);
                                let ret_base = self.stack.len();
                                self.stack.push(fget);
                                self.stack.push(obj);
                                self.fr_mut(fidx).pc = pc;
                                // SAFETY: the callable slot keeps the function alive.
                                self.push_frame_in_place(unsafe { &*f }, ret_base + 1, ret_base);
                                enter_frame!(ret_base + 1);
                            }
                        }
                    }
                    let name = name.clone();
                    let v = tri!(self.getattr_str(&obj, &name));
                    if let Value::Type(t) = &obj {
                        self.note_type_attr(cache, t, &name, &v);
                    }
                    if let Value::Object(o) = &obj {
                        if self.property_getter(o, &name).is_some() {
                            if let Some(place) = o.cls().locate(&name) {
                                *cache.borrow_mut() = InlineCache::Property {
                                    ty: Rc::as_ptr(o.cls()) as usize,
                                    epoch: type_epoch(),
                                    place,
                                };
                            }
                            self.push(v);
                            continue;
                        }
                        if let Some(index) = crate::members::cacheable_slot(
                            self,
                            o,
                            &name,
                            crate::vm::HOOK_GETATTRIBUTE,
                            true,
                        ) {
                            *cache.borrow_mut() = InlineCache::SlotAttr {
                                ty: Rc::as_ptr(o.cls()) as usize,
                                epoch: type_epoch(),
                                index,
                            };
                        } else {
                            self.note_plain_attr(cache, o, &name);
                        }
                    }
                    self.push(v);
                }
                Op::STORE_ATTR => {
                    let obj = self.pop();
                    let v = self.pop();
                    let cache = code.cache(pc - 1);
                    if let Value::Object(o) = &obj {
                        if let Some(index) = instance_attr_hit(&cache.borrow(), o) {
                            // SAFETY: storing a value runs no Python code (a replaced
                            // value's finalizer is queued, not run).
                            if let Some(d) = unsafe { o.dict_unchecked() } {
                                d.set_str_hinted(&code.names[arg as usize], index, v);
                                obj.discard();
                                safe_point!();
                                continue;
                            }
                        }
                    }
                    if let Value::Object(o) = &obj {
                        if let Some(i) = crate::members::slot_hit(&cache.borrow(), o) {
                            o.slots.set(i, v);
                            obj.discard();
                            safe_point!();
                            continue;
                        }
                    }
                    let name = code.names[arg as usize].clone();
                    tri!(self.setattr_str(&obj, &name, v));
                    if let Value::Object(o) = &obj {
                        if let Some(index) = crate::members::cacheable_slot(
                            self,
                            o,
                            &name,
                            crate::vm::HOOK_SETATTR,
                            false,
                        ) {
                            *cache.borrow_mut() = InlineCache::SlotAttr {
                                ty: Rc::as_ptr(o.cls()) as usize,
                                epoch: type_epoch(),
                                index,
                            };
                        } else if matches!(o.payload, Payload::Instance | Payload::Builtin(_))
                            && self.plain_instance_store(o, &name)
                        {
                            note_instance_type(cache, o);
                        }
                    }
                    safe_point!();
                }
                Op::DELETE_ATTR => {
                    let obj = self.pop();
                    let name = code.names[arg as usize].clone();
                    tri!(self.delattr_str(&obj, &name));
                    safe_point!();
                }
                Op::LOAD_METHOD => {
                    let obj = self.pop();
                    let cache = code.cache(pc - 1);
                    if let InlineCache::BuiltinMethod { tag, func } = &*cache.borrow() {
                        if *tag == builtin_receiver_tag(&obj) {
                            self.push(func.clone());
                            self.push(obj);
                            continue;
                        }
                    }
                    if let Value::Object(o) = &obj {
                        if let Some(func) = fast::cached_method(cache, o, &code.names[arg as usize])
                        {
                            self.push(func);
                            self.push(obj);
                            continue;
                        }
                        if let Some((func, inner)) =
                            fast::cached_inner_method(cache, o, &code.names[arg as usize])
                        {
                            self.push(func);
                            self.push(inner);
                            continue;
                        }
                        // Not a method: an instance attribute or a plain class attribute
                        // (a callable stored there), cached as LOAD_ATTR caches them.
                        let name = &code.names[arg as usize];
                        if let Some(v) = fast::cached_attr(cache, o, name) {
                            self.push(Value::Null);
                            self.push(v);
                            continue;
                        }
                    }
                    let name = code.names[arg as usize].clone();
                    // `super().name(...)` finding a plain function: the function and the
                    // instance, without a bound method.
                    if let Some((func, inst)) = fast::super_method(self, &obj, &name) {
                        self.push(func);
                        self.push(inst);
                        continue;
                    }
                    match tri!(self.load_method(&obj, &name)) {
                        Some(m) => {
                            if let (Value::Object(o), Value::Function(_)) = (&obj, &m) {
                                if matches!(
                                    o.payload,
                                    Payload::Instance | Payload::Builtin(_) | Payload::Exception(_)
                                ) {
                                    note_method(cache, o, &name, &m);
                                }
                            }
                            let tag = builtin_receiver_tag(&obj);
                            if tag != 0 && matches!(m, Value::Builtin(_)) {
                                *cache.borrow_mut() = InlineCache::BuiltinMethod {
                                    tag,
                                    func: m.clone(),
                                };
                            }
                            self.push(m);
                            self.push(obj);
                        }
                        None => {
                            if let Some((func, inner)) = self.inner_method(cache, &obj, &name) {
                                self.push(func);
                                self.push(inner);
                                continue;
                            }
                            let v = tri!(self.getattr_str(&obj, &name));
                            if let Value::Object(o) = &obj {
                                self.note_plain_attr(cache, o, &name);
                            }
                            self.push(Value::Null);
                            self.push(v);
                        }
                    }
                }
                // What `run_simple` hands back: not two unboxed numbers it could add.
                Op::BINARY_OP => {
                    let b = self.pop();
                    let a = self.pop();
                    let (op, inplace) = BinOp::from_arg(arg);
                    let r = tri!(ops::binary_op(self, &a, &b, op, inplace));
                    self.push(r);
                }
                Op::UNARY_NEGATIVE => {
                    let v = self.pop();
                    let r = tri!(ops::negative(self, &v));
                    self.push(r);
                }
                Op::UNARY_POSITIVE => {
                    let v = self.pop();
                    let r = tri!(ops::positive(self, &v));
                    self.push(r);
                }
                Op::UNARY_INVERT => {
                    let v = self.pop();
                    let r = tri!(ops::invert(self, &v));
                    self.push(r);
                }
                Op::UNARY_NOT => {
                    let v = self.pop();
                    let t = tri!(self.truthy(&v));
                    self.push(Value::bool(!t));
                }
                // What `run_simple` hands back: not two unboxed numbers.
                Op::COMPARE_OP => {
                    let op = CmpOp::from_arg(arg);
                    let b = self.pop();
                    let a = self.pop();
                    let r = tri!(ops::compare(self, &a, &b, op));
                    self.push(r);
                }
                Op::BINARY_SUBSCR => {
                    if self.binary_subscr_fast() {
                        continue;
                    }
                    let n = self.stack.len();
                    if let Some(f) =
                        self.special_frame(code.cache(pc - 1), n - 2, "__getitem__", 2, 1)
                    {
                        self.fr_mut(fidx).pc = pc;
                        let b = self.enter_special(f, 2, Ret::Value);
                        enter_frame!(b);
                    }
                    let idx = self.pop();
                    let obj = self.pop();
                    let r = tri!(crate::subscript::getitem(self, &obj, &idx));
                    idx.discard();
                    obj.discard();
                    self.push(r);
                }
                Op::STORE_SUBSCR => {
                    let n = self.stack.len();
                    if let Some(f) =
                        self.special_frame(code.cache(pc - 1), n - 2, "__setitem__", 3, 1)
                    {
                        // value, obj, key -> obj, key, value
                        self.stack[n - 3..].rotate_left(1);
                        self.fr_mut(fidx).pc = pc;
                        let b = self.enter_special(f, 3, Ret::Discard);
                        enter_frame!(b);
                    }
                    let idx = self.pop();
                    let obj = self.pop();
                    let v = self.pop();
                    if let (Value::List(l), Value::Int(i)) = (&obj, &idx) {
                        let mut items = l.items.borrow_mut();
                        let n = items.len() as i64;
                        let k = if *i < 0 { i + n } else { *i };
                        if (0..n).contains(&k) {
                            let old = std::mem::replace(&mut items[k as usize], v);
                            drop(items);
                            drop(old);
                            safe_point!();
                            continue;
                        }
                    }
                    tri!(crate::subscript::setitem(self, &obj, &idx, v));
                    safe_point!();
                }
                Op::DELETE_SUBSCR => {
                    let n = self.stack.len();
                    if let Some(f) =
                        self.special_frame(code.cache(pc - 1), n - 2, "__delitem__", 2, 1)
                    {
                        self.fr_mut(fidx).pc = pc;
                        let b = self.enter_special(f, 2, Ret::Discard);
                        enter_frame!(b);
                    }
                    let idx = self.pop();
                    let obj = self.pop();
                    tri!(crate::subscript::delitem(self, &obj, &idx));
                    safe_point!();
                }
                Op::CONTAINS_OP => {
                    // What `run_simple` hands back: a container that is an instance of
                    // a Python class.
                    let n = self.stack.len();
                    if let Some(f) =
                        self.special_frame(code.cache(pc - 1), n - 1, "__contains__", 2, 1)
                    {
                        // item, container -> container, item
                        self.stack.swap(n - 2, n - 1);
                        self.fr_mut(fidx).pc = pc;
                        let ret = if arg == 1 { Ret::NotTruth } else { Ret::Truth };
                        let b = self.enter_special(f, 2, ret);
                        enter_frame!(b);
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let r = ops::contains(self, &b, &a);
                    a.discard();
                    b.discard();
                    self.push(Value::bool(tri!(r) != (arg == 1)));
                }
                Op::BUILD_SLICE => {
                    // `seq[a:b]` and `seq[a:b] = v` on a list or tuple: no slice object.
                    let next = instrs[pc].op;
                    let k = arg as usize;
                    let n = self.stack.len();
                    let fuse = match next {
                        Op::BINARY_SUBSCR => {
                            matches!(self.stack[n - k - 1], Value::List(_) | Value::Tuple(_))
                        }
                        Op::STORE_SUBSCR => matches!(self.stack[n - k - 1], Value::List(_)),
                        _ => false,
                    };
                    if fuse {
                        let step = if k == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        let seq = self.pop();
                        self.fr_mut(fidx).pc = pc + 1;
                        pc += 1;
                        if next == Op::BINARY_SUBSCR {
                            let r = crate::subscript::slice_of(self, &seq, &start, &stop, &step)
                                .expect("a list or tuple");
                            self.push(tri!(r));
                        } else {
                            let v = self.pop();
                            if let Value::List(l) = &seq {
                                tri!(crate::subscript::list_assign_slice(
                                    self, l, &start, &stop, &step, v
                                ));
                            }
                            safe_point!();
                        }
                        continue;
                    }
                    let step = if arg == 3 { self.pop() } else { Value::None };
                    let stop = self.pop();
                    let start = self.pop();
                    let s = crate::objects::range::new_slice(self, start, stop, step);
                    self.push(s);
                }
                Op::BUILD_SET => {
                    let n = self.stack.len() - arg as usize;
                    let items: Vec<Value> = self.stack.drain(n..).collect();
                    let s = crate::objects::set::PySet::new();
                    for it in items {
                        tri!(s.add(self, it));
                    }
                    self.push(crate::gc::new_set(s));
                }
                Op::BUILD_MAP => {
                    let n = self.stack.len() - 2 * arg as usize;
                    let d = crate::objects::dict::PyDict::new();
                    // Taken from their slots one pair at a time (a key's __hash__ or
                    // __eq__ may run Python code above them).
                    for i in 0..arg as usize {
                        let k = std::mem::take(self.slot_mut(n + 2 * i));
                        let v = std::mem::take(self.slot_mut(n + 2 * i + 1));
                        tri!(d.set_item(self, k, v));
                    }
                    self.truncate_stack(n);
                    self.push(Value::Dict(crate::gc::track_dict(Rc::new(d))));
                }
                Op::BUILD_STRING => {
                    let n = self.stack.len() - arg as usize;
                    // A piece may be an instance of a str subclass (a `__format__`'s).
                    let parts = self.stack[n..]
                        .iter()
                        .filter_map(|v| crate::strformat::str_text(v).map(|p| p.as_str()));
                    let s = crate::objects::str::PyStr::from_parts(parts);
                    self.truncate_stack(n);
                    self.push(Value::Str(Rc::new(s)));
                }
                Op::LIST_APPEND => {
                    let v = self.pop();
                    let l = &self.stack[self.stack.len() - arg as usize];
                    if let Value::List(l) = l {
                        l.append(v);
                    }
                }
                Op::SET_ADD => {
                    let v = self.pop();
                    let s = self.stack[self.stack.len() - arg as usize].clone();
                    if let Value::Set(s) = s {
                        tri!(s.add(self, v));
                    }
                }
                Op::MAP_ADD => {
                    let v = self.pop();
                    let k = self.pop();
                    let d = self.stack[self.stack.len() - arg as usize].clone();
                    if let Value::Dict(d) = d {
                        tri!(d.set_item(self, k, v));
                    }
                }
                Op::LIST_EXTEND => {
                    let it = self.pop();
                    let l = self.stack[self.stack.len() - arg as usize].clone();
                    let items = match crate::iter::collect(self, &it) {
                        Ok(v) => v,
                        Err(e) => {
                            if self.err_is(&e, "TypeError") && !self.is_iterable(&it) {
                                fail!(self.type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&it)
                                )));
                            }
                            fail!(e)
                        }
                    };
                    if let Value::List(l) = l {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Op::SET_UPDATE => {
                    let it = self.pop();
                    let s = self.stack[self.stack.len() - arg as usize].clone();
                    let items = tri!(crate::iter::collect(self, &it));
                    if let Value::Set(s) = s {
                        for x in items {
                            tri!(s.add(self, x));
                        }
                    }
                }
                Op::DICT_UPDATE | Op::DICT_MERGE => {
                    let other = self.pop();
                    let d = self.stack[self.stack.len() - arg as usize].clone();
                    if let Value::Dict(d) = d {
                        if ins.op == Op::DICT_MERGE {
                            tri!(crate::builtins::dict::merge_kwargs(
                                self,
                                &d,
                                &other,
                                &self.stack[self.stack.len() - arg as usize - 2].clone()
                            ));
                        } else {
                            match crate::builtins::dict::update_from(self, &d, &other) {
                                Ok(()) => {}
                                Err(e) => {
                                    if self.err_is(&e, "AttributeError")
                                        || self.err_is(&e, "TypeError")
                                    {
                                        fail!(self.type_error(format!(
                                            "'{}' object is not a mapping",
                                            self.type_name(&other)
                                        )));
                                    }
                                    fail!(e)
                                }
                            }
                        }
                    }
                }
                Op::LIST_TO_TUPLE => {
                    let l = self.pop();
                    if let Value::List(l) = l {
                        let items = l.items.borrow().clone();
                        self.push(Value::tuple(items));
                    }
                }
                Op::UNPACK_SEQUENCE => {
                    let seq = self.pop();
                    let n = arg as usize;
                    // A tuple nobody else holds (a zip or items() pair, a returned
                    // tuple) gives its items up instead of being copied and freed.
                    if let Value::Tuple(t) = &seq {
                        if t.items.len() == n && Rc::strong_count(t) == 1 {
                            let Value::Tuple(t) = seq else { unreachable!() };
                            if let Ok(mut t) = Rc::try_unwrap(t) {
                                let items = Vec::from(std::mem::take(&mut t.items));
                                self.stack.extend(items.into_iter().rev());
                            }
                            continue;
                        }
                    }
                    match &seq {
                        Value::Tuple(t) if t.items.len() == n => {
                            self.stack.extend(t.items.iter().rev().cloned());
                        }
                        Value::List(l) if l.items.borrow().len() == n => {
                            let items = l.items.borrow();
                            self.stack.extend(items.iter().rev().cloned());
                        }
                        _ => {
                            let items = tri!(crate::iter::unpack(self, &seq, n, None));
                            self.stack.extend(items.into_iter().rev());
                        }
                    }
                }
                Op::UNPACK_EX => {
                    let seq = self.pop();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tri!(crate::iter::unpack(self, &seq, before, Some(after)));
                    self.stack.extend(items.into_iter().rev());
                }
                Op::JUMP_BACKWARD => {
                    if crate::gc::breaker() {
                        // An interrupt is reported at the jump itself.
                        tri!(crate::gc::check_interrupt(self));
                        self.fr_mut(fidx).pc = arg as usize;
                        crate::gc::safe_point(self);
                    }
                    pc = arg as usize;
                }
                Op::POP_JUMP_IF_FALSE => {
                    let v = self.pop();
                    let t = match v {
                        Value::Bool(crate::value::PyBool(b)) => b,
                        _ => tri!(self.truthy(&v)),
                    };
                    v.discard();
                    if !t {
                        pc = arg as usize;
                    }
                }
                Op::POP_JUMP_IF_TRUE => {
                    let v = self.pop();
                    let t = match v {
                        Value::Bool(crate::value::PyBool(b)) => b,
                        _ => tri!(self.truthy(&v)),
                    };
                    v.discard();
                    if t {
                        pc = arg as usize;
                    }
                }
                Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                    let v = self.top().clone();
                    let t = tri!(self.truthy(&v));
                    if t == (ins.op == Op::JUMP_IF_TRUE_OR_POP) {
                        pc = arg as usize;
                    } else {
                        self.stack.pop();
                    }
                }
                Op::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(self.pop()) } else { None };
                    let args = self.pop();
                    let func = self.pop();
                    let _null = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    let (func, all, names) = tri!(self.call_ex_args(func, &args, kwargs));
                    if let Value::Function(f) = &func {
                        if f.code.flags & metal_compiler::bytecode::flags::GENERATOR == 0 {
                            let ret_base = self.stack.len();
                            tri!(self.push_frame(
                                f,
                                Args {
                                    all: &all,
                                    kwnames: &names
                                },
                                ret_base
                            ));
                            enter_frame!(self.fr(fidx).base);
                        }
                    }
                    let r = tri!(self.call(
                        &func,
                        Args {
                            all: &all,
                            kwnames: &names
                        }
                    ));
                    self.push(r);
                }
                Op::MAKE_FUNCTION => {
                    let codev = self.pop();
                    // Popped in the reverse of the order they were pushed.
                    let closure = (arg & 0x08 != 0).then(|| self.pop());
                    let annotations = (arg & 0x04 != 0).then(|| self.pop());
                    let kwdefaults = (arg & 0x02 != 0).then(|| self.pop());
                    let defaults = (arg & 0x01 != 0).then(|| self.pop());
                    let f = tri!(crate::objects::function_new::make_function(
                        self,
                        fidx,
                        codev,
                        closure,
                        annotations,
                        kwdefaults,
                        defaults
                    ));
                    self.push(f);
                }
                Op::RETURN_VALUE => {
                    if crate::gc::breaker() {
                        self.fr_mut(fidx).pc = pc;
                        crate::gc::safe_point(self);
                    }
                    let v = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    if self.fr(fidx).inline_gen {
                        // The generator is exhausted: the consumer's loop ends (its
                        // FOR_ITER, just before its saved pc, says where).
                        v.discard();
                        crate::generator::leave_inline_finished(self);
                        let caller = self.frames.len() - 1;
                        let f = &self.frames[caller];
                        let target = frame_code(f).instrs[f.pc - 1].arg as usize;
                        self.frames[caller].pc = target;
                        self.pop().discard();
                        switch_frame!();
                    }
                    if fidx == entry || self.fr(fidx).is_generator {
                        return Ok(Flow::Return(v));
                    }
                    // Return to the calling Python frame without leaving the loop.
                    // Dropped in place: moving the frame out would reload it whole right
                    // after the call stored it field by field.
                    let ret_base = self.fr(fidx).ret_base;
                    let mut init_result = None;
                    let mut truth_of = None;
                    let mut str_of = None;
                    debug_assert_eq!(fidx, self.frames.len() - 1);
                    match self.fr(fidx).ret {
                        ret @ (Ret::Value | Ret::Called) => {
                            self.push(v);
                            self.drop_top_frame();
                            self.collapse_to(ret_base);
                            if ret == Ret::Called {
                                self.leave_native();
                            }
                        }
                        Ret::InitSelf => {
                            // The result is the instance in the slot at ret_base.
                            if !v.is_none() {
                                init_result = Some(self.type_name(&v));
                            }
                            v.discard();
                            if self.fr(fidx).obj.is_some() {
                                self.leave_frame_object(fidx);
                            }
                            self.frames.truncate(fidx);
                            self.truncate_stack(ret_base + 1);
                            self.leave_native();
                        }
                        Ret::Discard => {
                            v.discard();
                            self.drop_top_frame();
                            self.truncate_stack(ret_base);
                        }
                        Ret::Str => {
                            // Checked in the caller, as `str()` does after the call.
                            str_of = Some(v);
                            self.drop_top_frame();
                            self.truncate_stack(ret_base);
                            self.leave_native();
                        }
                        ret @ (Ret::Truth | Ret::NotTruth) => {
                            // Its truth is asked in the caller (it may run `__bool__`).
                            truth_of = Some((v, ret == Ret::NotTruth));
                            self.drop_top_frame();
                            self.truncate_stack(ret_base);
                        }
                    }
                    fidx -= 1;
                    if crate::gc::breaker() {
                        crate::gc::safe_point(self);
                    }
                    code = frame_code(self.fr(fidx));
                    instrs = &code.instrs;
                    base = self.fr(fidx).base;
                    pc = self.fr(fidx).pc;
                    if let Some(got) = init_result {
                        self.pop().discard();
                        fail!(
                            self.type_error(format!("__init__() should return None, not '{got}'"))
                        );
                    }
                    if let Some(v) = str_of {
                        let s = tri!(crate::dunder::str_call_result(self, v));
                        self.push(s);
                    }
                    if let Some((v, not)) = truth_of {
                        let t = self.truthy(&v);
                        v.discard();
                        self.push(Value::bool(tri!(t) != not));
                    }
                }
                Op::FORMAT_VALUE => {
                    let spec = if arg & format_value::HAVE_SPEC != 0 {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let v = self.pop();
                    let conv = arg & format_value::CONV_MASK;
                    // Only an instance or a class can have a `__str__`/`__repr__` of
                    // Python's (the builtin values' are the native paths below).
                    let instance = matches!(v, Value::Object(_) | Value::Type(_));
                    let by_special = match conv {
                        _ if !instance => None,
                        format_value::CONV_STR => {
                            crate::dunder::conversion_by_special(self, &v, 's')
                        }
                        format_value::CONV_REPR => {
                            crate::dunder::conversion_by_special(self, &v, 'r')
                        }
                        format_value::CONV_ASCII => {
                            crate::dunder::conversion_by_special(self, &v, 'a')
                        }
                        _ => None,
                    };
                    let v = match conv {
                        _ if by_special.is_some() => tri!(by_special.expect("checked")),
                        format_value::CONV_STR => Value::Str(tri!(self.str_of(&v))),
                        format_value::CONV_REPR => Value::Str(tri!(self.repr(&v))),
                        format_value::CONV_ASCII => {
                            let r = tri!(self.repr(&v));
                            Value::from_string(crate::repr::ascii_escape(r.as_str()))
                        }
                        _ => v,
                    };
                    let spec_s = match spec.as_ref().and_then(crate::strformat::str_text) {
                        Some(s) => s.as_str().to_string(),
                        None => String::new(),
                    };
                    let r = match (&v, spec_s.is_empty()) {
                        (Value::Str(_), true) => v,
                        // `PyObject_Format`: an instance of a str subclass it hands back
                        // stays that object.
                        _ => tri!(crate::strformat::format_object(self, &v, &spec_s)),
                    };
                    self.push(r);
                }
                Op::RAISE_VARARGS => {
                    self.fr_mut(fidx).pc = pc;
                    let e = match arg {
                        0 => {
                            if let Value::Object(o) = &self.handled {
                                let err = PyErr(o.clone());
                                return Err(Raised { err, reraise: true });
                            }
                            self.runtime_error("No active exception to reraise")
                        }
                        1 => {
                            let v = self.pop();
                            tri!(crate::exceptions::make_raisable(self, v))
                        }
                        _ => {
                            let cause = self.pop();
                            let v = self.pop();
                            let e = tri!(crate::exceptions::make_raisable(self, v));
                            tri!(crate::exceptions::set_cause(self, &e, cause));
                            e
                        }
                    };
                    return Err(Raised::from(e));
                }
                Op::PUSH_EXC_INFO => {
                    let exc = self.pop();
                    let prev = std::mem::replace(&mut self.handled, exc.clone());
                    self.push(prev);
                    self.push(exc);
                }
                Op::POP_EXCEPT => {
                    let prev = self.pop();
                    self.handled = prev;
                }
                Op::CHECK_EXC_MATCH => {
                    let ty = self.pop();
                    let exc = self.top().clone();
                    let r = tri!(crate::exceptions::exception_matches(self, &exc, &ty));
                    self.push(Value::bool(r));
                }
                Op::CHECK_EG_MATCH => {
                    let ty = self.pop();
                    let exc = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    let (rest, matched) = tri!(crate::exc_group::eg_match(self, &exc, &ty));
                    if !matched.is_none() {
                        // The body sees its part as the exception being handled.
                        self.handled = matched.clone();
                    }
                    self.push(rest);
                    self.push(matched);
                }
                Op::PREP_RERAISE_STAR => {
                    let excs = self.pop();
                    let orig = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    let list = match &excs {
                        Value::List(l) => l.items.borrow().clone(),
                        _ => Vec::new(),
                    };
                    let r = tri!(crate::exc_group::prep_reraise_star(self, &orig, &list));
                    self.push(r);
                }
                Op::GET_LEN => {
                    let v = self.top().clone();
                    let n = tri!(crate::pattern::get_len(self, &v));
                    self.push(n);
                }
                Op::MATCH_SEQUENCE => {
                    let r = crate::pattern::is_sequence(self, self.top());
                    self.push(Value::bool(r));
                }
                Op::MATCH_MAPPING => {
                    let r = crate::pattern::is_mapping(self, self.top());
                    self.push(Value::bool(r));
                }
                Op::MATCH_KEYS => {
                    let n = self.stack.len();
                    let (subject, keys) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                    let r = tri!(crate::pattern::match_keys(self, &subject, &keys));
                    self.push(r);
                }
                Op::MATCH_CLASS => {
                    let names = self.pop();
                    let cls = self.pop();
                    let subject = self.pop();
                    let r = tri!(crate::pattern::match_class(
                        self,
                        &subject,
                        &cls,
                        arg as usize,
                        &names
                    ));
                    self.push(r);
                }
                Op::RERAISE => {
                    let exc = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    if let Value::Object(o) = exc {
                        if matches!(o.payload, Payload::Exception(_)) {
                            return Err(Raised {
                                err: PyErr(o),
                                reraise: true,
                            });
                        }
                    }
                    fail!(self.runtime_error("RERAISE of a non-exception"));
                }
                Op::LOAD_ASSERTION_ERROR => {
                    let t = self.exc_type("AssertionError");
                    self.push(Value::Type(t));
                }
                Op::IMPORT_NAME => {
                    let fromlist = self.pop();
                    let level = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    let name = code.names[arg as usize].clone();
                    let m = tri!(crate::import::import_name(
                        self, fidx, &name, &fromlist, &level
                    ));
                    self.push(m);
                }
                Op::IMPORT_FROM => {
                    let m = self.top().clone();
                    self.fr_mut(fidx).pc = pc;
                    let name = code.names[arg as usize].clone();
                    let v = tri!(crate::import::import_from(self, &m, &name));
                    self.push(v);
                }
                Op::IMPORT_STAR => {
                    let m = self.pop();
                    tri!(crate::import::import_star(self, fidx, &m));
                }
                Op::PRINT_EXPR => {
                    let v = self.pop();
                    tri!(crate::builtins::displayhook(self, &v));
                }
                Op::LOAD_BUILD_CLASS => {
                    let v = self
                        .builtins
                        .get_by_str("__build_class__")
                        .unwrap_or(Value::None);
                    self.push(v);
                }
                Op::SETUP_ANNOTATIONS => {
                    if self.has_mapping_ns(fidx) {
                        tri!(crate::mapping_ns::setup_annotations(self));
                        continue;
                    }
                    let f = self.fr(fidx);
                    let ns = f.locals.clone().unwrap_or_else(|| Rc::clone(&f.globals));
                    if ns.get_by_str("__annotations__").is_none() {
                        ns.set_by_str(
                            "__annotations__",
                            Value::Dict(Rc::new(crate::objects::dict::PyDict::new())),
                        );
                    }
                }
                Op::YIELD_VALUE => {
                    let v = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    if !self.fr(fidx).inline_gen {
                        return Ok(Flow::Yield(v));
                    }
                    // Back to the consumer's FOR_ITER with the value.
                    crate::generator::leave_inline_yield(self);
                    self.push(v);
                    switch_frame!();
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = self.pop();
                    let it = if crate::generator::is_generator(&v) {
                        v
                    } else {
                        tri!(self.get_iter(&v))
                    };
                    self.push(it);
                }
                Op::SEND => {
                    let value = self.pop();
                    let recv = self.top().clone();
                    self.fr_mut(fidx).pc = pc;
                    match tri!(crate::generator::send_to(self, &recv, value)) {
                        crate::generator::SendResult::Yield(v) => self.push(v),
                        crate::generator::SendResult::Return(v) => {
                            self.stack.pop();
                            self.push(v);
                            pc = arg as usize;
                        }
                    }
                }
                Op::BEFORE_WITH => {
                    // A manager whose `__enter__` is a plain Python function: `__exit__`
                    // bound below it as before, then `__enter__` runs as a frame of this
                    // loop, its result taking the manager's place.
                    let n = self.stack.len();
                    if let Some(f) =
                        self.special_frame(code.cache(pc - 1), n - 1, "__enter__", 1, 1)
                    {
                        let mgr = self.stack[n - 1].clone();
                        let exit = tri!(crate::exceptions::bound_exit(self, &mgr));
                        self.stack.insert(n - 1, exit);
                        self.fr_mut(fidx).pc = pc;
                        let b = self.enter_special(f, 1, Ret::Value);
                        enter_frame!(b);
                    }
                    let mgr = self.pop();
                    self.fr_mut(fidx).pc = pc;
                    let (exit, value) = tri!(crate::exceptions::before_with(self, &mgr));
                    self.push(exit);
                    self.push(value);
                }
                Op::GET_AWAITABLE | Op::GET_AITER | Op::GET_ANEXT | Op::BEFORE_ASYNC_WITH => {
                    self.fr_mut(fidx).pc = pc;
                    tri!(self.async_op(ins.op, arg));
                }
                Op::END_ASYNC_FOR => {
                    let exc = self.pop();
                    if crate::coroutine::ends_async_for(self, &exc) {
                        self.stack.pop();
                    } else if let Value::Object(o) = exc {
                        self.fr_mut(fidx).pc = pc;
                        let err = PyErr(o);
                        return Err(Raised { err, reraise: true });
                    }
                }
                Op::WITH_EXCEPT_START => {
                    let n = self.stack.len();
                    let exc = self.slot(n - 1).clone();
                    let exit = self.slot(n - 3).clone();
                    self.fr_mut(fidx).pc = pc;
                    let ty = Value::Type(self.type_of(&exc));
                    let tb = crate::exceptions::traceback_of(self, &exc);
                    let r = tri!(self.call_args(&exit, &[ty, exc, tb]));
                    self.push(r);
                }
                Op::UNSUPPORTED => {
                    if arg == crate::objects::function_new::UNSUPPORTED_PAST_END {
                        fail!(self.new_error(
                            "SystemError",
                            "execution ran past the end of the bytecode"
                        ));
                    }
                    fail!(self.not_implemented("this construct"))
                }
            }
        }
    }

    fn name_error_free(&self, name: &str) -> PyErr {
        self.new_error(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

impl Vm {
    /// `special_frame_func` for the value at `at` on the stack, when it is an object.
    #[inline]
    fn special_frame(
        &mut self,
        cache: &std::cell::RefCell<InlineCache>,
        at: usize,
        name: &'static str,
        argc: usize,
        levels: usize,
    ) -> Option<Rc<Function>> {
        let obj = match &self.stack[at] {
            v @ Value::Object(_) => v.clone(),
            _ => return None,
        };
        let f = self.special_frame_func(cache, &obj, name, argc, levels);
        obj.discard();
        f
    }

    /// Push the frame of a special method's function `f` (from `special_frame`) on its
    /// `argc` arguments, the top of the stack: the function takes the slot below them,
    /// where the frame's result goes as `ret` says. Returns the frame's locals base.
    fn enter_special(&mut self, f: Rc<Function>, argc: usize, ret: Ret) -> usize {
        let ret_base = self.stack.len() - argc;
        self.stack.insert(ret_base, Value::Null);
        self.push_special_frame(f, ret_base, ret_base + 1, ret_base, ret);
        ret_base + 1
    }

    /// Push the frame of a special method's function `f` on the arguments from `base`
    /// up (self first): `f` replaces what the callable slot `slot` (at `ret_base` or
    /// just above it) held, and keeps the borrowing frame's parts alive while it runs;
    /// `ret` says what the caller receives.
    pub(super) fn push_special_frame(
        &mut self,
        f: Rc<Function>,
        slot: usize,
        base: usize,
        ret_base: usize,
        ret: Ret,
    ) {
        let fp: *const Function = Rc::as_ptr(&f);
        std::mem::replace(&mut self.stack[slot], Value::Function(f)).discard();
        // SAFETY: the function's slot keeps it alive while its frame runs.
        self.push_frame_in_place(unsafe { &*fp }, base, ret_base);
        let top = self.frames.len() - 1;
        self.frames[top].ret = ret;
    }
}
