//! `str`: UTF-8 with a cached hash and character count; O(1) indexing for ASCII, and
//! for other strings a lazily built table of the byte offset of every `STRIDE`th
//! character, so indexing walks at most `STRIDE - 1` characters (a JSON decoder or a
//! tokenizer stepping through non-ASCII text stays linear).

use std::cell::{Cell, RefCell};

pub struct PyStr {
    text: Text,
    hash: Cell<i64>,
}

// With its reference counts, a str is 48 bytes, text up to 22 bytes included: CPython's
// short ASCII strings are 49 bytes plus their text.
const _: () = assert!(std::mem::size_of::<PyStr>() == 32);

thread_local! {
    /// The stride indexes of the long non-ASCII strings indexed by character (byte
    /// offset of characters 0, STRIDE, 2*STRIDE…), by the address of their text, which
    /// a string's moves do not change. Rare, so kept outside `PyStr` rather than costing
    /// every string a field; removed when the string is dropped.
    static STRIDE_INDEXES: RefCell<crate::vm::FastMap<usize, Box<[usize]>>> =
        RefCell::new(Default::default());
}

impl Drop for PyStr {
    fn drop(&mut self) {
        if let Text::Heap { text: t, chars } = &self.text {
            if *chars as usize > STRIDE && *chars as usize != t.len() {
                let key = t.as_ptr() as usize;
                let _ = STRIDE_INDEXES.try_with(|m| {
                    if let Ok(mut m) = m.try_borrow_mut() {
                        if !m.is_empty() {
                            m.remove(&key);
                        }
                    }
                });
            }
        }
    }
}

const STRIDE: usize = 32;

/// Strings up to this many bytes live inside the `PyStr` (one allocation per str
/// instead of two: most identifiers, words and dict keys are this short).
const INLINE: usize = 22;

/// The text, and what it takes to know its length in characters: an inline text is
/// ASCII (one byte per character) or counted when asked (22 bytes at most); a heap
/// text keeps its count (`u32::MAX`: counted when asked, a text of 4G characters).
enum Text {
    Ascii { len: u8, buf: [u8; INLINE] },
    Inline { len: u8, buf: [u8; INLINE] },
    Heap { chars: u32, text: Box<str> },
}

const _: () = assert!(std::mem::size_of::<Text>() == 24);

impl Text {
    fn inline(s: &str) -> Text {
        let mut buf = [0u8; INLINE];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        let len = s.len() as u8;
        if s.is_ascii() {
            Text::Ascii { len, buf }
        } else {
            Text::Inline { len, buf }
        }
    }
    fn heap(s: Box<str>, chars: usize) -> Text {
        Text::Heap {
            chars: u32::try_from(chars).unwrap_or(u32::MAX),
            text: s,
        }
    }
}

