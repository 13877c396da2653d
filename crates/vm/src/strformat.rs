//! String formatting as the language defines it: `format(v, spec)`, `str.format`, and
//! `%`-formatting, on top of the number layouts in `format.rs` / `format_percent.rs`.

use std::rc::Rc;

use crate::format::{self, ErrorKind, FormatError};
use crate::format_percent::{self as pct, PercentSpec};
use crate::objects::int::as_int;
use crate::objects::object::Payload;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn ferr(vm: &Vm, e: FormatError) -> PyErr {
    let name = match e.kind {
        ErrorKind::ValueError => "ValueError",
        ErrorKind::TypeError => "TypeError",
        ErrorKind::OverflowError => "OverflowError",
        ErrorKind::MemoryError => "MemoryError",
        ErrorKind::NotImplementedError => "NotImplementedError",
    };
    vm.new_error(name, e.msg)
}

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Rc<PyStr>> {
    let s = match v {
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.clone());
            }
            format::format_str(s.as_str(), spec).map_err(|e| ferr(vm, e))?
        }
        Value::Bool(crate::value::PyBool(b)) if spec.is_empty() => {
            return Ok(vm.intern(if *b { "True" } else { "False" }))
        }
        Value::Int(i) => format::format_i64(*i, spec).map_err(|e| ferr(vm, e))?,
        Value::Bool(crate::value::PyBool(b)) => {
            format::format_i64(*b as i64, spec).map_err(|e| ferr(vm, e))?
        }
        Value::BigInt(b) => format::format_int(b, spec).map_err(|e| ferr(vm, e))?,
        Value::Float(f) => format::format_float(*f, spec).map_err(|e| ferr(vm, e))?,
        Value::Object(o) if matches!(o.payload, Payload::Complex(..)) => {
            let Payload::Complex(r, i) = o.payload else {
                unreachable!()
            };
            format::format_complex(r, i, spec).map_err(|e| ferr(vm, e))?
        }
        _ => {
            if let Some(r) = crate::dunder::format(vm, v, spec)? {
                return Ok(r);
            }
            return format_fallback(vm, v, spec);
        }
    };
    Ok(Rc::new(PyStr::from_string(s)))
}

/// `format(v, spec)` of a value whose class has no `__format__` of Python's: a builtin
/// subclass's instance formats as its builtin value (`str(v)` for an empty spec).
fn format_fallback(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Rc<PyStr>> {
    if let Value::Object(o) = v {
        if let Payload::Builtin(inner) = &o.payload {
            if spec.is_empty() {
                return str_by_format(vm, v);
            }
            let inner = inner.clone();
            return format_value(vm, &inner, spec);
        }
    }
    if spec.is_empty() {
        return str_by_format(vm, v);
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {}.__format__",
        vm.type_name(v)
    )))
}

