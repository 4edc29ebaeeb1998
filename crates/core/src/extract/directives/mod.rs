//! Directives: who must do what, by when.
//!
//! In a conclusion, resolution or directive document every numbered task is
//! one directive ("1.", "1.1.", "2.3."); its text runs to the next number of
//! the same or a higher level. Items that only head their sub-items, and the
//! items of a part that assesses results ("I. ĐÁNH GIÁ KẾT QUẢ …"), are not
//! tasks. An unnumbered paragraph after the last item that assigns work
//! ("Giao các cơ quan …") is a directive of its own. Addressees come from the
//! item or from the lead-in ("Ban Chấp hành Đảng bộ tỉnh giao Ban Thường vụ
//! Tỉnh ủy, … thực hiện tốt một số nhiệm vụ sau:").
//!
//! In news, each sentence in which someone "đề nghị", "yêu cầu", "giao",
//! "chỉ đạo" or "lưu ý" somebody to do something is one directive.

mod addressees;
mod numbered;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::Context;
use crate::model::{Directive, DocKind};
use crate::text::fold_ws;
use crate::values::date::DateRole;
use addressees::{addressee_phrase, split_addressees};
use numbered::numbered;

/// A directive verb: a speech act asking someone to act.
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(đề nghị|yêu cầu|giao|chỉ đạo|lưu ý|kêu gọi)").expect("valid pattern")
});

/// Words right before a verb that make it a noun or a report of the past.
const NOUN_MARKERS: &[&str] = &[
    "sự",
    "công tác",
    "theo",
    "đáp ứng",
    "bảo đảm",
    "đảm bảo",
    "các",
    "những",
    "với",
    "lãnh đạo,",
    "lãnh đạo",
    "Ban",
    "ban",
    "kiến nghị,",
    "được",
    "đã",
    "nhận",
    "bàn",
    "trong",
    "về",
    "phát biểu",
    "của",
    "có",
    "và",
    "thực hiện",
    "chủ trương",
    "mọi",
    "là",
    "nhiệm vụ",
    "chính sách",
    "tăng cường",
    "đúng",
    "vượt",
    "kịp thời",
    "chưa",
    "phương án",
    "đáng",
    "để",
    "tập trung",
    "trọng tâm",
    "đạt",
];

/// Words right after a verb that make it part of another word or a noun.
const NOUN_FOLLOWERS: &[&str] = &[
    "nhận",
    "thông",
    "lưu",
    "dịch",
    "ban",
    "của",
    "khác",
    "điều hành",
    "tiếp",
    "đất",
    "kế hoạch",
    "chỉ tiêu",
    "dự toán",
    "nhiệm vụ",
    "trách nhiệm",
    "quyền",
    "thương",
    "hàng",
    "và",
    "đã",
    "tại",
    "nêu",
    "trên",
    "cao",
    "mới",
    "đặt",
    "thực hiện nhiệm vụ",
    "vốn",
];

