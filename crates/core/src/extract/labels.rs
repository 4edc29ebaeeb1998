//! The name of an indicator: the noun phrase of its variable, not the clause
//! around it.
//!
//! The words before a figure are a clause ("Bí thư Tỉnh ủy đánh giá cao
//! các con số như GRDP"); the card's title is the variable ("GRDP"). Rules,
//! in the order they apply ([`noun_phrase`]):
//! - **head**: the last indicator phrase of the metric lexicon
//!   (`lexicon/data/metrics.tsv`) anchors the name, joined by the phrases
//!   before it that no verb separates from it ("tăng trưởng … GRDP") and by
//!   pre-modifiers ("tổng", "tỷ lệ"); the name runs from there to the first
//!   verb, reporting word or list lead-in after the head
//!   (`lexicon/data/label_cues.tsv`, roles `boundary`, `lead_in`);
//! - **no head**: the name is what follows the last verb or lead-in (what
//!   precedes the first one if nothing follows);
//! - **edges**: no function word at either end, no generic place at the end
//!   ("trên địa bàn tỉnh");
//! - **spelled acronym**: "tổng sản phẩm quốc nội GRDP" → "GRDP";
//! - **subject place**: "Hà Tĩnh có diện tích …" → "diện tích … Hà Tĩnh";
//! - **length**: at most [`MAX_WORDS`] words.
//!
//! Where the statement's name is made of two pieces (a counted noun, a part
//! of a whole, a place), [`combine`] says which piece names the variable.

use std::ops::Range;

use crate::lexicon::{find_label_cues, find_metric_phrases, CueRole};
use crate::text::fold_ws;

/// Cue words of a label, as byte ranges with their role.
type Cues = Vec<(Range<usize>, CueRole)>;

/// A card title longer than this is a clause, not a name.
pub const MAX_WORDS: usize = 12;

/// A label with a head of at most this many words is not shortened to
/// its heads.
const SHORT_WORDS: usize = 12;

/// A label without a head of at most this many words is kept whole.
const SHORT_HEADLESS: usize = 7;

fn words_in(s: &str) -> usize {
    s.split(' ').filter(|w| !w.is_empty()).count()
}

/// How two pieces of a statement's name relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Join {
    /// The words before the figure and the noun it counts ("… 65 xã đạt chuẩn").
    Counted,
    /// A part of the statement named before ("trong đó …", "gồm …").
    Part,
    /// A part named without its variable ("Nhật Bản 3.605 triệu USD" after
    /// "kim ngạch xuất khẩu …").
    Borrowed,
    /// A variant of the statement before ("nếu tính cả vốn bổ sung …").
    Variant,
    /// A place the figure belongs to ("Tại khu vực Hà Giang, …").
    Place,
    /// The field a variable belongs to ("Đáng chú ý trong trồng trọt, giá
    /// cà phê …").
    Field,
}

