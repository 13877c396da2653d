//! The BoundFields of the native drawing and validation: `form[name]` as
//! BaseForm.__getitem__ and BoundField.__init__ make it, and the state a form keeps in
//! its cache instead of a BoundField until one is asked for (docs/framework.md).

use std::rc::Rc;

use super::*;

/// A BoundField of the form as the drawing reads it: the form's (cached) one, or what
/// BoundField.__init__ would have stored in a new one, when nothing but the framework's
/// code would read it (`lite_bound_field`). Django caches a BoundField in its form, which
/// makes a cycle the collector must free; a form drawn with lite ones caches none.
pub(super) enum Bf {
    Real(Value),
    Lite(Box<LiteBf>),
}

/// A BoundField not made: its state (`bound_field_state`), kept in the form's
/// `_bound_fields_cache` where Django keeps the BoundField, so that a later `form[name]`
/// makes the BoundField Django would have cached (its label, help text, names and
/// `initial` as they were then) without a form <-> BoundField cycle until then.
pub(super) struct LiteBf {
    state: Rc<crate::objects::PyList>,
}

/// The items of a BoundField's state list: `[UNSET, field, name, html_name,
/// html_initial_name, html_initial_id, label, help_text, renderer, _auto_id_for,
/// _initial]` (the first marks it; `_initial` is UNSET until read).
pub(super) const ST_FIELD: usize = 1;
pub(super) const ST_NAME: usize = 2;
pub(super) const ST_HTML_NAME: usize = 3;
pub(super) const ST_LABEL: usize = 6;
pub(super) const ST_HELP_TEXT: usize = 7;
pub(super) const ST_AUTO_ID_FOR: usize = 9;
pub(super) const ST_INITIAL: usize = 10;
pub(super) const ST_LEN: usize = 11;

impl LiteBf {
    pub(super) fn item(&self, i: usize) -> Value {
        self.state.items.borrow()[i].clone()
    }
}

/// The state list in a form's cache entry, if it is one.
pub(super) fn as_state(kit: &Kit, v: &Value) -> Option<Rc<crate::objects::PyList>> {
    match v {
        Value::List(l) => {
            let items = l.items.borrow();
            (items.len() == ST_LEN && items[0].is(&kit.unset)).then(|| l.clone())
        }
        _ => None,
    }
}

impl Bf {
    /// An attribute BoundField.__init__ stores: the BoundField's, or the state's item.
    fn stored(&self, vm: &mut Vm, name: &'static str, item: usize) -> PyResult<Value> {
        match self {
            Bf::Real(bf) => get(vm, bf, name),
            Bf::Lite(l) => Ok(l.item(item)),
        }
    }

    pub(super) fn field(&self, vm: &mut Vm) -> PyResult<Value> {
        self.stored(vm, "field", ST_FIELD)
    }

    pub(super) fn name(&self, vm: &mut Vm) -> PyResult<Value> {
        self.stored(vm, "name", ST_NAME)
    }

    pub(super) fn label(&self, vm: &mut Vm) -> PyResult<Value> {
        self.stored(vm, "label", ST_LABEL)
    }

    pub(super) fn html_name(&self, vm: &mut Vm) -> PyResult<Value> {
        self.stored(vm, "html_name", ST_HTML_NAME)
    }

    pub(super) fn has_help_text(&self, vm: &mut Vm) -> PyResult<bool> {
        match self {
            Bf::Real(bf) => truth(vm, bf, "help_text"),
            Bf::Lite(l) => vm.truthy(&l.item(ST_HELP_TEXT)),
        }
    }

