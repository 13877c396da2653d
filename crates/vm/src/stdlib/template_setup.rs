//! `_metal_template.render_request`: what `render(request, name, context)` does around
//! the template's nodes, in Rust. `django.template.backends.django.Template.render(
//! context, request)` calls it with a request: it makes the RequestContext (as
//! `make_context` does: the context processors' slot, the modifications' dict, the
//! caller's dict pushed as a ContextDict copy), then does what `base.Template.render`
//! does for it: pushes the render state, binds the template (the context processors
//! run, in Python), renders the node list (natively through `render_nodes`' loop, or by
//! calling the list's `render`), and unbinds and pops the state again, also when the
//! rendering raises. The objects are the framework's own classes with the attributes
//! their Python code sets, in the same order, so a tag that looks at the context sees
//! what it would have seen.
//!
//! It answers None, before anything happened, unless every class and function it
//! stands in for is still the framework's: the kit lists (class, name, original)
//! triples read through the class's MRO (an `absent` marker for a name the class must
//! not have: a class attribute there could be a descriptor the Python code's stores
//! would go through), the classes must have no attribute hooks, and the module globals
//! the Python path reads must be the originals. `tests/python/django/
//! template_render_request.py` compares the result and the context's state with
//! Django 5.2's.

use std::rc::Rc;

use metal_compiler::bytecode::BinOp;

use crate::builtins::pos_args;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::objects::PyList;
use crate::value::Value;
use crate::vm::{PyResult, Vm, HOOK_GETATTRIBUTE, HOOK_SETATTR};

use super::forms::is_type;

/// `backends/django.py`'s `_RENDER_KIT`, by position.
struct Kit {
    template: Rc<PyType>,
    request_context: Rc<PyType>,
    render_context: Rc<PyType>,
    context_dict: Rc<PyType>,
    safe_string: Rc<PyType>,
    engine: Rc<PyType>,
    node_list: Value,
    guards: Guards,
    /// base.py's `_NATIVE_KIT`, for the node list's loop.
    nodes_kit: Value,
    /// `_merge_processor(updates, processor, data)`: a processor's result that is not
    /// a plain dict, merged (or its TypeError) as the Python loop does.
    merge_processor: Value,
}

const KIT_LEN: usize = 12;

/// (what is checked, name, original).
type Triple<T> = (T, Value, Value);

fn class_of(vm: &Vm, v: &Value) -> PyResult<Rc<PyType>> {
    match v {
        Value::Type(t) => Ok(t.clone()),
        _ => Err(vm.type_error("render_request: the kit holds a class there")),
    }
}

fn triples<T>(vm: &Vm, v: &Value, first: impl Fn(&Value) -> Option<T>) -> PyResult<Vec<Triple<T>>> {
    let bad = || vm.type_error("render_request: the kit's checks must be 3-tuples");
    let Value::Tuple(t) = v else {
        return Err(bad());
    };
    let mut out = Vec::with_capacity(t.items.len());
    for item in t.items.iter() {
        let Value::Tuple(item) = item else {
            return Err(bad());
        };
        let (Some(a), Some(name @ Value::Str(_)), Some(original), 3) = (
            item.items.first(),
            item.items.get(1),
            item.items.get(2),
            item.items.len(),
        ) else {
            return Err(bad());
        };
        let Some(a) = first(a) else { return Err(bad()) };
        out.push((a, name.clone(), original.clone()));
    }
    Ok(out)
}

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("render_request: the kit must be a tuple"));
    };
    if t.items.len() != KIT_LEN {
        return Err(vm.type_error("render_request: the kit has the wrong length"));
    }
    let k = &t.items;
    Ok(Kit {
        template: class_of(vm, &k[0])?,
        request_context: class_of(vm, &k[1])?,
        render_context: class_of(vm, &k[2])?,
        context_dict: class_of(vm, &k[3])?,
        safe_string: class_of(vm, &k[4])?,
        engine: class_of(vm, &k[5])?,
        node_list: k[6].clone(),
        guards: Guards::of(vm, &k[7], &k[8], &k[11])?,
        nodes_kit: k[9].clone(),
        merge_processor: k[10].clone(),
    })
}

