//! CPython 3.11-compatible text formatting of numbers and strings.
//!
//! This module owns:
//! * `repr()`/`str()` of `float` ([`float_repr`]: shortest round-trip digits,
//!   CPython's `'r'` mode) and of `complex` ([`complex_repr`]);
//! * the format-specification mini-language used by `format()`,
//!   `str.format()` and f-strings: [`parse_format_spec`] plus the renderers
//!   [`format_int`], [`format_i64`], [`format_float`], [`format_complex`] and
//!   [`format_str`] (and `*_spec` variants taking an already parsed spec);
//! * [`double_to_string`], the equivalent of `PyOS_double_to_string`, shared
//!   with printf-style formatting (which lives in `format_percent.rs`).
//!
//! Everything is a pure function. Errors are returned as [`FormatError`]: the
//! Python exception type plus CPython's exact message, for the interpreter to
//! raise. Digits come from Rust's float formatting, which is correctly rounded
//! (ties-to-even on the exact binary value), exactly as CPython's dtoa.

use dashu_int::IBig;
use std::fmt;

// ---------------------------------------------------------------- errors ---

/// Which Python exception a [`FormatError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    /// Result too large to allocate (CPython raises a bare `MemoryError`).
    MemoryError,
    /// Something CPython does that we cannot (a lone surrogate in a str).
    NotImplementedError,
}

/// A formatting failure: exception type and CPython's message text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl FormatError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>) -> Self {
        FormatError {
            kind,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for FormatError {}

pub(crate) fn value_err(msg: impl Into<String>) -> FormatError {
    FormatError::new(ErrorKind::ValueError, msg)
}

pub(crate) fn memory_err() -> FormatError {
    FormatError::new(ErrorKind::MemoryError, "")
}

// ------------------------------------------------ fallible string building ---

/// Reserves room for `extra` more bytes, reporting failure as `MemoryError`.
pub(crate) fn reserve(s: &mut String, extra: usize) -> Result<(), FormatError> {
    s.try_reserve(extra).map_err(|_| memory_err())
}

/// Appends `n` copies of `c`, reporting allocation failure as `MemoryError`.
pub(crate) fn push_repeat(s: &mut String, c: char, n: usize) -> Result<(), FormatError> {
    let bytes = n.checked_mul(c.len_utf8()).ok_or_else(memory_err)?;
    reserve(s, bytes)?;
    s.extend(std::iter::repeat_n(c, n));
    Ok(())
}

/// Pads `lead` + `body` with `fill` to `width` characters. Alignment `'<'`,
/// `'>'`, `'^'` (extra fill goes right) or `'='` (fill between lead and body).
pub(crate) fn layout(
    lead: &str,
    body: &str,
    fill: char,
    align: char,
    width: usize,
) -> Result<String, FormatError> {
    let len = lead.chars().count() + body.chars().count();
    let pad = width.saturating_sub(len);
    let (left, middle, right) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = String::new();
    reserve(&mut out, lead.len() + body.len())?;
    push_repeat(&mut out, fill, left)?;
    out.push_str(lead);
    push_repeat(&mut out, fill, middle)?;
    out.push_str(body);
    push_repeat(&mut out, fill, right)?;
    Ok(out)
}

// ------------------------------------------------------ spec mini-language ---

/// A parsed standard format specifier:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character, already resolved: the explicit fill if given, else `'0'`
    /// when the `0` flag was given, else `' '`.
    pub fill: char,
    /// Explicit alignment (`<`, `>`, `^`, `=`); `None` means the type's default
    /// (`'<'` for str; for numbers `'='` if `zero` else `'>'`).
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// The `z` flag (coerce negative zero to positive zero).
    pub z: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// The `0` flag (only recorded when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// Presentation type; `None` when absent.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            z: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Code points of the digit zero of every Unicode (14.0) decimal-digit run;
/// CPython accepts any decimal digit in width and precision.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (like `unicodedata.decimal`).
fn decimal_value(c: char) -> Option<usize> {
    let cp = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let d = cp - zero;
    (d < 10).then_some(d as usize)
}

fn parse_count(c: &[char], i: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: Option<usize> = None;
    while let Some(d) = c.get(*i).and_then(|&ch| decimal_value(ch)) {
        let v = acc
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_err("Too many decimal digits in format string"))?;
        acc = Some(v);
        *i += 1;
    }
    Ok(acc)
}

/// How CPython shows a presentation-type character inside error messages.
fn code_repr(c: char) -> String {
    if ('\u{21}'..='\u{7f}').contains(&c) {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// `ValueError: Unknown format code 'c' for object of type 'name'`.
pub fn unknown_format_code(c: char, type_name: &str) -> FormatError {
    value_err(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(c),
        type_name
    ))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parses a standard format specifier. Same as [`parse_format_spec_for`] but
/// the "too many characters" error omits the object type
/// (`Invalid format specifier`).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    parse_spec(spec, None)
}

/// Parses a standard format specifier for an object of type `type_name`,
/// which appears in the `Invalid format specifier '...' for object of type
/// '...'` message and picks the default presentation type used to validate
/// grouping (`"str"` → `s`, `"int"` → `d`, anything else → none), e.g.
/// `Cannot specify ',' with 's'.` / `Cannot specify ',' with 'x'.`.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    parse_spec(spec, Some(type_name))
}

