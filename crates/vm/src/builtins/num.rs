//! Constructors and methods of `int`, `float` and `complex`, and `round()`.

use dashu_int::IBig;

use crate::builtins::{classmethod, method, method_args};
use crate::objects::function::Args;
use crate::objects::int::{as_int, IntRef};
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let i = vm.types.int.clone();
    method(&i, "bit_length", bit_length);
    method(&i, "bit_count", bit_count);
    method(&i, "to_bytes", to_bytes);
    method(&i, "conjugate", int_conjugate);
    method(&i, "as_integer_ratio", int_ratio);
    method(&i, "__index__", int_conjugate);
    method(&i, "__ceil__", int_ceil);
    method(&i, "__floor__", int_floor);
    method(&i, "__trunc__", int_trunc);
    method(&i, "__round__", int_round);
    classmethod(&i, "from_bytes", from_bytes);
    let f = vm.types.float.clone();
    method(&f, "is_integer", is_integer);
    method(&f, "as_integer_ratio", float_ratio);
    method(&f, "conjugate", float_conjugate);
    method(&f, "hex", float_hex);
    classmethod(&f, "fromhex", float_fromhex);
    method(&f, "__trunc__", float_trunc);
    method(&f, "__floor__", float_floor);
    method(&f, "__ceil__", float_ceil);
    let c = vm.types.complex.clone();
    method(&c, "conjugate", complex_conjugate);
}

pub fn ibig_mod(a: &IBig, m: &IBig) -> IBig {
    let r = a % m;
    if r < IBig::ZERO {
        r + m
    } else {
        r
    }
}

