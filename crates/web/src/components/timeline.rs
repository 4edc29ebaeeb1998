use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

use super::LIST_CAP;
use crate::export::sorted_timeline;
use crate::format;
use crate::i18n::{self, Lang, TIMELINE_KINDS};
use crate::state::Result;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub result: Rc<Result>,
    pub hidden: BTreeSet<&'static str>,
    pub hovered: Option<Rc<str>>,
    pub on_toggle: Callback<&'static str>,
    pub on_focus: Callback<Rc<str>>,
}

/// Everything dated, in date order, with filter chips per kind.
#[function_component(Timeline)]
pub fn timeline(p: &Props) -> Html {
    let l = p.lang;
    let all = use_state(|| false);
    let entries = sorted_timeline(&p.result.analysis);
    let present: BTreeSet<&'static str> = entries
        .iter()
        .map(|e| i18n::timeline_kind_code(e.kind))
        .collect();
    let visible: Vec<_> = entries
        .into_iter()
        .filter(|e| !p.hidden.contains(i18n::timeline_kind_code(e.kind)))
        .collect();
    let total = visible.len();
    let cap = if *all { usize::MAX } else { LIST_CAP };
    html! {
        <section class="timeline" aria-labelledby="tl-h">
            <h3 id="tl-h">{ l.t("Dòng thời gian", "Timeline") }
                <span class="count">{ p.result.analysis.timeline.len() }</span></h3>
            <div class="filters" role="group" aria-label={l.t("Lọc theo loại", "Filter by kind")}>
                { for TIMELINE_KINDS.iter().filter(|k| present.contains(i18n::timeline_kind_code(**k))).map(|k| {
                    let code = i18n::timeline_kind_code(*k);
                    let on = !p.hidden.contains(code);
                    let cb = p.on_toggle.reform(move |_: MouseEvent| code);
                    html! {
                        <button class={classes!("chip", "kind-chip", format!("k-{code}"), on.then_some("on"))}
                            aria-pressed={on.to_string()} onclick={cb} data-testid={format!("filter-{code}")}>
                            { i18n::timeline_kind(*k, l) }</button>
                    }
                }) }
            </div>
            if p.result.analysis.timeline.is_empty() {
                <p class="empty muted">{ l.t("Không có mốc thời gian.", "Nothing dated.") }</p>
            }
            <ol class="tl-list">
                { for visible.into_iter().take(cap).map(|e| {
                    let code = i18n::timeline_kind_code(e.kind);
                    let r: Rc<str> = Rc::from(e.reference.as_str());
                    let lit = p.hovered.as_deref() == Some(&*r);
                    let focus = { let (cb, r) = (p.on_focus.clone(), r.clone()); Callback::from(move |_: ()| cb.emit(r.clone())) };
                    html! {
                        <li class={classes!("tl-item", format!("k-{code}"), lit.then_some("lit"))}
                            data-testid="timeline-item" data-kind={code} data-date={e.date.clone()}
                            data-ref={e.reference.clone()}>
                            <span class="tl-dot" aria-hidden="true"></span>
                            <button class="tl-body" onclick={focus.reform(|_: MouseEvent| ())}>
                                <time datetime={e.date.clone()} class="tl-date">{ format::date(&e.date, l) }</time>
                                <span class={classes!("tl-kind", format!("k-{code}"))}>{ i18n::timeline_kind(e.kind, l) }</span>
                                <span class="tl-label">{ format::ellipsis(&e.label, 220) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if !*all && total > LIST_CAP {
                <button class="btn ghost" onclick={{ let all = all.clone(); move |_: MouseEvent| all.set(true) }}>
                    { format!("{} ({})", l.t("Xem tất cả", "Show all"), total) }</button>
            }
        </section>
    }
}
