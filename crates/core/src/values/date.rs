//! Dates and periods as Vietnamese administrative texts write them:
//! "ngày 14/6/2024", "14-11", "22.4", "ngày 5 tháng 1 năm 2024",
//! "tháng 10/2024", "Quý I/2024", "6 tháng đầu năm 2024", "cuối năm 2024",
//! "giai đoạn 2021 - 2025", relative ones ("hôm qua", "năm ngoái").
//!
//! A date whose year is left out keeps `year: None`; the caller fills it in
//! from the document ([`DateExpr::with_year`]).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::CivilDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grain {
    Day,
    Month,
    Quarter,
    Half,
    Year,
    /// "giai đoạn 2021 - 2025"
    YearRange,
}

/// What a date expression is used as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRole {
    /// A point in time: a day, a month.
    Point,
    /// A reporting period: "6 tháng đầu năm 2024", "Quý I/2024", "năm 2023".
    Period,
    /// A multi-year span: "giai đoạn 2021 - 2025", "nhiệm kỳ 2025 - 2030".
    Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DateExpr {
    pub range: Range<usize>,
    pub grain: Grain,
    pub role: DateRole,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Quarter (1–4) or half (1–2) for those grains.
    pub part: Option<u32>,
    pub year_end: Option<i32>,
    /// "sáng", "trưa", "chiều", "tối" written right before the date.
    pub time_of_day: Option<&'static str>,
    /// Months counted from the start of the year ("10 tháng năm 2024").
    pub months_elapsed: Option<u32>,
    /// "cuối năm 2024": the end of the period is meant.
    pub end_of: bool,
    /// Relative to the document's date ("hôm qua", "năm ngoái").
    pub relative: Option<Relative>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Days(i32),
    Months(i32),
    Quarters(i32),
    Years(i32),
}

impl DateExpr {
    fn new(range: Range<usize>, grain: Grain, role: DateRole) -> DateExpr {
        DateExpr {
            range,
            grain,
            role,
            year: None,
            month: None,
            day: None,
            part: None,
            year_end: None,
            time_of_day: None,
            months_elapsed: None,
            end_of: false,
            relative: None,
        }
    }

    /// The expression with a year filled in (if it had none) and relative
    /// expressions resolved against `reference`.
    pub fn resolve(&self, year: Option<i32>, reference: Option<CivilDate>) -> DateExpr {
        let mut d = self.clone();
        if let (Some(rel), Some(r)) = (d.relative, reference) {
            match rel {
                Relative::Days(n) => {
                    let (y, m, day) = add_days(r.year, r.month, r.day, n);
                    d.year = Some(y);
                    d.month = Some(m);
                    d.day = Some(day);
                }
                Relative::Months(n) => {
                    let total = r.year * 12 + r.month as i32 - 1 + n;
                    d.year = Some(total.div_euclid(12));
                    d.month = Some(total.rem_euclid(12) as u32 + 1);
                }
                Relative::Quarters(n) => {
                    let q = (r.month as i32 - 1) / 3 + n;
                    d.year = Some(r.year + q.div_euclid(4));
                    d.part = Some(q.rem_euclid(4) as u32 + 1);
                }
                Relative::Years(n) => d.year = Some(r.year + n),
            }
            d.relative = None;
        } else if d.year.is_none() && d.relative.is_none() {
            d.year = year;
        }
        d
    }

    /// ISO 8601 of the precision the expression has; `None` if its year is
    /// unknown.
    pub fn iso(&self) -> Option<String> {
        let y = self.year?;
        Some(match self.grain {
            Grain::Day => format!("{y:04}-{:02}-{:02}", self.month?, self.day?),
            Grain::Month => format!("{y:04}-{:02}", self.month?),
            Grain::Quarter => format!("{y:04}-Q{}", self.part?),
            Grain::Half => format!("{y:04}-H{}", self.part?),
            Grain::Year if self.end_of => format!("{y:04}-12"),
            Grain::Year => format!("{y:04}"),
            Grain::YearRange => format!("{y:04}"),
        })
    }

    /// Whether the text gave a year.
    pub fn has_year(&self) -> bool {
        self.year.is_some()
    }
}

