//! The code generator's core: compilation units, names, functions and the entry point.
//! Statements are in `stmt.rs`, expressions in `expr.rs`.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::{flags, make_function, CodeObject, Constant, Op};
use crate::error::CompileError;
use crate::symtable::{self, NameScope, ScopeKind, SymbolTable};
use crate::unit::{Label, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    /// Interactive: expression statements print their value (`PRINT_EXPR`).
    Single,
}

pub type CResult<T> = Result<T, CompileError>;

pub struct Compiler<'a> {
    pub source: &'a str,
    pub filename: Rc<str>,
    pub st: SymbolTable,
    pub units: Vec<Unit>,
    pub mode: Mode,
    line_starts: Vec<usize>,
    /// `from __future__ import annotations`: annotations are stored as their source text.
    pub future_annotations: bool,
}

/// Compile `source` to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> CResult<CodeObject> {
    match mode {
        Mode::Eval => {
            let parsed = ruff_python_parser::parse_expression(source).map_err(|e| {
                crate::named_escapes::explain(source, filename, &e, true)
                    .unwrap_or_else(|| crate::parse_error::convert(&e, source, filename))
            })?;
            crate::identifiers::check(source, filename, parsed.tokens())?;
            let expr = &parsed.syntax().body;
            crate::named_escapes::check(source, filename, &[], Some(expr))?;
            crate::surrogates::check(source, filename, &[], Some(expr))?;
            let st = symtable::build_expr(expr, source, filename).map_err(compiler_error)?;
            crate::forbidden::check_expr(expr, source, filename).map_err(compiler_error)?;
            let mut c = Compiler::new(source, filename, st, mode);
            c.enter_unit(0, "<module>", "<module>", 1);
            c.set_line(expr.range());
            c.expr(expr).map_err(compiler_error)?;
            c.emit(Op::RETURN_VALUE, 0);
            Ok(c.leave_unit())
        }
        Mode::Exec | Mode::Single => {
            if let Some(e) = crate::parse_error::pre_check(source, filename) {
                return Err(e);
            }
            let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
                crate::named_escapes::explain(source, filename, &e, false)
                    .unwrap_or_else(|| crate::parse_error::convert(&e, source, filename))
            })?;
            crate::identifiers::check(source, filename, parsed.tokens())?;
            let body = &parsed.syntax().body;
            crate::named_escapes::check(source, filename, body, None)?;
            crate::surrogates::check(source, filename, body, None)?;
            let st = symtable::build(body, source, filename, ScopeKind::Module)
                .map_err(compiler_error)?;
            crate::forbidden::check_module(body, source, filename).map_err(compiler_error)?;
            let mut c = Compiler::new(source, filename, st, mode);
            c.future_annotations = has_future_annotations(body);
            c.enter_unit(0, "<module>", "<module>", 1);
            c.module_body(body).map_err(compiler_error)?;
            Ok(c.leave_unit())
        }
    }
}

/// An error found after parsing (CPython's symtable and compiler stages).
fn compiler_error(mut e: CompileError) -> CompileError {
    e.from_compiler = true;
    e
}

