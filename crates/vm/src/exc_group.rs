//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): making one (CPython's checks
//! and messages, and `BaseExceptionGroup(...)` becoming an `ExceptionGroup` when every
//! exception is an `Exception`), `message`/`exceptions`, `split`/`subgroup`/`derive`,
//! and the two steps `except*` runs (`CHECK_EG_MATCH`'s match and `PREP_RERAISE_STAR`'s
//! regrouping). The group's traceback text is `exc_report.rs`'s.

use std::collections::HashSet;
use std::rc::Rc;

use crate::builtins::{method, method_args};
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::objects::types::PyType;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `ExceptionGroup`'s second base (`Vm::new` makes it with its first): its MRO is
/// (ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object), as CPython's.
pub fn add_exception_base(eg: &Rc<PyType>, exception: &Rc<PyType>) {
    eg.bases.borrow_mut().push(exception.clone());
    let mut mro = eg.mro_rest.borrow_mut();
    // [BaseExceptionGroup, BaseException, object] → Exception before BaseException.
    let at = mro.len().saturating_sub(2);
    mro.insert(at, exception.clone());
    exception.subclasses.borrow_mut().push(Rc::downgrade(eg));
}

pub fn init(vm: &mut Vm) {
    let t = vm.exc_type("BaseExceptionGroup");
    crate::builtins::staticmethod(&t, "__new__", group_new);
    method(&t, "__init__", group_init);
    method(&t, "__str__", group_str);
    method(&t, "derive", group_derive);
    method(&t, "split", group_split);
    method(&t, "subgroup", group_subgroup);
    crate::builtins::classmethod(&t, "__class_getitem__", crate::subscript::class_getitem);
    // CPython makes ExceptionGroup as a class of the builtins module (no docstring).
    let eg = vm.exc_type("ExceptionGroup");
    eg.dict.set_by_str("__module__", Value::str("builtins"));
    eg.dict.set_by_str("__doc__", Value::None);
    // ...and with room for weak references, as a class defined in Python.
    let weakref = crate::objects::object::PyObject::new(
        vm.types.getset.clone(),
        Payload::Member {
            name: vm.intern("__weakref__"),
            index: crate::members::WEAKREF_SLOT,
            owner: Rc::downgrade(&eg),
            owner_name: vm.intern("ExceptionGroup"),
        },
    );
    eg.dict.set_by_str("__weakref__", Value::Object(weakref));
}

/// Is `v` an instance of `BaseExceptionGroup` (one made with its message and
/// exceptions)?
pub fn is_group(v: &Value) -> bool {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Exception(d) => d.group.borrow().is_some(),
            _ => false,
        },
        _ => false,
    }
}

/// A group's (message, exceptions tuple).
pub fn parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let Value::Object(o) = v else { return None };
    let Payload::Exception(d) = &o.payload else {
        return None;
    };
    let g = d.group.borrow();
    let (msg, excs) = g.as_deref()?;
    let items = match excs {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    Some((msg.clone(), items))
}

fn is_exception(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Exception(_)))
}

