//! The reporting period of a figure: which date expression of its clause,
//! sentence or paragraph dates it, and which year a period that leaves the
//! year out ("9 tháng", "Quý III", "đến hết tháng 11") belongs to.
//!
//! Rules, in the order they apply:
//! - **candidates**: periods ("6 tháng đầu năm", "năm 2023", "Quý I"),
//!   spans ("giai đoạn 2021 - 2025"), months, and days introduced as a
//!   moment ("tính đến 20/1/2017"). Not a candidate: a day without such a
//!   lead or with a time of day (the date of a meeting: "Sáng 16/4"), a
//!   period compared with ("so với năm 2019", "cùng kỳ năm 2019"), a date
//!   relative to another ("năm trước").
//! - **nearest**: a figure takes the last candidate before it in its
//!   clause, else the first after it; else its sentence's first; else the
//!   period stated last before the sentence. A period in parentheses
//!   dates only the figure it stands beside.
//! - **year**: a period without a year takes the year of the nearest dated
//!   candidate of its sentence, else of the last one of its paragraph, else
//!   the document's year, else the last one stated before.

use std::ops::Range;

use super::context::{Context, Sentence};
use crate::values::date::{DateExpr, DateRole, Grain, Relative};
use crate::values::period::{as_of_lead, bounds, with_year, Bounds};

/// A period candidate: the date expression, the lead that makes it a
/// moment, and the words as written (lead included).
#[derive(Debug, Clone)]
pub(super) struct Period {
    written: String,
    date: DateExpr,
    as_of: bool,
    /// "tốc độ tăng GRDP (9 tháng) đạt …": the period of one figure only.
    parenthetical: bool,
}

impl Period {
    /// Where the date expression starts in the clean text.
    pub(super) fn at(&self) -> usize {
        self.date.range.start
    }
}

/// What the sentences read so far stated: the period last stated and the
/// last year a period stated (with the paragraph it was stated in).
#[derive(Debug, Clone, Default)]
pub(super) struct Running {
    pub period: Option<Period>,
    pub year: Option<(i32, usize)>,
}

/// Words right before a date that make it the basis of a comparison.
/// ("cùng kỳ năm 2019" alone is a period: "(cùng kỳ năm 2019 tăng 5,3%)").
const COMPARED: &[&str] = &[
    "so với ",
    "so ",
    "so với cùng kỳ ",
    "so cùng kỳ ",
    "bằng ",
    "gấp ",
];

/// The period candidates of a byte range, in text order.
fn candidates<'c>(ctx: &'c Context, r: &Range<usize>) -> impl Iterator<Item = Period> + 'c {
    ctx.dates_in(r).filter_map(move |d| {
        if d.time_of_day.is_some() {
            return None;
        }
        if let Some(rel) = d.relative {
            // "năm nay", "tháng này", "quý này" date the text's own period.
            if !matches!(
                rel,
                Relative::Years(0) | Relative::Months(0) | Relative::Quarters(0)
            ) {
                return None;
            }
        }
        let before = window_before(ctx, d.range.start);
        if COMPARED.iter().any(|w| before.ends_with(w)) {
            return None;
        }
        let lead = as_of_lead(before, &ctx.lower[d.range.clone()]);
        let ok = match d.role {
            DateRole::Period | DateRole::Span => true,
            DateRole::Point => match d.grain {
                Grain::Day => lead.is_some(),
                _ => true,
            },
        };
        if !ok {
            return None;
        }
        let start = d.range.start - lead.map_or(0, |w| w.len());
        let written = ctx.text[start..d.range.end]
            .trim()
            .trim_start_matches(['(', ','])
            .trim_end_matches([',', ')'])
            .trim()
            .to_string();
        let as_of = lead.is_some() || d.end_of;
        let parenthetical = before.ends_with('(') && ctx.text[d.range.end..].starts_with(')');
        Some(Period {
            written,
            date: d.clone(),
            as_of,
            parenthetical,
        })
    })
}

/// Up to 24 bytes of the lowercase text before `at`.
fn window_before<'c>(ctx: &'c Context, at: usize) -> &'c str {
    let from = crate::text::floor_char(&ctx.lower, at.saturating_sub(24));
    &ctx.lower[from..at]
}

/// The first period candidate of a range that can date the figures after
/// it (not one in parentheses).
pub(super) fn first_period(ctx: &Context, r: &Range<usize>) -> Option<Period> {
    candidates(ctx, r).find(|p| !p.parenthetical)
}

/// The period of a figure at `at` in clause `r`: the last candidate before
/// it, else the first after it. A period in parentheses counts only after
/// `since`, where the figure's own words start (the previous figure's end).
pub(super) fn period_near(
    ctx: &Context,
    r: &Range<usize>,
    at: usize,
    since: usize,
) -> Option<Period> {
    let mut first_after = None;
    let mut last_before = None;
    for p in candidates(ctx, r) {
        if p.parenthetical && p.at() < since {
            continue;
        }
        if p.date.range.start < at {
            last_before = Some(p);
        } else if first_after.is_none() {
            first_after = Some(p);
            break;
        }
    }
    last_before.or(first_after)
}

/// Whether a candidate's own year can date the periods around it: a
/// horizon ("đến năm 2030") or a span does not.
fn gives_year(p: &Period) -> Option<i32> {
    if p.date.relative.is_some() || p.date.grain == Grain::YearRange {
        return None;
    }
    if p.as_of && p.date.grain == Grain::Year {
        return None;
    }
    p.date.year
}

