//! `repr()` and `str()` of every builtin type, with recursion guards for containers.

use std::rc::Rc;

use crate::objects::function::{Flavor, NativeKind};
use crate::objects::object::{DictViewKind, Payload};
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Python's `repr` of a str: prefer single quotes, escape as CPython does.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Approximation of `str.isprintable` for one character (CPython: not in categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs except the ASCII space).
pub fn is_printable(c: char) -> bool {
    crate::ucd::is_printable(c)
}

/// `ascii()`: escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    bytes_repr_quoting(b, prefix, false)
}

/// bytes' repr, or bytearray's when `always_escape_single`: CPython's bytearray repr
/// escapes `'` even inside double quotes (`bytearray(b"\x00\'")`).
fn bytes_repr_quoting(b: &[u8], prefix: &str, always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push_str(prefix);
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    let s = match v {
        Value::Str(s) => str_repr(s.as_str()),
        _ => return repr_string(vm, v).map(|s| Rc::new(PyStr::from_string(s))),
    };
    Ok(Rc::new(PyStr::from_string(s)))
}

/// A container's repr begins: false when it is already in progress (it shows as
/// `[...]`); a RecursionError when the nesting reaches the recursion limit.
fn guard_enter(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let id = v.id();
    if vm.repr_stack.contains(&id) {
        return Ok(false);
    }
    vm.enter_native(crate::recursion::REPR)?;
    vm.repr_stack.push(id);
    Ok(true)
}

fn guard_leave(vm: &mut Vm) {
    vm.repr_stack.pop();
    vm.leave_native();
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(repr(vm, x)?.as_str());
    }
    Ok(out)
}

