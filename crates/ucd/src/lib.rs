//! The Unicode character database as CPython 3.11 has it (Unicode 14.0.0): each code
//! point's general category, bidirectional class, combining class, East Asian width,
//! mirroring, decimal and digit values, and the answers of the str predicates
//! (`isalpha`, `isdecimal`, `isdigit`, `isnumeric`, `isprintable`, `isspace`, `islower`,
//! `isupper`, titlecase, identifier start and continue, case-ignorable); the numeric values and the
//! decompositions; the character names (`names`). The data is generated from CPython
//! by scripts/gen-unicode-data (`tables.rs`, `ucd.bin`), so these answers are CPython's,
//! not those of the newer Unicode behind Rust's `char` methods (whose `is_alphabetic`
//! also counts the Other_Alphabetic marks that CPython's `isalpha` does not). A crate of
//! its own so that the compiler (`\N{...}` in literals) and the VM share it. Not here:
//! the case mappings (the VM's `objects/unicode_case.rs`, which use `is_assigned` to keep
//! Rust's mappings to Unicode 14's characters).

pub mod names;
pub mod normalize;
mod tables;

pub use tables::{BIDI, CATEGORIES, EAW, UNIDATA_VERSION};

/// One code point's properties; code points alike share one record.
#[derive(Clone, Copy)]
pub struct Record {
    pub category: u8,
    pub bidirectional: u8,
    pub combining: u8,
    pub east_asian_width: u8,
    pub flags: u16,
    pub decimal: i8,
    pub digit: i8,
}

impl Record {
    const fn new(
        category: u8,
        bidirectional: u8,
        combining: u8,
        east_asian_width: u8,
        flags: u16,
        decimal: i8,
        digit: i8,
    ) -> Record {
        Record {
            category,
            bidirectional,
            combining,
            east_asian_width,
            flags,
            decimal,
            digit,
        }
    }
}

// The flag bits, in the order scripts/gen-unicode-data lists them.
pub const ALPHA: u16 = 1 << 0;
pub const DECIMAL: u16 = 1 << 1;
pub const DIGIT: u16 = 1 << 2;
pub const NUMERIC: u16 = 1 << 3;
pub const PRINTABLE: u16 = 1 << 4;
pub const SPACE: u16 = 1 << 5;
pub const LOWER: u16 = 1 << 6;
pub const UPPER: u16 = 1 << 7;
pub const TITLE: u16 = 1 << 8;
pub const XID_START: u16 = 1 << 9;
pub const XID_CONTINUE: u16 = 1 << 10;
pub const CASE_IGNORABLE: u16 = 1 << 11;
pub const MIRRORED: u16 = 1 << 12;

static DATA: &[u8] = include_bytes!("ucd.bin");

fn u16_at(range: &std::ops::Range<usize>, i: usize) -> u16 {
    let p = range.start + 2 * i;
    u16::from_le_bytes([DATA[p], DATA[p + 1]])
}

fn u32_at(range: &std::ops::Range<usize>, i: usize) -> u32 {
    let p = range.start + 4 * i;
    u32::from_le_bytes([DATA[p], DATA[p + 1], DATA[p + 2], DATA[p + 3]])
}

/// The record of a code point (any up to U+10FFFF, surrogates included).
#[inline]
pub fn record(cp: u32) -> &'static Record {
    let cp = cp.min(0x10FFFF) as usize;
    let block = u16_at(&tables::INDEX1, cp >> tables::SHIFT) as usize;
    let i = (block << tables::SHIFT) + (cp & ((1 << tables::SHIFT) - 1));
    &tables::RECORDS[u16_at(&tables::INDEX2, i) as usize]
}

/// Whether `c` was assigned in Unicode 14 (its category is not Cn).
#[inline]
pub fn is_assigned(c: char) -> bool {
    c.is_ascii() || record(c as u32).category != 0
}

/// Whether `c` has any of the flag bits of `flag`.
#[inline]
pub fn has(c: char, flag: u16) -> bool {
    record(c as u32).flags & flag != 0
}

/// `str.isalpha()` of one character: categories Lm, Lt, Lu, Ll, Lo.
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, ALPHA)
}

/// `str.isalnum()` of one character: isalpha, isdecimal, isdigit or isnumeric.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

#[inline]
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DECIMAL)
}

#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DIGIT)
}

