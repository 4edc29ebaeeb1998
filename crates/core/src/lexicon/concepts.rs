//! The taxonomy of indicator concepts (`data/concepts.tsv`): the canonical
//! identity of a figure, the same across documents and wordings, and the
//! rules that find it in a label.
//!
//! A label is matched the way [`super::metric_group`] matches: on its folded
//! copy (lowercase, NFC, old-style tones), whole words. Every synonym found
//! is a candidate; the data file's header says how one is chosen, and
//! [`concept_of`] implements it.

use super::fold::{data_lines, fold, Folded, Matcher};
use std::collections::HashMap;
use std::sync::LazyLock;

/// The closed set of concept groups, each with the card group
/// ([`crate::model::Indicator::group`]) the page files its figures under.
pub const CONCEPT_GROUPS: &[(&str, &str)] = &[
    ("growth", "growth"),
    ("industry", "industry"),
    ("budget", "budget"),
    ("investment", "investment"),
    ("enterprise", "investment"),
    ("trade", "trade"),
    ("prices", "trade"),
    ("tourism", "tourism"),
    ("transport", "growth"),
    ("agriculture", "agriculture"),
    ("rural", "agriculture"),
    ("social", "social"),
    ("labour", "social"),
    ("health", "social"),
    ("education", "social"),
    ("environment", "social"),
    ("digital", "social"),
    ("governance", "ranking"),
    ("ranking", "ranking"),
    ("administration", "other"),
    ("party", "other"),
    ("infrastructure", "other"),
    ("land", "other"),
    ("disaster", "other"),
    ("finance", "other"),
];

/// The closed set of unit families: what a concept's level is measured in.
pub const UNIT_FAMILIES: &[&str] = &[
    "money", "percent", "count", "people", "area", "mass", "volume", "length", "energy",
    "quantity", "index", "rank", "ratio", "duration", "any",
];

/// One row of the taxonomy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    pub id: &'static str,
    pub group: &'static str,
    pub unit_family: &'static str,
    /// The broader concept this one is a kind of, if any.
    pub parent: Option<&'static str>,
    pub en: &'static str,
    pub vi: &'static str,
    /// Key phrases as written in the data, a `[family]` suffix included.
    pub synonyms: Vec<&'static str>,
}

impl Concept {
    /// The id a figure of this concept lines up under: the parent's, or its own.
    pub fn top(&self) -> &'static str {
        self.parent.unwrap_or(self.id)
    }

    /// The card group of the concept's group.
    pub fn card_group(&self) -> &'static str {
        CONCEPT_GROUPS
            .iter()
            .find(|(g, _)| *g == self.group)
            .map_or("other", |(_, c)| c)
    }
}

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/concepts.tsv"));
static MODIFIERS: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/concept_modifiers.txt"));

/// A synonym: the concept it names, the unit family it is limited to, and
/// its phrases (one, or several to be found in this order: "a … b").
#[derive(Debug, Clone)]
struct Syn {
    concept: usize,
    only: Option<&'static str>,
    parts: Vec<usize>,
}

struct Taxonomy {
    concepts: Vec<Concept>,
    syns: Vec<Syn>,
    /// Per distinct folded phrase (the matcher's value): the one-phrase
    /// synonyms that are it.
    by_phrase: Vec<Vec<usize>>,
    /// The synonyms of several phrases.
    combos: Vec<usize>,
    matcher: Matcher,
    modifiers: Matcher,
    /// What is wrong with the data; rows and synonyms at fault are left out.
    problems: Vec<String>,
}

/// `"grdp [money]"` → (`"grdp"`, `Some("money")`).
fn split_qualifier(s: &'static str) -> (&'static str, Option<&'static str>) {
    match s.strip_suffix(']').and_then(|x| x.rsplit_once('[')) {
        Some((phrase, family)) => (phrase.trim(), Some(family.trim())),
        None => (s.trim(), None),
    }
}

fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| {
    let mut problems = Vec::new();
    let mut concepts: Vec<Concept> = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for line in data_lines(DATA) {
        let cols: Vec<&'static str> = line.split('\t').map(str::trim).collect();
        let [id, group, unit_family, parent, en, vi, synonyms] = cols[..] else {
            problems.push(format!("not 7 columns: {line}"));
            continue;
        };
        let mut bad = |p: String| problems.push(format!("{id}: {p}"));
        if !is_snake_case(id) {
            bad("id is not snake_case".into());
            continue;
        }
        if ids.contains_key(id) {
            bad("duplicate id".into());
            continue;
        }
        if !CONCEPT_GROUPS.iter().any(|(g, _)| *g == group) {
            bad(format!("unknown group {group:?}"));
            continue;
        }
        if !UNIT_FAMILIES.contains(&unit_family) {
            bad(format!("unknown unit family {unit_family:?}"));
            continue;
        }
        if en.is_empty() || vi.is_empty() {
            bad("empty name".into());
            continue;
        }
        let synonyms: Vec<&'static str> = synonyms
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if synonyms.is_empty() {
            bad("no synonym".into());
            continue;
        }
        ids.insert(id, concepts.len());
        concepts.push(Concept {
            id,
            group,
            unit_family,
            parent: (parent != "-" && !parent.is_empty()).then_some(parent),
            en,
            vi,
            synonyms,
        });
    }
    // Parents: a known top-level row of the same group.
    for c in &mut concepts {
        let Some(p) = c.parent else { continue };
        if !ids.contains_key(p) {
            problems.push(format!("{}: unknown parent {p:?}", c.id));
            c.parent = None;
        }
    }
    let parents: Vec<Option<(&str, Option<&str>)>> = concepts
        .iter()
        .map(|c| {
            c.parent
                .and_then(|p| ids.get(p))
                .map(|&i| (concepts[i].group, concepts[i].parent))
        })
        .collect();
    for (c, p) in concepts.iter_mut().zip(parents) {
        if let Some((group, grand)) = p {
            if group != c.group || grand.is_some() {
                problems.push(format!(
                    "{}: parent of another group or not top-level",
                    c.id
                ));
                c.parent = None;
            }
        }
    }
    // Synonyms: one row per (folded synonym, unit family).
    let mut phrase_index: HashMap<String, usize> = HashMap::new();
    let mut phrases: Vec<&'static str> = Vec::new();
    let mut by_phrase: Vec<Vec<usize>> = Vec::new();
    let mut syns: Vec<Syn> = Vec::new();
    let mut combos = Vec::new();
    let mut owner: HashMap<(String, Option<&str>), &str> = HashMap::new();
    for (ci, c) in concepts.iter().enumerate() {
        for &s in &c.synonyms {
            let (phrase, only) = split_qualifier(s);
            let parts: Vec<&'static str> = phrase
                .split(['…'])
                .flat_map(|p| p.split("..."))
                .map(str::trim)
                .collect();
            let keys: Vec<String> = parts.iter().map(|p| fold(p)).collect();
            if keys.iter().any(String::is_empty) {
                problems.push(format!("{}: empty synonym or part in {s:?}", c.id));
                continue;
            }
            if let Some(f) = only {
                if !UNIT_FAMILIES.contains(&f) || f == "any" {
                    problems.push(format!("{}: unknown unit family in {s:?}", c.id));
                    continue;
                }
            }
            let key = keys.join(" … ");
            if let Some(other) = owner.get(&(key.clone(), only)) {
                problems.push(format!("{}: synonym {s:?} already names {other}", c.id));
                continue;
            }
            owner.insert((key, only), c.id);
            let ids: Vec<usize> = parts
                .iter()
                .zip(keys)
                .map(|(p, k)| {
                    *phrase_index.entry(k).or_insert_with(|| {
                        phrases.push(p);
                        by_phrase.push(Vec::new());
                        phrases.len() - 1
                    })
                })
                .collect();
            if let [one] = ids[..] {
                by_phrase[one].push(syns.len());
            } else {
                combos.push(syns.len());
            }
            syns.push(Syn {
                concept: ci,
                only,
                parts: ids,
            });
        }
    }
    let matcher = Matcher::new(phrases.iter().enumerate().map(|(i, p)| (*p, i)));
    let modifiers = Matcher::new(data_lines(MODIFIERS).map(|l| (l.trim(), 0)));
    Taxonomy {
        concepts,
        syns,
        by_phrase,
        combos,
        matcher,
        modifiers,
        problems,
    }
});

