//! The eval loop's fast paths: int/float arithmetic and comparisons that need no
//! allocation, and the bookkeeping of the per-instruction inline caches.

use std::rc::Rc;

use metal_compiler::bytecode::{BinOp, CmpOp};

use crate::objects::function::InlineCache;
use crate::objects::types::type_epoch;
use crate::value::Value;

/// The int and float cases of BINARY_OP that need no allocation and cannot fail:
/// None sends the operation down the general path (overflow, division by zero, other
/// types).
#[inline(always)]
pub(super) fn fast_binop(arg: u32, a: &Value, b: &Value) -> Option<Value> {
    let op = if arg >= 13 { arg - 13 } else { arg };
    const ADD: u32 = BinOp::Add as u32;
    const SUB: u32 = BinOp::Subtract as u32;
    const MUL: u32 = BinOp::Multiply as u32;
    const AND: u32 = BinOp::And as u32;
    const OR: u32 = BinOp::Or as u32;
    const XOR: u32 = BinOp::Xor as u32;
    const MOD: u32 = BinOp::Remainder as u32;
    const FLOORDIV: u32 = BinOp::FloorDivide as u32;
    const LSHIFT: u32 = BinOp::Lshift as u32;
    const RSHIFT: u32 = BinOp::Rshift as u32;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            // An arithmetic shift floors, as Python's does; 64 or more leaves the sign.
            RSHIFT if *y >= 0 => Some(Value::Int(x >> (*y).min(63))),
            // Only when no bit is lost (shifting back gives the same value).
            LSHIFT if (0..63).contains(y) && (x << y) >> y == *x => Some(Value::Int(x << y)),
            ADD => x.checked_add(*y).map(Value::Int),
            SUB => x.checked_sub(*y).map(Value::Int),
            MUL => x.checked_mul(*y).map(Value::Int),
            AND => Some(Value::Int(x & y)),
            OR => Some(Value::Int(x | y)),
            XOR => Some(Value::Int(x ^ y)),
            MOD if *x >= 0 && *y > 0 => Some(Value::Int(x % y)),
            FLOORDIV if *x >= 0 && *y > 0 => Some(Value::Int(x / y)),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => float_op(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_op(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_op(op, *x as f64, *y),
        _ => None,
    }
}

/// Int and float comparisons, which cannot fail; None for everything else.
#[inline(always)]
pub(super) fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    fn cmp<T: PartialOrd>(op: CmpOp, x: T, y: T) -> bool {
        match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp(op, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(cmp(op, x, y)),
        _ => None,
    }
}

#[inline(always)]
pub(super) fn float_op(op: u32, x: f64, y: f64) -> Option<Value> {
    match op {
        0 => Some(Value::Float(x + y)),
        10 => Some(Value::Float(x - y)),
        5 => Some(Value::Float(x * y)),
        11 if y != 0.0 => Some(Value::Float(x / y)),
        // A positive finite base: C's pow, as CPython calls it; overflow and the
        // other special cases take the general path.
        8 if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            r.is_finite().then_some(Value::Float(r))
        }
        _ => None,
    }
}

/// The builtin type of a value that is not an object, a type or a cell, as a small
/// number (0 for the rest): LOAD_METHOD caches a builtin type's method by it.
#[inline(always)]
pub(super) fn builtin_receiver_tag(v: &Value) -> u8 {
    match v {
        Value::Str(_) => 1,
        Value::List(_) => 2,
        Value::Dict(_) => 3,
        Value::Tuple(_) => 4,
        Value::Set(_) => 5,
        Value::FrozenSet(_) => 6,
        Value::Int(_) | Value::BigInt(_) => 7,
        Value::Float(_) => 8,
        _ => 0,
    }
}

/// The dict-entry hint of an instance-attribute cache that applies to `o` (its type is
/// one the cache saw, at the current type epoch).
#[inline(always)]
pub(super) fn instance_attr_hit<'a>(
    cache: &'a InlineCache,
    o: &crate::objects::object::PyObject,
) -> Option<&'a std::cell::Cell<u32>> {
    match cache {
        InlineCache::InstanceAttr {
            types,
            epoch,
            index,
        } if types.contains(&(Rc::as_ptr(o.cls()) as usize)) && *epoch == type_epoch() => {
            Some(index)
        }
        _ => None,
    }
}