/// The name of the variable in `label` (the words before a figure, with
/// dates and parentheses cut out).
pub(super) fn noun_phrase(label: &str) -> String {
    let label = label.trim();
    if label.is_empty() {
        return String::new();
    }
    let (heads, cues) = read(label);
    // "tỷ lệ lấp đầy các khu công nghiệp như Khu công nghiệp X": what
    // follows "như" after a named variable is an example of it.
    if let Some(ex) = cues
        .iter()
        .find(|(r, role)| *role == CueRole::Example && heads.iter().any(|h| h.end <= r.start))
    {
        return noun_phrase(&label[..ex.0.start]);
    }
    let stops = |role: CueRole| {
        matches!(
            role,
            CueRole::Boundary | CueRole::LeadIn | CueRole::Example | CueRole::Aux
        )
    };
    let (mut a, mut b);
    let place;
    let bounds: Vec<&Range<usize>> = cues
        .iter()
        .filter(|(_, role)| stops(*role))
        .map(|(r, _)| r)
        .collect();
    // After a head an aspect or voice marker opens its relative clause.
    let ends: Vec<&Range<usize>> = cues
        .iter()
        .filter(|(_, role)| stops(*role) && *role != CueRole::Aux)
        .map(|(r, _)| r)
        .collect();
    if let Some(last) = heads.last() {
        let mut first = last.start;
        // Heads no verb separates from the last one belong to the name.
        for h in heads.iter().rev().skip(1) {
            if ends.iter().any(|r| r.start >= h.end && r.end <= first) {
                break;
            }
            first = h.start;
        }
        // The name's stretch: from the verb or lead-in before its heads to
        // the first one after them.
        a = bounds
            .iter()
            .filter(|r| r.end <= first)
            .map(|r| r.end)
            .max()
            .unwrap_or(0);
        b = ends
            .iter()
            .filter(|r| r.start >= last.end)
            .map(|r| r.start)
            .min()
            .unwrap_or(label.len());
        // A long stretch starts at its heads (or the pre-modifiers before them).
        let (ta, tb) = trim_edges(label, a, b, &cues);
        if words_in(&label[ta..tb]) > SHORT_WORDS {
            // The first pre-modifier or head of the stretch opens the name.
            let pre = cues
                .iter()
                .filter(|(r, role)| *role == CueRole::Pre && r.start >= a && r.end <= first)
                .map(|(r, _)| r.start)
                .min();
            let head = heads.iter().map(|h| h.start).filter(|&h| h >= a).min();
            a = pre.into_iter().chain(head).min().unwrap_or(first);
        }
        // Only a name that opens with its head follows a subject place.
        let (ta, _) = trim_edges(label, a, b, &cues);
        let opens_with_head = heads.iter().any(|h| h.start == ta)
            || cues
                .iter()
                .any(|(r, role)| *role == CueRole::Pre && r.start == ta);
        place = if opens_with_head {
            subject_place(label, a, &cues)
        } else {
            None
        };
    } else {
        a = bounds.last().map_or(0, |r| r.end);
        b = label.len();
        if !names_something(&label[a..b], &cues, a..b) {
            a = 0;
            b = bounds.first().map_or(label.len(), |r| r.start);
        }
        // A short label names its variable as it stands.
        let (ta, tb) = trim_edges(label, 0, label.len(), &cues);
        if words_in(&label[ta..tb]) <= SHORT_HEADLESS {
            (a, b) = (ta, tb);
        }
        place = None;
    }
    let (a2, b2) = trim_edges(label, a, b, &cues);
    (a, b) = (a2, b2);
    let mut text = drop_spelled(label, a..b);
    if let Some(p) = place {
        if !text.contains(p) {
            text = format!("{text} {p}");
        }
    }
    cap_words(&fold_ws(&text))
}

/// The indicator phrases of a label, outside the names of bodies ("Sở Tài
/// chính", "Bộ Nông nghiệp và Môi trường" name no variable) and of sectors;
/// and its cues outside those phrases: a cue inside a head is part of the
/// name ("tốc độ tăng GRDP", "tăng trưởng kinh tế"). The lexicons are read
/// once per label.
fn read(label: &str) -> (Vec<Range<usize>>, Cues) {
    let all = find_label_cues(label);
    // Bodies are written with capitals ("Sở", "UBND"): a label without one
    // names none.
    let bodies: Vec<Range<usize>> = if label.chars().any(char::is_uppercase) {
        crate::lexicon::find_bodies(label)
            .into_iter()
            .map(|(r, _)| r)
            .collect()
    } else {
        Vec::new()
    };
    let qualifiers: Vec<Range<usize>> = all
        .iter()
        .filter(|(_, role)| *role == CueRole::Qualifier)
        .map(|(r, _)| r.clone())
        .collect();
    let overlaps = |r: &Range<usize>, of: &[Range<usize>]| {
        of.iter().any(|b| r.start < b.end && b.start < r.end)
    };
    let mut heads: Vec<Range<usize>> = find_metric_phrases(label)
        .into_iter()
        .map(|(r, _)| r)
        .filter(|r| !overlaps(r, &bodies) && !overlaps(r, &qualifiers))
        .collect();
    if heads.is_empty() {
        // No indicator phrase: a pre-modifier with a noun after it heads the
        // name ("Chỉ số nhà quản trị mua hàng PMI", "tổng số tiền").
        heads.extend(
            all.iter()
                .filter(|(r, role)| *role == CueRole::Pre && !label[r.end..].trim().is_empty())
                .map(|(r, _)| r.clone())
                .next_back(),
        );
    }
    let cues = all
        .into_iter()
        .filter(|(r, _)| !heads.iter().any(|h| r.start < h.end && h.start < r.end))
        .collect();
    (heads, cues)
}

/// Whether a name opens with a sector or group ("khu vực có vốn đầu tư
/// nước ngoài"): it narrows the variable named before it.
fn is_qualifier(s: &str) -> bool {
    find_label_cues(s)
        .first()
        .is_some_and(|(r, role)| r.start == 0 && *role == CueRole::Qualifier)
}

