//! What every extractor needs to know about the document: its clean text,
//! its sentences, its dates, and the year a date without one belongs to.

use std::ops::Range;

use crate::text::mask::Mask;
use crate::text::segment::{paragraphs, sentences};
use crate::text::Prepared;
use crate::values::date::{find_dates_in_lowercase, DateExpr, DateRole, Grain};
use crate::CivilDate;

#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    pub para: usize,
}

pub struct Context<'a> {
    pub prep: &'a Prepared,
    pub text: &'a str,
    /// `text` lowercased, byte for byte (see [`crate::text::lower`]): the
    /// extractors test words against it without lowercasing again.
    pub lower: String,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    /// Every date and period, in text order.
    pub dates: Vec<DateExpr>,
    pub ref_date: Option<CivilDate>,
    /// The document's own date, once known.
    pub doc_date: Option<DateExpr>,
    /// The year a date that omits it is read in.
    pub year: Option<i32>,
    /// Whole years the text speaks of ("năm 2023", "năm 2024"), ascending.
    pub plan_years: Vec<i32>,
}

impl<'a> Context<'a> {
    pub fn new(prep: &'a Prepared, ref_date: Option<CivilDate>) -> Context<'a> {
        let text = prep.text.as_str();
        // The lowercase copy beside the segmentation, then the dates in it
        // (their patterns split in two halves themselves).
        let (lower, (paragraphs, sents)) = crate::parallel::join(
            text.len(),
            || crate::text::lower(text).into_owned(),
            || {
                let paragraphs = paragraphs(text);
                let mut sents = Vec::new();
                for (i, p) in paragraphs.iter().enumerate() {
                    for s in sentences(text, p.clone()) {
                        sents.push(Sentence { range: s, para: i });
                    }
                }
                (paragraphs, sents)
            },
        );
        let dates = find_dates_in_lowercase(&lower);
        Context {
            prep,
            text,
            paragraphs,
            sentences: sents,
            lower,
            dates,
            ref_date,
            doc_date: None,
            year: None,
            plan_years: Vec::new(),
        }
    }

    /// The sentence that contains byte `at`.
    pub fn sentence_at(&self, at: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.range.end <= at);
        self.sentences.get(i).filter(|s| s.range.start <= at)
    }

    pub fn span(&self, r: Range<usize>) -> [usize; 2] {
        self.prep.span(r)
    }

    /// Dates within a byte range.
    pub fn dates_in(&self, r: &Range<usize>) -> impl Iterator<Item = &DateExpr> {
        // Dates are sorted by start: find the first one at or after `r.start`.
        let first = self.dates.partition_point(|d| d.range.start < r.start);
        let end = r.end;
        self.dates[first..]
            .iter()
            .take_while(move |d| d.range.start < end)
            .filter(move |d| d.range.end <= end)
    }

    /// A date resolved against the document: the year filled in, relative
    /// expressions read from the document's date (or the caller's).
    pub fn resolve(&self, d: &DateExpr) -> DateExpr {
        let reference = self.ref_date.or_else(|| {
            let dd = self.doc_date.as_ref()?;
            Some(CivilDate {
                year: dd.year?,
                month: dd.month.unwrap_or(1),
                day: dd.day.unwrap_or(1),
            })
        });
        let mut year = self.year_for_month(d.month);
        // A December meeting in a document dated January belongs to the year before.
        if let (Some(y), Some(m), Some(doc)) = (year, d.month, self.doc_date.as_ref()) {
            if let Some(dm) = doc.month {
                if doc.year == Some(y) && m > dm + 2 && d.year.is_none() {
                    year = Some(y - 1);
                }
            }
        }
        d.resolve(year, reference)
    }

