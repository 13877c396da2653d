//! `_metal_forms`: `{{ form }}` (the div layout) drawn in Rust. `render_div(form,
//! renderer, kit)` gives, byte for byte, what `BaseForm.render()` gives through the
//! renderer's div.html, field.html, label.html, the error list's template and the input
//! widgets' templates (before the final strip), or None when a field needs the general
//! path. `django/forms/_fast.py` decides when a form may come here (the form class keeps
//! BaseForm's rendering methods, its renderer draws the built-in templates) and hands
//! over `kit`, the framework's classes and helpers this reads by identity.
//!
//! Every attribute is read through Python's rules (`getattr`), so a property, a
//! subclass's override or an instance attribute is honoured exactly as the template path
//! would; what this saves is the interpretation of the glue, not the reads. The
//! Python helpers in `kit` draw what is rare (hidden fields, help text, form-wide
//! errors, values that are not plain str).

use std::rc::Rc;

use metal_compiler::bytecode::BinOp;

use crate::builtins::{pos_args, str::py_space};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

mod bound;
pub(super) use bound::lite_clean_read;
use bound::*;

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "render_div", render_div);
    crate::builtins::function(d, "bound_field", bound_field_entry);
    crate::builtins::function(d, "bound_field_from_state", bound_field_from_state_entry);
    crate::builtins::function(d, "copy_fields", copy_fields);
    crate::builtins::function(d, "class_keeps", class_keeps);
}

thread_local! {
    /// `class_keeps` answers by (class, names tuple), for the type epoch.
    static KEEPS: std::cell::RefCell<crate::vm::FastMap<(usize, usize), (u64, bool)>> =
        std::cell::RefCell::new(Default::default());
}

/// `class_keeps(cls, names, originals)`: whether `getattr(cls, name) is original` for
/// each pair, remembered for the type epoch. A class's attribute is read from its MRO
/// (what `getattr` gives for a function found there) when its metaclass defines none of
/// the names (a metaclass attribute could come first); otherwise through `getattr`.
fn class_keeps(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "class_keeps", &args, 3, 3)?;
    Ok(Value::bool(keeps(vm, &a[0], &a[1], &a[2])?))
}

/// `class_keeps(cls, names, originals)` as a bool (for the natives).
pub(super) fn keeps(vm: &mut Vm, cls: &Value, names: &Value, originals: &Value) -> PyResult<bool> {
    let (Value::Tuple(names), Value::Tuple(originals)) = (names, originals) else {
        return Err(vm.type_error("class_keeps: names and originals must be tuples"));
    };
    if names.items.len() != originals.items.len() {
        return Err(vm.type_error("class_keeps: names and originals differ in length"));
    }
    let cls_value = cls;
    let Value::Type(cls) = cls else {
        return Ok(false);
    };
    let key = (Rc::as_ptr(cls) as usize, Rc::as_ptr(names) as usize);
    let epoch = crate::objects::types::type_epoch();
    if let Some((at, v)) = KEEPS.with(|m| m.borrow().get(&key).copied()) {
        if at == epoch {
            return Ok(v);
        }
    }
    let meta = vm.type_of(cls_value);
    let mut keeps = true;
    for (name, original) in names.items.iter().zip(originals.items.iter()) {
        let Value::Str(n) = name else {
            return Err(vm.type_error("class_keeps: names must be str"));
        };
        let found = if meta.lookup_str(n.as_str()).is_none() {
            cls.lookup_str(n.as_str())
        } else {
            vm.getattr_opt(cls_value, n.as_str())?
        };
        if !found.is_some_and(|f| f.is(original)) {
            keeps = false;
            break;
        }
    }
    // (A getattr above may have run Python that changed a class: remember the answer
    // only for the epoch it was worked out in.)
    if crate::objects::types::type_epoch() == epoch {
        KEEPS.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() > 256 {
                m.clear();
            }
            m.insert(key, (epoch, keeps));
        });
    }
    Ok(keeps)
}

/// What `_fast.py` hands over, by position in its `_kit` tuple: classes compared by
/// identity, the framework's own methods as it defined them (taken at import, before
/// anything can patch them) and the Python helpers for what is rare.
struct Kit {
    bound_field: Value,
    error_list: Value,
    /// Widget's render, _render, build_attrs, use_required_attribute, id_for_label,
    /// is_hidden; Input's and PasswordInput's get_context.
    widget_originals: Vec<Value>,
    input_templates: Value,
    non_field_errors: Value,
    renderer_render: Value,
    get_default_renderer: Value,
    e: Value,
    attrs: Value,
    hidden: Value,
    help_span: Value,
    formatted: Value,
    /// BaseForm's add_prefix, add_initial_prefix, get_initial_for_field.
    form_originals: Vec<Value>,
    /// BoundField's `__init__`, `auto_id`, `initial`, `css_classes`, `_has_errors`;
    /// Field's `get_bound_field`; and (name, original) pairs of every BoundField
    /// attribute the one-pass drawing stands in for.
    bf_originals: Vec<Value>,
    /// `django.forms.boundfield` (its `pretty_name` may be patched) and that function.
    boundfield_module: Value,
    pretty_name: Value,
    /// BoundField's "not computed yet" marker for `_initial`.
    unset: Value,
    /// Field's prepare_value and bound_data, Widget's format_value.
    value_originals: Vec<Value>,
}

const KIT_LEN: usize = 18;

fn tuple_items(vm: &Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) if t.items.len() == n => Ok(t.items.to_vec()),
        _ => Err(vm.type_error(format!("render_div: kit entry must be a {n}-tuple"))),
    }
}