pub fn repr_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Null => "<NULL>".to_string(),
        Value::None => "None".to_string(),
        Value::NotImplemented => "NotImplemented".to_string(),
        Value::Ellipsis => "Ellipsis".to_string(),
        Value::Bool(crate::value::PyBool(b)) => if *b { "True" } else { "False" }.to_string(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => {
            let s = b.to_string();
            if s.trim_start_matches('-').len() > 4300 {
                return Err(vm.value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            s
        }
        Value::Float(f) => crate::format::float_repr(*f),
        Value::Str(s) => str_repr(s.as_str()),
        Value::Tuple(t) => {
            if !guard_enter(vm, v)? {
                return Ok("(...)".to_string());
            }
            let r = join_reprs(vm, &t.items);
            guard_leave(vm);
            let inner = r?;
            if t.items.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            }
        }
        Value::List(l) => {
            if !guard_enter(vm, v)? {
                return Ok("[...]".to_string());
            }
            let items = l.items.borrow().clone();
            let r = join_reprs(vm, &items);
            guard_leave(vm);
            format!("[{}]", r?)
        }
        Value::Dict(d) => {
            if !guard_enter(vm, v)? {
                return Ok("{...}".to_string());
            }
            let r = dict_items_repr(vm, &d.items());
            guard_leave(vm);
            format!("{{{}}}", r?)
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let is_frozen = matches!(v, Value::FrozenSet(_));
            let keys = s.keys();
            if keys.is_empty() {
                return Ok(if is_frozen { "frozenset()" } else { "set()" }.to_string());
            }
            if !guard_enter(vm, v)? {
                return Ok(format!("{}(...)", vm.type_name(v)));
            }
            let r = join_reprs(vm, &keys);
            guard_leave(vm);
            if is_frozen {
                format!("frozenset({{{}}})", r?)
            } else {
                format!("{{{}}}", r?)
            }
        }
        Value::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().as_str(),
            v.id()
        ),
        Value::Builtin(b) => match (&b.self_, b.kind) {
            // A builtin type's `__new__` (bound to the type) and static methods
            // (`str.maketrans`).
            (None, NativeKind::StaticMethod) if b.objclass.is_some() => {
                let t = b.objclass.as_ref().and_then(|t| t.upgrade());
                let id = t.map_or(0, |t| Value::Type(t).id());
                format!("<built-in method {} of type object at {id:#x}>", b.name)
            }
            (Some(s), _)
                if b.module.is_none()
                    && !matches!(s, Value::Object(o) if matches!(o.payload, Payload::Module { .. })) =>
            {
                let what = if b.flavor == Flavor::Slot {
                    format!("method-wrapper '{}'", b.name)
                } else {
                    format!("built-in method {}", b.name)
                };
                format!("<{what} of {} object at {:#x}>", vm.type_name(s), s.id())
            }
            _ => match b.owner {
                Some(owner) if b.kind == NativeKind::Method && b.flavor == Flavor::Slot => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, owner)
                }
                Some(owner) if b.kind != NativeKind::Function => {
                    format!("<method '{}' of '{}' objects>", b.name, owner)
                }
                _ => format!("<built-in function {}>", b.name),
            },
        },
        Value::Type(t) => {
            // A metaclass's own __repr__ (`<enum 'Color'>`).
            if crate::dunder::user_special(vm, v, "__repr__").is_some() {
                return crate::dunder::repr(vm, v);
            }
            format!("<class '{}'>", t.full_name())
        }
        Value::Cell(c) => {
            let inner = c.borrow();
            if inner.is_null() {
                format!("<cell at {:#x}: empty>", v.id())
            } else {
                format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    v.id(),
                    vm.type_name(&inner),
                    inner.id()
                )
            }
        }
        Value::Object(o) => match &o.payload {
            Payload::Complex(r, i) => crate::objects::complex::repr(*r, *i),
            Payload::Bytes(b) => bytes_repr(b, "b"),
            Payload::ByteArray(b) => {
                format!("bytearray({})", bytes_repr_quoting(&b.borrow(), "b", true))
            }
            Payload::MemoryView(m) => crate::builtins::memoryview::repr(m, v),
            Payload::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Payload::Slice(a, b, c) => {
                let (a, b, c) = (a.clone(), b.clone(), c.clone());
                format!(
                    "slice({}, {}, {})",
                    repr(vm, &a)?.as_str(),
                    repr(vm, &b)?.as_str(),
                    repr(vm, &c)?.as_str()
                )
            }
            Payload::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.co.name,
                v.id(),
                c.co.filename,
                c.co.firstlineno
            ),
            Payload::Module { .. } => {
                let file = o.dict().as_ref().and_then(|d| d.get_by_str("__file__"));
                // The name is the module's `__name__`, '?' when it is gone (as CPython).
                let name = match o.dict().as_ref().and_then(|d| d.get_by_str("__name__")) {
                    Some(Value::Str(n)) => n.as_str().to_string(),
                    _ => "?".to_string(),
                };
                // Every module the importer makes has `__builtins__`; one made by
                // `types.ModuleType(name)` has not, and reads as CPython's does.
                // (The `builtins` module's namespace is the builtins dict itself.)
                let imported = o.dict().is_some_and(|d| {
                    d.get_by_str("__builtins__").is_some() || Rc::ptr_eq(&d, &vm.builtins)
                });
                // A module whose loader is BuiltinImporter (`__main__` of `-c` code or
                // standard input) is named by it, before its `__file__`, as importlib's
                // module repr asks the loader first.
                let builtin_loader = o
                    .dict()
                    .and_then(|d| d.get_by_str("__loader__"))
                    .is_some_and(|l| crate::import::is_builtin_importer(vm, &l));
                match file {
                    _ if builtin_loader => format!("<module '{name}' (built-in)>"),
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", name, f.as_str()),
                    _ if !imported => format!("<module '{name}'>"),
                    _ => format!("<module '{name}' (built-in)>"),
                }
            }
            Payload::BoundMethod { func, self_ } => {
                let fname = match func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    _ => vm
                        .getattr_opt(func, "__qualname__")?
                        .map(|v| match v {
                            Value::Str(s) => s.as_str().to_string(),
                            _ => "?".to_string(),
                        })
                        .unwrap_or_else(|| "?".to_string()),
                };
                let self_ = self_.clone();
                format!("<bound method {} of {}>", fname, repr(vm, &self_)?.as_str())
            }
            Payload::Exception(_)
                if o.cls()
                    .lookup_str("__repr__")
                    .is_some_and(|f| matches!(f, Value::Function(_))) =>
            {
                return crate::dunder::repr(vm, v);
            }
            Payload::Exception(d) => {
                let args = d.args.borrow().clone();
                let name = o.cls().name().to_string();
                match &args {
                    Value::Tuple(t) if t.items.len() == 1 => {
                        format!("{}({})", name, repr(vm, &t.items[0])?.as_str())
                    }
                    Value::Tuple(t) => format!("{}({})", name, join_reprs(vm, &t.items)?),
                    _ => format!("{name}()"),
                }
            }
            Payload::Frame(_) => vm.frame_repr(o),
            Payload::Coroutine(g) => {
                let g = g.borrow();
                format!(
                    "<{} object {} at {:#x}>",
                    o.cls().name(),
                    g.qualname.as_str(),
                    v.id()
                )
            }
            Payload::Generator(g) => {
                format!(
                    "<generator object {} at {:#x}>",
                    g.borrow().qualname.as_str(),
                    v.id()
                )
            }
            Payload::Iter(st) => {
                let parts = match &*st.borrow() {
                    crate::objects::iter::IterState::Native(n) => n.repr_parts(),
                    _ => None,
                };
                match parts {
                    // (The state's borrow is over: a value's repr may run Python.)
                    Some((name, values)) => {
                        let mut shown = Vec::with_capacity(values.len());
                        for x in &values {
                            shown.push(repr_string(vm, x)?);
                        }
                        format!("{name}({})", shown.join(", "))
                    }
                    // Named by its class (an exhausted iterator's state no longer knows
                    // its kind).
                    None => format!("<{} object at {:#x}>", o.cls().name(), v.id()),
                }
            }
            Payload::DictView { dict, kind, .. } => {
                // dict_keys… or an OrderedDict's odict_keys…
                let name = o.cls().name();
                if crate::builtins::odict::is_odict_view(vm, o, *kind) {
                    // Its items as its iterator gives them (CPython lists the view),
                    // from the OrderedDict's key list.
                    let it = crate::builtins::odict::new_iter(vm, dict, *kind, false);
                    let mut items = Vec::new();
                    while let Some(x) = vm.next(&it)? {
                        items.push(x);
                    }
                    return Ok(format!("{}([{}])", name, join_reprs(vm, &items)?));
                }
                let items: Vec<Value> = match kind {
                    DictViewKind::Keys => dict.keys(),
                    DictViewKind::Values => dict.values(),
                    DictViewKind::Items => dict
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                };
                format!("{}([{}])", name, join_reprs(vm, &items)?)
            }
            Payload::MappingProxy(d) => {
                let items = d.items();
                format!("mappingproxy({{{}}})", dict_items_repr(vm, &items)?)
            }
            Payload::Stream(n) => format!(
                "<_io.TextIOWrapper name='<{}>' mode='{}' encoding='utf-8'>",
                match n {
                    0 => "stdin",
                    2 => "stderr",
                    _ => "stdout",
                },
                if *n == 0 { "r" } else { "w" }
            ),
            // (A subclass of super may define `__repr__`.)
            Payload::Super { .. }
                if !o.cls().builtin
                    && !matches!(
                        vm.type_lookup_s(o.cls(), "__repr__"),
                        Some(Value::Builtin(_))
                    ) =>
            {
                return crate::dunder::repr(vm, v)
            }
            Payload::Super { .. } => crate::builtins::super_type::super_repr(&o.payload),
            Payload::Instance | Payload::Builtin(_) => return crate::dunder::repr(vm, v),
            // Named by the builtin class whatever the subclass, as CPython's.
            Payload::StaticMethod(f) => {
                let f = f.clone();
                format!("<staticmethod({})>", repr(vm, &f)?.as_str())
            }
            Payload::ClassMethod(f) => {
                let f = f.clone();
                format!("<classmethod({})>", repr(vm, &f)?.as_str())
            }
            Payload::Member { .. } => crate::members::member_repr(o).unwrap_or_default(),
            _ => format!("<{} object at {:#x}>", o.cls().full_name(), v.id()),
        },
    })
}

