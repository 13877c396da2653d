//! Bad escapes in string literals, reported as CPython reports them, and `\N{name}` by
//! CPython 3.11's names (Unicode 14.0.0, the `metal_ucd` crate). The parser decodes
//! `\N` by a newer Unicode's names: a name only that Unicode has
//! (`\N{CYRILLIC CAPITAL LETTER TJE}`) is refused here. A bad `\N` escape — unknown to
//! either, or malformed — or a truncated `\x`, `\u`, `\U` (or one past U+10FFFF) is
//! CPython's `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5:
//! unknown Unicode character name`, the position counted in the buffer CPython's decoder
//! reads (the literal's text with each non-ASCII character spelled as a 10-byte
//! `\UXXXXXXXX`), at the token after the string; in bytes, `(value error) invalid \x
//! escape at position 0`.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::error::CompileError;

/// A bad escape: where it starts and ends in the decoder's buffer, and why.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
    /// In a bytes literal (only `\x` can be bad there).
    bytes: bool,
}

const MALFORMED: &str = "malformed \\N character escape";

/// What a character of the literal's text costs in the decoder's buffer.
fn cost(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        10
    }
}

/// The first bad `\N` escape of a literal's text (`fstring`: `{{` and `}}` end a piece,
/// so positions count again from 0 after them, as CPython decodes f-string text).
fn scan(text: &str, fstring: bool, bytes: bool) -> Option<Bad> {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if fstring && (c == '{' || c == '}') && chars.get(i + 1) == Some(&c) {
            pos = 0;
            i += 2;
            continue;
        }
        if c != '\\' {
            pos += cost(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            None => return None,
            // A backslash before a non-ASCII character is spelled `\u005c`.
            Some(n) if !n.is_ascii() => {
                pos += 6;
                i += 1;
            }
            Some(&e @ ('x' | 'u' | 'U')) if e == 'x' || !bytes => {
                let want = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits = chars[i + 2..]
                    .iter()
                    .take(want)
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
                let reason = match e {
                    'x' => "truncated \\xXX escape",
                    'u' => "truncated \\uXXXX escape",
                    _ => "truncated \\UXXXXXXXX escape",
                };
                if digits < want {
                    return Some(Bad {
                        start: pos,
                        end: pos + 2 + digits,
                        reason,
                        bytes,
                    });
                }
                let hex: String = chars[i + 2..i + 2 + want].iter().collect();
                if u32::from_str_radix(&hex, 16).is_ok_and(|v| v > 0x10FFFF) {
                    return Some(Bad {
                        start: pos,
                        end: pos + 2 + want,
                        reason: "illegal Unicode character",
                        bytes,
                    });
                }
                pos += 2 + want;
                i += 2 + want;
            }
            Some('N') if !bytes => {
                let start = pos;
                let rest = &chars[i + 2..];
                let total = |from: &[char]| from.iter().map(|&c| cost(c)).sum::<usize>();
                if rest.first() != Some(&'{') {
                    return Some(Bad {
                        start,
                        end: start + 2,
                        reason: MALFORMED,
                        bytes: false,
                    });
                }
                let Some(close) = rest.iter().position(|&c| c == '}') else {
                    return Some(Bad {
                        start,
                        end: start + 2 + total(rest),
                        reason: MALFORMED,
                        bytes: false,
                    });
                };
                if close == 1 {
                    return Some(Bad {
                        start,
                        end: start + 3,
                        reason: MALFORMED,
                        bytes: false,
                    });
                }
                let name: String = rest[1..close].iter().collect();
                let len = 3 + total(&rest[1..close]) + 1;
                if metal_ucd::names::lookup(&name, false).is_none() {
                    return Some(Bad {
                        start,
                        end: start + len,
                        reason: "unknown Unicode character name",
                        bytes: false,
                    });
                }
                pos += len;
                i += 2 + close + 1;
            }
            Some(_) => {
                pos += 2;
                i += 2;
            }
        }
    }
    None
}

/// The text between the quotes of a string literal's source.
fn body(source: &str, range: TextRange) -> &str {
    let text = &source[range];
    let after_prefix = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let q = after_prefix.chars().next().unwrap_or('"');
    let triple = after_prefix.starts_with(&q.to_string().repeat(3));
    let n = if triple { 3 } else { 1 };
    after_prefix
        .get(n..after_prefix.len().saturating_sub(n))
        .unwrap_or("")
}

struct Finder<'s> {
    source: &'s str,
    /// The whole (implicitly concatenated) string expression being walked, and where its
    /// last part starts.
    outer: TextRange,
    last_part: usize,
    raw: bool,
    found: Option<(Bad, TextRange, usize)>,
}

impl Finder<'_> {
    fn check(&mut self, text: &str, fstring: bool) {
        if self.found.is_none() && !self.raw {
            if let Some(bad) = scan(text, fstring, false) {
                self.found = Some((bad, self.outer, self.last_part));
            }
        }
    }
}

