//! Native modules: `sys`, `math`, `itertools`, `gc`, `unicodedata`, `_metal_re`, `_metal_os`, `_metal_time`,
//! `_metal_random`, `_struct`; `io`, `re`, `os`, `posixpath`, `pathlib` and `time` in Python. The rest
//! of the pure-Python standard library (`functools`, `collections`, `json`…) lives in
//! `crates/vm/lib/`, embedded by build.rs and installed in `Vm::embedded` by `install_lib`
//! (docs/stdlib.md).

mod csrf;
mod forms;
mod forms_clean;
mod gc_module;
mod http_headers;
mod http_response;
mod io;
mod itertools;
mod itertools_args;
mod itertools_combinatoric;
mod itertools_filters;
pub(crate) mod itertools_shared;
pub(crate) mod itertools_tee;
mod math;
mod math_gamma;
mod multivalue;
mod os;
mod random;
mod sre;
pub(crate) mod struct_;
mod template;
mod template_lookup;
mod template_setup;
mod text;
mod time;
mod traceback;
mod unicodedata;
mod url_resolve;
pub(crate) mod weakref;
mod wsgi_request;

use std::rc::Rc;

use crate::objects::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

include!(concat!(env!("OUT_DIR"), "/lib_modules.rs"));

/// Make the embedded pure-Python standard library (`lib/`) importable. Runs when a `Vm` is
/// created, so anything installed later under the same name (the framework's modules)
/// takes its place.
pub fn install_lib(vm: &mut Vm) {
    for &(name, source, is_pkg) in LIB {
        vm.embedded.insert(name.to_string(), (source, is_pkg));
    }
}

pub fn init(vm: &mut Vm) {
    install_lib(vm);
    let (m, d) = crate::import::new_module(vm, "sys", None);
    let stdout = Value::Object(PyObject::with_dict(
        vm.types.stream.clone(),
        Payload::Stream(1),
    ));
    let stderr = Value::Object(PyObject::with_dict(
        vm.types.stream.clone(),
        Payload::Stream(2),
    ));
    let stdin = Value::Object(PyObject::with_dict(
        vm.types.stream.clone(),
        Payload::Stream(0),
    ));
    // The attributes CPython's TextIOWrapper gives them (logging's handlers show the name).
    for (stream, name, mode) in [
        (&stdin, "<stdin>", "r"),
        (&stdout, "<stdout>", "w"),
        (&stderr, "<stderr>", "w"),
    ] {
        if let Value::Object(o) = stream {
            if let Some(attrs) = o.dict() {
                attrs.set_by_str("name", Value::str(name));
                attrs.set_by_str("mode", Value::str(mode));
                attrs.set_by_str("encoding", Value::str("utf-8"));
            }
        }
    }
    d.set_by_str("stdin", stdin.clone());
    d.set_by_str("__stdin__", stdin);
    d.set_by_str("stdout", stdout.clone());
    d.set_by_str("stderr", stderr.clone());
    d.set_by_str("__stdout__", stdout);
    d.set_by_str("__stderr__", stderr);
    d.set_by_str("maxsize", Value::Int(i64::MAX));
    d.set_by_str("byteorder", Value::str("little"));
    d.set_by_str("platform", Value::str("linux"));
    d.set_by_str("version", Value::str("3.11.7 (metal)"));
    d.set_by_str("implementation_name", Value::str("metal"));
    d.set_by_str("modules", Value::Dict(vm.modules.clone()));
    d.set_by_str("maxunicode", Value::Int(0x10ffff));
    crate::builtins::function(&d, "exit", sys_exit);
    crate::builtins::function(&d, "getrecursionlimit", getrecursionlimit);
    crate::builtins::function(&d, "setrecursionlimit", setrecursionlimit);
    crate::builtins::function(&d, "exc_info", exc_info);
    crate::builtins::function(&d, "intern", intern);
    crate::builtins::function(&d, "_getframe", getframe);
    crate::builtins::function(&d, "__getattr__", sys_getattr);
    crate::builtins::own_functions(&d, &m);
    vm.modules.set_by_str("sys", m.clone());
    vm.sys_module = Some(m);
    let b = vm.builtins.clone();
    crate::builtins::function(&b, "exit", sys_exit);
    crate::builtins::function(&b, "quit", sys_exit);
    // The `builtins` module's namespace is the builtins dict itself, so a name set on
    // the module (`builtins.f = ...`) is seen by every global look-up, as in CPython.
    let b = vm.builtins.clone();
    b.set_by_str("__name__", Value::str("builtins"));
    b.set_by_str("__doc__", Value::None);
    b.set_by_str("__package__", Value::str(""));
    b.set_by_str("__loader__", Value::None);
    b.set_by_str("__spec__", Value::None);
    let bm = Value::Object(Rc::new(PyObject::raw(
        vm.types.module.clone(),
        Some(b),
        Default::default(),
        Payload::Module {
            name: "builtins".to_string(),
        },
    )));
    crate::builtins::own_functions(&vm.builtins.clone(), &bm);
    vm.modules.set_by_str("builtins", bm);
}

/// sys's module `__getattr__`: the struct-sequence records, built by `_sysinfo` on first
/// use and then kept in sys's namespace.
fn sys_getattr(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "__getattr__", &args, 1, 1)?;
    let Value::Str(name) = &a[0] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    if matches!(
        name.as_str(),
        "version_info" | "float_info" | "int_info" | "hash_info" | "flags"
    ) {
        let info = crate::import::import_module(vm, "_sysinfo")?;
        let v = vm.getattr(&info, name.as_str())?;
        if let Some(Value::Object(o)) = &vm.sys_module {
            if let Some(d) = &o.dict() {
                d.set_str(name.clone(), v.clone());
            }
        }
        return Ok(v);
    }
    Err(vm.new_error(
        "AttributeError",
        format!("module 'sys' has no attribute '{}'", name.as_str()),
    ))
}

