//! The calendar of reporting periods: a period as the text writes it
//! ("6 tháng đầu năm", "Quý III/2025", "đến hết tháng 11") read as the
//! months it covers, and written out again with the year the text left out.
//!
//! The extractors find the date expression ([`DateExpr`], `values::date`)
//! and decide its year; this module only turns a dated expression into
//! `period_start`/`period_end` (SPEC: `"YYYY-MM"` for periods of months,
//! `"YYYY-MM-DD"` for a moment, start `None` for "as of") and completes the
//! written form for the card.

use super::date::{DateExpr, Grain};

/// The bounds of a reporting period.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bounds {
    pub start: Option<String>,
    pub end: Option<String>,
}

/// Words that make the period that follows a moment rather than a stretch
/// of time: "đến hết tháng 10/2024", "tính đến 20/1/2017", "tại thời điểm
/// 01/5/2017". Longest first: the first that ends the text before the date
/// is the lead.
pub const AS_OF_LEADS: &[&str] = &[
    "lũy kế đến hết ",
    "lũy kế đến ",
    "tính đến hết ",
    "tính đến ngày ",
    "tính đến cuối ",
    "tính đến ",
    "đến thời điểm ",
    "tại thời điểm ",
    "thời điểm ",
    "đến hết ngày ",
    "đến hết ",
    "đến cuối ",
    "đến ngày ",
    "đến ",
    "tới ",
    // "bảo đảm trước ngày 30/6/2025 giải ngân đạt ít nhất 50%".
    "chậm nhất ngày ",
    "trước ngày ",
    "trước ",
    // "Từ ngày 1/7/2025, tỉnh … có 124 đơn vị hành chính cấp xã".
    "kể từ ngày ",
    "từ ngày ",
];

/// The lead of [`AS_OF_LEADS`] that ends `before` (lowercase), when the date
/// written after it is `date` (lowercase): a date found with its "ngày"
/// ("ngày 30/6/2025") takes the lead without it ("trước ").
pub fn as_of_lead(before: &str, date: &str) -> Option<&'static str> {
    AS_OF_LEADS
        .iter()
        .find(|w| before.ends_with(*w))
        .or_else(|| {
            date.starts_with("ngày ")
                .then(|| {
                    AS_OF_LEADS.iter().find(|w| {
                        w.strip_suffix("ngày ")
                            .is_some_and(|head| !head.is_empty() && before.ends_with(head))
                    })
                })
                .flatten()
        })
        .map(|w| {
            let n = if before.ends_with(*w) {
                w.len()
            } else {
                w.len() - "ngày ".len()
            };
            &w[..n]
        })
}

/// The months a dated period covers. `as_of` says the text introduced it as
/// a moment ([`AS_OF_LEADS`]). `None` when the year is unknown or the
/// expression is not a calendar period ("những tháng đầu năm" has no end).
pub fn bounds(d: &DateExpr, as_of: bool, written: &str) -> Option<Bounds> {
    let y = d.year?;
    let ym = |m: u32| format!("{y:04}-{m:02}");
    let span = |a: u32, b: u32| {
        Some(if as_of {
            Bounds {
                start: None,
                end: Some(ym(b)),
            }
        } else {
            Bounds {
                start: Some(ym(a)),
                end: Some(ym(b)),
            }
        })
    };
    match d.grain {
        Grain::Day => Some(Bounds {
            start: None,
            end: Some(format!("{y:04}-{:02}-{:02}", d.month?, d.day?)),
        }),
        Grain::Month => {
            let m = d.month?;
            span(m, m)
        }
        Grain::Quarter => {
            let q = d.part?;
            span(3 * q - 2, 3 * q)
        }
        Grain::Half => {
            let h = d.part?;
            span(6 * h - 5, 6 * h)
        }
        Grain::Year => {
            if let Some(n) = d.months_elapsed {
                return span(1, n);
            }
            // "những tháng đầu năm 2024": months, but not how many.
            if crate::text::lower(written).contains("tháng") {
                return None;
            }
            if d.end_of {
                return Some(Bounds {
                    start: None,
                    end: Some(ym(12)),
                });
            }
            span(1, 12)
        }
        Grain::YearRange => {
            let b = d.year_end?;
            Some(if as_of {
                Bounds {
                    start: None,
                    end: Some(format!("{b:04}-12")),
                }
            } else {
                Bounds {
                    start: Some(format!("{y:04}-01")),
                    end: Some(format!("{b:04}-12")),
                }
            })
        }
    }
}