/// The text of a str or of an instance of a str subclass.
pub(crate) fn str_text(v: &Value) -> Option<&Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s),
        Value::Object(o) => match &o.payload {
            Payload::Builtin(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an instance of a str subclass with some text: the only kind of value
/// CPython's formatting can hand back as it is where metal would make a new str (an
/// empty one is always CPython's empty str).
pub(crate) fn is_str_subclass_piece(v: &Value) -> bool {
    matches!(v, Value::Object(o)
        if matches!(&o.payload, Payload::Builtin(Value::Str(s)) if !s.as_str().is_empty()))
}

/// `format(v, spec)` as CPython's `PyObject_Format` answers it: a `__format__`'s result
/// as it is, and an instance of a str subclass itself when `str.__format__` would not
/// change its text (a spec whose width and precision leave it as it is: the unicode
/// writer hands back the one string it was given); otherwise `format_value`'s str.
pub fn format_object(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Value> {
    let o = match v {
        Value::Object(o) if !matches!(o.payload, Payload::Complex(..)) => o,
        _ => return format_value(vm, v, spec).map(Value::Str),
    };
    if let Some(r) = crate::dunder::format_value_by_special(vm, v, spec) {
        return r;
    }
    if let Payload::Builtin(Value::Str(s)) = &o.payload {
        return str_subclass_format(vm, v, s, spec);
    }
    format_fallback(vm, v, spec).map(Value::Str)
}

/// `str.__format__(v, spec)` of an instance `v` of a str subclass whose text is `s`:
/// `str(v)` for an empty spec (a new str), `v` itself when the spec leaves its
/// (non-empty) text as it is.
pub(crate) fn str_subclass_format(
    vm: &mut Vm,
    v: &Value,
    s: &Rc<PyStr>,
    spec: &str,
) -> PyResult<Value> {
    if spec.is_empty() {
        return str_by_format(vm, v).map(Value::Str);
    }
    let t = format::format_str(s.as_str(), spec).map_err(|e| ferr(vm, e))?;
    // Padding makes the text longer, a precision shorter: the same text is CPython's
    // fast path, which writes the object itself.
    if !t.is_empty() && t == s.as_str() {
        return Ok(v.clone());
    }
    Ok(Value::from_string(t))
}

/// `str(v)` as a native `__format__` (`object.__format__`, `int.__format__`…) gives it
/// for an empty spec: the call of that method counts one level of the recursion limit,
/// as CPython's call of a C method does (a `__str__` formatting `f"{self}"` stops at
/// its depth, with its message).
fn str_by_format(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    vm.enter_native(crate::recursion::CALLING)?;
    let r = vm.str_of(v);
    vm.leave_native();
    r
}

// ---- % formatting --------------------------------------------------------------------------

/// `fmt % args` for str, `fmt_obj` being the format (a str or an instance of a str
/// subclass) whose text is `fmt`. As CPython's unicode writer, it hands back the one
/// string it was given when that is the whole result: the format itself when it has no
/// `%` unit, or what the last unit's `__str__`/`__repr__` returned (an instance of a str
/// subclass) when nothing came before it and its width and precision leave it as it is.
pub fn percent_format(
    vm: &mut Vm,
    fmt_obj: &Value,
    fmt: &Rc<PyStr>,
    args: &Value,
) -> PyResult<Value> {
    let mut keep = None;
    let out = percent_core(vm, fmt.as_str(), args, false, &mut keep)?;
    if let Some(v) = keep {
        return Ok(v);
    }
    if out.len() == fmt.as_str().len() && !out.is_empty() && !fmt.as_str().contains('%') {
        return Ok(fmt_obj.clone());
    }
    Ok(Value::from_string(out))
}

/// `fmt % args` for bytes (the format is latin-1 decoded; result re-encoded).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Vec<u8>> {
    let s = percent_core(vm, fmt, args, true, &mut None)?;
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

/// `%s`/`%r`/`%a` of an instance `arg` whose class has its own `__str__`/`__repr__`, as
/// the only and last unit of a str format: the method's result itself when it is an
/// instance of a str subclass that the unit's width and precision leave as it is (put in
/// `keep`), its text otherwise. None when the class has no such method.
fn percent_last_unit(
    vm: &mut Vm,
    spec: &PercentSpec,
    arg: &Value,
    keep: &mut Option<Value>,
) -> Option<PyResult<String>> {
    let r = match crate::dunder::conversion_by_special(vm, arg, spec.conv)? {
        Ok(r) => r,
        Err(e) => return Some(Err(e)),
    };
    let text = str_text(&r).expect("a conversion gives a str").clone();
    let padded = match pct::pad_percent_str(text.as_str(), spec) {
        Ok(p) => p,
        Err(e) => return Some(Err(ferr(vm, e))),
    };
    if is_str_subclass_piece(&r) && !spec.plus && !spec.space && padded == text.as_str() {
        *keep = Some(r);
    }
    Some(Ok(padded))
}

fn percent_core(
    vm: &mut Vm,
    fmt: &str,
    args: &Value,
    bytes_mode: bool,
    keep: &mut Option<Value>,
) -> PyResult<String> {
    // An instance of a builtin's subclass (a namedtuple, an OrderedDict) counts as its
    // builtin: a tuple of arguments, or a mapping.
    let base = match args {
        Value::Object(o) => match &o.payload {
            Payload::Builtin(inner) => inner,
            _ => args,
        },
        _ => args,
    };
    let mapping = match base {
        // CPython treats any argument with __getitem__ as a mapping, except a tuple and
        // a str (for bytes formatting also a bytes or bytearray).
        Value::Dict(_) | Value::List(_) => Some(args.clone()),
        Value::Object(o) => match &o.payload {
            Payload::Instance if o.cls().lookup_str("__getitem__").is_some() => Some(args.clone()),
            Payload::Range(_) | Payload::MappingProxy(_) => Some(args.clone()),
            Payload::Bytes(_) | Payload::ByteArray(_) if !bytes_mode => Some(args.clone()),
            _ => None,
        },
        _ => None,
    };
    let is_tuple = matches!(base, Value::Tuple(_));
    // One argument that is not a tuple is the only positional one (no copy made).
    let positional: &[Value] = match base {
        Value::Tuple(t) => &t.items,
        _ => std::slice::from_ref(args),
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut out = String::with_capacity(fmt.len() + 16);
    let bytes = fmt.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        out.push_str(&fmt[lit_start..i]);
        // The common plain `%s` and `%d`: straight into the output.
        if let (Some(&c @ (b's' | b'd')), false) = (bytes.get(i + 1), bytes_mode) {
            if let Some(a) = positional.get(next) {
                let done = match (c, a) {
                    (b's', Value::Str(x)) => {
                        out.push_str(x.as_str());
                        true
                    }
                    (_, Value::Int(n)) => {
                        push_int(&mut out, *n, 0);
                        true
                    }
                    // An instance as the whole format (`'%s' % x`) goes the long way:
                    // its `__str__` may give an instance of a str subclass to keep.
                    (b's', Value::Object(_)) if out.is_empty() && i + 2 == bytes.len() => false,
                    (b's', Value::Object(_) | Value::Float(_) | Value::None | Value::Bool(_)) => {
                        out.push_str(vm.str_of(a)?.as_str());
                        true
                    }
                    _ => false,
                };
                if done {
                    next += 1;
                    i += 2;
                    lit_start = i;
                    continue;
                }
            }
        }
        // `%02d`-style (zero flag, one-digit width) of a small int, as dates use.
        if let (Some(b'0'), Some(&w @ b'1'..=b'9'), Some(b'd'), false) = (
            bytes.get(i + 1),
            bytes.get(i + 2),
            bytes.get(i + 3),
            bytes_mode,
        ) {
            if let Some(Value::Int(n)) = positional.get(next) {
                push_int(&mut out, *n, (w - b'0') as usize);
                next += 1;
                i += 4;
                lit_start = i;
                continue;
            }
        }
        let mut star_err: Option<PyErr> = None;
        let parsed = {
            let next_ref = &mut next;
            let vm_ref: &Vm = vm;
            let star_err_ref = &mut star_err;
            pct::parse_percent_spec_with(fmt, i + 1, |_is_precision| {
                let Some(a) = positional.get(*next_ref) else {
                    *star_err_ref =
                        Some(vm_ref.type_error("not enough arguments for format string"));
                    return Err(FormatError::new(
                        ErrorKind::TypeError,
                        "not enough arguments for format string",
                    ));
                };
                *next_ref += 1;
                match a {
                    Value::Int(n) => Ok(*n),
                    Value::Bool(crate::value::PyBool(b)) => Ok(*b as i64),
                    _ => {
                        *star_err_ref = Some(vm_ref.type_error("* wants int"));
                        Err(FormatError::new(ErrorKind::TypeError, "* wants int"))
                    }
                }
            })
        };
        let (spec, end) = match parsed {
            Ok(p) => p,
            Err(e) => return Err(star_err.unwrap_or_else(|| ferr(vm, e))),
        };
        let bare = end == i + 2;
        i = end;
        lit_start = end;
        // Only `%%` itself is a literal `%`: after a key, flags, width or precision it
        // takes an argument and is then an unsupported character, as in CPython.
        if spec.conv == '%' && bare {
            out.push('%');
            continue;
        }
        let arg = if let Some(key) = &spec.key {
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            used_mapping = true;
            // A bytes format's keys are bytes (its text is read as Latin-1).
            let k = if bytes_mode {
                crate::objects::bytes::new_bytes(vm, key.chars().map(|c| c as u32 as u8).collect())
            } else {
                Value::str(key)
            };
            crate::subscript::getitem(vm, m, &k)?
        } else {
            match positional.get(next) {
                Some(a) => {
                    next += 1;
                    a.clone()
                }
                None => return Err(vm.type_error("not enough arguments for format string")),
            }
        };
        if out.is_empty()
            && end == fmt.len()
            && !bytes_mode
            && matches!(spec.conv, 's' | 'r' | 'a')
            && matches!(arg, Value::Object(_))
        {
            if let Some(r) = percent_last_unit(vm, &spec, &arg, keep) {
                out.push_str(&r?);
                continue;
            }
        }
        out.push_str(&percent_one(vm, &spec, &arg, bytes_mode)?);
    }
    out.push_str(&fmt[lit_start..]);
    let all_used = if is_tuple {
        next >= positional.len()
    } else {
        next >= 1 || used_mapping || mapping.is_some()
    };
    if !all_used {
        return Err(vm.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn percent_one(vm: &mut Vm, spec: &PercentSpec, arg: &Value, bytes_mode: bool) -> PyResult<String> {
    let e = |vm: &Vm, r: Result<String, FormatError>| r.map_err(|x| ferr(vm, x));
    match spec.conv {
        's' | 'r' | 'a' | 'b' => {
            let s = match spec.conv {
                's' | 'b' => {
                    if bytes_mode {
                        bytes_arg(vm, arg)?.iter().map(|&c| c as char).collect()
                    } else {
                        vm.str_of(arg)?.as_str().to_string()
                    }
                }
                // In a bytes format `%r` is `%a`: the text must be ASCII.
                'r' if bytes_mode => crate::repr::ascii_escape(vm.repr(arg)?.as_str()),
                'r' => vm.repr(arg)?.as_str().to_string(),
                _ => crate::repr::ascii_escape(vm.repr(arg)?.as_str()),
            };
            e(vm, pct::pad_percent_str(&s, spec))
        }
        'c' if bytes_mode => {
            let b = byte_arg(vm, arg)?;
            e(vm, pct::pad_percent_str(&(b as char).to_string(), spec))
        }
        'c' => {
            let c = match arg {
                Value::Str(s) => pct::percent_char_from_str(s.as_str()),
                _ => match as_int(arg) {
                    Some(i) => pct::percent_char_from_int(&i.to_ibig()),
                    // Any other object through its `__index__` (CPython's
                    // `PyLong_AsLongAndOverflow`); a TypeError from that is the message.
                    None => match crate::dunder::index(vm, arg) {
                        Ok(Some(n)) => pct::percent_char_from_int(&dashu_int::IBig::from(n)),
                        Ok(None) => return Err(vm.type_error("%c requires int or char")),
                        Err(e) if vm.err_is(&e, "TypeError") => {
                            return Err(vm.type_error("%c requires int or char"))
                        }
                        Err(e) => return Err(e),
                    },
                },
            };
            let c = c.map_err(|x| ferr(vm, x))?;
            e(vm, pct::pad_percent_str(&c.to_string(), spec))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let int_val = match arg {
                Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                    crate::objects::float::float_to_int(vm, *f)?
                }
                _ => match as_int(arg) {
                    Some(_) => arg.clone(),
                    None => match crate::dunder::index(vm, arg)? {
                        Some(i) => Value::from_i128(i),
                        None => {
                            let what = if matches!(spec.conv, 'd' | 'i' | 'u') {
                                format!(
                                    "%{} format: a real number is required, not {}",
                                    spec.conv,
                                    vm.type_name(arg)
                                )
                            } else {
                                format!(
                                    "%{} format: an integer is required, not {}",
                                    spec.conv,
                                    vm.type_name(arg)
                                )
                            };
                            return Err(vm.type_error(what));
                        }
                    },
                },
            };
            match as_int(&int_val) {
                Some(crate::objects::int::IntRef::Small(i)) => e(vm, pct::percent_i64(i, spec)),
                Some(crate::objects::int::IntRef::Big(b)) => e(vm, pct::percent_int(b, spec)),
                None => Err(vm.type_error("an integer is required")),
            }
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match arg {
                Value::Float(f) => *f,
                _ => match as_int(arg) {
                    Some(i) => crate::objects::int::to_f64(vm, &i)?,
                    None => {
                        return Err(vm
                            .type_error(format!("must be real number, not {}", vm.type_name(arg))))
                    }
                },
            };
            e(vm, pct::percent_float(f, spec))
        }
        _ => Err(ferr(vm, spec.unsupported_error())),
    }
}

/// What `%s` or `%b` of a bytes format puts in: a bytes object's (a subclass's) own
/// bytes, what `__bytes__` returns, or a bytearray's bytes, in that order.
fn bytes_arg(vm: &mut Vm, arg: &Value) -> PyResult<Vec<u8>> {
    let inner = match arg {
        Value::Object(o) => match &o.payload {
            Payload::Builtin(inner) => inner,
            _ => arg,
        },
        _ => arg,
    };
    if let Value::Object(o) = inner {
        if let Payload::Bytes(b) = &o.payload {
            return Ok(b.to_vec());
        }
    }
    if let Some(m) = crate::dunder::user_special(vm, arg, "__bytes__") {
        let r = crate::dunder::call_special(vm, &m, arg, &[])?;
        let r_inner = match &r {
            Value::Object(o) => match &o.payload {
                Payload::Builtin(inner) => inner.clone(),
                _ => r.clone(),
            },
            _ => r.clone(),
        };
        if let Value::Object(o) = &r_inner {
            if let Payload::Bytes(b) = &o.payload {
                return Ok(b.to_vec());
            }
        }
        return Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            vm.type_name(&r)
        )));
    }
    if let Value::Object(o) = inner {
        if let Payload::ByteArray(b) = &o.payload {
            return Ok(b.borrow().clone());
        }
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(arg)
    )))
}

