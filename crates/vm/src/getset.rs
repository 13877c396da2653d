//! The getset and member descriptors in the dicts of builtin types (`int.__dict__['real']`,
//! `type.__dict__['__name__']`, `BaseException.__dict__['args']`), as CPython has them.
//!
//! The attributes themselves are served by the objects (`special::special_attr`,
//! `special::type_special_attr`, `special::set_special_attr`), as before these
//! descriptors existed: the MRO look-ups pass them by (`PyType::locate`), so an
//! attribute read on an instance takes the path it always took and costs what it did.
//! They are what a class-level read (`int.real`), `vars(T)`, `dir(T)`, a `super()`
//! look-up and a store (`PyType::locate_raw`: a read-only one raises CPython's error)
//! find, and their `__get__`/`__set__`/`__delete__` reach the same getters and
//! setters.
//!
//! A descriptor is a `Payload::Member` (its `name`, `owner`, `__objclass__`…) whose
//! `index` is one of the `BUILTIN_*` values below instead of a slot number.

use std::rc::Rc;

use crate::objects::object::{Payload, PyObject};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A getset descriptor without a setter: storing raises "attribute 'real' of 'int'
/// objects is not writable".
pub const BUILTIN_GETSET: usize = usize::MAX - 2;
/// A getset descriptor with a setter (the object's own attribute store does it).
pub const BUILTIN_GETSET_RW: usize = usize::MAX - 3;
/// A read-only member descriptor: storing raises "readonly attribute".
pub const BUILTIN_MEMBER: usize = usize::MAX - 4;
/// A writable member descriptor.
pub const BUILTIN_MEMBER_RW: usize = usize::MAX - 5;
/// The least `index` of a builtin type's descriptor (every slot index is below it).
pub const FIRST_BUILTIN: usize = BUILTIN_MEMBER_RW;

/// Is a `Payload::Member` with this index a builtin type's descriptor?
#[inline]
pub fn is_builtin(index: usize) -> bool {
    (FIRST_BUILTIN..=BUILTIN_GETSET).contains(&index)
}

/// Does it refuse every store ("not writable", "readonly attribute")?
pub fn is_read_only(index: usize) -> bool {
    matches!(index, BUILTIN_GETSET | BUILTIN_MEMBER)
}

/// Is it a getset descriptor (else a member descriptor)?
pub fn is_getset(index: usize) -> bool {
    matches!(index, BUILTIN_GETSET | BUILTIN_GETSET_RW)
}

