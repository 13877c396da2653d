//! `_metal_template`: `NodeList.render`'s loop in Rust. A template's text nodes, its
//! plain `{{ name }}` variables (one lookup, no filters) and its `{% if %}` nodes whose
//! conditions need no Python code (`if_node`) are drawn here; every other node renders
//! through its own `render_annotated`, as the Python loop calls it. `resolve_plain` is
//! the same one-name lookup for `FilterExpression.resolve` (a tag's variables).
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
    crate::builtins::function(d, "resolve_plain", resolve_plain);
    crate::builtins::function(d, "render_request", super::template_setup::render_request);
    super::template_lookup::init(d);
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
    /// `{% if %}`'s part (a list defaulttags.py fills, read at each use): IfNode, its
    /// `render`, Node's `render_annotated`, TemplateLiteral, its `eval`, the operator
    /// classes as (class, id, eval) triples, NodeList's `render`.
    if_kit: Value,
    /// `{% csrf_token %}`'s part (a list defaulttags.py fills): see `csrf_kit`.
    tag_kit: Value,
}

const KIT_LEN: usize = 14;

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
        if_kit: k[12].clone(),
        tag_kit: k[13].clone(),
    })
}

thread_local! {
    /// Whether the framework's node classes keep their methods, for the type epoch.
    static NODES_PLAIN: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
    /// Whether a context class keeps BaseContext's `__getitem__` with no hooks and no
    /// class attributes named `dicts`/`autoescape`, by class, for the type epoch.
    static CONTEXTS: super::forms::EpochMemo<bool> = std::cell::RefCell::new(Default::default());
}

/// A class whose attribute reads see its MRO and instance dicts only: no
/// `__getattribute__`/`__getattr__` of its own.
fn unhooked(vm: &mut Vm, ty: &Rc<PyType>) -> bool {
    vm.type_hooks(ty) & (crate::vm::HOOK_GETATTRIBUTE | crate::vm::HOOK_GETATTR) == 0
}

/// `cls` is a class with no attribute hooks whose `name` reads `original`.
fn keeps(vm: &mut Vm, cls: &Value, name: &str, original: &Value) -> bool {
    match cls {
        Value::Type(t) => unhooked(vm, t) && t.lookup_str(name).is_some_and(|f| f.is(original)),
        _ => false,
    }
}

/// The node classes (and FilterExpression, Variable) still have the framework's
/// methods, no attribute hooks, and no class attribute shadowing an instance attribute
/// read here from the instance's dict (FilterExpression's and Variable's are
/// `__slots__` members, read through their members).
fn nodes_plain(vm: &mut Vm, kit: &Kit) -> bool {
    super::forms::epoch_flag(&NODES_PLAIN, || nodes_plain_now(vm, kit))
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
    Ok(match render_nodelist(vm, &a[2], &a[0], &a[1])? {
        Some(text) => Value::from_string(text),
        None => Value::None,
    })
}

/// `render_nodes`' work: the text, or None when `nodelist` is not exactly a NodeList.
pub(super) fn render_nodelist(
    vm: &mut Vm,
    kit: &Value,
    nodelist: &Value,
    context: &Value,
) -> PyResult<Option<String>> {
    let kit = vm.kit(crate::vm::KIT_TEMPLATE, kit, kit_of)?;
    if !is_type(vm, nodelist, &kit.node_list) {
        return Ok(None);
    }
    let Value::Object(o) = nodelist else {
        return Ok(None);
    };
    let Payload::Builtin(Value::List(list)) = &o.payload else {
        return Ok(None);
    };
    let plain = nodes_plain(vm, &kit);
    let variables = plain && globals_kept(&kit);
    render_list(vm, &kit, list, context, plain, variables, 0).map(Some)
}

