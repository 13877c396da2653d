//! `BaseForm._clean_fields` (`django/forms/forms.py`) as a native method: a bound
//! form's `is_valid()` cleans each field without the Python frames of the loop,
//! `form[name]`, `bf.data`, `_widget_data_value`, `value_from_datadict` and, for a plain
//! `IntegerField`, `clean`/`to_python`/`validate`/`run_validators`.
//!
//! It runs the Python loop's steps in its order, each through the general protocols
//! (`getattr`, subscripts, calls), and takes a short cut for a step only where the code
//! it skips is the framework's own: `form[name]` while the form's class keeps
//! BaseForm's `__getitem__` (the native `_fast.bound_field`), `bf.data` while the
//! BoundField's class keeps its `data` property, the form its `_widget_data_value` and
//! the widget's class Widget's `value_from_datadict` (then `data.get(html_name)`), and
//! `field.clean(value)` for a field whose class is exactly `IntegerField` while it and
//! `Field` keep their methods. Everything else (other fields, validators, `clean_<name>`
//! methods, `add_error`) is called as the loop calls it. A call with arguments, or while
//! a global the Python method reads was replaced, runs the Python method kept as
//! `_py__clean_fields`. `tests/python/django/forms_clean_native.py` compares both paths
//! with Django 5.2.

use std::rc::Rc;

use metal_compiler::bytecode::BinOp;

use crate::builtins::native;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeKind};
use crate::objects::object::Payload;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm, HOOK_GETATTRIBUTE, KIT_CLEAN};

use super::template_setup::{python_method, Guards};

pub fn init(d: &PyDict) {
    d.set_by_str(
        "clean_fields",
        native(
            "_clean_fields",
            clean_fields,
            NativeKind::Method,
            Some("BaseForm"),
        ),
    );
    crate::builtins::function(d, "clean_fields_kit", clean_fields_kit);
}

/// `forms.py`'s `_CLEAN_KIT`, by position.
struct Kit {
    /// `_fast`'s kit (for `form[name]` made natively).
    forms_kit: Value,
    /// ("__getitem__", "_widget_data_value") and BaseForm's own.
    form_names: Value,
    form_originals: Value,
    /// ("data",) and BoundField's property.
    bf_names: Value,
    bf_originals: Value,
    /// ("value_from_datadict",) and Widget's.
    widget_names: Value,
    widget_originals: Value,
    integer_field: Rc<PyType>,
    validation_error: Rc<PyType>,
    /// `fields._RE_DECIMAL`.
    re_decimal: Value,
    guards: Guards,
}

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("clean_fields_kit: the kit must be a tuple"));
    };
    let k = &t.items;
    let (true, Value::Type(integer_field), Value::Type(validation_error)) =
        (k.len() == 13, &k[7], &k[8])
    else {
        return Err(vm.type_error("clean_fields_kit: the kit is not the framework's"));
    };
    Ok(Kit {
        forms_kit: k[0].clone(),
        form_names: k[1].clone(),
        form_originals: k[2].clone(),
        bf_names: k[3].clone(),
        bf_originals: k[4].clone(),
        widget_names: k[5].clone(),
        widget_originals: k[6].clone(),
        integer_field: integer_field.clone(),
        validation_error: validation_error.clone(),
        re_decimal: k[9].clone(),
        guards: Guards::of(vm, &k[10], &k[11], &k[12])?,
    })
}

/// `clean_fields_kit(kit)`: keep the kit for `_clean_fields` (at forms.py's import).
fn clean_fields_kit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::template_setup::keep_kit(vm, &args, "clean_fields_kit", KIT_CLEAN, kit_of)
}

