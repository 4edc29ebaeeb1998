//! Figures: the numbers of a clause with their unit and the role the words
//! around them give them — a level ("đạt 17.320,3 tỷ đồng"), a change
//! ("tăng 28,2%", "giảm 1%", "gấp 3,2 lần"), a share of a basis ("bằng
//! 103,8% dự toán"), a share of a whole ("(1,32%)", "chiếm 25,2%"), a rank
//! ("xếp thứ 14/63"), a ratio ("65/92 xã").
//!
//! Numbers that are not figures are left out here: ordinals of meetings and
//! terms, list counts ("03 chương trình", "9 nhóm nhiệm vụ"), durations
//! ("kế hoạch 5 năm"), plan scales ("1/2000"), names ("Vũng Áng 2"), and
//! anything the caller masks (dates, document numbers).

use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::text::mask::Mask;
use crate::values::number::{has_leading_zero, parse_numeral, Context as NumCtx};
use crate::values::words::{ordinal_word, parse_words, scale_word};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Level,
    Change,
    PctOfBasis,
    Share,
    Rank,
}

#[derive(Debug, Clone)]
pub struct Figure {
    pub role: Role,
    pub value: f64,
    pub value_max: Option<f64>,
    pub of: Option<f64>,
    /// Unit as written, with its scale word ("tỷ đồng", "%", "triệu lượt khách").
    pub unit: Option<String>,
    pub approx: Option<&'static str>,
    /// The figure's own text (number and unit), in the clean text.
    pub range: Range<usize>,
    /// Where the words that give the figure its role begin ("tăng", "bằng").
    pub cue_start: usize,
    /// A noun phrase right after the unit that names what is counted.
    pub noun: Option<Range<usize>>,
    /// What a change or share compares with ("cùng kỳ", "dự toán"), or a rank's scope.
    pub basis: Option<String>,
    /// Inside parentheses.
    pub parenthetical: bool,
    /// The unit counts things ("xã", "hộ", "doanh nghiệp").
    pub count: bool,
}

static NUMERAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]+(?:[.,][0-9]+)*|,[0-9]+").expect("valid pattern"));

/// Every match of [`NUMERAL`] in `s`, in order: the same matches, found by
/// a byte loop. Every figure of a text starts here, and on a long text the
/// regex (whose prefilter stops at every comma) took a tenth of the
/// indicators' time; a test checks the two agree.
fn numerals(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let digits_from = move |mut i: usize| {
        while digit(i) {
            i += 1;
        }
        i
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let start = i;
            if digit(i) {
                // `[0-9]+(?:[.,][0-9]+)*`
                i = digits_from(i);
                while matches!(b.get(i), Some(b'.' | b',')) && digit(i + 1) {
                    i = digits_from(i + 1);
                }
                return Some(start..i);
            }
            if b[i] == b',' && digit(i + 1) {
                // `,[0-9]+`
                i = digits_from(i + 1);
                return Some(start..i);
            }
            i += 1;
        }
        None
    })
}

/// Money and measure units (longest first within each alternative).
const UNITS: &[&str] = &[
    "điểm phần trăm",
    "phần trăm",
    "điểm %",
    "đồng",
    "VNĐ",
    "VND",
    "USD",
    "đô la Mỹ",
    "đô la",
    "EUR",
    "euro",
    "Euro",
    "Yên",
    "NDT",
    "km2",
    "km²",
    "m2",
    "m²",
    "m3",
    "m³",
    "ha",
    "héc ta",
    "hécta",
    "tấn",
    "kg",
    "km",
    "lít",
    "MW",
    "kWh",
    "GWh",
    "TEU",
    "điểm",
    "lần",
    "bậc",
];

/// Count nouns whose counts name a list rather than measure anything.
const LIST_NOUNS: &[&str] = &[
    "nhóm",
    "nội dung",
    "chương trình",
    "nhiệm vụ",
    "giải pháp",
    "trọng tâm",
    "lĩnh vực",
    "khâu",
    "đột phá",
    "tiểu ban",
    "mục tiêu",
    "quan điểm",
    "văn bản",
    "bước",
    "cấp",
    "chữ số",
    "con số",
    "nguyên tắc",
    "định hướng",
    "phong trào",
    "vấn đề",
    "điểm nghẽn",
    "kiến nghị",
    "ý kiến",
    "tiêu chí",
    "đề án",
    "chủ đề",
    "phương châm",
    "mặt",
    "yêu cầu",
    "kỳ",
    "đợt",
    "phiên",
    "lần",
    "tầng",
    "tuyến",
    "phần",
    "chương",
    "điều",
    "khoản",
    "mục",
    "trang",
    "ban",
    "tổ",
    "đoàn",
    "hội nghị",
    "buổi",
    "chuyên đề",
    "trụ cột",
    "năm",
    "tháng",
    "ngày",
    "tuần",
    "giờ",
    "phút",
    "quý",
];

/// Words that end a count noun phrase.
const NOUN_STOP: &[&str] = &[
    "tăng", "giảm", "đạt", "bằng", "chiếm", "với", "và", "so", "trong", "của", "là", "có", "năm",
    "tháng", "ước", "so với", "cùng", "tính", "đến", "từ", "theo", "tại", "vào", "nhưng", "song",
    "còn", "đã", "đang", "sẽ", "được", "hiện", "trên", "gồm", "bao",
];

