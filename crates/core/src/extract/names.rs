//! Vietnamese personal names and the title phrases around them.
//!
//! A name is a run of capitalized syllables that opens with a family name
//! ("Bùi Thị Quỳnh Vân"); a title phrase is a title head from the lexicon
//! ("Phó Chủ tịch") extended over the body it governs ("Thường trực UBND
//! tỉnh Khánh Hòa").

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon;

/// Whether `w` is a capitalized word: an upper-case letter then lower-case ones.
pub fn is_capitalized(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => {
            let rest: Vec<char> = cs.collect();
            !rest.is_empty() && rest.iter().all(|c| c.is_lowercase() || *c == '\'')
        }
        _ => false,
    }
}

/// Words of a capitalized run starting at byte `at` of `text`: byte ranges.
pub fn capitalized_run(text: &str, at: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = at;
    loop {
        let rest = &text[pos..];
        let len = rest
            .find(|c: char| !c.is_alphabetic() && c != '\'')
            .unwrap_or(rest.len());
        if len == 0 || !is_capitalized(&rest[..len]) {
            break;
        }
        out.push(pos..pos + len);
        pos += len;
        // Words are joined by exactly one space.
        if text[pos..].starts_with(' ') && text[pos + 1..].starts_with(|c: char| c.is_uppercase()) {
            pos += 1;
        } else {
            break;
        }
    }
    out
}

/// First words of province names and their variants ("Hà", "Khánh", "TP"):
/// only a run that opens with one can open with a province.
static PROVINCE_FIRST_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    lexicon::provinces()
        .iter()
        .flat_map(|p| p.variants.iter().copied().chain(std::iter::once(p.name)))
        .filter_map(|v| v.split([' ', '-', '.']).next())
        .map(str::to_lowercase)
        .collect()
});

/// First words of title heads, folded: a cheap test before the lexicon.
static TITLE_FIRST_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    lexicon::title_heads()
        .iter()
        .filter_map(|t| t.split(' ').next())
        .map(str::to_lowercase)
        .collect()
});

fn first_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !crate::text::is_word_char(c) && c != '\'' && c != '/')
        .unwrap_or(text.len());
    &text[..end]
}

/// Whether a title head may start at the beginning of `text`.
pub fn may_open_title(text: &str) -> bool {
    let w = first_word(text);
    !w.is_empty() && TITLE_FIRST_WORDS.contains(&*crate::text::lower(w))
}

/// Places that look like names ("Lâm Đồng", "Hà Tĩnh") open with a province.
fn province_prefix_len(text: &str, words: &[Range<usize>]) -> usize {
    if !PROVINCE_FIRST_WORDS.contains(&*crate::text::lower(&text[words[0].clone()])) {
        return 0;
    }
    let joined = &text[words[0].start..words[words.len() - 1].end];
    for (r, _) in lexicon::find_provinces(joined) {
        if r.start == 0 {
            // How many words the province name covers.
            return words
                .iter()
                .take_while(|w| w.end - words[0].start <= r.end)
                .count();
        }
    }
    0
}

/// The name inside a capitalized run, if any: the words from a family name
/// to the end of the run, 2 to 4 syllables; a place or body that opens the
/// run ("Hà Tĩnh Võ Trọng Hải", "Kỳ Anh Đặng Văn Thành") is left out.
pub fn name_in_run(text: &str, words: &[Range<usize>]) -> Option<Range<usize>> {
    if words.len() < 2 {
        return None;
    }
    let skip = province_prefix_len(text, words);
    let words = &words[skip..];
    if words.len() < 2 {
        return None;
    }
    let n = words.len();
    let surname_at = |i: usize| lexicon::is_surname(&text[words[i].clone()]);
    if n <= 4 && surname_at(0) {
        return Some(words[0].start..words[n - 1].end);
    }
    // A longer run: the last family name that leaves 3 or 4 syllables.
    (0..n)
        .rev()
        .find(|&i| (3..=4).contains(&(n - i)) && surname_at(i))
        .map(|i| words[i].start..words[n - 1].end)
}

/// A full name that opens `s` ("Nguyễn Hải Ninh"), as a slice of `s`.
pub fn full_name_at(s: &str) -> Option<&str> {
    let words = capitalized_run(s, 0);
    let r = name_in_run(s, &words)?;
    (r.start == 0).then(|| &s[r])
}

