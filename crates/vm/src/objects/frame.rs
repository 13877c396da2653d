//! Frame objects (`types.FrameType`): the Python view of one of the vm's frames, made
//! only when something asks for it (`sys._getframe`, a traceback entry, `gi_frame`).
//!
//! The vm's `Frame` (vm.rs) stays the running state; the object reads it while the
//! frame runs (`FrameState::Executing`: its index on the frame stack), reads the
//! generator while a generator's frame is suspended, and keeps a copy of the locals
//! once the frame has returned or unwound (`Done`), as CPython 3.11's frame object
//! takes over its interpreter frame's data. See docs/frames.md.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use metal_compiler::bytecode::flags;

use crate::objects::dict::PyDict;
use crate::objects::function::Code;
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct FrameObject {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    pub state: RefCell<FrameState>,
    /// The dict `f_locals` hands out for a function's frame: the same one at every
    /// read, brought up to date with the locals each time (CPython 3.11's
    /// `PyFrame_FastToLocals`), its writes not going back to the locals.
    pub locals: RefCell<Option<Rc<PyDict>>>,
    pub trace: RefCell<Value>,
    pub trace_lines: Cell<bool>,
    pub trace_opcodes: Cell<bool>,
}

pub enum FrameState {
    /// Running (or waiting for a callee) as `vm.frames[index]`, whose `obj` is this.
    Executing(usize),
    /// A generator's frame between two resumptions: its locals are in the generator.
    Suspended { gen: Weak<PyObject>, pc: usize },
    /// Returned, unwound or cleared: the locals (localsplus) as they were at the end,
    /// the namespace a module or class body ran in, and the caller's frame object.
    Done {
        pc: usize,
        values: Box<[Value]>,
        namespace: Value,
        back: Option<Rc<PyObject>>,
    },
}

impl FrameObject {
    fn new(code: Rc<Code>, globals: Rc<PyDict>, builtins: Rc<PyDict>, state: FrameState) -> Self {
        FrameObject {
            code,
            globals,
            builtins,
            state: RefCell::new(state),
            locals: RefCell::new(None),
            trace: RefCell::new(Value::None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
        }
    }

    fn optimized(&self) -> bool {
        self.code.co.flags & flags::OPTIMIZED != 0
    }

    /// Every value the object holds, for the cycle collector.
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&Value::Dict(self.globals.clone()));
        f(&Value::Dict(self.builtins.clone()));
        if let Some(d) = &*self.locals.borrow() {
            f(&Value::Dict(d.clone()));
        }
        f(&self.trace.borrow());
        if let FrameState::Done {
            values,
            namespace,
            back,
            ..
        } = &*self.state.borrow()
        {
            for v in values.iter() {
                f(v);
            }
            f(namespace);
            if let Some(b) = back {
                f(&Value::Object(b.clone()));
            }
        }
    }

    /// Drop every value held (the cycle collector breaking a cycle, `frame.clear()`).
    pub fn clear(&self) {
        let old_locals = self.locals.borrow_mut().take();
        let old_trace = std::mem::replace(&mut *self.trace.borrow_mut(), Value::None);
        let old = {
            let mut st = self.state.borrow_mut();
            match &mut *st {
                FrameState::Done {
                    values,
                    namespace,
                    back,
                    ..
                } => Some((
                    std::mem::take(values),
                    std::mem::replace(namespace, Value::None),
                    back.take(),
                )),
                _ => None,
            }
        };
        drop((old_locals, old_trace, old));
    }
}

/// The frame object inside `v`, if it is one.
pub fn frame_of(v: &Value) -> Option<(&Rc<PyObject>, &FrameObject)> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Frame(f) => Some((o, f)),
            _ => None,
        },
        _ => None,
    }
}

/// The line an instruction index (a frame's `pc`: one past the last instruction run)
/// stands for; the first line before anything ran.
pub fn line_at(code: &Code, pc: usize) -> u32 {
    if pc == 0 {
        return code.co.firstlineno;
    }
    code.co
        .lines
        .get(pc - 1)
        .copied()
        .unwrap_or(code.co.firstlineno)
}

