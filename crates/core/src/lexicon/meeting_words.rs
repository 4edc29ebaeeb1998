//! Words that name a meeting (`data/meeting_words.tsv`), with how strongly.

use std::sync::LazyLock;

use super::fold::data_lines;

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/meeting_words.tsv"));

/// How a meeting word names a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingStrength {
    /// A meeting noun: "hội nghị", "họp báo", "đối thoại".
    Strong,
    /// A word that often names something else: "họp", "làm việc với".
    Weak,
    /// A committee's session verb: "nghe và cho ý kiến".
    Session,
}

/// (phrase, strength), longest phrase first.
static WORDS: LazyLock<Vec<(&'static str, MeetingStrength)>> = LazyLock::new(|| {
    let mut v: Vec<(&'static str, MeetingStrength)> = data_lines(DATA)
        .filter_map(|l| {
            let (w, s) = l.split_once('\t')?;
            let s = match s.trim() {
                "strong" => MeetingStrength::Strong,
                "weak" => MeetingStrength::Weak,
                "session" => MeetingStrength::Session,
                _ => return None,
            };
            Some((w.trim(), s))
        })
        .filter(|(w, _)| !w.is_empty())
        .collect();
    crate::sort::by_key(&mut v, |(w, _)| std::cmp::Reverse(w.len()));
    v
});

/// Every meeting word, longest first.
pub fn meeting_words() -> &'static [(&'static str, MeetingStrength)] {
    &WORDS
}

/// The strength of a meeting word as the lexicon lists it.
pub fn meeting_strength(word: &str) -> Option<MeetingStrength> {
    WORDS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
}