/// Remember that instances of `o`'s type keep this attribute in their dict (up to four
/// types per instruction; a fifth replaces one).
pub(super) fn note_instance_type(
    cache: &std::cell::RefCell<InlineCache>,
    o: &crate::objects::object::PyObject,
) {
    let t = Rc::as_ptr(o.cls()) as usize;
    let epoch = type_epoch();
    let mut c = cache.borrow_mut();
    if let InlineCache::InstanceAttr {
        types, epoch: e, ..
    } = &mut *c
    {
        if *e == epoch {
            if !types.contains(&t) {
                let slot = types
                    .iter()
                    .position(|&x| x == 0)
                    .unwrap_or(t % types.len());
                types[slot] = t;
            }
            return;
        }
    }
    *c = InlineCache::InstanceAttr {
        types: [t, 0, 0, 0],
        epoch,
        index: std::cell::Cell::new(0),
    };
}

/// Remember the plain function a method load found on `o`'s type; a site that sees
/// several types keeps up to four.
pub(super) fn note_method(
    cache: &std::cell::RefCell<InlineCache>,
    o: &crate::objects::object::PyObject,
    name: &crate::objects::str::PyStr,
    m: &Value,
) {
    // Where the function is on the type's MRO; nothing is remembered unless that is
    // what the load found (not an instance's own value).
    let Some((place, found)) = o.cls().locate_value(name) else {
        return;
    };
    if !found.is(m) {
        return;
    }
    let t = Rc::as_ptr(o.cls()) as usize;
    let epoch = type_epoch();
    let mut c = cache.borrow_mut();
    let next = match &mut *c {
        InlineCache::Method {
            ty,
            epoch: e,
            place: p,
        } if *e == epoch && *ty != t => InlineCache::Methods {
            epoch,
            entries: Box::new([(*ty, Some(*p)), (t, Some(place)), (0, None), (0, None)]),
        },
        InlineCache::Methods { epoch: e, entries } if *e == epoch => {
            let slot = entries
                .iter()
                .position(|x| x.0 == 0 || x.0 == t)
                .unwrap_or(t % entries.len());
            entries[slot] = (t, Some(place));
            return;
        }
        _ => InlineCache::Method {
            ty: t,
            epoch,
            place,
        },
    };
    *c = next;
}

/// `seq[i]` of a list or tuple with `i` in range (negative from the end); None for
/// anything else, which the general subscript handles.
#[inline(always)]
pub(super) fn sequence_item(seq: &Value, i: i64) -> Option<Value> {
    match seq {
        Value::List(l) => {
            let items = l.items.borrow();
            let len = items.len() as i64;
            let k = if i < 0 { i + len } else { i };
            (0..len).contains(&k).then(|| items[k as usize].clone())
        }
        Value::Tuple(t) => {
            let len = t.items.len() as i64;
            let k = if i < 0 { i + len } else { i };
            (0..len).contains(&k).then(|| t.items[k as usize].clone())
        }
        _ => None,
    }
}

/// How many positional arguments a native call can take moved off the value stack.
pub(super) const NATIVE_ARGS: usize = 6;

impl crate::vm::Vm {
    /// BINARY_SUBSCR on the stack slots when no Python code is needed: a list or tuple
    /// indexed by an int in range, a dict indexed by a str it holds. True when done
    /// (the result replaces the two operands).
    #[inline(always)]
    pub(super) fn binary_subscr_fast(&mut self) -> bool {
        let n = self.stack.len();
        if let &Value::Int(i) = self.slot(n - 1) {
            if let Some(v) = sequence_item(self.slot(n - 2), i) {
                // SAFETY: the index on top is an unboxed int: nothing to drop.
                unsafe { self.stack.set_len(n - 1) };
                std::mem::replace(self.slot_mut(n - 2), v).discard();
                return true;
            }
        }
        if let (Value::Dict(d), Value::Str(k)) = (self.slot(n - 2), self.slot(n - 1)) {
            if let Ok(Some(v)) = d.lookup_str_exact(k) {
                self.pop().discard();
                std::mem::replace(self.slot_mut(n - 2), v).discard();
                return true;
            }
        }
        false
    }

