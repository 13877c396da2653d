//! `try` ... `except*` (PEP 654), laid out as CPython 3.11 lays it out: each clause
//! takes its part of what is left of the exception (`CHECK_EG_MATCH`), what its body
//! raises is collected in a list, and `PREP_RERAISE_STAR` makes of that list and the
//! unhandled rest the exception that leaves the statement (or None).

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::{Constant, Op};
use crate::compile::{CResult, Compiler};
use crate::unit::{FBlock, Label};

pub const JUMP_OUT_ERROR: &str =
    "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    /// The `except*` clauses; entered with [exc] on the stack. Each clause runs with
    /// [prev, orig, raised, rest] under it (`raised` the list of what the bodies raised,
    /// `rest` what no clause has matched yet, None once all has been).
    pub(crate) fn except_star_handlers(
        &mut self,
        handlers: &[ast::ExceptHandler],
        end: Label,
    ) -> CResult<()> {
        let cleanup = self.label();
        let reraise = self.label();
        self.emit(Op::PUSH_EXC_INFO, 0); // [prev, exc]
                                         // The cleanup finds [prev] under the new exception.
        self.u().push_handler_below(cleanup, 1);
        let cleanup_handler = *self.ur().handler_stack.last().expect("pushed");
        self.emit(Op::COPY, 1); // [prev, orig, exc]
        self.emit(Op::BUILD_LIST, 0);
        self.emit(Op::SWAP, 2); // [prev, orig, raised, rest]
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.label();
            let no_match = self.label();
            let Some(ty) = &h.type_ else {
                // (The parser refuses `except*:`.)
                return Err(self.err("expected one or more exception types", h.range));
            };
            self.expr(ty)?;
            self.set_line(h.range);
            self.emit(Op::CHECK_EG_MATCH, 0); // [prev, orig, raised, rest, match]
            self.emit(Op::COPY, 1);
            self.jump(Op::POP_JUMP_IF_NONE, no_match);
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::POP_TOP, 0),
            }
            // What the body raises is appended to `raised`.
            let body_raised = self.label();
            let outer_hlen = self.ur().handler_stack.len();
            self.u().push_handler(body_raised);
            self.u().push_fblock(FBlock::ExceptStarHandler, outer_hlen);
            self.body(&h.body)?;
            self.u().fblocks.pop();
            self.u().pop_handler();
            if self.ur().reachable {
                self.unbind_handler_name(&name);
                self.jump(Op::JUMP_FORWARD, next);
            }
            // [prev, orig, raised, rest, exc]
            self.bind(body_raised);
            self.unbind_handler_name(&name);
            self.emit(Op::LIST_APPEND, 2);
            self.jump(Op::JUMP_FORWARD, next);
            // [prev, orig, raised, rest, None]
            self.bind(no_match);
            self.emit(Op::POP_TOP, 0);
            self.bind(next);
        }
        // [prev, orig, raised, rest]: the rest goes with what was raised.
        self.emit(Op::LIST_APPEND, 1);
        self.emit(Op::PREP_RERAISE_STAR, 0); // [prev, exc or None]
        self.emit(Op::COPY, 1);
        self.jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Op::POP_TOP, 0);
        self.u().pop_handler();
        self.emit(Op::POP_EXCEPT, 0);
        self.jump(Op::JUMP_FORWARD, end);
        // [prev, exc]: raised under the cleanup, which restores prev.
        self.u().handler_stack.push(cleanup_handler);
        self.bind(reraise);
        self.emit(Op::RERAISE, 0);
        self.u().pop_handler();
        // cleanup: [prev, exc2] → restore prev, re-raise exc2.
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        Ok(())
    }

    fn unbind_handler_name(&mut self, name: &Option<String>) {
        if let Some(n) = name {
            self.load_const(Constant::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }

    /// CPython's check before a `break`, `continue` (`loop`: the index of their loop's
    /// block) or `return` (None) leaves blocks: none of them may be an `except*` body.
    pub(crate) fn check_jump_out(&self, loop_block: Option<usize>, r: TextRange) -> CResult<()> {
        let blocks = &self.ur().fblocks;
        let from = loop_block.map_or(0, |i| i + 1);
        if blocks[from.min(blocks.len())..]
            .iter()
            .any(|(b, _)| matches!(b, FBlock::ExceptStarHandler))
        {
            return Err(self.err(JUMP_OUT_ERROR, r));
        }
        Ok(())
    }
}

/// Where CPython reports a `return` that may not leave an `except*` body: its value
/// when that is a constant on the statement's line, else the statement.
pub fn return_error_range(r: &ast::StmtReturn, same_line: bool) -> TextRange {
    match &r.value {
        Some(v) if same_line && is_constant(v) => v.range(),
        _ => r.range,
    }
}

fn is_constant(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    matches!(
        e,
        E::NumberLiteral(_)
            | E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::EllipsisLiteral(_)
    )
}