/// Modular inverse by the extended Euclidean algorithm.
pub fn mod_inverse(a: &IBig, m: &IBig) -> Option<IBig> {
    let (mut old_r, mut r) = (ibig_mod(a, m), m.clone());
    let (mut old_s, mut s) = (IBig::ONE, IBig::ZERO);
    while r != IBig::ZERO {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != IBig::ONE {
        return None;
    }
    Some(ibig_mod(&old_s, m))
}

pub fn int_new(vm: &mut Vm, x: Option<Value>, base: Option<Value>) -> PyResult<Value> {
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = match as_int(&b) {
            Some(IntRef::Small(b)) => b,
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&b)
                )))
            }
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match crate::builtins::str::str_payload(&x) {
            Some(s) => s.to_string(),
            None => match crate::objects::bytes::as_bytes(&x) {
                Some(bs) => String::from_utf8_lossy(&bs).to_string(),
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            },
        };
        return parse_or_error(vm, &s, b as u32, &x);
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(crate::value::PyBool(b)) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::objects::float::float_to_int(vm, *f),
        Value::Str(s) => parse_or_error(vm, s.as_str(), 10, &x),
        _ => {
            if let Some(b) = crate::objects::bytes::as_bytes(&x) {
                let s = String::from_utf8_lossy(&b).to_string();
                return parse_or_error(vm, &s, 10, &x);
            }
            for name in ["__int__", "__index__", "__trunc__"] {
                let ty = vm.type_of(&x);
                if let Some(m) = ty.lookup_str(name) {
                    if !matches!(m, Value::Builtin(_)) {
                        if name == "__trunc__" {
                            vm.deprecation_warning(
                                "The delegation of int() to __trunc__ is deprecated.",
                            )?;
                        }
                        let f = vm.bind_descriptor(m, x.clone(), Value::Type(ty))?;
                        let r = vm.call_args(&f, &[])?;
                        // The result must be an int (CPython's messages); __trunc__'s
                        // may be anything with __index__.
                        let exact = crate::ops::unwrap_builtin(&r).unwrap_or(r.clone());
                        if let Some(i) = as_int(&exact) {
                            // A bool or an int subclass's instance: accepted, with
                            // CPython's warning.
                            if name != "__trunc__" && !matches!(r, Value::Int(_) | Value::BigInt(_))
                            {
                                vm.deprecation_warning(&format!(
                                    "{name} returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
                                    vm.type_name(&r)
                                ))?;
                            }
                            return Ok(Value::from_ibig(i.to_ibig()));
                        }
                        if name == "__trunc__" {
                            if let Some(i) = crate::dunder::index(vm, &r)? {
                                return Ok(Value::from_i128(i));
                            }
                            return Err(vm.type_error(format!(
                                "__trunc__ returned non-Integral (type {})",
                                vm.type_name(&r)
                            )));
                        }
                        return Err(vm.type_error(format!(
                            "{name} returned non-int (type {})",
                            vm.type_name(&r)
                        )));
                    }
                }
            }
            if let Value::Object(o) = &x {
                if let Payload::Builtin(inner) = &o.payload {
                    let inner = inner.clone();
                    return int_new(vm, Some(inner), None);
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

/// CPython's limit on decimal (non power-of-two base) digits that int() parses, a
/// guard against quadratic-time conversions of huge inputs (CVE-2020-10735).
const INT_MAX_STR_DIGITS: usize = 4300;

fn parse_or_error(vm: &mut Vm, s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    let body = s.trim_matches(crate::ucd::is_number_space);
    let body = body.strip_prefix(['+', '-']).unwrap_or(body);
    let prefixed = body.len() > 1
        && body.as_bytes()[0] == b'0'
        && matches!(body.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
    let power_of_two = base.is_power_of_two() || (base == 0 && prefixed);
    if !power_of_two && body.len() > INT_MAX_STR_DIGITS {
        let digits = body.chars().filter(|&c| c != '_').count();
        if digits > INT_MAX_STR_DIGITS {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    match crate::objects::int::parse_int(s, base) {
        Some(v) => Ok(v),
        None => {
            let r = vm.repr(orig)?;
            Err(vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base,
                r.as_str()
            )))
        }
    }
}

pub fn float_new(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(crate::value::PyBool(b)) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => Ok(Value::Float(crate::objects::int::to_f64(
            vm,
            &IntRef::Big(b),
        )?)),
        Value::Str(s) => match crate::objects::float::parse_float(s.as_str()) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = vm.repr(v)?;
                Err(vm.value_error(format!("could not convert string to float: {}", r.as_str())))
            }
        },
        _ => {
            // An instance of a str subclass without its own __float__ parses as its text.
            if let Some(text) = crate::builtins::str::str_payload(v) {
                let ty = vm.type_of(v);
                let own = ty
                    .lookup_str("__float__")
                    .is_some_and(|m| !matches!(m, Value::Builtin(_)));
                if !own {
                    let text = Value::str(text);
                    return match float_new(vm, &text) {
                        Err(_) => {
                            let r = vm.repr(v)?;
                            Err(vm.value_error(format!(
                                "could not convert string to float: {}",
                                r.as_str()
                            )))
                        }
                        ok => ok,
                    };
                }
            }
            if let Some(b) = crate::objects::bytes::as_bytes(v) {
                let s = String::from_utf8_lossy(&b).to_string();
                return match crate::objects::float::parse_float(&s) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = vm.repr(v)?;
                        Err(vm.value_error(format!(
                            "could not convert string to float: {}",
                            r.as_str()
                        )))
                    }
                };
            }
            let ty = vm.type_of(v);
            for name in ["__float__", "__index__"] {
                if let Some(m) = ty.lookup_str(name) {
                    if !matches!(m, Value::Builtin(_)) {
                        let f = vm.bind_descriptor(m, v.clone(), Value::Type(ty.clone()))?;
                        let r = vm.call_args(&f, &[])?;
                        let exact = crate::ops::unwrap_builtin(&r).unwrap_or(r.clone());
                        let ok = if name == "__float__" {
                            matches!(exact, Value::Float(_))
                        } else {
                            as_int(&exact).is_some()
                        };
                        let subclass = if name == "__float__" {
                            !matches!(r, Value::Float(_))
                        } else {
                            !matches!(r, Value::Int(_) | Value::BigInt(_))
                        };
                        if ok && subclass {
                            if name == "__float__" {
                                vm.deprecation_warning(&format!(
                                    "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
                                    vm.type_name(v),
                                    vm.type_name(&r)
                                ))?;
                            } else {
                                crate::dunder::index_subclass_warning(vm, &r)?;
                            }
                        }
                        if !ok {
                            return Err(vm.type_error(if name == "__float__" {
                                format!(
                                    "{}.__float__ returned non-float (type {})",
                                    vm.type_name(v),
                                    vm.type_name(&r)
                                )
                            } else {
                                format!("__index__ returned non-int (type {})", vm.type_name(&r))
                            }));
                        }
                        return float_new(vm, &exact);
                    }
                }
            }
            // An instance of a float (or int) subclass that keeps the builtin
            // `__float__`: the value inside it.
            if let Value::Object(o) = v {
                if let Payload::Builtin(
                    inner @ (Value::Float(_) | Value::Int(_) | Value::BigInt(_)),
                ) = &o.payload
                {
                    let inner = inner.clone();
                    return float_new(vm, &inner);
                }
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

pub fn complex_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::construct::takes_at_most(vm, "complex", &args, 2)?;
    let mut p: Vec<Value> = args.pos().to_vec();
    if let Some(r) = args.get_kw("real") {
        p.insert(0, r.clone());
    }
    if let Some(i) = args.get_kw("imag") {
        if p.is_empty() {
            p.push(Value::Int(0));
        }
        p.push(i.clone());
    }
    let part = |vm: &mut Vm, v: &Value| -> PyResult<(f64, f64)> {
        if let Some(s) = crate::builtins::str::str_payload(v) {
            return parse_complex(s)
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"));
        }
        if let Some(c) = crate::objects::complex::as_complex(v) {
            return Ok(c);
        }
        // `__complex__`, then `__float__` and `__index__`, as CPython's complex().
        for (hook, what) in [("__complex__", "complex"), ("__float__", "float")] {
            if let Some(m) = crate::dunder::user_special(vm, v, hook) {
                let r = crate::dunder::call_special(vm, &m, v, &[])?;
                let right_kind = match hook {
                    "__complex__" => crate::objects::complex::is_complex(&r),
                    _ => matches!(r, Value::Float(_)),
                };
                return right_kind
                    .then(|| crate::objects::complex::as_complex(&r))
                    .flatten()
                    .ok_or_else(|| {
                        vm.type_error(format!(
                            "{hook} returned non-{what} (type {})",
                            vm.type_name(&r)
                        ))
                    });
            }
        }
        if crate::dunder::user_special(vm, v, "__index__").is_some() {
            let n = crate::builtins::to_index(vm, v)?;
            return Ok((n as f64, 0.0));
        }
        Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(v)
        )))
    };
    if p.len() == 2 && matches!(p[0], Value::Str(_)) {
        return Err(vm.type_error("complex() can't take second arg if first is a string"));
    }
    if p.len() == 2 && matches!(p[1], Value::Str(_)) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (r, i) = match p.len() {
        0 => (0.0, 0.0),
        1 => part(vm, &p[0])?,
        _ => {
            let (a, b) = part(vm, &p[0])?;
            let (c, d) = part(vm, &p[1])?;
            // Real operands keep their signed zeros: only complex parts combine.
            let real = if crate::objects::complex::is_complex(&p[1]) {
                a - d
            } else {
                a
            };
            let imag = if crate::objects::complex::is_complex(&p[0]) {
                b + c
            } else {
                c
            };
            (real, imag)
        }
    };
    Ok(crate::objects::complex::new(vm, r, i))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = crate::objects::float::ascii_number(s);
    let t = s.trim_matches(crate::ucd::is_number_space);
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim_matches(crate::ucd::is_number_space);
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for k in (1..bytes.len()).rev() {
            if (bytes[k] == b'+' || bytes[k] == b'-') && !matches!(bytes[k - 1], b'e' | b'E') {
                split = Some(k);
                break;
            }
        }
        let parse_imag = |x: &str| -> Option<f64> {
            match x {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => crate::objects::float::parse_float(x),
            }
        };
        return match split {
            Some(k) => Some((
                crate::objects::float::parse_float(&body[..k])?,
                parse_imag(&body[k..])?,
            )),
            None => Some((0.0, parse_imag(body)?)),
        };
    }
    Some((crate::objects::float::parse_float(t)?, 0.0))
}

