//! Sentence openings that make a news sentence no directive
//! (`data/directive_cues.tsv`): conditionals, legal bases, past events,
//! captions, sources and topic headers.

use std::sync::LazyLock;

use super::fold::data_lines;

static DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/directive_cues.tsv"));

/// (rule, opening), longest opening first.
static CUES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut v: Vec<(&'static str, &'static str)> = data_lines(DATA)
        .filter_map(|l| {
            let (rule, opening) = l.split_once('\t')?;
            Some((rule.trim(), opening.trim()))
        })
        .filter(|(_, o)| !o.is_empty())
        .collect();
    crate::sort::by_key(&mut v, |(_, o)| std::cmp::Reverse(o.len()));
    v
});

/// The rule whose opening starts `lower` (a sentence in small letters, see
/// [`crate::text::lower`]), if any: "conditional", "legal_basis",
/// "past_event", "caption", "source" or "topic".
pub fn non_directive_opening(lower: &str) -> Option<&'static str> {
    opening(lower).filter(|r| *r != "task_verb")
}

/// Whether `lower` (small letters) opens with a task verb ("khẩn trương",
/// "chủ trì"): the words after "Bộ Y tế:" that make it a task.
pub fn opens_with_task_verb(lower: &str) -> bool {
    opening(lower) == Some("task_verb")
}

fn opening(lower: &str) -> Option<&'static str> {
    let s = lower.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '•');
    CUES.iter()
        .find(|(_, o)| {
            s.starts_with(o)
                && s[o.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !crate::text::is_word_char(c))
        })
        .map(|(rule, _)| *rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings() {
        assert_eq!(
            non_directive_opening("nếu đạt được kết quả trên, …"),
            Some("conditional")
        );
        assert_eq!(
            non_directive_opening("căn cứ trên các văn bản"),
            Some("legal_basis")
        );
        assert_eq!(
            non_directive_opening("về đề nghị hỗ trợ: giao bộ"),
            Some("topic")
        );
        assert_eq!(
            non_directive_opening("ảnh minh họa: chủ tịch"),
            Some("caption")
        );
        assert_eq!(non_directive_opening("ảnh hưởng của bão"), None);
        assert_eq!(non_directive_opening("nếu"), Some("conditional"));
        assert_eq!(non_directive_opening("giao sở tài chính"), None);
        assert_eq!(non_directive_opening("khẩn trương hỗ trợ"), None);
        assert!(opens_with_task_verb("khẩn trương hỗ trợ"));
        assert!(!opens_with_task_verb("5 ca mắc mới"));
    }
}
