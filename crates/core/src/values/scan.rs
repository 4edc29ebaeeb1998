//! Every value the parser recognises in a text, as the CLI's `values`
//! command lists it: numbers, ordinals, percentages, money, quantities,
//! dates and periods, each with the exact text it was read from.
//!
//! The scan runs on the prepared (NFC, cleaned) text and maps every match
//! back to character offsets of the original. Candidates of every kind are
//! collected first; then the longest wins, ties going to the more specific
//! kind (date > money > percent > quantity > ordinal > number), and what is
//! kept never overlaps.
//!
//! Grammar, in short (lowercase text, words separated by spaces):
//! - number: `[-|âm] (digits [K|M|G] | words) [chấm|phẩy digits] [scale words] [rưỡi]`
//! - measure: `prefix-currency number | number (% | phần trăm | currency [cents] | unit[/unit]*)`
//! - value: `[bound word] measure [(-|đến|tới|và) measure] [trở lên|trở xuống]`
//! - ordinal: `thứ (digits|words|nhất|nhì)`, `đầu tiên`, `Top N`
//! - date: everything `date::find_dates` reads, plus weekdays, weeks,
//!   "ngày đầu tiên của tháng …", "tháng 3 tới", bare "7/3" and holidays.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::date::{find_dates, DateExpr, Grain};
use super::number::{parse_numeral, Context};
use super::words::{ordinal_word, parse_words, scale_word};
use crate::text::Prepared;
use crate::{days_in_month, CivilDate, Options};

/// One value found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueItem {
    /// "number", "ordinal", "percent", "money", "quantity", "date" or "period".
    pub kind: &'static str,
    /// The value, or the lower end of a range; `None` for an upper bound
    /// only ("dưới 7.000 đồng") and for dates.
    pub value: Option<f64>,
    /// The upper end of a range or an upper bound.
    pub value_max: Option<f64>,
    /// The unit as written, lowercase ("lượt khách", "đồng/người/năm", "%").
    pub unit: Option<String>,
    /// ISO 4217 code ("VND", "USD", "EUR", "GBP", "INR", "AED") or "CENT".
    pub currency: Option<String>,
    /// ISO 8601 at the expression's precision ("2024", "2024-07",
    /// "2024-07-06", "2024-Q2", "2024-H1", "2021/2025").
    pub date: Option<String>,
    /// The original text the value was read from.
    pub text: String,
    /// Character offsets into the original text, end exclusive.
    pub span: [usize; 2],
}

/// Lists every value in `text`, in text order, without overlaps.
pub fn scan(text: &str, options: &Options) -> Vec<ValueItem> {
    let prepared = Prepared::new(text);
    let clean = prepared.text.as_str();
    let lc = lowercase_same_len(clean);
    let sc = Sc {
        t: clean,
        lc: &lc,
        b: lc.as_bytes(),
    };
    let mut cands: Vec<Cand> = Vec::new();
    exclusions(&sc, &mut cands);
    date_candidates(&sc, options.ref_date, &mut cands);
    value_candidates(&sc, &mut cands);
    let kept = select(cands);

    // Original character offsets → byte offsets, for the matched text.
    let orig_bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut out = Vec::with_capacity(kept.len());
    for c in kept {
        if c.kind.is_empty() {
            continue;
        }
        let span = prepared.span(c.range.clone());
        let a = orig_bytes.get(span[0]).copied().unwrap_or(text.len());
        let b = orig_bytes.get(span[1]).copied().unwrap_or(text.len());
        out.push(ValueItem {
            kind: c.kind,
            value: c.value.map(tidy),
            value_max: c.value_max.map(tidy),
            unit: c.unit,
            currency: c.currency.map(str::to_string),
            date: c.date,
            text: text.get(a..b).unwrap_or("").to_string(),
            span,
        });
    }
    out
}

/// Rounds away binary noise ("1,7 tỷ" is 1.7e9, not 1699999999.9999998).
fn tidy(v: f64) -> f64 {
    format!("{v:.14e}").parse().unwrap_or(v)
}

/// A match in the clean text before the overlap resolution.
#[derive(Debug, Clone)]
struct Cand {
    range: Range<usize>,
    /// Empty for a region that must yield nothing (a document number).
    kind: &'static str,
    value: Option<f64>,
    value_max: Option<f64>,
    unit: Option<String>,
    currency: Option<&'static str>,
    date: Option<String>,
}

impl Cand {
    fn new(range: Range<usize>, kind: &'static str) -> Cand {
        Cand {
            range,
            kind,
            value: None,
            value_max: None,
            unit: None,
            currency: None,
            date: None,
        }
    }

    fn rank(&self) -> u8 {
        match self.kind {
            "" => 9,
            "date" | "period" => 6,
            "money" => 5,
            "percent" => 4,
            "quantity" => 3,
            "ordinal" => 2,
            _ => 1,
        }
    }
}

/// Longest first (exclusions before all), then the more specific kind;
/// a candidate overlapping one already kept is dropped.
fn select(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.retain(|c| c.range.start < c.range.end);
    crate::sort::by(&mut cands, |a, b| {
        let ex = |c: &Cand| c.kind.is_empty();
        ex(b)
            .cmp(&ex(a))
            .then((b.range.end - b.range.start).cmp(&(a.range.end - a.range.start)))
            .then(b.rank().cmp(&a.rank()))
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut kept: BTreeMap<usize, Cand> = BTreeMap::new();
    for c in cands {
        let overlaps = kept
            .range(..c.range.end)
            .next_back()
            .is_some_and(|(_, k)| k.range.end > c.range.start);
        if !overlaps {
            kept.insert(c.range.start, c);
        }
    }
    kept.into_values().collect()
}

/// Lowercases character by character, keeping each character's byte length
/// so offsets into the lowercase text are offsets into the clean text.
fn lowercase_same_len(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Cursor helpers over the lowercase text.

struct Sc<'a> {
    /// The clean text (original case).
    t: &'a str,
    /// The clean text lowercased, same byte offsets.
    lc: &'a str,
    b: &'a [u8],
}

fn is_sp(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}'
}

impl Sc<'_> {
    fn next_char(&self, p: usize) -> Option<char> {
        self.lc.get(p..).and_then(|s| s.chars().next())
    }

    fn prev_char(&self, p: usize) -> Option<char> {
        self.lc.get(..p).and_then(|s| s.chars().next_back())
    }

    fn skip_ws(&self, mut p: usize) -> usize {
        while let Some(c) = self.next_char(p) {
            if !is_sp(c) {
                break;
            }
            p += c.len_utf8();
        }
        p
    }

    /// Whether nothing alphanumeric continues the text at `p`.
    fn boundary(&self, p: usize) -> bool {
        self.next_char(p).is_none_or(|c| !c.is_alphanumeric())
    }

    /// Matches `phrase` (words separated by single spaces in the pattern, any
    /// run of spaces in the text) at `p`; returns its end.
    fn phrase(&self, p: usize, phrase: &str) -> Option<usize> {
        let mut at = p;
        for (i, w) in phrase.split(' ').enumerate() {
            if i > 0 {
                let s = self.skip_ws(at);
                if s == at {
                    return None;
                }
                at = s;
            }
            if !self.lc.get(at..)?.starts_with(w) {
                return None;
            }
            at += w.len();
        }
        let last_alnum = phrase
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
        (!last_alnum || self.boundary(at)).then_some(at)
    }

    /// The longest unit at `p`: (index into `UNITS`, end).
    fn unit_at(&self, p: usize) -> Option<(usize, usize)> {
        if !UNIT_FIRST.contains(self.word(p)) {
            return None;
        }
        self.longest(p, &UNIT_WORDS)
    }

    /// The longest of `phrases` at `p`: (index, end).
    fn longest(&self, p: usize, phrases: &[&str]) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, ph) in phrases.iter().enumerate() {
            if let Some(e) = self.phrase(p, ph) {
                if best.is_none_or(|(_, be)| e > be) {
                    best = Some((i, e));
                }
            }
        }
        best
    }

    /// The text from `p` to the end of its line.
    fn line_from(&self, p: usize) -> &str {
        let s = self.lc.get(p..).unwrap_or("");
        &s[..s.find('\n').unwrap_or(s.len())]
    }

    /// The letters-only word at `p`.
    fn word(&self, p: usize) -> &str {
        let s = self.lc.get(p..).unwrap_or("");
        let end = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
        &s[..end]
    }

    /// The word before `p` (skipping spaces), lowercase.
    fn prev_word(&self, p: usize) -> &str {
        let s = self.lc.get(..p).unwrap_or("").trim_end_matches(is_sp);
        let start = s
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
        &s[start..]
    }

    /// Whether only spaces and sentence punctuation follow `p` on its line.
    fn line_rest_empty(&self, p: usize) -> bool {
        for c in self.lc.get(p..).unwrap_or("").chars() {
            if c == '\n' {
                return true;
            }
            if !(is_sp(c) || matches!(c, '.' | ',' | ';' | '!' | '?' | ')')) {
                return false;
            }
        }
        true
    }

    /// Whether `range` is all the text there is (but spaces).
    fn whole(&self, range: &Range<usize>) -> bool {
        self.lc[..range.start].trim().is_empty() && self.lc[range.end..].trim().is_empty()
    }
}

