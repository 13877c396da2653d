//! `math`: the common functions and constants, with CPython's domain errors.

use dashu_int::IBig;

use crate::builtins::funcs::real_f64;
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::as_int;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm, d: &PyDict) {
    d.set_by_str("pi", Value::Float(std::f64::consts::PI));
    d.set_by_str("e", Value::Float(std::f64::consts::E));
    d.set_by_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_by_str("inf", Value::Float(f64::INFINITY));
    d.set_by_str("nan", Value::Float(f64::NAN));
    let unary: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("fabs", fabs),
        ("log2", log2),
        ("log10", log10),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("log", log),
        ("atan2", atan2),
        ("hypot", hypot),
        ("pow", pow),
        ("copysign", copysign),
        ("gcd", gcd),
        ("fsum", fsum),
        ("prod", prod),
        ("comb", comb),
        ("perm", perm),
        ("degrees", degrees),
        ("radians", radians),
        ("isclose", isclose),
        ("modf", modf),
        ("fmod", fmod),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log1p", log1p),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("dist", dist),
        ("lcm", lcm),
    ];
    for (name, f) in unary {
        crate::builtins::function(d, name, *f);
    }
}

/// `pos_args` for a math function: keywords are refused as CPython's math module
/// refuses them (`math.gcd() takes no keyword arguments`).
fn math_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    crate::builtins::pos_args(vm, name, args, min, max)
}

/// The one argument of a one-argument function (CPython's METH_O functions name
/// themselves `math.sqrt()` when miscounted).
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match math_args(vm, name, args, 0, usize::MAX)? {
        [x] => Ok(x),
        p => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

fn one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let a = one_arg(vm, args, name)?;
    real_f64(vm, a)
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

macro_rules! simple {
    ($name:ident, $f:expr, $check:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let x = one(vm, &args, stringify!($name))?;
            let ok: fn(f64) -> bool = $check;
            if !ok(x) {
                return Err(domain(vm));
            }
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Float(f(x)))
        }
    };
}

simple!(sqrt, f64::sqrt, |x| x >= 0.0 || x.is_nan());
simple!(exp, f64::exp, |_| true);
simple!(sin, f64::sin, |x| !x.is_infinite());
simple!(cos, f64::cos, |x| !x.is_infinite());
simple!(tan, f64::tan, |x| !x.is_infinite());
simple!(asin, f64::asin, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
simple!(acos, f64::acos, |x| (-1.0..=1.0).contains(&x) || x.is_nan());
simple!(atan, f64::atan, |_| true);
simple!(fabs, f64::abs, |_| true);
simple!(log2, f64::log2, |x| x > 0.0 || x.is_nan());
simple!(log10, f64::log10, |x| x > 0.0 || x.is_nan());
simple!(degrees, f64::to_degrees, |_| true);
simple!(radians, f64::to_radians, |_| true);

/// math.floor/ceil/trunc: ints as they are, a user type's `__floor__`/`__ceil__`/
/// `__trunc__`, else the float value rounded (trunc has no float fallback).
fn to_int_rounding(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    special: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(vm, &args, name)?;
    if as_int(v).is_some() {
        return crate::builtins::num::int_new(vm, Some(v.clone()), None);
    }
    if let Some(m) = crate::dunder::user_special(vm, v, special) {
        return crate::dunder::call_special(vm, &m, v, &[]);
    }
    if special == "__trunc__" && !matches!(v, Value::Float(_)) {
        let ty = vm.type_of(v);
        if ty.lookup_str("__trunc__").is_none() {
            return Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                ty.name()
            )));
        }
    }
    let x = real_f64(vm, v)?;
    crate::objects::float::float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_int_rounding(vm, args, "floor", "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_int_rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_int_rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(one(vm, &args, "isnan")?.is_nan()))
}
fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(one(vm, &args, "isinf")?.is_infinite()))
}
fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::bool(one(vm, &args, "isfinite")?.is_finite()))
}

