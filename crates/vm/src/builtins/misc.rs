//! Methods of the remaining builtin types: object, type, generators, exceptions,
//! streams (sys.stdout), and `super`.

use std::rc::Rc;

use crate::builtins::{method, method_args};
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let o = vm.types.object.clone();
    method(&o, "__init__", object_init);
    method(&o, "__repr__", object_repr);
    method(&o, "__str__", object_str);
    method(&o, "__eq__", object_eq);
    method(&o, "__ne__", object_ne);
    method(&o, "__lt__", object_order);
    method(&o, "__le__", object_order);
    method(&o, "__gt__", object_order);
    method(&o, "__ge__", object_order);
    method(&o, "__dir__", object_dir);
    crate::builtins::classmethod(&o, "__subclasshook__", object_subclasshook);
    method(&o, "__hash__", object_hash);
    method(&o, "__format__", object_format);
    method(&o, "__setattr__", object_setattr);
    method(&o, "__getattribute__", object_getattribute);
    method(&o, "__delattr__", object_delattr);
    crate::builtins::staticmethod(&o, "__new__", object_new);
    crate::builtins::classmethod(&o, "__init_subclass__", object_init_subclass);
    let t = vm.types.type_.clone();
    method(&t, "mro", type_mro);
    method(&t, "__setattr__", type_setattr);
    method(&t, "__delattr__", type_delattr);
    for t in [
        vm.types.function.clone(),
        vm.types.classmethod.clone(),
        vm.types.staticmethod.clone(),
        vm.types.property.clone(),
    ] {
        method(&t, "__get__", descriptor_get);
    }
    let p = vm.types.property.clone();
    method(&p, "getter", property_getter);
    method(&p, "setter", property_setter);
    method(&p, "deleter", property_deleter);
    method(&p, "__set__", property_set);
    method(&p, "__init__", property_init);
    method(&p, "__delete__", property_delete);
    method(
        &t,
        "__instancecheck__",
        crate::builtins::funcs::type_instancecheck,
    );
    method(
        &t,
        "__subclasscheck__",
        crate::builtins::funcs::type_subclasscheck,
    );
    let g = vm.types.generator.clone();
    method(&g, "send", gen_send);
    method(&g, "throw", gen_throw);
    method(&g, "close", gen_close);
    method(&g, "__next__", gen_next);
    method(&g, "__iter__", same::<{ usize::MAX }>);
    iterator_methods(&vm.types.iterator);
    method(&vm.types.frame.clone(), "clear", frame_clear);
    let e = vm.types.exceptions["BaseException"].clone();
    method(&e, "with_traceback", with_traceback);
    method(&e, "add_note", add_note);
    method(&e, "__init__", exc_init);
    let s = vm.types.stream.clone();
    method(&s, "write", stream_write);
    method(&s, "flush", stream_flush);
    method(&s, "readline", stream_readline);
    method(&s, "read", stream_read);
    method(&s, "readlines", stream_readlines);
    method(&s, "__iter__", stream_iter);
    method(&s, "__next__", stream_next);
}

/// Whether a class defined in Python along `t`'s MRO defines `name`.
fn overrides(t: &Rc<crate::objects::types::PyType>, name: &str) -> bool {
    t.mro()
        .iter()
        .take_while(|c| !c.builtin)
        .any(|c| c.dict.get_by_str(name).is_some())
}

fn object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.all.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    }
    if args.all.len() > 1 {
        // Extra arguments: CPython's rule and messages (an overriding `__init__` passed
        // them on; a class overriding neither method got them from its call).
        let t = vm.type_of(&args.all[0]);
        if overrides(&t, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(&t, "__new__") {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some(Value::Type(t)) = p.first() else {
        let what = p.first().map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({what})"
        )));
    };
    let t = t.clone();
    if t.builtin {
        // Only a type with its own `__new__` (int's, list's): `ValueError.__new__` is
        // this function (our exceptions have none of their own).
        let own_new = t
            .lookup_str("__new__")
            .zip(vm.types.object.lookup_str("__new__"))
            .is_some_and(|(mine, object)| !mine.is(&object));
        if own_new {
            let base = if t.layout == crate::objects::types::Layout::Exception {
                "BaseException".to_string()
            } else {
                t.name().to_string()
            };
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {base}.__new__()",
                t.name()
            )));
        }
        return crate::construct::call_type(vm, &t, Args::new(&p[1..]));
    }
    if p.len() > 1 && t.layout == crate::objects::types::Layout::Object {
        if overrides(&t, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(&t, "__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    crate::classes::object_new(vm, &t, Args::new(&p[1..]))
}

/// `object.__repr__(x)`: `<module.Class object at 0x…>` whatever x is (its own type's
/// `__repr__` is not consulted: this is what it falls back on).
fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(vm.type_error("descriptor '__repr__' of 'object' object needs an argument"));
    }
    method_args(vm, "__repr__", &args, 0, 0)?;
    // Not `method_args`' self, which for a subclass of a builtin is the value inside.
    let s = &args.pos()[0];
    let t = vm.type_of(s);
    Ok(Value::from_string(format!(
        "<{} object at {:#x}>",
        t.full_name(),
        s.id()
    )))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(vm.type_error("descriptor '__str__' of 'object' object needs an argument"));
    }
    let (s, _) = method_args(vm, "__str__", &args, 0, 0)?;
    Ok(Value::Str(vm.repr(s)?))
}