impl Vm {
    /// The frame object of `self.frames[idx]`, made on the first request.
    pub fn frame_object(&mut self, idx: usize) -> Rc<PyObject> {
        if let Some(o) = &self.frames[idx].obj {
            return o.clone();
        }
        let f = &self.frames[idx];
        let fo = FrameObject::new(
            Rc::clone(&f.code),
            Rc::clone(&f.globals),
            Rc::clone(&f.builtins),
            FrameState::Executing(idx),
        );
        let o = PyObject::new(self.types.frame.clone(), Payload::Frame(Box::new(fo)));
        self.frames[idx].obj = Some(o.clone());
        o
    }

    /// A frame object for a frame that is already over (a generator thrown into before
    /// it started): its code and locals as given.
    pub fn finished_frame_object(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        builtins: &Rc<PyDict>,
        pc: usize,
        values: Box<[Value]>,
    ) -> Rc<PyObject> {
        let fo = FrameObject::new(
            code.clone(),
            globals.clone(),
            builtins.clone(),
            FrameState::Done {
                pc,
                values,
                namespace: Value::None,
                back: None,
            },
        );
        PyObject::new(self.types.frame.clone(), Payload::Frame(Box::new(fo)))
    }

    /// `self.frames[idx]` returns or unwinds (still on the frame stack, its locals still
    /// on the value stack): its frame object, when anything else holds it, keeps what
    /// it needs to answer for the finished frame. Only frames with an object come here.
    #[cold]
    #[inline(never)]
    pub fn leave_frame_object(&mut self, idx: usize) {
        let Some(obj) = self.frames[idx].obj.take() else {
            return;
        };
        if Rc::strong_count(&obj) == 1 {
            return;
        }
        let Payload::Frame(fo) = &obj.payload else {
            return;
        };
        let (pc, base, n, is_gen) = {
            let f = &self.frames[idx];
            (f.pc, f.base, f.code.nlocalsplus, f.is_generator)
        };
        let (values, namespace) = if fo.optimized() {
            let end = (base + n).min(self.stack.len());
            let vals: Box<[Value]> = self.stack.get(base..end).unwrap_or(&[]).into();
            (vals, Value::None)
        } else {
            (
                Box::default(),
                crate::mapping_ns::frame_namespace(self, idx),
            )
        };
        // As CPython: the caller's frame object (made now if it has none) stays
        // reachable as `f_back`; a generator's frame has none once it is over.
        let back = (!is_gen && idx > 0).then(|| self.frame_object(idx - 1));
        let old = std::mem::replace(
            &mut *fo.state.borrow_mut(),
            FrameState::Done {
                pc,
                values,
                namespace,
                back,
            },
        );
        drop(old);
    }

    /// A generator's frame `self.frames[idx]` yields: its object (if any) goes with
    /// the generator, which keeps it until the next resumption.
    pub fn suspend_frame_object(&mut self, idx: usize, gen: &Rc<PyObject>) -> Option<Rc<PyObject>> {
        let obj = self.frames[idx].obj.take()?;
        if let Payload::Frame(fo) = &obj.payload {
            *fo.state.borrow_mut() = FrameState::Suspended {
                gen: Rc::downgrade(gen),
                pc: self.frames[idx].pc,
            };
        }
        Some(obj)
    }

    /// A generator's frame object goes with its frame `self.frames[idx]` while it runs.
    pub fn resume_frame_object(&mut self, idx: usize, obj: Rc<PyObject>) {
        if let Payload::Frame(fo) = &obj.payload {
            *fo.state.borrow_mut() = FrameState::Executing(idx);
        }
        self.frames[idx].obj = Some(obj);
    }

    /// The vm frame index of a frame object that is executing (checked against the
    /// frame stack).
    fn executing_index(&self, o: &Rc<PyObject>, fo: &FrameObject) -> Option<usize> {
        match &*fo.state.borrow() {
            FrameState::Executing(i) => self
                .frames
                .get(*i)
                .and_then(|f| f.obj.as_ref())
                .filter(|x| Rc::ptr_eq(x, o))
                .map(|_| *i),
            _ => None,
        }
    }

    fn frame_pc(&self, o: &Rc<PyObject>, fo: &FrameObject) -> usize {
        if let Some(i) = self.executing_index(o, fo) {
            return self.frames[i].pc;
        }
        match &*fo.state.borrow() {
            FrameState::Suspended { pc, .. } | FrameState::Done { pc, .. } => *pc,
            FrameState::Executing(_) => 0,
        }
    }