impl<'a> Compiler<'a> {
    fn new(source: &'a str, filename: &str, st: SymbolTable, mode: Mode) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Compiler {
            source,
            filename: Rc::from(filename),
            st,
            units: Vec::new(),
            mode,
            line_starts,
            future_annotations: false,
        }
    }

    /// Push an annotation's value: the evaluated expression, or under
    /// `from __future__ import annotations` its source text (a string literal as its repr).
    pub fn annotation(&mut self, e: &Expr) -> CResult<()> {
        if !self.future_annotations {
            return self.expr(e);
        }
        let text = match e {
            Expr::StringLiteral(s) => str_repr(s.value.to_str()),
            _ => {
                let r = e.range();
                self.source[r.start().to_usize()..r.end().to_usize()].to_string()
            }
        };
        self.load_const(Constant::Str(Rc::from(text.as_str())));
        Ok(())
    }

    pub fn u(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is open")
    }
    pub fn ur(&self) -> &Unit {
        self.units.last().expect("a unit is open")
    }

    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    pub fn set_line(&mut self, r: TextRange) {
        let start = r.start().to_usize();
        let end = r.end().to_usize();
        let l = self.line_of(start);
        let el = self.line_of(end);
        let col = start - self.line_starts[l as usize - 1];
        let ecol = end - self.line_starts[el as usize - 1];
        let u = self.u();
        u.line = l;
        u.pos = (el, col as u32, ecol as u32);
    }
    /// The current location, to restore after compiling a sub-expression.
    pub fn loc(&self) -> (u32, (u32, u32, u32)) {
        (self.ur().line, self.ur().pos)
    }
    pub fn set_loc(&mut self, l: (u32, (u32, u32, u32))) {
        let u = self.u();
        u.line = l.0;
        u.pos = l.1;
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        self.u().emit(op, arg);
    }
    pub fn jump(&mut self, op: Op, l: Label) {
        self.u().jump(op, l);
    }
    pub fn label(&mut self) -> Label {
        self.u().new_label()
    }
    pub fn bind(&mut self, l: Label) {
        self.u().bind(l);
    }
    pub fn load_const(&mut self, c: Constant) {
        let i = self.u().add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }

    pub fn err(&self, msg: impl Into<String>, r: TextRange) -> CompileError {
        CompileError::syntax(msg.into(), self.source, &self.filename, r)
    }
    pub fn unsupported(&self, what: &str, r: TextRange) -> CompileError {
        CompileError::not_implemented(what, self.source, &self.filename, r)
    }

    pub fn enter_unit(&mut self, scope: usize, name: &str, qualname: &str, line: u32) {
        let unit = Unit::new(scope, &self.st.scopes[scope], name, qualname, line);
        self.units.push(unit);
    }
    pub fn leave_unit(&mut self) -> CodeObject {
        let u = self.units.pop().expect("a unit is open");
        let scope = &self.st.scopes[u.scope];
        u.finish(self.filename.clone(), scope)
    }

    fn module_body(&mut self, body: &[Stmt]) -> CResult<()> {
        if needs_annotations(body) {
            self.emit(Op::SETUP_ANNOTATIONS, 0);
        }
        let doc = if self.mode == Mode::Single {
            None
        } else {
            docstring(body)
        };
        let start = if let Some(doc) = doc {
            self.set_line(body[0].range());
            self.load_const(Constant::Str(Rc::from(doc)));
            let i = self.u().add_name("__doc__");
            self.emit(Op::STORE_NAME, i);
            1
        } else {
            0
        };
        for s in &body[start..] {
            self.stmt(s)?;
        }
        if self.ur().reachable {
            self.load_const(Constant::None);
            self.emit(Op::RETURN_VALUE, 0);
        }
        Ok(())
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.ur().kind
    }

    // ---- names -------------------------------------------------------------------------

    /// The name as this unit sees it, after private-name mangling.
    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name).into_owned()
    }

    /// Index in `co_names` of an attribute name (mangled like any private name).
    pub fn attr_name(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        self.u().add_name(&m)
    }

    fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.mangle(name);
        let name = mangled.as_str();
        let scope = &self.st.scopes[self.ur().scope];
        let ns = scope.lookup(name);
        let kind = scope.kind;
        let (op, arg) = match (kind, ns) {
            (_, NameScope::GlobalExplicit) => (
                ctx.pick(Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL),
                self.u().add_name(name),
            ),
            (k, NameScope::Cell) | (k, NameScope::Free) if k != ScopeKind::Module => {
                let idx = self.ur().deref_index(name).unwrap_or(0);
                let load = if k == ScopeKind::Class {
                    Op::LOAD_CLASSDEREF
                } else {
                    Op::LOAD_DEREF
                };
                (ctx.pick(load, Op::STORE_DEREF, Op::DELETE_DEREF), idx)
            }
            (k, NameScope::Local) if k.is_function_like() => {
                let idx = self.ur().varname_index(name).unwrap_or(0);
                (
                    ctx.pick(Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST),
                    idx,
                )
            }
            (k, NameScope::GlobalImplicit) if k.is_function_like() => (
                ctx.pick(Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL),
                self.u().add_name(name),
            ),
            _ => (
                ctx.pick(Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME),
                self.u().add_name(name),
            ),
        };
        self.emit(op, arg);
    }
    pub fn load_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Load)
    }
    pub fn store_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Store)
    }
    pub fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameCtx::Delete)
    }

    fn qualname_for(&self, name: &str) -> String {
        // The enclosing unit's qualname, with `<locals>` after functions.
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        match parent.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            _ => format!("{}.<locals>.{}", parent.qualname, name),
        }
    }

    // ---- functions ----------------------------------------------------------------------

    /// Push the defaults, kw-defaults and annotations of a parameter list; returns the
    /// MAKE_FUNCTION flags they need.
    fn function_prelude(
        &mut self,
        params: Option<&ast::Parameters>,
        returns: Option<&Expr>,
    ) -> CResult<u32> {
        let mut fl = 0;
        let Some(p) = params else { return Ok(0) };
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, defaults.len() as u32);
            fl |= make_function::DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(Constant::Str(Rc::from(*n)));
                self.expr(d)?;
            }
            self.emit(Op::BUILD_MAP, kwdefaults.len() as u32);
            fl |= make_function::KWDEFAULTS;
        }
        let mut n_ann = 0;
        for a in p.iter() {
            let a = a.as_parameter();
            if let Some(ann) = &a.annotation {
                self.load_const(Constant::Str(Rc::from(a.name.id.as_str())));
                self.annotation(ann)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str(Rc::from("return")));
            self.annotation(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.emit(Op::BUILD_TUPLE, n_ann * 2);
            fl |= make_function::ANNOTATIONS;
        }
        Ok(fl)
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.u();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// Emit the closure tuple (if the child code has free variables) and MAKE_FUNCTION.
    pub fn make_closure(&mut self, code: CodeObject, mut fl: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let idx = self.ur().deref_index(name).unwrap_or(0);
                self.emit(Op::LOAD_CLOSURE, idx);
            }
            self.emit(Op::BUILD_TUPLE, code.freevars.len() as u32);
            fl |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MAKE_FUNCTION, fl);
    }

    fn scope_flags(&self, scope: usize) -> u32 {
        let s = &self.st.scopes[scope];
        let mut f = flags::OPTIMIZED | flags::NEWLOCALS;
        if s.parent
            .is_some_and(|p| self.st.scopes[p].kind != ScopeKind::Module)
        {
            f |= flags::NESTED;
        }
        f
    }

    pub fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let fl = self.function_prelude(Some(&f.parameters), f.returns.as_deref())?;
        let scope = self.st.scope_for(f);
        let qualname = self.qualname_for(&f.name.id);
        let line = self.line_of(f.range.start().to_usize());
        self.enter_unit(scope, &f.name.id, &qualname, line);
        self.u().flags = self.scope_flags(scope);
        self.u().flags |= match (contains_yield(&f.body), f.is_async) {
            (true, false) => flags::GENERATOR,
            (true, true) => flags::ASYNC_GENERATOR,
            (false, true) => flags::COROUTINE,
            (false, false) => 0,
        };
        self.set_arg_counts(Some(&f.parameters));
        let start = match docstring(&f.body) {
            Some(doc) => {
                self.u().add_const(Constant::Str(Rc::from(doc)));
                1
            }
            None => {
                self.u().add_const(Constant::None);
                0
            }
        };
        for s in &f.body[start..] {
            self.stmt(s)?;
        }
        if self.ur().reachable {
            self.load_const(Constant::None);
            self.emit(Op::RETURN_VALUE, 0);
        }
        let code = self.leave_unit();
        self.set_line(f.range);
        self.make_closure(code, fl);
        for _ in &f.decorator_list {
            self.emit(Op::CALL, 0);
        }
        self.store_name(&f.name.id);
        Ok(())
    }

    pub fn lambda(&mut self, l: &ast::ExprLambda) -> CResult<()> {
        let fl = self.function_prelude(l.parameters.as_deref(), None)?;
        let scope = self.st.scope_for(l);
        let qualname = self.qualname_for("<lambda>");
        let line = self.line_of(l.range.start().to_usize());
        self.enter_unit(scope, "<lambda>", &qualname, line);
        self.u().flags = self.scope_flags(scope);
        if expr_contains_yield(&l.body) {
            self.u().flags |= flags::GENERATOR;
        }
        self.set_arg_counts(l.parameters.as_deref());
        self.u().add_const(Constant::None);
        self.expr(&l.body)?;
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.leave_unit();
        self.make_closure(code, fl);
        Ok(())
    }

    pub fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.emit(Op::PUSH_NULL, 0);
        self.emit(Op::LOAD_BUILD_CLASS, 0);
        let scope = self.st.scope_for(c);
        let qualname = self.qualname_for(&c.name.id);
        let line = self.line_of(c.range.start().to_usize());
        self.enter_unit(scope, &c.name.id, &qualname, line);
        let n = self.u().add_name("__name__");
        self.emit(Op::LOAD_NAME, n);
        let m = self.u().add_name("__module__");
        self.emit(Op::STORE_NAME, m);
        self.load_const(Constant::Str(Rc::from(qualname.as_str())));
        let q = self.u().add_name("__qualname__");
        self.emit(Op::STORE_NAME, q);
        if needs_annotations(&c.body) {
            self.emit(Op::SETUP_ANNOTATIONS, 0);
        }
        let start = if let Some(doc) = docstring(&c.body) {
            self.load_const(Constant::Str(Rc::from(doc)));
            let d = self.u().add_name("__doc__");
            self.emit(Op::STORE_NAME, d);
            1
        } else {
            0
        };
        for s in &c.body[start..] {
            self.stmt(s)?;
        }
        if self.ur().reachable {
            self.load_const(Constant::None);
            self.emit(Op::RETURN_VALUE, 0);
        }
        let code = self.leave_unit();
        self.set_line(c.range);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(Rc::from(c.name.id.as_str())));
        let mut nargs = 2;
        let mut kwnames: Vec<Constant> = Vec::new();
        if let Some(args) = &c.arguments {
            if args.args.iter().any(|a| a.is_starred_expr())
                || args.keywords.iter().any(|k| k.arg.is_none())
            {
                // `class C(*bases, **kw)`: __build_class__(func, name, *bases, **kw).
                self.sequence_display_after(&args.args, Op::BUILD_TUPLE, 2)?;
                let flags = self.star_call_keywords(&args.keywords)?;
                self.set_line(c.range);
                self.emit(Op::CALL_FUNCTION_EX, flags);
                for _ in &c.decorator_list {
                    self.emit(Op::CALL, 0);
                }
                self.store_name(&c.name.id);
                return Ok(());
            }
            for a in args.args.iter() {
                self.expr(a)?;
                nargs += 1;
            }
            for k in args.keywords.iter() {
                self.expr(&k.value)?;
                kwnames.push(Constant::Str(Rc::from(
                    k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or(""),
                )));
                nargs += 1;
            }
        }
        if !kwnames.is_empty() {
            let i = self.u().add_const(Constant::Tuple(kwnames));
            self.emit(Op::KW_NAMES, i);
        }
        self.emit(Op::CALL, nargs);
        for _ in &c.decorator_list {
            self.emit(Op::CALL, 0);
        }
        self.store_name(&c.name.id);
        Ok(())
    }

    /// A comprehension or generator expression: a nested function called on the
    /// iterator of its first `for`.
    pub fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        generators: &[ast::Comprehension],
        body: CompBody<'_>,
    ) -> CResult<()> {
        let is_gen = matches!(body, CompBody::Gen(_));
        let is_async = self.comprehension_is_async(node, generators, is_gen)?;
        let scope = self.st.scope_for(node);
        let qualname = self.qualname_for(name);
        let line = self.line_of(node.range().start().to_usize());
        self.enter_unit(scope, name, &qualname, line);
        self.u().flags = self.scope_flags(scope);
        self.u().argcount = 1;
        self.u().flags |= match (is_gen, is_async) {
            (true, false) => flags::GENERATOR,
            (true, true) => flags::ASYNC_GENERATOR,
            (false, true) => flags::COROUTINE,
            (false, false) => 0,
        };
        match body {
            CompBody::List(_) => self.emit(Op::BUILD_LIST, 0),
            CompBody::Set(_) => self.emit(Op::BUILD_SET, 0),
            CompBody::Dict(..) => self.emit(Op::BUILD_MAP, 0),
            CompBody::Gen(_) => {}
        }
        self.comprehension_loop(generators, 0, &body, if is_gen { 0 } else { 1 })?;
        if is_gen {
            self.load_const(Constant::None);
        }
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.leave_unit();
        self.make_closure(code, 0);
        self.expr(&generators[0].iter)?;
        let get_iter = if generators[0].is_async {
            Op::GET_AITER
        } else {
            Op::GET_ITER
        };
        self.emit(get_iter, 0);
        self.emit(Op::CALL, 0);
        if is_async && !is_gen {
            self.emit_await(crate::async_::AWAIT_PLAIN);
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        body: &CompBody<'_>,
        depth_base: u32,
    ) -> CResult<()> {
        let g = &gens[i];
        if g.is_async {
            return self.async_comprehension_clause(g, i == 0, |c| {
                c.comprehension_inner(gens, i, body, depth_base)
            });
        }
        if i == 0 {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GET_ITER, 0);
        }
        let start = self.label();
        let end = self.label();
        self.bind(start);
        self.jump(Op::FOR_ITER, end);
        self.assign_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        self.comprehension_inner(gens, i, body, depth_base)?;
        self.jump(Op::JUMP_BACKWARD, start);
        self.bind(end);
        Ok(())
    }

    /// Inside clause `i`: the next clause, or the body.
    fn comprehension_inner(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        body: &CompBody<'_>,
        depth_base: u32,
    ) -> CResult<()> {
        if i + 1 < gens.len() {
            self.comprehension_loop(gens, i + 1, body, depth_base)?;
        } else {
            // The collection sits below one iterator per loop.
            let depth = gens.len() as u32 + depth_base;
            match body {
                CompBody::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                CompBody::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SET_ADD, depth);
                }
                CompBody::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MAP_ADD, depth);
                }
                CompBody::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit(Op::POP_TOP, 0);
                }
            }
        }
        Ok(())
    }
}

