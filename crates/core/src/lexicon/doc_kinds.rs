//! Document kinds and their symbol codes.

use super::fold::{data_lines, fold, split_list};
use std::sync::LazyLock;

/// A document kind and the codes it takes in number-symbols.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocKindEntry {
    /// "Nghị quyết", "Thông báo kết luận", ...
    pub name: &'static str,
    /// "NQ", ...; empty for kinds numbered without a code ("Luật").
    pub codes: &'static [&'static str],
}

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/doc_kinds.tsv"));

static KINDS: LazyLock<Vec<DocKindEntry>> = LazyLock::new(|| {
    data_lines(DATA)
        .map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap_or("").trim();
            let codes: Vec<&'static str> = split_list(cols.next().unwrap_or(""));
            DocKindEntry {
                name,
                codes: Box::leak(codes.into_boxed_slice()),
            }
        })
        .collect()
});

static ALTERNATION: LazyLock<String> = LazyLock::new(|| {
    // As written at the start of a phrase ("Công văn") and inside a
    // sentence ("đã có công văn số 147").
    let mut names: Vec<String> = KINDS
        .iter()
        .flat_map(|k| [k.name.to_string(), k.name.to_lowercase()])
        .collect();
    crate::sort::by_key(&mut names, |n| std::cmp::Reverse(n.chars().count()));
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
});

/// All document kinds, in data order.
pub fn doc_kinds() -> &'static [DocKindEntry] {
    &KINDS
}

/// The kind a code stands for: "NQ" → "Nghị quyết", "QĐ" → "Quyết định",
/// "TTr" → "Tờ trình". Exact case first, then any case; "QD"/"ND" without
/// the stroke are accepted for "QĐ"/"NĐ".
pub fn doc_kind_for_code(code: &str) -> Option<&'static str> {
    let code = code.trim();
    if code.is_empty() {
        return None;
    }
    let kinds = &*KINDS;
    if let Some(k) = kinds.iter().find(|k| k.codes.contains(&code)) {
        return Some(k.name);
    }
    let f = fold(code).replace('đ', "d");
    kinds
        .iter()
        .find(|k| k.codes.iter().any(|c| fold(c).replace('đ', "d") == f))
        .map(|k| k.name)
}

/// The kind named by `s` ("nghị quyết", "THÔNG BÁO KẾT LUẬN"), canonical.
pub fn doc_kind_by_name(s: &str) -> Option<&'static str> {
    let f = fold(s.trim());
    KINDS.iter().find(|k| fold(k.name) == f).map(|k| k.name)
}

/// The kind names as a regex alternation, longest first, escaped:
/// `"Thông báo kết luận|...|Luật"`, as the data spells them (capitalized and
/// in capitals). Use it inside a group; regex is built without Unicode case
/// folding, so a pattern that must ignore case reads `Context::lower`.
pub fn doc_kind_regex_alternation() -> &'static str {
    &ALTERNATION
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(doc_kind_for_code("NQ"), Some("Nghị quyết"));
        assert_eq!(doc_kind_for_code("CT"), Some("Chỉ thị"));
        assert_eq!(doc_kind_for_code("KL"), Some("Kết luận"));
        assert_eq!(doc_kind_for_code("QĐ"), Some("Quyết định"));
        assert_eq!(doc_kind_for_code("QD"), Some("Quyết định"));
        assert_eq!(doc_kind_for_code("NĐ"), Some("Nghị định"));
        assert_eq!(doc_kind_for_code("TTr"), Some("Tờ trình"));
        assert_eq!(doc_kind_for_code("TTLT"), Some("Thông tư liên tịch"));
        assert_eq!(doc_kind_for_code("CĐ"), Some("Công điện"));
        assert_eq!(doc_kind_for_code("TB"), Some("Thông báo kết luận"));
        assert_eq!(doc_kind_for_code("XYZ"), None);
        assert_eq!(doc_kind_for_code(""), None);
        assert_eq!(doc_kind_for_code("UBND"), None);
    }

    #[test]
    fn alternation() {
        let alt = doc_kind_regex_alternation();
        assert!(
            alt.starts_with("Thông báo kết luận|")
                || alt.find("Thông báo kết luận") < alt.find("Thông báo|")
        );
        let re = regex::Regex::new(&format!("^(?:{alt})")).unwrap();
        let m = re.find("Thông báo kết luận số 123-TB/TU").unwrap();
        assert_eq!(m.as_str(), "Thông báo kết luận");
        let m = re.find("Thông tư liên tịch số 1").unwrap();
        assert_eq!(m.as_str(), "Thông tư liên tịch");
        assert!(re.find("Thư mời").is_none());
        assert!(doc_kinds().len() >= 40);
        assert_eq!(doc_kind_by_name("NGHỊ QUYẾT"), Some("Nghị quyết"));
        assert_eq!(doc_kind_by_name("bài báo"), None);
    }
}