pub fn is_directive_verb(sentence: &str, at: usize, len: usize) -> bool {
    let before = sentence[..at].trim_end();
    let after = sentence[at + len..].trim_start();
    let verb = sentence[at..at + len].to_lowercase();
    if at == 0 || before.is_empty() {
        // Imperative at the start of a sentence: "Đề nghị UBND tỉnh …",
        // "Yêu cầu Sở … chủ trì", "Chỉ đạo lực lượng …".
        return !NOUN_FOLLOWERS.iter().any(|f| after.starts_with(f))
            && !after.starts_with(['.', ',', ':']);
    }
    // Only the last words before the verb matter.
    let before_l =
        before[crate::text::floor_char(before, before.len().saturating_sub(48))..].to_lowercase();
    // "trong đó có yêu cầu các ngành …": "có" before a verb with its
    // addressees is "has asked", not "there is a requirement".
    let addressed = after.starts_with("các ") || after.starts_with(char::is_uppercase);
    if NOUN_MARKERS.iter().any(|m| {
        before_l.ends_with(m)
            && before_l[..before_l.len() - m.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_word_char(c))
            && !(*m == "có" && addressed)
    }) {
        return false;
    }
    // A past or passive instruction reported ("đã tích cực, tập trung chỉ
    // đạo …", "được tập trung chỉ đạo").
    let recent: Vec<&str> = before_l
        .rsplit([' ', ','])
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    if recent.contains(&"đã") || recent.contains(&"được") {
        return false;
    }
    // "chỉ đạo, điều hành": a noun in a list.
    if verb != "lưu ý" && after.starts_with(',') {
        return false;
    }
    if NOUN_FOLLOWERS.iter().any(|f| {
        after.starts_with(f)
            && after[f.len()..]
                .chars()
                .next()
                .is_none_or(|c| !crate::text::is_word_char(c))
    }) {
        return false;
    }
    // "giao thông", "giao thừa", "giao lưu": one word with "giao".
    let giao_compound = [
        "thông", "lưu", "thừa", "dịch", "ban", "nhận", "tiếp", "hàng", "thương", "kết", "đất",
        "khoán", "điểm", "hữu", "diện", "lộ", "thoa", "mùa",
    ];
    let compound = giao_compound.iter().any(|w| {
        after.starts_with(w)
            && after[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !crate::text::is_word_char(c))
    });
    if verb == "giao" && compound {
        return false;
    }
    // "dự án kêu gọi đầu tư": investment promotion, not an appeal.
    if verb == "kêu gọi" && (after.starts_with("đầu tư") || after.starts_with("vốn")) {
        return false;
    }
    // Followed by an addressee, a modal or another verb — not by punctuation.
    !after.is_empty() && !after.starts_with(['.', ';', ')', '('])
}

/// Byte range of the first directive verb in the sentence, if any.
#[cfg(test)]
fn directive_verb(sentence: &str) -> Option<Range<usize>> {
    directive_verb_in(sentence, &crate::text::lower(sentence))
}

/// The directive verb that byte range `r` of the clean text opens with or
/// contains first, relative to `r.start`.
pub(super) fn directive_verb_at(ctx: &Context, r: Range<usize>) -> Option<Range<usize>> {
    directive_verb_in(&ctx.text[r.clone()], &ctx.lower[r])
}

/// [`directive_verb`] with `sentence` lowercased already (same offsets): the
/// pattern is in small letters.
fn directive_verb_in(sentence: &str, lower: &str) -> Option<Range<usize>> {
    VERB.find_iter(lower)
        .find(|m| {
            crate::text::whole_word(sentence, &m.range())
                && is_directive_verb(sentence, m.start(), m.len())
        })
        .map(|m| m.range())
}

/// A directive without an item number: its text `t` (the words of clean
/// range `r`), whom it addresses and who gives it.
pub(super) fn unnumbered(
    ctx: &Context,
    t: &str,
    r: Range<usize>,
    addressees: Vec<String>,
    issuer: Option<String>,
) -> (Directive, Range<usize>) {
    (
        Directive {
            text: fold_ws(t),
            addressees,
            issuer,
            deadlines: deadlines(ctx, &r),
            number: None,
            span: ctx.span(r.clone()),
        },
        r,
    )
}

/// Deadlines the text sets within `range`: "trong tháng 10/2024", "trong Quý
/// II/2024", "trong năm 2024", "vào năm 2030", "cuối năm 2024", "trước ngày
/// 30/6", "(dự kiến trong tháng 7/2024)". Plan horizons ("đến năm 2030,
/// tầm nhìn …") and periods of plans ("giai đoạn 2021 - 2025") are not.
pub fn deadlines(ctx: &Context, range: &Range<usize>) -> Vec<String> {
    let text = ctx.text;
    let mut out: Vec<String> = Vec::new();
    for d in ctx.dates_in(range) {
        if d.role == DateRole::Span {
            continue;
        }
        let own = text[d.range.clone()].to_lowercase();
        let before =
            text[crate::text::floor_char(text, range.start.max(d.range.start.saturating_sub(40)))
                ..d.range.start]
                .to_lowercase();
        let cue_in_date = own.starts_with("trong ") || own.starts_with("cuối ");
        let cue_before = [
            "vào ",
            "trong ",
            "trước ",
            "chậm nhất ",
            "dự kiến ",
            "hạn ",
            "đến ngày ",
            "trước ngày ",
            "từ nay đến ",
        ]
        .iter()
        .any(|c| before.ends_with(c));
        let cue_before = cue_before && !before.ends_with("đến năm ");
        if !(cue_in_date || cue_before) {
            continue;
        }

        let mut resolved = ctx.resolve(d);
        // "đến hết năm 2025": by the year's last month, like "cuối năm".
        if own.starts_with("hết ") && resolved.grain == crate::values::date::Grain::Year {
            resolved.end_of = true;
        }
        if let Some(iso) = resolved.iso() {
            if !out.contains(&iso) {
                out.push(iso);
            }
        }
    }
    out
}

