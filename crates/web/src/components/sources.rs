use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::highlight::{self, Item, PAGE_CHARS};
use crate::i18n::{self, Lang, SPAN_KINDS};
use crate::state::Result;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub result: Rc<Result>,
    pub page: usize,
    pub focus: Option<(Rc<str>, u32)>,
    pub on_hover: Callback<Option<Rc<str>>>,
    /// a highlight was clicked: show its result
    pub on_pick: Callback<Rc<str>>,
    pub on_page: Callback<usize>,
}

struct Prepared {
    items: Vec<Item>,
    chars: usize,
}

fn mark_ref(e: &web_sys::Event) -> Option<Rc<str>> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let mark = el.closest("mark[data-ref]").ok()??;
    mark.get_attribute("data-ref").map(Rc::from)
}

/// The text with every found span highlighted by kind; big texts are shown
/// a page at a time. Text goes into text nodes only, never parsed as HTML.
#[function_component(Sources)]
pub fn sources(p: &Props) -> Html {
    let l = p.lang;
    let prepared = use_memo(p.result.clone(), |r| Prepared {
        items: highlight::items(&r.analysis),
        chars: highlight::char_len(&r.text),
    });
    let pages = prepared.chars.div_ceil(PAGE_CHARS).max(1);
    let page = p.page.min(pages - 1);
    let from = page * PAGE_CHARS;
    let to = (from + PAGE_CHARS).min(prepared.chars);

    let body = use_memo((p.result.clone(), page), {
        let prepared = prepared.clone();
        move |(r, _)| {
            let segs = highlight::segments(&prepared.items, from, to);
            let mut cuts: Vec<usize> = segs.iter().map(|s| s.start).collect();
            cuts.push(to);
            let offs = highlight::byte_offsets(&r.text, &cuts);
            let items = &prepared.items;
            segs.iter()
                .enumerate()
                .map(|(k, s)| {
                    let txt = r.text[offs[k]..offs[k + 1]].to_string();
                    match s.top {
                        None => html! { { txt } },
                        Some(t) => {
                            let top = &items[t];
                            let mut kinds: Vec<&str> = s.cover.iter().map(|&i| items[i].kind).collect();
                            toancanh_core::sort::ascending(&mut kinds);
                            kinds.dedup();
                            let class = format!(
                                "hl hl-{} {}",
                                top.kind,
                                kinds.iter().map(|k| format!("in-{k}")).collect::<Vec<_>>().join(" ")
                            );
                            let mut refs: Vec<&str> = s.cover.iter().map(|&i| items[i].rref.as_str()).collect();
                            refs.dedup();
                            let starts: Vec<&str> = s.starts.iter().map(|&i| items[i].rref.as_str()).collect();
                            html! {
                                <mark class={class} data-ref={top.rref.clone()} data-refs={refs.join(" ")}
                                    data-starts={(!starts.is_empty()).then(|| starts.join(" "))}
                                    tabindex={(!starts.is_empty()).then_some("-1")}>{ txt }</mark>
                            }
                        }
                    }
                })
                .collect::<Html>()
        }
    });

    // scroll to and flash the focused item once it is rendered
    use_effect_with((p.focus.clone(), page), |(focus, _)| {
        if let Some((r, _)) = focus {
            crate::services::dom::reveal_source(r);
        }
    });

    let onmouseover = {
        let cb = p.on_hover.clone();
        Callback::from(move |e: MouseEvent| cb.emit(mark_ref(&e)))
    };
    let onmouseleave = p.on_hover.reform(|_: MouseEvent| None);
    let onclick = {
        let cb = p.on_pick.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(r) = mark_ref(&e) {
                cb.emit(r);
            }
        })
    };
    let pager = if pages > 1 {
        let prev = p
            .on_page
            .reform(move |_: MouseEvent| page.saturating_sub(1));
        let next = p
            .on_page
            .reform(move |_: MouseEvent| (page + 1).min(pages - 1));
        html! {
            <div class="pager">
                <button class="btn" onclick={prev} disabled={page == 0}>{ "‹" }</button>
                <span>{ format!("{} {}/{}", l.t("Trang", "Page"), page + 1, pages) }</span>
                <button class="btn" onclick={next} disabled={page + 1 >= pages}>{ "›" }</button>
            </div>
        }
    } else {
        html! {}
    };
    html! {
        <section class="sources-pane" aria-labelledby="src-h">
            <div class="pane-head">
                <h2 id="src-h">{ l.t("Nguồn", "Sources") }</h2>
                <ul class="legend" aria-label={l.t("Chú giải màu", "Colour legend")}>
                    { for SPAN_KINDS.iter().map(|k| html! {
                        <li><span class={classes!("swatch", format!("hl-{k}"))}></span>{ i18n::span_kind(k, l) }</li>
                    }) }
                </ul>
                { pager.clone() }
            </div>
            <div id="sources" class="sources" data-testid="sources" tabindex="0"
                aria-label={l.t("Văn bản với các đoạn được đánh dấu", "The text with highlighted spans")}
                {onmouseover} {onmouseleave} {onclick}>
                { (*body).clone() }
            </div>
        </section>
    }
}