// ---------------------------------------------------------------------------
// Lexicons.

/// Units a quantity may carry, with whether they count whole things (which
/// makes "33,293 người" thirty-three thousand).
const UNITS: &[(&str, bool)] = &[
    ("km2", false),
    ("km²", false),
    ("km", false),
    ("m2", false),
    ("m²", false),
    ("m3", false),
    ("m³", false),
    ("cm", false),
    ("mm", false),
    ("m", false),
    ("ha", false),
    ("héc-ta", false),
    ("hecta", false),
    ("héc ta", false),
    ("tấn", false),
    ("tạ", false),
    ("kg", false),
    ("lít", false),
    ("mw", false),
    ("kw", false),
    ("kwh", false),
    ("mwh", false),
    ("gw", false),
    ("gwh", false),
    ("mwp", false),
    ("teu", false),
    ("năm", false),
    ("tháng", false),
    ("ngày", false),
    ("tuần", false),
    ("giờ", false),
    ("phút", false),
    ("giây", false),
    ("lần", false),
    ("điểm", false),
    ("bậc", false),
    ("hạng", false),
    ("người", true),
    ("hộ", true),
    ("hộ gia đình", true),
    ("hộ nghèo", true),
    ("hộ cận nghèo", true),
    ("lượt", true),
    ("lượt khách", true),
    ("lượt người", true),
    ("khách", true),
    ("du khách", true),
    ("xã", true),
    ("phường", true),
    ("thị trấn", true),
    ("huyện", true),
    ("tỉnh", true),
    ("thành phố", true),
    ("thôn", true),
    ("bản", true),
    ("làng", true),
    ("tổ dân phố", true),
    ("doanh nghiệp", true),
    ("dự án", true),
    ("hợp tác xã", true),
    ("htx", true),
    ("lao động", true),
    ("người lao động", true),
    ("học sinh", true),
    ("sinh viên", true),
    ("trường", true),
    ("trường học", true),
    ("lớp", true),
    ("giường bệnh", true),
    ("giường", true),
    ("bệnh nhân", true),
    ("ca", true),
    ("ca bệnh", true),
    ("trường hợp", true),
    ("vụ", true),
    ("vụ việc", true),
    ("vụ án", true),
    ("hồ sơ", true),
    ("thủ tục", true),
    ("văn bản", true),
    ("cuộc", true),
    ("đoàn", true),
    ("đơn vị", true),
    ("cơ sở", true),
    ("cơ quan", true),
    ("công trình", true),
    ("sản phẩm", true),
    ("gói thầu", true),
    ("tuyến", true),
    ("chuyến", true),
    ("cầu", true),
    ("ô tô", true),
    ("xe", true),
    ("tàu", true),
    ("con", true),
    ("cây", true),
    ("chiếc", true),
    ("căn", true),
    ("căn hộ", true),
    ("căn nhà", true),
    ("ngôi nhà", true),
    ("nhà", true),
    ("nhà máy", true),
    ("nhà đầu tư", true),
    ("con số", false),
    ("con người", true),
    ("đảng viên", true),
    ("cán bộ", true),
    ("công chức", true),
    ("viên chức", true),
    ("thành viên", true),
    ("đại biểu", true),
    ("ý kiến", true),
    ("nhiệm vụ", true),
    ("chỉ tiêu", true),
    ("tiêu chí", true),
    ("phòng", true),
    ("suất", true),
    ("phần quà", true),
    ("tổ chức", true),
    ("chương trình", true),
    ("mô hình", true),
    ("hội viên", true),
    ("thuê bao", true),
];

/// The letters that open each unit ("km" of "km2"), for a quick rejection.
static UNIT_FIRST: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    UNITS
        .iter()
        .map(|u| {
            u.0.split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or(u.0)
        })
        .collect()
});

static UNIT_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| UNITS.iter().map(|u| u.0).collect());

const CUR_SUFFIX: &[(&str, &str)] = &[
    ("đô la mỹ", "USD"),
    ("đô-la mỹ", "USD"),
    ("đô la", "USD"),
    ("đô-la", "USD"),
    ("đôla", "USD"),
    ("đô mỹ", "USD"),
    ("đô", "USD"),
    ("usd", "USD"),
    ("us$", "USD"),
    ("$", "USD"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("đồng", "VND"),
    ("vnđ", "VND"),
    ("vnd", "VND"),
    ("đ", "VND"),
    ("xen", "CENT"),
    ("xu", "CENT"),
    ("cents", "CENT"),
    ("cent", "CENT"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("eur", "EUR"),
    ("€", "EUR"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("rs", "INR"),
    ("inr", "INR"),
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("bảng anh", "GBP"),
    ("gbp", "GBP"),
    ("£", "GBP"),
    ("aed", "AED"),
    ("dirhams", "AED"),
    ("dirham", "AED"),
];

static CUR_SUFFIX_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| CUR_SUFFIX.iter().map(|u| u.0).collect());

/// Currency codes and signs written before the amount ("$10", "USD1,23").
const CUR_PREFIX: &[(&str, &str)] = &[
    ("us$", "USD"),
    ("usd", "USD"),
    ("$", "USD"),
    ("vn$", "VND"),
    ("vnd", "VND"),
    ("vnđ", "VND"),
    ("€", "EUR"),
    ("eur", "EUR"),
    ("£", "GBP"),
    ("gbp", "GBP"),
    ("rs.", "INR"),
    ("rs", "INR"),
    ("inr", "INR"),
    ("aed", "AED"),
];

/// Words after which "đồng"/"đô" is not money ("3 đồng chí", "2 đô thị").
fn currency_false_friend(cur_word: &str, next: &str) -> bool {
    match cur_word {
        "đồng" => matches!(
            next,
            "chí"
                | "bào"
                | "hương"
                | "ruộng"
                | "bằng"
                | "tâm"
                | "ý"
                | "thời"
                | "loạt"
                | "đều"
                | "hành"
                | "nghiệp"
                | "minh"
        ),
        "đô" => matches!(next, "thị" | "thành" | "vật" | "hội"),
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Bound {
    Lower,
    Upper,
    Approx,
    /// "từ": a range follows, or "trở lên"/"trở xuống".
    From,
    /// "giữa": "và" joins a range.
    Between,
}

const BOUNDS: &[(&str, Bound)] = &[
    ("hơn", Bound::Lower),
    ("nhiều hơn", Bound::Lower),
    ("trên", Bound::Lower),
    ("ít nhất", Bound::Lower),
    ("tối thiểu", Bound::Lower),
    ("không ít hơn", Bound::Lower),
    ("không dưới", Bound::Lower),
    ("cao hơn", Bound::Lower),
    ("lớn hơn", Bound::Lower),
    ("dưới", Bound::Upper),
    ("ít hơn", Bound::Upper),
    ("kém hơn", Bound::Upper),
    ("thấp hơn", Bound::Upper),
    ("nhỏ hơn", Bound::Upper),
    ("không tới", Bound::Upper),
    ("không đến", Bound::Upper),
    ("không cao hơn", Bound::Upper),
    ("không hơn", Bound::Upper),
    ("không quá", Bound::Upper),
    ("không vượt quá", Bound::Upper),
    ("tối đa", Bound::Upper),
    ("chưa tới", Bound::Upper),
    ("chưa đến", Bound::Upper),
    ("chưa đầy", Bound::Upper),
    ("khoảng", Bound::Approx),
    ("khoảng chừng", Bound::Approx),
    ("chừng", Bound::Approx),
    ("tầm", Bound::Approx),
    ("tầm khoảng", Bound::Approx),
    ("xấp xỉ", Bound::Approx),
    ("gần", Bound::Approx),
    ("ước", Bound::Approx),
    ("ước tính", Bound::Approx),
    ("ước đạt", Bound::Approx),
    ("từ", Bound::From),
    ("khoảng từ", Bound::From),
    ("khoảng chừng từ", Bound::From),
    ("tầm từ", Bound::From),
    ("giữa", Bound::Between),
    ("trong khoảng", Bound::Between),
    ("trong khoảng từ", Bound::From),
];

static BOUND_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| BOUNDS.iter().map(|b| b.0).collect());

/// First words that may open a value written with letters; other words are
/// skipped without trying the grammar.
static TRIGGERS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    let mut s: std::collections::HashSet<&'static str> = [
        "không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám",
        "chín", "mười", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "nửa", "chục", "âm",
        "thứ", "đầu", "top", "gấp", "us", "usd", "vn", "vnd", "vnđ", "eur", "gbp", "rs", "inr",
        "aed",
    ]
    .into_iter()
    .collect();
    for b in BOUNDS {
        s.insert(b.0.split(' ').next().unwrap_or(b.0));
    }
    s
});

