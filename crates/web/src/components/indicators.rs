use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

use super::indicator_card::IndicatorCard;
use super::LIST_CAP;
use crate::i18n::{self, Lang, SECTIONS};
use crate::state::Result;
use toancanh_core::IndicatorKind;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub result: Rc<Result>,
    pub hovered: Option<Rc<str>>,
    pub on_focus: Callback<Rc<str>>,
    pub on_copy: Callback<usize>,
}

/// Indicator cards grouped the way an economist reads them; targets last.
#[function_component(Indicators)]
pub fn indicators(p: &Props) -> Html {
    let l = p.lang;
    let expanded = use_state(BTreeSet::<&'static str>::new);
    let a = &p.result.analysis;
    let lit_index: Option<usize> = p
        .hovered
        .as_deref()
        .and_then(|h| h.strip_prefix("indicators/"))
        .and_then(|i| i.parse().ok());
    let mut by_section: Vec<(&'static str, Vec<usize>)> =
        SECTIONS.iter().map(|s| (*s, Vec::new())).collect();
    for (i, ind) in a.indicators.iter().enumerate() {
        let sec = if ind.kind == IndicatorKind::Target {
            "targets"
        } else {
            i18n::section_of(&ind.group)
        };
        if let Some(slot) = by_section.iter_mut().find(|(s, _)| *s == sec) {
            slot.1.push(i);
        }
    }
    html! {
        <section class="indicators" aria-labelledby="ind-h">
            <h3 id="ind-h">{ l.t("Chỉ tiêu, số liệu", "Indicators") }
                <span class="count">{ a.indicators.len() }</span></h3>
            if a.indicators.is_empty() {
                <p class="empty muted">{ l.t("Không tìm thấy số liệu nào.", "No figures found.") }</p>
            }
            { for by_section.into_iter().filter(|(_, v)| !v.is_empty()).map(|(sec, idx)| {
                let open = expanded.contains(sec);
                let total = idx.len();
                let shown: Vec<usize> = if open { idx } else { idx.into_iter().take(LIST_CAP).collect() };
                let more = {
                    let expanded = expanded.clone();
                    Callback::from(move |_: MouseEvent| {
                        let mut s = (*expanded).clone();
                        s.insert(sec);
                        expanded.set(s);
                    })
                };
                html! {
                    <div class="ind-group" data-section={sec}>
                        <h4 class="group-title">{ i18n::section_title(sec, l) }
                            <span class="count">{ total }</span></h4>
                        <div class="cards">
                            { for shown.into_iter().map(|i| html! {
                                <IndicatorCard key={i} lang={l} result={p.result.clone()} index={i}
                                    lit={lit_index == Some(i)} on_focus={p.on_focus.clone()}
                                    on_copy={p.on_copy.clone()} />
                            }) }
                        </div>
                        if !open && total > LIST_CAP {
                            <button class="btn ghost" onclick={more}>
                                { format!("{} ({})", l.t("Xem tất cả", "Show all"), total) }</button>
                        }
                    </div>
                }
            }) }
        </section>
    }
}
