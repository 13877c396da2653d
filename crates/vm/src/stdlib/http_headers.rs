//! Native methods of `django/http/response.py`'s classes: what a response's headers and
//! cookies cost on every request, without a Python frame per call.
//!
//! `_metal_text` exposes them as method descriptors that `response.py` puts in its class
//! bodies (`ResponseHeaders`' `__setitem__`/`__getitem__`/`__contains__`/`get`/
//! `setdefault`, `HttpResponseBase`'s `__setitem__`/`__getitem__`/`get`/`has_header`
//! (also its `__contains__`)/`setdefault`/`set_cookie`, `Morsel.OutputString`). Each does
//! what the Python method it replaces does, through the general protocols (`getattr`,
//! `in`, item assignment, method calls), and takes a short cut only for the framework's
//! own classes while nothing they read was patched (`response_kit`'s guards: the
//! classes' methods checked once per type epoch, the module globals the skipped Python
//! code reads at each call): then `ResponseHeaders`' `_store` and a cookie's Morsel are
//! read and written directly, with the values and in the order the Python code would
//! have. A call whose arguments the short cut does not take (keywords it does not know,
//! a type the Python code converts, a value it would reject) runs the Python method kept
//! beside the native one (`_py_<name>`) with the same arguments, before anything was
//! changed, so errors and conversions stay Python's (docs/framework.md, "Native methods
//! in the framework's classes").
//!
//! `tests/python/django/response_header_methods.py` and `cookie_native.py` compare both
//! paths with Django 5.2.

use std::rc::Rc;

use crate::builtins::native;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn, NativeKind};
use crate::objects::object::{Payload, PyObject};
use crate::objects::str::PyStr;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm, KIT_HEADERS};

use super::template_setup::{python_method, Guards};

pub fn init(d: &PyDict) {
    let methods: [(&str, &'static str, &'static str, NativeFn); 12] = [
        (
            "headers_setitem",
            "__setitem__",
            "ResponseHeaders",
            headers_setitem,
        ),
        (
            "headers_getitem",
            "__getitem__",
            "ResponseHeaders",
            headers_getitem,
        ),
        (
            "headers_contains",
            "__contains__",
            "ResponseHeaders",
            headers_contains,
        ),
        (
            "response_setitem",
            "__setitem__",
            "HttpResponseBase",
            response_setitem,
        ),
        (
            "response_getitem",
            "__getitem__",
            "HttpResponseBase",
            response_getitem,
        ),
        ("headers_get", "get", "ResponseHeaders", headers_get),
        (
            "headers_setdefault",
            "setdefault",
            "ResponseHeaders",
            headers_setdefault,
        ),
        ("response_get", "get", "HttpResponseBase", response_get),
        (
            "response_has_header",
            "has_header",
            "HttpResponseBase",
            response_has_header,
        ),
        (
            "response_setdefault",
            "setdefault",
            "HttpResponseBase",
            response_setdefault,
        ),
        (
            "response_set_cookie",
            "set_cookie",
            "HttpResponseBase",
            set_cookie,
        ),
        ("morsel_output", "OutputString", "Morsel", morsel_output),
    ];
    for (key, name, owner, f) in methods {
        d.set_by_str(key, native(name, f, NativeKind::Method, Some(owner)));
    }
    crate::builtins::function(d, "response_kit", response_kit);
}

/// `response.py`'s `_HEADERS_KIT`, by position.
struct Kit {
    headers: Rc<PyType>,
    cookie: Rc<PyType>,
    morsel: Rc<PyType>,
    /// The classes' checks and the globals the header methods' Python code reads.
    guards: Guards,
    /// The globals `set_cookie`'s and `OutputString`'s Python code reads.
    cookie_globals: Guards,
    /// `_EMPTY_ATTRIBUTES`: a new Morsel's dict.
    empty_attributes: Rc<PyDict>,
    /// `_COOKIE_NAMES`: the reserved attribute names.
    cookie_names: Rc<PyDict>,
    /// `_SORTED_SHOWN`: (attribute, Name) pairs in the order OutputString writes them.
    sorted_shown: Value,
    /// `time.time`.
    time: Value,
    /// "_store", interned.
    store_name: Rc<PyStr>,
}

