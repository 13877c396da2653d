//! `__slots__`: the member descriptors a class's `__slots__` creates, the per-instance
//! storage their values live in (`PyObject::slots`, apart from the instance `__dict__`,
//! as in CPython), and the instance-layout rules for classes with slots.
//!
//! A member carries its index into the instance's slot storage. A class's members are
//! numbered after those of the base its instances are laid out by (the base with the
//! most slots), so one instance never has two members at the same index: bases whose
//! slots would collide are a "lay-out conflict", as in CPython.

use std::rc::{Rc, Weak};

use crate::builtins::method;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::str::PyStr;
use crate::objects::types::{Layout, PyType};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a class statement's `__slots__` asks for.
pub struct SlotSpec {
    /// The class has `__slots__`.
    pub present: bool,
    /// The new members' names (private names mangled), sorted as CPython orders them.
    pub members: Vec<Rc<PyStr>>,
    /// `__dict__` is among the names: instances keep a dict after all.
    pub add_dict: bool,
    /// `__weakref__` is among the names.
    pub add_weakref: bool,
    /// The class's dict gets a `__dict__` (`__weakref__`) getset descriptor: its
    /// instances have what no base gives them.
    pub getset_dict: bool,
    pub getset_weakref: bool,
    /// Index of the first new member: the slots the bases already give an instance.
    pub first: usize,
}

/// The class whose slots lay out `b`'s instances: the least derived class in its MRO
/// that has as many slots as `b` (only meaningful when `b` has slots).
fn slot_solid(b: &Rc<PyType>) -> Rc<PyType> {
    b.mro()
        .into_iter()
        .rfind(|c| c.nslots == b.nslots)
        .unwrap_or_else(|| b.clone())
}

fn is_identifier(s: &str) -> bool {
    crate::ucd::is_identifier(s)
}

/// Do instances of `b` have a `__dict__` (user classes without `__slots__`, exceptions)?
fn gives_dict(b: &PyType) -> bool {
    !(b.dictless.get() || (b.builtin && b.layout != Layout::Exception))
}

