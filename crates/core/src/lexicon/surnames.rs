//! Vietnamese family names.

use super::fold::{data_lines, old_style_tones};
use std::collections::HashSet;
use std::sync::LazyLock;

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/surnames.txt"));

static SURNAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut seen = HashSet::new();
    data_lines(DATA)
        .map(str::trim)
        .filter(|w| seen.insert(*w))
        .collect()
});

/// Capitalized forms and all-caps forms.
static SET: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut set = HashSet::new();
    for s in SURNAMES.iter() {
        set.insert((*s).to_string());
        set.insert(s.to_uppercase());
    }
    set
});

/// The family names, as written in the data (capitalized).
pub fn surnames() -> &'static [&'static str] {
    &SURNAMES
}

/// Whether `word` is a Vietnamese family name written capitalized
/// ("Nguyễn") or in capitals ("NGUYỄN"); lowercase "nguyễn" is not.
/// NFD input and new-style tone placement are accepted. The Central
/// Highlands prefixes "Y" and "H'" are accepted, also when written attached
/// ("H'Hen"), as are multi-word family names ("Rơ Châm", "Tôn Nữ").
pub fn is_surname(word: &str) -> bool {
    let w = word.trim();
    if w.is_empty() {
        return false;
    }
    if SET.contains(w) {
        return true;
    }
    // A title-case NFC word without apostrophes or a final toned vowel
    // (the usual case) is already in the form the set holds.
    let last = w.chars().next_back().unwrap_or(' ');
    let plain = w.chars().skip(1).any(char::is_lowercase)
        && !w
            .chars()
            .any(|c| ('\u{300}'..='\u{36f}').contains(&c) || matches!(c, '\'' | '’' | 'ʼ' | '‘'))
        && (last.is_ascii() || !"àáảãạèéẻẽẹỳýỷỹỵ".contains(last));
    if plain {
        return false;
    }
    let w = old_style_tones(&w.replace(['’', 'ʼ', '‘'], "'"));
    if SET.contains(&w) {
        return true;
    }
    // "H'Hen", "H'Linh": the female prefix attached to the given name.
    if let Some(rest) = w.strip_prefix("H'") {
        return rest.chars().next().is_none_or(char::is_uppercase);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_surnames() {
        for s in [
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Giàng", "Ksor",
        ] {
            assert!(is_surname(s), "{s}");
        }
        assert!(surnames().len() >= 120, "{}", surnames().len());
        assert!(is_surname("NGUYỄN"));
        assert!(is_surname("Nguye\u{303}\u{302}n") || is_surname("Nguyê\u{303}n"));
        assert!(is_surname("Rơ Châm"));
        assert!(is_surname("H'Hen"));
        assert!(is_surname("H’"));
        assert!(is_surname("Y"));
    }

    #[test]
    fn not_surnames() {
        for s in [
            "Tỉnh", "nguyễn", "Thị", "Ủy", "Bí", "Sở", "Hội", "Khánh", "", "Hòa",
        ] {
            assert!(!is_surname(s), "{s}");
        }
    }

    #[test]
    fn data_is_nfc_old_style() {
        use unicode_normalization::UnicodeNormalization;
        for s in surnames() {
            assert_eq!(*s, s.nfc().collect::<String>());
            assert_eq!(*s, old_style_tones(s));
        }
    }
}