/// Whether a written period states its year.
pub fn states_year(written: &str) -> bool {
    let b = written.as_bytes();
    b.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && matches!(&w[..2], b"19" | b"20")
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// The written period with the year the text left out: "6 tháng đầu năm" →
/// "6 tháng đầu năm 2017", "Quý III" → "Quý III/2025", "9 tháng" → "9 tháng
/// năm 2020", "31/3" → "31/3/2020". A period that states its year is
/// returned as written.
pub fn with_year(written: &str, d: &DateExpr) -> String {
    let Some(y) = d.year else {
        return written.to_string();
    };
    if states_year(written) {
        return written.to_string();
    }
    let w = written.trim_end();
    let lower = crate::text::lower(w);
    let last = lower.rsplit(' ').next().unwrap_or("");
    match d.grain {
        // "Quý III", "tháng 11", "31/3": the year after a slash.
        Grain::Quarter | Grain::Month | Grain::Day => format!("{w}/{y}"),
        Grain::Year | Grain::Half if last == "năm" => format!("{w} {y}"),
        Grain::Year | Grain::Half => format!("{w} năm {y}"),
        Grain::YearRange => w.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::date::find_dates;

    /// The first date of `s`, its year filled with `year` when left out.
    fn date(s: &str, year: i32) -> DateExpr {
        let mut d = find_dates(s).into_iter().next().expect("a date");
        d.year = d.year.or(Some(year));
        d
    }

    fn b(s: &str, as_of: bool) -> Option<(Option<String>, Option<String>)> {
        let d = date(s, 2017);
        let written = &s[d.range.clone()];
        bounds(&d, as_of, written).map(|b| (b.start, b.end))
    }

    fn some(a: Option<&str>, e: &str) -> Option<(Option<String>, Option<String>)> {
        Some((a.map(str::to_string), Some(e.to_string())))
    }

    #[test]
    fn periods_of_months() {
        assert_eq!(
            b("6 tháng đầu năm 2024", false),
            some(Some("2024-01"), "2024-06")
        );
        assert_eq!(
            b("10 tháng năm 2024", false),
            some(Some("2024-01"), "2024-10")
        );
        assert_eq!(b("Quý III/2025", false), some(Some("2025-07"), "2025-09"));
        assert_eq!(b("quý I", false), some(Some("2017-01"), "2017-03"));
        assert_eq!(b("tháng 10/2024", false), some(Some("2024-10"), "2024-10"));
        assert_eq!(b("năm 2023", false), some(Some("2023-01"), "2023-12"));
        assert_eq!(
            b("6 tháng cuối năm 2022", false),
            some(Some("2022-07"), "2022-12")
        );
        assert_eq!(
            b("giai đoạn 2021 - 2025", false),
            some(Some("2021-01"), "2025-12")
        );
        assert_eq!(
            b("5 tháng đầu năm", false),
            some(Some("2017-01"), "2017-05")
        );
    }

    #[test]
    fn moments() {
        assert_eq!(b("31/12/2023", true), some(None, "2023-12-31"));
        assert_eq!(b("tháng 10/2024", true), some(None, "2024-10"));
        assert_eq!(b("năm 2030", true), some(None, "2030-12"));
        assert_eq!(b("cuối năm 2016", false), some(None, "2016-12"));
    }

    #[test]
    fn not_calendar_periods() {
        assert_eq!(b("những tháng đầu năm 2024", false), None);
        let mut d = find_dates("Quý II").remove(0);
        d.year = None;
        assert_eq!(bounds(&d, false, "Quý II"), None);
    }

    #[test]
    fn the_year_written_back() {
        let cases = [
            ("6 tháng đầu năm", "6 tháng đầu năm 2017"),
            ("11 tháng năm", "11 tháng năm 2017"),
            ("9 tháng", "9 tháng năm 2017"),
            ("Quý III", "Quý III/2017"),
            ("đến hết tháng 11", "đến hết tháng 11/2017"),
            ("năm 2016", "năm 2016"),
            ("Quý I/2025", "Quý I/2025"),
        ];
        for (written, want) in cases {
            let d = date(written, 2017);
            assert_eq!(with_year(written, &d), want, "{written}");
        }
    }

    #[test]
    fn leads() {
        assert_eq!(as_of_lead("tính đến ", "20/1/2017"), Some("tính đến "));
        assert_eq!(
            as_of_lead("bảo đảm trước ", "ngày 30/6/2025"),
            Some("trước ")
        );
        assert_eq!(as_of_lead("từ ", "ngày 1/7/2025"), Some("từ "));
        assert_eq!(as_of_lead("hội nghị ", "ngày 1/7/2025"), None);
        assert_eq!(as_of_lead("đạt ", "tháng 10"), None);
    }

    #[test]
    fn stated_years() {
        assert!(states_year("9 tháng năm 2020"));
        assert!(states_year("Quý I/2025"));
        assert!(!states_year("9 tháng"));
        assert!(!states_year("20.000 tấn"));
        assert!(!states_year("120245"));
    }
}
