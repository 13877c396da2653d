//! The `builtins` module and the registration of every builtin type's methods.

use std::io::Write;
use std::rc::Rc;

use metal_compiler::bytecode::CmpOp;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, BuiltinFunction, Flavor, NativeFn, NativeKind};
use crate::objects::int::{as_int, IntRef};
use crate::objects::iter::IterState;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub mod bytes;
pub(crate) mod c_args;
pub(crate) mod code_replace;
pub mod descr;
pub mod dict;
pub mod forward;
pub mod funcs;
pub mod iter_reduce;
pub mod iterators;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod num;
pub mod odict;
pub mod odict_list;
pub mod reduce;
pub mod set;
pub mod slots;
pub mod str;
pub mod super_type;

pub fn native(
    name: &'static str,
    func: NativeFn,
    kind: NativeKind,
    owner: Option<&'static str>,
) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        kind,
        self_: None,
        owner,
        objclass: None,
        objclass_addr: 0,
        flavor: Flavor::Plain,
        module: None,
    }))
}

/// Mark the functions in a native module's dict as that module's (`__module__`,
/// `__self__`), as CPython's module functions are bound to their module.
pub fn own_functions(d: &PyDict, module: &Value) {
    let (Value::Object(m), Some(Value::Str(name))) = (module, d.get_by_str("__name__")) else {
        return;
    };
    let owner = Rc::new((name, Rc::downgrade(m)));
    for (k, v) in d.items() {
        let Value::Builtin(b) = &v else { continue };
        if b.kind != NativeKind::Function
            || b.owner.is_some()
            || b.self_.is_some()
            || b.module.is_some()
        {
            continue;
        }
        let f = Value::Builtin(Rc::new(BuiltinFunction {
            name: b.name,
            func: b.func,
            kind: b.kind,
            self_: None,
            owner: None,
            objclass: None,
            objclass_addr: 0,
            flavor: b.flavor,
            module: Some(owner.clone()),
        }));
        if let Value::Str(k) = k {
            d.set_str(k, f);
        }
    }
}

/// A method of the builtin type `ty`, as its dict holds it.
fn type_method(ty: &Rc<PyType>, name: &'static str, func: NativeFn, kind: NativeKind) -> Value {
    let owner: &'static str = Box::leak(ty.name().to_string().into_boxed_str());
    let flavor = match kind {
        NativeKind::Method => descr::flavor_of(owner, name),
        NativeKind::StaticMethod if name == "__new__" => Flavor::New,
        _ => Flavor::Plain,
    };
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        kind,
        self_: None,
        owner: Some(owner),
        objclass: Some(Rc::downgrade(ty)),
        objclass_addr: Rc::as_ptr(ty) as usize,
        flavor,
        module: None,
    }))
}

/// Register a method on a builtin type.
pub fn method(ty: &Rc<PyType>, name: &'static str, func: NativeFn) {
    ty.dict
        .set_by_str(name, type_method(ty, name, func, NativeKind::Method));
}

pub fn classmethod(ty: &Rc<PyType>, name: &'static str, func: NativeFn) {
    ty.dict
        .set_by_str(name, type_method(ty, name, func, NativeKind::ClassMethod));
}

pub fn staticmethod(ty: &Rc<PyType>, name: &'static str, func: NativeFn) {
    ty.dict
        .set_by_str(name, type_method(ty, name, func, NativeKind::StaticMethod));
}

/// A static method of a builtin type as CPython keeps one: a `staticmethod` object in
/// the type's dict, wrapping the builtin function that `ty.name` gives
/// (`str.__dict__['maketrans']`). (A builtin type's `__new__` is the function itself:
/// `staticmethod` above.)
pub fn static_method(vm: &Vm, ty: &Rc<PyType>, name: &'static str, func: NativeFn) {
    let f = type_method(ty, name, func, NativeKind::StaticMethod);
    let sm = PyObject::new(vm.types.staticmethod.clone(), Payload::StaticMethod(f));
    ty.dict.set_by_str(name, Value::Object(sm));
}

pub fn function(d: &PyDict, name: &'static str, func: NativeFn) {
    d.set_by_str(name, native(name, func, NativeKind::Function, None));
}

// ---- argument helpers -------------------------------------------------------------------

/// CPython's message for a builtin called with `n` arguments outside `min..=max`.
fn arg_count_error(vm: &Vm, name: &str, min: usize, max: usize, n: usize) -> crate::vm::PyErr {
    let msg = match (min == max, min) {
        (true, 0) => format!("{name}() takes no arguments ({n} given)"),
        (true, 1) => format!("{name}() takes exactly one argument ({n} given)"),
        _ => positional_count_message(name, min, max, n),
    };
    vm.type_error(msg)
}

