//! Province-level units (63 before the 1 July 2025 merger, 34 after it) and
//! their detection in text.
//!
//! # Ambiguity
//!
//! A province name is also often a person's name ("Trần Hà Nam", "Nguyễn
//! Khánh Hòa"), a common word ("hòa bình" = peace, "hải dương" = ocean), part
//! of another proper name ("Thái Bình Dương", "tư tưởng Hồ Chí Minh") or the
//! name of a commune, street or district ("xã Hòa Bình", "phố Huế"). A
//! candidate match is therefore judged by what precedes it:
//!
//! 1. A *negative cue* right before it rejects it: an administrative unit
//!    below the province (huyện, quận, thị xã, xã, phường, thị trấn, thôn,
//!    ấp, ...), a street, bridge, market, river, ... (đường, phố, cầu, chợ,
//!    sông, ...) or a personal honorific (ông, bà, anh, chị, đồng chí, đ/c).
//! 2. A *strong cue* accepts it: tỉnh, thành phố, TP, Tỉnh ủy, Thành ủy (and
//!    so "UBND tỉnh", "HĐND tỉnh", "Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy").
//!    Variants that carry their own cue ("TPHCM", "Thành phố Hồ Chí Minh")
//!    count as strongly cued. A name coordinated with a cued name ("tỉnh
//!    Thái Bình và Hưng Yên", "các tỉnh Khánh Hòa, Ninh Thuận") inherits the
//!    cue.
//! 3. Otherwise the match must start with a capital letter in the text,
//!    which rules out "hòa bình" and "bình định".
//! 4. A *weak cue* (tại, ở, Nhân dân, UBND, HĐND, Đảng bộ, Công an, Báo,
//!    Đài, ĐBQH, MTTQ, địa bàn, ...) then accepts it.
//! 5. Names flagged ambiguous in the data (Hồ Chí Minh, Hòa Bình, Thái Bình,
//!    Hải Dương, Sài Gòn, bare HCM) are rejected without a cue.
//! 6. The remaining names are accepted unless they sit inside a person's
//!    name: a capitalized word among the (up to three) capitalized words
//!    right before the match is a surname ("Trần Hà Nam", "Lê Thị Hòa
//!    Bình"), or the match is followed by a capitalized word that is neither
//!    a surname nor the start of another province ("Hòa Bình Minh").
//!
//! Blockers ("Thái Bình Dương", "Châu Á - Thái Bình Dương") compete in the
//! leftmost-longest selection and are dropped, so "Bình Dương" is not found
//! in "Thái Bình Dương".

use super::fold::{data_lines, select_leftmost_longest, split_list, Candidate, Folded, Matcher};
use super::surnames::is_surname;
use std::ops::Range;
use std::sync::LazyLock;

/// A province-level unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Province {
    /// Canonical name with diacritics ("Khánh Hòa", "Bà Rịa - Vũng Tàu").
    pub name: &'static str,
    /// A centrally-run city (thành phố trực thuộc trung ương).
    pub city: bool,
    /// One of the 63 units before 2025-07-01.
    pub before_2025: bool,
    /// One of the 34 units from 2025-07-01.
    pub after_2025: bool,
    /// For a pre-2025 unit absorbed in 2025: the post-2025 unit.
    pub merged_into: Option<&'static str>,
    /// Whether the bare canonical name needs a place cue.
    pub ambiguous: bool,
    /// Other spellings as written in the data (a leading `?` removed).
    pub variants: Vec<&'static str>,
}

impl Province {
    /// "tỉnh" or "thành phố".
    pub fn kind_word(&self) -> &'static str {
        if self.city {
            "thành phố"
        } else {
            "tỉnh"
        }
    }

    /// The post-2025 unit this unit is part of (itself if it still exists).
    pub fn successor(&self) -> Option<&'static Province> {
        match self.merged_into {
            Some(m) => province_by_name(m),
            None if self.after_2025 => province_by_name(self.name),
            None => None,
        }
    }
}

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/provinces.tsv"));

