//! How objects describe themselves to `pickle` and `copy`: `object.__reduce_ex__`,
//! `object.__reduce__`, `object.__getstate__`, the builtin types' `__getnewargs__` and
//! `__reduce__`, and `BaseException.__setstate__`. The rules that walk a class's
//! slots and dict are Python (`lib/_metal_objreduce.py`, over `copyreg`); the native
//! module `_metal_reduce` tells that code what only the interpreter knows of a class.

use crate::builtins::method;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let o = vm.types.object.clone();
    method(&o, "__reduce_ex__", object_reduce_ex);
    method(&o, "__reduce__", object_reduce);
    method(&o, "__getstate__", object_getstate);
    for t in [
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.complex.clone(),
        vm.types.str_.clone(),
        vm.types.bytes.clone(),
        vm.types.tuple.clone(),
    ] {
        method(&t, "__getnewargs__", getnewargs);
    }
    for t in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        method(&t, "__reduce__", set_reduce);
    }
    method(
        &vm.types.range.clone(),
        "__reduce__",
        start_stop_step_reduce,
    );
    method(
        &vm.types.slice.clone(),
        "__reduce__",
        start_stop_step_reduce,
    );
    let b = vm.types.bytearray.clone();
    method(&b, "__reduce__", bytearray_reduce);
    method(&b, "__reduce_ex__", bytearray_reduce_ex);
    method(&vm.types.notimpl.clone(), "__reduce__", singleton_reduce);
    method(&vm.types.ellipsis.clone(), "__reduce__", singleton_reduce);
    let e = vm.types.exceptions["BaseException"].clone();
    method(&e, "__reduce__", exception_reduce);
    method(&e, "__setstate__", exception_setstate);
}

/// The native module `_metal_reduce`.
pub fn init_module(d: &PyDict) {
    crate::builtins::function(d, "heap_type", heap_type);
    crate::builtins::function(d, "managed_dict", managed_dict);
    crate::builtins::function(d, "pack_double", pack_double);
    crate::builtins::function(d, "unpack_double", unpack_double);
}

/// Calls `_metal_objreduce.<name>(*args)`.
fn helper(vm: &mut Vm, name: &'static str, args: &[Value]) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "_metal_objreduce")?;
    let f = vm.getattr_s(&m, name)?;
    vm.call_args(&f, args)
}

/// The instance a method of `owner` was called on, or CPython's error for a call
/// without one.
fn this<'a>(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: &'a Args<'_>,
    extra: usize,
) -> PyResult<&'a Value> {
    let p = args.pos();
    let Some(s) = p.first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    if args.has_kw() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let n = p.len() - 1;
    if n != extra {
        let msg = match extra {
            0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
            _ => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        };
        return Err(vm.type_error(msg));
    }
    Ok(s)
}

fn object_reduce_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, "object", "__reduce_ex__", &args, 1)?.clone();
    let proto = crate::builtins::to_index(vm, &args.pos()[1])?;
    // A class that overrides `__reduce__` is reduced by it.
    let own = vm.types.object.dict.get_by_str("__reduce__");
    let t = vm.type_of(&s);
    let theirs = t.lookup_str("__reduce__");
    if let (Some(own), Some(theirs)) = (own, theirs) {
        if !own.is(&theirs) {
            return vm.call_method(&s, "__reduce__", &[]);
        }
    }
    helper(vm, "reduce", &[s, Value::Int(proto)])
}

fn object_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, "object", "__reduce__", &args, 0)?.clone();
    helper(vm, "reduce", &[s, Value::Int(0)])
}

fn object_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, "object", "__getstate__", &args, 0)?.clone();
    helper(vm, "default_state", &[s, Value::bool(false)])
}

/// `int.__getnewargs__()` & co: the builtin value in a tuple (a complex as its two
/// parts).
fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__getnewargs__", &args, 0, 0)?;
    Ok(match s {
        Value::Bool(b) => Value::tuple(vec![Value::Int(i64::from(b.0))]),
        Value::Object(o) => match &o.payload {
            Payload::Complex(re, im) => Value::tuple(vec![Value::Float(*re), Value::Float(*im)]),
            _ => Value::tuple(vec![s.clone()]),
        },
        v => Value::tuple(vec![v.clone()]),
    })
}

fn set_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let owner = vm
        .type_name(args.pos().first().unwrap_or(&Value::None))
        .to_string();
    let s = this(vm, &owner, "__reduce__", &args, 0)?.clone();
    helper(vm, "set_reduce", &[s])
}