/// `object.__lt__` and the other orderings: no order of their own (NotImplemented), so
/// the reflected method or the TypeError decides.
fn object_order(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, "__lt__", &args, 1, 1)?;
    Ok(Value::NotImplemented)
}

/// `object.__dir__(self)`: the names `dir()` lists for the object.
fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__dir__", &args, 0, 0)?;
    crate::builtins::funcs::dir_of(vm, s)
}

/// `object.__subclasshook__`: no opinion (NotImplemented), for `issubclass` to decide.
fn object_subclasshook(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__eq__", &args, 1, 1)?;
    Ok(if s.is(&a[0]) {
        Value::Bool(crate::value::PyBool(true))
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__ne__", &args, 1, 1)?;
    // object.__ne__ inverts __eq__ only when __eq__ gives an answer.
    let ty = vm.type_of(s);
    let eq = vm.type_lookup_s(&ty, "__eq__").unwrap_or(Value::None);
    let r = vm.call_args(&eq, &[s.clone(), a[0].clone()])?;
    match r {
        Value::NotImplemented => Ok(r),
        _ => Ok(Value::bool(!vm.truthy(&r)?)),
    }
}

fn object_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__hash__", &args, 0, 0)?;
    // None (and the other singletons) hash as `hash()` gives them.
    if !matches!(s, Value::Object(_)) {
        return Ok(Value::Int(vm.hash(s)?));
    }
    Ok(Value::Int((s.id() >> 4) as i64))
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = method_args(vm, "__format__", &args, 1, 1)?;
    // str() of the object itself (a builtin subclass's instance with its own __str__ or
    // __repr__), not of the builtin value inside it.
    let s = &args.pos()[0];
    match &a[0] {
        Value::Str(spec) if spec.as_str().is_empty() => Ok(Value::Str(vm.str_of(s)?)),
        Value::Str(_) => Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(s)
        ))),
        _ => Err(vm.type_error("format spec must be a str")),
    }
}

/// The self, name and (for `__setattr__`) value of a `__setattr__`/`__delattr__` slot
/// wrapper of `owner`. CPython unpacks `__setattr__`'s with an empty function name, hence
/// the leading space of its count error.
fn attr_wrapper_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
    hook: &str,
) -> PyResult<(&'a Value, Rc<crate::objects::str::PyStr>, Option<&'a Value>)> {
    if args.has_kw() {
        return Err(vm.type_error(format!("wrapper {hook}() takes no keyword arguments")));
    }
    let p = args.pos();
    let Some(s) = p.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{hook}' of '{owner}' object needs an argument"
        )));
    };
    let setting = hook == "__setattr__";
    let want = if setting { 3 } else { 2 };
    if p.len() != want {
        return Err(vm.type_error(if setting {
            format!(" expected 2 arguments, got {}", p.len() - 1)
        } else {
            format!("expected 1 argument, got {}", p.len() - 1)
        }));
    }
    if owner == "object" {
        refuse_type(vm, s, hook)?;
    }
    Ok((s, super::funcs::attr_name(vm, &p[1])?, p.get(2)))
}

/// The self, name and value of a `__setattr__` slot wrapper.
fn setattr_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
) -> PyResult<(&'a Value, Rc<crate::objects::str::PyStr>, &'a Value)> {
    let (s, name, v) = attr_wrapper_args(vm, args, owner, "__setattr__")?;
    Ok((s, name, v.unwrap_or(&Value::None)))
}

/// The self and name of a `__delattr__` slot wrapper.
fn delattr_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
) -> PyResult<(&'a Value, Rc<crate::objects::str::PyStr>)> {
    let (s, name, _) = attr_wrapper_args(vm, args, owner, "__delattr__")?;
    Ok((s, name))
}