/// The text of a NodeList's items rendered in turn (`NodeList.render`'s loop); `depth`
/// counts the `{% if %}` branches drawn here around it.
fn render_list(
    vm: &mut Vm,
    kit: &Kit,
    list: &crate::objects::PyList,
    context: &Value,
    plain: bool,
    variables: bool,
    depth: usize,
) -> PyResult<String> {
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
            } else if variables {
                let drawn = if is_type(vm, &node, &kit.variable_node) {
                    plain_variable(vm, kit, &node, context, i - 1, &mut out, &mut bad)?
                } else if let tag @ 1..=2 = tag_node(vm, kit, &node) {
                    if tag == 1 {
                        csrf_token(vm, kit, context, &mut out)?
                    } else {
                        url_tag(vm, kit, &node, context, i - 1, &mut out, &mut bad)?
                    }
                } else {
                    let at = Draw {
                        context,
                        index: i - 1,
                        depth,
                    };
                    if_node(vm, kit, &node, &at, &mut out, &mut bad)?
                };
                if drawn {
                    continue;
                }
            }
        }
        let f = vm.getattr(&node, "render_annotated")?;
        let r = vm.call_args(&f, std::slice::from_ref(context))?;
        text_item(vm, &r, i - 1, &mut out, &mut bad);
    }
    if let Some(message) = bad {
        return Err(vm.type_error(message));
    }
    Ok(out)
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
    let Some((var, true)) = bare_expression(vm, kit, &fe) else {
        return Ok(false);
    };
    if !matches!(own(vm, context, "autoescape"), Some(Value::Bool(b)) if b.0) {
        return Ok(false);
    }
    let Some(value) = plain_lookup(vm, kit, &var, context)? else {
        return Ok(false);
    };
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

/// A FilterExpression (the framework's class) without filters: its `var` and `is_var`
/// (a Variable to look up, or a literal value).
fn bare_expression(vm: &mut Vm, kit: &Kit, fe: &Value) -> Option<(Value, bool)> {
    if !is_type(vm, fe, &kit.filter_expression) {
        return None;
    }
    let no_filters = match slot(vm, fe, "filters") {
        Some(Value::List(l)) => l.items.borrow().is_empty(),
        Some(Value::Tuple(t)) => t.items.is_empty(),
        _ => false,
    };
    if !no_filters {
        return None;
    }
    let is_var = match slot(vm, fe, "is_var") {
        Some(Value::Bool(b)) => b.0,
        _ => return None,
    };
    Some((slot(vm, fe, "var")?, is_var))
}

/// `var.resolve(context)` for a Variable of one name found in a plain dict of a plain
/// context, its value not callable (a callable's call, `alters_data` and
/// `do_not_call_in_templates` are Python's to decide): the value, or None (nothing run)
/// when anything else decides.
fn plain_lookup(vm: &mut Vm, kit: &Kit, var: &Value, context: &Value) -> PyResult<Option<Value>> {
    if !is_type(vm, var, &kit.variable) {
        return Ok(None);
    }
    let Some(Value::Tuple(lookups)) = slot(vm, var, "lookups") else {
        return Ok(None);
    };
    let [bit @ Value::Str(_)] = &lookups.items[..] else {
        return Ok(None);
    };
    match context_find(vm, kit, context, bit)? {
        Some(Some(v)) if !vm.is_callable(&v) => Ok(Some(v)),
        _ => Ok(None),
    }
}

