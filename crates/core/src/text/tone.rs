//! Old/new tone-mark placement. Vietnamese writes the tone of a final "oa",
//! "oe" or "uy" either on the first vowel (old style: "hòa", "thủy") or on the
//! second (new style: "hoà", "thuỷ"). The analyzer reads the old style; this
//! moves a tone found on the second vowel to the first. The character count
//! never changes, so offsets stay valid.

/// The five tones, in the order of the rows below.
const ROWS: [(char, [char; 5]); 10] = [
    ('a', ['à', 'á', 'ả', 'ã', 'ạ']),
    ('e', ['è', 'é', 'ẻ', 'ẽ', 'ẹ']),
    ('y', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']),
    ('o', ['ò', 'ó', 'ỏ', 'õ', 'ọ']),
    ('u', ['ù', 'ú', 'ủ', 'ũ', 'ụ']),
    ('A', ['À', 'Á', 'Ả', 'Ã', 'Ạ']),
    ('E', ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ']),
    ('Y', ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ']),
    ('O', ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ']),
    ('U', ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ']),
];

/// (base letter, tone index) of a toned vowel among the rows above.
pub(crate) fn split_tone(c: char) -> Option<(char, usize)> {
    ROWS.iter()
        .find_map(|(base, toned)| toned.iter().position(|&t| t == c).map(|i| (*base, i)))
}

pub(crate) fn with_tone(base: char, tone: usize) -> Option<char> {
    ROWS.iter()
        .find(|(b, _)| *b == base)
        .map(|(_, toned)| toned[tone])
}

/// The word with its tone moved to old-style placement, or `None` when the
/// word needs no change.
pub fn fold_tone_placement(word: &[char]) -> Option<Vec<char>> {
    let n = word.len();
    if n < 2 {
        return None;
    }
    let (first, second) = (word[n - 2], word[n - 1]);
    let (base2, tone) = split_tone(second)?;
    let pair_ok = match (first.to_ascii_lowercase(), base2.to_ascii_lowercase()) {
        ('o', 'a') | ('o', 'e') => true,
        // "quý" is "qu" + "ý": its tone is where it belongs.
        ('u', 'y') => !(n >= 3 && matches!(word[n - 3], 'q' | 'Q')),
        _ => false,
    };
    if !pair_ok || !matches!(first, 'o' | 'O' | 'u' | 'U') {
        return None;
    }
    let mut out = word.to_vec();
    out[n - 2] = with_tone(first, tone)?;
    out[n - 1] = base2;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let w: Vec<char> = s.chars().collect();
        fold_tone_placement(&w).map_or_else(|| s.to_string(), |v| v.into_iter().collect())
    }

    #[test]
    fn moves_tone_to_old_place() {
        assert_eq!(fold("hoà"), "hòa");
        assert_eq!(fold("Hoà"), "Hòa");
        assert_eq!(fold("thuỷ"), "thủy");
        assert_eq!(fold("khoẻ"), "khỏe");
        assert_eq!(fold("HOÀ"), "HÒA");
        assert_eq!(fold("hoạ"), "họa");
    }

    #[test]
    fn leaves_other_words() {
        for w in [
            "hòa", "quý", "Quý", "hoàn", "tuyến", "và", "a", "thủy", "hoa", "Huy",
        ] {
            assert_eq!(fold(w), w);
        }
    }
}