pub fn extract(
    ctx: &Context,
    kind: DocKind,
    body_end: usize,
    issuer: Option<&str>,
    skip: Option<Range<usize>>,
) -> Vec<(Directive, Range<usize>)> {
    let items = if matches!(
        kind,
        DocKind::Conclusion | DocKind::Resolution | DocKind::Directive | DocKind::Other
    ) {
        numbered(ctx, body_end, issuer)
    } else {
        Vec::new()
    };
    if !items.is_empty() {
        return items;
    }
    sentences(ctx, body_end, issuer, skip)
}

fn sentences(
    ctx: &Context,
    body_end: usize,
    issuer: Option<&str>,
    skip: Option<Range<usize>>,
) -> Vec<(Directive, Range<usize>)> {
    let text = ctx.text;
    let mut out = Vec::new();
    // A lead that ends with a colon ("Chủ tịch UBND tỉnh giao:"): its
    // speaker, and the last paragraph that gave one of its tasks.
    let mut lead: Option<(Option<String>, usize)> = None;
    let mut consumed_para: Option<usize> = None;
    for s in &ctx.sentences {
        if s.range.start >= body_end
            || skip
                .as_ref()
                .is_some_and(|k| k.start <= s.range.start && s.range.end <= k.end)
        {
            continue;
        }
        if consumed_para == Some(s.para) {
            continue;
        }
        // The tasks under a lead, one paragraph each, given to the body
        // that opens it ("Sở Tài chính khẩn trương …", "- Sở Xây dựng …").
        if let Some((speaker, last)) = lead.clone() {
            let p = ctx.paragraphs[s.para].clone();
            match lead_task(ctx, s.para, last, &p) {
                Some(addressees) if p.start == s.range.start => {
                    let t = &text[p.clone()];
                    out.push(unnumbered(ctx, t, p, addressees, speaker.clone()));
                    lead = Some((speaker, s.para));
                    consumed_para = Some(s.para);
                    continue;
                }
                _ if s.para > last => lead = None,
                _ => {}
            }
        }
        let st = &text[s.range.clone()];
        // Conditionals, legal bases, past events and captions ask nobody to
        // act; a topic header ("Về đề nghị …:") only heads the words after
        // its colon.
        let from = match crate::lexicon::non_directive_opening(&ctx.lower[s.range.clone()]) {
            None => 0,
            Some("topic") => match st.find(':') {
                Some(c) => c + 1,
                None => continue,
            },
            // A caption is short; a long "sentence" is a caption run into
            // the paragraph after it ("Ảnh: N.D Theo đó, … yêu cầu …").
            Some("caption") if st.split_whitespace().count() > 25 => 0,
            Some(_) => continue,
        };
        // "Bộ Y tế: Khẩn trương hỗ trợ …": a task given to the body before
        // the colon, without a verb of asking.
        if let Some(addressees) = body_task(ctx, &s.range) {
            out.push(unnumbered(
                ctx,
                st,
                s.range.clone(),
                addressees,
                issuer.map(str::to_string),
            ));
            continue;
        }
        let Some(v) = directive_verb_at(ctx, s.range.start + from..s.range.end)
            .map(|v| v.start + from..v.end + from)
        else {
            continue;
        };
        let r = s.range.clone();
        let addressees = addressee_phrase(text, r.start + v.end + 1, r.end)
            .map(|a| split_addressees(&text[a]))
            .unwrap_or_default();
        let speaker = speaker(&st[..v.start]).or_else(|| issuer.map(str::to_string));
        if st.trim_end().ends_with(':') && r.end == ctx.paragraphs[s.para].end {
            lead = Some((speaker.clone(), s.para));
        }
        out.push(unnumbered(ctx, st, r, addressees, speaker));
    }
    out
}

