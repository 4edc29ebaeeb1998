//! Meetings, conferences and working sessions the text reports or schedules.
//!
//! A meeting is (1) a sentence that dates an event and names it with a
//! meeting word ("Chiều 14-11, ông X làm việc với …", "Ngày 5/12, … chủ trì
//! Hội nghị …", "… Hội nghị … vào sáng 28/12"); (2) a meeting scheduled with
//! a date ("Đại hội … (dự kiến trong tháng 7/2024)"); (3) the meeting a
//! conclusion is about, named in its title ("KẾT LUẬN HỘI NGHỊ LẦN THỨ 19 …").
//! A meeting named only as the source of a referenced document is not one.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::Context;
use crate::lexicon::{self, MeetingStrength};
use crate::model::Meeting;
use crate::text::fold_ws;
use crate::text::mask::Mask;
use crate::values::date::{DateExpr, Grain};

/// Meeting words of the lexicon (`lexicon/data/meeting_words.tsv`),
/// longest first.
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = lexicon::meeting_words()
        .iter()
        .map(|(w, _)| regex::escape(w))
        .collect();
    Regex::new(&format!("({})", words.join("|"))).expect("valid pattern")
});

/// "Cùng ngày, …", "Chiều cùng ngày, …": the day of the last date before.
static SAME_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<tod>sáng|trưa|chiều|tối)(?-u:\s)+)?(?:cùng ngày|cũng trong ngày|trong ngày)(?-u:\s)*,")
        .expect("valid pattern")
});

/// Where a meeting's title stops.
static TITLE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,;.:(“\x22]|(?-u:\s)(?:về|cho ý kiến|nhằm|để|với sự|tại|do|theo|vào|nghe|đánh giá|thông qua|bàn|diễn ra|được|đã|đề nghị)(?-u:\s)|(?-u:\s)(?:sáng|chiều|trưa|tối|ngày)(?-u:\s)[0-9]")
        .expect("valid pattern")
});

static SCHEDULED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(?(?-u:\s)*(?:dự kiến|sẽ (?:được )?tổ chức|sẽ diễn ra)(?-u:\s)+(?:(?:tổ chức|diễn ra)(?-u:\s)+)?(?:trong|vào|từ)?(?-u:\s)*").expect("valid pattern")
});

pub struct MeetingOut {
    pub meetings: Vec<Meeting>,
    /// Byte range of each meeting's evidence in the clean text.
    pub ranges: Vec<Range<usize>>,
}