const KIT_LEN: usize = 11;

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    let bad = |vm: &Vm| vm.type_error("response_kit: the kit is not the framework's");
    let Value::Tuple(t) = v else {
        return Err(bad(vm));
    };
    let k = &t.items;
    let (
        true,
        Value::Type(headers),
        Value::Type(cookie),
        Value::Type(morsel),
        Value::Dict(empty),
        Value::Dict(names),
    ) = (k.len() == KIT_LEN, &k[0], &k[1], &k[2], &k[6], &k[7])
    else {
        return Err(bad(vm));
    };
    Ok(Kit {
        headers: headers.clone(),
        cookie: cookie.clone(),
        morsel: morsel.clone(),
        guards: Guards::of(vm, &k[3], &k[4], &k[5])?,
        cookie_globals: Guards::of(vm, &Value::tuple(Vec::new()), &k[10], &k[5])?,
        empty_attributes: empty.clone(),
        cookie_names: names.clone(),
        sorted_shown: k[8].clone(),
        time: k[9].clone(),
        store_name: vm.sname("_store"),
    })
}

/// `response_kit(kit)`: keep the kit for the native methods (at `response.py`'s import).
fn response_kit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::template_setup::keep_kit(vm, &args, "response_kit", KIT_HEADERS, kit_of)
}

thread_local! {
    static KEPT: super::forms::EpochFlag = const { std::cell::Cell::new((0, false)) };
}

/// The kit for `set_cookie` and `OutputString`: `kit`'s, and their globals are the
/// originals too.
fn cookie_kit(vm: &mut Vm) -> Option<Rc<Kit>> {
    kit(vm).filter(|k| k.cookie_globals.globals_hold())
}

/// The kit, when the classes keep what it checks and the header methods' globals are
/// the originals.
fn kit(vm: &mut Vm) -> Option<Rc<Kit>> {
    let kit = vm.stored_kit::<Kit>(KIT_HEADERS)?;
    let classes = [&kit.headers, &kit.cookie, &kit.morsel];
    kit.guards.hold(vm, &KEPT, &classes).then_some(kit)
}

/// The positional arguments after self, when the call has no keywords and `min..=max`
/// of them.
fn plain<'a>(args: &Args<'a>, min: usize, max: usize) -> Option<(&'a Value, &'a [Value])> {
    let p = args.pos();
    (!args.has_kw() && p.len() > min && p.len() <= max + 1).then(|| (&p[0], &p[1..]))
}

/// Self and exactly `N` positional arguments, without keywords.
fn exactly<'a, const N: usize>(args: &Args<'a>) -> Option<(&'a Value, &'a [Value; N])> {
    let (this, rest) = plain(args, N, N)?;
    Some((this, rest.try_into().ok()?))
}

/// `name.lower()` for an ASCII str (the same str when it has no capitals).
fn lower(name: &Value) -> Option<Rc<PyStr>> {
    let Value::Str(s) = name else { return None };
    let t = s.as_str();
    if !t.is_ascii() {
        return None;
    }
    if !t.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(s.clone());
    }
    Some(Rc::new(PyStr::from_string(t.to_ascii_lowercase())))
}

/// `name.lower()`, through the method for anything but an ASCII str.
fn lower_value(vm: &mut Vm, name: &Value) -> PyResult<Value> {
    match lower(name) {
        Some(s) => Ok(Value::Str(s)),
        None => vm.call_method(name, "lower", &[]),
    }
}

/// A header name or value `ResponseHeaders.__setitem__` stores as it is: an ASCII str
/// without line breaks.
fn plain_header_text(v: &Value) -> bool {
    match v {
        Value::Str(s) => {
            let t = s.as_str();
            t.is_ascii() && !t.bytes().any(|b| b == b'\n' || b == b'\r')
        }
        _ => false,
    }
}