fn dict_items_repr(vm: &mut Vm, items: &[(Value, Value)]) -> PyResult<String> {
    let mut out = String::new();
    for (i, (k, val)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(repr(vm, k)?.as_str());
        out.push_str(": ");
        out.push_str(repr(vm, val)?.as_str());
    }
    Ok(out)
}

pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        Value::Object(o) => match &o.payload {
            Payload::Exception(d) => {
                if o.cls()
                    .lookup_str("__str__")
                    .is_some_and(|f| matches!(f, Value::Function(_)))
                {
                    return crate::dunder::str_of(vm, v);
                }
                if let Some(s) = crate::exc_group::group_text(d) {
                    return Ok(Rc::new(PyStr::from_string(s)));
                }
                if o.cls().is_subtype(&vm.exc_type("SyntaxError")) {
                    let s = crate::exc_details::syntax_error_str(vm, v)?;
                    return Ok(Rc::new(PyStr::from_string(s)));
                }
                if o.cls().is_subtype(&vm.exc_type("UnicodeError")) {
                    if let Some(s) = crate::exc_details::unicode_error_str(vm, o, d) {
                        return Ok(Rc::new(PyStr::from_string(s)));
                    }
                }
                let args = d.args.borrow().clone();
                let oserror = o.cls().is_subtype(&vm.exc_type("OSError"));
                let s = match &args {
                    // `[Errno 2] No such file or directory: 'x'`
                    Value::Tuple(t) if oserror && t.items.len() == 2 => {
                        let mut s = format!(
                            "[Errno {}] {}",
                            str_of(vm, &t.items[0])?.as_str(),
                            str_of(vm, &t.items[1])?.as_str()
                        );
                        let files = d.filenames.borrow().as_deref().cloned();
                        if let Some((f, f2)) = files {
                            if !f.is_none() {
                                s += &format!(": {}", repr(vm, &f)?.as_str());
                            }
                            if !f2.is_none() {
                                s += &format!(" -> {}", repr(vm, &f2)?.as_str());
                            }
                        }
                        s
                    }
                    Value::Tuple(t) if t.items.is_empty() => String::new(),
                    Value::Tuple(t) if t.items.len() == 1 => {
                        if o.cls().is_subtype(&vm.exc_type("KeyError")) {
                            repr(vm, &t.items[0])?.as_str().to_string()
                        } else {
                            str_of(vm, &t.items[0])?.as_str().to_string()
                        }
                    }
                    _ => repr(vm, &args)?.as_str().to_string(),
                };
                Ok(Rc::new(PyStr::from_string(s)))
            }
            Payload::Instance | Payload::Builtin(_) => crate::dunder::str_of(vm, v),
            // str(mappingproxy) is the str of the mapping it wraps.
            Payload::MappingProxy(d) => {
                let d = Value::Dict(d.clone());
                repr(vm, &d)
            }
            _ => repr(vm, v),
        },
        Value::Type(_) => crate::dunder::str_of(vm, v),
        _ => repr(vm, v),
    }
}

