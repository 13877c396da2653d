//! The classes CPython gives the methods in builtin types' dicts: `method_descriptor`
//! (`str.join`), `wrapper_descriptor` (`int.__add__`), `classmethod_descriptor`
//! (`dict.__dict__['fromkeys']`) and, bound, `method-wrapper` (`(1).__add__`) beside
//! `builtin_function_or_method` (`'x'.join`, `len`).
//!
//! All of them are `Value::Builtin`: the class is read off the function's `kind`,
//! `self_` and `flavor` when Python asks for it (`type_for`), so the eval loop's fast
//! paths keep matching one variant. What makes them descriptors is here: their
//! `__get__`, their `__call__`, and the check that an unbound method's first argument
//! is an instance of its class (`check_unbound`), made where a call does not come from
//! a method load (which finds the method on the argument's own class).

use std::rc::Rc;

use crate::objects::function::{Args, BuiltinFunction, Flavor, NativeKind};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Types, Vm};

/// Which flavor a method (not a class or static method) registered on `owner` as
/// `name` has. CPython's special methods are slot wrappers, except the few its types
/// also list in their method tables (`list.__getitem__`, `dict.__contains__`…).
pub fn flavor_of(owner: &str, name: &str) -> Flavor {
    let table_method = matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    if !table_method && crate::repr::is_slot_name(name) {
        Flavor::Slot
    } else {
        Flavor::Plain
    }
}

/// The class `type()` answers for a builtin function or method.
pub fn type_for(t: &Types, b: &BuiltinFunction) -> Rc<PyType> {
    match (b.kind, &b.self_, b.flavor) {
        (_, _, Flavor::New) => t.builtin_function.clone(),
        (NativeKind::Method, None, Flavor::Slot) => t.wrapper_descriptor.clone(),
        (NativeKind::Method, None, _) => t.method_descriptor.clone(),
        (NativeKind::ClassMethod, None, _) => t.classmethod_descriptor.clone(),
        (_, Some(_), Flavor::Slot) => t.method_wrapper.clone(),
        _ => t.builtin_function.clone(),
    }
}

/// The qualified name CPython's messages use: the owner's name without its module
/// (`chain.from_iterable`).
pub fn qualname(b: &BuiltinFunction) -> String {
    match b.owner {
        Some(o) => format!("{}.{}", o.rsplit('.').next().unwrap_or(o), b.name),
        None => b.name.to_string(),
    }
}

/// Is `v` an instance of the class `b` is a method of (any value, if it has none)?
#[inline(always)]
pub fn applies(vm: &Vm, b: &BuiltinFunction, v: &Value) -> bool {
    // The common cases by address, without touching a reference count: `v`'s own
    // class, a method of `object`.
    let oc = b.objclass_addr;
    oc == 0
        || oc == Rc::as_ptr(&vm.types.object) as usize
        || exact_class(vm, v) == oc
        || applies_slow(vm, b, v)
}

/// The address of `v`'s class, for the values whose class is one of the vm's builtin
/// types or an object's (0 for the rest).
#[inline(always)]
fn exact_class(vm: &Vm, v: &Value) -> usize {
    let t = &vm.types;
    Rc::as_ptr(match v {
        Value::Object(o) => o.cls(),
        Value::Str(_) => &t.str_,
        Value::List(_) => &t.list,
        Value::Dict(_) => &t.dict,
        Value::Int(_) | Value::BigInt(_) => &t.int,
        Value::Tuple(_) => &t.tuple,
        Value::Float(_) => &t.float,
        Value::Set(_) => &t.set,
        _ => return 0,
    }) as usize
}

#[inline(never)]
fn applies_slow(vm: &Vm, b: &BuiltinFunction, v: &Value) -> bool {
    let t = vm.type_of(v);
    b.objclass
        .as_ref()
        .and_then(|oc| oc.upgrade())
        .is_none_or(|oc| t.is_subtype(&oc))
}

/// The error of a method descriptor bound to (`__get__`) an object it does not apply to.
pub fn not_applicable(vm: &Vm, b: &BuiltinFunction, obj: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        b.name,
        b.owner.unwrap_or("object"),
        vm.type_name(obj)
    ))
}

/// The check CPython's descriptors make when one is called unbound
/// (`str.join(sep, items)`, `int.__add__(1, 2)`, `dict.__dict__['fromkeys'](dict, k)`):
/// there is a first argument, and it is an instance (for a class method, a subclass) of
/// the method's class. Only for methods of builtin types.
#[inline(always)]
pub fn check_unbound(vm: &Vm, b: &BuiltinFunction, first: Option<&Value>) -> PyResult<()> {
    match first {
        Some(v) if b.kind == NativeKind::Method && applies(vm, b, v) => Ok(()),
        _ => check_unbound_slow(vm, b, first),
    }
}