// ---------------------------------------------------------------------------
// Numbers.

#[derive(Debug, Clone, Copy)]
struct Num {
    start: usize,
    end: usize,
    value: f64,
    /// Written with words ("hai mươi").
    words: bool,
    /// The multiplier of trailing scale words or a K/M/G suffix (1 if none).
    scale: f64,
}

/// The end of a digit run `[.,]?\d+([.,]\d+)*` at `p`, at most 64 bytes.
fn digit_run(b: &[u8], p: usize) -> Option<usize> {
    let mut i = p;
    if i < b.len() && (b[i] == b',' || b[i] == b'.') {
        if i + 1 < b.len() && b[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            return None;
        }
    } else if i >= b.len() || !b[i].is_ascii_digit() {
        return None;
    }
    loop {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - p > 64 {
            return None;
        }
        if i + 1 < b.len() && (b[i] == b'.' || b[i] == b',') && b[i + 1].is_ascii_digit() {
            i += 1;
            continue;
        }
        return Some(i);
    }
}

/// Parses a digit run, falling back to its longest readable prefix of groups.
fn read_run(s: &str, ctx: Context) -> Option<(f64, usize)> {
    if let Some(v) = parse_numeral(s, ctx) {
        return Some((v, s.len()));
    }
    let mut end = s.len();
    while let Some(i) = s[..end].rfind(['.', ',']) {
        end = i;
        if end == 0 {
            return None;
        }
        if let Some(v) = parse_numeral(&s[..end], ctx) {
            return Some((v, end));
        }
    }
    None
}

impl Sc<'_> {
    /// What a numeral counts, from the word after it.
    fn context_after(&self, p: usize) -> Context {
        let q = self.skip_ws(p);
        if let Some((i, _)) = self.unit_at(q) {
            if UNITS[i].1 {
                return Context::Count;
            }
        }
        Context::Measure
    }

    /// Trailing scale words ("nghìn", "triệu", "nghìn tỷ") and "rưỡi" at `p`.
    fn scale_words(&self, p: usize) -> (f64, usize) {
        let mut scale = 1.0;
        let mut end = p;
        loop {
            let q = self.skip_ws(end);
            let w = self.word(q);
            match scale_word(w) {
                Some(m) if !w.is_empty() && self.boundary(q + w.len()) => {
                    // "tỷ lệ", "tỷ trọng" are ratios, not billions.
                    let after = self.word(self.skip_ws(q + w.len()));
                    if matches!(after, "lệ" | "trọng" | "giá") {
                        break;
                    }
                    scale *= m;
                    end = q + w.len();
                }
                _ => break,
            }
        }
        if scale > 1.0 {
            if let Some(e) = self.phrase(self.skip_ws(end), "rưỡi") {
                return (scale * 1.5, e);
            }
        }
        (scale, end)
    }

    /// A number at `p`: digits or words, with a decimal "chấm"/"phẩy" part,
    /// a K/M/G suffix or scale words. No sign.
    fn number_at(&self, p: usize) -> Option<Num> {
        if let Some(run_end) = digit_run(self.b, p) {
            let ctx = self.context_after(run_end);
            let (mut value, len) = read_run(&self.lc[p..run_end], ctx)?;
            let mut end = p + len;
            let has_sep = self.lc[p..end].contains(['.', ',']);
            // K/M/G suffix: "100K", "1,2M", ",0012G".
            let mut scale = 1.0;
            if let Some(c) = self.t[end..].chars().next() {
                let m = match c {
                    'k' | 'K' => 1e3,
                    'M' => 1e6,
                    'G' if has_sep => 1e9,
                    _ => 0.0,
                };
                if m > 0.0 && self.boundary(end + 1) {
                    scale = m;
                    end += 1;
                }
            }
            if scale == 1.0 && !has_sep {
                if let Some((frac, e)) = self.decimal_words(end) {
                    value += frac;
                    end = e;
                }
            }
            if scale == 1.0 {
                let (s, e) = self.scale_words(end);
                scale = s;
                end = e;
            }
            return Some(Num {
                start: p,
                end,
                value: value * scale,
                words: false,
                scale,
            });
        }
        let first = self.word(p);
        if first.is_empty() {
            return None;
        }
        let n = parse_words(self.line_from(p))?;
        let mut end = p + n.len;
        let mut value = n.value();
        let mut scale = n.scale;
        if n.scale == 1.0 && value.fract() == 0.0 {
            if let Some((frac, e)) = self.decimal_words(end) {
                value += frac;
                end = e;
                let (s, e) = self.scale_words(end);
                value *= s;
                scale = s;
                end = e;
            }
        }
        Some(Num {
            start: p,
            end,
            value,
            words: true,
            scale,
        })
    }

    /// "chấm 23", "phẩy 5", "chấm ba" after an integer: the fraction.
    fn decimal_words(&self, p: usize) -> Option<(f64, usize)> {
        let q = self.skip_ws(p);
        let (_, e) = self.longest(q, &["chấm", "phẩy"])?;
        let r = self.skip_ws(e);
        let digits: String;
        let end;
        if let Some(run_end) = digit_run(self.b, r) {
            let s = &self.lc[r..run_end];
            if !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            digits = s.to_string();
            end = run_end;
        } else {
            let n = parse_words(self.line_from(r))?;
            if n.scale != 1.0 || n.value().fract() != 0.0 {
                return None;
            }
            digits = format!("{}", n.value() as u64);
            end = r + n.len;
        }
        let frac: f64 = format!("0.{digits}").parse().ok()?;
        Some((frac, end))
    }
}

// ---------------------------------------------------------------------------
// Measures: a number with what it measures.

#[derive(Debug, Clone)]
struct Meas {
    end: usize,
    kind: &'static str,
    value: f64,
    unit: Option<String>,
    currency: Option<&'static str>,
    scale: f64,
    words: bool,
    /// A lone ambiguous word ("năm", "không", "triệu") read as a number.
    weak: bool,
}