/// Each type's descriptors, as CPython 3.11 lists them (`g`: getset, `m`: member; an
/// upper-case letter: writable). Only the attributes metal's objects serve: `staticmethod`'s
/// and `classmethod`'s `__dict__` are missing.
const TABLE: &[(&str, &[(&str, char)])] = &[
    (
        "int",
        &[
            ("real", 'g'),
            ("imag", 'g'),
            ("numerator", 'g'),
            ("denominator", 'g'),
        ],
    ),
    ("float", &[("real", 'g'), ("imag", 'g')]),
    ("complex", &[("real", 'm'), ("imag", 'm')]),
    (
        "type",
        &[
            ("__basicsize__", 'm'),
            ("__itemsize__", 'm'),
            ("__flags__", 'm'),
            ("__weakrefoffset__", 'm'),
            ("__base__", 'm'),
            ("__dictoffset__", 'm'),
            ("__mro__", 'm'),
            ("__name__", 'G'),
            ("__qualname__", 'G'),
            ("__bases__", 'G'),
            ("__module__", 'G'),
            ("__abstractmethods__", 'G'),
            ("__dict__", 'g'),
            ("__doc__", 'G'),
            ("__text_signature__", 'g'),
            ("__annotations__", 'G'),
        ],
    ),
    (
        "BaseException",
        &[
            ("__suppress_context__", 'M'),
            ("__dict__", 'G'),
            ("args", 'G'),
            ("__traceback__", 'G'),
            ("__context__", 'G'),
            ("__cause__", 'G'),
        ],
    ),
    (
        "BaseExceptionGroup",
        &[("message", 'm'), ("exceptions", 'm')],
    ),
    (
        "property",
        &[
            ("fget", 'm'),
            ("fset", 'm'),
            ("fdel", 'm'),
            ("__doc__", 'M'),
            ("__isabstractmethod__", 'g'),
        ],
    ),
    (
        "staticmethod",
        &[
            ("__func__", 'm'),
            ("__wrapped__", 'm'),
            ("__isabstractmethod__", 'g'),
        ],
    ),
    (
        "classmethod",
        &[
            ("__func__", 'm'),
            ("__wrapped__", 'm'),
            ("__isabstractmethod__", 'g'),
        ],
    ),
    ("object", &[("__class__", 'G')]),
    (
        "function",
        &[
            ("__closure__", 'm'),
            ("__doc__", 'M'),
            ("__globals__", 'm'),
            ("__module__", 'M'),
            ("__builtins__", 'm'),
            ("__code__", 'G'),
            ("__defaults__", 'G'),
            ("__kwdefaults__", 'G'),
            ("__annotations__", 'G'),
            ("__dict__", 'G'),
            ("__name__", 'G'),
            ("__qualname__", 'G'),
        ],
    ),
    ("range", &[("start", 'm'), ("stop", 'm'), ("step", 'm')]),
    ("dict_keys", &[("mapping", 'g')]),
    ("dict_values", &[("mapping", 'g')]),
    ("dict_items", &[("mapping", 'g')]),
    (
        "super",
        &[
            ("__thisclass__", 'm'),
            ("__self__", 'm'),
            ("__self_class__", 'm'),
        ],
    ),
    (
        "memoryview",
        &[
            ("obj", 'g'),
            ("nbytes", 'g'),
            ("readonly", 'g'),
            ("itemsize", 'g'),
            ("format", 'g'),
            ("ndim", 'g'),
            ("shape", 'g'),
            ("strides", 'g'),
            ("suboffsets", 'g'),
            ("c_contiguous", 'g'),
            ("f_contiguous", 'g'),
            ("contiguous", 'g'),
        ],
    ),
    ("slice", &[("start", 'm'), ("stop", 'm'), ("step", 'm')]),
    ("method_descriptor", DESCRIPTOR_ATTRS),
    ("wrapper_descriptor", DESCRIPTOR_ATTRS),
    ("classmethod_descriptor", DESCRIPTOR_ATTRS),
    (
        "method-wrapper",
        &[
            ("__self__", 'm'),
            ("__objclass__", 'g'),
            ("__name__", 'g'),
            ("__qualname__", 'g'),
            ("__doc__", 'g'),
            ("__text_signature__", 'g'),
        ],
    ),
    (
        "builtin_function_or_method",
        &[
            ("__module__", 'm'),
            ("__doc__", 'g'),
            ("__name__", 'g'),
            ("__qualname__", 'g'),
            ("__self__", 'g'),
            ("__text_signature__", 'g'),
        ],
    ),
    (
        "frame",
        &[
            ("f_trace_lines", 'M'),
            ("f_trace_opcodes", 'M'),
            ("f_back", 'g'),
            ("f_locals", 'g'),
            ("f_lineno", 'G'),
            ("f_trace", 'G'),
            ("f_lasti", 'g'),
            ("f_globals", 'g'),
            ("f_builtins", 'g'),
            ("f_code", 'g'),
        ],
    ),
    // (`tb_next` is writable in CPython; metal's is not.)
    (
        "traceback",
        &[
            ("tb_frame", 'm'),
            ("tb_lasti", 'm'),
            ("tb_next", 'g'),
            ("tb_lineno", 'g'),
        ],
    ),
    (
        "generator",
        &[
            ("gi_code", 'm'),
            ("__name__", 'G'),
            ("__qualname__", 'G'),
            ("gi_yieldfrom", 'g'),
            ("gi_running", 'g'),
            ("gi_frame", 'g'),
            ("gi_suspended", 'g'),
        ],
    ),
    (
        "coroutine",
        &[
            ("cr_code", 'm'),
            ("cr_origin", 'm'),
            ("__name__", 'G'),
            ("__qualname__", 'G'),
            ("cr_await", 'g'),
            ("cr_running", 'g'),
            ("cr_frame", 'g'),
            ("cr_suspended", 'g'),
        ],
    ),
    (
        "async_generator",
        &[
            ("ag_running", 'm'),
            ("ag_code", 'm'),
            ("__name__", 'G'),
            ("__qualname__", 'G'),
            ("ag_await", 'g'),
            ("ag_frame", 'g'),
        ],
    ),
];

