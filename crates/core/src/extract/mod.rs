//! One module per kind of thing extracted, run in an order where each can
//! use what the earlier ones found (references mask their numbers from the
//! indicators; the document's date dates its undated days).

pub mod concept;
pub mod context;
pub mod directives;
pub mod document;
pub mod figures;
pub mod indicators;
mod labels;
pub mod meetings;
pub mod names;
pub mod people;
mod periods;
pub mod references;
pub mod timeline;

use std::ops::Range;

use crate::model::{Analysis, Document, SCHEMA_VERSION};
use crate::text::mask::Mask;
use crate::text::Prepared;
use crate::values::date::{DateRole, Grain};
use crate::Options;
use context::Context;

pub fn run(text: &str, options: &Options) -> Analysis {
    let prep = Prepared::new(text);
    let mut ctx = Context::new(&prep, options.ref_date);
    // The references are read (not yet dated) beside the document's
    // metadata: neither needs the other.
    let (meta, ref_mentions) = crate::parallel::join(
        ctx.text.len(),
        || document::extract(&ctx),
        || references::mentions(&ctx),
    );
    ctx.doc_date = meta.date.clone();
    let ref_phrases: Vec<Range<usize>> = ref_mentions.iter().map(|m| m.phrase.clone()).collect();
    let ref_mask = Mask::new(ref_phrases.clone());
    ctx.infer_year(&ref_mask);
    // The references are dated once the year is known.
    let refs = references::merge(&ctx, ref_mentions);

    // Numbers that are not figures: dates and periods, document numbers,
    // ordinals of meetings and terms, item numbers.
    let mut masked: Vec<Range<usize>> = ctx.dates.iter().map(|d| d.range.clone()).collect();
    masked.extend(ref_phrases.iter().cloned());
    masked.extend(ordinals(&ctx.lower));
    masked.extend(item_numbers(&ctx));
    if let Some(r) = &meta.title_range {
        masked.push(r.clone());
    }
    let masked = Mask::new(masked);

    // The indicators need nothing the people, meetings and directives find
    // (and the reverse): each side on its own thread for a long text.
    let skip: Vec<Range<usize>> = meta.title_range.iter().cloned().collect();
    let ctx = &ctx;
    let (indicator_out, (province, issuer, people_out, meeting_out, directive_out)) =
        crate::parallel::join(
            ctx.text.len(),
            || indicators::extract(ctx, &masked, &skip),
            || {
                // A national text names provinces in passing; it is about
                // one only when its title names it.
                let province = if document::is_national(ctx, meta.kind) {
                    meta.title_range
                        .as_ref()
                        .and_then(|r| {
                            crate::lexicon::find_province_mentions(&ctx.text[r.clone()])
                                .into_iter()
                                .next()
                        })
                        .map(|m| m.province.name.to_string())
                } else {
                    document::province(ctx, &ref_mask)
                };
                let issuer = meta
                    .issuer
                    .clone()
                    .map(|i| complete_issuer(i, province.as_deref(), ctx.text));
                let people_out = people::extract(ctx, meta.signer.as_ref(), &ref_mask);
                let mut named: Vec<(Range<usize>, String)> = people_out
                    .mentions
                    .iter()
                    .map(|(r, i)| (r.clone(), people_out.people[*i].name.clone()))
                    .collect();
                crate::sort::by_key(&mut named, |(r, _)| r.start);
                let meeting_out =
                    meetings::extract(ctx, &ref_mask, meta.title_range.clone(), &named);
                let directive_out = directives::extract(
                    ctx,
                    meta.kind,
                    meta.body_end,
                    issuer.as_deref(),
                    meta.title_range.clone(),
                );
                (province, issuer, people_out, meeting_out, directive_out)
            },
        );

    // Targets' horizons: "đến năm 2030" in the sentence of a target.
    let mut horizons: Vec<(usize, String)> = Vec::new();
    for (i, (ind, r)) in indicator_out.iter().enumerate() {
        if ind.kind != crate::model::IndicatorKind::Target {
            continue;
        }
        if let Some(s) = ctx.sentence_at(r.start) {
            if let Some(d) = ctx
                .dates_in(&s.range)
                .find(|d| d.grain == Grain::Year && d.role == DateRole::Period)
            {
                if let Some(iso) = ctx.resolve(d).iso() {
                    horizons.push((i, iso));
                }
            }
        }
    }

    let mut analysis = Analysis {
        schema_version: SCHEMA_VERSION,
        document: Document {
            kind: meta.kind,
            title: meta.title,
            number: meta.number,
            issuer,
            province,
            date: meta.date.as_ref().and_then(|d| d.iso()),
            signer: meta.signer,
        },
        indicators: indicator_out.into_iter().map(|(i, _)| i).collect(),
        meetings: meeting_out.meetings,
        directives: directive_out.into_iter().map(|(d, _)| d).collect(),
        references: refs.into_iter().map(|f| f.reference).collect(),
        people: people_out.people,
        timeline: Vec::new(),
    };
    let doc_date = analysis.document.date.clone();
    analysis.timeline = timeline::build(&analysis, doc_date.as_deref(), &horizons);
    analysis
}