/// Set `sys.argv` and `sys.path` for a run.
pub fn set_argv(vm: &mut Vm, argv: Vec<String>, path0: String) {
    vm.argv = argv.clone();
    vm.path = vec![path0];
    if let Some(Value::Object(o)) = &vm.sys_module {
        if let Some(d) = &o.dict() {
            d.set_by_str(
                "argv",
                Value::list(argv.iter().map(|a| Value::str(a)).collect()),
            );
            d.set_by_str(
                "path",
                Value::list(vm.path.iter().map(|a| Value::str(a)).collect()),
            );
        }
    }
}

/// What calling one of `itertools`' classes (named by its type's name) runs.
pub fn itertools_ctor(name: &str) -> Option<crate::objects::function::NativeFn> {
    itertools::ctor(name)
}

pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let python_source = match name {
        "io" => Some((io::SOURCE, "<io>")),
        "re" => Some((sre::SOURCE, "<re>")),
        "os" => Some((os::OS, "<os>")),
        "posixpath" => Some((os::POSIXPATH, "<posixpath>")),
        "pathlib" => Some((os::PATHLIB, "<pathlib>")),
        "time" => Some((time::SOURCE, "<time>")),
        _ => None,
    };
    if let Some((source, filename)) = python_source {
        // Written in Python: compiled and run as a module.
        let (m, d) = crate::import::new_module(vm, name, None);
        vm.modules.set_by_str(name, m.clone());
        let code = crate::run::compile_source(vm, source, filename, metal_compiler::Mode::Exec)?;
        crate::run::exec_code(vm, code, d, None)?;
        return Ok(Some(m));
    }
    let (m, d) = match name {
        // time.py re-exports these functions as the `time` module's: they name it as
        // theirs (`time.time.__module__`, `__self__`), as CPython's do.
        "_metal_time" => crate::import::new_module(vm, "time", None),
        "math" | "itertools" | "gc" | "_metal_re" | "_metal_os" | "_metal_random"
        | "_metal_traceback" | "_metal_text" | "_metal_forms" | "_metal_template" | "_weakref"
        | "_metal_reduce" | "_metal_builtin" | "_metal_odict" | "_struct" | "_metal_coro"
        | "_metal_codecs" | "unicodedata" => crate::import::new_module(vm, name, None),
        _ => return Ok(None),
    };
    match name {
        "math" => math::init(vm, &d),
        "itertools" => itertools::init(vm, &d),
        "_metal_re" => sre::init(vm, &d),
        "_metal_os" => os::init(vm, &d),
        "_metal_time" => time::init(vm, &d),
        "_metal_random" => random::init(vm, &d),
        "_metal_traceback" => traceback::init(vm, &d),
        "_metal_text" => text::init(vm, &d),
        "_metal_forms" => {
            forms::init(vm, &d);
            forms_clean::init(&d);
        }
        "_metal_template" => template::init(vm, &d),
        "_weakref" => weakref::init(vm, &d),
        "_struct" => struct_::init(vm, &d)?,
        "_metal_reduce" => crate::builtins::reduce::init_module(&d),
        "_metal_builtin" => crate::builtins::forward::init_module(&d),
        "_metal_coro" => crate::coroutine::init_module(&d),
        "_metal_odict" => crate::builtins::odict::init_module(&d),
        "_metal_codecs" => crate::codecs_extra::init_module(&d),
        "unicodedata" => unicodedata::init(vm, &d),
        _ => gc_module::init(vm, &d),
    }
    crate::builtins::own_functions(&d, &m);
    Ok(Some(m))
}

fn sys_exit(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "exit", &args, 0, 1)?;
    Err(vm.new_exception(vm.exc_type("SystemExit"), a.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "setrecursionlimit", &args, 1, 1)?;
    match a[0] {
        Value::Int(n) if n >= 1 => {
            vm.set_recursion_limit((n as usize).min(100_000))?;
            Ok(Value::None)
        }
        Value::Int(_) => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        _ => Err(vm.type_error("an integer is required")),
    }
}

fn exc_info(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    crate::builtins::pos_args(vm, "exc_info", &args, 0, 0)?;
    let h = vm.handled.clone();
    if h.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Type(vm.type_of(&h));
    let tb = crate::exceptions::traceback_of(vm, &h);
    Ok(Value::tuple(vec![t, h, tb]))
}

fn intern(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "intern", &args, 1, 1)?;
    match &a[0] {
        Value::Str(s) => Ok(Value::Str(vm.intern(s.as_str()))),
        _ => Err(vm.type_error("intern() argument must be str")),
    }
}

/// `sys._getframe([depth])`: the frame object of the frame `depth` calls up (the same
/// object at every call for the same frame; live while the frame runs: objects/frame.rs).
fn getframe(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "_getframe", &args, 0, 1)?;
    let depth = match a.first() {
        Some(v) => crate::builtins::to_index(vm, v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    // (A negative depth is the running frame, as CPython's loop reads it.)
    let depth = depth.max(0);
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let idx = (n - 1 - depth) as usize;
    Ok(Value::Object(vm.frame_object(idx)))
}

pub fn rc<T>(v: T) -> Rc<T> {
    Rc::new(v)
}