pub fn round_value(vm: &mut Vm, v: &Value, nd: Option<i64>) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = as_int(v).expect("int").to_ibig();
            let nd = nd.unwrap_or(0);
            if nd >= 0 {
                return Ok(Value::from_ibig(i));
            }
            let p = IBig::from(10).pow((-nd) as usize);
            let q = crate::objects::int::int_binop(
                vm,
                metal_compiler::bytecode::BinOp::FloorDivide,
                &IntRef::Big(&i),
                &IntRef::Big(&p),
            );
            let q = match q {
                Some(r) => r?,
                None => return Ok(v.clone()),
            };
            let q = as_int(&q).expect("int").to_ibig();
            let r = &i - &q * &p;
            let twice = &r * IBig::from(2);
            let q = if twice > p || (twice == p && (&q % IBig::from(2)) != IBig::ZERO) {
                q + IBig::ONE
            } else {
                q
            };
            Ok(Value::from_ibig(q * p))
        }
        Value::Float(f) => {
            let f = *f;
            match nd {
                None => {
                    if f.is_nan() {
                        return Err(vm.value_error("cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(vm.overflow_error("cannot convert float infinity to integer"));
                    }
                    let r = f.round_ties_even();
                    crate::objects::float::float_to_int(vm, r)
                }
                Some(n) => {
                    if !f.is_finite() || f == 0.0 {
                        return Ok(Value::Float(f));
                    }
                    if n > 323 {
                        return Ok(Value::Float(f));
                    }
                    if n < -308 {
                        return Ok(Value::Float(0.0f64.copysign(f)));
                    }
                    if n >= 0 {
                        let s = format!("{:.*}", n as usize, f);
                        let r: f64 = s.parse().unwrap_or(f);
                        return Ok(Value::Float(r));
                    }
                    let pow1 = 10f64.powi((-n) as i32);
                    let y = f / pow1;
                    let mut z = y.round();
                    if (y - z).abs() == 0.5 {
                        z = 2.0 * (y / 2.0).round();
                    }
                    let r = z * pow1;
                    if !r.is_finite() {
                        return Err(vm.overflow_error("rounded value too large to represent"));
                    }
                    Ok(Value::Float(r))
                }
            }
        }
        _ => {
            let ty = vm.type_of(v);
            if let Some(m) = ty.lookup_str("__round__") {
                if !matches!(m, Value::Builtin(_)) {
                    let f = vm.bind_descriptor(m, v.clone(), Value::Type(ty))?;
                    let a: Vec<Value> = nd.map(|n| vec![Value::Int(n)]).unwrap_or_default();
                    return vm.call_args(&f, &a);
                }
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            )))
        }
    }
}

