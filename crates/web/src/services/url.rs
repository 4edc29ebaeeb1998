//! The URL fragment carries a shared text (`#t=…`); it never reaches a server.

use crate::share;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The text in the current URL's fragment, if any.
pub fn shared_text() -> Option<String> {
    share::from_fragment(&location()?.hash().ok()?)
}

/// Does the fragment hold something that looks like a share link?
pub fn has_share_fragment() -> bool {
    location()
        .and_then(|l| l.hash().ok())
        .is_some_and(|h| h.starts_with("#t="))
}

/// The page's own address with the text in the fragment.
pub fn share_link(text: &str) -> Option<String> {
    let l = location()?;
    let href = l.href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}#t={}", share::encode(text)))
}

/// Removes the fragment without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(w) = web_sys::window() else { return };
    let l = w.location();
    if l.hash().map(|h| h.is_empty()).unwrap_or(true) {
        return;
    }
    let path = format!(
        "{}{}",
        l.pathname().unwrap_or_default(),
        l.search().unwrap_or_default()
    );
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}
