//! Referenced documents: "Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính
//! trị về …", "Nghị quyết số 55/2022/QH15 của Quốc hội", "Nghị định
//! 73/2023/NĐ-CP", "Nghị quyết số 09 của Bộ Chính trị".
//!
//! Grammar: KIND [số] NUMBER [, ngày DATE | năm YYYY] [của ISSUER] [về TITLE].
//! NUMBER is a number-symbol of Party documents ("2043-KL/TU": number, kind
//! code, issuer code) or State documents ("73/2023/NĐ-CP": number, year,
//! kind code and issuer; "42/NQ-CP"), or a bare number after "số".
//! One entry per number and date; an undated mention joins the dated entry.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::Context;
use crate::lexicon;
use crate::model::Reference;
use crate::values::date::DateExpr;
use dates::{date_after, issued_on};
use laws::laws_by_name;

mod dates;
mod laws;

/// A reference with the byte ranges it covers in the clean text.
#[derive(Debug, Clone)]
pub struct Found {
    pub reference: Reference,
    /// Each mention's whole phrase (kind … issuer), for masking numbers.
    pub phrases: Vec<Range<usize>>,
    /// Each mention's number-symbol.
    pub numbers: Vec<Range<usize>>,
    pub date_iso: Option<String>,
}

/// A number-symbol: "35-CT/TW", "55/2022/QH15", "73/2023/NĐ-CP", "01/NQ-CP",
/// "151/TB-UBND", "2026-CV/TU", "02/2021", "28a/NQ-CP", "96-QĐi/TW".
const SYMBOL: &str = r"[0-9]{1,5}[a-z]?(?:(?-u:\s)?[-/](?-u:\s)?(?:[0-9]{4}|[A-ZĐ][A-Za-zĐđ0-9&]*(?:(?-u:\s)?[-/](?-u:\s)?[A-ZĐ][A-Za-zĐđ0-9&]*)*))+";

/// The next number-symbol of a list that shares one kind word: "các Công
/// điện số 217/CĐ-TTg ngày 16/11/2025; số 218/CĐ-TTg ngày …, 219/CĐ-TTg …".
static LIST_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?-u:\s)*(?:[;,](?-u:\s)*(?:và(?-u:\s)+)?|(?-u:\s)+và(?-u:\s)+)(?:(?:số|Số):?(?-u:\s)*)?(?P<num>{SYMBOL})"
    ))
    .expect("valid pattern")
});

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    let kinds = lexicon::doc_kind_regex_alternation();
    // Capital letters of the Latin blocks Vietnamese uses, for a class
    // (the regex crate is built without Unicode general categories).
    let upper: String = ('A'..='Z')
        .chain(
            (0xC0u32..=0x24F)
                .chain(0x1EA0..=0x1EFF)
                .filter_map(char::from_u32)
                .filter(|c| c.is_uppercase()),
        )
        .collect();
    // A number-symbol: "35-CT/TW", "55/2022/QH15", "73/2023/NĐ-CP", "01/NQ-CP",
    // "151/TB-UBND", "2026-CV/TU", "02/2021"; or a bare number.
    let symbol = SYMBOL;
    let w = crate::text::WORD_CLASS;
    Regex::new(&format!(
        r"(?P<kind>(?:{kinds}))(?:(?-u:\s)+(?P<name>[{upper}][{w}]*(?:(?-u:\s)+[{w}]+){{0,5}}?)(?-u:\s)+(?:số|Số):?(?-u:\s)*|(?-u:\s)+(?:(?:số|số:|Số)(?-u:\s)*)?)(?P<num>{symbol}|[0-9]{{1,4}}(?-u:\b)(?:/[A-ZĐ][A-Za-zĐ0-9-]*)?)"
    ))
    .expect("valid reference pattern")
});