/// Every concept, in the order of the data file.
pub fn concepts() -> &'static [Concept] {
    &TAXONOMY.concepts
}

/// The concept with this id.
pub fn concept_by_id(id: &str) -> Option<&'static Concept> {
    TAXONOMY.concepts.iter().find(|c| c.id == id)
}

/// What is wrong with the taxonomy's data (empty when it is sound): unknown
/// groups or unit families, duplicate ids, empty names, synonyms shared by
/// two concepts. The rows and synonyms at fault are not used.
pub fn concept_problems() -> &'static [String] {
    &TAXONOMY.problems
}

/// The name of concept `id` for a card: English for `lang` "en", else
/// Vietnamese.
pub fn concept_name(id: &str, lang: &str) -> Option<&'static str> {
    concept_by_id(id).map(|c| if lang == "en" { c.en } else { c.vi })
}

/// The unit family of a figure's unit as written ("tỷ đồng" → money,
/// "triệu lượt khách" → people, "ha" → area); `None` when no unit is given
/// or it says nothing about the variable ("%", "lần", a bare scale word).
pub fn unit_family_of(unit: &str) -> Option<&'static str> {
    let u = crate::text::lower(unit.trim());
    let u = u.as_ref();
    if u.is_empty() {
        return None;
    }
    if u.contains('%') || u.contains("phần trăm") || u.contains('‰') {
        return Some("percent");
    }
    let words: Vec<&str> = u
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    const SCALE: &[&str] = &["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "trăm", "chục"];
    let rest: Vec<&str> = words
        .iter()
        .copied()
        .skip_while(|w| SCALE.contains(w))
        .collect();
    let &head = rest.first()?;
    let joined = rest.join(" ");
    const MONEY: &[&str] = &[
        "đồng", "đ", "vnđ", "vnd", "usd", "đô", "đôla", "eur", "euro", "yên", "tỷusd",
    ];
    // "tạ/ha", "bác sĩ/vạn dân": a rate; "tấn/năm", "người/ngày": what
    // stands before the slash.
    if let Some((num, den)) = joined.split_once('/') {
        const PER: &[&str] = &[
            "ha", "vạn", "10", "1", "100", "người", "dân", "nghìn", "km", "km2",
        ];
        let den_head = den.split([' ', '/']).next().unwrap_or("");
        if MONEY.contains(&num.split(' ').next_back().unwrap_or("")) {
            return Some("money");
        }
        if PER.contains(&den_head) {
            return Some("ratio");
        }
        return unit_family_of(num);
    }
    if MONEY.contains(&head) || joined.starts_with("nhân dân tệ") {
        return Some("money");
    }
    let family = match head {
        "lần" => return None,
        "bậc" | "hạng" => "rank",
        "điểm" => "index",
        "ha" | "hecta" | "héc" | "hécta" | "km2" | "km²" | "m2" | "m²" | "sào" | "mẫu" => {
            "area"
        }
        "tấn" | "kg" | "tạ" | "yến" | "ki-lô-gam" => "mass",
        "m3" | "m³" | "lít" | "khối" => "volume",
        "km" | "m" | "mét" | "mm" | "ki-lô-mét" => "length",
        "cây" if joined.starts_with("cây số") => "length",
        "kwh" | "mw" | "kw" | "gw" | "gwh" | "mwh" | "mwp" | "kv" => "energy",
        "năm" | "tháng" | "ngày" | "giờ" | "tuổi" => "duration",
        "người" | "lượt" | "khách" | "lao" | "học" | "sinh" | "đảng" | "bác" | "cán" | "giáo"
        | "thí" | "du" | "bệnh" | "đối" | "dân" | "đoàn" | "cử" => "people",
        "nhân"
            if ["nhân khẩu", "nhân lực", "nhân viên"]
                .iter()
                .any(|p| joined.starts_with(p)) =>
        {
            "people"
        }
        // any other unit the lexicon knows counts something ("hộ", "xã",
        // "dự án"); a word it does not know says nothing
        _ if super::unit_category(&joined) == Some(super::UnitCategory::Count) => "count",
        _ => return None,
    };
    Some(family)
}