/// The `_store` of a ResponseHeaders of the framework's class, when it is a dict.
fn own_store(kit: &Kit, headers: &Value) -> Option<Rc<PyDict>> {
    let Value::Object(o) = headers else {
        return None;
    };
    if !Rc::ptr_eq(o.cls(), &kit.headers) {
        return None;
    }
    match o.dict()?.get_str(&kit.store_name)? {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

/// The short cut's view of `headers[key]`: the `_store` of a ResponseHeaders of the
/// framework's class (while the guards hold) and `key.lower()` for an ASCII str key.
fn own_key(vm: &mut Vm, headers: &Value, key: &Value) -> Option<(Rc<PyDict>, Rc<PyStr>)> {
    let store = kit(vm).and_then(|k| own_store(&k, headers))?;
    Some((store, lower(key)?))
}

/// `ResponseHeaders.__setitem__(self, key, value)`: `self._store[key.lower()] = (key,
/// value)` for two plain strs (what `_header_key` answers); the Python method converts
/// the others.
fn headers_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some((this, [key, value])) = exactly::<2>(&args) {
        if plain_header_text(key) && plain_header_text(value) {
            if let Some((store, low)) = own_key(vm, this, key) {
                store.set_str(low, Value::tuple(vec![key.clone(), value.clone()]));
                return Ok(Value::None);
            }
        }
    }
    python_method(vm, &args, "ResponseHeaders", "__setitem__", "_py_setitem")
}

/// `ResponseHeaders.__getitem__(self, key)`: `self._store[key.lower()][1]` (a missing
/// key's KeyError is the Python method's).
fn headers_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some((this, [key])) = exactly::<1>(&args) {
        if let Some((store, low)) = own_key(vm, this, key) {
            if let Some(Value::Tuple(t)) = store.get_str(&low) {
                if t.items.len() == 2 {
                    return Ok(t.items[1].clone());
                }
            }
        }
    }
    python_method(vm, &args, "ResponseHeaders", "__getitem__", "_py_getitem")
}

/// `ResponseHeaders.__contains__(self, key)`: `key.lower() in self._store`.
fn headers_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some((this, [key])) = exactly::<1>(&args) {
        if let Some((store, low)) = own_key(vm, this, key) {
            return Ok(Value::bool(store.get_str(&low).is_some()));
        }
    }
    python_method(vm, &args, "ResponseHeaders", "__contains__", "_py_contains")
}

/// `HttpResponseBase.__setitem__(self, header, value)`: `self.headers[header] = value`.
fn response_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, [header, value])) = exactly::<2>(&args) else {
        return python_method(vm, &args, "HttpResponseBase", "__setitem__", "_py_setitem");
    };
    let headers = vm.getattr_s(this, "headers")?;
    crate::subscript::setitem(vm, &headers, header, value.clone())?;
    Ok(Value::None)
}

/// `HttpResponseBase.__getitem__(self, header)`: `self.headers[header]`.
fn response_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, [header])) = exactly::<1>(&args) else {
        return python_method(vm, &args, "HttpResponseBase", "__getitem__", "_py_getitem");
    };
    let headers = vm.getattr_s(this, "headers")?;
    crate::subscript::getitem(vm, &headers, header)
}

/// `ResponseHeaders.get(self, key, default=None)`: `item = self._store.get(key.lower())`,
/// then `default if item is None else item[1]`.
fn headers_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = plain(&args, 1, 2) else {
        return python_method(vm, &args, "ResponseHeaders", "get", "_py_get");
    };
    let default = rest.get(1).cloned().unwrap_or(Value::None);
    headers_get_of(vm, this, &rest[0], default)
}

fn headers_get_of(vm: &mut Vm, this: &Value, key: &Value, default: Value) -> PyResult<Value> {
    let item = match own_key(vm, this, key) {
        Some((store, low)) => store.get_str(&low),
        None => {
            let store = vm.getattr_s(this, "_store")?;
            let low = lower_value(vm, key)?;
            Some(vm.call_method(&store, "get", &[low])?)
        }
    };
    match item {
        None | Some(Value::None) => Ok(default),
        Some(Value::Tuple(t)) if t.items.len() == 2 => Ok(t.items[1].clone()),
        Some(item) => crate::subscript::getitem(vm, &item, &Value::Int(1)),
    }
}

/// `ResponseHeaders.setdefault(self, key, value)`: `if key not in self: self[key] =
/// value` (None).
fn headers_setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = plain(&args, 2, 2) else {
        return python_method(vm, &args, "ResponseHeaders", "setdefault", "_py_setdefault");
    };
    headers_setdefault_of(vm, this, &rest[0], &rest[1])?;
    Ok(Value::None)
}