/// "T/M BAN THƯỜNG VỤ" signs for the committee the document heads with:
/// "Ban Thường vụ" becomes "Ban Thường vụ Tỉnh ủy", and a provincial
/// committee takes its province ("Tỉnh ủy Khánh Hòa").
fn complete_issuer(issuer: String, province: Option<&str>, text: &str) -> String {
    let head = &text[..crate::text::floor_char(text, 2000)];
    let committee = ["Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Đảng ủy"]
        .into_iter()
        .filter_map(|c| {
            head.find(c)
                .or_else(|| head.find(c.to_uppercase().as_str()))
                .map(|at| (at, c))
        })
        .min()
        .map(|(_, c)| c);
    let mut issuer = issuer;
    if matches!(
        issuer.as_str(),
        "Ban Thường vụ" | "Thường trực" | "Ban Chấp hành"
    ) {
        if let Some(c) = committee {
            issuer = format!("{issuer} {c}");
        }
    }
    let provincial = [
        "Tỉnh ủy",
        "Thành ủy",
        "Ban Thường vụ Tỉnh ủy",
        "Thường trực Tỉnh ủy",
        "Ban Chấp hành Đảng bộ tỉnh",
    ];
    match province {
        Some(p) if provincial.contains(&issuer.as_str()) => format!("{issuer} {p}"),
        _ => issuer,
    }
}

/// "lần thứ 58", "khóa XVIII", "lần thứ XV": ordinals of meetings and terms,
/// found in the lowercase copy of the text (same offsets).
fn ordinals(text: &str) -> Vec<Range<usize>> {
    use regex::Regex;
    use std::sync::LazyLock;
    static ORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:lần thứ|lần thức|khóa|khoá|kỳ thứ|đợt|số|mã số|giai đoạn|phiên|thứ tự|điều|khoản|mục|chương|tập|kỳ họp thứ|đại hội)(?-u:\s)+[0-9IVXLivxl]+").expect("valid pattern")
    });
    ORD.find_iter(text)
        .filter(|m| crate::text::whole_word(text, &m.range()))
        .map(|m| m.range())
        .collect()
}

/// Item numbers at the start of paragraphs: "1.", "1.1.", "2.3.1".
fn item_numbers(ctx: &Context) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for p in &ctx.paragraphs {
        let s = &ctx.text[p.clone()];
        let n = s
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b')')
            .count();
        if n > 0 && s.as_bytes().get(n) == Some(&b' ') && s[..n].split('.').all(|c| c.len() <= 2) {
            out.push(p.start..p.start + n);
        }
    }
    out
}
