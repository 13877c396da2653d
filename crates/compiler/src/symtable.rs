//! The symbol table: for every scope (module, class, function, lambda, comprehension),
//! which names are local, global (explicit or implicit), free or cells. The code generator
//! asks it which of FAST / GLOBAL / NAME / DEREF to emit, as CPython's `symtable.c` does.

use std::collections::HashMap;

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::TextRange;

use crate::error::CompileError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug, Default)]
pub struct Symbol {
    pub bound: bool,
    pub used: bool,
    pub param: bool,
    pub global_decl: bool,
    pub nonlocal_decl: bool,
    /// Bound by a walrus inside a comprehension nested in this scope.
    pub comp_walrus: bool,
    /// Where a `nonlocal` declared the name (for errors).
    pub nonlocal_range: Option<TextRange>,
    pub scope: Option<NameScope>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in order of first appearance.
    pub order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameter names in `co_varnames` order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    /// Class scopes: names bound in the class that a method needs from an enclosing
    /// function; they are free variables of the class code too.
    pub passthrough: Vec<String>,
    pub parent: Option<usize>,
    /// The class whose private names (`__x`) are mangled in this scope.
    pub private: Option<String>,
}

/// Private name mangling: `__x` in class `A` is `_A__x`.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    if let Some(cls) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let c = cls.trim_start_matches('_');
            if !c.is_empty() {
                return std::borrow::Cow::Owned(format!("_{c}{name}"));
            }
        }
    }
    std::borrow::Cow::Borrowed(name)
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            passthrough: Vec::new(),
            parent,
            private: None,
        }
    }
    fn sym(&mut self, name: &str) -> &mut Symbol {
        if !self.symbols.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.symbols.entry(name.to_string()).or_default()
    }
    pub fn lookup(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .and_then(|s| s.scope)
            .unwrap_or(NameScope::GlobalImplicit)
    }
    /// `co_varnames`: parameters first, then other locals in order of appearance.
    pub fn varnames(&self) -> Vec<String> {
        let mut out = self.params.clone();
        if self.kind.is_function_like() {
            for n in &self.order {
                let s = &self.symbols[n];
                if !s.param && s.scope == Some(NameScope::Local) {
                    out.push(n.clone());
                }
            }
        }
        out
    }
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Some(NameScope::Cell))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Some(NameScope::Free))
            .map(|(n, _)| n.clone())
            .chain(self.passthrough.iter().cloned())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// All scopes of one compilation unit, keyed by the address of the AST node that opens
/// them (the AST is borrowed, unmoved, for the whole compilation).
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    error: Option<CompileError>,
    source: &'a str,
    filename: &'a str,
}

pub fn build(
    module: &[Stmt],
    source: &str,
    filename: &str,
    top: ScopeKind,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(top, "top", None)],
        by_node: HashMap::new(),
        stack: vec![0],
        error: None,
        source,
        filename,
    };
    for s in module {
        b.visit_stmt(s);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut t, source, filename)?;
    Ok(t)
}