fn headers_setdefault_of(vm: &mut Vm, this: &Value, key: &Value, value: &Value) -> PyResult<()> {
    if let Some((store, low)) = own_key(vm, this, key) {
        if store.get_str(&low).is_some() {
            return Ok(());
        }
        if plain_header_text(key) && plain_header_text(value) {
            // What `__setitem__` stores for two plain strs.
            store.set_str(low, Value::tuple(vec![key.clone(), value.clone()]));
            return Ok(());
        }
    }
    if !crate::ops::contains(vm, this, key)? {
        crate::subscript::setitem(vm, this, key, value.clone())?;
    }
    Ok(())
}

/// `HttpResponseBase.get(self, header, alternate=None)`: `self.headers.get(header,
/// alternate)`.
fn response_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = plain(&args, 1, 2) else {
        return python_method(vm, &args, "HttpResponseBase", "get", "_py_get");
    };
    let alternate = rest.get(1).cloned().unwrap_or(Value::None);
    let headers = vm.getattr_s(this, "headers")?;
    if is_own_headers(vm, &headers) {
        return headers_get_of(vm, &headers, &rest[0], alternate);
    }
    vm.call_method(&headers, "get", &[rest[0].clone(), alternate])
}

/// `HttpResponseBase.has_header(self, header)`: `header in self.headers`.
fn response_has_header(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = plain(&args, 1, 1) else {
        return python_method(
            vm,
            &args,
            "HttpResponseBase",
            "has_header",
            "_py_has_header",
        );
    };
    let headers = vm.getattr_s(this, "headers")?;
    if let Some((store, low)) = own_key(vm, &headers, &rest[0]) {
        return Ok(Value::bool(store.get_str(&low).is_some()));
    }
    Ok(Value::bool(crate::ops::contains(vm, &headers, &rest[0])?))
}

/// `HttpResponseBase.setdefault(self, key, value)`: `self.headers.setdefault(key,
/// value)` (None).
fn response_setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = plain(&args, 2, 2) else {
        return python_method(
            vm,
            &args,
            "HttpResponseBase",
            "setdefault",
            "_py_setdefault",
        );
    };
    let headers = vm.getattr_s(this, "headers")?;
    if is_own_headers(vm, &headers) {
        headers_setdefault_of(vm, &headers, &rest[0], &rest[1])?;
        return Ok(Value::None);
    }
    vm.call_method(&headers, "setdefault", &[rest[0].clone(), rest[1].clone()])?;
    Ok(Value::None)
}

/// `headers` is a ResponseHeaders of the framework's class whose methods are the
/// natives (the guards say so).
fn is_own_headers(vm: &mut Vm, headers: &Value) -> bool {
    match (kit(vm), headers) {
        (Some(k), Value::Object(o)) => Rc::ptr_eq(o.cls(), &k.headers),
        _ => false,
    }
}

// ---- cookies ----------------------------------------------------------------------------

const SET_COOKIE_NAMES: [&str; 9] = [
    "key", "value", "max_age", "expires", "path", "domain", "secure", "httponly", "samesite",
];

/// `set_cookie`'s arguments after self by name, with its defaults; None for a call
/// the Python method must bind (too many, repeated or unknown names, no key).
fn bind_set_cookie(vm: &mut Vm, args: &Args<'_>) -> Option<(Value, [Value; 9])> {
    let p = args.pos();
    let (this, given) = (p.first()?.clone(), &p[1..]);
    if given.len() > 9 {
        return None;
    }
    let mut out: [Option<Value>; 9] = Default::default();
    for (i, v) in given.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (name, v) in args.kw() {
        let i = SET_COOKIE_NAMES.iter().position(|n| *n == name)?;
        if out[i].is_some() {
            return None;
        }
        out[i] = Some(v.clone());
    }
    let path = Value::Str(vm.sname("/"));
    let defaults = [
        None,
        Some(Value::Str(vm.sname(""))),
        Some(Value::None),
        Some(Value::None),
        Some(path),
        Some(Value::None),
        Some(Value::bool(false)),
        Some(Value::bool(false)),
        Some(Value::None),
    ];
    let mut bound: [Value; 9] = Default::default();
    for (i, (v, d)) in out.into_iter().zip(defaults).enumerate() {
        bound[i] = v.or(d)?;
    }
    Some((this, bound))
}

