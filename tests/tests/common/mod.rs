//! Helpers shared by the integration tests of `toancanh-tests`.
//!
//! Every test binary includes this module with `mod common;`, so a helper that
//! one binary does not use is not dead code of the crate.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;
use toancanh_core::{analyze, Analysis, Options, Span};
use unicode_normalization::UnicodeNormalization;

/// The fixtures written for the tests (see `tests/fixtures/README.md`).
pub const FIXTURES: &[&str] = &[
    "01_ket_luan_btv.txt",
    "02_tin_hop_bi_thu.txt",
    "03_bao_cao_thong_ke.txt",
    "04_dang_lai_markdown.md",
    "05_chi_thi_ubnd.txt",
    "06_sau_sap_nhap.txt",
    "07_thong_bao_ket_luan_pdf.txt",
    "08_cong_dien_ttg.txt",
    "09_tin_giao_ban_hop_bao.txt",
];

pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The text of one fixture, exactly as stored.
pub fn fixture(name: &str) -> String {
    let path = fixture_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every fixture, with its file name.
pub fn fixtures() -> Vec<(&'static str, String)> {
    FIXTURES.iter().map(|n| (*n, fixture(n))).collect()
}

/// `analyze` with default options.
pub fn run(text: &str) -> Analysis {
    analyze(text, &Options::default())
}

// ---------------------------------------------------------------------------
// Text variants (the same ones the evaluation applies)

/// Unicode NFD.
pub fn nfd(s: &str) -> String {
    s.nfd().collect()
}

/// Unicode NFC.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Every line ending turned into CRLF.
pub fn crlf(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// Each line broken greedily at spaces so that no line is longer than
/// `width` characters (a word longer than `width` stays whole), as a PDF copy
/// would; blank lines stay blank. Mirrors Python's `textwrap.wrap` with
/// `break_long_words=False, break_on_hyphens=False`.
pub fn hard_wrap(s: &str, width: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in s.split('\n') {
        if line.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        let mut cur = String::new();
        let mut cur_len = 0usize;
        for word in line.split_whitespace() {
            let wl = word.chars().count();
            if cur_len > 0 && cur_len + 1 + wl > width {
                out.push(std::mem::take(&mut cur));
                cur_len = 0;
            }
            if cur_len > 0 {
                cur.push(' ');
                cur_len += 1;
            }
            cur.push_str(word);
            cur_len += wl;
        }
        out.push(cur);
    }
    out.join("\n")
}

/// Vietnamese tone marks (grave, acute, tilde, hook above, dot below).
pub const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// The "new" tone placement: "hòa" → "hoà", "thủy" → "thuỷ" at the end of a
/// word (the evaluation's `tone` variant).
pub fn new_tone_placement(s: &str) -> String {
    let chars: Vec<char> = s.nfd().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if i + 2 < chars.len() && TONES.contains(&chars[i + 1]) {
            let (t, v) = (chars[i + 1], chars[i + 2]);
            let pair = matches!(
                (c, v),
                ('o' | 'O', 'a' | 'A' | 'e' | 'E') | ('u' | 'U', 'y' | 'Y')
            );
            let at_end = chars
                .get(i + 3)
                .is_none_or(|n| !(n.is_alphanumeric() || *n == '_'));
            if pair && at_end {
                out.extend([c, v, t]);
                i += 3;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out.into_iter().nfc().collect()
}

/// Lower case, NFC, one tone placement (the tone mark at the end of its
/// syllable), superscripts and `*` removed, whitespace folded: what a reader
/// would call "the same words".
pub fn fold(s: &str) -> String {
    let visible: String = s.chars().filter(|c| !is_invisible(*c)).collect();
    let lower: String = visible.nfd().collect::<String>().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut word: Vec<char> = Vec::new();
    let flush = |word: &mut Vec<char>, out: &mut String| {
        let tone = word.iter().copied().find(|c| TONES.contains(c));
        out.extend(word.iter().filter(|c| !TONES.contains(c)));
        if let Some(t) = tone {
            out.push(t);
        }
        word.clear();
    };
    for c in lower.chars() {
        let is_mark = ('\u{300}'..='\u{36f}').contains(&c);
        if c.is_alphanumeric() || is_mark {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    let composed: String = out.nfc().collect();
    let cleaned: String = composed
        .chars()
        .filter(|c| *c != '*' && !"⁰¹²³⁴⁵⁶⁷⁸⁹".contains(*c))
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Characters that carry no text: controls other than whitespace (NUL …) and
/// format characters (zero-width spaces and joiners, BOM, soft hyphen,
/// direction marks). Evidence is compared without them.
pub fn is_invisible(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// A reference number for comparison: folded, upper case, no whitespace.
pub fn refnum(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

// ---------------------------------------------------------------------------
// Comparing analyses

/// The analysis as JSON with every `span` and `mentions` removed and every
/// string folded (NFC, whitespace folded, optionally one tone placement):
/// what must not change when only the form of the input changes.
pub fn without_spans(a: &Analysis, fold_tones: bool) -> Value {
    let mut v = serde_json::to_value(a).expect("analysis serializes");
    strip(&mut v, fold_tones);
    v
}

fn strip(v: &mut Value, fold_tones: bool) {
    match v {
        Value::Object(map) => {
            map.remove("span");
            map.remove("mentions");
            for (_, x) in map.iter_mut() {
                strip(x, fold_tones);
            }
        }
        Value::Array(xs) => xs.iter_mut().for_each(|x| strip(x, fold_tones)),
        Value::String(s) => {
            let folded = if fold_tones {
                fold(s)
            } else {
                nfc(s).split_whitespace().collect::<Vec<_>>().join(" ")
            };
            *s = folded;
        }
        _ => {}
    }
}

/// A readable difference between two JSON values (first few differing paths).
pub fn json_diff(a: &Value, b: &Value) -> String {
    let mut out = Vec::new();
    diff_at("", a, b, &mut out);
    out.truncate(12);
    out.join("\n")
}

fn diff_at(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let p = format!("{path}/{k}");
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(w)) => diff_at(&p, u, w, out),
                    (u, w) => out.push(format!("{p}: {u:?} vs {w:?}")),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                out.push(format!("{path}: {} items vs {}", x.len(), y.len()));
            }
            for (i, (u, w)) in x.iter().zip(y).enumerate() {
                diff_at(&format!("{path}/{i}"), u, w, out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} vs {b}")),
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Invariants of every analysis

const NUMBER_WORDS: &[&str] = &[
    "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm",
    "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "đôi", "nửa", "rưỡi", "nhất", "mốt", "lăm",
];

fn span_in_bounds(what: &str, sp: &Span, n: usize, errs: &mut Vec<String>) -> bool {
    let [a, b] = *sp;
    if a < b && b <= n {
        true
    } else {
        errs.push(format!("{what}: span {sp:?} not within 0..{n} or empty"));
        false
    }
}

fn slice(chars: &[char], sp: &Span) -> String {
    chars[sp[0]..sp[1]].iter().collect()
}

fn finite(what: &str, x: Option<f64>, errs: &mut Vec<String>) {
    if let Some(x) = x {
        if !x.is_finite() {
            errs.push(format!("{what}: number {x} is not finite"));
        }
    }
}

fn iso_date_ok(d: &str) -> bool {
    // "2024", "2024-07", "2024-07-06", "2024-Q2", "2024-H1"
    let b = d.as_bytes();
    let year = b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit);
    if !year {
        return false;
    }
    match d.len() {
        4 => true,
        7 if &d[4..6] == "-Q" => matches!(b[6], b'1'..=b'4'),
        7 if &d[4..6] == "-H" => matches!(b[6], b'1' | b'2'),
        7 => b[4] == b'-' && d[5..7].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)),
        10 => {
            let (Ok(y), Ok(m), Ok(day)) = (
                d[..4].parse::<i32>(),
                d[5..7].parse::<u32>(),
                d[8..10].parse::<u32>(),
            ) else {
                return false;
            };
            b[4] == b'-'
                && b[7] == b'-'
                && (1..=12).contains(&m)
                && day >= 1
                && day <= toancanh_core::days_in_month(y, m)
        }
        _ => false,
    }
}

/// Every structural promise of SPEC.md that can be checked without knowing
/// the right answer: spans in bounds (in characters) and holding their
/// evidence, finite numbers, well-formed dates, timeline references that
/// point at existing items. Returns the list of violations.
pub fn invariant_errors(text: &str, a: &Analysis) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut errs = Vec::new();
    if a.schema_version != 1 {
        errs.push(format!("schema_version {}", a.schema_version));
    }
    if let Some(s) = &a.document.signer {
        if span_in_bounds("signer", &s.span, n, &mut errs)
            && !fold(&slice(&chars, &s.span)).contains(&fold(&s.name))
        {
            errs.push(format!(
                "signer span {:?} does not hold {:?}",
                s.span, s.name
            ));
        }
    }
    if let Some(d) = &a.document.date {
        if !iso_date_ok(d) {
            errs.push(format!("document.date {d:?} is not an ISO date"));
        }
    }
    for (i, x) in a.indicators.iter().enumerate() {
        let what = format!("indicators/{i} ({:?})", x.metric);
        for sp in std::iter::once(&x.span).chain(&x.mentions) {
            if span_in_bounds(&what, sp, n, &mut errs) {
                let s = slice(&chars, sp);
                let low = fold(&s);
                let has_number = s.chars().any(|c| c.is_numeric())
                    || NUMBER_WORDS.iter().any(|w| low.contains(&fold(w)));
                if !has_number {
                    errs.push(format!("{what}: span {sp:?} = {s:?} holds no number"));
                }
            }
        }
        for (k, v) in [
            ("value", x.value),
            ("value_max", x.value_max),
            ("of", x.of),
            ("change_value", x.change_value),
            ("change_value_max", x.change_value_max),
            ("pct_of_basis", x.pct_of_basis),
            ("share_pct", x.share_pct),
        ] {
            finite(&format!("{what}.{k}"), v, &mut errs);
        }
        for r in &x.ranks {
            finite(&format!("{what}.rank"), Some(r.rank), &mut errs);
            finite(&format!("{what}.rank.of"), r.of, &mut errs);
        }
    }
    for (i, m) in a.meetings.iter().enumerate() {
        span_in_bounds(&format!("meetings/{i}"), &m.span, n, &mut errs);
        if let Some(d) = &m.date {
            if !iso_date_ok(d) {
                errs.push(format!("meetings/{i}.date {d:?} is not an ISO date"));
            }
        }
        if let Some(t) = &m.time_of_day {
            if !["sáng", "trưa", "chiều", "tối"].contains(&t.as_str()) {
                errs.push(format!("meetings/{i}.time_of_day {t:?}"));
            }
        }
    }
    for (i, d) in a.directives.iter().enumerate() {
        span_in_bounds(&format!("directives/{i}"), &d.span, n, &mut errs);
        for dl in &d.deadlines {
            if !iso_date_ok(dl) {
                errs.push(format!("directives/{i} deadline {dl:?} is not an ISO date"));
            }
        }
    }
    for (i, r) in a.references.iter().enumerate() {
        let what = format!("references/{i} ({:?})", r.number);
        let want: String = refnum(&r.number).chars().take(3).collect();
        if r.number.trim().is_empty() {
            errs.push(format!("{what}: empty number"));
        }
        if let Some(d) = &r.date {
            if !iso_date_ok(d) {
                errs.push(format!("{what}.date {d:?} is not an ISO date"));
            }
        }
        for sp in std::iter::once(&r.span).chain(&r.mentions) {
            if span_in_bounds(&what, sp, n, &mut errs) {
                let s = slice(&chars, sp);
                if !refnum(&s).contains(&want) {
                    errs.push(format!(
                        "{what}: mention {sp:?} = {s:?} does not hold {want:?}"
                    ));
                }
            }
        }
    }
    for (i, p) in a.people.iter().enumerate() {
        let what = format!("people/{i} ({:?})", p.name);
        let name = fold(&p.name);
        let mut holds = false;
        for sp in std::iter::once(&p.span).chain(&p.mentions) {
            if span_in_bounds(&what, sp, n, &mut errs) && fold(&slice(&chars, sp)).contains(&name) {
                holds = true;
            }
        }
        if !holds {
            errs.push(format!("{what}: no mention holds the name"));
        }
    }
    let mut last_year = i32::MIN;
    for (i, t) in a.timeline.iter().enumerate() {
        let what = format!("timeline/{i}");
        if !iso_date_ok(&t.date) {
            errs.push(format!("{what}.date {:?} is not an ISO date", t.date));
        } else {
            let y: i32 = t.date[..4].parse().unwrap_or(0);
            if y < last_year {
                errs.push(format!("{what}: {} comes after year {last_year}", t.date));
            }
            last_year = y;
        }
        if let Some(sp) = &t.span {
            span_in_bounds(&what, sp, n, &mut errs);
        }
        let ok_ref = match t.reference.split_once('/') {
            Some((kind, idx)) => {
                let len = match kind {
                    "indicators" => Some(a.indicators.len()),
                    "meetings" => Some(a.meetings.len()),
                    "directives" => Some(a.directives.len()),
                    "references" => Some(a.references.len()),
                    "people" => Some(a.people.len()),
                    "document" => Some(1),
                    _ => None,
                };
                match (len, idx.parse::<usize>()) {
                    (Some(len), Ok(i)) => i < len,
                    _ => false,
                }
            }
            None => t.reference == "document",
        };
        if !ok_ref {
            errs.push(format!("{what}: ref {:?} points at no item", t.reference));
        }
    }
    errs
}

/// Panics with every invariant violation, naming the input.
pub fn assert_invariants(label: &str, text: &str, a: &Analysis) {
    let errs = invariant_errors(text, a);
    assert!(
        errs.is_empty(),
        "{label}: {} invariant violation(s):\n  {}",
        errs.len(),
        errs.iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}
