//! The document's own metadata: kind, title, number, issuer, province,
//! date and signer.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::Context;
use super::names;
use crate::lexicon;
use crate::model::{DocKind, Signer};
use crate::text::fold_ws;
use crate::text::mask::Mask;
use crate::values::date::{find_dates, DateExpr, Grain};

/// Headings that name the document's kind, as they open official documents.
const KIND_HEADINGS: &[(&str, DocKind)] = &[
    ("THÔNG BÁO KẾT LUẬN", DocKind::Conclusion),
    ("KẾT LUẬN", DocKind::Conclusion),
    ("NGHỊ QUYẾT", DocKind::Resolution),
    ("CHỈ THỊ", DocKind::Directive),
    ("BÁO CÁO", DocKind::Report),
];

pub struct Meta {
    pub kind: DocKind,
    pub title: Option<String>,
    /// The heading lines' range (the title block).
    pub title_range: Option<Range<usize>>,
    pub number: Option<String>,
    pub issuer: Option<String>,
    pub date: Option<DateExpr>,
    pub signer: Option<Signer>,
    /// Where the closing block (recipients, signature) begins.
    pub body_end: usize,
}

static OWN_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(?-u:\s)*(?:Số|SỐ)(?-u:\s)*:?(?-u:\s)*(?P<num>[0-9]{1,5}(?-u:\s)?[-/](?-u:\s)?(?:[0-9]{4}/)?[A-ZĐ][A-Za-zĐđ0-9/\-]*)")
        .expect("valid pattern")
});

/// " date 2024-01" headers of crawled articles.
static DATE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:\s)*(?i-u:date):?(?-u:\s)*([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")
        .expect("valid pattern")
});

/// A digital-signature stamp "06-07-2024 10:12:17 +07:00" (day first).
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^(?-u:\s)*([0-9]{2})-([0-9]{2})-([0-9]{4})(?-u:\s)+[0-9]{2}:[0-9]{2}(?::[0-9]{2})?",
    )
    .expect("valid pattern")
});

/// A dateline "Khánh Hòa, ngày 06 tháng 7 năm 2024".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let w = crate::text::WORD_CLASS;
    Regex::new(&format!(
        r"(?m)^(?-u:\s)*[{w}][{w} .-]{{1,40}},(?-u:\s)*ngày(?-u:\s)+[0-9]{{1,2}}(?-u:\s)+tháng(?-u:\s)+[0-9]{{1,2}}(?-u:\s)+năm(?-u:\s)+[0-9]{{4}}"
    ))
    .expect("valid pattern")
});

/// "T/M BAN THƯỜNG VỤ", "TM. TỈNH ỦY", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. …".
static SIGNATURE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^(?-u:\s)*(?:T/M|TM\.?|K/T|KT\.?|Q\.|Q/|T/L|TL\.?|TUQ\.?)(?-u:\s)+(?P<body>[^\n]+)$",
    )
    .expect("valid pattern")
});

static RECIPIENTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^(?-u:\s)*Nơi nhận(?-u:\s)*:").expect("valid pattern"));

pub fn extract(ctx: &Context) -> Meta {
    let text = ctx.text;
    let body_end = RECIPIENTS
        .find(text)
        .map(|m| m.start())
        .or_else(|| SIGNATURE_HEAD.find(text).map(|m| m.start()))
        .unwrap_or(ctx.prep.footnotes_start);
    let (kind_heading, title_range) = heading(ctx);
    let signer = signer(ctx);
    let kind = kind_heading.unwrap_or_else(|| {
        if signer.is_some() {
            DocKind::Other
        } else if looks_like_report(ctx) {
            DocKind::Report
        } else {
            DocKind::News
        }
    });
    let title = title_range
        .clone()
        .map(|r| fold_ws(&text[r]))
        .or_else(|| news_headline(ctx));
    let number = OWN_NUMBER
        .captures(&text[..crate::text::floor_char(text, 600)])
        .map(|c| c["num"].chars().filter(|c| !c.is_whitespace()).collect());
    Meta {
        kind,
        title,
        title_range,
        number,
        issuer: issuer(ctx, kind),
        date: own_date(ctx),
        signer,
        body_end,
    }
}

