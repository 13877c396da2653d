//! Turns the parser's errors into the `SyntaxError`s CPython reports for the same input:
//! the same message, line and caret span where we can tell, and CPython's tokenizer-level
//! checks (unclosed brackets, tabs mixed with spaces) done here before parsing.

use ruff_python_ast::Expr;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

use crate::error::{line_col, CompileError, ErrorKind};

fn range(a: usize, b: usize) -> TextRange {
    TextRange::new(TextSize::from(a as u32), TextSize::from(b as u32))
}

/// CPython's name for an expression that cannot be assigned to (`_PyPegen_get_expr_name`).
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Call(_) => "function call",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::FString(_) => "f-string expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        _ => "expression",
    }
}

fn target_name(source: &str, r: TextRange) -> &'static str {
    let text = source
        .get(r.start().to_usize()..r.end().to_usize())
        .unwrap_or("");
    match ruff_python_parser::parse_expression(text.trim()) {
        Ok(p) => expr_name(&p.syntax().body),
        Err(_) => "expression",
    }
}

/// The first bracket left open at the end of the source, skipping strings and comments.
fn unclosed_bracket(source: &str) -> Option<(usize, char)> {
    let b = source.as_bytes();
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' | b'\'' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && b[i] == b'\n' {
                        break;
                    }
                    if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c))
                    {
                        i += q - 1;
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => stack.push((i, c)),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.first().map(|&(p, c)| (p, c as char))
}

/// CPython's tokenizer check: indentation must compare the same with tabs as 8 columns
/// and as 1 column. Returns the byte offset of the first inconsistent line.
fn inconsistent_tabs(source: &str) -> Option<usize> {
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut offset = 0;
    let mut depth = 0i32;
    for line in source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let body = line.trim_start_matches([' ', '\t', '\x0c']);
        let continuation = depth > 0;
        for c in body.chars() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                '#' => break,
                _ => {}
            }
        }
        if continuation || body.trim().is_empty() || body.starts_with('#') {
            continue;
        }
        let lead = &line[..line.len() - body.len()];
        if !lead.contains('\t') && !stack.iter().any(|&(a, b)| a != b) {
            let col = lead.len();
            while stack.last().is_some_and(|&(a, _)| a > col) {
                stack.pop();
            }
            if stack.last().is_some_and(|&(a, _)| a < col) {
                stack.push((col, col));
            }
            continue;
        }
        let (mut c8, mut c1) = (0usize, 0usize);
        for ch in lead.chars() {
            match ch {
                '\t' => {
                    c8 = (c8 / 8 + 1) * 8;
                    c1 += 1;
                }
                _ => {
                    c8 += 1;
                    c1 += 1;
                }
            }
        }
        let &(t8, t1) = stack.last().unwrap_or(&(0, 0));
        if c8 == t8 {
            if c1 != t1 {
                return Some(start);
            }
        } else if c8 > t8 {
            if c1 <= t1 {
                return Some(start);
            }
            stack.push((c8, c1));
        } else {
            while stack.last().is_some_and(|&(a, _)| a > c8) {
                stack.pop();
            }
            if stack.last().is_some_and(|&(a, b)| a == c8 && b != c1) {
                return Some(start);
            }
        }
    }
    None
}

/// Errors CPython's tokenizer reports before any parsing.
pub fn pre_check(source: &str, filename: &str) -> Option<CompileError> {
    if let Some(at) = inconsistent_tabs(source) {
        let mut e = CompileError::new(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation".to_string(),
            source,
            filename,
            range(at, at),
        );
        e.offset = 0;
        return Some(e);
    }
    None
}

