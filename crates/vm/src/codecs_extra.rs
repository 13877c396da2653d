//! The codecs beyond UTF-8, ASCII and Latin-1 (`codecs.rs` keeps those, the web
//! path's): UTF-16 and UTF-32 (with a byte order mark or of one byte order),
//! `utf-8-sig`, the 8-bit code pages cp1252, cp1250, cp1251, iso8859-15, iso8859-2,
//! koi8-r, cp437, cp850 and mac-roman,
//! `unicode_escape` and `raw_unicode_escape`; the names and aliases of CPython's
//! `encodings` package, and its error messages, positions and error handlers.
//!
//! Not here: decoding to lone surrogates (`surrogateescape`, `surrogatepass`), which a
//! str cannot hold here: that is NotImplementedError.

use crate::codecs::{Charmap, Codec};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's `encodings.normalize_encoding` of a lowercased name: runs of characters
/// other than letters, digits and dots become one `_`, none at either end.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if crate::ucd::is_alnum(c) || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec of an encoding name: its module's name or one of its aliases.
pub fn lookup(name: &str) -> Option<Codec> {
    let n = normalize(name);
    by_normal(&n).or_else(|| by_normal(&n.replace('.', "_")))
}

fn by_normal(n: &str) -> Option<Codec> {
    Some(match n {
        "utf_8" | "cp65001" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "ansi_x3_4_1968" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Codec::Latin1
        }
        "utf_16" | "u16" | "utf16" => Codec::Utf16(None),
        "utf_16_le" | "unicodelittleunmarked" | "utf_16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "unicodebigunmarked" | "utf_16be" => Codec::Utf16(Some(true)),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        "utf_8_sig" => Codec::Utf8Sig,
        "cp1252" | "1252" | "windows_1252" => Codec::Charmap(Charmap::Cp1252),
        "iso8859_15" | "iso_8859_15" | "l9" | "latin9" => Codec::Charmap(Charmap::Iso8859_15),
        "cp437" | "437" | "cspc8codepage437" | "ibm437" => Codec::Charmap(Charmap::Cp437),
        "mac_roman" | "macintosh" | "macroman" => Codec::Charmap(Charmap::MacRoman),
        "cp1250" | "1250" | "windows_1250" => Codec::Charmap(Charmap::Cp1250),
        "cp1251" | "1251" | "windows_1251" => Codec::Charmap(Charmap::Cp1251),
        "iso8859_2" | "csisolatin2" | "iso_8859_2" | "iso_8859_2_1987" | "iso_ir_101" | "l2"
        | "latin2" => Codec::Charmap(Charmap::Iso8859_2),
        "koi8_r" | "cskoi8r" => Codec::Charmap(Charmap::Koi8R),
        "cp850" | "850" | "cspc850multilingual" | "ibm850" => Codec::Charmap(Charmap::Cp850),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => return None,
    })
}

/// `codecs.lookup(name).name`.
pub fn canonical_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "iso8859-1",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(false)) => "utf-16-le",
        Codec::Utf16(Some(true)) => "utf-16-be",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(false)) => "utf-32-le",
        Codec::Utf32(Some(true)) => "utf-32-be",
        Codec::Utf8Sig => "utf-8-sig",
        Codec::Charmap(Charmap::Cp1252) => "cp1252",
        Codec::Charmap(Charmap::Iso8859_15) => "iso8859-15",
        Codec::Charmap(Charmap::Cp437) => "cp437",
        Codec::Charmap(Charmap::MacRoman) => "mac-roman",
        Codec::Charmap(Charmap::Cp1250) => "cp1250",
        Codec::Charmap(Charmap::Cp1251) => "cp1251",
        Codec::Charmap(Charmap::Iso8859_2) => "iso8859-2",
        Codec::Charmap(Charmap::Koi8R) => "koi8-r",
        Codec::Charmap(Charmap::Cp850) => "cp850",
        Codec::UnicodeEscape => "unicode-escape",
        Codec::RawUnicodeEscape => "raw-unicode-escape",
    }
}

