use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::format;
use crate::i18n::Lang;
use crate::samples::SAMPLES;

#[derive(Clone, PartialEq)]
pub struct Status {
    pub busy: bool,
    pub elapsed_ms: Option<f64>,
    pub in_worker: bool,
    pub chars: usize,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub status: Status,
    pub textarea: NodeRef,
    pub on_input: Callback<()>,
    pub on_run: Callback<()>,
    pub on_sample: Callback<usize>,
    pub on_file: Callback<web_sys::File>,
}

/// The paste area, file open / drop, samples and the analysis status.
#[function_component(InputPane)]
pub fn input_pane(p: &Props) -> Html {
    let l = p.lang;
    let dragging = use_state(|| false);
    let file_input = use_node_ref();

    let oninput = p.on_input.reform(|_: InputEvent| ());
    let onkeydown = {
        let run = p.on_run.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                run.emit(());
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_file = p.on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let f = crate::services::files::first(e.data_transfer().and_then(|d| d.files()));
            if let Some(f) = f {
                on_file.emit(f);
            }
        })
    };
    let onchange = {
        let on_file = p.on_file.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input {
                if let Some(f) = crate::services::files::first(input.files()) {
                    on_file.emit(f);
                }
                input.set_value("");
            }
        })
    };
    let open_click = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = file_input.cast::<web_sys::HtmlInputElement>() {
                i.click();
            }
        })
    };

    let s = &p.status;
    let status = if s.busy {
        html! {
            <span class="working" data-testid="working">
                <span class="spinner" aria-hidden="true"></span>
                { if s.in_worker || s.chars > 150_000 {
                    l.t("Đang phân tích (web worker)…", "Analysing (web worker)…")
                } else {
                    l.t("Đang phân tích…", "Analysing…")
                } }
            </span>
        }
    } else if let Some(ms) = s.elapsed_ms {
        html! {
            <span data-testid="elapsed">
                { format!("{} {}", l.t("phân tích trong", "analysed in"), format::millis(ms, l)) }
                if s.in_worker { { " · web worker" } }
            </span>
        }
    } else {
        html! { <span>{ l.t("Dán văn bản để bắt đầu", "Paste a text to begin") }</span> }
    };

    html! {
        <section class={classes!("input-pane", (*dragging).then_some("dragging"))}
            aria-labelledby="input-h" {ondragover} {ondragleave} {ondrop}>
            <div class="pane-head">
                <h2 id="input-h">{ l.t("Văn bản", "Text") }</h2>
                <div class="samples" role="group" aria-label={l.t("Văn bản mẫu", "Sample texts")}>
                    <span class="muted">{ l.t("Mẫu:", "Samples:") }</span>
                    { for SAMPLES.iter().enumerate().map(|(i, smp)| {
                        let cb = p.on_sample.reform(move |_: MouseEvent| i);
                        html! {
                            <button class="chip" onclick={cb} data-testid={format!("sample-{}", smp.id)}
                                title={l.t("Văn bản mẫu — tên và số liệu hư cấu", "Sample — invented names and figures")}>
                                { l.t(smp.vi, smp.en) }
                            </button>
                        }
                    }) }
                </div>
            </div>
            <textarea ref={p.textarea.clone()} id="input" data-testid="input" spellcheck="false"
                aria-label={l.t("Văn bản cần phân tích", "Text to analyse")}
                placeholder={l.t("Dán văn bản (tin bài, kết luận, báo cáo…) vào đây, hoặc kéo thả tệp .txt / .md. Ctrl+Enter để phân tích ngay.",
                    "Paste a text (news, conclusion, report…) here, or drop a .txt / .md file. Ctrl+Enter analyses at once.")}
                {oninput} {onkeydown} />
            <div class="input-foot">
                <button class="btn primary" onclick={p.on_run.reform(|_| ())} data-testid="run"
                    title="Ctrl+Enter">{ l.t("Phân tích", "Analyse") }</button>
                <button class="btn" onclick={open_click}>{ l.t("Mở tệp…", "Open file…") }</button>
                <input ref={file_input} type="file" accept=".txt,.md,.markdown,text/plain,text/markdown"
                    class="visually-hidden" tabindex="-1" aria-hidden="true" data-testid="file" {onchange} />
                <span class="status" role="status" aria-live="polite">{ status }</span>
                if s.chars > 0 {
                    <span class="muted">{ format!("{} {}", format::number(s.chars as f64, l), l.t("ký tự", "characters")) }</span>
                }
            </div>
        </section>
    }
}
