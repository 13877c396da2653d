//! Bytecode counts per code object and per opcode, for finding where a program's
//! interpretation goes: built only with the `opstats` feature (`cargo build --release
//! --features metal-vm/opstats`), reported at exit by `metal run` when the environment
//! has `METAL_OPSTATS` set. Without the feature nothing of it is compiled in.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use metal_compiler::bytecode::Op;

use crate::objects::function::Code;
use metal_compiler::bytecode::CodeObject;

#[derive(Default)]
struct Counts {
    /// Per code object (by address, kept alive so that no other takes its address):
    /// its name, file and line, and instructions run.
    per_code: HashMap<usize, (Rc<CodeObject>, String, u64)>,
    per_op: HashMap<String, u64>,
}

thread_local! {
    static COUNTS: RefCell<Counts> = RefCell::new(Counts::default());
}

/// One instruction of `code` about to run.
pub fn count(code: &Code, op: Op) {
    COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        let key = Rc::as_ptr(&code.co) as usize;
        c.per_code
            .entry(key)
            .or_insert_with(|| {
                let co = &code.co;
                (
                    co.clone(),
                    format!("{} ({}:{})", co.qualname, co.filename, co.firstlineno),
                    0,
                )
            })
            .2 += 1;
        *c.per_op.entry(format!("{op:?}")).or_default() += 1;
    });
}

/// Forget what was counted so far (a program's set-up before its measured part).
pub fn reset() {
    COUNTS.with(|c| *c.borrow_mut() = Counts::default());
}

/// The `limit` code objects and opcodes with the most instructions run.
pub fn report(limit: usize) -> String {
    COUNTS.with(|c| {
        let c = c.borrow();
        let total: u64 = c.per_op.values().sum();
        let mut out = format!("metal opstats: {total} instructions\n\nby code object:\n");
        // Code objects made more than once (a nested function) sum under one name.
        let mut by_name: HashMap<&str, u64> = HashMap::new();
        for (_, name, n) in c.per_code.values() {
            *by_name.entry(name).or_default() += n;
        }
        let mut codes: Vec<_> = by_name.into_iter().collect();
        codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        for (name, n) in codes.iter().take(limit) {
            out.push_str(&format!("{n:>10}  {name}\n"));
        }
        out.push_str("\nby opcode:\n");
        let mut ops: Vec<_> = c.per_op.iter().collect();
        ops.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (name, n) in ops.iter().take(limit) {
            out.push_str(&format!("{n:>10}  {name}\n"));
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::objects::dict::PyDict;
    use crate::vm::Vm;

    /// A loop's body is counted once per iteration, under its function's name.
    #[test]
    fn counts_per_code_and_opcode() {
        let mut vm = Vm::new();
        let source = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nwork(10)\nwork(30)\n";
        let code = crate::run::compile_source(&mut vm, source, "t.py", metal_compiler::Mode::Exec)
            .unwrap_or_else(|_| panic!("compiles"));
        super::reset();
        let globals = Rc::new(PyDict::new());
        assert!(crate::run::exec_code(&mut vm, code, globals, None).is_ok());
        let report = super::report(10);
        let line = |name: &str| {
            report
                .lines()
                .find(|l| {
                    l.trim_start()
                        .split_once("  ")
                        .is_some_and(|(_, rest)| rest == name)
                })
                .and_then(|l| l.split_whitespace().next())
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or(0)
        };
        // 40 iterations run FOR_ITER, STORE_FAST, LOAD_FAST x2, BINARY_OP, STORE_FAST
        // and JUMP_BACKWARD; the two calls add a fixed number each.
        let per_call = line("work (t.py:1)");
        assert!(per_call >= 40 * 7 && per_call < 40 * 7 + 60, "{report}");
        assert!(line("BINARY_OP") >= 40, "{report}");
        assert_eq!(line("CALL"), 4, "{report}");
    }
}
