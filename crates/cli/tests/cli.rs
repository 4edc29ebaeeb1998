//! The `toancanh` binary as a person uses it: formats, standard input,
//! errors a person can act on (exit 2), batch mode and the values window.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SAMPLE: &str =
    "Chiều 14-11, đồng chí Lê Minh Khoa - Bí thư Tỉnh ủy Lâm Đồng chủ trì hội nghị.\n\
10 tháng năm 2024, thu ngân sách đạt 12.345,6 tỷ đồng, bằng 104,2% dự toán và tăng 18,3%.\n\
Đồng chí giao Sở Tài chính chủ trì rà soát, hoàn thành trong tháng 12/2024.\n";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_toancanh"))
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run toancanh")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn toancanh");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().expect("wait toancanh")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Fails with everything the command printed.
fn describe(o: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        o.status.code(),
        stdout(o),
        stderr(o)
    )
}

fn no_panic(o: &Output) {
    let err = stderr(o);
    assert!(
        !err.contains("panicked") && o.status.code() != Some(101),
        "{}",
        describe(o)
    );
}

fn temp_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn json_of(o: &Output) -> Value {
    assert!(o.status.success(), "{}", describe(o));
    serde_json::from_str(stdout(o).trim())
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", describe(o)))
}

// ---------------------------------------------------------------------------
// analyze

#[test]
fn analyze_json() {
    let dir = tempfile::tempdir().unwrap();
    let f = temp_file(dir.path(), "tin.txt", SAMPLE.as_bytes());
    let o = run(&["analyze", f.to_str().unwrap(), "--format", "json"]);
    let v = json_of(&o);
    assert_eq!(v["schema_version"], 1, "{v}");
    for key in [
        "document",
        "indicators",
        "meetings",
        "directives",
        "references",
        "people",
        "timeline",
    ] {
        assert!(v.get(key).is_some(), "no {key:?} in {v}");
    }
    assert_eq!(
        stdout(&o).trim().lines().count(),
        1,
        "compact JSON is one line"
    );
}

#[test]
fn analyze_json_is_the_default_format() {
    let dir = tempfile::tempdir().unwrap();
    let f = temp_file(dir.path(), "tin.txt", SAMPLE.as_bytes());
    let a = json_of(&run(&["analyze", f.to_str().unwrap()]));
    let b = json_of(&run(&["analyze", f.to_str().unwrap(), "--format", "json"]));
    assert_eq!(a, b);
}

#[test]
fn analyze_pretty() {
    let dir = tempfile::tempdir().unwrap();
    let f = temp_file(dir.path(), "tin.txt", SAMPLE.as_bytes());
    let compact = json_of(&run(&["analyze", f.to_str().unwrap()]));
    let o = run(&["analyze", f.to_str().unwrap(), "--pretty"]);
    let pretty = json_of(&o);
    assert!(
        stdout(&o).lines().count() > 5,
        "pretty JSON spans lines:\n{}",
        stdout(&o)
    );
    assert_eq!(compact, pretty);
}

#[test]
fn analyze_csv_has_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let f = temp_file(dir.path(), "tin.txt", SAMPLE.as_bytes());
    let o = run(&["analyze", f.to_str().unwrap(), "--format", "csv"]);
    assert!(o.status.success(), "{}", describe(&o));
    let out = stdout(&o);
    let header = out.lines().next().unwrap_or("");
    assert!(
        header.contains(',') && header.to_lowercase().contains("metric"),
        "header: {header:?}"
    );
    let columns = header.split(',').count();
    assert!(columns >= 3, "header: {header:?}");
}

#[test]
fn analyze_markdown_starts_with_a_heading() {
    let dir = tempfile::tempdir().unwrap();
    let f = temp_file(dir.path(), "tin.txt", SAMPLE.as_bytes());
    let o = run(&["analyze", f.to_str().unwrap(), "--format", "md"]);
    assert!(o.status.success(), "{}", describe(&o));
    assert!(stdout(&o).starts_with('#'), "{}", describe(&o));
}

#[test]
fn analyze_reads_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let f = temp_file(dir.path(), "tin.txt", SAMPLE.as_bytes());
    let from_file = json_of(&run(&["analyze", f.to_str().unwrap()]));
    let from_stdin = json_of(&run_stdin(
        &["analyze", "-", "--format", "json"],
        SAMPLE.as_bytes(),
    ));
    assert_eq!(from_file, from_stdin);
}

#[test]
fn analyze_empty_input() {
    let v = json_of(&run_stdin(&["analyze", "-"], b""));
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["indicators"], Value::Array(vec![]));
}

