//! What the page lets people take away: JSON (the SPEC format), CSV of
//! indicators, a Markdown report and an iCalendar file. Pure functions of
//! the analysis, unit-tested natively; the download itself is a service.

use crate::describe;
use crate::format::{self, ellipsis};
use crate::i18n::{self, Lang, SECTIONS};
use toancanh_core::{Analysis, IndicatorKind};

pub fn json(a: &Analysis) -> String {
    serde_json::to_string_pretty(a).unwrap_or_else(|_| "{}".into())
}

/// Characters `[start, end)` of `text`.
pub fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// Indicators as RFC 4180 CSV with a UTF-8 BOM, so spreadsheets read the
/// diacritics: the core's CSV, with each indicator's source quoted.
pub fn csv(a: &Analysis, text: &str) -> String {
    format!(
        "\u{feff}{}",
        toancanh_core::export::indicators_csv(a, Some(text))
    )
}

fn md(s: &str) -> String {
    // table cells and inline text: no pipes, no line breaks, no HTML
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "&lt;")
        .replace(['\r', '\n'], " ")
}

/// A readable report of everything found, grouped like the page.
pub fn markdown(a: &Analysis, lang: Lang) -> String {
    let mut o = String::new();
    let d = &a.document;
    let title = d
        .title
        .clone()
        .unwrap_or_else(|| lang.t("Văn bản", "Document").to_string());
    o.push_str(&format!("# {}\n\n", md(&title)));
    let mut meta = vec![(
        lang.t("Loại", "Kind"),
        i18n::doc_kind(d.kind, lang).to_string(),
    )];
    let opt = [
        (lang.t("Số", "Number"), d.number.clone()),
        (lang.t("Cơ quan ban hành", "Issuer"), d.issuer.clone()),
        (lang.t("Tỉnh", "Province"), d.province.clone()),
        (
            lang.t("Ngày", "Date"),
            d.date.as_deref().map(|x| format::date(x, lang)),
        ),
        (
            lang.t("Người ký", "Signer"),
            d.signer.as_ref().map(|s| match &s.title {
                Some(t) => format!("{} ({t})", s.name),
                None => s.name.clone(),
            }),
        ),
    ];
    for (k, v) in opt {
        if let Some(v) = v {
            meta.push((k, v));
        }
    }
    for (k, v) in meta {
        o.push_str(&format!("- **{k}:** {}\n", md(&v)));
    }
    o.push('\n');

    if !a.indicators.is_empty() {
        o.push_str(&format!("## {}\n\n", lang.t("Chỉ tiêu", "Indicators")));
        for sec in SECTIONS {
            let items: Vec<_> = a
                .indicators
                .iter()
                .filter(|i| {
                    if sec == "targets" {
                        i.kind == IndicatorKind::Target
                    } else {
                        i.kind != IndicatorKind::Target && i18n::section_of(&i.group) == sec
                    }
                })
                .collect();
            if items.is_empty() {
                continue;
            }
            o.push_str(&format!("### {}\n\n", i18n::section_title(sec, lang)));
            o.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|\n",
                lang.t("Chỉ tiêu", "Metric"),
                lang.t("Giá trị", "Value"),
                lang.t("Thay đổi", "Change"),
                lang.t("So với kế hoạch", "Against plan"),
                lang.t("Xếp hạng", "Rank"),
                lang.t("Kỳ", "Period"),
            ));
            for i in items {
                let ranks: Vec<String> = i.ranks.iter().map(|r| describe::rank(r, lang)).collect();
                o.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} |\n",
                    md(&i.metric),
                    md(&describe::value(i, lang).unwrap_or_default()),
                    md(&describe::change(i, lang)
                        .map(|c| format!("{} {}", c.arrow, c.text))
                        .unwrap_or_default()),
                    md(&describe::basis(i, lang).unwrap_or_default()),
                    md(&ranks.join("; ")),
                    md(i.period.as_deref().unwrap_or("")),
                ));
            }
            o.push('\n');
        }
    }

    if !a.timeline.is_empty() {
        o.push_str(&format!("## {}\n\n", lang.t("Dòng thời gian", "Timeline")));
        for t in sorted_timeline(a) {
            o.push_str(&format!(
                "- **{}** — {}: {}\n",
                format::date(&t.date, lang),
                i18n::timeline_kind(t.kind, lang),
                md(&t.label)
            ));
        }
        o.push('\n');
    }
    if !a.directives.is_empty() {
        o.push_str(&format!(
            "## {}\n\n",
            lang.t("Chỉ đạo, nhiệm vụ", "Directives")
        ));
        for dv in &a.directives {
            let num = dv
                .number
                .as_deref()
                .map(|n| format!("{n} "))
                .unwrap_or_default();
            o.push_str(&format!("- {}{}", md(&num), md(&dv.text)));
            if !dv.addressees.is_empty() {
                o.push_str(&format!(
                    " — *{}* {}",
                    lang.t("Giao:", "To:"),
                    md(&dv.addressees.join(", "))
                ));
            }
            if !dv.deadlines.is_empty() {
                let ds: Vec<String> = dv.deadlines.iter().map(|x| format::date(x, lang)).collect();
                o.push_str(&format!(
                    " — *{}* {}",
                    lang.t("Hạn:", "Due:"),
                    ds.join(", ")
                ));
            }
            o.push('\n');
        }
        o.push('\n');
    }
    if !a.references.is_empty() {
        o.push_str(&format!(
            "## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
            lang.t("Văn bản dẫn chiếu", "Referenced documents"),
            lang.t("Loại", "Kind"),
            lang.t("Số", "Number"),
            lang.t("Ngày", "Date"),
            lang.t("Cơ quan", "Issuer"),
        ));
        for r in &a.references {
            o.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                md(&r.kind),
                md(&r.number),
                r.date
                    .as_deref()
                    .map(|x| format::date(x, lang))
                    .unwrap_or_default(),
                md(r.issuer.as_deref().unwrap_or(""))
            ));
        }
        o.push('\n');
    }
    if !a.people.is_empty() {
        o.push_str(&format!("## {}\n\n", lang.t("Nhân vật", "People")));
        for p in &a.people {
            o.push_str(&format!("- **{}**", md(&p.name)));
            if !p.titles.is_empty() {
                o.push_str(&format!(" — {}", md(&p.titles.join("; "))));
            }
            o.push('\n');
        }
        o.push('\n');
    }
    o.push_str(&format!(
        "---\n*{}*\n",
        lang.t(
            "Tạo bởi Toàn Cảnh — phân tích ngay trong trình duyệt.",
            "Made with Toàn Cảnh — analysed in the browser."
        )
    ));
    o
}