/// Lower-case words that belong to a title's body ("Phó Chủ tịch Thường trực
/// UBND tỉnh", "Bí thư Ban cán sự đảng").
const BODY_WORDS: &[&str] = &[
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "thị",
    "xã",
    "quận",
    "phường",
    "ủy",
    "đảng",
    "nhân",
    "dân",
    "ban",
    "cán",
    "sự",
    "thường",
    "trực",
    "vụ",
    "chấp",
    "hành",
    "trung",
    "ương",
    "quốc",
    "hội",
    "chính",
    "phủ",
    "đồng",
    "mặt",
    "trận",
    "tổ",
    "bộ",
    "sở",
    "cục",
    "công",
    "an",
    "quân",
    "biên",
    "phòng",
    "chỉ",
    "huy",
    "đoàn",
    "đại",
    "biểu",
    "khóa",
    "trị",
    "kiểm",
    "tra",
    "văn",
    "tuyên",
    "giáo",
    "dân",
    "vận",
    "nội",
    "chính",
    "tổ",
    "chức",
    "việt",
    "nam",
    "đảng",
    "ủy",
    "viên",
    "thư",
    "ký",
    "lao",
    "động",
    "nông",
    "liên",
    "hiệp",
    "phụ",
    "nữ",
    "cựu",
    "chiến",
    "binh",
    "thanh",
    "niên",
    "hải",
    "quan",
    "thuế",
    "kho",
    "bạc",
    "nhà",
    "nước",
    "ngân",
    "hàng",
    "kinh",
    "tế",
    "khu",
    "quản",
    "lý",
    "xây",
    "dựng",
    "tài",
    "chính",
    "kế",
    "hoạch",
    "đầu",
    "tư",
    "nghiệp",
    "phát",
    "triển",
    "môi",
    "trường",
    "y",
    "giáo",
    "dục",
    "đào",
    "tạo",
    "giao",
    "thông",
    "vận",
    "tải",
    "thương",
    "khoa",
    "học",
    "nguyên",
    "thông",
    "tin",
    "truyền",
    "du",
    "lịch",
    "thể",
    "thao",
    "hóa",
    "tư",
    "pháp",
    "ngoại",
    "cấp",
    "trưởng",
    "phó",
    "thủ",
    "tướng",
    "tịch",
    "nghị",
    "tư",
    "lệnh",
    "vùng",
];

fn is_body_word(w: &str) -> bool {
    BODY_WORDS.contains(&w)
}

fn is_abbreviation(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c == '&' || c == '-' || c.is_ascii_digit())
}

/// The title phrase that starts at byte `at` of `text` (which must open
/// with a title head), as a byte range. It ends before a name, a verb or
/// punctuation.
pub fn title_phrase_at(text: &str, at: usize) -> Option<Range<usize>> {
    if !may_open_title(&text[at..]) {
        return None;
    }
    let (head, _) = lexicon::title_head_prefix(&text[at..])?;
    let mut end = at + head.end;
    // "Giám đốc Sở" + "Nông nghiệp và Môi trường": a head that ends inside
    // a body the lexicon knows takes the whole body.
    for (i, _) in text[at..end].match_indices(' ') {
        let ws = at + i + 1;
        let window = &text[ws..crate::text::floor_char(text, ws + 160)];
        if let Some((r, _)) = lexicon::body_prefix(window) {
            let e = ws + r.end;
            if e > end
                && text[e..]
                    .chars()
                    .next()
                    .is_none_or(|c| !crate::text::is_word_char(c))
            {
                end = e;
            }
            break;
        }
    }
    // "Trưởng phòng thuế XNK": a division named in small letters up to
    // its abbreviation.
    if text[at..end].ends_with("phòng") {
        end = division_end(text, end);
    }
    loop {
        let rest = &text[end..];
        // "Trưởng phòng thuế XNK (Cục Hải quan Hải Phòng) Nguyễn Ngọc
        // Khánh": the office in parentheses belongs to the title.
        if rest.starts_with(" (") {
            match parenthesis_before_name(text, end + 1) {
                Some(e) => {
                    end = e;
                    continue;
                }
                None => break,
            }
        }
        if !rest.starts_with(' ') {
            break;
        }
        let wstart = end + 1;
        // A body the lexicon knows, read whole: "Sở Nông nghiệp và Môi
        // trường", "Sở Dân tộc và Tôn giáo".
        if let Some((r, _)) =
            lexicon::body_prefix(&text[wstart..crate::text::floor_char(text, wstart + 160)])
        {
            let e = wstart + r.end;
            if text[e..]
                .chars()
                .next()
                .is_none_or(|c| !crate::text::is_word_char(c))
            {
                end = e;
                continue;
            }
        }
        let wlen = text[wstart..]
            .find([' ', ',', ';', '.', ':', ')', '(', '\n'])
            .unwrap_or(text.len() - wstart);
        if wlen == 0 {
            break;
        }
        let w = &text[wstart..wstart + wlen];
        if is_capitalized(w) {
            // A name starts here: the title ends before it.
            let run = capitalized_run(text, wstart);
            if let Some(name) = name_in_run(text, &run) {
                if name.start == wstart {
                    break;
                }
                // A place before the name belongs to the title.
                end = name.start - 1;
                break;
            }
            end = run.last().map_or(wstart + wlen, |r| r.end);
            continue;
        }
        if is_abbreviation(w) || is_body_word(w) {
            end = wstart + wlen;
            continue;
        }
        break;
    }
    // Trailing "và", "của" never end a title.
    Some(at..end)
}