    /// Decides the year of dates that omit it, from the document's date or,
    /// failing that, from the reporting periods and years the text mentions.
    pub fn infer_year(&mut self, masked: &Mask) {
        if let Some(y) = self.doc_date.as_ref().and_then(|d| d.year) {
            self.year = Some(y);
            return;
        }
        if let Some(r) = self.ref_date {
            self.year = Some(r.year);
            return;
        }
        let outside = |d: &DateExpr| !masked.covers(&d.range);
        // A partial-year period ("10 tháng năm 2024", "Quý I/2025",
        // "tháng 10/2024") dates the report: the latest one wins.
        let partial = self
            .dates
            .iter()
            .filter(|d| outside(d))
            .filter(|d| {
                matches!(d.grain, Grain::Quarter | Grain::Half | Grain::Month)
                    || d.months_elapsed.is_some()
                    || (d.grain == Grain::Day && d.year.is_some())
            })
            .filter_map(|d| d.year)
            .max();
        if partial.is_some() {
            self.year = partial;
            return;
        }
        // Whole years: a text that reviews year Y and plans Y+1 was written
        // at the turn of the year; which side depends on the month of its
        // undated day (see `year_for_month`).
        // A horizon ("đến năm 2020", "vào năm 2030") is no reporting year;
        // "hết năm 2016", "cuối năm 2016" is the year just closed.
        let text = self.text;
        let mut years: Vec<i32> = self
            .dates
            .iter()
            .filter(|d| {
                outside(d)
                    && d.role == DateRole::Period
                    && d.grain == Grain::Year
                    && d.months_elapsed.is_none()
            })
            .filter_map(|d| {
                let own = text[d.range.clone()].to_lowercase();
                let before = text[crate::text::floor_char(text, d.range.start.saturating_sub(16))
                    ..d.range.start]
                    .to_lowercase();
                if before.ends_with("đến ")
                    || before.ends_with("vào ")
                    || before.ends_with("tầm nhìn ")
                    || before.ends_with("tới ")
                {
                    return None;
                }
                let closed =
                    own.starts_with("hết ") || own.starts_with("cuối ") || before.ends_with("hết ");
                d.year.map(|y| if closed { y + 1 } else { y })
            })
            .collect();
        crate::sort::ascending(&mut years);
        years.dedup();
        self.year = years.last().copied().or_else(|| self.bare_year(masked));
        self.plan_years = years;
        if self.year.is_none() {
            // Last resort: the start of the only kind of period left, a
            // span the text plans from ("triển khai từ năm 2017 - 2022").
            self.year = self
                .dates
                .iter()
                .filter(|d| outside(d) && d.role == DateRole::Span)
                .filter_map(|d| d.year)
                .min();
        }
    }

    /// The year a text without dated periods mentions most ("vụ Đông Xuân
    /// 2017", "Tết 2018"): standalone four-digit years outside document
    /// numbers, the latest of the most frequent.
    fn bare_year(&self, masked: &Mask) -> Option<i32> {
        let b = self.text.as_bytes();
        let mut counts: Vec<(i32, usize)> = Vec::new();
        let mut i = 0;
        while i + 4 <= b.len() {
            let w = &b[i..i + 4];
            // Not part of a longer number ("12.2017,5"), a symbol or a figure.
            let after = |k: usize| b.get(i + k).copied();
            let joined = |c: Option<u8>| {
                matches!(c, Some(b'.' | b',')) && after(5).is_some_and(|c| c.is_ascii_digit())
            };
            // The end of a span ("2017 - 2022") dates a plan, not the text.
            let span_end = b[..i].ends_with(b"- ") || b[..i].ends_with(b"-");
            let standalone = !span_end
                && w.iter().all(u8::is_ascii_digit)
                && (i == 0 || !matches!(b[i - 1], b'0'..=b'9' | b'.' | b',' | b'/'))
                && !matches!(after(4), Some(b'0'..=b'9' | b'/' | b'%'))
                && !joined(after(4));
            if standalone && !masked.covers(&(i..i + 4)) {
                let y = (w[0] - b'0') as i32 * 1000
                    + (w[1] - b'0') as i32 * 100
                    + (w[2] - b'0') as i32 * 10
                    + (w[3] - b'0') as i32;
                if (1990..=2035).contains(&y) {
                    match counts.iter_mut().find(|(v, _)| *v == y) {
                        Some(c) => c.1 += 1,
                        None => counts.push((y, 1)),
                    }
                }
                i += 4;
            } else {
                i += 1;
            }
        }
        counts
            .into_iter()
            .max_by_key(|&(y, n)| (n, y))
            .map(|(y, _)| y)
    }
}

impl Context<'_> {
    /// The year for an undated day in month `m`: when the text speaks of both
    /// year Y (results) and Y+1 (plans), a day late in the year belongs to Y.
    pub fn year_for_month(&self, m: Option<u32>) -> Option<i32> {
        let y = self.year?;
        if self.doc_date.is_some() || self.ref_date.is_some() {
            return Some(y);
        }
        if self.plan_years.contains(&(y - 1)) && m.is_some_and(|m| m >= 9) {
            return Some(y - 1);
        }
        Some(y)
    }
}
