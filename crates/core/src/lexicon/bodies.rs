//! Party and State bodies, and abbreviations.

use super::fold::{data_lines, fold, split_list, Matcher};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// The level a body belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyLevel {
    Central,
    Province,
    District,
    /// Exists at several levels, or a group ("các sở, ban, ngành").
    Generic,
}

/// A Party or State body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// The name as usually written ("Ban Thường vụ Tỉnh ủy").
    pub name: &'static str,
    /// Other forms ("BTV Tỉnh ủy").
    pub abbreviations: Vec<&'static str>,
    pub level: BodyLevel,
}

static BODIES_DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/bodies.tsv"));
static ABBR_DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/abbreviations.tsv"));

/// Phrases that contain a body's name without naming the body: members'
/// titles ("Tỉnh ủy viên" is a member of the Tỉnh ủy, not the Tỉnh ủy).
const BLOCKERS: &[&str] = &[
    "Tỉnh ủy viên",
    "Thành ủy viên",
    "Huyện ủy viên",
    "Thị ủy viên",
    "Quận ủy viên",
    "Đảng ủy viên",
    "Quân ủy viên",
];

const BLOCK: usize = usize::MAX;

struct Db {
    bodies: Vec<Body>,
    matcher: Matcher,
}

static DB: LazyLock<Db> = LazyLock::new(|| {
    let mut bodies = Vec::new();
    for line in data_lines(BODIES_DATA) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let name = cols[0].trim();
        let abbreviations = split_list(cols.get(1).copied().unwrap_or(""));
        let level = match cols.get(2).map(|s| s.trim()) {
            Some("central") => BodyLevel::Central,
            Some("province") => BodyLevel::Province,
            Some("district") => BodyLevel::District,
            _ => BodyLevel::Generic,
        };
        bodies.push(Body {
            name,
            abbreviations,
            level,
        });
    }
    // Names first (all bodies), then abbreviations: a name wins over an
    // abbreviation of another body that folds to the same key.
    let mut items: Vec<(&'static str, usize)> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (b.name, i))
        .collect();
    for (i, b) in bodies.iter().enumerate() {
        items.extend(b.abbreviations.iter().map(|a| (*a, i)));
    }
    items.extend(BLOCKERS.iter().map(|b| (*b, BLOCK)));
    let matcher = Matcher::new(items);
    Db { bodies, matcher }
});

/// All bodies.
pub fn bodies() -> &'static [Body] {
    &DB.bodies
}

/// Bodies named in `text` (leftmost-longest, whole words), as byte ranges.
/// Acronyms match only in capitals ("UBND", not "ubnd"); names match in any
/// case and tone placement. A following place qualifier ("tỉnh Khánh Hòa")
/// is not included: attach it with [`super::find_provinces`].
pub fn find_bodies(text: &str) -> Vec<(Range<usize>, &'static Body)> {
    let db = &*DB;
    db.matcher
        .find(text)
        .into_iter()
        .filter(|c| c.value != BLOCK)
        .map(|c| (c.orig, &db.bodies[c.value]))
        .collect()
}

/// The body `text` opens with (no leading white space), as a byte range of
/// `text`: the first of [`find_bodies`] when it starts at 0, found with one
/// anchored lookup instead of a scan of the whole window.
pub fn body_prefix(text: &str) -> Option<(Range<usize>, &'static Body)> {
    let db = &*DB;
    db.matcher
        .prefix(text)
        .filter(|c| c.value != BLOCK && c.orig.start == 0)
        .map(|c| (c.orig, &db.bodies[c.value]))
}

/// Abbreviations by exact spelling and by folded spelling.
type AbbrMaps = (
    HashMap<&'static str, &'static str>,
    HashMap<String, &'static str>,
);

static ABBR: LazyLock<AbbrMaps> = LazyLock::new(|| {
    let mut exact = HashMap::new();
    let mut folded = HashMap::new();
    for line in data_lines(ABBR_DATA) {
        let mut cols = line.split('\t');
        let (Some(a), Some(e)) = (cols.next(), cols.next()) else {
            continue;
        };
        let (a, e) = (a.trim(), e.trim());
        exact.entry(a).or_insert(e);
        folded.entry(fold(a)).or_insert(e);
    }
    (exact, folded)
});

/// The expansion of an abbreviation: "UBND" → "Ủy ban nhân dân", "KT-XH" →
/// "kinh tế - xã hội", "NTM" → "nông thôn mới". Exact case first, then any
/// case ("Ubnd").
pub fn expand_abbreviation(s: &str) -> Option<&'static str> {
    let s = s.trim();
    let (exact, folded) = &*ABBR;
    exact
        .get(s)
        .copied()
        .or_else(|| folded.get(&fold(s)).copied())
}