fn approx_word(before: &str) -> Option<(&'static str, usize)> {
    let b = before.trim_end();
    // Only the last few words matter.
    let tail_start = crate::text::floor_char(b, b.len().saturating_sub(24));
    let tail = crate::text::lower(&b[tail_start..]);
    for (w, a) in [
        ("xấp xỉ", "about"),
        ("khoảng chừng", "about"),
        ("khoảng", "about"),
        ("chừng", "about"),
        ("ước khoảng", "about"),
        ("hơn", "more_than"),
        ("trên", "more_than"),
        ("ít nhất", "more_than"),
        ("gần", "nearly"),
        ("dưới", "less_than"),
        ("không quá", "less_than"),
    ] {
        if tail.ends_with(w)
            && b.len() >= w.len()
            && b.is_char_boundary(b.len() - w.len())
            && b[..b.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_word_char(c))
        {
            return Some((a, b.len() - w.len()));
        }
    }
    None
}

/// Words a number written in words can open with.
const NUMBER_OPENERS: &[&str] = &[
    "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "trăm",
    "nửa", "chục",
];

/// The openers, found in one pass over a lowercased clause (same offsets).
static NUMBER_OPENER_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(NUMBER_OPENERS)
        .expect("number openers build")
});

/// `s` cut a few hundred bytes after `at`: what follows a figure and says
/// what it is (a basis, a scope, a noun) is never farther, and a clause
/// without punctuation must not make every figure scan to its end.
fn ahead(s: &str, at: usize) -> &str {
    &s[..crate::text::floor_char(s, at.saturating_add(320))]
}

/// The last few words before byte `at` (lower-cased), nearest last.
fn words_before(s: &str, at: usize, n: usize) -> Vec<String> {
    s[..at]
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect()
}

fn ends_with_word(s: &str, w: &str) -> bool {
    let t = s.trim_end();
    let lower =
        crate::text::lower(&t[crate::text::floor_char(t, t.len().saturating_sub(w.len() + 8))..]);
    lower.ends_with(w)
        && lower[..lower.len() - w.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !crate::text::is_word_char(c))
}

/// A numeral in the clause at `r`, parsed with the unit context.
fn read_number(s: &str, r: &Range<usize>, count: bool) -> Option<f64> {
    parse_numeral(
        &s[r.clone()],
        if count {
            NumCtx::Count
        } else {
            NumCtx::Measure
        },
    )
}

/// Parses the unit after a number at byte `at` of `s`: scale words, then a
/// money or measure unit or a count noun, then "/người/năm"-style
/// denominators. Returns (unit text, end, is_count, count noun range).
fn unit_after(s: &str, at: usize) -> (Option<String>, usize, bool) {
    let mut pos = at;
    let rest = &s[pos..];
    let trimmed = rest.trim_start();
    if trimmed.starts_with('%') {
        let p = pos + (rest.len() - trimmed.len()) + 1;
        return (Some("%".into()), p, false);
    }
    let mut unit = String::new();
    // Scale words: "nghìn tỷ", "triệu", "tỷ".
    loop {
        let r = &s[pos..];
        let t = r.trim_start();
        let w = t
            .split([' ', ',', ';', '.', ')', '(', '/'])
            .next()
            .unwrap_or("");
        if scale_word(&crate::text::lower(w)).is_some() || w == "chục" {
            if !unit.is_empty() {
                unit.push(' ');
            }
            unit.push_str(w);
            pos += (r.len() - t.len()) + w.len();
        } else {
            break;
        }
    }
    let r = &s[pos..];
    let t = r.trim_start();
    let gap = r.len() - t.len();
    if gap > 1 {
        return (none_if_empty(unit), pos, false);
    }
    if t.starts_with('%') {
        unit.push('%');
        return (Some(unit), pos + gap + 1, false);
    }
    for u in UNITS {
        if t.starts_with(u)
            && t[u.len()..]
                .chars()
                .next()
                .is_none_or(|c| !crate::text::is_word_char(c))
        {
            let end = append_unit(s, pos + gap, u, &mut unit);
            return (Some(unit), end, false);
        }
    }
    // A count noun: "hộ", "xã", "doanh nghiệp", "lượt khách", "CCN".
    let w = t
        .split([' ', ',', ';', '.', ')', '(', ':', '/'])
        .next()
        .unwrap_or("");
    let lower = crate::text::lower(w);
    let is_word = !w.is_empty()
        && w.chars().all(|c| c.is_alphabetic() || c == '&')
        && !NOUN_STOP.contains(&&*lower)
        && (w.chars().next().is_some_and(|c| c.is_lowercase())
            || w.chars().all(|c| c.is_uppercase()));
    if is_word {
        if let Some((r, _)) = known_unit(t) {
            let end = append_unit(s, pos + gap, &t[..r.end], &mut unit);
            return (Some(unit), end, true);
        }
        let two = t.split(' ').take(2).collect::<Vec<_>>().join(" ");
        let two_l = crate::text::lower(&two);
        let compound = [
            "lượt khách",
            "lượt người",
            "lượt dự án",
            "doanh nghiệp",
            "dự án",
            "đảng viên",
            "học sinh",
            "lao động",
            "đơn vị",
            "công trình",
            "cơ sở",
            "hợp tác xã",
            "hộ gia đình",
            "hộ dân",
            "người dân",
            "sản phẩm",
            "khu công nghiệp",
            "cụm công nghiệp",
            "thị trấn",
            "căn hộ",
            "giường bệnh",
            "bác sĩ",
            "trường học",
            "hồ sơ",
            "thủ tục",
            "lượt",
        ]
        .iter()
        .find(|c| {
            two_l.starts_with(*c)
                && two_l[c.len()..]
                    .chars()
                    .next()
                    .is_none_or(|x| !crate::text::is_word_char(x))
        })
        .map(|c| &two[..c.len()]);
        let noun = compound.unwrap_or(w);
        // "lượt" takes its object: "lượt khách", "lượt người".
        let end = append_unit(s, pos + gap, noun, &mut unit);
        return (Some(unit), end, true);
    }
    (none_if_empty(unit), pos, false)
}

