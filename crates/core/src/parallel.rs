//! Two independent pieces of work side by side.
//!
//! Natively, a long text is read on two threads where the work splits
//! cleanly (the date patterns; the indicators beside the people, meetings
//! and directives). It changes nothing in the result: each side computes
//! exactly what it would alone, and the two results are put together in a
//! fixed order. On wasm32 (no threads in the page's worker) and for short
//! texts, where a thread costs more than it saves, both run here in turn.

/// Texts shorter than this (bytes) are read on one thread.
#[cfg(not(target_arch = "wasm32"))]
const MIN_PARALLEL_LEN: usize = 64 * 1024;

/// Runs `a` and `b`, on two threads when `len` (the text's length) makes it
/// worth it, and returns both results. A panic on either side is raised
/// again here, as if both had run on this thread.
pub(crate) fn join<A, B>(
    len: usize,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B)
where
    A: Send,
    B: Send,
{
    #[cfg(not(target_arch = "wasm32"))]
    if len >= MIN_PARALLEL_LEN {
        // `b` waits in a slot: if no thread can be started, it is still
        // there to run on this one.
        let slot = std::sync::Mutex::new(Some(b));
        let take = || slot.lock().ok().and_then(|mut g| g.take());
        return std::thread::scope(|s| {
            let spawned = std::thread::Builder::new().spawn_scoped(s, || take().map(|f| f()));
            let ra = a();
            let rb = match spawned {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(_) => None,
            };
            match rb {
                Some(rb) => (ra, rb),
                None => match take() {
                    Some(f) => (ra, f()),
                    None => unreachable!("`b` either ran on its thread or is still here"),
                },
            }
        });
    }
    let _ = len;
    (a(), b())
}