/// The byte `%c` of a bytes format puts in: a bytes or bytearray of length 1, or an
/// integer (`__index__`) in range(256).
fn byte_arg(vm: &mut Vm, arg: &Value) -> PyResult<u8> {
    let inner = match arg {
        Value::Object(o) => match &o.payload {
            Payload::Builtin(inner) => inner,
            _ => arg,
        },
        _ => arg,
    };
    if let Some(b) = crate::objects::bytes::as_bytes(inner) {
        if b.len() == 1 {
            return Ok(b[0]);
        }
    } else {
        let n = match as_int(arg) {
            Some(i) => Some(i.to_ibig()),
            None => crate::dunder::index(vm, arg)?.map(dashu_int::IBig::from),
        };
        if let Some(n) = n {
            return u8::try_from(&n).map_err(|_| vm.overflow_error("%c arg not in range(256)"));
        }
    }
    Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
}

// ---- str.format ----------------------------------------------------------------------------

/// Where `str.format` finds named fields: its keyword arguments, or (`format_map`) a
/// mapping, indexed as `mapping[name]` (a dict subclass's `__getitem__` and
/// `__missing__` apply).
pub enum Names<'a> {
    Kw(&'a [(String, Value)]),
    Map(&'a Value),
}

impl Names<'_> {
    fn lookup(&self, vm: &mut Vm, key: &str) -> PyResult<Value> {
        match self {
            Names::Kw(kw) => match kw.iter().find(|(k, _)| k == key) {
                Some((_, v)) => Ok(v.clone()),
                None => Err(vm.key_error(Value::str(key))),
            },
            Names::Map(m) => crate::subscript::getitem(vm, m, &Value::str(key)),
        }
    }
}