/// `object.__setattr__` must not skip a builtin base's own `__setattr__`: a class's
/// (every type's) is `type.__setattr__`, so it refuses a class, naming its metaclass.
fn refuse_type(vm: &Vm, s: &Value, what: &str) -> PyResult<()> {
    if let Value::Type(_) = s {
        return Err(vm.type_error(format!(
            "can't apply this {what} to {} object",
            vm.type_name(s)
        )));
    }
    Ok(())
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (obj, name, v) = setattr_args(vm, &args, "object")?;
    // The object itself, not the builtin value inside a subclass instance.
    if let Value::Object(o) = obj {
        vm.generic_setattr(o, obj, &name, v.clone())?;
        return Ok(Value::None);
    }
    vm.setattr_str(obj, &name, v.clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (obj, name) = delattr_args(vm, &args, "object")?;
    if let Value::Object(o) = obj {
        vm.generic_delattr(o, obj, &name)?;
        return Ok(Value::None);
    }
    Err(vm.attribute_error_plain(obj, name.as_str()))
}

/// `type.__setattr__` (reached from a metaclass's own `__setattr__`): the class's own
/// namespace, skipping the metaclass's hook.
fn type_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (obj, name, v) = setattr_args(vm, &args, "type")?;
    let Value::Type(t) = obj else {
        return Err(not_a_type(vm, "__setattr__", obj));
    };
    if name.as_str() == "__class__" {
        vm.set_class(obj, v.clone())?;
        return Ok(Value::None);
    }
    if let Some(r) = vm.meta_descriptor_set(t, obj, &name, Some(v.clone())) {
        r?;
        return Ok(Value::None);
    }
    vm.set_type_attr(t, &name, v.clone())?;
    Ok(Value::None)
}

fn type_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (obj, name) = delattr_args(vm, &args, "type")?;
    let Value::Type(t) = obj else {
        return Err(not_a_type(vm, "__delattr__", obj));
    };
    if let Some(r) = vm.meta_descriptor_set(t, obj, &name, None) {
        r?;
        return Ok(Value::None);
    }
    vm.del_type_attr(t, &name)?;
    Ok(Value::None)
}

fn not_a_type(vm: &Vm, name: &str, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "descriptor '{name}' requires a 'type' object but received a '{}'",
        vm.type_name(v)
    ))
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, "__getattribute__", &args, 1, 1)?;
    // The object itself, not the builtin value inside a subclass's instance.
    let (s, a) = (&args.pos()[0], &args.pos()[1..]);
    let Value::Str(name) = &a[0] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.generic_getattr(s, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(s, name.as_str())),
    }
}