thread_local! {
    /// Whether the kit's classes keep what it checks, for the type epoch.
    static CLASSES_KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

fn classes_kept(vm: &mut Vm, kit: &Kit) -> bool {
    super::forms::epoch_flag(&CLASSES_KEPT, || classes_kept_now(vm, kit))
}

fn classes_kept_now(vm: &mut Vm, kit: &Kit) -> bool {
    let classes = [
        &kit.template,
        &kit.request_context,
        &kit.render_context,
        &kit.engine,
    ];
    kit.guards.classes_hold(vm, &classes)
}

/// The body of a `*_kit(kit)` function a framework module calls at its import: the kit
/// tuple unpacked once and kept in `slot` for the natives (`Vm::kit`).
pub(super) fn keep_kit<T: 'static>(
    vm: &mut Vm,
    args: &Args<'_>,
    fname: &str,
    slot: usize,
    unpack: impl FnOnce(&mut Vm, &Value) -> PyResult<T>,
) -> PyResult<Value> {
    let a = pos_args(vm, fname, args, 1, 1)?;
    vm.kit(slot, &a[0], unpack)?;
    Ok(Value::None)
}

/// What a native stand-in for framework code checks before it runs: (class, name,
/// original or `absent`) triples read through the class's MRO (a class attribute where
/// the kit says `absent` could be a descriptor that the Python code's stores would go
/// through), and (module globals, name, original) triples of the globals the Python
/// code reads, each with the index of its entry where it was found last.
pub(super) struct Guards {
    checks: Vec<Triple<Rc<PyType>>>,
    globals: Vec<(Triple<Rc<PyDict>>, std::cell::Cell<u32>)>,
    absent: Value,
}

impl Guards {
    pub(super) fn of(vm: &Vm, checks: &Value, globals: &Value, absent: &Value) -> PyResult<Guards> {
        Ok(Guards {
            checks: triples(vm, checks, |c| match c {
                Value::Type(t) => Some(t.clone()),
                _ => None,
            })?,
            globals: triples(vm, globals, |g| match g {
                Value::Dict(d) => Some(d.clone()),
                _ => None,
            })?
            .into_iter()
            .map(|t| (t, std::cell::Cell::new(0)))
            .collect(),
            absent: absent.clone(),
        })
    }

    /// `classes` have no `__getattribute__`/`__setattr__` of their own and every
    /// checked name reads its original (work for a per-epoch memo).
    pub(super) fn classes_hold(&self, vm: &mut Vm, classes: &[&Rc<PyType>]) -> bool {
        if classes
            .iter()
            .any(|cls| vm.type_hooks(cls) & (HOOK_GETATTRIBUTE | HOOK_SETATTR) != 0)
        {
            return false;
        }
        self.checks.iter().all(|(cls, name, original)| {
            let Value::Str(name) = name else { return false };
            match cls.lookup_str(name.as_str()) {
                Some(found) => found.is(original),
                None => original.is(&self.absent),
            }
        })
    }

    /// `classes_hold` (remembered in `flag` for the type epoch) and `globals_hold`.
    pub(super) fn hold(
        &self,
        vm: &mut Vm,
        flag: &'static std::thread::LocalKey<super::forms::EpochFlag>,
        classes: &[&Rc<PyType>],
    ) -> bool {
        super::forms::epoch_flag(flag, || self.classes_hold(vm, classes)) && self.globals_hold()
    }

    /// The original of the `i`th module global the kit lists.
    pub(super) fn global(&self, i: usize) -> Value {
        self.globals[i].0 .2.clone()
    }

    /// The `i`th module global the kit lists, as it is now (None: deleted).
    pub(super) fn current_global(&self, i: usize) -> Option<Value> {
        let ((g, name, _), hint) = &self.globals[i];
        let Value::Str(name) = name else { return None };
        g.get_str_hinted(name, hint)
    }

    /// The module globals are the originals.
    pub(super) fn globals_hold(&self) -> bool {
        self.globals.iter().all(|((g, name, original), hint)| {
            let Value::Str(name) = name else { return false };
            g.get_str_hinted(name, hint).is_some_and(|v| v.is(original))
        })
    }
}

fn new_dict() -> Value {
    Value::Dict(crate::gc::track_dict(Rc::new(PyDict::new())))
}

