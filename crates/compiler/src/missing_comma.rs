//! CPython's `invalid_expression` and `invalid_legacy_expression` grammar rules: two
//! expressions side by side where one expression is expected.
//!
//! ```text
//! invalid_expression:
//!     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid {
//!         _PyPegen_check_legacy_stmt(p, a) ? NULL : p->tokens[p->mark-1]->level == 0 ? NULL :
//!         RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, "invalid syntax. Perhaps you forgot a comma?") }
//! invalid_legacy_expression:
//!     | a=NAME !'(' b=star_expressions {
//!         _PyPegen_check_legacy_stmt(p, a) ? RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b,
//!             "Missing parentheses in call to '%U'. Did you mean %U(...)?", ...) : NULL }
//! ```
//!
//! Both are tried wherever the grammar asks for an `expression` (call arguments, display
//! elements, subscripts, dict keys and values, defaults, the `else` branch of a
//! conditional, a lambda's body, ...), not where it asks for a bare `disjunction`
//! (a comprehension's `in` and `if` parts, a conditional's test).
//!
//! Ruff's parser reports the second expression as unexpected. To find the two
//! expressions and where they stand, the source is parsed again with a comma inserted
//! before the second one: the expression that then ends just before the comma in an
//! `expression` position is `a`, the one starting just after it is `b`.

use std::collections::HashSet;

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::{walk_expr, Visitor};
use ruff_python_ast::{Expr, Parameters};
use ruff_python_parser::{
    parse_parenthesized_expression_range, parse_unchecked, Mode, ParseError, ParseErrorType,
    ParseOptions,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Marks the expressions that stand where the grammar asks for an `expression`.
#[derive(Default)]
struct Positions<'a> {
    /// Addresses of expressions known to be in an `expression` position.
    marked: HashSet<usize>,
    depth: usize,
    /// (expression, in position) in visiting order.
    found: Vec<(&'a Expr, bool)>,
    /// The element lists of tuples, lists, sets and positional call arguments.
    sequences: Vec<&'a [Expr]>,
}

fn addr(e: &Expr) -> usize {
    e as *const Expr as usize
}

impl<'a> Positions<'a> {
    fn mark(&mut self, e: &Expr) {
        self.marked.insert(addr(e));
    }
    fn mark_starred(&mut self, e: &Expr) {
        self.mark(e);
        if let Expr::Starred(s) = e {
            self.mark(&s.value);
        }
    }
    fn mark_defaults(&mut self, p: &Parameters) {
        for d in p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .filter_map(|p| p.default.as_deref())
        {
            self.mark(d);
        }
    }
}

impl<'a> Visitor<'a> for Positions<'a> {
    fn visit_expr(&mut self, e: &'a Expr) {
        // An expression directly under a statement, a `def`'s parameters or a class's
        // bases stands in an `expression` position.
        let here = self.depth == 0 || self.marked.contains(&addr(e));
        self.found.push((e, here));
        match e {
            Expr::Call(c) => {
                for a in c.arguments.args.iter() {
                    self.mark_starred(a);
                }
                for k in c.arguments.keywords.iter() {
                    self.mark(&k.value);
                }
                self.sequences.push(&c.arguments.args);
            }
            Expr::List(l) => {
                l.elts.iter().for_each(|x| self.mark_starred(x));
                self.sequences.push(&l.elts);
            }
            Expr::Tuple(t) => {
                t.elts.iter().for_each(|x| self.mark_starred(x));
                self.sequences.push(&t.elts);
            }
            Expr::Set(s) => {
                s.elts.iter().for_each(|x| self.mark_starred(x));
                self.sequences.push(&s.elts);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    // `**mapping` takes a `bitwise_or`.
                    if let Some(k) = &item.key {
                        self.mark(k);
                        self.mark(&item.value);
                    }
                }
            }
            Expr::Subscript(s) => self.mark(&s.slice),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.mark(part);
                }
            }
            Expr::If(i) => self.mark(&i.orelse),
            Expr::Lambda(l) => {
                self.mark(&l.body);
                if let Some(p) = &l.parameters {
                    self.mark_defaults(p);
                }
            }
            Expr::Named(n) => self.mark(&n.value),
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.mark(v);
                }
            }
            Expr::YieldFrom(y) => self.mark(&y.value),
            Expr::ListComp(c) => self.mark(&c.elt),
            Expr::SetComp(c) => self.mark(&c.elt),
            Expr::Generator(c) => self.mark(&c.elt),
            Expr::DictComp(c) => {
                if let Some(k) = &c.key {
                    self.mark(k);
                }
                self.mark(&c.value);
            }
            _ => {}
        }
        self.depth += 1;
        walk_expr(self, e);
        self.depth -= 1;
    }
}

/// A `disjunction` in CPython's grammar: anything but the forms built above it.
fn is_disjunction(e: &Expr) -> bool {
    match e {
        Expr::Named(_)
        | Expr::Lambda(_)
        | Expr::If(_)
        | Expr::Starred(_)
        | Expr::Yield(_)
        | Expr::YieldFrom(_)
        | Expr::Slice(_) => false,
        Expr::Tuple(t) => t.parenthesized,
        _ => true,
    }
}