fn self_int(vm: &Vm, v: &Value) -> PyResult<IBig> {
    match as_int(v) {
        Some(i) => Ok(i.to_ibig()),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "bit_length", &args, 0, 0)?;
    if let Value::Int(i) = s {
        return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let i = self_int(vm, s)?;
    Ok(Value::from_usize(crate::objects::int::bit_length(&i)))
}

fn bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "bit_count", &args, 0, 0)?;
    let i = self_int(vm, s)?;
    let (_, mag) = i.into_parts();
    let n: u32 = mag.to_le_bytes().iter().map(|b| b.count_ones()).sum();
    Ok(Value::Int(n as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "conjugate", &args, 0, 0)?;
    Ok(match s {
        Value::Bool(crate::value::PyBool(b)) => Value::Int(*b as i64),
        _ => s.clone(),
    })
}

/// `int.__ceil__`, `__floor__`, `__trunc__`: the int itself (a bool's as an int).
fn int_itself(vm: &mut Vm, name: &str, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, name, &args, 0, 0)?;
    Ok(match s {
        Value::Bool(crate::value::PyBool(b)) => Value::Int(*b as i64),
        _ => s.clone(),
    })
}

fn int_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_itself(vm, "__ceil__", args)
}

fn int_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_itself(vm, "__floor__", args)
}

