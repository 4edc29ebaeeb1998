//! Runs the analysis. Whenever a worker can be started, the analysis runs
//! in it (gloo-worker), for two reasons: a 2 MB paste never blocks the
//! page, and a bug in the analyzer (a panic aborts a wasm instance) kills
//! only the worker — the page reports it and starts a fresh worker.
//! Without a worker (very old browser, blocked script) it runs here: at
//! once for ordinary texts, after the "working" state has painted for big
//! ones.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use gloo_worker::{Spawnable, WorkerBridge};
use toancanh_core::{analyze, Options};
use yew::Callback;

use crate::state::Result as AnalysisResult;
use crate::worker::{AnalyzeWorker, Done, Job};

use super::clock::now;

/// Bytes of UTF-8 above which the page must not analyse on its own
/// thread (~200 KB).
pub const WORKER_THRESHOLD: usize = 200 * 1024;

/// What happened to a request.
pub enum Outcome {
    Done(Rc<AnalysisResult>),
    /// The worker stopped answering while analysing this text.
    Crashed,
}

pub type Sink = Callback<(u64, Outcome)>;

struct Pending {
    generation: u64,
    text: Rc<str>,
    watchdog: Option<Timeout>,
}

#[derive(Clone, Copy, PartialEq)]
enum WorkerState {
    /// not tried yet
    Unknown,
    /// answered at least once
    Alive,
    /// could not be started or never answered: analyse here
    Unavailable,
}

thread_local! {
    static BRIDGE: RefCell<Option<WorkerBridge<AnalyzeWorker>>> = const { RefCell::new(None) };
    static STATE: RefCell<WorkerState> = const { RefCell::new(WorkerState::Unknown) };
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
    static SINK: RefCell<Option<Sink>> = const { RefCell::new(None) };
}

fn run_here(text: &Rc<str>) -> AnalysisResult {
    // the one-time set-up is not part of the time shown
    warm_now();
    let t0 = now();
    let analysis = analyze(text, &Options::default());
    let elapsed_ms = now() - t0;
    AnalysisResult {
        text: text.clone(),
        analysis: Rc::new(analysis),
        elapsed_ms,
        in_worker: false,
    }
}

fn emit(generation: u64, outcome: Outcome) {
    if let Some(sink) = SINK.with(|s| s.borrow().clone()) {
        sink.emit((generation, outcome));
    }
}

fn run_locally(text: Rc<str>, generation: u64) {
    if text.len() >= WORKER_THRESHOLD {
        // let the busy state paint before the thread is taken
        Timeout::new(50, move || {
            let r = run_here(&text);
            emit(generation, Outcome::Done(Rc::new(r)));
        })
        .forget();
    } else {
        let r = run_here(&text);
        emit(generation, Outcome::Done(Rc::new(r)));
    }
}

/// Starts the worker early so the first analysis does not wait for it.
/// Without a worker, builds the analyzer's patterns and lexicons on this
/// thread instead, once the page has painted.
pub fn warm_up(sink: Sink) {
    SINK.with(|s| *s.borrow_mut() = Some(sink));
    if !ensure_bridge() {
        warm_up_here();
    }
}

