//! The value parser: numerals (digits and words), dates and periods.
//! Extractors build on these; `scan` lists every value for the CLI's
//! `values` command.

pub mod date;
pub mod number;
pub mod period;
pub mod scan;
pub mod words;
