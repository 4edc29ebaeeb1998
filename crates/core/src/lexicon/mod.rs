//! Lexicons of Vietnamese government texts, as data files compiled into the
//! crate and parsed once.
//!
//! | file | content | API |
//! |---|---|---|
//! | `data/provinces.tsv` | 63 pre-2025 and 34 post-2025 province-level units | [`provinces`], [`find_provinces`], [`find_province_cued`] |
//! | `data/bodies.tsv` | Party and State bodies | [`find_bodies`] |
//! | `data/abbreviations.tsv` | abbreviations | [`expand_abbreviation`] |
//! | `data/titles.txt` | position titles | [`title_heads`], [`find_title_heads`] |
//! | `data/honorifics.txt` | ông, bà, đồng chí, ranks, GS.TS, NSND | [`honorifics`], [`is_military_rank`] |
//! | `data/surnames.txt` | family names | [`is_surname`] |
//! | `data/doc_kinds.tsv` | document kinds and codes | [`doc_kinds`], [`doc_kind_for_code`], [`doc_kind_regex_alternation`] |
//! | `data/issuers.tsv` | number-symbol issuer suffixes | [`issuer_for_symbol`] |
//! | `data/metrics.tsv` | indicator phrases and groups | [`metric_group`], [`metric_phrases`] |
//! | `data/units.tsv` | units and scale words | [`unit_words`], [`unit_prefix`] |
//! | `data/label_cues.tsv` | words that bound an indicator's name | [`find_label_cues`], [`label_cue`] |
//! | `data/concepts.tsv`, `data/concept_modifiers.txt` | the taxonomy of indicator concepts | [`concept_of`], [`concept_name`], [`concepts`] |
//! | `data/meeting_words.tsv` | meeting nouns and session verbs, strong or weak | [`meeting_words`], [`meeting_strength`] |
//! | `data/directive_cues.tsv` | sentence openings that are no directive (conditionals, captions, …) | [`non_directive_opening`] |
//!
//! Data is NFC with old-style tone placement ("Hòa", "thủy"). Every `find_*`
//! function matches whole words on a folded copy of the text (lowercase,
//! NFC, old-style tones, white space and dashes normalized; see
//! [`Folded`]) and returns byte ranges of the original text. Acronyms in the
//! data ("UBND", "HCM", "KH" in "Sở KH&ĐT") only match in capitals.

mod bodies;
mod concepts;
mod directive_cues;
mod doc_kinds;
mod fold;
mod honorifics;
mod issuers;
mod label_cues;
mod meeting_words;
mod metrics;
mod provinces;
mod surnames;
mod titles;
mod units;

pub use bodies::{
    abbreviations, bodies, body_prefix, expand_abbreviation, find_bodies, Body, BodyLevel,
};
pub use concepts::{
    concept_by_id, concept_name, concept_of, concept_problems, concepts, unit_family_of, Concept,
    CONCEPT_GROUPS, UNIT_FAMILIES,
};
pub use directive_cues::{non_directive_opening, opens_with_task_verb};
pub use doc_kinds::{
    doc_kind_by_name, doc_kind_for_code, doc_kind_regex_alternation, doc_kinds, DocKindEntry,
};
pub use fold::{fold, old_style_tones, select_leftmost_longest, Candidate, Folded, Matcher};
pub use honorifics::{
    find_honorifics, honorific_prefix, honorific_suffix, honorifics, is_military_rank,
};
pub use issuers::{issuer_for_symbol, issuer_symbols};
pub use label_cues::{find_label_cues, label_cue, CueRole};
pub use meeting_words::{meeting_strength, meeting_words, MeetingStrength};
pub use metrics::{find_metric_phrases, metric_group, metric_phrases, MetricPhrase, METRIC_GROUPS};
pub use provinces::{
    find_province_cued, find_province_mentions, find_provinces, province_by_name, provinces,
    CuedProvince, PlaceCue, Province,
};
pub use surnames::{is_surname, surnames};
pub use titles::{find_title_heads, title_head_prefix, title_heads};
pub use units::{unit_category, unit_prefix, unit_words, UnitCategory, UnitEntry};

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// Every data file is NFC; names are in old-style tone placement.
    #[test]
    fn data_is_nfc() {
        let files = [
            include_str!("data/provinces.tsv"),
            include_str!("data/bodies.tsv"),
            include_str!("data/abbreviations.tsv"),
            include_str!("data/titles.txt"),
            include_str!("data/honorifics.txt"),
            include_str!("data/surnames.txt"),
            include_str!("data/doc_kinds.tsv"),
            include_str!("data/issuers.tsv"),
            include_str!("data/metrics.tsv"),
            include_str!("data/units.tsv"),
            include_str!("data/concepts.tsv"),
            include_str!("data/concept_modifiers.txt"),
        ];
        for f in files {
            for line in f.lines().filter(|l| !l.starts_with('#')) {
                assert_eq!(line, line.nfc().collect::<String>(), "not NFC: {line}");
                for field in line.split(['\t', '|']) {
                    let field = field.trim_start_matches('?');
                    assert_eq!(field, old_style_tones(field), "new-style tone: {field}");
                }
            }
        }
    }

    #[test]
    fn all_lexicons_load() {
        assert!(!provinces().is_empty());
        assert!(!bodies().is_empty());
        assert!(!title_heads().is_empty());
        assert!(!honorifics().is_empty());
        assert!(!surnames().is_empty());
        assert!(!doc_kinds().is_empty());
        assert!(!issuer_symbols().is_empty());
        assert!(!metric_phrases().is_empty());
        assert!(!unit_words().is_empty());
        assert!(!concepts().is_empty());
    }
}
