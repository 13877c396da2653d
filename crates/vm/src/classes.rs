//! User classes: `__build_class__`, `type(name, bases, ns)`, the C3 MRO, and
//! instantiation (`__new__`, `__init__`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::object::{Payload, PyObject};
use crate::objects::types::{Layout, PyType};
use crate::value::Value;
use crate::vm::{Frame, FrameExit, PyResult, Vm};

/// C3 linearisation of `bases`. When it is inconsistent, Err with the classes that
/// could not be placed: the heads of the sequences left, each once, in order (the
/// classes CPython's error message names).
fn c3(bases: &[Rc<PyType>]) -> Result<Vec<Rc<PyType>>, Vec<Rc<PyType>>> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<PyType>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)))
            {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let mut heads: Vec<Rc<PyType>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn solid_layout(bases: &[Rc<PyType>]) -> Layout {
    for b in bases {
        if b.layout != Layout::Object {
            return b.layout;
        }
    }
    Layout::Object
}

/// `type(name, bases, ns)` (and the end of a class statement).
/// The most derived of `start` and the bases' metaclasses `metas` (CPython's
/// `_PyType_CalculateMetaclass`); a TypeError when two are unrelated.
fn most_derived_meta(vm: &Vm, start: Rc<PyType>, metas: Vec<Rc<PyType>>) -> PyResult<Rc<PyType>> {
    let mut winner = start;
    for bm in metas {
        if winner.is_subtype(&bm) {
            continue;
        }
        if bm.is_subtype(&winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

pub fn type_new(
    vm: &mut Vm,
    meta: &Rc<PyType>,
    name: &Value,
    bases: &Value,
    ns: &Value,
    args: Args<'_>,
) -> PyResult<Value> {
    let Value::Str(name) = name else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    };
    let Value::Tuple(bases_t) = bases else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(bases)
        )));
    };
    // A dict subclass instance is copied as the dict it holds.
    let Value::Dict(ns) = crate::attr::builtin_self(ns.clone()) else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        )));
    };
    let mut bases: Vec<Rc<PyType>> = Vec::new();
    for b in bases_t.items.iter() {
        match b {
            Value::Type(t) => {
                if !crate::objects::cshape::acceptable_base(t) {
                    // (A class CPython writes in C by its `tp_name`.)
                    let name = match t.shape.c_name {
                        Some(c) => c.to_string(),
                        None => t.name().to_string(),
                    };
                    return Err(
                        vm.type_error(format!("type '{name}' is not an acceptable base type"))
                    );
                }
                bases.push(t.clone())
            }
            // A base that is not a class: its type cannot be a metaclass (CPython's
            // metaclass calculation reports it this way), unless it is one that a class
            // statement would have replaced (PEP 560).
            _ => {
                if vm.getattr_opt(b, "__mro_entries__")?.is_some() {
                    return Err(vm.type_error(
                        "type() doesn't support MRO entry resolution; use types.new_class()",
                    ));
                }
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
    }
    // `type('C', (B,), {})` with B's metaclass M makes an M; a winner with its own
    // `__new__` makes the class itself.
    let metas: Vec<Rc<PyType>> = bases
        .iter()
        .map(|b| vm.type_of(&Value::Type(b.clone())))
        .collect();
    let winner = most_derived_meta(vm, meta.clone(), metas)?;
    if !Rc::ptr_eq(&winner, meta) {
        if let Some(new) = winner.lookup_str("__new__") {
            if !matches!(new, Value::Builtin(_)) {
                let f = match &new {
                    Value::Object(o) => match &o.payload {
                        Payload::StaticMethod(f) => f.clone(),
                        _ => new.clone(),
                    },
                    _ => new.clone(),
                };
                let call = [
                    Value::Type(winner.clone()),
                    Value::Str(name.clone()),
                    Value::Tuple(bases_t.clone()),
                    Value::Dict(ns.clone()),
                ];
                return vm.call_args(&f, &call);
            }
        }
    }
    let meta = &winner;
    // A metaclass overriding `mro()` orders the class's MRO itself (below, once the
    // class exists): the bases need not have a consistent C3 order then.
    let custom_mro = overrides_mro(meta);
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let best = best_base(vm, &bases)?;
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mro_rest = match c3(&bases) {
        Ok(m) => m,
        Err(_) if custom_mro => Vec::new(),
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(|b| b.name().to_string()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    // Two bases with different builtin layouts (`class L(int, str)`) cannot share one
    // instance, unless one base derives from the other.
    let solid: Vec<&Rc<PyType>> = bases
        .iter()
        .filter(|b| b.layout != Layout::Object)
        .collect();
    for (i, a) in solid.iter().enumerate() {
        for b in &solid[i + 1..] {
            if a.layout != b.layout && !a.is_subtype(b) && !b.is_subtype(a) {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    let dict = Rc::new(ns.copy());
    let module = match dict.get_by_str("__module__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let qualname = match dict.get_by_str("__qualname__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => name.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "type __qualname__ must be a str, not {}",
                vm.type_name(&v)
            )))
        }
    };
    dict.del_str(&crate::objects::str::PyStr::new("__qualname__"));
    // __slots__: member descriptors, and no instance __dict__ unless asked for.
    let layout = solid_layout(&bases);
    let spec = crate::members::slot_spec(vm, name, &bases, layout, &dict)?;
    // A class of metal's library that CPython implements in C has that C layout.
    let from_library = in_library(vm);
    let c_shape = from_library
        .then(|| crate::objects::cshape::Shape::c_implemented(&module, &qualname))
        .flatten();
    let shape = crate::objects::cshape::Shape::heap(
        &bases[best],
        &bases,
        spec.present.then(|| {
            spec.members
                .iter()
                .map(|m| m.as_str().to_string())
                .collect()
        }),
        spec.add_dict,
        spec.add_weakref,
    );
    let shape = c_shape.unwrap_or(shape);
    let ordered_dict = shape.c_name == Some(crate::builtins::odict::C_NAME)
        || bases.iter().any(|b| b.ordered_dict);
    // Inherited from the base the layout extends (CPython's `tp_base`); an ABC's
    // `__abc_tpflags__` sets its own (`collections.abc.Sequence`, `Mapping`).
    let mut collection = bases[best].collection.get();
    if let Some(Value::Int(f)) = dict.get_by_str("__abc_tpflags__") {
        collection = ((f >> 5) & 3) as u8;
        dict.del_str(&crate::objects::str::PyStr::new("__abc_tpflags__"));
    }
    let t = Rc::new_cyclic(|owner| {
        crate::members::add_members(vm, &spec, owner, name, &dict);
        finish_class_dict(vm, &dict);
        PyType {
            name_cell: RefCell::new(name.as_str().to_string()),
            qualname: RefCell::new(qualname),
            module: RefCell::new(module),
            bases: RefCell::new(bases.clone()),
            mro_rest: RefCell::new(mro_rest),
            dict,
            layout,
            builtin: false,
            dictless: std::cell::Cell::new(false),
            dict_hint: std::cell::Cell::new(0),
            nslots: spec.first + spec.members.len(),
            shape,
            best: std::cell::Cell::new(best),
            subclasses: RefCell::new(Vec::new()),
            finalizer: std::cell::Cell::new(false),
            hooks: std::cell::Cell::new((0, 0)),
            ctor: RefCell::new((0, None, None)),
            ordered_dict,
            collection: std::cell::Cell::new(collection),
            abstract_: std::cell::Cell::new(false),
            meta: RefCell::new(if Rc::ptr_eq(meta, &vm.types.type_) {
                None
            } else {
                Some(meta.clone())
            }),
        }
    });
    // CPython's C OrderedDict has native views and iterators.
    if t.shape.c_name == Some(crate::builtins::odict::C_NAME) {
        crate::builtins::odict::install(&t);
    }
    if custom_mro {
        let m = custom_mro_of(vm, &t, meta, true)?;
        t.mro_rest.replace(m);
    }
    let slotted = spec.present && !spec.add_dict;
    // Dictless only if every base is too: object and the other builtin types count as
    // dictless (a namedtuple's `__slots__ = ()` on tuple), exceptions do not (their
    // instances always have a `__dict__`, as in CPython).
    let bases_dictless = bases
        .iter()
        .all(|b| b.dictless.get() || (b.builtin && b.layout != Layout::Exception));
    t.dictless.set(slotted && bases_dictless);
    for b in &bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&t));
    }
    crate::gc::track_type(&t);
    let has_del = t.dict.get_by_str("__del__").is_some() || bases.iter().any(|b| b.has_finalizer());
    t.finalizer.set(has_del);
    let tv = Value::Type(t.clone());
    // __set_name__ on descriptors, then the parent's __init_subclass__.
    for (k, v) in t.dict.items() {
        if let Value::Object(o) = &v {
            let prop = match &o.payload {
                Payload::Builtin(Value::Object(inner)) => inner,
                _ => o,
            };
            if let Payload::Property { name, .. } = &prop.payload {
                *name.borrow_mut() = k.clone();
                continue;
            }
            if let Some(sn) = o.cls().lookup_str("__set_name__") {
                if let Err(cause) = vm.call_args(&sn, &[v.clone(), tv.clone(), k.clone()]) {
                    // CPython 3.11 wraps the error, which becomes the cause.
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        o.cls().name(),
                        crate::repr::repr_string(vm, &k)?,
                        t.name()
                    );
                    let e = vm.new_error("RuntimeError", msg);
                    if let Payload::Exception(d) = &e.0.payload {
                        *d.context.borrow_mut() = Value::Object(cause.0.clone());
                    }
                    crate::exceptions::set_cause(vm, &e, Value::Object(cause.0))?;
                    return Err(e);
                }
            }
        }
    }
    crate::objects::types::bump_type_epoch();
    let parent_init = t
        .mro_rest
        .borrow()
        .iter()
        .find_map(|p| p.dict.get_by_str("__init_subclass__"));
    if let Some(init) = parent_init {
        let f = match &init {
            Value::Object(o) => match &o.payload {
                Payload::ClassMethod(f) => f.clone(),
                _ => init.clone(),
            },
            _ => init.clone(),
        };
        let mut all = vec![tv.clone()];
        let mut names = Vec::new();
        for (k, v) in args.kw() {
            if k != "metaclass" {
                all.push(v.clone());
                names.push(Value::str(k));
            }
        }
        vm.call(
            &f,
            Args {
                all: &all,
                kwnames: &names,
            },
        )?;
    }
    Ok(tv)
}

