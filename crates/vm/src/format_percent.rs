//! printf-style (`%`) formatting pieces with CPython 3.11 semantics.
//!
//! This module owns parsing of one conversion specifier
//! ([`parse_percent_spec`]) and rendering of the converted value: ints
//! ([`percent_int`], [`percent_i64`]: `%d %i %u %x %X %o`), floats
//! ([`percent_float`]: `%e %E %f %F %g %G`) and already-converted strings
//! ([`pad_percent_str`]: `%s %r %a %c`). The caller (`str.__mod__`) owns
//! walking the format string, fetching arguments (mapping keys, `*` values),
//! converting objects (`str()`, `repr()`, `ascii()`, `__index__`,
//! `__float__`) and the argument-count errors.
//!
//! Call order that reproduces CPython's error precedence for one specifier:
//! `parse_percent_spec` → fetch `*` width → `set_star_width` → fetch `*`
//! precision → `set_star_precision` → fetch the value (key or next item) →
//! if `conv` is not a supported conversion, raise `spec.unsupported_error()`.

use super::format::{double_to_string, layout, value_err, ErrorKind, FormatError, IntValue};
use dashu_int::IBig;

/// One parsed `%` conversion specifier.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// `-` flag: left-justify.
    pub left: bool,
    /// `+` flag.
    pub plus: bool,
    /// ` ` flag.
    pub space: bool,
    /// `0` flag.
    pub zero: bool,
    /// `#` flag.
    pub alternate: bool,
    pub width: Option<usize>,
    /// Width was `*`: the caller must fetch an int and call [`PercentSpec::set_star_width`].
    pub width_star: bool,
    pub precision: Option<usize>,
    /// Precision was `*`: the caller must call [`PercentSpec::set_star_precision`].
    pub precision_star: bool,
    /// The conversion character (not validated; `'%'` for a literal `%%`).
    pub conv: char,
    /// Character index of `conv` within the whole format string.
    pub conv_index: usize,
}

impl PercentSpec {
    /// Applies a `*` width argument (a negative width means left-justify).
    /// The caller converts the argument to `i64` first (CPython: `TypeError:
    /// * wants int`; `OverflowError: Python int too large to convert to C ssize_t`).
    pub fn set_star_width(&mut self, w: i64) {
        if w < 0 {
            self.left = true;
        }
        self.width = Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX));
    }

    /// Applies a `*` precision argument (negative means 0). Values outside
    /// the C `int` range give CPython's `OverflowError`.
    pub fn set_star_precision(&mut self, p: i64) -> Result<(), FormatError> {
        if i32::try_from(p).is_err() {
            return Err(FormatError::new(
                ErrorKind::OverflowError,
                "Python int too large to convert to C int",
            ));
        }
        self.precision = Some(usize::try_from(p).unwrap_or(0));
        Ok(())
    }

    /// `ValueError: unsupported format character 'y' (0x79) at index 1`.
    pub fn unsupported_error(&self) -> FormatError {
        let c = self.conv;
        let shown = if ('\u{1f}'..='\u{7e}').contains(&c) {
            c
        } else {
            '?'
        };
        value_err(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, c as u32, self.conv_index
        ))
    }

    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }

    /// Pads `lead` + `body` to the width: `-` pads right with spaces, else `0`
    /// puts zeros between `lead` and `body`, else spaces go left.
    fn pad(&self, lead: &str, body: &str) -> Result<String, FormatError> {
        let width = self.width.unwrap_or(0);
        let (fill, align) = if self.left {
            (' ', '<')
        } else if self.zero {
            ('0', '=')
        } else {
            (' ', '>')
        };
        layout(lead, body, fill, align, width)
    }
}

