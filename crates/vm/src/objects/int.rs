//! `int`: unboxed i64 with overflow checks, falling back to `dashu_int::IBig`
//! transparently (PEP 237). All big-integer arithmetic goes through this file, so the
//! big-int crate can be swapped here alone.

use std::rc::Rc;

use dashu_int::IBig;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `_PyHASH_MODULUS` = 2**61 - 1.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

/// A borrowed view of an int value.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a IBig),
}

impl IntRef<'_> {
    pub fn to_ibig(&self) -> IBig {
        match self {
            IntRef::Small(i) => IBig::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => **b < IBig::ZERO,
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => **b == IBig::ZERO,
        }
    }
}

/// The int inside a value (bools are ints).
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(crate::value::PyBool(b)) => Some(IntRef::Small(*b as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        // An instance of a user subclass of int.
        Value::Object(o) => match &o.payload {
            crate::objects::object::Payload::Builtin(inner) => as_int(inner),
            _ => None,
        },
        _ => None,
    }
}

pub fn big(v: IBig) -> Value {
    Value::from_ibig(v)
}

pub fn hash_ibig(v: &IBig) -> i64 {
    let m = IBig::from(HASH_MODULUS);
    let neg = *v < IBig::ZERO;
    let abs = if neg { -v.clone() } else { v.clone() };
    let r = abs % &m;
    let mut h = i64::try_from(&r).unwrap_or(0);
    if neg {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    let neg = i < 0;
    let a = i.unsigned_abs() % HASH_MODULUS;
    let mut h = a as i64;
    if neg {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn to_f64(vm: &Vm, v: &IntRef) -> PyResult<f64> {
    match v {
        IntRef::Small(i) => Ok(*i as f64),
        IntRef::Big(b) => {
            let f = b.to_f64().value();
            if f.is_infinite() {
                Err(vm.overflow_error("int too large to convert to float"))
            } else {
                Ok(f)
            }
        }
    }
}

fn floordiv_big(a: &IBig, b: &IBig) -> IBig {
    let q = a / b;
    let r = a - &q * b;
    if r != IBig::ZERO && ((r < IBig::ZERO) != (*b < IBig::ZERO)) {
        q - IBig::ONE
    } else {
        q
    }
}

fn mod_big(a: &IBig, b: &IBig) -> IBig {
    let r = a % b;
    if r != IBig::ZERO && ((r < IBig::ZERO) != (*b < IBig::ZERO)) {
        r + b
    } else {
        r
    }
}

pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

use metal_compiler::bytecode::BinOp;

/// An int-by-int binary operation. Returns None for operators ints do not support.
pub fn int_binop(vm: &mut Vm, op: BinOp, a: &IntRef, b: &IntRef) -> Option<PyResult<Value>> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Subtract => x.checked_sub(y).map(Value::Int),
            BinOp::Multiply => x.checked_mul(y).map(Value::Int),
            BinOp::And => Some(Value::Int(x & y)),
            BinOp::Or => Some(Value::Int(x | y)),
            BinOp::Xor => Some(Value::Int(x ^ y)),
            BinOp::FloorDivide => {
                if y == 0 {
                    return Some(Err(vm.zero_division("integer division or modulo by zero")));
                }
                floordiv_i64(x, y).map(Value::Int)
            }
            BinOp::Remainder => {
                if y == 0 {
                    return Some(Err(vm.zero_division("integer modulo by zero")));
                }
                Some(Value::Int(mod_i64(x, y)))
            }
            BinOp::Rshift => {
                if y < 0 {
                    return Some(Err(vm.value_error("negative shift count")));
                }
                Some(Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }))
            }
            BinOp::Lshift => {
                if y < 0 {
                    return Some(Err(vm.value_error("negative shift count")));
                }
                if x == 0 {
                    Some(Value::Int(0))
                } else if y < 63 && (x.unsigned_abs().leading_zeros() as i64) > y + 1 {
                    Some(Value::Int(x << y))
                } else {
                    None
                }
            }
            BinOp::TrueDivide => {
                if y == 0 {
                    return Some(Err(vm.zero_division("division by zero")));
                }
                if x.unsigned_abs() <= (1 << 53) && y.unsigned_abs() <= (1 << 53) {
                    Some(Value::Float(x as f64 / y as f64))
                } else {
                    None
                }
            }
            BinOp::Power => {
                if y < 0 {
                    if x == 0 {
                        return Some(Err(
                            vm.zero_division("0.0 cannot be raised to a negative power")
                        ));
                    }
                    return Some(Ok(Value::Float((x as f64).powf(y as f64))));
                }
                let mut result: i64 = 1;
                let mut base = x;
                let mut e = y as u64;
                let mut ok = true;
                while e > 0 {
                    if e & 1 == 1 {
                        match result.checked_mul(base) {
                            Some(r) => result = r,
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                    e >>= 1;
                    if e > 0 {
                        match base.checked_mul(base) {
                            Some(b) => base = b,
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                }
                if ok {
                    Some(Value::Int(result))
                } else {
                    None
                }
            }
            BinOp::MatrixMultiply => return None,
        };
        if let Some(v) = fast {
            return Some(Ok(v));
        }
    }
    // Big path.
    let x = a.to_ibig();
    let y = b.to_ibig();
    Some(Ok(match op {
        BinOp::Add => big(x + y),
        BinOp::Subtract => big(x - y),
        BinOp::Multiply => big(x * y),
        BinOp::And => big(x & y),
        BinOp::Or => big(x | y),
        BinOp::Xor => big(x ^ y),
        BinOp::FloorDivide => {
            if y == IBig::ZERO {
                return Some(Err(vm.zero_division("integer division or modulo by zero")));
            }
            big(floordiv_big(&x, &y))
        }
        BinOp::Remainder => {
            if y == IBig::ZERO {
                return Some(Err(vm.zero_division("integer modulo by zero")));
            }
            big(mod_big(&x, &y))
        }
        BinOp::Lshift => {
            if y < IBig::ZERO {
                return Some(Err(vm.value_error("negative shift count")));
            }
            let Ok(n) = usize::try_from(&y) else {
                return Some(Err(vm.overflow_error("too many digits in integer")));
            };
            if n > 1 << 32 {
                return Some(Err(vm.overflow_error("too many digits in integer")));
            }
            big(x << n)
        }
        BinOp::Rshift => {
            if y < IBig::ZERO {
                return Some(Err(vm.value_error("negative shift count")));
            }
            let n = usize::try_from(&y).unwrap_or(usize::MAX);
            if n >= x.bit_len_signed() {
                Value::Int(if x < IBig::ZERO { -1 } else { 0 })
            } else {
                big(x >> n)
            }
        }
        BinOp::TrueDivide => {
            if y == IBig::ZERO {
                return Some(Err(vm.zero_division("division by zero")));
            }
            match true_divide(&x, &y) {
                Some(f) => Value::Float(f),
                None => {
                    return Some(Err(
                        vm.overflow_error("integer division result too large for a float")
                    ))
                }
            }
        }
        BinOp::Power => {
            if y < IBig::ZERO {
                let fx = x.to_f64().value();
                let fy = y.to_f64().value();
                return Some(Ok(Value::Float(fx.powf(fy))));
            }
            let Ok(e) = usize::try_from(&y) else {
                return Some(Err(vm.overflow_error("exponent too large")));
            };
            if x == IBig::ZERO || x == IBig::ONE {
                return Some(Ok(big(x)));
            }
            if x == IBig::from(-1) {
                return Some(Ok(Value::Int(if e % 2 == 0 { 1 } else { -1 })));
            }
            if e > (1 << 28) {
                return Some(Err(vm.new_error("MemoryError", "")));
            }
            big(x.pow(e))
        }
        BinOp::MatrixMultiply => return None,
    }))
}

trait BitLenSigned {
    fn bit_len_signed(&self) -> usize;
}
impl BitLenSigned for IBig {
    fn bit_len_signed(&self) -> usize {
        bit_length(self)
    }
}

/// `int.bit_length()`.
pub fn bit_length(v: &IBig) -> usize {
    let (_, mag) = v.clone().into_parts();
    let mut n = 0usize;
    let bytes = mag.to_be_bytes();
    if let Some(pos) = bytes.iter().position(|&b| b != 0) {
        n = (bytes.len() - pos - 1) * 8 + (8 - bytes[pos].leading_zeros() as usize);
    }
    n
}

/// Correctly rounded a / b for big ints (None on overflow).
pub fn true_divide(a: &IBig, b: &IBig) -> Option<f64> {
    let neg = (*a < IBig::ZERO) != (*b < IBig::ZERO);
    let a = if *a < IBig::ZERO {
        -a.clone()
    } else {
        a.clone()
    };
    let b = if *b < IBig::ZERO {
        -b.clone()
    } else {
        b.clone()
    };
    if a == IBig::ZERO {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let la = bit_length(&a) as i64;
    let lb = bit_length(&b) as i64;
    // Scale so the quotient has at least 55 significant bits, then round once.
    let shift = 55 - (la - lb);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let q = &num / &den;
    let r = &num - &q * &den;
    // The quotient has at least 55 bits: a sticky low bit makes the one rounding to
    // f64 correct.
    let q = if r != IBig::ZERO { q | IBig::ONE } else { q };
    let res = scale(q.to_f64().value(), -(shift as i32));
    if res.is_infinite() {
        return None;
    }
    Some(if neg { -res } else { res })
}

fn scale(f: f64, exp: i32) -> f64 {
    // f * 2**exp without intermediate overflow/underflow where possible.
    let mut r = f;
    let mut e = exp;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e)
}

pub fn neg(v: &IntRef) -> Value {
    match v {
        IntRef::Small(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => big(-IBig::from(*i)),
        },
        IntRef::Big(b) => big(-(*b).clone()),
    }
}

pub fn cmp(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_ibig().cmp(&b.to_ibig()),
    }
}

/// Parse an int literal as `int(s, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<Value> {
    let t = s.trim_matches(crate::ucd::is_number_space);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits: &str = &lower;
    let prefixed = |p: &str| lower.starts_with(p);
    if base == 0 {
        if prefixed("0x") {
            base = 16;
            digits = &lower[2..];
        } else if prefixed("0o") {
            base = 8;
            digits = &lower[2..];
        } else if prefixed("0b") {
            base = 2;
            digits = &lower[2..];
        } else {
            base = 10;
            // Leading zeros are not allowed for a non-zero decimal with base 0.
            if lower.len() > 1
                && lower.starts_with('0')
                && lower.chars().any(|c| c != '0' && c != '_')
            {
                return None;
            }
        }
        if base != 10 {
            digits = digits.strip_prefix('_').unwrap_or(digits);
        }
    } else if (base == 16 && prefixed("0x"))
        || (base == 8 && prefixed("0o"))
        || (base == 2 && prefixed("0b"))
    {
        digits = &lower[2..];
        digits = digits.strip_prefix('_').unwrap_or(digits);
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    // Non-ASCII decimal digits are accepted by Python; map them.
    let clean: String = clean
        .chars()
        .map(|c| {
            if !c.is_ascii() {
                crate::ucd::decimal(c as u32)
                    .map(|d| char::from(b'0' + d as u8))
                    .unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    if clean.len() <= 18 && base == 10 {
        let v: i64 = clean.parse().ok()?;
        return Some(Value::Int(if neg { -v } else { v }));
    }
    let v = IBig::from_str_radix(&clean, base).ok()?;
    Some(big(if neg { -v } else { v }))
}

pub fn ibig_rc(v: IBig) -> Rc<IBig> {
    Rc::new(v)
}

/// Format an int in a base with Python's prefix (`hex`, `oct`, `bin`).
pub fn to_base(v: &IntRef, radix: u8, prefix: &str) -> String {
    let neg = v.is_negative();
    let s = match v {
        IntRef::Small(i) => {
            let a = i.unsigned_abs();
            match radix {
                16 => format!("{a:x}"),
                8 => format!("{a:o}"),
                2 => format!("{a:b}"),
                _ => a.to_string(),
            }
        }
        IntRef::Big(b) => {
            let a = if neg { -(*b).clone() } else { (*b).clone() };
            format!("{}", a.in_radix(radix as u32 as u8)).to_lowercase()
        }
    };
    format!("{}{}{}", if neg { "-" } else { "" }, prefix, s)
}

pub fn int_to_string(v: &IntRef) -> String {
    match v {
        IntRef::Small(i) => i.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}
