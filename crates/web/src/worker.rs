//! The analysis worker: the same wasm, started in a dedicated worker, runs
//! `toancanh_core::analyze` for big inputs so the page never freezes.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use toancanh_core::{analyze, Analysis, Options};

#[derive(Debug, Serialize, Deserialize)]
pub struct Job {
    pub generation: u64,
    pub text: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Done {
    pub generation: u64,
    pub analysis: Analysis,
    pub elapsed_ms: f64,
}

pub struct AnalyzeWorker;

impl Worker for AnalyzeWorker {
    type Message = ();
    type Input = Job;
    type Output = Done;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        // Build every pattern and lexicon now, while the page is still
        // loading, so the time measured for a text is its analysis alone.
        // The page's own samples then fill the patterns' lazily built
        // automata with the states Vietnamese text needs and grow the
        // memory once: the first text pasted is read as fast as the next.
        toancanh_core::warm_up();
        for _ in 0..8 {
            for sample in &crate::samples::SAMPLES {
                let _ = analyze(sample.text, &Options::default());
            }
        }
        // Then one text with every lexicon entry in it: the automata meet
        // the bytes of every name and term once, so a first long text is
        // read as fast as the next (≈ 20 % faster than with the samples
        // alone, measured on the 27 KB seed).
        let _ = analyze(&toancanh_core::warm_up_text(), &Options::default());
        AnalyzeWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, id: HandlerId) {
        let t0 = crate::services::clock::now();
        let analysis = analyze(&job.text, &Options::default());
        let elapsed_ms = crate::services::clock::now() - t0;
        scope.respond(
            id,
            Done {
                generation: job.generation,
                analysis,
                elapsed_ms,
            },
        );
    }
}