/// The lexicon's unit that opens `t` ("hộ nghèo", "lượt khách"), looked up
/// in the first few words only (units are short).
fn known_unit(t: &str) -> Option<(Range<usize>, &'static crate::lexicon::UnitEntry)> {
    let mut end = 0;
    for (k, w) in t.split(' ').enumerate() {
        if k == 5 {
            break;
        }
        end += w.len() + usize::from(k > 0);
    }
    let end = end.min(t.len());
    // Cut after a whole word, so "hộ" is not found in "hội".
    crate::lexicon::unit_prefix(&t[..end])
        .filter(|(r, _)| r.start == 0 && crate::text::whole_word(t, r))
}

fn none_if_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Adds the unit word(s) found at byte `at` (after any scale words already
/// in `unit`) and the denominators after them; returns where the unit ends.
fn append_unit(s: &str, at: usize, word: &str, unit: &mut String) -> usize {
    if !unit.is_empty() {
        unit.push(' ');
    }
    unit.push_str(word);
    denominators(s, at + word.len(), unit)
}

/// "/người/năm", "/kg", "/năm" after a unit.
fn denominators(s: &str, mut pos: usize, unit: &mut String) -> usize {
    while s[pos..].starts_with('/') {
        let w = s[pos + 1..]
            .split([' ', ',', ';', '.', ')', '(', '/'])
            .next()
            .unwrap_or("");
        if w.is_empty()
            || !w.chars().all(|c| c.is_alphabetic() || c.is_ascii_digit())
            || w.len() > 12
        {
            break;
        }
        unit.push('/');
        unit.push_str(w);
        pos += 1 + w.len();
    }
    pos
}

/// Text right after a figure that says what it compares with: "so với cùng
/// kỳ năm trước", "dự toán", "kế hoạch năm 2025".
fn basis_after(s: &str, at: usize, pct: bool) -> Option<String> {
    let rest = s[at..].trim_start();
    let rest = rest
        .strip_prefix("so với ")
        .or_else(|| rest.strip_prefix("so "))
        .map(|r| (r, true))
        .unwrap_or((rest, false));
    let (r, had_so) = rest;
    if !had_so && !pct {
        return None;
    }
    let end = r.find([',', ';', '.', '(', ')', ':']).unwrap_or(r.len());
    let mut b = r[..end].trim();
    for stop in [
        " và ",
        " nhưng ",
        " trong đó",
        " cao ",
        " thấp ",
        " đứng ",
        " xếp ",
        " đạt ",
        " tăng ",
        " giảm ",
    ] {
        if let Some(i) = b.find(stop) {
            b = b[..i].trim();
        }
    }
    let words = b.split(' ').count();
    (!b.is_empty() && words <= 10 && b.chars().next().is_some_and(|c| c.is_alphabetic()))
        .then(|| b.to_string())
}

/// Scope of a rank: "cả nước", "vùng Bắc Trung bộ và Duyên hải miền Trung".
fn scope_after(s: &str, at: usize) -> Option<String> {
    let r = s[at..].trim_start();
    let r = r.strip_prefix("so với ").unwrap_or(r);
    let r = r.strip_prefix("trong ").unwrap_or(r);
    let end = r.find([',', ';', '.', '(', ')']).unwrap_or(r.len());
    let mut b = r[..end].trim();
    for stop in [
        " về ",
        " với ",
        " sau ",
        " và đứng",
        " và xếp",
        " trong ",
        " nhưng ",
        " là ",
    ] {
        if let Some(i) = b.find(stop) {
            b = b[..i].trim();
        }
    }
    (!b.is_empty() && b.split(' ').count() <= 12).then(|| b.to_string())
}

/// What a rank is about: "đứng thứ ba cả nước về thu hút vốn FDI".
fn rank_topic(s: &str, at: usize) -> Option<Range<usize>> {
    let r = &s[at..];
    let end = r.find([',', ';', '.', '(', ')']).unwrap_or(r.len());
    let i = r[..end].find(" về ")?;
    let start = at + i + " về ".len();
    let mut stop = at + end;
    for w in [" sau ", " với ", " và "] {
        if let Some(j) = s[start..stop].find(w) {
            stop = start + j;
        }
    }
    (stop > start).then_some(start..stop)
}

/// A noun phrase right after a count ("xã được công nhận đạt chuẩn nông thôn
/// mới", "lúa đông xuân"), up to punctuation or a clause word.
fn noun_after(s: &str, at: usize, commas: bool) -> Option<Range<usize>> {
    let r = &s[at..];
    let t = r.trim_start();
    let start = at + (r.len() - t.len());
    if t.is_empty() || !t.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let mut end = if commas {
        t.find([';', '.', '(', ')', ':'])
    } else {
        t.find([',', ';', '.', '(', ')', ':'])
    }
    .unwrap_or(t.len());
    for stop in [
        " bằng ",
        " chiếm ",
        " so với ",
        " so ",
        " với ",
        " trong đó",
        " và ",
        " cho ",
        " hơn ",
        " gần ",
        " khoảng ",
        " trên ",
    ] {
        if let Some(i) = t[..end].find(stop) {
            // "đồng bằng sông Cửu Long" is a place, not "bằng X%".
            if stop == " bằng " && t[..i].ends_with("đồng") {
                continue;
            }
            // "lúa đông xuân đã cho thu hoạch": after "đã", "cho" is a verb.
            if stop == " cho " && t[..i].ends_with(" đã") {
                continue;
            }
            end = end.min(i);
        }
    }
    // "tăng 14,2%" after the noun is the noun's change, not part of it.
    for stop in [" tăng ", " giảm "] {
        if let Some(i) = t[..end].find(stop) {
            if t[i + stop.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            {
                end = end.min(i);
            }
        }
    }
    if let Some(i) = t[..end].find(|c: char| c.is_ascii_digit()) {
        end = end.min(t[..i].trim_end().len());
    }
    let phrase = t[..end].trim_end().trim_end_matches([',', '-']).trim_end();
    // A long phrase is cut to its first words rather than dropped: they
    // still say what the figure counts.
    let phrase = match phrase.match_indices(' ').nth(17) {
        Some((i, _)) => phrase[..i].trim_end_matches([',', '-']),
        None => phrase,
    };
    (!phrase.is_empty()).then(|| start..start + phrase.len())
}

/// Scale words: a number in words is a figure only with one of them.
static SCALE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(["nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"]).expect("scale words build")
});

