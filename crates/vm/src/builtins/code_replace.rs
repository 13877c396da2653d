//! `code.replace(**fields)`: a copy of a code object with some of its `co_*` fields
//! replaced. metal's code objects are not CPython's (no `co_code`, line or exception
//! tables of its format to take), so the fields that only rename or relocate are
//! replaced (`co_name`, `co_qualname`, `co_filename`, `co_firstlineno`, which moves
//! every line as CPython's relative line table does) and those whose values index
//! into the bytecode keep their length (`co_consts`, `co_names`, `co_varnames`); any
//! other field given a value other than the code's own is a NotImplementedError.

use std::rc::Rc;

use crate::builtins::method;
use crate::objects::function::Args;
use crate::objects::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    method(&t, "replace", replace);
}

/// The fields `replace` takes that metal's code objects cannot take another value of.
const FIXED: &[&str] = &[
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_code",
    "co_linetable",
    "co_exceptiontable",
    "co_freevars",
    "co_cellvars",
];

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let code = match p.first() {
        Some(Value::Object(o)) => match &o.payload {
            Payload::Code(c) => c.clone(),
            _ => return Err(vm.type_error("descriptor 'replace' requires a 'code' object")),
        },
        _ => return Err(vm.type_error("descriptor 'replace' requires a 'code' object")),
    };
    if p.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut co = (*code.co).clone();
    let mut consts = None;
    for (k, v) in args.kw() {
        match k {
            "co_name" => co.name = str_field(vm, k, v)?,
            "co_qualname" => co.qualname = str_field(vm, k, v)?,
            "co_filename" => co.filename = str_field(vm, k, v)?,
            "co_firstlineno" => {
                let n = match v {
                    Value::Int(n) => Some(i128::from(*n)),
                    _ => crate::dunder::index(vm, v)?,
                };
                let n = n.ok_or_else(|| {
                    vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v)
                    ))
                })?;
                let new = u32::try_from(n)
                    .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
                let delta = i64::from(new) - i64::from(co.firstlineno);
                let shift = |l: u32| (i64::from(l) + delta).max(0) as u32;
                co.firstlineno = new;
                for l in co.lines.iter_mut() {
                    *l = shift(*l);
                }
                for pos in co.positions.iter_mut() {
                    pos.0 = shift(pos.0);
                }
            }
            "co_consts" => {
                let items = tuple_field(vm, k, v)?;
                if items.len() != code.consts.len() {
                    return Err(not_supported(vm, "co_consts of another length"));
                }
                consts = Some(items);
            }
            "co_names" | "co_varnames" => {
                let items = tuple_field(vm, k, v)?;
                let current = if k == "co_names" {
                    &mut co.names
                } else {
                    &mut co.varnames
                };
                if items.len() != current.len() {
                    return Err(not_supported(vm, &format!("{k} of another length")));
                }
                let mut names = Vec::with_capacity(items.len());
                for item in &items {
                    match item {
                        Value::Str(s) => names.push(Rc::from(s.as_str())),
                        _ => {
                            return Err(vm.new_error("SystemError", "non-string found in code slot"))
                        }
                    }
                }
                *current = names;
            }
            _ if FIXED.contains(&k) => {
                let own = vm.getattr(&p[0], k)?;
                if !crate::ops::compare_bool(vm, &own, v, metal_compiler::bytecode::CmpOp::Eq)? {
                    return Err(not_supported(vm, k));
                }
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    let mut new = crate::objects::function_new::make_code(vm, Rc::new(co));
    if let Some(items) = consts {
        match Rc::get_mut(&mut new) {
            Some(c) => c.consts = items,
            None => return Err(not_supported(vm, "co_consts")),
        }
    }
    Ok(crate::objects::function::code_object(vm, &new))
}

fn not_supported(vm: &Vm, what: &str) -> crate::vm::PyErr {
    vm.new_error(
        "NotImplementedError",
        format!("code.replace(): {what} is not supported yet"),
    )
}

fn str_field(vm: &Vm, k: &str, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(Rc::from(s.as_str())),
        _ => Err(vm.type_error(format!(
            "replace() argument '{k}' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

fn tuple_field(vm: &Vm, k: &str, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => Err(vm.type_error(format!(
            "replace() argument '{k}' must be tuple, not {}",
            vm.type_name(v)
        ))),
    }
}