    /// `len(x)` and `isinstance(x, cls)` answered in the CALL instruction, without a
    /// native call, when the answer needs no Python code: `len` of a str, list, tuple,
    /// dict or set; `isinstance` against a class whose metaclass is `type` (no
    /// `__instancecheck__`), unless the object's class defines `__class__`. CPython
    /// specialises these two calls too (CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE). None,
    /// with nothing changed, when the general path must run.
    #[inline(always)]
    pub(super) fn call_intrinsic(
        &mut self,
        func: crate::objects::function::NativeFn,
        args_start: usize,
        ret_base: usize,
    ) -> Option<Value> {
        let n = self.stack.len() - args_start;
        let r = if n == 1 && func as usize == crate::builtins::funcs::LEN as usize {
            Value::from_usize(match self.slot(args_start) {
                Value::Str(s) => s.char_len(),
                Value::List(l) => l.items.borrow().len(),
                Value::Tuple(t) => t.items.len(),
                Value::Dict(d) => d.len(),
                Value::Set(s) | Value::FrozenSet(s) => s.len(),
                _ => return None,
            })
        } else if n == 2 && func as usize == crate::builtins::funcs::ISINSTANCE as usize {
            let Value::Type(c) = self.slot(args_start + 1) else {
                return None;
            };
            if c.meta.borrow().as_ref().is_some_and(|m| !m.builtin) {
                return None;
            }
            let obj = self.slot(args_start);
            let t = self.type_of(obj);
            if t.is_subtype(c) {
                Value::bool(true)
            } else if matches!(obj, Value::Object(_))
                && self.type_hooks(&t) & crate::vm::HOOK_CLASS != 0
            {
                return None;
            } else {
                Value::bool(false)
            }
        } else {
            return None;
        };
        self.truncate_stack(ret_base);
        Some(r)
    }

