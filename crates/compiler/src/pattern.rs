//! The `match` statement (PEP 634), laid out as CPython 3.11 lays it out.
//!
//! Each case but the last works on a copy of the subject; its pattern consumes that copy.
//! While a pattern runs, the values it captures wait on the stack (under whatever the
//! pattern still needs: `on_top` values) and are stored only once the whole pattern has
//! matched, so a failed case binds nothing (a failed guard leaves its names bound, as in
//! CPython). A failure jumps to `fail_pop[n]`, which pops the `n` values the pattern had
//! on the stack and falls through to the next case. The vm's part is five opcodes:
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `GET_LEN`, `MATCH_KEYS` and `MATCH_CLASS`
//! (vm/src/pattern.rs).

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::{BinOp, CmpOp, Constant, Op};
use crate::compile::{str_repr, CResult, Compiler};
use crate::unit::Label;

/// The state of the pattern being compiled.
struct PatternCtx {
    /// Names captured so far, in stack order: `stores[0]` is the topmost of them.
    stores: Vec<String>,
    /// May this (sub)pattern be irrefutable?
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` values, then goes on to the next case.
    fail_pop: Vec<Label>,
    /// Values above the captures that a failure must pop as well.
    on_top: usize,
    /// The pattern entered last: compile errors found later point at it, as CPython's.
    loc: TextRange,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let end = self.label();
        let cases = m.cases.len();
        if cases == 0 {
            // (The parser refuses a match without cases.)
            self.emit(Op::POP_TOP, 0);
            return Ok(());
        }
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        let last_tested = cases - usize::from(has_default) - 1;
        for (i, case) in m.cases[..cases - usize::from(has_default)]
            .iter()
            .enumerate()
        {
            self.set_line(case.pattern.range());
            if i != last_tested {
                self.emit(Op::COPY, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                fail_pop: Vec::new(),
                on_top: 0,
                loc: case.pattern.range(),
            };
            self.pattern(&case.pattern, &mut pc)?;
            // A match: store the captured names (they are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name);
            }
            if let Some(g) = &case.guard {
                let fail = self.fail_pop(&mut pc, 0);
                self.jump_if(g, false, fail)?;
            }
            if i != last_tested {
                self.emit(Op::POP_TOP, 0);
            }
            self.body(&case.body)?;
            if self.ur().reachable {
                self.jump(Op::JUMP_FORWARD, end);
            }
            self.set_line(case.pattern.range());
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_line(case.pattern.range());
            self.emit(Op::NOP, 0);
            if let Some(g) = &case.guard {
                self.jump_if(g, false, end)?;
            }
            self.body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `n` values and fails.
    fn fail_pop(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jump (with `op`) to the failure path, popping what this pattern has on the stack.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Op) {
        let n = pc.on_top + pc.stores.len();
        let l = self.fail_pop(pc, n);
        self.jump(op, l);
    }

    /// The failure path: `fail_pop[n]` down to `fail_pop[0]`, one `POP_TOP` between each.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if n > 0 {
                self.emit(Op::POP_TOP, 0);
            }
        }
    }

    /// Move the top of the stack `count - 1` places down.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Op::SWAP, k as u32);
        }
    }

    /// Exchange the values `i` and `j` places under the top (0 is the top).
    fn swap_depths(&mut self, i: usize, j: usize) {
        let (i, j) = (i.min(j), i.max(j));
        if i == j {
            return;
        }
        if i == 0 {
            self.emit(Op::SWAP, j as u32 + 1);
        } else {
            self.emit(Op::SWAP, i as u32 + 1);
            self.emit(Op::SWAP, j as u32 + 1);
            self.emit(Op::SWAP, i as u32 + 1);
        }
    }

    /// Capture the top of the stack as `name` (or drop it, for `_`).
    fn capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternCtx) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Op::POP_TOP, 0);
            return Ok(());
        };
        let n = name.id.as_str();
        if n == "__debug__" {
            return Err(self.err("cannot assign to __debug__", pc.loc));
        }
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.err(
                format!("multiple assignments to name '{n}' in pattern"),
                pc.loc,
            ));
        }
        // Under the values still needed and the earlier captures.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult<()> {
        pc.loc = p.range();
        self.set_line(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.check_value_pattern(&v.value, false)?;
                self.expr(&v.value)?;
                self.set_line(p.range());
                self.emit(Op::COMPARE_OP, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Op::IS_OP, 0);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(p.range(), &s.patterns, pc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(p.range(), m, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc)?,
            Pattern::MatchStar(s) => self.capture(s.name.as_ref(), pc)?,
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.id
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err(msg, p.range()));
                    }
                    self.capture(a.name.as_ref(), pc)?;
                }
                Some(inner) => {
                    if a.name.as_ref().is_some_and(|n| n.id.as_str() == "_") {
                        let r = a.name.as_ref().map_or(p.range(), |n| n.range);
                        return Err(self.err("cannot use '_' as a target", r));
                    }
                    // A copy to store once the inner pattern has matched.
                    pc.on_top += 1;
                    self.emit(Op::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.capture(a.name.as_ref(), pc)?;
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(p.range(), &o.patterns, pc)?,
        }
        Ok(())
    }

    /// A sub-pattern may be irrefutable whatever its parent may be.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern_sequence(
        &mut self,
        range: TextRange,
        patterns: &[Pattern],
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = patterns.len();
        let mut star = None;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.err("multiple starred names in sequence pattern", range));
                }
                star = Some(i);
            }
        }
        let star_wildcard = star.is_some_and(|i| is_star_wildcard(&patterns[i]));
        let only_wildcard = patterns
            .iter()
            .all(|p| is_wildcard(p) || is_star_wildcard(p));
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.emit(Op::GET_LEN, 0);
                self.load_const(Constant::Int(size as i64));
                self.emit(Op::COMPARE_OP, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.emit(Op::GET_LEN, 0);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Op::COMPARE_OP, CmpOp::Ge as u32);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::POP_TOP, 0);
        } else if star_wildcard {
            // Index the items wanted (no unpacking of what `*_` skips).
            let star = star.unwrap_or(size);
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                if i == star || is_wildcard(p) {
                    continue;
                }
                self.emit(Op::COPY, 1);
                if i < star {
                    self.load_const(Constant::Int(i as i64));
                } else {
                    // The subject may not take negative indices.
                    self.emit(Op::GET_LEN, 0);
                    self.load_const(Constant::Int((size - i) as i64));
                    self.emit(Op::BINARY_OP, BinOp::Subtract as u32);
                }
                self.emit(Op::BINARY_SUBSCR, 0);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Op::POP_TOP, 0);
        } else {
            match star {
                None => self.emit(Op::UNPACK_SEQUENCE, size as u32),
                Some(k) => self.emit(Op::UNPACK_EX, (k as u32) | (((size - k - 1) as u32) << 8)),
            }
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        range: TextRange,
        m: &ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Op::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GET_LEN, 0);
            self.load_const(Constant::Int(size as i64));
            self.emit(Op::COMPARE_OP, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<Literal> = Vec::new();
        for key in &m.keys {
            self.check_value_pattern(key, true)?;
            if let Some(lit) = literal_of(key) {
                if seen.iter().any(|s| s.same_key(&lit)) {
                    return Err(self.err(
                        format!("mapping pattern checks duplicate key ({})", lit.repr()),
                        range,
                    ));
                }
                seen.push(lit);
            } else if !is_attribute_chain(key) {
                return Err(self.err(
                    "mapping pattern keys may only match literals and attribute lookups",
                    key.range(),
                ));
            }
            self.expr(key)?;
        }
        self.set_line(range);
        self.emit(Op::BUILD_TUPLE, size as u32);
        self.emit(Op::MATCH_KEYS, 0);
        // The tuple of keys and the tuple of values (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Op::COPY, 1);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_NONE);
        self.emit(Op::UNPACK_SEQUENCE, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // What follows consumes the keys and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject), then each key deleted from it.
                self.emit(Op::BUILD_MAP, 0); // [subject, keys, {}]
                self.emit(Op::SWAP, 3); // [{}, keys, subject]
                self.emit(Op::DICT_UPDATE, 2); // [rest, keys]
                self.emit(Op::UNPACK_SEQUENCE, size as u32); // [rest, keys...]
                for k in (1..=size).rev() {
                    self.emit(Op::COPY, k as u32 + 1); // [rest, keys..., rest]
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::DELETE_SUBSCR, 0);
                }
                self.capture(Some(rest), pc)?;
            }
            None => {
                self.emit(Op::POP_TOP, 0);
                self.emit(Op::POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        for (i, kw) in args.keywords.iter().enumerate() {
            let name = kw.attr.id.as_str();
            if name == "__debug__" {
                return Err(self.err("cannot assign to __debug__", kw.attr.range));
            }
            if args.keywords[..i]
                .iter()
                .any(|k| k.attr.id.as_str() == name)
            {
                return Err(self.err(
                    format!("attribute name repeated in class pattern: {name}"),
                    kw.pattern.range(),
                ));
            }
        }
        self.expr(&c.cls)?;
        let names = args
            .keywords
            .iter()
            .map(|k| Constant::Str(Rc::from(k.attr.id.as_str())))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.set_line(c.range);
        self.emit(Op::MATCH_CLASS, nargs as u32);
        self.emit(Op::COPY, 1);
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_NONE);
        self.emit(Op::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top = pc.on_top + nargs + nattrs - 1;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Op::POP_TOP, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(
        &mut self,
        range: TextRange,
        alts: &[Pattern],
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let end = self.label();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_allow = pc.allow_irrefutable;
        // The names the first alternative binds, in their stack order: every other
        // alternative must bind the same, and leaves them in this order.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            pc.loc = alt.range();
            self.set_line(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == alts.len() - 1 && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => {
                    if names.len() != pc.stores.len()
                        || names.iter().any(|n| !pc.stores.contains(n))
                    {
                        return Err(self.err("alternative patterns bind different names", pc.loc));
                    }
                    let mut current = pc.stores.clone();
                    for (k, name) in names.iter().enumerate() {
                        let j = current.iter().position(|c| c == name).unwrap_or(k);
                        if j != k {
                            self.swap_depths(k, j);
                            current.swap(k, j);
                        }
                    }
                }
            }
            self.jump(Op::JUMP_FORWARD, end);
            self.emit_fail_pops(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: drop the subject and fail.
        self.set_line(range);
        self.emit(Op::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Op::JUMP_FORWARD);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Under the captures sit the subject, the values still needed and the earlier
        // captures: each new capture goes under all of them.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    pc.loc,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Op::POP_TOP, 0);
        Ok(())
    }

    /// The value of a value pattern (or a mapping key) must be a literal or a dotted
    /// name; a complex literal must be `real ± imaginary`.
    fn check_value_pattern(&self, e: &Expr, _key: bool) -> CResult<()> {
        match e {
            Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
                let real = match &*b.left {
                    Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => &*u.operand,
                    other => other,
                };
                match real {
                    Expr::NumberLiteral(n) if !matches!(n.value, ast::Number::Complex { .. }) => {}
                    _ => {
                        return Err(
                            self.err("real number required in complex literal", real.range())
                        )
                    }
                }
                match &*b.right {
                    Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Complex { .. }) => {}
                    other => {
                        return Err(self.err(
                            "imaginary number required in complex literal",
                            other.range(),
                        ))
                    }
                }
                Ok(())
            }
            Expr::FString(_) => Err(self.err(
                "patterns may only match literals and attribute lookups",
                e.range(),
            )),
            _ => Ok(()),
        }
    }
}

fn is_attribute_chain(e: &Expr) -> bool {
    match e {
        Expr::Attribute(a) => matches!(&*a.value, Expr::Name(_)) || is_attribute_chain(&a.value),
        _ => false,
    }
}

/// A literal key of a mapping pattern, for the duplicate check.
#[derive(Clone, Debug)]
enum Literal {
    None,
    Bool(bool),
    Int(String),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
}

fn literal_of(e: &Expr) -> Option<Literal> {
    Some(match e {
        Expr::NoneLiteral(_) => Literal::None,
        Expr::BooleanLiteral(b) => Literal::Bool(b.value),
        Expr::StringLiteral(s) => Literal::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Literal::Bytes(b.value.bytes().collect()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Literal::Int(i.to_string()),
            ast::Number::Float(f) => Literal::Float(*f),
            ast::Number::Complex { real, imag } => Literal::Complex(*real, *imag),
        },
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match literal_of(&u.operand)? {
            Literal::Int(s) if s == "0" => Literal::Int(s),
            Literal::Int(s) => Literal::Int(format!("-{s}")),
            Literal::Float(f) => Literal::Float(-f),
            Literal::Complex(r, i) => Literal::Complex(-r, -i),
            _ => return None,
        },
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            let re = match literal_of(&b.left)? {
                Literal::Int(s) => s.parse::<f64>().ok()?,
                Literal::Float(f) => f,
                _ => return None,
            };
            let Literal::Complex(_, im) = literal_of(&b.right)? else {
                return None;
            };
            let im = if b.op == ast::Operator::Sub { -im } else { im };
            Literal::Complex(re, im)
        }
        _ => return None,
    })
}

impl Literal {
    /// As a number (bools, ints, floats and complexes with no imaginary part compare
    /// equal to each other, as Python's set does).
    fn number(&self) -> Option<(f64, f64, Option<&str>)> {
        match self {
            Literal::Bool(b) => Some((
                f64::from(u8::from(*b)),
                0.0,
                Some(if *b { "1" } else { "0" }),
            )),
            Literal::Int(s) => Some((s.parse().ok()?, 0.0, Some(s))),
            Literal::Float(f) => Some((*f, 0.0, None)),
            Literal::Complex(r, i) => Some((*r, *i, None)),
            _ => None,
        }
    }

    fn same_key(&self, other: &Literal) -> bool {
        match (self, other) {
            (Literal::None, Literal::None) => true,
            (Literal::Str(a), Literal::Str(b)) => a == b,
            (Literal::Bytes(a), Literal::Bytes(b)) => a == b,
            _ => match (self.number(), other.number()) {
                (Some((_, _, Some(a))), Some((_, _, Some(b)))) => a == b,
                (Some((ar, ai, _)), Some((br, bi, _))) => ar == br && ai == bi,
                _ => false,
            },
        }
    }

    /// `repr()` of the key, as CPython's error message shows it.
    fn repr(&self) -> String {
        match self {
            Literal::None => "None".into(),
            Literal::Bool(b) => if *b { "True" } else { "False" }.into(),
            Literal::Int(s) => s.clone(),
            Literal::Float(f) => float_repr(*f),
            Literal::Complex(r, i) => {
                let im = format!("{}j", float_repr_short(*i));
                if *r == 0.0 && r.is_sign_positive() {
                    im
                } else {
                    let sign = if *i < 0.0 || (*i == 0.0 && i.is_sign_negative()) {
                        ""
                    } else {
                        "+"
                    };
                    format!("({}{sign}{im})", float_repr_short(*r))
                }
            }
            Literal::Str(s) => str_repr(s),
            Literal::Bytes(b) => bytes_repr(b),
        }
    }
}

fn float_repr(f: f64) -> String {
    if f.is_finite() && f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

/// A complex part: integral values without `.0`.
fn float_repr_short(f: f64) -> String {
    if f.is_finite() && f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.0}")
    } else {
        format!("{f}")
    }
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
