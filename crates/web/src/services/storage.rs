//! localStorage: the text and the language survive a reload. The text is
//! capped; anything not saved is reported, never dropped silently.

use web_sys::Storage;

const KEY_TEXT: &str = "toancanh.text";
const KEY_LANG: &str = "toancanh.lang";
/// Characters of text kept (localStorage holds ~5 M UTF-16 units per site).
pub const MAX_SAVED_CHARS: usize = 1_000_000;

#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// localStorage is disabled or missing (private mode, file:// policy …).
    Unavailable,
    /// The text is longer than the cap; the previous save was removed.
    TooLarge(usize),
    /// The browser refused (quota).
    Refused(String),
}

fn storage() -> Result<Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

pub fn load_text() -> Option<String> {
    storage().ok()?.get_item(KEY_TEXT).ok().flatten()
}

pub fn save_text(text: &str) -> Result<(), StorageError> {
    let s = storage()?;
    if text.is_empty() {
        let _ = s.remove_item(KEY_TEXT);
        return Ok(());
    }
    let n = text.chars().count();
    if n > MAX_SAVED_CHARS {
        let _ = s.remove_item(KEY_TEXT);
        return Err(StorageError::TooLarge(n));
    }
    s.set_item(KEY_TEXT, text).map_err(|e| {
        let msg = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "Error".into());
        StorageError::Refused(msg)
    })
}

pub fn load_lang() -> Option<String> {
    storage().ok()?.get_item(KEY_LANG).ok().flatten()
}

pub fn save_lang(code: &str) {
    if let Ok(s) = storage() {
        let _ = s.set_item(KEY_LANG, code);
    }
}

/// "Xóa dữ liệu": removes everything this page stored.
pub fn clear_all() -> Result<(), StorageError> {
    let s = storage()?;
    s.remove_item(KEY_TEXT)
        .and_then(|_| s.remove_item(KEY_LANG))
        .map_err(|_| StorageError::Refused("remove".into()))
}
