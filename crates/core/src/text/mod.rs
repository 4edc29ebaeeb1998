//! Text handling shared by every extractor: cleaning with an offset map,
//! tone folding, and segmentation into paragraphs, sentences and clauses.

pub mod case;
pub mod mask;
pub mod nfc;
pub mod prepare;
pub mod segment;
pub mod tone;

pub use case::{lower, lower_head};
pub use prepare::Prepared;

/// The letters and digits of [`is_word_char`]'s fast path, for a regex
/// class (`[{WORD_CLASS}]`): Unicode `\w` is hundreds of ranges, which makes
/// a lazy DFA slow to build and the page's wasm bigger, and no Vietnamese
/// text needs more than the Latin blocks.
pub const WORD_CLASS: &str = r"0-9A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{1E00}-\x{1EFF}";

/// `char::is_alphanumeric` with a fast path for ASCII and the Latin blocks
/// Vietnamese is written in (the hot path of every boundary check).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match c as u32 {
        0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether the byte range is a whole word: no letter or digit touches it.
pub fn whole_word(s: &str, r: &std::ops::Range<usize>) -> bool {
    s[..r.start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
        && s[r.end..].chars().next().is_none_or(|c| !is_word_char(c))
}

/// `s` with each run of white space made one space, trimmed.
pub fn fold_ws(s: &str) -> String {
    // Bytes, not chars: only ASCII white space and characters whose UTF-8
    // starts with C2, E1, E2 or E3 can be white space, so nothing else is
    // decoded (Vietnamese letters are C3–C6 and E1 BA/BB …).
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let ws_len = match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => 1,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => s[i..]
                .chars()
                .next()
                .filter(|c| c.is_whitespace())
                .map_or(0, char::len_utf8),
            _ => 0,
        };
        if ws_len == 0 {
            word_start.get_or_insert(i);
            i += 1;
            continue;
        }
        if let Some(w) = word_start.take() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&s[w..i]);
        }
        i += ws_len;
    }
    if let Some(w) = word_start {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[w..]);
    }
    out
}

/// The smallest char boundary of `s` at or after byte `i` (at most its length).
pub fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The largest char boundary of `s` at or before byte `i`.
pub fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fold_ws_by_words(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn fold_ws_examples() {
        assert_eq!(
            fold_ws("  Ủy ban\n\n nhân\u{A0}dân \u{3000}tỉnh  "),
            "Ủy ban nhân dân tỉnh"
        );
        assert_eq!(fold_ws("ạ\u{2003}ộ"), "ạ ộ");
        assert_eq!(fold_ws(""), "");
        assert_eq!(fold_ws(" \t\n"), "");
    }

    proptest! {
        #[test]
        fn fold_ws_joins_the_words_with_one_space(s in any::<String>()) {
            prop_assert_eq!(fold_ws(&s), fold_ws_by_words(&s));
        }

        #[test]
        fn fold_ws_on_spaced_vietnamese(s in "[ \t\nạộáĐ\u{A0}\u{85}\u{1680}\u{2000}-\u{200B}\u{2028}\u{202F}\u{205F}\u{3000}a-c]{0,30}") {
            prop_assert_eq!(fold_ws(&s), fold_ws_by_words(&s));
        }
    }
}