/// `_PyArg_CheckPositional`'s message for `n` positional arguments outside
/// `min..=max`: `name expected 2 arguments, got 1`, `... at least ...`, `... at most ...`.
pub fn positional_count_message(name: &str, min: usize, max: usize, n: usize) -> String {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }
}

/// The `key=` and `reverse=` keywords of `sorted()` and `list.sort()`.
pub fn sort_options(vm: &mut Vm, args: &Args<'_>) -> PyResult<(Value, bool)> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kw() {
        match k {
            "key" => key = v.clone(),
            "reverse" => reverse = vm.truthy(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("sort() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    Ok((key, reverse))
}

/// Positional arguments only, between `min` and `max`, with CPython's messages.
pub fn pos_args<'a>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let p = args.pos();
    let n = p.len();
    if n < min || n > max {
        return Err(arg_count_error(vm, name, min, max, n));
    }
    Ok(p)
}

/// For methods: self plus positional arguments (counts exclude self).
pub fn method_args<'a>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    }
    let rest = &p[1..];
    let n = rest.len();
    // An instance of a user subclass of a builtin type: the method sees the builtin value.
    let this = match &p[0] {
        Value::Object(o) => match &o.payload {
            Payload::Builtin(inner) => inner,
            _ => &p[0],
        },
        v => v,
    };
    if args.has_kw() {
        // Named with the type that defines it ("list.append() takes ...").
        let owner = match this {
            Value::Type(t) => t.name().to_string(),
            v => vm.type_name(v).to_string(),
        };
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    if n < min || n > max {
        // Methods of one argument or none are named with their type ("list.append()").
        if min == max && min <= 1 {
            // (By the type's `__name__`: `accumulate`, not `itertools.accumulate`.)
            let owner = vm.type_name(this);
            let owner = owner.rsplit('.').next().unwrap_or(&owner);
            let qualified = format!("{owner}.{name}");
            return Err(arg_count_error(vm, &qualified, min, max, n));
        }
        return Err(arg_count_error(vm, name, min, max, n));
    }
    Ok((this, rest))
}

pub fn to_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => {
            Err(vm.new_error("IndexError", "cannot fit 'int' into an index-sized integer"))
        }
        None => match crate::dunder::index(vm, v)? {
            Some(i) => Ok(i.clamp(i64::MIN as i128, i64::MAX as i128) as i64),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
    }
}

pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Object(o) => match &o.payload {
            Payload::Range(r) => {
                if r.len_i128() > i64::MAX as i128 {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
                }
                r.len()
            }
            Payload::Bytes(b) => b.len(),
            Payload::ByteArray(b) => b.borrow().len(),
            Payload::DictView { dict, .. } => dict.len(),
            Payload::MappingProxy(d) => d.len(),
            Payload::MemoryView(m) => crate::builtins::memoryview::len(vm, m)?,
            _ => match crate::dunder::len(vm, v)? {
                Some(n) => n,
                None => {
                    if let Payload::Builtin(inner) = &o.payload {
                        let inner = inner.clone();
                        return len_of(vm, &inner);
                    }
                    return Err(
                        vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                    );
                }
            },
        },
        // A class whose metaclass defines __len__ (an Enum).
        Value::Type(_) => match crate::dunder::len(vm, v)? {
            Some(n) => n,
            None => {
                return Err(
                    vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                )
            }
        },
        _ => {
            return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
        }
    })
}

/// `sys.displayhook`: print the repr of non-None results in the interactive prompt.
pub fn displayhook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let r = vm.repr(v)?;
    let _ = writeln!(vm.out, "{}", r.as_str());
    vm.flush_stdout();
    vm.builtins.set_by_str("_", v.clone());
    Ok(())
}

pub fn iter_value(vm: &Vm, st: IterState) -> Value {
    Value::Object(PyObject::new(
        vm.types.iterator.clone(),
        Payload::Iter(std::cell::RefCell::new(st)),
    ))
}

pub fn cmp_lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    crate::ops::compare_bool(vm, a, b, CmpOp::Lt)
}