/// The name of the C function behind a codec's encoder (its TypeError names it).
pub fn encoder_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 | Codec::Utf8Sig => "utf_8_encode",
        Codec::Ascii => "ascii_encode",
        Codec::Latin1 => "latin_1_encode",
        Codec::Utf16(None) => "utf_16_encode",
        Codec::Utf16(Some(false)) => "utf_16_le_encode",
        Codec::Utf16(Some(true)) => "utf_16_be_encode",
        Codec::Utf32(None) => "utf_32_encode",
        Codec::Utf32(Some(false)) => "utf_32_le_encode",
        Codec::Utf32(Some(true)) => "utf_32_be_encode",
        Codec::Charmap(_) => "charmap_encode",
        Codec::UnicodeEscape => "unicode_escape_encode",
        Codec::RawUnicodeEscape => "raw_unicode_escape_encode",
    }
}

/// `_metal_codecs`: `canonical(name)`, the codec's name (`codecs.lookup(name).name`)
/// or None, and `encoder_name(name)`.
pub fn init_module(d: &crate::objects::dict::PyDict) {
    crate::builtins::function(d, "canonical", canonical);
    crate::builtins::function(d, "encoder_name", encoder_fn_name);
}

fn codec_arg(vm: &mut Vm, args: &crate::objects::function::Args<'_>) -> PyResult<Option<Codec>> {
    let a = crate::builtins::pos_args(vm, "canonical", args, 1, 1)?;
    Ok(match &a[0] {
        Value::Str(s) => Codec::lookup(s.as_str()),
        _ => None,
    })
}

fn canonical(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    Ok(codec_arg(vm, &args)?.map_or(Value::None, |c| Value::str(canonical_name(c))))
}

fn encoder_fn_name(vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    Ok(codec_arg(vm, &args)?.map_or(Value::None, |c| Value::str(encoder_name(c))))
}

fn table(m: Charmap) -> &'static [u16; 128] {
    match m {
        Charmap::Cp1252 => &CP1252,
        Charmap::Iso8859_15 => &ISO8859_15,
        Charmap::Cp437 => &CP437,
        Charmap::MacRoman => &MAC_ROMAN,
        Charmap::Cp1250 => &CP1250,
        Charmap::Cp1251 => &CP1251,
        Charmap::Iso8859_2 => &ISO8859_2,
        Charmap::Koi8R => &KOI8_R,
        Charmap::Cp850 => &CP850,
    }
}

/// What one step of a decoder read at a position.
enum Step {
    /// A character, and the bytes it took.
    Char(char, usize),
    /// Bytes that make no character (a byte order mark, an escaped newline).
    Skip(usize),
    /// An undecodable range up to `end`, and why.
    Error(usize, &'static str),
}

/// `data.decode(codec, errors)` for the codecs of this module.
pub fn decode(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8Sig => {
            let rest = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
            crate::codecs::decode(vm, rest, Codec::Utf8, errors)
        }
        Codec::Utf16(order) => {
            let (be, start) = match order {
                Some(be) => (be, 0),
                None if data.starts_with(b"\xff\xfe") => (false, 2),
                None if data.starts_with(b"\xfe\xff") => (true, 2),
                None => (false, 0),
            };
            let unit = |i: usize| {
                let (a, b) = (data[i] as u32, data[i + 1] as u32);
                if be {
                    a << 8 | b
                } else {
                    b << 8 | a
                }
            };
            run(vm, data, start, Codec::Utf16(Some(be)), errors, |pos| {
                if pos + 2 > data.len() {
                    return Step::Error(data.len(), "truncated data");
                }
                let u = unit(pos);
                if !(0xD800..0xE000).contains(&u) {
                    return Step::Char(char::from_u32(u).unwrap_or('\u{fffd}'), 2);
                }
                if u >= 0xDC00 {
                    return Step::Error(pos + 2, "illegal encoding");
                }
                if pos + 4 > data.len() {
                    return Step::Error(data.len(), "unexpected end of data");
                }
                let low = unit(pos + 2);
                if !(0xDC00..0xE000).contains(&low) {
                    return Step::Error(pos + 2, "illegal UTF-16 surrogate");
                }
                let cp = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                Step::Char(char::from_u32(cp).unwrap_or('\u{fffd}'), 4)
            })
        }
        Codec::Utf32(order) => {
            let (be, start) = match order {
                Some(be) => (be, 0),
                None if data.starts_with(b"\xff\xfe\x00\x00") => (false, 4),
                None if data.starts_with(b"\x00\x00\xfe\xff") => (true, 4),
                None => (false, 0),
            };
            run(vm, data, start, Codec::Utf32(Some(be)), errors, |pos| {
                if pos + 4 > data.len() {
                    return Step::Error(data.len(), "truncated data");
                }
                let b: [u8; 4] = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
                let cp = if be {
                    u32::from_be_bytes(b)
                } else {
                    u32::from_le_bytes(b)
                };
                match char::from_u32(cp) {
                    Some(c) => Step::Char(c, 4),
                    None if cp >= 0x110000 => {
                        Step::Error(pos + 4, "code point not in range(0x110000)")
                    }
                    None => Step::Error(
                        pos + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                    ),
                }
            })
        }
        Codec::Charmap(m) => {
            let t = table(m);
            run(vm, data, 0, codec, errors, |pos| {
                let b = data[pos];
                if b < 0x80 {
                    return Step::Char(b as char, 1);
                }
                match t[b as usize - 0x80] {
                    0xFFFE => Step::Error(pos + 1, "character maps to <undefined>"),
                    u => Step::Char(char::from_u32(u as u32).unwrap_or('\u{fffd}'), 1),
                }
            })
        }
        Codec::UnicodeEscape => {
            let text = run(vm, data, 0, codec, errors, |pos| {
                unicode_escape_step(data, pos)
            })?;
            // CPython 3.11 warns of the first unknown escape once the text is decoded;
            // a warning made an error comes out wrapped, as codec errors are.
            if let Some(message) = first_invalid_escape(data) {
                if let Err(e) = vm.deprecation_warning_past(&message, "<metal>/codecs.py") {
                    return Err(wrap_deprecation(vm, e, "unicode_escape"));
                }
            }
            Ok(text)
        }
        Codec::RawUnicodeEscape => {
            let mut run_start = 0;
            run(vm, data, 0, codec, errors, |pos| {
                raw_escape_step(data, pos, &mut run_start)
            })
        }
        _ => crate::codecs::decode(vm, data, codec, errors),
    }
}