fn int_arg(vm: &mut Vm, v: &Value, _name: &str) -> PyResult<IBig> {
    match as_int(v) {
        Some(i) => Ok(i.to_ibig()),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "factorial")?;
    let n = int_arg(vm, v, "factorial")?;
    if n < IBig::ZERO {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = usize::try_from(&n).map_err(|_| {
        vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut r = IBig::ONE;
    for i in 2..=n {
        r *= IBig::from(i);
    }
    Ok(Value::from_ibig(r))
}

fn isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isqrt")?;
    let n = int_arg(vm, v, "isqrt")?;
    if n < IBig::ZERO {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    if n == IBig::ZERO {
        return Ok(Value::Int(0));
    }
    // Newton's method on big ints.
    let bits = crate::objects::int::bit_length(&n);
    let mut x = IBig::ONE << bits.div_ceil(2);
    loop {
        let y = (&x + &n / &x) >> 1;
        if y >= x {
            break;
        }
        x = y;
    }
    Ok(Value::from_ibig(x))
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.pos();
    if args.has_kw() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Some(crate::objects::int::IntRef::Big(b)) = as_int(v) {
            if *b > IBig::ZERO {
                // ln of a huge int: scale down by a power of two first.
                let bits = crate::objects::int::bit_length(b);
                let shift = bits.saturating_sub(60);
                let top: IBig = b >> shift;
                return Ok(top.to_f64().value().ln() + shift as f64 * std::f64::consts::LN_2);
            }
        }
        let x = real_f64(vm, v)?;
        if x <= 0.0 {
            return Err(domain(vm));
        }
        Ok(x.ln())
    };
    let x = ln(vm, &a[0])?;
    match a.get(1) {
        Some(b) => {
            let y = ln(vm, b)?;
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(x / y))
        }
        None => Ok(Value::Float(x)),
    }
}

fn two(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let a = math_args(vm, name, args, 2, 2)?;
    Ok((real_f64(vm, &a[0])?, real_f64(vm, &a[1])?))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}
fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}
fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y == 0.0 && !x.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}
fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "pow")?;
    if x == 0.0 && y < 0.0 || (x < 0.0 && y.fract() != 0.0 && y.is_finite()) {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

/// `math.hypot(*coordinates)`: every count of coordinates (none, one, two and more) goes
/// through `vector_norm`, as in CPython 3.11.
fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = math_args(vm, "hypot", &args, 0, usize::MAX)?;
    let mut coords = Vec::with_capacity(a.len());
    for v in a {
        coords.push(real_f64(vm, v)?.abs());
    }
    Ok(Value::Float(vector_norm(&coords)))
}

