//! The builtin functions: print, len, sorted, min/max, sum, round, isinstance,
//! exec/eval/compile, globals/locals/vars/dir, input… (iter/next and the iterator
//! classes are in `iterators`).

use std::io::Write;
use std::rc::Rc;

use metal_compiler::bytecode::BinOp;

use crate::builtins::{function, len_of, pos_args};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::int::{as_int, IntRef};
use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, b: &PyDict) {
    function(b, "print", print);
    function(b, "len", len);
    function(b, "repr", repr);
    function(b, "ascii", ascii);
    function(b, "abs", abs);
    function(b, "all", all);
    function(b, "any", any);
    function(b, "bin", bin);
    function(b, "oct", oct);
    function(b, "hex", hex);
    function(b, "callable", callable);
    function(b, "chr", chr);
    function(b, "ord", ord);
    function(b, "divmod", divmod);
    function(b, "pow", pow);
    function(b, "round", round);
    function(b, "hash", hash);
    function(b, "id", id);
    function(b, "isinstance", isinstance);
    function(b, "issubclass", issubclass);
    function(b, "getattr", getattr);
    function(b, "setattr", setattr);
    function(b, "hasattr", hasattr);
    function(b, "delattr", delattr);
    super::iterators::init(vm, b);
    function(b, "sorted", sorted);
    function(b, "min", min);
    function(b, "max", max);
    function(b, "sum", sum);
    function(b, "format", format);
    function(b, "input", input);
    function(b, "globals", globals);
    function(b, "locals", locals);
    function(b, "vars", vars);
    function(b, "dir", dir);
    function(b, "exec", exec);
    function(b, "eval", eval);
    function(b, "compile", compile);
    function(b, "__build_class__", crate::classes::build_class);
    function(b, "__import__", import);
    function(b, "open", open);
}

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw() {
        match k {
            "sep" => match v {
                Value::None => {}
                Value::Str(s) => sep = s.as_str().to_string(),
                _ => {
                    return Err(vm.type_error(format!(
                        "sep must be None or a string, not {}",
                        vm.type_name(v)
                    )))
                }
            },
            "end" => match v {
                Value::None => {}
                Value::Str(s) => end = s.as_str().to_string(),
                _ => {
                    return Err(vm.type_error(format!(
                        "end must be None or a string, not {}",
                        vm.type_name(v)
                    )))
                }
            },
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    let mut out = String::new();
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(n) => {
                use std::fmt::Write as _;
                let _ = write!(out, "{n}");
            }
            _ => out.push_str(vm.str_of(a)?.as_str()),
        }
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    if flush {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

/// Write text to a file object: sys.stdout / sys.stderr natively, else `.write()`.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    let target = if file.is_none() {
        match vm.sys_module.clone().and_then(|m| match m {
            Value::Object(o) => o.dict().as_ref().and_then(|d| d.get_by_str("stdout")),
            _ => None,
        }) {
            Some(v) => v,
            None => Value::None,
        }
    } else {
        file.clone()
    };
    match &target {
        Value::Object(o) if matches!(o.payload, Payload::Stream(_)) => {
            let Payload::Stream(n) = o.payload else {
                unreachable!()
            };
            if n == 2 {
                vm.flush_stdout();
                let mut e = std::io::stderr();
                let _ = e.write_all(text.as_bytes());
                let _ = e.flush();
            } else {
                let _ = vm.out.write_all(text.as_bytes());
            }
            Ok(())
        }
        Value::None => {
            let _ = vm.out.write_all(text.as_bytes());
            Ok(())
        }
        _ => {
            vm.call_method(&target, "write", &[Value::str(text)])?;
            Ok(())
        }
    }
}