fn parse_spec(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, FormatError> {
    let c: Vec<char> = spec.chars().collect();
    let n = c.len();
    // The type assumed when none is given (matters for grouping checks).
    let default_ty = match type_name {
        Some("str") => Some('s'),
        Some("int") => Some('d'),
        _ => None,
    };
    let mut s = FormatSpec::default();
    let mut i = 0;
    let mut fill = None;
    if n >= 2 && is_align(c[1]) {
        fill = Some(c[0]);
        s.align = Some(c[1]);
        i = 2;
    } else if n >= 1 && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if let Some(&ch @ ('+' | '-' | ' ')) = c.get(i) {
        s.sign = Some(ch);
        i += 1;
    }
    if c.get(i) == Some(&'z') {
        s.z = true;
        i += 1;
    }
    if c.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if fill.is_none() && c.get(i) == Some(&'0') {
        s.zero = true;
        fill = Some('0');
        i += 1;
    }
    s.fill = fill.unwrap_or(' ');
    s.width = parse_count(&c, &mut i)?;
    let both = || value_err("Cannot specify both ',' and '_'.");
    if c.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if c.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        i += 1;
    }
    if c.get(i) == Some(&',') && s.grouping == Some('_') {
        return Err(both());
    }
    if c.get(i) == Some(&'.') {
        i += 1;
        s.precision = parse_count(&c, &mut i)?;
        if s.precision.is_none() {
            return Err(value_err("Format specifier missing precision"));
        }
    }
    if n - i > 1 {
        return Err(value_err(match type_name {
            Some(t) => format!("Invalid format specifier '{spec}' for object of type '{t}'"),
            None => "Invalid format specifier".to_string(),
        }));
    }
    s.ty = c.get(i).copied();
    if let Some(g) = s.grouping {
        match s.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(value_err(format!(
                    "Cannot specify '{g}' with '{}'.",
                    code_repr(t)
                )))
            }
        }
    }
    Ok(s)
}

// ------------------------------------------------------- number rendering ---

