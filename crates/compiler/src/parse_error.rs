//! Turns the parser's errors into the `SyntaxError`s CPython reports for the same input.

use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

use crate::error::{CompileError, ErrorKind};

pub fn convert(e: &ParseError, source: &str, filename: &str) -> CompileError {
    let range = e.location;
    let mut kind = ErrorKind::SyntaxError;
    let msg = match &e.error {
        ParseErrorType::UnexpectedIndentation => {
            kind = ErrorKind::IndentationError;
            "unexpected indent".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            kind = ErrorKind::IndentationError;
            "unindent does not match any outer indentation level".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            "unterminated string literal (detected at line {line})".to_string()
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            "unexpected EOF while parsing".to_string()
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let text = &source[range.start().to_usize().min(source.len())
                ..range.end().to_usize().min(source.len())];
            let what = describe_target(text);
            match &e.error {
                ParseErrorType::InvalidAugmentedAssignmentTarget => {
                    format!("'{what}' is an illegal expression for augmented assignment")
                }
                ParseErrorType::InvalidNamedAssignmentTarget => {
                    format!("cannot use assignment expressions with {what}")
                }
                _ => format!("cannot assign to {what}"),
            }
        }
        ParseErrorType::InvalidDeleteTarget => {
            let text = &source[range.start().to_usize().min(source.len())
                ..range.end().to_usize().min(source.len())];
            format!("cannot delete {}", describe_target(text))
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            "positional argument follows keyword argument".to_string()
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".to_string()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            "non-default argument follows default argument".to_string()
        }
        ParseErrorType::ExpectedToken { expected, .. } if format!("{expected}") == "Indent" => {
            kind = ErrorKind::IndentationError;
            "expected an indented block".to_string()
        }
        _ => "invalid syntax".to_string(),
    };
    let mut err = CompileError::new(kind, msg, source, filename, range);
    if err.msg.contains("{line}") {
        err.msg = err.msg.replace("{line}", &err.lineno.to_string());
    }
    let _ = (TextRange::default(), TextSize::default());
    err
}

fn describe_target(text: &str) -> &'static str {
    let t = text.trim();
    if t.starts_with(|c: char| c.is_ascii_digit()) || t.starts_with('"') || t.starts_with('\'') {
        "literal"
    } else if t.ends_with(')') && !t.starts_with('(') {
        "function call"
    } else if t == "None" || t == "True" || t == "False" {
        match t {
            "None" => "None",
            "True" => "True",
            _ => "False",
        }
    } else {
        "expression"
    }
}
