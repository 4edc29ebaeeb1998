//! Human wording of an indicator's numbers, shared by the cards, the
//! clipboard copy and the Markdown report.

use crate::format::number;
use crate::i18n::Lang;
use toancanh_core::{Approx, Indicator, IndicatorKind, Rank};

fn with_unit(v: &str, unit: Option<&str>) -> String {
    match unit {
        None | Some("") => v.to_string(),
        Some(u) if u.starts_with('%') => format!("{v}{u}"),
        Some(u) => format!("{v} {u}"),
    }
}

pub fn approx(a: Option<Approx>, lang: Lang) -> &'static str {
    match a {
        Some(Approx::MoreThan) => lang.t("hơn ", "over "),
        Some(Approx::LessThan) => lang.t("dưới ", "under "),
        Some(Approx::Nearly) => lang.t("gần ", "nearly "),
        Some(Approx::About) => lang.t("khoảng ", "about "),
        None => "",
    }
}

/// "12.345,6 tỷ đồng", "8 – 8,5%", "65/92 xã"; `None` if only a change is stated.
pub fn value(ind: &Indicator, lang: Lang) -> Option<String> {
    let v = ind.value?;
    let mut s = number(v, lang);
    if let Some(of) = ind.of {
        s = format!("{s}/{}", number(of, lang));
    }
    if let Some(m) = ind.value_max {
        s = format!("{s} – {}", number(m, lang));
    }
    Some(format!(
        "{}{}",
        approx(ind.approx, lang),
        with_unit(&s, ind.unit.as_deref())
    ))
}

/// Does a rise of this metric read as bad news (poverty, unemployment …)?
pub fn lower_is_better(metric: &str) -> bool {
    let m = metric.to_lowercase();
    [
        "nghèo",
        "thất nghiệp",
        "tai nạn",
        "ô nhiễm",
        "tử vong",
        "nợ xấu",
        "suy dinh dưỡng",
        "lạm phát",
        "cpi",
        "chỉ số giá",
        "tội phạm",
        "cận nghèo",
    ]
    .iter()
    .any(|k| m.contains(k))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub arrow: &'static str,
    pub text: String,
    /// "up", "down" or "flat" for the colour, already flipped for metrics
    /// where lower is better: "good" / "bad" / "flat".
    pub tone: &'static str,
}

pub fn change(ind: &Indicator, lang: Lang) -> Option<Change> {
    let c = ind.change_value?;
    let unit = ind.change_unit.as_deref();
    let mut s = number(c.abs(), lang);
    if let Some(m) = ind.change_value_max {
        s = format!("{s} – {}", number(m.abs(), lang));
    }
    let mut text = with_unit(&s, unit);
    if let Some(b) = ind.change_basis.as_deref().filter(|b| !b.is_empty()) {
        text = format!("{text} {} {b}", lang.t("so với", "vs"));
    }
    let mult = unit.is_some_and(|u| u == "lần");
    let (arrow, up) = if mult {
        // "gấp 3,2 lần": a multiple; above 1 is a rise
        if c >= 1.0 {
            ("▲", Some(true))
        } else {
            ("▼", Some(false))
        }
    } else if c > 0.0 {
        ("▲", Some(true))
    } else if c < 0.0 {
        ("▼", Some(false))
    } else {
        ("■", None)
    };
    if mult {
        text = format!("{} {text}", lang.t("gấp", "×"));
    }
    let tone = match (up, lower_is_better(&ind.metric)) {
        (None, _) => "flat",
        (Some(u), low) if u != low => "good",
        _ => "bad",
    };
    Some(Change { arrow, text, tone })
}

/// "bằng 104,2% dự toán"
pub fn basis(ind: &Indicator, lang: Lang) -> Option<String> {
    let p = ind.pct_of_basis?;
    let b = ind.basis.as_deref().unwrap_or("");
    Some(
        format!("{} {}% {b}", lang.t("bằng", "at"), number(p, lang))
            .trim_end()
            .to_string(),
    )
}

pub fn share(ind: &Indicator, lang: Lang) -> Option<String> {
    ind.share_pct
        .map(|p| format!("{} {}%", lang.t("chiếm", "share"), number(p, lang)))
}

pub fn rank(r: &Rank, lang: Lang) -> String {
    let mut s = format!("{} {}", lang.t("thứ", "no."), number(r.rank, lang));
    if let Some(of) = r.of {
        s = format!("{s}/{}", number(of, lang));
    }
    if let Some(sc) = r.scope.as_deref().filter(|s| !s.is_empty()) {
        s = format!("{s} ({sc})");
    }
    s
}