/// Does `v` pass CPython's `PySequence_Check` (a `__getitem__` and not a dict)?
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => false,
        _ => {
            let t = vm.type_of(v);
            !t.is_subtype(&vm.types.dict) && vm.type_lookup_s(&t, "__getitem__").is_some()
        }
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)` for a class `cls` below
/// `BaseExceptionGroup`: the checks and the class CPython's `BaseExceptionGroup_new`
/// settles on; `args` keeps the arguments as given.
pub fn new_group(vm: &mut Vm, cls: &Rc<PyType>, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if crate::builtins::str::str_payload(&args[0]).is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    }
    if !is_sequence(vm, &args[1]) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = crate::iter::collect(vm, &args[1])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_type("Exception");
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !is_exception(e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.type_of(e).is_subtype(&exception) {
            nested_base = true;
        }
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    let eg = vm.exc_type("ExceptionGroup");
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if Rc::ptr_eq(&cls, &beg) {
        if !nested_base {
            cls = eg;
        }
    } else if nested_base && cls.is_subtype(&exception) {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    let e = vm.new_exception(cls, args.to_vec());
    *e.data().group.borrow_mut() = Some(Box::new((args[0].clone(), Value::tuple(excs))));
    Ok(e.value())
}

/// `ExceptionGroup(...)` with keywords: refused by `BaseExceptionGroup.__init__`,
/// named after the instance's class.
pub fn no_keywords(vm: &Vm, cls: &Rc<PyType>, args: &Args<'_>) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", cls.name())));
    }
    Ok(())
}

fn group_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    }
    let Some(Value::Type(cls)) = p.first() else {
        let what = p.first().map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__(X): X is not a type object ({what})"
        )));
    };
    let beg = vm.exc_type("BaseExceptionGroup");
    if !cls.is_subtype(&beg) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__({}): {} is not a subtype of BaseExceptionGroup",
            cls.name(),
            cls.name()
        )));
    }
    let cls = cls.clone();
    new_group(vm, &cls, &p[1..])
}

/// `BaseExceptionGroup.__init__(self, *args)`: no keywords; `args` becomes the
/// arguments given (as `BaseException.__init__` does).
fn group_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let Some(Value::Object(o)) = p.first() else {
        return Err(
            vm.type_error("descriptor '__init__' of 'BaseExceptionGroup' object needs an argument")
        );
    };
    no_keywords(vm, o.cls(), &args)?;
    if let Payload::Exception(d) = &o.payload {
        *d.args.borrow_mut() = Value::tuple(p[1..].to_vec());
    }
    Ok(Value::None)
}

fn self_group(vm: &Vm, name: &str, v: &Value) -> PyResult<(Value, Vec<Value>)> {
    parts(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

/// `str(eg)`: "message (2 sub-exceptions)"; None when `d` is not a group's.
pub fn group_text(d: &crate::objects::exceptions::ExcData) -> Option<String> {
    let g = d.group.borrow();
    let (msg, excs) = g.as_deref()?;
    let msg = crate::builtins::str::str_payload(msg).unwrap_or_default();
    let n = match excs {
        Value::Tuple(t) => t.items.len(),
        _ => 0,
    };
    Some(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

fn group_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "__str__", &args, 0, 0)?;
    self_group(vm, "__str__", s)?;
    let text = match s {
        Value::Object(o) => match &o.payload {
            Payload::Exception(d) => group_text(d),
            _ => None,
        },
        _ => None,
    };
    Ok(Value::from_string(text.unwrap_or_default()))
}

/// `eg.message` and `eg.exceptions` (None when `name` is neither).
pub fn group_attr(d: &crate::objects::exceptions::ExcData, name: &str) -> Option<Value> {
    let g = d.group.borrow();
    let (msg, excs) = g.as_deref()?;
    match name {
        "message" => Some(msg.clone()),
        "exceptions" => Some(excs.clone()),
        _ => None,
    }
}

/// Self and the one argument of `split`, `subgroup` and `derive`, with CPython's
/// messages for another count (they parse a tuple of arguments).
fn one_arg<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<(&'a Value, &'a [Value])> {
    let p = args.pos();
    let n = p.len().saturating_sub(1);
    if n != 1 && !p.is_empty() && !args.has_kw() {
        return Err(vm.type_error(if name == "derive" {
            format!("function takes exactly 1 argument ({n} given)")
        } else {
            format!("{name} expected 1 argument, got {n}")
        }));
    }
    method_args(vm, name, args, 1, 1)
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn group_derive(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = one_arg(vm, "derive", &args)?;
    let (msg, _) = self_group(vm, "derive", s)?;
    let beg = Value::Type(vm.exc_type("BaseExceptionGroup"));
    vm.call_args(&beg, &[msg, a[0].clone()])
}

/// What `split`/`subgroup` match with.
enum Matcher {
    Types(Value),
    Predicate(Value),
    /// Leaves by identity (`PREP_RERAISE_STAR`'s projection).
    Ids(HashSet<usize>),
}

fn matcher_of(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
    let base = vm.exc_type("BaseException");
    let is_exc_class = |v: &Value| matches!(v, Value::Type(t) if t.is_subtype(&base));
    if !matches!(v, Value::Type(_)) && vm.is_callable(v) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if is_exc_class(v) {
        return Ok(Matcher::Types(v.clone()));
    }
    if let Value::Tuple(t) = v {
        if t.items.iter().all(is_exc_class) {
            return Ok(Matcher::Types(v.clone()));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => crate::exceptions::exception_matches(vm, exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call_args(f, std::slice::from_ref(exc))?;
            vm.truthy(&r)
        }
        Matcher::Ids(ids) => Ok(!is_group(exc) && ids.contains(&exc.id())),
    }
}

/// CPython's `exceptiongroup_split_recursive`: (match, rest), each None when empty; the
/// group itself when all of it matches.
fn split_rec(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<(Value, Value)> {
    if matches(vm, exc, m)? {
        return Ok((exc.clone(), Value::None));
    }
    let Some((_, excs)) = parts(exc) else {
        let rest = if with_rest { exc.clone() } else { Value::None };
        return Ok((Value::None, rest));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in &excs {
        vm.enter_native(" in exceptiongroup_split_recursive")?;
        let r = split_rec(vm, e, m, with_rest);
        vm.leave_native();
        let (mm, rr) = r?;
        if !mm.is_none() {
            matched.push(mm);
        }
        if with_rest && !rr.is_none() {
            rest.push(rr);
        }
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest {
        subset(vm, exc, rest)?
    } else {
        Value::None
    };
    Ok((matched, rest))
}

/// A group of `excs` made by `orig.derive(excs)`, with `orig`'s traceback, cause,
/// context and a copy of its notes (CPython's `exceptiongroup_subset`); None when
/// `excs` is empty.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let eg = vm.call_method(orig, "derive", &[Value::list(excs)])?;
    if !is_group(&eg) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (Value::Object(o), Value::Object(e)) = (orig, &eg) else {
        return Ok(eg);
    };
    let (Payload::Exception(od), Payload::Exception(ed)) = (&o.payload, &e.payload) else {
        return Ok(eg);
    };
    let tb = crate::exceptions::traceback_of(vm, orig);
    if !tb.is_none() {
        *ed.traceback.borrow_mut() = od.traceback.borrow().clone();
        *ed.tb_object.borrow_mut() = (od.traceback.borrow().len(), tb);
    }
    *ed.context.borrow_mut() = od.context.borrow().clone();
    *ed.cause.borrow_mut() = od.cause.borrow().clone();
    // As CPython's PyException_SetCause does, whatever the cause.
    ed.suppress_context.set(true);
    if let Some(notes) = vm.getattr_opt(orig, "__notes__")? {
        if is_sequence(vm, &notes) {
            let copy = Value::list(crate::iter::collect(vm, &notes)?);
            vm.setattr(&eg, "__notes__", copy)?;
        }
    }
    Ok(eg)
}

fn group_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = one_arg(vm, "split", &args)?;
    self_group(vm, "split", s)?;
    let m = matcher_of(vm, &a[0])?;
    let (matched, rest) = split_rec(vm, s, &m, true)?;
    Ok(Value::tuple(vec![matched, rest]))
}

fn group_subgroup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = one_arg(vm, "subgroup", &args)?;
    self_group(vm, "subgroup", s)?;
    let m = matcher_of(vm, &a[0])?;
    Ok(split_rec(vm, s, &m, false)?.0)
}

/// `except* T`'s check of T: exception classes, none of them a group.
fn check_star_type(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let base = vm.exc_type("BaseException");
    let beg = vm.exc_type("BaseExceptionGroup");
    let items: Vec<Value> = match ty {
        Value::Tuple(t) => t.items.to_vec(),
        v => vec![v.clone()],
    };
    for t in &items {
        match t {
            Value::Type(t) if t.is_subtype(&base) => {}
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    if items
        .iter()
        .any(|t| matches!(t, Value::Type(t) if t.is_subtype(&beg)))
    {
        return Err(vm.type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// `CHECK_EG_MATCH`: (rest, match) of the exception `exc` (or None) for `except* ty`.
/// A naked exception that matches is wrapped in `ExceptionGroup('', (exc,))`.
pub fn eg_match(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_star_type(vm, ty)?;
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if crate::exceptions::exception_matches(vm, exc, ty)? {
        if is_group(exc) {
            return Ok((Value::None, exc.clone()));
        }
        let cls = vm.exc_type("BaseExceptionGroup");
        let wrapped = new_group(vm, &cls, &[Value::str(""), Value::tuple(vec![exc.clone()])])?;
        return Ok((Value::None, wrapped));
    }
    if is_group(exc) {
        let (matched, rest) = split_rec(vm, exc, &Matcher::Types(ty.clone()), true)?;
        return Ok((rest, matched));
    }
    Ok((exc.clone(), Value::None))
}

/// The identities of the exceptions (not groups) inside `v`; a RecursionError when it
/// is nested too deep, as in CPython.
fn leaf_ids(vm: &mut Vm, v: &Value, out: &mut HashSet<usize>) -> PyResult<()> {
    match parts(v) {
        Some((_, excs)) => {
            for e in &excs {
                vm.enter_native(" in collect_exception_group_leaf_ids")?;
                let r = leaf_ids(vm, e, out);
                vm.leave_native();
                r?;
            }
        }
        None => {
            out.insert(v.id());
        }
    }
    Ok(())
}

/// Same traceback, cause and context: a group `except*` split off the original (and a
/// bare `raise` re-raised), as CPython's `is_same_exception_metadata` tells them.
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Value::Object(a), Value::Object(b)) = (a, b) else {
        return false;
    };
    let (Payload::Exception(a), Payload::Exception(b)) = (&a.payload, &b.payload) else {
        return false;
    };
    let same_tb = {
        let (ta, tb) = (a.traceback.borrow(), b.traceback.borrow());
        ta.len() == tb.len()
            && ta
                .iter()
                .zip(tb.iter())
                .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.pc == y.pc)
    };
    same_tb && a.cause.borrow().is(&b.cause.borrow()) && a.context.borrow().is(&b.context.borrow())
}

/// `PREP_RERAISE_STAR`: what leaves a `try`/`except*` (None when nothing): the
/// exceptions its handlers raised, then what was re-raised or not handled, regrouped as
/// CPython's `_PyExc_PrepReraiseStar` does (the original's structure kept for the
/// re-raised part).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let excs: Vec<Value> = excs.iter().filter(|e| !e.is_none()).cloned().collect();
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // A naked exception was wrapped: one clause at most ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs {
        if same_metadata(&e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = HashSet::new();
    for e in &reraised {
        leaf_ids(vm, e, &mut ids)?;
    }
    let kept = if ids.is_empty() {
        Value::None
    } else {
        split_rec(vm, orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(kept);
    }
    if !kept.is_none() {
        raised.push(kept);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let cls = vm.exc_type("BaseExceptionGroup");
    new_group(vm, &cls, &[Value::str(""), Value::list(raised)])
}