pub enum CompBody<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

#[derive(Clone, Copy)]
enum NameCtx {
    Load,
    Store,
    Delete,
}

impl NameCtx {
    fn pick(self, l: Op, s: Op, d: Op) -> Op {
        match self {
            NameCtx::Load => l,
            NameCtx::Store => s,
            NameCtx::Delete => d,
        }
    }
}

pub fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(clean_doc(s.value.to_str()));
        }
    }
    None
}

/// `inspect.cleandoc`-free: CPython 3.11 stores docstrings as written.
fn clean_doc(s: &str) -> String {
    s.to_string()
}

fn needs_annotations(body: &[Stmt]) -> bool {
    fn walk(body: &[Stmt]) -> bool {
        body.iter().any(|s| match s {
            Stmt::AnnAssign(a) => matches!(&*a.target, Expr::Name(_)) && a.simple,
            Stmt::If(i) => walk(&i.body) || i.elif_else_clauses.iter().any(|c| walk(&c.body)),
            Stmt::For(f) => walk(&f.body) || walk(&f.orelse),
            Stmt::While(w) => walk(&w.body) || walk(&w.orelse),
            Stmt::With(w) => walk(&w.body),
            Stmt::Try(t) => {
                walk(&t.body)
                    || walk(&t.orelse)
                    || walk(&t.finalbody)
                    || t.handlers.iter().any(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        walk(&h.body)
                    })
            }
            _ => false,
        })
    }
    walk(body)
}

