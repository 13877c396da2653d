//! The special attributes of builtin objects: `__class__`, `__name__`, `f.__code__`,
//! `co_*`, `e.args`, `__traceback__`, `x.real`… and of type objects (`__mro__`…).

use std::rc::Rc;

use crate::objects::function::{Flavor, NativeKind};
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn strs(v: &[Rc<str>]) -> Value {
    Value::tuple(v.iter().map(|s| Value::str(s)).collect())
}

pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    // A plain instance has only dunder names here (`__class__`, `__weakref__`,
    // `__dict__`): every method and class attribute read on one passes by.
    if let Value::Object(o) = obj {
        if matches!(o.payload, Payload::Instance) && !name.starts_with("__") {
            return Ok(None);
        }
    }
    if let Value::Object(o) = obj {
        if let Payload::Frame(_) = o.payload {
            if let Some(v) = vm.frame_attr(o, name) {
                return Ok(Some(v));
            }
        }
    }
    if name == "__class__" {
        return Ok(Some(Value::Type(vm.type_of(obj))));
    }
    // A class defined in Python gives its instances a `__weakref__` slot, unless
    // `__slots__` left it out: the head of the object's weak references.
    if let (Value::Object(o), "__weakref__") = (obj, name) {
        if matches!(o.payload, Payload::Instance) && o.has_dict() {
            return Ok(Some(crate::stdlib::weakref::first_ref(obj)));
        }
    }
    // An instance of a number type's subclass has its value's `real`, `imag`…
    if let Value::Object(o) = obj {
        if let (Payload::Builtin(inner), "real" | "imag" | "numerator" | "denominator") =
            (&o.payload, name)
        {
            let inner = inner.clone();
            return special_attr(vm, &inner, name);
        }
        // ...and a property (classmethod, staticmethod) subclass's, its `fget`, `__func__`…
        if let (Payload::Builtin(inner @ Value::Object(i)), "fget" | "fset" | "fdel" | "__func__") =
            (&o.payload, name)
        {
            if matches!(
                i.payload,
                Payload::Property { .. } | Payload::ClassMethod(_) | Payload::StaticMethod(_)
            ) {
                let inner = inner.clone();
                return special_attr(vm, &inner, name);
            }
        }
    }
    Ok(match obj {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(match obj {
                Value::Bool(crate::value::PyBool(b)) => Value::Int(*b as i64),
                _ => obj.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Function(f) => match name {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__code__" => Some(crate::objects::function::code_object(vm, &f.code)),
            "__defaults__" => Some(
                f.defaults
                    .borrow()
                    .clone()
                    .map(Value::Tuple)
                    .unwrap_or(Value::None),
            ),
            "__kwdefaults__" => Some(
                f.kwdefaults
                    .borrow()
                    .clone()
                    .map(Value::Dict)
                    .unwrap_or(Value::None),
            ),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            // Its globals' `__builtins__` (a module's dict), else the builtins.
            "__builtins__" => Some(match f.globals.get_by_str("__builtins__") {
                Some(d @ Value::Dict(_)) => d,
                Some(Value::Object(m)) if matches!(m.payload, Payload::Module { .. }) => m
                    .dict()
                    .map_or_else(|| Value::Dict(vm.builtins.clone()), Value::Dict),
                _ => Value::Dict(vm.builtins.clone()),
            }),
            // Handed out, the dict can be stored anywhere (even in itself): from now on
            // the cycle collector sees it as a container of its own.
            "__dict__" => Some(Value::Dict(crate::gc::track_dict(f.dict()))),
            "__closure__" => Some(match &f.closure {
                Some(c) => Value::tuple(c.to_vec()),
                None => Value::None,
            }),
            "__annotations__" => {
                let mut a = f.annotations.borrow_mut();
                let d = a.get_or_insert_with(|| Rc::new(crate::objects::dict::PyDict::new()));
                Some(Value::Dict(d.clone()))
            }
            _ => None,
        },
        Value::Builtin(b) => match name {
            "__name__" => Some(Value::str(b.name)),
            // CPython's, for the methods and functions the table lists (absent for
            // the others, whose signatures metal does not know).
            // (A native module's function by its module's name: `("math", "sqrt")`.)
            "__text_signature__" => match (&b.owner, &b.module) {
                (Some(o), _) => Some(*o),
                (None, Some(m)) => Some(m.0.as_str()),
                _ => None,
            }
            .and_then(|o| crate::builtins::builtin_sig(o, b.name))
            .map(|s| s.map_or(Value::None, Value::str)),
            // (The owner's name without its module: `chain.from_iterable`.)
            "__qualname__" => Some(Value::str(&crate::builtins::descr::qualname(b))),
            // An unbound method descriptor has neither (CPython's `method_descriptor`
            // and the others are not functions).
            "__self__" if is_descriptor(b) => None,
            "__module__" if is_descriptor(b) || b.flavor == Flavor::Slot => None,
            // A type's `__new__` is bound to the type.
            "__self__" if b.flavor == Flavor::New => b
                .objclass
                .as_ref()
                .and_then(|t| t.upgrade())
                .map(Value::Type),
            "__self__" if b.module.is_some() => Some(
                b.module
                    .as_ref()
                    .and_then(|m| m.1.upgrade())
                    .map_or(Value::None, Value::Object),
            ),
            "__self__" => Some(b.self_.clone().unwrap_or(Value::None)),
            // Methods of builtin types and the method-wrappers bound from them.
            "__objclass__"
                if b.flavor != Flavor::New && (is_descriptor(b) || b.flavor == Flavor::Slot) =>
            {
                b.objclass
                    .as_ref()
                    .and_then(|t| t.upgrade())
                    .map(Value::Type)
            }
            "__doc__" if b.flavor == Flavor::New => Some(Value::str(
                "Create and return a new object.  See help(type) for accurate signature.",
            )),
            // A method's by its type; a function's only if it is the builtin of that
            // name (not a stdlib module's namesake, `math.pow`).
            "__doc__" => Some(
                match (b.owner, &b.module) {
                    (Some(owner), _) => crate::builtins::builtin_doc(owner, b.name),
                    (None, Some(m)) if m.0.as_str() != "builtins" => {
                        crate::builtins::builtin_doc(m.0.as_str(), b.name)
                    }
                    (None, _) => match vm.builtins.get_by_str(b.name) {
                        // (`super` is a function here, a type in CPython: its doc is the
                        // type's.)
                        Some(Value::Builtin(x)) if x.func as usize == b.func as usize => {
                            crate::builtins::builtin_doc("builtins", b.name)
                                .or_else(|| crate::builtins::builtin_doc(b.name, ""))
                        }
                        _ => None,
                    },
                }
                .map_or(Value::None, Value::str),
            ),
            "__module__" => Some(if let Some(m) = &b.module {
                Value::Str(m.0.clone())
            } else if b.owner.is_none() {
                Value::str("builtins")
            } else {
                Value::None
            }),
            _ => None,
        },
        Value::Cell(c) => match name {
            "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return Err(vm.new_error("ValueError", "Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Value::Object(o) => match &o.payload {
            Payload::Complex(r, i) => match name {
                "real" => Some(Value::Float(*r)),
                "imag" => Some(Value::Float(*i)),
                _ => None,
            },
            Payload::Range(r) => match name {
                "start" => Some(Value::from_i128(r.start)),
                "stop" => Some(Value::from_i128(r.stop)),
                "step" => Some(Value::from_i128(r.step)),
                _ => None,
            },
            Payload::MemoryView(m) => return crate::builtins::memoryview::attr(vm, m, name),
            // (Read through `vars(super)`'s member descriptors; a super object's own
            // look-up serves them in `attr.rs`.)
            Payload::Super {
                start,
                obj,
                obj_type,
            } => match name {
                "__thisclass__" => Some(Value::Type(start.clone())),
                "__self__" if !obj.is_null() => Some(obj.clone()),
                "__self_class__" if !obj.is_null() => Some(Value::Type(obj_type.clone())),
                "__self__" | "__self_class__" => Some(Value::None),
                _ => None,
            },
            Payload::Slice(a, b, c) => match name {
                "start" => Some(a.clone()),
                "stop" => Some(b.clone()),
                "step" => Some(c.clone()),
                _ => None,
            },
            Payload::Code(c) => {
                let co = &c.co;
                match name {
                    "co_name" => Some(Value::str(&co.name)),
                    "co_qualname" => Some(Value::str(&co.qualname)),
                    "co_filename" => Some(Value::str(&co.filename)),
                    "co_firstlineno" => Some(Value::Int(co.firstlineno as i64)),
                    "co_argcount" => Some(Value::Int(co.argcount as i64)),
                    "co_posonlyargcount" => Some(Value::Int(co.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(Value::Int(co.kwonlyargcount as i64)),
                    "co_nlocals" => Some(Value::Int(co.nlocals() as i64)),
                    "co_stacksize" => Some(Value::Int(co.stacksize as i64)),
                    "co_flags" => Some(Value::Int(
                        (co.flags & !metal_compiler::bytecode::flags::METAL_HIDDEN) as i64,
                    )),
                    "co_varnames" => Some(strs(&co.varnames)),
                    "co_cellvars" => Some(strs(&co.cellvars)),
                    "co_freevars" => Some(strs(&co.freevars)),
                    "co_names" => Some(strs(&co.names)),
                    "co_consts" => Some(Value::tuple(c.consts.clone())),
                    "co_code" => Some(crate::objects::bytes::new_bytes(vm, co.co_code())),
                    _ => None,
                }
            }
            // A module's `__name__` is its dict's entry (which `del` can remove).
            Payload::Module { .. } => match name {
                // Handed out, the dict can be stored anywhere (even in itself): from
                // now on the cycle collector sees it as a container of its own.
                "__dict__" => o.dict().map(|d| Value::Dict(crate::gc::track_dict(d))),
                // Read before the module sets any, it is a new empty dict, kept (3.10+).
                "__annotations__" => o.dict().map(|d| {
                    let a = Value::Dict(Rc::new(crate::objects::dict::PyDict::new()));
                    d.set_by_str("__annotations__", a.clone());
                    a
                }),
                _ => None,
            },
            Payload::BoundMethod { func, self_ } => match name {
                "__self__" => Some(self_.clone()),
                "__func__" => Some(func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__code__"
                | "__defaults__" | "__kwdefaults__" | "__wrapped__" | "__annotations__"
                | "__globals__" | "__closure__" => {
                    let func = func.clone();
                    return vm.getattr_opt(&func, name);
                }
                // A method shows its function's attributes (`obj.meth.alters_data`).
                _ if !name.starts_with("__") => {
                    let func = func.clone();
                    return vm.getattr(&func, name).map(Some);
                }
                _ => None,
            },
            Payload::Exception(d) => match name {
                "args" => Some(d.args.borrow().clone()),
                "__traceback__" => Some(crate::exceptions::traceback_of(vm, obj)),
                "__cause__" => Some(d.cause.borrow().clone()),
                "__context__" => Some(d.context.borrow().clone()),
                "__suppress_context__" => Some(Value::bool(d.suppress_context.get())),
                "message" | "exceptions" if d.group.borrow().is_some() => {
                    crate::exc_group::group_attr(d, name)
                }
                // Handed out, the dict can be stored anywhere (even in itself): from
                // now on the cycle collector sees it as a container of its own.
                "__dict__" => o.dict().map(|d| Value::Dict(crate::gc::track_dict(d))),
                "value" if o.cls().is_subtype(&vm.exc_type("StopIteration")) => {
                    Some(match &*d.args.borrow() {
                        Value::Tuple(t) if !t.items.is_empty() => t.items[0].clone(),
                        _ => Value::None,
                    })
                }
                "errno" | "strerror" | "filename" | "filename2"
                    if o.cls().is_subtype(&vm.exc_type("OSError")) =>
                {
                    Some(os_error_attr(d, name))
                }
                "code" if o.cls().is_subtype(&vm.exc_type("SystemExit")) => {
                    Some(match &*d.args.borrow() {
                        Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
                        Value::Tuple(t) if t.items.is_empty() => Value::None,
                        other => other.clone(),
                    })
                }
                "name"
                    if o.cls().is_subtype(&vm.exc_type("NameError"))
                        || o.cls().is_subtype(&vm.exc_type("ImportError"))
                        || o.cls().is_subtype(&vm.exc_type("AttributeError")) =>
                {
                    Some(crate::suggest::hint_name(d).unwrap_or(Value::None))
                }
                "obj" if o.cls().is_subtype(&vm.exc_type("AttributeError")) => {
                    Some(crate::suggest::hint_obj(d).unwrap_or(Value::None))
                }
                "path" if o.cls().is_subtype(&vm.exc_type("ImportError")) => Some(Value::None),
                // ImportError's `msg`: its one argument.
                "msg" if o.cls().is_subtype(&vm.exc_type("ImportError")) => {
                    Some(match &*d.args.borrow() {
                        Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
                        _ => Value::None,
                    })
                }
                "msg" if o.cls().is_subtype(&vm.exc_type("SyntaxError")) => {
                    Some(match &*d.args.borrow() {
                        Value::Tuple(t) if !t.items.is_empty() => t.items[0].clone(),
                        _ => Value::None,
                    })
                }
                "filename"
                | "lineno"
                | "offset"
                | "text"
                | "end_lineno"
                | "end_offset"
                | "print_file_and_line"
                    if o.cls().is_subtype(&vm.exc_type("SyntaxError")) =>
                {
                    Some(crate::exc_details::syntax_error_attr(d, name))
                }
                "encoding" | "object" | "start" | "end" | "reason"
                    if crate::exc_details::has_fields(vm, o) =>
                {
                    Some(crate::exc_details::unicode_error_attr(vm, o, d, name))
                }
                _ => None,
            },
            Payload::Traceback(entries, next) => match name {
                "tb_lineno" => entries.last().map(|e| Value::Int(e.line() as i64)),
                "tb_lasti" => entries
                    .last()
                    .map(|e| Value::Int(crate::objects::frame::lasti(e.pc.saturating_add(1)))),
                "tb_frame" => entries
                    .last()
                    .map(|e| e.frame.clone().map_or(Value::None, Value::Object)),
                // Made once, so `tb.tb_next is tb.tb_next`.
                "tb_next" if entries.len() > 1 => {
                    let cached = next.borrow().clone();
                    if cached.is_none() {
                        let made = Value::Object(PyObject::new(
                            vm.types.traceback.clone(),
                            Payload::Traceback(
                                entries[..entries.len() - 1].to_vec(),
                                std::cell::RefCell::new(Value::None),
                            ),
                        ));
                        *next.borrow_mut() = made.clone();
                        Some(made)
                    } else {
                        Some(cached)
                    }
                }
                "tb_next" => Some(Value::None),
                _ => None,
            },
            Payload::Coroutine(_) => crate::coroutine::getattr(vm, o, name),
            Payload::Generator(g) => match name {
                "__name__" => Some(Value::Str(g.borrow().name.clone())),
                "__qualname__" => Some(Value::Str(g.borrow().qualname.clone())),
                "gi_running" => Some(Value::bool(g.borrow().running)),
                "gi_suspended" => {
                    let g = g.borrow();
                    Some(Value::bool(g.started && !g.finished && !g.running))
                }
                "gi_code" => {
                    let code = g.borrow().code.clone();
                    Some(crate::objects::function::code_object(vm, &code))
                }
                "gi_frame" => Some(crate::generator::gi_frame(vm, o)),
                "gi_yieldfrom" => Some(crate::generator::gi_yieldfrom(o)),
                _ => None,
            },
            Payload::Property { fns, .. } => match name {
                "fget" => Some(fns.borrow().fget.clone()),
                "fset" => Some(fns.borrow().fset.clone()),
                "fdel" => Some(fns.borrow().fdel.clone()),
                "__doc__" => Some(fns.borrow().doc.clone()),
                // Abstract when one of its functions is.
                "__isabstractmethod__" => {
                    let parts = {
                        let f = fns.borrow();
                        [f.fget.clone(), f.fset.clone(), f.fdel.clone()]
                    };
                    for f in parts.iter().filter(|f| !f.is_none()) {
                        if let Some(v) = vm.getattr_opt(f, name)? {
                            if vm.truthy(&v)? {
                                return Ok(Some(Value::bool(true)));
                            }
                        }
                    }
                    Some(Value::bool(false))
                }
                _ => None,
            },
            Payload::Member { .. } => crate::members::member_attr(o, name),
            // A read-only proxy of the dict the view shows.
            Payload::DictView {
                dict, of_subclass, ..
            } if name == "mapping" => {
                if *of_subclass {
                    return Err(vm.new_error(
                        "NotImplementedError",
                        "the mapping of a view of a dict subclass's instance is not supported yet",
                    ));
                }
                Some(Value::Object(PyObject::new(
                    vm.types.mappingproxy.clone(),
                    Payload::MappingProxy(dict.clone()),
                )))
            }
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name {
                "__func__" | "__wrapped__" => Some(f.clone()),
                // A builtin type's static method (`str.__dict__['maketrans']`) copied
                // nothing from its function, as CPython makes it without calling
                // `staticmethod`: its doc is its class's, and it has no names.
                "__doc__" | "__name__" | "__qualname__" | "__module__"
                    if is_builtin_static(o, f) =>
                {
                    (name == "__doc__").then(|| {
                        crate::builtins::builtin_doc("staticmethod", "")
                            .map_or(Value::None, Value::str)
                    })
                }
                // The wrapped function's (CPython copies them with functools' rules).
                "__doc__" | "__name__" | "__qualname__" | "__module__" => {
                    let f = f.clone();
                    vm.getattr_opt(&f, name)?
                }
                "__isabstractmethod__" => {
                    let f = f.clone();
                    match vm.getattr_opt(&f, name)? {
                        Some(v) => Some(Value::bool(vm.truthy(&v)?)),
                        None => Some(Value::bool(false)),
                    }
                }
                _ => None,
            },
            Payload::Instance | Payload::Builtin(_) => match name {
                "__dict__" if o.cls().dictless.get() => None,
                // Handed out, the dict can be stored anywhere (even in itself): from
                // now on the cycle collector sees it as a container of its own.
                "__dict__" => o.dict().map(|d| Value::Dict(crate::gc::track_dict(d))),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    })
}

pub fn type_special_attr(vm: &mut Vm, t: &Rc<PyType>, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        // A builtin type named `module.name` (CPython's tp_name, as itertools' are) has
        // the part after the last dot as its __name__ and the rest as its __module__.
        "__name__" if t.builtin => {
            let name = t.name();
            Some(Value::str(name.rsplit('.').next().unwrap_or(&name)))
        }
        "__name__" => Some(Value::str(&t.name())),
        // (So is its __qualname__.)
        "__qualname__" if t.builtin => {
            let q = t.qualname.borrow();
            Some(Value::str(q.rsplit('.').next().unwrap_or(&q)))
        }
        "__qualname__" => Some(Value::str(&t.qualname.borrow())),
        // (Not `function`'s own `__annotations__` descriptor.)
        "__annotations__" if t.builtin => {
            return Err(vm.attribute_error(&Value::Type(t.clone()), name));
        }
        // A class's own annotations, never a base's: an empty dict is made and kept
        // in the class's namespace on first read (CPython 3.10+).
        "__annotations__" => match t.dict.get_by_str("__annotations__") {
            Some(a) => Some(a),
            None => {
                let d = Value::Dict(crate::gc::track_dict(Rc::new(
                    crate::objects::dict::PyDict::new(),
                )));
                t.dict.set_by_str("__annotations__", d.clone());
                crate::objects::types::bump_type_epoch();
                Some(d)
            }
        },
        // Kept in the class's namespace; `type` itself has none.
        "__abstractmethods__" => match t.dict.get_by_str("__abstractmethods__") {
            Some(a) if !Rc::ptr_eq(t, &vm.types.type_) => Some(a),
            _ => return Err(vm.new_error("AttributeError", "__abstractmethods__")),
        },
        // A builtin type's from CPython's table; a class's from a docstring that
        // starts with its name and a signature line (`C(a, b)\n--\n\n`).
        "__text_signature__" => Some(if t.builtin {
            crate::builtins::builtin_sig(&t.name(), "")
                .flatten()
                .map_or(Value::None, Value::str)
        } else {
            match t.dict.get_by_str("__doc__") {
                Some(Value::Str(doc)) => {
                    text_signature_from_doc(&t.name(), doc.as_str()).map_or(Value::None, Value::str)
                }
                _ => Value::None,
            }
        }),
        "__module__" => {
            if t.builtin {
                let name = t.name();
                Some(Value::str(
                    name.rsplit_once('.')
                        .map_or("builtins", |(module, _)| module),
                ))
            } else {
                t.dict
                    .get_by_str("__module__")
                    .or_else(|| Some(Value::str(&t.module.borrow())))
            }
        }
        "__dict__" => Some(Value::Object(PyObject::new(
            vm.types.mappingproxy.clone(),
            Payload::MappingProxy(t.dict.clone()),
        ))),
        "__bases__" => Some(Value::tuple(
            t.bases
                .borrow()
                .iter()
                .map(|b| Value::Type(b.clone()))
                .collect(),
        )),
        "__base__" => Some(
            crate::objects::cshape::tp_base(t)
                .map(Value::Type)
                .unwrap_or(Value::None),
        ),
        "__basicsize__" => Some(Value::Int(t.shape.basicsize as i64)),
        "__flags__" => Some(Value::Int(crate::type_flags::flags(t) as i64)),
        "__itemsize__" => Some(Value::Int(t.shape.itemsize as i64)),
        "__dictoffset__" => Some(Value::Int(t.shape.dictoffset as i64)),
        "__weakrefoffset__" => Some(Value::Int(t.shape.weaklistoffset as i64)),
        "__mro__" => Some(Value::tuple(t.mro().into_iter().map(Value::Type).collect())),
        "__class__" => Some(Value::Type(vm.type_of(&Value::Type(t.clone())))),
        // `type`'s (`property`'s, `function`'s) own `__doc__` entry is the descriptor
        // for its instances' docstrings; its own is in the docs table (CPython's tp_doc).
        "__doc__" => Some(match t.dict.get_by_str("__doc__") {
            Some(d) if crate::getset::is_descriptor(&d) => {
                crate::builtins::builtin_doc(&t.name(), "").map_or(Value::None, Value::str)
            }
            d => d.unwrap_or(Value::None),
        }),
        _ => None,
    })
}

/// The signature a docstring gives itself in CPython's internal form: the type's
/// name, then `(...)` up to a `)` followed by `\n--\n\n`, no blank line before it.
fn text_signature_from_doc<'a>(name: &str, doc: &'a str) -> Option<&'a str> {
    let name = name.rsplit('.').next().unwrap_or(name);
    let rest = doc.strip_prefix(name)?;
    if !rest.starts_with('(') {
        return None;
    }
    const END: &str = ")\n--\n\n";
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if rest[i..].starts_with(END) {
            return Some(&rest[..i + 1]);
        }
        if bytes[i] == b'\n' && bytes.get(i + 1) == Some(&b'\n') {
            return None;
        }
        i += 1;
    }
    None
}

pub(crate) const CODE_TYPE: &str = "__code__ must be set to a code object";

/// Assignable special attributes; Ok(true) when handled.
pub fn set_special_attr(vm: &mut Vm, obj: &Value, name: &str, v: &Value) -> PyResult<bool> {
    if let Value::Object(o) = obj {
        if let Payload::Frame(_) = o.payload {
            return vm.set_frame_attr(o, name, v);
        }
    }
    match obj {
        Value::Function(f) => match name {
            "__name__" | "__qualname__" => {
                let Value::Str(s) = v else {
                    return Err(vm.type_error(format!("{name} must be set to a string object")));
                };
                if name == "__name__" {
                    *f.name.borrow_mut() = s.clone();
                } else {
                    *f.qualname.borrow_mut() = s.clone();
                }
                Ok(true)
            }
            "__doc__" => {
                *f.doc.borrow_mut() = v.clone();
                Ok(true)
            }
            "__code__" => {
                let code = match v {
                    Value::Object(o) => match &o.payload {
                        Payload::Code(c) => Some(c.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(code) = code else {
                    return Err(vm.type_error(CODE_TYPE));
                };
                let free = code.co.freevars.len();
                let cells = f.closure.as_ref().map_or(0, |c| c.len());
                if free != cells {
                    return Err(vm.new_error(
                        "ValueError",
                        format!(
                            "{}() requires a code object with {cells} free vars, not {free}",
                            f.name.borrow().as_str()
                        ),
                    ));
                }
                f.code.set(code);
                // Caches that chose a fast path from the function's code (a property
                // getter run as a plain call, a simple `__init__`) must look again.
                crate::objects::types::bump_type_epoch();
                Ok(true)
            }
            "__module__" => {
                *f.module.borrow_mut() = v.clone();
                Ok(true)
            }
            "__defaults__" => {
                *f.defaults.borrow_mut() = match v {
                    Value::Tuple(t) => Some(t.clone()),
                    Value::None => None,
                    _ => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
                };
                Ok(true)
            }
            "__kwdefaults__" => {
                *f.kwdefaults.borrow_mut() = match v {
                    Value::Dict(d) => Some(d.clone()),
                    Value::None => None,
                    _ => return Err(vm.type_error("__kwdefaults__ must be set to a dict object")),
                };
                Ok(true)
            }
            // None leaves none: the next read makes a new empty dict.
            "__annotations__" => {
                *f.annotations.borrow_mut() = match v {
                    Value::Dict(d) => Some(d.clone()),
                    Value::None => None,
                    _ => return Err(vm.type_error("__annotations__ must be set to a dict object")),
                };
                Ok(true)
            }
            "__dict__" => match v {
                Value::Dict(d) => {
                    f.set_dict(crate::gc::track_dict(d.clone()));
                    Ok(true)
                }
                v if vm.type_of(v).is_subtype(&vm.types.dict) => Err(vm.new_error(
                    "NotImplementedError",
                    "assigning an instance of a dict subclass to __dict__ is not supported yet",
                )),
                v => Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    vm.type_name(v)
                ))),
            },
            // Read-only members.
            "__globals__" | "__closure__" | "__builtins__" => {
                Err(vm.new_error("AttributeError", "readonly attribute"))
            }
            _ => Ok(false),
        },
        Value::Object(o) => match (&o.payload, name) {
            (Payload::Generator(g) | Payload::Coroutine(g), "__name__" | "__qualname__") => {
                let Value::Str(v) = v else {
                    return Err(vm.type_error(format!("{name} must be set to a string object")));
                };
                let mut g = g.borrow_mut();
                if name == "__name__" {
                    g.name = v.clone();
                } else {
                    g.qualname = v.clone();
                }
                Ok(true)
            }
            (Payload::Exception(d), "args") => {
                *d.args.borrow_mut() = Value::tuple(crate::iter::collect(vm, v)?);
                Ok(true)
            }
            (Payload::Exception(d), "__cause__") => {
                *d.cause.borrow_mut() = v.clone();
                d.suppress_context.set(true);
                Ok(true)
            }
            (Payload::Exception(d), "__context__") => {
                *d.context.borrow_mut() = v.clone();
                Ok(true)
            }
            (Payload::Exception(d), "__suppress_context__") => {
                // (A bool member, as CPython's.)
                let Value::Bool(b) = v else {
                    return Err(vm.type_error("attribute value type must be bool"));
                };
                d.suppress_context.set(b.0);
                Ok(true)
            }
            (Payload::Exception(d), "__traceback__") => {
                crate::exceptions::set_traceback(vm, d, v)?;
                Ok(true)
            }
            _ => Ok(false),
        },
        Value::Type(t) => match name {
            "__name__" | "__qualname__" => {
                // CPython's type_set_name / type_set_qualname.
                let Some(s) = crate::builtins::str::str_payload(v) else {
                    let msg = format!(
                        "can only assign string to {}.{name}, not '{}'",
                        t.name(),
                        vm.type_name(v)
                    );
                    return Err(vm.type_error(msg));
                };
                // (An instance of a str subclass is stored as its text.)
                if name == "__qualname__" {
                    *t.qualname.borrow_mut() = s.to_string();
                } else if s.contains('\0') {
                    return Err(vm.value_error("type name must not contain null characters"));
                } else {
                    *t.name_cell.borrow_mut() = s.to_string();
                }
                Ok(true)
            }
            "__module__" => {
                if let Value::Str(s) = v {
                    *t.module.borrow_mut() = s.as_str().to_string();
                }
                t.dict.set_by_str("__module__", v.clone());
                Ok(true)
            }
            _ => Ok(false),
        },
        _ => Ok(false),
    }
}

/// `errno`, `strerror`, `filename`, `filename2` of an OSError: from its two `args` and
/// the file names kept beside them; None when it was not made with 2 to 5 arguments.
fn os_error_attr(d: &crate::objects::exceptions::ExcData, name: &str) -> Value {
    let args = d.args.borrow();
    let pair = match &*args {
        Value::Tuple(t) if t.items.len() == 2 => Some((&t.items[0], &t.items[1])),
        _ => None,
    };
    let files = d.filenames.borrow();
    match (name, pair, files.as_deref()) {
        ("errno", Some((e, _)), _) => e.clone(),
        ("strerror", Some((_, s)), _) => s.clone(),
        ("filename", _, Some((f, _))) => f.clone(),
        ("filename2", _, Some((_, f))) => f.clone(),
        _ => Value::None,
    }
}

/// Is `b` an unbound method of a builtin type (a `method_descriptor`,
/// `wrapper_descriptor` or `classmethod_descriptor`)?
fn is_descriptor(b: &crate::objects::function::BuiltinFunction) -> bool {
    b.self_.is_none()
        && b.objclass.is_some()
        && b.flavor != Flavor::New
        && matches!(b.kind, NativeKind::Method | NativeKind::ClassMethod)
}

/// Is `sm` (a staticmethod wrapping `f`) the one a builtin type's dict holds for `f`?
fn is_builtin_static(sm: &PyObject, f: &Value) -> bool {
    let Value::Builtin(b) = f else { return false };
    if b.kind != crate::objects::function::NativeKind::StaticMethod {
        return false;
    }
    let Some(t) = b.objclass.as_ref().and_then(|t| t.upgrade()) else {
        return false;
    };
    t.builtin
        && matches!(t.dict.get_by_str(b.name), Some(Value::Object(x)) if std::ptr::eq(&*x, sm))
}
