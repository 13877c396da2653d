//! The lookup every `render(request, name, ...)` makes, `django.template.loader.
//! get_template(name)`, for a template the cached loader has already compiled: its
//! Python function asks `_metal_template.cached_template(name, using)` first, which
//! answers without the ten Python calls between (`_engine_list`, `EngineHandler.all`,
//! `DjangoTemplates.get_template`, `Engine.get_template`, `find_template`, the cached
//! loader's `get_template` and `cache_key`, the backend Template's `__init__`).
//!
//! It answers only when the template is in the first engine's first loader's cache and
//! every object on the way is of the framework's exact class keeping the methods it
//! stands in for (the kit's guards, once per type epoch, with the module globals those
//! methods read at each call; the instances may not shadow them): then it reads what
//! the Python code reads (`template.origin`, `hasattr(template, "render")`) and makes
//! the backend Template as its `__init__` would. Anything else (a `using`, a name that
//! is no str, a template not compiled yet, a miss, another loader or engine class) is
//! None, and `get_template` goes on in Python before anything changed.
//! `tests/python/django/get_template_native.py` compares both with Django 5.2.

use std::rc::Rc;

use crate::builtins::pos_args;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm, KIT_LOOKUP};

use super::template_setup::Guards;

pub fn init(d: &PyDict) {
    crate::builtins::function(d, "cached_template", cached_template);
    crate::builtins::function(d, "get_template_kit", get_template_kit);
}

/// `loader.py`'s `_LOOKUP_KIT`, by position.
struct Kit {
    handler: Rc<PyType>,
    backend: Rc<PyType>,
    engine: Rc<PyType>,
    loader: Rc<PyType>,
    wrapper: Rc<PyType>,
    /// The first of the guarded globals is loader.py's `engines`.
    guards: Guards,
}

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let bad = || vm.type_error("get_template_kit: the kit is not the framework's");
    let Value::Tuple(t) = v else {
        return Err(bad());
    };
    let k = &t.items;
    if k.len() != 8 {
        return Err(bad());
    }
    let class = |i: usize| match &k[i] {
        Value::Type(c) => Ok(c.clone()),
        _ => Err(bad()),
    };
    Ok(Kit {
        handler: class(0)?,
        backend: class(1)?,
        engine: class(2)?,
        loader: class(3)?,
        wrapper: class(4)?,
        guards: Guards::of(vm, &k[5], &k[6], &k[7])?,
    })
}

/// `get_template_kit(kit)`: keep the kit (at loader.py's import).
fn get_template_kit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::template_setup::keep_kit(vm, &args, "get_template_kit", KIT_LOOKUP, kit_of)
}

thread_local! {
    static KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

/// `cached_template(template_name, using)`: the backend Template `get_template`
/// returns, when the native path can answer, else None (get_template goes on).
fn cached_template(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "cached_template", &args, 2, 2)?;
    let Some(kit) = vm.stored_kit::<Kit>(KIT_LOOKUP) else {
        return Ok(Value::None);
    };
    if !a[1].is_none() {
        return Ok(Value::None);
    }
    Ok(cached(vm, &kit, &a[0])?.unwrap_or(Value::None))
}

/// The instance dict of `v` when it is exactly of class `cls`.
fn own_dict(v: &Value, cls: &Rc<PyType>) -> Option<Rc<PyDict>> {
    match v {
        Value::Object(o) if Rc::ptr_eq(o.cls(), cls) => o.dict(),
        _ => None,
    }
}

/// The first item of the list `d[name]` holds (None for anything else).
fn first_item(vm: &mut Vm, d: &PyDict, name: &'static str) -> Option<Value> {
    match d.get_str(&vm.sname(name))? {
        Value::List(l) => l.items.borrow().first().cloned(),
        _ => None,
    }
}

/// The backend Template for a template the first loader has cached, or None.
fn cached(vm: &mut Vm, kit: &Kit, name: &Value) -> PyResult<Option<Value>> {
    // (The cached loader's key for an exact str name without `skip` is the name.)
    let Value::Str(key) = name else {
        return Ok(None);
    };
    if !kit.guards.hold(
        vm,
        &KEPT,
        &[
            &kit.handler,
            &kit.backend,
            &kit.engine,
            &kit.loader,
            &kit.wrapper,
        ],
    ) {
        return Ok(None);
    }
    let lacks = |vm: &mut Vm, d: &PyDict, names: &[&'static str]| {
        names.iter().all(|n| d.lacks_str(&vm.sname(n)))
    };
    // `engines.all()`: the engines its `_all` holds once made.
    let Some(handler) = own_dict(&kit.guards.global(0), &kit.handler) else {
        return Ok(None);
    };
    if !lacks(vm, &handler, &["all"]) {
        return Ok(None);
    }
    let Some(first) = first_item(vm, &handler, "_all") else {
        return Ok(None);
    };
    // `DjangoTemplates.get_template`: `Template(self.engine.get_template(name), self)`.
    let Some(backend) = own_dict(&first, &kit.backend) else {
        return Ok(None);
    };
    if !lacks(vm, &backend, &["get_template"]) {
        return Ok(None);
    }
    let Some(engine) = backend.get_str(&vm.sname("engine")) else {
        return Ok(None);
    };
    // `Engine.get_template` and `find_template`: the first loader's template.
    let Some(engine_d) = own_dict(&engine, &kit.engine) else {
        return Ok(None);
    };
    if !lacks(
        vm,
        &engine_d,
        &["get_template", "find_template", "template_loaders"],
    ) {
        return Ok(None);
    }
    let Some(loader) = first_item(vm, &engine_d, "_template_loaders") else {
        return Ok(None);
    };
    // The cached loader's `get_template`: `self.get_template_cache.get(key)`, a hit
    // that is an object (not a cached miss).
    let Some(loader_d) = own_dict(&loader, &kit.loader) else {
        return Ok(None);
    };
    if !lacks(vm, &loader_d, &["get_template", "cache_key"]) {
        return Ok(None);
    }
    let Some(Value::Dict(cache)) = loader_d.get_str(&vm.sname("get_template_cache")) else {
        return Ok(None);
    };
    let template = match cache.get_str(key) {
        Some(t @ Value::Object(_)) => t,
        _ => return Ok(None),
    };
    let Value::Object(t) = &template else {
        unreachable!("matched above")
    };
    // (A cached miss, the exception or its class, is raised by the Python code.)
    if matches!(t.payload, Payload::Exception(_)) || !vm.truthy(&template)? {
        return Ok(None);
    }
    // `return template, template.origin`, then `hasattr(template, "render")`.
    let origin = vm.sname("origin");
    vm.getattr_str(&template, &origin)?;
    // (Found on a class without attribute hooks: there, without binding it.)
    let render = vm.sname("render");
    let plain =
        vm.type_hooks(t.cls()) & (crate::vm::HOOK_GETATTRIBUTE | crate::vm::HOOK_GETATTR) == 0;
    if !(plain && matches!(vm.type_lookup(t.cls(), &render), Some(Value::Function(_))))
        && vm.getattr_maybe(&template, &render)?.is_none()
    {
        return Ok(None);
    }
    // The backend Template, as its `__init__` sets it.
    let o = PyObject::instance(kit.wrapper.clone(), Payload::Instance);
    let Some(d) = o.dict() else {
        return Ok(None);
    };
    d.set_str(vm.sname("template"), template.clone());
    d.set_str(vm.sname("backend"), first);
    Ok(Some(Value::Object(o)))
}
