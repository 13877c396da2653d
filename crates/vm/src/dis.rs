//! `metal dis`: a disassembly in the style of `python -m dis` — line numbers, offsets,
//! `>>` on jump targets, arguments resolved to names and constants, nested code objects
//! after their parent.

use std::fmt::Write;

use metal_compiler::bytecode::{BinOp, CmpOp, CodeObject, Constant, Op};

use crate::vm::Vm;

fn const_repr(vm: &mut Vm, c: &Constant) -> String {
    match c {
        Constant::Code(co) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            co.name,
            std::rc::Rc::as_ptr(co) as usize,
            co.filename,
            co.firstlineno
        ),
        _ => {
            let v = crate::objects::function_new::const_value(vm, c);
            crate::repr::repr_string(vm, &v).unwrap_or_default()
        }
    }
}

pub fn disassemble(vm: &mut Vm, co: &CodeObject, out: &mut String) {
    let targets: Vec<u32> = co
        .instrs
        .iter()
        .filter(|i| CodeObject::is_jump(i.op))
        .map(|i| i.arg)
        .chain(co.exc_handlers.iter().map(|h| h.0))
        .collect();
    let mut last_line = 0;
    for (idx, ins) in co.instrs.iter().enumerate() {
        let line = co.lines[idx];
        if line != last_line {
            if idx > 0 {
                out.push('\n');
            }
            let _ = write!(out, "{line:>3} ");
            last_line = line;
        } else {
            out.push_str("    ");
        }
        let marker = if targets.contains(&(idx as u32)) {
            ">>"
        } else {
            "  "
        };
        let _ = write!(out, "{} {:>4} {:<24}", marker, idx * 4, ins.op.name());
        let arg = ins.arg;
        let detail = match ins.op {
            Op::LOAD_CONST | Op::KW_NAMES => Some(const_repr(vm, &co.consts[arg as usize])),
            Op::LOAD_NAME
            | Op::STORE_NAME
            | Op::DELETE_NAME
            | Op::LOAD_GLOBAL
            | Op::STORE_GLOBAL
            | Op::DELETE_GLOBAL
            | Op::LOAD_ATTR
            | Op::STORE_ATTR
            | Op::DELETE_ATTR
            | Op::LOAD_METHOD
            | Op::IMPORT_NAME
            | Op::IMPORT_FROM => Some(co.names[arg as usize].to_string()),
            Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => {
                Some(co.varnames[arg as usize].to_string())
            }
            Op::LOAD_DEREF
            | Op::STORE_DEREF
            | Op::DELETE_DEREF
            | Op::LOAD_CLOSURE
            | Op::LOAD_CLASSDEREF => Some(co.localsplus_name(arg as usize).to_string()),
            Op::BINARY_OP => {
                let (op, inplace) = BinOp::from_arg(arg);
                Some(if inplace {
                    format!("{}=", op.symbol())
                } else {
                    op.symbol().to_string()
                })
            }
            Op::COMPARE_OP => Some(CmpOp::from_arg(arg).symbol().to_string()),
            Op::IS_OP => Some(if arg == 1 { "is not" } else { "is" }.to_string()),
            Op::CONTAINS_OP => Some(if arg == 1 { "not in" } else { "in" }.to_string()),
            op if CodeObject::is_jump(op) => Some(format!("to {}", arg * 4)),
            _ => None,
        };
        let takes_arg = !matches!(
            ins.op,
            Op::NOP
                | Op::POP_TOP
                | Op::PUSH_NULL
                | Op::RETURN_VALUE
                | Op::GET_ITER
                | Op::BINARY_SUBSCR
                | Op::STORE_SUBSCR
                | Op::DELETE_SUBSCR
                | Op::UNARY_NEGATIVE
                | Op::UNARY_NOT
                | Op::UNARY_INVERT
                | Op::UNARY_POSITIVE
                | Op::PUSH_EXC_INFO
                | Op::POP_EXCEPT
                | Op::CHECK_EXC_MATCH
                | Op::CHECK_EG_MATCH
                | Op::PREP_RERAISE_STAR
                | Op::GET_LEN
                | Op::MATCH_SEQUENCE
                | Op::MATCH_MAPPING
                | Op::MATCH_KEYS
                | Op::LOAD_ASSERTION_ERROR
                | Op::LOAD_BUILD_CLASS
                | Op::LIST_TO_TUPLE
                | Op::PRINT_EXPR
                | Op::SETUP_ANNOTATIONS
                | Op::YIELD_VALUE
                | Op::GET_YIELD_FROM_ITER
                | Op::BEFORE_WITH
                | Op::WITH_EXCEPT_START
                | Op::IMPORT_STAR
        );
        if takes_arg {
            let _ = write!(out, " {arg}");
            if let Some(d) = detail {
                let _ = write!(out, " ({d})");
            }
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !co.exc_handlers.is_empty() {
        out.push_str("ExceptionTable:\n");
        // Ranges of instructions sharing a handler.
        let mut i = 0;
        while i < co.handler_of.len() {
            if let Some(h) = co.handler_of[i] {
                let start = i;
                while i < co.handler_of.len() && co.handler_of[i] == Some(h) {
                    i += 1;
                }
                let (target, depth) = co.exc_handlers[h as usize];
                let _ = writeln!(
                    out,
                    "  {} to {} -> {} [{}]",
                    start * 4,
                    (i - 1) * 4 + 2,
                    target * 4,
                    depth
                );
            } else {
                i += 1;
            }
        }
    }
    for c in &co.consts {
        if let Constant::Code(sub) = c {
            let _ = write!(
                out,
                "\nDisassembly of <code object {} at {:#x}, file \"{}\", line {}>:\n",
                sub.name,
                std::rc::Rc::as_ptr(sub) as usize,
                sub.filename,
                sub.firstlineno
            );
            disassemble(vm, sub, out);
        }
    }
}