/// Check the bases' slot layouts against each other and read `__slots__` from the class
/// namespace `dict` (`layout`: the new class's builtin layout).
pub fn slot_spec(
    vm: &mut Vm,
    class_name: &PyStr,
    bases: &[Rc<PyType>],
    layout: Layout,
    dict: &PyDict,
) -> PyResult<SlotSpec> {
    let conflict = |vm: &Vm| vm.type_error("multiple bases have instance lay-out conflict");
    // The base with the most slots; every other base with slots must be laid out as a
    // part of it.
    let winner = bases
        .iter()
        .filter(|b| b.nslots > 0)
        .fold(None::<&Rc<PyType>>, |w, b| match w {
            Some(w) if w.nslots >= b.nslots => Some(w),
            _ => Some(b),
        });
    if let Some(w) = winner {
        let wmro = w.mro();
        for b in bases.iter().filter(|b| b.nslots > 0) {
            let s = slot_solid(b);
            if !wmro.iter().any(|c| Rc::ptr_eq(c, &s)) {
                return Err(conflict(vm));
            }
        }
        // Slots added to a plain object cannot share an instance with a builtin
        // value (`class C(Slotted, list)`).
        if slot_solid(w).layout != layout {
            return Err(conflict(vm));
        }
    }
    let first = winner.map_or(0, |w| w.nslots);
    let mut spec = SlotSpec {
        present: false,
        members: Vec::new(),
        add_dict: false,
        add_weakref: false,
        getset_dict: false,
        getset_weakref: false,
        first,
    };
    // CPython's rules: a `__dict__` entry where no base gives instances a dict, a
    // `__weakref__` one where no base takes weak references and the builtin base is not
    // variable-sized (int, tuple, bytes).
    let bases_dict = bases.iter().any(|b| gives_dict(b));
    let bases_weakref = bases.iter().any(|b| {
        b.mro().iter().any(|c| {
            (c.builtin && c.layout == Layout::Type)
                || matches!(c.dict.get_by_str("__weakref__"), Some(Value::Object(o)) if matches!(o.payload, Payload::Member { index: WEAKREF_SLOT, .. }))
        })
    });
    let var_sized = bases.iter().any(|b| {
        b.mro()
            .iter()
            .any(|c| c.builtin && matches!(c.layout, Layout::Int | Layout::Tuple | Layout::Bytes))
    });
    let Some(slots) = dict.get_by_str("__slots__") else {
        spec.getset_dict = !bases_dict && layout != Layout::Type;
        spec.getset_weakref = !bases_weakref && !var_sized && layout != Layout::Type;
        return Ok(spec);
    };
    spec.present = true;
    let names = match &slots {
        Value::Str(_) => vec![slots.clone()],
        other => crate::iter::collect(vm, other)?,
    };
    // The base CPython lays the class out by (its "best base").
    let best = winner
        .or_else(|| bases.iter().find(|b| b.layout != Layout::Object))
        .or(bases.first());
    if let Some(b) = best {
        if !names.is_empty() && matches!(b.layout, Layout::Int | Layout::Tuple | Layout::Bytes) {
            return Err(vm.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                b.name()
            )));
        }
    }
    let owner = class_name.as_str().trim_start_matches('_');
    for n in &names {
        let Value::Str(s) = n else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(n)
            )));
        };
        if !is_identifier(s.as_str()) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        match s.as_str() {
            "__dict__" => {
                if spec.add_dict || best.is_some_and(|b| gives_dict(b)) {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                spec.add_dict = true;
            }
            "__weakref__" => spec.add_weakref = true,
            name => {
                // A private name is mangled as it is in the class body (`__x` → `_C__x`).
                let private = name.starts_with("__") && !name.ends_with("__");
                spec.members.push(if private && !owner.is_empty() {
                    Rc::new(PyStr::new(&format!("_{owner}{name}")))
                } else {
                    s.clone()
                });
            }
        }
    }
    for m in &spec.members {
        if dict.get_by_str(m.as_str()).is_some() {
            return Err(vm.value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                m.as_str()
            )));
        }
    }
    spec.members.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    spec.getset_dict = spec.add_dict && !bases_dict;
    spec.getset_weakref = spec.add_weakref && !bases_weakref && !var_sized;
    Ok(spec)
}

/// Put the member descriptors of `spec` into the dict of the class being made.
pub fn add_members(
    vm: &Vm,
    spec: &SlotSpec,
    owner: &Weak<PyType>,
    owner_name: &Rc<PyStr>,
    dict: &PyDict,
) {
    for (i, name) in spec.members.iter().enumerate() {
        let member = PyObject::new(
            vm.types.member.clone(),
            Payload::Member {
                name: name.clone(),
                index: spec.first + i,
                owner: owner.clone(),
                owner_name: owner_name.clone(),
            },
        );
        dict.set_str(name.clone(), Value::Object(member));
    }
    for (wanted, name, index) in [
        (spec.getset_dict, "__dict__", DICT_SLOT),
        (spec.getset_weakref, "__weakref__", WEAKREF_SLOT),
    ] {
        // (A name the class body defined keeps its value, as CPython's setdefault.)
        if wanted && dict.get_by_str(name).is_none() {
            let getset = PyObject::new(
                vm.types.getset.clone(),
                Payload::Member {
                    name: Rc::new(PyStr::new(name)),
                    index,
                    owner: owner.clone(),
                    owner_name: owner_name.clone(),
                },
            );
            dict.set_by_str(name, Value::Object(getset));
        }
    }
}

/// The `index` of the members that are a class's `__dict__` and `__weakref__`
/// getset descriptors (not slots).
pub const DICT_SLOT: usize = usize::MAX;
pub const WEAKREF_SLOT: usize = usize::MAX - 1;

