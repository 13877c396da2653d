//! `URLResolver.resolve(path)` (`django/urls/resolvers.py`) as a native method, for a
//! path resolved before to a plain endpoint: what the Python method does when its
//! memo answers (`_resolved[path]`, still valid for this resolver's pattern and URL
//! list) and the match needs nothing merged (no captured or default kwargs):
//! `_plain_match`'s ResolverMatch, built here with the same attributes in the same
//! order. Everything else — a first resolve, a memo no longer valid, kwargs, a
//! patched class or global, other argument shapes — runs the Python method kept as
//! `_py_resolve`, with the same arguments, before anything was made.
//! `tests/python/django/resolve_native.py` compares both with Django 5.2.

use std::rc::Rc;

use crate::builtins::native;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeKind};
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm, KIT_RESOLVE};

use super::template_setup::{python_method, Guards};

pub fn init(d: &PyDict) {
    d.set_by_str(
        "resolve_memo",
        native("resolve", resolve, NativeKind::Method, Some("URLResolver")),
    );
    crate::builtins::function(d, "resolve_kit", resolve_kit);
}

/// `resolvers.py`'s `_RESOLVE_KIT`, by position.
struct Kit {
    resolver: Rc<PyType>,
    endpoint: Rc<PyType>,
    resolver_match: Rc<PyType>,
    guards: Guards,
    /// `_func_path`, for a view that is not a plain function.
    func_path: Value,
}

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("resolve_kit: the kit must be a tuple"));
    };
    let k = &t.items;
    let (true, Value::Type(resolver), Value::Type(endpoint), Value::Type(resolver_match)) =
        (k.len() == 7, &k[0], &k[1], &k[2])
    else {
        return Err(vm.type_error("resolve_kit: the kit is not the framework's"));
    };
    Ok(Kit {
        resolver: resolver.clone(),
        endpoint: endpoint.clone(),
        resolver_match: resolver_match.clone(),
        guards: Guards::of(vm, &k[3], &k[4], &k[5])?,
        func_path: k[6].clone(),
    })
}

/// `resolve_kit(kit)`: keep the kit for the native `resolve` (at the module's import).
fn resolve_kit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::template_setup::keep_kit(vm, &args, "resolve_kit", KIT_RESOLVE, kit_of)
}