    /// `bf.auto_id`: the remembered value while the form's `auto_id` and the name are
    /// the ones it was made from (else the property's work again, remembered).
    pub(super) fn auto_id(&self, vm: &mut Vm, plain: &Plain, form: &Value) -> PyResult<Value> {
        match self {
            Bf::Real(bf) => bf_auto_id(vm, plain, bf, form),
            Bf::Lite(l) => {
                let html_name = l.item(ST_HTML_NAME);
                if let Some(v) = remembered_auto_id(vm, form, &html_name, &l.item(ST_AUTO_ID_FOR))?
                {
                    return Ok(v);
                }
                let (auto_id, value) = auto_id_for(vm, form, &html_name)?;
                let cached = Value::tuple(vec![auto_id, html_name, value.clone()]);
                l.state.items.borrow_mut()[ST_AUTO_ID_FOR] = cached;
                Ok(value)
            }
        }
    }

    /// `bf.initial` (a lite one's is computed as the property first computes it).
    pub(super) fn initial(
        &self,
        vm: &mut Vm,
        kit: &Kit,
        plain: &Plain,
        form: &Value,
        field: &Value,
    ) -> PyResult<Value> {
        match self {
            Bf::Real(bf) => bf_initial(vm, kit, plain, bf, form, field),
            Bf::Lite(l) => state_initial(vm, kit, &l.state, form),
        }
    }

    /// `bf.data`: `form._widget_data_value(field.widget, html_name)`.
    pub(super) fn data(&self, vm: &mut Vm, form: &Value) -> PyResult<Value> {
        match self {
            Bf::Real(bf) => get(vm, bf, "data"),
            Bf::Lite(l) => {
                let widget = get(vm, &l.item(ST_FIELD), "widget")?;
                call(
                    vm,
                    form,
                    "_widget_data_value",
                    &[widget, l.item(ST_HTML_NAME)],
                )
            }
        }
    }

    /// The BoundField itself, made (and cached in the form) if it was a lite one.
    pub(super) fn real(
        &self,
        vm: &mut Vm,
        kit: &Kit,
        plain: &Plain,
        form: &Value,
    ) -> PyResult<Value> {
        match self {
            Bf::Real(bf) => Ok(bf.clone()),
            Bf::Lite(l) => {
                let fields = get(vm, form, "fields")?;
                bound_field(vm, kit, plain, form, &fields, &l.item(ST_NAME))
            }
        }
    }
}

/// `form[name]` as BaseForm.__getitem__ gives it (render_div's caller checked the form
/// keeps that method): the form's cached BoundField, or a new one, remembered.
pub(super) fn bound_field(
    vm: &mut Vm,
    kit: &Kit,
    plain: &Plain,
    form: &Value,
    fields: &Value,
    name: &Value,
) -> PyResult<Value> {
    let cache = get(vm, form, "_bound_fields_cache")?;
    let (Value::Dict(fields), Value::Dict(cache)) = (fields, &cache) else {
        return crate::subscript::getitem(vm, form, name);
    };
    let Some(field) = fields.get_item(vm, name)? else {
        // BaseForm's KeyError, with its message.
        return crate::subscript::getitem(vm, form, name);
    };
    if let Some(bf) = cache.get_item(vm, name)? {
        return match as_state(kit, &bf) {
            Some(state) => {
                let bf = bound_field_from_state(vm, kit, form, &state)?;
                cache.set_item(vm, name.clone(), bf.clone())?;
                Ok(bf)
            }
            None => Ok(bf),
        };
    }
    // field.get_bound_field(form, name): Field's makes a BoundField.
    let bf = if plain.new_bound_field && field_keeps_get_bound_field(vm, kit, &field) {
        new_bound_field(vm, kit, form, &field, name)?
    } else {
        call(vm, &field, "get_bound_field", &[form.clone(), name.clone()])?
    };
    cache.set_item(vm, name.clone(), bf.clone())?;
    Ok(bf)
}

/// `field.get_bound_field` is Field's (which makes a BoundField).
fn field_keeps_get_bound_field(vm: &mut Vm, kit: &Kit, field: &Value) -> bool {
    match field {
        Value::Object(o) => {
            vm.type_lookup_s(o.cls(), "get_bound_field")
                .is_some_and(|v| v.is(&kit.bf_originals[5]))
                && o.dict().is_none_or(|d| lacks(vm, &d, "get_bound_field"))
        }
        _ => false,
    }
}