/// Inserts `sep` every `every` digits (from the right). If the result would
/// be shorter than `min_len`, it is left-padded with zeros (which are grouped
/// too), as CPython does for `'0'` fill with `'='` alignment.
fn group_digits(
    digits: &str,
    sep: char,
    every: usize,
    min_len: usize,
) -> Result<String, FormatError> {
    let ndig = digits.len();
    let grouped_len = |n: usize| n + n.saturating_sub(1) / every;
    let mut n = ndig;
    if grouped_len(n) < min_len {
        let approx = (min_len as u128 * every as u128 / (every as u128 + 1)) as usize;
        n = approx.max(ndig);
        while n > ndig && grouped_len(n - 1) >= min_len {
            n -= 1;
        }
        while grouped_len(n) < min_len {
            n += 1;
        }
    }
    let zeros = n - ndig;
    let mut out = String::new();
    reserve(&mut out, grouped_len(n) + sep.len_utf8() * (n / every))?;
    for (k, ch) in std::iter::repeat_n('0', zeros)
        .chain(digits.chars())
        .enumerate()
    {
        if k > 0 && (n - k).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    Ok(out)
}

/// The pieces of a formatted number before padding.
struct NumParts {
    negative: bool,
    /// `0x`, `0o`, `0b`, `0X` or empty.
    prefix: &'static str,
    /// Integer-part digits (subject to grouping); empty for inf/nan and `c`.
    digits: String,
    /// Everything after the integer digits (fraction, exponent, `%`, `inf`...).
    rest: String,
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn render_number(p: &NumParts, spec: &FormatSpec, every: usize) -> Result<String, FormatError> {
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let width = spec.width.unwrap_or(0);
    let mut lead = String::from(sign_str(p.negative, spec.sign));
    lead.push_str(p.prefix);
    let mut body = match spec.grouping {
        Some(sep) if !p.digits.is_empty() => {
            let min_len = if spec.fill == '0' && align == '=' {
                width.saturating_sub(lead.len() + p.rest.chars().count())
            } else {
                0
            };
            group_digits(&p.digits, sep, every, min_len)?
        }
        _ => p.digits.clone(),
    };
    reserve(&mut body, p.rest.len())?;
    body.push_str(&p.rest);
    layout(&lead, &body, spec.fill, align, width)
}

// ---------------------------------------------------------------- floats ---

/// More significant digits than any double's exact decimal expansion has.
const MAX_SIG: usize = 800;
/// More fractional digits than any double's exact decimal expansion has.
const MAX_FRAC: usize = 1100;

/// Splits Rust's `{:e}` output (`"1.25e-7"`) into digits and exponent.
fn split_exp(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    (
        mant.chars().filter(char::is_ascii_digit).collect(),
        exp.parse().unwrap_or(0),
    )
}

/// Shortest round-trip digits `d` and exponent `e` of finite `x >= 0`:
/// `x = d[0].d[1..] * 10^e`.
fn shortest_digits(x: f64) -> (String, i32) {
    let (d, e) = split_exp(&format!("{:e}", x));
    // With 16+ digits two candidates may both round-trip; CPython picks the
    // one nearest to `x` (ties to even), which correct rounding gives us.
    if d.len() >= 16 {
        let nearest = format!("{:.*e}", d.len() - 1, x);
        if nearest.parse::<f64>() == Ok(x) {
            return split_exp(&nearest);
        }
    }
    (d, e)
}

/// `prec + 1` correctly rounded significant digits and the exponent of `x`.
fn sci_digits(x: f64, prec: usize) -> Result<(String, i32), FormatError> {
    let p = prec.min(MAX_SIG);
    let (mut d, e) = split_exp(&format!("{:.*e}", p, x));
    push_repeat(&mut d, '0', prec - p)?;
    Ok((d, e))
}

fn exp_suffix(e: i32) -> String {
    format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.unsigned_abs())
}

/// `d[0].d[1..]e±XX`; the point is kept when `force_point` even with one digit.
fn layout_sci(d: &str, e: i32, force_point: bool) -> String {
    let split = d.chars().next().map_or(0, char::len_utf8);
    let (first, rest) = d.split_at(split);
    let mut s = String::with_capacity(d.len() + 6);
    s.push_str(first);
    if !rest.is_empty() || force_point {
        s.push('.');
        s.push_str(rest);
    }
    s.push_str(&exp_suffix(e));
    s
}

/// Positional notation of `d[0].d[1..] * 10^e` (no trailing-zero trimming).
fn layout_fixed(d: &str, e: i32, force_point: bool) -> String {
    let mut s = String::with_capacity(d.len() + e.unsigned_abs() as usize + 3);
    let frac: &str;
    if e >= 0 {
        let int_len = e as usize + 1;
        if d.len() > int_len {
            let (a, b) = d.split_at(int_len);
            s.push_str(a);
            frac = b;
        } else {
            s.push_str(d);
            s.extend(std::iter::repeat_n('0', int_len - d.len()));
            frac = "";
        }
        if !frac.is_empty() || force_point {
            s.push('.');
            s.push_str(frac);
        }
    } else {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', (-(e as i64) - 1) as usize));
        s.push_str(d);
    }
    s
}

fn fmt_fixed(x: f64, prec: usize, alt: bool) -> Result<String, FormatError> {
    let p = prec.min(MAX_FRAC);
    let mut s = format!("{:.*}", p, x);
    push_repeat(&mut s, '0', prec - p)?;
    if alt && prec == 0 {
        s.push('.');
    }
    Ok(s)
}

fn fmt_sci(x: f64, prec: usize, alt: bool) -> Result<String, FormatError> {
    let (d, e) = sci_digits(x, prec)?;
    Ok(layout_sci(&d, e, alt))
}

/// `'g'` formatting; `add_dot0` gives the no-type-with-precision variant
/// (scientific from `exp >= p - 1`, and `.0` added to integral results).
fn fmt_general(x: f64, prec: usize, alt: bool, add_dot0: bool) -> Result<String, FormatError> {
    let p = prec.max(1);
    let (mut d, e) = sci_digits(x, p - 1)?;
    let limit = if add_dot0 { p - 1 } else { p };
    let use_exp = e < -4 || i64::from(e) >= limit as i64;
    if !alt {
        let keep = d.trim_end_matches('0').len().max(1);
        d.truncate(keep);
    }
    let mut s = if use_exp {
        layout_sci(&d, e, alt)
    } else {
        layout_fixed(&d, e, alt)
    };
    if add_dot0 && !use_exp && !s.contains('.') {
        s.push_str(".0");
    }
    Ok(s)
}

/// `repr()` style (CPython's `'r'` mode): shortest digits, scientific when
/// `exp < -4 or exp >= 16`. `add_dot0` appends `.0` to integral results.
fn fmt_repr(x: f64, alt: bool, add_dot0: bool) -> String {
    let (d, e) = shortest_digits(x);
    if !(-4..16).contains(&e) {
        layout_sci(&d, e, alt)
    } else {
        let mut s = layout_fixed(&d, e, false);
        if !s.contains('.') {
            s.push_str(if add_dot0 {
                ".0"
            } else if alt {
                "."
            } else {
                ""
            });
        }
        s
    }
}

/// Formats finite `x >= 0` for presentation type `ty` (`'r'` = no type).
fn float_abs_body(x: f64, ty: char, prec: Option<usize>, alt: bool) -> Result<String, FormatError> {
    let p6 = prec.unwrap_or(6);
    match ty {
        'e' | 'E' => fmt_sci(x, p6, alt),
        'f' | 'F' | '%' => fmt_fixed(x, p6, alt),
        'g' | 'G' | 'n' => fmt_general(x, p6, alt, false),
        _ => match prec {
            None => Ok(fmt_repr(x, alt, true)),
            Some(p) => fmt_general(x, p, alt, true),
        },
    }
}

/// Like CPython's `PyOS_double_to_string(x, ty, precision, flags)` with the
/// `Py_DTSF_ALT` flag given by `alternate`: `ty` is one of `e E f F g G`, or
/// `r` (repr: shortest digits, precision ignored; no `.0` is added). A
/// leading `-` is emitted for negative values (including `-0.0`), never for
/// NaN; non-finite values give `inf`/`nan` (`INF`/`NAN` for `E F G`).
/// Huge precisions that cannot be allocated give `MemoryError`.
pub fn double_to_string(
    x: f64,
    ty: char,
    precision: usize,
    alternate: bool,
) -> Result<String, FormatError> {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let mut s = String::new();
    if x.is_sign_negative() && !x.is_nan() {
        s.push('-');
    }
    if x.is_nan() {
        s.push_str("nan");
    } else if x.is_infinite() {
        s.push_str("inf");
    } else if ty == 'r' {
        s.push_str(&fmt_repr(x.abs(), alternate, false));
    } else {
        s.push_str(&float_abs_body(x.abs(), ty, Some(precision), alternate)?);
    }
    if upper {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// `repr(x)` / `str(x)` for a Python float: `'1.0'`, `'1e+16'`, `'0.0001'`,
/// `'1e-05'`, `'-0.0'`, `'inf'`, `'-inf'`, `'nan'`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let body = if x.is_infinite() {
        "inf".to_string()
    } else {
        fmt_repr(x.abs(), false, true)
    };
    if x.is_sign_negative() {
        format!("-{body}")
    } else {
        body
    }
}

/// Splits a formatted magnitude into leading integer digits and the rest.
fn split_int_digits(body: String) -> (String, String) {
    let k = body.bytes().take_while(u8::is_ascii_digit).count();
    let mut digits = body;
    let rest = digits.split_off(k);
    (digits, rest)
}

/// True if the mantissa of a formatted magnitude is all zeros (for `z`).
fn is_zero_mantissa(body: &str) -> bool {
    body.chars()
        .take_while(|&c| c != 'e')
        .all(|c| c == '0' || c == '.')
}

/// Checks a float presentation type; `'r'` stands for "no type".
fn float_type(spec: &FormatSpec, type_name: &str) -> Result<char, FormatError> {
    match spec.ty {
        None | Some('\0') => Ok('r'),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => Ok(t),
        Some(t) => Err(unknown_format_code(t, type_name)),
    }
}

/// Formats one float as `NumParts` (shared by float and complex).
fn float_parts(
    x: f64,
    ty: char,
    prec: Option<usize>,
    spec: &FormatSpec,
    add_dot0: bool,
) -> Result<NumParts, FormatError> {
    let v = if ty == '%' { x * 100.0 } else { x };
    let mut negative = v.is_sign_negative() && !v.is_nan();
    let mut body = if v.is_nan() {
        "nan".to_string()
    } else if v.is_infinite() {
        "inf".to_string()
    } else if ty == 'r' && prec.is_none() {
        fmt_repr(v.abs(), spec.alternate, add_dot0)
    } else if ty == 'r' {
        let p = prec.unwrap_or(0);
        fmt_general(v.abs(), p, spec.alternate, add_dot0)?
    } else {
        float_abs_body(v.abs(), ty, prec, spec.alternate)?
    };
    if spec.z && negative && v.is_finite() && is_zero_mantissa(&body) {
        negative = false;
    }
    if matches!(ty, 'E' | 'F' | 'G') {
        body.make_ascii_uppercase();
    }
    if ty == '%' {
        body.push('%');
    }
    let (digits, rest) = if v.is_finite() {
        split_int_digits(body)
    } else {
        (String::new(), body)
    };
    Ok(NumParts {
        negative,
        prefix: "",
        digits,
        rest,
    })
}

fn check_float_precision(spec: &FormatSpec) -> Result<(), FormatError> {
    match spec.precision {
        Some(p) if p > i32::MAX as usize => Err(value_err("precision too big")),
        _ => Ok(()),
    }
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    format_float_spec(x, &parse_format_spec_for(spec, "float")?)
}

/// `format(x, spec)` for a float, with an already parsed spec.
pub fn format_float_spec(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = float_type(spec, "float")?;
    check_float_precision(spec)?;
    let parts = float_parts(x, ty, spec.precision, spec, true)?;
    render_number(&parts, spec, 3)
}

// ------------------------------------------------------------------ ints ---

/// An integer argument: machine-sized fast path or a big integer.
#[derive(Debug, Clone, Copy)]
pub enum IntValue<'a> {
    Small(i64),
    Big(&'a IBig),
}

impl IntValue<'_> {
    pub fn is_negative(&self) -> bool {
        match self {
            IntValue::Small(v) => *v < 0,
            IntValue::Big(v) => **v < IBig::ZERO,
        }
    }

    /// Digits of the absolute value: `ty` is `b`, `o`, `x`, `X`, else decimal.
    pub fn magnitude_digits(&self, ty: char) -> String {
        match self {
            IntValue::Small(v) => {
                let m = v.unsigned_abs();
                match ty {
                    'b' => format!("{m:b}"),
                    'o' => format!("{m:o}"),
                    'x' => format!("{m:x}"),
                    'X' => format!("{m:X}"),
                    _ => m.to_string(),
                }
            }
            IntValue::Big(v) => {
                let s = match ty {
                    'b' => format!("{v:b}"),
                    'o' => format!("{v:o}"),
                    'x' => format!("{v:x}"),
                    'X' => format!("{v:X}"),
                    _ => v.to_string(),
                };
                match s.strip_prefix('-') {
                    Some(m) => m.to_string(),
                    None => s,
                }
            }
        }
    }

    /// `float(int)`: correctly rounded; `OverflowError` if out of range.
    pub fn to_f64(&self) -> Result<f64, FormatError> {
        let f = match self {
            IntValue::Small(v) => *v as f64,
            IntValue::Big(v) => v.to_f64().value(),
        };
        if f.is_finite() {
            Ok(f)
        } else {
            Err(FormatError::new(
                ErrorKind::OverflowError,
                "int too large to convert to float",
            ))
        }
    }

    /// The character for `%c` / format type `c`.
    pub fn to_char(&self) -> Result<char, FormatError> {
        let cp = match self {
            IntValue::Small(v) => u32::try_from(*v).ok(),
            IntValue::Big(v) => u32::try_from(*v).ok(),
        };
        match cp {
            Some(cp) if cp < 0x110000 => char::from_u32(cp).ok_or_else(|| {
                FormatError::new(
                    ErrorKind::NotImplementedError,
                    "lone surrogates in strings are not supported yet",
                )
            }),
            _ => Err(FormatError::new(
                ErrorKind::OverflowError,
                "%c arg not in range(0x110000)",
            )),
        }
    }
}

