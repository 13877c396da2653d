//! `_metal_time`: the native half of `time` (clocks, sleeping, and the C library's view of
//! local time: `localtime`, `mktime`, `tzset`). `time.py` builds the module on top of it.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const SOURCE: &str = include_str!("time.py");

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "time", time);
    crate::builtins::function(d, "time_ns", time_ns);
    crate::builtins::function(d, "monotonic", monotonic);
    crate::builtins::function(d, "monotonic_ns", monotonic_ns);
    crate::builtins::function(d, "perf_counter", monotonic);
    crate::builtins::function(d, "perf_counter_ns", monotonic_ns);
    crate::builtins::function(d, "process_time", process_time);
    crate::builtins::function(d, "process_time_ns", process_time_ns);
    crate::builtins::function(d, "sleep", sleep);
    crate::builtins::function(d, "localtime", localtime);
    crate::builtins::function(d, "mktime", mktime);
    crate::builtins::function(d, "tzset", tzset);
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

/// CPU time of the process, in nanoseconds.
fn cpu_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn process_time(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "process_time", &args, 0, 0)?;
    Ok(Value::Float(cpu_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "process_time_ns", &args, 0, 0)?;
    Ok(Value::Int(cpu_ns()))
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "sleep", &args, 1, 1)?;
    let secs = match &a[0] {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(crate::value::PyBool(b)) => *b as i64 as f64,
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
    // In slices, so an interrupt (Ctrl-C, a request's deadline) stops it as a signal
    // stops CPython's sleep, and a profiler sample does not wait for it.
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9));
    loop {
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
        if crate::gc::interrupt_pending() {
            crate::gc::check_interrupt(vm)?;
        }
    }
}

fn int_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(crate::value::PyBool(b)) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.overflow_error(format!("{what} out of range"))),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

/// `localtime(secs)`: the C library's broken-down local time as
/// `(year, month, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)`, with Python's
/// numbering (month 1-12, Monday is weekday 0, yday 1-366).
fn localtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "localtime", &args, 1, 1)?;
    let secs = int_arg(vm, &a[0], "timestamp")?;
    let t: libc::time_t = secs;
    // SAFETY: an all-zero `tm` is a valid value; localtime_r only writes into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the duration of the call.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: glibc points tm_zone at a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Ok(Value::tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        Value::str(&zone),
        Value::Int(tm.tm_gmtoff),
    ]))
}

/// `mktime((year, month, mday, hour, min, sec, wday, yday, isdst))`: seconds since the
/// epoch of a local time, as the C library computes them.
fn mktime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "mktime", &args, 1, 1)?;
    let items: Vec<Value> = match &a[0] {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.type_error("mktime(): expected a 9-tuple")),
    };
    if items.len() < 9 {
        return Err(vm.type_error("mktime(): expected a 9-tuple"));
    }
    let mut f = [0i64; 9];
    for (slot, v) in f.iter_mut().zip(&items) {
        *slot = int_arg(vm, v, "mktime argument")?;
    }
    let year = f[0] - 1900;
    if year < i32::MIN as i64 || year > i32::MAX as i64 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    let narrow = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    // SAFETY: an all-zero `tm` is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = year as i32;
    tm.tm_mon = narrow(f[1] - 1);
    tm.tm_mday = narrow(f[2]);
    tm.tm_hour = narrow(f[3]);
    tm.tm_min = narrow(f[4]);
    tm.tm_sec = narrow(f[5]);
    tm.tm_wday = -1;
    tm.tm_yday = narrow(f[7] - 1);
    tm.tm_isdst = narrow(f[8]);
    // SAFETY: `tm` is valid and writable.
    let t = unsafe { libc::mktime(&mut tm) };
    // mktime signals failure by returning -1 and leaving tm_wday untouched.
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Int(t))
}

fn tzset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "tzset", &args, 0, 0)?;
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset takes no arguments and only rereads TZ.
    unsafe { tzset() };
    Ok(Value::None)
}