impl Sc<'_> {
    /// An amount after a currency code or sign: "$10", "USD1,23", "Rs. 20".
    fn prefix_money(&self, p: usize) -> Option<Meas> {
        for (code, cur) in CUR_PREFIX {
            if !self.lc[p..].starts_with(code) {
                continue;
            }
            let e = p + code.len();
            if self.next_char(e).is_some_and(|c| c.is_alphabetic()) {
                continue;
            }
            let q = self.skip_ws(e);
            let Some(n) = self.number_at(q) else { continue };
            if n.words && q == e {
                continue;
            }
            let mut m = Meas {
                end: n.end,
                kind: "money",
                value: n.value,
                unit: None,
                currency: Some(cur),
                scale: n.scale,
                words: n.words,
                weak: false,
            };
            self.cents(&mut m);
            return Some(m);
        }
        None
    }

    /// "và 23 xen", "23 xu", a bare "23" ending the phrase: cents after a
    /// whole-currency amount.
    fn cents(&self, m: &mut Meas) {
        if matches!(m.currency, Some("VND" | "CENT") | None) || m.value.fract() != 0.0 {
            return;
        }
        let q = self.skip_ws(m.end);
        let (q, with_and) = match self.phrase(q, "và") {
            Some(e) => (self.skip_ws(e), true),
            None => (q, false),
        };
        if q == m.end {
            return;
        }
        let Some(n) = self.number_at(q) else { return };
        if n.scale != 1.0 || n.value.fract() != 0.0 || !(0.0..100.0).contains(&n.value) {
            return;
        }
        let r = self.skip_ws(n.end);
        let end = if let Some((_, e)) = self.longest(r, &["xen", "xu", "cents", "cent"]) {
            e
        } else if !with_and && self.line_rest_empty(n.end) && self.boundary(n.end) {
            n.end
        } else {
            return;
        };
        m.value += n.value / 100.0;
        m.end = end;
    }

    /// A unit chain after a number: "lượt khách", "km2", "tấn/ha",
    /// "đồng/người/năm" (after a currency).
    fn unit_chain(&self, mut end: usize, mut unit: String) -> (String, usize) {
        loop {
            if !self.lc[end..].starts_with('/') {
                break;
            }
            match self.unit_at(end + 1) {
                Some((_, e)) => {
                    unit.push('/');
                    unit.push_str(&self.lc[end + 1..e]);
                    end = e;
                }
                None => break,
            }
        }
        (unit, end)
    }

    fn measure_at(&self, p: usize) -> Option<Meas> {
        if let Some(m) = self.prefix_money(p) {
            return Some(m);
        }
        let n = self.number_at(p)?;
        // "tư" alone is "private" or part of "đầu tư", never four; "không"
        // alone is "not"; "là năm …" is "is the year …".
        if n.words {
            let w = &self.lc[n.start..n.end];
            if w == "tư" || (w == "không" && !self.whole(&(n.start..n.end))) {
                return None;
            }
            if w == "năm"
                && matches!(
                    self.prev_word(p),
                    "là" | "trong"
                        | "mỗi"
                        | "hàng"
                        | "các"
                        | "những"
                        | "của"
                        | "cả"
                        | "một"
                        | "này"
                        | "từng"
                        | "cùng"
                        | "vào"
                        | "sang"
                        | "qua"
                        | "đầu"
                        | "cuối"
                        | "giữa"
                )
            {
                return None;
            }
        }
        let mut m = Meas {
            end: n.end,
            kind: "number",
            value: n.value,
            unit: None,
            currency: None,
            scale: n.scale,
            words: n.words,
            weak: false,
        };
        let q = self.skip_ws(n.end);
        // Percent and percentage points.
        if self.lc[q..].starts_with('%') {
            m.kind = "percent";
            m.unit = Some("%".into());
            m.end = q + 1;
            return Some(m);
        }
        if let Some((i, e)) = self.longest(q, &["phần trăm", "điểm phần trăm", "điểm %"])
        {
            m.kind = "percent";
            m.unit = Some(if i == 0 { "%" } else { "điểm phần trăm" }.into());
            m.end = e;
            return Some(m);
        }
        // Money.
        if let Some((i, e)) = self.longest(q, &CUR_SUFFIX_WORDS) {
            let (word, cur) = CUR_SUFFIX[i];
            let next = self.word(self.skip_ws(e));
            if !currency_false_friend(word, next) {
                m.kind = "money";
                m.currency = Some(cur);
                m.end = e;
                if self.lc[e..].starts_with('/') {
                    let (unit, e2) = self.unit_chain(e, self.lc[q..e].to_string());
                    if e2 > e {
                        m.unit = Some(unit);
                        m.end = e2;
                        return Some(m);
                    }
                }
                self.cents(&mut m);
                return Some(m);
            }
        }
        // Quantities.
        if let Some((_, e)) = self.unit_at(q) {
            let (unit, e) = self.unit_chain(e, self.lc[q..e].to_string());
            m.kind = "quantity";
            m.unit = Some(unit);
            m.end = e;
            return Some(m);
        }
        // A plain number: not glued to letters ("5G", "15h30").
        if !n.words && self.next_char(n.end).is_some_and(|c| c.is_alphabetic()) {
            return None;
        }
        if n.words {
            let text = &self.lc[n.start..n.end];
            let single = !text.contains(' ');
            let lone_scale = single && scale_word(text).is_some();
            let ambiguous =
                single && matches!(text, "năm" | "không" | "tư" | "mốt" | "lăm" | "chục");
            let next = self.word(q);
            let idiom = text == "một"
                && matches!(
                    next,
                    "số" | "cách"
                        | "trong"
                        | "lúc"
                        | "khi"
                        | "chút"
                        | "ít"
                        | "vài"
                        | "mặt"
                        | "khác"
                        | "mình"
                );
            m.weak = lone_scale || ambiguous || idiom;
        }
        Some(m)
    }

    /// A whole value expression at `p`: bound words, a measure, a range.
    fn value_at(&self, p: usize) -> Option<Cand> {
        let (bound, q) = match self.longest(p, &BOUND_WORDS) {
            Some((i, e)) => (Some(BOUNDS[i].1), self.skip_ws(e)),
            None => (None, p),
        };
        if bound.is_some() && q == p {
            return None;
        }
        let q0 = q;
        let (neg, q) = self.sign(q, bound.is_none())?;
        let first = self.measure_at(q)?;
        let mut value = Some(if neg { -first.value } else { first.value });
        let mut value_max = None;
        let mut kind = first.kind;
        let mut unit = first.unit.clone();
        let mut currency = first.currency;
        let mut end = first.end;
        let mut ranged = false;

        // A range: "1000-2000 đồng", "từ 1000 đến 2000 đồng", "giữa 1,1 và 1,3 đô la".
        let r = self.skip_ws(first.end);
        let conn = if self.lc[r..].starts_with('-') && !first.words && !neg {
            Some(r + 1)
        } else {
            let words: &[&str] = match bound {
                Some(Bound::From | Bound::Approx) => &["đến", "tới"],
                Some(Bound::Between) => &["và", "đến", "tới"],
                _ => &[],
            };
            self.longest(r, words).map(|(_, e)| e)
        };
        if let Some(c) = conn {
            let s = self.skip_ws(c);
            if let Some(second) = self.sign(s, false).and_then(|(_, s)| self.measure_at(s)) {
                let compatible = first.kind == "number"
                    || second.kind == "number"
                    || (first.kind == second.kind && first.currency == second.currency);
                let mut lo = first.value;
                if first.kind == "number"
                    && second.kind != "number"
                    && first.scale == 1.0
                    && second.scale > 1.0
                {
                    lo *= second.scale;
                }
                let dash = self.lc[r..].starts_with('-');
                let plausible = !dash || second.value > lo;
                if compatible && plausible && !second.weak {
                    if first.kind == "number" {
                        kind = second.kind;
                        unit = second.unit.clone();
                        currency = second.currency;
                    }
                    value = Some(lo);
                    value_max = Some(second.value);
                    end = second.end;
                    ranged = true;
                }
            }
        }
        let mut start = p;
        match bound {
            Some(Bound::From) if !ranged => {
                let t = self.skip_ws(end);
                if let Some((i, e)) = self.longest(t, &["trở lên", "trở xuống"]) {
                    end = e;
                    if i == 1 {
                        value_max = value;
                        value = None;
                    }
                } else {
                    start = q;
                }
            }
            Some(Bound::Between) if !ranged => start = q,
            Some(Bound::Upper) if !ranged => {
                value_max = value;
                value = None;
            }
            _ => {}
        }
        if first.weak && !ranged && kind == "number" && !self.whole(&(start..end)) {
            return None;
        }
        // A bullet "- 5 dự án" is no negative number; "- 1.200.000" alone is.
        if neg && self.lc[q0..].starts_with("- ") && !self.line_rest_empty(end) {
            return None;
        }
        let mut c = Cand::new(start..end, kind);
        c.value = value;
        c.value_max = value_max;
        c.unit = unit;
        c.currency = currency;
        Some(c)
    }

    /// A sign at `p`: "-5", "âm 5", and "- 5" at a line's start. Returns
    /// (negative, where the number starts).
    fn sign(&self, p: usize, allow_spaced: bool) -> Option<(bool, usize)> {
        if let Some(e) = self.phrase(p, "âm") {
            let q = self.skip_ws(e);
            return if q > e && digit_run(self.b, q).is_some()
                || !self.word(q).is_empty() && parse_words(self.line_from(q)).is_some()
            {
                Some((true, q))
            } else {
                None
            };
        }
        if self.lc[p..].starts_with('-') {
            let before_ok = self
                .prev_char(p)
                .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':' | '='));
            if !before_ok {
                return Some((false, p));
            }
            if digit_run(self.b, p + 1).is_some() {
                return Some((true, p + 1));
            }
            let line_start = self.prev_char(p).is_none_or(|c| c == '\n');
            if allow_spaced && line_start && self.lc[p + 1..].starts_with(' ') {
                let q = self.skip_ws(p + 1);
                if digit_run(self.b, q).is_some() {
                    return Some((true, q));
                }
            }
            return Some((false, p));
        }
        Some((false, p))
    }

    /// "thứ nhất", "thứ 14", "đầu tiên", "Top 5".
    fn ordinal_at(&self, p: usize) -> Option<Cand> {
        if let Some(e) = self.phrase(p, "đầu tiên") {
            let mut c = Cand::new(p..e, "ordinal");
            c.value = Some(1.0);
            return Some(c);
        }
        if let Some(e) = self.phrase(p, "top") {
            let q = self.skip_ws(e);
            let run = digit_run(self.b, q)?;
            let v: f64 = self.lc[q..run].parse().ok()?;
            let mut c = Cand::new(p..run, "ordinal");
            c.value = Some(v);
            return Some(c);
        }
        let e = self.phrase(p, "thứ")?;
        let q = self.skip_ws(e);
        if q == e {
            return None;
        }
        let (v, end) = if let Some(run) = digit_run(self.b, q) {
            let s = &self.lc[q..run];
            if !s.bytes().all(|b| b.is_ascii_digit())
                || self.next_char(run).is_some_and(|c| c.is_alphabetic())
            {
                return None;
            }
            (s.parse::<f64>().ok()?, run)
        } else {
            let w = self.word(q);
            match w {
                "nhất" | "nhì" | "tư" => (ordinal_word(w)?, q + w.len()),
                _ => {
                    let n = parse_words(self.line_from(q))?;
                    if n.scale != 1.0 || n.value() < 1.0 {
                        return None;
                    }
                    (n.value(), q + n.len)
                }
            }
        };
        if (2.0..=7.0).contains(&v) && self.weekday_context(p, end) {
            return None;
        }
        let mut c = Cand::new(p..end, "ordinal");
        c.value = Some(v);
        Some(c)
    }

    /// Whether "thứ 2".."thứ 7" at `p..end` names a weekday rather than a rank.
    fn weekday_context(&self, p: usize, end: usize) -> bool {
        let q = self.skip_ws(end);
        let next = self.word(q);
        if matches!(
            next,
            "tuần" | "tới" | "này" | "vừa" | "của" | "ngày" | "mồng" | "mùng"
        ) {
            return true;
        }
        // "(thứ 2 từ trái qua)": a position in a photo caption.
        if next == "từ" {
            return false;
        }
        let rest = &self.lc[end..];
        let rest = rest.trim_start_matches([' ', ',', '(']);
        if rest.starts_with(|c: char| c.is_ascii_digit())
            && digit_run(self.b, self.lc.len() - rest.len()).is_some()
        {
            // "thứ 2, 6/2" — a date follows.
            let at = self.lc.len() - rest.len();
            let run = digit_run(self.b, at).unwrap_or(at);
            if self.lc[run..].starts_with('/') {
                return true;
            }
        }
        let prev = self.prev_word(p);
        if matches!(
            prev,
            "lần"
                | "xếp"
                | "đứng"
                | "hạng"
                | "khóa"
                | "khoá"
                | "kỳ"
                | "phiên"
                | "lớp"
                | "người"
                | "ngày"
                | "giải"
                | "đợt"
                | "đại"
                | "thế"
                | "tầng"
                | "bậc"
                | "chương"
                | "điều"
                | "mục"
                | "khoản"
                | "phần"
                | "đoạn"
                | "câu"
                | "lượt"
                | "vòng"
                | "trận"
                | "năm"
                | "tuần"
                | "tháng"
                | "là"
                | "vị"
                | "con"
                | "cháu"
                | "hệ"
                | "nhiệm"
                | "số"
                | "thứ"
                | "hàng"
        ) {
            return false;
        }
        // An enumeration: "Thứ nhất, … Thứ hai, …".
        let before = self.lc[..p].trim_end_matches([' ', '-', '+', '*', '(', '_']);
        let line_start = before.is_empty() || before.ends_with(['\n', '.', ':', ';']);
        if line_start && self.lc.contains("thứ nhất") {
            return false;
        }
        true
    }
}

