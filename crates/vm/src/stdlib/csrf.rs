//! `_check_token_format(token)` (`django/middleware/csrf.py`) as a native function:
//! the check every CSRF cookie and token goes through (a POST checks three), without a
//! Python frame each.
//!
//! For a str whose length is `CSRF_TOKEN_LENGTH` or `CSRF_SECRET_LENGTH` (read from the
//! module's globals at each call, as the Python code reads them) and whose characters
//! are all ASCII letters and digits, it answers None, as the Python function does. Any
//! other argument goes to the Python function (kept as `_py_check_token_format`), which
//! raises `InvalidTokenFormat` with its reason or whatever `len()` raises.
//! `tests/python/django/csrf_token_format.py` compares both with Django 5.2.

use std::rc::Rc;

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm, KIT_CSRF};

pub fn init(d: &PyDict) {
    crate::builtins::function(d, "check_token_format", check_token_format);
    crate::builtins::function(d, "token_format_kit", token_format_kit);
}

/// `csrf.py`'s kit: its globals and the Python function.
struct Kit {
    globals: Rc<PyDict>,
    python: Value,
    hints: [std::cell::Cell<u32>; 2],
}

fn kit_of(vm: &mut Vm, v: &Value) -> PyResult<Kit> {
    match v {
        Value::Tuple(t) if t.items.len() == 2 => match &t.items[0] {
            Value::Dict(g) => Ok(Kit {
                globals: g.clone(),
                python: t.items[1].clone(),
                hints: Default::default(),
            }),
            _ => Err(vm.type_error("token_format_kit: the kit is not the framework's")),
        },
        _ => Err(vm.type_error("token_format_kit: the kit must be a 2-tuple")),
    }
}

/// `token_format_kit((globals(), _py_check_token_format))`, at `csrf.py`'s import.
fn token_format_kit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::template_setup::keep_kit(vm, &args, "token_format_kit", KIT_CSRF, kit_of)
}

/// `_check_token_format(token)`.
fn check_token_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(kit) = vm.stored_kit::<Kit>(KIT_CSRF) else {
        return Err(vm.runtime_error("_check_token_format: csrf.py did not register its kit"));
    };
    if let (false, [Value::Str(token)]) = (args.has_kw(), args.all) {
        let t = token.as_str();
        let length = |vm: &mut Vm, i: usize, name: &'static str| {
            let name = vm.sname(name);
            match kit.globals.get_str_hinted(&name, &kit.hints[i]) {
                Some(Value::Int(n)) => Some(n),
                _ => None,
            }
        };
        let (Some(token_length), Some(secret_length)) = (
            length(vm, 0, "CSRF_TOKEN_LENGTH"),
            length(vm, 1, "CSRF_SECRET_LENGTH"),
        ) else {
            return vm.call(&kit.python, args);
        };
        let n = t.len() as i64;
        if t.bytes().all(|b| b.is_ascii_alphanumeric()) && (n == token_length || n == secret_length)
        {
            return Ok(Value::None);
        }
    }
    vm.call(&kit.python, args)
}
