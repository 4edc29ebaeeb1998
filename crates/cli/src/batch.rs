//! `toancanh batch`: many files in parallel on all cores, one JSON line per
//! file, in a stable order. A file that cannot be read is reported on its
//! line and the batch goes on.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde_json::json;
use toancanh_core::{analyze, Options};

use crate::input::{decode, read_file};

pub fn run(paths: &[String], out: &str, options: Options) -> ExitCode {
    let mut files = Vec::new();
    for p in paths {
        let path = Path::new(p);
        if !path.exists() {
            eprintln!("toancanh: {p}: no such file or directory");
            return ExitCode::from(2);
        }
        collect(path, &mut files);
    }
    files.sort();
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(files.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed_precise} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let lines: Vec<String> = files
        .par_iter()
        .map(|f| {
            let line = one(f, &options);
            bar.inc(1);
            line
        })
        .collect();
    bar.finish_and_clear();
    let failed = lines.iter().filter(|l| l.starts_with("{\"error\"")).count();
    let file = match std::fs::File::create(out) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("toancanh: {out}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut w = BufWriter::new(file);
    for l in &lines {
        if writeln!(w, "{l}").is_err() {
            eprintln!("toancanh: {out}: write failed");
            return ExitCode::from(1);
        }
    }
    if w.flush().is_err() {
        eprintln!("toancanh: {out}: write failed");
        return ExitCode::from(1);
    }
    eprintln!(
        "toancanh: {} file(s) analysed, {failed} skipped, written to {out}",
        lines.len() - failed
    );
    ExitCode::SUCCESS
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            eprintln!("toancanh: {}: cannot read directory", path.display());
            return;
        };
        for e in entries.flatten() {
            collect(&e.path(), out);
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// One JSON line for one file; errors keep the key order `error` first so
/// they are easy to count.
fn one(path: &Path, options: &Options) -> String {
    let name = path.display().to_string();
    let text = read_file(path).and_then(|b| decode(&name, b));
    match text {
        Ok(t) => {
            let analysis = std::panic::catch_unwind(|| analyze(t.as_str(), options));
            match analysis {
                Ok(a) => json!({"path": name, "analysis": a}).to_string(),
                Err(_) => {
                    json!({"error": "internal error while analysing", "path": name}).to_string()
                }
            }
        }
        Err(e) => {
            eprintln!("toancanh: skipped {e}");
            json!({"error": e.to_string(), "path": name}).to_string()
        }
    }
}