    /// `f_locals`: the namespace of a module or class body; for a function's frame,
    /// its dict brought up to date with the locals (cells read through).
    fn frame_locals_value(&mut self, o: &Rc<PyObject>, fo: &FrameObject) -> Value {
        let idx = self.executing_index(o, fo);
        if !fo.optimized() {
            if let Some(i) = idx {
                return crate::mapping_ns::frame_namespace(self, i);
            }
            return match &*fo.state.borrow() {
                FrameState::Done { namespace, .. } if !namespace.is_none() => namespace.clone(),
                _ => Value::Dict(Rc::new(PyDict::new())),
            };
        }
        let n = fo.code.nlocalsplus;
        let values: Vec<Value> = match idx {
            Some(i) => {
                let base = self.frames[i].base;
                let end = (base + n).min(self.stack.len());
                self.stack.get(base..end).unwrap_or(&[]).to_vec()
            }
            None => match &*fo.state.borrow() {
                FrameState::Done { values, .. } => values.to_vec(),
                FrameState::Suspended { gen, .. } => match gen.upgrade() {
                    Some(g) => match &g.payload {
                        Payload::Generator(st) | Payload::Coroutine(st) => {
                            st.borrow().values.iter().take(n).cloned().collect()
                        }
                        _ => Vec::new(),
                    },
                    None => Vec::new(),
                },
                FrameState::Executing(_) => Vec::new(),
            },
        };
        let d = {
            let mut slot = fo.locals.borrow_mut();
            match &*slot {
                Some(d) => d.clone(),
                None => {
                    let d = crate::gc::track_dict(Rc::new(PyDict::new()));
                    *slot = Some(d.clone());
                    d
                }
            }
        };
        let nvars = fo.code.co.varnames.len();
        for i in 0..n {
            let v = match values.get(i) {
                Some(Value::Cell(c)) if i >= nvars => c.borrow().clone(),
                Some(v) => v.clone(),
                None => Value::Null,
            };
            let name = self.intern(fo.code.co.localsplus_name(i));
            if v.is_null() {
                drop(d.del_str(&name));
            } else {
                d.set_str(name, v);
            }
        }
        Value::Dict(d)
    }

    fn frame_back(&mut self, o: &Rc<PyObject>, fo: &FrameObject) -> Value {
        if let Some(i) = self.executing_index(o, fo) {
            if i == 0 {
                return Value::None;
            }
            return Value::Object(self.frame_object(i - 1));
        }
        match &*fo.state.borrow() {
            FrameState::Done { back: Some(b), .. } => Value::Object(b.clone()),
            _ => Value::None,
        }
    }

    /// `frame.clear()`: drop a finished frame's locals; close a suspended generator;
    /// an executing frame cannot be cleared.
    pub fn frame_clear(&mut self, o: &Rc<PyObject>) -> PyResult<()> {
        let Payload::Frame(fo) = &o.payload else {
            return Ok(());
        };
        if self.executing_index(o, fo).is_some() {
            return Err(self.runtime_error("cannot clear an executing frame"));
        }
        let gen = match &*fo.state.borrow() {
            FrameState::Suspended { gen, .. } => gen.upgrade(),
            _ => None,
        };
        if let Some(g) = gen {
            crate::generator::gen_close(self, &g)?;
        }
        let pc = self.frame_pc(o, fo);
        // As CPython's: the locals and `f_trace` go, `f_back` stays.
        let back = match &mut *fo.state.borrow_mut() {
            FrameState::Done { back, .. } => back.take(),
            _ => None,
        };
        let old = std::mem::replace(
            &mut *fo.state.borrow_mut(),
            FrameState::Done {
                pc,
                values: Box::default(),
                namespace: Value::None,
                back,
            },
        );
        drop(old);
        let old_trace = std::mem::replace(&mut *fo.trace.borrow_mut(), Value::None);
        drop(old_trace);
        let old_locals = fo.locals.borrow().clone();
        if let Some(d) = old_locals {
            d.clear();
        }
        Ok(())
    }

    /// `repr(frame)`: CPython's `<frame at 0x…, file '…', line N, code name>`.
    pub fn frame_repr(&self, o: &Rc<PyObject>) -> String {
        let Payload::Frame(fo) = &o.payload else {
            return String::new();
        };
        let line = line_at(&fo.code, self.frame_pc(o, fo));
        let file = crate::repr::str_repr(&fo.code.co.filename);
        format!(
            "<frame at {:#x}, file {}, line {}, code {}>",
            Rc::as_ptr(o) as *const u8 as usize,
            file,
            line,
            fo.code.co.name
        )
    }

