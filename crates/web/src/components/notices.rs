use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::{Notice, NoticeKind};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<u32>,
}

/// Messages and errors (storage, files, clipboard), announced to screen readers.
#[function_component(Notices)]
pub fn notices(p: &Props) -> Html {
    html! {
        <div class="notices" aria-live="polite">
            { for p.notices.iter().map(|n| {
                let id = n.id;
                let cb = p.on_dismiss.reform(move |_: MouseEvent| id);
                let (class, role) = match n.kind {
                    NoticeKind::Error => ("notice error", "alert"),
                    NoticeKind::Info => ("notice info", "status"),
                };
                html! {
                    <div class={class} role={role} data-testid="notice">
                        <span class="notice-text">{ n.text.clone() }</span>
                        if let Some(link) = &n.link {
                            <input class="share-link" data-testid="share-link" readonly=true
                                aria-label={p.lang.t("Liên kết chia sẻ", "Share link")}
                                value={link.clone()} />
                        }
                        <button class="icon-btn" onclick={cb}
                            aria-label={p.lang.t("Đóng thông báo", "Dismiss")}>{"×"}</button>
                    </div>
                }
            }) }
        </div>
    }
}
