//! Methods of `str`.

use std::rc::Rc;

use crate::builtins::{method, method_args, to_index};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    for (name, f) in [
        ("upper", upper as crate::objects::function::NativeFn),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("format", format),
        ("format_map", format_map),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("__len__", crate::builtins::list_len_shim),
        ("__contains__", contains),
        ("__getitem__", getitem),
    ] {
        method(&t, name, f);
    }
    crate::builtins::static_method(vm, &t, "maketrans", maketrans);
}

fn this<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            vm.type_name(v)
        ))),
    }
}

/// The text of a str or of an instance of a str subclass.
pub fn str_payload(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s.as_str()),
        Value::Object(o) => match &o.payload {
            Payload::Builtin(Value::Str(s)) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match str_payload(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
    }
}

fn s0(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Rc<PyStr>> {
    let (s, _) = method_args(vm, name, args, 0, 0)?;
    Ok(this(vm, s, name)?.clone())
}

fn mk(s: String) -> Value {
    Value::from_string(s)
}

/// An ASCII string mapped byte by byte, built without an intermediate `String` when it
/// is short (most words and keys).
fn ascii_mapped(s: &str, f: fn(&mut [u8])) -> Value {
    let mut buf = [0u8; 64];
    if s.len() <= buf.len() {
        let out = &mut buf[..s.len()];
        out.copy_from_slice(s.as_bytes());
        f(out);
        // ASCII in, ASCII out.
        return Value::str(std::str::from_utf8(out).unwrap_or_default());
    }
    let mut v = s.as_bytes().to_vec();
    f(&mut v);
    mk(String::from_utf8(v).unwrap_or_default())
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = s0(vm, &args, "upper")?;
    if s.is_ascii() {
        return Ok(ascii_mapped(s.as_str(), <[u8]>::make_ascii_uppercase));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        crate::objects::unicode_case::push_upper(c, &mut out);
    }
    Ok(mk(out))
}
fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = s0(vm, &args, "lower")?;
    if s.is_ascii() {
        return Ok(ascii_mapped(s.as_str(), <[u8]>::make_ascii_lowercase));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for i in 0..chars.len() {
        crate::objects::unicode_case::push_lower_at(&chars, i, &mut out);
    }
    Ok(mk(out))
}

fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::objects::unicode_case as uc;
    let s = s0(vm, &args, "title")?;
    if s.is_ascii() {
        return Ok(ascii_mapped(s.as_str(), |b| {
            let mut prev_cased = false;
            for c in b {
                *c = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
            }
        }));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::new();
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            uc::push_lower_at(&chars, i, &mut out);
        } else {
            uc::push_title(c, &mut out);
        }
        prev_cased = uc::is_cased(c);
    }
    Ok(mk(out))
}

fn casefold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = s0(vm, &args, "casefold")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        crate::objects::unicode_case::push_fold(c, &mut out);
    }
    Ok(mk(out))
}

