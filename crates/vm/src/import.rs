//! `import`: builtin modules, then `.py` files and packages found on `sys.path`, with
//! `sys.modules` caching and CPython's error messages.

use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::object::{Payload, PyObject};
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_module(vm: &mut Vm, name: &str, file: Option<&str>) -> (Value, Rc<PyDict>) {
    let d = module_namespace(vm, name);
    if let Some(f) = file {
        d.set_by_str("__file__", Value::str(f));
    }
    d.set_by_str("__builtins__", Value::Dict(vm.builtins.clone()));
    (module_object(vm, name, &d), d)
}

/// A module's first entries: `__name__`, `__doc__`, `__package__`, `__loader__` and
/// `__spec__`.
fn module_namespace(vm: &mut Vm, name: &str) -> Rc<PyDict> {
    let d = Rc::new(PyDict::new());
    // The interned key, first: MAKE_FUNCTION finds it by pointer at entry 0.
    d.set_str(vm.module_name_key.clone(), Value::str(name));
    d.set_by_str("__doc__", Value::None);
    d.set_by_str("__package__", Value::None);
    d.set_by_str("__loader__", Value::None);
    d.set_by_str("__spec__", Value::None);
    d
}

fn module_object(vm: &mut Vm, name: &str, d: &Rc<PyDict>) -> Value {
    Value::Object(Rc::new(PyObject::raw(
        vm.types.module.clone(),
        Some(d.clone()),
        Default::default(),
        Payload::Module {
            name: name.to_string(),
        },
    )))
}

/// The `__main__` module as CPython's interpreter makes it: an empty `__annotations__`
/// dict, then the `builtins` module itself as its `__builtins__` (imported modules have
/// the builtins dict).
pub fn new_main_module(vm: &mut Vm) -> (Value, Rc<PyDict>) {
    let d = module_namespace(vm, "__main__");
    d.set_by_str("__annotations__", Value::Dict(Rc::new(PyDict::new())));
    let builtins = vm
        .modules
        .get_by_str("builtins")
        .unwrap_or_else(|| Value::Dict(vm.builtins.clone()));
    d.set_by_str("__builtins__", builtins);
    (module_object(vm, "__main__", &d), d)
}

/// `__main__`'s loader, as CPython's `python3` sets it: for a script, a
/// `SourceFileLoader` named `__main__` whose path is the script's (`__file__`); for
/// `-c` code, a program read from standard input and the interactive prompt, the
/// `BuiltinImporter` class. A `__main__` with a `__file__` (a script, standard input)
/// also gets `__cached__` None. Other sources (an embedder's `<test>`) keep None.
pub fn set_main_loader(vm: &mut Vm, d: &PyDict, filename: &str) -> PyResult<()> {
    let builtin = filename == "<string>" || filename == "<stdin>";
    if !builtin && filename.starts_with('<') {
        return Ok(());
    }
    let specs = import_module(vm, "_modulespec")?;
    let loader = if builtin {
        vm.getattr(&specs, "BuiltinImporter")?
    } else {
        let class = vm.getattr(&specs, "SourceFileLoader")?;
        vm.call_args(&class, &[Value::str("__main__"), Value::str(filename)])?
    };
    d.set_by_str("__loader__", loader);
    if d.get_by_str("__file__").is_some() {
        d.set_by_str("__cached__", Value::None);
    }
    Ok(())
}

/// Whether `v` is `_modulespec.BuiltinImporter` (CPython's
/// `_frozen_importlib.BuiltinImporter`).
pub fn is_builtin_importer(vm: &mut Vm, v: &Value) -> bool {
    if !matches!(v, Value::Type(_)) {
        return false;
    }
    let Some(specs) = vm.modules.get_by_str("_modulespec") else {
        return false;
    };
    module_dict(&specs)
        .and_then(|d| d.get_by_str("BuiltinImporter"))
        .is_some_and(|c| c.is(v))
}

