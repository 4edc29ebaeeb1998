//! One Yew function component per file. Components render from props and
//! report user intent through callbacks; `app` owns the state and effects.

pub mod app;
pub mod directives;
pub mod doc_header;
pub mod indicator_card;
pub mod indicators;
pub mod input_pane;
pub mod notices;
pub mod people;
pub mod references;
pub mod sources;
pub mod timeline;
pub mod toolbar;

use yew::prelude::*;

/// How many rows a list shows before "show all" (keeps huge inputs fast).
pub const LIST_CAP: usize = 150;

/// Activates a clickable non-button element with Enter or Space.
pub fn on_activate_key(cb: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            cb.emit(());
        }
    })
}