/// "của Bộ Chính trị", "của Ban Thường vụ Tỉnh ủy": the issuer, up to the
/// next punctuation or a word that starts a title or a new clause.
static ISSUER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:\s)*,?(?-u:\s)*của(?-u:\s)+(?P<issuer>[^,;.()“”\x22:]+?)(?:(?-u:\s)+(?:về|và|để|nhằm|thì|đã|sẽ|nay|tại|trong|theo|với|cho|được|ngày)(?:(?-u:\s)|$)|[,;.()“”\x22:]|$)")
        .expect("valid pattern")
});

static TITLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:\s)*,?(?-u:\s)*(?P<title>về(?-u:\s)+[^;.()]+?)(?:[;.(]|,(?-u:\s)+(?:theo|đồng thời|trong đó)|$)")
        .expect("valid pattern")
});

/// Durations and plan scales that follow a kind word but are no number:
/// "Kế hoạch 5 năm", "Chương trình 135" is fine, "Kế hoạch 5 năm" is not.
fn is_duration(after: &str) -> bool {
    let mut words = after.trim_start().split(' ');
    let w = words.next().unwrap_or("");
    // "Công văn 147 ngày 14/7/2023": "ngày" opens the document's date.
    let next = words.next().unwrap_or("");
    let dated = w == "ngày"
        && next.starts_with(|c: char| c.is_ascii_digit())
        && (next.contains(['/', '-', '.']) || words.next() == Some("tháng"));
    !dated && matches!(w, "năm" | "tháng" | "ngày" | "tuần" | "quý")
}

/// One mention of a document as written, before its date is read against
/// the document's year.
#[derive(Debug, Clone)]
pub struct Mention {
    /// The reference this mention alone gives (its date not yet resolved).
    reference: Reference,
    date: Option<DateExpr>,
    /// The whole phrase (kind … issuer … title), for masking numbers.
    pub phrase: Range<usize>,
    number: Range<usize>,
}

/// Every referenced document in the text: its mentions merged, one entry
/// per number and date.
#[cfg(test)]
pub fn extract(ctx: &Context) -> Vec<Found> {
    merge(ctx, mentions(ctx))
}

/// Merges mentions into entries, dating them against the document (which
/// is why this runs once the year is known, and the reading of the text
/// only once, before).
pub fn merge(ctx: &Context, mentions: Vec<Mention>) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    // Entries by their number, so that a long text's many mentions are
    // merged without scanning every entry.
    let mut by_number: HashMap<String, Vec<usize>> = HashMap::new();
    for m in mentions {
        let date_iso = m.date.as_ref().and_then(|d| ctx.resolve(d).iso());
        let reference = Reference {
            date: date_iso.clone(),
            ..m.reference
        };
        // "Nghị quyết 02/2021" after "Nghị quyết 02/NQ-CP năm 2021": the
        // number and the year of a document already named.
        if let Some(i) = short_form_of(&found, &reference) {
            let f = &mut found[i];
            f.reference.mentions.push(reference.span);
            f.phrases.push(m.phrase);
            f.numbers.push(m.number);
            continue;
        }
        add(
            &mut found,
            &mut by_number,
            reference,
            m.phrase,
            m.number,
            date_iso,
        );
    }
    found
}

/// The entry a "number/year" mention ("02/2021") shortens: same kind, same
/// number, and that year in its date or its symbol.
fn short_form_of(found: &[Found], r: &Reference) -> Option<usize> {
    let (num, year) = r.number.split_once('/')?;
    let short = year.len() == 4
        && !num.is_empty()
        && num.bytes().all(|b| b.is_ascii_digit())
        && year.bytes().all(|b| b.is_ascii_digit());
    if !short {
        return None;
    }
    found.iter().position(|f| {
        let n = &f.reference.number;
        f.reference.kind == r.kind
            && n != &r.number
            && n.split(['/', '-']).next() == Some(num)
            && (f.date_iso.as_deref().is_some_and(|d| d.starts_with(year)) || n.contains(year))
    })
}

