//! `time`: clocks and sleeping (`time`, `time_ns`, `monotonic`, `perf_counter`, `sleep`).

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "time", time);
    crate::builtins::function(d, "time_ns", time_ns);
    crate::builtins::function(d, "monotonic", monotonic);
    crate::builtins::function(d, "monotonic_ns", monotonic_ns);
    crate::builtins::function(d, "perf_counter", monotonic);
    crate::builtins::function(d, "perf_counter_ns", monotonic_ns);
    crate::builtins::function(d, "sleep", sleep);
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "time", &args, 0, 0)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "time_ns", &args, 0, 0)?;
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn monotonic(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "monotonic", &args, 0, 0)?;
    Ok(Value::Float(start().elapsed().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "monotonic_ns", &args, 0, 0)?;
    Ok(Value::Int(start().elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "sleep", &args, 1, 1)?;
    let secs = match &a[0] {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => *b as i64 as f64,
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer or float",
                vm.type_name(other)
            )))
        }
    };
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
    Ok(Value::None)
}
