//! Registers the service worker written at build time (scripts/gen-sw.sh),
//! so that after one visit the page loads and analyses with no network.

use wasm_bindgen::JsValue;

pub fn register() {
    let Some(w) = web_sys::window() else { return };
    let proto = w.location().protocol().unwrap_or_default();
    if proto != "https:" && proto != "http:" {
        return; // file:// (the single-file build) has no service worker
    }
    let nav = w.navigator();
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    // Relative to the page: works at / and under a sub-path (/toancanh/).
    let p = nav.service_worker().register("./sw.js");
    // A failed registration (e.g. `trunk serve` without the hook) only
    // means no offline cache; keep it out of the console as an error.
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(p).await.is_err() {
            web_sys::console::info_1(&"toancanh: service worker not registered".into());
        }
    });
}
