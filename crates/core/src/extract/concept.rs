//! The concept and the card group of a final indicator, from the taxonomy
//! (`lexicon::concept_of`): set once per indicator, after repeats are merged.

use crate::lexicon;
use crate::model::Indicator;

/// Sets `concept`, `concept_detail` and `group` of `ind` from its label and
/// unit (the value's, or the change's when no value is stated).
///
/// `before` is the clause before the figure: where the card's title names
/// no concept (it keeps the variable's own words, "số thu nêu trên"), the
/// words of the clause may ("Cục Thuế ước thu nội địa cả năm …").
pub fn assign(ind: &mut Indicator, before: &str) {
    let unit = ind.unit.as_deref().or(ind.change_unit.as_deref());
    let found =
        lexicon::concept_of(&ind.metric, unit).or_else(|| lexicon::concept_of(before, unit));
    ind.concept = found.map(|c| c.top().to_string());
    ind.concept_detail = found
        .filter(|c| c.parent.is_some())
        .map(|c| c.id.to_string());
    ind.group = group_of(ind, found).to_string();
}

/// A rank with nothing else is a ranking; a known concept files the card
/// under its group; otherwise the label's indicator phrases decide.
fn group_of(i: &Indicator, concept: Option<&lexicon::Concept>) -> &'static str {
    if !i.ranks.is_empty() && i.value.is_none() && i.change_value.is_none() {
        return "ranking";
    }
    match concept {
        Some(c) => c.card_group(),
        None => lexicon::metric_group(&i.metric),
    }
}