/// A flag argument the short cut takes: its truth.
fn flag(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(crate::value::PyBool(b)) => Some(*b),
        Value::None => Some(false),
        _ => None,
    }
}

/// A str argument (not a subclass) or None.
fn text_or_none(v: &Value) -> Option<Option<Rc<PyStr>>> {
    match v {
        Value::Str(s) => Some(Some(s.clone())),
        Value::None => Some(None),
        _ => None,
    }
}

/// What `set_cookie`'s short cut needs, all checked before anything is changed.
struct Cookie {
    cookies: Rc<PyDict>,
    /// The Morsel already under the key, else None (a new one is made).
    morsel: Option<Rc<PyObject>>,
    key: Rc<PyStr>,
    value: Rc<PyStr>,
    max_age: Option<i64>,
    expires: Option<Rc<PyStr>>,
    path: Option<Rc<PyStr>>,
    domain: Option<Rc<PyStr>>,
    secure: bool,
    httponly: bool,
    samesite: Option<Rc<PyStr>>,
}

/// The cookie `set_cookie(*a)` sets, when the short cut can set it as the Python code
/// would: the framework's SimpleCookie and Morsel, a legal str key that is no reserved
/// name, a str value whose quoted form is itself (or ""), and attribute values the
/// Python code stores as they are.
fn plain_cookie(
    vm: &mut Vm,
    kit: &Kit,
    response: &Value,
    a: &[Value; 9],
) -> PyResult<Option<Cookie>> {
    let (Value::Str(key), Value::Str(value)) = (&a[0], &a[1]) else {
        return Ok(None);
    };
    let k = key.as_str();
    if k.is_empty() || !k.bytes().all(super::text::cookie_legal_byte) {
        return Ok(None);
    }
    let low = k.to_ascii_lowercase();
    if kit.cookie_names.get_str(&PyStr::new(&low)).is_some() {
        return Ok(None);
    }
    let v = value.as_str();
    if !v.bytes().all(super::text::cookie_legal_byte) {
        return Ok(None);
    }
    let max_age = match &a[2] {
        Value::None => None,
        // (Far enough from the range a date can be written for.)
        Value::Int(n) if n.unsigned_abs() < 1 << 32 => Some(*n),
        _ => return Ok(None),
    };
    let (Some(expires), Some(path), Some(domain), Some(secure), Some(httponly)) = (
        text_or_none(&a[3]),
        text_or_none(&a[4]),
        text_or_none(&a[5]),
        flag(&a[6]),
        flag(&a[7]),
    ) else {
        return Ok(None);
    };
    let samesite = match &a[8] {
        Value::None => None,
        Value::Str(s) if s.as_str().is_empty() => None,
        Value::Str(s)
            if matches!(
                s.as_str().to_ascii_lowercase().as_str(),
                "lax" | "none" | "strict"
            ) && s.as_str().is_ascii() =>
        {
            Some(s.clone())
        }
        _ => return Ok(None),
    };
    let jar = vm.getattr_s(response, "cookies")?;
    let Value::Object(j) = &jar else {
        return Ok(None);
    };
    let (true, Payload::Builtin(Value::Dict(cookies))) =
        (Rc::ptr_eq(j.cls(), &kit.cookie), &j.payload)
    else {
        return Ok(None);
    };
    let morsel = match cookies.get_str(key) {
        None => None,
        Some(Value::Object(m))
            if Rc::ptr_eq(m.cls(), &kit.morsel)
                && matches!(&m.payload, Payload::Builtin(Value::Dict(_)))
                && m.dict().is_some() =>
        {
            Some(m)
        }
        Some(_) => return Ok(None),
    };
    Ok(Some(Cookie {
        cookies: cookies.clone(),
        morsel,
        key: key.clone(),
        value: value.clone(),
        max_age,
        expires,
        path,
        domain,
        secure,
        httponly,
        samesite,
    }))
}

