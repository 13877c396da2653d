//! `_metal_os`: the native half of `os` (the environment, the working directory,
//! directory listings, file kinds, random bytes). `os`, `posixpath` and `pathlib` are
//! Python, beside this file.

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const OS: &str = include_str!("os.py");
pub const POSIXPATH: &str = include_str!("posixpath.py");
pub const PATHLIB: &str = include_str!("pathlib.py");

pub fn init(_vm: &mut Vm, d: &PyDict) {
    crate::builtins::function(d, "environ", environ);
    crate::builtins::function(d, "getcwd", getcwd);
    crate::builtins::function(d, "listdir", listdir);
    crate::builtins::function(d, "kind", kind);
    crate::builtins::function(d, "urandom", urandom);
    crate::builtins::function(d, "getpid", getpid);
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(vm.type_error(format!("{what}: expected str, got {}", vm.type_name(v)))),
    }
}

fn os_error(vm: &Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    let name = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        _ => "OSError",
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
    vm.new_error(name, format!("[Errno {errno}] {msg}: '{path}'"))
}

fn environ(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "environ", &args, 0, 0)?;
    let items = std::env::vars_os()
        .map(|(k, v)| {
            Value::tuple(vec![
                Value::str(&k.to_string_lossy()),
                Value::str(&v.to_string_lossy()),
            ])
        })
        .collect();
    Ok(Value::list(items))
}

fn getcwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "getcwd", &args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(&p.to_string_lossy())),
        Err(e) => Err(os_error(vm, &e, ".")),
    }
}

fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "listdir", &args, 1, 1)?;
    let path = str_arg(vm, &a[0], "listdir")?;
    let rd = std::fs::read_dir(&path).map_err(|e| os_error(vm, &e, &path))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, &path))?;
        names.push(Value::str(&entry.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

/// 0: nothing there, 1: a file, 2: a directory, 3: something else.
fn kind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "kind", &args, 1, 1)?;
    let path = str_arg(vm, &a[0], "kind")?;
    Ok(Value::Int(match std::fs::metadata(&path) {
        Err(_) => 0,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 3,
    }))
}

fn urandom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    let a = crate::builtins::pos_args(vm, "urandom", &args, 1, 1)?;
    let n = crate::builtins::to_index(vm, &a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(vm, &e, "/dev/urandom"))?;
    Ok(crate::objects::bytes::new_bytes(vm, buf))
}

fn getpid(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "getpid", &args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}
