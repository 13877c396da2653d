//! The eval loop's inner loop, with the value stack's top held in a register.
//!
//! `Vm::stack` is a `Vec`: every push and pop through it loads the length from memory
//! and stores it back, and the next instruction's load of that length waits for the
//! store. Here the common instructions that need nothing but the value stack, the
//! frame's locals, constants and the inline caches run with the top of the stack in a
//! local pointer, which the compiler keeps in a register. Any instruction (or case of
//! one) that could run Python code, raise, or touch the stack through `Vm` methods
//! leaves this loop *before changing anything*; the stack's length is written back and
//! `dispatch` runs the instruction with its full handler. So every handler here is a
//! shortcut for a case the full handler also covers, and behaviour cannot differ.

use std::rc::Rc;

use metal_compiler::bytecode::{CmpOp, Instr, Op};

use super::fast::{builtin_receiver_tag, fast_binop, fast_compare, instance_attr_hit};
use crate::objects::function::{Code, InlineCache, NativeKind};
use crate::objects::object::Payload;
use crate::value::{read_split, write_split, Value};
use crate::vm::Ret;

/// The running frame as `dispatch` holds it in locals.
#[derive(Clone, Copy)]
pub(super) struct Running<'c> {
    pub fidx: usize,
    pub code: &'c Code,
    pub instrs: &'c [Instr],
    pub base: usize,
}

