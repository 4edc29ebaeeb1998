//! The date of a referenced document: right after its number or issuer,
//! or the sentence's opening date when that sentence issues it.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::context::Context;
use crate::values::date::DateExpr;

/// "ngày 14/6/2024", ", ngày 30/5/2019", " năm 2020" right after the number.
static DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:\s)*[,(]?(?-u:\s)*(?:(?:ban hành |ký )?ngày(?-u:\s)+|năm(?-u:\s)+(?P<year>[0-9]{4})(?-u:\b))")
        .expect("valid pattern")
});

/// The date right after a number (or an issuer): "ngày 14/6/2024",
/// ", ngày 30/5/2019", "(ngày 27/6/2019)", " năm 2020". Returns it and where
/// the mention's phrase now ends.
pub(super) fn date_after(ctx: &Context, at: usize) -> (Option<DateExpr>, usize) {
    let text = ctx.text;
    let after = &text[at..];
    let Some(d) = DATE_AFTER.captures(&after[..crate::text::floor_char(after, 40)]) else {
        return (None, at);
    };
    let dm = d.get(0).expect("match");
    if let Some(y) = d.name("year") {
        let year: i32 = y.as_str().parse().unwrap_or(0);
        if !(1900..=2100).contains(&year) {
            return (None, at);
        }
        let mut e = crate::values::date::find_dates(&format!("năm {year}"))
            .into_iter()
            .next();
        if let Some(e) = e.as_mut() {
            e.range = at + dm.start()..at + dm.end();
        }
        return (e, at + dm.end());
    }
    let from = at + dm.end();
    match ctx
        .dates_in(&(at..from + 64))
        .find(|e| e.range.start <= from && e.day.is_some())
    {
        Some(e) => (Some(e.clone()), e.range.end),
        None => (None, at),
    }
}

/// Words between a sentence's opening date and a document that say the
/// document was issued that day.
const ISSUED: &[&str] = &["ban hành", "đã có", "ký", "tại", "gửi"];

/// The day a document was issued when its sentence opens with it: "Ngày
/// 17.2.2025, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình …", "ngày
/// 14/11/2013 tại Văn bản số …". The date must be the sentence's first
/// words, a day, and close before the kind word.
pub(super) fn issued_on(ctx: &Context, kind_at: usize) -> Option<DateExpr> {
    let s = ctx.sentence_at(kind_at)?;
    let d = ctx.dates_in(&(s.range.start..kind_at)).last()?;
    // The date opens the sentence or a clause ("…, ngày 6/2/2017 Chủ tịch
    // UBND tỉnh đã có Văn bản số …").
    let lead = ctx.lower[s.range.start..d.range.start].trim();
    let opens = lead.is_empty() || lead == "trước đó," || lead.ends_with(',');
    if !opens || d.day.is_none() || kind_at - d.range.end > 160 {
        return None;
    }
    let between = &ctx.lower[d.range.end..kind_at];
    // Another date or document in between dates that one instead.
    if ctx.dates_in(&(d.range.end..kind_at)).next().is_some() || between.contains(" số ") {
        return None;
    }
    ISSUED
        .iter()
        .any(|w| between.contains(w))
        .then(|| d.clone())
}
