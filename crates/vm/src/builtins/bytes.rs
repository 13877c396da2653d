//! `bytes` and `bytearray`: construction, decoding and the common methods.

use crate::builtins::{method, method_args, to_index};
use crate::objects::bytes::{as_bytes, find, is_bytearray, new_bytearray, new_bytes};
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        method(&t, "decode", decode_m);
        method(&t, "hex", hex);
        method(&t, "upper", upper);
        method(&t, "lower", lower);
        method(&t, "startswith", startswith);
        method(&t, "endswith", endswith);
        method(&t, "find", find_m);
        method(&t, "index", index_m);
        method(&t, "count", count);
        method(&t, "replace", replace);
        method(&t, "split", split);
        method(&t, "join", join);
        method(&t, "strip", strip);
        method(&t, "__len__", crate::builtins::list_len_shim);
        method(&t, "__getitem__", dunder_getitem);
        method(&t, "__contains__", dunder_contains);
    }
    let ba = vm.types.bytearray.clone();
    method(&ba, "__setitem__", dunder_setitem);
    method(&ba, "__delitem__", dunder_delitem);
    method(&ba, "append", append);
    method(&ba, "extend", extend);
    method(&ba, "pop", pop);
    method(&ba, "insert", insert);
    method(&ba, "remove", remove);
    method(&ba, "reverse", reverse);
    method(&ba, "copy", copy);
    method(&ba, "clear", clear);
    crate::builtins::classmethod(&vm.types.bytes.clone(), "fromhex", fromhex);
}

pub fn bytes_new(vm: &mut Vm, args: Args<'_>, mutable: bool) -> PyResult<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    crate::construct::takes_at_most(vm, name, &args, 3)?;
    let p = args.pos();
    let src = p
        .first()
        .cloned()
        .or_else(|| args.get_kw("source").cloned());
    let encoding = p
        .get(1)
        .cloned()
        .or_else(|| args.get_kw("encoding").cloned());
    let data: Vec<u8> = match (src, encoding) {
        (None, _) => Vec::new(),
        (Some(Value::Str(s)), Some(enc)) => {
            let errors = p.get(2).cloned().or_else(|| args.get_kw("errors").cloned());
            let text = |v: &Value, what: &str| match v {
                Value::Str(x) => Ok(x.as_str().to_string()),
                other => Err(vm.type_error(format!(
                    "{name}() argument '{what}' must be str, not {}",
                    vm.type_name(other)
                ))),
            };
            let enc = text(&enc, "encoding")?;
            let errors = match &errors {
                Some(e) => text(e, "errors")?,
                None => "strict".to_string(),
            };
            let Some(codec) = crate::codecs::Codec::lookup(&enc) else {
                return Err(crate::codecs::unknown_encoding(vm, &enc));
            };
            crate::codecs::encode(vm, s.as_str(), codec, &errors)?
        }
        (Some(Value::Str(_)), None) => {
            return Err(vm.type_error("string argument without an encoding"))
        }
        (Some(Value::Int(n)), _) => {
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vec![0; n as usize]
        }
        (Some(v), _) => match crate::objects::bytes::buffer_bytes(vm, &v)? {
            Some(b) => b,
            None => {
                let items = crate::iter::collect(vm, &v).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert '{}' object to bytes",
                        vm.type_name(&v)
                    ))
                })?;
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    match x {
                        Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                        Value::Int(_) => {
                            return Err(vm.value_error("bytes must be in range(0, 256)"))
                        }
                        other => {
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(&other)
                            )))
                        }
                    }
                }
                out
            }
        },
    };
    Ok(if mutable {
        new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    })
}

/// `bytes.decode(encoding, errors)` (also `str(b, encoding, errors)`).
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let Some(codec) = crate::codecs::Codec::lookup(encoding) else {
        return Err(crate::codecs::unknown_encoding(vm, encoding));
    };
    crate::codecs::decode(vm, b, codec, errors).map(Value::from_string)
}

fn this(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object"))
}

fn same(vm: &Vm, like: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    }
}