/// The Euclidean norm of `vec` (magnitudes, none negative) computed as CPython 3.11's
/// `vector_norm` does, so that the result is the same double to the last bit:
///
/// - an infinity anywhere gives inf, else a NaN anywhere gives nan; no coordinates, a
///   zero largest one, or a single one give the largest magnitude itself;
/// - otherwise every coordinate is scaled by the power of two that brings the largest
///   into [0.5, 1) (no rounding), split in two halves of 26 bits (Dekker), and its
///   square is added to a running sum started at 1.0 in three exact pieces: `hi*hi`
///   and `2*hi*lo` into the sum with their rounding errors kept in two accumulators,
///   `lo*lo` (below half an ulp of the sum) into a third;
/// - the square root of that sum is then corrected by one Newton step: `h*h`, split the
///   same way, is taken back out of the sum with the same compensation, and the
///   residue divided by `2h` is added to `h`;
/// - when the largest magnitude is so small that the scale would overflow (its
///   exponent below -1023), 3.11 divides by the largest instead and sums the rounded
///   squares with a single compensation term (3.12 rescales by DBL_MIN; 3.11 did not).
fn vector_norm(vec: &[f64]) -> f64 {
    // 2**27 + 1: the multiplier of Dekker's split of a double into two halves.
    const SPLIT: f64 = 134_217_729.0;
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in vec {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    // Adds `x` to `csum`, keeping the rounding error of the addition in `frac`
    // (|csum| >= |x| always holds here, so one error term is exact).
    fn add(csum: &mut f64, frac: &mut f64, x: f64) {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    }
    let split = |x: f64| {
        let t = x * SPLIT;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    let max_e = frexp_exponent(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    if max_e < -1023 {
        for &x in vec {
            let x = x / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = pow2(-max_e);
    let (mut frac2, mut frac3) = (0.0f64, 0.0f64);
    for &x in vec {
        let (hi, lo) = split(x * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The exponent C's `frexp` gives a finite, nonzero `x`: `x = m * 2**e`, 0.5 <= |m| < 1.
fn frexp_exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // A subnormal: 2**64 times it is normal, and exact.
        return frexp_exponent(x * pow2(64)) - 64;
    }
    biased - 1022
}

/// 2**e exactly, for -1074 <= e <= 1023 (a subnormal below -1022).
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = math_args(vm, "gcd", &args, 0, usize::MAX)?;
    let mut g = IBig::ZERO;
    for v in a {
        let mut x = int_arg(vm, v, "gcd")?;
        if x < IBig::ZERO {
            x = -x;
        }
        let mut y = g;
        let mut xx = x;
        while xx != IBig::ZERO {
            let r = &y % &xx;
            y = xx;
            xx = r;
        }
        g = y;
    }
    Ok(Value::from_ibig(g))
}

fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "fsum")?;
    // Shewchuk's exact partial sums, as CPython. Infinities and nans are summed
    // apart (so `inf` stays `inf`, and `inf + -inf` is an error, not nan); a
    // finite input overflowing the partials is an error; the final sum of the
    // partials is rounded correctly, half-way cases included.
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in crate::iter::collect(vm, v)? {
        let given = real_f64(vm, &v)?;
        let mut x = given;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x == 0.0 {
            continue;
        }
        if x.is_finite() {
            partials.push(x);
            continue;
        }
        if given.is_finite() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        if given.is_infinite() {
            inf_sum += given;
        }
        special += given;
        partials.clear();
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    Ok(Value::Float(sum_partials(&partials)))
}

/// The correctly rounded sum of non-overlapping partials (smallest first).
fn sum_partials(partials: &[f64]) -> f64 {
    let Some((&top, rest)) = partials.split_last() else {
        return 0.0;
    };
    let mut hi = top;
    let mut lo = 0.0;
    let mut n = rest.len();
    // Add from the largest down until the sum stops being exact.
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = rest[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // hi + lo is exact; if lo is exactly half an ulp of hi and the next
    // partial has the same sign, the true sum is past the half-way point.
    if n > 0 && ((lo < 0.0 && rest[n - 1] < 0.0) || (lo > 0.0 && rest[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            p.len()
        )));
    }
    if p.len() + args.kwnames.len() > 2 {
        return Err(vm.type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            p.len() + args.kwnames.len()
        )));
    }
    if p.len() > 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            p.len()
        )));
    }
    if let Some((bad, _)) = args.kw().find(|(k, _)| *k != "start") {
        return Err(vm.type_error(format!("'{bad}' is an invalid keyword argument for prod()")));
    }
    let mut acc = args.get_kw("start").cloned().unwrap_or(Value::Int(1));
    for v in crate::iter::collect(vm, &p[0])? {
        acc = crate::ops::binary_op(
            vm,
            &acc,
            &v,
            metal_compiler::bytecode::BinOp::Multiply,
            false,
        )?;
    }
    Ok(acc)
}

