//! `complex`: a pair of doubles with Python's arithmetic and repr.

use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Object(PyObject::new(
        vm.types.complex.clone(),
        Payload::Complex(re, im),
    ))
}

pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Object(o) => match o.payload {
            Payload::Complex(r, i) => Some((r, i)),
            _ => None,
        },
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(crate::value::PyBool(b)) => Some((*b as i64 as f64, 0.0)),
        Value::Float(f) => Some((*f, 0.0)),
        Value::BigInt(b) => Some((b.to_f64().value(), 0.0)),
        _ => None,
    }
}

pub fn is_complex(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Complex(..)))
}

pub fn repr(re: f64, im: f64) -> String {
    crate::format::complex_repr(re, im)
}

pub fn binop(
    vm: &Vm,
    op: metal_compiler::bytecode::BinOp,
    a: (f64, f64),
    b: (f64, f64),
) -> Option<PyResult<Value>> {
    use metal_compiler::bytecode::BinOp;
    let (ar, ai) = a;
    let (br, bi) = b;
    Some(Ok(match op {
        BinOp::Add => new(vm, ar + br, ai + bi),
        BinOp::Subtract => new(vm, ar - br, ai - bi),
        BinOp::Multiply => new(vm, ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDivide => {
            if br == 0.0 && bi == 0.0 {
                return Some(Err(vm.zero_division("complex division by zero")));
            }
            // Smith's algorithm, as CPython.
            if br.abs() >= bi.abs() {
                let ratio = bi / br;
                let denom = br + bi * ratio;
                new(vm, (ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
            } else {
                let ratio = br / bi;
                let denom = br * ratio + bi;
                new(vm, (ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
            }
        }
        BinOp::Power => {
            if br == 0.0 && bi == 0.0 {
                return Some(Ok(new(vm, 1.0, 0.0)));
            }
            if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Some(Err(vm.zero_division("0.0 to a negative or complex power")));
                }
                return Some(Ok(new(vm, 0.0, 0.0)));
            }
            if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 {
                // Integer exponent: repeated multiplication, as CPython's c_powi.
                let mut n = br.abs() as i64;
                let (mut rr, mut ri) = (1.0, 0.0);
                let (mut xr, mut xi) = (ar, ai);
                while n > 0 {
                    if n & 1 == 1 {
                        let t = rr * xr - ri * xi;
                        ri = rr * xi + ri * xr;
                        rr = t;
                    }
                    let t = xr * xr - xi * xi;
                    xi *= 2.0 * xr;
                    xr = t;
                    n >>= 1;
                }
                if br < 0.0 {
                    let d = rr * rr + ri * ri;
                    return Some(Ok(new(vm, rr / d, -ri / d)));
                }
                return Some(Ok(new(vm, rr, ri)));
            }
            let vabs = ar.hypot(ai);
            let len = vabs.powf(br);
            let at = ai.atan2(ar);
            let mut phase = at * br;
            let mut len = len;
            if bi != 0.0 {
                len /= (at * bi).exp();
                phase += bi * vabs.ln();
            }
            new(vm, len * phase.cos(), len * phase.sin())
        }
        _ => return None,
    }))
}