/// Symbol table for an expression compiled alone (`eval` mode).
pub fn build_expr(expr: &Expr, source: &str, filename: &str) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None)],
        by_node: HashMap::new(),
        stack: vec![0],
        error: None,
        source,
        filename,
    };
    b.visit_expr(expr);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut t, source, filename)?;
    Ok(t)
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }
    fn err(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::syntax(msg, self.source, self.filename, range));
        }
    }
    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str) {
        let parent = *self.stack.last().unwrap();
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name, Some(parent));
        scope.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.scopes[parent].private.clone()
        };
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
    }
    fn pop_scope(&mut self) {
        self.stack.pop();
    }
    fn bind(&mut self, name: &str, range: TextRange) {
        let name = &*self.mangled(name);
        let s = self.cur().sym(name);
        if s.global_decl || s.nonlocal_decl {
            s.bound = true;
            return;
        }
        s.bound = true;
        let _ = range;
    }
    fn mangled(&mut self, name: &str) -> String {
        let p = self.cur().private.clone();
        mangle(p.as_deref(), name).into_owned()
    }
    fn use_name(&mut self, name: &str) {
        let name = &*self.mangled(name);
        self.cur().sym(name).used = true;
    }
    fn add_param(&mut self, name: &str, range: TextRange) {
        let name = &*self.mangled(name);
        let scope = self.cur();
        if scope.symbols.get(name).is_some_and(|s| s.param) {
            let msg = format!("duplicate argument '{name}' in function definition");
            self.err(msg, range);
            return;
        }
        let s = scope.sym(name);
        s.param = true;
        s.bound = true;
        scope.params.push(name.to_string());
    }
    fn visit_params(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.add_param(&a.parameter.name.id, a.parameter.range);
        }
        for a in p.kwonlyargs.iter() {
            self.add_param(&a.parameter.name.id, a.parameter.range);
        }
        if let Some(v) = &p.vararg {
            self.add_param(&v.name.id, v.range);
        }
        if let Some(k) = &p.kwarg {
            self.add_param(&k.name.id, k.range);
        }
    }
    fn visit_defaults_and_annotations(&mut self, p: &'a ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.visit_expr(d);
            }
        }
        for a in p.iter() {
            if let Some(ann) = &a.as_parameter().annotation {
                self.visit_expr(ann);
            }
        }
    }
    fn visit_comprehension_scope(
        &mut self,
        node_addr_of: &'a Expr,
        name: &str,
        generators: &'a [ast::Comprehension],
        elts: &[&'a Expr],
    ) {
        // The first iterator is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.push_scope(node_addr_of, ScopeKind::Comprehension, name);
        self.add_param(".0", TextRange::default());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.pop_scope();
    }
    /// A walrus target inside a comprehension binds in the nearest enclosing
    /// non-comprehension scope.
    fn bind_walrus(&mut self, name: &str, range: TextRange) {
        let cur = *self.stack.last().unwrap();
        if self.scopes[cur].kind != ScopeKind::Comprehension {
            self.bind(name, range);
            return;
        }
        let mut target = None;
        for &sid in self.stack.iter().rev() {
            match self.scopes[sid].kind {
                ScopeKind::Comprehension => {
                    if self.scopes[sid].symbols.get(name).is_some_and(|s| s.bound) {
                        let msg = format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        );
                        self.err(msg, range);
                        return;
                    }
                }
                ScopeKind::Class => {
                    self.err(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_string(),
                        range,
                    );
                    return;
                }
                _ => {
                    target = Some(sid);
                    break;
                }
            }
        }
        let Some(t) = target else { return };
        let is_module = self.scopes[t].kind == ScopeKind::Module;
        {
            let s = self.scopes[t].sym(name);
            s.bound = true;
            s.comp_walrus = true;
        }
        // In every comprehension between, the name is free (or global at module level).
        for &sid in self.stack.iter().rev() {
            if sid == t {
                break;
            }
            let s = self.scopes[sid].sym(name);
            s.used = true;
            if is_module {
                s.global_decl = true;
            } else {
                s.nonlocal_decl = true;
            }
        }
    }
}