/// `str.capitalize` of ASCII text, in place.
pub(crate) fn capitalize_ascii(b: &mut [u8]) {
    if let Some((first, rest)) = b.split_first_mut() {
        first.make_ascii_uppercase();
        rest.make_ascii_lowercase();
    }
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = s0(vm, &args, "capitalize")?;
    if s.is_ascii() {
        return Ok(ascii_mapped(s.as_str(), capitalize_ascii));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::new();
    if let Some(&f) = chars.first() {
        crate::objects::unicode_case::push_title(f, &mut out);
        for i in 1..chars.len() {
            crate::objects::unicode_case::push_lower_at(&chars, i, &mut out);
        }
    }
    Ok(mk(out))
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = s0(vm, &args, "swapcase")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if crate::ucd::is_upper(c) {
            crate::objects::unicode_case::push_lower_at(&chars, i, &mut out);
        } else if crate::ucd::is_lower(c) {
            crate::objects::unicode_case::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(mk(out))
}

fn strip_impl(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, &args, 0, 1)?;
    let s = this(vm, s, name)?;
    let chars: Option<Vec<char>> = match a.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_str().chars().collect()),
        Some(v) => {
            return Err(vm.type_error(
                format!("{} arg must be None or str", name).replace("{}", &vm.type_name(v)),
            ))
        }
    };
    let st = s.as_str();
    let pred = |c: char| match &chars {
        None => py_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r = st;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == st.len() {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::str(r))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn split_args(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
) -> PyResult<(Rc<PyStr>, Option<String>, i64)> {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        )));
    }
    let s = this(vm, &p[0], name)?.clone();
    let mut sep = p.get(1).cloned();
    let mut maxsplit = p.get(2).cloned();
    if p.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            p.len() - 1
        )));
    }
    for (k, v) in args.kw() {
        match k {
            "sep" => sep = Some(v.clone()),
            "maxsplit" => maxsplit = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(x)) => {
            if x.as_str().is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(x.as_str().to_string())
        }
        Some(v) => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&v))))
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => to_index(vm, &v)?,
    };
    Ok((s, sep, maxsplit))
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, &args, "split")?;
    let st = s.as_str();
    let parts: Vec<Value> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = st.trim_start_matches(py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                match rest.find(py_space) {
                    Some(i) => {
                        out.push(Value::str(&rest[..i]));
                        rest = rest[i..].trim_start_matches(py_space);
                        n += 1;
                    }
                    None => {
                        out.push(Value::str(rest));
                        break;
                    }
                }
            }
            out
        }
        Some(sep) => {
            let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
            crate::objects::substr::split(st, sep.as_str(), limit)
                .into_iter()
                .map(Value::str)
                .collect()
        }
    };
    Ok(Value::list(parts))
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let st = s.as_str();
    let mut parts: Vec<Value> = match sep {
        None => {
            let mut out = Vec::new();
            let mut rest = st.trim_end_matches(py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                match rest.rfind(py_space) {
                    Some(i) => {
                        let w = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                        out.push(Value::str(&rest[i + w..]));
                        rest = rest[..i].trim_end_matches(py_space);
                        n += 1;
                    }
                    None => {
                        out.push(Value::str(rest));
                        break;
                    }
                }
            }
            out
        }
        Some(sep) => {
            if maxsplit < 0 {
                st.rsplit(sep.as_str()).map(Value::str).collect()
            } else {
                st.rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(Value::str)
                    .collect()
            }
        }
    };
    parts.reverse();
    Ok(Value::list(parts))
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let s = this(vm, p.first().unwrap_or(&Value::None), "splitlines")?.clone();
    let keep = match p.get(1).or_else(|| args.get_kw("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let st = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = st.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(Value::str(if keep {
                &st[start..end]
            } else {
                &st[start..i]
            }));
            start = end;
        }
    }
    if start < st.len() {
        out.push(Value::str(&st[start..]));
    }
    Ok(Value::list(out))
}

/// Python's whitespace for str: Unicode's White_Space plus the separators \x1c-\x1f.
pub fn py_space(c: char) -> bool {
    crate::ucd::is_space(c)
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "join", &args, 1, 1)?;
    let sep = this(vm, s, "join")?.clone();
    // A list or tuple is joined from its own items (no copy of a million-item list);
    // nothing here calls back into Python, so the borrow cannot be observed.
    match &a[0] {
        Value::List(l) => return join_items(vm, &sep, &l.items.borrow()),
        Value::Tuple(t) => return join_items(vm, &sep, &t.items),
        _ => {}
    }
    if !vm.is_iterable(&a[0]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = crate::iter::collect(vm, &a[0])?;
    join_items(vm, &sep, &items)
}

/// `sep.join(items)` built at its exact length.
fn join_items(vm: &mut Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    for (i, x) in items.iter().enumerate() {
        if str_payload(x).is_none() {
            return Err(vm.type_error(format!(
                "sequence item {}: expected str instance, {} found",
                i,
                vm.type_name(x)
            )));
        }
    }
    if let [only @ Value::Str(_)] = items {
        return Ok(only.clone());
    }
    let sep = sep.as_str();
    let parts = items.iter().enumerate().flat_map(|(i, x)| {
        [
            if i > 0 { sep } else { "" },
            str_payload(x).unwrap_or_default(),
        ]
    });
    Ok(Value::Str(Rc::new(PyStr::from_parts(parts))))
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "replace", &args, 2, 3)?;
    let s = this(vm, s, "replace")?;
    let old = arg_str(vm, &a[0], "replace() argument 1")?;
    let new = arg_str(vm, &a[1], "replace() argument 2")?;
    let count = match a.get(2) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.as_str().chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(mk(out));
        }
        return Ok(
            match crate::objects::substr::replace(s.as_str(), old, new, usize::MAX) {
                Some(r) => mk(r),
                None => Value::Str(s.clone()),
            },
        );
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.as_str().chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(mk(out));
    }
    Ok(
        match crate::objects::substr::replace(s.as_str(), old, new, count as usize) {
            Some(r) => mk(r),
            None => Value::Str(s.clone()),
        },
    )
}