fn decode_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let b = this(vm, p.first().unwrap_or(&Value::None))?;
    let enc = match p.get(1).or_else(|| args.get_kw("encoding")) {
        Some(Value::Str(e)) => e.as_str().to_string(),
        _ => "utf-8".to_string(),
    };
    let errors = match p.get(2).or_else(|| args.get_kw("errors")) {
        Some(Value::Str(e)) => e.as_str().to_string(),
        _ => "strict".to_string(),
    };
    decode(vm, &b, &enc, &errors)
}

pub(crate) fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // (`sep` and `bytes_per_sep` may be named.)
    let (s, a) = match args.pos().split_first() {
        Some((s, a)) if a.len() + args.kw().count() <= 2 => (s, a),
        Some((_, a)) => {
            return Err(vm.type_error(format!(
                "hex() takes at most 2 arguments ({} given)",
                a.len() + args.kw().count()
            )))
        }
        None => return Err(vm.type_error("descriptor 'hex' needs an argument")),
    };
    if let Some((k, _)) = args
        .kw()
        .find(|(k, _)| !matches!(*k, "sep" | "bytes_per_sep"))
    {
        return Err(vm.type_error(format!("hex() got an unexpected keyword argument '{k}'")));
    }
    let b = this(vm, &crate::attr::builtin_self(s.clone()))?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let sep = match a.first().or_else(|| args.get_kw("sep")) {
        None => return Ok(Value::from_string(digits.concat())),
        Some(Value::Str(t)) => t.as_str().to_string(),
        Some(v) => match as_bytes(v) {
            Some(bs) => String::from_utf8_lossy(&bs).into_owned(),
            // CPython measures the separator first.
            None if crate::builtins::len_of(vm, v).is_err() => {
                return Err(
                    vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                )
            }
            None => return Err(vm.type_error("sep must be str or bytes.")),
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match a.get(1).or_else(|| args.get_kw("bytes_per_sep")) {
        Some(v) => crate::builtins::to_index(vm, v)? as i64,
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(Value::from_string(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    // Groups of n bytes, counted from the right (positive) or the left (negative).
    let first = if per > 0 && !digits.len().is_multiple_of(n) {
        digits.len() % n
    } else {
        n.min(digits.len())
    };
    let mut out = digits[..first].concat();
    let mut i = first;
    while i < digits.len() {
        out.push_str(&sep);
        let end = (i + n).min(digits.len());
        out.push_str(&digits[i..end].concat());
        i = end;
    }
    Ok(Value::from_string(out))
}

fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fromhex_of(vm, args, false)
}

fn fromhex_of(vm: &mut Vm, args: Args<'_>, bytearray: bool) -> PyResult<Value> {
    let p = args.pos();
    let Some(Value::Str(s)) = p.last() else {
        let got = p
            .last()
            .map_or("nothing".to_string(), |v| vm.type_name(v).to_string());
        return Err(vm.type_error(format!("fromhex() argument must be str, not {got}")));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let bad = |vm: &Vm, at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // ASCII whitespace only, as CPython's.
        if matches!(chars[i], '\t'..='\r' | ' ') {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let (made, base) = if bytearray {
        (new_bytearray(vm, out), vm.types.bytearray.clone())
    } else {
        (new_bytes(vm, out), vm.types.bytes.clone())
    };
    let cls = if p.len() > 1 { p.first() } else { None };
    crate::builtins::of_subclass(vm, cls, &base, made)
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "upper", &args, 0, 0)?;
    let b = this(vm, s)?;
    Ok(same(vm, s, b.to_ascii_uppercase()))
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "lower", &args, 0, 0)?;
    let b = this(vm, s)?;
    Ok(same(vm, s, b.to_ascii_lowercase()))
}

fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(vec![*i as u8]),
        _ => crate::objects::bytes::buffer_bytes(vm, v)?.ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ))
        }),
    }
}

/// The part `[start:end]` of `len` bytes that `a` (the optional start and end, None or
/// indexes) select, as CPython adjusts them; None when start lies past the end.
fn span(vm: &mut Vm, len: usize, a: &[Value]) -> PyResult<Option<(usize, usize)>> {
    if let Some(v) = a.first() {
        if !v.is_none() && crate::builtins::to_index(vm, v)? > len as i64 {
            return Ok(None);
        }
    }
    Ok(Some(crate::builtins::str::bounds(vm, len, a)?))
}

