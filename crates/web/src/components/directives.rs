use std::rc::Rc;
use yew::prelude::*;

use super::LIST_CAP;
use crate::format;
use crate::i18n::Lang;
use crate::state::Result;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub result: Rc<Result>,
    pub hovered: Option<Rc<str>>,
    pub on_focus: Callback<Rc<str>>,
}

/// Instructions and assignments: number, text, addressees, deadlines.
#[function_component(Directives)]
pub fn directives(p: &Props) -> Html {
    let l = p.lang;
    let all = use_state(|| false);
    let list = &p.result.analysis.directives;
    if list.is_empty() {
        return html! {};
    }
    let cap = if *all { usize::MAX } else { LIST_CAP };
    html! {
        <section class="directives" aria-labelledby="dir-h">
            <h3 id="dir-h">{ l.t("Chỉ đạo, nhiệm vụ", "Directives") }<span class="count">{ list.len() }</span></h3>
            <ol class="rows">
                { for list.iter().enumerate().take(cap).map(|(i, d)| {
                    let r: Rc<str> = Rc::from(format!("directives/{i}"));
                    let lit = p.hovered.as_deref() == Some(&*r);
                    let focus = { let (cb, r) = (p.on_focus.clone(), r.clone()); Callback::from(move |_: MouseEvent| cb.emit(r.clone())) };
                    html! {
                        <li class={classes!("row", "directive", lit.then_some("lit"))} data-testid="directive" data-ref={r.to_string()}>
                            <button class="row-body" onclick={focus}>
                                if let Some(n) = &d.number { <span class="num">{ n.clone() }</span> }
                                <span class="text">{ format::ellipsis(&d.text, 400) }</span>
                            </button>
                            <div class="meta">
                                if !d.addressees.is_empty() {
                                    <span class="tag">{ format!("{} {}", l.t("Giao:", "To:"), d.addressees.join(", ")) }</span>
                                }
                                { for d.deadlines.iter().map(|dl| html! {
                                    <span class="tag deadline" data-testid="deadline">{ format!("{} {}", l.t("Hạn:", "Due:"), format::date(dl, l)) }</span>
                                }) }
                                if let Some(iss) = &d.issuer { <span class="tag muted">{ iss.clone() }</span> }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            if !*all && list.len() > LIST_CAP {
                <button class="btn ghost" onclick={{ let all = all.clone(); move |_: MouseEvent| all.set(true) }}>
                    { format!("{} ({})", l.t("Xem tất cả", "Show all"), list.len()) }</button>
            }
        </section>
    }
}
