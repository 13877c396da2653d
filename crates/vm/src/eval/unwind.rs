//! Running frames to their end, and unwinding an exception through the handler tables
//! of the frames it leaves (with its traceback and implicit chaining).

use std::rc::Rc;

use super::{Flow, Raised};
use crate::objects::exceptions::TbEntry;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{FrameExit, PyErr, PyResult, Vm};

impl Vm {
    /// Run frames from index `entry` until it returns or yields. `throw`: an exception to
    /// raise in the entry frame at its current instruction (generator.throw).
    pub fn run(&mut self, entry: usize, throw: Option<PyErr>) -> PyResult<FrameExit> {
        let mut pending: Option<Raised> = throw.map(|e| Raised {
            err: e,
            reraise: false,
        });
        let mut first_pc_offset = 1usize;
        loop {
            let fidx = self.frames.len() - 1;
            let outcome: Result<Flow, Raised> = match pending.take() {
                Some(r) => Err(r),
                None => self.dispatch(fidx, entry),
            };
            match outcome {
                Ok(Flow::Return(v)) => {
                    let fidx = self.frames.len() - 1;
                    if self.frames[fidx].obj.is_some() {
                        self.leave_frame_object(fidx);
                    }
                    let f = self.frames.pop().expect("a frame is running");
                    self.stack.truncate(f.ret_base);
                    drop(f);
                    if crate::gc::breaker() && fidx != entry {
                        crate::gc::safe_point(self);
                    }
                    if fidx == entry {
                        return Ok(FrameExit::Return(v));
                    }
                    self.stack.push(v);
                }
                Ok(Flow::Yield(v)) => return Ok(FrameExit::Yield(v)),
                Err(r) => {
                    // Unwind: find a handler in this frame or pop it and try the caller.
                    let mut err = r.err;
                    let mut add_tb = !r.reraise;
                    let mut origin = !r.reraise;
                    // The frame that raised (dispatch may have switched frames).
                    let mut fidx = self.frames.len() - 1;
                    loop {
                        let (code, fault_pc, base) = {
                            let f = self.fr(fidx);
                            (
                                Rc::clone(&f.code),
                                f.pc.saturating_sub(first_pc_offset),
                                f.base,
                            )
                        };
                        first_pc_offset = 1;
                        let hidden =
                            code.co.flags & metal_compiler::bytecode::flags::METAL_HIDDEN != 0;
                        if add_tb && !hidden {
                            // As CPython's PyTraceBack_Here: the entry holds the frame's
                            // object (made now if it has none).
                            let frame = Some(self.frame_object(fidx));
                            err.data().traceback.borrow_mut().push(TbEntry {
                                code: code.clone(),
                                pc: fault_pc,
                                frame,
                            });
                        }
                        if origin {
                            self.set_context(&err);
                            origin = false;
                        }
                        if let Some(Some(h)) = code
                            .co
                            .handler_of
                            .get(fault_pc)
                            .filter(|_| !crate::gc::killing())
                        {
                            let (target, depth) = code.co.exc_handlers[*h as usize];
                            self.stack
                                .truncate(base + code.nlocalsplus + depth as usize);
                            // What the truncation freed is finalized now, at the line
                            // that raised (as CPython's decrefs do while unwinding).
                            if crate::gc::breaker() {
                                crate::gc::safe_point(self);
                            }
                            self.stack.push(err.value());
                            self.fr_mut(fidx).pc = target as usize;
                            break;
                        }
                        if self.fr(fidx).inline_gen {
                            // Out of a generator run by its consumer's FOR_ITER: it is
                            // finished, and the consumer's frame unwinds next.
                            crate::generator::leave_inline_finished(self);
                            err = crate::generator::escaping_exception(self, err);
                            fidx -= 1;
                            add_tb = true;
                            continue;
                        }
                        // What the failed instruction freed is finalized at its line.
                        if crate::gc::breaker() {
                            crate::gc::safe_point(self);
                        }
                        // The frame's object (its traceback entry's) keeps its locals.
                        if self.frames[fidx].obj.is_some() {
                            self.leave_frame_object(fidx);
                        }
                        let f = self.frames.pop().expect("a frame is running");
                        if f.ret.counted() {
                            self.leave_native();
                        }
                        self.stack.truncate(f.ret_base);
                        if fidx == entry {
                            if f.is_generator {
                                self.stack.truncate(f.base);
                            }
                            return Err(err);
                        }
                        fidx -= 1;
                        add_tb = true;
                        let _ = &mut err;
                    }
                }
            }
        }
    }

    /// Implicit exception chaining: a new exception raised while another is handled.
    pub(crate) fn set_context(&mut self, err: &PyErr) {
        if let Value::Object(h) = &self.handled {
            if Rc::ptr_eq(h, &err.0) {
                return;
            }
            let d = err.data();
            if d.context.borrow().is_none() {
                // Avoid cycles: the handled exception must not already chain to `err`.
                let mut cur = self.handled.clone();
                let mut depth = 0;
                while let Value::Object(o) = &cur {
                    if Rc::ptr_eq(o, &err.0) || depth > 1000 {
                        return;
                    }
                    let next = match &o.payload {
                        Payload::Exception(x) => x.context.borrow().clone(),
                        _ => Value::None,
                    };
                    cur = next;
                    depth += 1;
                }
                *d.context.borrow_mut() = self.handled.clone();
            }
        }
    }
}