/// Whether a stretch holds a word that is not a cue.
fn names_something(s: &str, cues: &[(Range<usize>, CueRole)], r: Range<usize>) -> bool {
    let covered: usize = cues
        .iter()
        .filter(|(c, _)| c.start >= r.start && c.end <= r.end)
        .map(|(c, _)| c.end - c.start)
        .sum();
    let letters = s.chars().filter(|c| c.is_alphanumeric()).count();
    letters > 0 && s.trim().len() > covered + (s.len() - s.trim().len())
}

/// Strips function words, verbs and punctuation at both ends and a generic
/// place at the end.
fn trim_edges(label: &str, a: usize, b: usize, cues: &[(Range<usize>, CueRole)]) -> (usize, usize) {
    trim(label, a, b, cues, true)
}

/// [`trim_edges`], with verbs at the ends kept when `verbs` is false (a
/// counted noun's "chỉ tiêu đạt" keeps its "đạt").
fn trim(
    label: &str,
    mut a: usize,
    mut b: usize,
    cues: &[(Range<usize>, CueRole)],
    verbs: bool,
) -> (usize, usize) {
    let cut = |role: &CueRole| match role {
        CueRole::Edge | CueRole::LeadIn | CueRole::Example => true,
        CueRole::Boundary | CueRole::Aux => verbs,
        _ => false,
    };
    let punct =
        |c: char| c.is_whitespace() || matches!(c, ',' | '-' | '.' | ':' | ';' | '…' | '+' | '/');
    loop {
        let before = (a, b);
        let t = &label[a..b];
        let t2 = t.trim_start_matches(punct);
        a += t.len() - t2.len();
        b = a + t2.trim_end_matches(punct).len();
        if let Some((r, _)) = cues
            .iter()
            .find(|(r, role)| r.start == a && r.end <= b && cut(role))
        {
            a = r.end;
        }
        // "… trên địa bàn tỉnh Nghệ An": a generic place and its name.
        if let Some((r, _)) = cues.iter().find(|(r, role)| {
            *role == CueRole::Place
                && r.start > a
                && r.end < b
                && label[r.end..b]
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .all(super::names::is_capitalized)
        }) {
            b = r.start;
        }
        if let Some((r, _)) = cues
            .iter()
            .find(|(r, role)| r.end == b && r.start >= a && (cut(role) || *role == CueRole::Place))
        {
            b = r.start;
        }
        if (a, b) == before || a >= b {
            break;
        }
    }
    if a >= b {
        (a, a)
    } else {
        (a, b)
    }
}

/// The stretch without a spelled-out name that its acronym follows.
fn drop_spelled(label: &str, r: Range<usize>) -> String {
    // Read on every cue: the spelled-out name is often a head itself.
    let cues = find_label_cues(label);
    let spelled = cues.iter().find(|(c, role)| {
        *role == CueRole::Spelled && c.start >= r.start && c.end <= r.end && {
            let next = label[c.end..r.end].trim_start().trim_start_matches('(');
            let word: &str = next.split([' ', ')', ',']).next().unwrap_or("");
            word.chars().count() >= 2
                && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        }
    });
    match spelled {
        Some((c, _)) => format!("{} {}", &label[r.start..c.start], &label[c.end..r.end]),
        None => label[r].to_string(),
    }
}

/// "Hà Tĩnh có diện tích …", "tỉnh Bình Định có tổng diện tích …": a place
/// as the subject before the name, with at most a verb after it.
fn subject_place<'l>(
    label: &'l str,
    head_start: usize,
    cues: &[(Range<usize>, CueRole)],
) -> Option<&'l str> {
    const PLACE_NOUNS: &[&str] = &[
        "tỉnh",
        "thành",
        "phố",
        "tp",
        "huyện",
        "xã",
        "thị",
        "quận",
        "phường",
        "khu",
        "vực",
    ];
    let (a, b) = trim_edges(label, 0, head_start, cues);
    let s = &label[a..b];
    let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    let capital = |w: &&str| super::names::is_capitalized(w);
    let ok = !words.is_empty()
        && words.len() <= 5
        && !matches!(words[0], "Ảnh" | "ảnh" | "Nguồn")
        && words.iter().any(capital)
        && words
            .iter()
            .all(|w| capital(w) || PLACE_NOUNS.contains(&&*crate::text::lower(w)));
    ok.then_some(s)
}