/// Phrases that contain a province name but are not a place.
const BLOCKERS: &[&str] = &[
    "Thái Bình Dương",
    "Châu Á - Thái Bình Dương",
    "Châu Á-Thái Bình Dương",
    "Nobel Hòa Bình",
    "Giải Nobel Hòa Bình",
];

struct Db {
    provinces: Vec<Province>,
    matcher: Matcher,
    /// Per pattern: (province index or BLOCK, needs cue, carries own cue).
    pats: Vec<PatInfo>,
}

#[derive(Debug, Clone, Copy)]
struct PatInfo {
    province: usize,
    ambiguous: bool,
    self_cued: bool,
}

const BLOCK: usize = usize::MAX;

static DB: LazyLock<Db> = LazyLock::new(|| {
    let mut provinces = Vec::new();
    let mut items: Vec<(&'static str, PatInfo)> = Vec::new();
    for line in data_lines(DATA) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let get = |i: usize| cols.get(i).copied().unwrap_or("").trim();
        let name = get(0);
        let idx = provinces.len();
        let ambiguous = get(4) == "1";
        let mut variants = Vec::new();
        items.push((
            name,
            PatInfo {
                province: idx,
                ambiguous,
                self_cued: false,
            },
        ));
        for v in split_list(cols.get(5).copied().unwrap_or("")) {
            let (amb, v) = match v.strip_prefix('?') {
                Some(rest) => (true, rest.trim()),
                None => (false, v),
            };
            variants.push(v);
            items.push((
                v,
                PatInfo {
                    province: idx,
                    ambiguous: amb,
                    self_cued: false,
                },
            ));
        }
        let era = get(2);
        let merged = get(3);
        provinces.push(Province {
            name,
            city: get(1) == "thành phố",
            before_2025: era == "before" || era == "both",
            after_2025: era == "after" || era == "both",
            merged_into: (!merged.is_empty()).then_some(merged),
            ambiguous,
            variants,
        });
    }
    for b in BLOCKERS {
        items.push((
            b,
            PatInfo {
                province: BLOCK,
                ambiguous: false,
                self_cued: false,
            },
        ));
    }
    // The matcher drops duplicate keys; keep PatInfo aligned with what it keeps.
    let mut pats = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<(&'static str, usize)> = Vec::new();
    for (p, info) in items {
        let key = super::fold::fold(p);
        if key.is_empty() || !seen.insert(key.clone()) {
            continue;
        }
        let self_cued = ["tp", "thành phố ", "tỉnh "]
            .iter()
            .any(|c| key.starts_with(c) && key.len() > c.len());
        pats.push(PatInfo { self_cued, ..info });
        kept.push((p, pats.len() - 1));
    }
    let matcher = Matcher::new_dfa(kept);
    Db {
        provinces,
        matcher,
        pats,
    }
});

/// All province-level units, pre-2025 and post-2025 (a unit that exists in
/// both eras appears once).
pub fn provinces() -> &'static [Province] {
    &DB.provinces
}

/// The unit with this canonical name (or a known variant).
pub fn province_by_name(name: &str) -> Option<&'static Province> {
    let key = super::fold::fold(name.trim());
    let db = &*DB;
    if let Some(p) = db
        .provinces
        .iter()
        .find(|p| super::fold::fold(p.name) == key)
    {
        return Some(p);
    }
    db.provinces
        .iter()
        .find(|p| p.variants.iter().any(|v| super::fold::fold(v) == key))
}

/// The explicit place cue in front of a province name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceCue {
    /// "tỉnh" (also in "UBND tỉnh", "HĐND tỉnh", "Đảng bộ tỉnh").
    Province,
    /// "thành phố", "TP", "TP.", or a variant that carries it ("TPHCM").
    City,
    /// "Tỉnh ủy".
    ProvincialPartyCommittee,
    /// "Thành ủy".
    CityPartyCommittee,
}

/// A province mention with its explicit place cue, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CuedProvince {
    /// Byte range of the name in the text.
    pub range: Range<usize>,
    pub province: &'static Province,
    /// Which explicit cue: always `Some` from [`find_province_cued`]; `None`
    /// from [`find_province_mentions`] for a name accepted without one.
    pub cue: Option<PlaceCue>,
    /// Byte range of the cue (equal to `range` when the variant carries its
    /// own cue, e.g. "TPHCM"; the cue of the first name for a coordinated
    /// name: "tỉnh" in "tỉnh Thái Bình và Hưng Yên").
    pub cue_range: Option<Range<usize>>,
}

