//! Text handling shared by every extractor: cleaning with an offset map,
//! tone folding, and segmentation into paragraphs, sentences and clauses.

pub mod prepare;
pub mod segment;
pub mod tone;

pub use prepare::Prepared;

/// The largest char boundary of `s` at or before byte `i`.
pub fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
