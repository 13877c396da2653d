//! `super`, the builtin type: making super objects (`super()`, `super(T, obj)`,
//! `super(T)`), its subclasses' instances, and the type's own methods (`__new__`,
//! `__init__`, `__get__`, `__getattribute__`, `__repr__`). The attribute search a super
//! object does lives in `attr.rs` (`generic_getattr`), its LOAD_METHOD fast path in
//! `eval/fast.rs` (`super_method`).
//!
//! A super object's fields are fixed when it is made (`Payload::Super`), so
//! `super.__new__` makes an initialised object and `super.__init__` only accepts the
//! arguments the object already has (docs/compat.md).

use std::rc::Rc;

use crate::builtins::method;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.super_.clone();
    crate::builtins::staticmethod(&t, "__new__", super_new_native);
    method(&t, "__init__", super_init);
    method(&t, "__get__", super_get);
    method(&t, "__getattribute__", super_getattribute);
    method(&t, "__repr__", super_repr_native);
}

/// What a super object holds: the class the search starts after, the object (Null for
/// an unbound `super(T)`), and the type whose MRO is searched.
type Fields = (Rc<PyType>, Value, Rc<PyType>);

/// The fields `super(*args)` describes, called from the frame on top of the stack
/// (the zero-argument form reads that frame's `__class__` cell and first argument).
/// (`by_init`: the arguments of `super.__init__`, which a subclass's call runs, whose
/// message for a first argument that is not a type differs from the call of `super`.)
fn resolve(vm: &mut Vm, args: &Args<'_>, by_init: bool) -> PyResult<Fields> {
    if args.has_kw() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let p = args.pos();
    let (start, obj) = match p.len() {
        0 => zero_arg(vm)?,
        1 => (p[0].clone(), Value::Null),
        2 => (p[0].clone(), p[1].clone()),
        n => {
            return Err(vm.type_error(format!("super() expected at most 2 arguments, got {n}")));
        }
    };
    let Value::Type(start) = start else {
        let a = if by_init { "" } else { "a " };
        return Err(vm.type_error(format!(
            "super() argument 1 must be {a}type, not {}",
            vm.type_name(&start)
        )));
    };
    // `super(T, None)` is unbound too.
    if obj.is_null() || obj.is_none() {
        return Ok((start.clone(), Value::Null, start));
    }
    let obj_type = match &obj {
        Value::Type(t) if t.is_subtype(&start) => t.clone(),
        _ => vm.type_of(&obj),
    };
    if !obj_type.is_subtype(&start) {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok((start, obj, obj_type))
}

/// `super()` in a function: its `__class__` cell and its first argument.
fn zero_arg(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(f) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = f.code.clone();
    let base = f.base;
    if code.co.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = vm.stack[base].clone();
    if let Value::Cell(c) = first.clone() {
        first = c.borrow().clone();
    }
    if first.is_null() {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    }
    let nv = code.co.varnames.len();
    let pos = code
        .co
        .cellvars
        .iter()
        .chain(code.co.freevars.iter())
        .position(|n| &**n == "__class__");
    let cls = match pos {
        Some(i) => match &vm.stack[base + nv + i] {
            Value::Cell(c) => c.borrow().clone(),
            _ => Value::Null,
        },
        None => return Err(vm.runtime_error("super(): __class__ cell not found")),
    };
    if cls.is_null() {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    }
    if !matches!(cls, Value::Type(_)) {
        return Err(vm.runtime_error(format!(
            "super(): __class__ is not a type ({})",
            vm.type_name(&cls)
        )));
    }
    Ok((cls, first))
}

/// A super object of class `cls` (super or a subclass, whose instances have a dict).
fn make(cls: &Rc<PyType>, (start, obj, obj_type): Fields) -> Value {
    let payload = Payload::Super {
        start,
        obj,
        obj_type,
    };
    Value::Object(if cls.builtin {
        PyObject::new(cls.clone(), payload)
    } else {
        PyObject::with_dict(cls.clone(), payload)
    })
}

/// `super(...)`: the call of the type itself (`construct::call_type`).
pub fn super_new(vm: &mut Vm, t: &Rc<PyType>, args: Args<'_>) -> PyResult<Value> {
    let fields = resolve(vm, &args, false)?;
    Ok(make(t, fields))
}

/// The call of a subclass of `super`: the super object its arguments describe, then
/// the subclass's own `__init__` (if it has one) with the same arguments.
pub fn instantiate_subclass(
    vm: &mut Vm,
    t: &Rc<PyType>,
    new: Option<Value>,
    init: Option<Value>,
    args: Args<'_>,
) -> PyResult<Value> {
    let obj = match new {
        Some(f) => {
            let mut all = Vec::with_capacity(args.all.len() + 1);
            all.push(Value::Type(t.clone()));
            all.extend_from_slice(args.all);
            let obj = vm.call(
                &f,
                Args {
                    all: &all,
                    kwnames: args.kwnames,
                },
            )?;
            if !vm.type_of(&obj).is_subtype(t) {
                return Ok(obj);
            }
            obj
        }
        None => make(t, resolve(vm, &args, true)?),
    };
    if let Some(f) = init {
        let mut all = Vec::with_capacity(args.all.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args.all);
        let r = vm.call(
            &f,
            Args {
                all: &all,
                kwnames: args.kwnames,
            },
        )?;
        if !r.is_none() {
            return Err(vm.type_error(format!(
                "__init__() should return None, not '{}'",
                vm.type_name(&r)
            )));
        }
    }
    Ok(obj)
}

/// The super object `self` of a `super` method, or the descriptor's TypeError.
fn this<'a>(vm: &Vm, name: &str, args: &'a Args<'_>) -> PyResult<&'a Rc<PyObject>> {
    match args.all.first() {
        Some(Value::Object(o)) if matches!(o.payload, Payload::Super { .. }) => Ok(o),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'super' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'super' object needs an argument"
        ))),
    }
}

