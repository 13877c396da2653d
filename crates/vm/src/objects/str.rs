//! `str`: UTF-8 with a cached hash and character count; O(1) indexing for ASCII, and
//! for other strings a lazily built table of the byte offset of every `STRIDE`th
//! character, so indexing walks at most `STRIDE - 1` characters (a JSON decoder or a
//! tokenizer stepping through non-ASCII text stays linear).

use std::cell::{Cell, OnceCell};

pub struct PyStr {
    text: Text,
    /// Number of code points.
    chars: usize,
    hash: Cell<i64>,
    /// Non-ASCII strings: byte offset of characters 0, STRIDE, 2*STRIDE… (built on the
    /// first index by character). Boxed twice so the field is one pointer (a
    /// `Vec` or boxed slice would make every str 8 or 16 bytes larger).
    #[allow(clippy::box_collection)]
    index: OnceCell<Box<Vec<usize>>>,
}

// With its reference counts, a str is 64 bytes: one allocator class, as CPython's short
// strings (a list of a million words costs what it costs there).
const _: () = assert!(std::mem::size_of::<PyStr>() == 48);

const STRIDE: usize = 32;

/// Strings up to this many bytes live inside the `PyStr` (one allocation per str
/// instead of two: most identifiers, words and dict keys are this short).
const INLINE: usize = 22;

enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            return Self::with_text(
                Text::Inline {
                    len: s.len() as u8,
                    buf,
                },
                s,
            );
        }
        Self::from_string(s.to_string())
    }
    pub fn from_string(s: String) -> PyStr {
        if s.len() <= INLINE {
            return Self::new(&s);
        }
        let chars = count_chars(&s);
        PyStr {
            text: Text::Heap(s.into_boxed_str()),
            chars,
            hash: Cell::new(-1),
            index: OnceCell::new(),
        }
    }
    /// The concatenation of `parts`, built in place when short.
    pub fn from_parts<'a>(parts: impl Iterator<Item = &'a str> + Clone) -> PyStr {
        let len: usize = parts.clone().map(str::len).sum();
        if len <= INLINE {
            let mut buf = [0u8; INLINE];
            let mut at = 0;
            for p in parts {
                buf[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
            // SAFETY: whole `&str`s were copied, so the bytes are UTF-8.
            let s = unsafe { std::str::from_utf8_unchecked(&buf[..len]) };
            return PyStr::new(s);
        }
        let mut s = String::with_capacity(len);
        for p in parts {
            s.push_str(p);
        }
        PyStr::from_string(s)
    }
    /// `a + b`, with the character count added rather than recounted and a short result
    /// built in place.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let (x, y) = (a.as_str(), b.as_str());
        let len = x.len() + y.len();
        let text = if len <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..x.len()].copy_from_slice(x.as_bytes());
            buf[x.len()..len].copy_from_slice(y.as_bytes());
            Text::Inline {
                len: len as u8,
                buf,
            }
        } else {
            let mut s = String::with_capacity(len);
            s.push_str(x);
            s.push_str(y);
            Text::Heap(s.into_boxed_str())
        };
        PyStr {
            text,
            chars: a.chars + b.chars,
            hash: Cell::new(-1),
            index: OnceCell::new(),
        }
    }
    fn with_text(text: Text, s: &str) -> PyStr {
        PyStr {
            text,
            chars: count_chars(s),
            hash: Cell::new(-1),
            index: OnceCell::new(),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Inline { len, buf } => {
                // SAFETY: the bytes were copied from a `&str` of this length.
                unsafe { std::str::from_utf8_unchecked(&buf[..*len as usize]) }
            }
            Text::Heap(s) => s,
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
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
        let h = hash_text(self.as_str());
        self.hash.set(h);
        h
    }
    /// The code point at character index `i` (in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            self.as_str()[self.byte_offset(i)..]
                .chars()
                .next()
                .unwrap_or('\0')
        }
    }
    fn stride_index(&self) -> &[usize] {
        self.index.get_or_init(|| {
            Box::new(
                self.as_str()
                    .char_indices()
                    .step_by(STRIDE)
                    .map(|(b, _)| b)
                    .collect(),
            )
        })
    }
    /// Byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.chars {
            return self.as_str().len();
        }
        let start = self.stride_index()[i / STRIDE];
        self.as_str()[start..]
            .char_indices()
            .nth(i % STRIDE)
            .map_or(self.as_str().len(), |(b, _)| start + b)
    }
    /// Character index of byte offset `b` (a character boundary, `b <= len`).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b >= self.as_str().len() {
            return self.chars;
        }
        let index = self.stride_index();
        let block = index.partition_point(|&off| off <= b).saturating_sub(1);
        block * STRIDE + self.as_str()[index[block]..b].chars().count()
    }
    /// Substring by character indices.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.as_str()[a..b]
    }
}

fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `hash()` of str and bytes, as CPython computes it: SipHash-1-3 over the bytes with
/// the key CPython uses when hash randomisation is off (`PYTHONHASHSEED=0`: all
/// zeros), so sets and dicts of strings iterate in the same order as CPython's in that
/// mode. The empty string hashes to 0, and -1 (the C API's error value) becomes -2.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    match siphash13(0, 0, b) as i64 {
        -1 => -2,
        h => h,
    }
}

/// The hash of a str: CPython hashes its canonical storage, one byte per character
/// when every code point is below 256, else two (below 65536) or four, little-endian.
pub(crate) fn hash_text(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().max().map_or(0, |c| c as u32);
    let bytes: Vec<u8> = if max < 0x100 {
        s.chars().map(|c| c as u8).collect()
    } else if max < 0x10000 {
        s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect()
    } else {
        s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
    };
    hash_bytes(&bytes)
}

/// SipHash-1-3 (one compression round per word, three finalisation rounds), the
/// variant CPython uses; it returns `v0 ^ v1 ^ v2 ^ v3` as CPython's does.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v2 = v2.wrapping_add(v3);
            v1 = v1.rotate_left(13) ^ v0;
            v3 = v3.rotate_left(16) ^ v2;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v1);
            v0 = v0.wrapping_add(v3);
            v1 = v1.rotate_left(17) ^ v2;
            v3 = v3.rotate_left(21) ^ v0;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let rest = chunks.remainder();
    let mut last = [0u8; 8];
    last[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(last);
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
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
