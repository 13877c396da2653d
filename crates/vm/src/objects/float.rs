//! `float`: IEEE doubles with Python's division, modulo, comparison with ints, hashing
//! and parsing.

use dashu_int::IBig;

use crate::objects::int::{IntRef, HASH_MODULUS};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Exact equality of an i64 and a float.
pub fn int_eq_float(i: i64, f: f64) -> bool {
    cmp_int_float(&IntRef::Small(i), f) == Some(std::cmp::Ordering::Equal)
}

/// Exact comparison of an int and a float (None when the float is NaN).
pub fn cmp_int_float(i: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(x) = i {
        if x.unsigned_abs() <= (1 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    // Compare the integer with the float's integer part, then its fraction.
    let t = f.trunc();
    let ti = float_to_ibig(t);
    let iv = i.to_ibig();
    match iv.cmp(&ti) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// An integral, finite float as a big int.
pub fn float_to_ibig(f: f64) -> IBig {
    if f.abs() < 9.2e18 {
        return IBig::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = IBig::from(mant);
    let v = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if f < 0.0 {
        -v
    } else {
        v
    }
}

/// `int(f)`.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_ibig(float_to_ibig(t)))
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's frexp: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || v.is_nan() || v.is_infinite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn floordiv(vm: &Vm, a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(vm.zero_division("float floor division by zero"));
    }
    Ok(divmod(a, b).0)
}

pub fn modulo(vm: &Vm, a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(vm.zero_division("float modulo"));
    }
    Ok(divmod(a, b).1)
}

/// Python's float divmod (CPython's `_float_div_mod`).
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn pow(vm: &Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // A negative base with a fractional exponent gives a complex result.
        let r = a.abs().powf(b);
        let theta = std::f64::consts::PI * b;
        return Ok(crate::objects::complex::new(
            vm,
            r * theta.cos(),
            r * theta.sin(),
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// A quiet NaN with a payload no earlier call returned. Floats are unboxed, so `is`
/// compares their bits; CPython's `float('nan')` makes a new object each time, and
/// `(float('nan'),) == (float('nan'),)` is False there because containers compare items
/// by identity before `==`. Distinct payloads keep two such NaNs from being "the same
/// object" while a copied NaN still is. (Payloads never show: every NaN prints `nan`.)
pub fn fresh_nan() -> f64 {
    thread_local! {
        static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    }
    let n = NEXT.with(|c| {
        let n = c.get();
        // 50 payload bits below the quiet bit; wrap before reaching it.
        c.set((n + 1) & ((1 << 50) - 1));
        n
    });
    f64::from_bits(0x7ff8_0000_0000_0000 | n)
}

/// What CPython parses when `float()` or `complex()` is given a str: the ASCII kept,
/// other spaces as ' ', other decimal digits as their ASCII digit ('٣' -> '3'), and
/// anything else as '?' (so the text is invalid).
pub fn ascii_number(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b < 0x7f) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mapped = s.chars().map(|c| {
        if c < '\x7f' {
            c
        } else if crate::ucd::is_space(c) {
            ' '
        } else if let Some(d) = crate::ucd::decimal(c as u32) {
            char::from(b'0' + d as u8)
        } else {
            '?'
        }
    });
    std::borrow::Cow::Owned(mapped.collect())
}

/// Parse a float as `float(s)` does (None when invalid).
pub fn parse_float(s: &str) -> Option<f64> {
    let s = ascii_number(s);
    let t = s.trim_matches(crate::ucd::is_number_space);
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(fresh_nan().copysign(sign)),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    // Underscores only between digits.
    let b = body.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && !(i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit())
        {
            return None;
        }
        if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-' | b'_')) {
            return None;
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|v| sign * v)
}