/// `startswith`/`endswith` (a prefix or a tuple of them, within `[start:end]`).
fn affix(vm: &mut Vm, args: Args<'_>, name: &'static str, end_side: bool) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, &args, 1, 3)?;
    let b = this(vm, s)?;
    let cands = match &a[0] {
        Value::Tuple(t) => t.items.to_vec(),
        v => vec![v.clone()],
    };
    let Some((start, end)) = span(vm, b.len(), &a[1..])? else {
        return Ok(Value::bool(false));
    };
    let part = &b[start..end.max(start)];
    for c in cands {
        let n = needle(vm, &c)?;
        let hit = if end_side {
            part.ends_with(&n)
        } else {
            part.starts_with(&n)
        };
        if hit && end >= start {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

/// Where the needle `a[0]` first stands within `[start:end]` (`a[1..]`).
fn find_in(vm: &mut Vm, args: Args<'_>, name: &'static str) -> PyResult<Option<usize>> {
    let (s, a) = method_args(vm, name, &args, 1, 3)?;
    let b = this(vm, s)?;
    let n = needle(vm, &a[0])?;
    let Some((start, end)) = span(vm, b.len(), &a[1..])? else {
        return Ok(None);
    };
    if start > end {
        return Ok(None);
    }
    Ok(find(&b[..end], &n, start))
}

fn find_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        find_in(vm, args, "find")?.map_or(-1, |i| i as i64),
    ))
}

fn index_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_in(vm, args, "index")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "count", &args, 1, 3)?;
    let b = this(vm, s)?;
    let n = needle(vm, &a[0])?;
    let Some((start, end)) = span(vm, b.len(), &a[1..])? else {
        return Ok(Value::Int(0));
    };
    if start > end {
        return Ok(Value::Int(0));
    }
    if n.is_empty() {
        return Ok(Value::Int((end - start) as i64 + 1));
    }
    let hay = &b[..end];
    let mut c = 0;
    let mut i = start;
    while let Some(p) = find(hay, &n, i) {
        c += 1;
        i = p + n.len();
    }
    Ok(Value::Int(c))
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "replace", &args, 2, 3)?;
    let b = this(vm, s)?;
    let old = needle(vm, &a[0])?;
    let new = needle(vm, &a[1])?;
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        for &x in &b {
            out.extend_from_slice(&new);
            out.push(x);
        }
        out.extend_from_slice(&new);
        return Ok(same(vm, s, out));
    }
    let mut left = match a.get(2) {
        Some(v) => to_index(vm, v)?,
        None => -1,
    };
    while left != 0 {
        let Some(p) = find(&b, &old, i) else { break };
        out.extend_from_slice(&b[i..p]);
        out.extend_from_slice(&new);
        i = p + old.len();
        left -= 1;
    }
    out.extend_from_slice(&b[i..]);
    Ok(same(vm, s, out))
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "split", &args, 0, 1)?;
    let b = this(vm, s)?;
    let parts: Vec<Vec<u8>> = match a.first() {
        None | Some(Value::None) => b
            .split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| p.to_vec())
            .collect(),
        Some(sep) => {
            let sep = needle(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut i = 0;
            while let Some(p) = find(&b, &sep, i) {
                out.push(b[i..p].to_vec());
                i = p + sep.len();
            }
            out.push(b[i..].to_vec());
            out
        }
    };
    Ok(Value::list(
        parts.into_iter().map(|p| same(vm, s, p)).collect(),
    ))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "join", &args, 1, 1)?;
    let sep = this(vm, s)?;
    let items = crate::iter::collect(vm, &a[0])?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match crate::objects::bytes::buffer_bytes_or_none(vm, x) {
            Some(b) => out.extend(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(x)
                )))
            }
        }
    }
    Ok(same(vm, s, out))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "strip", &args, 0, 1)?;
    let b = this(vm, s)?;
    let chars: Vec<u8> = match a.first() {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => needle(vm, v)?,
    };
    let start = b.iter().position(|c| !chars.contains(c)).unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !chars.contains(c))
        .map_or(start, |e| e + 1);
    Ok(same(vm, s, b[start..end.max(start)].to_vec()))
}