pub fn convert(e: &ParseError, source: &str, filename: &str) -> CompileError {
    let mut r = e.location;
    let start = r.start().to_usize();
    // CPython's tokenizer reads any non-ASCII character as part of a name, and then
    // finds it invalid.
    if let ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) = &e.error {
        if !tok.is_ascii() {
            return crate::identifiers::invalid_character(*tok, start, source, filename);
        }
    }
    // An error at or after a bracket still open at the end: CPython names the bracket.
    if let Some((pos, c)) = unclosed_bracket(source) {
        let early = matches!(
            e.error,
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
                | ParseErrorType::UnexpectedIndentation
        );
        // When the parser ran out of input inside it, or failed on a later line than
        // the bracket's (CPython's tokenizer pass after a generic error); an error on
        // the bracket's own line is reported as itself (`def f(:` is "invalid syntax").
        let at_end = start >= source.trim_end().len();
        let line_of = |at: usize| source[..at.min(source.len())].matches('\n').count();
        // The parser may put the error on the newline ending the bracket's line (before
        // a keyword): what counts is where the next token is.
        let next_token = {
            let mut at = start.min(source.len());
            loop {
                let rest = &source[at..];
                let skip = rest.len() - rest.trim_start().len();
                at += skip;
                if source[at..].starts_with('#') {
                    at += source[at..].find('\n').unwrap_or(source.len() - at);
                    continue;
                }
                break at;
            }
        };
        if pos <= start && !early && (at_end || line_of(next_token) > line_of(pos)) {
            let mut err = CompileError::syntax(
                format!("'{c}' was never closed"),
                source,
                filename,
                range(pos, pos + 1),
            );
            // CPython reports no end column, and the bracket's line without its newline
            // when anything follows that line.
            err.end_offset = 0;
            err.text_newline = source[pos..]
                .find('\n')
                .is_none_or(|nl| pos + nl + 1 >= source.len());
            return err;
        }
    }
    let mut kind = ErrorKind::SyntaxError;
    let mut no_caret = false;
    let mut at_eof = false;
    let mut dedent = None;
    // An unparenthesized generator among arguments, in CPython's words.
    let genexp = match e.error {
        ParseErrorType::PositionalAfterKeywordArgument
        | ParseErrorType::PositionalAfterKeywordUnpacking
        | ParseErrorType::UnparenthesizedGeneratorExpression => {
            crate::genexp_args::check(source, r)
        }
        _ => None,
    };
    let msg = match &e.error {
        ParseErrorType::UnexpectedIndentation => {
            kind = ErrorKind::IndentationError;
            no_caret = true;
            "unexpected indent".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            kind = ErrorKind::IndentationError;
            // CPython points just past the end of the offending line.
            let (line, _) = line_col(source, start);
            let line_start = source
                .split('\n')
                .take(line - 1)
                .map(|l| l.len() + 1)
                .sum::<usize>();
            let line_end = source[line_start..]
                .find('\n')
                .map_or(source.len(), |i| line_start + i);
            r = range(line_end, line_end);
            // A block header's block dedented to no level: CPython reports the missing
            // block, at the end of the dedented line.
            let header = (1..line)
                .rev()
                .map(|l| (l, source_line_of(source, l)))
                .find(|(_, t)| indent_of(t).is_some());
            match header.and_then(|(l, t)| block_kind(t).map(|k| (l, k))) {
                Some((header_line, what)) => {
                    dedent = Some((line, None));
                    format!("expected an indented block after {what} on line {header_line}")
                }
                None => "unindent does not match any outer indentation level".to_string(),
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            r = range(start, start + 1);
            "unterminated string literal (detected at line {line})".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            "unexpected EOF while parsing".to_string()
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            kind = ErrorKind::IndentationError;
            // The first token of the line that should have been indented.
            let word = source
                .get(start.min(source.len())..)
                .unwrap_or("")
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(source.len().saturating_sub(start));
            r = range(start, start + word.max(1));
            let mut what = m
                .trim_start_matches("Expected an indented block after ")
                .replace('`', "'")
                .replace("'class' definition", "class definition")
                .replace("'def' definition", "function definition")
                .replace("'function' definition", "function definition")
                .replace("' clause", "' statement")
                .replace("' block", "' statement");
            // The header is the last line before the error ending with ':'.
            let before = &source[..start.min(source.len())];
            let header_line = before
                .lines()
                .enumerate()
                .filter(|(_, l)| l.trim_end().ends_with(':'))
                .map(|(i, _)| i + 1)
                .last()
                .unwrap_or(1);
            let header = before.lines().nth(header_line - 1).unwrap_or("");
            if what == "'except' statement" && header.trim_start().starts_with("except*") {
                what = "'except*' statement".to_string();
            }
            if only_comments_after(source, start) {
                at_eof = true;
            } else if let Some(d) = dedent_after(source, header_line) {
                dedent = Some(d);
            }
            format!("expected an indented block after {what} on line {header_line}")
        }
        ParseErrorType::ExpectedToken { expected, .. }
            if format!("{expected}") == "':'" || format!("{expected:?}") == "Colon" =>
        {
            match crate::missing_comma::check(source, start) {
                Some((m, at)) => {
                    r = at;
                    m
                }
                None => {
                    r = range(start, start + 1);
                    "expected ':'".to_string()
                }
            }
        }
        ParseErrorType::InvalidAssignmentTarget => {
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                target_name(source, r)
            )
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            format!(
                "cannot use assignment expressions with {}",
                target_name(source, r)
            )
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            format!("illegal target for annotation: {}", target_name(source, r))
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            format!(
                "'{}' is an illegal expression for augmented assignment",
                target_name(source, r)
            )
        }
        ParseErrorType::InvalidDeleteTarget => format!("cannot delete {}", target_name(source, r)),
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            r = range(start, start + 1);
            "iterable argument unpacking follows keyword argument unpacking".to_string()
        }
        ParseErrorType::PositionalAfterKeywordArgument
        | ParseErrorType::PositionalAfterKeywordUnpacking
        | ParseErrorType::UnparenthesizedGeneratorExpression
            if genexp.is_some() =>
        {
            let (m, at) = genexp.expect("checked");
            r = at;
            m
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument".to_string()
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized".to_string()
        }
        // Patterns (`match` statements).
        ParseErrorType::InvalidMatchPatternTarget => "cannot use '_' as a target".to_string(),
        ParseErrorType::ExpectedRealNumber => {
            // CPython points past a minus sign, at the number.
            if source.get(start..start + 1) == Some("-") {
                r = range(start + 1, r.end().to_usize());
            }
            "real number required in complex literal".to_string()
        }
        ParseErrorType::ExpectedImaginaryNumber => {
            "imaginary number required in complex literal".to_string()
        }
        // CPython's grammar stops at a token of a bad mapping-pattern item: `(` of a call,
        // `:` after a name, the first token otherwise; `invalid syntax` there.
        ParseErrorType::OtherError(m)
            if m == "Invalid mapping pattern key"
                || m == "Pattern cannot follow a double star pattern"
                || m == "Only one double star pattern is allowed" =>
        {
            let end = r.end().to_usize().min(source.len());
            let text = source.get(start..end).unwrap_or("");
            let ident = |c: char| c.is_alphanumeric() || c == '_';
            let call_paren = text
                .find('(')
                .filter(|&i| i > 0 && text[..i].chars().all(|c| ident(c) || c == '.'));
            r = if m == "Invalid mapping pattern key" && !text.is_empty() && text.chars().all(ident)
            {
                let colon = source[end..]
                    .find(|c: char| !c.is_whitespace())
                    .map_or(end, |i| end + i);
                range(colon, colon + 1)
            } else if let (true, Some(i)) = (m == "Invalid mapping pattern key", call_paren) {
                range(start + i, start + i + 1)
            } else {
                range(start, start + first_token_len(text))
            };
            "invalid syntax".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Positional patterns cannot follow keyword patterns" =>
        {
            "positional patterns follow keyword patterns".to_string()
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".to_string()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Cannot have both 'except' and 'except*' on the same 'try'" =>
        {
            // CPython points at the clause's keyword (with its star).
            let rest = source.get(start..).unwrap_or("");
            let len = if rest.starts_with("except*") { 7 } else { 6 };
            r = range(start, start + len);
            "cannot have both 'except' and 'except*' on the same 'try'".to_string()
        }
        ParseErrorType::OtherError(m)
            if m == "Expected one or more exception types"
                && source.get(start..).is_some_and(|s| s.starts_with(':'))
                && source[..start].trim_end().ends_with("except*") =>
        {
            "expected one or more exception types".to_string()
        }
        ParseErrorType::ExpectedToken { expected, .. } if format!("{expected:?}") == "Indent" => {
            kind = ErrorKind::IndentationError;
            "expected an indented block".to_string()
        }
        _ => match crate::missing_comma::check(source, start) {
            Some((m, at)) => {
                r = at;
                m
            }
            None => "invalid syntax".to_string(),
        },
    };
    let mut err = CompileError::new(kind, msg, source, filename, r);
    if err.msg.contains("{line}") {
        err.msg = err.msg.replace("{line}", &err.lineno.to_string());
    }
    if no_caret {
        err.offset = 0;
    }
    if at_eof {
        // CPython's tokenizer reports the end of the input: the file's last line, just
        // past its text.
        let body = source.strip_suffix('\n').unwrap_or(source);
        let last = body.rsplit('\n').next().unwrap_or("");
        err.lineno = body.matches('\n').count() + 1;
        err.end_lineno = err.lineno;
        err.offset = last.trim_end_matches('\r').chars().count() + 1;
        err.text = Some(last.trim_end_matches('\r').to_string());
        err.at_eof = true;
    }
    if let Some((line, offset)) = dedent {
        // The block's first line is a dedent: CPython reports the DEDENT token.
        let text = source_line_of(source, line);
        err.lineno = line;
        err.end_lineno = line;
        err.offset = offset.unwrap_or(text.chars().count() + 1);
        err.text = Some(text.to_string());
        err.at_eof = true;
    }
    err
}