#[test]
fn analyze_ref_date() {
    let dir = tempfile::tempdir().unwrap();
    let f = temp_file(dir.path(), "tin.txt", SAMPLE.as_bytes());
    let v = json_of(&run(&[
        "analyze",
        f.to_str().unwrap(),
        "--ref-date",
        "2024-11-20",
    ]));
    assert_eq!(v["schema_version"], 1);
    let o = run(&["analyze", f.to_str().unwrap(), "--ref-date", "2024-13-45"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a bad --ref-date is bad input: {}",
        describe(&o)
    );
    no_panic(&o);
}

#[test]
fn analyze_missing_file() {
    let o = run(&["analyze", "khong-co-tep-nay.txt"]);
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    assert!(
        stderr(&o).contains("khong-co-tep-nay.txt"),
        "the message names the file: {}",
        describe(&o)
    );
    assert!(o.stdout.is_empty(), "{}", describe(&o));
    no_panic(&o);
}

#[test]
fn analyze_directory() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["analyze", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    assert!(
        stderr(&o).contains(dir.path().to_str().unwrap()),
        "{}",
        describe(&o)
    );
    no_panic(&o);
}

#[test]
fn analyze_invalid_utf8_names_the_byte() {
    let dir = tempfile::tempdir().unwrap();
    // 1234 valid bytes, then Latin-1 "Hòa" (0xF2 is not valid UTF-8 here).
    let mut bytes = vec![b'a'; 1234];
    bytes.extend_from_slice(b"H\xf2a Kh\xe1nh");
    let f = temp_file(dir.path(), "latin1.txt", &bytes);
    let o = run(&["analyze", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    let err = stderr(&o);
    assert!(
        err.contains("1235"),
        "the message gives the byte offset (1235): {}",
        describe(&o)
    );
    assert!(err.contains("latin1.txt"), "{}", describe(&o));
    assert_eq!(err.trim().lines().count(), 1, "one-line message: {err:?}");
    no_panic(&o);
    // The same from standard input.
    let o = run_stdin(&["analyze", "-"], &bytes);
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    assert!(stderr(&o).contains("1235"), "{}", describe(&o));
}

#[test]
fn analyze_crlf_and_bom() {
    let crlf = format!("\u{feff}{}", SAMPLE.replace('\n', "\r\n"));
    let v = json_of(&run_stdin(&["analyze", "-"], crlf.as_bytes()));
    assert_eq!(v["schema_version"], 1);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["frobnicate"][..],
        &["analyze", "--format", "xml", "-"][..],
        &["batch"][..],
        &[][..],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", describe(&o));
        no_panic(&o);
    }
    let o = run(&["--help"]);
    assert!(o.status.success(), "{}", describe(&o));
    for sub in ["analyze", "batch", "values"] {
        assert!(
            stdout(&o).contains(sub),
            "--help lists {sub}: {}",
            describe(&o)
        );
    }
}

// ---------------------------------------------------------------------------
// batch

/// The path named by a batch line (`"path"` at the top level).
fn line_path(v: &Value) -> String {
    v["path"].as_str().unwrap_or_default().to_string()
}

fn line_has_analysis(v: &Value) -> bool {
    v.get("analysis").is_some_and(|a| a["schema_version"] == 1) || v["schema_version"] == 1
}

#[test]
fn batch_directory() {
    let dir = tempfile::tempdir().unwrap();
    let texts = dir.path().join("texts");
    std::fs::create_dir_all(texts.join("con")).unwrap();
    temp_file(&texts, "a.txt", SAMPLE.as_bytes());
    temp_file(
        &texts,
        "b.md",
        b"# Tin\n\n**Thu ngan sach** dat 1.000 ty dong.",
    );
    temp_file(
        &texts.join("con"),
        "c.txt",
        "Quý I/2025, GRDP tăng 7,2%.".as_bytes(),
    );
    temp_file(&texts, "hong.txt", b"H\xf2a \xff\xfe");
    let out = dir.path().join("out.jsonl");
    let o = run(&[
        "batch",
        texts.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    no_panic(&o);
    assert!(
        matches!(o.status.code(), Some(0) | Some(2)),
        "{}",
        describe(&o)
    );
    assert!(
        stderr(&o).contains("hong.txt"),
        "the bad file is reported: {}",
        describe(&o)
    );

    let written = std::fs::read_to_string(&out).expect("out.jsonl written");
    let lines: Vec<Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line is not JSON ({e}): {l}")))
        .collect();
    let good = ["a.txt", "b.md", "c.txt"];
    for name in good {
        let line = lines.iter().find(|v| line_path(v).ends_with(name));
        let line = line.unwrap_or_else(|| panic!("no line for {name} in\n{written}"));
        assert!(line_has_analysis(line), "{name}: {line}");
    }
    // The bad file is skipped: either no line, or a line without an analysis.
    for v in lines.iter().filter(|v| line_path(v).ends_with("hong.txt")) {
        assert!(!line_has_analysis(v), "the bad file has no analysis: {v}");
    }
    let analysed = lines.iter().filter(|v| line_has_analysis(v)).count();
    assert_eq!(analysed, good.len(), "{written}");
}

#[test]
fn batch_files_and_directories_together() {
    let dir = tempfile::tempdir().unwrap();
    let one = temp_file(dir.path(), "mot.txt", SAMPLE.as_bytes());
    let sub = dir.path().join("thu-muc");
    std::fs::create_dir(&sub).unwrap();
    temp_file(&sub, "hai.txt", SAMPLE.as_bytes());
    let out = dir.path().join("ket-qua.jsonl");
    let o = run(&[
        "batch",
        one.to_str().unwrap(),
        sub.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", describe(&o));
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 2, "{written}");
    // Same text, same analysis.
    let vs: Vec<Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let analysis = |v: &Value| v.get("analysis").cloned().unwrap_or_else(|| v.clone());
    let (mut a, mut b) = (analysis(&vs[0]), analysis(&vs[1]));
    if let (Some(a), Some(b)) = (a.as_object_mut(), b.as_object_mut()) {
        a.remove("path");
        b.remove("path");
    }
    assert_eq!(a, b);
}

#[test]
fn batch_missing_path_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    let o = run(&[
        "batch",
        "khong-co-thu-muc-nay",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    assert!(
        stderr(&o).contains("khong-co-thu-muc-nay"),
        "{}",
        describe(&o)
    );
    no_panic(&o);
}

// ---------------------------------------------------------------------------
// values

fn values(args: &[&str]) -> Vec<Value> {
    let o = run(args);
    let v = json_of(&o);
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .clone()
}

fn is_date(item: &Value, iso: &str) -> bool {
    item["kind"] == "date" && (item["value"] == iso || item["date"] == iso)
}

#[test]
fn values_money_and_date() {
    let text = "thu ngân sách 17.320,3 tỷ đồng ngày 14/6/2024";
    let items = values(&["values", text]);
    let money = items.iter().find(|i| i["kind"] == "money");
    let money = money.unwrap_or_else(|| panic!("no money item in {items:?}"));
    let v = money["value"].as_f64().unwrap_or(f64::NAN);
    assert!(
        (v - 17320.3).abs() < 1e-6 || (v - 1.73203e13).abs() < 1.0,
        "money value {v} (17.320,3 tỷ): {money}"
    );
    assert_eq!(money["currency"], "VND", "{money}");
    assert!(
        items.iter().any(|i| is_date(i, "2024-06-14")),
        "no date 2024-06-14 in {items:?}"
    );
    // Spans are character offsets that hold the value's text.
    let chars: Vec<char> = text.chars().collect();
    for item in &items {
        let sp = item["span"]
            .as_array()
            .unwrap_or_else(|| panic!("no span: {item}"));
        let (a, b) = (
            sp[0].as_u64().unwrap() as usize,
            sp[1].as_u64().unwrap() as usize,
        );
        assert!(
            a < b && b <= chars.len(),
            "span {a}..{b} out of 0..{}: {item}",
            chars.len()
        );
        let slice: String = chars[a..b].iter().collect();
        assert!(
            slice.chars().any(|c| c.is_ascii_digit()),
            "{slice:?} for {item}"
        );
    }
}

#[test]
fn values_relative_dates_use_ref_date() {
    let items = values(&["values", "--ref-date", "2017-02-02", "hôm qua"]);
    assert!(items.iter().any(|i| is_date(i, "2017-02-01")), "{items:?}");
    let items = values(&["values", "hôm qua"]);
    assert!(!items.iter().any(|i| is_date(i, "2017-02-01")), "{items:?}");
}

#[test]
fn values_number_words_and_ordinals() {
    let items = values(&["values", "mười lăm"]);
    assert!(
        items
            .iter()
            .any(|i| i["kind"] == "number" && i["value"] == 15.0),
        "{items:?}"
    );
    let items = values(&["values", "thứ nhất"]);
    assert!(
        items
            .iter()
            .any(|i| i["kind"] == "ordinal" && i["value"] == 1.0),
        "{items:?}"
    );
    let items = values(&["values", "tăng 7,2%"]);
    assert!(
        items
            .iter()
            .any(|i| i["kind"] == "percent" && i["value"] == 7.2),
        "{items:?}"
    );
}

#[test]
fn values_of_nothing() {
    assert!(values(&["values", ""]).is_empty());
    assert!(values(&["values", "Tỉnh ủy họp bàn về công tác cán bộ"]).is_empty());
}