impl<'a> Visitor<'a> for Finder<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        match e {
            Expr::StringLiteral(_) | Expr::FString(_) | Expr::BytesLiteral(_) => {
                let last = match e {
                    Expr::StringLiteral(s) => s.value.iter().last().map(|p| p.range()),
                    Expr::BytesLiteral(b) => b.value.iter().last().map(|p| p.range()),
                    Expr::FString(f) => f.value.iter().last().map(|p| p.range()),
                    _ => None,
                };
                let last = last.unwrap_or(e.range()).start().to_usize();
                let outer = std::mem::replace(&mut self.outer, e.range());
                let last_part = std::mem::replace(&mut self.last_part, last);
                visitor::walk_expr(self, e);
                self.outer = outer;
                self.last_part = last_part;
            }
            _ => visitor::walk_expr(self, e),
        }
    }
    fn visit_string_literal(&mut self, s: &'a ast::StringLiteral) {
        let raw = std::mem::replace(&mut self.raw, s.flags.prefix().is_raw());
        let text = body(self.source, s.range);
        self.check(text, false);
        self.raw = raw;
    }
    fn visit_bytes_literal(&mut self, b: &'a ast::BytesLiteral) {
        if self.found.is_none() && !b.flags.prefix().is_raw() {
            if let Some(bad) = scan(body(self.source, b.range), false, true) {
                self.found = Some((bad, self.outer, self.last_part));
            }
        }
    }
    fn visit_f_string(&mut self, f: &'a ast::FString) {
        let raw = std::mem::replace(&mut self.raw, f.flags.prefix().is_raw());
        visitor::walk_f_string(self, f);
        self.raw = raw;
    }
    fn visit_interpolated_string_element(&mut self, e: &'a ast::InterpolatedStringElement) {
        match e {
            ast::InterpolatedStringElement::Literal(l) => {
                let text = &self.source[l.range];
                self.check(text, true);
            }
            ast::InterpolatedStringElement::Interpolation(_) => {
                let raw = std::mem::replace(&mut self.raw, false);
                visitor::walk_interpolated_string_element(self, e);
                self.raw = raw;
            }
        }
    }
}

/// The range of the token after `end`: CPython reports a string's decoding error there
/// (the parser has read it when it makes the string): the next token, a comment, or the
/// end of the line (empty). Inside brackets the newlines are skipped.
fn next_token(source: &str, end: usize) -> TextRange {
    let depth = bracket_depth(&source[..end]);
    let b = source.as_bytes();
    let mut i = end;
    loop {
        match b.get(i) {
            Some(b' ' | b'\t' | b'\x0c') => i += 1,
            Some(b'\\') if matches!(b.get(i + 1), Some(b'\n')) => i += 2,
            Some(b'\r' | b'\n') if depth > 0 => i += 1,
            Some(b'#') => {
                let line_end = source[i..]
                    .find(['\r', '\n'])
                    .map_or(source.len(), |n| i + n);
                return range(i, line_end);
            }
            None | Some(b'\r' | b'\n') => return range(i, i),
            Some(_) => {
                // A name or number is one token; an operator is taken as one character.
                let word = source[i..]
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(source.len() - i);
                let len = source[i..].chars().next().map_or(1, char::len_utf8);
                return range(i, i + word.max(len));
            }
        }
    }
}

fn range(a: usize, b: usize) -> TextRange {
    TextRange::new(TextSize::from(a as u32), TextSize::from(b as u32))
}

/// How many brackets are open at the end of `text` (strings and comments skipped).
fn bracket_depth(text: &str) -> usize {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q
                        && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    depth
}

/// The error for the first bad `\N` escape in the literals of `body`/`expr`.
pub fn check(
    source: &str,
    filename: &str,
    body: &[Stmt],
    expr: Option<&Expr>,
) -> Result<(), CompileError> {
    if !["\\N", "\\x", "\\u", "\\U"]
        .iter()
        .any(|e| source.contains(e))
    {
        return Ok(());
    }
    let mut f = Finder {
        source,
        outer: TextRange::default(),
        last_part: 0,
        raw: false,
        found: None,
    };
    for s in body {
        f.visit_stmt(s);
    }
    if let Some(e) = expr {
        f.visit_expr(e);
    }
    let Some((bad, outer, last_part)) = f.found else {
        return Ok(());
    };
    let msg = if bad.bytes {
        format!("(value error) invalid \\x escape at position {}", bad.start)
    } else if bad.end - bad.start == 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {}: {}",
            bad.start, bad.reason
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            bad.start,
            bad.end - 1,
            bad.reason
        )
    };
    let at = next_token(source, outer.end().to_usize());
    let mut err = CompileError::syntax(msg, source, filename, at);
    // A string over several lines ending on the token's line: CPython's text is all of
    // the string's lines (its tokenizer's buffer starts where the string does), unless
    // the filename names a file, whose line it reads instead.
    let line_start = |at: usize| source[..at].rfind('\n').map_or(0, |n| n + 1);
    let token_line = line_start(at.start().to_usize());
    if line_start(last_part) < token_line
        && line_start(outer.end().to_usize()) == token_line
        && !std::path::Path::new(filename).is_file()
    {
        let end = source[token_line..]
            .find('\n')
            .map_or(source.len(), |n| token_line + n);
        err.text = Some(source[line_start(last_part)..end].to_string());
    }
    Err(err)
}