/// The timeline in date order (stable: equal dates keep the core's order).
pub fn sorted_timeline(a: &Analysis) -> Vec<&toancanh_core::TimelineEntry> {
    let mut v: Vec<_> = a.timeline.iter().collect();
    toancanh_core::sort::by_key(&mut v, |t| format::parse_date(&t.date));
    v
}

fn ics_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace(['\n', '\r'], "\\n")
}

/// Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character.
fn ics_fold(line: &str, out: &mut String) {
    let mut count = 0;
    for ch in line.chars() {
        let l = ch.len_utf8();
        if count + l > 75 {
            out.push_str("\r\n ");
            count = 1;
        }
        out.push(ch);
        count += l;
    }
    out.push_str("\r\n");
}

/// The calendar day a date of any precision stands for: the day itself, or
/// the last day of its month / quarter / half / year (a deadline "trong
/// tháng 10/2024" falls due on 31/10/2024).
pub fn due_day(iso: &str) -> Option<String> {
    let k = format::parse_date(iso)?;
    let (y, m, d) = match k.coarse {
        0 => (k.year, k.month, k.day),
        1 => (k.year, k.month, 0),
        2 => (k.year, k.month + 2, 0),
        3 => (k.year, k.month + 5, 0),
        _ => (k.year, 12, 0),
    };
    if !(1..=12).contains(&m) {
        return None;
    }
    let last = toancanh_core::days_in_month(y, m);
    let d = if d == 0 { last } else { d };
    (d >= 1 && d <= last).then(|| format!("{y:04}{m:02}{d:02}"))
}

fn next_day(ymd: &str) -> String {
    let y: i32 = ymd[0..4].parse().unwrap_or(1970);
    let m: u32 = ymd[4..6].parse().unwrap_or(1);
    let d: u32 = ymd[6..8].parse().unwrap_or(1);
    let (y, m, d) = if d < toancanh_core::days_in_month(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    };
    format!("{y:04}{m:02}{d:02}")
}