impl Kit {
    /// The kit tuple unpacked, once per tuple (every render and `form[name]` passes the
    /// same one).
    fn from(vm: &mut Vm, v: &Value) -> PyResult<Rc<Kit>> {
        vm.kit(crate::vm::KIT_FORMS, v, Kit::unpack)
    }

    fn unpack(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
        let Value::Tuple(t) = v else {
            return Err(vm.type_error("render_div: kit must be a tuple"));
        };
        let k = &t.items;
        if k.len() != KIT_LEN {
            return Err(vm.type_error(format!("render_div: kit must have {KIT_LEN} items")));
        }
        Ok(Kit {
            bound_field: k[0].clone(),
            error_list: k[1].clone(),
            widget_originals: tuple_items(vm, &k[2], 8)?,
            input_templates: k[3].clone(),
            non_field_errors: k[4].clone(),
            renderer_render: k[5].clone(),
            get_default_renderer: k[6].clone(),
            e: k[7].clone(),
            attrs: k[8].clone(),
            hidden: k[9].clone(),
            help_span: k[10].clone(),
            formatted: k[11].clone(),
            form_originals: tuple_items(vm, &k[12], 3)?,
            bf_originals: tuple_items(vm, &k[13], 7)?,
            boundfield_module: k[14].clone(),
            pretty_name: k[15].clone(),
            unset: k[16].clone(),
            value_originals: tuple_items(vm, &k[17], 3)?,
        })
    }
}

/// `x == "text"` by Python's rules (a plain str is compared here).
fn eq_str(vm: &mut Vm, v: &Value, text: &str) -> PyResult<bool> {
    if let Value::Str(s) = v {
        return Ok(s.as_str() == text);
    }
    crate::ops::compare_bool(
        vm,
        v,
        &Value::str(text),
        metal_compiler::bytecode::CmpOp::Eq,
    )
}

/// The text `"%s" % (v,)` gives.
fn text_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => vm.str_of(v),
    }
}

/// `_e(v)`: `{{ v }}` autoescaped; a plain str is escaped here.
fn escaped(vm: &mut Vm, kit: &Kit, out: &mut String, v: &Value) -> PyResult<()> {
    if let Value::Str(s) = v {
        super::text::push_escaped(out, s.as_str());
        return Ok(());
    }
    let drawn = vm.call_args(&kit.e, std::slice::from_ref(v))?;
    out.push_str(text_of(vm, &drawn)?.as_str());
    Ok(())
}

/// Python's `str.strip()` of `s`.
fn py_strip(s: &str) -> &str {
    s.trim_matches(py_space)
}

pub(super) fn is_type(vm: &Vm, v: &Value, cls: &Value) -> bool {
    match cls {
        Value::Type(t) => Rc::ptr_eq(&vm.type_of(v), t),
        _ => false,
    }
}

/// `d` has no key `name` (the name interned once; an absent key is usually answered by
/// the dict's key filter alone).
fn lacks(vm: &mut Vm, d: &PyDict, name: &'static str) -> bool {
    let key = vm.sname(name);
    d.lacks_str(&key)
}

/// `obj.name` (the name interned once, by its literal's address).
fn get(vm: &mut Vm, obj: &Value, name: &'static str) -> PyResult<Value> {
    vm.getattr_s(obj, name)
}

/// A str literal, interned once (by its address): no allocation or hashing per use.
fn lit(vm: &mut Vm, text: &'static str) -> Value {
    Value::Str(vm.sname(text))
}

/// `obj.name = v` (the name interned once, by its literal's address).
fn set(vm: &mut Vm, obj: &Value, name: &'static str, v: Value) -> PyResult<()> {
    let name = vm.sname(name);
    vm.setattr_str(obj, &name, v)
}

fn truth(vm: &mut Vm, obj: &Value, name: &'static str) -> PyResult<bool> {
    let v = get(vm, obj, name)?;
    vm.truthy(&v)
}

/// `widget.is_hidden`: Widget's property (`input_type == "hidden"` when the widget has
/// an input_type) evaluated here when the widget's class keeps it and has no
/// `__getattribute__` of its own; a property is a data descriptor, so the instance
/// cannot shadow it.
fn widget_is_hidden(vm: &mut Vm, kit: &Kit, widget: &Value) -> PyResult<bool> {
    let ty = vm.type_of(widget);
    if !class_reads(vm, &ty, "is_hidden", &kit.widget_originals[5]) {
        return truth(vm, widget, "is_hidden");
    }
    match vm.getattr_opt_s(widget, "input_type")? {
        Some(t) => eq_str(vm, &t, "hidden"),
        None => Ok(false),
    }
}

/// `obj.name` is the framework's `original` method: the function found on the class's
/// MRO, not shadowed by the instance's dict, and no `__getattribute__` of the class's
/// own in the way.
fn method_is(vm: &mut Vm, obj: &Value, name: &'static str, original: &Value) -> bool {
    let Value::Object(o) = obj else {
        return false;
    };
    class_reads(vm, o.cls(), name, original) && o.dict().is_none_or(|d| lacks(vm, &d, name))
}

/// An attribute read on an instance of `ty` finds `original` on the class's MRO: it is
/// there and the class has no `__getattribute__` of its own in the way.
fn class_reads(
    vm: &mut Vm,
    ty: &Rc<crate::objects::types::PyType>,
    name: &'static str,
    original: &Value,
) -> bool {
    vm.type_hooks(ty) & crate::vm::HOOK_GETATTRIBUTE == 0
        && vm.type_lookup_s(ty, name).is_some_and(|v| v.is(original))
}

