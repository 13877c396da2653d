//! What sre means by a character's case and kind: its simple lowercase and uppercase
//! (`lower()` one character at a time, as `_sre.unicode_tolower`), the extra case
//! equivalents sre adds under IGNORECASE (`'s'`/`'ſ'`, `'i'`/`'ı'`…), and `\d`, `\s`,
//! `\w` as CPython defines them for str patterns (`str.isdecimal()`, `str.isspace()`,
//! `str.isalnum()` or `_`, from CPython's character database in `crate::ucd`) and for
//! ASCII.

/// Lowercase characters and the other lowercase characters with the same uppercase
/// (CPython's `re._casefix._EXTRA_CASES`, Unicode 14).
const EXTRA_CASES: &[(u32, &[u32])] = &[
    (0x69, &[0x131]),
    (0x73, &[0x17f]),
    (0xb5, &[0x3bc]),
    (0x131, &[0x69]),
    (0x17f, &[0x73]),
    (0x345, &[0x3b9, 0x1fbe]),
    (0x390, &[0x1fd3]),
    (0x3b0, &[0x1fe3]),
    (0x3b2, &[0x3d0]),
    (0x3b5, &[0x3f5]),
    (0x3b8, &[0x3d1]),
    (0x3b9, &[0x345, 0x1fbe]),
    (0x3ba, &[0x3f0]),
    (0x3bc, &[0xb5]),
    (0x3c0, &[0x3d6]),
    (0x3c1, &[0x3f1]),
    (0x3c2, &[0x3c3]),
    (0x3c3, &[0x3c2]),
    (0x3c6, &[0x3d5]),
    (0x3d0, &[0x3b2]),
    (0x3d1, &[0x3b8]),
    (0x3d5, &[0x3c6]),
    (0x3d6, &[0x3c0]),
    (0x3f0, &[0x3ba]),
    (0x3f1, &[0x3c1]),
    (0x3f5, &[0x3b5]),
    (0x432, &[0x1c80]),
    (0x434, &[0x1c81]),
    (0x43e, &[0x1c82]),
    (0x441, &[0x1c83]),
    (0x442, &[0x1c84, 0x1c85]),
    (0x44a, &[0x1c86]),
    (0x463, &[0x1c87]),
    (0x1c80, &[0x432]),
    (0x1c81, &[0x434]),
    (0x1c82, &[0x43e]),
    (0x1c83, &[0x441]),
    (0x1c84, &[0x442, 0x1c85]),
    (0x1c85, &[0x442, 0x1c84]),
    (0x1c86, &[0x44a]),
    (0x1c87, &[0x463]),
    (0x1c88, &[0xa64b]),
    (0x1e61, &[0x1e9b]),
    (0x1e9b, &[0x1e61]),
    (0x1fbe, &[0x345, 0x3b9]),
    (0x1fd3, &[0x390]),
    (0x1fe3, &[0x3b0]),
    (0xa64b, &[0x1c88]),
    (0xfb05, &[0xfb06]),
    (0xfb06, &[0xfb05]),
];

/// The other characters sre treats as the same letter as the lowercase `c`.
pub fn extra_cases(c: u32) -> &'static [u32] {
    match EXTRA_CASES.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => EXTRA_CASES[i].1,
        Err(_) => &[],
    }
}

/// The simple lowercase of a code point (one character, as sre's).
#[inline]
pub fn lower(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        // Rust's newer mappings where they are Unicode 14's (unicode_case::push_mapped).
        (Some(l), None) if crate::ucd::is_assigned(ch) && crate::ucd::is_assigned(l) => l as u32,
        // U+0130's full lowercase is "i\u{307}"; its simple one is 'i'.
        _ if c == 0x130 => 'i' as u32,
        _ => c,
    }
}

/// The simple uppercase of a code point.
pub fn upper(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) if crate::ucd::is_assigned(ch) && crate::ucd::is_assigned(u) => u as u32,
        _ => c,
    }
}

#[inline]
pub fn lower_ascii(c: u32) -> u32 {
    if c < 128 {
        (c as u8).to_ascii_lowercase() as u32
    } else {
        c
    }
}

/// Whether lower() or upper() changes `c` (sre's `iscased`).
pub fn is_cased(c: u32) -> bool {
    lower(c) != c || upper(c) != c
}

pub fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 || !unicode {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    char::from_u32(c).is_some_and(crate::ucd::is_decimal)
}

pub fn is_space(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || unicode && (0x1c..=0x1f).contains(&c);
    }
    unicode && char::from_u32(c).is_some_and(crate::builtins::str::py_space)
}

#[inline]
pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode && char::from_u32(c).is_some_and(crate::ucd::is_alnum)
}
