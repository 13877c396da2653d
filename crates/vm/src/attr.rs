//! Attribute access: `object.__getattribute__` with descriptors, instance and type dicts,
//! the special attributes of builtin objects, and method loading without binding.

use std::rc::Rc;

use crate::builtins::descr;
use crate::objects::function::NativeKind;
use crate::objects::object::{Payload, PyObject};
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The value a native method of a builtin type operates on: the builtin value inside an
/// instance of a user subclass, else the object itself.
pub fn builtin_self(obj: Value) -> Value {
    if let Value::Object(o) = &obj {
        if let Payload::Builtin(inner) = &o.payload {
            // A property (classmethod, staticmethod) subclass's instance stays itself:
            // `getter`/`setter`/`deleter` make another of its class.
            if matches!(inner, Value::Object(i) if matches!(i.payload, Payload::Property { .. } | Payload::ClassMethod(_) | Payload::StaticMethod(_)))
            {
                return obj;
            }
            return inner.clone();
        }
    }
    obj
}

/// What an unbound builtin method (`NativeKind::Method`) bound to `obj` receives as its
/// self. The in-place operators return their object itself, `__format__` with an empty
/// spec is its `str()`, and the reductions (`__reduce__`, `__reduce_ex__`,
/// `__getstate__`) name its class and read its dict, as `__getattribute__` reads
/// attributes: those see a
/// subclass's instance, not the value inside it; so does a native method of no builtin
/// type (the framework's, in a Python class). Any other builtin type's method sees the
/// builtin value inside a subclass's instance.
pub(crate) fn method_self(b: &crate::objects::function::BuiltinFunction, obj: Value) -> Value {
    if b.is_python_class_method()
        || matches!(
            b.name,
            "__iadd__"
                | "__imul__"
                | "__ior__"
                | "__iand__"
                | "__isub__"
                | "__ixor__"
                | "__format__"
                | "__repr__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__getstate__"
                | "__getattribute__"
        )
    {
        obj
    } else {
        builtin_self(obj)
    }
}

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr_str(obj, &n)
    }

    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let name = self.intern(name);
        self.getattr_maybe(obj, &name)
    }

    /// `obj.name` for a name written in the source (interned once, by its address).
    pub fn getattr_s(&mut self, obj: &Value, name: &'static str) -> PyResult<Value> {
        let name = self.sname(name);
        self.getattr_str(obj, &name)
    }

    /// `getattr_opt` of a name written in the source (interned once, by its address).
    pub fn getattr_opt_s(&mut self, obj: &Value, name: &'static str) -> PyResult<Option<Value>> {
        let name = self.sname(name);
        self.getattr_maybe(obj, &name)
    }

    /// `getattr(obj, name)` with AttributeError as None (hasattr, getattr with a
    /// default). Without attribute hooks a missing attribute builds no exception.
    pub fn getattr_maybe(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let hooked = match obj {
            Value::Object(o) => {
                self.type_hooks(o.cls()) & (crate::vm::HOOK_GETATTRIBUTE | crate::vm::HOOK_GETATTR)
                    != 0
                    || matches!(&o.payload, Payload::Module { .. })
            }
            Value::Type(_) => true,
            _ => false,
        };
        let r = if hooked {
            self.getattr_str(obj, name).map(Some)
        } else {
            self.generic_getattr(obj, name)
        };
        match r {
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            r => r,
        }
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        self.getattr_hooked(obj, name).inspect_err(|e| {
            // An AttributeError from a user hook (`__getattr__`, `__getattribute__`)
            // gets the `name` and `obj` of the look-up, as CPython 3.11 gives it.
            if e.data().hint.borrow().is_none() && self.err_is(e, "AttributeError") {
                *e.data().hint.borrow_mut() = Some(Box::new(crate::suggest::Hint::Attr {
                    obj: obj.clone(),
                    name: name.clone(),
                }));
            }
        })
    }

    fn getattr_hooked(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Value::Object(o) = obj {
            // An instance of a class without `__getattribute__` whose MRO has nothing of
            // this name, or there a value it reads as it is (`read_as_is`): the
            // instance's dict answers, else that class value (what `generic_getattr`
            // finds).
            // (Not for dunder names: `special_attr` answers some of those first.)
            if matches!(o.payload, Payload::Instance) {
                if let Some(v) = self.plain_read(o, name) {
                    return Ok(v);
                }
            }
            if matches!(
                o.payload,
                Payload::Instance
                    | Payload::Builtin(_)
                    | Payload::Exception(_)
                    | Payload::Module { .. }
                    | Payload::Super { .. }
            ) && self.type_hooks(o.cls()) & crate::vm::HOOK_GETATTRIBUTE != 0
            {
                return crate::dunder::getattribute(self, obj, name);
            }
        }
        // A class whose metaclass defines `__getattribute__`.
        if let Value::Type(t) = obj {
            let meta = t.meta.borrow().clone().filter(|m| !m.builtin);
            if let Some(meta) = meta {
                if self.type_hooks(&meta) & crate::vm::HOOK_GETATTRIBUTE != 0 {
                    return crate::dunder::getattribute(self, obj, name);
                }
            }
        }
        let found = match self.generic_getattr(obj, name) {
            Err(e) if self.err_is(&e, "AttributeError") => {
                if let Value::Object(o) = obj {
                    if self.type_hooks(o.cls()) & crate::vm::HOOK_GETATTR != 0 {
                        if let Some(ga) = self.type_lookup_s(o.cls(), "__getattr__") {
                            return self.call_args(&ga, &[obj.clone(), Value::Str(name.clone())]);
                        }
                    }
                }
                return Err(e);
            }
            r => r?,
        };
        match found {
            Some(v) => Ok(v),
            None => {
                if let Value::Object(o) = obj {
                    // A module's own `__getattr__` (PEP 562).
                    if let (Payload::Module { .. }, Some(d)) = (&o.payload, &o.dict()) {
                        if let Some(ga) = d.get_by_str("__getattr__") {
                            return self.call_args(&ga, &[Value::Str(name.clone())]);
                        }
                    }
                    if let Some(ga) = self.type_lookup_s(o.cls(), "__getattr__") {
                        return self.call_args(&ga, &[obj.clone(), Value::Str(name.clone())]);
                    }
                }
                // A class whose metaclass defines `__getattr__`.
                if let Value::Type(t) = obj {
                    let meta = t.meta.borrow().clone().filter(|m| !m.builtin);
                    if let Some(ga) = meta.and_then(|m| self.type_lookup_s(&m, "__getattr__")) {
                        if !matches!(ga, Value::Builtin(_)) {
                            return self.call_args(&ga, &[obj.clone(), Value::Str(name.clone())]);
                        }
                    }
                }
                Err(self.attribute_error(obj, name.as_str()))
            }
        }
    }

    /// `object.__getattribute__`: Ok(None) when the attribute does not exist.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        if let Value::Type(t) = obj {
            return self.type_getattr(t, name);
        }
        if let Value::Object(o) = obj {
            if let Payload::Super {
                start,
                obj: inst,
                obj_type,
            } = &o.payload
            {
                // The first class after `start` in the MRO that has the name (found
                // without copying the MRO; dict lookups run no Python code). An unbound
                // super (`super(B)`, obj Null) searches nothing; neither does
                // `__class__`, which is the super object's own.
                let found = if inst.is_null() || name.as_str() == "__class__" {
                    None
                } else {
                    let rest = obj_type.mro_rest.borrow();
                    std::iter::once(obj_type)
                        .chain(rest.iter())
                        .skip_while(|t| !Rc::ptr_eq(t, start))
                        .skip(1)
                        .find_map(|t| t.dict.get_str(name))
                };
                if let Some(a) = found {
                    let (inst, owner) = (inst.clone(), Value::Type(obj_type.clone()));
                    // super() in a classmethod: the "instance" is the class itself
                    // (and not an instance of a metaclass).
                    if matches!(&inst, Value::Type(it) if it.is_subtype(start)) {
                        return self.bind_class_attr(a, inst).map(Some);
                    }
                    if let Some(v) = self.data_descriptor_get(&a, &inst)? {
                        return Ok(Some(v));
                    }
                    return Ok(Some(self.bind_descriptor(a, inst, owner)?));
                }
                // Then the super object's own attributes: its members, and those of
                // its class (a subclass of super's methods and class attributes).
                let bound = !inst.is_null();
                match name.as_str() {
                    "__thisclass__" => return Ok(Some(Value::Type(start.clone()))),
                    "__self__" if bound => return Ok(Some(inst.clone())),
                    "__self_class__" if bound => return Ok(Some(Value::Type(obj_type.clone()))),
                    "__self__" | "__self_class__" => return Ok(Some(Value::None)),
                    _ => {}
                }
            }
        }
        let ty = self.type_of(obj);
        let tattr = self.type_lookup(&ty, name);
        if let Some(a) = &tattr {
            if let Some(v) = self.data_descriptor_get(a, obj)? {
                return Ok(Some(v));
            }
        }
        // Instance dict / module dict. An entry named as a builtin type's getset or
        // member descriptor (`i.__dict__['real']` for an int subclass's instance)
        // comes after the object's own attribute, as that data descriptor comes before
        // the dict in CPython.
        let mut shadowed = None;
        if let Value::Object(o) = obj {
            if let Some(d) = &o.dict() {
                if let Some(v) = d.get_str(name) {
                    // (A module's getset descriptors read its dict themselves.)
                    if matches!(o.payload, Payload::Instance | Payload::Module { .. })
                        || !builtin_descriptor_named(&ty, name)
                    {
                        return Ok(Some(v));
                    }
                    shadowed = Some(v);
                }
            }
        }
        if let Some(v) = crate::special::special_attr(self, obj, name.as_str())? {
            return Ok(Some(v));
        }
        if let Value::Function(f) = obj {
            // After the function's own attributes (`__name__`, `__annotations__`…),
            // which are its type's data descriptors in CPython.
            if let Some(v) = f.dict_opt().and_then(|d| d.get_str(name)) {
                return Ok(Some(v));
            }
        }
        if let Some(v) = shadowed {
            return Ok(Some(v));
        }
        if let Some(a) = tattr {
            return Ok(Some(self.bind_descriptor(
                a,
                obj.clone(),
                Value::Type(ty),
            )?));
        }
        Ok(None)
    }

    /// `classmethod(f).__get__(_, owner)`: `f` bound to the class, or (3.11's chaining)
    /// whatever `f.__get__(owner, owner)` gives when `f` is itself a descriptor
    /// (`@classmethod @property`).
    pub(crate) fn classmethod_bind(&mut self, f: &Value, owner: Value) -> PyResult<Value> {
        if let Value::Object(o) = f {
            if let Some(get) = self.type_lookup_s(o.cls(), "__get__") {
                return self.call_args(&get, &[f.clone(), owner.clone(), owner]);
            }
        }
        Ok(self.new_bound_method(f.clone(), owner))
    }

    /// An instance of a subclass of `property`, `classmethod` or `staticmethod` acts as
    /// the builtin descriptor it wraps, unless its class defines `method` (`__get__`,
    /// `__set__`, `__delete__`) in Python: then that is called, as for any user
    /// descriptor.
    pub(crate) fn wrapped_descriptor(
        &mut self,
        a: &PyObject,
        method: &'static str,
    ) -> Option<Value> {
        let Payload::Builtin(inner @ Value::Object(i)) = &a.payload else {
            return None;
        };
        if !matches!(
            i.payload,
            Payload::Property { .. } | Payload::ClassMethod(_) | Payload::StaticMethod(_)
        ) {
            return None;
        }
        match self.type_lookup_s(a.cls(), method) {
            Some(Value::Builtin(_)) | None => Some(inner.clone()),
            Some(_) => None,
        }
    }

    /// A class-level look-up's classmethod/staticmethod subclass instance: the builtin
    /// one it wraps (a property's stays itself, as `property.__get__(None, cls)` does).
    fn class_level_descriptor(&mut self, a: Value) -> Value {
        if let Value::Object(o) = &a {
            if let Some(inner) = self.wrapped_descriptor(o, "__get__") {
                if !matches!(&inner, Value::Object(i) if matches!(i.payload, Payload::Property { .. }))
                {
                    return inner;
                }
            }
        }
        a
    }

    /// A class attribute `a` read from the class `cls` itself (or by `super()` in a
    /// classmethod): class methods bound to it, static methods unwrapped, a descriptor's
    /// `__get__(None, cls)`; a property (or a property subclass's instance) stays itself.
    fn bind_class_attr(&mut self, a: Value, cls: Value) -> PyResult<Value> {
        let a = self.class_level_descriptor(a);
        Ok(match &a {
            Value::Object(o) => match &o.payload {
                Payload::StaticMethod(f) => f.clone(),
                Payload::ClassMethod(f) => self.classmethod_bind(f, cls)?,
                Payload::Builtin(_) if self.wrapped_descriptor(o, "__get__").is_some() => a.clone(),
                Payload::Instance | Payload::Builtin(_) => {
                    match self.type_lookup_s(o.cls(), "__get__") {
                        Some(get) => self.call_args(&get, &[a.clone(), Value::None, cls])?,
                        None => a.clone(),
                    }
                }
                _ => a.clone(),
            },
            Value::Builtin(b) if b.kind == NativeKind::ClassMethod => {
                crate::call::bind_builtin(b, cls)
            }
            // A class whose metaclass defines `__get__`, read from a class.
            Value::Type(t) => {
                let meta = t.meta.borrow().clone();
                match meta.and_then(|m| self.type_lookup_s(&m, "__get__")) {
                    Some(get) => self.call_args(&get, &[a.clone(), Value::None, cls])?,
                    None => a.clone(),
                }
            }
            _ => a.clone(),
        })
    }

    /// For data descriptors (property, user classes with `__set__`), their `__get__`.
    fn data_descriptor_get(&mut self, attr: &Value, obj: &Value) -> PyResult<Option<Value>> {
        // A class whose metaclass defines `__set__` or `__delete__` is a data descriptor.
        if let Value::Type(t) = attr {
            let Some(meta) = t.meta.borrow().clone() else {
                return Ok(None);
            };
            if self.type_lookup_s(&meta, "__set__").is_none()
                && self.type_lookup_s(&meta, "__delete__").is_none()
            {
                return Ok(None);
            }
            return match self.type_lookup_s(&meta, "__get__") {
                Some(get) => {
                    let ty = Value::Type(self.type_of(obj));
                    self.call_args(&get, &[attr.clone(), obj.clone(), ty])
                        .map(Some)
                }
                None => Ok(None),
            };
        }
        if let Value::Object(a) = attr {
            if let Some(inner) = self.wrapped_descriptor(a, "__get__") {
                return self.data_descriptor_get(&inner, obj);
            }
            match &a.payload {
                Payload::Property { fns, .. } => {
                    let fget = fns.borrow().fget.clone();
                    if fget.is_none() {
                        return Err(self.property_error(a, obj, "getter"));
                    }
                    return self.call_args(&fget, std::slice::from_ref(obj)).map(Some);
                }
                // A builtin type's descriptor (`int.__dict__['real']`) stands for what
                // the object serves itself, after its instance dict as ever.
                Payload::Member { index, .. } if crate::getset::is_builtin(*index) => {}
                Payload::Member { .. } => {
                    return crate::members::member_get(self, a, obj).map(Some);
                }
                Payload::Instance | Payload::Builtin(_) => {
                    let cls = a.cls().clone();
                    if self.type_lookup_s(&cls, "__set__").is_some()
                        || self.type_lookup_s(&cls, "__delete__").is_some()
                    {
                        if let Some(get) = self.type_lookup_s(&cls, "__get__") {
                            let ty = Value::Type(self.type_of(obj));
                            return self
                                .call_args(&get, &[attr.clone(), obj.clone(), ty])
                                .map(Some);
                        }
                        // Without `__get__`, the instance's own value comes first and
                        // the descriptor itself is the class attribute after it.
                        return Ok(None);
                    }
                }
                _ => {}
            }
        }
        Ok(None)
    }

    /// Bind a class attribute found for an instance (functions become methods).
    pub fn bind_descriptor(&mut self, attr: Value, obj: Value, owner: Value) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(self.new_bound_method(attr, obj)),
            Value::Builtin(b) => match b.kind {
                // (`class A: f = str.upper`; `A().f`.)
                NativeKind::Method if b.self_.is_none() && !descr::applies(self, b, &obj) => {
                    Err(descr::not_applicable(self, b, &obj))
                }
                NativeKind::Method if b.self_.is_none() => {
                    Ok(crate::call::bind_builtin(b, method_self(b, obj)))
                }
                NativeKind::ClassMethod if b.self_.is_none() => {
                    Ok(crate::call::bind_builtin(b, owner))
                }
                _ => Ok(attr.clone()),
            },
            Value::Object(a) => match &a.payload {
                Payload::StaticMethod(f) => Ok(f.clone()),
                Payload::ClassMethod(f) => self.classmethod_bind(f, owner),
                // A super object as a class attribute: `super.__get__` (or a subclass's).
                Payload::Super { .. } => match self.type_lookup_s(a.cls(), "__get__") {
                    Some(get) => self.call_args(&get, &[attr.clone(), obj, owner]),
                    None => Ok(attr.clone()),
                },
                Payload::Member { index, .. } if crate::getset::is_builtin(*index) => {
                    crate::getset::get(self, a, &obj)
                }
                Payload::Instance | Payload::Builtin(_) => {
                    if let Some(inner) = self.wrapped_descriptor(a, "__get__") {
                        return self.bind_descriptor(inner, obj, owner);
                    }
                    if let Some(get) = self.type_lookup_s(a.cls(), "__get__") {
                        return self.call_args(&get, &[attr.clone(), obj, owner]);
                    }
                    Ok(attr.clone())
                }
                _ => Ok(attr.clone()),
            },
            // A class whose metaclass defines `__get__` is a descriptor too.
            Value::Type(t) => {
                let meta = t.meta.borrow().clone();
                if let Some(get) = meta.and_then(|m| self.type_lookup_s(&m, "__get__")) {
                    return self.call_args(&get, &[attr.clone(), obj, owner]);
                }
                Ok(attr)
            }
            _ => Ok(attr),
        }
    }

    fn property_error(&self, prop: &PyObject, obj: &Value, what: &str) -> crate::vm::PyErr {
        let name = match &prop.payload {
            Payload::Property { name, .. } => match &*name.borrow() {
                Value::Str(s) => s.as_str().to_string(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        let tname = self.type_name(obj);
        if name.is_empty() {
            return self.new_error(
                "AttributeError",
                format!("property of '{tname}' object has no {what}"),
            );
        }
        self.new_error(
            "AttributeError",
            format!("property '{name}' of '{tname}' object has no {what}"),
        )
    }

    /// Is `name` read from this instance's `__dict__` with nothing on the type in the way
    /// (for the LOAD_ATTR inline cache)?
    pub fn plain_instance_attr(&mut self, o: &PyObject, name: &Rc<PyStr>) -> bool {
        let cls = o.cls().clone();
        // A `__getattr__` runs only when the lookup fails, so it does not get in the way
        // of an attribute found in the dict.
        o.dict().as_ref().is_some_and(|d| d.get_str(name).is_some())
            && self
                .type_lookup(&cls, name)
                .is_none_or(|a| shadowable(name, &a))
            && self.type_hooks(&cls) & crate::vm::HOOK_GETATTRIBUTE == 0
    }

    /// A class attribute that `obj.name` reads as it is (LOAD_ATTR's class-attribute
    /// cache): an instance without `__getattribute__` whose dict lacks the name, and a
    /// value on the type with no `__get__` (not a function, property or other
    /// descriptor).
    pub fn plain_class_attr(&mut self, o: &PyObject, name: &Rc<PyStr>) -> Option<Value> {
        if !matches!(o.payload, Payload::Instance) {
            return None;
        }
        let cls = o.cls().clone();
        if self.type_hooks(&cls) & crate::vm::HOOK_GETATTRIBUTE != 0
            || o.dict().as_ref().is_some_and(|d| d.get_str(name).is_some())
        {
            return None;
        }
        let a = self.type_lookup(&cls, name)?;
        read_as_is(&a).then_some(a)
    }

    /// The getter of a property that `obj.name` runs (LOAD_ATTR's property cache): a
    /// user class without attribute hooks whose attribute is a property with a plain
    /// Python getter of one positional parameter (not a generator).
    pub fn property_getter(&mut self, o: &PyObject, name: &Rc<PyStr>) -> Option<Value> {
        let cls = o.cls().clone();
        if cls.builtin
            || self.type_hooks(&cls) & (crate::vm::HOOK_GETATTRIBUTE | crate::vm::HOOK_GETATTR) != 0
        {
            return None;
        }
        let Value::Object(p) = self.type_lookup(&cls, name)? else {
            return None;
        };
        let Payload::Property { fns, .. } = &p.payload else {
            return None;
        };
        let fget = &fns.borrow().fget;
        let Value::Function(f) = fget else {
            return None;
        };
        let simple = f.code.simple_args
            && f.code.co.argcount == 1
            && f.code.flags & metal_compiler::bytecode::flags::GENERATOR == 0;
        simple.then(|| fget.clone())
    }

    /// Does storing `name` go straight into the instance `__dict__` (STORE_ATTR cache)?
    pub fn plain_instance_store(&mut self, o: &PyObject, name: &Rc<PyStr>) -> bool {
        let cls = o.cls().clone();
        // (A builtin type's read-only descriptor refuses the store: no cache.)
        let attr = cls.lookup_raw(name);
        o.has_dict()
            && attr.is_none_or(|a| shadowable(name, &a))
            && !matches!(name.as_str(), "__class__" | "__dict__")
            && !cls.dictless.get()
            && self.type_hooks(&cls) & crate::vm::HOOK_SETATTR == 0
    }

    pub fn new_bound_method(&self, func: Value, self_: Value) -> Value {
        Value::Object(PyObject::new(
            self.types.method.clone(),
            Payload::BoundMethod { func, self_ },
        ))
    }

    fn type_getattr(
        &mut self,
        t: &Rc<crate::objects::types::PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        // Data descriptors of the metatype first (__name__, __dict__, ...).
        if let Some(v) = crate::special::type_special_attr(self, t, name.as_str())? {
            return Ok(Some(v));
        }
        // A property of a user metaclass (`Color.__members__`) comes before the class's
        // own attributes.
        let user_meta = t.meta.borrow().clone();
        if let Some(meta) = user_meta {
            if let Some(a @ Value::Object(_)) = self.type_lookup(&meta, name) {
                let cls = Value::Type(t.clone());
                if let Some(v) = self.data_descriptor_get(&a, &cls)? {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(a) = self.type_lookup(t, name) {
            return self.bind_class_attr(a, Value::Type(t.clone())).map(Some);
        }
        // A builtin type's getset or member descriptor (`int.real`), which instance
        // look-ups pass by.
        if let Some(d) = t.lookup_raw(name).filter(crate::getset::is_descriptor) {
            return Ok(Some(d));
        }
        // The metatype's attributes (e.g. `mro`), bound to the type.
        let meta = self.type_of(&Value::Type(t.clone()));
        if let Some(a) = self.type_lookup(&meta, name) {
            return Ok(Some(self.bind_descriptor(
                a,
                Value::Type(t.clone()),
                Value::Type(meta),
            )?));
        }
        Ok(None)
    }

    /// For LOAD_METHOD: the unbound method when `name` is a plain method of the type and
    /// the instance does not shadow it; None to fall back to getattr.
    pub fn load_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        if let Value::Type(_) = obj {
            return Ok(None);
        }
        if let Value::Object(o) = obj {
            if matches!(o.payload, Payload::Super { .. } | Payload::Module { .. }) {
                return Ok(None);
            }
        }
        let ty = self.type_of(obj);
        let Some(a) = self.type_lookup(&ty, name) else {
            return Ok(None);
        };
        let is_method = match &a {
            Value::Function(_) => true,
            Value::Builtin(b) => b.kind == NativeKind::Method && b.self_.is_none(),
            _ => false,
        };
        if !is_method {
            return Ok(None);
        }
        if let Value::Object(o) = obj {
            if let Some(d) = &o.dict() {
                if d.get_str(name).is_some() {
                    return Ok(None);
                }
            }
            if matches!(
                o.payload,
                Payload::Instance | Payload::Builtin(_) | Payload::Exception(_)
            ) && self.type_hooks(o.cls()) & crate::vm::HOOK_GETATTRIBUTE != 0
            {
                return Ok(None);
            }
        }
        if let (Value::Builtin(_), Value::Object(o)) = (&a, obj) {
            if let Payload::Builtin(_) = &o.payload {
                // The native method needs the builtin value inside: bind it via getattr.
                return Ok(None);
            }
        }
        Ok(Some(a))
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let n = self.intern(name);
        self.setattr_str(obj, &n, v)
    }

    pub fn setattr_str(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Object(o) => {
                let v = if matches!(o.payload, Payload::Instance | Payload::Builtin(_)) {
                    match self.plain_store(o, name, v) {
                        Ok(()) => return Ok(()),
                        Err(v) => v,
                    }
                } else {
                    v
                };
                let hooks = self.type_hooks(o.cls());
                if let Some(sa) = (hooks & crate::vm::HOOK_SETATTR != 0)
                    .then(|| self.type_lookup_s(o.cls(), "__setattr__"))
                    .flatten()
                {
                    if matches!(sa, Value::Function(_)) {
                        return self
                            .call_args(&sa, &[obj.clone(), Value::Str(name.clone()), v])
                            .map(|_| ());
                    }
                }
                self.generic_setattr(o, obj, name, v)
            }
            Value::Function(f) => {
                if crate::special::set_special_attr(self, obj, name.as_str(), &v)? {
                    return Ok(());
                }
                f.dict().set_str(name.clone(), v);
                Ok(())
            }
            Value::Type(t) => {
                // A metaclass's own __setattr__ (an Enum refusing to rebind a member).
                if let Some(sa) = self.metaclass_hook(t, crate::vm::HOOK_SETATTR, "__setattr__") {
                    return self
                        .call_args(&sa, &[obj.clone(), Value::Str(name.clone()), v])
                        .map(|_| ());
                }
                if name.as_str() == "__class__" {
                    return self.set_class(obj, v);
                }
                if let Some(r) = self.meta_descriptor_set(t, obj, name, Some(v.clone())) {
                    return r;
                }
                self.set_type_attr(t, name, v)
            }
            _ if name.as_str() == "__class__" => self.set_class(obj, v),
            _ => Err(self.attr_readonly(obj, name.as_str())),
        }
    }

    /// Setting (`Some`) or deleting (`None`) an attribute of `obj` through the data
    /// descriptor `attr` its type (or, for a class, its metaclass) holds under that name:
    /// a `__slots__` member, a property's setter or deleter, or a descriptor's
    /// `__set__`/`__delete__` (one with only the other method refuses, as in CPython).
    /// None when `attr` is not a data descriptor.
    pub(crate) fn descriptor_store(
        &mut self,
        attr: &Value,
        obj: &Value,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        let method = if v.is_some() { "__set__" } else { "__delete__" };
        let ao = match attr {
            Value::Object(ao) => ao,
            // A class whose metaclass defines `__set__`/`__delete__`.
            Value::Type(t) => {
                let meta = t.meta.borrow().clone()?;
                let other = if v.is_some() { "__delete__" } else { "__set__" };
                if let Some(f) = self.type_lookup_s(&meta, method) {
                    let mut args = vec![attr.clone(), obj.clone()];
                    args.extend(v);
                    return Some(self.call_args(&f, &args).map(|_| ()));
                }
                return self
                    .type_lookup_s(&meta, other)
                    .map(|_| Err(self.new_error("AttributeError", method)));
            }
            _ => return None,
        };
        if let Some(inner) = self.wrapped_descriptor(ao, method) {
            return self.descriptor_store(&inner, obj, v);
        }
        match &ao.payload {
            // A builtin type's descriptor refuses a store when it is read-only, and
            // leaves the others to the object itself.
            Payload::Member { name, index, .. } if crate::getset::is_builtin(*index) => match v {
                None => crate::getset::delete(self, obj, name),
                Some(_) if crate::getset::is_read_only(*index) => {
                    Some(crate::getset::set(self, ao, obj, v))
                }
                Some(_) => None,
            },
            Payload::Member { .. } => Some(crate::members::member_set(self, ao, obj, v)),
            Payload::Property { fns, .. } => {
                let (f, what) = match &v {
                    Some(_) => (fns.borrow().fset.clone(), "setter"),
                    None => (fns.borrow().fdel.clone(), "deleter"),
                };
                if f.is_none() {
                    return Some(Err(self.property_error(ao, obj, what)));
                }
                let mut args = vec![obj.clone()];
                args.extend(v);
                Some(self.call_args(&f, &args).map(|_| ()))
            }
            Payload::Instance | Payload::Builtin(_) => {
                let (method, other) = match &v {
                    Some(_) => ("__set__", "__delete__"),
                    None => ("__delete__", "__set__"),
                };
                if let Some(f) = self.type_lookup_s(ao.cls(), method) {
                    let mut args = vec![attr.clone(), obj.clone()];
                    args.extend(v);
                    return Some(self.call_args(&f, &args).map(|_| ()));
                }
                self.type_lookup_s(ao.cls(), other)
                    .map(|_| Err(self.new_error("AttributeError", method)))
            }
            _ => None,
        }
    }

    /// Setting or deleting an attribute of class `t` that a data descriptor of its
    /// (user) metaclass manages.
    pub(crate) fn meta_descriptor_set(
        &mut self,
        t: &Rc<crate::objects::types::PyType>,
        cls: &Value,
        name: &Rc<PyStr>,
        v: Option<Value>,
    ) -> Option<PyResult<()>> {
        let meta = t.meta.borrow().clone()?;
        let attr = meta.lookup_raw(name)?;
        self.descriptor_store(&attr, cls, v)
    }

    /// `obj.__dict__ = v` for an object that has a `__dict__`.
    pub(crate) fn set_dict(&mut self, o: &PyObject, v: Value) -> PyResult<()> {
        match v {
            Value::Dict(d) => {
                o.set_dict(crate::gc::track_dict(d));
                Ok(())
            }
            v if self.type_of(&v).is_subtype(&self.types.dict) => Err(self.new_error(
                "NotImplementedError",
                "assigning an instance of a dict subclass to __dict__ is not supported yet",
            )),
            v => Err(self.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                self.type_name(&v)
            ))),
        }
    }

    /// `obj.__class__ = v`, as CPython allows it: between classes defined in Python
    /// (or module subclasses) whose instances CPython lays out alike.
    pub(crate) fn set_class(&mut self, obj: &Value, v: Value) -> PyResult<()> {
        let Value::Type(new) = &v else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&v)
            )));
        };
        let old = self.type_of(obj);
        let module = &self.types.module;
        let modules = new.is_subtype(module) && old.is_subtype(module);
        // A class CPython writes in C (metal's library's `OrderedDict`,
        // `SimpleNamespace`…) is immutable there, as the builtin types are.
        let mutable = |t: &crate::objects::types::PyType| !t.builtin && !t.immutable_c_type();
        let o = match obj {
            Value::Object(o) if modules || (mutable(new) && mutable(&old)) => o,
            _ => return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            )),
        };
        if let Err(msg) = crate::objects::cshape::compatible_for_assignment(&old, new, "__class__")
        {
            return Err(self.type_error(msg));
        }
        // (What CPython's layout rules let through should be laid out alike here too.)
        let same_layout = new.layout == old.layout
            && new.dictless.get() == old.dictless.get()
            && new.nslots == old.nslots
            && (new.nslots == 0 || slot_names(new) == slot_names(&old));
        if !same_layout {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name(),
                old.name()
            )));
        }
        o.set_class(new.clone());
        Ok(())
    }

    /// `object.__setattr__` on the object `obj` (`o`): data descriptors of its type, then
    /// its `__dict__`, without the class's own `__setattr__`.
    pub fn generic_setattr(
        &mut self,
        o: &Rc<PyObject>,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        if let Some(a) = o.cls().lookup_raw(name) {
            if let Some(r) = self.descriptor_store(&a, obj, Some(v.clone())) {
                return r;
            }
        }
        match name.as_str() {
            "__class__" => return self.set_class(obj, v),
            "__dict__" if o.has_dict() => return self.set_dict(o, v),
            _ => {}
        }
        if let Some(d) = &o.dict() {
            if crate::special::set_special_attr(self, obj, name.as_str(), &v)? {
                return Ok(());
            }
            if o.cls().dictless.get() {
                return Err(self.attribute_error(obj, name.as_str()));
            }
            d.set_str(name.clone(), v);
            return Ok(());
        }
        if crate::special::set_special_attr(self, obj, name.as_str(), &v)? {
            return Ok(());
        }
        Err(self.attr_readonly(obj, name.as_str()))
    }

    /// The Python function a class's metaclass defines for one attribute hook, if any.
    fn metaclass_hook(
        &mut self,
        t: &Rc<crate::objects::types::PyType>,
        hook: u8,
        name: &'static str,
    ) -> Option<Value> {
        let meta = t.meta.borrow().clone()?;
        if self.type_hooks(&meta) & hook == 0 {
            return None;
        }
        self.type_lookup_s(&meta, name)
            .filter(|f| matches!(f, Value::Function(_)))
    }

    /// `type.__setattr__`: set an attribute in a class's own namespace.
    pub fn set_type_attr(
        &mut self,
        t: &Rc<crate::objects::types::PyType>,
        name: &Rc<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        // A class CPython writes in C is immutable as the builtin types are (metal's
        // library finishes its own after the class statement).
        if t.builtin || (t.immutable_c_type() && !crate::classes::in_library(self)) {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.tp_name()
            )));
        }
        if crate::special::set_special_attr(self, &Value::Type(t.clone()), name.as_str(), &v)? {
            // (`__module__` also writes the class's dict: caches must look again.)
            crate::objects::types::bump_type_epoch();
            return Ok(());
        }
        if name.as_str() == "__bases__" {
            return crate::classes::set_bases(self, t, &v);
        }
        if name.as_str() == "__dict__" {
            return Err(self.new_error(
                "AttributeError",
                "attribute '__dict__' of 'type' objects is not writable",
            ));
        }
        if matches!(
            name.as_str(),
            "__mro__"
                | "__base__"
                | "__basicsize__"
                | "__flags__"
                | "__itemsize__"
                | "__dictoffset__"
                | "__weakrefoffset__"
        ) {
            return Err(self.new_error("AttributeError", "readonly attribute"));
        }
        if name.as_str() == "__del__" {
            t.finalizer.set(true);
        }
        // `type`'s setter: the class is abstract while the value is true.
        let abstract_ = if name.as_str() == "__abstractmethods__" {
            Some(self.truthy(&v)?)
        } else {
            None
        };
        t.dict.set_str(name.clone(), v);
        if let Some(a) = abstract_ {
            t.abstract_.set(a);
        }
        crate::objects::types::bump_type_epoch();
        Ok(())
    }

    /// `type.__delattr__`: remove an attribute from a class's own namespace.
    pub fn del_type_attr(
        &mut self,
        t: &Rc<crate::objects::types::PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<()> {
        let n = name.as_str();
        if t.builtin || (t.immutable_c_type() && !crate::classes::in_library(self)) {
            return Err(self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{}'",
                t.tp_name()
            )));
        }
        // `type`'s own descriptors come before the class's dict (`__module__` and
        // `__doc__` are in both), each refusing deletion in its own words.
        match n {
            "__name__" | "__qualname__" | "__bases__" | "__module__" | "__doc__" => {
                return Err(self.type_error(format!(
                    "cannot delete '{n}' attribute of immutable type '{}'",
                    t.name()
                )));
            }
            "__dict__" | "__text_signature__" => {
                return Err(self.new_error(
                    "AttributeError",
                    format!("attribute '{n}' of 'type' objects is not writable"),
                ));
            }
            "__mro__" | "__base__" | "__basicsize__" | "__flags__" | "__itemsize__"
            | "__dictoffset__" | "__weakrefoffset__" => {
                return Err(self.new_error("AttributeError", "readonly attribute"));
            }
            "__class__" => return Err(self.type_error("can't delete __class__ attribute")),
            "__abstractmethods__" => {
                if t.dict.del_str(name).is_none() {
                    return Err(self.new_error("AttributeError", "__abstractmethods__"));
                }
                t.abstract_.set(false);
                crate::objects::types::bump_type_epoch();
                return Ok(());
            }
            _ => {}
        }
        if t.dict.del_str(name).is_some() {
            crate::objects::types::bump_type_epoch();
            return Ok(());
        }
        Err(self.attribute_error(&Value::Type(t.clone()), n))
    }

    fn attr_readonly(&mut self, obj: &Value, name: &str) -> crate::vm::PyErr {
        let ty = self.type_of(obj);
        if !matches!(obj, Value::Object(_)) && name != "__class__" {
            if let Ok(Some(_)) = crate::special::special_attr(self, obj, name) {
                return self.new_error(
                    "AttributeError",
                    format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name,
                        ty.name()
                    ),
                );
            }
        }
        // Every type has a `__doc__` (served natively here, a class attribute in CPython).
        if ty.lookup_str(name).is_some() || name == "__doc__" {
            self.new_error(
                "AttributeError",
                format!(
                    "'{}' object attribute '{}' is read-only",
                    ty.tp_name(),
                    name
                ),
            )
        } else {
            self.new_error(
                "AttributeError",
                format!("'{}' object has no attribute '{}'", ty.tp_name(), name),
            )
        }
    }

    pub fn delattr_str(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Object(o) => {
                if let Some(da) = self.type_lookup_s(o.cls(), "__delattr__") {
                    if matches!(da, Value::Function(_)) {
                        return self
                            .call_args(&da, &[obj.clone(), Value::Str(name.clone())])
                            .map(|_| ());
                    }
                }
                self.generic_delattr(o, obj, name)
            }
            Value::Function(f) => {
                if let Some(r) = crate::getset::delete(self, obj, name) {
                    return r;
                }
                if f.dict_opt().is_some_and(|d| d.del_str(name).is_some()) {
                    return Ok(());
                }
                Err(self.attribute_error(obj, name.as_str()))
            }
            Value::Type(t) => {
                if let Some(da) = self.metaclass_hook(t, crate::vm::HOOK_DELATTR, "__delattr__") {
                    return self
                        .call_args(&da, &[obj.clone(), Value::Str(name.clone())])
                        .map(|_| ());
                }
                if let Some(r) = self.meta_descriptor_set(t, obj, name, None) {
                    return r;
                }
                self.del_type_attr(t, name)
            }
            _ => Err(self.attr_readonly(obj, name.as_str())),
        }
    }

    /// `object.__delattr__` on the object `obj` (`o`): data descriptors of its type, then
    /// its `__dict__`, without the class's own `__delattr__`.
    pub fn generic_delattr(
        &mut self,
        o: &Rc<PyObject>,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<()> {
        let cls = o.cls().clone();
        if let Some(attr) = cls.lookup_raw(name) {
            if let Some(r) = self.descriptor_store(&attr, obj, None) {
                return r;
            }
        }
        match name.as_str() {
            // The next use of the object's `__dict__` finds a new, empty one.
            "__dict__" if o.has_dict() => {
                o.set_dict(crate::gc::track_dict(Rc::new(
                    crate::objects::dict::PyDict::new(),
                )));
                return Ok(());
            }
            "__class__" => return Err(self.type_error("can't delete __class__ attribute")),
            _ => {}
        }
        if let Some(d) = &o.dict() {
            if d.del_str(name).is_some() {
                return Ok(());
            }
        }
        if matches!(o.payload, Payload::Module { .. }) {
            // The generic deletion names the type, even for a module (unlike a read).
            return Err(self.new_error(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{}'",
                    self.type_name(obj),
                    name.as_str()
                ),
            ));
        }
        Err(self.attribute_error_plain(obj, name.as_str()))
    }

    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        Ok(self.getattr_opt(obj, name)?.is_some())
    }
}