/// The state of `form[name]`, kept in the form's cache in place of the BoundField (or
/// the one kept there already), when only the framework's drawing and validation read
/// it: BoundField and the form keeping every method involved (`Plain`) and the field's
/// `get_bound_field` being Field's. None: the caller makes (and caches) the BoundField,
/// or has it from the cache.
pub(super) fn lite_bound_field(
    vm: &mut Vm,
    kit: &Kit,
    plain: &Plain,
    form: &Value,
    fields: &Value,
    name: &Value,
) -> PyResult<Option<LiteBf>> {
    if !(plain.new_bound_field && plain.auto_id && plain.initial && plain.css_classes) {
        return Ok(None);
    }
    let cache = get(vm, form, "_bound_fields_cache")?;
    let (Value::Dict(fields), Value::Dict(cache), Value::Str(_)) = (fields, &cache, name) else {
        return Ok(None);
    };
    let Some(field) = fields.get_item(vm, name)? else {
        return Ok(None);
    };
    if let Some(v) = cache.get_item(vm, name)? {
        return Ok(as_state(kit, &v).map(|state| LiteBf { state }));
    }
    if !field_keeps_get_bound_field(vm, kit, &field) {
        return Ok(None);
    }
    let state = bound_field_state(vm, kit, form, &field, name)?;
    cache.set_item(vm, name.clone(), Value::List(state.clone()))?;
    Ok(Some(LiteBf { state }))
}

/// What BoundField.__init__ stores, without the form (see `LiteBf`).
pub(super) fn bound_field_state(
    vm: &mut Vm,
    kit: &Kit,
    form: &Value,
    field: &Value,
    name: &Value,
) -> PyResult<Rc<crate::objects::PyList>> {
    let html_name = add_prefix(vm, form, name)?;
    let initial_name = format!("initial-{}", text_value(vm, &html_name)?);
    let (auto_id, id_value) = auto_id_for(vm, form, &html_name)?;
    let auto_id_for = Value::tuple(vec![auto_id, html_name.clone(), id_value.clone()]);
    let initial_id = add_prefix(vm, form, &id_value)?;
    let initial_id = format!("initial-{}", text_value(vm, &initial_id)?);
    let label = bound_field_label(vm, kit, field, name)?;
    let help_text = get(vm, field, "help_text")?;
    let help_text = if vm.truthy(&help_text)? {
        help_text
    } else {
        Value::str("")
    };
    let renderer = get(vm, form, "renderer")?;
    Ok(Rc::new(crate::objects::PyList::new(vec![
        kit.unset.clone(),
        field.clone(),
        name.clone(),
        html_name,
        Value::from_string(initial_name),
        Value::from_string(initial_id),
        label,
        help_text,
        renderer,
        auto_id_for,
        kit.unset.clone(),
    ])))
}

/// `bf.initial` of a state: remembered once read, as the cached property is.
pub(super) fn state_initial(
    vm: &mut Vm,
    kit: &Kit,
    state: &Rc<crate::objects::PyList>,
    form: &Value,
) -> PyResult<Value> {
    let known = state.items.borrow()[ST_INITIAL].clone();
    if !known.is(&kit.unset) {
        return Ok(known);
    }
    let (name, field) = {
        let items = state.items.borrow();
        (items[ST_NAME].clone(), items[ST_FIELD].clone())
    };
    let value = form_initial_for(vm, form, &name, &field)?;
    state.items.borrow_mut()[ST_INITIAL] = value.clone();
    Ok(value)
}