    /// Call a native function on the arguments at `args_start..` of the value stack
    /// (at most `NATIVE_ARGS`), moved into a local array instead of a heap buffer; the
    /// stack is cut back to `ret_base` (dropping the callable) before the call, as the
    /// general path does, and the arguments are dropped after it.
    #[inline(always)]
    pub(super) fn call_native_moved(
        &mut self,
        func: impl FnOnce(&mut Self, crate::objects::function::Args<'_>) -> crate::vm::PyResult<Value>,
        args_start: usize,
        ret_base: usize,
    ) -> crate::vm::PyResult<Value> {
        use std::mem::MaybeUninit;
        let n = self.stack.len() - args_start;
        debug_assert!(n <= NATIVE_ARGS);
        let mut buf: [MaybeUninit<Value>; NATIVE_ARGS] =
            [const { MaybeUninit::uninit() }; NATIVE_ARGS];
        // SAFETY: the `n` values are moved (not copied) into `buf`: the stack's length is
        // cut to `args_start` before anything can observe the stack again, and `buf`'s
        // first `n` slots are initialised and each dropped exactly once below.
        let args: &[Value] = unsafe {
            // Value by value (a `memcpy` call costs more for so few, and its wide loads
            // of just-pushed halves stall).
            let src = self.stack.as_ptr().add(args_start);
            for (i, slot) in buf.iter_mut().enumerate().take(n) {
                slot.write(crate::value::read_split(src.add(i)));
            }
            self.stack.set_len(args_start);
            std::slice::from_raw_parts(buf.as_ptr() as *const Value, n)
        };
        self.truncate_stack(ret_base);
        let r = func(self, crate::objects::function::Args::new(args));
        for slot in &buf[..n] {
            // SAFETY: initialised above, read once.
            unsafe { slot.assume_init_read() }.discard();
        }
        r
    }
}

/// Complete a call of `f` that passes `n` of its positional parameters (fewer than its
/// `argcount`) by pushing the defaults of the rest after them. False, with nothing
/// pushed, when the defaults do not cover them (the general path reports the error).
#[inline]
pub(super) fn push_defaults(
    stack: &mut Vec<Value>,
    f: &crate::objects::function::Function,
    n: usize,
) -> bool {
    let argcount = f.code.argcount;
    let defaults = f.defaults.borrow();
    let Some(d) = defaults.as_ref() else {
        return false;
    };
    let first_default = argcount.saturating_sub(d.items.len());
    if n < first_default {
        return false;
    }
    stack.extend_from_slice(&d.items[n - first_default..]);
    true
}

/// Most keyword arguments a call binds on the value stack.
const KW_IN_PLACE: usize = 8;

impl crate::vm::Vm {
    /// Bind a call's keyword arguments where the function's locals go: the positional
    /// arguments at `args_start..` stay, the keyword values (the last `kwnames.len()`
    /// values on the stack) move into their parameters' slots, and missing parameters
    /// take their defaults. False, with nothing changed, when the call needs the
    /// general binder (an unknown or repeated name, a missing argument, `*args` or
    /// `**kwargs` parameters, cells, more than `KW_IN_PLACE` keywords): it reports
    /// errors with CPython's messages.
    pub(super) fn bind_kw_in_place(
        &mut self,
        f: &crate::objects::function::Function,
        args_start: usize,
        kwnames: &[Value],
    ) -> bool {
        use metal_compiler::bytecode::flags;
        let co = &f.code.co;
        let nkw = kwnames.len();
        if f.code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) != 0
            || !co.cellvars.is_empty()
            || nkw > KW_IN_PLACE
        {
            return false;
        }
        let argcount = co.argcount as usize;
        let total = argcount + co.kwonlyargcount as usize;
        let posonly = co.posonlyargcount as usize;
        let npos = self.stack.len() - args_start - nkw;
        if npos > argcount {
            return false;
        }
        // Where each keyword goes (checked before anything moves).
        let mut target = [0usize; KW_IN_PLACE];
        let mut filled: u64 = if npos >= 64 {
            return false;
        } else {
            (1u64 << npos) - 1
        };
        if total > 64 {
            return false;
        }
        let names = &f.code.varnames;
        for (k, name) in kwnames.iter().enumerate() {
            let Value::Str(name) = name else {
                return false;
            };
            // Keyword names and parameter names are both interned: compare identities
            // first, text only if none is the same object.
            let Some(j) = (posonly..total)
                .find(|&j| Rc::ptr_eq(&names[j], name))
                .or_else(|| (posonly..total).find(|&j| names[j].as_str() == name.as_str()))
            else {
                return false;
            };
            if filled & (1 << j) != 0 {
                return false;
            }
            filled |= 1 << j;
            target[k] = j;
        }
        // Every parameter left must have a default.
        let defaults = f.defaults.borrow();
        let ndefaults = defaults.as_ref().map_or(0, |d| d.items.len());
        let first_default = argcount.saturating_sub(ndefaults);
        let kwdefaults = f.kwdefaults.borrow();
        for (name, j) in names[npos..total].iter().zip(npos..) {
            if filled & (1 << j) != 0 {
                continue;
            }
            let ok = if j < argcount {
                j >= first_default
            } else {
                kwdefaults
                    .as_ref()
                    .is_some_and(|d| d.get_str(name).is_some())
            };
            if !ok {
                return false;
            }
        }
        // Bind. Keywords given in parameter order right after the positionals are
        // already in their slots; otherwise they move through a small buffer.
        let kw_at = args_start + npos;
        let in_order = target[..nkw]
            .iter()
            .enumerate()
            .all(|(k, &j)| j == npos + k);
        if in_order {
            if self.stack.len() < args_start + total {
                self.stack.resize(args_start + total, Value::Null);
            }
        } else {
            let mut moved: [std::mem::MaybeUninit<Value>; KW_IN_PLACE] =
                [const { std::mem::MaybeUninit::uninit() }; KW_IN_PLACE];
            for (k, slot) in moved.iter_mut().enumerate().take(nkw) {
                slot.write(std::mem::take(&mut self.stack[kw_at + k]));
            }
            self.stack.resize(args_start + total, Value::Null);
            for (k, slot) in moved.iter().enumerate().take(nkw) {
                // SAFETY: the first `nkw` entries were written just above, and each is
                // read once.
                self.stack[args_start + target[k]] = unsafe { slot.assume_init_read() };
            }
        }
        for (name, j) in names[npos..total].iter().zip(npos..) {
            if filled & (1 << j) != 0 {
                continue;
            }
            let v = if j < argcount {
                defaults
                    .as_ref()
                    .map(|d| d.items[j - first_default].clone())
            } else {
                kwdefaults.as_ref().and_then(|d| d.get_str(name))
            };
            self.stack[args_start + j] = v.unwrap_or(Value::Null);
        }
        true
    }
}

/// For LOAD_METHOD on a bound `super()` object whose instance is not a class: the plain
/// function the name finds after `start` in the instance type's MRO, with the instance
/// (what binding it would make a method of).
pub(super) fn super_method(
    vm: &crate::vm::Vm,
    obj: &Value,
    name: &crate::objects::str::PyStr,
) -> Option<(Value, Value)> {
    use crate::objects::object::Payload;
    let Value::Object(o) = obj else {
        return None;
    };
    let Payload::Super {
        start,
        obj: inst,
        obj_type,
    } = &o.payload
    else {
        return None;
    };
    // (A subclass of super may define `__getattribute__`: the general path asks it.)
    if inst.is_null()
        || matches!(inst, Value::Type(_))
        || name.as_str() == "__class__"
        || !o.cls().builtin
    {
        return None;
    }
    let rest = obj_type.mro_rest.borrow();
    let found = std::iter::once(obj_type)
        .chain(rest.iter())
        .skip_while(|t| !Rc::ptr_eq(t, start))
        .skip(1)
        .find_map(|t| t.dict.get_str(name))?;
    match &found {
        Value::Function(_) => Some((found, inst.clone())),
        // A builtin type's method (`super().__init__()` in a dict subclass): the method
        // and what binding it would give it as self (see `attr::method_self`), when it
        // applies to the instance (else getattr raises the descriptor's error).
        Value::Builtin(b)
            if b.kind == crate::objects::function::NativeKind::Method
                && b.self_.is_none()
                && crate::builtins::descr::applies(vm, b, inst) =>
        {
            let this = crate::attr::method_self(b, inst.clone());
            Some((found, this))
        }
        _ => None,
    }
}