/// The entries `type.__new__` adds to a class's dict after its members: a `__doc__`,
/// `__hash__ = None` beside a user `__eq__`, and the implicit static/class methods.
fn finish_class_dict(vm: &Vm, dict: &PyDict) {
    if dict.get_by_str("__doc__").is_none() {
        dict.set_by_str("__doc__", Value::None);
    }
    // A class defining __eq__ without __hash__ is unhashable.
    if dict.get_by_str("__eq__").is_some() && dict.get_by_str("__hash__").is_none() {
        dict.set_by_str("__hash__", Value::None);
    }
    // __new__ / __init_subclass__ / __class_getitem__ are implicitly static/class methods.
    if let Some(f @ Value::Function(_)) = dict.get_by_str("__new__") {
        dict.set_by_str(
            "__new__",
            Value::Object(PyObject::new(
                vm.types.staticmethod.clone(),
                Payload::StaticMethod(f),
            )),
        );
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Function(_)) = dict.get_by_str(n) {
            dict.set_by_str(
                n,
                Value::Object(PyObject::new(
                    vm.types.classmethod.clone(),
                    Payload::ClassMethod(f),
                )),
            );
        }
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &pos[0] else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = pos[1].clone();
    let (bases, orig_bases) = resolve_mro_entries(vm, &pos[2..])?;
    let explicit = args.get_kw("metaclass").cloned();
    let mut winner: Value = match (&explicit, bases.first()) {
        (Some(m), _) => m.clone(),
        (None, Some(b)) => Value::Type(vm.type_of(b)),
        (None, None) => Value::Type(vm.types.type_.clone()),
    };
    if let Value::Type(w) = &winner {
        let metas: Vec<Rc<PyType>> = bases.iter().map(|b| vm.type_of(b)).collect();
        winner = Value::Type(most_derived_meta(vm, w.clone(), metas)?);
    }
    let meta = winner;
    // The namespace the body runs in: a new dict, or what the metaclass's __prepare__
    // returns (any mapping).
    let mut ns = Value::Dict(Rc::new(PyDict::new()));
    if let Value::Type(mt) = &meta {
        if let Some(prep) = mt.lookup_str("__prepare__") {
            if !matches!(prep, Value::Builtin(_)) {
                let f = vm.bind_descriptor(prep, meta.clone(), meta.clone())?;
                let mut all = vec![name.clone(), Value::tuple(bases.clone())];
                let mut names = Vec::new();
                for (k, v) in args.kw() {
                    if k != "metaclass" {
                        all.push(v.clone());
                        names.push(Value::str(k));
                    }
                }
                ns = vm.call(
                    &f,
                    Args {
                        all: &all,
                        kwnames: &names,
                    },
                )?;
                if !crate::mapping_ns::is_mapping(vm, &ns) {
                    return Err(vm.type_error(format!(
                        "{}.__prepare__() must return a mapping, not {}",
                        mt.name(),
                        vm.type_name(&ns)
                    )));
                }
            }
        }
    }
    finish_class(vm, body, &meta, name, bases, ns, orig_bases, args)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (`Generic[T]`,
/// `NamedTuple`) stands for the classes that method returns. Also the original bases,
/// when any was replaced (they become `__orig_bases__`).
fn resolve_mro_entries(vm: &mut Vm, given: &[Value]) -> PyResult<(Vec<Value>, Option<Value>)> {
    if given.iter().all(|b| matches!(b, Value::Type(_))) {
        return Ok((given.to_vec(), None));
    }
    let orig = Value::tuple(given.to_vec());
    let mut bases = Vec::with_capacity(given.len());
    let mut changed = false;
    for b in given {
        if !matches!(b, Value::Type(_)) {
            if let Some(f) = vm.getattr_opt(b, "__mro_entries__")? {
                let r = vm.call_args(&f, std::slice::from_ref(&orig))?;
                let Value::Tuple(t) = r else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                bases.extend(t.items.iter().cloned());
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    Ok((bases, changed.then_some(orig)))
}

#[allow(clippy::too_many_arguments)]
fn finish_class(
    vm: &mut Vm,
    body: &Rc<crate::objects::function::Function>,
    meta: &Value,
    name: Value,
    bases: Vec<Value>,
    ns: Value,
    orig_bases: Option<Value>,
    args: Args<'_>,
) -> PyResult<Value> {
    // Run the body with `ns` as its namespace.
    let code = body.code.clone();
    let mut slots = vec![Value::Null; code.nlocalsplus];
    vm.init_cells(body, &mut slots);
    let base = vm.stack.len();
    vm.stack.extend(slots);
    // The `__class__` cell, if the body has one, is filled once the class exists.
    let class_cell = code
        .co
        .cellvars
        .iter()
        .position(|c| &**c == "__class__")
        .map(|i| vm.stack[base + code.co.varnames.len() + i].clone());
    let frame = Frame::new(
        code.clone(),
        base,
        body.globals.clone(),
        body.builtins.clone(),
        None,
    );
    match vm.run_frame_in(frame, ns.clone())? {
        FrameExit::Return(_) => {}
        FrameExit::Yield(_) => return Err(vm.runtime_error("yield in class body")),
    }
    // As CPython, after the body has run.
    if let Some(orig) = orig_bases {
        let key = Value::str("__orig_bases__");
        crate::subscript::setitem(vm, &ns, &key, orig)?;
    }
    let kwnames: Vec<Value> = args
        .kw()
        .filter(|(k, _)| *k != "metaclass")
        .map(|(k, _)| Value::str(k))
        .collect();
    let mut all = vec![name, Value::tuple(bases), ns];
    all.extend(
        args.kw()
            .filter(|(k, _)| *k != "metaclass")
            .map(|(_, v)| v.clone()),
    );
    let cls = vm.call(
        meta,
        Args {
            all: &all,
            kwnames: &kwnames,
        },
    )?;
    if let Some(Value::Cell(c)) = class_cell {
        *c.borrow_mut() = cls.clone();
    }
    Ok(cls)
}

/// Create an instance of a user class.
pub fn instantiate(vm: &mut Vm, t: &Rc<PyType>, args: Args<'_>) -> PyResult<Value> {
    // A metaclass with its own __call__.
    let meta = t.meta.borrow().clone();
    if let Some(meta) = meta {
        if let Some(call) = vm.type_lookup_s(&meta, "__call__") {
            if !matches!(call, Value::Builtin(_)) {
                let f =
                    vm.bind_descriptor(call, Value::Type(t.clone()), Value::Type(meta.clone()))?;
                return vm.call(&f, args);
            }
        }
    }
    instantiate_plain(vm, t, args)
}

/// `f(first, *args)`: a constructor method called with the class or the new object
/// before the call's own arguments.
fn call_with_first(vm: &mut Vm, f: &Value, first: Value, args: &Args<'_>) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.all.len() + 1);
    all.push(first);
    all.extend_from_slice(args.all);
    vm.call(
        f,
        Args {
            all: &all,
            kwnames: args.kwnames,
        },
    )
}

/// `type.__call__`: `__new__` then `__init__`, without consulting the metaclass.
pub fn instantiate_plain(vm: &mut Vm, t: &Rc<PyType>, args: Args<'_>) -> PyResult<Value> {
    if t.builtin {
        return crate::construct::call_type(vm, t, args);
    }
    if t.is_subtype(&vm.types.type_) {
        // A metaclass being called: type(name, bases, ns).
        let pos = args.pos();
        if pos.len() == 3 {
            let cls = if let Some(new) = user_method(t, "__new__") {
                call_with_first(vm, &new, Value::Type(t.clone()), &args)?
            } else {
                type_new(vm, t, &pos[0], &pos[1], &pos[2], args)?
            };
            if let Some(init) = user_method(t, "__init__") {
                call_with_first(vm, &init, cls.clone(), &args)?;
            }
            return Ok(cls);
        }
    }
    let (new, init) = ctor_methods(t);
    if t.layout == Layout::Super {
        return crate::builtins::super_type::instantiate_subclass(vm, t, new, init, args);
    }
    let obj = match &new {
        Some(f) => {
            let obj = call_with_first(vm, f, Value::Type(t.clone()), &args)?;
            if !vm.type_of(&obj).is_subtype(t) {
                return Ok(obj);
            }
            if init.is_none() && t.layout == Layout::Exception {
                exception_init(vm, t, &obj, &args)?;
            }
            obj
        }
        None => {
            if init.is_none()
                && (!args.pos().is_empty() || args.has_kw())
                && t.layout == Layout::Object
            {
                return Err(vm.type_error(format!("{}() takes no arguments", t.name())));
            }
            let obj = object_new(vm, t, args)?;
            if !vm.type_of(&obj).is_subtype(t) {
                return Ok(obj);
            }
            if init.is_none() {
                if t.is_subtype(&vm.types.base_exception_group) {
                    crate::exc_group::no_keywords(vm, t, &args)?;
                }
                native_init(vm, &obj, args)?;
            }
            obj
        }
    };
    if let Some(f) = init {
        let r = call_with_first(vm, &f, obj.clone(), &args)?;
        if !r.is_none() {
            return Err(vm.type_error(format!(
                "__init__() should return None, not '{}'",
                vm.type_name(&r)
            )));
        }
    }
    Ok(obj)
}

/// The `__init__` a call of `t` runs when the eval loop can run the call itself: a
/// plain user class (no metaclass, no `__new__`, an instance layout of its own) whose
/// `__init__` is a Python function (the caller checks that the arguments bind in
/// place: positional ones for `simple_args`, or by keyword).
pub fn inline_init(t: &Rc<PyType>) -> Option<Rc<crate::objects::function::Function>> {
    // Instances of plain classes, or of subclasses of the mutable containers (which
    // start empty whatever the arguments: their `__init__` fills them).
    let layout_ok = matches!(
        t.layout,
        Layout::Object | Layout::List | Layout::Dict | Layout::Set
    );
    if t.builtin || !layout_ok || t.meta.borrow().is_some() {
        return None;
    }
    let (new, init) = ctor_methods(t);
    match (new, init) {
        (None, Some(Value::Function(f)))
            if f.code.co.argcount >= 1
                && f.code.flags & metal_compiler::bytecode::flags::GENERATOR == 0 =>
        {
            Some(f)
        }
        _ => None,
    }
}

/// The user `__new__` and `__init__` a call of the class runs, cached on the type until
/// any type changes (the type epoch).
pub(crate) fn ctor_methods(t: &Rc<PyType>) -> (Option<Value>, Option<Value>) {
    let epoch = crate::objects::types::type_epoch();
    {
        let c = t.ctor.borrow();
        if c.0 == epoch {
            return (c.1.clone(), c.2.clone());
        }
    }
    let new = user_method(t, "__new__");
    let init = user_method(t, "__init__");
    *t.ctor.borrow_mut() = (epoch, new.clone(), init.clone());
    (new, init)
}

/// A Python-level method defined by a user class (not a builtin's).
fn user_method(t: &Rc<PyType>, name: &str) -> Option<Value> {
    for c in t.mro() {
        if let Some(v) = c.dict.get_by_str(name) {
            if c.builtin {
                return None;
            }
            return Some(match &v {
                Value::Object(o) => match &o.payload {
                    Payload::StaticMethod(f) => f.clone(),
                    _ => v,
                },
                _ => v,
            });
        }
    }
    None
}

/// `BaseException.__init__` (or `BaseExceptionGroup.__init__`) after the `__new__` of
/// a class that does not define `__init__`: `args` becomes the call's arguments (its
/// `__new__` may have passed others on); a group takes no keywords.
fn exception_init(vm: &mut Vm, t: &Rc<PyType>, obj: &Value, args: &Args<'_>) -> PyResult<()> {
    if t.is_subtype(&vm.types.base_exception_group) {
        crate::exc_group::no_keywords(vm, t, args)?;
    }
    if t.is_subtype(&vm.exc_type("OSError")) {
        // (Its `args` are not all the arguments: `construct::new_os_error`.)
        return Ok(());
    }
    if let Value::Object(o) = obj {
        if let Payload::Exception(d) = &o.payload {
            *d.args.borrow_mut() = Value::tuple(args.pos().to_vec());
        }
    }
    Ok(())
}

/// `list.__init__` & co. for the builtin value inside a subclass instance.
pub fn native_init(vm: &mut Vm, obj: &Value, args: Args<'_>) -> PyResult<()> {
    let Value::Object(o) = obj else { return Ok(()) };
    let Payload::Builtin(inner) = &o.payload else {
        return Ok(());
    };
    match inner {
        Value::Object(p) if matches!(p.payload, Payload::Property { .. }) => {
            let init = vm.type_lookup_s(&vm.types.property.clone(), "__init__");
            if let Some(init) = init {
                call_with_first(vm, &init, obj.clone(), &args)?;
            }
        }
        Value::List(l) => {
            let p = args.pos();
            if p.len() > 1 {
                return Err(
                    vm.type_error(format!("list expected at most 1 argument, got {}", p.len()))
                );
            }
            let items = match p.first() {
                Some(v) => crate::iter::collect(vm, v)?,
                None => Vec::new(),
            };
            *l.items.borrow_mut() = items;
        }
        Value::Dict(d) => {
            if let Some(src) = args.pos().first() {
                crate::builtins::dict::update_from(vm, d, src)?;
            }
            for (k, v) in args.kw() {
                let key = vm.intern(k);
                d.set_str(key, v.clone());
            }
        }
        Value::Set(s) => {
            s.clear();
            if let Some(src) = args.pos().first() {
                crate::builtins::set::update_from(vm, s, src)?;
            }
        }
        Value::Object(p) if matches!(p.payload, Payload::ByteArray(_)) => {
            // bytearray(...)'s own argument handling, its bytes moved in.
            if let Payload::ByteArray(dst) = &p.payload {
                if !dst.borrow().is_empty() {
                    dst.check_resizable(vm)?;
                }
            }
            let made = crate::builtins::bytes::bytes_new(vm, args, true)?;
            if let (Payload::ByteArray(dst), Value::Object(m)) = (&p.payload, &made) {
                if let Payload::ByteArray(src) = &m.payload {
                    let bytes = std::mem::take(&mut *src.borrow_mut());
                    *dst.borrow_mut() = bytes;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// `object.__new__(cls)` for the class's native layout.
pub fn object_new(vm: &mut Vm, t: &Rc<PyType>, args: Args<'_>) -> PyResult<Value> {
    Ok(match t.layout {
        Layout::Object if t.abstract_.get() => return Err(abstract_error(vm, t)),
        Layout::Object => Value::Object(PyObject::instance(t.clone(), Payload::Instance)),
        Layout::Exception if t.is_subtype(&vm.types.base_exception_group) => {
            crate::exc_group::new_group(vm, t, args.pos())?
        }
        Layout::Exception => {
            crate::construct::new_exception_instance(vm, t.clone(), args.pos().to_vec())
        }
        layout => {
            // A subclass of a builtin type: build the builtin value, keep it inside.
            // Mutable containers and properties start empty; their __init__ fills them
            // (so a subclass's constructor may take other arguments).
            let base = t
                .mro_rest
                .borrow()
                .iter()
                .find(|b| b.builtin)
                .cloned()
                .unwrap_or_else(|| vm.types.object.clone());
            let mutable = matches!(
                layout,
                Layout::List | Layout::Dict | Layout::Set | Layout::ByteArray | Layout::Property
            );
            let inner = if mutable {
                crate::construct::call_type(vm, &base, Args::new(&[]))?
            } else {
                crate::construct::call_type(vm, &base, args)?
            };
            // `reversed(x)` gives what `x.__reversed__()` returns as it is (not an
            // instance of the subclass), as CPython's reversed.__new__ does.
            if layout == Layout::Iterator && !Rc::ptr_eq(&vm.type_of(&inner), &base) {
                return Ok(inner);
            }
            if let Value::Dict(d) = &inner {
                d.in_instance.set(true);
            }
            let outer = PyObject::instance(t.clone(), Payload::Builtin(inner));
            if layout == Layout::Iterator {
                // A groupby's groupers name the subclass's instance as their parent.
                if let Payload::Builtin(inner) = &outer.payload {
                    crate::stdlib::itertools_shared::adopt(inner, &outer);
                }
            }
            Value::Object(outer)
        }
    })
}

/// `object.__new__`'s refusal of a class whose abstract flag is set: "Can't instantiate
/// abstract class C with abstract methods f, g", the names of its `__abstractmethods__`
/// sorted (their errors, a non-iterable or a name that is not a str, are raised instead).
#[cold]
fn abstract_error(vm: &mut Vm, t: &Rc<PyType>) -> crate::vm::PyErr {
    let methods = match t.dict.get_by_str("__abstractmethods__") {
        Some(m) => m,
        None => return vm.new_error("AttributeError", "__abstractmethods__"),
    };
    let joined = (|| -> PyResult<(String, usize)> {
        let names = crate::iter::collect(vm, &methods)?;
        let n = names.len();
        let list = Value::list(names);
        vm.call_method(&list, "sort", &[])?;
        let joined = vm.call_method(&Value::str(", "), "join", &[list])?;
        Ok((vm.str_of(&joined)?.as_str().to_string(), n))
    })();
    match joined {
        Ok((names, n)) => vm.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {names}",
            t.name(),
            if n > 1 { "s" } else { "" }
        )),
        Err(e) => e,
    }
}

/// `C.__bases__ = (...)`: CPython's checks (a non-empty tuple of classes, no cycle, the
/// same instance layout, a consistent MRO), then the new MRO for the class and every
/// class below it, and the bases' subclass lists updated.
pub fn set_bases(vm: &mut Vm, t: &Rc<PyType>, v: &Value) -> PyResult<()> {
    let name = t.name().to_string();
    let items = match v {
        Value::Tuple(items) if items.items.is_empty() => {
            return Err(vm.type_error(format!(
                "can only assign non-empty tuple to {name}.__bases__, not ()"
            )))
        }
        Value::Tuple(items) => items.items.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "can only assign tuple to {name}.__bases__, not {}",
                vm.type_name(v)
            )))
        }
    };
    let mut bases = Vec::with_capacity(items.len());
    for b in &items {
        let Value::Type(b) = b else {
            return Err(vm.type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                vm.type_name(b)
            )));
        };
        if b.is_subtype(t) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(b.clone());
    }
    let best = best_base(vm, &bases)?;
    let old_best = crate::objects::cshape::tp_base(t).unwrap_or_else(|| vm.types.object.clone());
    let old = t.bases.borrow().clone();
    if let Err(msg) =
        crate::objects::cshape::compatible_for_assignment(&old_best, &bases[best], "__bases__")
    {
        return Err(vm.type_error(msg));
    }
    // Instances keep their slots by position: the new bases must give the same ones
    // (which CPython's layout rules above should already have made sure of).
    let slots = |v: &[Rc<PyType>]| {
        let mut n: Vec<String> = v.iter().flat_map(crate::attr::slot_names).collect();
        n.sort();
        n.dedup();
        n
    };
    if solid_layout(&bases) != solid_layout(&old) || slots(&bases) != slots(&old) {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            bases[best].name(),
            old_best.name()
        )));
    }
    let old_index = t.best.replace(best);
    // The MRO is computed with the new bases in place (a metaclass's `mro()` reads
    // them); on an error everything is put back.
    *t.bases.borrow_mut() = bases.clone();
    let mro = match mro_of(vm, t) {
        Ok(m) => m,
        Err(e) => {
            *t.bases.borrow_mut() = old;
            t.best.set(old_index);
            return Err(e);
        }
    };
    // Every class below gets its MRO again, walked as CPython walks them: each
    // subclass right after its parent, a class below two changed parents (a diamond)
    // once per path, so a metaclass's `mro()` runs as often. On an error everything is
    // put back as it was.
    let old_mro = t.mro_rest.replace(mro);
    let mut saved = Vec::new();
    if let Err(e) = remro_subclasses(vm, t, &mut saved) {
        *t.bases.borrow_mut() = old;
        t.best.set(old_index);
        t.mro_rest.replace(old_mro);
        for (s, m) in saved.into_iter().rev() {
            s.mro_rest.replace(m);
        }
        return Err(e);
    }
    let mut below = Vec::new();
    collect_subclasses(t, &mut below);
    for c in std::iter::once(t).chain(below.iter()) {
        let del = c
            .mro()
            .iter()
            .any(|k| k.dict.get_by_str("__del__").is_some());
        c.finalizer.set(del);
    }
    let me = Rc::downgrade(t);
    for b in &old {
        b.subclasses.borrow_mut().retain(|w| !w.ptr_eq(&me));
    }
    for b in &bases {
        b.subclasses.borrow_mut().push(me.clone());
    }
    crate::objects::types::bump_type_epoch();
    Ok(())
}