/// `{"True": True, "False": False, "None": None}`, the bottom of every context.
fn builtins_dict(vm: &mut Vm) -> Value {
    let d = PyDict::with_room(3);
    d.set_str(vm.sname("True"), Value::bool(true));
    d.set_str(vm.sname("False"), Value::bool(false));
    d.set_str(vm.sname("None"), Value::None);
    Value::Dict(crate::gc::track_dict(Rc::new(d)))
}

/// An instance of `cls` (a class of the framework's with an instance dict) and that
/// dict.
fn instance(vm: &Vm, cls: &Rc<PyType>) -> PyResult<(Value, Rc<PyDict>)> {
    let o = PyObject::instance(cls.clone(), Payload::Instance);
    let Some(d) = o.dict() else {
        return Err(vm.type_error("render_request: a context class has no __dict__"));
    };
    Ok((Value::Object(o), d))
}

/// A ContextDict holding `d`, made as `dict.__new__(ContextDict)` makes it (no
/// reference back to a context).
fn context_dict(kit: &Kit, d: PyDict) -> Value {
    let inner = Value::Dict(crate::gc::track_dict(Rc::new(d)));
    Value::Object(PyObject::instance(
        kit.context_dict.clone(),
        Payload::Builtin(inner),
    ))
}

fn put(vm: &mut Vm, d: &PyDict, name: &'static str, v: Value) {
    let k = vm.sname(name);
    d.set_str(k, v);
}

/// `render_request(template, context, request, autoescape, kit)`: see the module's
/// comment.
pub(super) fn render_request(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "render_request", &args, 5, 5)?;
    let kit = vm.kit(crate::vm::KIT_RENDER, &a[4], kit_of)?;
    let (template, given, request, autoescape) = (&a[0], &a[1], &a[2], &a[3]);
    if !is_type(vm, template, &Value::Type(kit.template.clone()))
        || !matches!(given, Value::None | Value::Dict(_))
        || !classes_kept(vm, &kit)
        || !kit.guards.globals_hold()
    {
        return Ok(Value::None);
    }
    let Value::Object(t) = template else {
        return Ok(Value::None);
    };
    let Some(td) = t.dict() else {
        return Ok(Value::None);
    };
    let (Some(engine), Some(nodelist), Some(name)) = (
        td.get_str(&vm.sname("engine")),
        td.get_str(&vm.sname("nodelist")),
        td.get_str(&vm.sname("name")),
    ) else {
        return Ok(Value::None);
    };

    // make_context(context, request, autoescape=autoescape): RequestContext(request,
    // autoescape=autoescape) as Context.__init__ (_context_fields) and
    // RequestContext.__init__ set it up.
    let (render_context, rcd) = instance(vm, &kit.render_context)?;
    let rc_dicts = PyList::tracked(vec![builtins_dict(vm)]);
    put(vm, &rcd, "dicts", Value::List(rc_dicts.clone()));
    let (context, cd) = instance(vm, &kit.request_context)?;
    put(vm, &cd, "autoescape", autoescape.clone());
    put(vm, &cd, "use_l10n", Value::None);
    put(vm, &cd, "use_tz", Value::None);
    put(vm, &cd, "template_name", Value::str("unknown"));
    put(vm, &cd, "render_context", render_context.clone());
    put(vm, &cd, "template", Value::None);
    put(vm, &cd, "request", request.clone());
    put(vm, &cd, "_processors", Value::tuple(Vec::new()));
    put(vm, &cd, "_processors_index", Value::Int(1));
    let mut dicts = vec![
        builtins_dict(vm),
        new_dict(),
        context_dict(&kit, PyDict::new()),
    ];
    if let Value::Dict(g) = given {
        if !g.is_empty() {
            // context.push(original_context) as make_context does it: a ContextDict
            // with the caller's items.
            let pushed = PyDict::new();
            pushed.fill_from(g);
            dicts.push(context_dict(&kit, pushed));
        }
    }
    let dicts = PyList::tracked(dicts);
    put(vm, &cd, "dicts", Value::List(dicts.clone()));

    // base.Template.render: render_context._push_state(template).
    let states = PyList::tracked(Vec::new());
    put(vm, &rcd, "_states", Value::List(states.clone()));
    let initial = kit
        .render_context
        .lookup_str("template")
        .unwrap_or(Value::None);
    states
        .items
        .borrow_mut()
        .push(Value::tuple(vec![initial, Value::bool(true)]));
    put(vm, &rcd, "template", template.clone());
    rc_dicts.items.borrow_mut().push(new_dict());

    let result = bound_render(
        vm, &kit, template, &engine, &nodelist, &name, &context, &cd, request, &dicts,
    );

    // _unbind_request_context, then render_context._pop_state(), whatever happened.
    put(vm, &cd, "template", Value::None);
    if let Some(slot) = dicts.items.borrow_mut().get_mut(1) {
        *slot = new_dict();
    }
    let popped = states.items.borrow_mut().pop();
    let initial = match popped {
        Some(Value::Tuple(t)) => t.items.first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    };
    put(vm, &rcd, "template", initial);
    {
        let mut items = rc_dicts.items.borrow_mut();
        if items.len() > 1 {
            items.pop();
        }
    }
    let text = result?;
    Ok(match text {
        Value::Str(_) => Value::Object(PyObject::instance(
            kit.safe_string.clone(),
            Payload::Builtin(text),
        )),
        other => other,
    })
}