fn int_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_itself(vm, "__trunc__", args)
}

/// `int.__round__(ndigits)`: `round()`'s rounding of an int (ndigits by `__index__`).
fn int_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__round__", &args, 0, 1)?;
    let nd = match a.first() {
        Some(v) => Some(crate::builtins::to_index(vm, v)?),
        None => None,
    };
    round_value(vm, s, nd)
}

fn int_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "as_integer_ratio", &args, 0, 0)?;
    let v = match s {
        Value::Bool(crate::value::PyBool(b)) => Value::Int(*b as i64),
        _ => s.clone(),
    };
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

fn byteorder(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let s = p.first().cloned().unwrap_or(Value::None);
    let i = self_int(vm, &s)?;
    let length = p
        .get(1)
        .or_else(|| args.get_kw("length"))
        .cloned()
        .unwrap_or(Value::Int(1));
    let big = byteorder(vm, p.get(2).or_else(|| args.get_kw("byteorder")))?;
    let signed = match args.get_kw("signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let len = match length {
        Value::Int(len) => len,
        _ => match crate::dunder::index(vm, &length)? {
            Some(i) => i64::try_from(i)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&length)
                )))
            }
        },
    };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let len = len as usize;
    if i < IBig::ZERO && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // Two's complement little-endian bytes.
    let modulus = IBig::ONE << (8 * len);
    let v = if i < IBig::ZERO {
        &modulus + &i
    } else {
        i.clone()
    };
    let limit_ok = if signed {
        let half = IBig::ONE << (8 * len).saturating_sub(1);
        if len == 0 {
            i == IBig::ZERO
        } else {
            i < half && i >= -half
        }
    } else {
        v < modulus
    };
    if !limit_ok || v < IBig::ZERO {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let (_, mag) = v.into_parts();
    let mut bytes = mag.to_le_bytes().to_vec();
    bytes.resize(len, 0);
    if big {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(vm, bytes))
}

fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let data = p
        .get(1)
        .or_else(|| args.get_kw("bytes"))
        .cloned()
        .unwrap_or(Value::None);
    let big = byteorder(vm, p.get(2).or_else(|| args.get_kw("byteorder")))?;
    let signed = match args.get_kw("signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut b = match crate::objects::bytes::buffer_bytes(vm, &data)? {
        Some(b) => b,
        None => crate::iter::collect(vm, &data)?
            .iter()
            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
            .collect(),
    };
    if big {
        b.reverse();
    }
    let mag = dashu_int::UBig::from_le_bytes(&b);
    let mut v = IBig::from(mag);
    if signed && b.last().is_some_and(|&x| x & 0x80 != 0) {
        v -= IBig::ONE << (8 * b.len());
    }
    let int = vm.types.int.clone();
    crate::builtins::of_subclass(vm, p.first(), &int, Value::from_ibig(v))
}

fn self_float(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "is_integer", &args, 0, 0)?;
    let f = self_float(vm, s)?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "as_integer_ratio", &args, 0, 0)?;
    let f = self_float(vm, s)?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::objects::float::frexp(f);
    let mut mant = m;
    let mut exp = e;
    let mut i = 0;
    while mant != mant.floor() && i < 300 {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let num = crate::objects::float::float_to_ibig(mant);
    let (num, den) = if exp >= 0 {
        (num << exp as usize, IBig::ONE)
    } else {
        (num, IBig::ONE << (-exp) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_ibig(num),
        Value::from_ibig(den),
    ]))
}

fn float_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "conjugate", &args, 0, 0)?;
    Ok(s.clone())
}

fn float_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "hex", &args, 0, 0)?;
    let f = self_float(vm, s)?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::from_string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    // CPython always writes all 13 hex digits of the fraction.
    Ok(Value::from_string(format!(
        "{sign}0x{lead}.{mant:013x}p{e:+}"
    )))
}