/// `format(value, spec)` for an int (bool callers pass 0/1).
pub fn format_int(value: &IBig, spec: &str) -> Result<String, FormatError> {
    format_int_value(IntValue::Big(value), spec)
}

/// `format(value, spec)` for an int that fits in an `i64` (same results as
/// [`format_int`]).
pub fn format_i64(value: i64, spec: &str) -> Result<String, FormatError> {
    format_int_value(IntValue::Small(value), spec)
}

fn format_int_value(value: IntValue<'_>, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        let mut s = value.magnitude_digits('d');
        if value.is_negative() {
            s.insert(0, '-');
        }
        return Ok(s);
    }
    format_int_spec(value, &parse_format_spec_for(spec, "int")?)
}

/// `format(value, spec)` for an int, with an already parsed spec.
pub fn format_int_spec(value: IntValue<'_>, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_spec(value.to_f64()?, spec);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        _ => return Err(unknown_format_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err(value_err(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_err(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_err(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        if let IntValue::Big(v) = value {
            if i64::try_from(v).is_err() {
                return Err(FormatError::new(
                    ErrorKind::OverflowError,
                    "Python int too large to convert to C long",
                ));
            }
        }
        let ch = value.to_char()?;
        let parts = NumParts {
            negative: false,
            prefix: "",
            digits: String::new(),
            rest: ch.to_string(),
        };
        return render_number(&parts, spec, 3);
    }
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    let parts = NumParts {
        negative: value.is_negative(),
        prefix,
        digits: value.magnitude_digits(ty),
        rest: String::new(),
    };
    render_number(&parts, spec, every)
}

// --------------------------------------------------------------- complex ---

/// `repr(complex(re, im))`: `'1j'`, `'(1+2j)'`, `'(-0-0j)'`, `'(nan+infj)'`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        if x.is_nan() {
            "nan".to_string()
        } else if x.is_infinite() {
            if x < 0.0 { "-inf" } else { "inf" }.to_string()
        } else {
            let body = fmt_repr(x.abs(), false, false);
            if x.is_sign_negative() {
                format!("-{body}")
            } else {
                body
            }
        }
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let im_s = part(im);
    let sign = if im_s.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part(re), sign, im_s)
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    format_complex_spec(re, im, &parse_format_spec_for(spec, "complex")?)
}