/// LOAD_METHOD's cached builtin method for an instance of a subclass of a builtin type:
/// the method and the builtin value inside `o` it is called on.
#[inline(always)]
pub(super) fn cached_inner_method(
    cache: &std::cell::RefCell<InlineCache>,
    o: &crate::objects::object::PyObject,
    name: &crate::objects::str::PyStr,
) -> Option<(Value, Value)> {
    use crate::objects::object::Payload;
    // SAFETY: as for `cached_method`.
    let InlineCache::InnerMethod { ty, epoch, func } =
        unsafe { cache.try_borrow_unguarded() }.ok()?
    else {
        return None;
    };
    if *epoch != type_epoch() || Rc::as_ptr(o.cls()) as usize != *ty {
        return None;
    }
    let Payload::Builtin(inner) = &o.payload else {
        return None;
    };
    // SAFETY: a lookup runs no Python code.
    unsafe { o.dict_unchecked() }
        .is_none_or(|d| d.lacks_str(name))
        .then(|| (func.clone(), inner.clone()))
}

impl crate::vm::Vm {
    /// LOAD_METHOD on an instance of a subclass of a builtin type finding a method of the
    /// builtin type (no user override, no `__getattribute__`, not in the instance dict):
    /// the method and the builtin value it runs on, remembered for the next time. Dunder
    /// names are left to the general path (some bind the instance itself).
    pub(super) fn inner_method(
        &mut self,
        cache: &std::cell::RefCell<InlineCache>,
        obj: &Value,
        name: &Rc<crate::objects::str::PyStr>,
    ) -> Option<(Value, Value)> {
        use crate::objects::function::NativeKind;
        use crate::objects::object::Payload;
        let Value::Object(o) = obj else { return None };
        let Payload::Builtin(inner) = &o.payload else {
            return None;
        };
        if name.as_str().starts_with("__")
            || self.type_hooks(o.cls()) & crate::vm::HOOK_GETATTRIBUTE != 0
            || o.dict().is_some_and(|d| d.get_str(name).is_some())
        {
            return None;
        }
        let found = self.type_lookup(o.cls(), name)?;
        let Value::Builtin(b) = &found else {
            return None;
        };
        // (A native method of no builtin type, in a Python class, sees the instance:
        // the general path binds it so.)
        if b.kind != NativeKind::Method || b.self_.is_some() || b.is_python_class_method() {
            return None;
        }
        // A native method of a class defined in Python (`OrderedDict.keys`) is called on
        // the instance, which its class check looks for.
        if b.objclass
            .as_ref()
            .and_then(|c| c.upgrade())
            .is_some_and(|c| !c.builtin)
        {
            return None;
        }
        *cache.borrow_mut() = InlineCache::InnerMethod {
            ty: Rc::as_ptr(o.cls()) as usize,
            epoch: type_epoch(),
            func: found.clone(),
        };
        Some((found, inner.clone()))
    }
}

/// LOAD_METHOD's cached method for `o`'s type (one type, or up to four), unless the
/// instance's dict shadows the name.
#[inline(always)]
pub(super) fn cached_method(
    cache: &std::cell::RefCell<InlineCache>,
    o: &crate::objects::object::PyObject,
    name: &crate::objects::str::PyStr,
) -> Option<Value> {
    // SAFETY: the cache is written only on LOAD_METHOD's slow path, after this borrow
    // ends; nothing here runs Python code.
    let place = match unsafe { cache.try_borrow_unguarded() }.ok()? {
        InlineCache::Method { ty, epoch, place }
            if *epoch == type_epoch() && Rc::as_ptr(o.cls()) as usize == *ty =>
        {
            *place
        }
        InlineCache::Methods { epoch, entries } if *epoch == type_epoch() => {
            let t = Rc::as_ptr(o.cls()) as usize;
            entries.iter().find(|e| e.0 == t)?.1?
        }
        _ => return None,
    };
    // SAFETY: a lookup runs no Python code; the place is of this epoch.
    if unsafe { o.dict_unchecked() }.is_none_or(|d| d.lacks_str(name)) {
        unsafe { place.value() }
    } else {
        None
    }
}

