//! `_metal_template`: `NodeList.render`'s loop in Rust. A template's text nodes and its
//! plain `{{ name }}` variables (one lookup, no filters) are drawn here; every other
//! node renders through its own `render_annotated`, as the Python loop calls it.
//!
//! The shortcut is taken only where nothing it skips could differ: the node is exactly
//! the framework's TextNode or VariableNode, those classes and FilterExpression,
//! Variable and the context's class still have the methods the framework defined (taken
//! by `django/template/base.py` at import) and no attribute hooks, the variable's value
//! is found in a plain dict of the context and is not callable (a callable's result, an
//! `alters_data` or `do_not_call_in_templates` object is Python's to decide), the node
//! has no `render_annotated` of its own and base.py's globals that VariableNode.render
//! reads are the originals. Anything else falls back to the node's own
//! `render_annotated`, before any Python code has run for it; as in the Python loop,
//! every node renders before a result that is not a str is reported. `tests/python/django/template_nodes_native.py` compares the output with
//! Django 5.2's for each case.

use std::rc::Rc;

use crate::builtins::pos_args;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::forms::is_type;

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "render_nodes", render_nodes);
}

/// What `base.py` hands over, by position in its `_NATIVE_KIT` tuple.
struct Kit {
    node_list: Value,
    text_node: Value,
    variable_node: Value,
    filter_expression: Value,
    variable: Value,
    context_dict: Value,
    safe_string: Value,
    render_value_in_context: Value,
    /// (class, name, original) triples: each class must still read `original` for
    /// `name` (TextNode's render_annotated, VariableNode's render_annotated and
    /// render, FilterExpression's resolve, Variable's resolve and _resolve_lookup).
    originals: Value,
    /// BaseContext's `__getitem__`.
    context_getitem: Value,
    /// base.py's globals, and (name, original) pairs of those VariableNode.render reads.
    globals: Value,
    global_originals: Value,
}

const KIT_LEN: usize = 12;

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("render_nodes: the kit must be a tuple"));
    };
    if t.items.len() != KIT_LEN {
        return Err(vm.type_error("render_nodes: the kit has the wrong length"));
    }
    let k = &t.items;
    Ok(Kit {
        node_list: k[0].clone(),
        text_node: k[1].clone(),
        variable_node: k[2].clone(),
        filter_expression: k[3].clone(),
        variable: k[4].clone(),
        context_dict: k[5].clone(),
        safe_string: k[6].clone(),
        render_value_in_context: k[7].clone(),
        originals: k[8].clone(),
        context_getitem: k[9].clone(),
        globals: k[10].clone(),
        global_originals: k[11].clone(),
    })
}

thread_local! {
    /// Whether the framework's node classes keep their methods, for the type epoch.
    static NODES_PLAIN: std::cell::Cell<(u64, bool)> = const { std::cell::Cell::new((0, false)) };
    /// Whether a context class keeps BaseContext's `__getitem__` with no hooks and no
    /// class attributes named `dicts`/`autoescape`, by class, for the type epoch.
    static CONTEXTS: super::forms::EpochMemo<bool> = std::cell::RefCell::new(Default::default());
}

/// A class whose attribute reads see its MRO and instance dicts only: no
/// `__getattribute__`/`__getattr__` of its own.
fn unhooked(vm: &mut Vm, ty: &Rc<PyType>) -> bool {
    vm.type_hooks(ty) & (crate::vm::HOOK_GETATTRIBUTE | crate::vm::HOOK_GETATTR) == 0
}

/// The node classes (and FilterExpression, Variable) still have the framework's
/// methods, no attribute hooks, and no class attribute shadowing an instance attribute
/// read here from the instance's dict (FilterExpression's and Variable's are
/// `__slots__` members, read through their members).
fn nodes_plain(vm: &mut Vm, kit: &Kit) -> bool {
    let epoch = crate::objects::types::type_epoch();
    let (at, v) = NODES_PLAIN.with(|c| c.get());
    if at == epoch {
        return v;
    }
    let v = nodes_plain_now(vm, kit);
    if crate::objects::types::type_epoch() == epoch {
        NODES_PLAIN.with(|c| c.set((epoch, v)));
    }
    v
}