/// What [`figures_in`] looks for in every clause, found in one pass over a
/// stretch of text: a search per clause costs more than the search.
pub struct Scan {
    covered: Range<usize>,
    /// Matches of [`NUMERAL`] in the stretch, in order.
    numerals: Vec<Range<usize>>,
    /// Scale words in the stretch's lowercase, in order. One that overlaps
    /// a reported one may be left out ("vạnghìn"); see `has_scale_word`.
    scales: Vec<Range<usize>>,
}

impl Scan {
    /// Scans `text[range]`; `lower` is `text` lowercased byte for byte.
    pub fn new(text: &str, lower: &str, range: Range<usize>) -> Scan {
        let base = range.start;
        let shift = |r: Range<usize>| base + r.start..base + r.end;
        let numerals = numerals(&text[range.clone()]).map(shift).collect();
        let scales = SCALE_WORDS
            .find_iter(&lower[range.clone()])
            .map(|m| shift(m.range()))
            .collect();
        Scan {
            covered: range,
            numerals,
            scales,
        }
    }

    fn covers(&self, r: &Range<usize>) -> bool {
        self.covered.start <= r.start && r.end <= self.covered.end
    }

    /// The numerals a search of `text[r]` alone finds, relative to `r.start`.
    fn numerals_in(&self, text: &str, r: &Range<usize>) -> Vec<Range<usize>> {
        let first = self.numerals.partition_point(|m| m.end <= r.start);
        let end = self.numerals.partition_point(|m| m.start < r.end);
        let found = &self.numerals[first..end.max(first)];
        // A numeral running across an edge of `r` would be cut there (and
        // what follows it read anew): search `r` alone.
        let cut = |m: &Range<usize>| m.start < r.start || m.end > r.end;
        if !self.covers(r) || found.first().is_some_and(cut) || found.last().is_some_and(cut) {
            return numerals(&text[r.clone()]).collect();
        }
        found
            .iter()
            .map(|m| m.start - r.start..m.end - r.start)
            .collect()
    }

    /// Whether `r` holds a scale word; `lowered` is its lowercase.
    fn has_scale_word(&self, lowered: &str, r: &Range<usize>) -> bool {
        if !self.covers(r) {
            return SCALE_WORDS.is_match(lowered);
        }
        // Any scale word touching `r` counts: one inside `r` left out of
        // the scan overlaps one reported, which then touches `r`.
        let i = self.scales.partition_point(|m| m.end <= r.start);
        self.scales.get(i).is_some_and(|m| m.start < r.end)
    }
}

/// [`figures_in`] with a scan of the clause alone (tests).
#[cfg(test)]
pub fn figures(text: &str, lower: &str, range: Range<usize>, masked: &Mask) -> Vec<Figure> {
    let scan = Scan::new(text, lower, range.clone());
    figures_in(text, lower, range, masked, &scan)
}

