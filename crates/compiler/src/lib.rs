//! The compiler: Python source → AST (Ruff's parser) → symbol table → bytecode code
//! objects. It knows nothing of the vm's objects; its output is plain data
//! ([`bytecode::CodeObject`]).

mod async_;
pub mod bytecode;
mod compile;
pub mod error;
mod expr;
mod forbidden;
mod genexp_args;
mod identifiers;
mod missing_comma;
mod named_escapes;
mod parse_error;
mod pattern;
mod percent_format;
mod stmt;
mod surrogates;
pub mod symtable;
mod try_star;
mod unit;

pub use compile::{compile, Mode};
pub use error::{CompileError, ErrorKind};

/// For traceback carets (CPython 3.11's `_extract_caret_anchors_from_line_segment`):
/// when `segment` is a binary operation or a subscript, the character offsets where the
/// `^` part starts and ends (the rest is drawn with `~`).
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(e) = &body[0] else { return None };
    let chars = |byte: usize| {
        segment
            .get(..byte.min(segment.len()))
            .map_or(0, |s| s.chars().count())
    };
    match &*e.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let op_str = segment.get(left_end..right_start)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let left_anchor = left_end + offset;
            let mut right_anchor = left_anchor + 1;
            let next = op_str.as_bytes().get(offset + 1);
            if offset + 1 < op_str.len() && !next.is_some_and(|c| c.is_ascii_whitespace()) {
                right_anchor += 1;
            }
            Some((chars(left_anchor), chars(right_anchor)))
        }
        Expr::Subscript(s) => {
            let start = s.value.range().end().to_usize();
            let end = s.slice.range().end().to_usize() + 1;
            Some((chars(start), chars(end)))
        }
        _ => None,
    }
}