/// Which of `bases` a class with those bases extends the instance layout of (CPython's
/// `best_base`), or the TypeError for bases that cannot share an instance.
fn best_base(vm: &Vm, bases: &[Rc<PyType>]) -> PyResult<usize> {
    crate::objects::cshape::best_base(bases).map_err(|e| match e {
        Some(b) => vm.type_error(format!(
            "type '{}' is not an acceptable base type",
            b.name()
        )),
        None => vm.type_error("multiple bases have instance lay-out conflict"),
    })
}

/// Whether a metaclass orders its classes' MROs with an `mro()` of its own.
fn overrides_mro(meta: &Rc<PyType>) -> bool {
    !meta.builtin
        && meta
            .lookup_str("mro")
            .is_some_and(|m| !matches!(m, Value::Builtin(_)))
}

/// The MRO of class `t` after `t` itself, from its bases as they are now: its
/// metaclass's `mro()` when that is overridden, else C3.
fn mro_of(vm: &mut Vm, t: &Rc<PyType>) -> PyResult<Vec<Rc<PyType>>> {
    let meta = t.meta.borrow().clone();
    if let Some(meta) = meta.filter(overrides_mro) {
        return custom_mro_of(vm, t, &meta, false);
    }
    let bases = t.bases.borrow().clone();
    mro_for(vm, &bases)
}