thread_local! {
    static KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

/// `BaseForm._clean_fields(self)`.
fn clean_fields(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.has_kw() && args.all.len() == 1 {
        if let Some(kit) = vm.stored_kit::<Kit>(KIT_CLEAN) {
            if kit.guards.globals_hold() {
                clean_loop(vm, &kit, &args.all[0])?;
                return Ok(Value::None);
            }
        }
    }
    python_method(vm, &args, "BaseForm", "_clean_fields", "_py__clean_fields")
}

/// The Python loop:
/// ```python
/// for name, field in self.fields.items():
///     bf = self[name]
///     value = bf.initial if field.disabled else bf.data
///     try:
///         value = field.clean(value)
///         self.cleaned_data[name] = value
///         if hasattr(self, "clean_%s" % name):
///             value = getattr(self, "clean_%s" % name)()
///             self.cleaned_data[name] = value
///     except ValidationError as e:
///         self.add_error(name, e)
/// ```
fn clean_loop(vm: &mut Vm, kit: &Kit, form: &Value) -> PyResult<()> {
    let fields = vm.getattr_s(form, "fields")?;
    let items = vm.call_method_s(&fields, "items", &[])?;
    let it = vm.get_iter(&items)?;
    while let Some(pair) = vm.next(&it)? {
        // (Asked at each field: a `clean_<name>` method may have patched something.)
        let fast = kit.guards.hold(vm, &KEPT, &[&kit.integer_field]);
        let form_plain = plain_class(vm, form, &kit.form_names, &kit.form_originals)?;
        let (name, field) = match &pair {
            Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
            _ => {
                let v = crate::iter::unpack(vm, &pair, 2, None)?;
                (v[0].clone(), v[1].clone())
            }
        };
        // `bf = self[name]`, not made when nothing but the framework would read it (the
        // form caches no BoundField, so no cycle through it; docs/framework.md).
        let disabled = vm.getattr_s(&field, "disabled")?;
        let disabled = vm.truthy(&disabled)?;
        let lite = match form_plain {
            true => super::forms::lite_clean_read(
                vm,
                form,
                &name,
                disabled,
                &kit.forms_kit,
                &kit.bf_names,
                &kit.bf_originals,
            )?,
            false => None,
        };
        let value = match lite {
            Some(initial) if disabled => initial,
            Some(html_name) => {
                let widget = vm.getattr_s(&field, "widget")?;
                widget_data(vm, kit, form, form_plain, form, widget, html_name)?
            }
            None => {
                let bf = form_item(vm, kit, form, form_plain, &name)?;
                if disabled {
                    vm.getattr_s(&bf, "initial")?
                } else {
                    bf_data(vm, kit, form, form_plain, &bf)?
                }
            }
        };
        match clean_one(vm, kit, fast, form, &name, &field, value) {
            Ok(()) => {}
            Err(e) if caught(kit, &e) => {
                // `except ValidationError as e: self.add_error(name, e)`, with `e`
                // being handled while add_error runs.
                let outer = std::mem::replace(&mut vm.handled, e.value());
                let r = vm.call_method_s(form, "add_error", &[name.clone(), e.value()]);
                vm.handled = outer;
                r?;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// `except ValidationError` with forms.py's global as it is now.
fn caught(kit: &Kit, e: &PyErr) -> bool {
    let matches = |c: &Value| matches!(c, Value::Type(t) if e.0.cls().is_subtype(t));
    match kit.guards.current_global(0) {
        Some(Value::Tuple(t)) => t.items.iter().any(matches),
        Some(c) => matches(&c),
        None => false,
    }
}

/// The try block's body for one field (`fast`: the kit's guards hold).
fn clean_one(
    vm: &mut Vm,
    kit: &Kit,
    fast: bool,
    form: &Value,
    name: &Value,
    field: &Value,
    value: Value,
) -> PyResult<()> {
    let value = match &field {
        Value::Object(o) if fast && Rc::ptr_eq(o.cls(), &kit.integer_field) => {
            integer_clean(vm, kit, field, value)?
        }
        _ => vm.call_method_s(field, "clean", &[value])?,
    };
    let cleaned = vm.getattr_s(form, "cleaned_data")?;
    crate::subscript::setitem(vm, &cleaned, name, value)?;
    let prefix = Value::str("clean_%s");
    let hook_name = crate::ops::binary_op(vm, &prefix, name, BinOp::Remainder, false)?;
    let Value::Str(hook_name) = hook_name else {
        return Ok(());
    };
    if vm.getattr_maybe(form, &hook_name)?.is_some() {
        let hook_name2 = crate::ops::binary_op(vm, &prefix, name, BinOp::Remainder, false)?;
        let Value::Str(hook_name2) = hook_name2 else {
            return Ok(());
        };
        let hook = vm.getattr_str(form, &hook_name2)?;
        let value = vm.call_args(&hook, &[])?;
        let cleaned = vm.getattr_s(form, "cleaned_data")?;
        crate::subscript::setitem(vm, &cleaned, name, value)?;
    }
    Ok(())
}

/// Whether `obj`'s class reads `names` as `originals` and has no `__getattribute__`
/// of its own.
fn plain_class(vm: &mut Vm, obj: &Value, names: &Value, originals: &Value) -> PyResult<bool> {
    let cls = vm.type_of(obj);
    if vm.type_hooks(&cls) & HOOK_GETATTRIBUTE != 0 {
        return Ok(false);
    }
    super::forms::keeps(vm, &Value::Type(cls), names, originals)
}

/// `self[name]`.
fn form_item(
    vm: &mut Vm,
    kit: &Kit,
    form: &Value,
    form_plain: bool,
    name: &Value,
) -> PyResult<Value> {
    if form_plain {
        // BaseForm.__getitem__'s first step, `_fast.bound_field(self, name)`.
        let bf = super::forms::form_bound_field(vm, form, name, &kit.forms_kit)?;
        if !bf.is_none() {
            return Ok(bf);
        }
    }
    crate::subscript::getitem(vm, form, name)
}

/// `bf.data`: BoundField's property is
/// `self.form._widget_data_value(self.field.widget, self.html_name)`, and BaseForm's
/// `_widget_data_value` is `widget.value_from_datadict(self.data, self.files,
/// html_name)`, Widget's `data.get(name)`.
fn bf_data(vm: &mut Vm, kit: &Kit, form: &Value, form_plain: bool, bf: &Value) -> PyResult<Value> {
    if !plain_class(vm, bf, &kit.bf_names, &kit.bf_originals)? {
        return vm.getattr_s(bf, "data");
    }
    let bf_form = vm.getattr_s(bf, "form")?;
    let bf_field = vm.getattr_s(bf, "field")?;
    let widget = vm.getattr_s(&bf_field, "widget")?;
    let html_name = vm.getattr_s(bf, "html_name")?;
    widget_data(vm, kit, form, form_plain, &bf_form, widget, html_name)
}

/// `bf_form._widget_data_value(widget, html_name)` (a BoundField's `data`), with
/// BaseForm's and Widget's methods read natively while the classes keep them.
fn widget_data(
    vm: &mut Vm,
    kit: &Kit,
    form: &Value,
    form_plain: bool,
    bf_form: &Value,
    widget: Value,
    html_name: Value,
) -> PyResult<Value> {
    let bf_form = bf_form.clone();
    let own_method = |vm: &mut Vm, obj: &Value, name: &'static str| -> bool {
        match obj {
            Value::Object(o) => o.dict().is_some_and(|d| !d.lacks_str(&vm.sname(name))),
            _ => true,
        }
    };
    let form_keeps = bf_form.is(form) && form_plain || {
        // (The BoundField's form is another: its class is asked.)
        plain_class(vm, &bf_form, &kit.form_names, &kit.form_originals)?
    };
    if !form_keeps || own_method(vm, &bf_form, "_widget_data_value") {
        let m = vm.getattr_s(&bf_form, "_widget_data_value")?;
        return vm.call_args(&m, &[widget, html_name]);
    }
    let data = vm.getattr_s(&bf_form, "data")?;
    let files = vm.getattr_s(&bf_form, "files")?;
    if !plain_class(vm, &widget, &kit.widget_names, &kit.widget_originals)?
        || own_method(vm, &widget, "value_from_datadict")
    {
        let m = vm.getattr_s(&widget, "value_from_datadict")?;
        return vm.call_args(&m, &[data, files, html_name]);
    }
    vm.call_method_s(&data, "get", &[html_name])
}

/// `field.clean(value)` for an instance of exactly IntegerField while it keeps Field's
/// `clean`/`validate`/`run_validators` and its own `to_python` (the kit's guards):
/// `to_python`, `validate`, `run_validators` in turn, as Field.clean calls them.
fn integer_clean(vm: &mut Vm, kit: &Kit, field: &Value, value: Value) -> PyResult<Value> {
    let Value::Object(o) = field else {
        unreachable!("an IntegerField instance")
    };
    // An instance attribute of a method's name would be called instead.
    if let Some(d) = o.dict() {
        for name in ["clean", "to_python", "validate", "run_validators"] {
            if !d.lacks_str(&vm.sname(name)) {
                return vm.call_method_s(field, "clean", &[value]);
            }
        }
    }
    // IntegerField.to_python (Field.to_python gives the value back).
    let value = integer_to_python(vm, kit, field, value)?;
    // Field.validate.
    let empty_values = vm.getattr_s(field, "empty_values")?;
    if crate::ops::contains(vm, &empty_values, &value)? {
        let required = vm.getattr_s(field, "required")?;
        if vm.truthy(&required)? {
            return Err(validation_error(vm, kit, field, "required", None)?);
        }
    }
    // Field.run_validators: with no validators, its first line is all it does.
    let validators = vm.getattr_s(field, "validators")?;
    let none = match &validators {
        Value::List(l) => l.items.borrow().is_empty(),
        _ => false,
    };
    if none {
        let empty_values = vm.getattr_s(field, "empty_values")?;
        crate::ops::contains(vm, &empty_values, &value)?;
    } else {
        vm.call_method_s(field, "run_validators", std::slice::from_ref(&value))?;
    }
    Ok(value)
}

/// IntegerField.to_python:
/// ```python
/// value = super().to_python(value)
/// if value in self.empty_values:
///     return None
/// try:
///     text = str(value)
///     re_decimal = self.re_decimal
///     if "." in text or re_decimal is not _RE_DECIMAL:
///         text = re_decimal.sub("", text)
///     value = int(text)
/// except (ValueError, TypeError):
///     raise ValidationError(self.error_messages["invalid"], code="invalid")
/// return value
/// ```
fn integer_to_python(vm: &mut Vm, kit: &Kit, field: &Value, value: Value) -> PyResult<Value> {
    let empty_values = vm.getattr_s(field, "empty_values")?;
    if crate::ops::contains(vm, &empty_values, &value)? {
        return Ok(Value::None);
    }
    let converted = (|| -> PyResult<Value> {
        let mut text = match &value {
            Value::Str(_) => value.clone(),
            _ => vm.call_args(
                &Value::Type(vm.types.str_.clone()),
                std::slice::from_ref(&value),
            )?,
        };
        let re_decimal = vm.getattr_s(field, "re_decimal")?;
        let dotted = matches!(&text, Value::Str(s) if s.as_str().contains('.'));
        if dotted || !re_decimal.is(&kit.re_decimal) {
            text = vm.call_method_s(&re_decimal, "sub", &[Value::str(""), text])?;
        }
        vm.call_args(&Value::Type(vm.types.int.clone()), &[text])
    })();
    match converted {
        Ok(v) => Ok(v),
        Err(e) if vm.err_is(&e, "ValueError") || vm.err_is(&e, "TypeError") => {
            Err(validation_error(vm, kit, field, "invalid", Some(e))?)
        }
        Err(e) => Err(e),
    }
}

/// `ValidationError(self.error_messages[code], code=code)` as raised while `cause` (or
/// the exception being handled) is handled: its `__context__` is that.
fn validation_error(
    vm: &mut Vm,
    kit: &Kit,
    field: &Value,
    code: &'static str,
    cause: Option<PyErr>,
) -> PyResult<PyErr> {
    let messages = vm.getattr_s(field, "error_messages")?;
    let code = Value::Str(vm.sname(code));
    let message = crate::subscript::getitem(vm, &messages, &code)?;
    let kw = [Value::Str(vm.sname("code"))];
    let e = vm.call(
        &Value::Type(kit.validation_error.clone()),
        Args {
            all: &[message, code],
            kwnames: &kw,
        },
    )?;
    let Value::Object(o) = e else {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    };
    if !matches!(o.payload, Payload::Exception(_)) {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    let err = PyErr(o);
    if let Some(cause) = cause {
        // Raised inside `except (ValueError, TypeError)`: that error is its context
        // (and the one handled around it, that error's).
        vm.set_context(&cause);
        let outer = std::mem::replace(&mut vm.handled, cause.value());
        vm.set_context(&err);
        vm.handled = outer;
    } else {
        vm.set_context(&err);
    }
    Ok(err)
}