/// Every mention of a document in the text, in order.
pub fn mentions(ctx: &Context) -> Vec<Mention> {
    let mut out = numbered_mentions(ctx);
    out.extend(laws_by_name(ctx));
    crate::sort::by_key(&mut out, |m| m.phrase.start);
    out
}

/// Mentions with a number-symbol or a bare number.
fn numbered_mentions(ctx: &Context) -> Vec<Mention> {
    let text = ctx.text;
    let mut out: Vec<Mention> = Vec::new();
    for c in REFERENCE.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let kind_m = c.name("kind").expect("kind");
        if !boundary_before(text, kind_m.start()) {
            continue;
        }
        let num_m = c.name("num").expect("num");
        // "Luật Đầu tư số 61/2020/QH14": a name between the kind and "số"
        // is a title in capitals, never a clause ("Nghị quyết của … số").
        if let Some(name) = c.name("name") {
            let capitalized = name
                .as_str()
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            if !capitalized || !num_m.as_str().contains(['/', '-']) {
                continue;
            }
        }
        let raw_num = num_m.as_str();
        let number: String = raw_num.chars().filter(|c| !c.is_whitespace()).collect();
        let bare = number.chars().all(|c| c.is_ascii_digit());
        // In small letters ("công văn số 147") a bare number needs "số":
        // "kế hoạch 2 …" is no document.
        let small = kind_m.as_str().starts_with(char::is_lowercase);
        if small && bare && !text[kind_m.end()..num_m.start()].contains("số") {
            continue;
        }
        let after = &text[num_m.end()..];
        if bare
            && (is_duration(after)
                || after.starts_with(['%', ',', '.'])
                    && after[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        // A bare number needs "số" or must be short; "Nghị quyết 2024" is a year.
        if bare && number.len() == 4 && (1900..=2100).contains(&number.parse::<i32>().unwrap_or(0))
        {
            continue;
        }
        let (mut date, mut end) = date_after(ctx, num_m.end());
        let list_from = end;
        let mut issuer: Option<String> = None;
        if let Some(i) = ISSUER_AFTER.captures(&text[end..crate::text::floor_char(text, end + 300)])
        {
            let m = i.name("issuer").expect("issuer");
            let mut name = m.as_str().trim();
            // The pattern stops at "và"; a body the lexicon knows may go on
            // ("Bộ Kế hoạch và Đầu tư", "Bộ Văn hóa, Thể thao và Du lịch").
            let from = end + m.start();
            let window = &text[from..crate::text::floor_char(text, from + 120)];
            let mut longer = 0;
            if let Some((r, _)) = lexicon::body_prefix(window).filter(|(r, _)| r.end > name.len()) {
                name = &window[..r.end];
                longer = r.end.saturating_sub(m.len());
            }
            if !name.is_empty() && name.split(' ').count() <= 12 {
                issuer = Some(name.to_string());
                end += m.end() + longer;
            }
        }
        // "… của Chính phủ ngày 25/1/2017", "… của Bộ Chính trị, ngày 16/1/2017".
        if date.is_none() && issuer.is_some() {
            let (d, e) = date_after(ctx, end);
            if d.is_some() {
                date = d;
                end = e;
            }
        }
        // "Ngày 14/7/2023, UBND tỉnh đã có công văn số 147 …": the
        // sentence's opening date is the day the document was issued.
        if date.is_none() {
            date = issued_on(ctx, kind_m.start());
        }
        let mut title: Option<String> = None;
        if let Some(t) = TITLE_AFTER.captures(&text[end..crate::text::floor_char(text, end + 400)])
        {
            let m = t.name("title").expect("title");
            if m.as_str().split(' ').count() <= 40 {
                title = Some(m.as_str().trim().to_string());
            }
        }
        let kind = normalize_kind(kind_m.as_str());
        let issuer = issuer.or_else(|| issuer_from_symbol(&number));
        let phrase = whole.start()..end.max(whole.end());
        let num_range = num_m.start()..num_m.end();
        out.push(Mention {
            reference: Reference {
                kind: kind.clone(),
                number,
                date: None,
                issuer,
                title,
                span: ctx.span(num_range.clone()),
                mentions: vec![ctx.span(num_range.clone())],
            },
            date,
            phrase,
            number: num_range,
        });
        list_of(ctx, &kind, list_from, &mut out);
    }
    out
}

/// The other documents of a list that shares one kind word ("các Công
/// điện số 217/CĐ-TTg ngày 16/11/2025; số 218/CĐ-TTg ngày 16/11/2025, …"):
/// each a mention of its own with its own date, read from `at` on.
fn list_of(ctx: &Context, kind: &str, mut at: usize, out: &mut Vec<Mention>) {
    let text = ctx.text;
    // A list of a few dozen at most; each step moves past a number.
    for _ in 0..64 {
        let window = &text[at..crate::text::floor_char(text, at + 120)];
        let Some(c) = LIST_NEXT.captures(window) else {
            return;
        };
        let m = c.name("num").expect("num");
        let num_range = at + m.start()..at + m.end();
        let number: String = m.as_str().chars().filter(|c| !c.is_whitespace()).collect();
        let (date, end) = date_after(ctx, num_range.end);
        out.push(Mention {
            reference: Reference {
                kind: kind.to_string(),
                issuer: issuer_from_symbol(&number),
                number,
                date: None,
                title: None,
                span: ctx.span(num_range.clone()),
                mentions: vec![ctx.span(num_range.clone())],
            },
            date,
            phrase: num_range.start..end,
            number: num_range.clone(),
        });
        at = end.max(num_range.end);
    }
}

/// Merges a mention into an existing entry (same number and date, or an
/// undated mention of a number already seen) or adds a new entry.
fn add(
    found: &mut Vec<Found>,
    by_number: &mut HashMap<String, Vec<usize>>,
    r: Reference,
    phrase: Range<usize>,
    num: Range<usize>,
    date: Option<String>,
) {
    let key = r.number.to_uppercase();
    let same: &[usize] = by_number.get(&key).map_or(&[], Vec::as_slice);
    let target = if date.is_some() {
        same.iter()
            .copied()
            .find(|&i| found[i].date_iso == date)
            .or_else(|| same.iter().copied().find(|&i| found[i].date_iso.is_none()))
    } else {
        same.iter()
            .copied()
            .find(|&i| found[i].date_iso.is_some())
            .or_else(|| same.first().copied())
    };
    match target {
        Some(i) => {
            let f = &mut found[i];
            if f.date_iso.is_none() && date.is_some() {
                f.date_iso = date.clone();
                f.reference.date = date;
            }
            if f.reference.issuer.is_none() {
                f.reference.issuer = r.issuer;
            }
            if f.reference.title.is_none() {
                f.reference.title = r.title;
            }
            f.reference.mentions.push(r.span);
            f.phrases.push(phrase);
            f.numbers.push(num);
        }
        None => {
            by_number.entry(key).or_default().push(found.len());
            found.push(Found {
                reference: r,
                phrases: vec![phrase],
                numbers: vec![num],
                date_iso: date,
            });
        }
    }
}

fn boundary_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !crate::text::is_word_char(c))
}

