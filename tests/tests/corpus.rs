//! The extractor corpora: `tests/corpus/<extractor>.toml`, one file per
//! extractor, many short cases each, read by this one harness.
//!
//! A case is a text of our own writing, an optional `ref_date`, and either
//! `expect` (the extractor's items, rendered compactly; see
//! `tests/corpus/README.md` for each extractor's rendering) or
//! `negative = true` (the extractor must find nothing). A case marked
//! `pending = "why"` is a known gap: it is reported, not failed. Every failing
//! case is printed with what was expected and what was found.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toancanh_core::{analyze, Analysis, CivilDate, Options};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusFile {
    #[serde(rename = "case", default)]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    #[serde(default)]
    name: Option<String>,
    text: String,
    #[serde(default)]
    ref_date: Option<String>,
    #[serde(default)]
    expect: Option<Vec<String>>,
    #[serde(default)]
    negative: bool,
    #[serde(default)]
    pending: Option<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("-")
}

/// Each extractor's items as the corpus writes them.
fn render(extractor: &str, a: &Analysis) -> Vec<String> {
    match extractor {
        // "2024-06-14 chiều | Hội nghị Ban Thường vụ Tỉnh ủy"
        "meetings" => a
            .meetings
            .iter()
            .map(|m| {
                let when = match &m.time_of_day {
                    Some(t) => format!("{} {t}", opt(&m.date)),
                    None => opt(&m.date).to_string(),
                };
                format!("{when} | {}", m.title)
            })
            .collect(),
        // "text | to: A; B | by: 2024-10, 2024-Q2"
        "directives" => a
            .directives
            .iter()
            .map(|d| {
                format!(
                    "{} | to: {} | by: {}",
                    d.text,
                    d.addressees.join("; "),
                    d.deadlines.join(", ")
                )
            })
            .collect(),
        // "Nghị quyết | 52 | 2021-12-09"
        "references" => a
            .references
            .iter()
            .map(|r| format!("{} | {} | {}", r.kind, r.number, opt(&r.date)))
            .collect(),
        // "Nguyễn Văn An | Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh"
        "people" => a
            .people
            .iter()
            .map(|p| format!("{} | {}", p.name, p.titles.join("; ")))
            .collect(),
        // "kind: conclusion", "province: -", "signer: Lê Văn Tám | Bí thư"
        "document" => {
            let d = &a.document;
            let kind = serde_json::to_value(d.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let signer = d.signer.as_ref().map_or("-".to_string(), |s| {
                format!("{} | {}", s.name, opt(&s.title))
            });
            vec![
                format!("kind: {kind}"),
                format!("title: {}", opt(&d.title)),
                format!("number: {}", opt(&d.number)),
                format!("issuer: {}", opt(&d.issuer)),
                format!("province: {}", opt(&d.province)),
                format!("date: {}", opt(&d.date)),
                format!("signer: {signer}"),
            ]
        }
        // "thu ngân sách | 17320.3 tỷ đồng | 28.2 % | 2024-01..2024-10 | actual | budget_revenue"
        "indicators" => a
            .indicators
            .iter()
            .map(|i| {
                let num = |v: Option<f64>, u: &Option<String>| match v {
                    Some(v) => format!("{v} {}", opt(u)),
                    None => "-".to_string(),
                };
                let kind = serde_json::to_value(i.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                format!(
                    "{} | {} | {} | {}..{} | {kind} | {}",
                    i.metric,
                    num(i.value, &i.unit),
                    num(i.change_value, &i.change_unit),
                    opt(&i.period_start),
                    opt(&i.period_end),
                    opt(&i.concept),
                )
            })
            .collect(),
        other => panic!("tests/corpus/{other}.toml: no rendering for this extractor"),
    }
}

/// Whether a written expectation stands for a found item. Directives are
/// matched like the scorer matches them: the written text is a phrase the
/// directive's text contains, and `to:` / `by:`, when written, must be
/// equal. People written without " | " are matched by name only.
fn matches(extractor: &str, want: &str, got: &str) -> bool {
    match extractor {
        "directives" => {
            let mut w = want.split(" | ");
            let mut g = got.split(" | ");
            let (Some(wkey), Some(gtext)) = (w.next(), g.next()) else {
                return false;
            };
            let g_rest: Vec<&str> = g.collect();
            gtext.contains(wkey.trim()) && w.all(|field| g_rest.contains(&field.trim_end()))
        }
        "people" if !want.contains(" | ") => got.split(" | ").next() == Some(want.trim()),
        // An indicator written with its first fields only is checked on those.
        "indicators" => {
            let g: Vec<&str> = got.split(" | ").collect();
            let w: Vec<&str> = want.split(" | ").map(str::trim).collect();
            w.len() <= g.len() && w.iter().zip(&g).all(|(a, b)| a == b)
        }
        _ => want.trim() == got,
    }
}

/// Pairs every expectation with one found item; what is left over on either
/// side is a difference.
fn compare(extractor: &str, want: &[String], got: &[String]) -> bool {
    if extractor == "document" {
        // The document is always there: the case lists the fields it checks.
        return want
            .iter()
            .all(|w| got.iter().any(|g| matches(extractor, w, g)));
    }
    let mut used = vec![false; got.len()];
    for w in want {
        match (0..got.len()).find(|&i| !used[i] && matches(extractor, w, &got[i])) {
            Some(i) => used[i] = true,
            None => return false,
        }
    }
    used.iter().all(|u| *u)
}

fn run_file(extractor: &str) {
    let path = corpus_dir().join(format!("{extractor}.toml"));
    let src = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let file: CorpusFile =
        toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(!file.cases.is_empty(), "{}: no cases", path.display());
    let mut failures = Vec::new();
    let mut pending = 0;
    for (i, case) in file.cases.iter().enumerate() {
        let label = format!(
            "{extractor}.toml case {} ({})",
            i + 1,
            case.name
                .as_deref()
                .unwrap_or(case.text.chars().take(50).collect::<String>().as_str())
        );
        let ref_date = case.ref_date.as_deref().map(|s| {
            CivilDate::parse_iso(s).unwrap_or_else(|| panic!("{label}: bad ref_date {s:?}"))
        });
        assert!(
            case.negative != case.expect.is_some(),
            "{label}: write either `expect = [...]` or `negative = true`"
        );
        let analysis = analyze(&case.text, &Options { ref_date });
        let got = render(extractor, &analysis);
        let want = case.expect.clone().unwrap_or_default();
        let ok = if case.negative {
            got.is_empty()
        } else {
            compare(extractor, &want, &got)
        };
        if ok {
            if case.pending.is_some() {
                eprintln!("{label}: passes now; remove its `pending`");
            }
            continue;
        }
        let report = format!(
            "{label}\n  text:     {}\n  expected: {}\n  got:      {}",
            case.text.replace('\n', "\n            "),
            if case.negative {
                "nothing".to_string()
            } else {
                format!("{want:#?}")
            },
            format!("{got:#?}").replace('\n', "\n            ")
        );
        match &case.pending {
            Some(why) => {
                pending += 1;
                eprintln!("PENDING ({why}) {report}\n");
            }
            None => failures.push(report),
        }
    }
    eprintln!(
        "{extractor}.toml: {} cases, {} failing, {pending} pending",
        file.cases.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "\n{}\n\n{} of {} cases failed",
        failures.join("\n\n"),
        failures.len(),
        file.cases.len()
    );
}

macro_rules! corpus {
    ($($name:ident),* $(,)?) => {
        $(#[test] fn $name() { run_file(stringify!($name)); })*

        #[test]
        fn every_corpus_file_is_run() {
            let known = [$(stringify!($name)),*];
            for entry in std::fs::read_dir(corpus_dir()).expect("tests/corpus") {
                let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
                if let Some(stem) = name.strip_suffix(".toml") {
                    assert!(known.contains(&stem), "tests/corpus/{name} is not run: add it to corpus! in tests/tests/corpus.rs");
                }
            }
        }
    };
}

corpus!(meetings, directives, references, people, document, indicators);