fn comb_perm(vm: &mut Vm, args: Args<'_>, name: &str, is_comb: bool) -> PyResult<Value> {
    let a = math_args(vm, name, &args, if is_comb { 2 } else { 1 }, 2)?;
    let n = int_arg(vm, &a[0], name)?;
    let k = match a.get(1) {
        Some(Value::None) | None if !is_comb => n.clone(),
        Some(v) => int_arg(vm, v, name)?,
        None => return Err(vm.type_error("comb expected 2 arguments, got 1")),
    };
    if n < IBig::ZERO {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < IBig::ZERO {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = usize::try_from(&k).unwrap_or(0);
    let mut r = IBig::ONE;
    for i in 0..k {
        r *= &n - IBig::from(i);
        if is_comb {
            r /= IBig::from(i + 1);
        }
    }
    Ok(Value::from_ibig(r))
}

fn comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comb_perm(vm, args, "comb", true)
}
fn perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comb_perm(vm, args, "perm", false)
}

fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            p.len()
        )));
    }
    if let Some((bad, _)) = args
        .kw()
        .find(|(k, _)| !matches!(*k, "a" | "b" | "rel_tol" | "abs_tol"))
    {
        return Err(vm.type_error(format!(
            "'{bad}' is an invalid keyword argument for isclose()"
        )));
    }
    // a and b by position or by name.
    let required = |vm: &Vm, i: usize, name: &str| {
        p.get(i)
            .or_else(|| args.get_kw(name))
            .cloned()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "isclose() missing required argument '{name}' (pos {})",
                    i + 1
                ))
            })
    };
    let (a, b) = (required(vm, 0, "a")?, required(vm, 1, "b")?);
    let a = real_f64(vm, &a)?;
    let b = real_f64(vm, &b)?;
    let rel = match args.get_kw("rel_tol") {
        Some(v) => real_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match args.get_kw("abs_tol") {
        Some(v) => real_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(crate::value::PyBool(true)));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(crate::value::PyBool(false)));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs_tol,
    ))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &args, "modf")?;
    let i = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - i).copysign(x)),
        Value::Float(i),
    ]))
}

// ---- the C library's functions, with CPython's error rules (math_1) --------------------

mod libm {
    extern "C" {
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

/// A one-argument function of the C library as CPython's `math_1` calls it: a NaN from
/// a number is a domain error; an infinity from a finite number is a range error
/// (OverflowError) when the function can overflow, else a domain error.
fn c_math_1(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    f: unsafe extern "C" fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one(vm, args, name)?;
    // SAFETY: a pure function of the C library on a double.
    let r = unsafe { f(x) };
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            vm.overflow_error("math range error")
        } else {
            domain(vm)
        });
    }
    Ok(Value::Float(r))
}

/// `math.gamma` and `math.lgamma` (CPython's own Lanczos approximation, not the C
/// library's: see `math_gamma`).
fn gamma_fn(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    f: fn(f64) -> Result<f64, super::math_gamma::GammaError>,
) -> PyResult<Value> {
    let x = one(vm, args, name)?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(super::math_gamma::GammaError::Domain) => Err(domain(vm)),
        Err(super::math_gamma::GammaError::Range) => Err(vm.overflow_error("math range error")),
    }
}

fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    gamma_fn(vm, &args, "gamma", super::math_gamma::gamma)
}

fn lgamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    gamma_fn(vm, &args, "lgamma", super::math_gamma::lgamma)
}

macro_rules! c_unary {
    ($name:ident, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            c_math_1(vm, &args, stringify!($name), libm::$name, $overflow)
        }
    };
}