/// What the metaclass's `mro()` returns for class `t` (any iterable of classes), checked
/// as CPython checks it, without `t`'s own first entry.
fn custom_mro_of(
    vm: &mut Vm,
    t: &Rc<PyType>,
    meta: &Rc<PyType>,
    creating: bool,
) -> PyResult<Vec<Rc<PyType>>> {
    let tv = Value::Type(t.clone());
    let m = meta.lookup_str("mro").unwrap_or(Value::None);
    let bound = vm.bind_descriptor(m, tv, Value::Type(meta.clone()))?;
    let r = vm.call_args(&bound, &[])?;
    let items = crate::iter::collect(vm, &r)?;
    let mut mro = Vec::with_capacity(items.len());
    for v in &items {
        let Value::Type(b) = v else {
            return Err(vm.type_error(format!(
                "mro() returned a non-class ('{}')",
                vm.type_name(v)
            )));
        };
        // Every entry's instance layout must be one `t`'s instances have.
        if b.layout != Layout::Object && b.layout != t.layout {
            return Err(vm.type_error(format!(
                "mro() returned base with unsuitable layout ('{}')",
                b.name()
            )));
        }
        mro.push(b.clone());
    }
    if mro.is_empty() {
        return Err(vm.type_error("type MRO must not be empty"));
    }
    if !Rc::ptr_eq(&mro[0], t) {
        // Without itself in its MRO a new class is not a subclass of itself: CPython
        // then fails calling `super(type, cls).__init_subclass__()`.
        if creating && !mro.iter().any(|b| Rc::ptr_eq(b, t)) {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        return Err(vm.new_error(
            "NotImplementedError",
            "an MRO that does not start with the class itself is not supported yet",
        ));
    }
    mro.remove(0);
    Ok(mro)
}

pub(crate) fn mro_for(vm: &Vm, bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<PyType>>> {
    c3(bases).map_err(|heads| {
        let names: Vec<String> = heads.iter().map(|b| b.name().to_string()).collect();
        vm.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })
}

/// The direct subclasses of `t` that are still alive.
fn live_subclasses(t: &PyType) -> Vec<Rc<PyType>> {
    t.subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect()
}

/// Compute the MRO of every class below `t` again, depth first, keeping each one's old
/// MRO in `saved` (in the order they were changed).
fn remro_subclasses(
    vm: &mut Vm,
    t: &Rc<PyType>,
    saved: &mut Vec<(Rc<PyType>, Vec<Rc<PyType>>)>,
) -> PyResult<()> {
    for s in live_subclasses(t) {
        let m = mro_of(vm, &s)?;
        let old = s.mro_rest.replace(m);
        saved.push((s.clone(), old));
        remro_subclasses(vm, &s, saved)?;
    }
    Ok(())
}

/// Every class that derives from `t`, parents before their children.
fn collect_subclasses(t: &Rc<PyType>, out: &mut Vec<Rc<PyType>>) {
    for s in live_subclasses(t) {
        if !out.iter().any(|o| Rc::ptr_eq(o, &s)) {
            out.push(s.clone());
            collect_subclasses(&s, out);
        }
    }
}

/// Whether the running code is metal's library's (`<metal>/…` files, and the Python
/// parts of the native modules, `<time>` and `<os>`).
pub(crate) fn in_library(vm: &Vm) -> bool {
    vm.frames.last().is_some_and(|f| {
        let name = &f.code.co.filename;
        name.starts_with("<metal>/") || matches!(name.as_ref(), "<time>" | "<os>" | "<_struct>")
    })
}
