//! CPython 3.11's AST optimizer rewrite of `'...' % (a, b)` into an f-string
//! (`optimize_format` in `Python/ast_opt.c`): when the left operand is a str constant, the
//! right one a tuple display without starred items, and the format holds only `%s`, `%r`
//! and `%a` units (flags, at most two digits of width and of precision) matching the items
//! in number, the expression is compiled as `f'...{a!s}...{b!r}'`. Each value is then
//! formatted right after it is evaluated, before the next one is, which shows when a
//! `__str__` has side effects or a later item changes an earlier one. This module only
//! decides and describes the rewrite; `expr.rs` emits it.

use ruff_python_ast::{self as ast, Expr};

use crate::expr::constant_of;

/// One piece of the rewritten f-string.
#[derive(Debug, PartialEq)]
pub enum Piece {
    /// Literal text (`%%` already made `%`).
    Text(String),
    /// The next item formatted with a conversion (`'s'`, `'r'`, `'a'`) and a format spec.
    Field { conv: char, spec: Option<String> },
}

/// The longest width or precision CPython's optimizer accepts, in digits (its `MAXDIGITS`
/// stops at the third digit).
const MAX_DIGITS: usize = 2;

/// The pieces `fmt % (n items)` is rewritten to, or `None` when CPython leaves the `%` as it
/// is (an unsupported unit, an incomplete one, or a count that does not match).
pub fn plan(fmt: &str, n_items: usize) -> Option<Vec<Piece>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut pos = 0;
    let mut used = 0;
    loop {
        let mut text = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                text.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                text.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        if pos >= chars.len() {
            break;
        }
        if used >= n_items {
            return None;
        }
        pos += 1;
        let (field, next) = unit(&chars, pos)?;
        pieces.push(field);
        pos = next;
        used += 1;
    }
    (used == n_items).then_some(pieces)
}

/// Parse the unit after a `%` at `pos`: its field and the position after it.
fn unit(chars: &[char], mut pos: usize) -> Option<(Piece, usize)> {
    let mut next = || {
        let c = chars.get(pos).copied();
        pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch = loop {
        match next()? {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            c => break c,
        }
    };
    let mut width = None;
    if ch.is_ascii_digit() {
        let mut w = String::new();
        while ch.is_ascii_digit() {
            w.push(ch);
            ch = next()?;
            if w.len() > MAX_DIGITS {
                return None;
            }
        }
        width = Some(w.parse::<u32>().ok()?);
    }
    let mut prec = None;
    if ch == '.' {
        ch = next()?;
        let mut p = String::new();
        while ch.is_ascii_digit() {
            p.push(ch);
            ch = next()?;
            if p.len() > MAX_DIGITS {
                return None;
            }
        }
        prec = Some(p.parse::<u32>().unwrap_or(0));
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if let Some(w) = width {
        if !ljust && w > 0 {
            spec.push('>');
        }
        spec.push_str(&w.to_string());
    }
    if let Some(p) = prec {
        spec.push('.');
        spec.push_str(&p.to_string());
    }
    let spec = (!spec.is_empty()).then_some(spec);
    Some((Piece::Field { conv: ch, spec }, pos))
}

/// The value of `e` as a str constant after CPython's folding of its operands (a literal,
/// `'a' + 'b'`, `'ab' * 2` within `safe_multiply`'s limit), if it is one.
pub fn folded_str(e: &Expr) -> Option<String> {
    match e {
        Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        Expr::BinOp(b) => match b.op {
            ast::Operator::Add => Some(folded_str(&b.left)? + &folded_str(&b.right)?),
            ast::Operator::Mult => {
                let (s, n) = match (folded_str(&b.left), folded_str(&b.right)) {
                    (Some(s), None) => (s, folded_int(&b.right)?),
                    (None, Some(s)) => (s, folded_int(&b.left)?),
                    _ => return None,
                };
                let len = s.chars().count() as i64;
                if len > 0 && (n < 0 || n > 4096 / len) {
                    return None;
                }
                Some(s.repeat(n.max(0) as usize))
            }
            _ => None,
        },
        _ => None,
    }
}

fn folded_int(e: &Expr) -> Option<i64> {
    match constant_of(e)? {
        crate::bytecode::Constant::Int(v) => Some(v),
        crate::bytecode::Constant::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// Whether CPython's optimizer would have folded the tuple display into a constant (then it
/// is no `Tuple` node any more and the rewrite does not apply).
pub fn is_constant_tuple(t: &ast::ExprTuple) -> bool {
    t.elts
        .iter()
        .all(|e| constant_of(e).is_some() || folded_str(e).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(conv: char, spec: Option<&str>) -> Piece {
        Piece::Field {
            conv,
            spec: spec.map(str::to_string),
        }
    }

    #[test]
    fn specs_as_cpython_writes_them() {
        assert_eq!(plan("%-5s", 1), Some(vec![field('s', Some("5"))]));
        assert_eq!(plan("%5r", 1), Some(vec![field('r', Some(">5"))]));
        assert_eq!(plan("%5.s", 1), Some(vec![field('s', Some(">5.0"))]));
        assert_eq!(plan("%09.09a", 1), Some(vec![field('a', Some(">9.9"))]));
        assert_eq!(plan("%+#s", 1), Some(vec![field('s', None)]));
        assert_eq!(plan("%99s", 1), Some(vec![field('s', Some(">99"))]));
        assert_eq!(plan("%100s", 1), None);
        assert_eq!(plan("%.100s", 1), None);
        assert_eq!(plan("%d", 1), None);
        assert_eq!(plan("%(a)s", 1), None);
        assert_eq!(plan("%s%", 1), None);
    }

    #[test]
    fn percents_and_counts() {
        assert_eq!(
            plan("x%%%s%%y", 1),
            Some(vec![
                Piece::Text("x%".into()),
                field('s', None),
                Piece::Text("%y".into())
            ])
        );
        assert_eq!(plan("%s %s", 1), None);
        assert_eq!(plan("%s", 2), None);
    }
}