fn source_line_of(source: &str, line: usize) -> &str {
    let l = source.split('\n').nth(line - 1).unwrap_or("");
    l.strip_suffix('\r').unwrap_or(l)
}

/// How CPython names the block a header line opens (`'if' statement`, `class
/// definition`), or `None` when the line opens no block.
fn block_kind(line: &str) -> Option<String> {
    let code = line.split('#').next().unwrap_or("").trim();
    if !code.ends_with(':') {
        return None;
    }
    let code = code.strip_prefix("async ").map_or(code, str::trim_start);
    let word: String = code
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '*')
        .collect();
    Some(match word.as_str() {
        "class" => "class definition".to_string(),
        "def" => "function definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "except*"
        | "finally" | "match" | "case" => format!("'{word}' statement"),
        _ => return None,
    })
}

fn indent_of(line: &str) -> Option<usize> {
    let t = line.trim_start();
    (!t.is_empty() && !t.starts_with('#')).then(|| line.len() - t.len())
}

/// When the first code line after the block header on `header_line` is indented less
/// than the header: that line, and the offset CPython gives (the line's indentation when
/// it returns to an enclosing level; `None`, just past its text, when it matches none).
fn dedent_after(source: &str, header_line: usize) -> Option<(usize, Option<usize>)> {
    let lines: Vec<&str> = source.split('\n').collect();
    let header = indent_of(lines.get(header_line - 1)?)?;
    let (i, ind) = lines
        .iter()
        .enumerate()
        .skip(header_line)
        .find_map(|(i, l)| indent_of(l).map(|d| (i, d)))?;
    if ind >= header {
        return None;
    }
    // The indentation levels that enclose the header.
    let mut levels = vec![0];
    let mut min = header;
    for l in lines[..header_line - 1].iter().rev() {
        if let Some(d) = indent_of(l) {
            if d < min {
                levels.push(d);
                min = d;
            }
        }
    }
    Some((i + 1, levels.contains(&ind).then_some(ind)))
}

/// Is everything from byte `at` on blank lines and comments?
fn only_comments_after(source: &str, at: usize) -> bool {
    source
        .get(at.min(source.len())..)
        .unwrap_or("")
        .lines()
        .all(|l| {
            let t = l.trim_start();
            t.is_empty() || t.starts_with('#')
        })
}

/// The length in bytes of the token `text` starts with: a string literal, a name or
/// number, `**`, or one character.
fn first_token_len(text: &str) -> usize {
    let Some(c) = text.chars().next() else {
        return 0;
    };
    if c == '\'' || c == '"' {
        return text[1..].find(c).map_or(text.len(), |i| i + 2);
    }
    if c.is_alphanumeric() || c == '_' {
        return text
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(text.len());
    }
    if text.starts_with("**") {
        return 2;
    }
    c.len_utf8()
}