/// Parses one conversion specifier of `fmt` starting at byte index `start`,
/// just after the introducing `%`. Returns the spec and the byte index just
/// past its conversion character. A `%%` gives `conv == '%'` (emit a literal
/// `%`; no argument is consumed). Errors: `incomplete format`,
/// `incomplete format key`, `width too big`, `precision too big`.
/// Length modifiers `h`, `l`, `L` (one of them) are skipped.
pub fn parse_percent_spec(fmt: &str, start: usize) -> Result<(PercentSpec, usize), FormatError> {
    parse_spec(fmt, start, None)
}

/// Like [`parse_percent_spec`], but each `*` is resolved on the spot by
/// calling `star(is_precision)`, which must fetch the next argument and
/// convert it to `i64` (or fail with the caller's error, e.g.
/// `TypeError: * wants int`). This reproduces CPython's error order exactly
/// (for `'%*'` with no arguments the missing argument is reported before
/// the incomplete format). The returned spec has no star markers left.
pub fn parse_percent_spec_with(
    fmt: &str,
    start: usize,
    mut star: impl FnMut(bool) -> Result<i64, FormatError>,
) -> Result<(PercentSpec, usize), FormatError> {
    parse_spec(fmt, start, Some(&mut star))
}

type StarFn<'a> = Option<&'a mut dyn FnMut(bool) -> Result<i64, FormatError>>;

fn parse_spec(
    fmt: &str,
    start: usize,
    mut star: StarFn<'_>,
) -> Result<(PercentSpec, usize), FormatError> {
    let rest = fmt
        .get(start..)
        .ok_or_else(|| value_err("incomplete format"))?;
    let base_chars = fmt.get(..start).map_or(0, |s| s.chars().count());
    let chars: Vec<char> = rest.chars().collect();
    let incomplete = || value_err("incomplete format");
    let mut spec = PercentSpec::default();
    let mut i = 0;
    if chars.first() == Some(&'(') {
        let mut depth = 1usize;
        let key_start = 1;
        i = 1;
        while depth > 0 {
            match chars.get(i) {
                None => return Err(value_err("incomplete format key")),
                Some('(') => depth += 1,
                Some(')') => depth -= 1,
                Some(_) => {}
            }
            i += 1;
        }
        spec.key = Some(chars[key_start..i - 1].iter().collect());
    }
    loop {
        match chars.get(i) {
            Some('-') => spec.left = true,
            Some('+') => spec.plus = true,
            Some(' ') => spec.space = true,
            Some('#') => spec.alternate = true,
            Some('0') => spec.zero = true,
            _ => break,
        }
        i += 1;
    }
    if chars.get(i) == Some(&'*') {
        match star.as_mut() {
            Some(f) => spec.set_star_width(f(false)?),
            None => spec.width_star = true,
        }
        i += 1;
    } else {
        spec.width = parse_ascii_count(&chars, &mut i, isize::MAX as usize)
            .ok_or_else(|| value_err("width too big"))?;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        if chars.get(i) == Some(&'*') {
            match star.as_mut() {
                Some(f) => spec.set_star_precision(f(true)?)?,
                None => spec.precision_star = true,
            }
            i += 1;
        } else {
            let p = parse_ascii_count(&chars, &mut i, i32::MAX as usize)
                .ok_or_else(|| value_err("precision too big"))?;
            spec.precision = Some(p.unwrap_or(0));
        }
    }
    if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    spec.conv = *chars.get(i).ok_or_else(incomplete)?;
    spec.conv_index = base_chars + i;
    let end = start + chars[..=i].iter().map(|c| c.len_utf8()).sum::<usize>();
    Ok((spec, end))
}

/// ASCII digits; `None` on exceeding `max`, `Some(None)` if there are none.
fn parse_ascii_count(c: &[char], i: &mut usize, max: usize) -> Option<Option<usize>> {
    let mut acc: Option<usize> = None;
    while let Some(d) = c.get(*i).and_then(|ch| ch.to_digit(10)) {
        let v = acc.unwrap_or(0).checked_mul(10)?.checked_add(d as usize)?;
        if v > max {
            return None;
        }
        acc = Some(v);
        *i += 1;
    }
    Some(acc)
}

