//! `_metal_text.init_request(request, environ, kit)`: `WSGIRequest.__init__(environ)`
//! in Rust, for the common request: an exact WSGIRequest, an exact dict environ whose
//! SCRIPT_NAME, PATH_INFO, REQUEST_METHOD and HTTP_COOKIE are ASCII strs (or absent),
//! a CONTENT_TYPE without parameters and a CONTENT_LENGTH of digits (or absent or
//! empty). It sets the same attributes in the same order, writes PATH_INFO and
//! SCRIPT_NAME back into the environ, makes the LimitedStream and calls the module's
//! `parse_cookie` (Python), as `core/handlers/wsgi.py` does; it answers False, before
//! anything happened, for anything else (Python then runs the method's own code) or
//! when a class or global it stands in for was changed (`template_setup::Guards`).
//! `tests/python/django/wsgi_request_fields.py` compares every attribute with Django
//! 5.2's for common and uncommon environs.

use std::rc::Rc;

use crate::builtins::pos_args;
use crate::builtins::str::py_space;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::forms::is_type;
use super::template_setup::Guards;

/// `core/handlers/wsgi.py`'s `_REQUEST_KIT`, by position.
struct Kit {
    request: Rc<PyType>,
    stream: Rc<PyType>,
    guards: Guards,
    parse_cookie: Value,
}

const KIT_LEN: usize = 6;

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let Value::Tuple(t) = v else {
        return Err(vm.type_error("init_request: the kit must be a tuple"));
    };
    let k = &t.items;
    let (true, Value::Type(request), Value::Type(stream)) = (k.len() == KIT_LEN, &k[0], &k[1])
    else {
        return Err(vm.type_error("init_request: the kit is not the framework's"));
    };
    Ok(Kit {
        request: request.clone(),
        stream: stream.clone(),
        guards: Guards::of(vm, &k[2], &k[3], &k[5])?,
        parse_cookie: k[4].clone(),
    })
}

thread_local! {
    /// Whether the kit's classes keep what it checks, for the type epoch.
    static KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

fn classes_kept(vm: &mut Vm, kit: &Kit) -> bool {
    super::forms::epoch_flag(&KEPT, || {
        kit.guards.classes_hold(vm, &[&kit.request, &kit.stream])
    })
}

/// An environ entry that is an ASCII str, or `default` when absent; None (not here)
/// for anything else.
fn ascii_entry(vm: &mut Vm, env: &PyDict, key: &'static str, default: &str) -> Option<Value> {
    match env.get_str(&vm.sname(key)) {
        None => Some(Value::str(default)),
        Some(v @ Value::Str(_)) if v.as_str().is_some_and(|s| s.as_str().is_ascii()) => Some(v),
        Some(_) => None,
    }
}

fn text(v: &Value) -> &str {
    v.as_str().map_or("", |s| s.as_str())
}

/// `int(environ.get("CONTENT_LENGTH") or 0)` where it needs no Python rules: absent,
/// empty, ASCII digits or an int; None otherwise.
fn content_length(vm: &mut Vm, env: &PyDict) -> Option<i64> {
    match env.get_str(&vm.sname("CONTENT_LENGTH")) {
        None | Some(Value::None) => Some(0),
        Some(Value::Int(n)) => Some(n),
        Some(v @ Value::Str(_)) => {
            let s = text(&v);
            if s.is_empty() {
                Some(0)
            } else if s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        }
        Some(_) => None,
    }
}

fn put(vm: &mut Vm, d: &PyDict, name: &'static str, v: Value) {
    let k = vm.sname(name);
    d.set_str(k, v);
}

/// `init_request(request, environ, kit)`: see the module's comment.
pub(super) fn init_request(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "init_request", &args, 3, 3)?;
    let kit = vm.kit(crate::vm::KIT_REQUEST, &a[2], kit_of)?;
    let (request, environ) = (&a[0], &a[1]);
    let no = Ok(Value::bool(false));
    if !is_type(vm, request, &Value::Type(kit.request.clone()))
        || !classes_kept(vm, &kit)
        || !kit.guards.globals_hold()
    {
        return no;
    }
    let (Value::Object(o), Value::Dict(env)) = (request, environ) else {
        return no;
    };
    let Some(d) = o.dict() else { return no };
    // Everything read first: nothing is written unless all of it is plain.
    let (Some(script_name), Some(path_info), Some(content_type), Some(cookie)) = (
        ascii_entry(vm, env, "SCRIPT_NAME", ""),
        ascii_entry(vm, env, "PATH_INFO", ""),
        ascii_entry(vm, env, "CONTENT_TYPE", ""),
        ascii_entry(vm, env, "HTTP_COOKIE", ""),
    ) else {
        return no;
    };
    let Some(method) = env.get_str(&vm.sname("REQUEST_METHOD")) else {
        return no;
    };
    if !method.as_str().is_some_and(|m| m.as_str().is_ascii()) || text(&content_type).contains(';')
    {
        return no;
    }
    let (Some(length), Some(input)) = (
        content_length(vm, env),
        env.get_str(&vm.sname("wsgi.input")),
    ) else {
        return no;
    };

    put(vm, &d, "resolver_match", Value::None);
    put(vm, &d, "_files", Value::None);
    let path_info = if text(&path_info).is_empty() {
        Value::str("/")
    } else {
        path_info
    };
    put(vm, &d, "environ", environ.clone());
    put(vm, &d, "path_info", path_info.clone());
    let path = format!(
        "{}/{}",
        text(&script_name).trim_end_matches('/'),
        text(&path_info).replacen('/', "", 1)
    );
    put(vm, &d, "path", Value::from_string(path));
    put(vm, &d, "META", environ.clone());
    env.set_str(vm.sname("PATH_INFO"), path_info);
    env.set_str(vm.sname("SCRIPT_NAME"), script_name);
    put(
        vm,
        &d,
        "method",
        Value::from_string(text(&method).to_ascii_uppercase()),
    );
    put(
        vm,
        &d,
        "content_type",
        Value::str(text(&content_type).trim_matches(py_space)),
    );
    put(
        vm,
        &d,
        "content_params",
        Value::Dict(crate::gc::track_dict(Rc::new(PyDict::new()))),
    );
    put(vm, &d, "encoding", Value::None);
    // LimitedStream(environ["wsgi.input"], content_length), as its __init__ sets it.
    let read = {
        let name = vm.sname("read");
        vm.getattr_str(&input, &name)?
    };
    let stream = PyObject::instance(kit.stream.clone(), Payload::Instance);
    if let Some(sd) = stream.dict() {
        put(vm, &sd, "_read", read);
        put(vm, &sd, "limit", Value::Int(length));
    }
    put(vm, &d, "_stream", Value::Object(stream));
    put(vm, &d, "_read_started", Value::bool(false));
    put(vm, &d, "_get", Value::None);
    let cookies = vm.call_args(&kit.parse_cookie, &[cookie])?;
    put(vm, &d, "COOKIES", cookies);
    put(vm, &d, "_post", Value::None);
    Ok(Value::bool(true))
}