/// `obj.name(*args)`.
fn call(vm: &mut Vm, obj: &Value, name: &'static str, args: &[Value]) -> PyResult<Value> {
    vm.call_method_s(obj, name, args)
}

/// `mapping.get(key)`; a plain dict is read here.
fn get_key(vm: &mut Vm, mapping: &Value, key: &Value) -> PyResult<Value> {
    if let Value::Dict(d) = mapping {
        return Ok(d.get_item(vm, key)?.unwrap_or(Value::None));
    }
    call(vm, mapping, "get", std::slice::from_ref(key))
}

/// `bound_field(form, name, kit)`: `form[name]` as BaseForm.__getitem__ gives it, for
/// a form whose class keeps BaseForm's methods and BoundField's: the cached BoundField,
/// or a new one made as BoundField.__init__ makes it, remembered. None when anything
/// else decides (a missing name and its KeyError, a field with its own
/// `get_bound_field`, other classes): BaseForm.__getitem__ goes on in Python.
fn bound_field_entry(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "bound_field", &args, 3, 3)?;
    form_bound_field(vm, &a[0], &a[1], &a[2])
}

/// `bound_field_from_state(form, entry, kit)`: the BoundField for a cache entry the
/// native drawing left (`LiteBf`), or the entry itself when it is a BoundField.
fn bound_field_from_state_entry(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "bound_field_from_state", &args, 3, 3)?;
    let kit = Kit::from(vm, &a[2])?;
    match as_state(&kit, &a[1]) {
        Some(state) => bound_field_from_state(vm, &kit, &a[0], &state),
        None => Ok(a[1].clone()),
    }
}

/// `_fast.bound_field(form, name)` with `_fast`'s kit tuple: the BoundField, or None
/// when BaseForm.__getitem__ must decide in Python.
pub(super) fn form_bound_field(
    vm: &mut Vm,
    form: &Value,
    name: &Value,
    kit: &Value,
) -> PyResult<Value> {
    if !matches!(name, Value::Str(_)) {
        return Ok(Value::None);
    }
    let kit = Kit::from(vm, kit)?;
    let plain = Plain::check(vm, &kit, form)?;
    if !plain.new_bound_field {
        return Ok(Value::None);
    }
    let fields = get(vm, form, "fields")?;
    let cache = get(vm, form, "_bound_fields_cache")?;
    let (Value::Dict(fields_d), Value::Dict(cache_d)) = (&fields, &cache) else {
        return Ok(Value::None);
    };
    if fields_d.get_item(vm, name)?.is_none() {
        return Ok(Value::None);
    }
    if let Some(bf) = cache_d.get_item(vm, name)? {
        if as_state(&kit, &bf).is_none() {
            return Ok(bf);
        }
    }
    bound_field(vm, &kit, &plain, form, &fields, name)
}

/// `render_div(form, renderer, kit)`: see the module's comment.
fn render_div(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "render_div", &args, 3, 3)?;
    let (form, renderer) = (&a[0], &a[1]);
    let kit = Kit::from(vm, &a[2])?;
    let label_template = get(vm, form, "template_name_label")?;
    if !eq_str(vm, &label_template, "django/forms/label.html")?
        || !get(vm, form, "error_class")?.is(&kit.error_list)
    {
        return Ok(Value::None);
    }
    let plain = Plain::check(vm, &kit, form)?;
    if !plain.drawn {
        return Ok(Value::None);
    }
    let errors = get(vm, form, "errors")?;
    let field_dict = get(vm, form, "fields")?;
    let names = crate::iter::collect(vm, &field_dict)?;
    let mut fields = Vec::new();
    let mut hidden = Vec::new();
    let mut hidden_errors = false;
    for name in &names {
        let bf = match lite_bound_field(vm, &kit, &plain, form, &field_dict, name)? {
            Some(lite) => Bf::Lite(Box::new(lite)),
            None => {
                let bf = bound_field(vm, &kit, &plain, form, &field_dict, name)?;
                if !is_type(vm, &bf, &kit.bound_field) {
                    return Ok(Value::None);
                }
                Bf::Real(bf)
            }
        };
        let field = bf.field(vm)?;
        let widget = get(vm, &field, "widget")?;
        if truth(vm, &widget, "use_fieldset")? {
            return Ok(Value::None);
        }
        let mut template = get(vm, &field, "template_name")?;
        if !vm.truthy(&template)? {
            template = get(vm, renderer, "field_template_name")?;
        }
        if !eq_str(vm, &template, "django/forms/field.html")? {
            return Ok(Value::None);
        }
        if widget_is_hidden(vm, &kit, &widget)? {
            let e = get_key(vm, &errors, name)?;
            hidden_errors |= vm.truthy(&e)?;
            hidden.push(bf.real(vm, &kit, &plain, form)?);
        } else {
            // The field's own errors, by its BoundField's name (as `bf.errors` reads).
            let bf_name = bf.name(vm)?;
            let field_errors = get_key(vm, &errors, &bf_name)?;
            let has_errors = vm.truthy(&field_errors)?;
            fields.push(Row {
                bf,
                field,
                widget,
                field_errors,
                has_errors,
            });
        }
    }
    let mut out = String::with_capacity(1024);
    let top = if hidden_errors || crate::ops::contains(vm, &errors, &kit.non_field_errors)? {
        let context = call(vm, form, "get_context", &[])?;
        let top_errors = crate::subscript::getitem(vm, &context, &Value::str("errors"))?;
        let mut s = String::new();
        escaped(vm, &kit, &mut s, &top_errors)?;
        s
    } else {
        String::new()
    };
    out.push_str(&top);
    out.push('\n');
    // (Drawn at most once: the three places below exclude each other.)
    let no_hidden = hidden.is_empty();
    let hidden_list = Value::list(hidden);
    let draw_hidden = |vm: &mut Vm| -> PyResult<Rc<PyStr>> {
        if no_hidden {
            // `_hidden([])` joins nothing.
            return Ok(vm.sname(""));
        }
        let h = vm.call_args(&kit.hidden, std::slice::from_ref(&hidden_list))?;
        text_of(vm, &h)
    };
    if !top.is_empty() && fields.is_empty() {
        out.push_str("\n  <div>");
        out.push_str(draw_hidden(vm)?.as_str());
        out.push_str("</div>\n");
    }
    out.push('\n');
    let last = fields.len().wrapping_sub(1);
    for (i, row) in fields.iter().enumerate() {
        out.push_str("\n  <div");
        let classes = css_classes(vm, &plain, row, form)?;
        if vm.truthy(&classes)? {
            out.push_str(" class=\"");
            escaped(vm, &kit, &mut out, &classes)?;
            out.push('"');
        }
        out.push_str(">\n    ");
        let body = draw_field(vm, &kit, &plain, row, form)?;
        out.push_str(&body);
        out.push_str("\n    ");
        if i == last {
            out.push_str("\n      ");
            out.push_str(draw_hidden(vm)?.as_str());
            out.push_str("\n    ");
        }
        out.push_str("\n</div>\n");
    }
    // The end of every form template: the hidden fields of a form with nothing else.
    out.push('\n');
    if fields.is_empty() && top.is_empty() {
        out.push_str("\n  ");
        out.push_str(draw_hidden(vm)?.as_str());
        out.push('\n');
    }
    out.push('\n');
    Ok(Value::from_string(out))
}