/// `fmt_obj.format(*args, **kwargs)`, `fmt` being the text of `fmt_obj` (a str or an
/// instance of a str subclass). As CPython's unicode writer, it hands back the one string
/// it was given when that is the whole result: the format itself when it has no field
/// and no escaped brace, or the last field's formatted value (an instance of a str
/// subclass) when nothing came before it and nothing follows it.
pub fn str_format(
    vm: &mut Vm,
    fmt_obj: &Value,
    fmt: &str,
    args: &[Value],
    kwargs: &Names<'_>,
) -> PyResult<Value> {
    let mut auto = 0usize;
    let mut mode: Option<bool> = None; // Some(true) = automatic numbering
    let mut keep = None;
    let out = format_template(vm, fmt, args, kwargs, &mut auto, &mut mode, 2, &mut keep)?;
    if let Some(v) = keep {
        return Ok(v);
    }
    if !out.is_empty() && out.len() == fmt.len() && !fmt.contains(['{', '}']) {
        return Ok(fmt_obj.clone());
    }
    Ok(Value::from_string(out))
}

#[allow(clippy::too_many_arguments)]
fn format_template(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &Names<'_>,
    auto: &mut usize,
    mode: &mut Option<bool>,
    depth: u32,
    keep: &mut Option<Value>,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested braces in the spec.
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                if i + 1 == chars.len() {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            let piece = format_field(vm, &field, args, kwargs, auto, mode, depth)?;
            let text = str_text(&piece).expect("a field formats as a str");
            if out.is_empty() && j + 1 == chars.len() && is_str_subclass_piece(&piece) {
                *keep = Some(piece.clone());
            }
            out.push_str(text.as_str());
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: &Names<'_>,
    auto: &mut usize,
    mode: &mut Option<bool>,
    depth: u32,
) -> PyResult<Value> {
    // Split name[!conv][:spec], where the name part ends at the first '!' or ':' outside [].
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let conv = it.next();
        let after: String = it.collect();
        if !after.is_empty() && !after.starts_with(':') {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        (conv, after.strip_prefix(':').unwrap_or("").to_string())
    } else if let Some(r) = rest.strip_prefix(':') {
        (None, r.to_string())
    } else {
        (None, String::new())
    };
    // The first part of the name: an index, a keyword, or empty (automatic).
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *mode == Some(false) {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        *mode = Some(true);
        let idx = *auto;
        *auto += 1;
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )))
            }
        }
    } else if let Ok(idx) = first.parse::<usize>() {
        if *mode == Some(true) {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *mode = Some(false);
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )))
            }
        }
    } else {
        kwargs.lookup(vm, first)?
    };
    // Accessors.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.getattr(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) if !key.starts_with('-') && !key.starts_with('+') => Value::Int(n),
                _ => Value::str(key),
            };
            value = crate::subscript::getitem(vm, &value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    // An instance's own `__str__`/`__repr__` may give an instance of a str subclass,
    // which is then formatted through its class (`PyObject_Format`).
    let by_special = match (conv, &value) {
        (Some(c @ ('s' | 'r' | 'a')), Value::Object(_) | Value::Type(_)) => {
            crate::dunder::conversion_by_special(vm, &value, c)
        }
        _ => None,
    };
    let value = match conv {
        _ if by_special.is_some() => by_special.expect("checked")?,
        None => value,
        Some('r') => Value::Str(vm.repr(&value)?),
        Some('s') => Value::Str(vm.str_of(&value)?),
        Some('a') => Value::from_string(crate::repr::ascii_escape(vm.repr(&value)?.as_str())),
        Some(c) => {
            return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
        }
    };
    let spec = if spec.contains('{') {
        format_template(vm, &spec, args, kwargs, auto, mode, depth - 1, &mut None)?
    } else {
        spec
    };
    format_object(vm, &value, &spec)
}

/// `n` in decimal, zero-padded to `width` after its sign (`%d`, `%0<width>d`).
pub(crate) fn push_int(out: &mut String, n: i64, width: usize) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let digits = buf.len() - at;
    if n < 0 {
        out.push('-');
    }
    let sign = usize::from(n < 0);
    for _ in digits + sign..width {
        out.push('0');
    }
    // SAFETY: only ASCII digits were written to buf[at..].
    out.push_str(unsafe { std::str::from_utf8_unchecked(&buf[at..]) });
}