c_unary!(sinh, true);
c_unary!(cosh, true);
c_unary!(tanh, false);
c_unary!(asinh, false);
c_unary!(acosh, false);
c_unary!(atanh, false);
/// `cbrt` of the C library (glibc's, as CPython calls it): Rust's runtime carries its
/// own `cbrt` (compiler-builtins), which the linker binds first and which rounds some
/// results differently, so the C library's is looked up by name.
fn cbrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::sync::OnceLock;
    type F = unsafe extern "C" fn(f64) -> f64;
    extern "C" {
        fn dlsym(
            handle: *mut std::ffi::c_void,
            name: *const std::ffi::c_char,
        ) -> *mut std::ffi::c_void;
    }
    unsafe extern "C" fn fallback(x: f64) -> f64 {
        x.cbrt()
    }
    static C_CBRT: OnceLock<usize> = OnceLock::new();
    let p = *C_CBRT.get_or_init(|| {
        // SAFETY: dlsym with RTLD_DEFAULT (null) and a NUL-terminated name.
        unsafe { dlsym(std::ptr::null_mut(), c"cbrt".as_ptr()) as usize }
    });
    let f: F = if p == 0 {
        fallback
    } else {
        // SAFETY: the C library's `double cbrt(double)`.
        unsafe { std::mem::transmute::<usize, F>(p) }
    };
    c_math_1(vm, &args, "cbrt", f, false)
}
c_unary!(exp2, true);
c_unary!(expm1, true);
c_unary!(log1p, false);
c_unary!(erf, false);
c_unary!(erfc, false);

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &args, "frexp")?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        let mut e = 0i32;
        // SAFETY: the exponent is written through a valid pointer.
        (unsafe { libm::frexp(x, &mut e) }, e)
    };
    Ok(Value::Tuple(std::rc::Rc::new(
        crate::objects::PyTuple::new(vec![Value::Float(m), Value::Int(e as i64)]),
    )))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = math_args(vm, "ldexp", &args, 2, 2)?;
    let x = real_f64(vm, &a[0])?;
    let Some(i) = as_int(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // Exponents beyond an int's range over- or underflow whatever x is.
    let i = i.to_ibig();
    let r = if i > IBig::from(i32::MAX) {
        f64::INFINITY.copysign(x)
    } else if i < IBig::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        let e = i32::try_from(&i).unwrap_or(0);
        // SAFETY: a pure function of the C library.
        unsafe { libm::ldexp(x, e) }
    };
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = math_args(vm, "remainder", &args, 2, 2)?;
    let x = real_f64(vm, &a[0])?;
    let y = real_f64(vm, &a[1])?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // SAFETY: a pure function of the C library (exact: IEEE 754's remainder).
    Ok(Value::Float(unsafe { libm::remainder(x, y) }))
}

fn nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = math_args(vm, "nextafter", &args, 2, 2)?;
    let x = real_f64(vm, &a[0])?;
    let y = real_f64(vm, &a[1])?;
    // SAFETY: a pure function of the C library.
    Ok(Value::Float(unsafe { libm::nextafter(x, y) }))
}

fn ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one(vm, &args, "ulp")?;
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    // SAFETY: pure functions of the C library.
    let up = unsafe { libm::nextafter(x, f64::INFINITY) };
    if up.is_infinite() {
        // The largest finite float: the gap below it.
        return Ok(Value::Float(
            x - unsafe { libm::nextafter(x, f64::NEG_INFINITY) },
        ));
    }
    Ok(Value::Float(up - x))
}

/// `math.dist(p, q)`: the Euclidean distance of two points given as sequences of the
/// same length.
fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = math_args(vm, "dist", &args, 2, 2)?;
    let point = |vm: &mut Vm, v: &Value| -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::List(l) => Ok(l.items.borrow().clone()),
            _ => crate::iter::collect(vm, v),
        }
    };
    let p = point(vm, &a[0])?;
    let q = point(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        let px = real_f64(vm, x)?;
        let qx = real_f64(vm, y)?;
        diffs.push((px - qx).abs());
    }
    Ok(Value::Float(vector_norm(&diffs)))
}

fn lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = math_args(vm, "lcm", &args, 0, usize::MAX)?;
    let mut l = IBig::ONE;
    for v in a {
        let x = int_arg(vm, v, "lcm")?;
        let x = if x < IBig::ZERO { -x } else { x };
        if x == IBig::ZERO || l == IBig::ZERO {
            l = IBig::ZERO;
            continue;
        }
        let (mut g, mut h) = (l.clone(), x.clone());
        while h != IBig::ZERO {
            let r = &g % &h;
            g = h;
            h = r;
        }
        l = &l / &g * &x;
    }
    Ok(Value::from_ibig(l))
}