/// A visible field of the form as the render loop read it: the BoundField, its field and
/// widget, and its errors (`form.errors.get(name)`).
struct Row {
    bf: Bf,
    field: Value,
    widget: Value,
    field_errors: Value,
    has_errors: bool,
}

/// The field's div body: field.html for a field that is not a fieldset, stripped.
fn draw_field(vm: &mut Vm, kit: &Kit, plain: &Plain, row: &Row, form: &Value) -> PyResult<String> {
    let Row {
        bf,
        field,
        widget,
        field_errors,
        has_errors,
    } = row;
    let (field, widget, has_errors) = (field.clone(), widget.clone(), *has_errors);
    let auto_id = bf.auto_id(vm, plain, form)?;
    let mut out = String::with_capacity(256);
    out.push_str("\n  ");
    let label = bf.label(vm)?;
    draw_label(vm, kit, &mut out, &label, form, &field, &widget, &auto_id)?;
    out.push_str("\n\n");
    if bf.has_help_text(vm)? {
        let real = bf.real(vm, kit, plain, form)?;
        let span = vm.call_args(&kit.help_span, &[real, Value::str("div")])?;
        out.push_str(text_of(vm, &span)?.as_str());
    }
    out.push('\n');
    if !field_errors.is_none() {
        draw_error_list(vm, kit, &mut out, field_errors)?;
    }
    out.push('\n');
    let kind = if widget_instance_plain(vm, &widget) {
        widget_kind(vm, kit, &widget)
    } else {
        0
    };
    let plain_input = kind != 0 && !truth(vm, &field, "show_hidden_initial")? && {
        let template = get(vm, &widget, "template_name")?;
        crate::ops::contains(vm, &kit.input_templates, &template)?
    };
    if plain_input {
        let input = Input {
            bf,
            form,
            field: &field,
            widget: &widget,
            kind,
            auto_id: &auto_id,
            has_errors,
        };
        draw_input(vm, kit, plain, &mut out, &input)?;
    } else {
        let real = bf.real(vm, kit, plain, form)?;
        escaped(vm, kit, &mut out, &real)?;
    }
    Ok(py_strip(&out).to_string())
}

/// An ErrorList as its default template draws it ('' when empty).
fn draw_error_list(vm: &mut Vm, kit: &Kit, out: &mut String, errors: &Value) -> PyResult<()> {
    if !vm.truthy(errors)? {
        return Ok(());
    }
    if is_type(vm, errors, &kit.error_list) {
        let template = get(vm, errors, "template_name")?;
        let default = get(vm, &kit.error_list, "template_name")?;
        if crate::ops::compare_bool(vm, &template, &default, metal_compiler::bytecode::CmpOp::Eq)? {
            let mut renderer = get(vm, errors, "renderer")?;
            if !vm.truthy(&renderer)? {
                renderer = vm.call_args(&kit.get_default_renderer, &[])?;
            }
            let render = get(vm, &Value::Type(vm.type_of(&renderer)), "render")?;
            if render.is(&kit.renderer_render) {
                let field_id = get(vm, errors, "field_id")?;
                let class = get(vm, errors, "error_class")?;
                out.push_str("<ul class=\"");
                escaped(vm, kit, out, &class)?;
                out.push('"');
                if vm.truthy(&field_id)? {
                    out.push_str(" id=\"");
                    escaped(vm, kit, out, &field_id)?;
                    out.push_str("_error\"");
                }
                out.push('>');
                for e in crate::iter::collect(vm, errors)? {
                    out.push_str("<li>");
                    escaped(vm, kit, out, &e)?;
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
                return Ok(());
            }
        }
    }
    escaped(vm, kit, out, errors)
}

/// A per-class answer remembered for the type epoch: any change to any class attribute
/// (or a class freed, whose address could come back) moves the epoch on, so `work` runs
/// again for `key` (a class's address) after one.
pub(super) type EpochMemo<T> = std::cell::RefCell<crate::vm::FastMap<usize, (u64, T)>>;

/// A yes/no answer that holds while no class changes: `work`'s answer, remembered in
/// `flag` for the type epoch it was worked out in (not remembered when `work` itself
/// changed a class).
pub(super) type EpochFlag = std::cell::Cell<(u64, bool)>;

pub(super) fn epoch_flag(
    flag: &'static std::thread::LocalKey<EpochFlag>,
    work: impl FnOnce() -> bool,
) -> bool {
    let epoch = crate::objects::types::type_epoch();
    let (at, v) = flag.with(|c| c.get());
    if at == epoch {
        return v;
    }
    let v = work();
    if crate::objects::types::type_epoch() == epoch {
        flag.with(|c| c.set((epoch, v)));
    }
    v
}

pub(super) fn epoch_memo<T: Copy>(
    memo: &'static std::thread::LocalKey<EpochMemo<T>>,
    key: usize,
    work: impl FnOnce() -> T,
) -> T {
    let epoch = crate::objects::types::type_epoch();
    if let Some((at, v)) = memo.with(|m| m.borrow().get(&key).copied()) {
        if at == epoch {
            return v;
        }
    }
    let v = work();
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() > 256 {
            m.clear();
        }
        m.insert(key, (epoch, v));
    });
    v
}