/// The `__slots__` members a class and its bases give an instance, by name.
pub(crate) fn slot_names(t: &Rc<crate::objects::types::PyType>) -> Vec<String> {
    let mut names: Vec<String> = t
        .mro()
        .iter()
        .flat_map(|k| k.dict.items())
        .filter(
            |(_, v)| matches!(v, Value::Object(o) if matches!(o.payload, Payload::Member { index, .. } if index < crate::getset::FIRST_BUILTIN)),
        )
        .filter_map(|(k, _)| crate::builtins::str::str_payload(&k).map(str::to_string))
        .collect();
    names.sort();
    names
}

/// What reading `name` on a plain instance (no `__getattribute__`/`__getattr__` of its
/// class's own) gives, when that is known without running any code or binding
/// anything: `Some(Some(v))` the value, `Some(None)` no such attribute. `None`: ask the
/// general look-up (a descriptor, a method to bind, a dunder served by the object).
pub(crate) fn known_instance_attr(
    vm: &mut Vm,
    obj: &Value,
    name: &Rc<crate::objects::str::PyStr>,
) -> Option<Option<Value>> {
    let Value::Object(o) = obj else {
        return None;
    };
    if !matches!(o.payload, Payload::Instance)
        || vm.type_hooks(o.cls()) & (crate::vm::HOOK_GETATTRIBUTE | crate::vm::HOOK_GETATTR) != 0
    {
        return None;
    }
    let in_dict = || o.dict().and_then(|d| d.get_str(name));
    match vm.type_lookup(o.cls(), name) {
        // Any object in the class may be a descriptor (a property comes before the
        // instance dict), and so may a class (its metaclass's `__get__`).
        Some(Value::Object(_) | Value::Type(_)) => None,
        Some(t) => match in_dict() {
            Some(v) => Some(Some(v)),
            None if matches!(t, Value::Function(_) | Value::Builtin(_)) => None,
            None => Some(Some(t)),
        },
        None => match in_dict() {
            Some(v) => Some(Some(v)),
            None if name.as_str().starts_with("__") => None,
            None => Some(None),
        },
    }
}