pub fn extract(
    ctx: &Context,
    masked: &Mask,
    title_range: Option<Range<usize>>,
    people: &[(Range<usize>, String)],
) -> MeetingOut {
    let text = ctx.text;
    let mut seen_dates: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut out = MeetingOut {
        meetings: Vec::new(),
        ranges: Vec::new(),
    };
    let in_mask = |r: &Range<usize>| masked.covers(r);

    for s in &ctx.sentences {
        let sr = s.range.clone();
        let sentence = &text[sr.clone()];
        // The patterns are in small letters: they read the lowercase copy.
        let lower = &ctx.lower[sr.clone()];
        let words: Vec<(Range<usize>, String)> = MEETING
            .find_iter(lower)
            .filter(|m| crate::text::whole_word(sentence, &m.range()))
            .map(|m| {
                (
                    sr.start + m.start()..sr.start + m.end(),
                    m.as_str().to_lowercase(),
                )
            })
            .filter(|(r, _)| !in_mask(r))
            .collect();
        if words.is_empty() {
            continue;
        }
        // "Cùng ngày, Bộ … có buổi làm việc với …": the day of the last
        // date before this sentence.
        let same_day = SAME_DAY.captures(lower.trim_start()).and_then(|c| {
            let before = ctx.dates.partition_point(|d| d.range.start < sr.start);
            let mut d = ctx.dates[..before]
                .iter()
                .rev()
                .find(|d| d.grain == Grain::Day && d.relative.is_none() && !in_mask(&d.range))?
                .clone();
            let lead = lower.len() - lower.trim_start().len();
            d.range = sr.start + lead..sr.start + lead + c.get(0).expect("m").end();
            d.time_of_day = c.name("tod").and_then(|t| match t.as_str() {
                "sáng" => Some("sáng"),
                "trưa" => Some("trưa"),
                "chiều" => Some("chiều"),
                "tối" => Some("tối"),
                _ => None,
            });
            Some(d)
        });
        let dates: Vec<DateExpr> = match same_day {
            Some(d) => vec![d],
            None => ctx.dates_in(&sr).cloned().collect(),
        };
        for d in &dates {
            if in_mask(&d.range) || !matches!(d.grain, Grain::Day | Grain::Month) {
                continue;
            }
            let Some((word_r, word)) = nearest_word(&words, d) else {
                continue;
            };
            let near = distance(word_r, d) <= 80;
            // "… dự kiến vào đầu tháng 8/2016" schedules the meeting it is
            // close to, not one named earlier in a long sentence.
            let scheduled = distance(word_r, d) <= 160
                && (SCHEDULED.find_iter(lower).any(|m| {
                    (sr.start + m.start()..=sr.start + m.end() + 1).contains(&d.range.start)
                }) || will_hold(ctx, &sr, word_r, d));
            // A date written with a capital opens a sentence even where a
            // pasted text lost the period before it ("… công bố Đầu tháng 1/2017 …").
            let opens = d.range.start - sr.start < 15
                || text[d.range.start..].starts_with(char::is_uppercase);
            let dateline =
                d.range.start - sr.start < 60 || d.time_of_day.is_some() || scheduled || opens;
            // "Đầu tháng 12/2020, tại phiên họp …": a month opening the
            // sentence dates the meeting right after it.
            let month_ok = scheduled || opens && near;
            if !dateline || (d.grain == Grain::Month && !month_ok) {
                continue;
            }
            let session = lexicon::meeting_strength(word) == Some(MeetingStrength::Session);
            // A session verb names a meeting only on a dated opening.
            if session && !(opens || d.time_of_day.is_some()) {
                continue;
            }
            let resolved = ctx.resolve(d);
            let date = resolved.iso();
            if date.as_ref().is_some_and(|d| !seen_dates.insert(d.clone())) {
                continue;
            }
            let title_r = if session {
                session_title(text, d.range.end, sr.end)
            } else {
                title_from(text, word_r.start, sr.end)
            };
            let (chair, attendees) = participants(ctx, s.para, &sr, word_r, people);
            let evidence = d.range.start.min(title_r.start)..d.range.end.max(title_r.end);
            out.meetings.push(Meeting {
                date,
                time_of_day: d.time_of_day.map(str::to_string),
                title: fold_ws(&text[title_r]),
                chair,
                attendees,
                span: ctx.span(evidence.clone()),
            });
            out.ranges.push(evidence);
        }
    }

    // The meeting a conclusion is about, from its title.
    if let Some(tr) = title_range {
        let title = &text[tr.clone()];
        if let Some(m) = MEETING
            .find_iter(&ctx.lower[tr.clone()])
            .find(|m| crate::text::whole_word(title, &m.range()))
        {
            let r = tr.start + m.start()..tr.end;
            let name = fold_ws(&text[r.clone()].replace('\n', " "));
            let name = cut_title_block(&name);
            let word = m.as_str().to_lowercase();
            let strong = matches!(
                word.as_str(),
                "hội nghị" | "đại hội" | "kỳ họp" | "phiên họp"
            );
            let ordinal = ordinal_of(&name);
            let known = out.meetings.iter().any(|mt| {
                ordinal.is_some() && ordinal_of(&mt.title) == ordinal
                    || !strong && mt.date.is_some()
            });
            if strong && !known && !in_mask(&r) {
                out.meetings.push(Meeting {
                    date: None,
                    time_of_day: None,
                    title: name,
                    chair: Vec::new(),
                    attendees: Vec::new(),
                    span: ctx.span(r.clone()),
                });
                out.ranges.push(r);
            }
        }
    }
    out
}

/// The title block of a conclusion runs on into "về tình hình …": keep the
/// meeting's name.
fn cut_title_block(s: &str) -> String {
    let cut = [" về ", " VỀ "]
        .iter()
        .filter_map(|w| s.find(w))
        .min()
        .unwrap_or(s.len());
    s[..cut].trim().to_string()
}

/// "lần thứ 58" → "58": the same session named twice.
fn ordinal_of(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let at = lower.find("lần thứ ")?;
    Some(
        lower[at + "lần thứ ".len()..]
            .split(|c: char| !c.is_alphanumeric())
            .next()?
            .to_string(),
    )
}