/// After a generic load from a module: cache a plain module global (not a dunder the
/// module type serves) by its dict entry, valid while the dict's keys are unchanged.
fn note_module_attr(
    cache: &std::cell::RefCell<InlineCache>,
    o: &crate::objects::object::PyObject,
    name: &Rc<crate::objects::str::PyStr>,
) -> bool {
    use crate::objects::object::Payload;
    if let (Payload::Module { .. }, Some(d)) = (&o.payload, o.dict()) {
        // Only a plain module: a subclass may serve the name first (a property,
        // `__getattribute__`).
        if !name.as_str().starts_with("__") && o.cls().builtin {
            if let Some(index) = d.index_of_str(name) {
                *cache.borrow_mut() = InlineCache::ModuleAttr {
                    ty: Rc::as_ptr(o.cls()) as usize,
                    dict: Rc::downgrade(&d),
                    version: d.version.get(),
                    index,
                };
                return true;
            }
        }
    }
    false
}

/// LOAD_ATTR's (and LOAD_METHOD's, for what is not a method) cached kinds that need
/// no call: an instance-dict attribute, a plain class attribute, a module global, a
/// `__slots__` member. One look at the cache (and
/// no borrow count: nothing here can run Python code or write the cache).
#[inline(always)]
pub(super) fn cached_attr(
    cache: &std::cell::RefCell<InlineCache>,
    o: &crate::objects::object::PyObject,
    name: &Rc<crate::objects::str::PyStr>,
) -> Option<Value> {
    // SAFETY: the cache is only written (`borrow_mut`) by the slow paths after a miss,
    // never while this reference lives; the checks below call no Python code.
    let c = unsafe { cache.try_borrow_unguarded() }.ok()?;
    match c {
        InlineCache::InstanceAttr { .. } => {
            let index = instance_attr_hit(c, o)?;
            // SAFETY: (here and below) lookups run no Python code.
            unsafe { o.dict_unchecked() }.and_then(|d| d.get_str_hinted(name, index))
        }
        InlineCache::ClassAttr { ty, epoch, place } => {
            if Rc::as_ptr(o.cls()) as usize == *ty
                && *epoch == type_epoch()
                && unsafe { o.dict_unchecked() }.is_none_or(|d| d.lacks_str(name))
            {
                // SAFETY: the place is of this epoch.
                unsafe { place.value() }
            } else {
                None
            }
        }
        InlineCache::ModuleAttr {
            ty,
            dict,
            version,
            index,
        } => {
            if Rc::as_ptr(o.cls()) as usize != *ty {
                return None;
            }
            let d = unsafe { o.dict_unchecked() }?;
            if std::ptr::eq(Rc::as_ptr(d), dict.as_ptr()) && d.version.get() == *version {
                d.value_at(*index)
            } else {
                None
            }
        }
        InlineCache::SlotAttr { .. } => {
            crate::members::slot_hit(c, o).and_then(|i| crate::members::load_slot(o, i))
        }
        _ => None,
    }
}

impl crate::vm::Vm {
    /// After a generic attribute load: cache an instance-dict attribute, a plain class
    /// attribute or a plain module's global for the next time. False when it is none.
    pub(super) fn note_plain_attr(
        &mut self,
        cache: &std::cell::RefCell<InlineCache>,
        o: &crate::objects::object::PyObject,
        name: &Rc<crate::objects::str::PyStr>,
    ) -> bool {
        use crate::objects::object::Payload;
        // Instances of user classes, and of subclasses of builtin types (their dict
        // comes before the builtin value's own attributes, as here).
        if matches!(o.payload, Payload::Instance | Payload::Builtin(_))
            && self.plain_instance_attr(o, name)
        {
            note_instance_type(cache, o);
            return true;
        }
        if let Some(value) = self.plain_class_attr(o, name) {
            if let Some((place, found)) = o.cls().locate_value(name) {
                if found.is(&value) {
                    *cache.borrow_mut() = InlineCache::ClassAttr {
                        ty: Rc::as_ptr(o.cls()) as usize,
                        epoch: type_epoch(),
                        place,
                    };
                    return true;
                }
            }
        }
        note_module_attr(cache, o, name)
    }
}