thread_local! {
    static KINDS: EpochMemo<u8> = std::cell::RefCell::new(Default::default());
    /// `PlainClass` by form class.
    static PLAIN: EpochMemo<PlainClass> = std::cell::RefCell::new(Default::default());
}

/// 0 (not a plain input), 1 (an input), 2 (PasswordInput's value rule): the widget's
/// class keeps Widget's rendering methods and Input's (or PasswordInput's) context.
fn widget_kind(vm: &Vm, kit: &Kit, widget: &Value) -> u8 {
    let ty = vm.type_of(widget);
    epoch_memo(&KINDS, Rc::as_ptr(&ty) as usize, || {
        widget_kind_of(kit, &ty)
    })
}

fn widget_kind_of(kit: &Kit, ty: &Rc<crate::objects::types::PyType>) -> u8 {
    let w = &kit.widget_originals;
    // Input is the class whose get_context is the original (the subclass check below
    // stands in for issubclass(cls, Input)).
    let is_input = ty.mro().iter().any(|c| {
        c.dict
            .get_by_str("get_context")
            .is_some_and(|f| f.is(&w[6]))
    });
    if !is_input {
        return 0;
    }
    for (name, original) in [
        ("render", &w[0]),
        ("_render", &w[1]),
        ("build_attrs", &w[2]),
        ("use_required_attribute", &w[3]),
        ("id_for_label", &w[4]),
        ("is_hidden", &w[5]),
    ] {
        if !ty.lookup_str(name).is_some_and(|v| v.is(original)) {
            return 0;
        }
    }
    let get_context = ty.lookup_str("get_context");
    if get_context.as_ref().is_some_and(|f| f.is(&w[6])) {
        return 1;
    }
    if get_context.as_ref().is_some_and(|f| f.is(&w[7])) {
        return 2;
    }
    0
}

/// True when the widget instance overrides none of the methods the native drawing
/// stands in for.
fn widget_instance_plain(vm: &mut Vm, widget: &Value) -> bool {
    let Value::Object(o) = widget else {
        return false;
    };
    o.dict().is_none_or(|d| {
        [
            "render",
            "_render",
            "build_attrs",
            "get_context",
            "use_required_attribute",
        ]
        .into_iter()
        .all(|n| lacks(vm, &d, n))
    })
}

/// BoundField.label_tag() through label.html, stripped.
#[allow(clippy::too_many_arguments)]
fn draw_label(
    vm: &mut Vm,
    kit: &Kit,
    out: &mut String,
    contents: &Value,
    form: &Value,
    field: &Value,
    widget: &Value,
    auto_id: &Value,
) -> PyResult<()> {
    if !vm.truthy(contents)? {
        return Ok(());
    }
    let mut suffix = get(vm, field, "label_suffix")?;
    if suffix.is_none() {
        suffix = get(vm, form, "label_suffix")?;
    }
    let mut text = String::new();
    escaped(vm, kit, &mut text, contents)?;
    if vm.truthy(&suffix)? {
        let last = crate::subscript::getitem(vm, contents, &Value::Int(-1))?;
        if !crate::ops::contains(vm, &Value::str(":?.!"), &last)? {
            escaped(vm, kit, &mut text, &suffix)?;
        }
    }
    let attrs = get(vm, widget, "attrs")?;
    let id_key = lit(vm, "id");
    let mut id = get_key(vm, &attrs, &id_key)?;
    if !vm.truthy(&id)? {
        id = auto_id.clone();
    }
    if !vm.truthy(&id)? {
        out.push_str(py_strip(&text));
        return Ok(());
    }
    let label_attrs = PyDict::new();
    let for_id = call(vm, widget, "id_for_label", &[id])?;
    if vm.truthy(&for_id)? {
        let key = lit(vm, "for");
        label_attrs.set_item(vm, key, for_id)?;
    }
    if truth(vm, field, "required")? && vm.getattr_opt_s(form, "required_css_class")?.is_some() {
        let class = get(vm, form, "required_css_class")?;
        let key = lit(vm, "class");
        label_attrs.set_item(vm, key, class)?;
    }
    out.push_str("<label");
    draw_attrs(vm, kit, out, Rc::new(label_attrs))?;
    out.push('>');
    out.push_str(&text);
    out.push_str("</label>");
    Ok(())
}