#[inline(never)]
fn check_unbound_slow(vm: &Vm, b: &BuiltinFunction, first: Option<&Value>) -> PyResult<()> {
    if b.self_.is_some() || b.objclass.is_none() || b.flavor == Flavor::New {
        return Ok(());
    }
    let owner = b.owner.unwrap_or("object");
    let name = b.name;
    match b.kind {
        NativeKind::Method => {
            let Some(v) = first else {
                return Err(vm.type_error(if b.flavor == Flavor::Slot {
                    format!("descriptor '{name}' of '{owner}' object needs an argument")
                } else {
                    format!("unbound method {}() needs an argument", qualname(b))
                }));
            };
            if applies(vm, b, v) {
                return Ok(());
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(if b.flavor == Flavor::Slot {
                format!("descriptor '{name}' requires a '{owner}' object but received a '{tn}'")
            } else {
                format!(
                    "descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"
                )
            }))
        }
        NativeKind::ClassMethod => {
            let Some(v) = first else {
                return Err(vm.type_error(format!(
                    "descriptor '{name}' of '{owner}' object needs an argument"
                )));
            };
            let Value::Type(t) = v else {
                return Err(vm.type_error(format!(
                    "descriptor '{name}' for type '{owner}' needs a type, not a '{}' as arg 2",
                    vm.type_name(v)
                )));
            };
            check_subclass(vm, b, t)
        }
        _ => Ok(()),
    }
}

/// A class method descriptor applies to its class and the subclasses.
fn check_subclass(vm: &Vm, b: &BuiltinFunction, t: &Rc<PyType>) -> PyResult<()> {
    if b.objclass
        .as_ref()
        .and_then(|oc| oc.upgrade())
        .is_none_or(|oc| t.is_subtype(&oc))
    {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{}' requires a subtype of '{}' but received '{}'",
        b.name,
        b.owner.unwrap_or("object"),
        t.name()
    )))
}

/// The descriptor an `__get__`/`__call__` runs on.
fn this<'a>(vm: &Vm, args: &'a Args<'_>, what: &str) -> PyResult<&'a Rc<BuiltinFunction>> {
    match args.all.first() {
        Some(Value::Builtin(b)) => Ok(b),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{what}' requires a builtin method but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!("descriptor '{what}' needs an argument"))),
    }
}

/// `descr.__get__(obj, type=None)`: the method bound to `obj`; the descriptor itself
/// read from a class (`obj` None); a class method bound to `type` or to `obj`'s class.
fn descr_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "__get__")?.clone();
    if args.has_kw() {
        return Err(vm.type_error("__get__() takes no keyword arguments"));
    }
    let rest = &args.all[1..];
    if rest.is_empty() || rest.len() > 2 {
        let (bound, n) = if rest.is_empty() {
            ("least 1 argument", 0)
        } else {
            ("most 2 arguments", rest.len())
        };
        return Err(vm.type_error(format!(" expected at {bound}, got {n}")));
    }
    let obj = &rest[0];
    let cls = rest.get(1).filter(|c| !matches!(c, Value::None));
    if b.self_.is_some() || b.objclass.is_none() {
        return Ok(Value::Builtin(b));
    }
    if b.kind == NativeKind::ClassMethod {
        let t = match (obj, cls) {
            (_, Some(Value::Type(t))) => t.clone(),
            (Value::None, None) => return Err(vm.type_error("__get__(None, None) is invalid")),
            (_, Some(c)) => {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                    b.name,
                    b.owner.unwrap_or("object"),
                    vm.type_name(c)
                )))
            }
            (o, None) => vm.type_of(o),
        };
        check_subclass(vm, &b, &t)?;
        return Ok(crate::call::bind_builtin(&b, Value::Type(t)));
    }
    if matches!(obj, Value::None) {
        return match cls {
            Some(_) => Ok(Value::Builtin(b)),
            None => Err(vm.type_error("__get__(None, None) is invalid")),
        };
    }
    if !applies(vm, &b, obj) {
        return Err(not_applicable(vm, &b, obj));
    }
    let owner = Value::Type(vm.type_of(obj));
    vm.bind_descriptor(Value::Builtin(b), obj.clone(), owner)
}

/// `f.__call__(*args, **kwargs)`: the call itself.
fn descr_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = Value::Builtin(this(vm, &args, "__call__")?.clone());
    vm.call(
        &f,
        Args {
            all: &args.all[1..],
            kwnames: args.kwnames,
        },
    )
}

/// `__repr__` of the builtin callables' classes.
fn descr_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = Value::Builtin(this(vm, &args, "__repr__")?.clone());
    crate::repr::repr(vm, &f).map(Value::Str)
}

/// `__hash__` of `builtin_function_or_method` and `method-wrapper`: the hash `hash()`
/// gives (from the identity of what it is bound to and of its function).
fn descr_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = Value::Builtin(this(vm, &args, "__hash__")?.clone());
    crate::ops::hash(vm, &f).map(Value::Int)
}