/// The addressees of a task paragraph right after a lead (paragraph `last`
/// or the one after the last task): the body that opens it, if the
/// lexicon knows it ("Sở Tài chính khẩn trương …", "- Các sở, ngành …").
fn lead_task(ctx: &Context, para: usize, last: usize, p: &Range<usize>) -> Option<Vec<String>> {
    if para != last + 1 {
        return None;
    }
    let line = &ctx.text[p.clone()];
    let bullet = line.len() - line.trim_start_matches(['-', '+', '•', ' ']).len();
    let start = p.start + bullet;
    let window = &ctx.text[start..crate::text::floor_char(ctx.text, (start + 160).min(p.end))];
    let opens_with_body = crate::lexicon::body_prefix(window).is_some()
        || window.starts_with("Các Bộ")
        || window.starts_with("Các sở");
    if !opens_with_body {
        return None;
    }
    let a = addressee_phrase(ctx.text, start, p.end)
        .map(|r| split_addressees(&ctx.text[r]))
        .unwrap_or_default();
    Some(a)
}

/// The body a "BODY: Task verb …" sentence gives work to ("Bộ Y tế:
/// Khẩn trương …", "Các Bộ: Quốc phòng, Công an: Chỉ đạo …").
fn body_task(ctx: &Context, r: &Range<usize>) -> Option<Vec<String>> {
    let st = &ctx.text[r.clone()];
    let colon = st[..crate::text::floor_char(st, 160)].find(": ")?;
    let head = &st[..colon];
    let known = crate::lexicon::body_prefix(head).is_some_and(|(b, _)| b.end == head.len())
        || head.starts_with("Các Bộ");
    if !known || !crate::lexicon::opens_with_task_verb(&ctx.lower[r.start + colon + 2..r.end]) {
        return None;
    }
    let a = addressee_phrase(ctx.text, r.start, r.start + colon)
        .map(|a| split_addressees(&ctx.text[a]))
        .unwrap_or_default();
    Some(a)
}

/// The subject before the verb, without a leading adverbial clause.
fn speaker(before: &str) -> Option<String> {
    let b = before.trim().trim_end_matches(',').trim();
    let b = b.rsplit(", ").next().unwrap_or(b).trim();
    let n = b.split(' ').count();
    ((1..=10).contains(&n)
        && b.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || b.starts_with("đồng chí")))
    .then(|| b.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Prepared;

    fn verbs(s: &str) -> bool {
        directive_verb(s).is_some()
    }

    #[test]
    fn directive_verbs() {
        assert!(verbs(
            "Bí thư Tỉnh ủy đề nghị Ban cán sự đảng tiếp tục giữ đoàn kết."
        ));
        assert!(verbs("Yêu cầu Sở Tài chính chủ trì rà soát."));
        assert!(verbs(
            "UBND tỉnh vừa có văn bản chỉ đạo các sở, ngành triển khai."
        ));
        assert!(verbs("Chủ tịch UBND tỉnh lưu ý, cần tạo mọi điều kiện."));
    }

    #[test]
    fn not_directive_verbs() {
        assert!(!verbs("công tác lãnh đạo, chỉ đạo được tăng cường."));
        assert!(!verbs(
            "Chủ tịch UBND tỉnh phát biểu chỉ đạo tại buổi làm việc."
        ));
        assert!(!verbs("hoàn thành công tác giao nhận quân."));
        assert!(!verbs("bằng 102,6% dự toán Trung ương giao."));
        assert!(!verbs("đáp ứng yêu cầu nhiệm vụ trong tình hình mới."));
        assert!(!verbs(
            "Ban Thường vụ đã tích cực, tập trung chỉ đạo triển khai."
        ));
        assert!(!verbs("theo đề nghị của Sở Nội vụ."));
    }

    #[test]
    fn deadlines_from_cues() {
        let p = Prepared::new("Phấn đấu hoàn thành trong tháng 10/2024; báo cáo trong Quý II/2024; thực hiện Chương trình đến năm 2030, tầm nhìn đến năm 2045; đưa tỉnh lên thành phố vào năm 2030.");
        let mut ctx = Context::new(&p, None);
        ctx.infer_year(&crate::text::mask::Mask::default());
        let r = 0..p.text.len();
        assert_eq!(deadlines(&ctx, &r), vec!["2024-10", "2024-Q2", "2030"]);
    }
}