/// "thuế XNK" after "Trưởng phòng": up to three small words and the
/// abbreviation that ends them; `end` itself when there is none.
fn division_end(text: &str, end: usize) -> usize {
    let mut pos = end;
    for _ in 0..4 {
        let Some(rest) = text[pos..].strip_prefix(' ') else {
            return end;
        };
        let wlen = rest
            .find([' ', ',', ';', '.', ':', ')', '(', '\n'])
            .unwrap_or(rest.len());
        let w = &rest[..wlen];
        if w.is_empty() {
            return end;
        }
        pos += 1 + wlen;
        if is_abbreviation(w) {
            return pos;
        }
        if !w.chars().all(|c| c.is_lowercase()) {
            return end;
        }
    }
    end
}

/// The end of "(Cục Hải quan Hải Phòng)" at `open` when a full name follows
/// it: the title's office, written between the title and the name.
fn parenthesis_before_name(text: &str, open: usize) -> Option<usize> {
    let window = &text[open..crate::text::floor_char(text, open + 120)];
    let close = window.find(')')?;
    let after = open + close + 1;
    let name_at = after + 1;
    (text[after..].starts_with(' ') && full_name_at(&text[name_at..]).is_some()).then_some(after)
}

/// Title phrases that start exactly at `at` and follow each other,
/// separated by ", " ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy").
pub fn title_list_at(text: &str, at: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = at;
    while let Some(r) = title_phrase_at(text, pos) {
        pos = r.end;
        out.push(r);
        let rest = &text[pos..];
        if let Some(stripped) = rest.strip_prefix(", ") {
            pos += rest.len() - stripped.len();
        } else if let Some(stripped) = rest.strip_prefix(" kiêm ") {
            pos += rest.len() - stripped.len();
        } else {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(full_name_at("Nguyễn Hải Ninh"), Some("Nguyễn Hải Ninh"));
        assert_eq!(
            full_name_at("Bùi Thị Quỳnh Vân, Bí thư"),
            Some("Bùi Thị Quỳnh Vân")
        );
        assert_eq!(full_name_at("Tỉnh ủy Khánh Hòa"), None);
        assert_eq!(full_name_at("Khánh Hòa"), None);
        let t = "Hà Tĩnh Võ Trọng Hải";
        assert_eq!(
            &t[name_in_run(t, &capitalized_run(t, 0)).unwrap()],
            "Võ Trọng Hải"
        );
    }

    #[test]
    fn titles() {
        let t = "Bí thư Tỉnh ủy Nghiêm Xuân Thành làm việc";
        assert_eq!(&t[title_phrase_at(t, 0).unwrap()], "Bí thư Tỉnh ủy");
        let t = "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Khánh Hòa làm việc với";
        let l: Vec<&str> = title_list_at(t, 0).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            l,
            vec!["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Khánh Hòa"]
        );
        let t = "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải";
        assert_eq!(
            &t[title_phrase_at(t, 0).unwrap()],
            "Chủ tịch UBND tỉnh Hà Tĩnh"
        );
        let t = "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh thay mặt";
        assert_eq!(
            &t[title_phrase_at(t, 0).unwrap()],
            "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"
        );
    }
}