impl CuedProvince {
    /// Whether the cue agrees with the unit's type. "thành phố Thái Bình"
    /// names the provincial capital (a district-level city) of the province
    /// of Thái Bình: the cue is City but the unit is a province. False
    /// without a cue.
    pub fn cue_matches_type(&self) -> bool {
        match self.cue {
            Some(PlaceCue::Province | PlaceCue::ProvincialPartyCommittee) => !self.province.city,
            Some(PlaceCue::City | PlaceCue::CityPartyCommittee) => self.province.city,
            None => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Strong(PlaceCue),
    Weak,
    Negative,
}

/// Cues, folded. Checked longest first against the text right before a name.
const CUES: &[(&str, Cue)] = &[
    ("tỉnh ủy", Cue::Strong(PlaceCue::ProvincialPartyCommittee)),
    ("thành ủy", Cue::Strong(PlaceCue::CityPartyCommittee)),
    ("tỉnh", Cue::Strong(PlaceCue::Province)),
    ("thành phố", Cue::Strong(PlaceCue::City)),
    ("thủ đô", Cue::Strong(PlaceCue::City)),
    ("tp.", Cue::Strong(PlaceCue::City)),
    ("tp", Cue::Strong(PlaceCue::City)),
    ("t.p.", Cue::Strong(PlaceCue::City)),
    ("t.p", Cue::Strong(PlaceCue::City)),
    // weak cues
    ("tại", Cue::Weak),
    ("ở", Cue::Weak),
    ("về", Cue::Weak),
    ("đến", Cue::Weak),
    ("từ", Cue::Weak),
    ("nhân dân", Cue::Weak),
    ("ubnd", Cue::Weak),
    ("hđnd", Cue::Weak),
    ("ub", Cue::Weak),
    ("đảng bộ", Cue::Weak),
    ("công an", Cue::Weak),
    ("báo", Cue::Weak),
    ("đài", Cue::Weak),
    ("đbqh", Cue::Weak),
    ("đoàn đại biểu quốc hội", Cue::Weak),
    ("mttq", Cue::Weak),
    ("mặt trận tổ quốc", Cue::Weak),
    ("địa bàn", Cue::Weak),
    ("quê", Cue::Weak),
    ("vùng", Cue::Weak),
    ("hai tỉnh", Cue::Strong(PlaceCue::Province)),
    ("các tỉnh", Cue::Strong(PlaceCue::Province)),
    // negative cues: units below the province, streets and other places
    ("huyện", Cue::Negative),
    ("quận", Cue::Negative),
    ("thị xã", Cue::Negative),
    ("xã", Cue::Negative),
    ("phường", Cue::Negative),
    ("thị trấn", Cue::Negative),
    ("thôn", Cue::Negative),
    ("ấp", Cue::Negative),
    ("làng", Cue::Negative),
    ("buôn", Cue::Negative),
    ("khu phố", Cue::Negative),
    ("tổ dân phố", Cue::Negative),
    ("khóm", Cue::Negative),
    ("đường", Cue::Negative),
    ("phố", Cue::Negative),
    ("ngõ", Cue::Negative),
    ("hẻm", Cue::Negative),
    ("cầu", Cue::Negative),
    ("chợ", Cue::Negative),
    ("bến", Cue::Negative),
    ("sông", Cue::Negative),
    ("suối", Cue::Negative),
    ("núi", Cue::Negative),
    ("hồ", Cue::Negative),
    ("đèo", Cue::Negative),
    ("vịnh", Cue::Negative),
    ("đảo", Cue::Negative),
    ("khách sạn", Cue::Negative),
    ("tàu", Cue::Negative),
    ("giải", Cue::Negative),
    ("tư tưởng", Cue::Negative),
    ("chủ tịch", Cue::Negative),
    ("bác", Cue::Negative),
    ("lăng", Cue::Negative),
    ("đoàn thanh niên cộng sản", Cue::Negative),
    ("đoàn tncs", Cue::Negative),
    // honorifics: a person follows
    ("ông", Cue::Negative),
    ("bà", Cue::Negative),
    ("anh", Cue::Negative),
    ("chị", Cue::Negative),
    ("em", Cue::Negative),
    ("cô", Cue::Negative),
    ("chú", Cue::Negative),
    ("cụ", Cue::Negative),
    ("đồng chí", Cue::Negative),
    ("đ/c", Cue::Negative),
    ("đ.c", Cue::Negative),
];

static CUES_SORTED: LazyLock<Vec<(&'static str, Cue)>> = LazyLock::new(|| {
    let mut v: Vec<(&'static str, Cue)> = CUES.to_vec();
    crate::sort::by_key(&mut v, |(c, _)| std::cmp::Reverse(c.chars().count()));
    v
});

/// The cue that ends right before folded offset `at` and its folded range.
fn cue_before(f: &Folded, at: usize) -> Option<(Cue, Range<usize>)> {
    let prefix = f.text[..at].trim_end_matches(' ');
    for &(cue, kind) in CUES_SORTED.iter() {
        if let Some(head) = prefix.strip_suffix(cue) {
            if head
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
            {
                continue;
            }
            return Some((kind, head.len()..prefix.len()));
        }
    }
    None
}

/// Every word of `s` that starts with a letter starts with a capital.
/// The first letter of `s` is a capital ("Khánh Hòa", "Khánh hòa" typed
/// carelessly, "KHÁNH HÒA"; not "hòa bình").
fn capitalized(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

fn all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// A capitalized word in title case (not an all-caps acronym).
fn title_case(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => {
            let rest: Vec<char> = cs.filter(|c| c.is_alphabetic()).collect();
            rest.is_empty() || rest.iter().any(|c| c.is_lowercase())
        }
        _ => false,
    }
}

fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
}

/// Whether the match sits inside a person's name.
fn in_person_name(text: &str, r: &Range<usize>, next_is_province: bool) -> bool {
    let before = &text[..r.start];
    // In a heading in capitals only the word right before is looked at
    // ("ÔNG NGUYỄN KHÁNH HÒA"; not "SỞ Y TẾ KHÁNH HÒA").
    let caps = all_caps(&text[r.clone()]);
    let max_words = if caps { 1 } else { 3 };
    // The words right before must be joined by plain spaces (no punctuation).
    let mut count = 0;
    let mut rest = before;
    while count < max_words {
        let t = rest.trim_end_matches([' ', '\t']);
        if t.len() == rest.len() && !rest.is_empty() {
            // not separated by a space from the match: attached punctuation
            break;
        }
        let start = t
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        let word = &t[start..];
        let name_like = title_case(word) || (caps && all_caps(word));
        if word.is_empty() || word != trim_word(word) || !name_like {
            break;
        }
        if is_surname(word) {
            return true;
        }
        count += 1;
        rest = &t[..start];
    }
    if !next_is_province && !caps {
        let after = &text[r.end..];
        if after.starts_with(' ') {
            let w = after.trim_start_matches(' ');
            let end = w
                .find(|c: char| !(c.is_alphanumeric() || is_mark(c)))
                .unwrap_or(w.len());
            let word = &w[..end];
            if title_case(word) && !is_surname(word) {
                return true;
            }
        }
    }
    false
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A strong cue and its byte range in the text.
type CueAt = (PlaceCue, Range<usize>);

/// A province occurrence with how it was accepted.
#[derive(Debug, Clone)]
struct Hit {
    range: Range<usize>,
    province: usize,
    cue: Option<(PlaceCue, Range<usize>)>,
}

fn scan(text: &str) -> Vec<Hit> {
    let db = &*DB;
    let f = Folded::new(text);
    let cands: Vec<Candidate> = select_leftmost_longest(db.matcher.candidates(&f, text));
    let mut out: Vec<Hit> = Vec::new();
    // (folded end, cue) of the last accepted hit, for coordination.
    let mut last: Option<(usize, Option<CueAt>)> = None;
    for (i, c) in cands.iter().enumerate() {
        let info = db.pats[c.value];
        if info.province == BLOCK {
            continue;
        }
        let mut cue: Option<(PlaceCue, Range<usize>)> = None;
        let mut weak = false;
        if info.self_cued {
            let kind = if db.matcher.key(c.pattern).starts_with("tỉnh") {
                PlaceCue::Province
            } else {
                PlaceCue::City
            };
            cue = Some((kind, c.orig.clone()));
        } else {
            // Coordination with the previous accepted name.
            if let Some((end, prev_cue)) = &last {
                let between = &f.text[*end..c.folded.start];
                let between = between.trim();
                if matches!(between, "," | "và" | ", và" | "-" | "hoặc" | "với") {
                    match prev_cue {
                        Some(pc) => cue = Some(pc.clone()),
                        None => weak = true,
                    }
                }
            }
            if cue.is_none() && !weak {
                match cue_before(&f, c.folded.start) {
                    Some((Cue::Negative, _)) => continue,
                    Some((Cue::Strong(k), r)) => cue = Some((k, f.orig_range(r))),
                    Some((Cue::Weak, _)) => weak = true,
                    None => {}
                }
            }
        }
        if cue.is_none() {
            if !capitalized(&text[c.orig.clone()]) {
                continue;
            }
            if !weak {
                if info.ambiguous {
                    continue;
                }
                let next_is_province = cands
                    .get(i + 1)
                    .is_some_and(|n| n.folded.start <= c.folded.end + 1);
                if in_person_name(text, &c.orig, next_is_province) {
                    continue;
                }
            }
        }
        last = Some((c.folded.end, cue.clone()));
        out.push(Hit {
            range: c.orig.clone(),
            province: info.province,
            cue,
        });
    }
    out
}

/// Province-level units named in `text`, as byte ranges of the name, in
/// order. See the module documentation for how ambiguous names are handled.
pub fn find_provinces(text: &str) -> Vec<(Range<usize>, &'static Province)> {
    let db = &*DB;
    scan(text)
        .into_iter()
        .map(|h| (h.range, &db.provinces[h.province]))
        .collect()
}

/// Only the province names preceded by an explicit place cue (tỉnh, thành
/// phố, TP, Tỉnh ủy, Thành ủy — so also "UBND tỉnh", "HĐND tỉnh") or written
/// with one ("TPHCM"), with the cue.
pub fn find_province_cued(text: &str) -> Vec<CuedProvince> {
    find_province_mentions(text)
        .into_iter()
        .filter(|m| m.cue.is_some())
        .collect()
}

/// Every province mention that [`find_provinces`] finds, with its explicit
/// place cue when it has one (`cue: None` for "Khánh Hòa" alone, "tại Thái
/// Bình", "Nhân dân Hà Tĩnh").
pub fn find_province_mentions(text: &str) -> Vec<CuedProvince> {
    let db = &*DB;
    scan(text)
        .into_iter()
        .map(|h| {
            let (cue, cue_range) = match h.cue {
                Some((c, r)) => (Some(c), Some(r)),
                None => (None, None),
            };
            CuedProvince {
                range: h.range,
                province: &db.provinces[h.province],
                cue,
                cue_range,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        find_provinces(text)
            .into_iter()
            .map(|(_, p)| p.name)
            .collect()
    }

    #[test]
    fn counts_by_era() {
        let ps = provinces();
        assert_eq!(ps.iter().filter(|p| p.before_2025).count(), 63);
        assert_eq!(ps.iter().filter(|p| p.after_2025).count(), 34);
        assert_eq!(ps.iter().filter(|p| p.after_2025 && p.city).count(), 6);
        assert_eq!(ps.iter().filter(|p| p.after_2025 && !p.city).count(), 28);
        for p in ps {
            if let Some(m) = p.merged_into {
                let s = province_by_name(m).expect(m);
                assert!(s.after_2025, "{} merged into {}", p.name, m);
                assert!(!p.after_2025);
            }
            if !p.after_2025 {
                assert!(p.merged_into.is_some(), "{} has no successor", p.name);
            }
            assert_eq!(p.name, super::super::fold::old_style_tones(p.name));
        }
    }

    #[test]
    fn merger_2025() {
        let into = |n: &str| province_by_name(n).unwrap().merged_into;
        assert_eq!(into("Ninh Thuận"), Some("Khánh Hòa"));
        assert_eq!(into("Kon Tum"), Some("Quảng Ngãi"));
        assert_eq!(into("Bình Định"), Some("Gia Lai"));
        assert_eq!(into("Phú Yên"), Some("Đắk Lắk"));
        assert_eq!(into("Đắk Nông"), Some("Lâm Đồng"));
        assert_eq!(into("Bình Thuận"), Some("Lâm Đồng"));
        assert_eq!(into("Bình Dương"), Some("Hồ Chí Minh"));
        assert_eq!(into("Bà Rịa - Vũng Tàu"), Some("Hồ Chí Minh"));
        assert_eq!(into("Hòa Bình"), Some("Phú Thọ"));
        assert_eq!(into("Thái Bình"), Some("Hưng Yên"));
        assert_eq!(into("Khánh Hòa"), None);
        let kh = province_by_name("Khánh Hoà").unwrap();
        assert!(kh.before_2025 && kh.after_2025 && !kh.city);
        assert_eq!(
            province_by_name("Bạc Liêu")
                .unwrap()
                .successor()
                .unwrap()
                .name,
            "Cà Mau"
        );
    }

    #[test]
    fn finds_cued_and_unambiguous_names() {
        assert_eq!(names("Bí thư Tỉnh ủy Khánh Hòa"), ["Khánh Hòa"]);
        let text = "Bí thư Tỉnh ủy Khánh Hòa";
        let (r, _) = &find_provinces(text)[0];
        assert_eq!(&text[r.clone()], "Khánh Hòa");
        assert_eq!(names("UBND tỉnh Quảng Ngãi"), ["Quảng Ngãi"]);
        assert_eq!(names("Khánh Hoà: tăng trưởng 7%"), ["Khánh Hòa"]);
        assert_eq!(names("KHÁNH HÒA"), ["Khánh Hòa"]);
        assert_eq!(names("tỉnh Hòa Bình"), ["Hòa Bình"]);
        assert_eq!(names("tại Thái Bình"), ["Thái Bình"]);
        assert_eq!(
            names("tỉnh Thái Bình và Hưng Yên"),
            ["Thái Bình", "Hưng Yên"]
        );
        assert_eq!(
            names("các tỉnh Khánh Hòa, Ninh Thuận, Phú Yên"),
            ["Khánh Hòa", "Ninh Thuận", "Phú Yên"]
        );
        assert_eq!(
            names("Bí thư Tỉnh ủy Khánh Hòa Nguyễn Hải Ninh"),
            ["Khánh Hòa"]
        );
    }

    #[test]
    fn variants() {
        assert_eq!(names("TP HCM"), ["Hồ Chí Minh"]);
        assert_eq!(names("tại TP.HCM"), ["Hồ Chí Minh"]);
        assert_eq!(names("TPHCM"), ["Hồ Chí Minh"]);
        assert_eq!(names("Thành phố Hồ Chí Minh"), ["Hồ Chí Minh"]);
        assert_eq!(names("TP. Hồ Chí Minh"), ["Hồ Chí Minh"]);
        assert_eq!(names("Thừa Thiên - Huế"), ["Thừa Thiên Huế"]);
        assert_eq!(names("tỉnh TT-Huế"), ["Thừa Thiên Huế"]);
        assert_eq!(names("BR-VT"), ["Bà Rịa - Vũng Tàu"]);
        assert_eq!(names("Bà Rịa-Vũng Tàu"), ["Bà Rịa - Vũng Tàu"]);
        assert_eq!(names("Đắc Lắc"), ["Đắk Lắk"]);
        assert_eq!(names("Daklak"), ["Đắk Lắk"]);
        assert_eq!(names("tỉnh Hoà Bình"), ["Hòa Bình"]);
        assert_eq!(names("Thanh Hoá"), ["Thanh Hóa"]);
        assert_eq!(names("tại Sài Gòn"), ["Hồ Chí Minh"]);
        assert_eq!(names("Thủ đô Hà Nội"), ["Hà Nội"]);
        assert_eq!(names("Ho Chi Minh City"), ["Hồ Chí Minh"]);
        assert_eq!(names("SỞ Y TẾ KHÁNH HÒA"), ["Khánh Hòa"]);
        assert_eq!(names("Sở Y tế Khánh Hòa"), ["Khánh Hòa"]);
        assert_eq!(names("KHÁNH HÒA TỔ CHỨC HỘI NGHỊ"), ["Khánh Hòa"]);
        assert_eq!(names("Nha Trang, Khánh Hòa"), ["Khánh Hòa"]);
        assert_eq!(names("Quy Nhơn (Bình Định)"), ["Bình Định"]);
        assert_eq!(names("Đại học Huế"), ["Huế"]);
        assert_eq!(names("tỉnh Thừa Thiên Huế"), ["Thừa Thiên Huế"]);
        // NFD and new-style tones, line break inside the name
        let t = "tỉnh Kha\u{301}nh Hoà\r\nvà Bà Rịa -\nVũng Tàu";
        let hits = find_provinces(t);
        assert_eq!(hits.len(), 2);
        assert_eq!(&t[hits[0].0.clone()], "Kha\u{301}nh Hoà");
        assert_eq!(&t[hits[1].0.clone()], "Bà Rịa -\nVũng Tàu");
    }

    #[test]
    fn rejects_people_and_words() {
        assert!(names("ông Trần Hòa Nam").is_empty());
        assert!(names("ông Trần Hà Nam phát biểu").is_empty());
        assert!(names("bà Nguyễn Khánh Hòa").is_empty());
        assert!(names("Lê Thị Hòa Bình").is_empty());
        assert!(names("Hòa Bình").is_empty());
        assert!(names("giữ vững hòa bình").is_empty());
        assert!(names("Thái Bình Dương").is_empty());
        assert!(names("khu vực Châu Á - Thái Bình Dương").is_empty());
        assert!(names("tư tưởng Hồ Chí Minh").is_empty());
        assert!(names("Chủ tịch Hồ Chí Minh").is_empty());
        assert!(names("xã Hòa Bình").is_empty());
        assert!(names("huyện Phú Yên").is_empty());
        assert!(names("đường Hải Phòng").is_empty());
        assert!(names("bình định").is_empty());
        assert!(names("Hải Dương").is_empty());
        assert!(names("đồng chí Hà Nam").is_empty());
        assert!(names("ÔNG NGUYỄN KHÁNH HÒA").is_empty());
        assert!(names("Hòa Bình Minh").is_empty());
        assert!(names("anh Lâm Đồng").is_empty());
        assert!(names("phố Huế").is_empty());
        assert!(names("Sài Gòn").is_empty());
        assert!(names("hồ Hòa Bình").is_empty());
    }

    #[test]
    fn cued_only() {
        let text = "Tỉnh ủy Khánh Hòa làm việc với Quảng Ngãi tại TP HCM và thành phố Thái Bình";
        let cued = find_province_cued(text);
        let got: Vec<(&str, PlaceCue)> = cued
            .iter()
            .map(|c| (c.province.name, c.cue.unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("Khánh Hòa", PlaceCue::ProvincialPartyCommittee),
                ("Hồ Chí Minh", PlaceCue::City),
                ("Thái Bình", PlaceCue::City),
            ]
        );
        assert_eq!(&text[cued[0].cue_range.clone().unwrap()], "Tỉnh ủy");
        assert!(cued[0].cue_matches_type());
        assert!(!cued[2].cue_matches_type());
        assert!(find_province_cued("Quảng Ngãi").is_empty());
        let all = find_province_mentions(text);
        assert_eq!(all.len(), 4);
        assert_eq!(all[1].province.name, "Quảng Ngãi");
        assert_eq!(all[1].cue, None);
        assert!(!all[1].cue_matches_type());
    }
}