/// The meeting word that goes with a date: the nearest one, preferring the
/// stronger nouns.
fn nearest_word<'a>(
    words: &'a [(Range<usize>, String)],
    d: &DateExpr,
) -> Option<(&'a Range<usize>, &'a str)> {
    words
        .iter()
        .min_by_key(|(r, w)| {
            let strong = lexicon::meeting_strength(w) == Some(MeetingStrength::Strong);
            distance(r, d) + if strong { 0 } else { 200 }
        })
        .map(|(r, w)| (r, w.as_str()))
}

/// "… sẽ tổ chức Hội nghị xúc tiến đầu tư vào tháng 12/2025": the future
/// before the meeting word, "vào" before the date after it.
fn will_hold(ctx: &Context, sr: &Range<usize>, word: &Range<usize>, d: &DateExpr) -> bool {
    if word.start >= d.range.start || d.range.start < sr.start {
        return false;
    }
    let before_word = &ctx.lower[sr.start..word.start];
    let future = [
        "sẽ tổ chức",
        "sẽ diễn ra",
        "dự kiến tổ chức",
        "chuẩn bị tổ chức",
    ]
    .iter()
    .any(|w| before_word.trim_end().ends_with(w));
    future && ctx.lower[word.end..d.range.start].ends_with("vào ")
}

/// Bytes between a word and a date.
fn distance(r: &Range<usize>, d: &DateExpr) -> usize {
    if r.start >= d.range.end {
        r.start - d.range.end
    } else {
        d.range.start.saturating_sub(r.end)
    }
}

/// The title of a session named by its verb ("Chiều 10/2, Ban Thường vụ
/// Tỉnh ủy nghe và cho ý kiến về chủ trương đầu tư …"): the clause after
/// the date, to the first stop, at most 24 words.
fn session_title(text: &str, date_end: usize, limit: usize) -> Range<usize> {
    let rest = &text[date_end..limit];
    let lead = rest.len() - rest.trim_start_matches([',', ' ']).len();
    let start = date_end + lead;
    let body = &text[start..limit];
    let mut end = body.find(['.', ';', '(']).unwrap_or(body.len());
    let mut words = 0;
    for (i, c) in body[..end].char_indices() {
        if c == ' ' {
            words += 1;
            if words == 24 {
                end = i;
                break;
            }
        }
    }
    start..start + body[..end].trim_end().len()
}

fn title_from(text: &str, start: usize, limit: usize) -> Range<usize> {
    let rest = &text[start..limit];
    // Skip past the meeting word itself before looking for the end.
    let skip = rest.find(' ').unwrap_or(rest.len()).min(rest.len());
    let mut end = TITLE_END
        .find(&rest[skip..])
        .map_or(rest.len(), |m| skip + m.start());
    // "Hội nghị đánh giá kết quả 11 tháng": a verb right after the noun
    // names the meeting; only punctuation ends such a title.
    if rest[..end].trim().split(' ').count() <= 2 {
        end = rest[skip..]
            .find([',', ';', '.', ':', '('])
            .map_or(rest.len(), |i| skip + i);
    }
    // At most 24 words.
    let mut words = 0;
    let mut cut = end;
    for (i, c) in rest[..end].char_indices() {
        if c == ' ' {
            words += 1;
            if words == 24 {
                cut = i;
                break;
            }
        }
    }
    start..start + rest[..cut].trim_end().len()
}

/// The meeting's sentence and the few after it within paragraphs
/// `from..=to`: where a report names the chair and the attendees.
fn near_sentences<'c>(
    ctx: &'c Context,
    sentence: &Range<usize>,
    from: usize,
    to: usize,
) -> impl Iterator<Item = &'c super::context::Sentence> {
    let first = ctx
        .sentences
        .partition_point(|s| s.range.start < sentence.start);
    ctx.sentences[first..]
        .iter()
        .take(5)
        .filter(move |s| s.para >= from && s.para <= to)
}

/// The name mentions inside `r` (mentions are sorted by start).
fn people_in<'p>(
    people: &'p [(Range<usize>, String)],
    r: &Range<usize>,
) -> &'p [(Range<usize>, String)] {
    let a = people.partition_point(|(m, _)| m.start < r.start);
    let b = people.partition_point(|(m, _)| m.start < r.end);
    &people[a..b.max(a)]
}

