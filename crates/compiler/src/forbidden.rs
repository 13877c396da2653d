//! CPython's compiler's `forbidden_name` check: binding or deleting `__debug__` is a
//! SyntaxError (`cannot assign to __debug__`, `cannot delete __debug__`), found after the
//! symbol table, reported where CPython's compiler stands when it meets the name: the
//! name itself for an assignment target, the statement for a `def`, `class`, `import`
//! or a bare annotation, the call for a keyword argument, the lambda for its parameters,
//! the handler for `except … as`. (Match patterns check their own, in `pattern.rs`.)

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::CompileError;

const NAME: &str = "__debug__";
const ASSIGN: &str = "cannot assign to __debug__";

/// The first such error in `body` (a module), in CPython's compile order.
pub fn check_module(body: &[Stmt], source: &str, filename: &str) -> Result<(), CompileError> {
    let mut f = Finder(None);
    f.visit_body(body);
    finish(f, source, filename)
}

/// The same for an expression (`eval` mode).
pub fn check_expr(e: &Expr, source: &str, filename: &str) -> Result<(), CompileError> {
    let mut f = Finder(None);
    f.visit_expr(e);
    finish(f, source, filename)
}

fn finish(f: Finder, source: &str, filename: &str) -> Result<(), CompileError> {
    match f.0 {
        Some((msg, r)) => Err(CompileError::syntax(msg.to_string(), source, filename, r)),
        None => Ok(()),
    }
}

struct Finder(Option<(&'static str, TextRange)>);

impl Finder {
    fn fail(&mut self, msg: &'static str, r: TextRange) {
        if self.0.is_none() {
            self.0 = Some((msg, r));
        }
    }
}

fn params_bind_debug(p: &ast::Parameters) -> bool {
    p.iter().any(|a| a.name().as_str() == NAME)
}

/// The name `import a.b as c` / `from m import a as c` binds.
fn alias_binds_debug(a: &ast::Alias, from: bool) -> bool {
    match &a.asname {
        Some(n) => n.as_str() == NAME,
        None if from => a.name.as_str() == NAME,
        None => a.name.as_str().split('.').next() == Some(NAME),
    }
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if self.0.is_some() {
            return;
        }
        match s {
            Stmt::FunctionDef(f) => {
                if params_bind_debug(&f.parameters) {
                    return self.fail(ASSIGN, f.range);
                }
                visitor::walk_stmt(self, s);
                if f.name.as_str() == NAME {
                    self.fail(ASSIGN, f.range);
                }
            }
            Stmt::ClassDef(c) => {
                visitor::walk_stmt(self, s);
                if c.name.as_str() == NAME {
                    self.fail(ASSIGN, c.range);
                }
            }
            Stmt::Import(i) if i.names.iter().any(|a| alias_binds_debug(a, false)) => {
                self.fail(ASSIGN, i.range)
            }
            Stmt::ImportFrom(i) if i.names.iter().any(|a| alias_binds_debug(a, true)) => {
                self.fail(ASSIGN, i.range)
            }
            Stmt::AnnAssign(a)
                if a.value.is_none()
                    && matches!(&*a.target, Expr::Name(n) if n.id.as_str() == NAME) =>
            {
                self.fail(ASSIGN, a.range)
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(eh) = h;
        if let Some(t) = &eh.type_ {
            self.visit_expr(t);
        }
        if eh.name.as_ref().is_some_and(|n| n.as_str() == NAME) {
            return self.fail(ASSIGN, eh.range);
        }
        self.visit_body(&eh.body);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if self.0.is_some() {
            return;
        }
        match e {
            Expr::Name(n) if n.id.as_str() == NAME => match n.ctx {
                ExprContext::Store => self.fail(ASSIGN, n.range),
                ExprContext::Del => self.fail("cannot delete __debug__", n.range),
                _ => {}
            },
            Expr::Attribute(a) if a.attr.as_str() == NAME && a.ctx == ExprContext::Store => {
                visitor::walk_expr(self, e);
                self.fail(ASSIGN, a.range);
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func);
                let kw = c.arguments.keywords.iter();
                if kw
                    .clone()
                    .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == NAME))
                {
                    return self.fail(ASSIGN, c.range());
                }
                self.visit_arguments(&c.arguments);
            }
            Expr::Lambda(l) => {
                if l.parameters.as_deref().is_some_and(params_bind_debug) {
                    return self.fail(ASSIGN, l.range());
                }
                visitor::walk_expr(self, e);
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}