/// `%d %i %u %x %X %o` of a big int (other `conv` values format as decimal).
pub fn percent_int(value: &IBig, spec: &PercentSpec) -> Result<String, FormatError> {
    percent_int_value(IntValue::Big(value), spec)
}

/// [`percent_int`] for a machine-sized int.
pub fn percent_i64(value: i64, spec: &PercentSpec) -> Result<String, FormatError> {
    percent_int_value(IntValue::Small(value), spec)
}

fn percent_int_value(value: IntValue<'_>, spec: &PercentSpec) -> Result<String, FormatError> {
    let prec = spec.precision.unwrap_or(0);
    if prec > i32::MAX as usize - 3 {
        return Err(FormatError::new(
            ErrorKind::OverflowError,
            "precision too large",
        ));
    }
    let digits = value.magnitude_digits(spec.conv);
    let prefix = match (spec.alternate, spec.conv) {
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        (true, 'o') => "0o",
        _ => "",
    };
    let mut body = String::new();
    super::format::push_repeat(&mut body, '0', prec.saturating_sub(digits.len()))?;
    body.push_str(&digits);
    let lead = format!("{}{}", spec.sign(value.is_negative()), prefix);
    spec.pad(&lead, &body)
}

/// `%e %E %f %F %g %G` (default precision 6; other `conv` values act as `g`).
pub fn percent_float(x: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    let ty = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let s = double_to_string(x, ty, spec.precision.unwrap_or(6), spec.alternate)?;
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.as_str()),
    };
    spec.pad(spec.sign(negative), body)
}

/// Width/precision for `%s %r %a` (precision truncates, in code points) and
/// `%c` (precision ignored), applied to the already converted text.
pub fn pad_percent_str(s: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    let body = match spec.precision {
        Some(p) if spec.conv != 'c' => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        _ => s,
    };
    let align = if spec.left { '<' } else { '>' };
    layout("", body, ' ', align, spec.width.unwrap_or(0))
}

/// The character for `%c` given an int (`OverflowError: %c arg not in
/// range(0x110000)`).
pub fn percent_char_from_int(value: &IBig) -> Result<char, FormatError> {
    IntValue::Big(value).to_char()
}

/// The character for `%c` given a str (`TypeError: %c requires int or char`).
pub fn percent_char_from_str(s: &str) -> Result<char, FormatError> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(FormatError::new(
            ErrorKind::TypeError,
            "%c requires int or char",
        )),
    }
}

#[cfg(test)]
mod tests {
    //! Expected strings were generated with CPython 3.11.7 (`fmt % value`);
    //! errors are written as `!Kind: message`.
    use super::*;
    use std::str::FromStr;

