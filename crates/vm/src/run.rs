//! Entry points: compile source into a code object (compile errors become SyntaxError
//! exceptions), execute code in a namespace, run a main program.

use std::rc::Rc;

use metal_compiler::{CompileError, ErrorKind, Mode};

use crate::objects::dict::PyDict;
use crate::objects::function::Code;
use crate::value::Value;
use crate::vm::{Frame, FrameExit, PyErr, PyResult, Vm};

pub fn syntax_error(vm: &mut Vm, e: &CompileError) -> PyErr {
    let name = match e.kind {
        ErrorKind::SyntaxError => "SyntaxError",
        ErrorKind::IndentationError => "IndentationError",
        ErrorKind::TabError => "TabError",
        // Found while compiling, so there is no traceback: the message says where.
        ErrorKind::NotImplemented => {
            return vm.new_error(
                "NotImplementedError",
                format!("{} (file \"{}\", line {})", e.msg, e.filename, e.lineno),
            )
        }
    };
    let text = if e.from_compiler {
        // CPython's compiler reads the line from the file the filename names.
        match file_line(&e.filename, e.lineno) {
            Some(t) => Value::from_string(t),
            None => Value::None,
        }
    } else {
        match &e.text {
            Some(t) if e.text_newline => Value::from_string(format!("{t}\n")),
            Some(t) => Value::str(t),
            None => Value::None,
        }
    };
    let end_offset = if e.at_eof { -1 } else { e.end_offset as i64 };
    let details = Value::tuple(vec![
        Value::str(&e.filename),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        text.clone(),
        Value::Int(e.end_lineno as i64),
        Value::Int(end_offset),
    ]);
    let err = vm.new_exception(vm.exc_type(name), vec![Value::str(&e.msg), details]);
    if let Some(d) = &err.0.dict() {
        d.set_by_str("msg", Value::str(&e.msg));
        d.set_by_str("filename", Value::str(&e.filename));
        d.set_by_str("lineno", Value::Int(e.lineno as i64));
        d.set_by_str("offset", Value::Int(e.offset as i64));
        d.set_by_str("text", text);
        d.set_by_str("end_lineno", Value::Int(e.end_lineno as i64));
        d.set_by_str("end_offset", Value::Int(end_offset));
    }
    err
}

/// Line `lineno` (1-based, with its newline) of the file `filename`, if there is one.
fn file_line(filename: &str, lineno: usize) -> Option<String> {
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    let data = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&data);
    let line = text.split_inclusive('\n').nth(lineno.checked_sub(1)?)?;
    Some(line.to_string())
}

pub fn compile_source(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
    match metal_compiler::compile(source, filename, mode) {
        Ok(co) => Ok(crate::objects::function_new::make_code(vm, Rc::new(co))),
        Err(e) => Err(syntax_error(vm, &e)),
    }
}

/// Run a code object with `globals` and a mapping that is not a dict as its locals.
pub fn exec_code_in(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: Rc<PyDict>,
    locals: Value,
) -> PyResult<Value> {
    if globals.get_by_str("__builtins__").is_none() {
        globals.set_by_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus, Value::Null);
    let builtins = vm.builtins.clone();
    let frame = Frame::new(code, base, globals, builtins, None);
    match vm.run_frame_in(frame, locals)? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Err(vm.runtime_error("yield outside a generator")),
    }
}

/// Run a code object with `globals` (and `locals` for NAME ops, if different).
pub fn exec_code(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: Rc<PyDict>,
    locals: Option<Rc<PyDict>>,
) -> PyResult<Value> {
    if globals.get_by_str("__builtins__").is_none() {
        globals.set_by_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus, Value::Null);
    let locals = match locals {
        Some(l) if !Rc::ptr_eq(&l, &globals) => Some(l),
        _ => None,
    };
    let builtins = vm.builtins.clone();
    vm.frames
        .push(Frame::new(code, base, globals, builtins, locals));
    match vm.run_nested()? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Err(vm.runtime_error("yield outside a generator")),
    }
}

/// Outcome of running a program.
pub enum Exit {
    Ok,
    /// Exit status after `sys.exit()` or an uncaught exception (traceback printed).
    Status(i32),
}

/// Print an uncaught exception as CPython does, or handle SystemExit; returns the status.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr) -> i32 {
    vm.flush_stdout();
    if vm.err_is(e, "SystemExit") {
        let code = match &*e.data().args.borrow() {
            Value::Tuple(t) if t.items.is_empty() => Value::None,
            Value::Tuple(t) => t.items[0].clone(),
            other => other.clone(),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(crate::value::PyBool(b)) => b as i32,
            other => {
                let s = vm
                    .str_of(&other)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    let text = crate::exceptions::format_uncaught(vm, e);
    eprint!("{text}");
    if vm.err_is(e, "KeyboardInterrupt") {
        return 130;
    }
    1
}

/// Run a program's source as `__main__`.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> Exit {
    let (m, d) = crate::import::new_main_module(vm);
    // CPython names a program read from standard input `<stdin>` in `__file__` too;
    // `-c` code has no `__file__`.
    if filename != "<string>" {
        d.set_by_str("__file__", Value::str(filename));
    }
    vm.modules.set_by_str("__main__", m);
    if !filename.starts_with('<') {
        vm.sources.insert(filename.to_string(), Rc::from(source));
    }
    if let Err(e) = crate::import::set_main_loader(vm, &d, filename) {
        return Exit::Status(report_uncaught(vm, &e));
    }
    let r = match metal_compiler::compile(source, filename, Mode::Exec) {
        Ok(co) => {
            let code = crate::objects::function_new::make_code(vm, Rc::new(co));
            crate::profile::main_started();
            exec_code(vm, code, d.clone(), None)
        }
        Err(mut e) => {
            // A script's own file (or piped stdin) is tokenized as a stream by CPython:
            // at its end there is no column, so the report has no caret. `-c` code is
            // a string, as for compile().
            if e.at_eof && filename != "<string>" {
                e.offset = 0;
            }
            Err(syntax_error(vm, &e))
        }
    };
    let status = match r {
        Ok(_) => Exit::Ok,
        Err(e) => Exit::Status(report_uncaught(vm, &e)),
    };
    shutdown(vm, &d);
    vm.flush_stdout();
    status
}

/// Interpreter shutdown as CPython does it: pending finalizers, then the main module's
/// globals are cleared (so objects they hold are finalized), then a last collection.
fn shutdown(vm: &mut Vm, main: &Rc<PyDict>) {
    crate::gc::safe_point(vm);
    // `atexit` functions first (weakref.finalize's among them), if anything imported it.
    if let Some(m) = vm.modules.get_by_str("atexit") {
        if let Ok(run) = vm.getattr(&m, "_run_exitfuncs") {
            if let Err(e) = vm.call_args(&run, &[]) {
                crate::gc::report_unraisable(vm, &e, &run);
            }
        }
        crate::gc::safe_point(vm);
    }
    crate::stdlib::weakref::exiting();
    for (k, _) in main.items() {
        if let Value::Str(s) = &k {
            if s.as_str() != "__builtins__" {
                main.set_str(s.clone(), Value::None);
                crate::gc::safe_point(vm);
            }
        }
    }
    crate::gc::collect(vm);
    crate::gc::safe_point(vm);
}