fn module_dict(m: &Value) -> Option<Rc<PyDict>> {
    match m {
        Value::Object(o) => o.dict(),
        _ => None,
    }
}

fn resolve_name(vm: &mut Vm, fidx: usize, name: &str, level: i64) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = vm.frames[fidx].globals.clone();
    let package = match g.get_by_str("__package__") {
        Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
        _ => {
            let modname = match g.get_by_str("__name__") {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => String::new(),
            };
            if g.get_by_str("__path__").is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_error(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() || parts.is_empty() {
            return Err(vm.new_error(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

pub fn import_name(
    vm: &mut Vm,
    fidx: usize,
    name: &Rc<PyStr>,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(i) => *i,
        _ => 0,
    };
    let full = resolve_name(vm, fidx, name.as_str(), level)?;
    let module = import_module(vm, &full)?;
    let has_fromlist = match fromlist {
        Value::Tuple(t) => !t.items.is_empty(),
        Value::None => false,
        _ => true,
    };
    if has_fromlist || level > 0 && name.as_str().is_empty() {
        return Ok(module);
    }
    // `import a.b.c` binds `a`.
    let top = full.split('.').next().unwrap_or(&full).to_string();
    if level > 0 {
        return Ok(module);
    }
    import_module(vm, &top)
}

/// Import a module by its absolute dotted name.
pub fn import_module(vm: &mut Vm, full: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get_by_str(full) {
        if m.is_none() {
            return Err(not_found(
                vm,
                full,
                format!("import of {full} halted; None in sys.modules"),
            ));
        }
        return Ok(m);
    }
    let (parent, last) = match full.rsplit_once('.') {
        Some((p, l)) => (Some(p.to_string()), l.to_string()),
        None => (None, full.to_string()),
    };
    if let Some(&(source, is_pkg)) = vm.embedded.get(full) {
        if let Some(p) = &parent {
            import_module(vm, p)?;
            if let Some(m) = vm.modules.get_by_str(full) {
                return Ok(m);
            }
        }
        let path = full.replace('.', "/");
        let (file, pkg_dir) = if is_pkg {
            (
                format!("<metal>/{path}/__init__.py"),
                Some(format!("<metal>/{path}")),
            )
        } else {
            (format!("<metal>/{path}.py"), None)
        };
        return load_source(vm, full, source, &file, pkg_dir);
    }
    let search: Vec<String> = match &parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            if let Some(m) = vm.modules.get_by_str(full) {
                return Ok(m);
            }
            match module_dict(&pm).and_then(|d| d.get_by_str("__path__")) {
                Some(Value::List(l)) => str_items(&l),
                _ => {
                    return Err(not_found(
                        vm,
                        full,
                        format!("No module named '{full}'; '{p}' is not a package"),
                    ))
                }
            }
        }
        None => {
            if let Some(m) = crate::stdlib::builtin_module(vm, full)? {
                vm.modules.set_by_str(full, m.clone());
                return Ok(m);
            }
            sys_path(vm)
        }
    };
    for dir in &search {
        let dir = if dir.is_empty() {
            ".".to_string()
        } else {
            dir.clone()
        };
        let pkg_init = format!("{dir}/{last}/__init__.py");
        let file = format!("{dir}/{last}.py");
        if std::path::Path::new(&pkg_init).is_file() {
            return load_file(vm, full, &pkg_init, Some(format!("{dir}/{last}")));
        }
        if std::path::Path::new(&file).is_file() {
            return load_file(vm, full, &file, None);
        }
    }
    // A directory without __init__.py: a namespace package.
    for dir in &search {
        let d = format!("{}/{last}", if dir.is_empty() { "." } else { dir });
        if std::path::Path::new(&d).is_dir() {
            let (m, md) = new_module(vm, full, None);
            let absdir = std::fs::canonicalize(&d)
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or(d);
            md.set_by_str("__path__", Value::list(vec![Value::str(&absdir)]));
            md.set_by_str("__package__", Value::str(full));
            vm.modules.set_by_str(full, m.clone());
            bind_in_parent(vm, full, &m);
            return Ok(m);
        }
    }
    Err(not_found(vm, full, format!("No module named '{full}'")))
}

fn load_file(vm: &mut Vm, full: &str, path: &str, pkg_dir: Option<String>) -> PyResult<Value> {
    let abs = std::fs::canonicalize(path)
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|_| path.to_string());
    let source = std::fs::read_to_string(path)
        .map_err(|e| vm.new_error("ImportError", format!("cannot read {path}: {e}")))?;
    let pkg_dir = pkg_dir.map(|dir| {
        std::fs::canonicalize(&dir)
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or(dir)
    });
    load_source(vm, full, &source, &abs, pkg_dir)
}

/// Create module `full` from `source` (its file name `abs`; `pkg_dir` for a package),
/// register it in `sys.modules` while its body runs, and bind it in its parent.
fn load_source(
    vm: &mut Vm,
    full: &str,
    source: &str,
    abs: &str,
    pkg_dir: Option<String>,
) -> PyResult<Value> {
    let (m, d) = new_module(vm, full, Some(abs));
    if let Some(absdir) = &pkg_dir {
        d.set_by_str("__path__", Value::list(vec![Value::str(absdir)]));
        d.set_by_str("__package__", Value::str(full));
    } else {
        let pkg = full.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        d.set_by_str("__package__", Value::str(pkg));
    }
    // `__spec__` (the module that defines ModuleSpec gets none: it is not made yet).
    if full != "_modulespec" {
        let specs = import_module(vm, "_modulespec")?;
        let spec_for = vm.getattr(&specs, "spec_for")?;
        let dir = pkg_dir.as_deref().map_or(Value::None, Value::str);
        let spec = vm.call_args(&spec_for, &[Value::str(full), Value::str(abs), dir])?;
        d.set_by_str("__loader__", vm.getattr(&spec, "loader")?);
        d.set_by_str("__cached__", vm.getattr(&spec, "cached")?);
        d.set_by_str("__spec__", spec);
    }
    vm.modules.set_by_str(full, m.clone());
    vm.initializing.push(full.to_string());
    let r = run_module_body(vm, full, source, abs, &d);
    vm.initializing.retain(|n| n != full);
    r?;
    bind_in_parent(vm, full, &m);
    Ok(vm.modules.get_by_str(full).unwrap_or(m))
}

fn bind_in_parent(vm: &mut Vm, full: &str, m: &Value) {
    if let Some((parent, last)) = full.rsplit_once('.') {
        if let Some(pm) = vm.modules.get_by_str(parent) {
            if let Some(pd) = module_dict(&pm) {
                pd.set_by_str(last, m.clone());
            }
        }
    }
}

/// Compile a module's source, reusing the code object compiled earlier from the same
/// bytes (CPython's `.pyc` idea, kept in memory): a re-import of an unchanged module
/// does not parse it again; any change to the source misses the cache.
fn compile_module(
    vm: &mut Vm,
    source: &str,
    abs: &str,
) -> PyResult<Rc<crate::objects::function::Code>> {
    let digest = crate::objects::str::hash_bytes(source.as_bytes());
    if let Some((h, len, co)) = vm.compiled.get(abs) {
        if *h == digest && *len == source.len() {
            let co = co.clone();
            return Ok(crate::objects::function_new::make_code(vm, co));
        }
    }
    let code = crate::run::compile_source(vm, source, abs, metal_compiler::Mode::Exec)?;
    vm.compiles += 1;
    vm.compiled
        .insert(abs.to_string(), (digest, source.len(), code.co.clone()));
    Ok(code)
}

fn run_module_body(
    vm: &mut Vm,
    full: &str,
    source: &str,
    abs: &str,
    d: &Rc<PyDict>,
) -> PyResult<()> {
    let code = match compile_module(vm, source, abs) {
        Ok(c) => c,
        Err(e) => {
            vm.modules.del_str(&PyStr::new(full));
            return Err(e);
        }
    };
    if let Err(e) = crate::run::exec_code(vm, code, d.clone(), None) {
        vm.modules.del_str(&PyStr::new(full));
        return Err(e);
    }
    Ok(())
}

/// The str items of a path list (`sys.path`, a package's `__path__`); others are skipped.
fn str_items(l: &crate::objects::PyList) -> Vec<String> {
    l.items
        .borrow()
        .iter()
        .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
        .collect()
}

/// The live `sys.path` (a program may change it), as strings.
fn sys_path(vm: &mut Vm) -> Vec<String> {
    let list = match &vm.sys_module {
        Some(Value::Object(o)) => o.dict().as_ref().and_then(|d| d.get_by_str("path")),
        _ => None,
    };
    match list {
        Some(Value::List(l)) => str_items(&l),
        _ => vm.path.clone(),
    }
}

pub fn import_from(vm: &mut Vm, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    if let Some(v) = vm.getattr_opt(m, name.as_str())? {
        return Ok(v);
    }
    // A submodule not yet imported.
    let modname = match m {
        Value::Object(o) => match &o.payload {
            Payload::Module { name } => name.clone(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    if !modname.is_empty() {
        let sub = format!("{}.{}", modname, name.as_str());
        match import_module(vm, &sub) {
            Ok(v) => return Ok(v),
            Err(e)
                if vm.err_is(&e, "ModuleNotFoundError") && module_not_found_name(vm, &e) == sub => {
            }
            Err(e) => return Err(e),
        }
    }
    let file = module_dict(m).and_then(|d| d.get_by_str("__file__"));
    let loc = match &file {
        Some(Value::Str(f)) => f.as_str().to_string(),
        _ => "unknown location".to_string(),
    };
    let partial = if vm.initializing.contains(&modname) {
        "partially initialized module "
    } else {
        ""
    };
    let circular = if partial.is_empty() {
        ""
    } else {
        " (most likely due to a circular import)"
    };
    let e = vm.new_error(
        "ImportError",
        format!(
            "cannot import name '{}' from {}'{}'{} ({})",
            name.as_str(),
            partial,
            modname,
            circular,
            loc
        ),
    );
    set_import_error_name(&e, &modname);
    // `path` is the module's file, as CPython's `from m import x` reports it.
    if let (Some(d), Some(Value::Str(f))) = (&e.0.dict(), &file) {
        d.set_by_str("path", Value::Str(f.clone()));
    }
    Err(e)
}

fn module_not_found_name(vm: &mut Vm, e: &crate::vm::PyErr) -> String {
    let _ = vm;
    e.0.dict()
        .and_then(|d| d.get_by_str("name"))
        .and_then(|v| v.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_default()
}

fn set_import_error_name(e: &crate::vm::PyErr, name: &str) {
    if let Some(d) = &e.0.dict() {
        d.set_by_str("name", Value::str(name));
    }
}

fn not_found(vm: &Vm, full: &str, msg: String) -> crate::vm::PyErr {
    let e = vm.new_error("ModuleNotFoundError", msg);
    set_import_error_name(&e, full);
    e
}

pub fn import_star(vm: &mut Vm, fidx: usize, m: &Value) -> PyResult<()> {
    let Some(d) = module_dict(m) else {
        return Ok(());
    };
    let names: Vec<Value> = match d.get_by_str("__all__") {
        Some(all) => crate::iter::collect(vm, &all)?,
        None => d
            .keys()
            .into_iter()
            .filter(|k| !k.as_str().is_some_and(|s| s.as_str().starts_with('_')))
            .collect(),
    };
    for n in names {
        if let Value::Str(s) = &n {
            let v = vm.getattr(m, s.as_str())?;
            crate::mapping_ns::store_in_frame(vm, fidx, s, v)?;
        }
    }
    Ok(())
}
