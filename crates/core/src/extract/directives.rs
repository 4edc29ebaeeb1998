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

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::Context;
use crate::lexicon;
use crate::model::{Directive, DocKind};
use crate::text::fold_ws;
use crate::values::date::DateRole;

static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})(?P<mark>\.|\)|/)?(?-u:\s)+")
        .expect("valid pattern")
});

static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:PHẦN(?-u:\s)+)?(?P<num>I{1,3}|IV|V|VI{1,3}|IX|X)(?-u:\s)*[.\-–)/:](?-u:\s)*")
        .expect("valid pattern")
});

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
    if NOUN_MARKERS.iter().any(|m| {
        before_l.ends_with(m)
            && before_l[..before_l.len() - m.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_word_char(c))
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
fn directive_verb_at(ctx: &Context, r: Range<usize>) -> Option<Range<usize>> {
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
];

/// The addressee phrase that starts at `at`: bodies and people, up to the
/// first word that is not part of one.
fn addressee_phrase(text: &str, at: usize, limit: usize) -> Option<Range<usize>> {
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
fn split_addressees(s: &str) -> Vec<String> {
    addressees_at(s, 0, s.len()).0
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

        if let Some(iso) = ctx.resolve(d).iso() {
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

#[derive(Debug)]
struct Item {
    number: String,
    level: usize,
    para: usize,
    section_task: bool,
}

/// Whether a part's heading announces tasks rather than an assessment.
fn is_task_section(heading: &str) -> bool {
    let h = heading.to_lowercase();
    let tasks = [
        "nhiệm vụ",
        "phương hướng",
        "giải pháp",
        "tổ chức thực hiện",
        "thời gian tới",
        "thời gian đến",
        "kiến nghị",
        "đề xuất",
        "chỉ đạo",
    ];
    let assess = ["đánh giá", "kết quả", "tình hình"];
    tasks.iter().any(|t| h.contains(t))
        && !(assess.iter().any(|a| h.contains(a))
            && !h.contains("phương hướng")
            && !h.contains("trọng tâm"))
        || h.contains("tổ chức thực hiện")
}

fn numbered(
    ctx: &Context,
    body_end: usize,
    issuer: Option<&str>,
) -> Vec<(Directive, Range<usize>)> {
    let text = ctx.text;
    let paras: Vec<(usize, Range<usize>)> = ctx
        .paragraphs
        .iter()
        .cloned()
        .enumerate()
        .filter(|(_, p)| p.end <= body_end.min(ctx.prep.footnotes_start))
        .collect();
    let mut items: Vec<Item> = Vec::new();
    let mut section_task = true;
    let mut section_seen = false;
    let mut section_start: Vec<usize> = Vec::new();
    // Heading-only items above the current one: (level, announces tasks).
    let mut headings: Vec<(usize, bool)> = Vec::new();
    for (i, p) in &paras {
        let line = &text[p.clone()];
        if let Some(c) = SECTION.captures(line) {
            let heading = &line[c.get(0).expect("m").end()..];
            section_task = is_task_section(heading);
            section_seen = true;
            headings.clear();
            section_start.push(*i);
            continue;
        }
        if let Some(c) = ITEM.captures(line) {
            let num = c["num"].to_string();
            let level = num.split('.').count();
            // "8 tháng đầu năm …" opens a sentence; "8." or "2.1" opens an item.
            if level == 1 && c.name("mark").is_none() {
                continue;
            }
            // An item that is only a heading ("1. Đánh giá chung") heads its
            // part like a numbered section: its sub-items, and the item
            // itself, are tasks only if the heading announces tasks.
            let own = line[c.get(0).expect("m").end()..].trim();
            let heading = own.split(' ').count() <= 12 && !own.ends_with(['.', ';']);
            let assessing = heading && !is_task_section(own) && {
                let h = own.to_lowercase();
                ["đánh giá", "kết quả", "tình hình"]
                    .iter()
                    .any(|w| h.contains(w))
            };
            while headings.last().is_some_and(|(l, _)| *l >= level) {
                headings.pop();
            }
            let inherited = headings.iter().all(|(_, task)| *task);
            if heading {
                headings.push((level, !assessing));
            }
            items.push(Item {
                number: num,
                level,
                para: *i,
                section_task: (section_task || !section_seen) && inherited && !assessing,
            });
        }
    }
    if items.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut lead_ins = LeadIns::default();
    for (k, it) in items.iter().enumerate() {
        if !it.section_task {
            continue;
        }
        // A parent of sub-items only heads them.
        if items
            .get(k + 1)
            .is_some_and(|n| n.level > it.level && n.number.starts_with(&format!("{}.", it.number)))
        {
            continue;
        }
        // A leaf item runs to the next item (of any level: a deeper one would
        // have made this item a parent), a part heading, or the end of the body.
        let next_para = items.get(k + 1).map_or(usize::MAX, |n| n.para);
        let next_section = section_start
            .iter()
            .copied()
            .find(|&s| s > it.para)
            .unwrap_or(usize::MAX);
        let stop = next_para.min(next_section);
        let mut last = it.para;
        // Items are in text order: the next one tells.
        let is_last_item = items.get(k + 1).is_none_or(|n| n.para >= next_section);
        let mut trailing: Vec<usize> = Vec::new();
        let from = paras.partition_point(|(i, _)| *i <= it.para);
        for (i, p) in paras[from..].iter().take_while(|(i, _)| *i < stop) {
            let line = text[p.clone()].trim_start();
            if is_last_item
                && (line.starts_with("Giao ")
                    || line.starts_with("Đề nghị ")
                    || line.starts_with("Yêu cầu "))
            {
                trailing.push(*i);
                continue;
            }
            if !trailing.is_empty() {
                trailing.push(*i);
                continue;
            }
            last = *i;
        }
        let start = ctx.paragraphs[it.para].start;
        let end = ctx.paragraphs[last].end;
        let own = &text[start..end];
        let body_start = start + ITEM.find(own).map_or(0, |m| m.end());
        let item_text = fold_ws(&text[body_start..end]);
        // A heading-only item: short and without a task.
        if item_text.split(' ').count() < 8
            && (item_text.ends_with(':') || !item_text.contains(' '))
        {
            continue;
        }
        let addressees = addressee_phrase(text, body_start, end)
            .filter(|r| {
                text[r.clone()].split(' ').count() >= 2 && item_starts_with_body(&text[r.clone()])
            })
            .map(|r| split_addressees(&text[r]))
            // "… giao Ban cán sự đảng … chỉ đạo": the item names its own addressees.
            .or_else(|| {
                // Only a hand-over names new addressees; "chỉ đạo các sở …"
                // is the task given to the lead-in's addressees.
                let v = directive_verb_at(ctx, body_start..end).filter(|v| {
                    !text[body_start + v.start..body_start + v.end]
                        .to_lowercase()
                        .starts_with("chỉ")
                })?;
                let a = addressee_phrase(text, body_start + v.end + 1, end)?;
                Some(split_addressees(&text[a])).filter(|x| !x.is_empty())
            })
            .unwrap_or_else(|| lead_ins.for_item(ctx, it.para));
        let range = start..end;
        out.push((
            Directive {
                text: item_text,
                addressees,
                issuer: issuer.map(str::to_string),
                deadlines: deadlines(ctx, &range),
                number: Some(it.number.clone()),
                span: ctx.span(range.clone()),
            },
            range,
        ));
        if !trailing.is_empty() {
            let s = ctx.paragraphs[trailing[0]].start;
            let e = ctx.paragraphs[*trailing.last().expect("non-empty")].end;
            let t = fold_ws(&text[s..e]);
            let verb_end = t.find(' ').unwrap_or(0) + 1;
            let addressees = addressee_phrase(text, s + verb_end, e)
                .map(|r| split_addressees(&text[r]))
                .unwrap_or_default();
            out.push((
                Directive {
                    text: t,
                    addressees,
                    issuer: issuer.map(str::to_string),
                    deadlines: deadlines(ctx, &(s..e)),
                    number: None,
                    span: ctx.span(s..e),
                },
                s..e,
            ));
        }
    }
    // Lead-in sentences that ask for work themselves (not just "…sau:").
    let first_item_para = items
        .iter()
        .find(|i| i.section_task)
        .map(|i| i.para)
        .unwrap_or(0);
    let lead = lead_in_paragraph(ctx, first_item_para);
    if let Some(lp) = lead {
        let pr = ctx.paragraphs[lp].clone();
        for s in ctx.sentences.iter().filter(|s| s.para == lp) {
            let st = &text[s.range.clone()];
            if st.trim_end().ends_with(':') {
                continue;
            }
            if let Some(v) = directive_verb_at(ctx, s.range.clone()) {
                let r = s.range.clone();
                let addressees = addressee_phrase(text, r.start + v.end + 1, r.end)
                    .map(|a| split_addressees(&text[a]))
                    .unwrap_or_default();
                out.push((
                    Directive {
                        text: fold_ws(st),
                        addressees,
                        issuer: issuer.map(str::to_string),
                        deadlines: deadlines(ctx, &r),
                        number: None,
                        span: ctx.span(r.clone()),
                    },
                    r,
                ));
            }
        }
        let _ = pr;
    }
    crate::sort::by_key(&mut out, |(_, r)| r.start);
    out
}

/// An item that opens with a body the lexicon knows ("Văn phòng Tỉnh ủy
/// theo dõi …", "Bộ Chỉ huy Quân sự tỉnh chủ trì …").
fn item_starts_with_body(s: &str) -> bool {
    let window = &s[..crate::text::floor_char(s, 160)];
    lexicon::body_prefix(window).is_some() || s.starts_with("Các ") || s.starts_with("Giao ")
}

/// The paragraph before the first task item that hands out the work.
fn lead_in_paragraph(ctx: &Context, first_item_para: usize) -> Option<usize> {
    (first_item_para.saturating_sub(3)..first_item_para)
        .rev()
        .find(|&i| directive_verb_at(ctx, ctx.paragraphs[i].clone()).is_some())
}

/// The addressees of the lead-in above numbered items ("Đề nghị các sở,
/// ngành:"), remembered per paragraph: every item of a long list asks for
/// the same lead-in.
#[derive(Default)]
struct LeadIns {
    /// Per paragraph, once looked at: whether it is a lead-in.
    is_lead_in: HashMap<usize, bool>,
    /// Per lead-in paragraph: its addressees.
    addressees: HashMap<usize, Vec<String>>,
}

impl LeadIns {
    fn for_item(&mut self, ctx: &Context, item_para: usize) -> Vec<String> {
        let is_lead_in = |i: usize| {
            let t = &ctx.text[ctx.paragraphs[i].clone()];
            directive_verb_at(ctx, ctx.paragraphs[i].clone()).is_some() && !ITEM.is_match(t)
        };
        let Some(lp) = (item_para.saturating_sub(40)..item_para)
            .rev()
            .find(|&i| *self.is_lead_in.entry(i).or_insert_with(|| is_lead_in(i)))
        else {
            return Vec::new();
        };
        self.addressees
            .entry(lp)
            .or_insert_with(|| {
                let p = ctx.paragraphs[lp].clone();
                directive_verb_at(ctx, p.clone())
                    .and_then(|v| addressee_phrase(ctx.text, p.start + v.end + 1, p.end))
                    .map(|r| split_addressees(&ctx.text[r]))
                    .unwrap_or_default()
            })
            .clone()
    }
}

fn sentences(
    ctx: &Context,
    body_end: usize,
    issuer: Option<&str>,
    skip: Option<Range<usize>>,
) -> Vec<(Directive, Range<usize>)> {
    let text = ctx.text;
    let mut out = Vec::new();
    for s in &ctx.sentences {
        if s.range.start >= body_end
            || skip
                .as_ref()
                .is_some_and(|k| k.start <= s.range.start && s.range.end <= k.end)
        {
            continue;
        }
        let st = &text[s.range.clone()];
        let Some(v) = directive_verb_at(ctx, s.range.clone()) else {
            continue;
        };
        let r = s.range.clone();
        let addressees = addressee_phrase(text, r.start + v.end + 1, r.end)
            .map(|a| split_addressees(&text[a]))
            .unwrap_or_default();
        let speaker = speaker(&st[..v.start]).or_else(|| issuer.map(str::to_string));
        out.push((
            Directive {
                text: fold_ws(st),
                addressees,
                issuer: speaker,
                deadlines: deadlines(ctx, &r),
                number: None,
                span: ctx.span(r.clone()),
            },
            r,
        ));
    }
    out
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