impl crate::vm::Vm {
    /// Run instructions of the frame `fidx` from `*pc` while they are simple; return
    /// the first one that is not, with `*pc` just past it (as `dispatch` expects after
    /// fetching it) and `Vm::stack`'s length up to date; or the error an instruction
    /// raised, with `*pc` just past that instruction, as `dispatch` leaves it.
    ///
    /// Calls of plain Python functions and returns to a Python caller switch frames
    /// here too, so the running frame (`fidx`, its `code`, `instrs`, locals `base`) may
    /// change; `entry` is the frame whose return leaves `dispatch`.
    #[inline(always)]
    pub(super) fn run_simple<'c>(
        &mut self,
        frame: &mut Running<'c>,
        entry: usize,
        pc: &mut usize,
    ) -> Result<Instr, crate::vm::PyErr> {
        let Running {
            mut fidx,
            mut code,
            mut instrs,
            mut base,
        } = *frame;
        // `sp` is one past the stack's top, `lp` the running frame's first local and
        // `ip` the next instruction: the three stay in registers (with `self` and
        // `code`; the rest of the state is read from memory where it is needed). Only
        // what can run Python code or push a frame reallocates the stack's buffer;
        // `sp` and `lp` are reloaded after it.
        let sb = self.stack.as_mut_ptr();
        // SAFETY: len <= capacity; base <= len; *pc is inside the instructions.
        let mut sp: *mut Value = unsafe { sb.add(self.stack.len()) };
        let mut lp: *mut Value = unsafe { sb.add(base) };
        let mut ip: *const Instr = unsafe { instrs.as_ptr().add(*pc) };
        macro_rules! depth {
            () => {
                // SAFETY: sp points into the stack's buffer.
                unsafe { sp.offset_from(self.stack.as_ptr()) as usize }
            };
        }
        // The index of the next instruction (the running frame's pc).
        macro_rules! pc_now {
            () => {
                // SAFETY: ip points into the running code's instructions.
                unsafe { ip.offset_from(instrs.as_ptr()) as usize }
            };
        }
        macro_rules! jump {
            ($target:expr) => {
                // SAFETY: jump targets are inside the instructions (`make_code`).
                ip = unsafe { instrs.as_ptr().add($target as usize) }
            };
        }
        // Push without a capacity check: the frame's `stacksize` was reserved when it
        // was entered (checked in debug builds, which the tests run).
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                debug_assert!(depth!() < self.stack.capacity(), "value stack overflow");
                // SAFETY: below capacity (see above).
                unsafe {
                    write_split(sp, v);
                    sp = sp.add(1);
                }
            }};
        }
        macro_rules! pop {
            () => {{
                debug_assert!(depth!() > base, "value stack underflow");
                // SAFETY: the compiler's stack depth keeps the frame's values above
                // its locals; the value is moved out and the top cut below it.
                unsafe {
                    sp = sp.sub(1);
                    read_split(sp)
                }
            }};
        }
        // The value `$i` places down from the top (1 is the top).
        macro_rules! peek {
            ($i:expr) => {{
                debug_assert!(depth!() >= base + $i as usize);
                // SAFETY: as for pop.
                unsafe { &*sp.sub($i as usize) }
            }};
        }
        macro_rules! local {
            ($i:expr) => {{
                debug_assert!(base + ($i as usize) < depth!());
                // SAFETY: a frame's locals lie below its value stack.
                unsafe { &mut *lp.add($i as usize) }
            }};
        }
        macro_rules! sync {
            () => {{
                let n = depth!();
                // SAFETY: sp is within the buffer and everything below it initialised.
                unsafe { self.stack.set_len(n) }
            }};
        }
        // Objects freed by the instruction just run may have finalizers to run now:
        // with the stack written back, as they run Python code.
        macro_rules! reload {
            () => {{
                let sb = self.stack.as_mut_ptr();
                // SAFETY: len <= capacity and base <= len.
                sp = unsafe { sb.add(self.stack.len()) };
                lp = unsafe { sb.add(base) };
            }};
        }
        macro_rules! safe_point {
            () => {
                if crate::gc::breaker() {
                    sync!();
                    self.fr_mut(fidx).pc = pc_now!();
                    crate::gc::safe_point(self);
                    reload!();
                }
            };
        }
        // Continue in the frame just pushed, its locals at `$base`.
        macro_rules! enter {
            ($base:expr) => {{
                fidx = self.frames.len() - 1;
                code = super::frame_code(self.fr(fidx));
                instrs = &code.instrs;
                self.reserve_frame(code);
                base = $base;
                ip = instrs.as_ptr();
                reload!();
            }};
        }
        // Take up the frame now on top where it left off (its stack is reloaded after).
        macro_rules! resume {
            () => {{
                fidx = self.frames.len() - 1;
                let f = self.fr(fidx);
                code = super::frame_code(f);
                instrs = &code.instrs;
                base = f.base;
                let pc = f.pc;
                jump!(pc);
            }};
        }
        // Continue in the frame now on top (a generator's, or a consumer's after a
        // yield), making room for its value stack.
        macro_rules! switch {
            () => {{
                resume!();
                self.reserve_frame(code);
                reload!();
            }};
        }
        let r = loop {
            debug_assert!(pc_now!() < instrs.len());
            // SAFETY: `make_code` guarantees that execution never leaves the
            // instructions (no fall-through at the end; jump targets inside).
            let ins = unsafe { *ip };
            ip = unsafe { ip.add(1) };
            #[cfg(feature = "opstats")]
            crate::opstats::count(code, ins.op);
            let arg = ins.arg;
            match ins.op {
                Op::NOP => {}
                Op::LOAD_FAST => {
                    let v = local!(arg);
                    if v.is_null() {
                        break Ok(ins);
                    }
                    let v = v.clone();
                    push!(v);
                }
                Op::STORE_FAST => {
                    let v = pop!();
                    std::mem::replace(local!(arg), v).discard();
                }
                Op::LOAD_CONST => push!(code.konst(arg).clone()),
                Op::POP_TOP => {
                    pop!().discard();
                    safe_point!();
                }
                Op::PUSH_NULL => push!(Value::Null),
                Op::COPY => {
                    let v = peek!(arg).clone();
                    push!(v);
                }
                Op::SWAP => {
                    debug_assert!(depth!() >= base + arg as usize);
                    // SAFETY: both slots hold values of this frame.
                    unsafe { std::ptr::swap(sp.sub(1), sp.sub(arg as usize)) }
                }
                Op::BINARY_OP => {
                    let Some(r) = fast_binop(arg, peek!(2), peek!(1)) else {
                        break Ok(ins);
                    };
                    // Both operands were unboxed ints or floats: nothing to drop.
                    // SAFETY: the slot below the top takes the result.
                    unsafe {
                        sp = sp.sub(1);
                        write_split(sp.sub(1), r);
                    }
                }
                Op::COMPARE_OP => {
                    let op = CmpOp::from_arg(arg);
                    let Some(r) = fast_compare(op, peek!(2), peek!(1)) else {
                        // Two str compared for (in)equality: no Python code.
                        let (Value::Str(a), Value::Str(b)) = (peek!(2), peek!(1)) else {
                            break Ok(ins);
                        };
                        let r = match op {
                            CmpOp::Eq => a.as_str() == b.as_str(),
                            CmpOp::Ne => a.as_str() != b.as_str(),
                            _ => break Ok(ins),
                        };
                        pop!().discard();
                        pop!().discard();
                        push!(Value::bool(r));
                        safe_point!();
                        continue;
                    };
                    // Both operands were unboxed: nothing to drop. A conditional jump
                    // right after takes the result directly.
                    // SAFETY: an instruction that falls through is never the last one
                    // (`make_code` appends a guard).
                    let next = unsafe { *ip };
                    if next.op == Op::POP_JUMP_IF_FALSE || next.op == Op::POP_JUMP_IF_TRUE {
                        // SAFETY: the two operands are cut off.
                        sp = unsafe { sp.sub(2) };
                        if r == (next.op == Op::POP_JUMP_IF_TRUE) {
                            jump!(next.arg);
                        } else {
                            // SAFETY: past the jump, still inside (as above).
                            ip = unsafe { ip.add(1) };
                        }
                    } else {
                        // SAFETY: the slot below the top takes the result.
                        unsafe {
                            sp = sp.sub(1);
                            write_split(sp.sub(1), Value::bool(r));
                        }
                    }
                }
                Op::IS_OP => {
                    let b = pop!();
                    let a = pop!();
                    let r = a.is(&b) != (arg == 1);
                    a.discard();
                    b.discard();
                    push!(Value::bool(r));
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let t = match peek!(1) {
                        Value::Bool(crate::value::PyBool(b)) => *b,
                        Value::Int(i) => *i != 0,
                        Value::None => false,
                        // The builtin containers' truth needs no Python code; the value
                        // is dropped after the jump.
                        v => {
                            let t = match v {
                                Value::Str(s) => !s.as_str().is_empty(),
                                Value::List(l) => !l.items.borrow().is_empty(),
                                Value::Tuple(t) => !t.items.is_empty(),
                                Value::Dict(d) => !d.is_empty(),
                                _ => break Ok(ins),
                            };
                            if t == (ins.op == Op::POP_JUMP_IF_TRUE) {
                                jump!(arg);
                            }
                            pop!().discard();
                            safe_point!();
                            continue;
                        }
                    };
                    // Unboxed: nothing to drop.
                    sp = unsafe { sp.sub(1) };
                    if t == (ins.op == Op::POP_JUMP_IF_TRUE) {
                        jump!(arg);
                    }
                }
                Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!();
                    if v.is_none() == (ins.op == Op::POP_JUMP_IF_NONE) {
                        jump!(arg);
                    }
                    v.discard();
                    safe_point!();
                }
                Op::JUMP_FORWARD => jump!(arg),
                Op::JUMP_BACKWARD => {
                    if crate::gc::breaker() {
                        break Ok(ins);
                    }
                    jump!(arg);
                }
                Op::LOAD_GLOBAL => {
                    let f = self.fr(fidx);
                    let at = pc_now!() - 1;
                    // SAFETY: the cache is written only by `dispatch`'s handler, not
                    // while this borrow lives; reading a dict entry runs no Python code.
                    let Ok(InlineCache::Global {
                        globals_version,
                        builtins_version,
                        in_builtins,
                        index,
                    }) = (unsafe { code.cache(at).try_borrow_unguarded() })
                    else {
                        break Ok(ins);
                    };
                    if f.globals.version.get() != *globals_version
                        || f.builtins.version.get() != *builtins_version
                    {
                        break Ok(ins);
                    }
                    let d = if *in_builtins {
                        &f.builtins
                    } else {
                        &f.globals
                    };
                    let Some(v) = d.value_at(*index) else {
                        break Ok(ins);
                    };
                    push!(v);
                }
                Op::LOAD_ATTR => {
                    let o = match peek!(1) {
                        Value::Object(o) => o,
                        Value::Type(t) => {
                            let Some(v) =
                                super::fast::cached_type_attr(code.cache(pc_now!() - 1), t)
                            else {
                                break Ok(ins);
                            };
                            let cls = pop!();
                            push!(v);
                            cls.discard();
                            continue;
                        }
                        _ => break Ok(ins),
                    };
                    let name = &code.names[arg as usize];
                    let Some(v) = super::fast::cached_attr(code.cache(pc_now!() - 1), o, name)
                    else {
                        break Ok(ins);
                    };
                    let obj = pop!();
                    push!(v);
                    obj.discard();
                }
                Op::STORE_ATTR => {
                    let Value::Object(o) = peek!(1) else {
                        break Ok(ins);
                    };
                    let at = pc_now!() - 1;
                    // SAFETY: as for LOAD_GLOBAL's cache.
                    let Ok(c) = (unsafe { code.cache(at).try_borrow_unguarded() }) else {
                        break Ok(ins);
                    };
                    let Some(index) = instance_attr_hit(c, o) else {
                        // A `__slots__` member.
                        let Some(i) = crate::members::slot_hit(c, o) else {
                            break Ok(ins);
                        };
                        let obj = pop!();
                        let v = pop!();
                        let Value::Object(o) = &obj else {
                            unreachable!()
                        };
                        o.slots.set(i, v);
                        obj.discard();
                        safe_point!();
                        continue;
                    };
                    // SAFETY: storing a value runs no Python code (a replaced value's
                    // finalizer is queued, not run).
                    let Some(d) = (unsafe { o.dict_unchecked() }) else {
                        break Ok(ins);
                    };
                    let d: *const crate::objects::dict::PyDict = Rc::as_ptr(d);
                    let obj = pop!();
                    let v = pop!();
                    // SAFETY: `obj` holds the dict alive until it is discarded below.
                    unsafe { &*d }.set_str_hinted(&code.names[arg as usize], index, v);
                    obj.discard();
                    safe_point!();
                }
                Op::LOAD_METHOD => {
                    let obj = peek!(1);
                    let cache = code.cache(pc_now!() - 1);
                    // SAFETY: as for LOAD_GLOBAL's cache.
                    let Ok(c) = (unsafe { cache.try_borrow_unguarded() }) else {
                        break Ok(ins);
                    };
                    if let InlineCache::BuiltinMethod { tag, func } = c {
                        if *tag != builtin_receiver_tag(obj) {
                            break Ok(ins);
                        }
                        let func = func.clone();
                        let obj = pop!();
                        push!(func);
                        push!(obj);
                        continue;
                    }
                    let Value::Object(o) = obj else {
                        break Ok(ins);
                    };
                    let name = &code.names[arg as usize];
                    if let Some(func) = super::fast::cached_method(cache, o, name) {
                        let obj = pop!();
                        push!(func);
                        push!(obj);
                        continue;
                    }
                    if let Some((func, inner)) = super::fast::cached_inner_method(cache, o, name) {
                        let obj = pop!();
                        push!(func);
                        push!(inner);
                        obj.discard();
                        continue;
                    }
                    // Not a method: an instance or plain class attribute.
                    let Some(v) = super::fast::cached_attr(cache, o, name) else {
                        break Ok(ins);
                    };
                    let obj = pop!();
                    push!(Value::Null);
                    push!(v);
                    obj.discard();
                }
                Op::BINARY_SUBSCR => {
                    let &Value::Int(i) = peek!(1) else {
                        // A dict's str key found without Python code.
                        let (Value::Dict(d), Value::Str(k)) = (peek!(2), peek!(1)) else {
                            break Ok(ins);
                        };
                        let Ok(Some(v)) = d.lookup_str_exact(k) else {
                            break Ok(ins);
                        };
                        pop!().discard();
                        let d = pop!();
                        push!(v);
                        d.discard();
                        safe_point!();
                        continue;
                    };
                    let Some(v) = super::fast::sequence_item(peek!(2), i) else {
                        break Ok(ins);
                    };
                    // The index is an unboxed int: nothing to drop.
                    sp = unsafe { sp.sub(1) };
                    let seq = pop!();
                    push!(v);
                    seq.discard();
                    safe_point!();
                }
                Op::STORE_SUBSCR => {
                    if let (Value::Dict(_), Value::Str(_)) = (peek!(2), peek!(1)) {
                        // A str key whose entry is found without Python code (else the
                        // three values go back for the full handler).
                        let (k, d, v) = (pop!(), pop!(), pop!());
                        let (Value::Dict(dict), Value::Str(key)) = (&d, &k) else {
                            unreachable!()
                        };
                        if let Err(v) = dict.set_str_exact(key, v) {
                            push!(v);
                            push!(d);
                            push!(k);
                            break Ok(ins);
                        }
                        k.discard();
                        d.discard();
                        safe_point!();
                        continue;
                    }
                    let (Value::List(l), &Value::Int(i)) = (peek!(2), peek!(1)) else {
                        break Ok(ins);
                    };
                    let mut items = l.items.borrow_mut();
                    let n = items.len() as i64;
                    let k = if i < 0 { i + n } else { i };
                    if !(0..n).contains(&k) {
                        break Ok(ins);
                    }
                    // SAFETY: the value sits below the list and the index.
                    let v = unsafe { read_split(sp.sub(3)) };
                    let old = std::mem::replace(&mut items[k as usize], v);
                    drop(items);
                    // The index is unboxed; the value's slot was moved out; the list
                    // is dropped after its item.
                    sp = unsafe { sp.sub(1) };
                    let list = pop!();
                    sp = unsafe { sp.sub(1) };
                    old.discard();
                    list.discard();
                    safe_point!();
                }
                Op::FOR_ITER => {
                    let r = match crate::vm::Vm::next_fast(peek!(1)) {
                        Some(r) => r,
                        None => {
                            // Generators re-enter the loop: save our position first.
                            self.fr_mut(fidx).pc = pc_now!();
                            sync!();
                            let r = self.for_iter_general();
                            reload!();
                            match r {
                                Ok(Some(r)) => r,
                                Ok(None) => {
                                    switch!();
                                    continue;
                                }
                                Err(e) => break Err(e),
                            }
                        }
                    };
                    match r {
                        Some(v) => push!(v),
                        None => {
                            pop!().discard();
                            jump!(arg);
                            safe_point!();
                        }
                    }
                }
                Op::YIELD_VALUE => {
                    if !self.fr(fidx).inline_gen {
                        break Ok(ins);
                    }
                    // Back to the consumer's FOR_ITER with the value.
                    let v = pop!();
                    self.fr_mut(fidx).pc = pc_now!();
                    sync!();
                    crate::generator::leave_inline_yield(self);
                    switch!();
                    push!(v);
                }
                Op::UNPACK_SEQUENCE => {
                    let n = arg as usize;
                    match peek!(1) {
                        // A tuple nobody else holds (a zip or items() pair, a returned
                        // tuple) gives its items up instead of being copied and freed.
                        Value::Tuple(t) if t.items.len() == n && Rc::strong_count(t) == 1 => {
                            let Value::Tuple(t) = pop!() else {
                                unreachable!()
                            };
                            let Ok(mut t) = Rc::try_unwrap(t) else {
                                unreachable!("a tuple held once")
                            };
                            for v in Vec::from(std::mem::take(&mut t.items)).into_iter().rev() {
                                push!(v);
                            }
                        }
                        Value::Tuple(t) if t.items.len() == n => {
                            let seq = pop!();
                            let Value::Tuple(t) = &seq else {
                                unreachable!()
                            };
                            for v in t.items.iter().rev() {
                                push!(v.clone());
                            }
                            seq.discard();
                        }
                        Value::List(l) if l.items.borrow().len() == n => {
                            let seq = pop!();
                            let Value::List(l) = &seq else { unreachable!() };
                            for v in l.items.borrow().iter().rev() {
                                push!(v.clone());
                            }
                            seq.discard();
                        }
                        _ => break Ok(ins),
                    }
                    safe_point!();
                }
                Op::LOAD_DEREF => {
                    let Value::Cell(c) = local!(arg) else {
                        break Ok(ins);
                    };
                    let v = c.borrow().clone();
                    if v.is_null() {
                        break Ok(ins);
                    }
                    push!(v);
                }
                Op::KW_NAMES => {
                    let names = code.konst(arg).clone();
                    self.fr_mut(fidx).kwnames = Some(names);
                }
                Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                    let t = match peek!(1) {
                        Value::Bool(crate::value::PyBool(b)) => *b,
                        Value::Int(i) => *i != 0,
                        Value::None => false,
                        _ => break Ok(ins),
                    };
                    if t == (ins.op == Op::JUMP_IF_TRUE_OR_POP) {
                        jump!(arg);
                    } else {
                        // Unboxed: nothing to drop.
                        sp = unsafe { sp.sub(1) };
                    }
                }
                Op::BUILD_TUPLE | Op::BUILD_LIST => {
                    let n = arg as usize;
                    debug_assert!(depth!() >= base + n);
                    // SAFETY: the top `n` values are moved into the new vector and cut
                    // off the stack.
                    let items = unsafe {
                        sp = sp.sub(n);
                        let mut items = Vec::with_capacity(n);
                        std::ptr::copy_nonoverlapping(sp, items.as_mut_ptr(), n);
                        items.set_len(n);
                        items
                    };
                    push!(if ins.op == Op::BUILD_TUPLE {
                        Value::tuple(items)
                    } else {
                        Value::list(items)
                    });
                }
                Op::CONTAINS_OP => {
                    // An instance of a Python class: its `__contains__` may run as a
                    // frame of its own (the full handler).
                    if let Value::Object(o) = peek!(1) {
                        if matches!(o.payload, Payload::Instance) {
                            break Ok(ins);
                        }
                    }
                    self.fr_mut(fidx).pc = pc_now!();
                    let b = pop!();
                    let a = pop!();
                    sync!();
                    let r = crate::ops::contains(self, &b, &a);
                    reload!();
                    a.discard();
                    b.discard();
                    match r {
                        Ok(r) => push!(Value::bool(r != (arg == 1))),
                        Err(e) => break Err(e),
                    }
                }
                Op::GET_ITER => {
                    self.fr_mut(fidx).pc = pc_now!();
                    let v = pop!();
                    sync!();
                    let r = self.get_iter(&v);
                    reload!();
                    v.discard();
                    match r {
                        Ok(it) => push!(it),
                        Err(e) => break Err(e),
                    }
                }
                Op::CALL => {
                    if crate::gc::breaker() {
                        // Finalizers and interrupts are reported at the call itself.
                        self.fr_mut(fidx).pc = pc_now!() - 1;
                        sync!();
                        crate::gc::safe_point(self);
                        self.fr_mut(fidx).pc = pc_now!();
                        let r = crate::gc::check_interrupt(self);
                        reload!();
                        if let Err(e) = r {
                            // The call never happens: its keyword names must not
                            // reach the next CALL if the error is caught here.
                            self.fr_mut(fidx).kwnames = None;
                            break Err(e);
                        }
                    }
                    let argc = arg as usize;
                    let len = depth!();
                    let sb = self.stack.as_mut_ptr();
                    let ret_base = len - argc - 2;
                    // SAFETY: the callable's slots lie below the arguments.
                    let (mut callable_at, mut args_start) =
                        if unsafe { &*sb.add(ret_base) }.is_null() {
                            (len - argc - 1, len - argc)
                        } else {
                            (ret_base, len - argc - 1)
                        };
                    // A bound method in the callable slot with the null below it: its
                    // function and self take the two slots, as a method load leaves them.
                    if callable_at != ret_base {
                        // SAFETY: as above.
                        if let Value::Object(o) = unsafe { &*sb.add(callable_at) } {
                            if let Payload::BoundMethod { func, self_ } = &o.payload {
                                let (func, self_) = (func.clone(), self_.clone());
                                // SAFETY: the slot at ret_base holds Null (nothing to
                                // drop); the bound method's slot takes self.
                                unsafe {
                                    write_split(sb.add(ret_base), func);
                                    std::mem::replace(&mut *sb.add(callable_at), self_).discard();
                                }
                                callable_at = ret_base;
                                args_start = ret_base + 1;
                            }
                        }
                    }
                    self.fr_mut(fidx).pc = pc_now!();
                    let has_kw = self.fr(fidx).kwnames.is_some();
                    let n = len - args_start;
                    // A bound builtin method (`append = items.append`) with the null below
                    // it and a few positional arguments: its self takes its slot and the
                    // native runs on them moved off the stack, as an unbound one does.
                    if callable_at != ret_base && !has_kw && n < super::fast::NATIVE_ARGS {
                        // SAFETY: as above.
                        if let Value::Builtin(b) = unsafe { &*sb.add(callable_at) } {
                            if let Some(s) = &b.self_ {
                                let (func, s) = (b.func, s.clone());
                                // SAFETY: as above; `b` is not used after its slot changes.
                                unsafe { std::mem::replace(&mut *sb.add(callable_at), s) }
                                    .discard();
                                sync!();
                                let r = self.call_native_moved(func, callable_at, ret_base);
                                reload!();
                                match r {
                                    Ok(v) => push!(v),
                                    Err(e) => break Err(e),
                                }
                                continue;
                            }
                        }
                    }
                    // SAFETY: as above.
                    match unsafe { &*sb.add(callable_at) } {
                        // A plain Python function whose parameters the positional
                        // arguments fill: they are already where its locals go.
                        Value::Function(f)
                            if !has_kw
                                && f.code.simple_args
                                && n <= f.code.argcount
                                && f.code.flags & metal_compiler::bytecode::flags::GENERATOR
                                    == 0
                                && self.frames.len() < self.frame_limit =>
                        {
                            let f: *const crate::objects::function::Function = Rc::as_ptr(f);
                            // SAFETY: the callable's slot (below the new frame's base) holds
                            // the function alive until the frame returns, and the pointer
                            // is to the function, not to the slot, so the stack growing
                            // does not move it.
                            let f = unsafe { &*f };
                            sync!();
                            // Missing arguments take their defaults (nothing is pushed
                            // when the defaults do not cover them).
                            if n == f.code.argcount
                                || super::fast::push_defaults(&mut self.stack, f, n)
                            {
                                self.push_frame_in_place(f, args_start, ret_base);
                                enter!(args_start);
                                continue;
                            }
                        }
                        // A builtin function or unbound builtin method with a few
                        // positional arguments, called on them moved off the stack.
                        Value::Builtin(b)
                            if !has_kw && b.self_.is_none() && n <= super::fast::NATIVE_ARGS =>
                        {
                            // Not from a method load (which found the method on its
                            // self's class): an unbound method checks its first
                            // argument (`str.join(5, [])`).
                            if callable_at != ret_base && b.kind != NativeKind::Function {
                                // SAFETY: as above (the first argument's slot).
                                let first = (n > 0).then(|| unsafe { &*sb.add(args_start) });
                                if let Err(e) =
                                    crate::builtins::descr::check_unbound(self, b, first)
                                {
                                    sync!();
                                    break Err(e);
                                }
                            }
                            let func = b.func;
                            sync!();
                            let r = match self.call_intrinsic(func, args_start, ret_base) {
                                Some(r) => Ok(r),
                                None => self.call_native_moved(func, args_start, ret_base),
                            };
                            reload!();
                            match r {
                                Ok(v) => push!(v),
                                Err(e) => break Err(e),
                            }
                            continue;
                        }
                        // A builtin type (`str(x)`, `bool(x)`, `list(x)`, `type(x)`): its
                        // constructor on the arguments moved off the stack.
                        Value::Type(t) if !has_kw && t.builtin && n <= super::fast::NATIVE_ARGS => {
                            if n == 1 && Rc::ptr_eq(t, &self.types.str_) {
                                // `str(x)` of an instance whose class's `__str__` is a
                                // plain function: it runs as a frame of its own in the
                                // callable's slot (the str type's), x its one argument.
                                sync!();
                                // (Its frame holds the level of CPython's check in
                                // `PyObject_Str`.)
                                let cache = code.cache(pc_now!() - 1);
                                if let Some(f) =
                                    self.special_frame(cache, args_start, "__str__", 1, 2)
                                {
                                    self.push_special_frame(
                                        f,
                                        callable_at,
                                        args_start,
                                        ret_base,
                                        Ret::Str,
                                    );
                                    self.hold_native_level();
                                    enter!(args_start);
                                    continue;
                                }
                            }
                            if n == 1 && Rc::ptr_eq(t, &self.types.type_) {
                                // `type(x)`: x's class, no constructor call.
                                // SAFETY: the argument is the top of the stack.
                                let cls = Value::Type(self.type_of(unsafe { &*sp.sub(1) }));
                                sync!();
                                self.truncate_stack(ret_base);
                                reload!();
                                push!(cls);
                                continue;
                            }
                            let t = t.clone();
                            sync!();
                            // (`super()` without `call_type`'s frame: it is on the
                            // hot path of methods calling their base class's.)
                            let r = self.call_native_moved(
                                |vm, a| {
                                    if t.layout == crate::objects::types::Layout::Super {
                                        crate::builtins::super_type::super_new(vm, &t, a)
                                    } else {
                                        crate::construct::call_type(vm, &t, a)
                                    }
                                },
                                args_start,
                                ret_base,
                            );
                            reload!();
                            match r {
                                Ok(v) => push!(v),
                                Err(e) => break Err(e),
                            }
                            continue;
                        }
                        _ => {}
                    }
                    // Everything else: keywords, the general binder, classes, other
                    // callables.
                    sync!();
                    match self.call_slow(fidx, callable_at, args_start, ret_base) {
                        Ok(Called::Frame(b)) => enter!(b),
                        Ok(Called::Value(v)) => {
                            reload!();
                            push!(v);
                        }
                        Err(e) => {
                            reload!();
                            break Err(e);
                        }
                    }
                }
                Op::RETURN_VALUE => {
                    let f = self.fr(fidx);
                    if fidx == entry
                        || f.inline_gen
                        || f.is_generator
                        || f.obj.is_some()
                        || crate::gc::breaker()
                    {
                        break Ok(ins);
                    }
                    let ret_base = f.ret_base;
                    debug_assert_eq!(fidx, self.frames.len() - 1);
                    match f.ret {
                        Ret::Value => {
                            // The result stays on top; `collapse_to` moves it down to the
                            // callable's slot after dropping the frame's slots.
                            sync!();
                            self.drop_top_frame();
                            self.collapse_to(ret_base);
                        }
                        ret @ (Ret::Called | Ret::Str) => {
                            // `__str__` for `str(x)`: a str is the answer as it is, the
                            // full handler checks anything else.
                            if ret == Ret::Str && !matches!(peek!(1), Value::Str(_)) {
                                break Ok(ins);
                            }
                            sync!();
                            self.drop_top_frame();
                            self.collapse_to(ret_base);
                            self.leave_native();
                        }
                        Ret::InitSelf => {
                            // `__init__` run by a class call: the call's result is the
                            // instance in the slot at ret_base; anything but None
                            // returned is an error, which the full handler reports.
                            if !peek!(1).is_none() {
                                break Ok(ins);
                            }
                            // SAFETY: None is unboxed: nothing to drop.
                            sp = unsafe { sp.sub(1) };
                            sync!();
                            self.frames.truncate(fidx);
                            self.truncate_stack(ret_base + 1);
                            self.leave_native();
                        }
                        Ret::Discard => {
                            // `__setitem__`/`__delitem__`: the value goes with the
                            // frame's slots (the function's slot last).
                            sync!();
                            self.drop_top_frame();
                            self.truncate_stack(ret_base);
                        }
                        Ret::Truth | Ret::NotTruth => {
                            // `__contains__`: a bool result is the answer; anything else
                            // is asked for its truth by the full handler.
                            let &Value::Bool(crate::value::PyBool(b)) = peek!(1) else {
                                break Ok(ins);
                            };
                            let r = Value::bool(b != (f.ret == Ret::NotTruth));
                            // SAFETY: a bool is unboxed: nothing to drop.
                            sp = unsafe { sp.sub(1) };
                            sync!();
                            self.drop_top_frame();
                            self.truncate_stack(ret_base);
                            self.stack.push(r);
                        }
                    }
                    if crate::gc::breaker() {
                        crate::gc::safe_point(self);
                    }
                    // The caller's stack was reserved when it was entered.
                    resume!();
                    reload!();
                }
                _ => break Ok(ins),
            }
        };
        debug_assert!(lp <= sp, "the frame's locals below its top");
        sync!();
        *pc = pc_now!();
        *frame = Running {
            fidx,
            code,
            instrs,
            base,
        };
        r
    }
}