thread_local! {
    static KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

/// `resolve(self, path)`.
fn resolve(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if !args.has_kw() && p.len() == 2 {
        if let Some(m) = memo_match(vm, &p[0], &p[1])? {
            return Ok(m);
        }
    }
    python_method(vm, &args, "URLResolver", "resolve", "_py_resolve")
}

/// An instance of exactly `cls`, with its dict.
fn own(v: &Value, cls: &Rc<PyType>) -> Option<Rc<PyDict>> {
    match v {
        Value::Object(o) if Rc::ptr_eq(o.cls(), cls) && matches!(o.payload, Payload::Instance) => {
            o.dict()
        }
        _ => None,
    }
}

/// An empty dict (exactly a dict).
fn empty_dict(v: &Value) -> bool {
    matches!(v, Value::Dict(d) if d.is_empty())
}

/// An instance dict's entry for a name written here (interned once: no hashing of the
/// text per request).
fn entry(vm: &mut Vm, d: &PyDict, name: &'static str) -> Option<Value> {
    let name = vm.sname(name);
    d.get_str(&name)
}

/// A tuple's items, for a tuple of `n`.
fn items(v: &Value, n: usize) -> Option<&[Value]> {
    match v {
        Value::Tuple(t) if t.items.len() == n => Some(&t.items),
        _ => None,
    }
}

/// The memo's answer for `path`, when the Python method would build it with
/// `_plain_match` (None: run the Python method).
fn memo_match(vm: &mut Vm, this: &Value, path: &Value) -> PyResult<Option<Value>> {
    let Some(kit) = vm.stored_kit::<Kit>(KIT_RESOLVE) else {
        return Ok(None);
    };
    let Value::Str(path) = path else {
        return Ok(None);
    };
    let Some(rd) = own(this, &kit.resolver) else {
        return Ok(None);
    };
    let classes = [&kit.resolver, &kit.endpoint, &kit.resolver_match];
    if !kit.guards.hold(vm, &KEPT, &classes) {
        return Ok(None);
    }
    // memo = self._resolved.get(path); own, patterns, prefix, match, leaf = memo
    let Some(Value::Dict(resolved)) = entry(vm, &rd, "_resolved") else {
        return Ok(None);
    };
    let Some(memo) = resolved.get_str(path) else {
        return Ok(None);
    };
    let Some([own_pattern, patterns, prefix, matched, leaf]) = items(&memo, 5) else {
        return Ok(None);
    };
    // own is self.pattern and patterns is self.__dict__.get("_url_patterns") and
    // len(patterns) >= len(prefix), and the list starts with prefix.
    let (Some(pattern), Some(current)) =
        (entry(vm, &rd, "pattern"), entry(vm, &rd, "_url_patterns"))
    else {
        return Ok(None);
    };
    if !own_pattern.is(&pattern) || !patterns.is(&current) {
        return Ok(None);
    }
    let (Value::List(list), Value::Tuple(prefix)) = (patterns, prefix) else {
        return Ok(None);
    };
    {
        let list = list.items.borrow();
        if list.len() < prefix.items.len()
            || prefix.items.iter().zip(list.iter()).any(|(a, b)| !a.is(b))
        {
            return Ok(None);
        }
    }
    // _, args, kwargs = match; not kwargs, not leaf[2], not self.default_kwargs,
    // not pattern.default_args (pattern = prefix[-1]).
    let (Some([_, args, kwargs]), Some([_, leaf_args, captured])) =
        (items(matched, 3), items(leaf, 3))
    else {
        return Ok(None);
    };
    let Some(endpoint) = prefix.items.last() else {
        return Ok(None);
    };
    let Some(ed) = own(endpoint, &kit.endpoint) else {
        return Ok(None);
    };
    if !empty_dict(kwargs)
        || !empty_dict(captured)
        || !entry(vm, &rd, "default_kwargs").is_some_and(|v| empty_dict(&v))
        || !entry(vm, &ed, "default_args").is_some_and(|v| empty_dict(&v))
    {
        return Ok(None);
    }
    let (Value::Tuple(args), Value::Tuple(leaf_args)) = (args, leaf_args) else {
        return Ok(None);
    };
    // _plain_match(pattern.callback, args + leaf[1], pattern.pattern.name, self.app_name,
    // self.namespace, str(pattern.pattern), [[p] for p in prefix]); a non-str app name
    // or namespace is the Python code's (its ":".join raises).
    let (Some(func), Some(route_pattern)) = (entry(vm, &ed, "callback"), entry(vm, &ed, "pattern"))
    else {
        return Ok(None);
    };
    let text_or_none = |v: Option<Value>| match v {
        Some(v @ (Value::Str(_) | Value::None)) => Some(v),
        _ => None,
    };
    let (Some(app_name), Some(namespace)) = (
        text_or_none(entry(vm, &rd, "app_name")),
        text_or_none(entry(vm, &rd, "namespace")),
    ) else {
        return Ok(None);
    };
    let url_name = {
        let name = vm.sname("name");
        vm.getattr_str(&route_pattern, &name)?
    };
    if !matches!(url_name, Value::Str(_) | Value::None) {
        // (The Python code decides its truth, and raises Django's error for a name that
        // is no str.)
        return Ok(None);
    }
    let present = |v: &Value| matches!(v, Value::Str(s) if !s.as_str().is_empty());
    let route = Value::Str(vm.str_of(&route_pattern)?);
    let func_path = func_path(vm, &kit, &func)?;
    let view_path = if present(&url_name) {
        url_name.clone()
    } else {
        func_path.clone()
    };
    let mut all_args = args.items.to_vec();
    all_args.extend(leaf_args.items.iter().cloned());
    let tried: Vec<Value> = prefix
        .items
        .iter()
        .map(|p| Value::list(vec![p.clone()]))
        .collect();
    // namespace + ":" + view_path if namespace else view_path (a view path that is not
    // exactly a str, from a `_func_path` of a str subclass: the Python code's).
    let view_name = match (&namespace, &view_path) {
        (Value::Str(ns), Value::Str(view)) if present(&namespace) => {
            Value::from_string(format!("{}:{}", ns.as_str(), view.as_str()))
        }
        (_, Value::Str(_)) => view_path,
        _ => return Ok(None),
    };

    let m = PyObject::instance(kit.resolver_match.clone(), Payload::Instance);
    let Some(d) = m.dict() else { return Ok(None) };
    let empty = || Value::Dict(crate::gc::track_dict(Rc::new(PyDict::new())));
    let listed = |v: &Value| {
        if present(v) {
            Value::list(vec![v.clone()])
        } else {
            Value::list(Vec::new())
        }
    };
    let or_empty = |vm: &mut Vm, v: &Value| {
        if present(v) {
            v.clone()
        } else {
            Value::Str(vm.sname(""))
        }
    };
    let fields: [(&'static str, Value); 14] = [
        ("func", func),
        ("args", Value::tuple(all_args)),
        ("kwargs", empty()),
        ("url_name", url_name),
        ("route", route),
        ("tried", Value::list(tried)),
        ("captured_kwargs", empty()),
        ("extra_kwargs", empty()),
        ("app_names", listed(&app_name)),
        ("app_name", or_empty(vm, &app_name)),
        ("namespaces", listed(&namespace)),
        ("namespace", or_empty(vm, &namespace)),
        ("_func_path", func_path),
        ("view_name", view_name),
    ];
    for (name, v) in fields {
        d.set_str(vm.sname(name), v);
    }
    Ok(Some(Value::Object(m)))
}

/// `_func_path(func)`: `module.name` of a plain function without a `view_class`;
/// the Python function for anything else.
fn func_path(vm: &mut Vm, kit: &Kit, func: &Value) -> PyResult<Value> {
    if let Value::Function(f) = func {
        let plain = f
            .dict_opt()
            .is_none_or(|d| d.get_by_str("view_class").is_none());
        if let (true, Value::Str(module)) = (plain, &*f.module.borrow()) {
            let name = f.name.borrow();
            return Ok(Value::from_string(format!(
                "{}.{}",
                module.as_str(),
                name.as_str()
            )));
        }
    }
    vm.call_args(&kit.func_path, std::slice::from_ref(func))
}