fn object_init_subclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        let name = match args.pos().first() {
            Some(Value::Type(t)) => t.qualname.borrow().clone(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// The property (classmethod, staticmethod) object itself, or the one an instance of a
/// subclass wraps.
fn property_of(o: &Rc<PyObject>) -> &PyObject {
    match &o.payload {
        Payload::Builtin(Value::Object(inner)) => inner,
        _ => o,
    }
}

/// `property.__init__(fget=None, fset=None, fdel=None, doc=None)`: sets the property's
/// functions and doc (a subclass's constructor calls it with its own).
fn property_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.pos().first() else {
        return Err(vm.type_error("descriptor '__init__' of 'property' object needs an argument"));
    };
    let wrong = |vm: &Vm| {
        vm.type_error(format!(
            "descriptor '__init__' requires a 'property' object but received a '{}'",
            vm.type_name(s)
        ))
    };
    let Value::Object(o) = s else {
        return Err(wrong(vm));
    };
    let o = o.clone();
    let Payload::Property { fns, .. } = &property_of(&o).payload else {
        return Err(wrong(vm));
    };
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    let [fget, fset, fdel, doc] = crate::construct::property_fields(vm, &rest)?;
    // The old functions are dropped after the borrow ends (dropping may run code).
    let old = std::mem::replace(
        &mut **fns.borrow_mut(),
        crate::objects::object::PropertyFns {
            fget,
            fset,
            fdel,
            doc,
        },
    );
    drop(old);
    // Call sites may have inlined the old getter.
    crate::objects::types::bump_type_epoch();
    Ok(Value::None)
}

fn property_with(vm: &mut Vm, args: Args<'_>, name: &str, which: usize) -> PyResult<Value> {
    let (_, a) = method_args(vm, name, &args, 1, 1)?;
    // Not `method_args`' self, which is what a subclass's instance wraps.
    let Value::Object(outer) = &args.pos()[0] else {
        return Err(vm.type_error("expected a property"));
    };
    let o = property_of(outer);
    let Payload::Property { fns, name: pname } = &o.payload else {
        return Err(vm.type_error("expected a property"));
    };
    let fns = fns.borrow();
    let mut parts = [fns.fget.clone(), fns.fset.clone(), fns.fdel.clone()];
    parts[which] = a[0].clone();
    let [fget, fset, fdel] = parts;
    let p = Value::Object(PyObject::new(
        o.cls().clone(),
        Payload::Property {
            fns: std::cell::RefCell::new(Box::new(crate::objects::object::PropertyFns {
                fget,
                fset,
                fdel,
                doc: fns.doc.clone(),
            })),
            name: std::cell::RefCell::new(pname.borrow().clone()),
        },
    ));
    drop(fns);
    // A subclass's instance makes another of its class, with a copy of its attributes.
    if matches!(outer.payload, Payload::Builtin(_)) {
        let o = PyObject::instance(outer.cls().clone(), Payload::Builtin(p));
        if let (Some(from), Some(to)) = (outer.dict(), o.dict()) {
            for (k, v) in from.items() {
                to.set_item(vm, k, v)?;
            }
        }
        return Ok(Value::Object(o));
    }
    Ok(p)
}

/// `property.__set__(obj, value)` and `__delete__(obj)`: the setter or deleter, or
/// CPython's AttributeError when the property has none.
fn property_call(vm: &mut Vm, args: Args<'_>, set: bool) -> PyResult<Value> {
    let name = if set { "__set__" } else { "__delete__" };
    let n = if set { 2 } else { 1 };
    // For a subclass's instance `method_args` gives the property it wraps (the
    // subclass's own `__set__` may be what called).
    let (s, a) = method_args(vm, name, &args, n, n)?;
    if !matches!(s, Value::Object(p) if matches!(p.payload, Payload::Property { .. })) {
        return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object")));
    }
    let v = a.get(1).cloned();
    vm.descriptor_store(s, &a[0], v).unwrap_or(Ok(()))?;
    Ok(Value::None)
}

fn property_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_call(vm, args, true)
}

fn property_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_call(vm, args, false)
}

fn property_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, "getter", 0)
}
fn property_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, "setter", 1)
}
fn property_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, "deleter", 2)
}

/// `__get__` of functions, classmethod, staticmethod and property, for code that runs
/// the descriptor protocol by hand (`func.__get__(obj, cls)`).
fn descriptor_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = method_args(vm, "__get__", &args, 1, 2)?;
    let obj = rest[0].clone();
    let owner = rest.get(1).cloned().unwrap_or(Value::None);
    match s {
        Value::Function(_) if obj.is_none() => Ok(s.clone()),
        Value::Function(_) => Ok(vm.new_bound_method(s.clone(), obj)),
        // (`method_args` gave what a subclass's instance wraps.)
        Value::Object(o) => match &o.payload {
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::ClassMethod(f) => {
                let owner = if owner.is_none() {
                    Value::Type(vm.type_of(&obj))
                } else {
                    owner
                };
                vm.classmethod_bind(f, owner)
            }
            Payload::Property { fns, .. } => {
                if obj.is_none() {
                    // The descriptor itself (a subclass's instance, not what it wraps).
                    return Ok(args.pos()[0].clone());
                }
                let fget = fns.borrow().fget.clone();
                if fget.is_none() {
                    return Err(vm.new_error("AttributeError", "unreadable attribute"));
                }
                vm.call_args(&fget, &[obj])
            }
            _ => Err(vm.type_error("descriptor '__get__' requires a descriptor")),
        },
        _ => Err(vm.type_error("descriptor '__get__' requires a descriptor")),
    }
}