/// `range.__reduce__()` and `slice.__reduce__()`: `(cls, (start, stop, step))`.
fn start_stop_step_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__reduce__", &args, 0, 0)?;
    let s = s.clone();
    let t = vm.type_of(&s);
    let start = vm.getattr_s(&s, "start")?;
    let stop = vm.getattr_s(&s, "stop")?;
    let step = vm.getattr_s(&s, "step")?;
    Ok(Value::tuple(vec![
        Value::Type(t),
        Value::tuple(vec![start, stop, step]),
    ]))
}

fn bytearray_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, "bytearray", "__reduce__", &args, 0)?.clone();
    helper(vm, "bytearray_reduce", &[s, Value::Int(0)])
}

fn bytearray_reduce_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let s = p.first().cloned().unwrap_or(Value::None);
    if p.len() > 2 || args.has_kw() {
        return Err(vm.type_error(format!(
            "__reduce_ex__ expected at most 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let proto = match p.get(1) {
        Some(v) => crate::builtins::to_index(vm, v)?,
        None => 0,
    };
    helper(vm, "bytearray_reduce", &[s, Value::Int(proto)])
}

/// `NotImplemented.__reduce__()` and `Ellipsis.__reduce__()`: their names (pickled as
/// the builtins of those names).
fn singleton_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = crate::builtins::method_args(vm, "__reduce__", &args, 0, 0)?;
    Ok(Value::str(if matches!(s, Value::Ellipsis) {
        "Ellipsis"
    } else {
        "NotImplemented"
    }))
}

/// `BaseException.__reduce__()`: `(cls, args)`, with the instance's dict when it has
/// attributes.
fn exception_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, "BaseException", "__reduce__", &args, 0)?.clone();
    let Value::Object(o) = &s else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object"));
    };
    let Payload::Exception(d) = &o.payload else {
        return Err(vm.type_error(format!(
            "descriptor '__reduce__' requires a 'BaseException' object but received a '{}'",
            vm.type_name(&s)
        )));
    };
    let exc_args = d.args.borrow().clone();
    let mut parts = vec![Value::Type(vm.type_of(&s)), exc_args];
    if let Some(dict) = o.dict() {
        if !dict.is_empty() {
            parts.push(Value::Dict(dict.clone()));
        }
    }
    Ok(Value::tuple(parts))
}

/// `BaseException.__setstate__(state)`: each item of a dict set as an attribute.
fn exception_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, "BaseException", "__setstate__", &args, 1)?.clone();
    match &args.pos()[1] {
        Value::None => Ok(Value::None),
        Value::Dict(d) => {
            for (k, v) in d.items() {
                let Value::Str(k) = &k else {
                    return Err(vm.type_error(format!(
                        "attribute name must be string, not '{}'",
                        vm.type_name(&k)
                    )));
                };
                vm.setattr_str(&s, k, v)?;
            }
            Ok(Value::None)
        }
        _ => Err(vm.type_error("state is not a dictionary")),
    }
}

fn class_arg(
    vm: &Vm,
    name: &str,
    args: &Args<'_>,
) -> PyResult<std::rc::Rc<crate::objects::types::PyType>> {
    match args.pos() {
        [Value::Type(t)] => Ok(t.clone()),
        _ => Err(vm.type_error(format!("{name}() takes a class"))),
    }
}

/// `_metal_reduce.heap_type(cls)`: whether CPython would have made the class as a
/// `class` statement does (its shape says: metal's library classes that CPython
/// writes in C are not; `ExceptionGroup` is).
fn heap_type(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = class_arg(vm, "heap_type", &args)?;
    Ok(Value::bool(t.shape.heap))
}

fn managed_dict(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = class_arg(vm, "managed_dict", &args)?;
    Ok(Value::bool(t.shape.managed_dict))
}

/// `_metal_reduce.pack_double(x)`: the 8 bytes of a float, big-endian IEEE 754 (pickle's
/// BINFLOAT).
fn pack_double(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "pack_double", &args, 1, 1)?;
    let x = match &a[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        v => return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    };
    Ok(crate::objects::bytes::new_bytes(
        vm,
        x.to_be_bytes().to_vec(),
    ))
}

/// `_metal_reduce.unpack_double(b)`: the float of 8 big-endian bytes.
fn unpack_double(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "unpack_double", &args, 1, 1)?;
    let b = crate::objects::bytes::as_bytes(&a[0]).unwrap_or_default();
    let Ok(raw) = <[u8; 8]>::try_from(b.as_slice()) else {
        return Err(vm.value_error("unpack_double() needs 8 bytes"));
    };
    Ok(Value::Float(f64::from_be_bytes(raw)))
}
