//! Text codecs for `bytes.decode` and `str.encode`: UTF-8, ASCII and Latin-1 here (the
//! web path's, fast paths first), the others in `codecs_extra`; CPython's error
//! handlers (`strict`, `replace`, `ignore`, `backslashreplace`, and
//! `xmlcharrefreplace` for encoding; `surrogateescape`/`surrogatepass` as far as a str
//! without lone surrogates allows) and CPython's error messages and attributes.

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16: big-endian (Some(true)), little-endian (Some(false)), or with a byte
    /// order mark (None: written little-endian, read by the mark).
    Utf16(Option<bool>),
    /// UTF-32, as UTF-16.
    Utf32(Option<bool>),
    /// UTF-8 with a byte order mark written, and skipped when read.
    Utf8Sig,
    /// An 8-bit code page (`codecs_extra`'s tables).
    Charmap(Charmap),
    UnicodeEscape,
    RawUnicodeEscape,
}

/// The 8-bit code pages beside Latin-1.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Charmap {
    Cp1252,
    Iso8859_15,
    Cp437,
    MacRoman,
    Cp1250,
    Cp1251,
    Iso8859_2,
    Koi8R,
    Cp850,
}

impl Codec {
    /// The codec for an encoding name as Python spells it (case, `_` or `-`, the
    /// aliases of CPython's `encodings.aliases`).
    pub fn lookup(name: &str) -> Option<Codec> {
        // The spellings the web path uses, before any normalising.
        match name {
            "utf-8" | "utf8" | "UTF-8" => return Some(Codec::Utf8),
            "ascii" => return Some(Codec::Ascii),
            "latin-1" | "latin1" => return Some(Codec::Latin1),
            _ => {}
        }
        crate::codecs_extra::lookup(name)
    }

    /// The name error messages give (CPython's codec's own).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
            Codec::Charmap(_) => "charmap",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// UTF-8, ASCII or Latin-1: the codecs this module handles itself.
    #[inline]
    fn is_basic(self) -> bool {
        matches!(self, Codec::Utf8 | Codec::Ascii | Codec::Latin1)
    }
}

pub fn unknown_encoding(vm: &Vm, name: &str) -> PyErr {
    vm.new_error("LookupError", format!("unknown encoding: {name}"))
}