/// django/forms/attrs.html for a dict (the Python `_attrs` for what it must decide).
fn draw_attrs(vm: &mut Vm, kit: &Kit, out: &mut String, attrs: Rc<PyDict>) -> PyResult<()> {
    if let Some(drawn) = super::text::attrs_html(vm, &attrs)? {
        out.push_str(&drawn);
        return Ok(());
    }
    let drawn = vm.call_args(&kit.attrs, &[Value::Dict(attrs)])?;
    out.push_str(text_of(vm, &drawn)?.as_str());
    Ok(())
}

/// `auto_id + suffix`.
fn suffixed(vm: &mut Vm, auto_id: &Value, suffix: &str) -> PyResult<Value> {
    crate::ops::binary_op(vm, auto_id, &Value::str(suffix), BinOp::Add, false)
}

/// What `draw_input` draws from.
struct Input<'a> {
    bf: &'a Bf,
    form: &'a Value,
    field: &'a Value,
    widget: &'a Value,
    kind: u8,
    auto_id: &'a Value,
    has_errors: bool,
}

/// str(bf) for a plain input: build_widget_attrs, value(), input.html.
fn draw_input(
    vm: &mut Vm,
    kit: &Kit,
    plain: &Plain,
    out: &mut String,
    input: &Input<'_>,
) -> PyResult<()> {
    let Input {
        bf,
        form,
        field,
        widget,
        kind,
        auto_id,
        has_errors,
    } = *input;
    if truth(vm, field, "localize")? {
        vm.setattr(widget, "is_localized", Value::bool(true))?;
    }
    let input_type = get(vm, widget, "input_type")?;
    let hidden = eq_str(vm, &input_type, "hidden")?;
    let attrs = PyDict::new();
    if !hidden && truth(vm, field, "required")? && truth(vm, form, "use_required_attribute")? {
        let key = lit(vm, "required");
        attrs.set_item(vm, key, Value::bool(true))?;
    }
    if truth(vm, field, "disabled")? {
        let key = lit(vm, "disabled");
        attrs.set_item(vm, key, Value::bool(true))?;
    }
    if !hidden && has_errors {
        attrs.set_item(vm, Value::str("aria-invalid"), Value::str("true"))?;
    }
    let widget_attrs = get(vm, widget, "attrs")?;
    let key = lit(vm, "aria-describedby");
    let described_by = get_key(vm, &widget_attrs, &key)?;
    if !vm.truthy(&described_by)? && vm.truthy(auto_id)? && !hidden {
        let mut described = Vec::new();
        if bf.has_help_text(vm)? {
            described.push(suffixed(vm, auto_id, "_helptext")?);
        }
        if has_errors {
            described.push(suffixed(vm, auto_id, "_error")?);
        }
        if !described.is_empty() {
            let joined = vm.call_method(&Value::str(" "), "join", &[Value::list(described)])?;
            attrs.set_item(vm, Value::str("aria-describedby"), joined)?;
        }
    }
    let id = lit(vm, "id");
    if vm.truthy(auto_id)? && !crate::ops::contains(vm, &widget_attrs, &id)? {
        attrs.set_item(vm, id, auto_id.clone())?;
    }
    let mut value = bf.initial(vm, kit, plain, form, field)?;
    let [prepare, bound, format] = &kit.value_originals[..] else {
        unreachable!("value_originals has three items (Kit::from)")
    };
    if truth(vm, form, "is_bound")? {
        let data = bf.data(vm, form)?;
        value = if method_is(vm, field, "bound_data", bound) {
            // Field.bound_data: the initial value for a disabled field, else the data.
            if truth(vm, field, "disabled")? {
                value
            } else {
                data
            }
        } else {
            call(vm, field, "bound_data", &[data, value])?
        };
    }
    if !method_is(vm, field, "prepare_value", prepare) {
        // (Field.prepare_value gives the value back.)
        value = call(vm, field, "prepare_value", &[value])?;
    }
    if kind == 2 && !truth(vm, widget, "render_value")? {
        value = Value::None;
    }
    value = match &value {
        // Widget.format_value of None or a plain str: None for "" or None, else the
        // str itself (other values go through it: str() of a SafeString stays safe).
        Value::None | Value::Str(_) if method_is(vm, widget, "format_value", format) => {
            match &value {
                Value::Str(text) if !text.as_str().is_empty() => value,
                _ => Value::None,
            }
        }
        _ => call(vm, widget, "format_value", &[value])?,
    };
    out.push_str("<input type=\"");
    escaped(vm, kit, out, &input_type)?;
    out.push_str("\" name=\"");
    let html_name = bf.html_name(vm)?;
    escaped(vm, kit, out, &html_name)?;
    out.push('"');
    if !value.is_none() {
        out.push_str(" value=\"");
        if let Value::Str(text) = &value {
            // `_formatted` of a plain str: escaped.
            super::text::push_escaped(out, text.as_str());
        } else {
            let drawn = vm.call_args(&kit.formatted, &[value])?;
            out.push_str(text_of(vm, &drawn)?.as_str());
        }
        out.push('"');
    }
    // {**widget.attrs, **attrs}
    let merged = Rc::new(PyDict::new());
    crate::builtins::dict::update_from(vm, &merged, &widget_attrs)?;
    crate::builtins::dict::update_from(vm, &merged, &Value::Dict(Rc::new(attrs)))?;
    draw_attrs(vm, kit, out, merged)?;
    out.push('>');
    Ok(())
}