/// All figures of clause `range` in `text`, skipping masked byte ranges;
/// `lower` is `text` lowercased byte for byte, and `scan` a [`Scan`] of a
/// stretch that holds the clause (or any other: then the clause is searched
/// alone).
pub fn figures_in(
    text: &str,
    lower: &str,
    range: Range<usize>,
    masked: &Mask,
    scan: &Scan,
) -> Vec<Figure> {
    let s = &text[range.clone()];
    let base = range.start;
    let mut out: Vec<Figure> = Vec::new();
    // Parenthesis depth at each byte (bytes: '(' and ')' are ASCII and never
    // inside a multi-byte character); all zero when there is none.
    let mut depth_at = vec![0i32; s.len() + 1];
    if s.bytes().any(|b| b == b'(' || b == b')') {
        let mut d = 0;
        for (k, b) in depth_at.iter_mut().zip(s.bytes()) {
            match b {
                b'(' => d += 1,
                b')' => d -= 1,
                _ => {}
            }
            *k = d;
        }
    }
    let is_masked = |r: &Range<usize>| masked.overlaps(&(base + r.start..base + r.end));
    let mut skip_until = 0usize;
    // Each numeral, with (head, scale) when it is written in words.
    type Numeral = (Range<usize>, Option<(f64, f64)>);
    let mut numerals: Vec<Numeral> = scan
        .numerals_in(text, &range)
        .into_iter()
        .map(|r| (r, None))
        .collect();
    // Number words with a scale ("hai triệu", "một triệu").
    let lowered = &lower[range.clone()];
    let openers = if scan.has_scale_word(lowered, &range) {
        NUMBER_OPENER_WORDS.find_iter(lowered)
    } else {
        NUMBER_OPENER_WORDS.find_iter("")
    };
    for m in openers {
        // A whole word: "ba" but not "bao", "hai" but not "khai".
        if !crate::text::whole_word(lowered, &m.range()) {
            continue;
        }
        let i = m.start();
        if let Some(n) = parse_words(&s[i..]) {
            if n.scale_words_start.is_some() && n.head >= 1.0 && n.len > 0 {
                let start = i;
                let head_end = i + n.scale_words_start.unwrap_or(n.len);
                let head_text = s[start..head_end].trim();
                // "hàng triệu", "nhiều nghìn" are no numbers; need a real head.
                if !head_text.is_empty()
                    && !numerals
                        .iter()
                        .any(|(r, _)| r.start < head_end && start < r.end)
                {
                    numerals.push((
                        start..head_end.max(start + head_text.len()),
                        Some((n.head, n.scale)),
                    ));
                }
            }
        }
    }
    crate::sort::by_key(&mut numerals, |(r, _)| r.start);
    for (r, words) in numerals {
        if r.start < skip_until || is_masked(&r) {
            continue;
        }
        let num_text = &s[r.clone()];
        // Glued to letters: "27C", "ĐT.656", "H2", "COVID-19".
        let prev = s[..r.start].chars().next_back();
        let next = s[r.end..].chars().next();
        if words.is_none() {
            if prev.is_some_and(|c| {
                c.is_alphabetic()
                    || c == '.'
                    || c == '-'
                        && s[..r.start]
                            .trim_end_matches('-')
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphabetic())
            }) {
                continue;
            }
            if next.is_some_and(|c| c.is_alphabetic()) {
                // Only a unit may be glued to its number: "920,4ha", "10km".
                let glued: String = s[r.end..]
                    .chars()
                    .take_while(|c| crate::text::is_word_char(*c))
                    .collect();
                if ![
                    "ha", "km", "kg", "m2", "m3", "km2", "MW", "kWh", "tấn", "USD", "đ", "đồng",
                    "triệu", "tỷ",
                ]
                .contains(&glued.as_str())
                {
                    continue;
                }
            }
        }
        let before = &s[..r.start];
        let (approx, approx_start) = match approx_word(before) {
            Some((a, at)) => (Some(a), at),
            None => (None, r.start),
        };
        // Ranks: "xếp thứ 6", "đứng thứ nhất", "thứ 14/63", "Top 5".
        if ends_with_word(before, "thứ")
            || ends_with_word(before, "top")
            || ends_with_word(before, "hạng")
        {
            let cue = words_before(s, r.start, 3).join(" ");
            let ranked = cue.contains("xếp")
                || cue.contains("đứng")
                || cue.contains("hạng")
                || cue.contains("top")
                || cue.contains("vị trí");
            let slash = s[r.end..].starts_with('/');
            if !ranked && !slash {
                continue;
            }
            let Some(v) = words.map(|w| w.0).or_else(|| read_number(s, &r, true)) else {
                continue;
            };
            let mut end = r.end;
            let mut of = None;
            if slash {
                if let Some(m) = NUMERAL.find(&s[r.end + 1..]) {
                    if m.start() == 0 {
                        of = read_number(s, &(r.end + 1..r.end + 1 + m.end()), true);
                        end = r.end + 1 + m.end();
                    }
                }
            }
            let scope = scope_after(ahead(s, end), end);
            let topic = rank_topic(ahead(s, end), end).map(|t| base + t.start..base + t.end);
            let cue = ["xếp", "đứng", "hạng", "top", "thứ"]
                .iter()
                .find_map(|w| word_start_before(s, r.start, w))
                .unwrap_or(r.start);
            let f = fig(
                Role::Rank,
                v,
                None,
                of,
                None,
                None,
                r.start..end,
                cue,
                scope,
                depth_at[r.start] > 0,
            );
            out.push(Figure { noun: topic, ..f });
            skip_until = end;
            continue;
        }
        // Number words of a rank without digits are handled above; a bare
        // "thứ nhất" after xếp/đứng:
        let first_unit = unit_after(s, r.end);
        let count_ctx = first_unit.2;
        let Some(mut value) = words.map(|w| w.0).or_else(|| read_number(s, &r, count_ctx)) else {
            continue;
        };
        let mut end = r.end;
        let mut value_max = None;
        let mut of = None;
        // A range: "8 - 8,5%", "2-2,3%", "từ 1000 đến 2000".
        let after = &s[end..];
        for sep in [" - ", "-", " đến ", " tới ", " – "] {
            if let Some(rest) = after.strip_prefix(sep) {
                if let Some(m) = NUMERAL.find(rest) {
                    if m.start() == 0 && !is_masked(&(end + sep.len()..end + sep.len() + m.end())) {
                        let hi = read_number(rest, &m.range(), false);
                        if let Some(hi) = hi.filter(|h| *h > value || sep.trim() == "-") {
                            value_max = Some(hi);
                            end += sep.len() + m.end();
                        }
                    }
                }
                break;
            }
        }
        // A ratio: "65/92 xã", "46.210/46.727 đảng viên".
        if value_max.is_none() && s[end..].starts_with('/') {
            if let Some(m) = NUMERAL.find(&s[end + 1..]) {
                if m.start() == 0 {
                    let denominator = read_number(s, &(end + 1..end + 1 + m.end()), true);
                    // "1/2000", "1/500": a plan's scale, not a ratio.
                    if value == 1.0 && denominator.is_some_and(|d| d >= 200.0) {
                        skip_until = end + 1 + m.end();
                        continue;
                    }
                    of = denominator;
                    end += 1 + m.end();
                    value = read_number(s, &r, true).unwrap_or(value);
                }
            }
        }
        let (mut unit, unit_end, is_count) = if end == r.end {
            first_unit
        } else {
            unit_after(s, end)
        };
        if let Some((_, scale)) = words {
            // "hai triệu người": the scale word is part of the unit already.
            let _ = scale;
        }
        let unit_l = unit.as_deref().map(str::to_lowercase);
        // Not figures: list counts, durations, bare numbers.
        if let Some(u) = unit_l.as_deref() {
            let head = u.split(' ').next().unwrap_or("");
            let head2 = u.split('/').next().unwrap_or("");
            let following = crate::text::lower_head(s[end..].trim_start(), 64);
            let listy = LIST_NOUNS.iter().any(|n| {
                following.starts_with(n)
                    && following[n.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !crate::text::is_word_char(c))
            });
            if is_count
                && of.is_none()
                && (listy || LIST_NOUNS.contains(&head) || LIST_NOUNS.contains(&head2))
            {
                skip_until = unit_end;
                continue;
            }
            if is_count && of.is_none() && head == "chỉ" {
                skip_until = unit_end;
                continue;
            }
        }
        if unit.is_none() && of.is_none() {
            continue;
        }
        // A count noun the lexicon does not know ("2 đi") needs a verb or an
        // approximation before it, and never follows a name ("Vũng Áng 2").
        if is_count && of.is_none() && known_unit(s[end..].trim_start()).is_none() {
            let prev_word = before.trim_end().rsplit(' ').next().unwrap_or("");
            let cued = approx.is_some()
                || value_max.is_some()
                || [
                    "có", "đạt", "với", "gồm", "là", "thu", "hút", "cấp", "được", "còn", "tổng",
                    "số", "cho", "tăng", "giảm", "thêm", "mới", "khoảng", "từ", "ra", "xảy", "làm",
                    "mất",
                ]
                .contains(&&*crate::text::lower(prev_word));
            if !cued || super::names::is_capitalized(prev_word) {
                skip_until = unit_end;
                continue;
            }
        }
        if has_leading_zero(num_text) && of.is_none() && unit.as_deref() != Some("%") {
            // "03 chương trình", "02 huyện Khánh Sơn và Khánh Vĩnh": a list.
            skip_until = unit_end;
            continue;
        }
        // "Vân Canh 1", "Nhà máy số 2": a number naming a thing.
        if unit.is_none()
            && prev == Some(' ')
            && before
                .trim_end()
                .split(' ')
                .next_back()
                .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
            && of.is_none()
        {
            continue;
        }
        // The role from the words before.
        let cue_words = words_before(s, approx_start, 3);
        let last = cue_words.last().map(String::as_str).unwrap_or("");
        let last2 = if cue_words.len() >= 2 {
            format!("{} {}", cue_words[cue_words.len() - 2], last)
        } else {
            String::new()
        };
        let in_paren = depth_at[r.start] > 0;
        let unit_is_pct = unit
            .as_deref()
            .is_some_and(|u| u.ends_with('%') || u.contains("phần trăm"));
        let mut role = Role::Level;
        let mut sign = 1.0;
        let mut cue_start = approx_start;
        let cue_at = |w: &str| word_start_before(s, approx_start, w).unwrap_or(approx_start);
        if matches!(last, "tăng" | "giảm" | "gấp" | "thêm")
            || last2 == "tăng gấp"
            || last2 == "gần gấp"
            || matches!(last2.as_str(), "tăng thêm" | "giảm còn")
        {
            if last2 != "giảm còn" {
                role = Role::Change;
                if cue_words.iter().any(|w| w == "giảm") {
                    sign = -1.0;
                }
                cue_start = cue_at(if last == "gấp" { "gấp" } else { last });
            }
        } else if last == "bằng"
            || (matches!(last, "đạt" | "được")
                && unit_is_pct
                && !s[unit_end..].trim_start().starts_with("so ")
                && basis_after(ahead(s, unit_end), unit_end, true)
                    .is_some_and(|b| is_basis_word(&b)))
        {
            role = Role::PctOfBasis;
            cue_start = cue_at(last);
        } else if last == "chiếm"
            || (in_paren && unit_is_pct && s[..r.start].trim_end().ends_with('('))
            || last2 == "tỷ lệ" && unit_is_pct
        {
            role = Role::Share;
        }
        let basis = match role {
            Role::Change => basis_after(ahead(s, unit_end), unit_end, false),
            Role::PctOfBasis => basis_after(ahead(s, unit_end), unit_end, true),
            _ => None,
        };
        // "tăng 8,1% về số doanh nghiệp": the variable a change is about.
        let change_topic = (role == Role::Change)
            .then(|| {
                let r = s[unit_end..].trim_start();
                let r2 = r.strip_prefix("về ")?;
                let start = s.len() - r2.len();
                let r2 = &r2[..crate::text::floor_char(r2, 240)];
                let end = r2.find([',', ';', '.', '(', ')']).unwrap_or(r2.len());
                let end = [" so ", " và "]
                    .iter()
                    .filter_map(|w| r2[..end].find(w))
                    .min()
                    .unwrap_or(end);
                (end > 0).then_some(start..start + end)
            })
            .flatten();
        let noun = match role {
            Role::Level if unit_is_pct => noun_after(ahead(s, unit_end), unit_end, true)
                .filter(|n| !s[n.clone()].starts_with("so ")),
            Role::Level => noun_after(ahead(s, unit_end), unit_end, false),
            Role::Change => change_topic,
            _ if is_count => noun_after(ahead(s, unit_end), unit_end, false),
            _ => None,
        };
        let mut unit_text = unit.take();
        if role == Role::Change && unit_text.is_none() {
            unit_text = Some("%".into());
        }
        let f = fig(
            role,
            sign * value,
            value_max.map(|m| sign * m),
            of,
            unit_text,
            approx,
            r.start..unit_end,
            cue_start,
            basis,
            in_paren,
        );
        out.push(Figure {
            noun: noun.map(|n| base + n.start..base + n.end),
            count: is_count,
            ..f
        });
        skip_until = unit_end;
    }
    // "gấp đôi", "gấp rưỡi", "gấp ba lần": changes written in words.
    for (w, v) in [
        ("gấp đôi", 2.0),
        ("gấp rưỡi", 1.5),
        ("gấp ba lần", 3.0),
        ("gấp hai lần", 2.0),
        ("gấp bốn lần", 4.0),
    ] {
        if !s.contains("gấp") {
            break;
        }
        let mut from = 0;
        while let Some(i) = s[from..].find(w) {
            let at = from + i;
            from = at + w.len();
            if is_masked(&(at..at + w.len()))
                || out.iter().any(|f| f.range.start <= at && at < f.range.end)
            {
                continue;
            }
            let approx = approx_word(&s[..at]).map(|(a, _)| a);
            out.push(fig(
                Role::Change,
                v,
                None,
                None,
                Some("lần".into()),
                approx,
                at..at + w.len(),
                at,
                basis_after(ahead(s, at + w.len()), at + w.len(), false),
                depth_at[at] > 0,
            ));
        }
    }
    // Ranks in words: "đứng thứ nhất", "xếp thứ ba".
    static RANK_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:xếp|đứng|vươn lên|tụt xuống|xếp hạng)(?: vị)? thứ (nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)").expect("valid pattern")
    });
    // On the lowercase copy (same offsets): the pattern is in small letters.
    // Every match holds " thứ ": most clauses need no regex search.
    let rank_words = if lowered.contains(" thứ ") {
        RANK_WORDS.captures_iter(lowered)
    } else {
        RANK_WORDS.captures_iter("")
    };
    for c in rank_words {
        let m = c.get(0).expect("m");
        if is_masked(&m.range()) || !crate::text::whole_word(s, &m.range()) {
            continue;
        }
        if let Some(v) = ordinal_word(&c[1]) {
            let scope = scope_after(ahead(s, m.end()), m.end());
            let topic =
                rank_topic(ahead(s, m.end()), m.end()).map(|t| base + t.start..base + t.end);
            let f = fig(
                Role::Rank,
                v,
                None,
                None,
                None,
                None,
                m.range(),
                m.start(),
                scope,
                depth_at[m.start()] > 0,
            );
            out.push(Figure { noun: topic, ..f });
        }
    }
    crate::sort::by_key(&mut out, |f| f.range.start);
    for f in &mut out {
        f.range = base + f.range.start..base + f.range.end;
        f.cue_start += base;
    }
    out
}