/// At most [`MAX_WORDS`] words, without a function word left at the end.
fn cap_words(s: &str) -> String {
    let (_, cues) = read(s);
    let (a, b) = trim_edges(s, 0, s.len(), &cues);
    let s = &s[a..b];
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    if words.len() <= MAX_WORDS {
        return s.to_string();
    }
    let (last_at, last) = words[MAX_WORDS - 1];
    let mut end = last_at + last.len();
    // Never inside an indicator phrase: a name that is one ("Tổng mức bán lẻ
    // hàng hóa và doanh thu dịch vụ tiêu dùng") stays whole.
    let (heads, _) = read(s);
    if let Some(h) = heads.iter().find(|h| h.start < end && end < h.end) {
        if h.start > 0 {
            end = h.start;
        } else if words_in(&s[..h.end]) <= MAX_WORDS {
            end = h.end;
        }
    }
    let cut = &s[..end];
    let (heads, cues) = read(cut);
    // Cut before the last function word that leaves a name of three words
    // or more ("… ở đồng bằng sông Cửu Long" goes whole or not at all).
    let at_edge = cues
        .iter()
        .filter(|(r, role)| *role == CueRole::Edge && words_in(&cut[..r.start]) >= 3)
        .map(|(r, _)| r.start)
        .next_back();
    let end = match at_edge {
        Some(e) if !heads.iter().any(|h| h.end == cut.len()) => e,
        _ => cut.len(),
    };
    let (a, b) = trim_edges(cut, 0, end, &cues);
    cut[a..b].to_string()
}

/// Whether a name has an indicator phrase of the metric lexicon.
pub(super) fn names_variable(s: &str) -> bool {
    !read(s).0.is_empty()
}

/// A name as it stands, with its edges trimmed and at most [`MAX_WORDS`]
/// words: for a noun named after the figure ("419 hộ đã khởi công xây
/// dựng"), whose verbs are its relative clause, not its end.
pub(super) fn tidy(s: &str) -> String {
    let (_, cues) = read(s);
    let (a, b) = trim(s, 0, s.len(), &cues, true);
    cap_words(&fold_ws(&s[a..b]))
}

/// "m e" when it fits in [`MAX_WORDS`]; else the heads of `m` with `e`;
/// else `e`: the part named last is what tells the statement apart.
fn join_fitting(m: &str, e: &str) -> String {
    // One piece that holds the other is the name ("vùng X" and "vùng X").
    let (lm, le) = (crate::text::lower(m), crate::text::lower(e));
    if lm.contains(&*le) {
        return m.to_string();
    }
    if le.contains(&*lm) {
        return e.to_string();
    }
    let joined = format!("{m} {e}");
    if words_in(&joined) <= MAX_WORDS {
        return joined;
    }
    let (heads, _) = read(m);
    if let (Some(first), Some(last)) = (heads.first(), heads.last()) {
        let core = format!("{} {e}", &m[first.start..last.end]);
        if words_in(&core) <= MAX_WORDS {
            return core;
        }
    }
    e.to_string()
}

