//! Laws named by their name and year ("Luật Đầu tư công năm 2019").

use std::sync::LazyLock;

use regex::Regex;

use super::{boundary_before, Mention};
use crate::extract::context::Context;
use crate::model::Reference;

/// A law named by its name and year: "Luật Đầu tư công năm 2019", "Luật
/// Đất đai năm 2024" (the number is the name; two laws of one name are told
/// apart by their years).
static LAW_BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let w = crate::text::WORD_CLASS;
    Regex::new(&format!(
        r"Luật(?-u:\s)+(?P<name>[A-ZĐ][{w}]*(?:(?-u:\s)+[{w}]+){{0,6}}?)(?-u:\s)+năm(?-u:\s)+(?P<year>(?:19|20)[0-9]{{2}})"
    ))
    .expect("valid pattern")
});

/// "Luật Đầu tư công năm 2019": kind "Luật", number the name, the year as
/// its date. The name's words after the first are in small letters.
pub(super) fn laws_by_name(ctx: &Context) -> Vec<Mention> {
    let text = ctx.text;
    let mut out = Vec::new();
    for c in LAW_BY_NAME.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let name = c.name("name").expect("name");
        if !boundary_before(text, whole.start())
            || name
                .as_str()
                .split(' ')
                .skip(1)
                .any(|w| !w.chars().all(char::is_lowercase))
        {
            continue;
        }
        let year = c.name("year").expect("year");
        let mut date = crate::values::date::find_dates(&format!("năm {}", year.as_str()))
            .into_iter()
            .next();
        if let Some(d) = date.as_mut() {
            d.range = year.range();
        }
        let num_range = name.range();
        out.push(Mention {
            reference: Reference {
                kind: "Luật".to_string(),
                number: name.as_str().to_string(),
                date: None,
                issuer: Some("Quốc hội".to_string()),
                title: Some(format!("Luật {}", name.as_str())),
                span: ctx.span(num_range.clone()),
                mentions: vec![ctx.span(num_range.clone())],
            },
            date,
            phrase: whole.range(),
            number: num_range,
        });
    }
    out
}