/// `super.__new__(cls, *args)`: a super object of class `cls` (a subtype of super) for
/// `args`. (CPython's is uninitialised until `__init__`; metal's fields are fixed.)
fn super_new_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.all.first() {
        Some(Value::Type(t)) => t.clone(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "super.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )))
        }
        None => return Err(vm.type_error("super.__new__(): not enough arguments")),
    };
    if !cls.is_subtype(&vm.types.super_) {
        let n = cls.name().to_string();
        return Err(vm.type_error(format!("super.__new__({n}): {n} is not a subtype of super")));
    }
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    if rest.all.is_empty() {
        return Err(vm.new_error(
            "NotImplementedError",
            "super.__new__() without arguments: an uninitialised super object is not supported yet",
        ));
    }
    Ok(make(&cls, resolve(vm, &rest, true)?))
}

/// `super.__init__(self, *args)`: the arguments must describe the object as it is.
fn super_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = this(vm, "__init__", &args)?.clone();
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let (start, obj, _) = resolve(vm, &rest, true)?;
    let Payload::Super {
        start: s0, obj: o0, ..
    } = &o.payload
    else {
        return Ok(Value::None);
    };
    if Rc::ptr_eq(&start, s0) && (obj.is(o0) || obj.is_null() && o0.is_null()) {
        return Ok(Value::None);
    }
    Err(vm.new_error("NotImplementedError", 
        "super.__init__() with other arguments than the object was made with: re-initialising a super object is not supported yet",
    ))
}

/// `super.__get__(self, obj, type=None)`: an unbound super object bound to `obj`; any
/// other is itself.
fn super_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = this(vm, "__get__", &args)?.clone();
    let p = args.pos();
    if args.has_kw() {
        return Err(vm.type_error("__get__() takes no keyword arguments"));
    }
    if !(2..=3).contains(&p.len()) {
        return Err(vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let Payload::Super {
        start, obj: mine, ..
    } = &o.payload
    else {
        return Ok(p[0].clone());
    };
    let obj = &p[1];
    if obj.is_none() && p.get(2).is_none_or(|t| t.is_none()) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    if obj.is_none() || !mine.is_null() {
        return Ok(p[0].clone());
    }
    let cls = o.cls().clone();
    let pair = [Value::Type(start.clone()), obj.clone()];
    if Rc::ptr_eq(&cls, &vm.types.super_) {
        return super_new(vm, &cls, Args::new(&pair));
    }
    vm.call_args(&Value::Type(cls), &pair)
}

fn super_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = this(vm, "__getattribute__", &args)?.clone();
    let p = args.pos();
    if args.has_kw() {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let name = crate::builtins::slots::getattribute_name(vm, p)?;
    let me = Value::Object(o);
    match vm.generic_getattr(&me, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&me, name.as_str())),
    }
}

fn super_repr_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = this(vm, "__repr__", &args)?.clone();
    Ok(Value::from_string(super_repr(&o.payload)))
}

/// `<super: <class 'B'>, <B object>>` (`<super: <class 'B'>, NULL>` unbound).
pub fn super_repr(p: &Payload) -> String {
    let Payload::Super {
        start,
        obj,
        obj_type,
    } = p
    else {
        return String::new();
    };
    if obj.is_null() {
        format!("<super: <class '{}'>, NULL>", start.name())
    } else {
        format!(
            "<super: <class '{}'>, <{} object>>",
            start.name(),
            obj_type.name()
        )
    }
}