/// (start, end) character bounds from optional slice arguments.
pub(crate) fn bounds(vm: &mut Vm, len: usize, a: &[Value]) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let start = match a.first() {
        Some(Value::None) | None => 0,
        Some(v) => norm(to_index(vm, v)?),
    };
    let end = match a.get(1) {
        Some(Value::None) | None => n,
        Some(v) => norm(to_index(vm, v)?),
    };
    Ok((start as usize, end as usize))
}

fn find_impl(vm: &mut Vm, args: Args<'_>, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let (s, a) = method_args(vm, name, &args, 1, 3)?;
    let s = this(vm, s, name)?.clone();
    let sub = match &a[0] {
        Value::Str(x) => x.clone(),
        v => return Err(vm.type_error(format!("must be str, not {}", vm.type_name(v)))),
    };
    let (start, end) = bounds(vm, s.char_len(), &a[1..])?;
    // A start past the end finds nothing, not even "" (CPython).
    if let Some(v) = a.get(1) {
        if !v.is_none() && to_index(vm, v)? > s.char_len() as i64 {
            return Ok(None);
        }
    }
    if start > end {
        return Ok(None);
    }
    let hay = s.slice_chars(start, end);
    let r = if rev {
        crate::objects::substr::rfind(hay, sub.as_str())
    } else {
        crate::objects::substr::find(hay, sub.as_str())
    };
    Ok(r.map(|b| start + hay[..b].chars().count()))
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}
fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "count", &args, 1, 3)?;
    let s = this(vm, s, "count")?.clone();
    let sub = arg_str(vm, &a[0], "count() argument 1")?.to_string();
    let (start, end) = bounds(vm, s.char_len(), &a[1..])?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = s.slice_chars(start, end);
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(
        crate::objects::substr::count(hay, sub.as_str()) as i64
    ))
}

fn affix(vm: &mut Vm, args: Args<'_>, name: &str, end_side: bool) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, &args, 1, 3)?;
    let s = this(vm, s, name)?.clone();
    let (start, end) = bounds(vm, s.char_len(), &a[1..])?;
    let cands: Vec<Value> = match &a[0] {
        Value::Str(_) => vec![a[0].clone()],
        Value::Tuple(t) => t.items.to_vec(),
        v => {
            return Err(vm.type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                vm.type_name(v)
            )))
        }
    };
    if start > s.char_len() || start > end {
        return Ok(Value::Bool(crate::value::PyBool(false)));
    }
    let hay = s.slice_chars(start, end);
    for c in cands {
        let Value::Str(c) = c else {
            return Err(vm.type_error(format!(
                "tuple for {} must only contain str, not {}",
                name,
                vm.type_name(&c)
            )));
        };
        let ok = if end_side {
            hay.ends_with(c.as_str())
        } else {
            hay.starts_with(c.as_str())
        };
        if ok {
            return Ok(Value::Bool(crate::value::PyBool(true)));
        }
    }
    Ok(Value::Bool(crate::value::PyBool(false)))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}
fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn pred(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = s0(vm, &args, name)?;
    Ok(Value::bool(f(s.as_str())))
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(crate::ucd::is_digit)
    })
}
fn isdecimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(crate::ucd::is_decimal)
    })
}
fn isnumeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(crate::ucd::is_numeric)
    })
}
fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(crate::ucd::is_alpha)
    })
}
fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(crate::ucd::is_alnum)
    })
}
fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(py_space)
    })
}
fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isupper", |s| {
        // A lowercase or titlecase letter makes it false (CPython's loop).
        let mut cased = false;
        for c in s.chars() {
            if crate::ucd::is_lower(c) || crate::ucd::is_title(c) {
                return false;
            }
            cased |= crate::ucd::is_upper(c);
        }
        cased
    })
}
fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "islower", |s| {
        let mut cased = false;
        for c in s.chars() {
            if crate::ucd::is_upper(c) || crate::ucd::is_title(c) {
                return false;
            }
            cased |= crate::ucd::is_lower(c);
        }
        cased
    })
}
fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "istitle", |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if crate::ucd::is_upper(c) || crate::ucd::is_title(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if crate::ucd::is_lower(c) {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}
fn isidentifier(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isidentifier", crate::ucd::is_identifier)
}
fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isascii", |s| s.is_ascii())
}
fn isprintable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isprintable", |s| {
        s.chars().all(crate::ucd::is_printable)
    })
}

fn pad_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Rc<PyStr>, usize, char)> {
    let (s, a) = method_args(vm, name, args, 1, 2)?;
    let s = this(vm, s, name)?.clone();
    let w = to_index(vm, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.char_at(0),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        Some(v) => {
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(v)
            )))
        }
    };
    Ok((s, w, fill))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, &args, "center")?;
    let n = s.char_len();
    if w <= n {
        return Ok(Value::Str(s));
    }
    let total = w - n;
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let f = fill.to_string();
    Ok(mk(format!(
        "{}{}{}",
        f.repeat(left),
        s.as_str(),
        f.repeat(right)
    )))
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, &args, "ljust")?;
    let n = s.char_len();
    if w <= n {
        return Ok(Value::Str(s));
    }
    Ok(mk(format!(
        "{}{}",
        s.as_str(),
        fill.to_string().repeat(w - n)
    )))
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, w, fill) = pad_args(vm, &args, "rjust")?;
    let n = s.char_len();
    if w <= n {
        return Ok(Value::Str(s));
    }
    Ok(mk(format!(
        "{}{}",
        fill.to_string().repeat(w - n),
        s.as_str()
    )))
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "zfill", &args, 1, 1)?;
    let s = this(vm, s, "zfill")?.clone();
    let w = to_index(vm, &a[0])?.max(0) as usize;
    let n = s.char_len();
    if w <= n {
        return Ok(Value::Str(s));
    }
    let st = s.as_str();
    let (sign, rest) = match st.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &st[1..]),
        _ => (String::new(), st),
    };
    Ok(mk(format!("{}{}{}", sign, "0".repeat(w - n), rest)))
}

fn partition_impl(vm: &mut Vm, args: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, &args, 1, 1)?;
    let s = this(vm, s, name)?.clone();
    let sep = arg_str(vm, &a[0], "must be str")?.to_string();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let st = s.as_str();
    let found = if rev {
        crate::objects::substr::rfind(st, &sep)
    } else {
        crate::objects::substr::find(st, &sep)
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&st[..i]),
            Value::str(&sep),
            Value::str(&st[i + sep.len()..]),
        ]),
        None => {
            if rev {
                Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())])
            } else {
                Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")])
            }
        }
    })
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let s = this(vm, p.first().unwrap_or(&Value::None), "expandtabs")?.clone();
    let ts = match p.get(1).or_else(|| args.get_kw("tabsize")) {
        Some(v) => to_index(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(mk(out))
}

fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let s = this(vm, p.first().unwrap_or(&Value::None), "encode")?.clone();
    let enc = match p.get(1).or_else(|| args.get_kw("encoding")) {
        Some(Value::Str(e)) => e.as_str().to_string(),
        _ => "utf-8".to_string(),
    };
    let errors = match p.get(2).or_else(|| args.get_kw("errors")) {
        Some(Value::Str(e)) => e.as_str().to_string(),
        _ => "strict".to_string(),
    };
    let Some(codec) = crate::codecs::Codec::lookup(&enc) else {
        return Err(crate::codecs::unknown_encoding(vm, &enc));
    };
    let bytes = crate::codecs::encode(vm, s.as_str(), codec, &errors)?;
    Ok(crate::objects::bytes::new_bytes(vm, bytes))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let s = this(vm, p.first().unwrap_or(&Value::None), "format")?.clone();
    let kwargs: Vec<(String, Value)> = args.kw().map(|(k, v)| (k.to_string(), v.clone())).collect();
    let names = crate::strformat::Names::Kw(&kwargs);
    // The call of the method counts one level of the recursion limit, as CPython's call
    // of a C method taking *args and **kwargs does.
    vm.enter_native(crate::recursion::CALLING)?;
    let r = crate::strformat::str_format(vm, &p[0], s.as_str(), &p[1..], &names);
    vm.leave_native();
    r
}

fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "format_map", &args, 1, 1)?;
    let text = this(vm, s, "format_map")?.clone();
    let names = crate::strformat::Names::Map(&a[0]);
    crate::strformat::str_format(vm, s, text.as_str(), &[], &names)
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "removeprefix", &args, 1, 1)?;
    let s = this(vm, s, "removeprefix")?;
    let p = arg_str(vm, &a[0], "removeprefix() argument")?;
    Ok(match s.as_str().strip_prefix(p) {
        Some(r) if !p.is_empty() => Value::str(r),
        _ => Value::Str(s.clone()),
    })
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "removesuffix", &args, 1, 1)?;
    let s = this(vm, s, "removesuffix")?;
    let p = arg_str(vm, &a[0], "removesuffix() argument")?;
    Ok(match s.as_str().strip_suffix(p) {
        Some(r) if !p.is_empty() => Value::str(r),
        _ => Value::Str(s.clone()),
    })
}

/// `str.maketrans(x[, y[, z]])`, a static method.
fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let p = args.pos();
    if p.is_empty() || p.len() > 3 {
        let msg = crate::builtins::positional_count_message("maketrans", 1, 3, p.len());
        return Err(vm.type_error(msg));
    }
    // Arguments 2 and 3 must be exact strs (or subclasses), as argument clinic checks.
    let arg_str = |vm: &Vm, i: usize| -> PyResult<Rc<PyStr>> {
        match crate::attr::builtin_self(p[i].clone()) {
            Value::Str(s) => Ok(s),
            _ => Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(&p[i])
            ))),
        }
    };
    let d = Rc::new(PyDict::new());
    match p.len() {
        1 => {
            // An exact dict (CPython's PyDict_CheckExact).
            let src = match &p[0] {
                Value::Dict(src) => src,
                _ => {
                    return Err(vm.type_error(
                        "if you give only one argument to maketrans it must be a dict",
                    ))
                }
            };
            for (k, v) in src.items() {
                let key =
                    match crate::attr::builtin_self(k.clone()) {
                        Value::Str(s) if s.char_len() == 1 => Value::Int(s.char_at(0) as i64),
                        Value::Str(_) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                d.set_item(vm, key, v)?;
            }
        }
        2 | 3 => {
            let Value::Str(x) = crate::attr::builtin_self(p[0].clone()) else {
                return Err(vm.type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            let y = arg_str(vm, 1)?;
            let z = if p.len() == 3 {
                Some(arg_str(vm, 2)?)
            } else {
                None
            };
            let (x, y) = (&x, &y);
            if x.char_len() != y.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                d.set_item(vm, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = z {
                for c in z.as_str().chars() {
                    d.set_item(vm, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => {}
    }
    Ok(Value::Dict(d))
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "translate", &args, 1, 1)?;
    let s = this(vm, s, "translate")?.clone();
    let mut out = String::new();
    for c in s.as_str().chars() {
        match crate::subscript::getitem(vm, &a[0], &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => match u32::try_from(n).ok().filter(|&c| c < 0x110000) {
                Some(c) => match char::from_u32(c) {
                    Some(ch) => out.push(ch),
                    None => return Err(vm.not_implemented("lone surrogates in strings")),
                },
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(other) => {
                return Err(vm.type_error(format!(
                    "character mapping must return integer, None or str, not {}",
                    vm.type_name(&other)
                )))
            }
            Err(e) if vm.err_is(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(mk(out))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__contains__", &args, 1, 1)?;
    Ok(Value::bool(crate::ops::contains(vm, s, &a[0])?))
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__getitem__", &args, 1, 1)?;
    crate::subscript::getitem(vm, s, &a[0])
}
