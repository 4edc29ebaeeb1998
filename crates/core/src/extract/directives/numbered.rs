//! Numbered tasks of a conclusion, resolution, directive or Công điện:
//! items "1.", "1.1.", lettered sub-items "a)", the part headings above
//! them, the lead-in that names their addressees, and the paragraph after
//! the last item that assigns work.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::addressees::{addressee_phrase, split_addressees};
use super::{deadlines, directive_verb_at, unnumbered};
use crate::extract::context::Context;
use crate::lexicon;
use crate::model::Directive;
use crate::text::fold_ws;

/// An item number at the start of a paragraph: "1.", "1.1.", "2.3.1", "2)".
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})(?P<mark>\.|\)|/)?(?-u:\s)+")
        .expect("valid pattern")
});

static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:PHẦN(?-u:\s)+)?(?P<num>I{1,3}|IV|V|VI{1,3}|IX|X)(?-u:\s)*[.\-–)/:](?-u:\s)*")
        .expect("valid pattern")
});

/// A lettered sub-item: "a)", "b)", "đ)".
static LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<let>[a-zđ])\)(?-u:\s)+").expect("valid pattern"));

/// The length of the item mark that opens a paragraph ("1.1. ", "a) "), or 0.
fn mark_len(line: &str) -> usize {
    ITEM.find(line)
        .or_else(|| LETTER.find(line))
        .map_or(0, |m| m.end())
}

