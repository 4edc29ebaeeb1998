use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::directives::Directives;
use super::doc_header::DocHeader;
use super::indicators::Indicators;
use super::input_pane::{InputPane, Status};
use super::notices::Notices;
use super::people::People;
use super::references::References;
use super::sources::Sources;
use super::timeline::Timeline;
use super::toolbar::Toolbar;
use crate::describe;
use crate::export;
use crate::highlight;
use crate::i18n::Lang;
use crate::samples::SAMPLES;
use crate::services::{self, storage::StorageError};
use crate::state::{Action, AppState, NoticeKind};

const DEBOUNCE_MS: u32 = 300;
const DEBOUNCE_BIG_MS: u32 = 700;

fn storage_message(e: &StorageError, lang: Lang) -> String {
    match e {
        StorageError::Unavailable => lang
            .t(
                "Trình duyệt không cho lưu dữ liệu (localStorage bị tắt): văn bản sẽ mất khi tải lại trang.",
                "This browser does not allow local storage: the text will be lost on reload.",
            )
            .to_string(),
        StorageError::TooLarge(n) => format!(
            "{} ({} / {}).",
            lang.t(
                "Văn bản quá dài để lưu lại trong trình duyệt; bản lưu cũ đã được xóa",
                "The text is too long to keep in the browser; the older saved copy was removed"
            ),
            crate::format::number(*n as f64, lang),
            crate::format::number(services::storage::MAX_SAVED_CHARS as f64, lang),
        ),
        StorageError::Refused(why) => format!(
            "{} ({why})",
            lang.t(
                "Không lưu được văn bản vào trình duyệt",
                "Could not save the text in the browser"
            )
        ),
    }
}

/// Where analysis outcomes go: a result, or a crash notice.
fn sink(d: &UseReducerDispatcher<AppState>, lang: &Rc<RefCell<Lang>>) -> services::analysis::Sink {
    let (d, lang) = (d.clone(), lang.clone());
    Callback::from(move |(g, outcome)| match outcome {
        services::analysis::Outcome::Done(r) => d.dispatch(Action::Finished(g, r)),
        services::analysis::Outcome::Crashed => {
            let l = *lang.borrow();
            d.dispatch(Action::Failed(g));
            d.dispatch(Action::Notify(
                NoticeKind::Error,
                l.t(
                    "Bộ phân tích gặp lỗi với văn bản này và đã được khởi động lại. Trang vẫn dùng được; hãy thử sửa văn bản hoặc báo lỗi kèm văn bản.",
                    "The analyzer failed on this text and was restarted. The page still works; try editing the text or report the bug with the text.",
                )
                .into(),
                None,
            ));
        }
    })
}