/// The object `obj` whose slot member `m` reads or writes, checked to be an instance of
/// the member's class (a member copied onto another class does not apply to its
/// instances); with the member's name and index.
fn target<'a>(
    vm: &Vm,
    m: &PyObject,
    obj: &'a Value,
) -> PyResult<(&'a Rc<PyObject>, Rc<PyStr>, usize)> {
    let Payload::Member {
        name,
        index,
        owner,
        owner_name,
    } = &m.payload
    else {
        return Err(vm.type_error("not a member descriptor"));
    };
    if let Value::Object(o) = obj {
        if owner.upgrade().is_some_and(|t| o.cls().is_subtype(&t)) {
            return Ok((o, name.clone(), *index));
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name.as_str(),
        owner_name.as_str(),
        vm.type_name(obj)
    )))
}

/// `obj.name` through the slot member `m`.
pub fn member_get(vm: &mut Vm, m: &PyObject, obj: &Value) -> PyResult<Value> {
    if matches!(m.payload, Payload::Member { index, .. } if crate::getset::is_builtin(index)) {
        return crate::getset::get(vm, m, obj);
    }
    let (o, name, index) = target(vm, m, obj)?;
    match index {
        // Handed out, the dict can be stored anywhere (even in itself): from now on the
        // cycle collector sees it as a container of its own.
        DICT_SLOT => {
            return match o.dict() {
                Some(d) => Ok(Value::Dict(crate::gc::track_dict(d))),
                None => Err(vm.attribute_error(obj, "__dict__")),
            }
        }
        // The head of the object's weak references.
        WEAKREF_SLOT => return Ok(crate::stdlib::weakref::first_ref(obj)),
        _ => {}
    }
    match o.slots.get(index) {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(obj, name.as_str())),
    }
}

/// `obj.name = v` (Some) or `del obj.name` (None) through the slot member `m`.
pub fn member_set(vm: &mut Vm, m: &PyObject, obj: &Value, v: Option<Value>) -> PyResult<()> {
    if matches!(m.payload, Payload::Member { index, .. } if crate::getset::is_builtin(index)) {
        return crate::getset::set(vm, m, obj, v);
    }
    let (o, name, index) = target(vm, m, obj)?;
    match (index, v) {
        (DICT_SLOT, Some(v)) => vm.set_dict(o, v),
        // The next use of the object's `__dict__` finds a new, empty one.
        (DICT_SLOT, None) => {
            o.set_dict(crate::gc::track_dict(Rc::new(
                crate::objects::dict::PyDict::new(),
            )));
            Ok(())
        }
        (WEAKREF_SLOT, _) => {
            let owner = match &m.payload {
                Payload::Member { owner_name, .. } => owner_name.as_str().to_string(),
                _ => String::new(),
            };
            Err(vm.new_error(
                "AttributeError",
                format!("attribute '__weakref__' of '{owner}' objects is not writable"),
            ))
        }
        (_, v) => member_store(vm, o, &name, index, v),
    }
}

fn member_store(
    vm: &mut Vm,
    o: &PyObject,
    name: &Rc<PyStr>,
    index: usize,
    v: Option<Value>,
) -> PyResult<()> {
    match v {
        Some(v) => o.slots.set(index, v),
        None => {
            if o.slots.take(index).is_none() {
                return Err(vm.new_error("AttributeError", name.as_str().to_string()));
            }
        }
    }
    Ok(())
}

/// For the LOAD_ATTR and STORE_ATTR caches: the slot `name` is kept in for instances of
/// `o`'s type, when the type's attribute is a member that applies to them and the type
/// overrides none of the attribute hooks in `hooks`.
/// The slot (`__slots__` member) a cache may keep for `o.name`, when no hook in `hooks`
/// is overridden; with `for_load`, also the class's `__dict__` getset (`DICT_SLOT`),
/// which only a load may cache.
pub fn cacheable_slot(
    vm: &mut Vm,
    o: &PyObject,
    name: &Rc<PyStr>,
    hooks: u8,
    for_load: bool,
) -> Option<usize> {
    if vm.type_hooks(o.cls()) & hooks != 0 {
        return None;
    }
    let a = vm.type_lookup(o.cls(), name)?;
    let Value::Object(m) = &a else { return None };
    let Payload::Member { index, owner, .. } = &m.payload else {
        return None;
    };
    if *index >= crate::getset::FIRST_BUILTIN && !(*index == DICT_SLOT && for_load) {
        return None;
    }
    owner.upgrade().filter(|t| o.cls().is_subtype(t))?;
    Some(*index)
}

