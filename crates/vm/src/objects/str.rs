//! `str`: UTF-8 with a cached hash and character count; O(1) indexing for ASCII, and
//! for other strings a lazily built table of the byte offset of every `STRIDE`th
//! character, so indexing walks at most `STRIDE - 1` characters (a JSON decoder or a
//! tokenizer stepping through non-ASCII text stays linear).

use std::cell::{Cell, OnceCell};

pub struct PyStr {
    s: String,
    /// Number of code points.
    chars: usize,
    hash: Cell<i64>,
    /// Non-ASCII strings: byte offset of characters 0, STRIDE, 2*STRIDE… (built on the
    /// first index by character).
    index: OnceCell<Box<[usize]>>,
}

const STRIDE: usize = 32;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        Self::from_string(s.to_string())
    }
    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            chars,
            hash: Cell::new(-1),
            index: OnceCell::new(),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }
    /// The code point at character index `i` (in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s[self.byte_offset(i)..].chars().next().unwrap_or('\0')
        }
    }
    fn stride_index(&self) -> &[usize] {
        self.index.get_or_init(|| {
            self.s
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        })
    }
    /// Byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.chars {
            return self.s.len();
        }
        let start = self.stride_index()[i / STRIDE];
        self.s[start..]
            .char_indices()
            .nth(i % STRIDE)
            .map_or(self.s.len(), |(b, _)| start + b)
    }
    /// Character index of byte offset `b` (a character boundary, `b <= len`).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b >= self.s.len() {
            return self.chars;
        }
        let index = self.stride_index();
        let block = index.partition_point(|&off| off <= b).saturating_sub(1);
        block * STRIDE + self.s[index[block]..b].chars().count()
    }
    /// Substring by character indices.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

/// String hashing: 8 bytes at a time with a multiply-rotate mix (FxHash's scheme),
/// folded away from -1. CPython randomises str hashes per process, so no program can
/// depend on their values.
pub fn hash_bytes(b: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    // Final avalanche so that low bits (used for table slots) depend on every byte.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_through_the_stride_index() {
        let text: String = (0..300)
            .map(|i| match i % 4 {
                0 => 'a',
                1 => 'é',
                2 => '€',
                _ => '😀',
            })
            .collect();
        let s = PyStr::new(&text);
        let by_chars: Vec<(usize, char)> = text.char_indices().collect();
        for (i, &(b, c)) in by_chars.iter().enumerate() {
            assert_eq!(s.byte_offset(i), b);
            assert_eq!(s.char_at(i), c);
            assert_eq!(s.char_index(b), i);
        }
        assert_eq!(s.byte_offset(s.char_len()), text.len());
        assert_eq!(s.char_index(text.len()), s.char_len());
        assert_eq!(s.slice_chars(31, 34), &text[by_chars[31].0..by_chars[34].0]);
    }
}