/// `key` looked up in the context's dicts, innermost first, when the context's class
/// is plain (`context_plain`) and each dict on the way is a dict or a ContextDict:
/// Some(the value, or None when no dict has it); None when Python must look.
fn context_find(
    vm: &mut Vm,
    kit: &Kit,
    context: &Value,
    key: &Value,
) -> PyResult<Option<Option<Value>>> {
    let Value::Object(c) = context else {
        return Ok(None);
    };
    if !context_plain(vm, kit, c.cls()) {
        return Ok(None);
    }
    let Some(Value::List(dicts)) = own(vm, context, "dicts") else {
        return Ok(None);
    };
    let dicts: Vec<Value> = dicts.items.borrow().clone();
    for d in dicts.iter().rev() {
        let dict = match d {
            Value::Dict(d) => d.clone(),
            Value::Object(o) if is_type(vm, d, &kit.context_dict) => match &o.payload {
                Payload::Builtin(Value::Dict(d)) => d.clone(),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        if let Some(v) = dict.get_item(vm, key)? {
            return Ok(Some(Some(v)));
        }
    }
    Ok(Some(None))
}

/// `resolve_plain(var, context, kit)`: `(value,)` when `var.resolve(context)` is a plain
/// lookup (see `plain_lookup`) and the framework's Variable methods are in place, else
/// None: FilterExpression.resolve then runs Variable.resolve in Python.
fn resolve_plain(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "resolve_plain", &args, 3, 3)?;
    let kit = vm.kit(crate::vm::KIT_TEMPLATE, &a[2], kit_of)?;
    if !nodes_plain(vm, &kit) {
        return Ok(Value::None);
    }
    Ok(match plain_lookup(vm, &kit, &a[0], &a[1])? {
        Some(v) => Value::tuple(vec![v]),
        None => Value::None,
    })
}

thread_local! {
    /// Whether IfNode, TemplateLiteral and the operator classes keep the methods the kit
    /// holds, for the type epoch.
    static IF_PLAIN: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

/// The kit's `{% if %}` part, once defaulttags.py has filled it.
struct IfKit {
    template_literal: Value,
    /// The operators' (class, id, eval) triples.
    operators: Rc<crate::objects::PyTuple>,
}

fn if_kit(vm: &mut Vm, kit: &Kit) -> Option<IfKit> {
    let Value::List(l) = &kit.if_kit else {
        return None;
    };
    // (Held while the classes are checked: reading their dicts runs no Python code.)
    let items = l.items.borrow();
    let [if_node, if_render, render_annotated, literal, literal_eval, Value::Tuple(ops), list_render] =
        &items[..]
    else {
        return None;
    };
    // Each class still reads the method the kit holds, with no attribute hooks.
    let ok = super::forms::epoch_flag(&IF_PLAIN, || {
        keeps(vm, if_node, "render", if_render)
            && keeps(vm, if_node, "render_annotated", render_annotated)
            && keeps(vm, literal, "eval", literal_eval)
            && keeps(vm, &kit.node_list, "render", list_render)
            && ops.items.iter().all(|op| match op {
                Value::Tuple(t) => match &t.items[..] {
                    [cls, Value::Str(_), eval] => keeps(vm, cls, "eval", eval),
                    _ => false,
                },
                _ => false,
            })
    });
    ok.then(|| IfKit {
        template_literal: literal.clone(),
        operators: ops.clone(),
    })
}

/// A value whose truth, identity and equality involve no Python code: None, bool,
/// int, float, an exact str, and (for truth only) the exact builtin containers.
fn simple(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
    )
}

fn simple_truth(vm: &mut Vm, v: &Value) -> PyResult<Option<bool>> {
    if simple(v)
        || matches!(
            v,
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_)
        )
    {
        return Ok(Some(vm.truthy(v)?));
    }
    Ok(None)
}

/// An `{% if %}` condition evaluated without running Python code: a TemplateLiteral of a
/// plain variable (see `plain_lookup`) or a literal, and the operators `or`, `and`,
/// `not`, `is`, `is not`, `==`, `!=` over simple values. None when Python must do it.
fn eval_condition(
    vm: &mut Vm,
    kit: &Kit,
    ik: &IfKit,
    cond: &Value,
    context: &Value,
    depth: usize,
) -> PyResult<Option<Value>> {
    if depth > 32 {
        return Ok(None);
    }
    let Value::Object(o) = cond else {
        return Ok(None);
    };
    // No instance attribute shadows the class's eval.
    if o.dict().is_some_and(|d| !d.lacks_str(&vm.sname("eval"))) {
        return Ok(None);
    }
    if is_type(vm, cond, &ik.template_literal) {
        let Some(fe) = own(vm, cond, "value") else {
            return Ok(None);
        };
        return match bare_expression(vm, kit, &fe) {
            Some((var, true)) => plain_lookup(vm, kit, &var, context),
            // A literal: the value itself.
            Some((literal, false)) => Ok(Some(literal)),
            None => Ok(None),
        };
    }
    let ty = Value::Type(vm.type_of(cond));
    let Some(id) = ik.operators.items.iter().find_map(|op| match op {
        Value::Tuple(t) => match &t.items[..] {
            [cls, Value::Str(id), _] if cls.is(&ty) => Some(id.clone()),
            _ => None,
        },
        _ => None,
    }) else {
        return Ok(None);
    };
    let Some(first) = own(vm, cond, "first") else {
        return Ok(None);
    };
    let Some(a) = eval_condition(vm, kit, ik, &first, context, depth + 1)? else {
        return Ok(None);
    };
    let op = id.as_str();
    if op == "not" {
        return Ok(simple_truth(vm, &a)?.map(|t| Value::bool(!t)));
    }
    let Some(second) = own(vm, cond, "second") else {
        return Ok(None);
    };
    match op {
        "or" | "and" => {
            let Some(t) = simple_truth(vm, &a)? else {
                return Ok(None);
            };
            // `x or y`, `x and y`: the deciding operand itself.
            if t == (op == "or") {
                return Ok(Some(a));
            }
            eval_condition(vm, kit, ik, &second, context, depth + 1)
        }
        "is" | "is not" | "==" | "!=" => {
            let Some(b) = eval_condition(vm, kit, ik, &second, context, depth + 1)? else {
                return Ok(None);
            };
            let r = match op {
                "is" => a.is(&b),
                "is not" => !a.is(&b),
                _ => {
                    if !simple(&a) || !simple(&b) {
                        return Ok(None);
                    }
                    let cmp = if op == "==" {
                        metal_compiler::bytecode::CmpOp::Eq
                    } else {
                        metal_compiler::bytecode::CmpOp::Ne
                    };
                    crate::ops::compare_bool(vm, &a, &b, cmp)?
                }
            };
            Ok(Some(Value::bool(r)))
        }
        _ => Ok(None),
    }
}

