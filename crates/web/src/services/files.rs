//! Opening .txt / .md files (picker or drag-and-drop).

use wasm_bindgen_futures::JsFuture;

/// Files larger than this are refused (the analysis is meant for texts).
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    NotText(String),
    TooLarge(String),
    Unreadable(String),
}

pub fn accepted(name: &str, mime: &str) -> bool {
    let n = name.to_lowercase();
    n.ends_with(".txt")
        || n.ends_with(".md")
        || n.ends_with(".markdown")
        || mime == "text/plain"
        || mime == "text/markdown"
}

/// Reads a text file as UTF-8 (a BOM is dropped).
pub async fn read_text(file: web_sys::File) -> Result<String, FileError> {
    let name = file.name();
    if !accepted(&name, &file.type_()) {
        return Err(FileError::NotText(name));
    }
    if file.size() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge(name));
    }
    let v = JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable(name.clone()))?;
    let s = v.as_string().ok_or(FileError::Unreadable(name))?;
    Ok(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s))
}

/// The first file of a drop or picker list.
pub fn first(list: Option<web_sys::FileList>) -> Option<web_sys::File> {
    list.and_then(|l| l.get(0))
}
