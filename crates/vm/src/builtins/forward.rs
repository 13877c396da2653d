//! The native module `_metal_builtin`.
//!
//! `function(func, module, name=None)`: a function of a module CPython
//! writes in C (`time.gmtime`, `os.getcwd`) that metal writes in Python, dressed as
//! the builtin function CPython has: a `builtin_function_or_method` of that module
//! (its `__module__`, `__self__`, repr, docstring and text signature), which, unlike a
//! Python function, does not bind as a method when stored on a class
//! (`Formatter.converter = time.gmtime`). Calling it calls the Python function.

use std::collections::HashSet;
use std::rc::Rc;
use std::sync::Mutex;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, BuiltinFunction, Flavor, NativeKind};
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init_module(d: &PyDict) {
    crate::builtins::function(d, "function", function);
    crate::builtins::function(d, "embedded", embedded);
    crate::builtins::function(d, "register_collection", register_collection);
    crate::builtins::function(d, "text_signature", text_signature);
}

/// `_metal_builtin.text_signature(owner, name)`: `(known, text)` for the method `name` of
/// the builtin type `owner` (by `tp_name`) in CPython's table: whether CPython has it
/// there, and its `__text_signature__` (None when it has none).
fn text_signature(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "text_signature", &args, 2, 2)?;
    let (Value::Str(owner), Value::Str(name)) = (&a[0], &a[1]) else {
        return Err(vm.type_error("text_signature() takes two str"));
    };
    Ok(
        match crate::builtins::builtin_sig(owner.as_str(), name.as_str()) {
            Some(text) => Value::tuple(vec![
                Value::bool(true),
                text.map_or(Value::None, Value::str),
            ]),
            None => Value::tuple(vec![Value::bool(false), Value::None]),
        },
    )
}

/// `_metal_builtin.register_collection(abc, cls)`: `abc.register(cls)` makes `cls` (and
/// its subclasses) a sequence or a mapping to `match` when `abc` is one, as CPython's
/// `_abc_register` sets `Py_TPFLAGS_SEQUENCE` / `MAPPING`. Builtin types keep theirs.
fn register_collection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "register_collection", &args, 2, 2)?;
    if let (Value::Type(abc), Value::Type(cls)) = (&a[0], &a[1]) {
        let flag = abc.collection.get();
        if flag != 0 {
            set_collection(cls, flag);
        }
    }
    Ok(Value::None)
}

fn set_collection(t: &Rc<crate::objects::types::PyType>, flag: u8) {
    if t.builtin || t.collection.get() == flag {
        return;
    }
    t.collection.set(flag);
    let subs: Vec<_> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    for s in subs {
        set_collection(&s, flag);
    }
}

/// `_metal_builtin.embedded(name)`: `(source, is_package)` of a module shipped inside
/// metal (`importlib.util.find_spec`, a loader's `exec_module`), or None.
fn embedded(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "embedded", &args, 1, 1)?;
    let Value::Str(name) = &a[0] else {
        return Err(vm.type_error("embedded() takes a module name"));
    };
    Ok(match vm.embedded.get(name.as_str()) {
        Some(&(source, is_pkg)) => Value::tuple(vec![Value::str(source), Value::bool(is_pkg)]),
        None => Value::None,
    })
}

/// The name of a builtin function lives as long as the program (`&'static str`): each
/// distinct name is leaked once.
fn static_name(name: &str) -> &'static str {
    static NAMES: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    let set = names.get_or_insert_with(HashSet::new);
    if let Some(n) = set.get(name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    set.insert(leaked);
    leaked
}

fn function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::builtins::pos_args(vm, "function", &args, 2, 3)?;
    let Value::Function(f) = &a[0] else {
        return Err(vm.type_error("function() needs a Python function"));
    };
    let Value::Object(m) = &a[1] else {
        return Err(vm.type_error("function() needs a module"));
    };
    if !matches!(m.payload, Payload::Module { .. }) {
        return Err(vm.type_error("function() needs a module"));
    }
    let (module_name, m) = match a.get(2) {
        // Another module's (`os.getcwd` is `posix`'s): that module, made here.
        Some(Value::Str(s)) => (s.clone(), c_module(vm, s.as_str())),
        _ => match vm.getattr_s(&a[1], "__name__")? {
            Value::Str(s) => (s, m.clone()),
            _ => return Err(vm.type_error("the module's __name__ is not a str")),
        },
    };
    let name = static_name(f.name.borrow().as_str());
    let made = Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func: forward,
        kind: NativeKind::Function,
        self_: Some(a[0].clone()),
        owner: None,
        objclass: None,
        objclass_addr: 0,
        flavor: Flavor::Plain,
        module: Some(Rc::new((module_name, Rc::downgrade(&m)))),
    }));
    if a.get(2).is_some() {
        if let Some(d) = m.dict() {
            d.set_by_str(name, made.clone());
        }
    }
    Ok(made)
}

thread_local! {
    /// The modules `function` made for C modules metal does not have (`posix`, whose
    /// functions `os` re-exports): each function's `__self__`, holding the functions.
    static C_MODULES: std::cell::RefCell<Vec<Rc<crate::objects::object::PyObject>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The module named `name` that `function` puts the C module's functions in: not
/// importable (`import posix` stays a ModuleNotFoundError), only their `__self__`.
fn c_module(vm: &mut Vm, name: &str) -> Rc<crate::objects::object::PyObject> {
    let found = C_MODULES.with(|c| {
        c.borrow()
            .iter()
            .find(|m| matches!(&m.payload, Payload::Module { name: n } if n == name))
            .cloned()
    });
    if let Some(m) = found {
        return m;
    }
    let (m, _) = crate::import::new_module(vm, name, None);
    let Value::Object(m) = m else {
        unreachable!("a module is an object")
    };
    C_MODULES.with(|c| c.borrow_mut().push(m.clone()));
    m
}

/// The call: the Python function comes first (as the builtin's bound self).
fn forward(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(f) = args.all.first() else {
        return Err(vm.type_error("forwarded builtin called without its function"));
    };
    let f = f.clone();
    let args = Args {
        all: &args.all[1..],
        kwnames: args.kwnames,
    };
    // Checked as CPython's C function checks its arguments, in its words.
    let name = match &f {
        Value::Function(func) => func.name.borrow().clone(),
        _ => return vm.call(&f, args),
    };
    crate::builtins::c_args::call_checked(vm, &f, name.as_str(), args)
}