/// The last year a period of the sentence states, with its paragraph.
pub(super) fn last_year(ctx: &Context, s: &Sentence) -> Option<(i32, usize)> {
    candidates(ctx, &s.range)
        .filter_map(|p| gives_year(&p))
        .last()
        .map(|y| (y, s.para))
}

/// The period as the card shows it, with its bounds; `year_before` is the
/// running year before sentence `s`.
pub(super) fn settle(
    ctx: &Context,
    p: &Period,
    s: &Sentence,
    year_before: Option<(i32, usize)>,
) -> (String, Bounds) {
    let mut d = p.date.clone();
    let relative = d.relative.is_some();
    if relative {
        d = ctx.resolve(&d);
        // "năm nay" in a text without a date: the year the text speaks of.
        if d.relative == Some(Relative::Years(0)) {
            d.relative = None;
            d.year = d.year.or(ctx.year);
        }
    }
    if d.year.is_none() && d.relative.is_none() {
        let at = d.range.start;
        let in_sentence = candidates(ctx, &s.range)
            .filter_map(|c| gives_year(&c).map(|y| (c.date.range.start.abs_diff(at), y)))
            .min_by_key(|(dist, _)| *dist)
            .map(|(_, y)| y);
        d.year = in_sentence
            .or(year_before
                .filter(|(_, para)| *para == s.para)
                .map(|(y, _)| y))
            .or_else(|| ctx.resolve(&d).year)
            .or(year_before.map(|(y, _)| y));
    }
    let mut written = p.written.clone();
    if let (true, Some(y)) = (relative, d.year) {
        written = match d.grain {
            Grain::Month => format!("tháng {}/{y}", d.month.unwrap_or(1)),
            Grain::Quarter => format!("quý {}/{y}", d.part.unwrap_or(1)),
            _ => format!("năm {y}"),
        };
    }
    let b = bounds(&d, p.as_of, &written).unwrap_or_default();
    (with_year(&written, &d), b)
}

#[cfg(test)]
mod tests {
    use crate::model::Indicator;

    fn inds(s: &str) -> Vec<Indicator> {
        crate::analyze(s, &crate::Options::default()).indicators
    }

    /// (period, start, end) of each indicator of `s`.
    fn periods(s: &str) -> Vec<(Option<String>, Option<String>, Option<String>)> {
        inds(s)
            .into_iter()
            .map(|i| (i.period, i.period_start, i.period_end))
            .collect()
    }

    fn p(w: &str, a: Option<&str>, b: &str) -> (Option<String>, Option<String>, Option<String>) {
        (Some(w.into()), a.map(Into::into), Some(b.into()))
    }

    #[test]
    fn the_year_comes_from_the_sentence() {
        assert_eq!(
            periods("Tốc độ tăng GRDP Quý II đạt 7,1%, 6 tháng năm 2023 tăng 6,8%."),
            vec![
                p("Quý II/2023", Some("2023-04"), "2023-06"),
                p("6 tháng năm 2023", Some("2023-01"), "2023-06"),
            ]
        );
    }

    #[test]
    fn the_year_comes_from_the_paragraph_then_the_document() {
        let s = "Năm 2022, tổng thu ngân sách đạt 9.120 tỷ đồng.\n\
                 Trong 9 tháng, kim ngạch xuất khẩu đạt 812 triệu USD.";
        assert_eq!(
            periods(s)[1],
            p("9 tháng năm 2022", Some("2022-01"), "2022-09")
        );
        // A text that dates nothing but mentions its season's year.
        let s = "Vụ Đông Xuân 2019 mất mùa. Năm nay toàn huyện thu hoạch được 4.200 tấn lúa.";
        assert_eq!(periods(s), vec![p("năm 2019", Some("2019-01"), "2019-12")]);
    }

    #[test]
    fn moments_keep_their_lead() {
        assert_eq!(
            periods("Tính đến hết tháng 11/2021, toàn tỉnh có 73 xã đạt chuẩn nông thôn mới."),
            vec![p("Tính đến hết tháng 11/2021", None, "2021-11")]
        );
        assert_eq!(
            periods("Bảo đảm trước ngày 30/9/2026 giải ngân đạt ít nhất 60% kế hoạch vốn."),
            vec![p("trước ngày 30/9/2026", None, "2026-09-30")]
        );
    }

    #[test]
    fn no_period_from_a_meeting_date_or_a_comparison() {
        // The day of a meeting dates the meeting, not the figures.
        let got = periods("Sáng 12/3/2024, Tỉnh ủy họp; thu ngân sách đạt 4.100 tỷ đồng.");
        assert_eq!(got, vec![(None, None, None)]);
        // "so với năm 2020" is what the change compares with.
        let got = periods("Kim ngạch xuất khẩu đạt 1.020 triệu USD, tăng 9% so với năm 2020.");
        assert_eq!(got, vec![(None, None, None)]);
    }

    #[test]
    fn a_period_in_parentheses_dates_one_figure() {
        let got = periods(
            "Năm 2024, tốc độ tăng GRDP (6 tháng) đạt 7,5%, thu ngân sách đạt 2.000 tỷ đồng.",
        );
        assert_eq!(got[0].0.as_deref(), Some("6 tháng năm 2024"));
        assert_eq!(got[1].0.as_deref(), Some("Năm 2024"));
    }
}