impl crate::vm::Vm {
    /// CALL_FUNCTION_EX's callable and arguments: `*args` collected, `**kwargs` as
    /// keyword names and values, and a bound method of a Python function unpacked
    /// into the function and `self` first (so the call can run in the eval loop).
    pub(super) fn call_ex_args(
        &mut self,
        func: Value,
        args: &Value,
        kwargs: Option<Value>,
    ) -> crate::vm::PyResult<(Value, Vec<Value>, Vec<Value>)> {
        use crate::objects::object::Payload;
        let mut all = match args {
            Value::Tuple(t) => t.items.to_vec(),
            _ => {
                if !self.is_iterable(args) {
                    return Err(self.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        crate::call::function_str(&func),
                        self.type_name(args)
                    )));
                }
                crate::iter::collect(self, args)?
            }
        };
        let mut names = Vec::new();
        if let Some(Value::Dict(d)) = &kwargs {
            for (k, v) in d.items() {
                names.push(k);
                all.push(v);
            }
        }
        if let Value::Object(o) = &func {
            if let Payload::BoundMethod { func: f, self_ } = &o.payload {
                if matches!(f, Value::Function(_)) {
                    let mut with_self = Vec::with_capacity(all.len() + 1);
                    with_self.push(self_.clone());
                    with_self.extend(all);
                    return Ok((f.clone(), with_self, names));
                }
            }
        }
        Ok((func, all, names))
    }
}

impl crate::vm::Vm {
    /// CALL of a plain class whose `__init__` can run in the eval loop: its arguments
    /// are bound on the stack (positional ones, or with the keywords `kwnames`), the new
    /// instance replaces the class in its slot (as `self`) and the null below it (where
    /// the call's result goes), and `__init__`'s frame is pushed. False, with nothing
    /// changed, when the call must take the general path.
    pub(super) fn push_class_call(
        &mut self,
        t: &Rc<crate::objects::types::PyType>,
        callable_at: usize,
        ret_base: usize,
        kwnames: Option<&[Value]>,
    ) -> crate::vm::PyResult<bool> {
        // (The frame holds the level of CPython's check in the call of a class, which
        // has no vectorcall.)
        if callable_at == ret_base || !self.room_for_counted_frame() {
            return Ok(false);
        }
        let Some(init) = crate::classes::inline_init(t) else {
            return Ok(false);
        };
        let bound = match kwnames {
            None => {
                let n = self.stack.len() - callable_at;
                let argcount = init.code.argcount;
                init.code.simple_args
                    && n <= argcount
                    && (n == argcount || push_defaults(&mut self.stack, &init, n))
            }
            Some(names) => self.bind_kw_in_place(&init, callable_at, names),
        };
        if !bound {
            // The general binder (`*args`, `**kwargs`, keyword-only defaults, cells, and
            // every binding error): the instance first (as CPython's type call makes it
            // before `__init__` binds), then `__init__`'s frame on the instance and the
            // arguments, its locals where the class was.
            let obj =
                crate::classes::object_new(self, t, crate::objects::function::Args::new(&[]))?;
            let mut args = std::mem::take(&mut self.arg_buf);
            args.push(obj.clone());
            args.extend(self.stack.drain(callable_at + 1..));
            *self.slot_mut(ret_base) = obj;
            let r = self.push_frame_at(
                &init,
                crate::objects::function::Args {
                    all: &args,
                    kwnames: kwnames.unwrap_or(&[]),
                },
                callable_at,
                ret_base,
                crate::vm::Ret::InitSelf,
            );
            args.clear();
            if self.arg_buf.capacity() < args.capacity() {
                self.arg_buf = args;
            }
            r?;
            self.hold_native_level();
            return Ok(true);
        }
        let obj = crate::classes::object_new(self, t, crate::objects::function::Args::new(&[]))?;
        *self.slot_mut(ret_base) = obj.clone();
        std::mem::replace(self.slot_mut(callable_at), obj).discard();
        self.push_init_frame(&init, callable_at, ret_base);
        self.hold_native_level();
        Ok(true)
    }
}

impl crate::vm::Vm {
    /// `NameError: name 'x' is not defined`, with what a suggestion needs from frame
    /// `fidx`.
    pub(super) fn name_error(
        &self,
        fidx: usize,
        name: &Rc<crate::objects::str::PyStr>,
    ) -> crate::vm::PyErr {
        let e = self.new_error(
            "NameError",
            format!("name '{}' is not defined", name.as_str()),
        );
        let f = self.fr(fidx);
        *e.data().hint.borrow_mut() = Some(Box::new(crate::suggest::Hint::Name {
            name: name.clone(),
            varnames: super::frame_code(f).varnames.clone(),
            globals: Value::Dict(Rc::clone(&f.globals)),
            builtins: Value::Dict(Rc::clone(&f.builtins)),
        }));
        e
    }
}