/// The error for a parse that failed on a `\N` escape: the source is repaired (each bad
/// escape in turn) until it parses, then `check` finds the escape and its string. None
/// when the error is another one, or another error follows.
pub fn explain(source: &str, filename: &str, e: &ParseError, eval: bool) -> Option<CompileError> {
    let mut text = repair(source, e)?;
    for _ in 0..64 {
        let failed = if eval {
            match ruff_python_parser::parse_expression(&text) {
                Ok(p) => return check(source, filename, &[], Some(&p.syntax().body)).err(),
                Err(e) => e,
            }
        } else {
            match ruff_python_parser::parse_module(&text) {
                Ok(p) => return check(source, filename, &p.syntax().body, None).err(),
                Err(e) => e,
            }
        };
        text = repair(&text, &failed)?;
    }
    None
}

/// When the parser failed on a `\N` escape (a name unknown even to its Unicode, or a
/// malformed escape), the source with that escape made harmless (`\\` and `x`s, the
/// same length), so that parsing can go on to find the string it is in.
pub fn repair(source: &str, e: &ParseError) -> Option<String> {
    let (start, end) = match &e.error {
        ParseErrorType::Lexical(LexicalErrorType::UnicodeError) => {
            let r = e.location;
            let at = r.start().to_usize();
            // A bad hex digit (or the end) in `\x`, `\u`, `\U`: the escape up to it.
            let hex = (at.saturating_sub(10)..at).rev().find(|&k| {
                source.as_bytes().get(k) == Some(&b'\\')
                    && matches!(source.as_bytes().get(k + 1), Some(b'x' | b'u' | b'U'))
            });
            if let Some(k) = hex {
                if source[k + 2..at].bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Some(harmless(source, k, at));
                }
            }
            (at.checked_sub(3)?, r.end().to_usize() + 1)
        }
        ParseErrorType::Lexical(LexicalErrorType::MissingUnicodeLbrace) => {
            let at = e.location.start().to_usize();
            (at.checked_sub(2)?, at)
        }
        ParseErrorType::Lexical(LexicalErrorType::MissingUnicodeRbrace) => {
            let at = source[..e.location.start().to_usize().min(source.len())].rfind("\\N{")?;
            (at, at + 3)
        }
        _ => return None,
    };
    let escape = source.get(start..end)?;
    if !escape.starts_with("\\N") {
        return None;
    }
    Some(harmless(source, start, end))
}

/// `source` with `start..end` (an escape) spelled `\\xxx…`, as long.
fn harmless(source: &str, start: usize, end: usize) -> String {
    let mut out = String::with_capacity(source.len());
    out.push_str(&source[..start]);
    out.push_str("\\\\");
    out.push_str(&"x".repeat((end - start).saturating_sub(2)));
    out.push_str(&source[end..]);
    out
}

#[cfg(test)]
mod tests {
    use super::scan;

    fn at(text: &str) -> Option<(usize, usize, &'static str)> {
        scan(text, false, false).map(|b| (b.start, b.end - 1, b.reason))
    }

    #[test]
    fn positions_as_cpython_counts_them() {
        assert_eq!(at(r"\N{EM DASH}"), None);
        assert_eq!(at(r"\N{XX}").map(|t| (t.0, t.1)), Some((0, 5)));
        assert_eq!(at(r"ab\N{XX}").map(|t| (t.0, t.1)), Some((2, 7)));
        assert_eq!(at("\u{e9}\\N{XX}").map(|t| (t.0, t.1)), Some((10, 15)));
        assert_eq!(at("\\\u{e9}\\N{XX}").map(|t| (t.0, t.1)), Some((16, 21)));
        assert_eq!(at(r"\\N{XX}"), None);
        assert_eq!(at(r"\N{XX"), Some((0, 4, super::MALFORMED)));
        assert_eq!(at(r"\N"), Some((0, 1, super::MALFORMED)));
        assert_eq!(at(r"\N{}"), Some((0, 2, super::MALFORMED)));
        assert_eq!(
            at(r"\N{CYRILLIC CAPITAL LETTER TJE}").map(|t| t.1),
            Some(30)
        );
        assert_eq!(scan(r"ab{{cd\N{XX}", true, false).map(|b| b.start), Some(2));
        assert_eq!(at(r"\x1").map(|t| (t.0, t.1)), Some((0, 2)));
        assert_eq!(
            at(r"\U00110000").map(|t| t.2),
            Some("illegal Unicode character")
        );
        assert_eq!(at(r"\u12345\U0010ffff\x41"), None);
        assert!(scan(r"\N{XX}\u1", false, true).is_none());
    }
}