#[derive(Debug)]
struct Item {
    /// "1", "2.3", and "1.a" for the lettered sub-item "a)" of item 1.
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

pub(super) fn numbered(
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
        // "V/V …" (về việc) opens a Công điện's title, not part V.
        let subject_line = line.starts_with("V/V") || line.starts_with("V/v");
        if let Some(c) = SECTION.captures(line).filter(|_| !subject_line) {
            let heading = &line[c.get(0).expect("m").end()..];
            section_task = is_task_section(heading);
            section_seen = true;
            headings.clear();
            section_start.push(*i);
            continue;
        }
        let numeric = ITEM
            .captures(line)
            .filter(|c| c["num"].contains('.') || c.name("mark").is_some());
        // "a)" under the last numbered item is one level below it.
        let lettered = numeric.is_none().then(|| LETTER.captures(line)).flatten();
        if numeric.is_some() || lettered.is_some() {
            let (num, mark_end) = match (&numeric, &lettered) {
                (Some(c), _) => (c["num"].to_string(), c.get(0).expect("m").end()),
                (None, Some(c)) => {
                    let parent = items
                        .iter()
                        .rev()
                        .find(|it| !it.number.contains(|c: char| c.is_alphabetic()));
                    let n = match parent {
                        Some(p) => format!("{}.{}", p.number, &c["let"]),
                        None => c["let"].to_string(),
                    };
                    (n, c.get(0).expect("m").end())
                }
                (None, None) => continue,
            };
            let level = num.split('.').count();
            // An item that is only a heading ("1. Đánh giá chung") heads its
            // part like a numbered section: its sub-items, and the item
            // itself, are tasks only if the heading announces tasks.
            let own = line[mark_end..].trim();
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
    // Each item's addressees, for its sub-items that name none.
    let mut given: HashMap<String, Vec<String>> = HashMap::new();
    for (k, it) in items.iter().enumerate() {
        if !it.section_task {
            continue;
        }
        // A parent of sub-items heads them; it is a task itself only when
        // its own words ask for work beyond naming the addressees ("1. Chủ
        // tịch UBND các tỉnh tiếp tục tập trung chỉ đạo …, trong đó:").
        let parent = items.get(k + 1).is_some_and(|n| {
            n.level > it.level && n.number.starts_with(&format!("{}.", it.number))
        });
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
        // "7. Về đề nghị …:" heads the paragraph after it, even a "Giao …" one.
        let heads_body = text[ctx.paragraphs[it.para].clone()]
            .trim_end()
            .ends_with(':');
        for (i, p) in paras[from..].iter().take_while(|(i, _)| *i < stop) {
            let line = text[p.clone()].trim_start();
            if heads_body && last == it.para {
                last = *i;
                continue;
            }
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
        let body_start = start + mark_len(&text[start..end]);
        let item_text = fold_ws(&text[body_start..end]);
        let addressees = own_addressees(ctx, body_start, end)
            .or_else(|| {
                let up = it.number.rsplit_once('.')?.0;
                given.get(up).filter(|a| !a.is_empty()).cloned()
            })
            .unwrap_or_else(|| lead_ins.for_item(ctx, it.para));
        given.insert(it.number.clone(), addressees.clone());
        if parent && !carries_task(text, body_start, end) {
            continue;
        }
        // A heading-only item: short and without a task.
        if item_text.split(' ').count() < 8
            && (item_text.ends_with(':') || !item_text.contains(' '))
        {
            continue;
        }
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
    lead_in_directives(ctx, &items, issuer, &mut out);
    crate::sort::by_key(&mut out, |(_, r)| r.start);
    out
}

/// The addressees an item names itself: a body opening it ("Sở Tài chính
/// chủ trì …", "Các Bộ: Quốc phòng, Công an …"), or the ones it hands work
/// to ("… giao Ban cán sự đảng … chỉ đạo").
fn own_addressees(ctx: &Context, body_start: usize, end: usize) -> Option<Vec<String>> {
    let text = ctx.text;
    addressee_phrase(text, body_start, end)
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
}

/// Whether a parent item's own words ask for work beyond naming its
/// addressees: five words or more after them, and, when it ends with ":"
/// (a list of addressees often does), a long sentence.
fn carries_task(text: &str, body_start: usize, end: usize) -> bool {
    let own = text[body_start..end].trim_end();
    // "1. Về kinh tế - xã hội": a topic.
    // "… thực hiện tốt các nội dung sau:": a lead-in of its sub-items.
    let lead_in = own.ends_with("sau:") || own.ends_with("sau đây:");
    if own.starts_with("Về ") || lead_in || own.split_whitespace().count() < 8 {
        return false;
    }
    let from = addressee_phrase(text, body_start, end).map_or(body_start, |r| r.end);
    let rest = text[from.min(end)..end].split_whitespace().count();
    // "… tiếp tục tập trung chỉ đạo khắc phục hậu quả, trong đó:" gives
    // work and then details it.
    let details = own.ends_with("trong đó:") || own.ends_with("nhất là:");
    rest >= 5 && (!own.ends_with(':') || details || own.split_whitespace().count() >= 25)
}

/// Lead-in sentences that ask for work themselves (not just "…sau:").
fn lead_in_directives(
    ctx: &Context,
    items: &[Item],
    issuer: Option<&str>,
    out: &mut Vec<(Directive, Range<usize>)>,
) {
    let text = ctx.text;
    let first_item_para = items
        .iter()
        .find(|i| i.section_task)
        .map(|i| i.para)
        .unwrap_or(0);
    let lead = lead_in_paragraph(ctx, first_item_para);
    if let Some(lp) = lead {
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
                out.push(unnumbered(
                    ctx,
                    st,
                    r,
                    addressees,
                    issuer.map(str::to_string),
                ));
            }
        }
    }
}

/// An item that opens with a body the lexicon knows ("Văn phòng Tỉnh ủy
/// theo dõi …", "Bộ Chỉ huy Quân sự tỉnh chủ trì …").
fn item_starts_with_body(s: &str) -> bool {
    let window = &s[..crate::text::floor_char(s, 160)];
    lexicon::body_prefix(window).is_some()
        || s.starts_with("Các ")
        || s.starts_with("Giao ")
        || OFFICE_HOLDERS.iter().any(|t| s.starts_with(t))
}

/// Office holders a task is given to ("Bí thư, Chủ tịch Ủy ban nhân dân các
/// tỉnh …", "Giám đốc các sở …").
const OFFICE_HOLDERS: &[&str] = &[
    "Bí thư",
    "Chủ tịch",
    "Giám đốc",
    "Bộ trưởng",
    "Thủ trưởng",
    "Người đứng đầu",
];

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
            // A lead-in announces the list ("… các nhiệm vụ sau:"); a
            // paragraph between items that asks for work is not one.
            directive_verb_at(ctx, ctx.paragraphs[i].clone()).is_some()
                && !ITEM.is_match(t)
                && !LETTER.is_match(t)
                && t.trim_end().ends_with(':')
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