/// The special methods that fill a type slot: CPython shows them on builtin types as
/// "slot wrapper" (on the class) and "method-wrapper" (bound), other methods as
/// "method" and "built-in method".
pub(crate) fn is_slot_name(name: &str) -> bool {
    matches!(
        name,
        "__getattribute__"
            | "__getattr__"
            | "__setattr__"
            | "__delattr__"
            | "__repr__"
            | "__hash__"
            | "__call__"
            | "__str__"
            | "__lt__"
            | "__le__"
            | "__eq__"
            | "__ne__"
            | "__gt__"
            | "__ge__"
            | "__iter__"
            | "__next__"
            | "__get__"
            | "__set__"
            | "__delete__"
            | "__init__"
            | "__del__"
            | "__await__"
            | "__aiter__"
            | "__anext__"
            | "__add__"
            | "__radd__"
            | "__sub__"
            | "__rsub__"
            | "__mul__"
            | "__rmul__"
            | "__mod__"
            | "__rmod__"
            | "__divmod__"
            | "__rdivmod__"
            | "__pow__"
            | "__rpow__"
            | "__neg__"
            | "__pos__"
            | "__abs__"
            | "__bool__"
            | "__invert__"
            | "__lshift__"
            | "__rlshift__"
            | "__rshift__"
            | "__rrshift__"
            | "__and__"
            | "__rand__"
            | "__xor__"
            | "__rxor__"
            | "__or__"
            | "__ror__"
            | "__int__"
            | "__float__"
            | "__iadd__"
            | "__isub__"
            | "__imul__"
            | "__imod__"
            | "__ipow__"
            | "__ilshift__"
            | "__irshift__"
            | "__iand__"
            | "__ixor__"
            | "__ior__"
            | "__floordiv__"
            | "__rfloordiv__"
            | "__truediv__"
            | "__rtruediv__"
            | "__ifloordiv__"
            | "__itruediv__"
            | "__index__"
            | "__matmul__"
            | "__rmatmul__"
            | "__imatmul__"
            | "__len__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__contains__"
    )
}