/// What a call that left the register loop's fast cases did.
enum Called {
    /// Pushed the callee's frame, its locals at this base.
    Frame(usize),
    /// Ran to completion with this result.
    Value(Value),
}

impl crate::vm::Vm {
    /// A CALL without a fast case, on the written-back stack (the frame's pc saved, its
    /// pending keyword names in `kwnames`): keyword arguments bound on the stack, the
    /// general binder (its errors, `*args`/`**kwargs`, cells, the recursion limit),
    /// `type(x)`, a plain class whose `__init__` runs in the loop, or the general call.
    #[inline(never)]
    fn call_slow(
        &mut self,
        fidx: usize,
        callable_at: usize,
        args_start: usize,
        ret_base: usize,
    ) -> crate::vm::PyResult<Called> {
        let kw = self.frames[fidx].kwnames.take();
        let names: &[Value] = match &kw {
            Some(Value::Tuple(t)) => &t.items,
            _ => &[],
        };
        // A bound method of a Python function with no null below it (`exit(None, None,
        // None)` after a `with` block): its function takes the callable's slot and its
        // self goes in before the arguments, so it runs as a frame of this loop.
        if callable_at == ret_base {
            let unpacked = match &self.stack[callable_at] {
                Value::Object(o) => match &o.payload {
                    Payload::BoundMethod {
                        func: func @ Value::Function(f),
                        self_,
                    } if f.code.flags & metal_compiler::bytecode::flags::GENERATOR == 0 => {
                        Some((func.clone(), self_.clone()))
                    }
                    _ => None,
                },
                _ => None,
            };
            if let Some((func, self_)) = unpacked {
                self.stack.insert(args_start, self_);
                std::mem::replace(&mut self.stack[callable_at], func).discard();
            }
        }
        match &self.stack[callable_at] {
            Value::Function(f)
                if f.code.flags & metal_compiler::bytecode::flags::GENERATOR == 0 =>
            {
                let f = f.clone();
                if self.frames.len() < self.frame_limit
                    && self.bind_kw_in_place(&f, args_start, names)
                {
                    // SAFETY: the callable's slot keeps the function alive while its
                    // frame runs.
                    let fp: *const crate::objects::function::Function = Rc::as_ptr(&f);
                    drop(f);
                    self.push_frame_in_place(unsafe { &*fp }, args_start, ret_base);
                    return Ok(Called::Frame(args_start));
                }
                let mut args = std::mem::take(&mut self.arg_buf);
                args.extend(self.stack.drain(args_start..));
                let r = self.push_frame(
                    &f,
                    crate::objects::function::Args {
                        all: &args,
                        kwnames: names,
                    },
                    ret_base,
                );
                args.clear();
                if self.arg_buf.capacity() < args.capacity() {
                    self.arg_buf = args;
                }
                r?;
                Ok(Called::Frame(self.frames[self.frames.len() - 1].base))
            }
            Value::Type(t) => {
                // (A builtin type without keywords never gets here: the register loop
                // calls it.)
                let t = t.clone();
                let kwn = kw.as_ref().map(|_| names);
                if self.push_class_call(&t, callable_at, ret_base, kwn)? {
                    return Ok(Called::Frame(callable_at));
                }
                self.call_general(args_start, callable_at, ret_base, names)
                    .map(Called::Value)
            }
            // An instance of a Python class whose `__call__` is a plain function, with
            // the null below it: the function takes the null's slot and the instance
            // stays as its first argument (as a bound method's self does).
            Value::Object(_) if callable_at != ret_base && names.is_empty() => {
                let code = super::frame_code(&self.frames[fidx]);
                let cache = code.cache(self.frames[fidx].pc - 1);
                let argc = self.stack.len() - callable_at;
                // (Its frame holds the level of CPython's check in the call of an
                // object without vectorcall.)
                match self.special_frame(cache, callable_at, "__call__", argc, 2) {
                    Some(f) => {
                        // The function takes the null's slot; the instance is self.
                        self.push_special_frame(f, ret_base, callable_at, ret_base, Ret::Called);
                        self.hold_native_level();
                        Ok(Called::Frame(callable_at))
                    }
                    None => self
                        .call_general(args_start, callable_at, ret_base, names)
                        .map(Called::Value),
                }
            }
            _ => self
                .call_general(args_start, callable_at, ret_base, names)
                .map(Called::Value),
        }
    }