/// Whether a concept of unit family `concept` can be a figure of unit
/// family `figure` (`None`: no unit, a percentage or a ratio "lần").
fn fits(concept: &str, figure: Option<&str>) -> bool {
    let Some(f) = figure else { return true };
    if f == "percent" || concept == "any" || concept == f {
        return true;
    }
    matches!(
        (concept, f),
        ("count", "people")
            | ("people", "count")
            | (
                "quantity",
                "mass" | "volume" | "length" | "energy" | "area" | "count"
            )
            | ("index", "rank")
            | ("rank", "index")
            | ("percent", "index")
            | ("ratio", "count" | "people")
    )
}

/// A phrase of the taxonomy found in a label.
struct Found {
    phrase: usize,
    /// Folded byte range.
    at: std::ops::Range<usize>,
    chars: usize,
    /// Which piece of a label joined from clause pieces (" - ") it ends in.
    piece: usize,
}

/// The concept of an indicator: its label (the `metric`) and its unit as
/// written (the value's unit, or the change's when no value is stated).
///
/// Every synonym found in the label is a candidate, but for one inside a
/// qualifying phrase (see `data/concept_modifiers.txt`). A candidate whose
/// unit family contradicts the unit is dropped (`"tỷ lệ hộ nghèo"` with a
/// figure in "hộ" is not a rate), unless it is limited to the figure's
/// family (`"grdp [money]"`); one limited to another family is dropped.
/// Of the rest, one in a later piece of a label joined from clause pieces
/// ("A - B") wins (the figure's own words come last), then the longest
/// (several phrases count their letters together), then one limited to the
/// figure's family, then the later one.
pub fn concept_of(label: &str, unit: Option<&str>) -> Option<&'static Concept> {
    let t = &*TAXONOMY;
    let figure = unit.and_then(unit_family_of);
    let f = Folded::new(label);
    let mods: Vec<std::ops::Range<usize>> = t
        .modifiers
        .candidates(&f, label)
        .into_iter()
        .map(|c| c.folded)
        .collect();
    let joins: Vec<usize> = label.match_indices(" - ").map(|(i, _)| i).collect();
    let found: Vec<Found> = t
        .matcher
        .candidates(&f, label)
        .into_iter()
        .filter(|c| {
            !mods.iter().any(|m| {
                m.start <= c.folded.start && c.folded.end <= m.end && m.len() > c.folded.len()
            })
        })
        .map(|c| Found {
            phrase: c.value,
            chars: f.text[c.folded.clone()].chars().count(),
            piece: joins.iter().filter(|&&j| j < c.orig.end).count(),
            at: c.folded,
        })
        .collect();
    // (piece, letters, limited, start) of every synonym found, with its row.
    let mut cands: Vec<((usize, usize, bool, usize), usize)> = Vec::new();
    for x in &found {
        for &si in &t.by_phrase[x.phrase] {
            cands.push(((x.piece, x.chars, false, x.at.start), si));
        }
    }
    for &si in &t.combos {
        let mut from = 0;
        let mut letters = 0;
        let mut last: Option<&Found> = None;
        for &part in &t.syns[si].parts {
            match found
                .iter()
                .find(|x| x.phrase == part && x.at.start >= from)
            {
                Some(x) => {
                    from = x.at.end;
                    letters += x.chars;
                    last = Some(x);
                }
                None => {
                    last = None;
                    break;
                }
            }
        }
        if let Some(x) = last {
            cands.push(((x.piece, letters, false, x.at.start), si));
        }
    }
    let mut best: Option<((usize, usize, bool, usize), usize)> = None;
    for (mut key, si) in cands {
        let syn = &t.syns[si];
        let concept = &t.concepts[syn.concept];
        match syn.only {
            Some(only) if figure != Some(only) => continue,
            Some(_) => key.2 = true,
            None if !fits(concept.unit_family, figure) => continue,
            None => {}
        }
        if best.as_ref().is_none_or(|(k, _)| key > *k) {
            best = Some((key, syn.concept));
        }
    }
    best.map(|(_, i)| &t.concepts[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(label: &str, unit: Option<&str>) -> Option<&'static str> {
        concept_of(label, unit).map(|c| c.id)
    }

    #[test]
    fn data_is_sound() {
        assert!(concept_problems().is_empty(), "{:#?}", concept_problems());
        assert!(concepts().len() >= 150, "{}", concepts().len());
    }

    #[test]
    fn validation_catches_bad_rows() {
        // The loader's checks, on the pieces it is made of.
        assert_eq!(split_qualifier("grdp [money]"), ("grdp", Some("money")));
        assert_eq!(split_qualifier("thu ngân sách"), ("thu ngân sách", None));
        assert!(is_snake_case("grdp_growth"));
        assert!(!is_snake_case("GRDP growth"));
        assert!(!is_snake_case(""));
        for c in concepts() {
            assert!(CONCEPT_GROUPS.iter().any(|(g, _)| *g == c.group));
            assert!(UNIT_FAMILIES.contains(&c.unit_family));
            assert!(!c.en.is_empty() && !c.vi.is_empty());
            if let Some(p) = c.parent {
                assert_eq!(concept_by_id(p).map(|x| x.group), Some(c.group));
            }
        }
    }

    #[test]
    fn synonyms_are_lower_case() {
        for c in concepts() {
            for s in &c.synonyms {
                let (p, _) = split_qualifier(s);
                assert_eq!(p, &*crate::text::lower(p), "{}: {s}", c.id);
            }
        }
    }

    #[test]
    fn positives() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("thu ngân sách", Some("tỷ đồng"), "budget_revenue"),
            (
                "Tổng thu NSNN trên địa bàn",
                Some("tỷ đồng"),
                "budget_revenue",
            ),
            ("thu ngân sách", Some("%"), "budget_revenue"),
            ("thu nội địa", None, "budget_revenue_domestic"),
            (
                "thuế thu nhập cá nhân",
                Some("tỷ đồng"),
                "budget_revenue_tax_pit",
            ),
            (
                "thu NSNN của Cục Hải quan tỉnh",
                Some("tỷ đồng"),
                "budget_revenue_trade",
            ),
            (
                "chi thường xuyên",
                Some("tỷ đồng"),
                "budget_expenditure_recurrent",
            ),
            ("tốc độ tăng trưởng GRDP", Some("%"), "grdp_growth"),
            ("GRDP", None, "grdp_growth"),
            ("quy mô GRDP", Some("nghìn tỷ đồng"), "grdp_level"),
            ("GRDP", Some("nghìn tỷ đồng"), "grdp_level"),
            (
                "GRDP bình quân đầu người",
                Some("triệu đồng"),
                "grdp_per_capita",
            ),
            ("tỷ lệ hộ nghèo", Some("%"), "poverty_rate"),
            ("hộ nghèo", Some("%"), "poverty_rate"),
            ("hộ nghèo", Some("hộ"), "poor_households"),
            ("tỷ lệ hộ nghèo", Some("hộ"), "poor_households"),
            (
                "kim ngạch xuất khẩu hàng hóa",
                Some("triệu USD"),
                "export_turnover",
            ),
            (
                "kim ngạch xuất khẩu khu vực có vốn đầu tư nước ngoài",
                Some("tỷ USD"),
                "export_turnover",
            ),
            ("kim ngạch xuất nhập khẩu", Some("tỷ USD"), "trade_total"),
            ("xuất siêu", Some("tỷ USD"), "trade_balance"),
            ("dự án FDI cấp mới", Some("dự án"), "fdi_projects"),
            (
                "vốn đăng ký dự án FDI cấp mới",
                Some("triệu USD"),
                "fdi_registered",
            ),
            (
                "lượt khách quốc tế",
                Some("triệu lượt khách"),
                "tourist_arrivals_international",
            ),
            ("khách du lịch", Some("triệu lượt"), "tourist_arrivals"),
            ("chỉ số sản xuất công nghiệp (IIP)", None, "iip_growth"),
            (
                "xã đạt chuẩn nông thôn mới nâng cao",
                Some("xã"),
                "ntm_advanced",
            ),
            ("sản phẩm OCOP", Some("sản phẩm"), "ocop_products"),
            ("Chỉ số PCI", Some("bậc"), "pci"),
            ("chỉ số SIPAS", None, "sipas"),
            ("đàn lợn", Some("%"), "agri_output_livestock"),
            ("diện tích gieo cấy lúa", Some("nghìn ha"), "agri_area"),
            ("tỷ lệ bao phủ bảo hiểm y tế", Some("%"), "health_insurance"),
            ("giường bệnh/vạn dân", Some("giường"), "hospital_beds"),
            (
                "doanh nghiệp thành lập mới",
                Some("doanh nghiệp"),
                "new_enterprises",
            ),
            (
                "doanh nghiệp thành lập mới",
                Some("nghìn tỷ đồng"),
                "new_enterprise_capital",
            ),
            (
                "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
                None,
                "retail_sales",
            ),
            ("chỉ số giá tiêu dùng (CPI)", None, "cpi"),
            (
                "THU NHẬP BÌNH QUÂN ĐẦU NGƯỜI",
                Some("triệu đồng"),
                "grdp_per_capita",
            ),
            ("tinh giản biên chế", Some("người"), "civil_servants"),
        ];
        let wrong: Vec<_> = cases
            .iter()
            .filter(|(label, unit, want)| id(label, *unit) != Some(*want))
            .map(|(label, unit, want)| (label, unit, want, id(label, *unit)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn negatives() {
        for label in [
            "dự án",
            "cán bộ",
            "đại biểu",
            "",
            "grdpx",
            "số cuộc họp",
            "lần thứ",
            "điều chỉnh",
            "chương trình mục tiêu quốc gia",
        ] {
            assert_eq!(id(label, None), None, "{label}");
        }
        // a count concept is not a sum of money
        assert_eq!(id("hộ cận nghèo", Some("tỷ đồng")), None);
        // "vốn fdi" alone is money, never a count of projects
        assert_eq!(id("vốn FDI", Some("dự án")), None);
    }

    #[test]
    fn parents_line_up() {
        let c = concept_of("chi đầu tư phát triển", Some("tỷ đồng")).unwrap();
        assert_eq!(
            (c.id, c.top()),
            ("budget_expenditure_development", "budget_expenditure")
        );
        assert_eq!(c.card_group(), "budget");
        assert_eq!(
            concept_name("cpi", "en"),
            Some("Consumer price index, inflation")
        );
        assert_eq!(
            concept_name("cpi", "vi"),
            Some("Chỉ số giá tiêu dùng (CPI)")
        );
        assert_eq!(concept_name("nope", "vi"), None);
    }

    #[test]
    fn unit_families() {
        assert_eq!(unit_family_of("tỷ đồng"), Some("money"));
        assert_eq!(unit_family_of("triệu USD"), Some("money"));
        assert_eq!(unit_family_of("triệu đồng/người/năm"), Some("money"));
        assert_eq!(unit_family_of("%"), Some("percent"));
        assert_eq!(unit_family_of("điểm %"), Some("percent"));
        assert_eq!(unit_family_of("lần"), None);
        assert_eq!(unit_family_of("tỷ"), None);
        assert_eq!(unit_family_of("nghìn ha"), Some("area"));
        assert_eq!(unit_family_of("vạn tấn"), Some("mass"));
        assert_eq!(unit_family_of("triệu lượt khách"), Some("people"));
        assert_eq!(unit_family_of("hộ"), Some("count"));
        assert_eq!(unit_family_of("bậc"), Some("rank"));
        assert_eq!(unit_family_of("bác sĩ/vạn dân"), Some("ratio"));
        assert_eq!(unit_family_of("km"), Some("length"));
        assert_eq!(unit_family_of("tạ/ha"), Some("ratio"));
        assert_eq!(unit_family_of("vạn tấn/tổng"), Some("mass"));
        assert_eq!(unit_family_of("USD/người"), Some("money"));
        assert_eq!(unit_family_of("nhân khẩu"), Some("people"));
        assert_eq!(unit_family_of("nhân dân tệ"), Some("money"));
        // a word the unit lexicon does not know says nothing
        assert_eq!(unit_family_of("tổng"), None);
        assert_eq!(unit_family_of("đại"), None);
    }
}