fn float_rounded(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let (s, _) = method_args(vm, name, &args, 0, 0)?;
    let x = self_float(vm, s)?;
    crate::objects::float::float_to_int(vm, f(x))
}

fn float_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_rounded(vm, args, "__trunc__", f64::trunc)
}

fn float_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_rounded(vm, args, "__floor__", f64::floor)
}

fn float_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_rounded(vm, args, "__ceil__", f64::ceil)
}

/// `float.fromhex(s)`: `[sign] [0x] digits [. digits] [p exponent]`, `inf`, `nan`,
/// rounded half to even like every float conversion.
fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            p.len().saturating_sub(1) + args.kwnames.len()
        )));
    }
    let Value::Str(s) = &p[1] else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&p[1])
        )));
    };
    let x = match parse_hex_float(s.as_str()) {
        Ok(x) => x,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    match &p[0] {
        Value::Type(t) if std::rc::Rc::ptr_eq(t, &vm.types.float) => Ok(Value::Float(x)),
        cls => vm.call_args(cls, &[Value::Float(x)]),
    }
}

enum HexError {
    Invalid,
    Overflow,
}

fn parse_hex_float(s: &str) -> Result<f64, HexError> {
    // ASCII whitespace only, as CPython's float.fromhex.
    let t = s
        .trim_matches(|c| matches!(c, '\t'..='\r' | ' '))
        .to_ascii_lowercase();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let sign = |x: f64| if neg { -x } else { x };
    match body {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(crate::objects::float::fresh_nan())),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (digits, exp) = match body.split_once('p') {
        Some((d, e)) => {
            let unsigned = e.strip_prefix(['+', '-']).unwrap_or(e);
            if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            let e = e.strip_prefix('+').unwrap_or(e);
            // A huge exponent only saturates: the value is then 0 or too large.
            (
                d,
                e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                    -(1 << 40)
                } else {
                    1 << 40
                }),
            )
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    // The digits as an integer `m` times 2**exp2; digits past 120 bits only set `sticky`.
    let mut m: u128 = 0;
    let mut exp2: i64 = exp;
    let mut sticky = false;
    for (k, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let d = c.to_digit(16).ok_or(HexError::Invalid)? as u128;
        let in_fraction = k >= int_part.len();
        if m >> 120 == 0 {
            m = m * 16 + d;
            if in_fraction {
                exp2 -= 4;
            }
        } else {
            sticky |= d != 0;
            if !in_fraction {
                exp2 += 4;
            }
        }
    }
    if m == 0 {
        return Ok(sign(0.0));
    }
    let len = 128 - m.leading_zeros() as i64;
    // The value lies in [2**e, 2**(e+1)).
    let e = len - 1 + exp2;
    if e > 1023 {
        return Err(HexError::Overflow);
    }
    // Bits of precision available at this magnitude (fewer for subnormals).
    let prec = if e >= -1022 { 53 } else { e + 1075 };
    if prec < 0 {
        return Ok(sign(0.0));
    }
    let shift = len - prec;
    let mut mant: u128 = if shift <= 0 {
        m << (-shift)
    } else if shift >= 128 {
        0
    } else {
        let kept = m >> shift;
        let rem = m & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rem > half || (rem == half && (sticky || kept & 1 == 1)) {
            kept + 1
        } else {
            kept
        }
    };
    let bits = if e >= -1022 {
        let mut e = e;
        if mant == 1 << 53 {
            mant >>= 1;
            e += 1;
        }
        if e > 1023 {
            return Err(HexError::Overflow);
        }
        (((e + 1023) as u64) << 52) | (mant as u64 & ((1 << 52) - 1))
    } else {
        // Subnormal: the value is mant * 2**-1074; a carry into 2**52 is the smallest
        // normal, which the same bits encode.
        mant as u64
    };
    Ok(sign(f64::from_bits(bits)))
}

fn complex_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, "conjugate", &args, 0, 0)?;
    let (r, i) = crate::objects::complex::as_complex(s).unwrap_or((0.0, 0.0));
    Ok(crate::objects::complex::new(vm, r, -i))
}
