//! Honorifics: forms of address, ranks, academic and honorary titles.

use super::fold::{data_lines, fold, Matcher};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/honorifics.txt"));

static HONORIFICS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut seen = HashSet::new();
    let mut v: Vec<&'static str> = data_lines(DATA)
        .map(str::trim)
        .filter(|t| seen.insert(*t))
        .collect();
    crate::sort::by_key(&mut v, |t| std::cmp::Reverse(t.chars().count()));
    v
});

static MATCHER: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(HONORIFICS.iter().enumerate().map(|(i, t)| (*t, i))));

const RANKS: &[&str] = &[
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "thượng úy",
    "trung úy",
    "thiếu úy",
    "chuẩn úy",
    "thượng sĩ",
    "trung sĩ",
    "hạ sĩ",
    "binh nhất",
    "binh nhì",
    "đô đốc",
    "phó đô đốc",
    "chuẩn đô đốc",
];

/// Honorifics as written in the data, longest first.
pub fn honorifics() -> &'static [&'static str] {
    &HONORIFICS
}

/// Honorifics by their ASCII-lowercased spelling (→ first place in
/// [`honorifics`]), and the distinct byte lengths, for [`honorific_suffix`].
static BY_TAIL: LazyLock<(HashMap<String, usize>, Vec<usize>)> = LazyLock::new(|| {
    let mut map: HashMap<String, usize> = HashMap::new();
    for (i, h) in HONORIFICS.iter().enumerate() {
        map.entry(h.to_ascii_lowercase()).or_insert(i);
    }
    let mut lens: Vec<usize> = HONORIFICS.iter().map(|h| h.len()).collect();
    lens.sort_unstable();
    lens.dedup();
    (map, lens)
});

/// The honorific that `s` ends with as a whole word (ASCII letters in any
/// case), as a byte range of `s`: the first in [`honorifics`] order (longest
/// first) when several do. One lookup per honorific length instead of a
/// comparison per honorific.
pub fn honorific_suffix(s: &str) -> Option<Range<usize>> {
    let (map, lens) = &*BY_TAIL;
    let mut best: Option<(usize, usize)> = None;
    for &len in lens.iter().take_while(|&&l| l <= s.len()) {
        let cut = s.len() - len;
        // The cheap test first: most cuts fall inside a word.
        let whole_word = s.is_char_boundary(cut)
            && s[..cut]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_word_char(c));
        if !whole_word {
            continue;
        }
        if let Some(&i) = map.get(&s[cut..].to_ascii_lowercase()) {
            if best.is_none_or(|(b, _)| i < b) {
                best = Some((i, cut));
            }
        }
    }
    best.map(|(_, cut)| cut..s.len())
}

/// Whether `s` is a military or police rank ("Đại tá", "Thiếu tướng",
/// "Chuẩn Đô đốc", "Trung tướng Công an"), in any case.
pub fn is_military_rank(s: &str) -> bool {
    let f = fold(s.trim());
    let f = f.strip_suffix(" công an").unwrap_or(&f);
    let f = f.strip_suffix(" quân đội").unwrap_or(f);
    RANKS.contains(&f)
}

/// Honorifics in `text` (leftmost-longest, whole words, any case). Note
/// that "anh", "chị", "bà", "cô" are also common words ("bà con", "anh
/// hùng"): the caller checks that a name follows.
pub fn find_honorifics(text: &str) -> Vec<Range<usize>> {
    MATCHER.find(text).into_iter().map(|c| c.orig).collect()
}

/// The honorific that `text` starts with (after white space), with its
/// spelling in the data.
pub fn honorific_prefix(text: &str) -> Option<(Range<usize>, &'static str)> {
    MATCHER.prefix(text).map(|c| (c.orig, HONORIFICS[c.value]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_is_the_first_honorific_in_order_as_a_whole_word() {
        // The same answer as comparing every honorific in order.
        let slow = |w: &str| {
            honorifics().iter().find_map(|h| {
                let cut = w.len().checked_sub(h.len())?;
                (w.is_char_boundary(cut)
                    && w[cut..].eq_ignore_ascii_case(h)
                    && w[..cut]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !crate::text::is_word_char(c)))
                .then_some(cut..w.len())
            })
        };
        for w in [
            "theo ông",
            "cùng đồng chí",
            "Đại tá",
            "báo cáo của Thiếu tướng",
            "không",
            "công",
            "bà",
            "TS.",
            "",
            "ý kiến của PGS.TS",
            "Chúng tôi và các ông",
        ] {
            assert_eq!(honorific_suffix(w), slow(w), "{w:?}");
        }
        assert!(honorific_suffix("theo ông").is_some());
        assert!(honorific_suffix("không").is_none());
    }

    #[test]
    fn list_longest_first() {
        let h = honorifics();
        assert!(h.len() >= 60);
        for w in h.windows(2) {
            assert!(w[0].chars().count() >= w[1].chars().count());
        }
        assert!(h.contains(&"đồng chí") && h.contains(&"PGS.TS") && h.contains(&"NSƯT"));
    }

    #[test]
    fn ranks() {
        assert!(is_military_rank("Đại tá"));
        assert!(is_military_rank("THIẾU TƯỚNG"));
        assert!(is_military_rank("Chuẩn Đô đốc"));
        assert!(is_military_rank("Trung tướng Công an"));
        assert!(is_military_rank("Đại úy"));
        assert!(!is_military_rank("ông"));
        assert!(!is_military_rank("Đại biểu"));
        assert!(!is_military_rank("PGS.TS"));
    }

    #[test]
    fn finds_prefixes() {
        let (r, h) = honorific_prefix("Đại tá Nguyễn Văn A").unwrap();
        assert_eq!((r, h), (0.."Đại tá".len(), "Đại tá"));
        assert_eq!(honorific_prefix("PGS.TS Trần B").unwrap().1, "PGS.TS");
        assert_eq!(honorific_prefix("đ/c Lê C").unwrap().1, "đ/c");
        assert_eq!(honorific_prefix("Đồng chí Lê C").unwrap().1, "đồng chí");
        assert!(honorific_prefix("ôngbà").is_none());
        assert!(honorific_prefix("Đại biểu").is_none());
        let t = "ông Nguyễn Văn A và bà Lê Thị B";
        assert_eq!(find_honorifics(t).len(), 2);
    }
}