#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, NUMERIC)
}

/// `str.isprintable()` of one character: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp,
/// Zs other than the space.
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, PRINTABLE)
}

/// `str.isspace()` of one character: bidirectional class WS, B or S, or category Zs.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x20');
    }
    has(c, SPACE)
}

/// What `int()`, `float()` and `complex()` skip around a number: the ASCII whitespace
/// (not the separators U+1C..U+1F, which `isspace()` counts) and the other `isspace()`
/// characters.
#[inline]
pub fn is_number_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | ' ');
    }
    has(c, SPACE)
}

/// The Lowercase property (`str.islower()` of one character).
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, LOWER)
}

/// The Uppercase property (`str.isupper()` of one character).
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, UPPER)
}

/// Category Lt.
#[inline]
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, TITLE)
}

/// Cased as Python means it: the Lowercase or Uppercase property, or category Lt.
#[inline]
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, LOWER | UPPER | TITLE)
}

/// The Case_Ignorable property (what `lower()` skips around a capital sigma).
#[inline]
pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    has(c, CASE_IGNORABLE)
}

/// Whether an identifier may start with `c` (XID_Start or `_`).
#[inline]
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    has(c, XID_START)
}

/// Whether an identifier may go on with `c` (XID_Continue).
#[inline]
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, XID_CONTINUE)
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

/// The decimal value of a character of category Nd.
pub fn decimal(cp: u32) -> Option<u32> {
    let d = record(cp).decimal;
    (d >= 0).then_some(d as u32)
}

/// The digit value (decimal digits and the superscripts, circled digits… of category No).
pub fn digit(cp: u32) -> Option<u32> {
    let d = record(cp).digit;
    (d >= 0).then_some(d as u32)
}

/// The numeric value (`unicodedata.numeric`).
pub fn numeric(cp: u32) -> Option<f64> {
    let n = tables::NUMERIC_CPS.len() / 4;
    let i = binary_search(n, |i| u32_at(&tables::NUMERIC_CPS, i), cp)?;
    let p = tables::NUMERIC_VALUES.start + 8 * i;
    let mut b = [0u8; 8];
    b.copy_from_slice(&DATA[p..p + 8]);
    Some(f64::from_le_bytes(b))
}

/// The decomposition as `unicodedata.decomposition` spells it (`"<compat> 0020 0301"`),
/// empty when there is none.
pub fn decomposition(cp: u32) -> &'static str {
    let n = tables::DECOMP_CPS.len() / 4;
    let Some(i) = binary_search(n, |i| u32_at(&tables::DECOMP_CPS, i), cp) else {
        return "";
    };
    let start = tables::DECOMP_TEXT.start + u32_at(&tables::DECOMP_OFFSETS, i) as usize;
    let end = tables::DECOMP_TEXT.start + u32_at(&tables::DECOMP_OFFSETS, i + 1) as usize;
    std::str::from_utf8(&DATA[start..end]).unwrap_or("")
}

fn binary_search(n: usize, key: impl Fn(usize) -> u32, cp: u32) -> Option<usize> {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match key(mid).cmp(&cp) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_of_a_few_characters() {
        assert_eq!(CATEGORIES[record('A' as u32).category as usize], "Lu");
        assert_eq!(CATEGORIES[record(0x0BBE).category as usize], "Mc");
        // TAMIL VOWEL SIGN AA: Other_Alphabetic, so Rust's is_alphabetic, but not isalpha.
        assert!('\u{BBE}'.is_alphabetic());
        assert!(!is_alpha('\u{BBE}') && !is_alnum('\u{BBE}'));
        assert!(is_alpha('\u{E9}') && is_numeric('\u{2155}') && !is_decimal('\u{B2}'));
        assert_eq!(decimal(0x663), Some(3));
        assert_eq!(digit(0xB2), Some(2));
        assert_eq!(numeric(0x2155), Some(0.2));
        assert_eq!(numeric('a' as u32), None);
        assert_eq!(decomposition(0xE9), "0065 0301");
        assert_eq!(decomposition('a' as u32), "");
        // U+1C89 CYRILLIC CAPITAL LETTER TJE came in Unicode 16: unassigned here.
        assert_eq!(CATEGORIES[record(0x1C89).category as usize], "Cn");
        assert!(!is_printable('\u{1C89}'));
    }
}