/// `HttpResponseBase.set_cookie(self, key, value="", max_age=None, expires=None,
/// path="/", domain=None, secure=False, httponly=False, samesite=None)`.
fn set_cookie(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(kit) = cookie_kit(vm) else {
        return python_method(
            vm,
            &args,
            "HttpResponseBase",
            "set_cookie",
            "_py_set_cookie",
        );
    };
    let Some((this, a)) = bind_set_cookie(vm, &args) else {
        return python_method(
            vm,
            &args,
            "HttpResponseBase",
            "set_cookie",
            "_py_set_cookie",
        );
    };
    let Some(c) = plain_cookie(vm, &kit, &this, &a)? else {
        return python_method(
            vm,
            &args,
            "HttpResponseBase",
            "set_cookie",
            "_py_set_cookie",
        );
    };
    // `self.cookies[key] = value`: SimpleCookie.__setitem__ makes the Morsel (its dict
    // the empty attributes, then `_key`, `_value` and `_coded_value`) or reuses the one there.
    let morsel = match c.morsel {
        Some(m) => m,
        None => {
            let attrs = crate::gc::track_dict(Rc::new(kit.empty_attributes.copy()));
            let m = PyObject::instance(kit.morsel.clone(), Payload::Builtin(Value::Dict(attrs)));
            if let Some(d) = m.dict() {
                for name in ["_key", "_value", "_coded_value"] {
                    d.set_str(vm.sname(name), Value::None);
                }
            }
            m
        }
    };
    let (Some(d), Payload::Builtin(Value::Dict(attrs))) = (morsel.dict(), &morsel.payload) else {
        return python_method(
            vm,
            &args,
            "HttpResponseBase",
            "set_cookie",
            "_py_set_cookie",
        );
    };
    let coded = if c.value.as_str().is_empty() {
        Value::Str(vm.sname("\"\""))
    } else {
        Value::Str(c.value.clone())
    };
    d.set_str(vm.sname("_key"), Value::Str(c.key.clone()));
    d.set_str(vm.sname("_value"), Value::Str(c.value.clone()));
    d.set_str(vm.sname("_coded_value"), coded);
    c.cookies
        .set_str(c.key.clone(), Value::Object(morsel.clone()));
    // Then each attribute, in the Python code's order.
    let put = |vm: &mut Vm, name: &'static str, v: Value| attrs.set_str(vm.sname(name), v);
    let expires_given = c.expires.as_ref().is_some_and(|e| !e.as_str().is_empty());
    let expires = c
        .expires
        .map(Value::Str)
        .unwrap_or_else(|| Value::Str(vm.sname("")));
    put(vm, "expires", expires);
    if let Some(age) = c.max_age {
        put(vm, "max-age", Value::Int(age));
        if !expires_given {
            let now = vm.call_args(&kit.time, &[])?;
            let Value::Float(now) = now else {
                return Err(vm.type_error("set_cookie: time.time() did not give a float"));
            };
            let at = Value::Float(now + age as f64);
            let date = super::text::http_date(vm, Args::new(&[at]))?;
            put(vm, "expires", date);
        }
    }
    if let Some(p) = c.path {
        put(vm, "path", Value::Str(p));
    }
    if let Some(dm) = c.domain {
        put(vm, "domain", Value::Str(dm));
    }
    if c.secure {
        put(vm, "secure", Value::bool(true));
    }
    if c.httponly {
        put(vm, "httponly", Value::bool(true));
    }
    if let Some(s) = c.samesite {
        put(vm, "samesite", Value::Str(s));
    }
    Ok(Value::None)
}

/// `Morsel.OutputString(self, attrs=None)`: natively for a Morsel of the framework's
/// class without `attrs` whose values `cookie_output` writes; else the Python method.
fn morsel_output(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = plain(&args, 0, 1) else {
        return python_method(vm, &args, "Morsel", "OutputString", "_py_OutputString");
    };
    if let (Some(kit), Value::Object(m), true) =
        (cookie_kit(vm), this, rest.iter().all(Value::is_none))
    {
        if Rc::ptr_eq(m.cls(), &kit.morsel) {
            if let Some(d) = m.dict() {
                let (Some(key), Some(coded)) = (
                    d.get_str(&vm.sname("_key")),
                    d.get_str(&vm.sname("_coded_value")),
                ) else {
                    return python_method(vm, &args, "Morsel", "OutputString", "_py_OutputString");
                };
                let text = super::text::cookie_output(
                    vm,
                    Args::new(&[this.clone(), key, coded, kit.sorted_shown.clone()]),
                )?;
                if !text.is_none() {
                    return Ok(text);
                }
            }
        }
    }
    python_method(vm, &args, "Morsel", "OutputString", "_py_OutputString")
}
