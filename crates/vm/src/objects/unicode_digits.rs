//! Unicode decimal digits (category Nd): every one belongs to a run of ten, 0 to 9, so
//! a table of the runs' zeros gives each digit's value. Generated from Python 3.11's
//! `unicodedata` (Unicode 14.0) by the snippet in this module's history.

/// The code point of each run's zero, ascending.
const ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit (`'٣'` → 3), or None when `c` is not one.
pub fn decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    let i = ZEROS.partition_point(|&z| z <= cp);
    let zero = *ZEROS.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then_some(cp - zero)
}

#[cfg(test)]
mod tests {
    #[test]
    fn digits_of_several_scripts() {
        assert_eq!(super::decimal('7'), Some(7));
        assert_eq!(super::decimal('\u{663}'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(super::decimal('\u{96F}'), Some(9)); // DEVANAGARI DIGIT NINE
        assert_eq!(super::decimal('\u{1D7CE}'), Some(0)); // MATHEMATICAL BOLD DIGIT ZERO
        assert_eq!(super::decimal('\u{B2}'), None); // SUPERSCRIPT TWO is No, not Nd
        assert_eq!(super::decimal('\u{2160}'), None); // ROMAN NUMERAL ONE is Nl
        assert_eq!(super::decimal('a'), None);
    }
}