/// `_bind_request_context` (the processors run), the template's name set, and the
/// node list rendered: its text as a str, or what its own `render` returned.
#[allow(clippy::too_many_arguments)]
fn bound_render(
    vm: &mut Vm,
    kit: &Kit,
    template: &Value,
    engine: &Value,
    nodelist: &Value,
    name: &Value,
    context: &Value,
    cd: &PyDict,
    request: &Value,
    dicts: &PyList,
) -> PyResult<Value> {
    put(vm, cd, "template", template.clone());
    let processors = {
        let cached = match engine {
            Value::Object(e) if is_type(vm, engine, &Value::Type(kit.engine.clone())) => e
                .dict()
                .and_then(|d| d.get_str(&vm.sname("_template_context_processors"))),
            _ => None,
        };
        match cached {
            Some(t @ Value::Tuple(_)) => t,
            _ => {
                let name = vm.sname("template_context_processors");
                vm.getattr_str(engine, &name)?
            }
        }
    };
    // `processors + context._processors` (an empty tuple): the same items when the
    // engine's are a tuple, as the property makes them.
    let processors = match processors {
        Value::Tuple(t) => t,
        other => {
            let empty = Value::tuple(Vec::new());
            match crate::ops::binary_op(vm, &other, &empty, BinOp::Add, false)? {
                Value::Tuple(t) => t,
                _ => return Err(vm.type_error("context processors must be a tuple")),
            }
        }
    };
    let updates = crate::gc::track_dict(Rc::new(PyDict::new()));
    for processor in processors.items.iter() {
        let data = vm.call_args(processor, std::slice::from_ref(request))?;
        match &data {
            Value::Dict(d) if updates.is_empty() && !Rc::ptr_eq(d, &updates) => {
                updates.fill_from(d)
            }
            Value::Dict(d) if !Rc::ptr_eq(d, &updates) => {
                for (k, v) in d.items() {
                    updates.set_item(vm, k, v)?;
                }
            }
            _ => {
                let u = Value::Dict(updates.clone());
                vm.call_args(&kit.merge_processor, &[u, processor.clone(), data])?;
            }
        }
    }
    if let Some(slot) = dicts.items.borrow_mut().get_mut(1) {
        *slot = Value::Dict(updates);
    }
    put(vm, cd, "template_name", name.clone());
    if is_type(vm, nodelist, &kit.node_list) {
        if let Some(text) = super::template::render_nodelist(vm, &kit.nodes_kit, nodelist, context)?
        {
            return Ok(Value::from_string(text));
        }
    }
    vm.call_method(nodelist, "render", std::slice::from_ref(context))
}

/// A native method's way out: the Python method its class keeps as `fallback`
/// (`_py_<name>`), called with the same arguments (`args`' first is the instance).
pub(super) fn python_method(
    vm: &mut Vm,
    args: &Args<'_>,
    owner: &str,
    name: &str,
    fallback: &'static str,
) -> PyResult<Value> {
    let Some(this) = args.pos().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    let ty = vm.type_of(this);
    let Some(f) = vm.type_lookup_s(&ty, fallback) else {
        return Err(vm.new_error(
            "AttributeError",
            format!("'{}' object has no attribute '{fallback}'", ty.name()),
        ));
    };
    vm.call(
        &f,
        Args {
            all: args.all,
            kwnames: args.kwnames,
        },
    )
}
