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

/// Referenced documents: kind, number, date, issuer.
#[function_component(References)]
pub fn references(p: &Props) -> Html {
    let l = p.lang;
    let list = &p.result.analysis.references;
    if list.is_empty() {
        return html! {};
    }
    html! {
        <section class="references" aria-labelledby="ref-h">
            <h3 id="ref-h">{ l.t("Văn bản dẫn chiếu", "Referenced documents") }<span class="count">{ list.len() }</span></h3>
            <ul class="rows">
                { for list.iter().enumerate().take(LIST_CAP * 2).map(|(i, r)| {
                    let rr: Rc<str> = Rc::from(format!("references/{i}"));
                    let lit = p.hovered.as_deref() == Some(&*rr);
                    let focus = { let (cb, x) = (p.on_focus.clone(), rr.clone()); Callback::from(move |_: MouseEvent| cb.emit(x.clone())) };
                    html! {
                        <li class={classes!("row", "reference", lit.then_some("lit"))} data-testid="reference" data-ref={rr.to_string()}>
                            <button class="row-body" onclick={focus}>
                                <span class="ref-kind">{ r.kind.clone() }</span>{ " " }
                                <strong class="ref-num">{ r.number.clone() }</strong>
                                if let Some(d) = &r.date { <span class="muted">{ format!(" · {}", format::date(d, l)) }</span> }
                                if let Some(iss) = &r.issuer { <span class="muted">{ format!(" · {iss}") }</span> }
                                if let Some(t) = &r.title { <span class="ref-title">{ format!(" — {}", format::ellipsis(t, 160)) }</span> }
                                if r.mentions.len() > 1 { <span class="tag">{ format!("×{}", r.mentions.len()) }</span> }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