/// The BoundField of a state, as BoundField.__init__ (and then its `initial`, if it was
/// read) would have left it: the same attributes, in the same order.
pub(super) fn bound_field_from_state(
    vm: &mut Vm,
    kit: &Kit,
    form: &Value,
    state: &Rc<crate::objects::PyList>,
) -> PyResult<Value> {
    let Value::Type(cls) = &kit.bound_field else {
        return Err(vm.type_error("render_div: kit's BoundField is not a class"));
    };
    let o = crate::objects::object::PyObject::instance(
        cls.clone(),
        crate::objects::object::Payload::Instance,
    );
    let Some(d) = o.dict() else {
        return Err(vm.type_error("render_div: BoundField has no __dict__"));
    };
    let items = state.items.borrow().clone();
    let names: [(&'static str, usize); 10] = [
        ("field", 1),
        ("name", 2),
        ("_auto_id_for", 9),
        ("html_name", 3),
        ("html_initial_name", 4),
        ("html_initial_id", 5),
        ("label", 6),
        ("help_text", 7),
        ("renderer", 8),
        ("_initial", 10),
    ];
    d.set_str(vm.sname("form"), form.clone());
    for (key, i) in names {
        d.set_str(vm.sname(key), items[i].clone());
    }
    Ok(Value::Object(o))
}

/// What `_clean_fields` reads of `form[name]` when no BoundField need be made
/// (`lite_bound_field`, and BoundField keeping `bf_names` as `bf_originals`: its `data`
/// and `initial`): its `initial` for a disabled field, else its `html_name` (for its
/// `data`); None when the caller must make the BoundField.
pub(in crate::stdlib) fn lite_clean_read(
    vm: &mut Vm,
    form: &Value,
    name: &Value,
    disabled: bool,
    forms_kit: &Value,
    bf_names: &Value,
    bf_originals: &Value,
) -> PyResult<Option<Value>> {
    let kit = Kit::from(vm, forms_kit)?;
    if !keeps(vm, &kit.bound_field, bf_names, bf_originals)? {
        return Ok(None);
    }
    let plain = Plain::check(vm, &kit, form)?;
    let fields = get(vm, form, "fields")?;
    let Some(lite) = lite_bound_field(vm, &kit, &plain, form, &fields, name)? else {
        return Ok(None);
    };
    if disabled {
        return state_initial(vm, &kit, &lite.state, form).map(Some);
    }
    Ok(Some(lite.item(ST_HTML_NAME)))
}

/// BoundField.__init__'s label: the field's, else `pretty_name(name)`.
pub(super) fn bound_field_label(
    vm: &mut Vm,
    kit: &Kit,
    field: &Value,
    name: &Value,
) -> PyResult<Value> {
    let label = get(vm, field, "label")?;
    if !label.is_none() {
        return Ok(label);
    }
    if let Some(text) = pretty_name_ascii(name) {
        // boundfield.pretty_name (the caller checked it is the framework's) of an
        // ASCII name: `name.replace("_", " ").capitalize()`.
        return Ok(Value::from_string(text));
    }
    vm.call_args(&kit.pretty_name, std::slice::from_ref(name))
}

/// `"%s-%s" % (a, b)`-style text of two values (a plain str as it is).
pub(super) fn text_value(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(text_of(vm, v)?.as_str().to_string())
}

/// BaseForm.add_prefix(name): `"prefix-name"` with a prefix, else the name itself.
pub(super) fn add_prefix(vm: &mut Vm, form: &Value, name: &Value) -> PyResult<Value> {
    let prefix = get(vm, form, "prefix")?;
    if !vm.truthy(&prefix)? {
        return Ok(name.clone());
    }
    let text = format!("{}-{}", text_value(vm, &prefix)?, text_value(vm, name)?);
    Ok(Value::from_string(text))
}

/// The `auto_id` property's value for a BoundField named `html_name` of `form`, and the
/// form's `auto_id` it was made from.
pub(super) fn auto_id_for(
    vm: &mut Vm,
    form: &Value,
    html_name: &Value,
) -> PyResult<(Value, Value)> {
    let auto_id = get(vm, form, "auto_id")?;
    let value = if vm.truthy(&auto_id)? && vm.str_of(&auto_id)?.as_str().contains("%s") {
        crate::ops::binary_op(vm, &auto_id, html_name, BinOp::Remainder, false)?
    } else if vm.truthy(&auto_id)? {
        html_name.clone()
    } else {
        Value::str("")
    };
    Ok((auto_id, value))
}

/// `BoundField(form, field, name)` as its `__init__` makes it: the same attributes, in
/// the same order, with the same values.
pub(super) fn new_bound_field(
    vm: &mut Vm,
    kit: &Kit,
    form: &Value,
    field: &Value,
    name: &Value,
) -> PyResult<Value> {
    let state = bound_field_state(vm, kit, form, field, name)?;
    bound_field_from_state(vm, kit, form, &state)
}

/// boundfield.pretty_name of a str of ASCII text ('first_name' -> 'First name'), None
/// for anything else.
pub(super) fn pretty_name_ascii(name: &Value) -> Option<String> {
    let Value::Str(s) = name else { return None };
    let s = s.as_str();
    if !s.is_ascii() {
        return None;
    }
    let mut out = s.replace('_', " ").into_bytes();
    crate::builtins::str::capitalize_ascii(&mut out);
    // ASCII in, ASCII out.
    String::from_utf8(out).ok()
}

/// `bf.auto_id`: the property's remembered value while the form's `auto_id` and the
/// field's `html_name` are the ones it was made from.
pub(super) fn bf_auto_id(vm: &mut Vm, plain: &Plain, bf: &Value, form: &Value) -> PyResult<Value> {
    if plain.auto_id {
        if let Value::Object(o) = bf {
            let key = vm.sname("_auto_id_for");
            if let Some(cached) = o.dict().and_then(|d| d.get_str(&key)) {
                let html_name = get(vm, bf, "html_name")?;
                if let Some(v) = remembered_auto_id(vm, form, &html_name, &cached)? {
                    return Ok(v);
                }
            }
        }
    }
    get(vm, bf, "auto_id")
}

/// The auto id an `_auto_id_for` tuple `(form.auto_id, html_name, value)` remembers, while
/// the form's `auto_id` and the name are still those.
fn remembered_auto_id(
    vm: &mut Vm,
    form: &Value,
    html_name: &Value,
    cached: &Value,
) -> PyResult<Option<Value>> {
    let Value::Tuple(t) = cached else {
        return Ok(None);
    };
    let holds = t.items.len() == 3
        && html_name.is(&t.items[1])
        && get(vm, form, "auto_id")?.is(&t.items[0]);
    Ok(holds.then(|| t.items[2].clone()))
}

/// `bf.initial`: the property's remembered value, or the form's initial for the field
/// (BaseForm.get_initial_for_field: the form's `initial`, else the field's, called when
/// callable), remembered.
pub(super) fn bf_initial(
    vm: &mut Vm,
    kit: &Kit,
    plain: &Plain,
    bf: &Value,
    form: &Value,
    field: &Value,
) -> PyResult<Value> {
    let Value::Object(o) = bf else {
        return get(vm, bf, "initial");
    };
    let Some(d) = o.dict().filter(|_| plain.initial) else {
        return get(vm, bf, "initial");
    };
    let key = vm.sname("_initial");
    match d.get_str(&key) {
        Some(v) if !v.is(&kit.unset) => return Ok(v),
        Some(_) => {}
        None => return get(vm, bf, "initial"),
    }
    let name = get(vm, bf, "name")?;
    let value = form_initial_for(vm, form, &name, field)?;
    let key = vm.sname("_initial");
    d.set_str(key, value.clone());
    Ok(value)
}

/// BaseForm.get_initial_for_field(field, name): the form's `initial` for the name, else
/// the field's, called when callable.
pub(super) fn form_initial_for(
    vm: &mut Vm,
    form: &Value,
    name: &Value,
    field: &Value,
) -> PyResult<Value> {
    let form_initial = get(vm, form, "initial")?;
    let field_initial = get(vm, field, "initial")?;
    let value = call(vm, &form_initial, "get", &[name.clone(), field_initial])?;
    if vm.is_callable(&value) {
        return vm.call_args(&value, &[]);
    }
    Ok(value)
}
