//! DOM work outside Yew's tree: scrolling a highlight into view and making
//! it flash, lighting a card, the panic message.

use wasm_bindgen::JsCast;
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn scroll_into_view(el: &Element, block: ScrollLogicalPosition) {
    let opts = ScrollIntoViewOptions::new();
    opts.set_behavior(ScrollBehavior::Smooth);
    opts.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Scrolls the sources pane to the first segment of `rref` and flashes
/// every segment of it. Returns false if the item has no visible segment.
pub fn reveal_source(rref: &str) -> bool {
    let Some(doc) = document() else { return false };
    let sel = format!("#sources [data-starts~=\"{rref}\"]");
    let Ok(Some(first)) = doc.query_selector(&sel) else {
        return false;
    };
    // Scroll the sources box itself (not the whole page, which would move
    // the card the reader just clicked); bring the box into view only if
    // it is off screen (phone layout).
    if let (Some(pane), Ok(mark)) = (
        doc.get_element_by_id("sources"),
        first.clone().dyn_into::<web_sys::HtmlElement>(),
    ) {
        let top = mark.offset_top() - pane.client_height() / 2;
        let opts = web_sys::ScrollToOptions::new();
        opts.set_top(top.max(0) as f64);
        opts.set_behavior(ScrollBehavior::Smooth);
        pane.scroll_to_with_scroll_to_options(&opts);
        let r = pane.get_bounding_client_rect();
        let vh = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        if r.bottom() < 0.0 || r.top() > vh {
            scroll_into_view(&pane, ScrollLogicalPosition::Start);
        }
    } else {
        scroll_into_view(&first, ScrollLogicalPosition::Center);
    }
    if let Ok(list) = doc.query_selector_all(&format!("#sources [data-refs~=\"{rref}\"]")) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                restart_class(&el, "flash");
            }
        }
    }
    true
}

/// Re-triggers a CSS animation class even if it is already set.
fn restart_class(el: &Element, class: &str) {
    let cl = el.class_list();
    let _ = cl.remove_1(class);
    if let Ok(h) = el.clone().dyn_into::<web_sys::HtmlElement>() {
        let _ = h.offset_width(); // force a reflow so the animation restarts
    }
    let _ = cl.add_1(class);
}

/// Brings a result (card, row) into view, e.g. after a highlight is clicked.
pub fn reveal_result(rref: &str) {
    let Some(doc) = document() else { return };
    if let Ok(Some(el)) = doc.query_selector(&format!("[data-ref=\"{rref}\"]:not(mark)")) {
        scroll_into_view(&el, ScrollLogicalPosition::Nearest);
        restart_class(&el, "flash");
    }
}

/// Shows the fatal-error banner that index.html carries (text only).
pub fn show_panic(msg: &str) {
    let Some(doc) = document() else { return };
    if let Some(el) = doc.get_element_by_id("panic") {
        if let Some(m) = doc.get_element_by_id("panic-detail") {
            m.set_text_content(Some(msg));
        }
        let _ = el.remove_attribute("hidden");
    }
}

/// Removes the "loading…" placeholder once the app renders.
pub fn remove_placeholder() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

/// Sets `<html lang>` for screen readers and hyphenation.
pub fn set_document_lang(code: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
    }
}