    fn show(r: Result<String, FormatError>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => format!("!{:?}: {}", e.kind, e.msg),
        }
    }

    /// Parses `fmt` (one specifier, no star) and checks it spans the string.
    fn spec(fmt: &str) -> Result<PercentSpec, FormatError> {
        let (spec, end) = parse_percent_spec(fmt, 1)?;
        assert_eq!(end, fmt.len(), "{fmt:?}");
        Ok(spec)
    }

    #[rustfmt::skip]
    const INT_CASES: &[(&str, i64, &str)] = &[
        ("%.5d", 42, "00042"),
        ("%#.5x", 255, "0x000ff"),
        ("%#.5o", 8, "0o00010"),
        ("%x", -255, "-ff"),
        ("%#x", -255, "-0xff"),
        ("%#X", 255, "0XFF"),
        ("%#o", 8, "0o10"),
        ("%o", -8, "-10"),
        ("%+d", 5, "+5"),
        ("% d", 5, " 5"),
        ("%+ d", 5, "+5"),
        ("%05d", -42, "-0042"),
        ("%-05d", -42, "-42  "),
        ("%5.3d", -4, " -004"),
        ("%05.3d", -4, "-0004"),
        ("%#010x", 255, "0x000000ff"),
        ("%#-10x", 255, "0xff      "),
        ("%u", 5, "5"),
        ("%i", -5, "-5"),
        ("%.0d", 0, "0"),
        ("%#.0o", 0, "0o0"),
        ("%#x", 0, "0x0"),
        ("%-+ #0d", 5, "+5"),
        ("%0 5d", 5, " 0005"),
        ("%#5.3o", 8, "0o010"),
        ("%+#X", 255, "+0XFF"),
        ("%ld", 5, "5"),
        ("%.d", 5, "5"),
        ("%x", i64::MIN, "-8000000000000000"),
        ("%.2147483645d", 1, "!OverflowError: precision too large"),
    ];
    #[rustfmt::skip]
    const BIG_CASES: &[(&str, &str, &str)] = &[
        ("%x", "1000000000000000000000000000000", "c9f2c9cd04674edea40000000"),
        ("%+d", "-1000000000000000000000000000000", "-1000000000000000000000000000000"),
        ("%#040o", "1180591620717411303424", "0o00000000000000200000000000000000000000"),
        ("%-40X", "-1267650600228229401496703205376", "-10000000000000000000000000             "),
    ];
    #[rustfmt::skip]
    const FLOAT_CASES: &[(&str, f64, &str)] = &[
        ("%e", 1.5, "1.500000e+00"),
        ("%g", 1e-05, "1e-05"),
        ("%#g", 1.0, "1.00000"),
        ("%#.0f", 1.0, "1."),
        ("%.0e", 1.5, "2e+00"),
        ("%+.3f", 1.5, "+1.500"),
        ("%010.3f", -1.5, "-00001.500"),
        ("%f", f64::INFINITY, "inf"),
        ("%010f", f64::INFINITY, "0000000inf"),
        ("%-010f", f64::NEG_INFINITY, "-inf      "),
        ("%F", f64::INFINITY, "INF"),
        ("%E", f64::NAN, "NAN"),
        ("%+f", f64::NAN, "+nan"),
        ("% f", f64::NAN, " nan"),
        ("%g", 1e+16, "1e+16"),
        ("%g", 123456.0, "123456"),
        ("%g", 1234567.0, "1.23457e+06"),
        ("%.3g", 0.0001, "0.0001"),
        ("%#.3g", 1.0, "1.00"),
        ("%G", 1e-10, "1E-10"),
        ("%.0g", 1.5, "2"),
        ("%#.0g", 1.5, "2."),
        ("%f", 1e+22, "10000000000000000000000.000000"),
        ("%.30f", 0.1, "0.100000000000000005551115123126"),
        ("%f", -0.0, "-0.000000"),
        ("%g", -0.0, "-0"),
        ("%.1f", 0.25, "0.2"),
        ("%.2f", 2.675, "2.67"),
        ("%+#.0e", 1.0, "+1.e+00"),
        ("%#.0g", 0.0, "0."),
        ("%.0g", 0.0001, "0.0001"),
        ("%+.2e", -0.0, "-0.00e+00"),
        ("%#.3g", 100.0, "100."),
        ("%#.3g", 100000.0, "1.00e+05"),
        ("%.f", 1.5, "2"),
        ("%-12.4e", -123.456, "-1.2346e+02 "),
        ("%012.4e", -123.456, "-01.2346e+02"),
        ("% 12G", 1e-300, "      1E-300"),
        ("%.17g", 0.1, "0.10000000000000001"),
        ("%.1000g", 0.1, "0.1000000000000000055511151231257827021181583404541015625"),
    ];
    #[rustfmt::skip]
    const STR_CASES: &[(&str, &str, &str)] = &[
        ("%5s", "ab", "   ab"),
        ("%-5s", "ab", "ab   "),
        ("%05s", "ab", "   ab"),
        ("%.1s", "ab", "a"),
        ("%5.1s", "ab", "    a"),
        ("%5s", "hé", "   hé"),
        ("%.3r", "'abcd'", "'ab"),
        ("%5c", "a", "    a"),
        ("%.0c", "a", "a"),
        ("%-3c", "A", "A  "),
        ("%05c", "a", "    a"),
    ];
    /// Parse errors (CPython applies the format to the argument 1).
    #[rustfmt::skip]
    const PARSE_ERRORS: &[(&str, &str)] = &[
        ("%y", "!ValueError: unsupported format character 'y' (0x79) at index 1"),
        ("%€", "!ValueError: unsupported format character '?' (0x20ac) at index 1"),
        ("%", "!ValueError: incomplete format"),
        ("%(a", "!ValueError: incomplete format key"),
        ("%5", "!ValueError: incomplete format"),
        ("%.", "!ValueError: incomplete format"),
        ("%.5", "!ValueError: incomplete format"),
        ("%-5", "!ValueError: incomplete format"),
        ("%lld", "!ValueError: unsupported format character 'l' (0x6c) at index 2"),
        ("%l", "!ValueError: incomplete format"),
        ("%100000000000000000000d", "!ValueError: width too big"),
        ("%.100000000000000000000d", "!ValueError: precision too big"),
        ("%.2147483648d", "!ValueError: precision too big"),
        ("%\u{1f}", "!ValueError: unsupported format character '\u{1f}' (0x1f) at index 1"),
        ("%\u{7f}", "!ValueError: unsupported format character '?' (0x7f) at index 1"),
        ("%\u{1e}", "!ValueError: unsupported format character '?' (0x1e) at index 1"),
        ("%\n", "!ValueError: unsupported format character '?' (0xa) at index 1"),
        ("%5%", "!ValueError: unsupported format character '%' (0x25) at index 2"),
        ("% ", "!ValueError: incomplete format"),
    ];

    #[test]
    fn int_table() {
        for &(fmt, v, want) in INT_CASES {
            let got = spec(fmt).and_then(|s| percent_i64(v, &s));
            assert_eq!(show(got), want, "{fmt:?} % {v}");
            let got = spec(fmt).and_then(|s| percent_int(&IBig::from(v), &s));
            assert_eq!(show(got), want, "{fmt:?} % big {v}");
        }
        for &(fmt, v, want) in BIG_CASES {
            let v = IBig::from_str(v).expect("literal");
            assert_eq!(
                show(spec(fmt).and_then(|s| percent_int(&v, &s))),
                want,
                "{fmt:?}"
            );
        }
    }

    #[test]
    fn float_table() {
        for &(fmt, v, want) in FLOAT_CASES {
            assert_eq!(
                show(spec(fmt).and_then(|s| percent_float(v, &s))),
                want,
                "{fmt:?} % {v}"
            );
        }
    }

    #[test]
    fn str_table() {
        for &(fmt, v, want) in STR_CASES {
            assert_eq!(
                show(spec(fmt).and_then(|s| pad_percent_str(v, &s))),
                want,
                "{fmt:?} % {v:?}"
            );
        }
    }

    #[test]
    fn parse_errors() {
        for &(fmt, want) in PARSE_ERRORS {
            let got = parse_percent_spec(fmt, 1).and_then(|(s, _)| {
                if s.conv == 'd' {
                    percent_i64(1, &s)
                } else {
                    Err(s.unsupported_error())
                }
            });
            assert_eq!(show(got), want, "{fmt:?}");
        }
    }

    #[test]
    fn parse_details() {
        let fmt = "ab\u{e9}%(k(x))-+ #012.3lx tail";
        let (s, end) = parse_percent_spec(fmt, 5).expect("valid");
        assert_eq!(&fmt[end..], " tail");
        let want = PercentSpec {
            key: Some("k(x)".to_string()),
            left: true,
            plus: true,
            space: true,
            zero: true,
            alternate: true,
            width: Some(12),
            precision: Some(3),
            conv: 'x',
            conv_index: 20,
            ..PercentSpec::default()
        };
        assert_eq!(s, want);
        let (s, end) = parse_percent_spec("%%", 1).expect("valid");
        assert_eq!((s.conv, s.conv_index, end), ('%', 1, 2));
        let (s, _) = parse_percent_spec("%*.*f", 1).expect("valid");
        assert!(s.width_star && s.precision_star);
        assert_eq!(
            show(parse_percent_spec("%d", 7).map(|_| String::new())),
            "!ValueError: incomplete format"
        );
    }

    #[test]
    fn star_arguments() {
        // '%*d' % (-5, 1) == '1    ';  '%.*f' % (-3, 1.5) == '2'
        let (mut s, _) = parse_percent_spec("%*d", 1).expect("valid");
        s.set_star_width(-5);
        assert_eq!(show(percent_i64(1, &s)), "1    ");
        let (mut s, _) = parse_percent_spec("%.*f", 1).expect("valid");
        s.set_star_precision(-3).expect("in range");
        assert_eq!(show(percent_float(1.5, &s)), "2");
        let e = s.set_star_precision(1 << 31).expect_err("too big");
        assert_eq!(e.msg, "Python int too large to convert to C int");
        // Callback form: '%*.*f' % (8, 2, 1.5) == '    1.50'
        let mut args = vec![2, 8];
        let (s, _) =
            parse_percent_spec_with("%*.*f", 1, |_| Ok(args.pop().unwrap_or(0))).expect("valid");
        assert_eq!(show(percent_float(1.5, &s)), "    1.50");
        // '%*' % () reports the missing argument before the incomplete format.
        let e = parse_percent_spec_with("%*", 1, |_| {
            Err(FormatError::new(
                ErrorKind::TypeError,
                "not enough arguments for format string",
            ))
        })
        .expect_err("no args");
        assert_eq!(e.kind, ErrorKind::TypeError);
    }

    #[test]
    fn chars() {
        assert_eq!(percent_char_from_int(&IBig::from(0x20ac)), Ok('\u{20ac}'));
        let e = percent_char_from_int(&IBig::from(-1)).expect_err("range");
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ErrorKind::OverflowError, "%c arg not in range(0x110000)")
        );
        let e = percent_char_from_str("ab").expect_err("len");
        assert_eq!(
            (e.kind, e.msg.as_str()),
            (ErrorKind::TypeError, "%c requires int or char")
        );
        assert_eq!(percent_char_from_str("\u{1f600}"), Ok('\u{1f600}'));
    }

    #[test]
    fn garbage_never_panics() {
        let alphabet: Vec<char> = "-+ #0123.*hlL()%dixXoeEfFgGsrac\u{20ac}\u{1f600}\n"
            .chars()
            .collect();
        let mut state = 0x2545f4914f6cdd1du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..20000 {
            let len = next(9);
            let mut fmt = String::from("x%");
            fmt.extend((0..len).map(|_| alphabet[next(alphabet.len())]));
            if fmt.chars().filter(char::is_ascii_digit).count() > 3 {
                continue;
            }
            for start in 0..fmt.len() + 1 {
                let stars = next(40) as i64 - 20;
                let parsed = parse_percent_spec_with(&fmt, start, |_| Ok(stars));
                if let Ok((s, end)) = parsed {
                    assert!(end <= fmt.len() && fmt.is_char_boundary(end));
                    let _ = percent_int(&IBig::from(-(1i64 << 40)), &s);
                    let _ = percent_i64(7, &s);
                    let _ = percent_float(-1.5e-7, &s);
                    let _ = percent_float(f64::NAN, &s);
                    let _ = pad_percent_str("h\u{e9}llo", &s);
                    let _ = s.unsupported_error();
                }
                let _ = parse_percent_spec(&fmt, start);
            }
        }
    }
}