pub fn kind_badge(ind: &Indicator, lang: Lang) -> &'static str {
    match ind.kind {
        IndicatorKind::Actual => lang.t("Kết quả", "Result"),
        IndicatorKind::Target => lang.t("Mục tiêu", "Target"),
    }
}

/// The name of the indicator's concept (its narrower row when it has one),
/// in `lang`: "Thu ngân sách nhà nước", "State budget revenue (total)".
pub fn concept(ind: &Indicator, lang: Lang) -> Option<&'static str> {
    let id = ind.concept_detail.as_deref().or(ind.concept.as_deref())?;
    toancanh_core::concept_name(id, lang.code())
}

/// The card as plain text, for "copy".
pub fn card_text(ind: &Indicator, source: &str, lang: Lang) -> String {
    let mut lines = vec![format!("{} [{}]", ind.metric, kind_badge(ind, lang))];
    if let Some(c) = concept(ind, lang) {
        lines.push(c.to_string());
    }
    if let Some(v) = value(ind, lang) {
        lines.push(v);
    }
    if let Some(c) = change(ind, lang) {
        lines.push(format!("{} {}", c.arrow, c.text));
    }
    if let Some(b) = basis(ind, lang) {
        lines.push(b);
    }
    if let Some(s) = share(ind, lang) {
        lines.push(s);
    }
    for r in &ind.ranks {
        lines.push(format!(
            "{} {}",
            lang.t("Xếp hạng:", "Rank:"),
            rank(r, lang)
        ));
    }
    if let Some(p) = &ind.period {
        lines.push(format!("{} {p}", lang.t("Kỳ:", "Period:")));
    }
    if !source.is_empty() {
        lines.push(format!(
            "{} “{}”",
            lang.t("Nguồn:", "Source:"),
            source.trim()
        ));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use toancanh_core::IndicatorKind;

    pub fn ind() -> Indicator {
        Indicator {
            metric: "thu ngân sách".into(),
            value: Some(12345.6),
            value_max: None,
            unit: Some("tỷ đồng".into()),
            of: None,
            change_value: Some(18.3),
            change_value_max: None,
            change_unit: Some("%".into()),
            change_basis: Some("cùng kỳ".into()),
            pct_of_basis: Some(104.2),
            basis: Some("dự toán".into()),
            share_pct: None,
            ranks: vec![Rank {
                rank: 7.0,
                of: Some(63.0),
                scope: Some("cả nước".into()),
            }],
            period: Some("năm 2024".into()),
            period_start: Some("2024-01".into()),
            period_end: Some("2024-12".into()),
            kind: IndicatorKind::Actual,
            approx: None,
            span: [0, 10],
            mentions: vec![],
            group: "budget".into(),
            concept: Some("budget_revenue".into()),
            concept_detail: None,
        }
    }

    #[test]
    fn wording() {
        let i = ind();
        assert_eq!(value(&i, Lang::Vi).unwrap(), "12.345,6 tỷ đồng");
        let c = change(&i, Lang::Vi).unwrap();
        assert_eq!((c.arrow, c.tone), ("▲", "good"));
        assert_eq!(c.text, "18,3% so với cùng kỳ");
        assert_eq!(basis(&i, Lang::Vi).unwrap(), "bằng 104,2% dự toán");
        assert_eq!(rank(&i.ranks[0], Lang::Vi), "thứ 7/63 (cả nước)");
        let t = card_text(&i, "thu ngân sách đạt 12.345,6 tỷ đồng", Lang::Vi);
        assert!(t.contains("12.345,6 tỷ đồng") && t.contains("Nguồn:"));
        assert!(t.contains("Thu ngân sách nhà nước"));
        assert_eq!(concept(&i, Lang::En), Some("State budget revenue (total)"));
        let mut d = ind();
        d.concept = Some("budget_expenditure".into());
        d.concept_detail = Some("budget_expenditure_recurrent".into());
        assert_eq!(concept(&d, Lang::Vi), Some("Chi thường xuyên"));
        d.concept = None;
        d.concept_detail = None;
        assert_eq!(concept(&d, Lang::Vi), None);
    }

    #[test]
    fn poverty_falling_is_good() {
        let mut i = ind();
        i.metric = "tỷ lệ hộ nghèo".into();
        i.change_value = Some(-1.0);
        i.change_unit = Some("điểm %".into());
        let c = change(&i, Lang::Vi).unwrap();
        assert_eq!((c.arrow, c.tone), ("▼", "good"));
    }
}