/// What `render_div` may do natively for this form, decided once per render: each is
/// true when the class attribute it replaces is still the framework's own.
struct Plain {
    /// BoundField keeps every method the one-pass drawing stands in for (else the form
    /// is drawn through the templates).
    drawn: bool,
    /// `form[name]` may build the BoundField here: BoundField keeps its `__init__`
    /// (and object's `__new__`), `auto_id` property and module-level `pretty_name`, the
    /// form keeps BaseForm's `add_prefix` and `add_initial_prefix`.
    new_bound_field: bool,
    /// `bf.auto_id` is BoundField's property.
    auto_id: bool,
    /// `bf.initial` is BoundField's property and the form keeps BaseForm's
    /// `get_initial_for_field`.
    initial: bool,
    /// `bf.css_classes()` is BoundField's, and so is its `_has_errors`.
    css_classes: bool,
}

/// The raw class attribute `name` of `cls` (through its MRO), if it is `want`.
fn class_attr_is(cls: &Value, name: &str, want: &Value) -> bool {
    match cls {
        Value::Type(t) => t.lookup_str(name).is_some_and(|v| v.is(want)),
        _ => false,
    }
}

/// The class-level half of `Plain` for one form class: every flag as if the instance
/// overrode nothing and `pretty_name` were the framework's.
#[derive(Clone, Copy)]
struct PlainClass {
    drawn: bool,
    new_bound_field: bool,
    auto_id: bool,
    initial: bool,
    css_classes: bool,
}

impl PlainClass {
    fn of(vm: &mut Vm, kit: &Kit, form_cls: &Rc<crate::objects::types::PyType>) -> PlainClass {
        epoch_memo(&PLAIN, Rc::as_ptr(form_cls) as usize, || {
            PlainClass::work_out(vm, kit, form_cls)
        })
    }

    fn work_out(
        vm: &mut Vm,
        kit: &Kit,
        form_cls: &Rc<crate::objects::types::PyType>,
    ) -> PlainClass {
        let form_cls = Value::Type(form_cls.clone());
        let f = &kit.form_originals;
        let b = &kit.bf_originals;
        let bf_cls = &kit.bound_field;
        let auto_id = class_attr_is(bf_cls, "auto_id", &b[1]);
        let setattr_plain = match bf_cls {
            Value::Type(t) => vm.type_hooks(t) & crate::vm::HOOK_SETATTR == 0,
            _ => false,
        };
        let init_is_ours = match bf_cls {
            Value::Type(t) => {
                t.layout == crate::objects::types::Layout::Object
                    && !t.dictless.get()
                    && t.nslots == 0
                    && setattr_plain
                    && matches!(crate::classes::ctor_methods(t),
                        (None, Some(init)) if init.is(&b[0]))
            }
            _ => false,
        };
        let drawn = match &b[6] {
            Value::Tuple(pairs) => pairs.items.iter().all(|pair| match pair {
                Value::Tuple(p) if p.items.len() == 2 => match &p.items[0] {
                    Value::Str(name) => class_attr_is(bf_cls, name.as_str(), &p.items[1]),
                    _ => false,
                },
                _ => false,
            }),
            _ => false,
        };
        PlainClass {
            drawn,
            new_bound_field: init_is_ours
                && auto_id
                && class_attr_is(&form_cls, "add_prefix", &f[0])
                && class_attr_is(&form_cls, "add_initial_prefix", &f[1]),
            auto_id,
            initial: class_attr_is(bf_cls, "initial", &b[2])
                && setattr_plain
                && class_attr_is(&form_cls, "get_initial_for_field", &f[2]),
            css_classes: class_attr_is(bf_cls, "css_classes", &b[3])
                && class_attr_is(bf_cls, "_has_errors", &b[4]),
        }
    }
}

impl Plain {
    fn check(vm: &mut Vm, kit: &Kit, form: &Value) -> PyResult<Plain> {
        let form_cls = vm.type_of(form);
        let c = PlainClass::of(vm, kit, &form_cls);
        // The instance does not override a method the class keeps.
        let form_dict = match form {
            Value::Object(o) => o.dict(),
            _ => None,
        };
        let pretty_name = get(vm, &kit.boundfield_module, "pretty_name")?;
        let mut own = |name: &'static str| form_dict.as_ref().is_some_and(|d| !lacks(vm, d, name));
        Ok(Plain {
            drawn: c.drawn,
            new_bound_field: c.new_bound_field
                && pretty_name.is(&kit.pretty_name)
                && !own("add_prefix")
                && !own("add_initial_prefix"),
            auto_id: c.auto_id,
            initial: c.initial && !own("get_initial_for_field"),
            css_classes: c.css_classes,
        })
    }
}

/// `bf.css_classes()`: a set of the form's `error_css_class` when the field has errors
/// and its `required_css_class` when it is required, joined in the set's order.
fn css_classes(vm: &mut Vm, plain: &Plain, row: &Row, form: &Value) -> PyResult<Value> {
    // (A lite BoundField is only made when the class keeps both methods.)
    let bf = match &row.bf {
        Bf::Real(bf) => bf,
        Bf::Lite(_) => return plain_css_classes(vm, row, form),
    };
    let own = match bf {
        Value::Object(o) => o
            .dict()
            .is_some_and(|d| !lacks(vm, &d, "css_classes") || !lacks(vm, &d, "_has_errors")),
        _ => true,
    };
    if !plain.css_classes || own {
        // As the template reads `field.css_classes`: a callable is called, a missing
        // attribute is ''.
        return match vm.getattr_opt_s(bf, "css_classes")? {
            Some(f) if vm.is_callable(&f) => vm.call_args(&f, &[]),
            Some(v) => Ok(v),
            None => Ok(Value::str("")),
        };
    }
    plain_css_classes(vm, row, form)
}

