//! Words that bound the name of an indicator in the clause around it:
//! verbs and reporting words, list lead-ins, function words, generic places,
//! pre-modifiers and spelled-out acronyms (`data/label_cues.tsv`).

use super::fold::{data_lines, Matcher};
use std::ops::Range;
use std::sync::LazyLock;

/// What a cue does to a label (see the data file's header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueRole {
    Boundary,
    Aux,
    LeadIn,
    Example,
    Edge,
    Place,
    Pre,
    Qualifier,
    Spelled,
    Word,
}

impl CueRole {
    fn parse(s: &str) -> Option<CueRole> {
        Some(match s {
            "boundary" => CueRole::Boundary,
            "aux" => CueRole::Aux,
            "lead_in" => CueRole::LeadIn,
            "example" => CueRole::Example,
            "edge" => CueRole::Edge,
            "place" => CueRole::Place,
            "pre" => CueRole::Pre,
            "qualifier" => CueRole::Qualifier,
            "spelled" => CueRole::Spelled,
            "word" => CueRole::Word,
            _ => return None,
        })
    }
}

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/label_cues.tsv"));

/// Every row as (phrase, role); `None` for a row whose role is unknown (a
/// test fails on it).
fn rows() -> impl Iterator<Item = (&'static str, Option<CueRole>)> {
    data_lines(DATA).map(|l| {
        let mut cols = l.split('\t');
        let phrase = cols.next().unwrap_or("").trim();
        (phrase, cols.next().and_then(|r| CueRole::parse(r.trim())))
    })
}

static CUES: LazyLock<Vec<(&'static str, CueRole)>> =
    LazyLock::new(|| rows().filter_map(|(p, r)| Some((p, r?))).collect());

static MATCHER: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(CUES.iter().enumerate().map(|(i, (p, _))| (*p, i))));

/// The cues of a label, leftmost-longest, whole words, as byte ranges.
pub fn find_label_cues(label: &str) -> Vec<(Range<usize>, CueRole)> {
    MATCHER
        .find(label)
        .into_iter()
        .map(|c| (c.orig, CUES[c.value].1))
        .filter(|(_, role)| *role != CueRole::Word)
        .collect()
}

/// The role of a phrase that is a cue as a whole.
pub fn label_cue(phrase: &str) -> Option<CueRole> {
    let c = MATCHER.prefix(phrase)?;
    (c.orig.end == phrase.len()).then(|| CUES[c.value].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_known_role() {
        for line in data_lines(DATA) {
            assert_eq!(
                line.split('\t').count(),
                2,
                "row {line:?} needs a phrase and a role"
            );
        }
        let mut seen = std::collections::HashSet::new();
        for (phrase, _) in rows() {
            assert!(seen.insert(phrase), "phrase {phrase:?} is listed twice");
            let words: Vec<&str> = phrase.split(' ').collect();
            assert!(
                words.windows(2).all(|w| w[0] != w[1]) && !words.contains(&""),
                "phrase {phrase:?} looks like two rows run together"
            );
        }
        for (phrase, role) in rows() {
            assert!(!phrase.is_empty(), "empty phrase");
            assert!(role.is_some(), "unknown role in row {phrase:?}");
        }
        assert!(CUES.len() > 100);
    }

    #[test]
    fn roles() {
        assert_eq!(label_cue("đạt"), Some(CueRole::Boundary));
        assert_eq!(label_cue("Bao gồm"), Some(CueRole::LeadIn));
        assert_eq!(label_cue("như"), Some(CueRole::Example));
        assert_eq!(label_cue("của"), Some(CueRole::Edge));
        assert_eq!(label_cue("trên địa bàn tỉnh"), Some(CueRole::Place));
        assert_eq!(label_cue("tổng"), Some(CueRole::Pre));
        assert_eq!(label_cue("kim ngạch"), None);
        let found = find_label_cues("Chủ tịch đánh giá cao các con số như GRDP");
        let roles: Vec<CueRole> = found.iter().map(|c| c.1).collect();
        // "con số": "số" is a pre-modifier wherever it stands.
        assert_eq!(
            roles,
            vec![
                CueRole::Boundary,
                CueRole::Edge,
                CueRole::Pre,
                CueRole::Example
            ]
        );
    }
}