/// A class attribute that an instance's own `__dict__` entry of the same name shadows,
/// for reads and for stores, whatever happens to the instance (CPython: anything but a
/// data descriptor), of a kind known without looking further: plain values, functions,
/// builtin methods, classes whose metaclass is `type`, class and static methods. (The
/// caches that rely on this are dropped when any class attribute changes.) Never a
/// dunder name: the type's own getters (`__class__`, `__dict__`) come first for those.
pub(crate) fn shadowable(name: &PyStr, a: &Value) -> bool {
    if is_dunder(name) {
        return false;
    }
    match a {
        Value::Type(t) => t.meta.borrow().is_none(),
        Value::Object(o) => matches!(
            o.payload,
            Payload::ClassMethod(_) | Payload::StaticMethod(_)
        ),
        Value::Null | Value::Cell(_) => false,
        _ => true,
    }
}

/// A `__name__`-shaped name: one the type machinery may serve itself.
pub(crate) fn is_dunder(name: &PyStr) -> bool {
    let n = name.as_str();
    n.starts_with("__") && n.ends_with("__")
}

/// A builtin type on `ty`'s MRO has a getset or member descriptor called `name`.
fn builtin_descriptor_named(ty: &crate::objects::types::PyType, name: &PyStr) -> bool {
    ty.lookup_raw(name)
        .is_some_and(|v| crate::getset::is_descriptor(&v))
}

/// A class attribute that an instance reads as it is: a value of a builtin type with no
/// `__get__` (None, a number, a str, a container), or a class whose metaclass is `type`
/// (a class is no descriptor unless its metaclass gives it a `__get__`).
pub(crate) fn read_as_is(a: &Value) -> bool {
    matches!(a, Value::Type(t) if t.meta.borrow().is_none())
        || matches!(
            a,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::BigInt(_)
                | Value::Float(_)
                | Value::Str(_)
                | Value::Tuple(_)
                | Value::List(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
        )
}
