//! Position titles (heads such as "Bí thư", "Phó Chủ tịch Thường trực").

use super::fold::{data_lines, fold, Matcher};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/titles.txt"));

static TITLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut seen = HashSet::new();
    let mut v: Vec<&'static str> = data_lines(DATA)
        .map(str::trim)
        .filter(|t| seen.insert(fold(t)))
        .collect();
    crate::sort::by_key(&mut v, |t| std::cmp::Reverse(t.chars().count()));
    v
});

static MATCHER: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(TITLES.iter().enumerate().map(|(i, t)| (*t, i))));

/// Title heads, longest first (case and tone-placement variants folded
/// together; the first spelling in the data is kept).
pub fn title_heads() -> &'static [&'static str] {
    &TITLES
}

/// Title heads in `text` (leftmost-longest, whole words, any case), as byte
/// ranges. "Phó Bí thư Thường trực Tỉnh ủy" is one head; the caller extends
/// a head with the body it governs and the place.
pub fn find_title_heads(text: &str) -> Vec<Range<usize>> {
    MATCHER.find(text).into_iter().map(|c| c.orig).collect()
}

/// The title head that `text` starts with (after white space), if any, as a
/// byte range of `text`, with its canonical spelling.
pub fn title_head_prefix(text: &str) -> Option<(Range<usize>, &'static str)> {
    MATCHER.prefix(text).map(|c| (c.orig, TITLES[c.value]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find_title_heads(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn longest_first() {
        let t = title_heads();
        assert!(t.len() >= 150, "{}", t.len());
        for w in t.windows(2) {
            assert!(w[0].chars().count() >= w[1].chars().count());
        }
    }

    #[test]
    fn finds_heads() {
        assert_eq!(
            found("đồng chí Nguyễn Hải Ninh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Khánh Hòa"),
            ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]
        );
        assert_eq!(
            found("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
            ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"]
        );
        assert_eq!(found("Tổng Bí thư Tô Lâm"), ["Tổng Bí thư"]);
        assert_eq!(found("PHÓ CHỦ TỊCH"), ["PHÓ CHỦ TỊCH"]);
        assert_eq!(found("Giám đốc Sở Tài chính"), ["Giám đốc Sở"]);
        assert_eq!(found("Đại tá, Chỉ huy trưởng"), ["Chỉ huy trưởng"]);
        let (r, t) = title_head_prefix(" Phó Chủ tịch UBND tỉnh Lê Văn A").unwrap();
        assert_eq!(r, 1..1 + "Phó Chủ tịch UBND tỉnh".len());
        assert_eq!(t, "Phó Chủ tịch UBND tỉnh");
    }

    #[test]
    fn no_false_heads() {
        assert!(found("bí thưa").is_empty());
        assert!(found("chủ tịch hóa").len() <= 1);
        assert!(found("kinh tế tăng trưởng").is_empty());
        assert!(title_head_prefix("tăng 7%").is_none());
    }
}