/// The comparisons of `builtin_function_or_method` and `method-wrapper`: equal when
/// they are the same function bound to the same object (the same module for a module's
/// functions); NotImplemented for the orderings and for other kinds of values.
fn descr_compare<const OP: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
    let name = names[(OP as usize).min(5)];
    let a = this(vm, &args, name)?.clone();
    if args.has_kw() || args.all.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.all.len().saturating_sub(1) + args.kwnames.len()
        )));
    }
    let Value::Builtin(b) = &args.all[1] else {
        return Ok(Value::NotImplemented);
    };
    let t = &vm.types;
    if OP > 1 || !Rc::ptr_eq(&type_for(t, &a), &type_for(t, b)) {
        return Ok(Value::NotImplemented);
    }
    let same_self = match (&a.self_, &b.self_) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => match (&a.module, &b.module) {
            (Some(m), Some(n)) => std::ptr::eq(m.1.as_ptr(), n.1.as_ptr()),
            (None, None) => true,
            _ => false,
        },
        _ => false,
    };
    let eq = same_self && a.func as usize == b.func as usize && a.name == b.name;
    Ok(Value::bool(eq == (OP == 0)))
}

/// `__reduce__` of the builtin callables, as CPython pickles them: a module's function
/// (or a static method) by its name, a bound one as `getattr(self, name)`, a method of a
/// class as `getattr(cls, name)`.
fn descr_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "__reduce__")?.clone();
    if args.has_kw() || args.all.len() != 1 {
        return Err(vm.type_error(format!(
            "{}.__reduce__() takes no arguments ({} given)",
            type_for(&vm.types, &b).name(),
            args.all.len().saturating_sub(1) + args.kwnames.len()
        )));
    }
    let owner = || {
        b.objclass
            .as_ref()
            .and_then(|t| t.upgrade())
            .map(Value::Type)
    };
    let on = match &b.self_ {
        Some(Value::Object(o))
            if matches!(o.payload, crate::objects::object::Payload::Module { .. }) =>
        {
            None
        }
        // (A module's function that metal writes in Python: `builtins::forward`.)
        Some(_) if b.module.is_some() => None,
        Some(s) => Some(s.clone()),
        // A type's `__new__` is bound to the type, a static method kept with it (its
        // `__self__` hides it); a method of a class is looked up on it.
        None if b.flavor == Flavor::New
            || b.kind == NativeKind::StaticMethod
            || is_unbound_method(&b) =>
        {
            owner()
        }
        None => None,
    };
    let name = Value::str(b.name);
    let Some(on) = on else { return Ok(name) };
    let getattr = vm
        .builtins
        .get_by_str("getattr")
        .ok_or_else(|| vm.new_error("AttributeError", "getattr"))?;
    Ok(Value::tuple(vec![getattr, Value::tuple(vec![on, name])]))
}

/// A `method_descriptor` or `wrapper_descriptor` (a builtin type's method, unbound).
fn is_unbound_method(b: &BuiltinFunction) -> bool {
    b.self_.is_none() && b.kind == NativeKind::Method && b.objclass.is_some()
}

/// What the builtin callables' classes have in their dicts besides `__get__` and
/// `__call__`, as CPython 3.11's (not `__text_signature__`: docs/compat.md).
fn init_dicts(vm: &mut Vm) {
    let t = &vm.types;
    let all = [
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod_descriptor,
        &t.method_wrapper,
        &t.builtin_function,
    ];
    for ty in all {
        super::method(ty, "__getattribute__", super::slots::generic_getattribute);
        super::method(ty, "__repr__", descr_repr);
    }
    // (CPython's classmethod_descriptor has none: it cannot be pickled.)
    for ty in [
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.method_wrapper,
        &t.builtin_function,
    ] {
        super::method(ty, "__reduce__", descr_reduce);
    }
    for ty in [&t.method_wrapper, &t.builtin_function] {
        super::method(ty, "__eq__", descr_compare::<0>);
        super::method(ty, "__ne__", descr_compare::<1>);
        super::method(ty, "__lt__", descr_compare::<2>);
        super::method(ty, "__le__", descr_compare::<3>);
        super::method(ty, "__gt__", descr_compare::<4>);
        super::method(ty, "__ge__", descr_compare::<5>);
        super::method(ty, "__hash__", descr_hash);
    }
}

/// The descriptor classes' `__get__` and every builtin callable's `__call__`.
pub fn init(vm: &mut Vm) {
    init_dicts(vm);
    let t = &vm.types;
    for ty in [
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod_descriptor,
    ] {
        super::method(ty, "__get__", descr_get);
    }
    for ty in [
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod_descriptor,
        &t.method_wrapper,
        &t.builtin_function,
    ] {
        super::method(ty, "__call__", descr_call);
    }
}
