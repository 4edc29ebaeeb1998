//! Issuer part of number-symbols: "TU" → Tỉnh ủy, "CP" → Chính phủ.

use super::fold::{data_lines, fold};
use std::collections::HashMap;
use std::sync::LazyLock;

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/issuers.tsv"));

struct Db {
    exact: HashMap<&'static str, &'static str>,
    folded: HashMap<String, &'static str>,
    all: Vec<(&'static str, &'static str)>,
}

static DB: LazyLock<Db> = LazyLock::new(|| {
    let mut exact = HashMap::new();
    let mut folded = HashMap::new();
    let mut all = Vec::new();
    for l in data_lines(DATA) {
        let mut cols = l.split('\t');
        let (Some(s), Some(i)) = (cols.next(), cols.next()) else {
            continue;
        };
        let (s, i) = (s.trim(), i.trim());
        exact.entry(s).or_insert(i);
        folded.entry(fold(s)).or_insert(i);
        all.push((s, i));
    }
    Db { exact, folded, all }
});

/// All `(suffix, issuer)` pairs.
pub fn issuer_symbols() -> &'static [(&'static str, &'static str)] {
    &DB.all
}

/// The issuer of a number-symbol suffix: "TW" → "Trung ương", "TU" →
/// "Tỉnh ủy", "QH15" → "Quốc hội", "UBND" → "Ủy ban nhân dân", "TTg" →
/// "Thủ tướng Chính phủ". Trailing legislature digits are ignored; exact
/// case first, then any case; "UBND-KT" (issuer and unit) gives the issuer
/// of its first part.
pub fn issuer_for_symbol(suffix: &str) -> Option<&'static str> {
    let s = suffix.trim().trim_matches(|c: char| c == '/' || c == '-');
    // A whole number-symbol ("2043-KL/TU", "73/2023/NĐ-CP"): its last part.
    let s = match s.rsplit_once('/') {
        Some((_, last)) if !last.is_empty() => last,
        _ => s,
    };
    if s.is_empty() || s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let db = &*DB;
    let look = |x: &str| -> Option<&'static str> {
        if x.is_empty() {
            return None;
        }
        db.exact
            .get(x)
            .copied()
            .or_else(|| db.folded.get(&fold(x)).copied())
    };
    if let Some(i) = look(s) {
        return Some(i);
    }
    let no_digits = s.trim_end_matches(|c: char| c.is_ascii_digit());
    if no_digits.len() != s.len() {
        if let Some(i) = look(no_digits) {
            return Some(i);
        }
    }
    // "UBND-KT", "NĐ-CP" style: try the parts, the last part first for
    // kind-issuer pairs ("NĐ-CP"), then the first ("UBND-KT").
    if let Some((a, b)) = s.split_once('-') {
        if super::doc_kinds::doc_kind_for_code(a).is_some() {
            return issuer_for_symbol(b);
        }
        return issuer_for_symbol(a);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_suffixes() {
        assert_eq!(issuer_for_symbol("TW"), Some("Trung ương"));
        assert_eq!(issuer_for_symbol("TU"), Some("Tỉnh ủy"));
        assert_eq!(issuer_for_symbol("ThU"), Some("Thành ủy"));
        assert_eq!(issuer_for_symbol("HU"), Some("Huyện ủy"));
        assert_eq!(issuer_for_symbol("ĐU"), Some("Đảng ủy"));
        assert_eq!(issuer_for_symbol("CP"), Some("Chính phủ"));
        assert_eq!(issuer_for_symbol("TTg"), Some("Thủ tướng Chính phủ"));
        assert_eq!(issuer_for_symbol("QH15"), Some("Quốc hội"));
        assert_eq!(issuer_for_symbol("QH14"), Some("Quốc hội"));
        assert_eq!(
            issuer_for_symbol("UBTVQH15"),
            Some("Ủy ban Thường vụ Quốc hội")
        );
        assert_eq!(issuer_for_symbol("UBND"), Some("Ủy ban nhân dân"));
        assert_eq!(issuer_for_symbol("HĐND"), Some("Hội đồng nhân dân"));
        assert_eq!(issuer_for_symbol("BCT"), Some("Bộ Công Thương"));
        assert_eq!(issuer_for_symbol("BTC"), Some("Bộ Tài chính"));
        assert_eq!(
            issuer_for_symbol("NHNN"),
            Some("Ngân hàng Nhà nước Việt Nam")
        );
        assert_eq!(issuer_for_symbol("VPCP"), Some("Văn phòng Chính phủ"));
        assert_eq!(issuer_for_symbol("NĐ-CP"), Some("Chính phủ"));
        assert_eq!(issuer_for_symbol("UBND-KT"), Some("Ủy ban nhân dân"));
        assert_eq!(issuer_for_symbol("2043-KL/TU"), Some("Tỉnh ủy"));
        assert_eq!(issuer_for_symbol("73/2023/NĐ-CP"), Some("Chính phủ"));
        assert_eq!(issuer_for_symbol("55/2022/QH15"), Some("Quốc hội"));
        assert_eq!(issuer_for_symbol("123/UBND-KT"), Some("Ủy ban nhân dân"));
        assert_eq!(issuer_for_symbol("35-CT/TW"), Some("Trung ương"));
    }

    #[test]
    fn unknown_suffixes() {
        assert_eq!(issuer_for_symbol(""), None);
        assert_eq!(issuer_for_symbol("XYZW"), None);
        assert_eq!(issuer_for_symbol("2024"), None);
        assert_eq!(issuer_for_symbol("12/2024"), None);
        assert_eq!(issuer_for_symbol("KT"), None);
        assert!(issuer_symbols().len() >= 100);
    }
}