fn add_days(y: i32, m: u32, d: u32, n: i32) -> (i32, u32, u32) {
    let (mut y, mut m, mut d) = (y, m, d as i32 + n);
    loop {
        if d < 1 {
            m = if m == 1 { 12 } else { m - 1 };
            if m == 12 {
                y -= 1;
            }
            d += crate::days_in_month(y, m) as i32;
        } else if d > crate::days_in_month(y, m) as i32 {
            d -= crate::days_in_month(y, m) as i32;
            m = if m == 12 { 1 } else { m + 1 };
            if m == 1 {
                y += 1;
            }
        } else {
            return (y, m, d as u32);
        }
    }
}

pub(crate) fn roman(s: &str) -> Option<u32> {
    Some(match s.to_uppercase().as_str() {
        "I" | "1" | "MỘT" => 1,
        "II" | "2" | "HAI" => 2,
        "III" | "3" | "BA" => 3,
        "IV" | "4" | "BỐN" | "TƯ" => 4,
        _ => return None,
    })
}

fn month_word(s: &str) -> Option<u32> {
    if let Ok(m) = s.parse::<u32>() {
        return (1..=12).contains(&m).then_some(m);
    }
    Some(match s.to_lowercase().as_str() {
        "giêng" | "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" | "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" | "chạp" => 12,
        _ => return None,
    })
}

fn year_of(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    match s.len() {
        4 if (1900..=2100).contains(&y) => Some(y),
        2 => Some(if y >= 50 { 1900 + y } else { 2000 + y }),
        _ => None,
    }
}

fn valid_day(y: Option<i32>, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= crate::days_in_month(y.unwrap_or(2024), m)
}

macro_rules! re {
    ($name:ident, $pat:expr) => {
        static $name: LazyLock<Regex> =
            LazyLock::new(|| Regex::new($pat).expect("valid date pattern"));
    };
}

const TOD: &str =
    r"(?:(sáng|trưa|chiều|tối|đêm)(?-u:\s)+(?:ngày(?-u:\s)+|hôm(?-u:\s)+|mai(?-u:\s)+)?)?";
const MONTH_WORDS: &str =
    r"[0-9]{1,2}|giêng|chạp|mười một|mười hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười";

re!(
    FULL_NUMERIC,
    &format!(
        r"{TOD}(?:ngày(?-u:\s)+|mồng(?-u:\s)+|ngày(?-u:\s)+mồng(?-u:\s)+)?([0-9]{{1,2}})(?-u:\s)?([/.\-])(?-u:\s)?([0-9]{{1,2}})(?-u:\s)?[/.\-](?-u:\s)?([0-9]{{4}}|[0-9]{{2}})"
    )
);
re!(
    SPELLED,
    &format!(
        r"{TOD}(ngày(?-u:\s)+(?:mồng(?-u:\s)+)?|mồng(?-u:\s)+)?([0-9]{{1,2}}|mùng [0-9]{{1,2}})(?-u:\s)+tháng(?-u:\s)+({MONTH_WORDS})(?:(?-u:\s)*(?:năm|,)(?-u:\s)*([0-9]{{4}}))?"
    )
);
re!(
    DAY_MONTH,
    r"(?:(sáng|trưa|chiều|tối|đêm)(?-u:\s)+(?:ngày(?-u:\s)+|hôm(?-u:\s)+)?|(ngày|hôm|mồng|từ|đến|tới|trước|sau|vào|khoảng|lúc)(?-u:\s)+(?:ngày(?-u:\s)+)?)([0-9]{1,2})(?-u:\s)?([/.\-])(?-u:\s)?([0-9]{1,2})"
);
re!(
    MONTH,
    &format!(
        r"(cuối |đầu |trong |giữa )?tháng(?-u:\s)+({MONTH_WORDS})(?:(?-u:\s)*(?:[/\-.]|năm|của năm)(?-u:\s)*([0-9]{{4}}))?"
    )
);
re!(
    QUARTER,
    r"(cuối |đầu |trong )?quý(?-u:\s)+(iv|i{1,3}|[1-4]|một|hai|ba|bốn|tư)(?:(?-u:\s)*(?:[/\-]|năm|của năm)(?-u:\s)*([0-9]{4}))?"
);
re!(
    MONTHS_ELAPSED,
    r"(những|các|[0-9]{1,2}|sáu|chín|mười một|mười|ba|hai|một)(?-u:\s)+tháng(?:(?-u:\s)+(đầu|cuối))?(?:(?-u:\s)+năm)?(?:(?-u:\s)*([0-9]{4}))?"
);
re!(
    YEAR_RANGE,
    r"(?:(giai đoạn|nhiệm kỳ|thời kỳ|khóa|kế hoạch [0-9]+ năm|[0-9]+ năm)(?-u:\s)+)?\(?([0-9]{4})(?-u:\s)*-(?-u:\s)*([0-9]{4})\)?"
);
re!(
    YEAR,
    r"(cuối |đầu |giữa |trong |cả |hết |sau )?năm(?-u:\s)+([0-9]{4})(?-u:\b)"
);
re!(YEAR_END_BARE, r"cuối năm(?: nay)?");
// "ước số thu cả năm": the whole year the text speaks of.
re!(WHOLE_YEAR_BARE, r"cả năm(?: nay)?");
re!(
    RELATIVE,
    r"(?:(sáng|trưa|chiều|tối|đêm)(?-u:\s)+)?(hôm nay|ngày hôm nay|bữa nay|hôm qua|ngày hôm qua|ngày mai|hôm kia|ngày hôm kia|năm ngoái|năm trước|năm nay|năm sau|năm tới|năm tiếp theo|năm kế tiếp|tháng trước|tháng sau|tháng tới|tháng này|quý này|quý nay|quý hiện tại|quý trước|quý sau|quý tới|quý tiếp)|(sáng|trưa|chiều|tối|đêm)(?-u:\s)+(nay|qua|mai)"
);