/// Where a node is drawn: the context, its index in its NodeList (for the join's
/// message) and how many `{% if %}` branches drawn natively are around it.
#[derive(Clone, Copy)]
struct Draw<'a> {
    context: &'a Value,
    index: usize,
    depth: usize,
}

const MAX_NATIVE_IF_DEPTH: usize = 32;

/// `{% if %}` drawn into `out` when the node is the framework's IfNode and its
/// conditions up to the one that holds evaluate without Python code (see
/// `eval_condition`); false (nothing run) otherwise. The chosen branch renders as
/// `nodelist.render(context)` does.
fn if_node(
    vm: &mut Vm,
    kit: &Kit,
    node: &Value,
    at: &Draw<'_>,
    out: &mut String,
    bad: &mut Option<String>,
) -> PyResult<bool> {
    let Draw {
        context,
        index,
        depth,
    } = *at;
    // Nested branches beyond this go through Python, whose frames count towards the
    // recursion limit as Django's would.
    if depth >= MAX_NATIVE_IF_DEPTH {
        return Ok(false);
    }
    let is_if = match &kit.if_kit {
        Value::List(l) => l
            .items
            .borrow()
            .first()
            .is_some_and(|c| is_type(vm, node, c)),
        _ => false,
    };
    if !is_if {
        return Ok(false);
    }
    let Some(ik) = if_kit(vm, kit) else {
        return Ok(false);
    };
    if let Value::Object(o) = node {
        if o.dict().is_some_and(|d| !d.lacks_str(&vm.sname("render"))) {
            return Ok(false);
        }
    }
    // (The context is read only by the conditions' lookups, which check it.)
    let Some(Value::List(branches)) = own(vm, node, "conditions_nodelists") else {
        return Ok(false);
    };
    let branches: Vec<Value> = branches.items.borrow().clone();
    let mut chosen = None;
    for branch in &branches {
        let Value::Tuple(t) = branch else {
            return Ok(false);
        };
        let [condition, nodelist] = &t.items[..] else {
            return Ok(false);
        };
        if condition.is_none() {
            chosen = Some(nodelist.clone());
            break;
        }
        let Some(v) = eval_condition(vm, kit, &ik, condition, context, 0)? else {
            return Ok(false);
        };
        let Some(t) = simple_truth(vm, &v)? else {
            return Ok(false);
        };
        if t {
            chosen = Some(nodelist.clone());
            break;
        }
    }
    // Nothing Python has run so far: from here on the node is drawn here.
    let Some(nodelist) = chosen else {
        return Ok(true);
    };
    if is_type(vm, &nodelist, &kit.node_list) {
        if let Value::Object(o) = &nodelist {
            if let Payload::Builtin(Value::List(list)) = &o.payload {
                let list = list.clone();
                let text = render_list(vm, kit, &list, context, true, true, depth + 1)?;
                out.push_str(&text);
                return Ok(true);
            }
        }
    }
    let f = vm.getattr(&nodelist, "render")?;
    let r = vm.call_args(&f, std::slice::from_ref(context))?;
    text_item(vm, &r, index, out, bad);
    Ok(true)
}

thread_local! {
    /// Whether CsrfTokenNode, URLNode and SimpleLazyObject keep the methods the tag kit
    /// holds, for the type epoch.
    static TAGS_PLAIN: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
    /// Whether a context class keeps BaseContext's `get`, by class, for the type epoch.
    static CONTEXT_GETS: super::forms::EpochMemo<bool> = std::cell::RefCell::new(Default::default());
}

