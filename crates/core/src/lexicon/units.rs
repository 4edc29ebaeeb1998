//! Measurement units and scale words.

use super::fold::{data_lines, Matcher};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// What a unit word measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitCategory {
    /// đồng, USD, tỷ đồng
    Money,
    /// nghìn, triệu, tỷ
    Scale,
    /// hộ, người, doanh nghiệp, xã, lượt khách
    Count,
    /// km, ha, tấn, kWh
    Measure,
    /// %, phần trăm
    Percent,
    /// điểm %, điểm phần trăm, điểm
    Points,
    /// bậc, hạng
    Rank,
    /// lần
    Times,
}

/// A unit word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitEntry {
    pub text: &'static str,
    pub category: UnitCategory,
}

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/units.tsv"));

static UNITS: LazyLock<Vec<UnitEntry>> = LazyLock::new(|| {
    let mut seen = HashSet::new();
    let mut v: Vec<UnitEntry> = data_lines(DATA)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let text = cols.next()?.trim();
            let category = match cols.next()?.trim() {
                "money" => UnitCategory::Money,
                "scale" => UnitCategory::Scale,
                "count" => UnitCategory::Count,
                "measure" => UnitCategory::Measure,
                "percent" => UnitCategory::Percent,
                "points" => UnitCategory::Points,
                "rank" => UnitCategory::Rank,
                "times" => UnitCategory::Times,
                _ => return None,
            };
            Some(UnitEntry { text, category })
        })
        .filter(|u| seen.insert(u.text))
        .collect();
    crate::sort::by_key(&mut v, |u| std::cmp::Reverse(u.text.chars().count()));
    v
});

static MATCHER: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(UNITS.iter().enumerate().map(|(i, u)| (u.text, i))));

/// All unit words, longest first.
pub fn unit_words() -> &'static [UnitEntry] {
    &UNITS
}

/// The longest unit word that `text` starts with (after white space), as a
/// byte range of `text`: for the text after a number ("17.320,3 tỷ đồng,").
/// Case-insensitive except for acronyms ("kWh" and "KWH" both match "kWh";
/// "USD" needs capitals).
pub fn unit_prefix(text: &str) -> Option<(Range<usize>, &'static UnitEntry)> {
    MATCHER.prefix(text).map(|c| (c.orig, &UNITS[c.value]))
}

/// The category of a unit written exactly as `s` (any case).
pub fn unit_category(s: &str) -> Option<UnitCategory> {
    unit_prefix(s)
        .filter(|(r, _)| s[r.end..].trim().is_empty())
        .map(|(_, u)| u.category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_prefix() {
        let (r, u) = unit_prefix(" tỷ đồng, bằng 103,8%").unwrap();
        assert_eq!(
            (r, u.text, u.category),
            (1..1 + "tỷ đồng".len(), "tỷ đồng", UnitCategory::Money)
        );
        assert_eq!(
            unit_prefix("% so với").unwrap().1.category,
            UnitCategory::Percent
        );
        assert_eq!(unit_prefix("điểm % so với").unwrap().1.text, "điểm %");
        assert_eq!(unit_prefix("triệu lượt khách").unwrap().1.text, "triệu");
        assert_eq!(
            unit_prefix("lượt khách quốc tế").unwrap().1.text,
            "lượt khách quốc tế"
        );
        assert_eq!(
            unit_prefix("bậc so với năm 2022").unwrap().1.category,
            UnitCategory::Rank
        );
        assert_eq!(unit_prefix("lần").unwrap().1.category, UnitCategory::Times);
        assert_eq!(unit_prefix("ha lúa").unwrap().1.text, "ha");
        assert_eq!(unit_category("Tỷ"), Some(UnitCategory::Scale));
        assert_eq!(unit_category("km2"), Some(UnitCategory::Measure));
    }

    #[test]
    fn not_units() {
        assert!(unit_prefix("hoàn thành").is_none());
        assert!(unit_prefix("hàng").is_none());
        assert!(unit_prefix("tỷlệ").is_none());
        assert!(unit_prefix("usd").is_some());
        assert_eq!(unit_category("tăng"), None);
        assert_eq!(unit_category("tỷ đồng xx"), None);
    }

    #[test]
    fn sorted() {
        let u = unit_words();
        assert!(u.len() >= 150);
        for w in u.windows(2) {
            assert!(w[0].text.chars().count() >= w[1].text.chars().count());
        }
    }
}
