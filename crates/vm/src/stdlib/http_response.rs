//! `_metal_text.init_response(response, content, args, kit)`: `HttpResponse(content)`
//! (what `render()` makes: a str or SafeString content, no content type, status,
//! reason, charset or headers) in Rust. It sets the attributes HttpResponseBase.__init__ and the content
//! setter set, in their order: `headers` (a ResponseHeaders holding
//! `Content-Type: text/html; charset=<DEFAULT_CHARSET>`), `_charset`,
//! `_resource_closers`, `closed`, `cookies` (an empty SimpleCookie), `_reason_phrase`
//! and `_container` (the content encoded by `str.encode`, called). It answers False,
//! before anything happened, for any other call or when a class or global it stands in
//! for was changed (`template_setup::Guards`), and `http/response.py` runs its Python.
//! `tests/python/django/response_native.py` compares both paths and Django 5.2.

use std::rc::Rc;

use crate::builtins::pos_args;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::forms::is_type;
use super::template_setup::Guards;

/// `http/response.py`'s `_RESPONSE_KIT`, by position.
struct Kit {
    response: Rc<PyType>,
    headers: Rc<PyType>,
    cookies: Rc<PyType>,
    guards: Guards,
    settings: Value,
    safe_string: Value,
}

const KIT_LEN: usize = 8;

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("init_response: the kit must be a tuple"));
    };
    let k = &t.items;
    let (true, Value::Type(response), Value::Type(headers), Value::Type(cookies)) =
        (k.len() == KIT_LEN, &k[0], &k[1], &k[2])
    else {
        return Err(vm.type_error("init_response: the kit is not the framework's"));
    };
    Ok(Kit {
        response: response.clone(),
        headers: headers.clone(),
        cookies: cookies.clone(),
        guards: Guards::of(vm, &k[3], &k[4], &k[6])?,
        settings: k[5].clone(),
        safe_string: k[7].clone(),
    })
}

thread_local! {
    static KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

fn put(vm: &mut Vm, d: &PyDict, name: &'static str, v: Value) {
    let k = vm.sname(name);
    d.set_str(k, v);
}

/// A charset name that `"text/html; charset=%s"` carries through the charset
/// property's parse unchanged (no separators, quotes or spaces).
fn plain_charset(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// `init_response(response, content, args, kit)`: see the module's comment.
pub(super) fn init_response(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "init_response", &args, 4, 4)?;
    let kit = vm.kit(crate::vm::KIT_RESPONSE, &a[3], kit_of)?;
    let (response, content, rest) = (&a[0], &a[1], &a[2]);
    let no = Ok(Value::bool(false));
    let plain_args = match rest {
        Value::Tuple(t) => t.items.len() <= 5 && t.items.iter().all(|v| v.is_none()),
        _ => false,
    };
    if !plain_args || !is_type(vm, response, &Value::Type(kit.response.clone())) {
        return no;
    }
    // A str, or a SafeString (what render_to_string gives), which the content setter
    // turns into `str(value).encode(charset)`: its text (SafeString.__str__ is self).
    let text = match content {
        Value::Str(_) => content.clone(),
        Value::Object(c) if is_type(vm, content, &kit.safe_string) => match &c.payload {
            Payload::Builtin(s @ Value::Str(_)) => s.clone(),
            _ => return no,
        },
        _ => return no,
    };
    let classes = [&kit.response, &kit.headers, &kit.cookies];
    if !kit.guards.hold(vm, &KEPT, &classes) {
        return no;
    }
    let Value::Object(o) = response else {
        return no;
    };
    let Some(d) = o.dict() else { return no };
    // settings.DEFAULT_CHARSET, as HttpResponseBase.__init__ reads it.
    let charset = {
        let name = vm.sname("DEFAULT_CHARSET");
        vm.getattr_str(&kit.settings, &name)?
    };
    let Some(cs) = charset.as_str().map(|s| s.as_str().to_string()) else {
        return no;
    };
    if !plain_charset(&cs) {
        return no;
    }

    let headers = PyObject::instance(kit.headers.clone(), Payload::Instance);
    let Some(hd) = headers.dict() else { return no };
    let store = Rc::new(PyDict::new());
    let content_type = Value::from_string(format!("text/html; charset={cs}"));
    let name = Value::Str(vm.sname("Content-Type"));
    store.set_str(
        vm.sname("content-type"),
        Value::tuple(vec![name, content_type]),
    );
    put(vm, &hd, "_store", Value::Dict(crate::gc::track_dict(store)));
    put(vm, &d, "headers", Value::Object(headers));
    put(vm, &d, "_charset", Value::None);
    put(vm, &d, "_resource_closers", Value::list(Vec::new()));
    put(vm, &d, "closed", Value::bool(false));
    let cookies = Value::Dict(crate::gc::track_dict(Rc::new(PyDict::new())));
    put(
        vm,
        &d,
        "cookies",
        Value::Object(PyObject::instance(
            kit.cookies.clone(),
            Payload::Builtin(cookies),
        )),
    );
    put(vm, &d, "_reason_phrase", Value::None);
    // The content setter: `[value.encode(self.charset)]`.
    let encoded = vm.call_method(&text, "encode", &[charset])?;
    put(vm, &d, "_container", Value::list(vec![encoded]));
    Ok(Value::bool(true))
}