fn type_mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "mro", &args, 0, 0)?;
    match s {
        // C3 of the bases as they are (what a metaclass's own `mro()` builds on), not
        // the MRO the class has.
        Value::Type(t) => {
            let bases = t.bases.borrow().clone();
            if bases.is_empty() {
                return Ok(Value::list(t.mro().into_iter().map(Value::Type).collect()));
            }
            let rest = crate::classes::mro_for(vm, &bases)?;
            let all = std::iter::once(t.clone()).chain(rest);
            Ok(Value::list(all.map(Value::Type).collect()))
        }
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn gen_obj<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a std::rc::Rc<PyObject>> {
    match v {
        Value::Object(o) if crate::generator::gen_cell(o).is_some() => Ok(o),
        _ => Err(vm.type_error("expected a generator")),
    }
}

pub(crate) fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "send", &args, 1, 1)?;
    let g = gen_obj(vm, s)?.clone();
    match crate::generator::resume(vm, &g, a[0].clone(), None)? {
        crate::generator::SendResult::Yield(v) => Ok(v),
        crate::generator::SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__next__", &args, 0, 0)?;
    let g = gen_obj(vm, s)?.clone();
    match crate::generator::resume(vm, &g, Value::None, None)? {
        crate::generator::SendResult::Yield(v) => Ok(v),
        crate::generator::SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "throw", &args, 1, 3)?;
    let g = gen_obj(vm, s)?.clone();
    let is_exc =
        |v: &Value| matches!(v, Value::Object(o) if matches!(o.payload, Payload::Exception(_)));
    let is_exc_type = |vm: &Vm, v: &Value| matches!(v, Value::Type(t) if t.is_subtype(&vm.exc_type("BaseException")));
    if !is_exc(&a[0]) && !is_exc_type(vm, &a[0]) {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(&a[0])
        )));
    }
    if let Some(tb) = a.get(2) {
        let is_tb = matches!(tb, Value::Object(o) if matches!(o.payload, Payload::Traceback(..)));
        if !tb.is_none() && !is_tb {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    if is_exc(&a[0]) && a.get(1).is_some_and(|v| !v.is_none()) {
        return Err(vm.type_error("instance exception may not have a separate value"));
    }
    let exc = match (&a[0], a.get(1)) {
        (Value::Type(_), Some(v)) if !v.is_none() => {
            let ty = a[0].clone();
            match v {
                Value::Object(o) if matches!(o.payload, Payload::Exception(_)) => v.clone(),
                _ => vm.call_args(&ty, std::slice::from_ref(v))?,
            }
        }
        _ => a[0].clone(),
    };
    let e = crate::exceptions::make_raisable(vm, exc)?;
    match crate::generator::resume(vm, &g, Value::None, Some(e))? {
        crate::generator::SendResult::Yield(v) => Ok(v),
        crate::generator::SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

pub(crate) fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "close", &args, 0, 0)?;
    let g = gen_obj(vm, s)?.clone();
    crate::generator::gen_close(vm, &g)?;
    Ok(Value::None)
}

/// The native iterator types, by name: the index is the const parameter of their
/// methods, which check their receiver's type by it.
const ITER_TYPES: [&str; 45] = [
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "iterator",
    "reversed",
    "itertools.repeat",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
    "itertools.permutations",
    "itertools.combinations",
    "itertools.product",
    "itertools.count",
    "itertools.chain",
    "itertools.islice",
    "itertools.accumulate",
    "itertools.cycle",
    "itertools.zip_longest",
    "itertools.pairwise",
    "itertools.starmap",
    "itertools.takewhile",
    "itertools.dropwhile",
    "itertools.filterfalse",
    "itertools.compress",
    "itertools.groupby",
    "itertools._grouper",
    "itertools._tee",
    "itertools._tee_dataobject",
    "itertools.combinations_with_replacement",
    "odict_iterator",
];

/// The types of `ITER_TYPES` before this index have a `__length_hint__`, as CPython's.
const WITH_LENGTH_HINT: usize = 19;

type IterFns = (
    crate::objects::function::NativeFn,
    crate::objects::function::NativeFn,
    crate::objects::function::NativeFn,
);

fn iter_fns<const K: usize>() -> IterFns {
    (iter_next::<K>, same::<K>, length_hint::<K>)
}

/// The methods of the type with index `k` in `ITER_TYPES`.
fn iter_fns_of(k: usize) -> IterFns {
    macro_rules! table {
        ($($n:literal)*) => {
            match k {
                $($n => iter_fns::<$n>(),)*
                _ => iter_fns::<{ usize::MAX }>(),
            }
        };
    }
    table!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44)
}

/// A native iterator type's own `__next__`, `__iter__`, `__doc__` (CPython's
/// docstring, None for most of `builtins`' iterators) and, for the sequence, dict, set
/// and range iterators, `reversed`, `iterator` and `itertools.repeat`,
/// `__length_hint__`: each type has them in its dict, as in CPython, where they have
/// no base but `object`.
pub fn iterator_methods(t: &Rc<crate::objects::types::PyType>) {
    let name = t.name();
    let k = ITER_TYPES
        .iter()
        .position(|n| *n == &*name)
        .unwrap_or(usize::MAX);
    let (next, iter, hint) = iter_fns_of(k);
    // (A tee's block of items, `_tee_dataobject`, is no iterator.)
    if &*name != "itertools._tee_dataobject" {
        method(t, "__next__", next);
        method(t, "__iter__", iter);
    }
    if k < WITH_LENGTH_HINT {
        method(t, "__length_hint__", hint);
    }
    let doc = crate::builtins::builtin_doc(&name, "").map_or(Value::None, Value::str);
    t.dict.set_by_str("__doc__", doc);
    crate::builtins::iter_reduce::install(t, &name);
}