/// Who chaired (the people before "chủ trì" or before the meeting word) and
/// who attended (the people in a "Tham dự …"/"Dự …" sentence nearby).
fn participants(
    ctx: &Context,
    para: usize,
    sentence: &Range<usize>,
    word: &Range<usize>,
    people: &[(Range<usize>, String)],
) -> (Vec<String>, Vec<String>) {
    let text = ctx.text;
    let s = &text[sentence.clone()];
    let within = |r: &Range<usize>, span: &Range<usize>| r.start >= span.start && r.end <= span.end;
    // The chair: the people before "chủ trì" in the meeting's sentence, or
    // in a sentence of the same paragraph that says who chaired.
    let mut chair: Vec<String> = Vec::new();
    let mut chair_sentences: Vec<(Range<usize>, usize)> = Vec::new();
    if let Some(i) = s.find("chủ trì") {
        chair_sentences.push((sentence.clone(), sentence.start + i));
    } else {
        chair_sentences.push((sentence.clone(), word.start));
        for s2 in near_sentences(ctx, sentence, para, para).filter(|x| x.range != *sentence) {
            if let Some(i) = text[s2.range.clone()].find("chủ trì") {
                chair_sentences.push((s2.range.clone(), s2.range.start + i));
                break;
            }
        }
    }
    for (sr, pivot) in &chair_sentences {
        for (r, name) in people_in(people, sr) {
            if within(r, sr) && r.end <= *pivot && !chair.contains(name) {
                chair.push(name.clone());
            }
        }
    }
    let mut attendees = Vec::new();
    for s2 in near_sentences(ctx, sentence, para, para + 1) {
        let lower = text[s2.range.clone()].trim_start().to_lowercase();
        let lists_attendees = ["tham dự", "dự ", "cùng dự", "cùng tham dự", "có mặt"]
            .iter()
            .any(|w| lower.starts_with(w))
            || lower.contains(" tham dự ")
            || lower.contains("cùng dự");
        if lists_attendees {
            for (r, name) in people_in(people, &s2.range) {
                if within(r, &s2.range) && !attendees.contains(name) && !chair.contains(name) {
                    attendees.push(name.clone());
                }
            }
        }
    }
    (chair, attendees)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Prepared;

    fn meetings(s: &str) -> Vec<(Option<String>, Option<String>, String)> {
        let p = Prepared::new(s);
        let mut ctx = Context::new(&p, None);
        ctx.infer_year(&crate::text::mask::Mask::default());
        extract(&ctx, &Mask::default(), None, &[])
            .meetings
            .into_iter()
            .map(|m| (m.date, m.time_of_day, m.title))
            .collect()
    }

    #[test]
    fn dated_working_session() {
        let m = meetings("Chiều 14-11, ông Lê Văn Tám làm việc với Ban cán sự đảng UBND tỉnh. Trong 10 tháng năm 2024, thu ngân sách tăng.");
        assert_eq!(
            m,
            vec![(
                Some("2024-11-14".into()),
                Some("chiều".into()),
                "làm việc với Ban cán sự đảng UBND tỉnh".into()
            )]
        );
    }

    #[test]
    fn conference_named_before_its_date() {
        let m = meetings("Phát biểu tại Hội nghị Chính phủ với các địa phương vào sáng 28/12/2020, Thủ tướng nói.");
        assert_eq!(m[0].0.as_deref(), Some("2020-12-28"));
        assert_eq!(m[0].1.as_deref(), Some("sáng"));
        assert!(m[0].2.starts_with("Hội nghị Chính phủ"));
    }

    #[test]
    fn scheduled_congress() {
        let m = meetings("Lãnh đạo tổ chức thành công Đại hội đại biểu Mặt trận Tổ quốc tỉnh lần thứ XI (dự kiến trong tháng 7/2024).");
        assert_eq!(m[0].0.as_deref(), Some("2024-07"));
    }

    #[test]
    fn deadlines_are_not_meetings() {
        assert!(
            meetings("Đến ngày 30/4/2025, huyện sẽ hoàn thành chương trình xóa nhà tạm.")
                .is_empty()
        );
    }
}
