//! # toancanh-web
//!
//! The Toàn Cảnh page: paste a Vietnamese government text and read its
//! indicators, timeline, directives, references and people, each one click
//! from its place in the source. Everything runs in the browser.
//!
//! Layout: [`state`] (reducer), [`components`] (one Yew function component
//! per file), [`services`] (all I/O), and pure helpers ([`format`],
//! [`describe`], [`export`], [`highlight`], [`share`]) that are unit-tested
//! natively. The same wasm also runs as the analysis [`worker`].

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
mod components;
mod describe;
mod export;
mod format;
mod highlight;
mod i18n;
mod samples;
mod services;
mod share;
mod state;
mod worker;

use wasm_bindgen::JsCast;

fn main() {
    // The same binary is the analysis worker when started in one.
    if js_sys::global().dyn_ref::<web_sys::Window>().is_none() {
        use gloo_worker::Registrable;
        std::panic::set_hook(Box::new(|info| {
            let stack = js_sys::Reflect::get(&js_sys::Error::new(""), &"stack".into())
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            web_sys::console::error_1(&format!("toancanh worker: {info}\n{stack}").into());
        }));
        worker::AnalyzeWorker::registrar().register();
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        web_sys::console::error_1(&format!("toancanh: {msg}").into());
        services::dom::show_panic(&msg);
    }));
    services::dom::remove_placeholder();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<components::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::app::App>::new().render();
        }
    }
}