fn hex_run(data: &[u8], from: usize, want: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while n < want {
        match data.get(from + n).and_then(|&b| (b as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => break,
        }
        n += 1;
    }
    (v, n)
}

fn unicode_escape_step(data: &[u8], pos: usize) -> Step {
    let b = data[pos];
    if b != b'\\' {
        return Step::Char(b as char, 1);
    }
    let Some(&c) = data.get(pos + 1) else {
        return Step::Error(data.len(), "\\ at end of string");
    };
    let simple = match c {
        b'\n' => return Step::Skip(2),
        b'\\' => '\\',
        b'\'' => '\'',
        b'"' => '"',
        b'a' => '\u{7}',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'v' => '\u{b}',
        b'0'..=b'7' => {
            let mut v = 0u32;
            let mut n = 0;
            while n < 3 {
                match data.get(pos + 1 + n) {
                    Some(&d @ b'0'..=b'7') => v = v * 8 + (d - b'0') as u32,
                    _ => break,
                }
                n += 1;
            }
            return Step::Char(char::from_u32(v).unwrap_or('\u{fffd}'), 1 + n);
        }
        b'x' | b'u' | b'U' => {
            let (want, reason) = match c {
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                _ => (8, "truncated \\UXXXXXXXX escape"),
            };
            let (v, n) = hex_run(data, pos + 2, want);
            if n < want {
                return Step::Error(pos + 2 + n, reason);
            }
            return match char::from_u32(v) {
                Some(ch) => Step::Char(ch, 2 + want),
                None => Step::Error(pos + 2 + want, "illegal Unicode character"),
            };
        }
        b'N' => return named_escape_step(data, pos),
        // An unknown escape stays as it is (CPython 3.11 also warns).
        _ => return Step::Char('\\', 1),
    };
    Step::Char(simple, 2)
}

/// The warning CPython gives for the first escape `unicode_escape` does not know (kept
/// as it is) or whose octal value is past `\377`.
fn first_invalid_escape(data: &[u8]) -> Option<String> {
    let mut i = 0;
    while i + 1 < data.len() {
        if data[i] != b'\\' {
            i += 1;
            continue;
        }
        let c = data[i + 1];
        match c {
            b'\n' | b'\\' | b'\'' | b'"' | b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' => i += 2,
            b'x' | b'u' | b'U' | b'N' => i += 2,
            b'0'..=b'7' => {
                let digits = data[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|d| (b'0'..=b'7').contains(d))
                    .count();
                let value = data[i + 1..i + 1 + digits]
                    .iter()
                    .fold(0u32, |v, d| v * 8 + (d - b'0') as u32);
                if value > 0o377 {
                    let text = String::from_utf8_lossy(&data[i + 1..i + 1 + digits]);
                    return Some(format!("invalid octal escape sequence '\\{text}'"));
                }
                i += 1 + digits;
            }
            _ => return Some(format!("invalid escape sequence '\\{}'", c as char)),
        }
    }
    None
}

/// A `DeprecationWarning` raised (by the filters) while decoding, as CPython's codec
/// machinery re-raises it: "decoding with 'codec' codec failed (…)" caused by it.
fn wrap_deprecation(vm: &mut Vm, e: crate::vm::PyErr, codec: &str) -> crate::vm::PyErr {
    if !std::rc::Rc::ptr_eq(e.0.cls(), &vm.exc_type("DeprecationWarning")) {
        return e;
    }
    let inner = match vm.str_of(&Value::Object(e.0.clone())) {
        Ok(s) => s,
        Err(other) => return other,
    };
    let wrapped = vm.new_error(
        "DeprecationWarning",
        format!(
            "decoding with '{codec}' codec failed (DeprecationWarning: {})",
            inner.as_str()
        ),
    );
    match crate::exceptions::set_cause(vm, &wrapped, Value::Object(e.0)) {
        Ok(()) => wrapped,
        Err(other) => other,
    }
}

/// `\N{name}` at `pos`: the character of that name or alias (not a named sequence),
/// the error reaching as far as CPython's does.
fn named_escape_step(data: &[u8], pos: usize) -> Step {
    const MALFORMED: &str = "malformed \\N character escape";
    match data.get(pos + 2) {
        None => return Step::Error(data.len(), MALFORMED),
        Some(b'{') => {}
        Some(_) => return Step::Error(pos + 2, MALFORMED),
    }
    let Some(close) = data[pos + 3..].iter().position(|&b| b == b'}') else {
        return Step::Error(data.len(), MALFORMED);
    };
    if close == 0 {
        return Step::Error(pos + 3, MALFORMED);
    }
    let end = pos + 3 + close + 1;
    let found = std::str::from_utf8(&data[pos + 3..end - 1])
        .ok()
        .and_then(|name| metal_ucd::names::lookup(name, false));
    match found.and_then(|s| s.chars().next()) {
        Some(c) => Step::Char(c, end - pos),
        None => Step::Error(end, "unknown Unicode character name"),
    }
}

/// `raw_unicode_escape`: only `\u` and `\U` after an odd run of backslashes are
/// escapes. `run_start` is where the current run of backslashes began.
fn raw_escape_step(data: &[u8], pos: usize, run_start: &mut usize) -> Step {
    let b = data[pos];
    if b != b'\\' {
        return Step::Char(b as char, 1);
    }
    if pos == 0 || data[pos - 1] != b'\\' {
        *run_start = pos;
    }
    let odd = (pos - *run_start).is_multiple_of(2);
    let c = data.get(pos + 1).copied();
    if !odd || !matches!(c, Some(b'u' | b'U')) {
        return Step::Char('\\', 1);
    }
    let (want, reason) = if c == Some(b'u') {
        (4, "truncated \\uXXXX escape")
    } else {
        (8, "truncated \\UXXXXXXXX escape")
    };
    let (v, n) = hex_run(data, pos + 2, want);
    if n < want {
        return Step::Error(pos + 2 + n, reason);
    }
    match char::from_u32(v) {
        Some(ch) => Step::Char(ch, 2 + want),
        None => Step::Error(pos + 2 + want, "\\Uxxxxxxxx out of range"),
    }
}

/// The decoding loop: `step` reads at each position, the error handler deals with
/// what it cannot.
fn run(
    vm: &mut Vm,
    data: &[u8],
    start: usize,
    codec: Codec,
    errors: &str,
    mut step: impl FnMut(usize) -> Step,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut pos = start;
    let mut checked = false;
    while pos < data.len() {
        match step(pos) {
            Step::Char(c, n) => {
                out.push(c);
                pos += n;
            }
            Step::Skip(n) => pos += n,
            Step::Error(end, reason) => {
                if !checked {
                    crate::codecs::check_handler(vm, errors, false)?;
                    checked = true;
                }
                match errors {
                    "replace" => out.push('\u{fffd}'),
                    "ignore" => {}
                    "backslashreplace" => {
                        for b in &data[pos..end] {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                    "surrogateescape" => return Err(crate::codecs::lone_surrogate(vm, errors)),
                    "surrogatepass"
                        if reason.contains("surrogate") || reason == "illegal encoding" =>
                    {
                        return Err(crate::codecs::lone_surrogate(vm, errors))
                    }
                    _ => {
                        return Err(crate::codecs::decode_error(
                            vm, codec, data, pos, end, reason,
                        ))
                    }
                }
                pos = end;
            }
        }
    }
    Ok(out)
}

/// `s.encode(codec, errors)` for the codecs of this module.
pub fn encode(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    Ok(match codec {
        Codec::Utf8Sig => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            out
        }
        Codec::Utf16(order) => {
            let be = order == Some(true);
            let mut out = Vec::with_capacity(2 * s.len() + 2);
            if order.is_none() {
                out.extend_from_slice(b"\xff\xfe");
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Codec::Utf32(order) => {
            let be = order == Some(true);
            let mut out = Vec::with_capacity(4 * s.len() + 4);
            if order.is_none() {
                out.extend_from_slice(b"\xff\xfe\x00\x00");
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            out
        }
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = codec == Codec::RawUnicodeEscape;
            let mut out = Vec::with_capacity(s.len());
            for c in s.chars() {
                let u = c as u32;
                match c {
                    _ if raw && u < 0x100 => out.push(u as u8),
                    '\\' => out.extend_from_slice(b"\\\\"),
                    '\t' => out.extend_from_slice(b"\\t"),
                    '\n' => out.extend_from_slice(b"\\n"),
                    '\r' => out.extend_from_slice(b"\\r"),
                    _ if (0x20..0x7f).contains(&u) => out.push(u as u8),
                    _ => out.extend(crate::codecs::escape(c).bytes()),
                }
            }
            out
        }
        Codec::Charmap(m) => return encode_charmap(vm, s, codec, table(m), errors),
        _ => return crate::codecs::encode(vm, s, codec, errors),
    })
}

fn charmap_byte(t: &[u16; 128], c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 {
        return Some(u as u8);
    }
    t.iter()
        .position(|&x| x as u32 == u && x != 0xFFFE)
        .map(|i| (i + 0x80) as u8)
}

fn encode_charmap(
    vm: &mut Vm,
    s: &str,
    codec: Codec,
    t: &[u16; 128],
    errors: &str,
) -> PyResult<Vec<u8>> {
    crate::codecs::encode_bytewise(vm, s, codec, errors, "character maps to <undefined>", |c| {
        charmap_byte(t, c)
    })
}

/// `cp1252`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const CP1252: [u16; 128] = [
    0x20AC, 0xFFFE, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0xFFFE, 0x017D, 0xFFFE, 0xFFFE, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFE, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
];
/// `iso8859_15`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const ISO8859_15: [u16; 128] = [
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
    0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x20AC, 0x00A5, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5, 0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB,
    0x0152, 0x0153, 0x0178, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
];
/// `cp437`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const CP437: [u16; 128] = [
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
];
/// `mac_roman`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const MAC_ROMAN: [u16; 128] = [
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
];
/// `cp1250`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const CP1250: [u16; 128] = [
    0x20AC, 0xFFFE, 0x201A, 0xFFFE, 0x201E, 0x2026, 0x2020, 0x2021, 0xFFFE, 0x2030, 0x0160, 0x2039,
    0x015A, 0x0164, 0x017D, 0x0179, 0xFFFE, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFE, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A, 0x00A0, 0x02C7, 0x02D8, 0x0141,
    0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
    0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB,
    0x013D, 0x02DD, 0x013E, 0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3,
    0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB,
    0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
];
/// `cp1251`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const CP1251: [u16; 128] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
    0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFE, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
    0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
    0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423,
    0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
    0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
];
/// `iso8859_2`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const ISO8859_2: [u16; 128] = [
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B,
    0x008C, 0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x0104, 0x02D8, 0x0141,
    0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD, 0x017D, 0x017B,
    0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7, 0x00B8, 0x0161, 0x015F, 0x0165,
    0x017A, 0x02DD, 0x017E, 0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3,
    0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB,
    0x011B, 0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
];
/// `koi8_r`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const KOI8_R: [u16; 128] = [
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580,
    0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
    0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569,
    0x256A, 0x256B, 0x256C, 0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441,
    0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
    0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
];
/// `cp850`: the characters of bytes 0x80-0xFF (0xFFFE: undefined).
const CP850: [u16; 128] = [
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557,
    0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB,
    0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9,
    0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
];