/// An iCalendar file: meetings with a full date, and every directive
/// deadline (as an all-day event on its due day). `stamp` is the DTSTAMP
/// (`YYYYMMDDTHHMMSSZ`), given by the caller so this stays pure.
pub fn ics(a: &Analysis, lang: Lang, stamp: &str) -> String {
    let mut o = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Toan Canh//toancanh-web//VI",
        "CALSCALE:GREGORIAN",
    ] {
        ics_fold(l, &mut o);
    }
    let mut event = |uid: String, day: String, summary: String, desc: String| {
        ics_fold("BEGIN:VEVENT", &mut o);
        ics_fold(&format!("UID:{uid}@toancanh"), &mut o);
        ics_fold(&format!("DTSTAMP:{stamp}"), &mut o);
        ics_fold(&format!("DTSTART;VALUE=DATE:{day}"), &mut o);
        ics_fold(&format!("DTEND;VALUE=DATE:{}", next_day(&day)), &mut o);
        ics_fold(&format!("SUMMARY:{}", ics_escape(&summary)), &mut o);
        if !desc.is_empty() {
            ics_fold(&format!("DESCRIPTION:{}", ics_escape(&desc)), &mut o);
        }
        ics_fold("END:VEVENT", &mut o);
    };
    for (i, m) in a.meetings.iter().enumerate() {
        let Some(date) = m.date.as_deref() else {
            continue;
        };
        if format::parse_date(date).map(|k| k.coarse) != Some(0) {
            continue;
        }
        let Some(day) = due_day(date) else { continue };
        let mut desc = String::new();
        if !m.chair.is_empty() {
            desc = format!("{} {}", lang.t("Chủ trì:", "Chair:"), m.chair.join(", "));
        }
        event(format!("meeting-{i}-{day}"), day, m.title.clone(), desc);
    }
    for (i, d) in a.directives.iter().enumerate() {
        for (j, dl) in d.deadlines.iter().enumerate() {
            let Some(day) = due_day(dl) else { continue };
            let summary = format!("{} {}", lang.t("Hạn:", "Due:"), ellipsis(&d.text, 120));
            let mut desc = d.text.clone();
            if !d.addressees.is_empty() {
                desc = format!(
                    "{desc}\n{} {}",
                    lang.t("Giao:", "To:"),
                    d.addressees.join(", ")
                );
            }
            event(format!("deadline-{i}-{j}-{day}"), day, summary, desc);
        }
    }
    ics_fold("END:VCALENDAR", &mut o);
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use toancanh_core::{Directive, Meeting};

    fn analysis() -> Analysis {
        Analysis {
            schema_version: 1,
            meetings: vec![Meeting {
                date: Some("2024-11-14".into()),
                time_of_day: Some("chiều".into()),
                title: "làm việc với Ban Thường vụ Huyện ủy, về ngân sách; quý IV".into(),
                chair: vec!["Nguyễn Văn A".into()],
                attendees: vec![],
                span: [0, 5],
            }],
            directives: vec![Directive {
                text: "Hoàn thành giải ngân vốn đầu tư công".into(),
                addressees: vec!["UBND tỉnh".into()],
                issuer: None,
                deadlines: vec!["2024-10".into(), "2024-Q4".into()],
                number: Some("1.2".into()),
                span: [10, 20],
            }],
            ..Analysis::default()
        }
    }

    #[test]
    fn ics_has_events_and_folds() {
        let s = ics(&analysis(), Lang::Vi, "20241115T000000Z");
        assert!(s.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(s.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(s.matches("BEGIN:VEVENT").count(), 3);
        assert!(s.contains("DTSTART;VALUE=DATE:20241114"));
        assert!(s.contains("DTSTART;VALUE=DATE:20241031"));
        assert!(s.contains("DTSTART;VALUE=DATE:20241231"));
        assert!(s.contains("DTEND;VALUE=DATE:20250101"));
        let unfolded = s.replace("\r\n ", "");
        assert!(unfolded.contains("Ban Thường vụ Huyện ủy\\, về ngân sách\\; quý IV"));
        for line in s.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }

    #[test]
    fn due_days() {
        assert_eq!(due_day("2024-02").as_deref(), Some("20240229"));
        assert_eq!(due_day("2024-H1").as_deref(), Some("20240630"));
        assert_eq!(due_day("2030").as_deref(), Some("20301231"));
        assert_eq!(due_day("2024-13"), None);
    }

    #[test]
    fn csv_quotes_and_guards() {
        let c = csv(&analysis(), "");
        assert!(c.starts_with("\u{feff}group,kind,metric"));
    }

    #[test]
    fn markdown_escapes_pipes() {
        let mut a = analysis();
        a.document.title = Some("KẾT LUẬN | thử".into());
        let m = markdown(&a, Lang::Vi);
        assert!(m.starts_with("# KẾT LUẬN \\| thử"));
        assert!(m.contains("*Hạn:* tháng 10/2024"));
    }
}
