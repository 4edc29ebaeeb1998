//! The timeline: everything dated, in date order.

use crate::model::{Analysis, IndicatorKind, TimelineEntry, TimelineKind};

/// Sort key of an ISO date of any precision ("2024", "2024-Q2", "2024-H1",
/// "2024-07", "2024-07-06"): the first day it covers.
fn sort_key(iso: &str) -> (i32, u32, u32) {
    let mut parts = iso.split('-');
    let y: i32 = parts.next().and_then(|y| y.parse().ok()).unwrap_or(0);
    match parts.next() {
        Some(p) if p.starts_with('Q') => (y, (p[1..].parse::<u32>().unwrap_or(1) - 1) * 3 + 1, 0),
        Some(p) if p.starts_with('H') => (y, if p == "H2" { 7 } else { 1 }, 0),
        Some(m) => (
            y,
            m.parse().unwrap_or(1),
            parts.next().and_then(|d| d.parse().ok()).unwrap_or(0),
        ),
        None => (y, 0, 0),
    }
}

fn entry(
    date: String,
    kind: TimelineKind,
    label: String,
    reference: String,
    span: Option<crate::model::Span>,
) -> TimelineEntry {
    TimelineEntry {
        date,
        kind,
        label,
        reference,
        span,
    }
}

fn short(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

pub fn build(
    a: &Analysis,
    document_date: Option<&str>,
    target_horizons: &[(usize, String)],
) -> Vec<TimelineEntry> {
    let mut t = Vec::new();
    if let Some(d) = document_date {
        t.push(TimelineEntry {
            date: d.to_string(),
            kind: TimelineKind::Document,
            label: a
                .document
                .title
                .clone()
                .map(|x| short(&x, 90))
                .unwrap_or_else(|| "Ngày văn bản".into()),
            reference: "document".into(),
            span: None,
        });
    }
    for (i, m) in a.meetings.iter().enumerate() {
        if let Some(d) = &m.date {
            t.push(entry(
                d.clone(),
                TimelineKind::Meeting,
                short(&m.title, 90),
                format!("meetings/{i}"),
                Some(m.span),
            ));
        }
    }
    for (i, r) in a.references.iter().enumerate() {
        if let Some(d) = &r.date {
            t.push(entry(
                d.clone(),
                TimelineKind::Reference,
                format!("{} {}", r.kind, r.number),
                format!("references/{i}"),
                Some(r.span),
            ));
        }
    }
    let issued = document_date
        .map(str::to_string)
        .or_else(|| a.meetings.iter().find_map(|m| m.date.clone()));
    for (i, d) in a.directives.iter().enumerate() {
        if d.deadlines.is_empty() {
            if let Some(at) = &issued {
                t.push(entry(
                    at.clone(),
                    TimelineKind::Directive,
                    short(&d.text, 90),
                    format!("directives/{i}"),
                    Some(d.span),
                ));
            }
        }
        for dl in &d.deadlines {
            t.push(entry(
                dl.clone(),
                TimelineKind::Deadline,
                short(&d.text, 90),
                format!("directives/{i}"),
                Some(d.span),
            ));
        }
    }
    for (i, horizon) in target_horizons {
        if let Some(ind) = a.indicators.get(*i) {
            if ind.kind == IndicatorKind::Target {
                t.push(entry(
                    horizon.clone(),
                    TimelineKind::Target,
                    short(&ind.metric, 90),
                    format!("indicators/{i}"),
                    Some(ind.span),
                ));
            }
        }
    }
    crate::sort::by_key(&mut t, |x| sort_key(&x.date));
    t
}

#[cfg(test)]
mod tests {
    use super::sort_key;

    #[test]
    fn precisions_sort_by_their_first_day() {
        let mut v = vec!["2024-07-06", "2024-Q2", "2024", "2024-H2", "2023-12"];
        crate::sort::by_key(&mut v, |d| sort_key(d));
        assert_eq!(
            v,
            vec!["2023-12", "2024", "2024-Q2", "2024-H2", "2024-07-06"]
        );
    }
}
