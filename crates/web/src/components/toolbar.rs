use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub has_result: bool,
    pub on_lang: Callback<()>,
    pub on_export: Callback<&'static str>,
    pub on_share: Callback<()>,
    pub on_clear: Callback<()>,
}

/// The top bar: name, exports, share link, clear data, language.
#[function_component(Toolbar)]
pub fn toolbar(p: &Props) -> Html {
    let l = p.lang;
    let export = |kind: &'static str, label: &'static str, title: &'static str| {
        let cb = p.on_export.reform(move |_: MouseEvent| kind);
        html! {
            <button class="btn" onclick={cb} disabled={!p.has_result} title={title}
                data-testid={format!("export-{kind}")}>{ label }</button>
        }
    };
    html! {
        <header class="topbar">
            <div class="brand">
                // inline, so the single-file build needs no image file
                <svg viewBox="0 0 64 64" width="30" height="30" aria-hidden="true" class="logo">
                    <rect width="64" height="64" rx="14" fill="#0f5c4d" />
                    <circle cx="27" cy="27" r="14" fill="none" stroke="#f7f6f2" stroke-width="5" />
                    <path d="M37 37l12 12" stroke="#f7f6f2" stroke-width="6" stroke-linecap="round" />
                    <path d="M20 31v-4M25 31v-8M30 31v-6" stroke="#f2c14e" stroke-width="3" stroke-linecap="round" />
                </svg>
                <div>
                    <h1>{ "Toàn Cảnh" }</h1>
                    <p class="tagline">{ l.t("Đọc nhanh văn bản chính quyền, từng con số dẫn về nguồn",
                        "Read government texts fast, every figure linked to its source") }</p>
                </div>
            </div>
            <nav class="actions" aria-label={l.t("Công cụ", "Tools")}>
                { export("json", "JSON", l.t("Tải kết quả dạng JSON", "Download the analysis as JSON")) }
                { export("csv", "CSV", l.t("Tải bảng chỉ tiêu CSV", "Download indicators as CSV")) }
                { export("md", "Markdown", l.t("Tải báo cáo Markdown", "Download a Markdown report")) }
                { export("ics", l.t("Lịch .ics", "Calendar .ics"), l.t("Tải lịch họp và hạn chót", "Download meetings and deadlines")) }
                <button class="btn" onclick={p.on_share.reform(|_| ())} disabled={!p.has_result}
                    data-testid="share">{ l.t("Chia sẻ liên kết", "Share link") }</button>
                <button class="btn danger" onclick={p.on_clear.reform(|_| ())} data-testid="clear">
                    { l.t("Xóa dữ liệu", "Clear data") }</button>
                <button class="btn ghost" onclick={p.on_lang.reform(|_| ())} data-testid="lang"
                    lang={l.other().code()}
                    aria-label={l.t("Switch to English", "Chuyển sang tiếng Việt")}>
                    { l.t("English", "Tiếng Việt") }</button>
            </nav>
        </header>
    }
}
