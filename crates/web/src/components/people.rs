use std::rc::Rc;
use yew::prelude::*;

use super::LIST_CAP;
use crate::i18n::Lang;
use crate::state::Result;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub result: Rc<Result>,
    pub hovered: Option<Rc<str>>,
    pub on_focus: Callback<Rc<str>>,
}

/// People named in the text with their titles.
#[function_component(People)]
pub fn people(p: &Props) -> Html {
    let l = p.lang;
    let list = &p.result.analysis.people;
    if list.is_empty() {
        return html! {};
    }
    html! {
        <section class="people" aria-labelledby="ppl-h">
            <h3 id="ppl-h">{ l.t("Nhân vật", "People") }<span class="count">{ list.len() }</span></h3>
            <ul class="rows people-list">
                { for list.iter().enumerate().take(LIST_CAP * 2).map(|(i, x)| {
                    let r: Rc<str> = Rc::from(format!("people/{i}"));
                    let lit = p.hovered.as_deref() == Some(&*r);
                    let focus = { let (cb, rr) = (p.on_focus.clone(), r.clone()); Callback::from(move |_: MouseEvent| cb.emit(rr.clone())) };
                    html! {
                        <li class={classes!("row", "person", lit.then_some("lit"))} data-testid="person" data-ref={r.to_string()}>
                            <button class="row-body" onclick={focus}>
                                if let Some(h) = &x.honorific { <span class="muted">{ format!("{h} ") }</span> }
                                <strong class="name">{ x.name.clone() }</strong>
                                if !x.titles.is_empty() { <span class="titles">{ format!(" — {}", x.titles.join("; ")) }</span> }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
