//! Copying text (a card, the share link).

use wasm_bindgen_futures::JsFuture;

pub async fn copy(text: &str) -> Result<(), String> {
    let w = web_sys::window().ok_or("no window")?;
    let p = w.navigator().clipboard().write_text(text);
    JsFuture::from(p)
        .await
        .map(|_| ())
        .map_err(|e| super::js_error_text(&e))
}