fn tod(m: Option<regex::Match>) -> Option<&'static str> {
    Some(match m?.as_str().to_lowercase().as_str() {
        "sáng" => "sáng",
        "trưa" => "trưa",
        "chiều" => "chiều",
        "tối" | "đêm" => "tối",
        _ => return None,
    })
}

fn boundary_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !crate::text::is_word_char(c))
}

fn boundary_after(text: &str, at: usize) -> bool {
    let next = text[at..].chars().next();
    // "14/6/2024/QĐ" is a document number, "22.4%" a figure.
    next.is_none_or(|c| !crate::text::is_word_char(c) && !matches!(c, '/' | '%'))
        && !text[at..].starts_with(",0")
        && !text[at..].starts_with(".0")
}

/// Every date and period in `text`, in order, without overlaps (the longer
/// reading wins).
pub fn find_dates(text: &str) -> Vec<DateExpr> {
    find_dates_in_lowercase(&crate::text::lower(text))
}

/// [`find_dates`] of a text already lowercased by [`crate::text::lower`]
/// (same byte offsets): the patterns are written in small letters and need
/// no case folding.
pub fn find_dates_in_lowercase(text: &str) -> Vec<DateExpr> {
    // The patterns are independent: half of them on each side.
    let (mut found, more) = crate::parallel::join(
        text.len(),
        || days_months_quarters(text),
        || spans_years_relative(text),
    );
    found.extend(more);
    longest_without_overlaps(found)
}

