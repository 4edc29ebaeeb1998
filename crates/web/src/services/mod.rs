//! All input/output of the page: storage, files, clipboard, URL fragment,
//! downloads, the analysis worker, the service worker, the DOM outside
//! Yew's tree. Components call these; nothing else touches `web_sys`.

pub mod analysis;
pub mod clipboard;
pub mod clock;
pub mod dom;
pub mod download;
pub mod files;
pub mod offline;
pub mod storage;
pub mod url;

/// A short, readable text for a JavaScript error value: its `name` and
/// `message` ("NotAllowedError: Write permission denied."), or the value
/// itself when it is a string. (Not `{:?}`: the page's wasm is built with
/// `Debug` formatting compiled out, see docs/web.md.)
pub fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    if let Some(s) = e.as_string() {
        return s;
    }
    let field = |k: &str| {
        js_sys::Reflect::get(e, &k.into())
            .ok()
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty())
    };
    match (field("name"), field("message")) {
        (Some(n), Some(m)) => format!("{n}: {m}"),
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => "Error".to_string(),
    }
}