fn bytearray_cell(v: &Value) -> Option<&crate::objects::bytes::ByteArrayBuf> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "append", &args, 1, 1)?;
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    match &a[0] {
        Value::Int(i) if (0..256).contains(i) => {
            cell.check_resizable(vm)?;
            cell.borrow_mut().push(*i as u8)
        }
        Value::Int(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "extend", &args, 1, 1)?;
    let data = match crate::objects::bytes::buffer_bytes(vm, &a[0])? {
        Some(b) => b,
        None => {
            let mut out = Vec::new();
            for x in crate::iter::collect(vm, &a[0])? {
                match x {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    _ => return Err(vm.value_error("byte must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    if !data.is_empty() {
        cell.check_resizable(vm)?;
    }
    cell.borrow_mut().extend(data);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "pop", &args, 0, 1)?;
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    let len = cell.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match a.first() {
        Some(v) => crate::builtins::to_index(vm, v)? as i64,
        None => -1,
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    cell.check_resizable(vm)?;
    Ok(Value::Int(cell.borrow_mut().remove(i as usize) as i64))
}

/// An int argument that must be a byte value.
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = crate::builtins::to_index(vm, v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "insert", &args, 2, 2)?;
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    let i = crate::builtins::to_index(vm, &a[0])? as i64;
    let byte = byte_arg(vm, &a[1])?;
    let len = cell.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    cell.check_resizable(vm)?;
    cell.borrow_mut().insert(at as usize, byte);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "remove", &args, 1, 1)?;
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    let byte = byte_arg(vm, &a[0])?;
    let at = cell.borrow().iter().position(|&b| b == byte);
    match at {
        Some(i) => {
            cell.check_resizable(vm)?;
            cell.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "reverse", &args, 0, 0)?;
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    cell.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "copy", &args, 0, 0)?;
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    let data = cell.borrow().clone();
    Ok(new_bytearray(vm, data))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "clear", &args, 0, 0)?;
    let Some(cell) = bytearray_cell(s) else {
        return Err(vm.type_error("expected bytearray"));
    };
    if !cell.borrow().is_empty() {
        cell.check_resizable(vm)?;
    }
    cell.borrow_mut().clear();
    Ok(Value::None)
}

// ---- methods shared with str, through a latin-1 view ------------------------------------
//
// Each byte maps to the code point of the same value, so str's algorithms give bytes'
// results for everything that does not depend on character classes (those — case,
// whitespace, digits — are done natively above and below, ASCII-only as bytes are).

fn to_latin1(b: &[u8]) -> Value {
    Value::from_string(b.iter().map(|&c| c as char).collect())
}

fn from_latin1(vm: &Vm, like: &Value, v: Value) -> Value {
    match v {
        Value::Str(s) => same(
            vm,
            like,
            s.as_str().chars().map(|c| c as u32 as u8).collect(),
        ),
        Value::List(l) => {
            let items: Vec<Value> = l
                .items
                .borrow()
                .iter()
                .map(|x| from_latin1(vm, like, x.clone()))
                .collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(
            t.items
                .iter()
                .map(|x| from_latin1(vm, like, x.clone()))
                .collect(),
        ),
        other => other,
    }
}

fn via_str(vm: &mut Vm, args: Args<'_>, name: &'static str) -> PyResult<Value> {
    let all = args.all;
    let Some(this_v) = all.first() else {
        return Err(vm.type_error(format!("{name}() needs an argument")));
    };
    let this_b = this(vm, this_v)?;
    let mut conv: Vec<Value> = vec![to_latin1(&this_b)];
    for a in &all[1..] {
        conv.push(match as_bytes(a) {
            Some(b) => to_latin1(&b),
            None => match a {
                Value::Str(_) => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(a)
                    )))
                }
                Value::Tuple(t) => Value::tuple(
                    t.items
                        .iter()
                        .map(|x| {
                            as_bytes(x)
                                .map(|b| to_latin1(&b))
                                .unwrap_or_else(|| x.clone())
                        })
                        .collect(),
                ),
                other => other.clone(),
            },
        });
    }
    let f = vm
        .types
        .str_
        .lookup_str(name)
        .ok_or_else(|| vm.type_error("no such method"))?;
    let r = vm.call(
        &f,
        Args {
            all: &conv,
            kwnames: args.kwnames,
        },
    )?;
    Ok(from_latin1(vm, this_v, r))
}