/// Days, months and quarters.
fn days_months_quarters(text: &str) -> Vec<DateExpr> {
    let mut found: Vec<DateExpr> = Vec::new();

    for c in FULL_NUMERIC.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (d, mo) = (num(&c, 2), num(&c, 4));
        let y = c.get(5).and_then(|y| year_of(y.as_str()));
        if y.is_none()
            || !valid_day(y, mo, d)
            || !boundary_before(text, m.start())
            || !boundary_after(text, m.end())
        {
            continue;
        }
        found.push(day(m.range(), y, mo, d, tod(c.get(1))));
    }
    for c in SPELLED.captures_iter(text) {
        let m = c.get(0).expect("match");
        let d: u32 = c[3].trim_start_matches("mùng ").parse().unwrap_or(0);
        let Some(mo) = month_word(&c[4]) else {
            continue;
        };
        // "11 tháng năm" is eleven months of the year; the fifth month
        // spelled as a word needs "ngày" ("ngày 11 tháng năm").
        if c[4].eq_ignore_ascii_case("năm") && c.get(2).is_none() {
            continue;
        }
        let y = c.get(5).and_then(|y| year_of(y.as_str()));
        if !valid_day(y, mo, d) || !boundary_before(text, m.start()) {
            continue;
        }
        found.push(day(m.range(), y, mo, d, tod(c.get(1))));
    }
    for c in DAY_MONTH.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (d, mo) = (num(&c, 3), num(&c, 5));
        let sep = &c[4];
        if !valid_day(None, mo, d)
            || !boundary_before(text, m.start())
            || !boundary_after(text, m.end())
        {
            continue;
        }
        // "22.4" needs a day cue; "từ 8-8,5%" is a range, not a date.
        let rest = &text[m.end()..];
        if rest.starts_with(',') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if sep == "-"
            && c.get(2)
                .is_some_and(|w| matches!(w.as_str().to_lowercase().as_str(), "từ" | "khoảng"))
        {
            continue;
        }
        let start = c.get(1).or(c.get(2)).map_or(m.start(), |x| x.start());
        let date_start = c.get(3).expect("day").start();
        let mut e = DateExpr::new(
            if c.get(1).is_some() {
                start
            } else {
                date_start
            }..m.end(),
            Grain::Day,
            DateRole::Point,
        );
        e.month = Some(mo);
        e.day = Some(d);
        e.time_of_day = tod(c.get(1));
        found.push(e);
    }
    for c in MONTH.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(mo) = month_word(&c[2]) else {
            continue;
        };
        if !boundary_before(text, m.start()) || !boundary_after(text, m.end()) {
            continue;
        }
        let mut e = DateExpr::new(m.range(), Grain::Month, DateRole::Point);
        e.year = c.get(3).and_then(|y| year_of(y.as_str()));
        e.month = Some(mo);
        found.push(e);
    }
    for c in QUARTER.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(q) = roman(&c[2]) else { continue };
        // "quý Ba" but not "quý báu": the quarter word ends a word.
        let qend = c.get(2).expect("quarter").end();
        if !boundary_before(text, m.start())
            || text[qend..]
                .chars()
                .next()
                .is_some_and(crate::text::is_word_char)
        {
            continue;
        }
        let mut e = DateExpr::new(m.range(), Grain::Quarter, DateRole::Period);
        e.year = c.get(3).and_then(|y| year_of(y.as_str()));
        e.part = Some(q);
        found.push(e);
    }
    found
}

