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

use crate::builtins::native;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeKind};
use crate::objects::object::Payload;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm, KIT_MULTIVALUE, KIT_QUERYDICT};

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
    d.set_by_str(
        "querydict_init",
        native(
            "__init__",
            querydict_init,
            NativeKind::Method,
            Some("QueryDict"),
        ),
    );
    crate::builtins::function(d, "querydict_kit", querydict_kit);
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
    super::template_setup::keep_kit(vm, &args, "multivalue_kit", KIT_MULTIVALUE, kit_of)
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

/// `request.py`'s `_QUERYDICT_KIT`, by position.
struct QueryKit {
    querydict: Rc<PyType>,
    guards: Guards,
}

fn query_kit_of(vm: &mut Vm, v: &Value) -> PyResult<QueryKit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("querydict_kit: the kit must be a tuple"));
    };
    let k = &t.items;
    let (true, Value::Type(querydict)) = (k.len() == 4, &k[0]) else {
        return Err(vm.type_error("querydict_kit: the kit is not the framework's"));
    };
    Ok(QueryKit {
        querydict: querydict.clone(),
        guards: Guards::of(vm, &k[1], &k[2], &k[3])?,
    })
}

/// `querydict_kit(kit)`: keep the kit for `QueryDict.__init__` (at request.py's import).
fn querydict_kit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::template_setup::keep_kit(vm, &args, "querydict_kit", KIT_QUERYDICT, query_kit_of)
}

thread_local! {
    static QUERY_KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

/// `QueryDict.__init__(self, query_string=None, mutable=False, encoding=None)`
/// (`django/http/request.py`): for an exact QueryDict with UTF-8 (the encoding every
/// request's GET and POST use) while nothing the Python method calls was replaced, its
/// steps here: `self.encoding` (`DEFAULT_CHARSET` when none is given), the query string
/// decoded (Latin-1 when it is no UTF-8), `DATA_UPLOAD_MAX_NUMBER_FIELDS` read, `parse_qsl`'s pairs made
/// and each key's list filled, `self._mutable`. Anything else (another class, another
/// encoding, odd arguments, a limit that is no int or is exceeded) runs the Python
/// method, `_py___init__`, with the same arguments: the steps before that point set
/// nothing it does not set again. `tests/python/django/querydict_init_native.py`.
fn querydict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = fast_init(vm, &args)? {
        return Ok(r);
    }
    python_method(vm, &args, "QueryDict", "__init__", "_py___init__")
}

fn fast_init(vm: &mut Vm, args: &Args<'_>) -> PyResult<Option<Value>> {
    let p = args.pos();
    if p.is_empty() || p.len() > 4 {
        return Ok(None);
    }
    let (mut query, mut mutable, mut encoding) = (Value::None, Value::bool(false), Value::None);
    for (i, v) in p.iter().enumerate().skip(1) {
        match i {
            1 => query = v.clone(),
            2 => mutable = v.clone(),
            _ => encoding = v.clone(),
        }
    }
    for (i, (name, v)) in args.kw().enumerate() {
        let slot = match name {
            "query_string" if p.len() < 2 => &mut query,
            "mutable" if p.len() < 3 => &mut mutable,
            "encoding" if p.len() < 4 => &mut encoding,
            _ => return Ok(None),
        };
        // (A repeated keyword is the Python method's error.)
        if args.kw().take(i).any(|(n, _)| n == name) {
            return Ok(None);
        }
        *slot = v.clone();
    }
    let this = &p[0];
    let Value::Object(o) = this else {
        return Ok(None);
    };
    let Payload::Builtin(Value::Dict(d)) = &o.payload else {
        return Ok(None);
    };
    let Some(kit) = vm.stored_kit::<QueryKit>(KIT_QUERYDICT) else {
        return Ok(None);
    };
    if !Rc::ptr_eq(o.cls(), &kit.querydict)
        || !matches!(&encoding, Value::None)
            && !matches!(&encoding, Value::Str(s) if s.as_str() == "utf-8")
        || !matches!(mutable, Value::Bool(_))
        || !kit.guards.hold(vm, &QUERY_KEPT, &[&kit.querydict])
    {
        return Ok(None);
    }
    // `query_string or ""`, decoded when it is bytes.
    let text: Rc<str> = match &query {
        Value::None => "".into(),
        Value::Str(s) => s.as_str().into(),
        Value::Object(b) => match &b.payload {
            Payload::Bytes(bytes) if Rc::ptr_eq(b.cls(), &vm.types.bytes) => {
                match std::str::from_utf8(bytes) {
                    Ok(s) => s.into(),
                    // Undecodable input is taken as Latin-1 (nothing is lost).
                    Err(_) => bytes.iter().map(|&c| c as char).collect::<String>().into(),
                }
            }
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    // `super().__init__()` is dict's with nothing to add; `self.encoding = encoding
    // or settings.DEFAULT_CHARSET` through the property's setter (`_encoding`).
    let settings = kit.guards.global(0);
    let encoding_value = if encoding.is_none() {
        let charset_name = vm.sname("DEFAULT_CHARSET");
        let charset = vm.getattr_str(&settings, &charset_name)?;
        if !matches!(&charset, Value::Str(s) if s.as_str() == "utf-8") {
            return Ok(None);
        }
        charset
    } else {
        encoding
    };
    let enc_name = vm.sname("_encoding");
    vm.setattr_str(this, &enc_name, encoding_value)?;
    // `settings.DATA_UPLOAD_MAX_NUMBER_FIELDS`, and parse_qsl's check of it.
    let limit_name = vm.sname("DATA_UPLOAD_MAX_NUMBER_FIELDS");
    match vm.getattr_str(&settings, &limit_name)? {
        Value::None => {}
        Value::Int(limit) => {
            let fields = if text.is_empty() {
                0
            } else {
                1 + text.matches('&').count() as i64
            };
            if limit < fields {
                return Ok(None);
            }
        }
        _ => return Ok(None),
    }
    // `_parse_qsl_utf8(qs, True)` and the lists filled as the Python method fills
    // them (`dict.get`, then a new list or an append).
    for field in text.split('&') {
        if field.is_empty() {
            continue;
        }
        let (name, value) = field.split_once('=').unwrap_or((field, ""));
        let key = Value::from_string(super::text::unquote_plus(name));
        let value = Value::from_string(super::text::unquote_plus(value));
        match d.get_item(vm, &key)? {
            Some(Value::List(l)) => l.items.borrow_mut().push(value),
            None => d.set_item(vm, key, Value::list(vec![value]))?,
            Some(other) => {
                let append = vm.getattr(&other, "append")?;
                vm.call_args(&append, &[value])?;
            }
        }
    }
    let mutable_name = vm.sname("_mutable");
    vm.setattr_str(this, &mutable_name, mutable)?;
    Ok(Some(Value::None))
}