/// The name of a statement made of two pieces: `main` (the name before the
/// figure, or the statement before) and `extra` (see [`Join`]); both are
/// names already ([`noun_phrase`], [`tidy`]).
pub(super) fn combine(main: &str, extra: &str, how: Join) -> String {
    // "… 1.500 tỷ đồng để triển khai …": what a sum is for names no variable.
    let purpose = ["để ", "nhằm ", "phục vụ "];
    let lower_extra = crate::text::lower(extra.trim_start());
    if !main.trim().is_empty() && purpose.iter().any(|w| lower_extra.starts_with(w)) {
        return tidy(main);
    }
    let (m, e) = (tidy(main), tidy(extra));
    let (m_head, e_head) = (names_variable(&m), names_variable(&e));
    let text = match how {
        // Both name something: the variable and what it counts go together
        // ("mục tiêu đào tạo nhân lực"); without a head anywhere the counted
        // noun is the name.
        Join::Counted => {
            if m.is_empty() || crate::text::lower(&e).contains(&*crate::text::lower(&m)) {
                e
            } else if e.is_empty() || crate::text::lower(&m).contains(&*crate::text::lower(&e)) {
                m
            } else if !m_head && e_head {
                e
            } else if !m_head && !e_head {
                if words_in(&e) >= 2 {
                    e
                } else {
                    join_fitting(&e, &m)
                }
            } else {
                join_fitting(&m, &e)
            }
        }
        // A part that names its own variable stands alone; one that does
        // not ("khu vực kinh tế trong nước") is a part of the whole's.
        Join::Part => {
            if is_qualifier(&e) && !m.is_empty() {
                join_fitting(&m, &e)
            } else if e_head || m.is_empty() {
                e
            } else if e.is_empty() {
                m
            } else {
                join_fitting(&m, &e)
            }
        }
        Join::Borrowed => join_fitting(&m, &e),
        // "tổng thu ngân sách … (thu nội địa …)": a part that names its own
        // variable stands alone.
        Join::Variant => {
            if e.is_empty() {
                m
            } else if e_head && !is_qualifier(&e) {
                e
            } else {
                format!("{m} ({e})")
            }
        }
        Join::Place => join_fitting(&e, &m),
        // A variable of three words or more says what it is without its field.
        Join::Field => {
            if words_in(&e) >= 3 || m.is_empty() {
                e
            } else {
                join_fitting(&e, &m)
            }
        }
    };
    cap_words(&fold_ws(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_names_the_variable() {
        let cases = [
            ("Bí thư Tỉnh ủy đánh giá cao các con số như GRDP", "GRDP"),
            (
                "tăng trưởng tổng sản phẩm quốc nội GRDP trên địa bàn tỉnh",
                "tăng trưởng GRDP",
            ),
            (
                "quy mô nền kinh tế không ngừng mở rộng",
                "quy mô nền kinh tế",
            ),
            (
                "tỷ lệ lấp đầy các khu công nghiệp như Khu công nghiệp Tân Mỹ",
                "tỷ lệ lấp đầy các khu công nghiệp",
            ),
            (
                "Thị xã đã triển khai các biện pháp thu ngân sách",
                "biện pháp thu ngân sách",
            ),
            (
                "Lượng khách quốc tế đến nước ta cũng tăng vọt",
                "Lượng khách quốc tế đến nước ta",
            ),
        ];
        for (label, want) in cases {
            assert_eq!(noun_phrase(label), want, "{label}");
        }
    }

    #[test]
    fn a_subject_place_follows_the_name() {
        assert_eq!(
            noun_phrase("Hà Giang có diện tích tự nhiên"),
            "diện tích tự nhiên Hà Giang"
        );
        assert_eq!(
            noun_phrase("tỉnh Yên Bái có tổng diện tích tự nhiên"),
            "tổng diện tích tự nhiên tỉnh Yên Bái"
        );
        // A subject that is no place stays out.
        assert_eq!(
            noun_phrase("Công ty có tổng diện tích tự nhiên"),
            "tổng diện tích tự nhiên"
        );
    }

    #[test]
    fn without_a_head_the_words_after_the_last_verb() {
        assert_eq!(
            noun_phrase("toàn huyện đã có thêm nhà văn hóa thôn"),
            "nhà văn hóa thôn"
        );
        assert_eq!(noun_phrase("của các"), "");
        assert_eq!(noun_phrase("đạt"), "");
    }

    #[test]
    fn never_longer_than_twelve_words() {
        let long = "chất lượng hạ tầng giao thông nông thôn miền núi vùng sâu vùng xa biên giới hải đảo của tỉnh ta";
        let got = noun_phrase(long);
        assert!(got.split(' ').count() <= MAX_WORDS, "{got}");
        assert!(!got.ends_with(" của"));
    }

    #[test]
    fn two_pieces() {
        // The words before name the variable, the counted noun does not.
        assert_eq!(
            combine(
                "tổng số doanh nghiệp đang hoạt động",
                "doanh nghiệp",
                Join::Counted
            ),
            "tổng số doanh nghiệp đang hoạt động"
        );
        // The counted noun names the count.
        assert_eq!(
            combine(
                "Thành phố đã có",
                "dự án có vốn đầu tư trong nước",
                Join::Counted
            ),
            "dự án có vốn đầu tư trong nước"
        );
        assert_eq!(
            combine(
                "kim ngạch xuất khẩu",
                "khu vực kinh tế trong nước",
                Join::Part
            ),
            "kim ngạch xuất khẩu khu vực kinh tế trong nước"
        );
        // What a sum is for is no part of its name.
        assert_eq!(
            combine("vốn huy động", "để xây dựng cầu Bến Lở", Join::Counted),
            "vốn huy động"
        );
        assert_eq!(
            combine("kim ngạch xuất khẩu", "Nhật Bản", Join::Borrowed),
            "kim ngạch xuất khẩu Nhật Bản"
        );
        assert_eq!(
            combine("khu vực Hà Giang", "lượng khách", Join::Place),
            "lượng khách khu vực Hà Giang"
        );
        for how in [
            Join::Counted,
            Join::Part,
            Join::Borrowed,
            Join::Variant,
            Join::Place,
        ] {
            assert!(!combine("thu ngân sách", "thu nội địa", how).contains(" - "));
        }
    }
}
