//! # toancanh-core
//!
//! Reads a Vietnamese government text — provincial meeting news, Party
//! committee conclusions, directives, socio-economic reports — and returns
//! what a careful analyst would note: indicators, meetings, directives,
//! referenced documents, people, the document's metadata and a timeline.
//!
//! The crate is pure: no I/O, no clock, no platform types. A reference date
//! for relative expressions comes in through [`Options`].

pub mod export;
mod extract;
pub mod lexicon;
pub mod model;
mod parallel;
pub mod sort;
pub mod text;
pub mod values;
mod warm;

pub use lexicon::concept_name;
pub use warm::warm_up_text;

pub use model::*;

/// A calendar date given by the caller (the CLI's `--ref-date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl CivilDate {
    /// Parses `YYYY-MM-DD`; `None` for anything that is not a real date.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let mut it = s.trim().splitn(3, '-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// What the caller can tell the analyzer.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date relative expressions ("hôm qua", "năm ngoái") count from.
    /// Without it the document's own dates are used, never the clock.
    pub ref_date: Option<CivilDate>,
}

/// Builds every pattern and lexicon the analyzer uses, so that the first
/// real analysis is as fast as the next ones. Optional: `analyze` builds
/// them on first use anyway. The page calls it when its worker starts.
pub fn warm_up() {
    let sample = "KẾT LUẬN\nNgày 14/6/2024, ông Nguyễn Văn An - Bí thư Tỉnh ủy Khánh Hòa chủ trì hội nghị. \
                  Thu ngân sách đạt 1.234,5 tỷ đồng, tăng 12% theo Nghị quyết số 09-NQ/TW; đề nghị các sở hoàn thành trong Quý II/2024.";
    let _ = analyze(sample, &Options::default());
}

/// Analyzes one text. Never panics; an empty or unreadable text gives an
/// empty analysis.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    if text.trim().is_empty() {
        return Analysis {
            schema_version: SCHEMA_VERSION,
            ..Analysis::default()
        };
    }
    extract::run(text, options)
}