/// The page: owns the state, the textarea and every effect.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch = state.dispatcher();
    let textarea = use_node_ref();
    let generation = use_mut_ref(|| 0u64);
    let debounce: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let lang = state.lang;
    // the language as seen by long-lived callbacks
    let lang_ref = use_mut_ref(|| Lang::Vi);
    *lang_ref.borrow_mut() = lang;

    let notify = {
        let d = dispatch.clone();
        Callback::from(move |(k, m): (NoticeKind, String)| d.dispatch(Action::Notify(k, m, None)))
    };

    // Analyse a text now (it becomes the current text, and is saved).
    let analyze_now = {
        let d = dispatch.clone();
        let generation = generation.clone();
        let lang_ref = lang_ref.clone();
        use_callback((), move |text: Rc<str>, _| {
            let g = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            d.dispatch(Action::SetText(text.clone()));
            d.dispatch(Action::Started(g));
            if let Err(e) = services::storage::save_text(&text) {
                let l = *lang_ref.borrow();
                d.dispatch(Action::Notify(
                    NoticeKind::Error,
                    storage_message(&e, l),
                    None,
                ));
            }
            services::analysis::run(text, g, sink(&d, &lang_ref));
        })
    };

    let read_textarea = {
        let textarea = textarea.clone();
        move || -> Rc<str> {
            textarea
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| Rc::from(t.value()))
                .unwrap_or_else(|| Rc::from(""))
        }
    };
    let set_textarea = {
        let textarea = textarea.clone();
        move |s: &str| {
            if let Some(t) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                t.set_value(s);
            }
        }
    };

    // First load: language, then the shared text (#t=…) or the saved one.
    {
        let analyze_now = analyze_now.clone();
        let d = dispatch.clone();
        let set_textarea = set_textarea.clone();
        let lang_ref = lang_ref.clone();
        use_effect_with((), move |_| {
            let lang = services::storage::load_lang()
                .map(|c| Lang::from_code(&c))
                .unwrap_or_default();
            d.dispatch(Action::SetLang(lang));
            let load_shared = {
                let d = d.clone();
                let analyze_now = analyze_now.clone();
                let set_textarea = set_textarea.clone();
                move || -> bool {
                    if !services::url::has_share_fragment() {
                        return false;
                    }
                    match services::url::shared_text() {
                        Some(t) => {
                            set_textarea(&t);
                            analyze_now.emit(Rc::from(t));
                            d.dispatch(Action::Notify(
                                NoticeKind::Info,
                                lang.t(
                                    "Đã mở văn bản từ liên kết chia sẻ.",
                                    "Opened the text from a share link.",
                                )
                                .into(),
                                None,
                            ));
                        }
                        None => d.dispatch(Action::Notify(
                            NoticeKind::Error,
                            lang.t(
                                "Liên kết chia sẻ bị hỏng hoặc bị cắt ngắn.",
                                "The share link is broken or truncated.",
                            )
                            .into(),
                            None,
                        )),
                    }
                    services::url::clear_fragment();
                    true
                }
            };
            if !load_shared() {
                if let Some(t) = services::storage::load_text().filter(|t| !t.is_empty()) {
                    set_textarea(&t);
                    analyze_now.emit(Rc::from(t));
                }
            }
            services::offline::register();
            services::analysis::warm_up(sink(&d, &lang_ref));
            // a share link pasted into this same tab only changes the fragment
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "hashchange", move |_| {
                    load_shared();
                })
            });
            move || drop(listener)
        });
    }

    use_effect_with(lang, |l| {
        services::dom::set_document_lang(l.code());
    });

    let on_input = {
        let analyze_now = analyze_now.clone();
        let debounce = debounce.clone();
        let read = read_textarea.clone();
        let textarea = textarea.clone();
        use_callback((), move |_: (), _| {
            let analyze_now = analyze_now.clone();
            let read = read.clone();
            // text_length() is counted by the browser: no copy of a big text
            let len = textarea
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.text_length())
                .unwrap_or(0) as usize;
            let delay = if len * 2 >= services::analysis::WORKER_THRESHOLD {
                DEBOUNCE_BIG_MS
            } else {
                DEBOUNCE_MS
            };
            let t = Timeout::new(delay, move || {
                analyze_now.emit(read());
            });
            *debounce.borrow_mut() = Some(t);
        })
    };

    let on_run = {
        let analyze_now = analyze_now.clone();
        let debounce = debounce.clone();
        let read = read_textarea.clone();
        use_callback((), move |_: (), _| {
            debounce.borrow_mut().take();
            analyze_now.emit(read());
        })
    };

    let on_sample = {
        let analyze_now = analyze_now.clone();
        let set_textarea = set_textarea.clone();
        use_callback((), move |i: usize, _| {
            if let Some(s) = SAMPLES.get(i) {
                set_textarea(s.text);
                analyze_now.emit(Rc::from(s.text));
            }
        })
    };

    let on_file = {
        let analyze_now = analyze_now.clone();
        let set_textarea = set_textarea.clone();
        let notify = notify.clone();
        let lang_ref = lang_ref.clone();
        use_callback((), move |f: web_sys::File, _| {
            let analyze_now = analyze_now.clone();
            let set_textarea = set_textarea.clone();
            let notify = notify.clone();
            let l = *lang_ref.borrow();
            wasm_bindgen_futures::spawn_local(async move {
                use services::files::FileError;
                match services::files::read_text(f).await {
                    Ok(t) => {
                        set_textarea(&t);
                        analyze_now.emit(Rc::from(t));
                    }
                    Err(e) => {
                        let msg = match e {
                            FileError::NotText(n) => format!(
                                "{}: {n}",
                                l.t(
                                    "Chỉ mở được tệp .txt hoặc .md",
                                    "Only .txt or .md files can be opened"
                                )
                            ),
                            FileError::TooLarge(n) => format!(
                                "{}: {n}",
                                l.t("Tệp quá lớn (tối đa 20 MB)", "File too large (20 MB max)")
                            ),
                            FileError::Unreadable(n) => format!(
                                "{}: {n}",
                                l.t("Không đọc được tệp", "Could not read the file")
                            ),
                        };
                        notify.emit((NoticeKind::Error, msg));
                    }
                }
            });
        })
    };

    let on_lang = {
        let d = dispatch.clone();
        use_callback(lang, move |_: (), l| {
            let next = l.other();
            services::storage::save_lang(next.code());
            d.dispatch(Action::SetLang(next));
        })
    };

    let on_export = {
        let result = state.result.clone();
        let notify = notify.clone();
        use_callback((result, lang), move |kind: &'static str, (result, l)| {
            let Some(r) = result else { return };
            let a = &r.analysis;
            let (name, mime, body) = match kind {
                "json" => ("toancanh.json", "application/json", export::json(a)),
                "csv" => (
                    "toancanh-chi-tieu.csv",
                    "text/csv;charset=utf-8",
                    export::csv(a, &r.text),
                ),
                "md" => (
                    "toancanh-bao-cao.md",
                    "text/markdown;charset=utf-8",
                    export::markdown(a, *l),
                ),
                _ => (
                    "toancanh-lich.ics",
                    "text/calendar;charset=utf-8",
                    export::ics(a, *l, &services::clock::ics_stamp()),
                ),
            };
            if let Err(e) = services::download::save(name, mime, &body) {
                notify.emit((
                    NoticeKind::Error,
                    format!("{} ({e})", l.t("Không tải xuống được", "Download failed")),
                ));
            }
        })
    };

    let on_share = {
        let d = dispatch.clone();
        let read = read_textarea.clone();
        use_callback(lang, move |_: (), l| {
            let text = read();
            let Some(link) = services::url::share_link(&text) else {
                return;
            };
            let d = d.clone();
            let l = *l;
            wasm_bindgen_futures::spawn_local(async move {
                let copied = services::clipboard::copy(&link).await.is_ok();
                let mut msg = if copied {
                    l.t("Đã sao chép liên kết chia sẻ. Văn bản nằm trong liên kết (sau dấu #), không gửi lên máy chủ.",
                        "Share link copied. The text is inside the link (after #) and is never sent to a server.").to_string()
                } else {
                    l.t(
                        "Liên kết chia sẻ (văn bản nằm sau dấu #, không gửi lên máy chủ):",
                        "Share link (the text is after the #, never sent to a server):",
                    )
                    .to_string()
                };
                if link.len() > 32_000 {
                    msg.push_str(&format!(
                        " {} {} {}",
                        l.t("Liên kết dài", "The link is long:"),
                        crate::format::number(link.len() as f64, l),
                        l.t(
                            "ký tự; một số ứng dụng có thể cắt ngắn.",
                            "characters; some apps may cut it."
                        )
                    ));
                }
                d.dispatch(Action::Notify(NoticeKind::Info, msg, Some(link)));
            });
        })
    };

    let on_clear = {
        let d = dispatch.clone();
        let set_textarea = set_textarea.clone();
        let debounce = debounce.clone();
        use_callback(lang, move |_: (), l| {
            debounce.borrow_mut().take();
            set_textarea("");
            services::url::clear_fragment();
            d.dispatch(Action::Clear);
            match services::storage::clear_all() {
                Ok(()) => d.dispatch(Action::Notify(
                    NoticeKind::Info,
                    l.t(
                        "Đã xóa dữ liệu lưu trong trình duyệt.",
                        "Data saved in this browser was cleared.",
                    )
                    .into(),
                    None,
                )),
                Err(e) => d.dispatch(Action::Notify(
                    NoticeKind::Error,
                    storage_message(&e, *l),
                    None,
                )),
            }
        })
    };

    let on_focus = {
        let d = dispatch.clone();
        let result = state.result.clone();
        use_callback(result, move |r: Rc<str>, result| {
            let page = result
                .as_ref()
                .and_then(|res| highlight::first_span(&res.analysis, &r))
                .map(|(s, _)| highlight::page_of(s))
                .unwrap_or(0);
            d.dispatch(Action::Focus(r, page));
        })
    };
    let on_hover = {
        let d = dispatch.clone();
        use_callback((), move |h: Option<Rc<str>>, _| {
            d.dispatch(Action::Hover(h))
        })
    };
    let on_pick = use_callback((), |r: Rc<str>, _| services::dom::reveal_result(&r));
    let on_page = {
        let d = dispatch.clone();
        use_callback((), move |p: usize, _| d.dispatch(Action::SetPage(p)))
    };
    let on_toggle = {
        let d = dispatch.clone();
        use_callback((), move |k: &'static str, _| {
            d.dispatch(Action::ToggleKind(k))
        })
    };
    let on_dismiss = {
        let d = dispatch.clone();
        use_callback((), move |id: u32, _| d.dispatch(Action::Dismiss(id)))
    };
    let on_copy = {
        let result = state.result.clone();
        let d = dispatch.clone();
        use_callback((result, lang), move |i: usize, (result, l)| {
            let Some(r) = result.clone() else { return };
            let Some(ind) = r.analysis.indicators.get(i) else {
                return;
            };
            let src = export::slice_chars(&r.text, ind.span[0], ind.span[1]);
            let text = describe::card_text(ind, &src, *l);
            let d = d.clone();
            let l = *l;
            wasm_bindgen_futures::spawn_local(async move {
                match services::clipboard::copy(&text).await {
                    Ok(()) => d.dispatch(Action::Notify(
                        NoticeKind::Info,
                        l.t("Đã sao chép thẻ.", "Card copied.").into(),
                        None,
                    )),
                    Err(_) => d.dispatch(Action::Notify(
                        NoticeKind::Error,
                        l.t(
                            "Không sao chép được (trình duyệt chặn bộ nhớ tạm).",
                            "Could not copy (the browser blocked the clipboard).",
                        )
                        .into(),
                        None,
                    )),
                }
            });
        })
    };

    let status = Status {
        busy: state.busy,
        elapsed_ms: state.result.as_ref().map(|r| r.elapsed_ms),
        in_worker: state.result.as_ref().is_some_and(|r| r.in_worker),
        chars: state.text.chars().count(),
    };

    html! {
        <>
            <a class="skip" href="#results">{ lang.t("Đến kết quả", "Skip to results") }</a>
            <Toolbar lang={lang} has_result={state.result.is_some()} on_lang={on_lang}
                on_export={on_export} on_share={on_share} on_clear={on_clear} />
            <Notices lang={lang} notices={state.notices.clone()} on_dismiss={on_dismiss} />
            <main class={classes!("layout", state.busy.then_some("busy"))} aria-busy={state.busy.to_string()}>
                <div class="col col-text">
                    <InputPane lang={lang} status={status} textarea={textarea.clone()}
                        on_input={on_input} on_run={on_run} on_sample={on_sample} on_file={on_file} />
                    if let Some(r) = &state.result {
                        <Sources lang={lang} result={r.clone()} page={state.source_page}
                            focus={state.focus.clone()} on_hover={on_hover} on_pick={on_pick} on_page={on_page} />
                    }
                </div>
                <div class="col col-results" id="results" tabindex="-1">
                    if let Some(r) = &state.result {
                        <DocHeader lang={lang} result={r.clone()} on_focus={on_focus.clone()} />
                        <Indicators lang={lang} result={r.clone()} hovered={state.hovered.clone()}
                            on_focus={on_focus.clone()} on_copy={on_copy} />
                        <Timeline lang={lang} result={r.clone()} hidden={state.hidden_kinds.clone()}
                            hovered={state.hovered.clone()} on_toggle={on_toggle} on_focus={on_focus.clone()} />
                        <Directives lang={lang} result={r.clone()} hovered={state.hovered.clone()} on_focus={on_focus.clone()} />
                        <References lang={lang} result={r.clone()} hovered={state.hovered.clone()} on_focus={on_focus.clone()} />
                        <People lang={lang} result={r.clone()} hovered={state.hovered.clone()} on_focus={on_focus} />
                    } else {
                        <section class="welcome card-box">
                            <h2>{ lang.t("Dán một văn bản để xem toàn cảnh", "Paste a text to see the whole picture") }</h2>
                            <p>{ lang.t("Toàn Cảnh đọc tin bài, kết luận, báo cáo kinh tế - xã hội và lập thẻ chỉ tiêu, dòng thời gian, danh sách chỉ đạo, văn bản dẫn chiếu và nhân vật. Mỗi con số dẫn về đúng chỗ trong văn bản.",
                                "Toàn Cảnh reads news, Party conclusions and socio-economic reports and lists indicator cards, a timeline, directives, referenced documents and people. Every figure links to its place in the text.") }</p>
                            <p class="muted">{ lang.t("Mọi phân tích chạy ngay trong trình duyệt; văn bản không được gửi đi đâu.",
                                "Everything runs in your browser; the text is never sent anywhere.") }</p>
                        </section>
                    }
                </div>
            </main>
            <footer class="foot">
                <span>{ format!("Toàn Cảnh v{}", env!("CARGO_PKG_VERSION")) }</span>
                <span>{ lang.t("Văn bản không rời khỏi máy của bạn.", "Your text never leaves your device.") }</span>
            </footer>
        </>
    }
}