/// The kind heading among the first lines and the title block it opens
/// (the heading and the lines after it up to the first body paragraph).
fn heading(ctx: &Context) -> (Option<DocKind>, Option<Range<usize>>) {
    // A header block of a PDF copy spends many short lines ("|", the
    // national motto) before the heading.
    for (i, p) in ctx.paragraphs.iter().take(24).enumerate() {
        let line = ctx.text[p.clone()].trim();
        // "THÔNG BÁO" over "KẾT LUẬN CỦA …" (the notice of the Government
        // Office conveying a leader's conclusions), perhaps wrapped "KẾT" /
        // "LUẬN CỦA …".
        if line == "THÔNG BÁO" {
            let next: String = ctx
                .paragraphs
                .iter()
                .skip(i + 1)
                .take(2)
                .map(|q| ctx.text[q.clone()].trim())
                .collect::<Vec<_>>()
                .join(" ");
            let n = next.to_uppercase();
            if n.starts_with("KẾT LUẬN") || n.starts_with("KẾT LUẬN") {
                let end = title_block_end(ctx, i);
                return (Some(DocKind::Conclusion), Some(p.start..end));
            }
        }
        let upper_line = line.chars().filter(|c| c.is_lowercase()).count() * 3
            < line.chars().filter(|c| c.is_alphabetic()).count();
        for (h, kind) in KIND_HEADINGS {
            // "THÔNG BÁO KẾT LUẬN" may run on into the title in lower case.
            let Some(rest) = line.strip_prefix(h) else {
                continue;
            };
            let after = rest.chars().next();
            let whole = after.is_none_or(|c| !crate::text::is_word_char(c));
            if whole && (upper_line || after == Some(' ')) {
                return (Some(*kind), Some(p.start..title_block_end(ctx, i)));
            }
        }
    }
    (None, None)
}

/// The end of the title block that paragraph `i` opens: it and the short
/// lines after it, up to the first body paragraph.
fn title_block_end(ctx: &Context, i: usize) -> usize {
    let mut end = ctx.paragraphs[i].end;
    for q in ctx.paragraphs.iter().skip(i + 1).take(6) {
        let l = ctx.text[q.clone()].trim();
        if l.chars().count() > 220 || l.ends_with('.') || l.ends_with(':') {
            break;
        }
        end = q.end;
    }
    end
}

/// A news text's first line when it reads as a headline.
fn news_headline(ctx: &Context) -> Option<String> {
    let p = ctx.paragraphs.first()?;
    let line = ctx.text[p.clone()].trim();
    let n = line.chars().count();
    (n > 5 && n < 200 && !line.ends_with('.'))
        .then(|| fold_ws(line.trim_start_matches("date ").trim()))
}

/// A statistics report: a headline naming the economic situation, no dateline of a meeting.
fn looks_like_report(ctx: &Context) -> bool {
    let Some(p) = ctx.paragraphs.first() else {
        return false;
    };
    let head = ctx.text[p.clone()].to_lowercase();
    head.contains("tình hình kinh tế - xã hội")
        || head.starts_with("báo cáo")
        || head.contains("thống kê")
}

fn issuer(ctx: &Context, kind: DocKind) -> Option<String> {
    if matches!(kind, DocKind::News | DocKind::Other) && ctx.paragraphs.is_empty() {
        return None;
    }
    // "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY" or the signature's "T/M TỈNH ỦY".
    let head: String = ctx
        .paragraphs
        .iter()
        .take(4)
        .map(|p| &ctx.text[p.clone()])
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(at) = head.find("CỦA ") {
        // The capitals after "CỦA" name the issuer; the title goes on in lower case.
        let words: Vec<&str> = head[at + "CỦA ".len()..]
            .split(' ')
            .take_while(|w| {
                !w.is_empty()
                    && !w.chars().any(|c| c.is_lowercase())
                    && !w.contains(['\n', ',', '('])
            })
            .collect();
        // "CỦA PHÓ THỦ TƯỚNG … TẠI BUỔI LÀM VIỆC …" runs on in capitals: a
        // person and an occasion, not a body; the header tells then.
        let all = words.join(" ");
        let known = lexicon::find_bodies(&all)
            .first()
            .filter(|(r, _)| r.start == 0)
            .map(|(r, _)| r.end);
        if let Some(end) = known.filter(|_| words.len() > 6) {
            return Some(sentence_case_body(&all[..end]));
        }
        if !words.is_empty() && words.len() <= 6 {
            return Some(sentence_case_body(&all));
        }
    }
    // "T/M BAN THƯỜNG VỤ" signs for a body; "KT. BỘ TRƯỞNG" for a person.
    if let Some(c) = SIGNATURE_HEAD
        .captures(ctx.text)
        .filter(|c| lexicon::title_head_prefix(&c["body"].to_lowercase()).is_none())
    {
        let body = c["body"].trim();
        // "TM. ỦY BAN NHÂN" / "DÂN": a head cut by a line break.
        let next = ctx.text[c.get(0).expect("m").end()..]
            .trim_start_matches('\n')
            .lines()
            .next()
            .unwrap_or("")
            .trim();
        let joined = format!("{body} {next}");
        let longer = lexicon::find_bodies(&joined)
            .first()
            .is_some_and(|(r, _)| r.start == 0 && r.end > body.len());
        return Some(sentence_case_body(if longer { &joined } else { body }));
    }
    if let Some(body) = header_body(ctx) {
        return Some(body);
    }
    [
        "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
        "BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ",
    ]
    .iter()
    .filter_map(|p| head.find(p).map(|at| (at, *p)))
    .min_by_key(|&(at, _)| at)
    .map(|(_, p)| sentence_case_body(p))
}

