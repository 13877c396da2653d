//! `MultiValueDict.get(key, default=None)` (`django/utils/datastructures.py`) as a
//! native method: a request's `GET`/`POST` lookups (a form's widgets read their values
//! through it) without a Python frame each.
//!
//! It does what the Python method does: for a class in `_DICT_NEXT` while
//! `MultiValueDict.__getitem__` is the original, the key's list from the dict itself
//! and its last value (the default for a missing key, an empty list or a value equal to
//! `[]`). Anything else (keywords, another class, patched globals or methods) runs the
//! Python method kept as `_py_get`, with the same arguments.
//! `tests/python/django/multivaluedict_get.py` compares both paths with Django 5.2.

use std::rc::Rc;

use crate::builtins::{native, pos_args};
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeKind};
use crate::objects::object::Payload;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm, KIT_MULTIVALUE};

use super::template_setup::{python_method, Guards};

pub fn init(d: &PyDict) {
    d.set_by_str(
        "multivalue_get",
        native(
            "get",
            multivalue_get,
            NativeKind::Method,
            Some("MultiValueDict"),
        ),
    );
    crate::builtins::function(d, "multivalue_kit", multivalue_kit);
}

/// `datastructures.py`'s `_MULTIVALUE_KIT`, by position.
struct Kit {
    multivalue: Rc<PyType>,
    /// `_DICT_NEXT`: the classes whose `super().__getitem__` is dict's.
    dict_next: Value,
    guards: Guards,
}

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("multivalue_kit: the kit must be a tuple"));
    };
    let k = &t.items;
    let (true, Value::Type(multivalue), Value::Set(_)) = (k.len() == 5, &k[0], &k[1]) else {
        return Err(vm.type_error("multivalue_kit: the kit is not the framework's"));
    };
    Ok(Kit {
        multivalue: multivalue.clone(),
        dict_next: k[1].clone(),
        guards: Guards::of(vm, &k[2], &k[3], &k[4])?,
    })
}

/// `multivalue_kit(kit)`: keep the kit for `multivalue_get` (at the module's import).
fn multivalue_kit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "multivalue_kit", &args, 1, 1)?;
    vm.kit(KIT_MULTIVALUE, &a[0], kit_of)?;
    Ok(Value::None)
}

thread_local! {
    static KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

/// `get(self, key, default=None)`.
fn multivalue_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if !args.has_kw() && (2..=3).contains(&p.len()) {
        if let Some(v) = fast_get(vm, &p[0], &p[1], p.get(2))? {
            return Ok(v);
        }
    }
    python_method(vm, &args, "MultiValueDict", "get", "_py_get")
}

/// The Python method's first branch, when it is the one taken (None: run the method).
fn fast_get(
    vm: &mut Vm,
    this: &Value,
    key: &Value,
    default: Option<&Value>,
) -> PyResult<Option<Value>> {
    let Some(kit) = vm.stored_kit::<Kit>(KIT_MULTIVALUE) else {
        return Ok(None);
    };
    let Value::Object(o) = this else {
        return Ok(None);
    };
    let Payload::Builtin(Value::Dict(d)) = &o.payload else {
        return Ok(None);
    };
    if !kit.guards.hold(vm, &KEPT, &[&kit.multivalue]) {
        return Ok(None);
    }
    // `type(self) in _DICT_NEXT` (classes hash by identity: no Python runs).
    let cls = Value::Type(o.cls().clone());
    if !crate::ops::contains(vm, &kit.dict_next, &cls)? {
        return Ok(None);
    }
    let default = || default.cloned().unwrap_or(Value::None);
    // `_dict_get(self, key, _MISSING)`, then `list_[-1]` (an IndexError or KeyError:
    // the default).
    let Some(list) = d.get_item(vm, key)? else {
        return Ok(Some(default()));
    };
    let val = match &list {
        Value::List(l) => match l.items.borrow().last() {
            Some(v) => v.clone(),
            None => return Ok(Some(default())),
        },
        _ => match crate::subscript::getitem(vm, &list, &Value::Int(-1)) {
            Ok(v) => v,
            Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "KeyError") => {
                return Ok(Some(default()));
            }
            Err(e) => return Err(e),
        },
    };
    // `if val == []: return default`.
    let empty_list = match &val {
        Value::List(l) => l.items.borrow().is_empty(),
        Value::Str(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None
        | Value::Tuple(_)
        | Value::Dict(_) => false,
        _ => vm.eq(&val, &Value::list(Vec::new()))?,
    };
    Ok(Some(if empty_list { default() } else { val }))
}