// ---------------------------------------------------------------------------
// The passes.

static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]+(?:[/-][0-9]+)*[/-][A-ZĐ][A-Za-zĐđ0-9]*(?:[/-][A-Za-zĐđ0-9]+)*|(?-u:\b)[0-9]{1,2}(?::[0-9]{2}){1,2}(?-u:\b)|(?-u:\b)[0-9]{1,2}[hg][0-9]{2}(?-u:\b)")
        .expect("valid pattern")
});

static LIST_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|[IVXLC]{1,6}[.)])[ \t]")
        .expect("valid pattern")
});

/// Regions that hold no value: document numbers ("55/2022/QH15",
/// "2043-KL/TU") and clock times ("10:45", "10h45").
fn exclusions(sc: &Sc, cands: &mut Vec<Cand>) {
    // List numbers opening a line: "1.", "1.2.", "2)", "III.".
    for m in LIST_NUMBER.find_iter(sc.t) {
        cands.push(Cand::new(m.range(), ""));
    }
    for m in DOC_NUMBER.find_iter(sc.t) {
        let before = sc.prev_char(m.start());
        if before.is_some_and(|c| c.is_alphanumeric()) {
            continue;
        }
        cands.push(Cand::new(m.range(), ""));
    }
}

fn value_candidates(sc: &Sc, cands: &mut Vec<Cand>) {
    let b = sc.b;
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    for (p, c) in sc.lc.char_indices() {
        let (pc, ppc) = (prev, prev2);
        prev2 = prev;
        prev = Some(c);
        if pc.is_some_and(|x| x.is_alphanumeric()) {
            continue;
        }
        // Inside a numeral ("1.200.000") or a code ("ĐT.656"): not a start.
        if matches!(pc, Some('.' | ',' | '-'))
            && ppc.is_some_and(|x| x.is_alphanumeric())
            && (pc != Some('-') || !ppc.is_some_and(|x| x.is_ascii_digit()))
        {
            continue;
        }
        let start_ok = if c.is_alphabetic() {
            TRIGGERS.contains(sc.word(p))
        } else {
            c.is_ascii_digit()
                || matches!(c, '$' | '€' | '£' | '-')
                || (matches!(c, ',' | '.') && p + 1 < b.len() && b[p + 1].is_ascii_digit())
        };
        if !start_ok {
            continue;
        }
        if let Some(cand) = sc.value_at(p) {
            cands.push(cand);
        }
        if c.is_alphabetic() {
            if let Some(cand) = sc.ordinal_at(p) {
                cands.push(cand);
            }
            for (ph, v) in [("gấp đôi", 2.0), ("gấp rưỡi", 1.5)] {
                if let Some(e) = sc.phrase(p, ph) {
                    let mut cand = Cand::new(p..e, "number");
                    cand.value = Some(v);
                    cand.unit = Some("lần".into());
                    cands.push(cand);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Dates.

const WEEKDAY: &str =
    r"(thứ(?-u:\s)+(?:[2-7]|hai|ba|tư|năm|sáu|bảy|bẩy)|chủ(?-u:\s)+nhật|chúa(?-u:\s)+nhật)";
const WEEK_MOD: &str = r"(?:(?-u:\s)+(?:của(?-u:\s)+)?tuần(?-u:\s)+(này|tới|sau|trước|vừa rồi|vừa qua|qua|nay)|(?-u:\s)+(tới|này|vừa rồi|vừa qua))?";

static WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b){WEEKDAY}{WEEK_MOD}(?-u:\b)")).expect("valid pattern")
});
static WEEK_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)tuần(?-u:\s)+(này|tới|sau|trước|vừa rồi|vừa qua|qua|nay)(?-u:\b)")
        .expect("valid pattern")
});
static EDGE_OF_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(ngày|tuần)(?-u:\s)+(đầu tiên|cuối cùng|đầu|cuối)(?-u:\s)+(?:của(?-u:\s)+)?",
    )
    .expect("valid pattern")
});
static MONTH_MOD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?-u:\s)+(tới|này|vừa rồi|vừa qua)(?-u:\b)").expect("valid pattern")
});
static BARE_DM_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{1,2})/([0-9]{1,2})(?-u:\b)").expect("valid pattern")
});
static HOLIDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:ngày(?-u:\s)+|lễ(?-u:\s)+)?(giáng sinh|noel|tết dương lịch)(?-u:\b)")
        .expect("valid pattern")
});

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Monday = 1 … Sunday = 7.
fn weekday_of(days: i64) -> i64 {
    (days + 3).rem_euclid(7) + 1
}