impl<'a> Visitor<'a> for Builder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults_and_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.bind(&f.name.id, f.name.range);
                self.push_scope(f, ScopeKind::Function, &f.name.id);
                self.visit_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.bind(&c.name.id, c.name.range);
                self.push_scope(c, ScopeKind::Class, &c.name.id);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.pop_scope();
            }
            Stmt::Global(g) => {
                let kind = self.cur().kind;
                for n in &g.names {
                    let name = n.id.as_str();
                    let scope = self.cur();
                    if let Some(s) = scope.symbols.get(name) {
                        if s.param {
                            let msg = format!("name '{name}' is parameter and global");
                            self.err(msg, g.range);
                            continue;
                        }
                        if s.nonlocal_decl {
                            let msg = format!("name '{name}' is nonlocal and global");
                            self.err(msg, g.range);
                            continue;
                        }
                        if s.bound || s.used {
                            let msg = if s.bound {
                                format!("name '{name}' is assigned to before global declaration")
                            } else {
                                format!("name '{name}' is used prior to global declaration")
                            };
                            self.err(msg, g.range);
                            continue;
                        }
                    }
                    let _ = kind;
                    self.cur().sym(name).global_decl = true;
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    self.err(
                        "nonlocal declaration not allowed at module level".into(),
                        g.range,
                    );
                    return;
                }
                for n in &g.names {
                    let name = n.id.as_str();
                    let scope = self.cur();
                    if let Some(s) = scope.symbols.get(name) {
                        if s.param {
                            let msg = format!("name '{name}' is parameter and nonlocal");
                            self.err(msg, g.range);
                            continue;
                        }
                        if s.global_decl {
                            let msg = format!("name '{name}' is nonlocal and global");
                            self.err(msg, g.range);
                            continue;
                        }
                        if s.bound || s.used {
                            let msg = if s.bound {
                                format!("name '{name}' is assigned to before nonlocal declaration")
                            } else {
                                format!("name '{name}' is used prior to nonlocal declaration")
                            };
                            self.err(msg, g.range);
                            continue;
                        }
                    }
                    let s = self.cur().sym(name);
                    s.nonlocal_decl = true;
                    s.nonlocal_range = Some(g.range);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.err("import * only allowed at module level".into(), i.range);
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    self.bind(&bound, a.range);
                }
            }
            Stmt::Try(t) => {
                for s in &t.body {
                    self.visit_stmt(s);
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.id, n.range);
                    }
                    for s in &h.body {
                        self.visit_stmt(s);
                    }
                }
                for s in t.orelse.iter().chain(t.finalbody.iter()) {
                    self.visit_stmt(s);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    if a.value.is_some() || self.cur().kind != ScopeKind::Module {
                        self.bind(&n.id, n.range);
                    }
                    if self.cur().kind == ScopeKind::Module || self.cur().kind == ScopeKind::Class {
                        self.visit_expr(&a.annotation);
                    }
                    if let Some(v) = &a.value {
                        self.visit_expr(v);
                    }
                } else {
                    visitor::walk_stmt(self, stmt);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        use ast::Pattern as P;
        let bound = match pattern {
            P::MatchAs(a) => a.name.as_ref(),
            P::MatchStar(s) => s.name.as_ref(),
            P::MatchMapping(m) => m.rest.as_ref(),
            _ => None,
        };
        if let Some(n) = bound {
            self.bind(&n.id, n.range);
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => {
                    self.use_name(&n.id);
                    // Zero-argument super() needs the implicit __class__ cell.
                    if n.id.as_str() == "super" && self.cur().kind.is_function_like() {
                        self.use_name("__class__");
                    }
                }
                ExprContext::Store | ExprContext::Del => self.bind(&n.id, n.range),
                ExprContext::Invalid => {}
            },
            Expr::Named(w) => {
                self.visit_expr(&w.value);
                if let Expr::Name(n) = &*w.target {
                    self.bind_walrus(&n.id, n.range);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults_and_annotations(p);
                }
                self.push_scope(l, ScopeKind::Lambda, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.visit_params(p);
                }
                self.visit_expr(&l.body);
                self.pop_scope();
            }
            Expr::ListComp(c) => {
                self.visit_comprehension_scope(expr, "<listcomp>", &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.visit_comprehension_scope(expr, "<setcomp>", &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.visit_comprehension_scope(expr, "<genexpr>", &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.visit_comprehension_scope(expr, "<dictcomp>", &c.generators, &elts)
            }
            Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => {
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Resolve every symbol's scope, top-down for what each scope can see and bottom-up for
/// which locals must become cells.
fn analyze(t: &mut SymbolTable, source: &str, filename: &str) -> Result<(), CompileError> {
    // Pass 1 (top-down): decide Local / Global / Free with the set of names bound in
    // enclosing function scopes.
    fn down(
        t: &mut SymbolTable,
        id: usize,
        enclosing: &[String],
        global_names: &[String],
        source: &str,
        filename: &str,
    ) -> Result<(), CompileError> {
        let kind = t.scopes[id].kind;
        let names: Vec<String> = t.scopes[id].order.clone();
        for n in &names {
            let s = t.scopes[id].symbols.get_mut(n).unwrap();
            let scope = if s.global_decl {
                NameScope::GlobalExplicit
            } else if s.nonlocal_decl {
                if !enclosing.contains(n) {
                    return Err(CompileError::syntax(
                        format!("no binding for nonlocal '{n}' found"),
                        source,
                        filename,
                        s.nonlocal_range.unwrap_or_default(),
                    ));
                }
                NameScope::Free
            } else if s.bound {
                NameScope::Local
            } else if enclosing.contains(n) && !global_names.contains(n) {
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            s.scope = Some(scope);
        }
        // What children can see.
        let mut child_enclosing: Vec<String> = enclosing.to_vec();
        let mut child_globals: Vec<String> = global_names.to_vec();
        if kind.is_function_like() {
            for n in &names {
                let s = &t.scopes[id].symbols[n];
                match s.scope {
                    Some(NameScope::Local) => {
                        if !child_enclosing.contains(n) {
                            child_enclosing.push(n.clone());
                        }
                        child_globals.retain(|g| g != n);
                    }
                    Some(NameScope::GlobalExplicit) => {
                        child_enclosing.retain(|g| g != n);
                        child_globals.push(n.clone());
                    }
                    _ => {}
                }
            }
        } else if kind == ScopeKind::Class {
            // Methods see the class being defined as the implicit `__class__` cell.
            if !child_enclosing.iter().any(|n| n == "__class__") {
                child_enclosing.push("__class__".to_string());
            }
            for n in &names {
                if t.scopes[id].symbols[n].scope == Some(NameScope::GlobalExplicit) {
                    child_globals.push(n.clone());
                }
            }
        }
        let children = t.scopes[id].children.clone();
        for c in children {
            down(t, c, &child_enclosing, &child_globals, source, filename)?;
        }
        Ok(())
    }
    // Pass 2 (bottom-up): names free in a child are cells here if bound here, or free here
    // too (passing through) if not.
    fn up(t: &mut SymbolTable, id: usize) -> Vec<String> {
        let children = t.scopes[id].children.clone();
        let mut child_free: Vec<String> = Vec::new();
        for c in children {
            for n in up(t, c) {
                if !child_free.contains(&n) {
                    child_free.push(n);
                }
            }
        }
        let kind = t.scopes[id].kind;
        for n in &child_free {
            let scope = &mut t.scopes[id];
            if kind == ScopeKind::Class && n == "__class__" {
                scope.sym(n).scope = Some(NameScope::Cell);
                continue;
            }
            let existing = scope.symbols.get(n).and_then(|s| s.scope);
            match existing {
                Some(NameScope::Local) if kind.is_function_like() => {
                    scope.symbols.get_mut(n).unwrap().scope = Some(NameScope::Cell);
                }
                Some(NameScope::Local) if kind == ScopeKind::Class => {
                    // A class body does not provide names to its methods: the name
                    // passes through to the enclosing function as a free variable.
                    if !scope.passthrough.contains(n) {
                        scope.passthrough.push(n.clone());
                    }
                }
                Some(NameScope::Local) | Some(NameScope::Cell) | Some(NameScope::Free) => {}
                Some(NameScope::GlobalExplicit) => {}
                Some(NameScope::GlobalImplicit) | None => {
                    if kind != ScopeKind::Module {
                        let s = scope.sym(n);
                        s.scope = Some(NameScope::Free);
                    }
                }
            }
        }
        // Free names of this scope (including pass-through ones) propagate upward, except
        // through a class when the class itself binds them (handled as pass-through).
        let mut free: Vec<String> = Vec::new();
        let scope = &t.scopes[id];
        for (n, s) in &scope.symbols {
            if s.scope == Some(NameScope::Free) {
                free.push(n.clone());
            }
        }
        for n in &scope.passthrough {
            if !free.contains(n) {
                free.push(n.clone());
            }
        }
        free
    }
    down(t, 0, &[], &[], source, filename)?;
    up(t, 0);
    Ok(())
}