    /// The general call of the callable at `callable_at` with the arguments from
    /// `args_start` up and keyword names `kwnames`, on the written-back stack: the
    /// arguments move to a reused buffer (a nested call finds it taken and makes its
    /// own), the stack is cut to `ret_base`, and the result is returned.
    fn call_general(
        &mut self,
        args_start: usize,
        callable_at: usize,
        ret_base: usize,
        kwslice: &[Value],
    ) -> crate::vm::PyResult<Value> {
        let callable = self.stack[callable_at].clone();
        let mut args = std::mem::take(&mut self.arg_buf);
        args.extend(self.stack.drain(args_start..));
        self.stack.truncate(ret_base);
        let r = self.call(
            &callable,
            crate::objects::function::Args {
                all: &args,
                kwnames: kwslice,
            },
        );
        args.clear();
        if self.arg_buf.capacity() < args.capacity() {
            self.arg_buf = args;
        }
        r
    }
}
impl crate::vm::Vm {
    /// FOR_ITER on an iterator without a fast path (the stack written back, the
    /// frame's pc saved): a generator's frame is entered in the eval loop (None: switch
    /// to it), anything else is advanced by `next`.
    #[inline(never)]
    fn for_iter_general(&mut self) -> crate::vm::PyResult<Option<Option<Value>>> {
        let it = self.stack.last().cloned().unwrap_or(Value::Null);
        if let Value::Object(o) = &it {
            if matches!(o.payload, Payload::Generator(_)) && crate::generator::enter_inline(self, o)
            {
                return Ok(None);
            }
        }
        self.next(&it).map(Some)
    }
}