/// Start of the word `w` among the few words before byte `at` of `s`.
fn word_start_before(s: &str, at: usize, w: &str) -> Option<usize> {
    let head = &s[..at];
    let mut end = head.trim_end().len();
    for _ in 0..4 {
        let start = head[..end].rfind([' ', ',', '(']).map_or(0, |i| i + 1);
        if crate::text::lower(&head[start..end]) == w {
            return Some(start);
        }
        if start == 0 {
            return None;
        }
        end = head[..start].trim_end_matches([' ', ',', '(']).len();
    }
    None
}

fn is_basis_word(b: &str) -> bool {
    let l = crate::text::lower(b);
    [
        "kế hoạch",
        "dự toán",
        "chỉ tiêu",
        "cùng kỳ",
        "mục tiêu",
        "nghị quyết",
        "so với",
    ]
    .iter()
    .any(|w| l.starts_with(w))
}

#[allow(clippy::too_many_arguments)]
fn fig(
    role: Role,
    value: f64,
    value_max: Option<f64>,
    of: Option<f64>,
    unit: Option<String>,
    approx: Option<&'static str>,
    range: Range<usize>,
    cue_start: usize,
    basis: Option<String>,
    parenthetical: bool,
) -> Figure {
    Figure {
        role,
        value,
        value_max,
        of,
        unit,
        approx,
        cue_start: cue_start.min(range.start),
        range,
        noun: None,
        basis,
        parenthetical,
        count: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (role, value, value_max, of, unit) of each figure.
    type Row = (Role, f64, Option<f64>, Option<f64>, Option<String>);

    fn figs(s: &str) -> Vec<Row> {
        figures(s, &crate::text::lower(s), 0..s.len(), &Mask::default())
            .into_iter()
            .map(|f| (f.role, f.value, f.value_max, f.of, f.unit))
            .collect()
    }

    #[test]
    fn level_change_and_basis() {
        let f = figs("thu ngân sách đạt 17.320,3 tỷ đồng, bằng 103,8% dự toán và tăng 28,2%");
        assert_eq!(
            f[0],
            (Role::Level, 17320.3, None, None, Some("tỷ đồng".into()))
        );
        assert_eq!(
            f[1],
            (Role::PctOfBasis, 103.8, None, None, Some("%".into()))
        );
        assert_eq!(f[2], (Role::Change, 28.2, None, None, Some("%".into())));
    }

    #[test]
    fn ratios_shares_ranks() {
        let f = figs("toàn tỉnh có 65/92 xã được công nhận đạt chuẩn nông thôn mới (70,6%), xếp thứ 14/63 tỉnh");
        assert_eq!(
            f[0],
            (Role::Level, 65.0, None, Some(92.0), Some("xã".into()))
        );
        assert_eq!(f[1].0, Role::Share);
        assert_eq!(f[2], (Role::Rank, 14.0, None, Some(63.0), None));
        let f = figs("GRDP tăng 12,73% (đứng thứ 2 cả nước và đứng thứ nhất khu vực Bắc Trung Bộ)");
        assert_eq!(
            f.iter()
                .filter(|x| x.0 == Role::Rank)
                .map(|x| x.1)
                .collect::<Vec<_>>(),
            vec![2.0, 1.0]
        );
    }

    #[test]
    fn ranges_decreases_words() {
        let f = figs("tỷ lệ hộ nghèo giảm 0,6 - 1%");
        assert_eq!(
            f[0],
            (Role::Change, -0.6, Some(-1.0), None, Some("%".into()))
        );
        let f = figs("tăng trưởng kinh tế đạt từ 8 - 8,5%");
        assert_eq!(f[0], (Role::Level, 8.0, Some(8.5), None, Some("%".into())));
        let f = figs("đạt hơn một triệu lượt người, tăng gần gấp đôi");
        assert_eq!(
            f[0],
            (
                Role::Level,
                1.0,
                None,
                None,
                Some("triệu lượt người".into())
            )
        );
        assert_eq!(f[1], (Role::Change, 2.0, None, None, Some("lần".into())));
        let f = figs("thu nhập bình quân đầu người đạt 51 triệu đồng/người/năm");
        assert_eq!(f[0].4.as_deref(), Some("triệu đồng/người/năm"));
        let f = figs("có 33,293 người tham gia");
        assert_eq!(f[0].1, 33293.0);
    }

    proptest::proptest! {
        #[test]
        fn numerals_are_the_regex_matches(s in "[0-9.,a ]{0,40}|.{0,20}") {
            let want: Vec<Range<usize>> = NUMERAL.find_iter(&s).map(|m| m.range()).collect();
            proptest::prop_assert_eq!(numerals(&s).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn one_scan_for_all_clauses_finds_what_each_clause_alone_does() {
        let t = "Thu 1,5 tỷ đồng; chi 2.300,5 triệu đồng, tăng 3,2%; hai triệu người, ba nghìn hộ";
        let lower = crate::text::lower(t);
        let scan = Scan::new(t, &lower, 0..t.len());
        let key = |f: Figure| (f.range, f.value, f.unit, f.role);
        let bounds: Vec<usize> = (0..=t.len()).filter(|&b| t.is_char_boundary(b)).collect();
        for (i, &a) in bounds.iter().enumerate() {
            for &b in &bounds[i..] {
                let alone: Vec<_> = figures(t, &lower, a..b, &Mask::default())
                    .into_iter()
                    .map(key)
                    .collect();
                let scanned: Vec<_> = figures_in(t, &lower, a..b, &Mask::default(), &scan)
                    .into_iter()
                    .map(key)
                    .collect();
                assert_eq!(alone, scanned, "clause {:?}", &t[a..b]);
            }
        }
    }

    #[test]
    fn not_figures() {
        assert!(figs("triển khai 03 chương trình mục tiêu quốc gia").is_empty());
        assert!(figs("xây dựng 9 nhóm nhiệm vụ giải pháp").is_empty());
        assert!(figs("quy hoạch phân khu 1/2000 còn lại").is_empty());
        assert!(figs("Kế hoạch 5 năm và kỷ niệm 100 năm").is_empty());
        assert!(figs("Nhà máy nhiệt điện Vũng Áng 2 đi vào vận hành").is_empty());
        assert!(figs("Quốc lộ 27C đến đường tỉnh ĐT.656").is_empty());
        assert!(figs("(thứ 2 từ trái qua) kiểm tra").is_empty());
        assert!(figs("tăng trưởng 2 con số").is_empty());
    }
}
