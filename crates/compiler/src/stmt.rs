//! Statements: assignment, control flow, `try`, `with`, imports.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::async_::{AWAIT_AENTER, AWAIT_AEXIT};
use crate::bytecode::{BinOp, Constant, Op, INPLACE};
use crate::compile::{CResult, Compiler, Mode};
use crate::symtable::ScopeKind;
use crate::unit::{FBlock, Label};

pub fn binop_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Subtract,
        O::Mult => BinOp::Multiply,
        O::MatMult => BinOp::MatrixMultiply,
        O::Div => BinOp::TrueDivide,
        O::Mod => BinOp::Remainder,
        O::Pow => BinOp::Power,
        O::LShift => BinOp::Lshift,
        O::RShift => BinOp::Rshift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDivide,
    }
}

impl<'a> Compiler<'a> {
    pub fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.set_line(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => {
                if !self.scope_kind().is_function_like() {
                    return Err(self.err("'return' outside function", r.range));
                }
                if r.value.is_some()
                    && self.ur().flags & crate::bytecode::flags::ASYNC_GENERATOR != 0
                {
                    return Err(self.err("'return' with value in async generator", r.range));
                }
                let same_line = r.value.as_ref().is_some_and(|v| {
                    self.line_of(v.range().start().to_usize())
                        == self.line_of(r.range.start().to_usize())
                });
                self.check_jump_out(None, crate::try_star::return_error_range(r, same_line))?;
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.unwind_fblocks(true, None)?;
                self.set_line(r.range);
                self.emit(Op::RETURN_VALUE, 0);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assign(a) if self.swap_assign(a)? => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::COPY, 1);
                    }
                    self.assign_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.assign_target(&a.target)?;
                }
                if let Expr::Name(n) = &*a.target {
                    if a.simple && matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class)
                    {
                        self.annotation(&a.annotation)?;
                        let i = self.u().add_name("__annotations__");
                        self.emit(Op::LOAD_NAME, i);
                        self.load_const(Constant::Str(Rc::from(n.id.as_str())));
                        self.emit(Op::STORE_SUBSCR, 0);
                    }
                }
            }
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::CALL, 0);
                }
                // CPython reports a failed assert at its test expression.
                self.set_line(a.test.range());
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let full = alias.name.id.as_str();
                    let ni = self.u().add_name(full);
                    self.emit(Op::IMPORT_NAME, ni);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = full.split('.').collect();
                            if parts.len() > 1 {
                                for (k, part) in parts[1..].iter().enumerate() {
                                    let pi = self.u().add_name(part);
                                    self.emit(Op::IMPORT_FROM, pi);
                                    if k + 2 < parts.len() {
                                        self.emit(Op::SWAP, 2);
                                        self.emit(Op::POP_TOP, 0);
                                    }
                                }
                                self.store_name(&asname.id);
                                self.emit(Op::POP_TOP, 0);
                            } else {
                                self.store_name(&asname.id);
                            }
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.store_name(top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level as i64));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(Rc::from(a.name.id.as_str())))
                    .collect();
                self.load_const(Constant::Tuple(names));
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                let mi = self.u().add_name(module);
                self.emit(Op::IMPORT_NAME, mi);
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(Op::IMPORT_STAR, 0);
                } else {
                    for a in &i.names {
                        let ni = self.u().add_name(a.name.id.as_str());
                        self.emit(Op::IMPORT_FROM, ni);
                        let target = a.asname.as_ref().unwrap_or(&a.name);
                        self.store_name(&target.id);
                    }
                    self.emit(Op::POP_TOP, 0);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(e) => {
                if self.mode == Mode::Single && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::PRINT_EXPR, 0);
                } else if matches!(&*e.value, Expr::StringLiteral(_) | Expr::NumberLiteral(_)) {
                    // A constant expression statement has no effect (a docstring-like
                    // string elsewhere in a body).
                } else {
                    self.expr(&e.value)?;
                    self.emit(Op::POP_TOP, 0);
                }
            }
            Stmt::Pass(_) => self.emit(Op::NOP, 0),
            Stmt::Break(b) => self.break_continue(true, b.range)?,
            Stmt::Continue(c) => self.break_continue(false, c.range)?,
            Stmt::TypeAlias(t) => return Err(self.unsupported("type aliases", t.range)),
            Stmt::IpyEscapeCommand(c) => return Err(self.err("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        let op = binop_of(a.op) as u32 + INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::BINARY_OP, op);
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::COPY, 1);
                let i = self.attr_name(&at.attr.id);
                self.emit(Op::LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.emit(Op::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_SUBSCR, 0);
            }
            other => {
                return Err(self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                ))
            }
        }
        Ok(())
    }

    /// `a, b = x, y` (and three of each) without building a tuple: the values are pushed,
    /// one SWAP puts them in the order the stores take them, as CPython's optimizer does.
    /// Returns false when the statement has another shape.
    fn swap_assign(&mut self, a: &ast::StmtAssign) -> CResult<bool> {
        let [target] = a.targets.as_slice() else {
            return Ok(false);
        };
        let (Expr::Tuple(ast::ExprTuple { elts: targets, .. })
        | Expr::List(ast::ExprList { elts: targets, .. })) = target
        else {
            return Ok(false);
        };
        let Expr::Tuple(ast::ExprTuple { elts: values, .. }) = &*a.value else {
            return Ok(false);
        };
        let n = targets.len();
        if !(2..=3).contains(&n)
            || values.len() != n
            || targets.iter().chain(values).any(|e| e.is_starred_expr())
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        self.emit(Op::SWAP, n as u32);
        for t in targets {
            self.assign_target(t)?;
        }
        Ok(true)
    }

    pub fn assign_target(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_name(&a.attr.id);
                let saved = self.loc();
                self.set_line(t.range());
                self.emit(Op::STORE_ATTR, i);
                self.set_loc(saved);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                let saved = self.loc();
                self.set_line(t.range());
                self.emit(Op::STORE_SUBSCR, 0);
                self.set_loc(saved);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| e.is_starred_expr());
                match star {
                    None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32),
                    Some(k) => {
                        if elts.iter().filter(|e| e.is_starred_expr()).count() > 1 {
                            return Err(
                                self.err("multiple starred expressions in assignment", t.range())
                            );
                        }
                        let after = elts.len() - k - 1;
                        self.emit(Op::UNPACK_EX, (k as u32) | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign_target(&s.value)?,
                        _ => self.assign_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.err(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ))
            }
            other => return Err(self.err("cannot assign to expression", other.range())),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                let saved = self.loc();
                self.set_line(t.range());
                self.delete_name(&n.id);
                self.set_loc(saved);
            }
            // The deletion carries the target's position (the caret line under it).
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_name(&a.attr.id);
                let saved = self.loc();
                self.set_line(t.range());
                self.emit(Op::DELETE_ATTR, i);
                self.set_loc(saved);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_index(&s.slice)?;
                let saved = self.loc();
                self.set_line(t.range());
                self.emit(Op::DELETE_SUBSCR, 0);
                self.set_loc(saved);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.err("cannot delete expression", other.range())),
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CResult<()> {
        let end = self.label();
        let mut next = self.label();
        self.jump_if(&i.test, false, next)?;
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            if self.ur().reachable {
                self.jump(Op::JUMP_FORWARD, end);
            }
            self.bind(next);
            next = self.label();
            if let Some(test) = &clause.test {
                self.set_line(test.range());
                self.jump_if(test, false, next)?;
            }
            self.body(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    pub fn body(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CResult<()> {
        let start = self.label();
        let orelse = self.label();
        let exit = self.label();
        self.bind(start);
        let always = is_true_constant(&w.test);
        if !always {
            self.jump_if(&w.test, false, orelse)?;
        }
        let h = self.ur().handler_stack.len();
        self.u().push_fblock(FBlock::WhileLoop { start, exit }, h);
        self.body(&w.body)?;
        self.u().fblocks.pop();
        self.set_line(w.range);
        if self.ur().reachable {
            self.jump(Op::JUMP_BACKWARD, start);
        }
        self.bind(orelse);
        if !always {
            self.body(&w.orelse)?;
        }
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.label();
        let cleanup = self.label();
        let exit = self.label();
        self.expr(&f.iter)?;
        self.set_line(f.range);
        self.emit(Op::GET_ITER, 0);
        self.bind(start);
        self.set_line(f.range);
        self.jump(Op::FOR_ITER, cleanup);
        self.assign_target(&f.target)?;
        let h = self.ur().handler_stack.len();
        self.u().push_fblock(FBlock::ForLoop { start, exit }, h);
        self.body(&f.body)?;
        self.u().fblocks.pop();
        self.set_line(f.range);
        if self.ur().reachable {
            self.jump(Op::JUMP_BACKWARD, start);
        }
        self.bind(cleanup);
        self.body(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, r: TextRange) -> CResult<()> {
        let loop_idx = self
            .ur()
            .fblocks
            .iter()
            .rposition(|(b, _)| matches!(b, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }));
        self.check_jump_out(loop_idx, r)?;
        let Some(idx) = loop_idx else {
            return Err(if is_break {
                self.err("'break' outside loop", r)
            } else {
                self.err("'continue' not properly in loop", r)
            });
        };
        // Unwind the blocks inside the loop.
        self.unwind_fblocks(false, Some(idx + 1))?;
        let block = self.ur().fblocks[idx].0.clone();
        match (block, is_break) {
            (FBlock::ForLoop { exit, .. }, true) => {
                self.emit(Op::POP_TOP, 0);
                self.jump(Op::JUMP_FORWARD, exit);
            }
            (FBlock::WhileLoop { exit, .. }, true) => self.jump(Op::JUMP_FORWARD, exit),
            (FBlock::ForLoop { start, .. }, false) | (FBlock::WhileLoop { start, .. }, false) => {
                self.jump(Op::JUMP_BACKWARD, start)
            }
            _ => {}
        }
        Ok(())
    }

    /// Emit the code that leaves the frame blocks above `down_to` (all of them for a
    /// `return`), innermost first. `preserve_tos`: a return value sits on top of the
    /// stack and must survive. The compile-time block and handler stacks are restored
    /// afterwards, since the code after the jump is still inside them.
    fn unwind_fblocks(&mut self, preserve_tos: bool, down_to: Option<usize>) -> CResult<()> {
        let saved_blocks = self.ur().fblocks.clone();
        let saved_handlers = self.ur().handler_stack.clone();
        let saved_depth = self.ur().depth;
        let stop = down_to.unwrap_or(0);
        while self.ur().fblocks.len() > stop {
            let (b, hlen) = self.u().fblocks.pop().expect("non-empty");
            self.u().handler_stack.truncate(hlen);
            match b {
                FBlock::WhileLoop { .. } => {}
                FBlock::ForLoop { .. } => {
                    if preserve_tos {
                        self.emit(Op::SWAP, 2);
                    }
                    self.emit(Op::POP_TOP, 0);
                }
                FBlock::TryExcept | FBlock::ExceptStarHandler => {}
                FBlock::FinallyTry { body } => {
                    // SAFETY-free: the AST outlives compilation; `body` points into it.
                    let body: &[Stmt] = unsafe_body(body);
                    if preserve_tos {
                        let h = self.ur().handler_stack.len();
                        self.u().push_fblock(FBlock::PopValue, h);
                    }
                    self.body(body)?;
                    if preserve_tos {
                        self.u().fblocks.pop();
                    }
                }
                FBlock::FinallyEnd => {
                    // [prev, exc] (+ value)
                    if preserve_tos {
                        self.emit(Op::SWAP, 2);
                    }
                    self.emit(Op::POP_TOP, 0);
                    if preserve_tos {
                        self.emit(Op::SWAP, 2);
                    }
                    self.emit(Op::POP_EXCEPT, 0);
                }
                FBlock::HandlerCleanup { name } => {
                    if preserve_tos {
                        self.emit(Op::SWAP, 2);
                    }
                    self.emit(Op::POP_EXCEPT, 0);
                    if let Some(n) = name {
                        self.load_const(Constant::None);
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
                FBlock::With => {
                    if preserve_tos {
                        self.emit(Op::SWAP, 2);
                    }
                    self.call_exit_none();
                    self.emit(Op::POP_TOP, 0);
                }
                FBlock::AsyncWith => {
                    if preserve_tos {
                        self.emit(Op::SWAP, 2);
                    }
                    self.call_exit_none();
                    self.emit_await(crate::async_::AWAIT_AEXIT);
                    self.emit(Op::POP_TOP, 0);
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Op::SWAP, 2);
                    }
                    self.emit(Op::POP_TOP, 0);
                }
            }
        }
        let u = self.u();
        u.fblocks = saved_blocks;
        u.handler_stack = saved_handlers;
        let _ = saved_depth;
        Ok(())
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let handler = self.label();
        let end = self.label();
        let orelse = self.label();
        let h = self.ur().handler_stack.len();
        self.u().push_handler(handler);
        self.u().push_fblock(FBlock::TryExcept, h);
        self.body(&t.body)?;
        self.u().fblocks.pop();
        self.u().pop_handler();
        if self.ur().reachable {
            self.jump(Op::JUMP_FORWARD, orelse);
        }
        // Handlers: the stack holds the exception.
        self.bind(handler);
        if t.is_star {
            // (`except*` clauses: try_star.rs.)
            self.except_star_handlers(&t.handlers, end)?;
        } else {
            self.except_handlers(&t.handlers, end)?;
        }
        self.bind(orelse);
        self.body(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The `except` clauses; entered with [exc] on the stack.
    fn except_handlers(&mut self, handlers: &[ast::ExceptHandler], end: Label) -> CResult<()> {
        let cleanup = self.label();
        self.emit(Op::PUSH_EXC_INFO, 0); // [prev, exc]
        let outer_hlen = self.ur().handler_stack.len();
        // The cleanup finds [prev] under the new exception.
        self.u().push_handler_below(cleanup, 1);
        let hi = *self.ur().handler_stack.last().expect("pushed");
        for (idx, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::CHECK_EXC_MATCH, 0);
                    self.jump(Op::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if idx + 1 < handlers.len() {
                        return Err(self.err("default 'except:' must be last", h.range));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::POP_TOP, 0),
            }
            // [prev]: the body runs under a cleanup that also unbinds the name.
            let body_cleanup = self.label();
            if name.is_some() {
                self.u().push_handler(body_cleanup);
            }
            self.u()
                .push_fblock(FBlock::HandlerCleanup { name: name.clone() }, outer_hlen);
            self.body(&h.body)?;
            self.u().fblocks.pop();
            if name.is_some() {
                self.u().pop_handler();
            }
            if self.ur().reachable {
                self.u().pop_handler();
                self.emit(Op::POP_EXCEPT, 0);
                if let Some(n) = &name {
                    self.load_const(Constant::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
                self.jump(Op::JUMP_FORWARD, end);
                self.u().handler_stack.push(hi);
            }
            if let Some(n) = &name {
                // [prev, new_exc]: unbind the name, then the outer cleanup restores.
                self.bind(body_cleanup);
                self.load_const(Constant::None);
                self.store_name(n);
                self.delete_name(n);
                self.emit(Op::RERAISE, 0);
            }
            self.bind(next);
            // Depth here is [prev, exc] for the next clause.
        }
        // No clause matched: re-raise under the cleanup.
        if self.ur().reachable {
            self.emit(Op::RERAISE, 0);
        }
        self.u().pop_handler();
        // cleanup: [prev, exc2] → restore prev, re-raise exc2.
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        Ok(())
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CResult<()> {
        let handler = self.label();
        let end = self.label();
        let h = self.ur().handler_stack.len();
        self.u().push_handler(handler);
        let fin: *const [Stmt] = &t.finalbody[..];
        self.u().push_fblock(FBlock::FinallyTry { body: fin }, h);
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.u().fblocks.pop();
        self.u().pop_handler();
        // Normal path.
        if self.ur().reachable {
            self.body(&t.finalbody)?;
            if self.ur().reachable {
                self.jump(Op::JUMP_FORWARD, end);
            }
        }
        // Exceptional path: [exc].
        self.bind(handler);
        let cleanup = self.label();
        self.emit(Op::PUSH_EXC_INFO, 0); // [prev, exc]
        let h = self.ur().handler_stack.len();
        self.u().push_handler_below(cleanup, 1);
        self.u().push_fblock(FBlock::FinallyEnd, h);
        self.body(&t.finalbody)?;
        self.u().fblocks.pop();
        if self.ur().reachable {
            self.emit(Op::RERAISE, 0);
        }
        self.u().pop_handler();
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// `with` and `async with`, item by item; `async with` awaits `__aenter__()`'s
    /// result and each call of `__aexit__`.
    fn with_stmt(&mut self, w: &ast::StmtWith, item: usize) -> CResult<()> {
        if w.is_async && !self.in_async_unit() {
            return Err(self.err("'async with' outside async function", w.range));
        }
        let it = &w.items[item];
        let handler = self.label();
        let end = self.label();
        self.expr(&it.context_expr)?;
        self.set_line(w.range);
        if w.is_async {
            self.emit(Op::BEFORE_ASYNC_WITH, 0); // [exit, awaitable]
            self.emit_await(AWAIT_AENTER); // [exit, value]
        } else {
            self.emit(Op::BEFORE_WITH, 0); // [exit, value]
        }
        let h = self.ur().handler_stack.len();
        // The handler finds [exit, exc]: its depth excludes `value`.
        self.u().push_handler_below(handler, 1);
        let block = if w.is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        };
        self.u().push_fblock(block, h);
        match &it.optional_vars {
            Some(t) => self.assign_target(t)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.body(&w.body)?;
        }
        self.u().fblocks.pop();
        self.u().pop_handler();
        if self.ur().reachable {
            self.set_line(w.range);
            self.call_exit_none();
            if w.is_async {
                self.emit_await(AWAIT_AEXIT);
            }
            self.emit(Op::POP_TOP, 0);
            self.jump(Op::JUMP_FORWARD, end);
        }
        // [exit, exc]
        self.bind(handler);
        if w.is_async {
            self.set_line(w.range);
        }
        let cleanup = self.label();
        let suppress = self.label();
        self.emit(Op::PUSH_EXC_INFO, 0); // [exit, prev, exc]
        self.u().push_handler_below(cleanup, 1);
        self.emit(Op::WITH_EXCEPT_START, 0); // [exit, prev, exc, res]
        if w.is_async {
            self.emit_await(AWAIT_AEXIT);
        }
        self.jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 0);
        self.bind(suppress);
        self.u().pop_handler();
        self.emit(Op::POP_TOP, 0); // exc
        self.emit(Op::POP_EXCEPT, 0); // prev
        self.emit(Op::POP_TOP, 0); // exit
        self.jump(Op::JUMP_FORWARD, end);
        // cleanup: [exit, prev, exc2]
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 0);
        self.bind(end);
        Ok(())
    }
}

fn is_true_constant(e: &Expr) -> bool {
    match e {
        Expr::BooleanLiteral(b) => b.value,
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_u64() != Some(0),
            ast::Number::Float(f) => *f != 0.0,
            ast::Number::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        },
        _ => false,
    }
}

fn unsafe_body<'x>(p: *const [Stmt]) -> &'x [Stmt] {
    // SAFETY: `p` was taken from the AST being compiled, which is borrowed immutably and
    // outlives every compiler frame block that records it (blocks are popped before the
    // statement that pushed them returns).
    unsafe { &*p }
}