/// All `(abbreviation, expansion)` pairs.
pub fn abbreviations() -> Vec<(&'static str, &'static str)> {
    data_lines(ABBR_DATA)
        .filter_map(|l| {
            let mut c = l.split('\t');
            Some((c.next()?.trim(), c.next()?.trim()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        find_bodies(text)
            .into_iter()
            .map(|(r, b)| (&text[r], b.name))
            .collect()
    }

    #[test]
    fn body_prefix_is_the_body_a_text_opens_with() {
        for t in [
            "Sở Tài chính chủ trì, phối hợp",
            "Văn phòng Tỉnh ủy theo dõi",
            "UBND tỉnh chỉ đạo",
            "Ban Thường vụ Tỉnh ủy Khánh Hòa",
            "các sở, ngành",
            "theo Sở Y tế",
            " Sở Y tế",
            "ubnd tỉnh",
            "",
        ] {
            let first = find_bodies(t)
                .into_iter()
                .next()
                .filter(|(r, _)| r.start == 0);
            assert_eq!(
                body_prefix(t).map(|(r, b)| (r, b.name)),
                first.map(|(r, b)| (r, b.name)),
                "{t:?}"
            );
        }
        assert_eq!(
            body_prefix("Sở Tài chính chủ trì").map(|(r, _)| r),
            Some(0.."Sở Tài chính".len())
        );
        assert!(body_prefix("theo Sở Y tế").is_none());
        assert!(
            body_prefix("ubnd tỉnh").is_none(),
            "acronyms only in capitals"
        );
    }

    #[test]
    fn finds_bodies_longest() {
        assert_eq!(
            found("Ban Thường vụ Tỉnh ủy Khánh Hòa"),
            [("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]
        );
        assert_eq!(
            found("BTV Tỉnh ủy giao UBND tỉnh"),
            [
                ("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
                ("UBND tỉnh", "Ủy ban nhân dân tỉnh")
            ]
        );
        assert_eq!(found("Sở KH&ĐT"), [("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư")]);
        assert_eq!(
            found("Bộ Chính trị, Ban Bí thư"),
            [
                ("Bộ Chính trị", "Bộ Chính trị"),
                ("Ban Bí thư", "Ban Bí thư")
            ]
        );
        assert_eq!(
            found("đề nghị các sở, ban, ngành phối hợp"),
            [("các sở, ban, ngành", "các sở, ban, ngành")]
        );
        assert_eq!(
            found("Bộ Nông nghiệp và Môi trường"),
            [(
                "Bộ Nông nghiệp và Môi trường",
                "Bộ Nông nghiệp và Môi trường"
            )]
        );
        assert_eq!(found("ỦY BAN NHÂN DÂN TỈNH")[0].1, "Ủy ban nhân dân tỉnh");
        let b = &find_bodies("Huyện ủy Cam Lâm")[0].1;
        assert_eq!(b.level, BodyLevel::District);
    }

    #[test]
    fn rejects_non_bodies() {
        assert!(found("tu bổ di tích").is_empty());
        assert!(found("ubnd").is_empty());
        assert!(found("Bí thư").is_empty());
        assert!(found("Sở hữu trí tuệ").is_empty());
        assert!(found("Tỉnh ủy viên").is_empty());
        assert!(found("đồng chí là Thành ủy viên").is_empty());
    }

    #[test]
    fn abbreviations_expand() {
        assert_eq!(expand_abbreviation("UBND"), Some("Ủy ban nhân dân"));
        assert_eq!(expand_abbreviation("HĐND"), Some("Hội đồng nhân dân"));
        assert_eq!(expand_abbreviation("KT-XH"), Some("kinh tế - xã hội"));
        assert_eq!(expand_abbreviation("NTM"), Some("nông thôn mới"));
        assert_eq!(expand_abbreviation("KKT"), Some("khu kinh tế"));
        assert_eq!(expand_abbreviation("DN"), Some("doanh nghiệp"));
        assert_eq!(expand_abbreviation("TTg"), Some("Thủ tướng Chính phủ"));
        assert_eq!(expand_abbreviation("XYZQ"), None);
        assert_eq!(expand_abbreviation(""), None);
    }

    #[test]
    fn data_well_formed() {
        for b in bodies() {
            assert_eq!(b.name, super::super::fold::old_style_tones(b.name));
        }
        assert!(bodies().len() >= 150);
        assert!(abbreviations().len() >= 150);
    }
}
