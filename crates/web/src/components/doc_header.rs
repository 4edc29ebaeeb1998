use std::rc::Rc;
use yew::prelude::*;

use crate::format;
use crate::i18n::{self, Lang};
use crate::state::Result;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub result: Rc<Result>,
    pub on_focus: Callback<Rc<str>>,
}

/// Kind, title, number, issuer, province, date and signer of the document.
#[function_component(DocHeader)]
pub fn doc_header(p: &Props) -> Html {
    let l = p.lang;
    let a = &p.result.analysis;
    let d = &a.document;
    let row = |k: &'static str, v: Option<String>| match v {
        Some(v) if !v.is_empty() => html! { <div class="kv"><dt>{ k }</dt><dd>{ v }</dd></div> },
        _ => html! {},
    };
    let signer = d.signer.as_ref().map(|s| {
        let cb = p
            .on_focus
            .reform(|_: MouseEvent| Rc::from("document/signer"));
        html! {
            <div class="kv"><dt>{ l.t("Người ký", "Signed by") }</dt>
                <dd><button class="link" onclick={cb}>{ s.name.clone() }</button>
                    if let Some(t) = &s.title { <span class="muted">{ format!(" — {t}") }</span> }
                </dd></div>
        }
    });
    let counts = format!(
        "{} {} · {} {} · {} {} · {} {} · {} {}",
        a.indicators.len(),
        l.t("chỉ tiêu", "indicators"),
        a.meetings.len(),
        l.t("cuộc họp", "meetings"),
        a.directives.len(),
        l.t("chỉ đạo", "directives"),
        a.references.len(),
        l.t("văn bản dẫn chiếu", "references"),
        a.people.len(),
        l.t("người", "people"),
    );
    html! {
        <section class="doc-header card-box" data-testid="doc-header" aria-labelledby="doc-h">
            <div class="doc-kind">{ i18n::doc_kind(d.kind, l) }</div>
            <h2 id="doc-h" class="doc-title">{ d.title.clone().unwrap_or_else(|| l.t("(không rõ tiêu đề)", "(untitled)").into()) }</h2>
            <dl class="kvs">
                { row(l.t("Số", "Number"), d.number.clone()) }
                { row(l.t("Cơ quan ban hành", "Issuer"), d.issuer.clone()) }
                { row(l.t("Tỉnh", "Province"), d.province.clone()) }
                { row(l.t("Ngày", "Date"), d.date.as_deref().map(|x| format::date(x, l))) }
                { for signer }
            </dl>
            <p class="muted counts">{ counts }</p>
        </section>
    }
}