macro_rules! via_str_methods {
    ($($f:ident => $name:literal),* $(,)?) => {
        $( fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { via_str(vm, args, $name) } )*
        const VIA_STR: &[(&str, crate::objects::function::NativeFn)] = &[$(($name, $f)),*];
    };
}

via_str_methods! {
    b_rfind => "rfind",
    b_rindex => "rindex",
    b_partition => "partition",
    b_rpartition => "rpartition",
    b_ljust => "ljust",
    b_rjust => "rjust",
    b_center => "center",
    b_zfill => "zfill",
    b_removeprefix => "removeprefix",
    b_removesuffix => "removesuffix",
    b_expandtabs => "expandtabs",
}

fn ascii_map(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (s, _) = method_args(vm, name, &args, 0, 0)?;
    let b = this(vm, s)?;
    Ok(same(vm, s, f(&b)))
}

fn b_swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ascii_map(vm, args, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ascii_map(vm, args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ascii_map(vm, args, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn b_pred(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (s, _) = method_args(vm, name, &args, 0, 0)?;
    let b = this(vm, s)?;
    Ok(Value::bool(f(&b)))
}

fn b_isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    b_pred(vm, args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic())
    })
}
fn b_isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    b_pred(vm, args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_digit())
    })
}
fn b_isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    b_pred(vm, args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric())
    })
}
fn b_isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    b_pred(vm, args, "isspace", |b| {
        !b.is_empty() && b.iter().all(|c| b" \t\n\r\x0b\x0c".contains(c))
    })
}
fn b_isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    b_pred(vm, args, "isupper", |b| {
        b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase())
    })
}
fn b_islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    b_pred(vm, args, "islower", |b| {
        b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase())
    })
}

fn strip_side(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, &args, 0, 1)?;
    let b = this(vm, s)?;
    let chars: Vec<u8> = match a.first() {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => needle(vm, v)?,
    };
    let mut start = 0;
    let mut end = b.len();
    if left {
        while start < end && chars.contains(&b[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && chars.contains(&b[end - 1]) {
            end -= 1;
        }
    }
    Ok(same(vm, s, b[start..end].to_vec()))
}

fn b_lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_side(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_side(vm, args, "rstrip", false, true)
}

fn b_rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.get(1).is_none_or(|v| v.is_none()) && args.get_kw("sep").is_none() {
        // Whitespace splitting is ASCII-only for bytes.
        let (s, _) = method_args(vm, "rsplit", &args, 0, 2)?;
        let b = this(vm, s)?;
        let parts: Vec<Value> = b
            .split(|c| b" \t\n\r\x0b\x0c".contains(c))
            .filter(|x| !x.is_empty())
            .map(|x| same(vm, s, x.to_vec()))
            .collect();
        return Ok(Value::list(parts));
    }
    via_str(vm, args, "rsplit")
}

pub fn init_more(vm: &mut Vm) {
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        for (name, f) in VIA_STR {
            method(&t, name, *f);
        }
        method(&t, "swapcase", b_swapcase);
        method(&t, "capitalize", b_capitalize);
        method(&t, "title", b_title);
        method(&t, "isalpha", b_isalpha);
        method(&t, "isdigit", b_isdigit);
        method(&t, "isalnum", b_isalnum);
        method(&t, "isspace", b_isspace);
        method(&t, "isupper", b_isupper);
        method(&t, "islower", b_islower);
        method(&t, "lstrip", b_lstrip);
        method(&t, "rstrip", b_rstrip);
        method(&t, "rsplit", b_rsplit);
        method(&t, "splitlines", b_splitlines);
    }
    crate::builtins::classmethod(&vm.types.bytearray.clone(), "fromhex", fromhex_bytearray);
    let (b, ba) = (vm.types.bytes.clone(), vm.types.bytearray.clone());
    method(&b, "translate", translate);
    method(&ba, "translate", translate);
    crate::builtins::static_method(vm, &b, "maketrans", bytes_maketrans);
    crate::builtins::static_method(vm, &ba, "maketrans", bytearray_maketrans);
}