/// "nghị quyết" → "Nghị quyết", "KẾT LUẬN" → "Kết luận".
fn normalize_kind(k: &str) -> String {
    let lower = k.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for (i, c) in lower.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The issuer a symbol names: "…-CT/TW" → Trung ương, "…/NĐ-CP" → Chính phủ.
fn issuer_from_symbol(number: &str) -> Option<String> {
    let last = number.rsplit(['/', '-']).next()?;
    lexicon::issuer_for_symbol(last).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_and_year_name_a_document_already_seen() {
        let text = "Thực hiện Nghị quyết số 07/NQ-CP năm 2023 về cải cách hành chính. Nghị quyết 07/2023 đặt mục tiêu rõ ràng; Nghị quyết 07/2022 thì khác.";
        let p = crate::text::Prepared::new(text);
        let ctx = Context::new(&p, None);
        let refs = extract(&ctx);
        let numbers: Vec<&str> = refs.iter().map(|f| f.reference.number.as_str()).collect();
        assert_eq!(numbers, ["07/NQ-CP", "07/2022"], "{refs:#?}");
        assert_eq!(refs[0].reference.mentions.len(), 2);
    }
    use crate::text::Prepared;

    fn refs(s: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        let p = Prepared::new(s);
        let mut ctx = Context::new(&p, None);
        ctx.infer_year(&crate::text::mask::Mask::default());
        extract(&ctx)
            .into_iter()
            .map(|f| {
                (
                    f.reference.kind,
                    f.reference.number,
                    f.reference.date,
                    f.reference.issuer,
                )
            })
            .collect()
    }

    #[test]
    fn party_and_state_symbols() {
        let r = refs("theo Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội.");
        assert_eq!(
            r,
            vec![(
                "Chỉ thị".into(),
                "35-CT/TW".into(),
                Some("2024-06-14".into()),
                Some("Bộ Chính trị".into())
            )]
        );
        let r = refs("Nghị quyết số 55/2022/QH15 của Quốc hội; Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ");
        assert_eq!(r[0].1, "55/2022/QH15");
        assert_eq!(r[0].3.as_deref(), Some("Quốc hội"));
        assert_eq!(r[1].1, "73/2023/NĐ-CP");
        assert_eq!(r[1].2.as_deref(), Some("2023-09-29"));
        let r = refs("Thông báo số 151/TB-UBND ngày 05/5/2017 của UBND tỉnh về các giải pháp");
        assert_eq!(
            (r[0].0.as_str(), r[0].1.as_str()),
            ("Thông báo", "151/TB-UBND")
        );
    }

    #[test]
    fn bare_numbers_and_years() {
        let r = refs("thực hiện Nghị quyết số 09 của Bộ Chính trị");
        assert_eq!(r[0].1, "09");
        let r = refs("Nghị quyết số 02/NQ-CP năm 2020 và Dự thảo Nghị quyết 02/NQ-CP năm 2021");
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].2.as_deref(), Some("2021"));
    }

    #[test]
    fn one_entry_per_number_and_date() {
        let r = refs("Kết luận số 2043-KL/TU ngày 05/12/2023 của Tỉnh ủy. Thực hiện Kết luận số 2043-KL/TU, các sở. Chỉ thị số 35-CT/TW, ngày 30/5/2019 và Chỉ thị số 35-CT/TW, ngày 14/6/2024.");
        assert_eq!(r.len(), 3);
    }

    #[test]
    fn named_laws_letters_and_long_issuers() {
        let r = refs("Luật Đầu tư số 61/2020/QH14; Văn bản số 456/UBND-TH ngày 2/4/2025; Thông tư số 01/2024/TT-BKHĐT của Bộ Kế hoạch và Đầu tư.");
        let numbers: Vec<&str> = r.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            numbers,
            vec!["61/2020/QH14", "456/UBND-TH", "01/2024/TT-BKHĐT"]
        );
        assert_eq!(r[2].3.as_deref(), Some("Bộ Kế hoạch và Đầu tư"));
        // A clause is no name: the reference inside it is still found.
        let r = refs(
            "các Nghị quyết của Quốc hội và Nghị quyết số 01/NQ-CP ngày 1/1/2017 của Chính phủ",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1, "01/NQ-CP");
    }

    #[test]
    fn not_references() {
        assert!(refs("Kế hoạch 5 năm 2021-2025").is_empty());
        assert!(refs("kế hoạch phát triển kinh tế - xã hội năm 2024").is_empty());
        assert!(refs("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX").is_empty());
    }
}