impl PyStr {
    fn of(text: Text) -> PyStr {
        PyStr {
            text,
            hash: Cell::new(-1),
        }
    }
    pub fn new(s: &str) -> PyStr {
        if s.len() <= INLINE {
            return Self::of(Text::inline(s));
        }
        Self::from_string(s.to_string())
    }
    pub fn from_string(s: String) -> PyStr {
        if s.len() <= INLINE {
            return Self::new(&s);
        }
        let chars = count_chars(&s);
        Self::of(Text::heap(s.into_boxed_str(), chars))
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
        if len <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..x.len()].copy_from_slice(x.as_bytes());
            buf[x.len()..len].copy_from_slice(y.as_bytes());
            let len = len as u8;
            return Self::of(if a.is_ascii() && b.is_ascii() {
                Text::Ascii { len, buf }
            } else {
                Text::Inline { len, buf }
            });
        }
        let mut s = String::with_capacity(len);
        s.push_str(x);
        s.push_str(y);
        Self::of(Text::heap(s.into_boxed_str(), a.char_len() + b.char_len()))
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Ascii { len, buf } | Text::Inline { len, buf } => {
                // SAFETY: the bytes were copied from a `&str` of this length.
                unsafe { std::str::from_utf8_unchecked(&buf[..*len as usize]) }
            }
            Text::Heap { text, .. } => text,
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        match &self.text {
            Text::Ascii { .. } => true,
            Text::Inline { .. } => false,
            Text::Heap { chars, text } => match *chars {
                u32::MAX => text.is_ascii(),
                n => n as usize == text.len(),
            },
        }
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.text {
            Text::Ascii { len, .. } => *len as usize,
            Text::Heap { chars, .. } if *chars != u32::MAX => *chars as usize,
            _ => count_chars(self.as_str()),
        }
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
    /// Runs `f` on this string's stride index, built on first use. Only long
    /// non-ASCII strings call this: a short one is walked.
    fn with_stride_index<R>(&self, f: impl FnOnce(&[usize]) -> R) -> R {
        let build = || -> Box<[usize]> {
            self.as_str()
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        };
        let Text::Heap { text: t, .. } = &self.text else {
            return f(&build());
        };
        let key = t.as_ptr() as usize;
        let mut f = Some(f);
        let cached = STRIDE_INDEXES.try_with(|m| {
            let mut m = m.borrow_mut();
            f.take().map(|f| f(m.entry(key).or_insert_with(build)))
        });
        match (cached, f) {
            (Ok(Some(r)), _) => r,
            // The thread is exiting: index without keeping it.
            (_, Some(f)) => f(&build()),
            (_, None) => unreachable!("the index closure ran but gave nothing"),
        }
    }
    /// Byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.char_len() {
            return self.as_str().len();
        }
        if i < STRIDE {
            return self
                .as_str()
                .char_indices()
                .nth(i)
                .map_or(self.as_str().len(), |(b, _)| b);
        }
        let start = self.with_stride_index(|index| index[i / STRIDE]);
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
            return self.char_len();
        }
        if self.char_len() <= STRIDE {
            return self.as_str()[..b].chars().count();
        }
        let (block, start) = self.with_stride_index(|index| {
            let block = index.partition_point(|&off| off <= b).saturating_sub(1);
            (block, index[block])
        });
        block * STRIDE + self.as_str()[start..b].chars().count()
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

    fn indexes() -> usize {
        STRIDE_INDEXES.with(|m| m.borrow().len())
    }

    #[test]
    fn a_strings_stride_index_goes_with_it() {
        let before = indexes();
        let s = PyStr::new(&"ü".repeat(100));
        assert_eq!(indexes(), before, "built on the first index by character");
        assert_eq!(s.char_at(70), 'ü');
        assert_eq!(indexes(), before + 1);
        // Moving the string keeps its index (keyed by the text, not the PyStr).
        let moved = std::rc::Rc::new(s);
        assert_eq!(moved.byte_offset(99), 198);
        assert_eq!(indexes(), before + 1);
        drop(moved);
        assert_eq!(indexes(), before);
    }

    #[test]
    fn every_kind_of_text_knows_its_length_and_asciiness() {
        for (text, chars, ascii) in [
            ("", 0, true),
            ("abc", 3, true),
            ("é€😀", 3, false),
            ("exactly twenty-two by!", 22, true),
            ("twenty bytes: éé€x", 18, false),
            ("twenty-three bytes long", 23, true),
            ("more than twenty-two, with é", 28, false),
        ] {
            for s in [
                PyStr::new(text),
                PyStr::from_string(text.to_string()),
                PyStr::from_parts([text].into_iter()),
            ] {
                assert_eq!(
                    (s.as_str(), s.char_len(), s.is_ascii()),
                    (text, chars, ascii)
                );
            }
            let half = text
                .char_indices()
                .nth(chars / 2)
                .map_or(text.len(), |(b, _)| b);
            let joined = PyStr::concat(&PyStr::new(&text[..half]), &PyStr::new(&text[half..]));
            assert_eq!(
                (joined.as_str(), joined.char_len(), joined.is_ascii()),
                (text, chars, ascii)
            );
        }
    }
}
