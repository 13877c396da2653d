//! Creating functions (MAKE_FUNCTION) and the vm's code objects from compiled ones.

use std::cell::RefCell;
use std::rc::Rc;

use metal_compiler::bytecode::{flags, CodeObject, Constant};

use crate::objects::dict::PyDict;
use crate::objects::function::{Code, Function};
use crate::objects::object::Payload;
use crate::objects::PyTuple;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn const_value(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(s) => {
            let v: dashu_int::IBig = s.parse().unwrap_or(dashu_int::IBig::ZERO);
            Value::from_ibig(v)
        }
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex(r, i) => crate::objects::complex::new(vm, *r, *i),
        Constant::Str(s) => Value::Str(vm.intern(s)),
        Constant::Bytes(b) => crate::objects::bytes::new_bytes(vm, b.to_vec()),
        Constant::Tuple(items) => {
            let v: Vec<Value> = items.iter().map(|x| const_value(vm, x)).collect();
            Value::tuple(v)
        }
        Constant::Code(co) => {
            let code = make_code(vm, co.clone());
            crate::objects::function::code_object(vm, &code)
        }
    }
}

/// The argument of the UNSUPPORTED guard after code that could fall off its end.
pub const UNSUPPORTED_PAST_END: u32 = 0xffff_fff0;

pub fn make_code(vm: &mut Vm, co: Rc<CodeObject>) -> Rc<Code> {
    let consts = co.consts.iter().map(|c| const_value(vm, c)).collect();
    let names = co.names.iter().map(|n| vm.intern(n)).collect();
    let varnames = co.varnames.iter().map(|n| vm.intern(n)).collect();
    let simple_args = co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && co.kwonlyargcount == 0
        && co.cellvars.is_empty();
    let nlocalsplus = co.nlocalsplus();
    // The eval loop fetches instructions without a bounds check, so execution must never
    // run past them: code whose last instruction could fall through (dead code after a
    // `return`, as in `return; yield`) gets a guard that raises SystemError.
    let instrs: Rc<[metal_compiler::bytecode::Instr]> = {
        use metal_compiler::bytecode::{Instr, Op};
        let ends = co.instrs.last().is_some_and(|i| {
            matches!(
                i.op,
                Op::RETURN_VALUE
                    | Op::RAISE_VARARGS
                    | Op::RERAISE
                    | Op::JUMP_BACKWARD
                    | Op::JUMP_FORWARD
            )
        });
        if ends {
            Rc::from(co.instrs.as_slice())
        } else {
            let mut v = co.instrs.clone();
            v.push(Instr {
                op: Op::UNSUPPORTED,
                arg: UNSUPPORTED_PAST_END,
            });
            Rc::from(v)
        }
    };
    let caches = (0..instrs.len())
        .map(|_| std::cell::RefCell::new(crate::objects::function::InlineCache::Empty))
        .collect();
    // The eval loop reads LOAD_CONST's constant without a bounds check.
    let consts_ok = instrs.iter().all(|i| {
        i.op != metal_compiler::bytecode::Op::LOAD_CONST || (i.arg as usize) < co.consts.len()
    });
    assert!(
        consts_ok,
        "compiler bug: LOAD_CONST past the constants of {}",
        co.qualname
    );
    // Every jump and handler target is inside the instructions.
    {
        let n = instrs.len();
        let targets_ok = instrs
            .iter()
            .all(|i| !metal_compiler::bytecode::CodeObject::is_jump(i.op) || (i.arg as usize) < n)
            && co.exc_handlers.iter().all(|&(t, _)| (t as usize) < n);
        assert!(
            targets_ok,
            "compiler bug: a jump of {} leaves its instructions",
            co.qualname
        );
    }
    let name = vm.intern(&co.name);
    let qualname = vm.intern(&co.qualname);
    let (argcount, mut code_flags, stacksize) =
        (co.argcount as usize, co.flags, co.stacksize as usize);
    // A call of a coroutine or async generator function makes its object as a
    // generator function's call does: the eval loop tests this one bit.
    if code_flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        code_flags |= flags::GENERATOR;
    }
    Rc::new(Code {
        name,
        qualname,
        instrs,
        caches,
        co,
        consts,
        names,
        varnames,
        nlocalsplus,
        simple_args,
        argcount,
        flags: code_flags,
        stacksize,
        object: RefCell::new(std::rc::Weak::new()),
    })
}

pub fn make_function(
    vm: &mut Vm,
    fidx: usize,
    codev: Value,
    closure: Option<Value>,
    annotations: Option<Value>,
    kwdefaults: Option<Value>,
    defaults: Option<Value>,
) -> PyResult<Value> {
    let Value::Object(o) = &codev else {
        return Err(vm.type_error("MAKE_FUNCTION needs a code object"));
    };
    let Payload::Code(code) = &o.payload else {
        return Err(vm.type_error("MAKE_FUNCTION needs a code object"));
    };
    let frame = &vm.frames[fidx];
    let globals = Rc::clone(&frame.globals);
    let builtins = Rc::clone(&frame.builtins);
    let closure = match closure {
        Some(Value::Tuple(t)) => Some(Rc::from(t.items.to_vec().into_boxed_slice())),
        _ => None,
    };
    let defaults = match defaults {
        Some(Value::Tuple(t)) => Some(t),
        _ => None,
    };
    let kwdefaults = match kwdefaults {
        Some(Value::Dict(d)) => Some(d),
        _ => None,
    };
    let annotations = match annotations {
        Some(Value::Tuple(t)) => {
            let d = Rc::new(PyDict::new());
            let mut it = t.items.iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                d.set_item(vm, k.clone(), v.clone())?;
            }
            Some(d)
        }
        _ => None,
    };
    let doc = match code.consts.first() {
        Some(Value::Str(s)) if code.co.name.as_ref() != "<lambda>" => Value::Str(s.clone()),
        _ => Value::None,
    };
    let module = globals
        .get_str_hinted(&vm.module_name_key, &vm.module_name_hint)
        .unwrap_or(Value::None);
    let name = code.name.clone();
    let qualname = code.qualname.clone();
    let f = Function {
        code: crate::objects::function::CodeCell::new(code.clone()),
        globals,
        builtins,
        closure,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(annotations),
        dict: std::cell::Cell::new(None),
    };
    let f = Rc::new(f);
    crate::gc::track_function(&f);
    Ok(Value::Function(f))
}

pub fn empty_tuple() -> Rc<PyTuple> {
    Rc::new(PyTuple::new(Vec::new()))
}
