//! The Unicode normalization forms (`unicodedata.normalize`), UAX #15 over CPython's
//! data: full decomposition (canonical, or also compatibility for NFKD/NFKC; Hangul
//! syllables by their algorithm), canonical ordering of combining marks, and for
//! NFC/NFKC canonical composition from the generated table of primary composites.

use super::{record, tables, u32_at, DATA};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    pub fn from_name(name: &str) -> Option<Form> {
        Some(match name {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn ccc(c: char) -> u8 {
    record(c as u32).combining
}

fn decompose(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.extend(char::from_u32(L_BASE + s / N_COUNT));
        out.extend(char::from_u32(V_BASE + s % N_COUNT / T_COUNT));
        if !s.is_multiple_of(T_COUNT) {
            out.extend(char::from_u32(T_BASE + s % T_COUNT));
        }
        return;
    }
    let d = super::decomposition(cp);
    if d.is_empty() || (!compat && d.starts_with('<')) {
        out.push(c);
        return;
    }
    for part in d.split(' ').filter(|p| !p.starts_with('<')) {
        match u32::from_str_radix(part, 16).ok().and_then(char::from_u32) {
            Some(x) => decompose(x, compat, out),
            None => out.push(c),
        }
    }
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a32, b32) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a32) && (V_BASE..V_BASE + V_COUNT).contains(&b32) {
        let s = S_BASE + ((a32 - L_BASE) * V_COUNT + (b32 - V_BASE)) * T_COUNT;
        return char::from_u32(s);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a32)
        && (a32 - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b32)
    {
        return char::from_u32(a32 + (b32 - T_BASE));
    }
    let key = ((a32 as u64) << 21) | b32 as u64;
    let n = tables::COMPOSE_KEYS.len() / 8;
    let key_at = |i: usize| {
        let p = tables::COMPOSE_KEYS.start + 8 * i;
        let mut b = [0u8; 8];
        b.copy_from_slice(&DATA[p..p + 8]);
        u64::from_le_bytes(b)
    };
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match key_at(mid).cmp(&key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => {
                return char::from_u32(u32_at(&tables::COMPOSE_VALUES, mid));
            }
        }
    }
    None
}

/// `s` in normalization form `form`.
pub fn normalize(form: Form, s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let compat = matches!(form, Form::Nfkc | Form::Nfkd);
    let mut chars = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, compat, &mut chars);
    }
    // Canonical ordering: each run of combining marks sorted (stably) by class.
    let mut i = 0;
    while i < chars.len() {
        if ccc(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && ccc(chars[i]) != 0 {
            i += 1;
        }
        chars[start..i].sort_by_key(|&c| ccc(c));
    }
    if matches!(form, Form::Nfd | Form::Nfkd) {
        return chars.into_iter().collect();
    }
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // The class of the last character after the starter (None: right after it).
    let mut last: Option<u8> = None;
    for c in chars {
        let cc = ccc(c);
        if let Some(si) = starter {
            if last.is_none_or(|l| l < cc) {
                if let Some(x) = compose_pair(out[si], c) {
                    out[si] = x;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last = None;
        } else {
            last = Some(cc);
        }
        out.push(c);
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_forms() {
        assert_eq!(normalize(Form::Nfd, "\u{e9}"), "e\u{301}");
        assert_eq!(normalize(Form::Nfc, "e\u{301}"), "\u{e9}");
        assert_eq!(normalize(Form::Nfkc, "\u{fb01}"), "fi");
        assert_eq!(normalize(Form::Nfc, "\u{fb01}"), "\u{fb01}");
        assert_eq!(normalize(Form::Nfd, "\u{ac01}"), "\u{1100}\u{1161}\u{11a8}");
        assert_eq!(normalize(Form::Nfc, "\u{1100}\u{1161}\u{11a8}"), "\u{ac01}");
        // Marks reordered by class: dot below (220) before acute (230).
        assert_eq!(normalize(Form::Nfd, "q\u{301}\u{323}"), "q\u{323}\u{301}");
        assert_eq!(normalize(Form::Nfc, "\u{1e0b}\u{323}"), "\u{1e0d}\u{307}");
    }
}