fn nodes_plain_now(vm: &mut Vm, kit: &Kit) -> bool {
    let Value::Tuple(triples) = &kit.originals else {
        return false;
    };
    for t in triples.items.iter() {
        let Value::Tuple(t) = t else { return false };
        let (Some(Value::Type(cls)), Some(Value::Str(name)), Some(original)) =
            (t.items.first(), t.items.get(1), t.items.get(2))
        else {
            return false;
        };
        if !unhooked(vm, cls)
            || !cls
                .lookup_str(name.as_str())
                .is_some_and(|f| f.is(original))
        {
            return false;
        }
    }
    // Instance attributes read from the dict: no class attribute of that name (a data
    // descriptor there would come first).
    for (cls, names) in [
        (&kit.text_node, &["s"][..]),
        (&kit.variable_node, &["filter_expression"][..]),
    ] {
        let Value::Type(t) = cls else { return false };
        if !unhooked(vm, t) || names.iter().any(|n| t.lookup_str(n).is_some()) {
            return false;
        }
    }
    [&kit.variable, &kit.filter_expression]
        .iter()
        .all(|c| matches!(c, Value::Type(t) if unhooked(vm, t)))
}

fn context_plain(vm: &mut Vm, kit: &Kit, ty: &Rc<PyType>) -> bool {
    super::forms::epoch_memo(&CONTEXTS, Rc::as_ptr(ty) as usize, || {
        unhooked(vm, ty)
            && ty
                .lookup_str("__getitem__")
                .is_some_and(|f| f.is(&kit.context_getitem))
            && ty.lookup_str("dicts").is_none()
            && ty.lookup_str("autoescape").is_none()
    })
}

/// An instance attribute from the object's dict (the class was checked to have none
/// of that name, and no hooks).
fn own(vm: &mut Vm, v: &Value, name: &'static str) -> Option<Value> {
    let Value::Object(o) = v else { return None };
    let d = o.dict()?;
    d.get_str(&vm.sname(name))
}

/// A `__slots__` member of the object (None when the class has no such member for it,
/// or the slot is empty).
fn slot(vm: &mut Vm, v: &Value, name: &'static str) -> Option<Value> {
    let Value::Object(o) = v else { return None };
    let name = vm.sname(name);
    let index = crate::members::cacheable_slot(vm, o, &name, crate::vm::HOOK_GETATTRIBUTE, false)?;
    o.slots.get(index)
}

/// The text of a node's rendering appended to `out`. `"".join` needs a str, but only
/// after every node has rendered (a later node's exception comes first): the first
/// item that is not one is remembered in `bad` as the join's TypeError message.
fn text_item(vm: &Vm, r: &Value, index: usize, out: &mut String, bad: &mut Option<String>) {
    match crate::builtins::str::str_payload(r) {
        Some(s) => out.push_str(s),
        None => {
            if bad.is_none() {
                *bad = Some(format!(
                    "sequence item {index}: expected str instance, {} found",
                    vm.type_name(r)
                ));
            }
        }
    }
}

/// The node has no `render_annotated` of its own in its instance dict.
fn no_own_render(vm: &mut Vm, node: &Value) -> bool {
    let Value::Object(o) = node else { return false };
    match o.dict() {
        Some(d) => d.lacks_str(&vm.sname("render_annotated")),
        None => true,
    }
}

/// base.py's globals that VariableNode.render reads (`escape`,
/// `render_value_in_context`, `SafeString`) are still the ones the kit holds.
fn globals_kept(kit: &Kit) -> bool {
    let (Value::Dict(g), Value::Tuple(pairs)) = (&kit.globals, &kit.global_originals) else {
        return false;
    };
    pairs.items.iter().all(|p| match p {
        Value::Tuple(p) => match (p.items.first(), p.items.get(1)) {
            (Some(Value::Str(name)), Some(original)) => {
                g.get_str(name).is_some_and(|v| v.is(original))
            }
            _ => false,
        },
        _ => false,
    })
}