/// The kit's part for `{% csrf_token %}` and `{% url %}`, once defaulttags.py has filled
/// it: CsrfTokenNode, its `render`, Node's `render_annotated`, SimpleLazyObject, its
/// `_get` and `_setup`, functional's `_empty`, BaseContext's `get`, defaulttags'
/// globals, (module globals, name, original) triples of the globals the two nodes'
/// render read (django.urls' `reverse` among them), URLNode, its `render`, and
/// defaulttags' `_MISSING`.
struct TagKit {
    lazy: Value,
    empty: Value,
    context_get: Value,
    missing: Value,
    globals: Rc<PyDict>,
    /// `django.urls.reverse`.
    reverse: Value,
}

fn tag_kit(vm: &mut Vm, kit: &Kit) -> Option<TagKit> {
    let Value::List(l) = &kit.tag_kit else {
        return None;
    };
    // (Held while the classes are checked: reading their dicts runs no Python code.)
    let items = l.items.borrow();
    let [csrf_node, render, render_annotated, lazy, get, setup, empty, context_get, Value::Dict(g), Value::Tuple(triples), url_node, url_render, missing] =
        &items[..]
    else {
        return None;
    };
    let ok = super::forms::epoch_flag(&TAGS_PLAIN, || {
        // SimpleLazyObject has a __getattr__ (for the wrapped object's attributes); its
        // own `_setupfunc` and `_wrapped` live in the instance dict, which nothing in
        // the class may shadow.
        let lazy_plain = match lazy {
            Value::Type(t) => {
                vm.type_hooks(t) & crate::vm::HOOK_GETATTRIBUTE == 0
                    && t.lookup_str("_get").is_some_and(|f| f.is(get))
                    && t.lookup_str("_setup").is_some_and(|f| f.is(setup))
                    && t.lookup_str("_setupfunc").is_none()
                    && t.lookup_str("_wrapped").is_none()
            }
            _ => false,
        };
        // URLNode's attributes are read from the instance dict.
        let url_fields = match url_node {
            Value::Type(t) => ["view_name", "args", "kwargs", "asvar"]
                .iter()
                .all(|n| t.lookup_str(n).is_none()),
            _ => false,
        };
        keeps(vm, csrf_node, "render", render)
            && keeps(vm, csrf_node, "render_annotated", render_annotated)
            && lazy_plain
            && keeps(vm, url_node, "render", url_render)
            && keeps(vm, url_node, "render_annotated", render_annotated)
            && url_fields
    });
    // The module globals that the nodes' render read are the originals: (module dict,
    // name, original) triples.
    let mut reverse = None;
    let globals_ok = triples.items.iter().all(|p| match p {
        Value::Tuple(p) => match &p.items[..] {
            [Value::Dict(g), Value::Str(name), original] => {
                if name.as_str() == "reverse" {
                    reverse = Some(original.clone());
                }
                g.get_str(name).is_some_and(|v| v.is(original))
            }
            _ => false,
        },
        _ => false,
    });
    let reverse = reverse?;
    (ok && globals_ok).then(|| TagKit {
        lazy: lazy.clone(),
        empty: empty.clone(),
        context_get: context_get.clone(),
        missing: missing.clone(),
        globals: g.clone(),
        reverse,
    })
}

/// Which of the tag kit's node classes the node is exactly (0: neither, 1:
/// CsrfTokenNode, 2: URLNode).
fn tag_node(vm: &mut Vm, kit: &Kit, node: &Value) -> u8 {
    let Value::List(l) = &kit.tag_kit else {
        return 0;
    };
    let (csrf, url) = {
        let items = l.items.borrow();
        match (items.first(), items.get(10)) {
            (Some(c), Some(u)) => (c.clone(), u.clone()),
            _ => return 0,
        }
    };
    if is_type(vm, node, &csrf) {
        1
    } else if is_type(vm, node, &url) {
        2
    } else {
        0
    }
}