fn iso_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn weekday_number(s: &str) -> Option<i64> {
    let s: String = crate::text::fold_ws(s);
    Some(match s.as_str() {
        "chủ nhật" | "chúa nhật" => 7,
        _ => {
            let n = s.strip_prefix("thứ ")?;
            match n {
                "2" | "hai" => 1,
                "3" | "ba" => 2,
                "4" | "tư" => 3,
                "5" | "năm" => 4,
                "6" | "sáu" => 5,
                "7" | "bảy" | "bẩy" => 6,
                _ => return None,
            }
        }
    })
}

fn date_kind(e: &DateExpr) -> &'static str {
    match e.grain {
        Grain::Day | Grain::Month => "date",
        _ => "period",
    }
}

fn date_iso(e: &DateExpr) -> Option<String> {
    if e.grain == Grain::YearRange {
        return Some(format!("{:04}/{:04}", e.year?, e.year_end?));
    }
    e.iso()
}

fn date_candidates(sc: &Sc, reference: Option<CivilDate>, cands: &mut Vec<Cand>) {
    let mut dates = find_dates(sc.t);
    let n_found: Vec<Range<usize>> = dates.iter().map(|e| e.range.clone()).collect();
    // Bare "7/3": a day and a month when nothing says it is a ratio.
    for c in BARE_DM_RE.captures_iter(sc.lc) {
        let m = c.get(0).expect("match");
        let (d, mo): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        if !(1..=12).contains(&mo) || d == 0 || d > days_in_month(2024, mo) {
            continue;
        }
        let before = sc.prev_char(m.start());
        let after = sc.next_char(m.end());
        if before.is_some_and(|c| matches!(c, '/' | '-' | '.' | ','))
            || after.is_some_and(|c| {
                matches!(c, '/' | '-' | '%' | '.' | ',')
                    && sc.lc[m.end() + 1..].starts_with(|x: char| x.is_ascii_digit())
            })
        {
            continue;
        }
        if matches!(
            sc.prev_word(m.start()),
            "thứ" | "số" | "đạt" | "chiếm" | "là" | "hạng" | "top" | "xếp" | "được" | "có"
        ) {
            continue;
        }
        let q = sc.skip_ws(m.end());
        if sc.unit_at(q).is_some()
            || sc.longest(q, &CUR_SUFFIX_WORDS).is_some()
            || matches!(sc.word(q), "số" | "tổng")
        {
            continue;
        }
        let k = n_found.partition_point(|r| r.start < m.end());
        if k > 0 && n_found[k - 1].end > m.start() {
            continue;
        }
        let Some(mut e) = find_dates(&format!("ngày {}", m.as_str()))
            .into_iter()
            .next()
        else {
            continue;
        };
        e.range = m.range();
        dates.push(e);
    }
    crate::sort::by_key(&mut dates, |e| e.range.start);

    let ref_days = reference.map(|r| days_from_civil(r.year, r.month, r.day));
    // The year a yearless date takes: the reference's, else the nearest year
    // the text gives (before it first).
    // Explicit years in text order, for yearless dates without a reference.
    let explicit: Vec<(usize, i32)> = dates
        .iter()
        .filter(|e| e.relative.is_none())
        .filter_map(|e| Some((e.range.start, e.year?)))
        .collect();
    let year_for = |at: usize| -> Option<i32> {
        if let Some(r) = reference {
            return Some(r.year);
        }
        let i = explicit.partition_point(|(s, _)| *s < at);
        if i > 0 {
            Some(explicit[i - 1].1)
        } else {
            explicit.get(i).map(|x| x.1)
        }
    };

    let mut by_start: BTreeMap<usize, DateExpr> = BTreeMap::new();
    for e in &dates {
        let mut r = e.resolve(year_for(e.range.start), reference);
        // "ngày 12/10": the cue word belongs to the date.
        let before = &sc.lc[..r.range.start];
        for cue in ["ngày ", "hôm ", "mồng ", "mùng "] {
            if before.ends_with(cue)
                && sc
                    .prev_char(r.range.start - cue.len())
                    .is_none_or(|c| !c.is_alphanumeric())
            {
                r.range.start -= cue.len();
                break;
            }
        }
        // "tháng 3 tới", "tháng 12 vừa qua": the next or last such month.
        if r.grain == Grain::Month && !e.has_year() && e.relative.is_none() {
            if let Some(mm) = MONTH_MOD_RE.captures(&sc.lc[e.range.end..]) {
                if let (Some(rf), Some(mo)) = (reference, r.month) {
                    match &mm[1] {
                        "tới" if mo <= rf.month => r.year = Some(rf.year + 1),
                        "vừa rồi" | "vừa qua" if mo >= rf.month => r.year = Some(rf.year - 1),
                        _ => {}
                    }
                }
                r.range.end = e.range.end + mm.get(0).expect("match").end();
            }
        }
        let mut c = Cand::new(r.range.clone(), date_kind(&r));
        c.date = date_iso(&r);
        cands.push(c);
        by_start.insert(r.range.start, r);
    }

    // Weekdays, alone or before a date.
    for c in WEEKDAY_RE.captures_iter(sc.lc) {
        let m = c.get(0).expect("match");
        let core = c.get(1).expect("weekday");
        let Some(w) = weekday_number(core.as_str()) else {
            continue;
        };
        let has_mod = c.get(2).is_some() || c.get(3).is_some();
        if core.as_str().starts_with("thứ")
            && !has_mod
            && !sc.weekday_context(m.start(), core.end())
        {
            continue;
        }
        // An explicit date right after: "thứ 2 ngày 6 tháng 2", "thứ Hai, 6/2".
        let gap_end = {
            let mut g = m.end();
            loop {
                let s = &sc.lc[g..];
                let t = s.trim_start_matches([' ', ',', '(']);
                let t = ["ngày ", "mồng ", "mùng "]
                    .iter()
                    .find_map(|w| t.strip_prefix(w))
                    .unwrap_or(t);
                if t.len() == s.len() {
                    break;
                }
                g = sc.lc.len() - t.len();
            }
            g
        };
        let explicit = by_start
            .range(m.end()..=gap_end)
            .next()
            .map(|(_, e)| e)
            .filter(|e| e.grain == Grain::Day);
        let (end, date) = if let Some(e) = explicit {
            (e.range.end, e.iso())
        } else if let Some(rd) = ref_days {
            let r = weekday_of(rd);
            let modifier = c.get(2).or(c.get(3)).map_or("", |x| x.as_str());
            let week = c.get(2).is_some();
            let days = match (week, modifier) {
                (true, "này" | "nay") => rd - (r - 1) + (w - 1),
                (true, "tới" | "sau") => rd - (r - 1) + (w - 1) + 7,
                (true, _) => rd - (r - 1) + (w - 1) - 7,
                (false, "tới") => {
                    rd + if (w - r).rem_euclid(7) == 0 {
                        7
                    } else {
                        (w - r).rem_euclid(7)
                    }
                }
                (false, "vừa rồi" | "vừa qua") => {
                    rd - if (r - w).rem_euclid(7) == 0 {
                        7
                    } else {
                        (r - w).rem_euclid(7)
                    }
                }
                (false, "này") => rd - (r - 1) + (w - 1),
                _ => rd + (w - r).rem_euclid(7),
            };
            (m.end(), Some(iso_day(days)))
        } else {
            (m.end(), None)
        };
        let mut cand = Cand::new(m.start()..end, "date");
        cand.date = date;
        cands.push(cand);
    }

    // Weeks, reported as their Monday.
    for c in WEEK_RE.captures_iter(sc.lc) {
        let m = c.get(0).expect("match");
        let mut cand = Cand::new(m.range(), "period");
        if let Some(rd) = ref_days {
            let monday = rd - (weekday_of(rd) - 1);
            let shift = match &c[1] {
                "này" | "nay" => 0,
                "tới" | "sau" => 7,
                _ => -7,
            };
            cand.date = Some(iso_day(monday + shift));
        }
        cands.push(cand);
    }

    // "ngày đầu tiên của tháng ba", "tuần đầu tiên của tháng 9 năm 2017".
    for c in EDGE_OF_RE.captures_iter(sc.lc) {
        let m = c.get(0).expect("match");
        let Some(e) = by_start.get(&m.end()) else {
            continue;
        };
        if e.grain != Grain::Month {
            continue;
        }
        let (Some(y), Some(mo)) = (e.year, e.month) else {
            continue;
        };
        let first = matches!(&c[2], "đầu tiên" | "đầu");
        let day = if first { 1 } else { days_in_month(y, mo) };
        let mut days = days_from_civil(y, mo, day);
        let kind = if &c[1] == "tuần" {
            // The first week that starts in the month; the last one that does.
            if first {
                days += (8 - weekday_of(days)) % 7;
            } else {
                days -= weekday_of(days) - 1;
            }
            "period"
        } else {
            "date"
        };
        let mut cand = Cand::new(m.start()..e.range.end, kind);
        cand.date = Some(iso_day(days));
        cands.push(cand);
    }

    for c in HOLIDAY_RE.captures_iter(sc.lc) {
        let m = c.get(0).expect("match");
        let (mo, d) = if &c[1] == "tết dương lịch" {
            (1, 1)
        } else {
            (12, 25)
        };
        let mut cand = Cand::new(m.range(), "date");
        cand.date = year_for(m.start()).map(|y| format!("{y:04}-{mo:02}-{d:02}"));
        cands.push(cand);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, expected items as "kind value [value_max] [unit] [currency] [date] «text»")
    fn render(items: &[ValueItem]) -> Vec<String> {
        items
            .iter()
            .map(|i| {
                let mut s = i.kind.to_string();
                if let Some(v) = i.value {
                    s.push_str(&format!(" {v}"));
                }
                if let Some(v) = i.value_max {
                    s.push_str(&format!(" max={v}"));
                }
                if let Some(u) = &i.unit {
                    s.push_str(&format!(" [{u}]"));
                }
                if let Some(c) = &i.currency {
                    s.push_str(&format!(" {c}"));
                }
                if let Some(d) = &i.date {
                    s.push_str(&format!(" {d}"));
                }
                s.push_str(&format!(" «{}»", i.text));
                s
            })
            .collect()
    }

    fn run(text: &str) -> Vec<String> {
        let opts = Options {
            ref_date: Some(CivilDate {
                year: 2017,
                month: 2,
                day: 2,
            }),
        };
        render(&scan(text, &opts))
    }

    /// Each case: the text and every value expected in it, in order.
    const CASES: &[(&str, &[&str])] = &[
        // numbers
        ("17.320,3", &["number 17320.3 «17.320,3»"]),
        (
            "có 33,293 người",
            &["quantity 33293 [người] «33,293 người»"],
        ),
        ("tăng 2.45 lần", &["quantity 2.45 [lần] «2.45 lần»"]),
        ("100K", &["number 100000 «100K»"]),
        ("1,2M", &["number 1200000 «1,2M»"]),
        (",0012G", &["number 1200000 «,0012G»"]),
        ("-1200000", &["number -1200000 «-1200000»"]),
        ("âm 1.200.000", &["number -1200000 «âm 1.200.000»"]),
        ("- 1.200.000", &["number -1200000 «- 1.200.000»"]),
        ("hai mươi mốt", &["number 21 «hai mươi mốt»"]),
        ("mười lăm", &["number 15 «mười lăm»"]),
        (
            "bảy trăm hai mươi mốt nghìn không trăm mười hai",
            &["number 721012 «bảy trăm hai mươi mốt nghìn không trăm mười hai»"],
        ),
        ("hai chục", &["number 20 «hai chục»"]),
        ("5 nghìn", &["number 5000 «5 nghìn»"]),
        ("2 chấm 23", &["number 2.23 «2 chấm 23»"]),
        ("hai phẩy 5", &["number 2.5 «hai phẩy 5»"]),
        ("tăng gấp đôi", &["number 2 [lần] «gấp đôi»"]),
        ("một tỷ", &["number 1000000000 «một tỷ»"]),
        ("không", &["number 0 «không»"]),
        // ordinals
        ("thứ nhất", &["ordinal 1 «thứ nhất»"]),
        ("thứ 1", &["ordinal 1 «thứ 1»"]),
        ("lần đầu tiên", &["ordinal 1 «đầu tiên»"]),
        ("Đại hội lần thứ 58", &["ordinal 58 «thứ 58»"]),
        (
            "xếp thứ 14/63 tỉnh",
            &["ordinal 14 «thứ 14»", "quantity 63 [tỉnh] «63 tỉnh»"],
        ),
        ("đứng thứ hai cả nước", &["ordinal 2 «thứ hai»"]),
        ("lọt Top 5", &["ordinal 5 «Top 5»"]),
        // percentages
        ("tăng 8,5%", &["percent 8.5 [%] «8,5%»"]),
        ("tăng 8 - 8,5%", &["percent 8 max=8.5 [%] «8 - 8,5%»"]),
        (
            "giảm 0,3 điểm phần trăm",
            &["percent 0.3 [điểm phần trăm] «0,3 điểm phần trăm»"],
        ),
        ("dưới 5%", &["percent max=5 [%] «dưới 5%»"]),
        // money
        ("$10", &["money 10 USD «$10»"]),
        ("10$", &["money 10 USD «10$»"]),
        ("mười đô la", &["money 10 USD «mười đô la»"]),
        ("2 đô la và 23 xen", &["money 2.23 USD «2 đô la và 23 xen»"]),
        ("hai đô 23", &["money 2.23 USD «hai đô 23»"]),
        ("mười xu", &["money 10 CENT «mười xu»"]),
        ("VN$1000", &["money 1000 VND «VN$1000»"]),
        ("1000 VNĐ", &["money 1000 VND «1000 VNĐ»"]),
        ("EUR29,99", &["money 29.99 EUR «EUR29,99»"]),
        ("Rs. 20", &["money 20 INR «Rs. 20»"]),
        ("£9", &["money 9 GBP «£9»"]),
        ("1 dirham", &["money 1 AED «1 dirham»"]),
        ("đạt 1,7 tỷ USD", &["money 1700000000 USD «1,7 tỷ USD»"]),
        (
            "từ 1000 đến 2000 đồng",
            &["money 1000 max=2000 VND «từ 1000 đến 2000 đồng»"],
        ),
        (
            "1000-2000 đồng",
            &["money 1000 max=2000 VND «1000-2000 đồng»"],
        ),
        (
            "giữa 1,1 và 1,3 đô la",
            &["money 1.1 max=1.3 USD «giữa 1,1 và 1,3 đô la»"],
        ),
        (
            "dưới bảy ngàn đồng",
            &["money max=7000 VND «dưới bảy ngàn đồng»"],
        ),
        ("hơn 1,42 đô la", &["money 1.42 USD «hơn 1,42 đô la»"]),
        (
            "từ 7000 đồng trở xuống",
            &["money max=7000 VND «từ 7000 đồng trở xuống»"],
        ),
        (
            "thu nhập 75 triệu đồng/người/năm",
            &["money 75000000 [đồng/người/năm] VND «75 triệu đồng/người/năm»"],
        ),
        ("10.000đ", &["money 10000 VND «10.000đ»"]),
        // quantities
        (
            "1,2 triệu lượt khách",
            &["quantity 1200000 [lượt khách] «1,2 triệu lượt khách»"],
        ),
        ("rộng 12 km2", &["quantity 12 [km2] «12 km2»"]),
        ("trồng 500 ha rừng", &["quantity 500 [ha] «500 ha»"]),
        ("năng suất 6 tấn/ha", &["quantity 6 [tấn/ha] «6 tấn/ha»"]),
        ("hỗ trợ 1.250 hộ", &["quantity 1250 [hộ] «1.250 hộ»"]),
        (
            "65/92 xã đạt chuẩn",
            &["number 65 «65»", "quantity 92 [xã] «92 xã»"],
        ),
        (
            "hơn 3.000 người",
            &["quantity 3000 [người] «hơn 3.000 người»"],
        ),
        // dates
        ("ngày 14/6/2024", &["date 2024-06-14 «ngày 14/6/2024»"]),
        ("3/3/17", &["date 2017-03-03 «3/3/17»"]),
        ("07/03", &["date 2017-03-07 «07/03»"]),
        ("ngày 12/10", &["date 2017-10-12 «ngày 12/10»"]),
        ("hôm nay", &["date 2017-02-02 «hôm nay»"]),
        ("ngày mai", &["date 2017-02-03 «ngày mai»"]),
        ("thứ 2", &["date 2017-02-06 «thứ 2»"]),
        ("chủ nhật", &["date 2017-02-05 «chủ nhật»"]),
        (
            "thứ hai ngày 6 tháng 2",
            &["date 2017-02-06 «thứ hai ngày 6 tháng 2»"],
        ),
        ("thứ năm tuần tới", &["date 2017-02-09 «thứ năm tuần tới»"]),
        ("thứ ba vừa rồi", &["date 2017-01-31 «thứ ba vừa rồi»"]),
        ("tháng sáu", &["date 2017-06 «tháng sáu»"]),
        ("tháng 3 tới", &["date 2017-03 «tháng 3 tới»"]),
        (
            "ngày đầu tiên của tháng ba",
            &["date 2017-03-01 «ngày đầu tiên của tháng ba»"],
        ),
        ("tháng 10 năm 2017", &["date 2017-10 «tháng 10 năm 2017»"]),
        (
            "quý 4 của năm 2018",
            &["period 2018-Q4 «quý 4 của năm 2018»"],
        ),
        ("quý này", &["period 2017-Q1 «quý này»"]),
        ("năm tiếp theo", &["period 2018 «năm tiếp theo»"]),
        ("tuần này", &["period 2017-01-30 «tuần này»"]),
        (
            "6 tháng đầu năm 2024",
            &["period 2024-H1 «6 tháng đầu năm 2024»"],
        ),
        (
            "giai đoạn 2021 - 2025",
            &["period 2021/2025 «giai đoạn 2021 - 2025»"],
        ),
        // negatives: no date, no quantity, no money where there is none
        ("Nghị quyết 55/2022/QH15", &[]),
        ("Kết luận số 2043-KL/TU", &[]),
        ("3 đồng chí", &["number 3 «3»"]),
        ("2 đô thị", &["number 2 «2»"]),
        ("mạng 5G", &[]),
        ("tỷ lệ hộ nghèo", &[]),
        ("trong năm, một số xã", &[]),
        ("lúc 10:45", &[]),
        ("1.2. Về kinh tế\n2) Xã hội", &[]),
        (
            "1.200.000 người",
            &["quantity 1200000 [người] «1.200.000 người»"],
        ),
        ("đường tỉnh ĐT.656 tỉnh Khánh Hòa", &[]),
        ("đầu tư cơ sở hạ tầng", &[]),
        ("tăng trưởng 2 con số", &["quantity 2 [con số] «2 con số»"]),
        ("- 5 dự án hoàn thành", &["quantity 5 [dự án] «5 dự án»"]),
        (
            "Thứ nhất, tập trung. Thứ hai, đẩy mạnh.",
            &["ordinal 1 «Thứ nhất»", "ordinal 2 «Thứ hai»"],
        ),
        (
            "*Thứ nhất* là A.\n*Thứ ba* là B.",
            &["ordinal 1 «Thứ nhất»", "ordinal 3 «Thứ ba»"],
        ),
        ("ông A (thứ 2 từ trái qua)", &["ordinal 2 «thứ 2»"]),
        (
            "năm đầu tiên không tổ chức bắn pháo hoa",
            &["ordinal 1 «đầu tiên»"],
        ),
        ("là năm tổ chức Đại hội", &[]),
        ("có năm người", &["quantity 5 [người] «năm người»"]),
    ];

    #[test]
    fn corpus() {
        let mut failures = Vec::new();
        for (text, expected) in CASES {
            let got = run(text);
            if got != *expected {
                failures.push(format!(
                    "{text:?}\n  expected {expected:?}\n  got      {got:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed:\n{}",
            failures.len(),
            CASES.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn spans_point_into_the_original() {
        // NFD input: spans count the original characters.
        let nfd = "Thu nhập 75 triệu đồng";
        let decomposed: String = unicode_normalization::UnicodeNormalization::nfd(nfd).collect();
        let items = scan(&decomposed, &Options::default());
        assert_eq!(items.len(), 1);
        let chars: Vec<char> = decomposed.chars().collect();
        let [a, b] = items[0].span;
        assert_eq!(chars[a..b].iter().collect::<String>(), items[0].text);
        assert_eq!(items[0].value, Some(75e6));
    }

    #[test]
    fn year_from_the_text_without_reference() {
        let items = scan("Năm 2024, sáng 20/1 khai mạc", &Options::default());
        let dates: Vec<_> = items.iter().filter_map(|i| i.date.clone()).collect();
        assert_eq!(dates, vec!["2024", "2024-01-20"]);
        let items = scan("hôm qua", &Options::default());
        assert_eq!(items[0].date, None);
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let long_digits = "1.2,3".repeat(20_000);
        for t in [
            "",
            "-",
            "- ",
            "âm",
            "$",
            "thứ",
            "1/",
            ",",
            "đ",
            long_digits.as_str(),
            "\u{301}\u{301}",
            "9999999999999999999999999999 tỷ",
        ] {
            let _ = scan(t, &Options::default());
        }
    }
}
