//! Renderings of an analysis a person takes away: a CSV of the indicators
//! and a Markdown report. Shared by the CLI and the web page.

use std::fmt::Write;

use crate::model::{Analysis, Approx, Indicator, IndicatorKind};

/// Vietnamese number formatting: "17.320,3".
pub fn format_vi(v: f64) -> String {
    let neg = v < 0.0;
    let v = v.abs();
    let s = format!("{}", (v * 1000.0).round() / 1000.0);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let mut out = if neg { format!("-{grouped}") } else { grouped };
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// A CSV cell (RFC 4180). A text cell never starts a spreadsheet formula.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn num(v: Option<f64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn approx_str(a: Option<Approx>) -> &'static str {
    match a {
        Some(Approx::MoreThan) => "more_than",
        Some(Approx::LessThan) => "less_than",
        Some(Approx::Nearly) => "nearly",
        Some(Approx::About) => "about",
        None => "",
    }
}

const CSV_HEADER: &str = "group,kind,metric,value,value_max,unit,of,change_value,change_value_max,change_unit,change_basis,pct_of_basis,basis,share_pct,rank,rank_of,rank_scope,period,approx,concept,concept_detail,span_start,span_end,source";

/// One row per indicator (RFC 4180, CRLF), numbers in their JSON form. With
/// the original text, the last column quotes each indicator's source.
pub fn indicators_csv(a: &Analysis, source: Option<&str>) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for i in &a.indicators {
        let r = i.ranks.first();
        let quote = source
            .map(|t| {
                t.chars()
                    .skip(i.span[0])
                    .take(i.span[1].saturating_sub(i.span[0]))
                    .collect::<String>()
            })
            .unwrap_or_default();
        let row = [
            csv_field(&i.group),
            if i.kind == IndicatorKind::Target {
                "target".into()
            } else {
                "actual".into()
            },
            csv_field(&i.metric),
            num(i.value),
            num(i.value_max),
            csv_field(i.unit.as_deref().unwrap_or("")),
            num(i.of),
            num(i.change_value),
            num(i.change_value_max),
            csv_field(i.change_unit.as_deref().unwrap_or("")),
            csv_field(i.change_basis.as_deref().unwrap_or("")),
            num(i.pct_of_basis),
            csv_field(i.basis.as_deref().unwrap_or("")),
            num(i.share_pct),
            num(r.map(|r| r.rank)),
            num(r.and_then(|r| r.of)),
            csv_field(r.and_then(|r| r.scope.as_deref()).unwrap_or("")),
            csv_field(i.period.as_deref().unwrap_or("")),
            approx_str(i.approx).into(),
            csv_field(i.concept.as_deref().unwrap_or("")),
            csv_field(i.concept_detail.as_deref().unwrap_or("")),
            i.span[0].to_string(),
            i.span[1].to_string(),
            csv_field(&quote),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The figures of one indicator in words a reader expects: "17.320,3 tỷ
/// đồng; tăng 28,2%; bằng 103,8% dự toán; xếp thứ 6 cả nước".
pub fn describe_indicator(i: &Indicator) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(v) = i.value {
        let mut s = String::new();
        match i.approx {
            Some(Approx::MoreThan) => s.push_str("hơn "),
            Some(Approx::LessThan) => s.push_str("dưới "),
            Some(Approx::Nearly) => s.push_str("gần "),
            Some(Approx::About) => s.push_str("khoảng "),
            None => {}
        }
        s.push_str(&format_vi(v));
        if let Some(m) = i.value_max {
            let _ = write!(s, " - {}", format_vi(m));
        }
        if let Some(of) = i.of {
            let _ = write!(s, "/{}", format_vi(of));
        }
        if let Some(u) = &i.unit {
            if u.starts_with('%') {
                s.push_str(u);
            } else {
                let _ = write!(s, " {u}");
            }
        }
        parts.push(s);
    }
    if let Some(c) = i.change_value {
        let unit = i.change_unit.as_deref().unwrap_or("%");
        let verb = if c < 0.0 { "giảm" } else { "tăng" };
        let mut s = if unit == "lần" {
            format!("gấp {} lần", format_vi(c.abs()))
        } else if unit.starts_with('%') {
            format!("{verb} {}%", format_vi(c.abs()))
        } else {
            format!("{verb} {} {unit}", format_vi(c.abs()))
        };
        if let Some(b) = &i.change_basis {
            let _ = write!(s, " so với {b}");
        }
        parts.push(s);
    }
    if let Some(p) = i.pct_of_basis {
        parts.push(
            format!(
                "bằng {}% {}",
                format_vi(p),
                i.basis.as_deref().unwrap_or("")
            )
            .trim_end()
            .to_string(),
        );
    }
    if let Some(sh) = i.share_pct {
        parts.push(format!("chiếm {}%", format_vi(sh)));
    }
    for r in &i.ranks {
        let mut s = format!("xếp thứ {}", format_vi(r.rank));
        if let Some(of) = r.of {
            let _ = write!(s, "/{}", format_vi(of));
        }
        if let Some(sc) = &r.scope {
            let _ = write!(s, " {sc}");
        }
        parts.push(s);
    }
    parts.join("; ")
}

/// A report a person would read.
pub fn markdown_report(a: &Analysis) -> String {
    let mut md = String::new();
    let d = &a.document;
    let title = d.title.clone().unwrap_or_else(|| "Văn bản".into());
    let _ = writeln!(md, "# {title}\n");
    let mut meta: Vec<String> = vec![format!("Loại: {}", d.kind.as_str())];
    if let Some(n) = &d.number {
        meta.push(format!("Số: {n}"));
    }
    if let Some(i) = &d.issuer {
        meta.push(format!("Cơ quan ban hành: {i}"));
    }
    if let Some(p) = &d.province {
        meta.push(format!("Tỉnh/thành: {p}"));
    }
    if let Some(dt) = &d.date {
        meta.push(format!("Ngày: {dt}"));
    }
    if let Some(s) = &d.signer {
        meta.push(format!(
            "Người ký: {}{}",
            s.name,
            s.title
                .as_deref()
                .map(|t| format!(" ({t})"))
                .unwrap_or_default()
        ));
    }
    for m in meta {
        let _ = writeln!(md, "- {m}");
    }
    if !a.indicators.is_empty() {
        let _ = writeln!(md, "\n## Chỉ tiêu ({})\n", a.indicators.len());
        let _ = writeln!(md, "| Chỉ tiêu | Số liệu | Kỳ | Loại |\n|---|---|---|---|");
        for i in &a.indicators {
            let kind = if i.kind == IndicatorKind::Target {
                "mục tiêu"
            } else {
                "kết quả"
            };
            let _ = writeln!(
                md,
                "| {} | {} | {} | {kind} |",
                i.metric.replace('|', "/"),
                describe_indicator(i).replace('|', "/"),
                i.period.as_deref().unwrap_or("").replace('|', "/")
            );
        }
    }
    if !a.meetings.is_empty() {
        let _ = writeln!(md, "\n## Cuộc họp\n");
        for m in &a.meetings {
            let when = [m.time_of_day.clone(), m.date.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let chair = if m.chair.is_empty() {
                String::new()
            } else {
                format!(" — chủ trì: {}", m.chair.join(", "))
            };
            let _ = writeln!(
                md,
                "- {}{}{chair}",
                if when.is_empty() {
                    String::new()
                } else {
                    format!("{when}: ")
                },
                m.title
            );
        }
    }
    if !a.directives.is_empty() {
        let _ = writeln!(md, "\n## Nhiệm vụ, chỉ đạo ({})\n", a.directives.len());
        for (k, dv) in a.directives.iter().enumerate() {
            let num = dv.number.clone().unwrap_or_else(|| (k + 1).to_string());
            let mut line = format!("{num}. {}", dv.text);
            if !dv.addressees.is_empty() {
                let _ = write!(line, " — *{}*", dv.addressees.join(", "));
            }
            if !dv.deadlines.is_empty() {
                let _ = write!(line, " — **hạn: {}**", dv.deadlines.join(", "));
            }
            let _ = writeln!(md, "{line}");
        }
    }
    if !a.references.is_empty() {
        let _ = writeln!(md, "\n## Văn bản dẫn chiếu\n");
        for r in &a.references {
            let mut line = format!("- {} số {}", r.kind, r.number);
            if let Some(dt) = &r.date {
                let _ = write!(line, " ngày {dt}");
            }
            if let Some(i) = &r.issuer {
                let _ = write!(line, " của {i}");
            }
            if let Some(t) = &r.title {
                let _ = write!(line, " {t}");
            }
            let _ = writeln!(md, "{line}");
        }
    }
    if !a.people.is_empty() {
        let _ = writeln!(md, "\n## Nhân sự\n");
        for p in &a.people {
            let titles = if p.titles.is_empty() {
                String::new()
            } else {
                format!(" — {}", p.titles.join("; "))
            };
            let _ = writeln!(md, "- {}{titles}", p.name);
        }
    }
    if !a.timeline.is_empty() {
        let _ = writeln!(md, "\n## Dòng thời gian\n");
        for t in &a.timeline {
            let _ = writeln!(md, "- {} — {}: {}", t.date, t.kind.label_vi(), t.label);
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(format_vi(17320.3), "17.320,3");
        assert_eq!(format_vi(1050.6), "1.050,6");
        assert_eq!(format_vi(-0.6), "-0,6");
        assert_eq!(format_vi(100.0), "100");
        assert_eq!(format_vi(3_000_000.0), "3.000.000");
    }

    #[test]
    fn csv_escapes() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("x\"y"), "\"x\"\"y\"");
        // A text cell never starts a spreadsheet formula.
        assert_eq!(csv_field("=1+1"), "'=1+1");
    }
}