/// `format(complex(re, im), spec)` with an already parsed spec.
pub fn format_complex_spec(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = float_type(spec, "complex")?;
    if ty == '%' {
        return Err(unknown_format_code('%', "complex"));
    }
    check_float_precision(spec)?;
    if spec.fill == '0' {
        return Err(value_err(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_err(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let no_type = ty == 'r';
    let skip_re = no_type && re == 0.0 && re.is_sign_positive();
    let add_parens = no_type && !skip_re;
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    let plain = FormatSpec {
        fill: ' ',
        align: Some('<'),
        width: None,
        zero: false,
        ..spec.clone()
    };
    if !skip_re {
        let p = float_parts(re, ty, spec.precision, &plain, false)?;
        body.push_str(&render_number(&p, &plain, 3)?);
    }
    let p = float_parts(im, ty, spec.precision, &plain, false)?;
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    let im_spec = FormatSpec {
        sign: im_sign,
        ..plain
    };
    body.push_str(&render_number(&p, &im_spec, 3)?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    layout(
        "",
        &body,
        spec.fill,
        spec.align.unwrap_or('>'),
        spec.width.unwrap_or(0),
    )
}

// ---------------------------------------------------------------- strings ---

/// `format(s, spec)` for a str: fill, alignment, width and precision
/// (truncation), all counted in code points.
pub fn format_str(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    format_str_spec(s, &parse_format_spec_for(spec, "str")?)
}

/// `format(s, spec)` for a str, with an already parsed spec.
pub fn format_str_spec(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_format_code(t, "str")),
    }
    match spec.sign {
        Some(' ') => return Err(value_err("Space not allowed in string format specifier")),
        Some(_) => return Err(value_err("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.z {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_err(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_err(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body = match spec.precision {
        Some(p) => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        None => s,
    };
    layout(
        "",
        body,
        spec.fill,
        spec.align.unwrap_or('<'),
        spec.width.unwrap_or(0),
    )
}

#[cfg(test)]
mod tests {
    //! Expected strings were generated with CPython 3.11.7 (`format(x, spec)`,
    //! `repr(x)`); errors are written as `!Kind: message`.
    use super::*;
    use std::str::FromStr;

    fn show(r: Result<String, FormatError>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => format!("!{:?}: {}", e.kind, e.msg),
        }
    }

    #[rustfmt::skip]
    const FLOAT_CASES: &[(f64, &str, &str)] = &[
        (1.5, "<07", "1.50000"),
        (f64::INFINITY, "010", "0000000inf"),
        (f64::NAN, "010", "0000000nan"),
        (f64::NEG_INFINITY, "010", "-000000inf"),
        (f64::INFINITY, "010,", "0000000inf"),
        (1.0, ".3", "1.0"),
        (100.0, ".3", "1e+02"),
        (10.0, ".3", "10.0"),
        (1e+20, ".3", "1e+20"),
        (123.0, ".3", "1.23e+02"),
        (0.0001, ".3", "0.0001"),
        (1e-05, ".3", "1e-05"),
        (1.0, "", "1.0"),
        (1e+16, "", "1e+16"),
        (1e+16, "5", "1e+16"),
        (1000000000000000.0, "", "1000000000000000.0"),
        (123456789012345.0, "", "123456789012345.0"),
        (0.0001, "", "0.0001"),
        (1e-05, "", "1e-05"),
        (1.0, "g", "1"),
        (1.0, "#g", "1.00000"),
        (1.0, "#", "1.0"),
        (1.0, "#.0", "1.e+00"),
        (1.0, "#.0e", "1.e+00"),
        (1.0, "#.0f", "1."),
        (1.0, ".0", "1e+00"),
        (100.0, "#.3", "1.00e+02"),
        (1e+16, "#", "1.e+16"),
        (1.5, "#.3", "1.50"),
        (8511.0, "#", "8511.0"),
        (-0.0001, "z.2f", "0.00"),
        (-0.0, "z", "0.0"),
        (-0.0, "z.3", "0.0"),
        (-1e-10, "zg", "-1e-10"),
        (f64::NAN, "+", "+nan"),
        (-0.0, "", "-0.0"),
        (-0.0, "+", "-0.0"),
        (1234.5, ",e", "1.234500e+03"),
        (1234.5, ",f", "1,234.500000"),
        (1234.5, ",g", "1,234.5"),
        (1234567.0, ",", "1,234,567.0"),
        (1234567.0, "_", "1_234_567.0"),
        (1234567.0, ",.2%", "123,456,700.00%"),
        (0.5, "%", "50.000000%"),
        (0.5, ".0%", "50%"),
        (f64::INFINITY, "%", "inf%"),
        (f64::NAN, "+.3%", "+nan%"),
        (-0.0, "z%", "0.000000%"),
        (2.675, ".2f", "2.67"),
        (0.125, ".2f", "0.12"),
        (0.375, ".2f", "0.38"),
        (0.5, ".0f", "0"),
        (1.5, ".0f", "2"),
        (2.5, ".0f", "2"),
        (1e+22, "f", "10000000000000000000000.000000"),
        (0.1, ".30f", "0.100000000000000005551115123126"),
        (5e-324, "", "5e-324"),
        (5e-324, ".3e", "4.941e-324"),
        (1.7976931348623157e+308, "", "1.7976931348623157e+308"),
        (1234567.0, "n", "1.23457e+06"),
        (0.0, "n", "0"),
        (1e+16, "n", "1e+16"),
        (1.5, "0=10,", "0,000,001.5"),
        (1.5, "010,", "0,000,001.5"),
        (1234.5, "012,.1f", "00,001,234.5"),
        (1234.5, "020,e", "0,000,001.234500e+03"),
        (1234.5, "020,", "00,000,000,001,234.5"),
        (-1234.5, "020,.1f", "-0,000,000,001,234.5"),
        (100000.0, "#.1g", "1.e+05"),
        (1.0, "#.1g", "1."),
        (0.5, "#.0f", "0."),
        (1e-05, "#g", "1.00000e-05"),
        (12345.678, "_.2f", "12_345.68"),
        (f64::INFINITY, "^9", "   inf   "),
        (1e+100, "f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"),
        (1e-07, "G", "1E-07"),
        (1.5e+300, "", "1.5e+300"),
        (1e+16, ".17g", "10000000000000000"),
        (0.0, "#g", "0.00000"),
        (0.1, ".1000g", "0.1000000000000000055511151231257827021181583404541015625"),
        (1.5, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (1.5, "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (1.5, "€", "!ValueError: Unknown format code '\\x20ac' for object of type 'float'"),
        (1.5, "\u{0}", "1.5"),
        (1.5, "<5,.3xx", "!ValueError: Invalid format specifier '<5,.3xx' for object of type 'float'"),
        (1.5, ".2147483648", "!ValueError: precision too big"),
        (1.5, ",n", "!ValueError: Cannot specify ',' with 'n'."),
        (1.5, ".", "!ValueError: Format specifier missing precision"),
        (1.5, "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        (-1896943817227100.2, "", "-1896943817227100.2"),
        (-27471067689.914062, "", "-27471067689.914062"),
        (0.1, "", "0.1"),
        (0.3333333333333333, "", "0.3333333333333333"),
        (0.6666666666666666, ".16", "0.6666666666666666"),
        (-2.5, "+.0e", "-2e+00"),
        (99.99, ".3", "1e+02"),
        (9.9999, ".4g", "10"),
        (1e+301, "F", "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863713750804478640437044438328838781769425232353604305756447921847867069828483872009265758037378302337947880900593689532349707999450811190389676408800746527427801424945792587888200568428381156694721963868654594005401600.000000"),
        (3.25159, "*^+12.3f", "***+3.252***"),
        (3.25159, "😀^12.2", "😀😀😀😀3.3😀😀😀😀😀"),
    ];
    #[rustfmt::skip]
    const INT_CASES: &[(i64, &str, &str)] = &[
        (1234, "09,", "0,001,234"),
        (1234, "08,", "0,001,234"),
        (1234, "010,", "00,001,234"),
        (1234, "012,", "0,000,001,234"),
        (-1234, "09,", "-0,001,234"),
        (-1234, "010,", "-0,001,234"),
        (1234, "08_", "0_001_234"),
        (255, "#012_x", "0x0_0000_00ff"),
        (255, "#011_x", "0x0000_00ff"),
        (255, "#010_b", "0b1111_1111"),
        (12, "<05", "12000"),
        (12, "^05", "01200"),
        (12, "x<05", "12xxx"),
        (1234, "0=10,", "00,001,234"),
        (1234, "0>10,", "000001,234"),
        (1234, "x=10,", "xxxxx1,234"),
        (-1234, "x=10,", "-xxxx1,234"),
        (1234, "<010,", "1,23400000"),
        (1234, "^010,", "001,234000"),
        (1234, "*=010,", "*****1,234"),
        (1, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        (1, ".2", "!ValueError: Precision not allowed in integer format specifier"),
        (1, "y", "!ValueError: Unknown format code 'y' for object of type 'int'"),
        (1, "€", "!ValueError: Unknown format code '\\x20ac' for object of type 'int'"),
        (1, "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        (1, ",x", "!ValueError: Cannot specify ',' with 'x'."),
        (1, ",b", "!ValueError: Cannot specify ',' with 'b'."),
        (1, "_x", "1"),
        (1, ",c", "!ValueError: Cannot specify ',' with 'c'."),
        (1, ",n", "!ValueError: Cannot specify ',' with 'n'."),
        (1, "_n", "!ValueError: Cannot specify '_' with 'n'."),
        (1, ",_", "!ValueError: Cannot specify both ',' and '_'."),
        (1, "_,", "!ValueError: Cannot specify both ',' and '_'."),
        (1, ",,", "!ValueError: Cannot specify ',' with ','."),
        (1, "__", "!ValueError: Cannot specify '_' with '_'."),
        (1, ".", "!ValueError: Format specifier missing precision"),
        (1, "5.", "!ValueError: Format specifier missing precision"),
        (1, "dd", "!ValueError: Invalid format specifier 'dd' for object of type 'int'"),
        (1, "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        (1, "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        (1, "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        (-1, "c", "!OverflowError: %c arg not in range(0x110000)"),
        (1114112, "c", "!OverflowError: %c arg not in range(0x110000)"),
        (1114111, "c", "􏿿"),
        (65, "c", "A"),
        (65, "5c", "    A"),
        (65, "05c", "0000A"),
        (1, "z.2c", "!ValueError: Precision not allowed in integer format specifier"),
        (1, "z#c", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        (123, "e", "1.230000e+02"),
        (123, ".2e", "1.23e+02"),
        (123, "%", "12300.000000%"),
        (123, "n", "123"),
        (-123, "#x", "-0x7b"),
        (-123, "#X", "-0X7B"),
        (-123, "#o", "-0o173"),
        (-123, "#b", "-0b1111011"),
        (123, "+#x", "+0x7b"),
        (123, " x", " 7b"),
        (123, " ", " 123"),
        (0, "#x", "0x0"),
        (12345, "_o", "3_0071"),
        (12345, "_b", "11_0000_0011_1001"),
        (12345, "_%", "1_234_500.000000%"),
        (1, "\u{0}", "!ValueError: Unknown format code '\\x0' for object of type 'int'"),
        (1, "\u{0}<5", "1\u{0}\u{0}\u{0}\u{0}"),
        (1, "<", "1"),
        (1, "0", "1"),
        (1, "00", "1"),
        (1, "+0", "+1"),
        (1, "0#", "!ValueError: Unknown format code '#' for object of type 'int'"),
        (1, "#x#", "!ValueError: Invalid format specifier '#x#' for object of type 'int'"),
        (1, "+-", "!ValueError: Unknown format code '-' for object of type 'int'"),
        (1, "1,_d", "!ValueError: Cannot specify both ',' and '_'."),
        (1, "٥", "    1"),
        (1, "𝟘𝟙", "1"),
        (i64::MIN, "", "-9223372036854775808"),
        (9223372036854775807, "_x", "7fff_ffff_ffff_ffff"),
        (i64::MIN, "#b", "-0b1000000000000000000000000000000000000000000000000000000000000000"),
        (1234567, "n", "1234567"),
        (-5, "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        (0, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        (1, "5 ", "!ValueError: Unknown format code '\\x20' for object of type 'int'"),
        (1, "5\u{7f}", "!ValueError: Unknown format code '\u{7f}' for object of type 'int'"),
        (42, ".2147483648e", "!ValueError: precision too big"),
        (7, "0<5", "70000"),
    ];
    #[rustfmt::skip]
    const BIG_CASES: &[(&str, &str, &str)] = &[
        ("1000000000000000000000000000000", "x", "c9f2c9cd04674edea40000000"),
        ("1000000000000000000000000000000", ",", "1,000,000,000,000,000,000,000,000,000,000"),
        ("1000000000000000000000000000000", "_", "1_000_000_000_000_000_000_000_000_000_000"),
        ("1000000000000000000000000000000", "_b", "1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"),
        ("-1000000000000000000000000000000", "#X", "-0XC9F2C9CD04674EDEA40000000"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "!OverflowError: int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "e", "!OverflowError: int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "e", "1.797693e+308"),
        ("9223372036854775808", "c", "!OverflowError: Python int too large to convert to C long"),
        ("-9223372036854775809", "c", "!OverflowError: Python int too large to convert to C long"),
        ("-10000000000000000000000000", "040,", "-000,010,000,000,000,000,000,000,000,000"),
        ("100000000000000000000", ".3%", "10000000000000000000000.000%"),
        ("-1180591620717411303424", "+#o", "-0o200000000000000000000000"),
    ];
    #[rustfmt::skip]
    const STR_CASES: &[(&str, &str, &str)] = &[
        ("ab", "05", "ab000"),
        ("ab", "<05", "ab000"),
        ("a", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("a", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("a", " ", "!ValueError: Space not allowed in string format specifier"),
        ("a", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("a", "=", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("a", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("a", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("abc", ".2", "ab"),
        ("abc", "x^9.2", "xxxabxxxx"),
        ("a", "5s", "a    "),
        ("a", "+#=d", "!ValueError: Invalid format specifier '+#=d' for object of type 'str'"),
        ("a", "=z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("a", "=5,", "!ValueError: Cannot specify ',' with 's'."),
        ("a", ".3,", "!ValueError: Unknown format code ',' for object of type 'str'"),
        ("", "", ""),
        ("abc", "", "abc"),
        ("a", "\u{0}", "!ValueError: Unknown format code '\\x0' for object of type 'str'"),
        ("日本語", "*^8.2", "***日本***"),
        ("ab", "😀^6", "😀😀ab😀😀"),
        ("1", "\n<5", "1\n\n\n\n"),
        ("a", "5ss", "!ValueError: Invalid format specifier '5ss' for object of type 'str'"),
        ("héllo", ">8", "   héllo"),
    ];
    #[rustfmt::skip]
    const COMPLEX_CASES: &[(f64, f64, &str, &str)] = &[
        (1.0, 2.0, "", "(1+2j)"),
        (1.0, 2.0, "+", "(+1+2j)"),
        (1.0, 2.0, " ", "( 1+2j)"),
        (0.0, 2.0, "", "2j"),
        (0.0, 2.0, "+", "+2j"),
        (-0.0, -2.0, "", "(-0-2j)"),
        (-0.0, -0.0, "", "(-0-0j)"),
        (0.0, -0.0, "", "-0j"),
        (f64::NAN, f64::INFINITY, "", "(nan+infj)"),
        (1.0, 2.0, "10", "    (1+2j)"),
        (1.0, 2.0, "^12", "   (1+2j)   "),
        (1.0, 2.0, "010", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (1.0, 2.0, "=10", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
        (1.5, 2.0, ".3", "(1.5+2j)"),
        (1e+20, 1.0, ".3", "(1e+20+1j)"),
        (1.0, 2.0, "e", "1.000000e+00+2.000000e+00j"),
        (1.0, 2.0, "f", "1.000000+2.000000j"),
        (1.0, 2.0, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (1234.0, 5678.0, ",", "(1,234+5,678j)"),
        (1234.0, 5678.0, ",.2f", "1,234.00+5,678.00j"),
        (1.0, 2.0, "#", "(1.+2.j)"),
        (1e+16, 1.0, "", "(1e+16+1j)"),
        (-0.0, 1.0, "z", "(0+1j)"),
        (-1e-10, -1e-10, "z.2f", "0.00+0.00j"),
        (1.0, 2.0, "0>5", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (1.0, f64::NAN, "F", "1.000000+NANj"),
        (1.0, 2.0, "5dd", "!ValueError: Invalid format specifier '5dd' for object of type 'complex'"),
        (-1.0, -2.0, " .2f", "-1.00-2.00j"),
        (0.0, 1.5e+300, "", "1.5e+300j"),
    ];
    #[rustfmt::skip]
    const REPR_CASES: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (0.1, "0.1"),
        (1e+16, "1e+16"),
        (1000000000000000.0, "1000000000000000.0"),
        (1e-05, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345.0, "123456789012345.0"),
        (1.5e+300, "1.5e+300"),
        (5e-324, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (-1896943817227100.2, "-1896943817227100.2"),
        (1130978285498103.2, "1130978285498103.2"),
        (-2371242027705.1562, "-2371242027705.1562"),
        (0.3333333333333333, "0.3333333333333333"),
        (0.6666666666666666, "0.6666666666666666"),
        (100.0, "100.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (0.30000000000000004, "0.30000000000000004"),
        (1e+22, "1e+22"),
        (1e+23, "1e+23"),
        (123.456, "123.456"),
        (-0.5, "-0.5"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (4.35, "4.35"),
        (9007199254740992.0, "9007199254740992.0"),
        (1.5e-323, "1.5e-323"),
        (1e-320, "1e-320"),
    ];

    #[test]
    fn float_table() {
        for &(x, spec, want) in FLOAT_CASES {
            assert_eq!(show(format_float(x, spec)), want, "format({x:?}, {spec:?})");
        }
    }

    #[test]
    fn int_table() {
        for &(x, spec, want) in INT_CASES {
            assert_eq!(show(format_i64(x, spec)), want, "format({x}, {spec:?})");
            assert_eq!(
                show(format_int(&IBig::from(x), spec)),
                want,
                "big format({x}, {spec:?})"
            );
        }
        for &(x, spec, want) in BIG_CASES {
            let v = IBig::from_str(x).expect("test literal");
            assert_eq!(show(format_int(&v, spec)), want, "format({x}, {spec:?})");
        }
    }

    #[test]
    fn str_table() {
        for &(s, spec, want) in STR_CASES {
            assert_eq!(show(format_str(s, spec)), want, "format({s:?}, {spec:?})");
        }
    }

    #[test]
    fn complex_table() {
        for &(re, im, spec, want) in COMPLEX_CASES {
            assert_eq!(
                show(format_complex(re, im, spec)),
                want,
                "format({re}+{im}j, {spec:?})"
            );
        }
        assert_eq!(complex_repr(1.0, f64::NEG_INFINITY), "(1-infj)");
        assert_eq!(complex_repr(-0.0, f64::NAN), "(-0+nanj)");
    }

    #[test]
    fn repr_table() {
        for &(x, want) in REPR_CASES {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }

    #[test]
    fn double_to_string_modes() {
        let d = |x, ty, p, alt| show(double_to_string(x, ty, p, alt));
        assert_eq!(d(1.5, 'e', 6, false), "1.500000e+00");
        assert_eq!(d(-0.0, 'f', 2, false), "-0.00");
        assert_eq!(d(f64::NAN, 'G', 6, false), "NAN");
        assert_eq!(d(f64::NEG_INFINITY, 'f', 6, false), "-inf");
        assert_eq!(d(100.0, 'g', 3, true), "100.");
        assert_eq!(d(1e-5, 'G', 6, false), "1E-05");
        assert_eq!(d(2.0, 'r', 0, false), "2");
        assert_eq!(d(2.0, 'r', 0, true), "2.");
        assert_eq!(d(1e16, 'r', 0, false), "1e+16");
        assert_eq!(d(0.5, 'f', 0, true), "0.");
        assert_eq!(d(1.0, 'f', 1200, false).len(), 1202);
    }

    #[test]
    fn parsed_spec_fields() {
        let s = parse_format_spec("*^+z#015_.3f").expect("valid spec");
        let want = FormatSpec {
            fill: '*',
            align: Some('^'),
            sign: Some('+'),
            z: true,
            alternate: true,
            zero: false,
            width: Some(15),
            grouping: Some('_'),
            precision: Some(3),
            ty: Some('f'),
        };
        assert_eq!(s, want);
        let s = parse_format_spec("08,").expect("valid spec");
        assert_eq!(
            (s.fill, s.zero, s.align, s.width),
            ('0', true, None, Some(8))
        );
        assert_eq!(parse_format_spec("").expect("empty"), FormatSpec::default());
        assert_eq!(
            show(parse_format_spec("xx").map(|_| String::new())),
            "!ValueError: Invalid format specifier"
        );
        assert_eq!(
            show(parse_format_spec_for("5dd", "Fraction").map(|_| String::new())),
            "!ValueError: Invalid format specifier '5dd' for object of type 'Fraction'"
        );
        assert_eq!(format_float_spec(2.5, &s), Ok("00,002.5".to_string()));
        assert_eq!(
            format_int_spec(IntValue::Small(-7), &s),
            Ok("-000,007".to_string())
        );
        assert_eq!(
            format_str_spec("ab", &FormatSpec::default()),
            Ok("ab".to_string())
        );
    }

    #[test]
    fn huge_width_is_memory_error() {
        let e = format_i64(1, "9223372036854775807").expect_err("too big");
        assert_eq!(e.kind, ErrorKind::MemoryError);
        let e = format_float(1.0, "0=9223372036854775807,").expect_err("too big");
        assert_eq!(e.kind, ErrorKind::MemoryError);
        let e = format_str("a", "9223372036854775807").expect_err("too big");
        assert_eq!(e.kind, ErrorKind::MemoryError);
    }

    /// Tiny deterministic PRNG for the fuzz tests.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    #[test]
    fn garbage_specs_never_panic() {
        let alphabet: Vec<char> =
            "<>=^+- z#0123456789.,_%bcdeEfFgGnosxXy*\u{0}\u{665}\u{1d7d8}\u{20ac}\u{1f600}\n"
                .chars()
                .collect();
        let big = IBig::from_str("-123456789012345678901234567890").expect("literal");
        let mut rng = Rng(0x9e3779b97f4a7c15);
        for _ in 0..20000 {
            let len = rng.next(10);
            let spec: String = (0..len)
                .map(|_| alphabet[rng.next(alphabet.len())])
                .collect();
            // Keep widths/precisions small so results stay cheap to build.
            if spec.chars().filter(|&c| decimal_value(c).is_some()).count() > 3 {
                continue;
            }
            let _ = parse_format_spec(&spec);
            let _ = format_i64(rng.next(1000) as i64 - 500, &spec);
            let _ = format_i64(i64::MIN, &spec);
            let _ = format_int(&big, &spec);
            for x in [0.0, -0.0, 1.5, -1e300, 5e-324, f64::NAN, f64::INFINITY] {
                let _ = format_float(x, &spec);
                let _ = format_complex(x, -x, &spec);
            }
            let _ = format_str("h\u{e9}llo", &spec);
        }
    }
}
