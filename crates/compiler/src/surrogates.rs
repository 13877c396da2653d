//! Lone surrogates in string literals (`"\ud800"`): CPython's str holds them, ours (UTF-8
//! inside) cannot, and the parser turns them into U+FFFD. Rather than run a program with a
//! silently different string, compiling one that spells a surrogate escape fails with
//! `NotImplementedError: lone surrogates in string literals are not supported yet`.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

use crate::error::CompileError;

/// The range of the first string literal (or f-string literal part) in `body`/`expr` that
/// spells a lone surrogate escape; `None` when there is none. Cheap when the source has no
/// `\u`/`\U` escape in the surrogate range at all (the common case: nothing is walked).
fn find(source: &str, body: &[Stmt], expr: Option<&Expr>) -> Option<TextRange> {
    if !has_surrogate_escape(source) {
        return None;
    }
    struct Finder<'s> {
        source: &'s str,
        raw: bool,
        found: Option<TextRange>,
    }
    impl Finder<'_> {
        fn check(&mut self, value: &str, range: TextRange) {
            if self.found.is_none()
                && !self.raw
                && value.contains('\u{fffd}')
                && has_surrogate_escape(&self.source[range])
            {
                self.found = Some(range);
            }
        }
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_string_literal(&mut self, s: &'a ast::StringLiteral) {
            let raw = std::mem::replace(&mut self.raw, s.flags.prefix().is_raw());
            self.check(&s.value, s.range);
            self.raw = raw;
        }
        fn visit_f_string(&mut self, f: &'a ast::FString) {
            let raw = std::mem::replace(&mut self.raw, f.flags.prefix().is_raw());
            visitor::walk_f_string(self, f);
            self.raw = raw;
        }
        fn visit_interpolated_string_element(&mut self, e: &'a ast::InterpolatedStringElement) {
            match e {
                ast::InterpolatedStringElement::Literal(l) => self.check(&l.value, l.range),
                ast::InterpolatedStringElement::Interpolation(_) => {
                    // The expression inside `{}` is ordinary code: its own literals carry
                    // their own prefixes.
                    let raw = std::mem::replace(&mut self.raw, false);
                    visitor::walk_interpolated_string_element(self, e);
                    self.raw = raw;
                }
            }
        }
    }
    let mut f = Finder {
        source,
        raw: false,
        found: None,
    };
    for s in body {
        f.visit_stmt(s);
    }
    if let Some(e) = expr {
        f.visit_expr(e);
    }
    f.found
}

/// Does `text` contain `\uXXXX` or `\UXXXXXXXX` naming a code point in D800..=DFFF
/// (an escaped backslash, `\\u...`, does not count)?
fn has_surrogate_escape(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match b[i + 1] {
            b'u' => 4,
            b'U' => 8,
            _ => {
                i += 2;
                continue;
            }
        };
        let hex = &b[i + 2..(i + 2 + digits).min(b.len())];
        if hex.len() == digits && hex.iter().all(u8::is_ascii_hexdigit) {
            let cp = u32::from_str_radix(std::str::from_utf8(hex).unwrap_or("0"), 16).unwrap_or(0);
            if (0xd800..=0xdfff).contains(&cp) {
                return true;
            }
        }
        i += 2;
    }
    false
}

/// The compile error for a module (or expression) that spells a lone surrogate.
pub fn check(
    source: &str,
    filename: &str,
    body: &[Stmt],
    expr: Option<&Expr>,
) -> Result<(), CompileError> {
    match find(source, body, expr) {
        Some(range) => Err(CompileError::not_implemented(
            "lone surrogates in string literals",
            source,
            filename,
            range,
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::has_surrogate_escape;

    #[test]
    fn surrogate_escapes() {
        assert!(has_surrogate_escape(r#""\ud800""#));
        assert!(has_surrogate_escape(r#""\uDFFF""#));
        assert!(has_surrogate_escape(r#""\U0000dc80""#));
        assert!(!has_surrogate_escape(r#""\\ud800""#));
        assert!(!has_surrogate_escape(r#""\ue000""#));
        assert!(!has_surrogate_escape(r#""\ud7ff""#));
        assert!(!has_surrogate_escape(r#""\ud8""#));
        assert!(has_surrogate_escape(r#""\\\ud800""#));
    }
}