    /// The frame object's attributes (None: not one of them).
    pub fn frame_attr(&mut self, o: &Rc<PyObject>, name: &str) -> Option<Value> {
        let Payload::Frame(fo) = &o.payload else {
            return None;
        };
        Some(match name {
            "f_code" => crate::objects::function::code_object(self, &fo.code),
            "f_globals" => Value::Dict(fo.globals.clone()),
            "f_builtins" => Value::Dict(fo.builtins.clone()),
            "f_lineno" => Value::Int(i64::from(line_at(&fo.code, self.frame_pc(o, fo)))),
            "f_lasti" => Value::Int(lasti(self.frame_pc(o, fo))),
            "f_locals" => self.frame_locals_value(o, fo),
            "f_back" => self.frame_back(o, fo),
            "f_trace" => fo.trace.borrow().clone(),
            "f_trace_lines" => Value::bool(fo.trace_lines.get()),
            "f_trace_opcodes" => Value::bool(fo.trace_opcodes.get()),
            _ => return None,
        })
    }

    /// Assignments to the frame object's attributes: Ok(false) when `name` is not one.
    pub fn set_frame_attr(&mut self, o: &Rc<PyObject>, name: &str, v: &Value) -> PyResult<bool> {
        let Payload::Frame(fo) = &o.payload else {
            return Ok(false);
        };
        match name {
            "f_trace" => {
                let old = std::mem::replace(&mut *fo.trace.borrow_mut(), v.clone());
                drop(old);
            }
            "f_trace_lines" | "f_trace_opcodes" => {
                let Value::Bool(b) = v else {
                    return Err(self.type_error("attribute value type must be bool"));
                };
                let cell = if name == "f_trace_lines" {
                    &fo.trace_lines
                } else {
                    &fo.trace_opcodes
                };
                cell.set(b.0);
            }
            "f_lineno" => {
                return Err(self.value_error("f_lineno can only be set by a trace function"));
            }
            "f_code" | "f_globals" | "f_builtins" | "f_lasti" | "f_locals" | "f_back" => {
                return Err(self.new_error(
                    "AttributeError",
                    format!("attribute '{name}' of 'frame' objects is not writable"),
                ));
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// `f_lasti`/`tb_lasti`: the offset in bytes of the last instruction run (two bytes
/// an instruction, as CPython counts; metal's instructions are not CPython's, so only
/// its changes mean anything); 0 before the first, as CPython's not yet started
/// generator shows.
pub fn lasti(pc: usize) -> i64 {
    if pc == 0 || pc == crate::objects::exceptions::TbEntry::DEF_LINE {
        return 0;
    }
    (pc as i64 - 1) * 2
}

/// A suspended generator's frame object, for `gi_frame`.
pub fn suspended_frame_object(
    vm: &Vm,
    code: &Rc<Code>,
    globals: &Rc<PyDict>,
    builtins: &Rc<PyDict>,
    gen: &Rc<PyObject>,
    pc: usize,
) -> Rc<PyObject> {
    let fo = FrameObject::new(
        code.clone(),
        globals.clone(),
        builtins.clone(),
        FrameState::Suspended {
            gen: Rc::downgrade(gen),
            pc,
        },
    );
    PyObject::new(vm.types.frame.clone(), Payload::Frame(Box::new(fo)))
}

/// A suspended generator's frame object whose generator ended without running again
/// (thrown into before it started): it keeps these locals.
pub fn finish_suspended(o: &Rc<PyObject>, values: Box<[Value]>) {
    if let Payload::Frame(fo) = &o.payload {
        // (Called from a generator's drop: never panic on a borrow.)
        let Ok(mut st) = fo.state.try_borrow_mut() else {
            return;
        };
        let pc = match &*st {
            FrameState::Suspended { pc, .. } => *pc,
            _ => 0,
        };
        let old = std::mem::replace(
            &mut *st,
            FrameState::Done {
                pc,
                values,
                namespace: Value::None,
                back: None,
            },
        );
        drop(st);
        drop(old);
    }
}
