//! Coroutines in the compiler: `await`, `async for`, `async with` and asynchronous
//! comprehensions, laid out as CPython 3.11 lays them out. An `await` is
//! `GET_AWAITABLE` followed by the `SEND`/`YIELD_VALUE` loop of `yield from`; an
//! `async for` asks `GET_ANEXT` for the next awaitable under a handler that
//! `END_ASYNC_FOR` ends on `StopAsyncIteration`. (`async def` itself is
//! `function_def` with the coroutine or async-generator flag.)

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use crate::bytecode::{flags, Constant, Op};
use crate::compile::{CResult, Compiler};
use crate::symtable::ScopeKind;
use crate::unit::FBlock;

/// `GET_AWAITABLE`'s argument: where the awaitable came from (for its error message).
pub const AWAIT_PLAIN: u32 = 0;
pub const AWAIT_AENTER: u32 = 1;
pub const AWAIT_AEXIT: u32 = 2;

impl<'a> Compiler<'a> {
    /// The unit runs as a coroutine (an `async def`, or a comprehension made one).
    pub fn in_async_unit(&self) -> bool {
        self.ur().flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// The `SEND`/`YIELD_VALUE` loop that runs the iterator on top to its end, leaving
    /// the value it returns.
    pub fn yield_from_loop(&mut self) {
        self.load_const(Constant::None);
        let start = self.label();
        let exit = self.label();
        self.bind(start);
        self.jump(Op::SEND, exit);
        self.emit(Op::YIELD_VALUE, 0);
        self.jump(Op::JUMP_BACKWARD, start);
        self.bind(exit);
    }

    /// Await the object on top of the stack.
    pub fn emit_await(&mut self, kind: u32) {
        self.emit(Op::GET_AWAITABLE, kind);
        self.yield_from_loop();
    }

    pub fn await_expr(&mut self, a: &ast::ExprAwait) -> CResult<()> {
        match self.scope_kind() {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(self.err("'await' outside function", a.range))
            }
            ScopeKind::Comprehension => {}
            _ if !self.in_async_unit() => {
                return Err(self.err("'await' outside async function", a.range))
            }
            _ => {}
        }
        self.expr(&a.value)?;
        self.set_line(a.range);
        self.emit_await(AWAIT_PLAIN);
        Ok(())
    }

    pub fn async_for_stmt(&mut self, f: &ast::StmtFor) -> CResult<()> {
        if !self.in_async_unit() {
            return Err(self.err("'async for' outside async function", f.range));
        }
        let start = self.label();
        let except = self.label();
        let exit = self.label();
        self.expr(&f.iter)?;
        self.set_line(f.range);
        self.emit(Op::GET_AITER, 0);
        self.bind(start);
        self.set_line(f.range);
        self.u().push_handler(except);
        self.emit(Op::GET_ANEXT, 0);
        self.yield_from_loop();
        self.u().pop_handler();
        self.assign_target(&f.target)?;
        let h = self.ur().handler_stack.len();
        self.u().push_fblock(FBlock::ForLoop { start, exit }, h);
        self.body(&f.body)?;
        self.u().fblocks.pop();
        self.set_line(f.range);
        if self.ur().reachable {
            self.jump(Op::JUMP_BACKWARD, start);
        }
        self.bind(except);
        self.set_line(f.range);
        self.emit(Op::END_ASYNC_FOR, 0);
        self.body(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `exit(None, None, None)` with the exit callable on top.
    pub fn call_exit_none(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Op::CALL, 2);
    }

    /// Whether a comprehension is asynchronous (an `async for`, or an `await` in any
    /// part its own function evaluates), and whether that is allowed here.
    pub fn comprehension_is_async(
        &self,
        node: &Expr,
        generators: &[ast::Comprehension],
        is_genexpr: bool,
    ) -> CResult<bool> {
        let mut parts: Vec<&Expr> = Vec::new();
        match node {
            Expr::ListComp(c) => parts.push(&c.elt),
            Expr::SetComp(c) => parts.push(&c.elt),
            Expr::Generator(c) => parts.push(&c.elt),
            Expr::DictComp(c) => {
                if let Some(k) = &c.key {
                    parts.push(k);
                }
                parts.push(&c.value);
            }
            _ => {}
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                parts.push(&g.iter);
            }
            parts.extend(g.ifs.iter());
        }
        let is_async =
            generators.iter().any(|g| g.is_async) || parts.iter().any(|e| contains_await(e));
        let enclosing_ok = self.in_async_unit();
        if is_async && !is_genexpr && !enclosing_ok {
            return Err(self.err(
                "asynchronous comprehension outside of an asynchronous function",
                node.range(),
            ));
        }
        Ok(is_async)
    }

    /// One `async for` clause of an asynchronous comprehension, up to its body (which
    /// `body` emits); the loop's end follows.
    pub fn async_comprehension_clause(
        &mut self,
        g: &ast::Comprehension,
        first: bool,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        if first {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GET_AITER, 0);
        }
        let start = self.label();
        let except = self.label();
        self.bind(start);
        self.u().push_handler(except);
        self.emit(Op::GET_ANEXT, 0);
        self.yield_from_loop();
        self.u().pop_handler();
        self.assign_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        body(self)?;
        self.jump(Op::JUMP_BACKWARD, start);
        self.bind(except);
        self.emit(Op::END_ASYNC_FOR, 0);
        Ok(())
    }
}

/// Does an expression contain `await` or an `async for` clause (outside lambdas; inside
/// nested comprehensions too, whose awaits make them, and so this one, asynchronous)?
pub fn contains_await(e: &Expr) -> bool {
    use ruff_python_ast::visitor::{self, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Await(_) => self.0 = true,
                Expr::Lambda(_) => {}
                Expr::ListComp(ast::ExprListComp { generators, .. })
                | Expr::SetComp(ast::ExprSetComp { generators, .. })
                | Expr::DictComp(ast::ExprDictComp { generators, .. })
                    if generators.iter().any(|g| g.is_async) =>
                {
                    self.0 = true
                }
                // An asynchronous generator expression is only made here, not awaited.
                Expr::Generator(c) => self.visit_expr(&c.generators[0].iter),
                _ => visitor::walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}