/// A method descriptor's (`builtins::descr`).
const DESCRIPTOR_ATTRS: &[(&str, char)] = &[
    ("__objclass__", 'm'),
    ("__name__", 'm'),
    ("__doc__", 'g'),
    ("__qualname__", 'g'),
    ("__text_signature__", 'g'),
];

/// Put the descriptors into the builtin types' dicts (after their docstrings: a
/// `__doc__` descriptor replaces `type`'s, `property`'s and `function`'s, which
/// `type_special_attr` then reads from the docs table, as CPython's `tp_doc`).
pub fn init(vm: &mut Vm) {
    for (tname, attrs) in TABLE {
        let ty = match *tname {
            "int" => vm.types.int.clone(),
            "float" => vm.types.float.clone(),
            "complex" => vm.types.complex.clone(),
            "type" => vm.types.type_.clone(),
            "object" => vm.types.object.clone(),
            "BaseException" => vm.exc_type("BaseException"),
            "BaseExceptionGroup" => vm.exc_type("BaseExceptionGroup"),
            "property" => vm.types.property.clone(),
            "staticmethod" => vm.types.staticmethod.clone(),
            "classmethod" => vm.types.classmethod.clone(),
            "function" => vm.types.function.clone(),
            "range" => vm.types.range.clone(),
            "dict_keys" => vm.types.dict_keys.clone(),
            "dict_values" => vm.types.dict_values.clone(),
            "dict_items" => vm.types.dict_items.clone(),
            "memoryview" => vm.types.memoryview.clone(),
            "super" => vm.types.super_.clone(),
            "slice" => vm.types.slice.clone(),
            "method_descriptor" => vm.types.method_descriptor.clone(),
            "wrapper_descriptor" => vm.types.wrapper_descriptor.clone(),
            "classmethod_descriptor" => vm.types.classmethod_descriptor.clone(),
            "method-wrapper" => vm.types.method_wrapper.clone(),
            "builtin_function_or_method" => vm.types.builtin_function.clone(),
            "frame" => vm.types.frame.clone(),
            "traceback" => vm.types.traceback.clone(),
            "generator" => vm.types.generator.clone(),
            "coroutine" => vm.types.coroutine.clone(),
            "async_generator" => vm.types.async_generator.clone(),
            _ => unreachable!("a type of the table"),
        };
        let owner_name = Rc::new(PyStr::new(tname));
        for &(name, kind) in *attrs {
            let (index, cls) = match kind {
                'g' => (BUILTIN_GETSET, &vm.types.getset),
                'G' => (BUILTIN_GETSET_RW, &vm.types.getset),
                'm' => (BUILTIN_MEMBER, &vm.types.member),
                _ => (BUILTIN_MEMBER_RW, &vm.types.member),
            };
            let d = PyObject::new(
                cls.clone(),
                Payload::Member {
                    name: Rc::new(PyStr::new(name)),
                    index,
                    owner: Rc::downgrade(&ty),
                    owner_name: owner_name.clone(),
                },
            );
            ty.dict.set_by_str(name, Value::Object(d));
        }
    }
    crate::objects::types::bump_type_epoch();
}

/// Is `v` a builtin type's descriptor?
pub fn is_descriptor(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Member { index, .. } if is_builtin(index)))
}