/// `{% csrf_token %}` drawn into `out` as CsrfTokenNode.render draws it, when the
/// context's `csrf_token` is a str other than "" and "NOTPROVIDED", possibly behind the
/// SimpleLazyObject of the `csrf` context processor, which is evaluated here as its
/// `_get` would (the processor's function runs, in Python); false otherwise, and the
/// node's own render runs (it finds the lazy object evaluated, as a second `_get`
/// would).
fn csrf_token(vm: &mut Vm, kit: &Kit, context: &Value, out: &mut String) -> PyResult<bool> {
    let Some(ck) = tag_kit(vm, kit) else {
        return Ok(false);
    };
    let Value::Object(c) = context else {
        return Ok(false);
    };
    let cls = c.cls().clone();
    let gets = super::forms::epoch_memo(&CONTEXT_GETS, Rc::as_ptr(&cls) as usize, || {
        cls.lookup_str("get").is_some_and(|f| f.is(&ck.context_get))
    });
    if !gets {
        return Ok(false);
    }
    let key = Value::Str(vm.sname("csrf_token"));
    let Some(found) = context_find(vm, kit, context, &key)? else {
        return Ok(false);
    };
    let mut token = found.unwrap_or(Value::None);
    if is_type(vm, &token, &ck.lazy) {
        let Value::Object(o) = &token else {
            return Ok(false);
        };
        let Some(d) = o.dict() else {
            return Ok(false);
        };
        let Some(wrapped) = d.get_str(&vm.sname("_wrapped")) else {
            return Ok(false);
        };
        token = if wrapped.is(&ck.empty) {
            let Some(setup) = d.get_str(&vm.sname("_setupfunc")) else {
                return Ok(false);
            };
            let made = vm.call_args(&setup, &[])?;
            d.set_str(vm.sname("_wrapped"), made.clone());
            made
        } else {
            wrapped
        };
    }
    // (A missing or empty token is the node's own to report: it warns under DEBUG; so
    // is "NOTPROVIDED", which goes through a deprecated format_html call.)
    match &token {
        Value::Str(s) if !s.as_str().is_empty() && s.as_str() != "NOTPROVIDED" => {
            out.push_str(r#"<input type="hidden" name="csrfmiddlewaretoken" value=""#);
            super::text::push_escaped(out, s.as_str());
            out.push_str(r#"">"#);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `{% url 'name' %}` (a literal name, no arguments, no `as`) drawn into `out` as
/// URLNode.render draws it: the current app found as it finds it, `django.urls.reverse`
/// called (in Python), the URL escaped when autoescaping; false (nothing run) for any
/// other form of the tag.
fn url_tag(
    vm: &mut Vm,
    kit: &Kit,
    node: &Value,
    context: &Value,
    index: usize,
    out: &mut String,
    bad: &mut Option<String>,
) -> PyResult<bool> {
    let Some(tk) = tag_kit(vm, kit) else {
        return Ok(false);
    };
    let (Some(fe), Some(Value::List(args)), Some(Value::Dict(kwargs)), Some(Value::None)) = (
        own(vm, node, "view_name"),
        own(vm, node, "args"),
        own(vm, node, "kwargs"),
        own(vm, node, "asvar"),
    ) else {
        return Ok(false);
    };
    if !args.items.borrow().is_empty() || !kwargs.is_empty() {
        return Ok(false);
    }
    let Some((view_name, false)) = bare_expression(vm, kit, &fe) else {
        return Ok(false);
    };
    if crate::builtins::str::str_payload(&view_name).is_none() {
        return Ok(false);
    }
    // (`context.autoescape` read from the instance dict: the context's class has no
    // attribute of that name.)
    let Value::Object(c) = context else {
        return Ok(false);
    };
    if !context_plain(vm, kit, c.cls()) {
        return Ok(false);
    }
    let Some(autoescape) = own(vm, context, "autoescape") else {
        return Ok(false);
    };
    let Some(conditional_escape) = tk.globals.get_str(&vm.sname("conditional_escape")) else {
        return Ok(false);
    };
    let reverse = tk.reverse.clone();
    // request.current_app, else the namespace of the URL that matched.
    let request = vm.getattr_opt_s(context, "request")?.unwrap_or(Value::None);
    let current_app = vm
        .getattr_opt_s(&request, "current_app")?
        .unwrap_or_else(|| tk.missing.clone());
    let current_app = if current_app.is(&tk.missing) {
        let matched = vm
            .getattr_opt_s(&request, "resolver_match")?
            .unwrap_or(Value::None);
        vm.getattr_opt_s(&matched, "namespace")?
            .unwrap_or(Value::None)
    } else {
        current_app
    };
    let url = vm.call_args(
        &reverse,
        &[
            view_name,
            Value::None,
            Value::list(Vec::new()),
            new_dict_value(),
            current_app,
        ],
    )?;
    let url = if vm.truthy(&autoescape)? {
        match &url {
            Value::Str(s) => {
                super::text::push_escaped(out, s.as_str());
                return Ok(true);
            }
            _ => vm.call_args(&conditional_escape, std::slice::from_ref(&url))?,
        }
    } else {
        url
    };
    text_item(vm, &url, index, out, bad);
    Ok(true)
}

fn new_dict_value() -> Value {
    Value::Dict(crate::gc::track_dict(Rc::new(PyDict::new())))
}