pub(crate) fn check_handler(vm: &Vm, errors: &str, encoding: bool) -> PyResult<()> {
    match errors {
        "strict" | "replace" | "ignore" | "backslashreplace" => Ok(()),
        // (Without lone surrogates in a str, these raise the error they are given when
        // encoding, as CPython's do for any other character.)
        "surrogateescape" | "surrogatepass" if encoding => Ok(()),
        "xmlcharrefreplace" | "namereplace" if encoding => Ok(()),
        "xmlcharrefreplace" | "namereplace" => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        "surrogateescape" | "surrogatepass" => Ok(()),
        _ => Err(vm.new_error(
            "LookupError",
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// Decoding with `surrogateescape` (or `surrogatepass` over the encoding of a
/// surrogate) would make a str with a lone surrogate, which metal's cannot hold.
pub(crate) fn lone_surrogate(vm: &Vm, errors: &str) -> PyErr {
    vm.not_implemented(&format!(
        "the '{errors}' error handler's lone surrogates (strings cannot hold them here)"
    ))
}

/// `namereplace`'s text for a character: `\N{NAME}`, or its backslash escape when it
/// has no name.
pub(crate) fn name_escape(c: char) -> String {
    match metal_ucd::names::name(c as u32) {
        Some(name) => format!("\\N{{{name}}}"),
        None => escape(c),
    }
}

/// A UnicodeDecodeError with CPython's message and its `encoding`, `object`, `start`,
/// `end` and `reason` attributes.
pub(crate) fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let enc = codec.name();
    let msg = if end == start + 1 {
        format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let err = vm.new_error("UnicodeDecodeError", msg);
    let object = crate::objects::bytes::new_bytes(vm, data.to_vec());
    set_attrs(&err, enc, object, start, end, reason);
    err
}

pub(crate) fn set_attrs(
    err: &PyErr,
    enc: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) {
    if let Some(d) = &err.0.dict() {
        d.set_by_str("encoding", Value::str(enc));
        d.set_by_str("object", object);
        d.set_by_str("start", Value::from_usize(start));
        d.set_by_str("end", Value::from_usize(end));
        d.set_by_str("reason", Value::str(reason));
    }
}

/// The next undecodable range of `data` from `pos` for the codec: (start, end, reason),
/// or None when the rest is valid. UTF-8 ranges are the maximal invalid subparts (as
/// CPython's decoder reports them).
fn next_error(codec: Codec, data: &[u8], pos: usize) -> Option<(usize, usize, &'static str)> {
    match codec {
        Codec::Ascii => data[pos..]
            .iter()
            .position(|&b| b >= 0x80)
            .map(|i| (pos + i, pos + i + 1, "ordinal not in range(128)")),
        Codec::Utf8 => match std::str::from_utf8(&data[pos..]) {
            Ok(_) => None,
            Err(e) => {
                let start = pos + e.valid_up_to();
                Some(match e.error_len() {
                    None => (start, data.len(), "unexpected end of data"),
                    Some(n) => {
                        let lead = data[start];
                        let reason = if (0xC2..=0xF4).contains(&lead) {
                            "invalid continuation byte"
                        } else {
                            "invalid start byte"
                        };
                        (start, start + n, reason)
                    }
                })
            }
        },
        // (Latin-1 decodes every byte; the other codecs are `codecs_extra`'s.)
        _ => None,
    }
}

fn push_valid(codec: Codec, bytes: &[u8], out: &mut String) {
    match codec {
        Codec::Latin1 => out.extend(bytes.iter().map(|&b| b as char)),
        // Checked valid by next_error (ASCII is valid UTF-8).
        _ => out.push_str(std::str::from_utf8(bytes).unwrap_or("")),
    }
}

/// `data.decode(codec, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    if codec == Codec::Latin1 {
        return Ok(data.iter().map(|&b| b as char).collect());
    }
    if !codec.is_basic() {
        return crate::codecs_extra::decode(vm, data, codec, errors);
    }
    if let Ok(s) = std::str::from_utf8(data) {
        if codec == Codec::Utf8 || s.is_ascii() {
            return Ok(s.to_string());
        }
    }
    check_handler(vm, errors, false)?;
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while let Some((start, end, reason)) = next_error(codec, data, pos) {
        push_valid(codec, &data[pos..start], &mut out);
        match errors {
            "replace" => out.push('\u{fffd}'),
            "ignore" => {}
            "backslashreplace" => {
                for b in &data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            "surrogateescape" => return Err(lone_surrogate(vm, errors)),
            // (UTF-8's encoding of a surrogate: ED A0-BF.)
            "surrogatepass"
                if codec == Codec::Utf8
                    && data[start] == 0xED
                    && data
                        .get(start + 1)
                        .is_some_and(|b| (0xA0..0xC0).contains(b)) =>
            {
                return Err(lone_surrogate(vm, errors))
            }
            _ => return Err(decode_error(vm, codec, data, start, end, reason)),
        }
        pos = end;
    }
    push_valid(codec, &data[pos..], &mut out);
    Ok(out)
}

/// A character as Python escapes it: \\xNN, \\uNNNN or \\UNNNNNNNN.
pub(crate) fn escape(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `s.encode(codec, errors)`.
pub fn encode(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        _ => return crate::codecs_extra::encode(vm, s, codec, errors),
    };
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u32 as u8).collect());
    }
    let range = if limit == 0x80 { 128 } else { 256 };
    let reason = format!("ordinal not in range({range})");
    encode_bytewise(vm, s, codec, errors, &reason, |c| {
        ((c as u32) < limit).then_some(c as u32 as u8)
    })
}

/// `s` encoded by a codec of one byte a character (`byte` maps each, None where it
/// cannot), a run of unencodable characters given to the `errors` handler at once;
/// `reason` is the UnicodeEncodeError's.
pub fn encode_bytewise(
    vm: &mut Vm,
    s: &str,
    codec: Codec,
    errors: &str,
    reason: &str,
    byte: impl Fn(char) -> Option<u8>,
) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        check_handler(vm, errors, true)?;
        // The run of unencodable characters is one error.
        let mut end = i;
        while end < chars.len() && byte(chars[end]).is_none() {
            end += 1;
        }
        match errors {
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "ignore" => {}
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend(escape(c).bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            "namereplace" => {
                for &c in &chars[i..end] {
                    out.extend(name_escape(c).bytes());
                }
            }
            _ => {
                let enc = codec.name();
                let msg = if end == i + 1 {
                    let shown = escape(chars[i]);
                    format!(
                        "'{enc}' codec can't encode character '{shown}' in position {i}: {reason}"
                    )
                } else {
                    format!(
                        "'{enc}' codec can't encode characters in position {i}-{}: {reason}",
                        end - 1
                    )
                };
                let err = vm.new_error("UnicodeEncodeError", msg);
                set_attrs(&err, enc, Value::str(s), i, end, reason);
                return Err(err);
            }
        }
        i = end;
    }
    Ok(out)
}
