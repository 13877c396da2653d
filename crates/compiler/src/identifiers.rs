//! Identifiers by CPython 3.11's Unicode (14.0.0): the parser's tables are of a newer
//! Unicode, so a name with a character Unicode gave out later (`xᲉ`, U+1C89, 16.0) would
//! compile. CPython's tokenizer refuses it, as not printable (unassigned then): `invalid
//! non-printable character U+1C89`, or `invalid character 'ⸯ' (U+2E2F)` for one that is
//! printable, at the character. A character the parser takes for no token at all gets
//! the same error (`parse_error::convert`).

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::error::CompileError;

pub fn check(source: &str, filename: &str, tokens: &Tokens) -> Result<(), CompileError> {
    if source.is_ascii() {
        return Ok(());
    }
    for t in tokens.iter() {
        if t.kind() != TokenKind::Name {
            continue;
        }
        let r = t.range();
        let text = &source[r];
        if text.is_ascii() {
            continue;
        }
        for (k, (i, c)) in text.char_indices().enumerate() {
            let ok = if k == 0 {
                metal_ucd::is_xid_start(c)
            } else {
                metal_ucd::is_xid_continue(c)
            };
            if ok {
                continue;
            }
            let at = r.start().to_usize() + i;
            return Err(invalid_character(c, at, source, filename));
        }
    }
    Ok(())
}

/// CPython's tokenizer error for a character no identifier may hold where its tokenizer
/// reads one (any non-ASCII character outside strings and comments), at `at`.
pub fn invalid_character(c: char, at: usize, source: &str, filename: &str) -> CompileError {
    let msg = if metal_ucd::is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    let at = TextRange::empty(TextSize::from(at as u32));
    let mut err = CompileError::syntax(msg, source, filename, at);
    err.text_newline = false;
    err
}