/// BoundField.css_classes() with no extra classes.
fn plain_css_classes(vm: &mut Vm, row: &Row, form: &Value) -> PyResult<Value> {
    let classes = Rc::new(crate::objects::set::PySet::new());
    // _has_errors(): bool(self.form.errors.get(self.name)).
    if row.has_errors {
        if let Some(c) = vm.getattr_opt_s(form, "error_css_class")? {
            classes.add(vm, c)?;
        }
    }
    if truth(vm, &row.field, "required")? {
        if let Some(c) = vm.getattr_opt_s(form, "required_css_class")? {
            classes.add(vm, c)?;
        }
    }
    if classes.is_empty() {
        return Ok(Value::str(""));
    }
    vm.call_method(&Value::str(" "), "join", &[Value::Set(classes)])
}

/// `copy_fields(base_fields, field_deepcopy, widget_deepcopy)`: `copy.deepcopy` of a
/// form class's fields dict, as each form instance gets it. A field whose class keeps
/// `Field.__deepcopy__` (`field_deepcopy`), and a widget whose class keeps
/// `Widget.__deepcopy__`, is copied here as that method copies it (a new instance with
/// the attributes, then its own widget, error messages and validators, or attrs);
/// any other runs its own `__deepcopy__` with the memo the copy shares.
fn copy_fields(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "copy_fields", &args, 3, 3)?;
    let (fields, field_copy, widget_copy) = (&a[0], &a[1], &a[2]);
    let memo = Value::Dict(Rc::new(PyDict::new()));
    let out = Rc::new(PyDict::new());
    let items = match fields {
        Value::Dict(d) => d.items(),
        _ => {
            let keys = crate::iter::collect(vm, fields)?;
            let mut items = Vec::with_capacity(keys.len());
            for k in keys {
                let v = crate::subscript::getitem(vm, fields, &k)?;
                items.push((k, v));
            }
            items
        }
    };
    // What this copy has made of each object copied here, by identity (copy.deepcopy's
    // memo: a field or widget met twice is copied once).
    let mut made: Vec<(Value, Value)> = Vec::new();
    let seen = |made: &[(Value, Value)], v: &Value| {
        made.iter()
            .find(|(from, _)| from.is(v))
            .map(|(_, to)| to.clone())
    };
    for (name, field) in items {
        if let Some(again) = seen(&made, &field) {
            out.set_item(vm, name, again)?;
            continue;
        }
        let copied = match plain_copy(vm, &field, field_copy) {
            Some(new) => {
                made.push((field.clone(), new.clone()));
                let widget = get(vm, &field, "widget")?;
                let widget = if let Some(again) = seen(&made, &widget) {
                    again
                } else if let Some(w) = plain_copy(vm, &widget, widget_copy) {
                    made.push((widget.clone(), w.clone()));
                    let attrs = get(vm, &widget, "attrs")?;
                    let attrs = shallow_copy(vm, &attrs)?;
                    set(vm, &w, "attrs", attrs)?;
                    w
                } else {
                    call(vm, &widget, "__deepcopy__", std::slice::from_ref(&memo))?
                };
                set(vm, &new, "widget", widget)?;
                let messages = get(vm, &field, "error_messages")?;
                let messages = shallow_copy(vm, &messages)?;
                set(vm, &new, "error_messages", messages)?;
                let validators = get(vm, &field, "validators")?;
                let validators = match &validators {
                    Value::List(l) => Value::list(l.items.borrow().clone()),
                    other => {
                        let all = crate::objects::range::new_slice(
                            vm,
                            Value::None,
                            Value::None,
                            Value::None,
                        );
                        crate::subscript::getitem(vm, other, &all)?
                    }
                };
                set(vm, &new, "validators", validators)?;
                new
            }
            None => call(vm, &field, "__deepcopy__", std::slice::from_ref(&memo))?,
        };
        out.set_item(vm, name, copied)?;
    }
    Ok(Value::Dict(out))
}

/// `x.copy()`, a plain dict's done here.
fn shallow_copy(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Dict(d) => Ok(Value::Dict(Rc::new(d.copy()))),
        _ => call(vm, v, "copy", &[]),
    }
}

/// A new instance of `obj`'s class with a copy of its attributes, when that class keeps
/// `deepcopy` (the framework's `__deepcopy__`) and is a plain class with a `__dict__`
/// and no slots; None otherwise.
fn plain_copy(vm: &mut Vm, obj: &Value, deepcopy: &Value) -> Option<Value> {
    let Value::Object(o) = obj else {
        return None;
    };
    let cls = o.cls();
    if !matches!(o.payload, crate::objects::object::Payload::Instance)
        || cls.layout != crate::objects::types::Layout::Object
        || cls.dictless.get()
        || cls.nslots > 0
        || !vm
            .type_lookup_s(cls, "__deepcopy__")
            .is_some_and(|m| m.is(deepcopy))
    {
        return None;
    }
    let old = o.dict()?;
    // (copy.deepcopy finds an instance's own __deepcopy__ first.)
    if !lacks(vm, &old, "__deepcopy__") {
        return None;
    }
    let new = crate::objects::object::PyObject::instance(
        cls.clone(),
        crate::objects::object::Payload::Instance,
    );
    new.dict()?.fill_from(&old);
    Some(Value::Object(new))
}