/// The issuing body at the top left of a header ("VĂN PHÒNG CHÍNH / PHỦ"),
/// up to the national motto, when the lexicon knows it.
fn header_body(ctx: &Context) -> Option<String> {
    let (body, rest) = header_found(ctx)?;
    // "CỤC THỐNG KÊ TỈNH ĐẮK LẮK": the body and its province.
    let province = lexicon::find_province_mentions(&format!("tỉnh {rest}"))
        .into_iter()
        .next()
        .map(|m| m.province.name);
    Some(match province {
        Some(p) if !rest.is_empty() => format!("{} {p}", body.name),
        _ => body.name.to_string(),
    })
}

/// The level of the header's body ("VĂN PHÒNG CHÍNH PHỦ": central).
fn header_level(ctx: &Context) -> Option<lexicon::BodyLevel> {
    header_found(ctx).map(|(b, _)| b.level)
}

/// The header's body and the words after it.
fn header_found(ctx: &Context) -> Option<(&'static lexicon::Body, String)> {
    let lines: Vec<&str> = ctx
        .paragraphs
        .iter()
        .take(6)
        .map(|p| ctx.text[p.clone()].trim())
        .take_while(|l| {
            !l.starts_with("CỘNG HÒA")
                && !l.starts_with("ĐẢNG CỘNG SẢN")
                && !l.starts_with("Số")
                && !l.starts_with("SỐ")
        })
        .filter(|l| !l.is_empty() && *l != "|" && !l.starts_with('-'))
        .collect();
    let joined = lines.join(" ");
    let letters = joined.chars().filter(|c| c.is_alphabetic()).count();
    let upper = joined.chars().filter(|c| c.is_uppercase()).count();
    if joined.is_empty() || upper * 10 < letters * 9 || joined.split(' ').count() > 10 {
        return None;
    }
    let (r, body) = lexicon::find_bodies(&joined).into_iter().next()?;
    (r.start == 0).then(|| (body, joined[r.end..].trim().to_string()))
}

/// Whether the document comes from a national body (the Government, the
/// Prime Minister, a ministry, the Party's central bodies, the statistics
/// office): its header or the line it is sent from says so.
pub fn is_national(ctx: &Context, kind: DocKind) -> bool {
    if header_level(ctx) == Some(lexicon::BodyLevel::Central) {
        return true;
    }
    let head = &ctx.text[..crate::text::floor_char(ctx.text, 1500)];
    let national_lines = [
        "THỦ TƯỚNG CHÍNH PHỦ",
        "VĂN PHÒNG CHÍNH PHỦ",
        "CHÍNH PHỦ",
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "BỘ CHÍNH TRỊ",
        "BAN BÍ THƯ",
        "TỔNG CỤC THỐNG KÊ",
        "VĂN PHÒNG TRUNG ƯƠNG",
    ];
    let mut lines = head.lines().map(|l| l.trim()).take(24);
    let header = lines.any(|l| {
        national_lines.iter().any(|n| l.starts_with(n))
            || l.starts_with("BỘ ") && l.chars().filter(|c| c.is_lowercase()).count() == 0
    });
    // A statistics report of the national office says so at its start.
    header || kind == DocKind::Report && head.contains("Tổng cục Thống kê")
}

