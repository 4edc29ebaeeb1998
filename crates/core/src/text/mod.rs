//! Text handling shared by every extractor: cleaning with an offset map,
//! tone folding, and segmentation into paragraphs, sentences and clauses.

pub mod prepare;
pub mod segment;
pub mod tone;

pub use prepare::Prepared;
