//! Indicator vocabulary: phrases naming a socio-economic variable and the
//! group they belong to.

use super::fold::{data_lines, Matcher};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// A phrase and its group (growth, budget, investment, trade, tourism,
/// agriculture, industry, social, ranking).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricPhrase {
    pub phrase: &'static str,
    pub group: &'static str,
}

/// The groups, in no particular order; "other" is what [`metric_group`]
/// returns for a label with no known phrase.
pub const METRIC_GROUPS: &[&str] = &[
    "growth",
    "budget",
    "investment",
    "trade",
    "tourism",
    "agriculture",
    "industry",
    "social",
    "ranking",
    "other",
];

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/metrics.tsv"));

static PHRASES: LazyLock<Vec<MetricPhrase>> = LazyLock::new(|| {
    let mut seen = HashSet::new();
    let mut v: Vec<MetricPhrase> = data_lines(DATA)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let phrase = cols.next()?.trim();
            let group = cols.next()?.trim();
            let group = METRIC_GROUPS.iter().find(|g| **g == group).copied()?;
            Some(MetricPhrase { phrase, group })
        })
        .filter(|m| seen.insert(m.phrase))
        .collect();
    crate::sort::by_key(&mut v, |m| std::cmp::Reverse(m.phrase.chars().count()));
    v
});

static MATCHER: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(PHRASES.iter().enumerate().map(|(i, m)| (m.phrase, i))));

/// All phrases, longest first.
pub fn metric_phrases() -> &'static [MetricPhrase] {
    &PHRASES
}

/// The group of a metric label: the group of the longest known phrase that
/// occurs in it as whole words ("tổng mức bán lẻ hàng hóa" → "trade",
/// "tốc độ tăng GRDP" → "growth"); "other" if none.
pub fn metric_group(label: &str) -> &'static str {
    let f = super::fold::Folded::new(label);
    MATCHER
        .candidates(&f, label)
        .into_iter()
        .max_by_key(|c| (c.folded.len(), std::cmp::Reverse(c.folded.start)))
        .map_or("other", |c| PHRASES[c.value].group)
}

/// Metric phrases in `text` (leftmost-longest, whole words, any case).
pub fn find_metric_phrases(text: &str) -> Vec<(Range<usize>, &'static MetricPhrase)> {
    MATCHER
        .find(text)
        .into_iter()
        .map(|c| (c.orig, &PHRASES[c.value]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups() {
        assert_eq!(metric_group("thu ngân sách"), "budget");
        assert_eq!(
            metric_group("Tổng thu ngân sách nhà nước trên địa bàn"),
            "budget"
        );
        assert_eq!(metric_group("kim ngạch xuất khẩu hàng hóa"), "trade");
        assert_eq!(metric_group("tốc độ tăng GRDP"), "growth");
        assert_eq!(metric_group("GRDP Hà Nội"), "growth");
        assert_eq!(metric_group("lượt khách quốc tế"), "tourism");
        assert_eq!(metric_group("hộ nghèo"), "social");
        assert_eq!(metric_group("chỉ số PCI"), "ranking");
        assert_eq!(
            metric_group("chỉ số sản xuất công nghiệp (IIP)"),
            "industry"
        );
        assert_eq!(metric_group("vốn FDI"), "investment");
        assert_eq!(metric_group("độ che phủ rừng"), "agriculture");
        assert_eq!(metric_group("đàn lợn"), "agriculture");
        assert_eq!(metric_group("doanh nghiệp thành lập mới"), "investment");
        assert_eq!(metric_group("THU NHẬP BÌNH QUÂN ĐẦU NGƯỜI"), "social");
    }

    #[test]
    fn other_when_unknown() {
        assert_eq!(metric_group("số cuộc họp"), "other");
        assert_eq!(metric_group(""), "other");
        assert_eq!(metric_group("grdpx"), "other");
        assert_eq!(metric_group("điều chỉnh"), "other");
    }

    #[test]
    fn phrases_valid() {
        let p = metric_phrases();
        assert!(p.len() >= 250, "{}", p.len());
        assert!(p.iter().all(|m| METRIC_GROUPS.contains(&m.group)));
        let t = "Thu ngân sách đạt 17.320,3 tỷ đồng; kim ngạch xuất khẩu tăng";
        let got: Vec<&str> = find_metric_phrases(t)
            .into_iter()
            .map(|(r, _)| &t[r])
            .collect();
        assert_eq!(got, ["Thu ngân sách", "kim ngạch xuất khẩu"]);
    }
}