/// The receiver of iterator method `name` of the type with index `K` in `ITER_TYPES`
/// (any native iterator for an unlisted type), with CPython's errors for a missing or
/// foreign one: a slot wrapper's (`__next__`, `__iter__`) or a method descriptor's.
fn iter_self<'a, const K: usize>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    slot: bool,
) -> PyResult<&'a Value> {
    let Some(&tname) = ITER_TYPES.get(K) else {
        return method_args(vm, name, args, 0, 0).map(|(s, _)| s);
    };
    let t = vm.iterator_type(tname);
    let Some(s) = args.pos().first() else {
        return Err(vm.type_error(if slot {
            format!("descriptor '{name}' of '{tname}' object needs an argument")
        } else {
            let short = tname.rsplit('.').next().unwrap_or(tname);
            format!("unbound method {short}.{name}() needs an argument")
        }));
    };
    if !vm.type_of(s).is_subtype(&t) {
        let got = vm.type_name(s);
        return Err(vm.type_error(if slot {
            format!("descriptor '{name}' requires a '{tname}' object but received a '{got}'")
        } else {
            format!("descriptor '{name}' for '{tname}' objects doesn't apply to a '{got}' object")
        }));
    }
    method_args(vm, name, args, 0, 0).map(|(s, _)| s)
}

fn same<const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iter_self::<K>(vm, "__iter__", &args, true)?;
    // The object itself (a subclass's instance, not the iterator it wraps).
    Ok(args.pos().first().cloned().unwrap_or(Value::None))
}

fn iter_next<const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = iter_self::<K>(vm, "__next__", &args, true)?;
    match vm.next(s)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn length_hint<const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = iter_self::<K>(vm, "__length_hint__", &args, false)?;
    match s {
        Value::Object(o) => match &o.payload {
            Payload::Iter(st) => vm.iter_length_hint(st),
            _ => Ok(Value::NotImplemented),
        },
        _ => Ok(Value::NotImplemented),
    }
}

/// `BaseException.add_note(note)`: appended to the exception's `__notes__` list, which
/// tracebacks print after the message (PEP 678).
fn add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "add_note", &args, 1, 1)?;
    if !matches!(a[0], Value::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&a[0]))));
    }
    match vm.getattr_opt(s, "__notes__")? {
        None => {
            let notes = Value::list(vec![a[0].clone()]);
            vm.setattr(s, "__notes__", notes)?;
        }
        Some(Value::List(l)) => l.append(a[0].clone()),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "with_traceback", &args, 1, 1)?;
    if let Value::Object(o) = s {
        if let Payload::Exception(d) = &o.payload {
            crate::exceptions::set_traceback(vm, d, &a[0])?;
        }
    }
    Ok(s.clone())
}

fn exc_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if let Some(Value::Object(o)) = p.first() {
        if let Payload::Exception(d) = &o.payload {
            *d.args.borrow_mut() = Value::tuple(p[1..].to_vec());
        }
    }
    let _ = vm;
    Ok(Value::None)
}

fn stream_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "write", &args, 1, 1)?;
    let Value::Str(text) = &a[0] else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let n = text.char_len();
    crate::builtins::funcs::write_to(vm, s, text.as_str())?;
    Ok(Value::from_usize(n))
}

/// One line of standard input ("" at its end); the other streams cannot be read.
fn stdin_line(vm: &mut Vm, s: &Value) -> PyResult<String> {
    if !matches!(s, Value::Object(o) if matches!(o.payload, Payload::Stream(0))) {
        return Err(vm.new_error("io.UnsupportedOperation", "not readable"));
    }
    vm.flush_stdout();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| vm.new_error("OSError", e.to_string()))?;
    Ok(line)
}

fn stream_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "readline", &args, 0, 1)?;
    let line = stdin_line(vm, s)?;
    Ok(Value::from_string(line))
}

/// Every line left on standard input.
fn stdin_lines(vm: &mut Vm, s: &Value) -> PyResult<Vec<String>> {
    let mut lines = Vec::new();
    loop {
        let line = stdin_line(vm, s)?;
        if line.is_empty() {
            return Ok(lines);
        }
        lines.push(line);
    }
}