/// "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban Thường vụ Tỉnh ủy": the lexicon's spelling
/// when it knows the body, else first letters capitalized.
fn sentence_case_body(s: &str) -> String {
    if let Some((r, body)) = lexicon::find_bodies(s).into_iter().next() {
        if r.start == 0 && r.end == s.len() {
            return body.name.to_string();
        }
    }
    let lower = s.to_lowercase();
    let mut out = String::new();
    for (i, w) in lower.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let keep_lower = matches!(
            w,
            "vụ" | "ủy" | "sự" | "đảng" | "hành" | "bộ" | "dân" | "nhân" | "và"
        ) && i > 0;
        if keep_lower && !(w == "ủy" && out.ends_with("Tỉnh ")) {
            out.push_str(w);
        } else {
            let mut cs = w.chars();
            if let Some(f) = cs.next() {
                out.extend(f.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
    }
    out
}

/// The document's own date: a "date YYYY-MM" header, a signature stamp or
/// a dateline. A news report's meeting day is not the document's date.
fn own_date(ctx: &Context) -> Option<DateExpr> {
    let text = ctx.text;
    let first = ctx
        .paragraphs
        .first()
        .map(|p| &text[p.clone()])
        .unwrap_or("");
    if let Some(c) = DATE_HEADER.captures(first) {
        let y: i32 = c[1].parse().ok()?;
        let m: u32 = c[2].parse().ok()?;
        let mut d = find_dates(&format!("tháng {m}/{y}")).into_iter().next()?;
        if let Some(day) = c.get(3).and_then(|d| d.as_str().parse().ok()) {
            d.grain = Grain::Day;
            d.day = Some(day);
        }
        d.range = 0..c.get(0)?.end();
        return Some(d);
    }
    if let Some(c) = STAMP.captures_iter(text).last() {
        let whole = c.get(0)?;
        let s = format!("{}/{}/{}", &c[1], &c[2], &c[3]);
        let mut d = find_dates(&s).into_iter().next()?;
        d.range = whole.start()..whole.end();
        return Some(d);
    }
    if let Some(m) = DATELINE.find(text) {
        return ctx.dates_in(&m.range()).next().cloned();
    }
    byline_date(ctx)
}

/// A news text's publication line, first or last: a short line (not a
/// sentence) with a full date ("Thứ Tư, 24/9/2025 15:30", "Trần Nhật Hạ -
/// 24/9/2025").
fn byline_date(ctx: &Context) -> Option<DateExpr> {
    let n = ctx.paragraphs.len();
    let ends = ctx
        .paragraphs
        .iter()
        .take(2)
        .chain(ctx.paragraphs.iter().skip(n.saturating_sub(2)));
    for p in ends {
        let line = ctx.text[p.clone()].trim();
        if line.chars().count() > 60 || line.ends_with('.') {
            continue;
        }
        if let Some(d) = ctx
            .dates_in(p)
            .find(|d| d.grain == Grain::Day && d.year.is_some() && d.relative.is_none())
        {
            return Some(d.clone());
        }
    }
    None
}

/// The signer: after "T/M …" the title line(s), then the name.
fn signer(ctx: &Context) -> Option<Signer> {
    let text = ctx.text;
    let start = match SIGNATURE_HEAD.captures_iter(text).last() {
        Some(c) => c.get(0)?.end(),
        // No "T/M …": a title in capitals among the last lines, then a name
        // ("CỤC TRƯỞNG" / "Phan Thị Thu Hà").
        None => {
            let title_line = ctx.paragraphs.iter().rev().take(8).find(|p| {
                let l = text[(*p).clone()].trim();
                let letters = l.chars().filter(|c| c.is_alphabetic()).count();
                letters > 3
                    && l.chars().filter(|c| c.is_uppercase()).count() * 10 >= letters * 9
                    && lexicon::title_heads()
                        .iter()
                        .any(|t| t.to_lowercase() == l.to_lowercase())
            })?;
            title_line.start
        }
    };
    let mut title: Option<String> = None;
    for p in ctx.paragraphs.iter().filter(|p| p.start >= start).take(10) {
        let line = text[p.clone()].trim();
        if line.is_empty() || STAMP.is_match(line) {
            continue;
        }
        let letters = line.chars().filter(|c| c.is_alphabetic()).count();
        let upper = line.chars().filter(|c| c.is_uppercase()).count();
        // "KT. BỘ TRƯỞNG, / CHỦ NHIỆM / PHÓ CHỦ NHIỆM / name": the signer's
        // own title is the last line in capitals before the name.
        if letters > 0 && upper * 10 >= letters * 9 {
            title = Some(title_case_title(line));
            continue;
        }
        if let Some(name) = names::full_name_at(line) {
            if name.len() == line.len() {
                let at = p.start + (line.as_ptr() as usize - text[p.clone()].as_ptr() as usize);
                return Some(Signer {
                    name: name.to_string(),
                    title,
                    span: ctx.span(at..at + name.len()),
                });
            }
        }
    }
    None
}

/// "PHÓ BÍ THƯ" → "Phó Bí thư" (the lexicon's spelling when it knows it).
fn title_case_title(s: &str) -> String {
    let lower = s.to_lowercase();
    for t in lexicon::title_heads() {
        if t.to_lowercase() == lower {
            return t.to_string();
        }
    }
    sentence_case_body(s)
}

/// The province the text is about: the one its place names point to most
/// (a cue such as "tỉnh", "Tỉnh ủy" weighs more), or `None` when the text
/// names none or many equally.
pub fn province(ctx: &Context, masked: &Mask) -> Option<String> {
    let mut score: HashMap<&'static str, (u32, usize)> = HashMap::new();
    let outside = |r: &Range<usize>| !masked.covers(r);
    // The province a text is about shows in its first pages; reading only
    // those keeps a pasted corpus fast.
    let head = &ctx.text[..crate::text::floor_char(ctx.text, 256 * 1024)];
    for m in lexicon::find_province_mentions(head) {
        if outside(&m.range) {
            let w = if m.cue.is_some() { 3 } else { 1 };
            score.entry(m.province.name).or_insert((0, m.range.start)).0 += w;
        }
    }
    let mut ranked: Vec<(&str, (u32, usize))> = score.into_iter().collect();
    crate::sort::by(&mut ranked, |a, b| {
        b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1))
    });
    let (best, (s, _)) = *ranked.first()?;
    let runner = ranked.get(1).map_or(0, |r| r.1 .0);
    // A national text that lists places once each is about none of them.
    if s <= 1 && ranked.len() >= 3 || (s == runner && s <= 2) {
        return None;
    }
    Some(best.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Prepared;

    fn meta(s: &str) -> Meta {
        let p = Prepared::new(s);
        let ctx = Context::new(&p, None);
        extract(&ctx)
    }

    #[test]
    fn conclusion_with_signature() {
        let m = meta("KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tình hình quý I/2025\n\nNội dung.\n\nNơi nhận:\n- Như trên,\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Văn Tám");
        assert_eq!(m.kind, DocKind::Conclusion);
        assert_eq!(
            m.signer.as_ref().map(|s| s.name.as_str()),
            Some("Lê Văn Tám")
        );
        assert_eq!(
            m.signer.and_then(|s| s.title).as_deref(),
            Some("Phó Bí thư")
        );
        assert_eq!(m.issuer.as_deref(), Some("Ban Thường vụ Tỉnh ủy"));
        assert!(m
            .title
            .unwrap()
            .starts_with("KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về"));
    }

    #[test]
    fn news_has_no_signer_and_no_date() {
        let m = meta("Bí thư Tỉnh ủy làm việc với huyện\nChiều 14-11, ông Lê Văn Tám làm việc.");
        assert_eq!(m.kind, DocKind::News);
        assert!(m.signer.is_none());
        assert!(m.date.is_none());
    }

    #[test]
    fn dates_from_header_and_stamp() {
        let m = meta(" date 2024-01 Tiêu đề\n\nNội dung.");
        assert_eq!(m.date.and_then(|d| d.iso()).as_deref(), Some("2024-01"));
        let m = meta("Nội dung.\n\nT/M TỈNH ỦY\nBÍ THƯ\n\nTỉnh ủy Gia Lai\n06-07-2024 10:12:17 +07:00\n\nNguyễn Văn Bình");
        assert_eq!(m.date.and_then(|d| d.iso()).as_deref(), Some("2024-07-06"));
    }
}