/// `len` and `isinstance`, which the eval loop recognises to answer some calls itself.
pub(crate) const LEN: crate::objects::function::NativeFn = len;
pub(crate) const ISINSTANCE: crate::objects::function::NativeFn = isinstance;
/// The builtin `abs`, which `__abs__` of the numeric types calls (not whatever the
/// name `abs` is bound to now in the builtins namespace).
pub(crate) const ABS: crate::objects::function::NativeFn = abs;
pub(crate) const POW: crate::objects::function::NativeFn = pow;

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "len", &args, 1, 1)?;
    Ok(Value::from_usize(len_of(vm, &a[0])?))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "repr", &args, 1, 1)?;
    // The call of the builtin counts one level of the recursion limit, as CPython's
    // call of a C function does (`def __repr__(self): return repr(self)` stops at its
    // depth, with its message).
    // A `__repr__` returning an instance of a str subclass: that very object.
    vm.enter_native(crate::recursion::CALLING)?;
    let r = match crate::dunder::conversion_by_special(vm, &a[0], 'r') {
        Some(r) => r,
        None => vm.repr(&a[0]).map(Value::Str),
    };
    vm.leave_native();
    r
}

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "ascii", &args, 1, 1)?;
    // (A `__repr__`'s str-subclass result comes back as it is when it is all ASCII.)
    if let Some(r) = crate::dunder::conversion_by_special(vm, &a[0], 'a') {
        return r;
    }
    let r = vm.repr(&a[0])?;
    Ok(Value::from_string(crate::repr::ascii_escape(r.as_str())))
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "abs", &args, 1, 1)?;
    match &a[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_i128((*i as i128).abs()),
        }),
        Value::Bool(crate::value::PyBool(b)) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_ibig(if **b < dashu_int::IBig::ZERO {
            -(**b).clone()
        } else {
            (**b).clone()
        })),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => {
            if let Some((r, i)) = crate::objects::complex::as_complex(v) {
                if crate::objects::complex::is_complex(v) {
                    return Ok(Value::Float(r.hypot(i)));
                }
            }
            crate::dunder::unary(vm, v, "__abs__", "abs()").map_err(|_| {
                vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))
            })
        }
    }
}

fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(crate::value::PyBool(false)));
        }
    }
    Ok(Value::Bool(crate::value::PyBool(true)))
}

fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(crate::value::PyBool(true)));
        }
    }
    Ok(Value::Bool(crate::value::PyBool(false)))
}

fn int_for_base(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if as_int(v).is_some() {
        return Ok(v.clone());
    }
    match crate::dunder::index(vm, v)? {
        Some(i) => Ok(Value::from_i128(i)),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn base_fmt(vm: &mut Vm, args: Args<'_>, name: &str, radix: u8, prefix: &str) -> PyResult<Value> {
    let a = pos_args(vm, name, &args, 1, 1)?;
    let v = int_for_base(vm, &a[0])?;
    let i = as_int(&v).expect("an int");
    Ok(Value::from_string(crate::objects::int::to_base(
        &i, radix, prefix,
    )))
}

fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    base_fmt(vm, args, "bin", 2, "0b")
}
fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    base_fmt(vm, args, "oct", 8, "0o")
}
fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    base_fmt(vm, args, "hex", 16, "0x")
}

fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "callable", &args, 1, 1)?;
    Ok(Value::bool(vm.is_callable(&a[0])))
}

fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "chr", &args, 1, 1)?;
    let i = match as_int(&a[0]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        None => match crate::dunder::index(vm, &a[0])? {
            Some(i) => i64::try_from(i)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&a[0])
                )))
            }
        },
    };
    match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
        Some(c) => match char::from_u32(c) {
            Some(ch) => Ok(vm.char_str(ch)),
            None => Err(vm.not_implemented("lone surrogates in strings")),
        },
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "ord", &args, 1, 1)?;
    // A str, or an instance of a str subclass.
    if let Some(s) = crate::builtins::str::str_payload(&a[0]) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    match crate::objects::bytes::as_bytes(&a[0]) {
        Some(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(b) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        None => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(&a[0])
        ))),
    }
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "divmod", &args, 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if let (
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
    ) = (x, y)
    {
        if matches!(x, Value::Float(_)) || matches!(y, Value::Float(_)) {
            let fx = num_f64(vm, x)?;
            let fy = num_f64(vm, y)?;
            if fy == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::objects::float::divmod(fx, fy);
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        let q = crate::ops::binary_op(vm, x, y, BinOp::FloorDivide, false)?;
        let r = crate::ops::binary_op(vm, x, y, BinOp::Remainder, false)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    let tx = vm.type_of(x);
    if let Some(m) = vm.type_lookup_s(&tx, "__divmod__") {
        if !matches!(m, Value::Builtin(_)) {
            let r = vm.call_args(&m, &[x.clone(), y.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let ty = vm.type_of(y);
    if let Some(m) = vm.type_lookup_s(&ty, "__rdivmod__") {
        if !matches!(m, Value::Builtin(_)) {
            let r = vm.call_args(&m, &[y.clone(), x.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(x),
        vm.type_name(y)
    )))
}

pub fn num_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        _ => match as_int(v) {
            Some(i) => crate::objects::int::to_f64(vm, &i),
            None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        },
    }
}

/// A real number as a C double, as CPython's PyFloat_AsDouble takes one: floats and
/// ints, instances of their subclasses, else `__float__` (which must return a float)
/// or `__index__`.
pub fn real_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Ok(x) = num_f64(vm, v) {
        return Ok(x);
    }
    if let Value::Object(o) = v {
        if let Payload::Builtin(inner) = &o.payload {
            if let Ok(x) = num_f64(vm, inner) {
                return Ok(x);
            }
        }
        if let Some(m) = crate::dunder::user_special(vm, v, "__float__") {
            let r = crate::dunder::call_special(vm, &m, v, &[])?;
            return match &r {
                Value::Float(x) => Ok(*x),
                Value::Object(o) if matches!(&o.payload, Payload::Builtin(Value::Float(_))) => {
                    num_f64(vm, &crate::ops::unwrap_builtin(&r).unwrap_or(r.clone()))
                }
                _ => Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(v),
                    vm.type_name(&r)
                ))),
            };
        }
        if let Some(m) = crate::dunder::user_special(vm, v, "__index__") {
            let r = crate::dunder::call_special(vm, &m, v, &[])?;
            return num_f64(vm, &r);
        }
    }
    num_f64(vm, v)
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut p: Vec<Value> = args.pos().to_vec();
    for (k, v) in args.kw() {
        match k {
            "base" => p.insert(0, v.clone()),
            "exp" => p.push(v.clone()),
            "mod" => p.push(v.clone()),
            _ => {
                return Err(vm.type_error(format!("pow() got an unexpected keyword argument '{k}'")))
            }
        }
    }
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "pow expected at least 2 arguments, got {}",
            p.len()
        )));
    }
    if p.len() == 2 || p[2].is_none() {
        return crate::ops::binary_op(vm, &p[0], &p[1], BinOp::Power, false);
    }
    let (Some(b), Some(e), Some(m)) = (as_int(&p[0]), as_int(&p[1]), as_int(&p[2])) else {
        let ty = vm.type_of(&p[0]);
        if let Some(f) = vm.type_lookup_s(&ty, "__pow__") {
            if !matches!(f, Value::Builtin(_)) {
                let r = vm.call_args(&f, &[p[0].clone(), p[1].clone(), p[2].clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let all_numbers = p.iter().all(|v| {
            matches!(
                v,
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
            )
        });
        if all_numbers {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(&p[0]),
            vm.type_name(&p[1]),
            vm.type_name(&p[2])
        )));
    };
    let (b, e, m) = (b.to_ibig(), e.to_ibig(), m.to_ibig());
    use dashu_int::IBig;
    if m == IBig::ZERO {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_mod = m < IBig::ZERO;
    let am = if neg_mod { -m.clone() } else { m.clone() };
    let mut base = crate::builtins::num::ibig_mod(&b, &am);
    let mut exp = e;
    if exp < IBig::ZERO {
        match crate::builtins::num::mod_inverse(&base, &am) {
            Some(inv) => base = inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
        exp = -exp;
    }
    let mut result = IBig::ONE % &am;
    let mut e = exp;
    while e > IBig::ZERO {
        if (&e % IBig::from(2)) == IBig::ONE {
            result = (&result * &base) % &am;
        }
        base = (&base * &base) % &am;
        e >>= 1;
    }
    if neg_mod && result != IBig::ZERO {
        result += &m;
    }
    Ok(Value::from_ibig(result))
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut p: Vec<Value> = args.pos().to_vec();
    for (k, v) in args.kw() {
        match k {
            "number" => p.insert(0, v.clone()),
            "ndigits" => p.push(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("round() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let nd = if p.len() == 2 && !p[1].is_none() {
        Some(crate::builtins::to_index(vm, &p[1])?)
    } else {
        None
    };
    crate::builtins::num::round_value(vm, &p[0], nd)
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "hash", &args, 1, 1)?;
    // One level of the recursion limit, as `repr`'s call.
    vm.enter_native(crate::recursion::CALLING)?;
    let r = vm.hash(&a[0]);
    vm.leave_native();
    Ok(Value::Int(r?))
}

fn id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "id", &args, 1, 1)?;
    Ok(Value::from_usize(a[0].id()))
}

/// `isinstance(obj, cls)` / `issubclass(t, cls)`: `obj` is the instance for
/// `isinstance`, `None` for `issubclass`. A metaclass's own `__instancecheck__` or
/// `__subclasscheck__` (ABCMeta's, a user's) decides when it defines one, as in CPython.
pub(crate) fn class_matches(
    vm: &mut Vm,
    t: &Rc<crate::objects::types::PyType>,
    obj: Option<&Value>,
    cls: &Value,
) -> PyResult<bool> {
    match cls {
        Value::Type(c) => {
            if obj.is_some() && Rc::ptr_eq(t, c) {
                return Ok(true);
            }
            // A builtin metaclass (`type`) has the builtin hooks: no lookup needed.
            let meta = c.meta.borrow().clone().filter(|m| !m.builtin);
            if let Some(meta) = meta {
                let hook = if obj.is_some() {
                    "__instancecheck__"
                } else {
                    "__subclasscheck__"
                };
                if let Some(f) = meta.lookup_str(hook) {
                    if !matches!(f, Value::Builtin(_)) {
                        let arg = match obj {
                            Some(o) => o.clone(),
                            None => Value::Type(t.clone()),
                        };
                        let r = vm.call_args(&f, &[cls.clone(), arg])?;
                        return vm.truthy(&r);
                    }
                }
            }
            plain_check(vm, t, obj, c)
        }
        Value::Tuple(items) => {
            for c in items.items.iter() {
                if class_matches(vm, t, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // Any other object whose type has __instancecheck__/__subclasscheck__ (a
        // `types.UnionType`, a user's checker) decides, as in CPython.
        _ if crate::dunder::user_special(
            vm,
            cls,
            if obj.is_some() {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            },
        )
        .is_some() =>
        {
            let hook = if obj.is_some() {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            };
            let arg = match obj {
                Some(o) => o.clone(),
                None => Value::Type(t.clone()),
            };
            let r = vm.call_method(cls, hook, &[arg])?;
            vm.truthy(&r)
        }
        _ if obj.is_some() => {
            Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
        _ => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

/// `type.__instancecheck__` / `__subclasscheck__` without a metaclass's hook: `t` (the
/// instance's type, or the class tested) is a subtype of `c`; for an instance whose class
/// defines `__class__` (a proxy's property), also the class that names, as CPython's
/// `object_isinstance`.
fn plain_check(
    vm: &mut Vm,
    t: &Rc<crate::objects::types::PyType>,
    obj: Option<&Value>,
    c: &Rc<crate::objects::types::PyType>,
) -> PyResult<bool> {
    if t.is_subtype(c) {
        return Ok(true);
    }
    if let Some(inst @ Value::Object(_)) = obj {
        if vm.type_hooks(t) & crate::vm::HOOK_CLASS != 0 {
            if let Some(Value::Type(ic)) = vm.getattr_opt(inst, "__class__")? {
                return Ok(!Rc::ptr_eq(&ic, t) && ic.is_subtype(c));
            }
        }
    }
    Ok(false)
}

/// `type.__instancecheck__(cls, obj)`.
pub fn type_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = crate::builtins::method_args(vm, "__instancecheck__", &args, 1, 1)?;
    let Value::Type(c) = s else {
        return Err(vm.type_error("descriptor '__instancecheck__' requires a 'type' object"));
    };
    let t = vm.type_of(&a[0]);
    Ok(Value::bool(plain_check(vm, &t, Some(&a[0]), c)?))
}

/// `type.__subclasscheck__(cls, sub)`.
pub fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = crate::builtins::method_args(vm, "__subclasscheck__", &args, 1, 1)?;
    let (Value::Type(c), Value::Type(t)) = (s, &a[0]) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(plain_check(vm, t, None, c)?))
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "isinstance", &args, 2, 2)?;
    let t = vm.type_of(&a[0]);
    if let Value::Type(c) = &a[1] {
        if Rc::ptr_eq(&t, c) {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(class_matches(vm, &t, Some(&a[0]), &a[1])?))
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "issubclass", &args, 2, 2)?;
    let Value::Type(t) = &a[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(class_matches(vm, t, None, &a[1])?))
}

/// An attribute name argument (getattr, setattr, the slot wrappers): a str (a str
/// subclass's value), or CPython's TypeError.
pub(crate) fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<crate::objects::str::PyStr>> {
    let text = match v {
        Value::Str(s) => Some(s),
        Value::Object(o) => match &o.payload {
            Payload::Builtin(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    };
    text.cloned().ok_or_else(|| {
        vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    if let Some(found) = crate::attr::known_instance_attr(vm, &a[0], &name) {
        match (found, a.get(2)) {
            (Some(v), _) => return Ok(v),
            (None, Some(default)) => return Ok(default.clone()),
            // The general look-up makes the AttributeError.
            (None, None) => {}
        }
    }
    if a.len() == 3 {
        return Ok(vm
            .getattr_maybe(&a[0], &name)?
            .unwrap_or_else(|| a[2].clone()));
    }
    vm.getattr_str(&a[0], &name)
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.setattr_str(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    if let Some(found) = crate::attr::known_instance_attr(vm, &a[0], &name) {
        return Ok(Value::bool(found.is_some()));
    }
    // An instance whose class has the name as a plain function has the attribute (a
    // method, or whatever the instance dict shadows it with): no bound method needed.
    if let Value::Object(o) = &a[0] {
        let plain = matches!(o.payload, Payload::Instance | Payload::Builtin(_))
            && vm.type_hooks(o.cls()) & (crate::vm::HOOK_GETATTRIBUTE | crate::vm::HOOK_GETATTR)
                == 0;
        if plain && matches!(vm.type_lookup(o.cls(), &name), Some(Value::Function(_))) {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(vm.getattr_maybe(&a[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.delattr_str(&a[0], &name)?;
    Ok(Value::None)
}

fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", p.len())));
    }
    let items = crate::iter::collect(vm, &p[0])?;
    let (key, reverse) = crate::builtins::sort_options(vm, &args)?;
    let sorted = crate::builtins::list::sort_values(vm, &items, &key, reverse)?;
    Ok(Value::list(sorted))
}

fn min_max(vm: &mut Vm, args: Args<'_>, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let mut key = Value::None;
    let mut default: Option<Value> = None;
    for (k, v) in args.kw() {
        match k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    let p = args.pos();
    let items = match p.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => crate::iter::collect(vm, &p[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            p.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = if key.is_none() {
            item.clone()
        } else {
            vm.call_args(&key, std::slice::from_ref(&item))?
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let op = if is_max {
                    metal_compiler::bytecode::CmpOp::Gt
                } else {
                    metal_compiler::bytecode::CmpOp::Lt
                };
                let better = crate::ops::compare_bool(vm, &k, bk, op)?;
                if better {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, false)
}
fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let mut start = Value::Int(0);
    if p.len() == 2 {
        start = p[1].clone();
    }
    if let Some(s) = args.get_kw("start") {
        start = s.clone();
    }
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        v if crate::objects::bytes::as_bytes(v).is_some() => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&p[0])?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => crate::ops::binary_op(vm, &acc, &v, BinOp::Add, false)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => crate::ops::binary_op(vm, &acc, &v, BinOp::Add, false)?,
        };
    }
    Ok(acc)
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "format", &args, 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => String::new(),
    };
    // A `__format__` returning an instance of a str subclass: that very object.
    crate::strformat::format_object(vm, &a[0], &spec)
}

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "input", &args, 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.str_of(p)?;
        let _ = vm.out.write_all(s.as_str().as_bytes());
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::from_string(line))
        }
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

fn caller_globals(vm: &Vm) -> Rc<PyDict> {
    vm.frames
        .last()
        .map(|f| Rc::clone(&f.globals))
        .unwrap_or_else(|| Rc::new(PyDict::new()))
}

/// The caller's locals: a dict (a snapshot for function frames, as CPython 3.11), or the
/// mapping a class body or exec runs in.
pub fn caller_locals(vm: &mut Vm) -> Value {
    match vm.frames.len() {
        0 => Value::Dict(Rc::new(PyDict::new())),
        n => crate::mapping_ns::frame_namespace(vm, n - 1),
    }
}

/// The locals of `vm.frames[idx]` as a dict: the namespace of a module or class body;
/// for a function, its frame object's `f_locals` dict brought up to date (the same dict
/// at every call, as CPython 3.11's `locals()`).
pub fn frame_locals(vm: &mut Vm, idx: usize) -> Rc<PyDict> {
    let Some(f) = vm.frames.get(idx) else {
        return Rc::new(PyDict::new());
    };
    if let Some(l) = &f.locals {
        return l.clone();
    }
    if f.code.co.flags & metal_compiler::bytecode::flags::OPTIMIZED == 0 {
        return Rc::clone(&f.globals);
    }
    let o = vm.frame_object(idx);
    match vm.frame_attr(&o, "f_locals") {
        Some(Value::Dict(d)) => d,
        _ => Rc::new(PyDict::new()),
    }
}

fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pos_args(vm, "globals", &args, 0, 0)?;
    Ok(Value::Dict(caller_globals(vm)))
}

fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pos_args(vm, "locals", &args, 0, 0)?;
    Ok(caller_locals(vm))
}

fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "vars", &args, 0, 1)?;
    match a.first() {
        None => Ok(caller_locals(vm)),
        Some(v) => match vm.getattr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

/// `dir(v)` of an object (what `object.__dir__` gives too).
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    dir(vm, Args::new(std::slice::from_ref(v)))
}

fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(vm, "dir", &args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match a.first() {
        None => {
            let keys = match caller_locals(vm) {
                Value::Dict(d) => d.keys(),
                m => {
                    let keys = vm.getattr(&m, "keys")?;
                    let keys = vm.call_args(&keys, &[])?;
                    crate::iter::collect(vm, &keys)?
                }
            };
            for k in keys {
                if let Value::Str(s) = k {
                    names.push(s.as_str().to_string());
                }
            }
        }
        Some(v) => {
            // A module's own `__dir__` (PEP 562), or a class's `__dir__`: sorted.
            let custom = match v {
                Value::Object(o) if matches!(o.payload, Payload::Module { .. }) => {
                    match o.dict().as_ref().and_then(|d| d.get_by_str("__dir__")) {
                        Some(f) => Some(vm.call_args(&f, &[])?),
                        None => None,
                    }
                }
                Value::Object(_) => match crate::dunder::user_special(vm, v, "__dir__") {
                    Some(m) => Some(crate::dunder::call_special(vm, &m, v, &[])?),
                    None => None,
                },
                _ => None,
            };
            if let Some(r) = custom {
                let items = crate::iter::collect(vm, &r)?;
                let sorted = crate::builtins::list::sort_values(vm, &items, &Value::None, false)?;
                return Ok(Value::list(sorted));
            }
            let ty = match v {
                Value::Type(t) => t.clone(),
                _ => vm.type_of(v),
            };
            let mut extra = Vec::new();
            // Descriptors CPython keeps in the type dicts: object's `__class__`, and a
            // user class's `__dict__` and `__weakref__` (unless `__slots__` removed them).
            if !matches!(v, Value::Object(o) if matches!(o.payload, Payload::Module { .. })) {
                extra.push("__class__");
                if ty.mro().iter().any(|c| !c.builtin && !c.dictless.get()) {
                    extra.extend(["__dict__", "__weakref__"]);
                }
            }
            names.extend(extra.iter().map(|s| s.to_string()));
            let mut add = |d: &PyDict| {
                for k in d.keys() {
                    if let Value::Str(s) = k {
                        names.push(s.as_str().to_string());
                    }
                }
            };
            match v {
                Value::Type(t) => {
                    for c in t.mro() {
                        add(&c.dict);
                    }
                }
                Value::Object(o) if matches!(o.payload, Payload::Module { .. }) => {
                    if let Some(d) = &o.dict() {
                        add(d);
                    }
                }
                _ => {
                    if let Value::Object(o) = v {
                        if let Some(d) = &o.dict() {
                            add(d);
                        }
                    }
                    let t = vm.type_of(v);
                    for c in t.mro() {
                        add(&c.dict);
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(
        names.into_iter().map(Value::from_string).collect(),
    ))
}

fn source_of(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<String>> {
    match v {
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        Value::Object(o) if matches!(o.payload, Payload::Code(_)) => Ok(None),
        other => match crate::objects::bytes::as_bytes(other) {
            Some(b) => Ok(Some(String::from_utf8_lossy(&b).to_string())),
            None => Err(vm.type_error(format!(
                "{what}() arg 1 must be a string, bytes or code object"
            ))),
        },
    }
}

/// exec's and eval's globals and locals (a dict or another mapping).
fn namespaces(vm: &mut Vm, a: &[Value], what: &str) -> PyResult<(Rc<PyDict>, Option<Value>)> {
    let g = match a.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "{what}() globals must be a dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    let l = match a.get(2) {
        None | Some(Value::None) => None,
        Some(m) if crate::mapping_ns::is_mapping(vm, m) => Some(m.clone()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "locals must be a mapping, not {}",
                vm.type_name(other)
            )))
        }
    };
    match g {
        Some(g) => Ok((g.clone(), l.or(Some(Value::Dict(g))))),
        None => {
            let g = caller_globals(vm);
            let l = l.unwrap_or_else(|| caller_locals(vm));
            Ok((g, Some(l)))
        }
    }
}

fn exec_or_eval(
    vm: &mut Vm,
    args: Args<'_>,
    mode: metal_compiler::Mode,
    what: &str,
) -> PyResult<Value> {
    let a = pos_args(vm, what, &args, 1, 3)?;
    let (g, l) = namespaces(vm, a, what)?;
    let code = match source_of(vm, &a[0], what)? {
        Some(src) => {
            let src = if mode == metal_compiler::Mode::Eval {
                src.trim_start_matches([' ', '\t']).to_string()
            } else {
                src
            };
            crate::run::compile_source(vm, &src, "<string>", mode)?
        }
        None => match &a[0] {
            Value::Object(o) => match &o.payload {
                Payload::Code(c) => c.clone(),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        },
    };
    let r = match l {
        Some(Value::Dict(l)) => crate::run::exec_code(vm, code, g, Some(l))?,
        Some(m) => crate::run::exec_code_in(vm, code, g, m)?,
        None => crate::run::exec_code(vm, code, g, None)?,
    };
    Ok(if mode == metal_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_or_eval(vm, args, metal_compiler::Mode::Exec, "exec")
}

fn eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_or_eval(vm, args, metal_compiler::Mode::Eval, "eval")
}

fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut p: Vec<Value> = args.pos().to_vec();
    for name in ["source", "filename", "mode"] {
        if let Some(v) = args.get_kw(name) {
            p.push(v.clone());
        }
    }
    if p.len() < 3 {
        return Err(vm.type_error("compile() missing required argument 'mode' (pos 3)".to_string()));
    }
    let src = source_of(vm, &p[0], "compile")?.unwrap_or_default();
    let filename = vm.str_of(&p[1])?.as_str().to_string();
    let mode = match &p[2] {
        Value::Str(s) => match s.as_str() {
            "exec" => metal_compiler::Mode::Exec,
            "eval" => metal_compiler::Mode::Eval,
            "single" => metal_compiler::Mode::Single,
            _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        },
        _ => return Err(vm.type_error("compile() mode must be str")),
    };
    let code = crate::run::compile_source(vm, &src, &filename, mode)?;
    Ok(Value::Object(PyObject::new(
        vm.types.code.clone(),
        Payload::Code(code),
    )))
}

fn import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // __import__(name, globals=None, locals=None, fromlist=(), level=0)
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 5 {
        return Err(vm.type_error(format!(
            "__import__() takes from 1 to 5 positional arguments but {} were given",
            pos.len()
        )));
    }
    for (k, _) in args.kw() {
        if !matches!(k, "globals" | "locals" | "fromlist" | "level") {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for __import__()"
            )));
        }
    }
    let Value::Str(name) = &pos[0] else {
        return Err(vm.type_error("module name must be a string"));
    };
    if name.as_str().is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let fromlist = pos.get(3).or_else(|| args.get_kw("fromlist")).cloned();
    let level = pos.get(4).or_else(|| args.get_kw("level"));
    if matches!(level, Some(Value::Int(l)) if *l < 0) {
        return Err(vm.value_error("level must be >= 0"));
    }
    if matches!(level, Some(Value::Int(l)) if *l != 0) {
        return Err(vm.not_implemented("relative imports through __import__()"));
    }
    let m = crate::import::import_module(vm, name.as_str())?;
    let has_from = match &fromlist {
        None | Some(Value::None) => false,
        Some(f) => crate::ops::truthy(vm, f)?,
    };
    if has_from {
        return Ok(m);
    }
    let top = name.as_str().split('.').next().unwrap_or("").to_string();
    crate::import::import_module(vm, &top)
}

/// `open()` is `io.open`, written in Python over `_metal_os`'s file primitives.
fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let io = crate::import::import_module(vm, "io")?;
    let f = vm.getattr(&io, "open")?;
    vm.call(&f, args)
}