/// `render_nodes(nodelist, context, kit)`: `NodeList.render(context)`'s text (the
/// caller makes the SafeString), or None when the list is not exactly a NodeList.
fn render_nodes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "render_nodes", &args, 3, 3)?;
    let kit = vm.kit(crate::vm::KIT_TEMPLATE, &a[2], kit_of)?;
    let (nodelist, context) = (&a[0], &a[1]);
    if !is_type(vm, nodelist, &kit.node_list) {
        return Ok(Value::None);
    }
    let Value::Object(o) = nodelist else {
        return Ok(Value::None);
    };
    let Payload::Builtin(Value::List(list)) = &o.payload else {
        return Ok(Value::None);
    };
    let plain = nodes_plain(vm, &kit);
    let variables = plain && globals_kept(&kit);
    let mut out = String::new();
    let mut bad = None;
    let mut i = 0;
    loop {
        // As `for node in self`: the list's length read at each step.
        let node = {
            let items = list.items.borrow();
            match items.get(i) {
                Some(n) => n.clone(),
                None => break,
            }
        };
        i += 1;
        if plain && no_own_render(vm, &node) {
            if is_type(vm, &node, &kit.text_node) {
                if let Some(Value::Str(s)) = own(vm, &node, "s") {
                    out.push_str(s.as_str());
                    continue;
                }
            } else if variables
                && is_type(vm, &node, &kit.variable_node)
                && plain_variable(vm, &kit, &node, context, i - 1, &mut out, &mut bad)?
            {
                continue;
            }
        }
        let f = vm.getattr(&node, "render_annotated")?;
        let r = vm.call_args(&f, std::slice::from_ref(context))?;
        text_item(vm, &r, i - 1, &mut out, &mut bad);
    }
    if let Some(message) = bad {
        return Err(vm.type_error(message));
    }
    Ok(Value::from_string(out))
}

/// `{{ name }}` drawn into `out` when it is a plain one-name lookup found in a plain
/// dict of the context, not callable, with autoescaping on; false (nothing drawn, no
/// Python run) otherwise.
fn plain_variable(
    vm: &mut Vm,
    kit: &Kit,
    node: &Value,
    context: &Value,
    index: usize,
    out: &mut String,
    bad: &mut Option<String>,
) -> PyResult<bool> {
    let Some(fe) = own(vm, node, "filter_expression") else {
        return Ok(false);
    };
    if !is_type(vm, &fe, &kit.filter_expression) {
        return Ok(false);
    }
    let no_filters = match slot(vm, &fe, "filters") {
        Some(Value::List(l)) => l.items.borrow().is_empty(),
        Some(Value::Tuple(t)) => t.items.is_empty(),
        _ => false,
    };
    if !no_filters || !matches!(slot(vm, &fe, "is_var"), Some(Value::Bool(b)) if b.0) {
        return Ok(false);
    }
    let Some(var) = slot(vm, &fe, "var") else {
        return Ok(false);
    };
    if !is_type(vm, &var, &kit.variable) {
        return Ok(false);
    }
    let Some(Value::Tuple(lookups)) = slot(vm, &var, "lookups") else {
        return Ok(false);
    };
    let [bit @ Value::Str(_)] = &lookups.items[..] else {
        return Ok(false);
    };
    let Value::Object(c) = context else {
        return Ok(false);
    };
    if !context_plain(vm, kit, c.cls()) {
        return Ok(false);
    }
    if !matches!(own(vm, context, "autoescape"), Some(Value::Bool(b)) if b.0) {
        return Ok(false);
    }
    let Some(Value::List(dicts)) = own(vm, context, "dicts") else {
        return Ok(false);
    };
    let dicts: Vec<Value> = dicts.items.borrow().clone();
    let mut found = None;
    for d in dicts.iter().rev() {
        let dict = match d {
            Value::Dict(d) => d.clone(),
            Value::Object(o) if is_type(vm, d, &kit.context_dict) => match &o.payload {
                Payload::Builtin(Value::Dict(d)) => d.clone(),
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        if let Some(v) = dict.get_item(vm, bit)? {
            found = Some(v);
            break;
        }
    }
    let Some(value) = found else {
        return Ok(false);
    };
    if vm.is_callable(&value) {
        return Ok(false);
    }
    match &value {
        Value::Str(s) => super::text::push_escaped(out, s.as_str()),
        // What render_value_in_context gives for these: str(value), nothing to escape.
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Bool(b) => out.push_str(if b.0 { "True" } else { "False" }),
        Value::None => out.push_str("None"),
        Value::Object(_) if is_type(vm, &value, &kit.safe_string) => {
            out.push_str(crate::builtins::str::str_payload(&value).unwrap_or(""));
        }
        _ => {
            let r = vm.call_args(&kit.render_value_in_context, &[value, context.clone()])?;
            text_item(vm, &r, index, out, bad);
        }
    }
    Ok(true)
}