fn stream_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "readlines", &args, 0, 1)?;
    let lines = stdin_lines(vm, s)?;
    Ok(Value::list(
        lines.into_iter().map(Value::from_string).collect(),
    ))
}

fn stream_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "read", &args, 0, 1)?;
    Ok(Value::from_string(stdin_lines(vm, s)?.concat()))
}

fn stream_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__iter__", &args, 0, 0)?;
    Ok(s.clone())
}

fn stream_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__next__", &args, 0, 0)?;
    let line = stdin_line(vm, s)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::from_string(line))
}

fn stream_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let _ = method_args(vm, "flush", &args, 0, 0)?;
    vm.flush_stdout();
    Ok(Value::None)
}

/// `list.__init__`, `dict.__init__`, `set.__init__` (for subclasses calling super()).
fn container_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let all = args.all;
    let Some(first) = all.first() else {
        return Err(vm.type_error("__init__ needs an argument"));
    };
    let holder = match first {
        Value::Object(o) if matches!(o.payload, Payload::Builtin(_)) => first.clone(),
        other => {
            // Wrap the bare builtin value so native_init can fill it.
            Value::Object(PyObject::new(
                vm.types.object.clone(),
                Payload::Builtin(other.clone()),
            ))
        }
    };
    let rest = Args {
        all: &all[1..],
        kwnames: args.kwnames,
    };
    crate::classes::native_init(vm, &holder, rest)?;
    Ok(Value::None)
}

/// `int.__new__(cls, …)` & co.: a builtin value, or an instance of a subclass holding one.
/// `X.__new__` of the builtin types, one function each: CPython checks the class it is
/// given against the type whose `__new__` it is.
macro_rules! builtin_news {
    ($($f:ident => $field:ident),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let owner = vm.types.$field.clone();
            builtin_new(vm, &owner, args)
        })*
    };
}
builtin_news!(
    int_new => int, float_new => float, str_new => str_, tuple_new => tuple,
    frozenset_new => frozenset, bytes_new => bytes, complex_new => complex,
    list_new => list, dict_new => dict, set_new => set,
);

pub(crate) fn builtin_new(
    vm: &mut Vm,
    owner: &Rc<crate::objects::types::PyType>,
    args: Args<'_>,
) -> PyResult<Value> {
    let p = args.all;
    let oname = owner.name().to_string();
    let cls = match p.first() {
        Some(Value::Type(cls)) => cls.clone(),
        None => return Err(vm.type_error(format!("{oname}.__new__(): not enough arguments"))),
        Some(v) => {
            return Err(vm.type_error(format!(
                "{oname}.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )))
        }
    };
    let cname = cls.name().to_string();
    if !cls.is_subtype(owner) {
        return Err(vm.type_error(format!(
            "{oname}.__new__({cname}): {cname} is not a subtype of {oname}"
        )));
    }
    // The nearest builtin class must be the owner itself (`int.__new__(bool)` would
    // make a bool without bool's own constructor).
    if let Some(base) = cls.mro().into_iter().find(|c| c.builtin) {
        if !Rc::ptr_eq(&base, owner) {
            return Err(vm.type_error(format!(
                "{oname}.__new__({cname}) is not safe, use {}.__new__()",
                base.name()
            )));
        }
    }
    let rest = Args {
        all: &p[1..],
        kwnames: args.kwnames,
    };
    if cls.builtin {
        return crate::construct::call_type(vm, &cls, rest);
    }
    crate::classes::object_new(vm, &cls, rest)
}

fn type_new_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let mcls = match p.first() {
        Some(Value::Type(mcls)) => mcls.clone(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )))
        }
        None => return Err(vm.type_error("type.__new__(): not enough arguments")),
    };
    if !mcls.is_subtype(&vm.types.type_) {
        let n = mcls.name().to_string();
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    if p.len() != 4 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            p.len() - 1
        )));
    }
    let rest = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    crate::classes::type_new(vm, &mcls, &p[1], &p[2], &p[3], rest)
}

/// `type.__init__(cls, [name, bases, ns])`: nothing to do but CPython's argument check.
fn type_init_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.all.len().saturating_sub(1);
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

fn type_call_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.all.first() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    let cls = cls.clone();
    crate::classes::instantiate_plain(
        vm,
        &cls,
        Args {
            all: &args.all[1..],
            kwnames: args.kwnames,
        },
    )
}

fn type_prepare(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Dict(std::rc::Rc::new(
        crate::objects::dict::PyDict::new(),
    )))
}

