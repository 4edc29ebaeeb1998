//! Normalization Form C built from the canonical primitives of
//! `unicode-normalization` (decomposition, combining classes, composition).
//!
//! Why not the crate's `nfc()` iterator: it chooses between canonical and
//! compatibility decomposition at run time, so the compatibility tables
//! (≈ 60 KB raw, never used here) are linked into the page's wasm. The steps
//! below are the three of UAX #15 — full canonical decomposition, canonical
//! ordering of combining marks, canonical composition — and the tests check
//! the result against `nfc()` on random strings.

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

/// `s` in NFC, written into `buf` (cleared first).
pub fn nfc_into(s: impl IntoIterator<Item = char>, buf: &mut Vec<char>) {
    buf.clear();
    for c in s {
        decompose_canonical(c, |d| buf.push(d));
    }
    order_marks(buf);
    compose_in_place(buf);
}

/// `s` in NFC.
pub fn nfc(s: &str) -> String {
    let mut buf = Vec::with_capacity(s.len());
    nfc_into(s.chars(), &mut buf);
    buf.into_iter().collect()
}

/// Canonical ordering: every run of combining marks sorted by combining
/// class, keeping the order of marks of the same class (runs are a few
/// marks long, so an insertion sort).
fn order_marks(buf: &mut [char]) {
    for i in 1..buf.len() {
        let class = canonical_combining_class(buf[i]);
        if class == 0 {
            continue;
        }
        let mut j = i;
        while j > 0 {
            let before = canonical_combining_class(buf[j - 1]);
            if before == 0 || before <= class {
                break;
            }
            buf.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Canonical composition: each character joins the last starter unless a
/// character between them blocks it (a starter, or a mark of the same or a
/// higher class).
fn compose_in_place(buf: &mut Vec<char>) {
    let mut out = 0;
    // Index in `buf[..out]` of the last starter, and the class of the last
    // character kept after it (`None`: nothing kept after it yet).
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for i in 0..buf.len() {
        let c = buf[i];
        let class = canonical_combining_class(c);
        if let Some(s) = starter {
            let blocked = last_class.is_some_and(|l| l >= class);
            if !blocked {
                if let Some(joined) = compose(buf[s], c) {
                    buf[s] = joined;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out);
            last_class = None;
        } else if starter.is_some() {
            last_class = Some(class);
        }
        buf[out] = c;
        out += 1;
    }
    buf.truncate(out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn vietnamese_decomposed_and_mixed() {
        // Decomposed base + tone, base with hat + tone, marks in the wrong
        // order (dot below written after the hook above).
        for (input, want) in [
            ("Kha\u{301}nh Ho\u{300}a", "Khánh Hòa"),
            ("Thu\u{309}y", "Thủy"),
            ("e\u{302}\u{301}", "ế"),
            ("o\u{31B}\u{323}", "ợ"),
            ("a\u{309}\u{323}", "ạ\u{309}"),
            ("Đa\u{306}\u{303}k", "Đẵk"),
            ("", ""),
            ("\u{301}a", "\u{301}a"),
            ("\u{1100}\u{1161}\u{11A8}", "각"),
        ] {
            assert_eq!(nfc(input), want, "{input:?}");
            assert_eq!(nfc(input), input.nfc().collect::<String>(), "{input:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        // Letters, Vietnamese marks, other combining classes, Hangul jamo
        // and a few odd characters, mixed.
        #[test]
        fn equals_the_crates_nfc(s in "[aeoiuyAEOUDdđĐăâêôơư\u{300}-\u{36F}\u{1100}-\u{1112}\u{1161}-\u{1175}\u{11A8}-\u{11C2}가-힣\u{591}-\u{5C7}\u{E00}-\u{E7F}\u{1EA0}-\u{1EF9}\u{2126}\u{212B}\u{F900}-\u{F90F} ]{0,24}") {
            prop_assert_eq!(nfc(&s), s.nfc().collect::<String>());
        }

        #[test]
        fn equals_the_crates_nfc_on_any_string(s in any::<String>()) {
            prop_assert_eq!(nfc(&s), s.nfc().collect::<String>());
        }
    }
}
