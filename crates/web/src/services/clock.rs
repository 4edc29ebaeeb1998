//! Time, from `performance.now()` in the page and in the worker.

use wasm_bindgen::JsCast;

/// Milliseconds since the page (or worker) started.
pub fn now() -> f64 {
    let g = js_sys::global();
    if let Some(w) = g.dyn_ref::<web_sys::Window>() {
        if let Some(p) = w.performance() {
            return p.now();
        }
    }
    if let Some(w) = g.dyn_ref::<web_sys::WorkerGlobalScope>() {
        if let Some(p) = w.performance() {
            return p.now();
        }
    }
    js_sys::Date::now()
}

/// The current UTC time as an iCalendar DTSTAMP (`20241115T083000Z`).
pub fn ics_stamp() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.get_utc_full_year(),
        d.get_utc_month() + 1,
        d.get_utc_date(),
        d.get_utc_hours(),
        d.get_utc_minutes(),
        d.get_utc_seconds()
    )
}