/// `b.translate(table, /, delete=b'')`: each byte not in `delete` mapped through
/// `table` (256 bytes, or None for none), into a new object of `b`'s builtin type.
fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let delete_kw = args.get_kw("delete");
    let given = p.len().saturating_sub(1) + args.kw().count();
    if p.len() < 2 {
        return Err(vm.type_error(format!(
            "translate() takes at least 1 positional argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    if given > 2 {
        return Err(vm.type_error(format!(
            "translate() takes at most 2 arguments ({given} given)"
        )));
    }
    if let Some(k) = args
        .kw()
        .map(|(k, _)| k.to_string())
        .find(|k| k != "delete")
    {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for translate()"
        )));
    }
    let s = &crate::attr::builtin_self(p[0].clone());
    let b = this(vm, s)?;
    let bytes_of = |vm: &Vm, v: &Value| {
        as_bytes(&crate::attr::builtin_self(v.clone())).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ))
        })
    };
    let table = match &p[1] {
        Value::None => None,
        t => {
            let t = bytes_of(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match p.get(2).or(delete_kw) {
        Some(d) => bytes_of(vm, d)?,
        None => Vec::new(),
    };
    let mut gone = [false; 256];
    for &d in &delete {
        gone[d as usize] = true;
    }
    let out: Vec<u8> = b
        .iter()
        .filter(|&&c| !gone[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same(vm, s, out))
}

fn bytes_maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    maketrans(vm, args, "bytes")
}

fn bytearray_maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    maketrans(vm, args, "bytearray")
}

/// `bytes.maketrans(frm, to)` (and bytearray's, which also makes bytes): the 256-byte
/// table that maps each byte of `frm` to the byte at the same place in `to`.
fn maketrans(vm: &mut Vm, args: Args<'_>, owner: &str) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{owner}.maketrans() takes no keyword arguments")));
    }
    let p = args.pos();
    if p.len() != 2 {
        let msg = crate::builtins::positional_count_message("maketrans", 2, 2, p.len());
        return Err(vm.type_error(msg));
    }
    let mut sides = [Vec::new(), Vec::new()];
    for (side, v) in sides.iter_mut().zip(p) {
        *side = match as_bytes(&crate::attr::builtin_self(v.clone())) {
            Some(b) => b,
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        };
    }
    let [frm, to] = sides;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(&to) {
        table[f as usize] = t;
    }
    Ok(new_bytes(vm, table))
}

/// `bytes.splitlines(keepends=False)`: only `\n`, `\r` and `\r\n` end lines (str's
/// method knows more separators, so this one cannot go through str).
fn b_splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let bad_kw = args.kw().any(|(k, _)| k != "keepends");
    if p.is_empty() || p.len() > 2 || bad_kw || (p.len() == 2 && !args.kwnames.is_empty()) {
        return Err(vm.type_error("splitlines() takes at most 1 argument"));
    }
    let s = &p[0];
    let keep = match p.get(1).or_else(|| args.get_kw("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let b = this(vm, s)?;
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let end = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => i + 2,
            b'\r' | b'\n' => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let stop = if keep { end } else { i };
        lines.push(same(vm, s, b[start..stop].to_vec()));
        start = end;
        i = end;
    }
    if start < b.len() {
        lines.push(same(vm, s, b[start..].to_vec()));
    }
    Ok(Value::list(lines))
}

fn fromhex_bytearray(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fromhex_of(vm, args, true)
}

// The item slots as methods (`bytearray.__setitem__(b, i, v)`, `b.__getitem__`): the
// same operations as the subscript syntax, on the value (a subclass's instance: the
// bytes or bytearray inside it).

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__getitem__", &args, 1, 1)?;
    crate::subscript::getitem(vm, s, &a[0])
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__contains__", &args, 1, 1)?;
    Ok(Value::bool(crate::ops::contains(vm, s, &a[0])?))
}

fn dunder_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__setitem__", &args, 2, 2)?;
    crate::subscript::setitem(vm, s, &a[0], a[1].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__delitem__", &args, 1, 1)?;
    crate::subscript::delitem(vm, s, &a[0])?;
    Ok(Value::None)
}