impl crate::vm::Vm {
    /// The Python function that is the special method `name` of `obj`'s class, when the
    /// eval loop may run it as a frame of its own (no nested loop) on `argc` positional
    /// arguments, self included: `obj` an instance of a Python class (or of a Python
    /// subclass of a builtin type), the method a plain function taking exactly those,
    /// not a generator, and room under the recursion limit for `levels` (2 when the
    /// frame holds a native level: `Ret::counted`). Remembered per instruction for the
    /// class and name at this type epoch.
    pub(super) fn special_frame_func(
        &mut self,
        cache: &std::cell::RefCell<InlineCache>,
        obj: &Value,
        name: &'static str,
        argc: usize,
        levels: usize,
    ) -> Option<Rc<crate::objects::function::Function>> {
        use crate::objects::object::Payload;
        let Value::Object(o) = obj else { return None };
        if !matches!(o.payload, Payload::Instance | Payload::Builtin(_))
            || self.frames.len() + levels > self.frame_limit
        {
            return None;
        }
        let ty = Rc::as_ptr(o.cls()) as usize;
        let epoch = type_epoch();
        if let InlineCache::Special {
            ty: t,
            epoch: e,
            name: n,
            place,
        } = &*cache.borrow()
        {
            if *t == ty && *e == epoch && *n == name {
                // SAFETY: the entry is of this epoch.
                return match unsafe { place.value() } {
                    Some(Value::Function(f)) => Some(f),
                    // (Remembered: a native method of a Python class, not a frame.)
                    _ => None,
                };
            }
        }
        let n = self.sname(name);
        let (place, found) = o.cls().locate_value(&n)?;
        let Value::Function(f) = found else {
            if matches!(found, Value::Builtin(_)) {
                *cache.borrow_mut() = InlineCache::Special {
                    ty,
                    epoch,
                    name,
                    place,
                };
            }
            return None;
        };
        if !f.code.simple_args
            || f.code.argcount != argc
            || f.code.flags & metal_compiler::bytecode::flags::GENERATOR != 0
        {
            return None;
        }
        *cache.borrow_mut() = InlineCache::Special {
            ty,
            epoch,
            name,
            place,
        };
        Some(f)
    }
}

/// LOAD_ATTR on a class whose attribute the instruction's cache holds (`TypeAttr`).
#[inline(always)]
pub(super) fn cached_type_attr(
    cache: &std::cell::RefCell<InlineCache>,
    t: &crate::objects::types::PyType,
) -> Option<Value> {
    // SAFETY: as in `cached_attr`.
    let c = unsafe { cache.try_borrow_unguarded() }.ok()?;
    match c {
        InlineCache::TypeAttr { ty, epoch, place }
            if *ty == t as *const _ as usize && *epoch == type_epoch() =>
        {
            // SAFETY: the entry is of this epoch.
            unsafe { place.value() }
        }
        _ => None,
    }
}

impl crate::vm::Vm {
    /// After a generic attribute load from the class `t` gave `v`: remember it in the
    /// instruction's cache when the next load would give the same while no class
    /// changes: the value found on `t`'s MRO returned as it is (a function, a plain
    /// value, a class whose metaclass is `type`), for a name that is no dunder (the
    /// metatype serves those), and no metaclass attribute or `__getattribute__` in the
    /// way.
    pub(super) fn note_type_attr(
        &mut self,
        cache: &std::cell::RefCell<InlineCache>,
        t: &Rc<crate::objects::types::PyType>,
        name: &Rc<crate::objects::str::PyStr>,
        v: &Value,
    ) {
        if crate::attr::is_dunder(name) {
            return;
        }
        let meta = t.meta.borrow().clone();
        if let Some(m) = meta {
            if self.type_lookup(&m, name).is_some()
                || self.type_hooks(&m) & crate::vm::HOOK_GETATTRIBUTE != 0
            {
                return;
            }
        }
        let Some((place, raw)) = t.locate_value(name) else {
            return;
        };
        let plain = match &raw {
            Value::Type(c) => c.meta.borrow().is_none(),
            Value::Object(_) | Value::Builtin(_) | Value::Null | Value::Cell(_) => false,
            _ => true,
        };
        if plain && raw.is(v) {
            *cache.borrow_mut() = InlineCache::TypeAttr {
                ty: Rc::as_ptr(t) as usize,
                epoch: type_epoch(),
                place,
            };
        }
    }
}
