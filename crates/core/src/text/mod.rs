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
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
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
