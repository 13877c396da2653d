//! The vm's side of the `match` statement (PEP 634; the compiler's is
//! compiler/src/pattern.rs): which subjects are sequences or mappings, the keys of a
//! mapping pattern, and the attributes a class pattern matches against, as CPython
//! 3.11's `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS` do.

use crate::objects::types::{COLLECTION_MAPPING, COLLECTION_SEQUENCE};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `MATCH_SEQUENCE`: list, tuple, range, memoryview, deque and what is registered with
/// (or derives from) `collections.abc.Sequence`, but not str, bytes or bytearray.
pub fn is_sequence(vm: &Vm, v: &Value) -> bool {
    vm.type_of(v).collection.get() == COLLECTION_SEQUENCE
}

/// `MATCH_MAPPING`: dict and what is registered with (or derives from)
/// `collections.abc.Mapping`.
pub fn is_mapping(vm: &Vm, v: &Value) -> bool {
    vm.type_of(v).collection.get() == COLLECTION_MAPPING
}

/// `GET_LEN`: `len(subject)`.
pub fn get_len(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = crate::builtins::len_of(vm, v)?;
    Ok(Value::from_usize(n))
}

/// `MATCH_KEYS`: the values of `keys` in the mapping `subject`, as a tuple, or None when
/// one is missing. Each is looked up, in order, with `subject.get(key, sentinel)`, so
/// `__missing__` is not called; the same key twice is a ValueError.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys: Vec<Value> = match keys {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    if keys.is_empty() {
        return Ok(Value::tuple(Vec::new()));
    }
    let get = vm.getattr(subject, "get")?;
    let object = Value::Type(vm.types.object.clone());
    let sentinel = vm.call_args(&object, &[])?;
    let mut seen: Vec<(i64, Value)> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        let h = vm.hash(&key)?;
        for (sh, s) in seen.clone() {
            if sh == h && (s.is(&key) || vm.eq(&s, &key)?) {
                let r = vm.repr(&key)?;
                return Err(vm.value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    r.as_str()
                )));
            }
        }
        seen.push((h, key.clone()));
        let v = vm.call_args(&get, &[key, sentinel.clone()])?;
        if v.is(&sentinel) {
            return Ok(Value::None);
        }
        values.push(v);
    }
    Ok(Value::tuple(values))
}

/// The builtin types whose class pattern takes one positional sub-pattern matched
/// against the subject itself (CPython's `_Py_TPFLAGS_MATCH_SELF`), and their subclasses.
fn matches_self(vm: &Vm, t: &std::rc::Rc<crate::objects::types::PyType>) -> bool {
    let types = &vm.types;
    let selfish = [
        &types.bool_,
        &types.bytearray,
        &types.bytes,
        &types.dict,
        &types.float,
        &types.frozenset,
        &types.int,
        &types.list,
        &types.set,
        &types.str_,
        &types.tuple,
    ];
    t.mro()
        .iter()
        .any(|m| selfish.iter().any(|s| std::rc::Rc::ptr_eq(m, s)))
}

/// `MATCH_CLASS`: the attributes a class pattern `cls(<nargs positional>, **names)`
/// matches against, as a tuple, or None when `subject` is no instance of `cls` or lacks
/// one of them. Positional sub-patterns take their names from `cls.__match_args__`.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Value> {
    let Value::Type(ty) = cls else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    let t = vm.type_of(subject);
    if !(std::rc::Rc::ptr_eq(&t, ty)
        || crate::builtins::funcs::class_matches(vm, &t, Some(subject), cls)?)
    {
        return Ok(Value::None);
    }
    // CPython names the class by its `tp_name` (`collections.deque` for a C type).
    let tname = ty
        .shape
        .c_name
        .map_or_else(|| ty.name().to_string(), str::to_string);
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) = match vm.getattr_opt(cls, "__match_args__")? {
            Some(Value::Tuple(t)) => (t.items.to_vec(), false),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "{tname}.__match_args__ must be a tuple (got {})",
                    vm.type_name(&other)
                )))
            }
            None => (Vec::new(), matches_self(vm, ty)),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{tname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                let Value::Str(s) = name else {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                };
                match class_attr(vm, subject, &tname, s.as_str(), &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    if let Value::Tuple(names) = names {
        for name in names.items.iter() {
            let Value::Str(s) = name else { continue };
            match class_attr(vm, subject, &tname, s.as_str(), &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
    }
    Ok(Value::tuple(attrs))
}

/// One attribute of a class pattern's subject (None when it has no such attribute).
fn class_attr(
    vm: &mut Vm,
    subject: &Value,
    tname: &str,
    name: &str,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    if seen.iter().any(|s| s == name) {
        return Err(vm.type_error(format!(
            "{tname}() got multiple sub-patterns for attribute '{name}'"
        )));
    }
    seen.push(name.to_string());
    vm.getattr_opt(subject, name)
}
