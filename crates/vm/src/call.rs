//! Calls: argument binding for Python functions (CPython's rules and messages), frame
//! set-up, and calling any callable from native code.

use std::cell::RefCell;
use std::rc::Rc;

use metal_compiler::bytecode::flags;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, Flavor, Function, NativeKind};
use crate::objects::object::Payload;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{Frame, FrameExit, PyResult, Vm};

/// A function's name for error messages, computed only when one is raised.
struct FuncName<'a>(&'a Function);

impl std::fmt::Display for FuncName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.qualname.borrow().as_str())
    }
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

impl Vm {
    #[allow(clippy::needless_range_loop)]
    /// Bind `args` for `func` into `slots` (the new frame's localsplus, all Null).
    pub fn bind_args(
        &mut self,
        func: &Function,
        args: Args<'_>,
        slots: &mut [Value],
    ) -> PyResult<()> {
        let code = &func.code;
        let co = &code.co;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let pos = args.pos();
        let qual = FuncName(func);

        let n = pos.len().min(argcount);
        slots[..n].clone_from_slice(&pos[..n]);
        let mut idx = argcount + kwonly;
        if has_varargs {
            let extra = if pos.len() > argcount {
                pos[argcount..].to_vec()
            } else {
                Vec::new()
            };
            slots[idx] = Value::tuple(extra);
            idx += 1;
        } else if pos.len() > argcount {
            let defaults_len = func.defaults.borrow().as_ref().map_or(0, |d| d.items.len());
            let given_kwonly = args
                .kw()
                .filter(|(k, _)| {
                    co.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| &**v == *k)
                })
                .count();
            let takes = if defaults_len > 0 {
                format!("from {} to {}", argcount - defaults_len, argcount)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && defaults_len == 0 {
                ""
            } else {
                "s"
            };
            let was = if pos.len() == 1 { "was" } else { "were" };
            let msg = if given_kwonly > 0 {
                format!(
                    "{qual}() takes {takes} positional argument{plural} but {} positional argument{} (and {} keyword-only argument{}) were given",
                    pos.len(),
                    if pos.len() == 1 { "" } else { "s" },
                    given_kwonly,
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{qual}() takes {takes} positional argument{plural} but {} {was} given",
                    pos.len()
                )
            };
            return Err(self.type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = crate::gc::track_dict(Rc::new(PyDict::new()));
            slots[idx] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        let kw_base = args.all.len() - args.kwnames.len();
        for (k, key) in args.kwnames.iter().enumerate() {
            let value = &args.all[kw_base + k];
            let name = crate::objects::function::kw_text(key);
            // The names of a call's keywords are usually the very objects the callee's
            // parameter names are (both interned): identity first, text after.
            let params = &code.varnames[..argcount + kwonly];
            let found = match key {
                Value::Str(s) => params
                    .iter()
                    .position(|v| Rc::ptr_eq(v, s))
                    .or_else(|| params.iter().position(|v| v.as_str() == name)),
                _ => params.iter().position(|v| v.as_str() == name),
            };
            match found {
                Some(i) if i >= posonly => {
                    if !slots[i].is_null() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    slots[i] = value.clone();
                }
                _ => {
                    if let Some(d) = &kwdict {
                        // The caller's key object itself, as CPython keeps it.
                        match key {
                            Value::Str(s) => d.set_str(s.clone(), value.clone()),
                            // A str subclass's instance stays the key.
                            _ => d.set_item(self, key.clone(), value.clone())?,
                        }
                    } else if found.is_some() {
                        posonly_as_kw.push(name.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        if pos.len() < argcount {
            let defaults = func.defaults.borrow().clone();
            let dlen = defaults.as_ref().map_or(0, |d| d.items.len());
            let first_default = argcount - dlen;
            let mut missing = Vec::new();
            for i in pos.len()..argcount {
                if slots[i].is_null() {
                    if i >= first_default {
                        if let Some(d) = &defaults {
                            slots[i] = d.items[i - first_default].clone();
                        }
                    } else {
                        missing.push(co.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{qual}() missing {} required positional argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let kwdefaults = func.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for i in argcount..argcount + kwonly {
                if slots[i].is_null() {
                    let name = &code.varnames[i];
                    match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                        Some(v) => slots[i] = v,
                        None => missing.push(name.as_str().to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{qual}() missing {} required keyword-only argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
        Ok(())
    }

    /// Set up cells and free variables in a fresh frame's localsplus.
    pub fn init_cells(&self, func: &Function, slots: &mut [Value]) {
        let co = &func.code.co;
        let nv = co.varnames.len();
        for (i, arg) in co.cell2arg.iter().enumerate() {
            let init = match arg {
                Some(a) => slots[*a as usize].clone(),
                None => Value::Null,
            };
            let c = Rc::new(RefCell::new(init));
            crate::gc::track_cell(&c);
            slots[nv + i] = Value::Cell(c);
        }
        if let Some(cl) = &func.closure {
            let off = nv + co.cellvars.len();
            for (i, c) in cl.iter().enumerate() {
                slots[off + i] = c.clone();
            }
        }
    }

    /// Push a frame for `func` with its arguments taken from `args`; the caller then runs
    /// the eval loop. `ret_base`: the stack length to restore when it returns.
    pub fn push_frame(
        &mut self,
        func: &Rc<Function>,
        args: Args<'_>,
        ret_base: usize,
    ) -> PyResult<()> {
        self.push_frame_at(func, args, ret_base, ret_base, crate::vm::Ret::Value)
    }

    /// `push_frame` with the frame's locals from `base` (the stack cut there; `base >=
    /// ret_base`, what lies between stays) and what its return gives the caller.
    pub fn push_frame_at(
        &mut self,
        func: &Rc<Function>,
        args: Args<'_>,
        base: usize,
        ret_base: usize,
        ret: crate::vm::Ret,
    ) -> PyResult<()> {
        if self.frames.len() >= self.frame_limit {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        let n = func.code.nlocalsplus;
        // Bind into a reused buffer (binding runs no Python code, so it is never
        // re-entered; if it were, `take` would leave an empty one to grow).
        let mut slots = std::mem::take(&mut self.scratch_slots);
        slots.clear();
        slots.resize(n, Value::Null);
        let bound = self.bind_args(func, args, &mut slots);
        if let Err(e) = bound {
            slots.clear();
            self.scratch_slots = slots;
            return Err(e);
        }
        self.init_cells(func, &mut slots);
        self.stack.truncate(base);
        self.stack.append(&mut slots);
        self.scratch_slots = slots;
        let mut f = Frame::for_function(func, base, ret_base);
        f.ret = ret;
        self.frames.push(f);
        Ok(())
    }

    /// Push a frame whose positional arguments are already on the stack at `base`
    /// (`Code::simple_args` and an exact argument count).
    #[inline(always)]
    pub fn push_frame_in_place(&mut self, func: &Function, base: usize, ret_base: usize) {
        self.place_locals(func, base);
        self.frames.reserve(1);
        let len = self.frames.len();
        // SAFETY: room for one more frame was reserved; the eval loop's caller keeps the
        // function in its callable slot for as long as the frame runs.
        unsafe {
            Frame::write_borrowing(self.frames.as_mut_ptr().add(len), func, base, ret_base);
            self.frames.set_len(len + 1);
        }
    }

    /// Push the frame of a class's `__init__` called from the eval loop with its
    /// arguments (self first) at `base`; the instance is also in the slot at `ret_base`,
    /// which is the call's result when `__init__` returns None. The frame owns its parts:
    /// the class may drop its `__init__` while it runs.
    pub fn push_init_frame(&mut self, func: &Function, base: usize, ret_base: usize) {
        self.place_locals(func, base);
        let mut f = Frame::for_function(func, base, ret_base);
        f.ret = crate::vm::Ret::InitSelf;
        self.frames.push(f);
    }

    /// A frame's locals beyond its arguments at `base`: unbound slots, closure cells.
    #[inline(always)]
    fn place_locals(&mut self, func: &Function, base: usize) {
        let code = &func.code;
        if self.stack.len() < base + code.nlocalsplus {
            self.stack.resize(base + code.nlocalsplus, Value::Null);
        }
        if let Some(cl) = &func.closure {
            let off = base + code.co.varnames.len();
            for (i, c) in cl.iter().enumerate() {
                self.stack[off + i] = c.clone();
            }
        }
    }

    /// Call a Python function from native code.
    pub fn call_function(&mut self, func: &Rc<Function>, args: Args<'_>) -> PyResult<Value> {
        if func.code.flags & flags::GENERATOR != 0 {
            return crate::generator::new_generator(self, func, args);
        }
        // (What the operation calling counts: see `recursion`.)
        let counted = self.enter_nested(false)?;
        let ret_base = self.stack.len();
        let r = if args.kwnames.is_empty()
            && func.code.simple_args
            && args.all.len() == func.code.argcount
            && self.frames.len() < self.frame_limit
        {
            // Positional arguments that fill the parameters: they go where the locals
            // go, without binding (as the eval loop's CALL places them). The caller's
            // `func` outlives the frame, which runs to its end here.
            self.stack.extend_from_slice(args.all);
            self.push_frame_in_place(func, ret_base, ret_base);
            self.run_pushed()
        } else {
            match self.push_frame(func, args, ret_base) {
                Ok(()) => self.run_pushed(),
                Err(e) => Err(e),
            }
        };
        if counted {
            self.leave_native();
        }
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(self.runtime_error("unexpected yield")),
        }
    }

    /// Run the frame just pushed to completion, guarding the Rust stack.
    pub fn run_nested(&mut self) -> PyResult<FrameExit> {
        let counted = match self.enter_nested(true) {
            Ok(c) => c,
            Err(e) => {
                let f = self.frames.pop();
                if let Some(f) = f {
                    self.stack.truncate(f.ret_base);
                }
                return Err(e);
            }
        };
        let r = self.run_pushed();
        if counted {
            self.leave_native();
        }
        r
    }

    /// Run the frame just pushed to completion, one nested eval loop deeper.
    fn run_pushed(&mut self) -> PyResult<FrameExit> {
        self.native_depth += 1;
        let entry = self.frames.len() - 1;
        let r = self.run(entry, None);
        self.native_depth -= 1;
        r
    }

    pub fn call(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args),
            Value::Builtin(b) => match &b.self_ {
                Some(s) if args.all.len() < 6 => {
                    let mut all: [Value; 6] = Default::default();
                    all[0] = s.clone();
                    all[1..=args.all.len()].clone_from_slice(args.all);
                    (b.func)(
                        self,
                        Args {
                            all: &all[..=args.all.len()],
                            kwnames: args.kwnames,
                        },
                    )
                }
                Some(s) => {
                    let mut all = Vec::with_capacity(args.all.len() + 1);
                    all.push(s.clone());
                    all.extend_from_slice(args.all);
                    (b.func)(
                        self,
                        Args {
                            all: &all,
                            kwnames: args.kwnames,
                        },
                    )
                }
                None => {
                    if b.kind != NativeKind::Function {
                        crate::builtins::descr::check_unbound(self, b, args.all.first())?;
                    }
                    (b.func)(self, args)
                }
            },
            Value::Type(t) => crate::construct::call_type(self, t, args),
            Value::Object(o) => match &o.payload {
                Payload::BoundMethod { func, self_ } => {
                    let func = func.clone();
                    if args.all.len() < 6 {
                        // Self and the arguments in a local array, not a heap vector.
                        let mut all: [Value; 6] = Default::default();
                        all[0] = self_.clone();
                        all[1..=args.all.len()].clone_from_slice(args.all);
                        return self.call(
                            &func,
                            Args {
                                all: &all[..=args.all.len()],
                                kwnames: args.kwnames,
                            },
                        );
                    }
                    let mut all = Vec::with_capacity(args.all.len() + 1);
                    all.push(self_.clone());
                    all.extend_from_slice(args.all);
                    self.call(
                        &func,
                        Args {
                            all: &all,
                            kwnames: args.kwnames,
                        },
                    )
                }
                Payload::StaticMethod(inner) => {
                    let inner = inner.clone();
                    self.call(&inner, args)
                }
                _ => crate::dunder::call_object(self, f, args),
            },
            _ => Err(self.type_error(format!("'{}' object is not callable", self.type_name(f)))),
        }
    }

    pub fn call_args(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(f, Args::new(args))
    }

    /// Call a method of `obj` by name.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let name = self.intern(name);
        self.call_method_str(obj, &name, args)
    }

    /// `call_method` of a name written in the source (interned once, by its address).
    pub fn call_method_s(
        &mut self,
        obj: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Value> {
        let name = self.sname(name);
        self.call_method_str(obj, &name, args)
    }

    /// `obj.name(*args)`. A plain method of the type that the instance does not shadow is
    /// called with `obj` first, as LOAD_METHOD and CALL do, without making the bound
    /// method; anything else is read with getattr and called.
    pub fn call_method_str(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        args: &[Value],
    ) -> PyResult<Value> {
        if let Some(m) = self.load_method(obj, name)? {
            if args.len() < 6 {
                let mut all: [Value; 6] = Default::default();
                all[0] = obj.clone();
                all[1..=args.len()].clone_from_slice(args);
                return self.call(&m, Args::new(&all[..=args.len()]));
            }
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            return self.call(&m, Args::new(&all));
        }
        let m = self.getattr_str(obj, name)?;
        self.call_args(&m, args)
    }

    pub fn is_callable(&mut self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::Type(_) => true,
            Value::Object(o) => match &o.payload {
                Payload::BoundMethod { .. } | Payload::StaticMethod(_) => true,
                _ => self.type_lookup_s(o.cls(), "__call__").is_some(),
            },
            _ => false,
        }
    }
}

/// A callable's name in call errors (CPython's `_PyObject_FunctionStr`):
/// `module.qualname()` for Python functions, `name()` for builtins.
pub fn function_str(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let q = func.qualname.borrow().as_str().to_string();
            match &*func.module.borrow() {
                Value::Str(m) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), q),
                _ => format!("{q}()"),
            }
        }
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Type(t) => format!("{}()", t.full_name()),
        Value::Object(o) => match &o.payload {
            crate::objects::object::Payload::BoundMethod { func, .. } => function_str(func),
            _ => format!("{} object", o.cls().name()),
        },
        _ => "object".to_string(),
    }
}

/// Bind a native method descriptor to an instance.
pub fn bind_builtin(b: &Rc<crate::objects::function::BuiltinFunction>, self_: Value) -> Value {
    let bound = Rc::new(crate::objects::function::BuiltinFunction {
        name: b.name,
        func: b.func,
        kind: NativeKind::Method,
        self_: Some(self_),
        owner: b.owner,
        // (Only a method-wrapper shows it: the others need no weak count.)
        objclass: match b.flavor {
            Flavor::Slot => b.objclass.clone(),
            _ => None,
        },
        objclass_addr: b.objclass_addr,
        flavor: b.flavor,
        module: None,
    });
    // It holds its self: a cycle can close through it.
    crate::gc::track_builtin(&bound);
    Value::Builtin(bound)
}