thread_local! {
    static WARM: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The analyzer's one-time set-up on this thread, after the next paint
/// (a timeout lets the browser render first).
fn warm_up_here() {
    if !WARM.with(|w| w.get()) {
        Timeout::new(30, warm_now).forget();
    }
}

/// The analyzer's one-time set-up on this thread, now, if not done yet.
fn warm_now() {
    if !WARM.with(|w| w.replace(true)) {
        toancanh_core::warm_up();
    }
}

/// Analyses `text` as request `generation`; the outcome goes to `sink`.
pub fn run(text: Rc<str>, generation: u64, sink: Sink) {
    SINK.with(|s| *s.borrow_mut() = Some(sink));
    if STATE.with(|s| *s.borrow()) == WorkerState::Unavailable || !ensure_bridge() {
        run_locally(text, generation);
        return;
    }
    // a newer request replaces the pending one (its result will be dropped)
    let ms = 8_000 + (text.len() / 1024) as u32 * 15;
    let watchdog = Timeout::new(ms, move || on_timeout(generation));
    PENDING.with(|p| {
        *p.borrow_mut() = Some(Pending {
            generation,
            text: text.clone(),
            watchdog: Some(watchdog),
        })
    });
    // Sent from a zero-delay timeout: the page's own re-render for this
    // request (the text, the "working" state) runs first, so on a machine
    // with few cores it does not compete with the analysis for the CPU.
    let job = Job {
        generation,
        text: text.to_string(),
    };
    Timeout::new(0, move || {
        BRIDGE.with(|b| {
            if let Some(b) = b.borrow().as_ref() {
                b.send(job);
            }
        });
    })
    .forget();
}

fn on_timeout(generation: u64) {
    let Some(p) = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if p.as_ref().is_some_and(|x| x.generation == generation) {
            p.take()
        } else {
            None
        }
    }) else {
        return;
    };
    // drop this worker; a fresh one is started for the next request
    BRIDGE.with(|b| b.borrow_mut().take());
    let alive = STATE.with(|s| *s.borrow()) == WorkerState::Alive;
    if alive {
        emit(generation, Outcome::Crashed);
    } else {
        // never answered: workers do not work here; analyse on this thread
        STATE.with(|s| *s.borrow_mut() = WorkerState::Unavailable);
        run_locally(p.text, generation);
    }
}

fn on_done(done: Done) {
    STATE.with(|s| *s.borrow_mut() = WorkerState::Alive);
    let Some(p) = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if p.as_ref().is_some_and(|x| x.generation == done.generation) {
            p.take()
        } else {
            None
        }
    }) else {
        return; // the warm-up ping, or a request since replaced
    };
    drop(p.watchdog);
    let r = AnalysisResult {
        text: p.text,
        analysis: Rc::new(done.analysis),
        elapsed_ms: done.elapsed_ms,
        in_worker: true,
    };
    emit(done.generation, Outcome::Done(Rc::new(r)));
}

/// Makes sure a worker bridge exists; false if none can be made.
fn ensure_bridge() -> bool {
    if BRIDGE.with(|b| b.borrow().is_some()) {
        return true;
    }
    let Some(url) = worker_url() else {
        STATE.with(|s| *s.borrow_mut() = WorkerState::Unavailable);
        return false;
    };
    let mut spawner = AnalyzeWorker::spawner();
    spawner.callback(on_done);
    let bridge = spawner.spawn_with_loader(&url);
    // A ping: its answer tells that the worker is alive. The worker has
    // built the analyzer's patterns and lexicons when it started
    // (`toancanh_core::warm_up`); analysing a sample on top lets the
    // browser's wasm compiler optimise the hot code before the first real
    // text, so the time shown is the analysis' own.
    bridge.send(Job {
        generation: u64::MAX,
        text: crate::samples::SAMPLES[1].text.to_string(),
    });
    BRIDGE.with(|b| *b.borrow_mut() = Some(bridge));
    true
}

/// Where the worker comes from:
/// - the Trunk build: `worker-loader.js` (a classic worker) imports the
///   page's own ES-module glue and wasm, named on the boot script tag;
/// - the single-file build: a Blob made of the inlined no-modules glue and
///   the inlined wasm.
fn worker_url() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    if !js_sys::Reflect::has(&js_sys::global(), &"Worker".into()).unwrap_or(false) {
        return None;
    }
    let base = doc.base_uri().ok().flatten()?;
    if let Ok(Some(s)) = doc.query_selector("script[data-tc-js]") {
        let js = s.get_attribute("data-tc-js")?;
        let wasm = s.get_attribute("data-tc-wasm")?;
        let abs = |p: &str| web_sys::Url::new_with_base(p, &base).ok().map(|u| u.href());
        let loader = abs("worker-loader.js")?;
        let enc = |s: String| String::from(js_sys::encode_uri_component(&s));
        return Some(format!(
            "{loader}?js={}&wasm={}",
            enc(abs(&js)?),
            enc(abs(&wasm)?)
        ));
    }
    // the single-file build
    let glue = doc.get_element_by_id("tc-glue")?.text_content()?;
    let wasm_b64 = doc.get_element_by_id("tc-wasm")?.text_content()?;
    let src = format!(
        "{glue}\n;wasm_bindgen({{module_or_path: Uint8Array.from(atob(\"{}\"), c => c.charCodeAt(0))}});",
        wasm_b64.trim()
    );
    let parts = js_sys::Array::of1(&src.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
