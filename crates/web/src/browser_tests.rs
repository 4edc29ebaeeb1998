//! Component tests in a real browser (wasm-bindgen-test):
//! `WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver
//!  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//!  cargo test --target wasm32-unknown-unknown -p toancanh-web`
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use toancanh_core::{Analysis, Indicator, IndicatorKind};
use wasm_bindgen_test::*;
use yew::prelude::*;

use crate::components::sources::{Props, Sources};
use crate::i18n::Lang;
use crate::state::Result;

wasm_bindgen_test_configure!(run_in_browser);

fn indicator(start: usize, end: usize) -> Indicator {
    Indicator {
        metric: "thu ngân sách".into(),
        value: Some(12345.6),
        value_max: None,
        unit: Some("tỷ đồng".into()),
        of: None,
        change_value: None,
        change_value_max: None,
        change_unit: None,
        change_basis: None,
        pct_of_basis: None,
        basis: None,
        share_pct: None,
        ranks: vec![],
        period: None,
        period_start: None,
        period_end: None,
        kind: IndicatorKind::Actual,
        approx: None,
        span: [start, end],
        mentions: vec![[start, end]],
        group: "budget".into(),
        concept: Some("budget_revenue".into()),
        concept_detail: None,
    }
}

async fn render(text: &str, analysis: Analysis) -> web_sys::Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let props = Props {
        lang: Lang::Vi,
        result: Rc::new(Result {
            text: Rc::from(text),
            analysis: Rc::new(analysis),
            elapsed_ms: 1.0,
            in_worker: false,
        }),
        page: 0,
        focus: None,
        on_hover: Callback::noop(),
        on_pick: Callback::noop(),
        on_page: Callback::noop(),
    };
    yew::Renderer::<Sources>::with_root_and_props(root.clone(), props).render();
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    root
}

#[wasm_bindgen_test]
async fn highlights_by_characters_not_utf16_units() {
    // "🙂" is two UTF-16 units but one character; "a\u{301}" is two characters.
    let text = "🙂 a\u{301} <b>thu</b> 12.345,6 tỷ đồng.";
    let start = text.chars().position(|c| c == '1').unwrap();
    let end = start + "12.345,6 tỷ đồng".chars().count();
    let a = Analysis {
        indicators: vec![indicator(start, end)],
        ..Analysis::default()
    };
    let root = render(text, a).await;
    let mark = root
        .query_selector("mark[data-ref='indicators/0']")
        .unwrap()
        .unwrap();
    assert_eq!(mark.text_content().unwrap(), "12.345,6 tỷ đồng");
    assert_eq!(
        mark.get_attribute("data-starts").as_deref(),
        Some("indicators/0")
    );
    // user text is text, never markup
    assert!(root.query_selector("#sources b").unwrap().is_none());
    assert_eq!(
        root.query_selector("#sources")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        text
    );
}