/// Elapsed months, year ranges, years and relative expressions.
fn spans_years_relative(text: &str) -> Vec<DateExpr> {
    let mut found: Vec<DateExpr> = Vec::new();
    for c in MONTHS_ELAPSED.captures_iter(text) {
        let m = c.get(0).expect("match");
        if !boundary_before(text, m.start()) {
            continue;
        }
        let count = match c[1].to_lowercase().as_str() {
            "những" | "các" => None,
            w => w
                .parse::<u32>()
                .ok()
                .or_else(|| super::words::parse_words(w).map(|n| n.value() as u32)),
        };
        let edge = c.get(2).map(|e| e.as_str().to_lowercase());
        if count.is_none() && edge.is_none() {
            continue; // "các tháng" alone is no period
        }
        if count.is_some_and(|n| n == 0 || n > 12) {
            continue;
        }
        let mut e = DateExpr::new(m.range(), Grain::Year, DateRole::Period);
        e.year = c.get(3).and_then(|y| year_of(y.as_str()));
        if count == Some(6) && edge.is_some() {
            e.grain = Grain::Half;
            e.part = Some(if edge.as_deref() == Some("cuối") {
                2
            } else {
                1
            });
        } else if edge.as_deref() != Some("cuối") {
            e.months_elapsed = count;
        }
        // Trim a trailing space the optional parts may leave.
        let trimmed = text[e.range.clone()].trim_end().len();
        e.range.end = e.range.start + trimmed;
        found.push(e);
    }
    for c in YEAR_RANGE.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (Some(a), Some(b)) = (year_of(&c[2]), year_of(&c[3])) else {
            continue;
        };
        if b <= a
            || b - a > 30
            || !boundary_before(text, m.start())
            || !boundary_after(text, m.end())
        {
            continue;
        }
        let mut e = DateExpr::new(m.range(), Grain::YearRange, DateRole::Span);
        e.year = Some(a);
        e.year_end = Some(b);
        found.push(e);
    }
    for c in YEAR.captures_iter(text) {
        let m = c.get(0).expect("match");
        let Some(y) = year_of(&c[2]) else { continue };
        if !boundary_before(text, m.start()) {
            continue;
        }
        let mut e = DateExpr::new(m.range(), Grain::Year, DateRole::Period);
        e.year = Some(y);
        e.end_of = c
            .get(1)
            .is_some_and(|w| w.as_str().trim().eq_ignore_ascii_case("cuối"));
        found.push(e);
    }
    for m in YEAR_END_BARE.find_iter(text) {
        // "cuối năm 2024" is read above; here the year is the document's.
        if !crate::text::whole_word(text, &m.range())
            || text[m.end()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let mut e = DateExpr::new(m.range(), Grain::Year, DateRole::Point);
        e.end_of = true;
        found.push(e);
    }
    for m in WHOLE_YEAR_BARE.find_iter(text) {
        // "cả năm 2024" is read above.
        if !crate::text::whole_word(text, &m.range())
            || text[m.end()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        found.push(DateExpr::new(m.range(), Grain::Year, DateRole::Period));
    }
    for c in RELATIVE.captures_iter(text) {
        let m = c.get(0).expect("match");
        if !crate::text::whole_word(text, &m.range()) {
            continue;
        }
        // "nay", "qua", "mai" alone are only dates after a time of day: the
        // pattern's second branch ("chiều nay", "sáng mai").
        let (Some(w), time) = (c.get(2).or(c.get(4)), tod(c.get(1).or(c.get(3)))) else {
            continue;
        };
        let word = w.as_str().to_lowercase();
        let (grain, rel) = match word.as_str() {
            "hôm nay" | "ngày hôm nay" | "bữa nay" | "nay" => (Grain::Day, Relative::Days(0)),
            "hôm qua" | "ngày hôm qua" | "qua" => (Grain::Day, Relative::Days(-1)),
            "ngày mai" | "mai" => (Grain::Day, Relative::Days(1)),
            "hôm kia" | "ngày hôm kia" => (Grain::Day, Relative::Days(-2)),
            "năm ngoái" | "năm trước" => (Grain::Year, Relative::Years(-1)),
            "năm nay" => (Grain::Year, Relative::Years(0)),
            "năm sau" | "năm tới" | "năm tiếp theo" | "năm kế tiếp" => {
                (Grain::Year, Relative::Years(1))
            }
            "tháng trước" => (Grain::Month, Relative::Months(-1)),
            "tháng này" => (Grain::Month, Relative::Months(0)),
            "tháng sau" | "tháng tới" => (Grain::Month, Relative::Months(1)),
            "quý này" | "quý nay" | "quý hiện tại" => {
                (Grain::Quarter, Relative::Quarters(0))
            }
            "quý trước" => (Grain::Quarter, Relative::Quarters(-1)),
            _ => (Grain::Quarter, Relative::Quarters(1)),
        };
        let mut e = DateExpr::new(m.range(), grain, DateRole::Point);
        e.relative = Some(rel);
        e.time_of_day = time;
        found.push(e);
    }
    found
}

/// Keeps the longer reading where dates overlap, in text order.
fn longest_without_overlaps(mut found: Vec<DateExpr>) -> Vec<DateExpr> {
    // Longest first at each start; then drop anything overlapping a kept one.
    crate::sort::by(&mut found, |a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then((b.range.end - b.range.start).cmp(&(a.range.end - a.range.start)))
    });
    let mut kept: Vec<DateExpr> = Vec::with_capacity(found.len());
    for e in found {
        if let Some(last) = kept.last() {
            if e.range.start < last.range.end {
                let longer = e.range.end - e.range.start > last.range.end - last.range.start;
                if longer {
                    kept.pop();
                } else {
                    continue;
                }
            }
        }
        kept.push(e);
    }
    kept
}