/// What a LOAD_ATTR cache that `cacheable_slot(..., for_load: true)` answered reads:
/// the member's slot, or (`DICT_SLOT`) the instance's `__dict__`, handed out as
/// `member_get` hands it out.
#[inline]
pub fn load_slot(o: &PyObject, index: usize) -> Option<Value> {
    if index == DICT_SLOT {
        return o.dict().map(|d| Value::Dict(crate::gc::track_dict(d)));
    }
    o.slots.get(index)
}

/// The slot a LOAD_ATTR/STORE_ATTR cache entry says `o`'s type keeps the attribute in.
#[inline]
pub fn slot_hit(cache: &crate::objects::function::InlineCache, o: &PyObject) -> Option<usize> {
    match cache {
        crate::objects::function::InlineCache::SlotAttr { ty, epoch, index }
            if *ty == Rc::as_ptr(o.cls()) as usize
                && *epoch == crate::objects::types::type_epoch() =>
        {
            Some(*index)
        }
        _ => None,
    }
}

/// `repr()` of a member descriptor.
pub fn member_repr(m: &PyObject) -> Option<String> {
    match &m.payload {
        Payload::Member {
            name,
            owner_name,
            index,
            ..
        } => Some(format!(
            "<{} '{}' of '{}' objects>",
            if *index >= WEAKREF_SLOT || crate::getset::is_getset(*index) {
                "attribute"
            } else {
                "member"
            },
            name.as_str(),
            owner_name.as_str()
        )),
        _ => None,
    }
}

/// `__name__`, `__qualname__`, `__objclass__` of a member descriptor.
pub fn member_attr(m: &PyObject, attr: &str) -> Option<Value> {
    let Payload::Member {
        name,
        owner,
        owner_name,
        index,
    } = &m.payload
    else {
        return None;
    };
    match attr {
        // A builtin type's descriptor has its attribute's docstring.
        "__doc__" if crate::getset::is_builtin(*index) => Some(
            crate::builtins::builtin_doc(owner_name.as_str(), name.as_str())
                .map_or(Value::None, Value::str),
        ),
        "__name__" => Some(Value::Str(name.clone())),
        "__qualname__" => Some(Value::from_string(format!(
            "{}.{}",
            owner.upgrade().map_or_else(
                || owner_name.as_str().to_string(),
                |t| t.qualname.borrow().clone()
            ),
            name.as_str()
        ))),
        "__objclass__" => owner.upgrade().map(Value::Type),
        _ => None,
    }
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.member.clone(), vm.types.getset.clone()] {
        method(&t, "__get__", member_dunder_get);
        method(&t, "__set__", member_dunder_set);
        method(&t, "__delete__", member_dunder_delete);
    }
}

/// The member descriptor a method of `member_descriptor` was called on, and its
/// arguments (`min..=max` of them).
fn member_args<'a>(
    vm: &Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<(&'a Rc<PyObject>, &'a [Value])> {
    let (s, rest) = crate::builtins::method_args(vm, name, args, min, max)?;
    match s {
        Value::Object(o) if matches!(o.payload, Payload::Member { .. }) => Ok((o, rest)),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'member_descriptor' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}

fn member_dunder_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, rest) = member_args(vm, "__get__", &args, 1, 2)?;
    if rest[0].is_none() {
        return Ok(Value::Object(m.clone()));
    }
    member_get(vm, m, &rest[0])
}

fn member_dunder_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, rest) = member_args(vm, "__set__", &args, 2, 2)?;
    member_set(vm, m, &rest[0], Some(rest[1].clone()))?;
    Ok(Value::None)
}

fn member_dunder_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, rest) = member_args(vm, "__delete__", &args, 1, 1)?;
    member_set(vm, m, &rest[0], None)?;
    Ok(Value::None)
}
