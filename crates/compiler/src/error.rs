//! Compile errors: a `SyntaxError` (or `IndentationError`/`TabError`) with the location
//! CPython would report, so the vm can raise it with the same text.

use ruff_text_size::TextRange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// A construct the parser accepts but the compiler does not support yet.
    NotImplemented,
}

impl ErrorKind {
    pub fn name(&self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::NotImplemented => "NotImplementedError",
        }
    }
}

#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: usize,
    /// 1-based column (in characters) of the first caret.
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: usize,
    /// The source line, without its newline.
    pub text: Option<String>,
    /// Found at the end of the input (a block header with no block): CPython reports the
    /// last line with `end_offset` -1, and, for a script run from its file, offset 0
    /// (so no caret is drawn).
    pub at_eof: bool,
    /// `text` is given with its newline (CPython drops it for an unclosed bracket whose
    /// statement goes on past its line).
    pub text_newline: bool,
    /// Found by the compiler (the symbol table, code generation), not the parser: CPython
    /// reads such an error's `text` from the file the filename names (None when there is
    /// no such file), not from the source compiled.
    pub from_compiler: bool,
}

/// Byte offset → (1-based line, 1-based character column).
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text of 1-based line `lineno`.
pub fn source_line(source: &str, lineno: usize) -> Option<String> {
    source
        .split('\n')
        .nth(lineno.checked_sub(1)?)
        .map(|l| l.trim_end_matches('\r').to_string())
}

impl CompileError {
    pub fn syntax(msg: String, source: &str, filename: &str, range: TextRange) -> CompileError {
        Self::new(ErrorKind::SyntaxError, msg, source, filename, range)
    }
    pub fn new(
        kind: ErrorKind,
        msg: String,
        source: &str,
        filename: &str,
        range: TextRange,
    ) -> CompileError {
        let (lineno, offset) = line_col(source, range.start().to_usize());
        let (end_lineno, end_offset) = line_col(source, range.end().to_usize());
        CompileError {
            kind,
            msg,
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: source_line(source, lineno),
            at_eof: false,
            text_newline: true,
            from_compiler: false,
        }
    }
    pub fn not_implemented(what: &str, source: &str, filename: &str, range: TextRange) -> Self {
        Self::new(
            ErrorKind::NotImplemented,
            format!("{what} are not supported yet"),
            source,
            filename,
            range,
        )
    }
}
