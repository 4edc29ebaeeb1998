//! Lowercasing for matching, fast on Vietnamese and length-preserving.
//!
//! Extractors compare words of the text with lexicon words many times per
//! figure. `str::to_lowercase` allocates every time and looks every
//! non-ASCII letter up in the full Unicode table; Vietnamese text is mostly
//! lowercase already and its capitals sit in three small blocks with simple
//! arithmetic. [`lower`] borrows when there is nothing to change and keeps
//! every byte offset (a character whose lowercase form has another UTF-8
//! length, such as `İ` or the Kelvin sign, is kept as written), so offsets
//! found in the lowercase copy are offsets of the original.

use std::borrow::Cow;

/// The lowercase form of `c` when it is one character of the same UTF-8
/// length; otherwise `c` itself.
#[inline]
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    match u {
        0x41..=0x5A => char::from(c as u8 + 32),
        0x00..=0x7F => c,
        // Latin-1 capitals À…Þ (not ×).
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 32).unwrap_or(c),
        0xDF..=0xFF => c,
        // Latin Extended-A pairs used by Vietnamese: Ă ă, Đ đ, Ĩ ĩ, Ũ ũ, Ơ ơ, Ư ư.
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => char::from_u32(u + 1).unwrap_or(c),
        0x1AF => 'ư',
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => c,
        // Latin Extended Additional (Ạ…ỹ): capital even, small odd.
        0x1EA0..=0x1EF9 => char::from_u32(u | 1).unwrap_or(c),
        _ => {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        }
    }
}

/// Whether `c` is in the blocks [`lower_char`] maps without a table lookup
/// (ASCII, Latin-1, the Vietnamese letters of Latin Extended-A and B, and
/// Latin Extended Additional): there its result equals `char::to_lowercase`.
#[inline]
pub fn is_fast_case(c: char) -> bool {
    matches!(c as u32, 0..=0xFF | 0x102 | 0x103 | 0x110 | 0x111 | 0x128 | 0x129 | 0x168 | 0x169 | 0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x1EA0..=0x1EF9)
}

/// `char::is_uppercase`, without the Unicode table in the blocks of
/// [`is_fast_case`] (there a capital is a letter [`lower_char`] changes).
#[inline]
pub fn is_upper(c: char) -> bool {
    if is_fast_case(c) {
        lower_char(c) != c
    } else {
        c.is_uppercase()
    }
}

/// Whether [`lower_char`] changes `c`.
#[inline]
fn changes(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        lower_char(c) != c
    }
}

/// `s` lowercased (see the module documentation): borrowed when it has no
/// capital, and always of the same byte length as `s`.
pub fn lower(s: &str) -> Cow<'_, str> {
    // ASCII bytes (most of a Vietnamese text) are looked at as bytes; only
    // the others are decoded.
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            if b[i].is_ascii_uppercase() {
                break;
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            if changes(c) {
                break;
            }
            i += c.len_utf8();
        }
    }
    if i == b.len() {
        return Cow::Borrowed(s);
    }
    // Every character keeps its UTF-8 length. Unchanged stretches are copied
    // as string slices (no UTF-8 validation of the copy, which showed in
    // profiles of 16 MB texts), changed non-ASCII letters are pushed, and
    // ASCII is lowercased in one pass at the end.
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    while i < b.len() {
        let lead = b[i];
        if lead < 0x80 {
            i += 1;
        } else if lead == 0xE1
            && matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0xBA), Some(0xA0..=0xBF)) | (Some(0xBB), Some(0x80..=0xB9))
            )
        {
            // U+1EA0–U+1EF9 (Ạ…ỹ, the Vietnamese letters with a tone mark):
            // capital even, small odd. No decoding.
            if b[i + 2] & 1 == 0 {
                let cp = 0x1E00 | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
                out.push_str(&s[copied..i]);
                out.push(char::from_u32(cp | 1).unwrap_or(' '));
                copied = i + 3;
            }
            i += 3;
        } else if lead == 0xC3 && b.get(i + 1).is_some_and(|&x| x >= 0xA0) {
            // à…ÿ (U+00E0–U+00FF): small already.
            i += 2;
        } else if (0xC2..0xE0).contains(&lead) && i + 1 < b.len() {
            // Two bytes (Latin-1, Ă, Đ, Ơ, Ư …): decoded here, not by a
            // slice and an iterator.
            let cp = (u32::from(lead & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
            let c = char::from_u32(cp).unwrap_or(' ');
            let l = lower_char(c);
            if l != c {
                out.push_str(&s[copied..i]);
                out.push(l);
                copied = i + 2;
            }
            i += 2;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            let n = c.len_utf8();
            let l = lower_char(c);
            if l != c {
                out.push_str(&s[copied..i]);
                out.push(l);
                copied = i + n;
            }
            i += n;
        }
    }
    out.push_str(&s[copied..]);
    out.make_ascii_lowercase();
    Cow::Owned(out)
}

/// The first `max` bytes of `s` (cut back to a character boundary),
/// lowercased: for "does what follows start with …" tests that need not
/// lowercase a whole clause.
pub fn lower_head(s: &str, max: usize) -> Cow<'_, str> {
    lower(&s[..super::floor_char(s, max)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_wherever_lengths_allow() {
        for u in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let mut std_lower = c.to_lowercase();
            let expected = match (std_lower.next(), std_lower.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            };
            assert_eq!(lower_char(c), expected, "U+{u:04X}");
        }
    }

    #[test]
    fn fast_blocks_agree_with_std_exactly() {
        for u in 0..0x2_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            if is_fast_case(c) {
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    lower_char(c).to_string(),
                    "U+{u:04X}"
                );
            }
        }
    }

    #[test]
    fn is_upper_is_is_uppercase() {
        for u in 0..0x3_0000u32 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_upper(c), c.is_uppercase(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn lower_is_lower_char_of_every_character() {
        // Each character after a capital, so the copying path runs for all.
        let all: String = (0..0x3_0000u32)
            .filter_map(char::from_u32)
            .flat_map(|c| ['A', c])
            .collect();
        let want: String = all.chars().map(lower_char).collect();
        assert_eq!(lower(&all), want);
    }

    #[test]
    fn vietnamese_capitals() {
        assert_eq!(lower("ĐẢNG BỘ TỈNH QUẢNG NGÃI"), "đảng bộ tỉnh quảng ngãi");
        assert_eq!(lower("Ủy Ban Ư Ơ Ă Ĩ Ũ Ỹ"), "ủy ban ư ơ ă ĩ ũ ỹ");
        assert!(matches!(lower("đã có sẵn"), Cow::Borrowed(_)));
    }

    #[test]
    fn keeps_byte_offsets() {
        for s in ["İstanbul", "K\u{212A}", "ẞ Ω", "TĂNG 7,5%"] {
            assert_eq!(lower(s).len(), s.len(), "{s}");
        }
        assert_eq!(lower_head("Tỷ đồng", 4), "tỷ");
        assert_eq!(lower_head("Tỷ đồng", 3), "t");
    }
}
