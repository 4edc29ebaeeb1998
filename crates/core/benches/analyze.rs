//! Throughput of `analyze` next to the least work any analyzer must do.
//!
//! The corpus is ~10 MB of documents: the files of the directory named by
//! `TOANCANH_BENCH_CORPUS` (e.g. `../shared/seeds`) if set, else the
//! repository's own fixtures, repeated. Groups:
//!
//! - `corpus`: every document analyzed on its own (`analyze`), analyzed and
//!   serialized to JSON (`analyze_json`), and one regex pass finding every
//!   number `[0-9]+([.,][0-9]+)*` (`regex_numbers`). Compare their MB/s.
//! - `scaling`: one text made of the documents joined, at 1× (~1 MB) and 10×
//!   (~10 MB): the time should grow linearly.
//! - `overhead`: the fixed cost of one call (an empty text, one sentence).
//!
//! `cargo bench -p toancanh-core --bench analyze` (add `-- --quick` for a
//! fast look). `TOANCANH_BENCH_MB` changes the corpus size.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use regex::Regex;
use toancanh_core::{analyze, Options};

const FIXTURES: &[(&str, &str)] = &[
    (
        "01_ket_luan_btv.txt",
        include_str!("../../../tests/fixtures/01_ket_luan_btv.txt"),
    ),
    (
        "02_tin_hop_bi_thu.txt",
        include_str!("../../../tests/fixtures/02_tin_hop_bi_thu.txt"),
    ),
    (
        "03_bao_cao_thong_ke.txt",
        include_str!("../../../tests/fixtures/03_bao_cao_thong_ke.txt"),
    ),
    (
        "04_dang_lai_markdown.md",
        include_str!("../../../tests/fixtures/04_dang_lai_markdown.md"),
    ),
    (
        "05_chi_thi_ubnd.txt",
        include_str!("../../../tests/fixtures/05_chi_thi_ubnd.txt"),
    ),
    (
        "06_sau_sap_nhap.txt",
        include_str!("../../../tests/fixtures/06_sau_sap_nhap.txt"),
    ),
    (
        "07_thong_bao_ket_luan_pdf.txt",
        include_str!("../../../tests/fixtures/07_thong_bao_ket_luan_pdf.txt"),
    ),
];

/// The distinct documents: from `TOANCANH_BENCH_CORPUS` or the fixtures.
fn documents() -> (String, Vec<String>) {
    if let Ok(dir) = std::env::var("TOANCANH_BENCH_CORPUS") {
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("TOANCANH_BENCH_CORPUS={dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        let docs: Vec<String> = paths
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .filter_map(|b| String::from_utf8(b).ok())
            .filter(|s| !s.trim().is_empty())
            .collect();
        assert!(
            !docs.is_empty(),
            "TOANCANH_BENCH_CORPUS={dir} holds no UTF-8 text file"
        );
        (dir, docs)
    } else {
        (
            "tests/fixtures".to_string(),
            FIXTURES.iter().map(|(_, t)| t.to_string()).collect(),
        )
    }
}

/// The documents repeated until they add up to at least `bytes`.
fn corpus(docs: &[String], bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        for d in docs {
            out.push(d.clone());
            total += d.len();
        }
    }
    out
}

fn corpus_mb() -> usize {
    std::env::var("TOANCANH_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10)
}

fn bench_corpus(c: &mut Criterion) {
    let (source, docs) = documents();
    let corpus = corpus(&docs, corpus_mb() << 20);
    let bytes: usize = corpus.iter().map(String::len).sum();
    eprintln!(
        "corpus: {} documents from {source}, repeated to {} documents, {:.1} MB",
        docs.len(),
        corpus.len(),
        bytes as f64 / 1e6
    );
    let opts = Options::default();
    let numbers = Regex::new(r"[0-9]+([.,][0-9]+)*").unwrap();

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(20));
    g.bench_function("regex_numbers", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &corpus {
                n += numbers.find_iter(black_box(d)).count();
            }
            n
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &corpus {
                let a = analyze(black_box(d), &opts);
                n += a.indicators.len();
            }
            n
        })
    });
    g.bench_function("analyze_json", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in &corpus {
                let a = analyze(black_box(d), &opts);
                n += serde_json::to_string(&a).unwrap().len();
            }
            n
        })
    });
    g.finish();
}

fn bench_scaling(c: &mut Criterion) {
    let (_, docs) = documents();
    let unit_mb = (corpus_mb() / 10).max(1);
    let one = corpus(&docs, unit_mb << 20).join("\n\n");
    let opts = Options::default();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(20));
    for times in [1usize, 10] {
        let text = vec![one.as_str(); times].join("\n\n");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("one_text", format!("{times}x")),
            &text,
            |b, text| b.iter(|| analyze(black_box(text), &opts).indicators.len()),
        );
    }
    g.finish();
}

/// The fixed cost of one call: an empty text and one short sentence. A large
/// share of `corpus/analyze` here means per-document setup dominates.
fn bench_overhead(c: &mut Criterion) {
    let opts = Options::default();
    let sentence = "Thu ngân sách đạt 12.345,6 tỷ đồng, bằng 104,2% dự toán và tăng 18,3%.";
    let mut g = c.benchmark_group("overhead");
    g.bench_function("empty", |b| {
        b.iter(|| analyze(black_box(""), &opts).indicators.len())
    });
    g.throughput(Throughput::Bytes(sentence.len() as u64));
    g.bench_function("one_sentence", |b| {
        b.iter(|| analyze(black_box(sentence), &opts).indicators.len())
    });
    g.finish();
}

criterion_group!(benches, bench_corpus, bench_scaling, bench_overhead);
criterion_main!(benches);
