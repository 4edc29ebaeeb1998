use std::rc::Rc;
use yew::prelude::*;

use crate::describe;
use crate::i18n::Lang;
use crate::state::Result;
use toancanh_core::IndicatorKind;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub result: Rc<Result>,
    pub index: usize,
    /// its highlight is under the pointer
    pub lit: bool,
    pub on_focus: Callback<Rc<str>>,
    pub on_copy: Callback<usize>,
}

/// One indicator: value, unit, change, basis, rank, period, badge.
#[function_component(IndicatorCard)]
pub fn indicator_card(p: &Props) -> Html {
    let l = p.lang;
    let Some(ind) = p.result.analysis.indicators.get(p.index) else {
        return html! {};
    };
    let rref: Rc<str> = Rc::from(format!("indicators/{}", p.index));
    let focus = {
        let (cb, r) = (p.on_focus.clone(), rref.clone());
        Callback::from(move |_: ()| cb.emit(r.clone()))
    };
    let onclick = focus.reform(|_: MouseEvent| ());
    let onkeydown = super::on_activate_key(focus);
    let copy = {
        let (cb, i) = (p.on_copy.clone(), p.index);
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            cb.emit(i)
        })
    };
    let target = ind.kind == IndicatorKind::Target;
    let value = describe::value(ind, l);
    let change = describe::change(ind, l);
    let concept = describe::concept(ind, l);
    // the statement as written, so every figure is readable in its own words
    let quote = {
        let text = &p.result.text;
        let (a, b) = (ind.span[0], ind.span[1]);
        let q = crate::export::slice_chars(text, a, b.min(a + 400));
        crate::format::ellipsis(&toancanh_core::text::fold_ws(&q), 160)
    };
    let num = |v: Option<f64>| v.map(|x| x.to_string());
    let label = format!("{}: {}", ind.metric, value.clone().unwrap_or_default());
    html! {
        <article class={classes!("ind-card", target.then_some("target"), p.lit.then_some("lit"))}
            data-testid="indicator-card" data-ref={rref.to_string()} data-group={ind.group.clone()}
            data-concept={ind.concept.clone()}
            data-kind={if target { "target" } else { "actual" }}
            data-value={num(ind.value)} data-unit={ind.unit.clone()} data-change={num(ind.change_value)}
            tabindex="0" role="button" aria-label={label} {onclick} {onkeydown}
            title={l.t("Bấm để xem nguồn trong văn bản", "Click to see the source in the text")}>
            <header>
                <h4 class="metric">{ ind.metric.clone() }</h4>
                <span class={classes!("badge", if target { "badge-target" } else { "badge-actual" })}>
                    { describe::kind_badge(ind, l) }</span>
            </header>
            if let Some(c) = concept {
                <div class="concept" data-testid="concept"
                    title={l.t("Chỉ tiêu chuẩn hóa", "Standard indicator")}>{ c }</div>
            }
            if let Some(v) = value {
                <div class="value" data-testid="value">{ v }</div>
            }
            if let Some(c) = change {
                <div class={classes!("change", c.tone)} data-testid="change">
                    <span aria-hidden="true">{ c.arrow }</span>{ " " }
                    <span class="visually-hidden">{ match c.arrow {
                        "▲" => l.t("tăng", "up"), "▼" => l.t("giảm", "down"), _ => "" } }</span>
                    { c.text }
                </div>
            }
            if let Some(b) = describe::basis(ind, l) {
                <div class="basis">{ b }</div>
            }
            if let Some(s) = describe::share(ind, l) {
                <div class="basis">{ s }</div>
            }
            { for ind.ranks.iter().map(|r| html! {
                <div class="rank">{ format!("{} {}", l.t("Xếp", "Rank"), describe::rank(r, l)) }</div>
            }) }
            if !quote.is_empty() {
                <blockquote class="quote" data-testid="quote">{ quote }</blockquote>
            }
            <footer>
                <span class="period">{ ind.period.clone().unwrap_or_default() }</span>
                if ind.mentions.len() > 1 {
                    <span class="muted">{ format!("{} {}", ind.mentions.len(), l.t("lần nhắc", "mentions")) }</span>
                }
                <button class="icon-btn copy" onclick={copy} data-testid="copy-card"
                    aria-label={l.t("Sao chép thẻ", "Copy card")} title={l.t("Sao chép thẻ", "Copy card")}>
                    <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" class="ico">
                        <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
                        <path d="M11 3.5V3a1.5 1.5 0 0 0-1.5-1.5h-6A1.5 1.5 0 0 0 2 3v6.5A1.5 1.5 0 0 0 3.5 11H4" fill="none" stroke="currentColor" stroke-width="1.5" />
                    </svg>
                </button>
            </footer>
        </article>
    }
}
