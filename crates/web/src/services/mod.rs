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
