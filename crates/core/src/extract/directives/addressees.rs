//! Addressees of a directive: the bodies and people a task is given to
//! ("Sở Tài chính", "các sở, ban, ngành", "Các Bộ: Quốc phòng, Công an").

use std::ops::Range;

use crate::lexicon;

/// Words an addressee phrase may contain besides capitalized words.
const ADDRESSEE_WORDS: &[&str] = &[
    "các",
    "cấp",
    "ủy",
    "chính",
    "quyền",
    "sở",
    "ban",
    "ngành",
    "địa",
    "phương",
    "đơn",
    "vị",
    "cơ",
    "quan",
    "tỉnh",
    "huyện",
    "thị",
    "xã",
    "thành",
    "phố",
    "đảng",
    "cán",
    "sự",
    "đoàn",
    "nhân",
    "dân",
    "tham",
    "mưu",
    "trực",
    "thuộc",
    "chuyên",
    "trách",
    "giúp",
    "việc",
    "tổ",
    "chức",
    "chính",
    "trị",
    "hội",
    "và",
    "lực",
    "lượng",
    "quản",
    "lý",
    "thị",
    "trường",
    "doanh",
    "nghiệp",
    "từng",
    "bộ",
    "ngành,",
    "mặt",
    "trận",
    "quốc",
    "đồng",
    "chí",
    "thường",
    "vụ",
    "ủy",
    "ban",
    "hội",
    "đồng",
    "người",
    "đứng",
    "đầu",
    "liên",
    "quan",
    "cấp",
    "trên",
    "địa",
    "bàn",
    "thủ",
    "trưởng",
    "tướng",
    "đốc",
    "tịch",
    "thư",
];

/// The addressee phrase that starts at `at`: bodies and people, up to the
/// first word that is not part of one.
pub(super) fn addressee_phrase(text: &str, at: usize, limit: usize) -> Option<Range<usize>> {
    let (items, start, end) = addressees_at(text, at, limit);
    (!items.is_empty() && start <= end).then_some(start..end)
}

/// The addressees that start at `at`: bodies the lexicon knows ("Sở Nông
/// nghiệp và Môi trường", "Bộ Chỉ huy Quân sự tỉnh") and other runs of
/// capitalized or body words ("các sở, ban, ngành"), separated by commas or
/// "và". A directive verb opening the phrase ("Giao …") is skipped.
fn addressees_at(text: &str, at: usize, limit: usize) -> (Vec<String>, usize, usize) {
    // Callers point just past a verb; make that a valid, in-range place.
    let limit = crate::text::floor_char(text, limit);
    let mut at = at.min(limit);
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let start = at;
    let mut pos = at;
    for verb in [
        "Giao ",
        "giao ",
        "Đề nghị ",
        "đề nghị ",
        "Yêu cầu ",
        "yêu cầu ",
    ] {
        if text[pos..limit].starts_with(verb) {
            pos += verb.len();
        }
    }
    if let Some((items, end)) = ministries(text, pos, limit) {
        return (items, start, end);
    }
    let mut items: Vec<String> = Vec::new();
    let mut end = pos;
    loop {
        let window = &text[pos..crate::text::floor_char(text, limit.min(pos + 240))];
        let body = lexicon::body_prefix(window);
        let mut item_end = pos;
        if let Some((r, _)) = body {
            item_end = pos + r.end;
        }
        // Words that go on the item: "tỉnh", a place name, "các sở, ngành".
        loop {
            let rest = &text[item_end..limit];
            let lead = usize::from(item_end > pos && rest.starts_with(' '));
            let w_start = item_end + lead;
            let w_rest = &text[w_start..limit];
            let wlen = w_rest
                .find([' ', ';', '.', ':', '(', ','])
                .unwrap_or(w_rest.len());
            let w = &w_rest[..wlen];
            let ok = !w.is_empty()
                && w != "và"
                && (w.chars().next().is_some_and(|c| c.is_uppercase())
                    || ADDRESSEE_WORDS.contains(&w.to_lowercase().as_str()));
            if !ok || (item_end > pos && lead == 0) {
                break;
            }
            item_end = w_start + wlen;
        }
        if item_end == pos {
            break;
        }
        let item = text[pos..item_end].trim();
        if !item.is_empty() {
            items.push(item.to_string());
        }
        end = item_end;
        let rest = &text[item_end..limit];
        if let Some(r) = rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(" và "))
            .or_else(|| rest.strip_prefix("; "))
        {
            pos = limit - r.len();
        } else {
            break;
        }
    }
    // Only what looks like an addressee: capitalized, or "các …", "cấp …".
    items.retain(|x| {
        x.chars().next().is_some_and(char::is_uppercase)
            || x.starts_with("các")
            || x.starts_with("cấp")
    });
    (items, start, end)
}

/// The addressees of a phrase found by [`addressee_phrase`].
pub(super) fn split_addressees(s: &str) -> Vec<String> {
    addressees_at(s, 0, s.len()).0
}

/// "Các Bộ: Nông nghiệp và Môi trường, Công Thương", "Các Bộ Quốc phòng,
/// Công an", "Các Bộ Xây dựng và Công an": one "Bộ" shared by a list of
/// ministries the lexicon knows, each given back whole ("Bộ Công an").
/// Returns the ministries and where the list ends.
fn ministries(text: &str, at: usize, limit: usize) -> Option<(Vec<String>, usize)> {
    let rest = &text[at..limit];
    let after = rest
        .strip_prefix("Các Bộ")
        .or_else(|| rest.strip_prefix("các Bộ"))?;
    let lead = after.len() - after.trim_start_matches([':', ' ']).len();
    let mut pos = limit - after.len() + lead;
    let mut items = Vec::new();
    let mut end = pos;
    loop {
        let window = &text[pos..crate::text::floor_char(text, limit.min(pos + 120))];
        let candidate = format!("Bộ {window}");
        let Some((r, body)) = lexicon::body_prefix(&candidate) else {
            break;
        };
        let len = r.end.saturating_sub("Bộ ".len());
        if len == 0 || !window.is_char_boundary(len) {
            break;
        }
        items.push(body.name.to_string());
        pos += len;
        end = pos;
        let rest = &text[pos..limit];
        match rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(" và "))
            .or_else(|| rest.strip_prefix("; "))
        {
            Some(r) => pos = limit - r.len(),
            None => break,
        }
    }
    (!items.is_empty()).then_some((items, end))
}