/// Does a function body contain `yield` (outside nested scopes)?
pub fn contains_yield(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{self, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => visitor::walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_) => {
                    // Nested scopes; but the first iterator is evaluated here.
                    if let Expr::ListComp(ast::ExprListComp { generators, .. })
                    | Expr::SetComp(ast::ExprSetComp { generators, .. })
                    | Expr::Generator(ast::ExprGenerator { generators, .. }) = e
                    {
                        self.visit_expr(&generators[0].iter);
                    }
                    if let Expr::DictComp(d) = e {
                        self.visit_expr(&d.generators[0].iter);
                    }
                }
                _ => visitor::walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}

fn expr_contains_yield(e: &Expr) -> bool {
    let s = Stmt::Expr(ast::StmtExpr {
        range: e.range(),
        node_index: Default::default(),
        value: Box::new(e.clone()),
    });
    contains_yield(std::slice::from_ref(&s))
}

/// Does a module start (after its docstring) with `from __future__ import annotations`?
fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(Stmt::Expr(e)) = stmts.peek() {
        if matches!(&*e.value, Expr::StringLiteral(_)) {
            stmts.next();
        }
    }
    for s in stmts {
        let Stmt::ImportFrom(i) = s else { break };
        if i.module.as_ref().map(|m| m.as_str()) != Some("__future__") {
            break;
        }
        if i.names.iter().any(|a| a.name.as_str() == "annotations") {
            return true;
        }
    }
    false
}

/// A string's repr as Python writes it (single quotes unless the text has one and no
/// double quote).
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