fn type_subclasses(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__subclasses__", &args, 0, 0)?;
    let Value::Type(t) = s else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let subs: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Type)
        .collect();
    Ok(Value::list(subs))
}

pub fn init_constructors(vm: &mut Vm) {
    for t in [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.bytearray.clone(),
    ] {
        method(&t, "__init__", container_init);
    }
    let news: [(
        &Rc<crate::objects::types::PyType>,
        crate::objects::function::NativeFn,
    ); 10] = [
        (&vm.types.int, int_new),
        (&vm.types.float, float_new),
        (&vm.types.str_, str_new),
        (&vm.types.tuple, tuple_new),
        (&vm.types.frozenset, frozenset_new),
        (&vm.types.bytes, bytes_new),
        (&vm.types.complex, complex_new),
        (&vm.types.list, list_new),
        (&vm.types.dict, dict_new),
        (&vm.types.set, set_new),
    ];
    for (t, f) in news {
        crate::builtins::staticmethod(t, "__new__", f);
    }
    let t = vm.types.type_.clone();
    crate::builtins::staticmethod(&t, "__new__", type_new_native);
    method(&t, "__init__", type_init_native);
    method(&t, "__call__", type_call_native);
    method(&t, "__subclasses__", type_subclasses);
    crate::builtins::classmethod(&t, "__prepare__", type_prepare);
}

fn range_of(vm: &Vm, v: &Value) -> PyResult<crate::objects::range::Range> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Range(r) => Ok(r.clone()),
            _ => Err(vm.type_error("descriptor requires a 'range' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

/// Position of an int in a range, if it is one of its values.
fn range_position(r: &crate::objects::range::Range, v: &Value) -> Option<i128> {
    let i = match crate::objects::int::as_int(v)? {
        crate::objects::int::IntRef::Small(x) => x as i128,
        crate::objects::int::IntRef::Big(b) => i128::try_from(b).ok()?,
    };
    let inside = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    (inside && (i - r.start) % r.step == 0).then(|| (i - r.start) / r.step)
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "index", &args, 1, 1)?;
    let r = range_of(vm, s)?;
    match range_position(&r, &a[0]) {
        Some(p) => Ok(Value::from_i128(p)),
        None => {
            let rep = vm.repr(&a[0])?;
            Err(vm.value_error(format!("{} is not in range", rep.as_str())))
        }
    }
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "count", &args, 1, 1)?;
    let r = range_of(vm, s)?;
    Ok(Value::Int(range_position(&r, &a[0]).is_some() as i64))
}

fn slice_indices_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "indices", &args, 1, 1)?;
    let n = crate::builtins::to_index(vm, &a[0])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::objects::range::slice_indices(vm, s, n as usize)?;
    // slice_indices reports clamped positions for iteration; indices() keeps stop as is.
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

pub fn init_ranges(vm: &mut Vm) {
    let r = vm.types.range.clone();
    method(&r, "index", range_index);
    method(&r, "count", range_count);
    let s = vm.types.slice.clone();
    method(&s, "indices", slice_indices_m);
    crate::builtins::staticmethod(&r, "__new__", range_new);
    crate::builtins::staticmethod(&s, "__new__", slice_new);
}

/// `range.__new__(cls, ...)` and `slice.__new__`: their own, as in CPython (neither
/// type can be subclassed, so `cls` is the type itself).
pub(crate) fn own_new(
    vm: &mut Vm,
    t: Rc<crate::objects::types::PyType>,
    args: Args<'_>,
) -> PyResult<Value> {
    let name = t.name().to_string();
    let cls = match args.all.first() {
        Some(Value::Type(c)) => c.clone(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "{name}.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )))
        }
        None => return Err(vm.type_error(format!("{name}.__new__(): not enough arguments"))),
    };
    if !cls.is_subtype(&t) {
        let n = cls.name().to_string();
        return Err(vm.type_error(format!(
            "{name}.__new__({n}): {n} is not a subtype of {name}"
        )));
    }
    crate::construct::call_type(
        vm,
        &cls,
        Args {
            all: &args.all[1..],
            kwnames: args.kwnames,
        },
    )
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.range.clone();
    own_new(vm, t, args)
}

fn slice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.slice.clone();
    own_new(vm, t, args)
}

/// `frame.clear()` (objects/frame.rs).
fn frame_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "clear", &args, 0, 0)?;
    match s {
        Value::Object(o) if matches!(o.payload, Payload::Frame(_)) => {
            let o = o.clone();
            vm.frame_clear(&o)?;
            Ok(Value::None)
        }
        _ => Err(vm.type_error(format!(
            "descriptor 'clear' for 'frame' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}
