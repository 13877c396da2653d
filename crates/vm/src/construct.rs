//! Calling a type: the builtin constructors (`int('12', 16)`, `list(it)`, `range(…)`…),
//! exceptions, and instances of user classes (`__new__` then `__init__`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::int::as_int;
use crate::objects::object::{Payload, PyObject};
use crate::objects::range::{index_value, Range};
use crate::objects::set::PySet;
use crate::objects::types::{Layout, PyType};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn no_kw(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// The argument count check of CPython's clinic-made constructors (`int`, `str`,
/// `complex`, `bytes`): positional and keyword arguments together.
pub fn takes_at_most(vm: &Vm, name: &str, args: &Args, n: usize) -> PyResult<()> {
    let got = args.pos().len() + args.kw().count();
    if got > n {
        return Err(vm.type_error(format!(
            "{name}() takes at most {n} argument{} ({got} given)",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn at_most(vm: &Vm, name: &str, args: &Args, n: usize) -> PyResult<()> {
    let got = args.pos().len();
    if got > n {
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            n,
            if n == 1 { "" } else { "s" },
            got
        )));
    }
    Ok(())
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`'s arguments, checked: the
/// functions and the doc (the getter's docstring when none is given).
pub fn property_fields(vm: &mut Vm, args: &Args<'_>) -> PyResult<[Value; 4]> {
    let pos = args.pos();
    let n = pos.len() + args.kwnames.len();
    if n > 4 {
        return Err(vm.type_error(format!("property() takes at most 4 arguments ({n} given)")));
    }
    for k in args.kwnames {
        if let Value::Str(k) = k {
            if !matches!(k.as_str(), "fget" | "fset" | "fdel" | "doc") {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for property()",
                    k.as_str()
                )));
            }
        }
    }
    let get = |i: usize, k: &str| {
        pos.get(i)
            .cloned()
            .or_else(|| args.get_kw(k).cloned())
            .unwrap_or(Value::None)
    };
    let fget = get(0, "fget");
    let doc = match get(3, "doc") {
        Value::None if !fget.is_none() => match &fget {
            Value::Function(f) => f.doc.borrow().clone(),
            other => vm.getattr_opt(other, "__doc__")?.unwrap_or(Value::None),
        },
        d => d,
    };
    Ok([fget, get(1, "fset"), get(2, "fdel"), doc])
}

pub fn call_type(vm: &mut Vm, t: &Rc<PyType>, args: Args<'_>) -> PyResult<Value> {
    if !t.builtin {
        // The call of a Python class counts one level of the recursion limit, as
        // CPython's call of a type without vectorcall does (`__init__` or `__new__`
        // calling the class again stops at its depth, with its message).
        vm.enter_native(crate::recursion::CALLING)?;
        let r = crate::classes::instantiate(vm, t, args);
        vm.leave_native();
        return r;
    }
    if t.layout == Layout::Exception {
        if t.is_subtype(&vm.types.base_exception_group) {
            let e = crate::exc_group::new_group(vm, t, args.pos())?;
            crate::exc_group::no_keywords(vm, &vm.type_of(&e), &args)?;
            return Ok(e);
        }
        let mut pos = args.pos().to_vec();
        crate::exc_details::check_unicode_error_args(vm, t, &mut pos)?;
        let e = new_exception_instance(vm, t.clone(), pos);
        if args.has_kw() {
            exception_keywords(vm, t, &e, &args)?;
        }
        return Ok(e);
    }
    let pos = args.pos();
    match t.layout {
        Layout::Type => {
            if pos.len() == 1 && !args.has_kw() {
                return Ok(Value::Type(vm.type_of(&pos[0])));
            }
            if pos.len() == 3 {
                return crate::classes::type_new(vm, t, &pos[0], &pos[1], &pos[2], args);
            }
            Err(vm.type_error("type() takes 1 or 3 arguments"))
        }
        Layout::Object => {
            if !pos.is_empty() || args.has_kw() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(Value::Object(PyObject::new(t.clone(), Payload::Instance)))
        }
        Layout::Int => {
            takes_at_most(vm, "int", &args, 2)?;
            let base = args.get_kw("base").cloned().or_else(|| pos.get(1).cloned());
            let x = pos.first().cloned().or_else(|| args.get_kw("x").cloned());
            crate::builtins::num::int_new(vm, x, base)
        }
        Layout::Bool => {
            no_kw(vm, "bool", &args)?;
            at_most(vm, "bool", &args, 1)?;
            match pos.first() {
                Some(v) => Ok(Value::bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(crate::value::PyBool(false))),
            }
        }
        Layout::Float => {
            no_kw(vm, "float", &args)?;
            at_most(vm, "float", &args, 1)?;
            match pos.first() {
                Some(v) => crate::builtins::num::float_new(vm, v),
                None => Ok(Value::Float(0.0)),
            }
        }
        Layout::Complex => crate::builtins::num::complex_new(vm, args),
        Layout::Str => {
            takes_at_most(vm, "str", &args, 3)?;
            let obj = pos
                .first()
                .cloned()
                .or_else(|| args.get_kw("object").cloned());
            let encoding = pos
                .get(1)
                .cloned()
                .or_else(|| args.get_kw("encoding").cloned());
            match (obj, encoding) {
                (None, _) => Ok(Value::str("")),
                // An exact str is its own str().
                (Some(v @ Value::Str(_)), None) => Ok(v),
                (Some(v), None) => {
                    // `str(x)` hands back what `x.__str__()` returned (called once).
                    if let Some(m) = crate::dunder::user_special(vm, &v, "__str__") {
                        let r =
                            crate::dunder::call_special_as(vm, crate::recursion::STR, &m, &v, &[])?;
                        return crate::dunder::str_call_result(vm, r);
                    }
                    // object.__str__ is the repr, handed back as it is (an instance of
                    // a str subclass included) and checked under str's name.
                    if matches!(&v, Value::Object(o) if matches!(o.payload, Payload::Instance)) {
                        if let Some(m) = crate::dunder::user_special(vm, &v, "__repr__") {
                            let r = crate::dunder::call_special_as(
                                vm,
                                crate::recursion::REPR,
                                &m,
                                &v,
                                &[],
                            )?;
                            return crate::dunder::str_call_result(vm, r);
                        }
                    }
                    Ok(Value::Str(vm.str_of(&v)?))
                }
                (Some(v), Some(enc)) => {
                    // The arguments are checked before the object, as CPython parses them.
                    let text_arg = |vm: &Vm, a: &Value, what: &str| match a {
                        Value::Str(e) => Ok(e.as_str().to_string()),
                        other => Err(vm.type_error(format!(
                            "str() argument '{what}' must be str, not {}",
                            vm.type_name(other)
                        ))),
                    };
                    let enc = text_arg(vm, &enc, "encoding")?;
                    let errors = match pos.get(2).or_else(|| args.get_kw("errors")) {
                        Some(e) => text_arg(vm, e, "errors")?,
                        None => "strict".to_string(),
                    };
                    match crate::objects::bytes::buffer_bytes(vm, &v)? {
                        Some(b) => crate::builtins::bytes::decode(vm, &b, &enc, &errors),
                        None => Err(vm.type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name(&v)
                        ))),
                    }
                }
            }
        }
        Layout::Tuple => {
            no_kw(vm, "tuple", &args)?;
            at_most(vm, "tuple", &args, 1)?;
            match pos.first() {
                Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                Some(v) => Ok(Value::tuple(crate::iter::collect(vm, v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        Layout::List => {
            no_kw(vm, "list", &args)?;
            at_most(vm, "list", &args, 1)?;
            match pos.first() {
                Some(v) => Ok(Value::list(crate::iter::collect(vm, v)?)),
                None => Ok(Value::list(vec![])),
            }
        }
        Layout::Dict => {
            at_most(vm, "dict", &args, 1)?;
            let d = crate::gc::track_dict(Rc::new(PyDict::new()));
            if let Some(src) = pos.first() {
                crate::builtins::dict::update_from(vm, &d, src)?;
            }
            for (k, v) in args.kw() {
                let key = vm.intern(k);
                d.set_str(key, v.clone());
            }
            Ok(Value::Dict(d))
        }
        Layout::Set | Layout::FrozenSet => {
            let name = if t.layout == Layout::Set {
                "set"
            } else {
                "frozenset"
            };
            no_kw(vm, name, &args)?;
            at_most(vm, name, &args, 1)?;
            let s = PySet::new();
            if let Some(src) = pos.first() {
                if t.layout == Layout::FrozenSet {
                    if let Value::FrozenSet(f) = src {
                        return Ok(Value::FrozenSet(f.clone()));
                    }
                }
                crate::builtins::set::update_from(vm, &s, src)?;
            }
            Ok(if t.layout == Layout::Set {
                crate::gc::new_set(s)
            } else {
                crate::gc::new_frozenset(s)
            })
        }
        Layout::Range => {
            no_kw(vm, "range", &args)?;
            let mut ints = Vec::new();
            for v in pos {
                match index_value(vm, v)? {
                    Some(i) => ints.push(i),
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(v)
                        )))
                    }
                }
            }
            let r = match ints.len() {
                1 => Range {
                    start: 0,
                    stop: ints[0],
                    step: 1,
                },
                2 => Range {
                    start: ints[0],
                    stop: ints[1],
                    step: 1,
                },
                3 => {
                    if ints[2] == 0 {
                        return Err(vm.value_error("range() arg 3 must not be zero"));
                    }
                    Range {
                        start: ints[0],
                        stop: ints[1],
                        step: ints[2],
                    }
                }
                0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                n => {
                    return Err(
                        vm.type_error(format!("range expected at most 3 arguments, got {n}"))
                    )
                }
            };
            Ok(crate::objects::range::new_range(vm, r))
        }
        Layout::Super => crate::builtins::super_type::super_new(vm, t, args),
        Layout::Slice => {
            let (a, b, c) = match pos.len() {
                1 => (Value::None, pos[0].clone(), Value::None),
                2 => (pos[0].clone(), pos[1].clone(), Value::None),
                3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
                n => {
                    return Err(
                        vm.type_error(format!("slice expected at least 1 argument, got {n}"))
                    )
                }
            };
            Ok(crate::objects::range::new_slice(vm, a, b, c))
        }
        Layout::Bytes => crate::builtins::bytes::bytes_new(vm, args, false),
        Layout::ByteArray => crate::builtins::bytes::bytes_new(vm, args, true),
        Layout::MemoryView => crate::builtins::memoryview::memoryview_new(vm, args),
        Layout::Property => {
            let [fget, fset, fdel, doc] = property_fields(vm, &args)?;
            Ok(Value::Object(PyObject::new(
                t.clone(),
                Payload::Property {
                    fns: RefCell::new(Box::new(crate::objects::object::PropertyFns {
                        fget,
                        fset,
                        fdel,
                        doc,
                    })),
                    name: RefCell::new(Value::None),
                },
            )))
        }
        Layout::StaticMethod | Layout::ClassMethod => {
            if pos.len() != 1 {
                return Err(vm.type_error(format!(
                    "{} expected 1 argument, got {}",
                    t.name(),
                    pos.len()
                )));
            }
            let p = if t.layout == Layout::StaticMethod {
                Payload::StaticMethod(pos[0].clone())
            } else {
                Payload::ClassMethod(pos[0].clone())
            };
            Ok(Value::Object(PyObject::new(t.clone(), p)))
        }
        Layout::NoneType => Ok(Value::None),
        Layout::Module => module_new(vm, args),
        Layout::Method => {
            no_kw(vm, "method", &args)?;
            if pos.len() != 2 {
                return Err(
                    vm.type_error(format!("method expected 2 arguments, got {}", pos.len()))
                );
            }
            if !vm.is_callable(&pos[0]) {
                return Err(vm.type_error("first argument must be callable"));
            }
            if pos[1].is_none() {
                return Err(vm.type_error("instance must not be None"));
            }
            Ok(Value::Object(PyObject::new(
                t.clone(),
                Payload::BoundMethod {
                    func: pos[0].clone(),
                    self_: pos[1].clone(),
                },
            )))
        }
        Layout::MappingProxy => {
            if pos.len() != 1 || args.has_kw() {
                return Err(vm.type_error(format!(
                    "mappingproxy() takes exactly one argument ({} given)",
                    pos.len()
                )));
            }
            let d = match &pos[0] {
                Value::Dict(d) => d.clone(),
                Value::Object(o) => match &o.payload {
                    Payload::MappingProxy(d) | Payload::Builtin(Value::Dict(d)) => d.clone(),
                    _ => {
                        return Err(vm.type_error(format!(
                            "mappingproxy() argument must be a mapping, not {}",
                            vm.type_name(&pos[0])
                        )))
                    }
                },
                v => {
                    return Err(vm.type_error(format!(
                        "mappingproxy() argument must be a mapping, not {}",
                        vm.type_name(v)
                    )))
                }
            };
            Ok(Value::Object(PyObject::new(
                t.clone(),
                Payload::MappingProxy(d),
            )))
        }
        Layout::Iterator => {
            let ctor = {
                let name = t.name();
                crate::builtins::iterators::iterator_ctor(&name)
                    .or_else(|| crate::stdlib::itertools_ctor(&name))
            };
            match ctor {
                Some(f) => f(vm, args),
                None => Err(vm.type_error(format!("cannot create '{}' instances", t.name()))),
            }
        }
        _ => Err(vm.type_error(format!("cannot create '{}' instances", t.name()))),
    }
}

/// `types.ModuleType(name, doc=None)`: an empty module (no `__file__`, no `__builtins__`).
fn module_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut name = args.pos().first().cloned();
    let mut doc = args.pos().get(1).cloned();
    for (k, v) in args.kw() {
        match k {
            "name" if name.is_none() => name = Some(v.clone()),
            "doc" if doc.is_none() => doc = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for module()"))
                )
            }
        }
    }
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.pos().len()
        )));
    }
    let name = match name {
        Some(Value::Str(s)) => s,
        Some(v) => {
            return Err(vm.type_error(format!(
                "module() argument 'name' must be str, not {}",
                vm.type_name(&v)
            )))
        }
        None => return Err(vm.type_error("module() missing required argument 'name' (pos 1)")),
    };
    let d = Rc::new(PyDict::new());
    d.set_str(vm.module_name_key.clone(), Value::Str(name.clone()));
    d.set_by_str("__doc__", doc.unwrap_or(Value::None));
    d.set_by_str("__package__", Value::None);
    d.set_by_str("__loader__", Value::None);
    d.set_by_str("__spec__", Value::None);
    let m = Rc::new(PyObject::raw(
        vm.types.module.clone(),
        Some(d),
        Default::default(),
        Payload::Module {
            name: name.as_str().to_string(),
        },
    ));
    crate::gc::track_object(&m);
    Ok(Value::Object(m))
}

/// Keyword arguments of a builtin exception's constructor: ImportError's `name` and
/// `path` (attributes of the instance); any other is a TypeError, as in CPython.
fn exception_keywords(vm: &mut Vm, t: &Rc<PyType>, e: &Value, args: &Args<'_>) -> PyResult<()> {
    let import_error = t.is_subtype(&vm.exc_type("ImportError"));
    let name_error = t.is_subtype(&vm.exc_type("NameError"));
    let attribute_error = t.is_subtype(&vm.exc_type("AttributeError"));
    for (k, v) in args.kw() {
        let key: &str = k;
        let allowed = (import_error && (key == "name" || key == "path"))
            || (name_error && key == "name")
            || (attribute_error && (key == "name" || key == "obj"));
        if !allowed {
            return Err(
                vm.type_error(if import_error || name_error || attribute_error {
                    format!("'{key}' is an invalid keyword argument for {}()", t.name())
                } else {
                    format!("{}() takes no keyword arguments", t.name())
                }),
            );
        }
        vm.setattr(e, key, v.clone())?;
    }
    Ok(())
}

pub fn new_exception_instance(vm: &Vm, cls: Rc<PyType>, args: Vec<Value>) -> Value {
    if (2..=5).contains(&args.len()) {
        let oserror = vm.exc_type("OSError");
        if cls.is_subtype(&oserror) {
            return new_os_error(vm, cls, &oserror, args);
        }
    }
    Value::Object(vm.new_exception(cls, args).0)
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: `args` keeps errno and
/// strerror, the file names are kept apart, and `OSError` itself becomes the subclass
/// the errno names (`OSError(2, ...)` is a FileNotFoundError), as in CPython.
fn new_os_error(vm: &Vm, cls: Rc<PyType>, oserror: &Rc<PyType>, mut args: Vec<Value>) -> Value {
    let cls = match (&args[0], Rc::ptr_eq(&cls, oserror)) {
        (Value::Int(errno), true) => match errno_subclass(*errno) {
            Some(name) => vm.exc_type(name),
            None => cls,
        },
        _ => cls,
    };
    let filenames = (args.len() >= 3).then(|| {
        let filename2 = if args.len() == 5 {
            args[4].clone()
        } else {
            Value::None
        };
        Box::new((args[2].clone(), filename2))
    });
    args.truncate(2);
    let e = vm.new_exception(cls, args).0;
    if let Payload::Exception(d) = &e.payload {
        *d.filenames.borrow_mut() = filenames;
    }
    Value::Object(e)
}

/// The OSError subclass for an errno (Linux numbering), as CPython's `errnomap`.
fn errno_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

pub fn int_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<i64> {
    match as_int(v) {
        Some(crate::objects::int::IntRef::Small(i)) => Ok(i),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer{}",
            vm.type_name(v),
            what
        ))),
    }
}

pub fn cell(v: Value) -> RefCell<Value> {
    RefCell::new(v)
}