pub fn init(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let t = &vm.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("super", &t.super_),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
    ] {
        b.set_by_str(name, Value::Type(ty.clone()));
    }
    for (name, ty) in t.exceptions.iter() {
        b.set_by_str(name, Value::Type(ty.clone()));
    }
    b.set_by_str(
        "EnvironmentError",
        Value::Type(t.exceptions["OSError"].clone()),
    );
    b.set_by_str("IOError", Value::Type(t.exceptions["OSError"].clone()));
    b.set_by_str("None", Value::None);
    b.set_by_str("Ellipsis", Value::Ellipsis);
    b.set_by_str("NotImplemented", Value::NotImplemented);
    b.set_by_str("True", Value::Bool(crate::value::PyBool(true)));
    b.set_by_str("False", Value::Bool(crate::value::PyBool(false)));
    b.set_by_str("__name__", Value::str("builtins"));
    b.set_by_str("__debug__", Value::Bool(crate::value::PyBool(true)));
    funcs::init(vm, &b);
    str::init(vm);
    list::init(vm);
    dict::init(vm);
    odict::init(vm);
    set::init(vm);
    num::init(vm);
    bytes::init(vm);
    misc::init(vm);
    crate::coroutine::init_types(vm);
    reduce::init(vm);
    crate::exc_group::init(vm);
    slots::init(vm);
    descr::init(vm);
    crate::members::init(vm);
    misc::init_constructors(vm);
    misc::init_ranges(vm);
    super_type::init(vm);
    memoryview::init(vm);
    bytes::init_more(vm);
    code_replace::init(vm);
    let t = &vm.types;
    for ty in [
        &t.list,
        &t.dict,
        &t.tuple,
        &t.set,
        &t.frozenset,
        &t.mappingproxy,
    ] {
        classmethod(ty, "__class_getitem__", crate::subscript::class_getitem);
    }
    crate::stdlib::init(vm);
    install_docs(vm);
    crate::getset::init(vm);
}

/// The entry for `owner.attr` in one of the generated tables (sorted by owner, then attr).
fn table_entry<V: Copy>(tables: [&[(&str, &str, V)]; 2], owner: &str, attr: &str) -> Option<V> {
    tables.into_iter().find_map(|t| {
        t.binary_search_by(|(o, a, _)| (*o, *a).cmp(&(owner, attr)))
            .ok()
            .map(|i| t[i].2)
    })
}

/// CPython 3.11's `__text_signature__` of `owner.attr` (as `builtin_doc` names them):
/// `Some(None)` when CPython has none, None when the tables do not list the method.
pub fn builtin_sig(owner: &str, attr: &str) -> Option<Option<&'static str>> {
    table_entry(
        [crate::builtin_sigs::SIGS, crate::module_sigs::MODULE_SIGS],
        owner,
        attr,
    )
}

/// The docstring CPython 3.11 gives `owner.attr` (`owner` a builtin type's name, or a
/// module's, "builtins" for a builtin function; `attr` "" for the type itself).
pub fn builtin_doc(owner: &str, attr: &str) -> Option<&'static str> {
    table_entry(
        [crate::builtin_docs::DOCS, crate::module_docs::MODULE_DOCS],
        owner,
        attr,
    )
}

/// Each builtin type's `__doc__` in its dict, as in CPython: `int.__doc__`, and through
/// the class, `(5).__doc__`.
fn install_docs(vm: &mut Vm) {
    let types: Vec<Rc<PyType>> = vm
        .builtins
        .items()
        .into_iter()
        .filter_map(|(_, v)| match v {
            Value::Type(t) if t.builtin => Some(t),
            _ => None,
        })
        .collect();
    for t in types {
        let Some(doc) = builtin_doc(&t.name(), "") else {
            continue;
        };
        if matches!(t.dict.get_by_str("__doc__"), None | Some(Value::None)) {
            t.dict.set_by_str("__doc__", Value::str(doc));
        }
    }
    // Types without a docstring have None (not object's, through the MRO).
    for t in [&vm.types.none, &vm.types.notimpl, &vm.types.ellipsis] {
        if t.dict.get_by_str("__doc__").is_none() {
            t.dict.set_by_str("__doc__", Value::None);
        }
    }
}

pub fn list_len_shim(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__len__", &args, 0, 0)?;
    Ok(Value::from_usize(len_of(vm, s)?))
}

/// What a classmethod constructor of builtin type `base` (`int.from_bytes`,
/// `bytes.fromhex`) answers when called on `cls`: the value itself for the builtin type,
/// `cls(value)` for a subclass, as CPython does.
pub fn of_subclass(
    vm: &mut Vm,
    cls: Option<&Value>,
    base: &Rc<crate::objects::types::PyType>,
    value: Value,
) -> PyResult<Value> {
    match cls {
        Some(c @ Value::Type(t)) if !Rc::ptr_eq(t, base) && t.is_subtype(base) => {
            let c = c.clone();
            vm.call_args(&c, &[value])
        }
        _ => Ok(value),
    }
}
