//! CPython's messages for an unparenthesized generator expression among the arguments
//! of a call or a class, which Ruff's parser reports in other words (an argument order
//! error, or a generator that CPython's grammar takes for plain invalid syntax).
//!
//! What CPython 3.11 says, for a generator `G` standing as an argument:
//!
//! - `G`'s element starred (`*x for x in y`): right after a call's opening parenthesis,
//!   "iterable unpacking cannot be used in comprehension" at the starred element; after
//!   a `**` argument, "iterable argument unpacking follows keyword argument unpacking"
//!   at its `*`; else "Generator expression must be parenthesized" when a positional
//!   argument comes before it, and "invalid syntax" at its `for` when none does;
//! - otherwise "Generator expression must be parenthesized", except for the only
//!   argument of a class, "invalid syntax" at its `for`.

use std::collections::HashSet;

use ruff_python_ast::visitor::{walk_arguments, walk_stmt, Visitor};
use ruff_python_ast::{Arguments, Expr, Stmt};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::{Ranged, TextRange, TextSize};

#[derive(Default)]
struct Finder<'a> {
    at: TextSize,
    /// The argument lists holding an argument that starts at `at`.
    found: Option<&'a Arguments>,
    /// The ranges of classes' argument lists.
    classes: HashSet<TextRange>,
}

impl<'a> Visitor<'a> for Finder<'a> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Stmt::ClassDef(c) = s {
            if let Some(a) = &c.arguments {
                self.classes.insert(a.range);
            }
        }
        walk_stmt(self, s);
    }
    fn visit_arguments(&mut self, a: &'a Arguments) {
        if a.args.iter().any(|e| e.start() == self.at) {
            // (The innermost list wins: it is visited last.)
            self.found = Some(a);
        }
        walk_arguments(self, a);
    }
}

/// CPython's message and range for the unparenthesized generator argument at `at`, when
/// it is one (None leaves Ruff's error as it is).
pub fn check(source: &str, at: TextRange) -> Option<(String, TextRange)> {
    let parsed = parse_unchecked(source, ParseOptions::from(Mode::Module));
    let mut v = Finder {
        at: at.start(),
        ..Finder::default()
    };
    match parsed.syntax() {
        ruff_python_ast::Mod::Module(m) => v.visit_body(&m.body),
        ruff_python_ast::Mod::Expression(x) => v.visit_expr(&x.body),
    }
    let args = v.found?;
    let index = args.args.iter().position(|e| e.start() == at.start())?;
    let Expr::Generator(g) = &args.args[index] else {
        return None;
    };
    if g.parenthesized {
        return None;
    }
    let is_class = v.classes.contains(&args.range);
    let for_token = || {
        let f = g.generators.first().map_or(g.end(), |c| c.start());
        TextRange::at(f, TextSize::from(3))
    };
    let before = |r: TextRange| r.end() <= g.start();
    let keywords_before = args.keywords.iter().any(|k| before(k.range));
    let double_star_before = args
        .keywords
        .iter()
        .any(|k| k.arg.is_none() && before(k.range));
    let msg = |m: &str, r: TextRange| Some((m.to_string(), r));
    if let Expr::Starred(s) = &*g.elt {
        // (A call's: CPython's grammar reads `f(*x for x in y)` as a generator argument.)
        let first = !is_class
            && index == 0
            && !keywords_before
            && source
                .get(args.start().to_usize() + 1..g.start().to_usize())
                .is_some_and(|gap| gap.trim().is_empty());
        if first {
            return msg(
                "iterable unpacking cannot be used in comprehension",
                s.range,
            );
        }
        if double_star_before {
            return msg(
                "iterable argument unpacking follows keyword argument unpacking",
                TextRange::at(g.start(), TextSize::from(1)),
            );
        }
        if index == 0 {
            return msg("invalid syntax", for_token());
        }
        return msg("Generator expression must be parenthesized", at);
    }
    if is_class && args.args.len() == 1 && args.keywords.is_empty() {
        return msg("invalid syntax", for_token());
    }
    msg("Generator expression must be parenthesized", at)
}