/// A day-precision date found at `range`.
fn day(
    range: Range<usize>,
    year: Option<i32>,
    month: u32,
    d: u32,
    time_of_day: Option<&'static str>,
) -> DateExpr {
    let mut e = DateExpr::new(range, Grain::Day, DateRole::Point);
    e.year = year;
    e.month = Some(month);
    e.day = Some(d);
    e.time_of_day = time_of_day;
    e
}

fn num(c: &regex::Captures, i: usize) -> u32 {
    c.get(i).and_then(|m| m.as_str().parse().ok()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isos(text: &str, year: Option<i32>) -> Vec<String> {
        find_dates(text)
            .iter()
            .map(|d| d.resolve(year, None).iso().unwrap_or_else(|| "?".into()))
            .collect()
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(
            isos("ngày 14/6/2024 của Bộ Chính trị", None),
            vec!["2024-06-14"]
        );
        assert_eq!(isos("06-07-2024 10:12:17 +07:00", None), vec!["2024-07-06"]);
        assert_eq!(isos("Sáng 20/1, hội nghị", Some(2024)), vec!["2024-01-20"]);
        assert_eq!(isos("Chiều 14-11, ông", Some(2024)), vec!["2024-11-14"]);
        assert_eq!(
            isos("(BĐ) - Chiều 22.4, Chủ tịch", Some(2025)),
            vec!["2025-04-22"]
        );
        assert_eq!(
            isos("đến ngày 30.4, Vân Canh", Some(2025)),
            vec!["2025-04-30"]
        );
        assert_eq!(find_dates("Chiều 14-11, ông")[0].time_of_day, Some("chiều"));
    }

    #[test]
    fn spelled_dates() {
        assert_eq!(isos("ngày 5 tháng 1 năm 2024", None), vec!["2024-01-05"]);
        assert_eq!(
            isos("ngày mồng 3 tháng 3 năm 2017", None),
            vec!["2017-03-03"]
        );
    }

    #[test]
    fn months_quarters_periods() {
        assert_eq!(isos("trong tháng 10/2024", None), vec!["2024-10"]);
        assert_eq!(isos("Đến hết tháng 10-2024,", None), vec!["2024-10"]);
        assert_eq!(isos("trong Quý II/2024.", None), vec!["2024-Q2"]);
        assert_eq!(isos("quý 4 năm 2018", None), vec!["2018-Q4"]);
        assert_eq!(isos("6 tháng đầu năm 2024", None), vec!["2024-H1"]);
        assert_eq!(isos("6 tháng cuối năm 2024", None), vec!["2024-H2"]);
        assert_eq!(isos("10 tháng năm 2024", None), vec!["2024"]);
        assert_eq!(isos("cuối năm 2024", None), vec!["2024-12"]);
        assert_eq!(
            isos("vận hành thử vào cuối năm;", Some(2024)),
            vec!["2024-12"]
        );
        assert_eq!(isos("vào năm 2030", None), vec!["2030"]);
        assert_eq!(isos("giai đoạn 2021 - 2025", None), vec!["2021"]);
    }

    #[test]
    fn relative_dates() {
        let r = CivilDate {
            year: 2017,
            month: 2,
            day: 2,
        };
        let d = &find_dates("hôm qua")[0];
        assert_eq!(
            d.resolve(None, Some(r)).iso().as_deref(),
            Some("2017-02-01")
        );
        let d = &find_dates("năm ngoái")[0];
        assert_eq!(d.resolve(None, Some(r)).iso().as_deref(), Some("2016"));
        let d = &find_dates("quý sau")[0];
        assert_eq!(d.resolve(None, Some(r)).iso().as_deref(), Some("2017-Q2"));
    }

    #[test]
    fn not_dates() {
        assert!(isos("65/92 xã đạt chuẩn", Some(2024)).is_empty());
        assert!(isos("tăng trưởng 8-8,5%", Some(2024)).is_empty());
        assert!(isos("Nghị quyết số 55/2022/QH15", None).is_empty());
        assert!(isos("xếp thứ 14/63 tỉnh", Some(2024)).is_empty());
        assert!(isos("đạt 22.4%", Some(2024)).is_empty());
    }
}