fn at(n: usize) -> TextSize {
    TextSize::from(n as u32)
}

/// Where the longest `expression` starting at token `k` ends (PEG's greedy match).
fn expression_end(source: &str, tokens: &[Token], k: usize) -> Option<TextSize> {
    let start = tokens[k].start();
    let mut depth = 0i32;
    let mut best = None;
    for t in tokens[k..].iter().take(256) {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Newline | TokenKind::EndOfFile => break,
            _ => {}
        }
        if depth < 0 {
            break;
        }
        if depth > 0 || t.kind().is_trivia() {
            continue;
        }
        let range = TextRange::new(start, t.end());
        if let Ok(p) = parse_parenthesized_expression_range(source, range) {
            let e: &Expr = &p.syntax().body;
            let plain_tuple = matches!(e, Expr::Tuple(t) if !t.parenthesized);
            if !plain_tuple && !matches!(e, Expr::Named(_) | Expr::Starred(_)) {
                best = Some(t.end());
            }
        }
    }
    best
}

/// When the parse error at byte `pos` is one of the two rules, its message and range.
pub fn check(source: &str, pos: usize) -> Option<(String, TextRange)> {
    let parsed = parse_unchecked(source, ParseOptions::from(Mode::Module));
    let tokens = parsed.tokens();
    let k = tokens.iter().position(|t| t.start() == at(pos))?;
    let prev = tokens[..k].iter().rev().find(|t| !t.kind().is_trivia())?;
    let a_end = prev.end();

    let mut patched = String::with_capacity(source.len() + 1);
    patched.push_str(source.get(..pos)?);
    patched.push(',');
    patched.push_str(&source[pos..]);
    let reparsed = parse_unchecked(&patched, ParseOptions::from(Mode::Module));
    let mut v = Positions::default();
    match reparsed.syntax() {
        ruff_python_ast::Mod::Module(m) => v.visit_body(&m.body),
        ruff_python_ast::Mod::Expression(x) => v.visit_expr(&x.body),
    }
    let a = v
        .found
        .iter()
        .filter(|&&(e, here)| here && e.end() == a_end && is_disjunction(e))
        .map(|&(e, _)| e)
        .min_by_key(|e| e.start())?;
    let b_end = expression_end(source, tokens, k)?;
    let b_end_patched = b_end + at(1);
    // The comma must have mended the source at least up to the end of `b`.
    // (An argument order error is about the comma itself.)
    let mended = |e: &ParseError| {
        e.location.start() >= b_end_patched
            || matches!(
                e.error,
                ParseErrorType::PositionalAfterKeywordArgument
                    | ParseErrorType::PositionalAfterKeywordUnpacking
                    | ParseErrorType::NonDefaultParamAfterDefaultParam
            )
    };
    if !reparsed.errors().iter().all(mended) {
        return None;
    }
    let unshift = |n: TextSize| n - at(1);

    if let Expr::Name(n) = a {
        let name = n.id.as_str();
        if name == "print" || name == "exec" {
            // `b` is a `star_expressions`: it runs on over the elements after it.
            // `b` is a `star_expressions`: it runs on over the elements after it.
            let mut end = b_end_patched;
            let seq = v.sequences.iter().find_map(|s| {
                let i = s.iter().position(|x| x.start() == at(pos + 1))?;
                Some(&s[i + 1..])
            });
            for x in seq.unwrap_or(&[]) {
                if !patched[TextRange::new(end, x.start())].contains(',') {
                    break;
                }
                end = x.end();
            }
            return Some((
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                TextRange::new(a.start(), unshift(end)),
            ));
        }
    }
    // `!(NAME STRING | SOFT_KEYWORD)` where `a` starts.
    let first = tokens.iter().position(|t| t.start() == a.start())?;
    let text = &source[tokens[first].range()];
    match tokens[first].kind() {
        TokenKind::Match | TokenKind::Case => return None,
        TokenKind::Name if text == "_" || text == "match" || text == "case" => return None,
        TokenKind::Name => {
            let next = tokens[first + 1..].iter().find(|t| !t.kind().is_trivia());
            if next.is_some_and(|t| matches!(t.kind(), TokenKind::String | TokenKind::FStringStart))
            {
                return None;
            }
        }
        _ => {}
    }
    // Only inside brackets (f-strings are single tokens in 3.11).
    let (mut level, mut fstring) = (0i32, 0i32);
    for t in &tokens[..k] {
        match t.kind() {
            TokenKind::FStringStart => fstring += 1,
            TokenKind::FStringEnd => fstring -= 1,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if fstring == 0 => level += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if fstring == 0 => level -= 1,
            _ => {}
        }
    }
    if level <= 0 || fstring != 0 {
        return None;
    }
    Some((
        "invalid syntax. Perhaps you forgot a comma?".to_string(),
        TextRange::new(a.start(), b_end),
    ))
}
