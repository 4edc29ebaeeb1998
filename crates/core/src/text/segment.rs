//! Paragraphs, sentences and clauses of the clean text, as byte ranges.

use std::ops::Range;

/// Paragraphs: the clean text has one per line.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            if i > start {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Abbreviations that end with a dot inside a sentence.
const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "tp", "TS", "ThS", "GS", "PGS", "BS", "KS", "Th", "St", "Q", "P", "H", "TX", "TT",
    "ĐT", "QL", "Mr", "Ms", "Dr", "v.v", "vv",
];

/// Sentences of one paragraph. A sentence ends at ".", "!", "?" or "…"
/// followed by a space and a capital letter, a digit or a quote — not after
/// an abbreviation, an initial ("T.SỸ") or an item number ("1.1.").
pub fn sentences(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[para.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    // Byte by byte: the marks are ASCII or "…" (E2 80 A6), so nothing else
    // needs decoding.
    let mut at = 0;
    while at < bytes.len() {
        let i = at;
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0xA6]) => '…',
            _ => {
                at += 1;
                continue;
            }
        };
        let after = i + c.len_utf8();
        // Runs like "..." or "?!" end together.
        let mut end = after;
        while let Some(d) = s[end..]
            .chars()
            .next()
            .filter(|d| matches!(d, '.' | '!' | '?' | '…' | '"' | '”' | ')'))
        {
            end += d.len_utf8();
        }
        at = end;
        if end >= s.len() {
            break;
        }
        if bytes[end] != b' ' {
            continue;
        }
        let next = s[end..].trim_start().chars().next();
        let opens = next.is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '(' | '-')
        });
        if !opens {
            continue;
        }
        if c == '.' {
            let before = &s[start..i];
            let word = before.rsplit([' ', '(', '/']).next().unwrap_or("");
            if ABBREVIATIONS.contains(&word) || is_initial(word) || is_item_number(before.trim()) {
                continue;
            }
        }
        out.push(para.start + start..para.start + end);
        start = end + 1;
        while start < s.len() && bytes[start] == b' ' {
            start += 1;
        }
    }
    if start < s.len() {
        out.push(para.start + start..para.end);
    }
    out
}

/// "T", "Th", "N.V" — an initial of a name.
fn is_initial(word: &str) -> bool {
    let n = word.chars().count();
    (1..=2).contains(&n) && word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// "1", "1.1", "2.3.1", "I", "IV", "a", "b)" — an item number.
pub fn is_item_number(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 12
        && (s.chars().all(|c| c.is_ascii_digit() || c == '.')
            || s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
            || (s.chars().count() == 1 && s.chars().all(|c| c.is_ascii_lowercase())))
}

/// Clauses of a sentence: split at ";" outside parentheses.
pub fn clauses(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[sentence.clone()];
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    // Bytes: the three marks are ASCII, never inside a multi-byte character.
    for (i, c) in s.bytes().enumerate() {
        match c {
            b'(' => depth += 1,
            b')' => depth = (depth - 1).max(0),
            b';' if depth == 0 => {
                if i > start {
                    out.push(sentence.start + start..sentence.start + i);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < s.len() {
        out.push(sentence.start + start..sentence.end);
    }
    out.into_iter()
        .map(|r| trim_range(text, r))
        .filter(|r| !r.is_empty())
        .collect()
}

/// The range without surrounding spaces.
pub fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<&str> {
        sentences(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn splits_sentences() {
        assert_eq!(
            sents("Thu ngân sách tăng. Xuất khẩu giảm 2,1%. Ảnh: T.SỸ"),
            vec!["Thu ngân sách tăng.", "Xuất khẩu giảm 2,1%.", "Ảnh: T.SỸ"]
        );
    }

    #[test]
    fn keeps_item_numbers_and_abbreviations() {
        assert_eq!(
            sents("1.1. Tiếp tục đổi mới."),
            vec!["1.1. Tiếp tục đổi mới."]
        );
        assert_eq!(
            sents("Tại TP. Hồ Chí Minh có mưa."),
            vec!["Tại TP. Hồ Chí Minh có mưa."]
        );
        assert_eq!(
            sents("Thu tăng 1.5 lần. tiếp"),
            vec!["Thu tăng 1.5 lần. tiếp"]
        );
    }

    #[test]
    fn clauses_split_at_semicolons_outside_parentheses() {
        let s = "thu 17.500 tỷ (nội địa 8.100; XNK 9.400); chi 9.000 tỷ";
        let c: Vec<&str> = clauses(s, 0..s.len()).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            c,
            vec!["thu 17.500 tỷ (nội địa 8.100; XNK 9.400)", "chi 9.000 tỷ"]
        );
    }
}
