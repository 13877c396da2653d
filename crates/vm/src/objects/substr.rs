//! Substring search on UTF-8 text: `in`, `find`, `count`, `replace`, `split`. A
//! one-byte needle is a `memchr` scan; longer ones use `memchr::memmem`, whose set-up
//! is cheap for the short haystacks web code searches (std's `str::find` builds a
//! Two-Way searcher per call). A UTF-8 needle only ever matches at character
//! boundaries, so byte offsets found here are valid `str` indices.

/// Byte offset of the first occurrence of `needle` in `hay`.
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(0),
        [b] => memchr::memchr(*b, hay.as_bytes()),
        n => memchr::memmem::find(hay.as_bytes(), n),
    }
}

/// Byte offset of the last occurrence of `needle` in `hay`.
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [] => Some(hay.len()),
        [b] => memchr::memrchr(*b, hay.as_bytes()),
        n => memchr::memmem::rfind(hay.as_bytes(), n),
    }
}

/// Whether `needle` occurs in `hay`.
#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// Calls `f` with the byte offset of each non-overlapping occurrence of a non-empty
/// `needle`, left to right, at most `limit` of them (nothing is collected: a replace
/// over a 28 MB text would otherwise hold a vector of every position).
fn each_match(hay: &str, needle: &str, limit: usize, mut f: impl FnMut(usize)) {
    let mut left = limit;
    if left == 0 {
        return;
    }
    let mut visit = |i| {
        f(i);
        left -= 1;
        left > 0
    };
    match needle.as_bytes() {
        [] => {}
        [b] => {
            for i in memchr::memchr_iter(*b, hay.as_bytes()) {
                if !visit(i) {
                    break;
                }
            }
        }
        n => {
            for i in memchr::memmem::find_iter(hay.as_bytes(), n) {
                if !visit(i) {
                    break;
                }
            }
        }
    }
}

/// Count of non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &str, needle: &str) -> usize {
    match needle.as_bytes() {
        [] => 0,
        [b] => memchr::memchr_iter(*b, hay.as_bytes()).count(),
        n => memchr::memmem::find_iter(hay.as_bytes(), n).count(),
    }
}

/// `hay` with the first `limit` occurrences of a non-empty `old` replaced by `new`;
/// `None` when there is none (the caller keeps the original string). One pass counts,
/// the second writes the result at its exact length.
pub fn replace(hay: &str, old: &str, new: &str, limit: usize) -> Option<String> {
    let mut found = 0;
    each_match(hay, old, limit, |_| found += 1);
    if found == 0 {
        return None;
    }
    let mut out = String::with_capacity(hay.len() + found * new.len() - found * old.len());
    let mut last = 0;
    each_match(hay, old, found, |i| {
        out.push_str(&hay[last..i]);
        out.push_str(new);
        last = i + old.len();
    });
    out.push_str(&hay[last..]);
    Some(out)
}

/// The pieces of `hay` between occurrences of a non-empty `sep`, splitting at most
/// `limit` times.
pub fn split<'a>(hay: &'a str, sep: &str, limit: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut last = 0;
    each_match(hay, sep, limit, |i| {
        out.push(&hay[last..i]);
        last = i + sep.len();
    });
    out.push(&hay[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        let hays = [
            "",
            "a",
            "abcabc",
            "héllo wörld",
            "aaaa",
            "<a href='x'>&amp;</a>",
            "ééé",
        ];
        let needles = [
            "", "a", "b", "c", "bc", "aa", "é", "ö", "&", "'", "x'>", "zz", "éé",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "find {h:?} {n:?}");
                assert_eq!(rfind(h, n), h.rfind(n), "rfind {h:?} {n:?}");
                if n.is_empty() {
                    continue;
                }
                assert_eq!(count(h, n), h.matches(n).count(), "count {h:?} {n:?}");
                let r = replace(h, n, "<>", usize::MAX).unwrap_or_else(|| h.to_string());
                assert_eq!(r, h.replace(n, "<>"), "replace {h:?} {n:?}");
                let r = replace(h, n, "", 1).unwrap_or_else(|| h.to_string());
                assert_eq!(r, h.replacen(n, "", 1), "replacen {h:?} {n:?}");
                assert_eq!(split(h, n, usize::MAX), h.split(n).collect::<Vec<_>>());
                assert_eq!(split(h, n, 1), h.splitn(2, n).collect::<Vec<_>>());
            }
        }
    }
}