/// The descriptor's name and index, checked to apply to `obj` (an instance of the type
/// whose dict holds it).
fn target(vm: &mut Vm, d: &PyObject, obj: &Value) -> PyResult<(Rc<PyStr>, usize)> {
    let Payload::Member {
        name,
        index,
        owner,
        owner_name,
    } = &d.payload
    else {
        return Err(vm.type_error("not a member descriptor"));
    };
    let applies = owner
        .upgrade()
        .is_some_and(|t: Rc<PyType>| vm.type_of(obj).is_subtype(&t));
    if !applies {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name.as_str(),
            owner_name.as_str(),
            vm.type_name(obj)
        )));
    }
    Ok((name.clone(), *index))
}

/// `d.__get__(obj)`: what the object serves as the attribute.
pub fn get(vm: &mut Vm, d: &PyObject, obj: &Value) -> PyResult<Value> {
    let (name, _) = target(vm, d, obj)?;
    let found = match obj {
        Value::Type(t) => crate::special::type_special_attr(vm, t, name.as_str())?,
        _ => crate::special::special_attr(vm, obj, name.as_str())?,
    };
    found.ok_or_else(|| vm.attribute_error(obj, name.as_str()))
}

/// `d.__set__(obj, v)` (Some) or `d.__delete__(obj)` (None): a read-only descriptor's
/// error, else the object's own store (without a `__setattr__` of its class, which
/// CPython's descriptor does not run either).
pub fn set(vm: &mut Vm, d: &PyObject, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let (name, index) = target(vm, d, obj)?;
    match index {
        BUILTIN_GETSET => {
            let owner = match &d.payload {
                Payload::Member { owner_name, .. } => owner_name.clone(),
                _ => name.clone(),
            };
            Err(vm.new_error(
                "AttributeError",
                format!(
                    "attribute '{}' of '{}' objects is not writable",
                    name.as_str(),
                    owner.as_str()
                ),
            ))
        }
        BUILTIN_MEMBER => Err(vm.new_error("AttributeError", "readonly attribute")),
        _ => {
            if v.is_none() {
                if let Some(r) = delete(vm, obj, &name) {
                    return r;
                }
            }
            match (obj, v) {
                (Value::Object(o), Some(v)) => vm.generic_setattr(o, obj, &name, v),
                (Value::Object(o), None) => vm.generic_delattr(o, obj, &name),
                (_, Some(v)) => vm.setattr_str(obj, &name, v),
                (_, None) => vm.delattr_str(obj, &name),
            }
        }
    }
}

/// `del obj.name` for an attribute a function or an exception serves itself (CPython's
/// setters called without a value): the error, or what is left (`None`, a new
/// `__annotations__` on the next read). None: not such an attribute.
pub fn delete(vm: &mut Vm, obj: &Value, name: &PyStr) -> Option<PyResult<()>> {
    let name = name.as_str();
    match obj {
        Value::Function(f) => Some(match name {
            "__name__" | "__qualname__" => {
                Err(vm.type_error(format!("{name} must be set to a string object")))
            }
            "__code__" => Err(vm.type_error(crate::special::CODE_TYPE)),
            "__dict__" => Err(vm.type_error("cannot delete __dict__")),
            "__globals__" | "__closure__" | "__builtins__" => {
                Err(vm.new_error("AttributeError", "readonly attribute"))
            }
            "__annotations__" => {
                *f.annotations.borrow_mut() = None;
                Ok(())
            }
            "__defaults__" | "__kwdefaults__" | "__doc__" | "__module__" => {
                crate::special::set_special_attr(vm, obj, name, &Value::None).map(|_| ())
            }
            _ => return None,
        }),
        Value::Object(o) if matches!(o.payload, Payload::Exception(_)) => Some(match name {
            "__suppress_context__" => Err(vm.type_error("can't delete numeric/char attribute")),
            "__dict__" => Err(vm.type_error("cannot delete __dict__")),
            "args" | "__traceback__" | "__context__" | "__cause__" => {
                Err(vm.type_error(format!("{name} may not be deleted")))
            }
            _ => return None,
        }),
        _ => None,
    }
}
