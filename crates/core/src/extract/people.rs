//! People and their positions.
//!
//! A name counts when something marks it as a person: an honorific or rank
//! before it ("ông", "đồng chí", "Đại tá"), a title before it ("Bí thư Tỉnh
//! ủy Nghiêm Xuân Thành"), a title after it ("Phạm Văn Hậu, Phó Bí thư …",
//! "Nguyễn Tấn Tuân - Chủ tịch UBND tỉnh"), a list under a shared title
//! ("các Phó Chủ tịch UBND tỉnh: A, B, C") — or, for names of three or more
//! syllables opening with a family name, nothing at all, unless a place word
//! ("đường", "Trường", "thành phố") shows it names a place.

use std::collections::HashMap;
use std::ops::Range;

use super::context::Context;
use super::names::{capitalized_run, name_in_run, title_list_at};
use crate::lexicon;
use crate::model::{Person, Signer};
use crate::text::mask::Mask;

/// Words before a capitalized run that make it a place or an institution.
const PLACE_WORDS: &[&str] = &[
    "đường",
    "phố",
    "trường",
    "Trường",
    "cầu",
    "quận",
    "phường",
    "xã",
    "huyện",
    "tỉnh",
    "thành phố",
    "Thành phố",
    "TP",
    "TP.",
    "Huyện ủy",
    "Thành ủy",
    "Thị ủy",
    "khu",
    "làng",
    "thôn",
    "bản",
    "ấp",
    "Đại học",
    "đại học",
    "học viện",
    "Học viện",
    "công ty",
    "Công ty",
    "tập đoàn",
    "Tập đoàn",
    "nhà máy",
    "Nhà máy",
    "dự án",
    "Dự án",
    "sân bay",
    "cảng",
    "Bệnh viện",
    "bệnh viện",
    "chùa",
    "đền",
    "quảng trường",
    "tư tưởng",
    "hồ",
    "núi",
    "sông",
    "đảo",
    "huyện đảo",
    "thị trấn",
    "Trung tâm",
    "Bảo tàng",
    "Nhà văn hóa",
    "Giải",
    "giải",
    "lễ hội",
    "Lễ hội",
    "Truyện",
];

pub struct PeopleOut {
    pub people: Vec<Person>,
    /// Every full-name mention with the index of its person.
    pub mentions: Vec<(Range<usize>, usize)>,
}

struct Acc {
    name: String,
    titles: Vec<String>,
    honorific: Option<String>,
    mentions: Vec<Range<usize>>,
}

/// A person named in a sentence, as found there.
struct Found {
    name: String,
    /// Titles in the order they are given: before the name, after it, a
    /// title the name's list shares, a rank.
    titles: Vec<String>,
    honorific: Option<String>,
    range: Range<usize>,
}

pub fn extract(ctx: &Context, signer: Option<&Signer>, masked: &Mask) -> PeopleOut {
    let text = ctx.text;
    // What a sentence yields does not depend on the sentences before it:
    // a long text's sentences are read in two halves side by side, and what
    // they found is taken in text order.
    let scan = |sentences: &[super::context::Sentence]| {
        let mut found = Vec::new();
        for s in sentences {
            scan_sentence(ctx.prep, text, s.range.clone(), masked, &mut found);
        }
        found
    };
    let (head, tail) = ctx.sentences.split_at(ctx.sentences.len() / 2);
    let (head_found, tail_found) = crate::parallel::join(text.len(), || scan(head), || scan(tail));
    let mut acc: Vec<Acc> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for f in head_found.into_iter().chain(tail_found) {
        let i = person_index(&mut acc, &mut index, &f.name);
        let a = &mut acc[i];
        for t in &f.titles {
            push_unique(&mut a.titles, t);
        }
        if a.honorific.is_none() {
            a.honorific = f.honorific;
        }
        a.mentions.push(f.range);
    }
    if let Some(sig) = signer {
        let i = person_index(&mut acc, &mut index, &sig.name);
        if let Some(t) = &sig.title {
            push_unique(&mut acc[i].titles, t);
        }
        if let Some(at) = find_span_of(text, &sig.name) {
            if !acc[i].mentions.contains(&at) {
                acc[i].mentions.push(at);
            }
        }
    }
    short_mentions(text, &mut acc);
    let mut people = Vec::new();
    let mut mentions = Vec::new();
    for (i, a) in acc.into_iter().enumerate() {
        if a.mentions.is_empty() {
            continue;
        }
        let mut ms: Vec<Range<usize>> = a.mentions.clone();
        crate::sort::by_key(&mut ms, |r| r.start);
        for m in &ms {
            mentions.push((m.clone(), i));
        }
        people.push(Person {
            name: a.name,
            titles: a.titles,
            honorific: a.honorific,
            span: ctx.span(ms[0].clone()),
            mentions: ms.into_iter().map(|r| ctx.span(r)).collect(),
        });
    }
    PeopleOut { people, mentions }
}

/// The index in `acc` of the person named `name`, added if new.
fn person_index(acc: &mut Vec<Acc>, index: &mut HashMap<String, usize>, name: &str) -> usize {
    *index.entry(name.to_string()).or_insert_with(|| {
        acc.push(Acc {
            name: name.to_string(),
            titles: Vec::new(),
            honorific: None,
            mentions: Vec::new(),
        });
        acc.len() - 1
    })
}

fn find_span_of(text: &str, name: &str) -> Option<Range<usize>> {
    text.rfind(name).map(|at| at..at + name.len())
}

fn push_unique(v: &mut Vec<String>, t: &str) {
    let t = t.trim().trim_end_matches([',', ';', ':', '-']).trim();
    if !t.is_empty() && !v.iter().any(|x| x == t) {
        v.push(t.to_string());
    }
}

/// Honorific that ends right before byte `at`, if any.
fn honorific_before(text: &str, at: usize) -> Option<String> {
    let before = &text[..at];
    let before = before.strip_suffix(' ')?;
    let window_start = before.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    let window = &before[window_start..];
    lexicon::honorific_suffix(window).map(|r| window[r].to_string())
}

/// A title phrase that ends right before the name at `at` ("Bí thư Tỉnh ủy
/// Nghiêm Xuân Thành"): found by trying title heads in the few words before.
fn title_before(text: &str, at: usize, from: usize) -> Option<Range<usize>> {
    // A title is a few words long: look back a bounded stretch only.
    let from = from.max(crate::text::floor_char(text, at.saturating_sub(200)));
    let window = &text[from..at];
    let mut starts: Vec<usize> = vec![from];
    for (i, c) in window.char_indices() {
        if matches!(c, ' ' | '(' | ',' | ':' | ';' | '-' | '\n') {
            starts.push(from + i + c.len_utf8());
        }
    }
    // Only the last dozen words can hold the title.
    let first = starts.len().saturating_sub(12);
    // The earliest start whose title phrase ends exactly at the name.
    starts[first..]
        .iter()
        .copied()
        .filter(|&s| s < at)
        .find_map(|s| {
            let r = super::names::title_phrase_at(text, s)?;
            (r.end + 1 == at && r.start == s).then_some(r)
        })
}

/// Words that, a few words before an uncued name, make it a street, a
/// place, a campaign or a company: "các tuyến đường chính như Phạm Văn Đồng,
/// Lê Duẩn", "Công ty Cổ phần … Dương Đạt Gia Lai", "Ban Thường vụ Huyện
/// ủy Trần Văn Thời".
const PLACE_CONTEXT: &[&str] = &[
    "đường",
    "phố",
    "công viên",
    "khu",
    "Khu",
    "chiến dịch",
    "công ty",
    "Công ty",
    "tập đoàn",
    "Tập đoàn",
    "khách sạn",
    "ngân hàng",
    "Huyện ủy",
    "Thành ủy",
    "Thị ủy",
    "Quận ủy",
    "đội",
];

/// Whether a word of [`PLACE_CONTEXT`] stands in the clause before `at`
/// (back to the sentence start, a semicolon or a period, at most 80 bytes).
fn place_context_before(text: &str, at: usize, sentence_start: usize) -> bool {
    let from = crate::text::floor_char(text, at.saturating_sub(80)).max(sentence_start);
    let window = &text[from..at];
    let window = &window[window.rfind([';', '.']).map_or(0, |i| i + 1)..];
    PLACE_CONTEXT.iter().any(|w| {
        window.match_indices(w).any(|(i, _)| {
            let before_ok = window[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_word_char(c));
            let after_ok = window[i + w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !crate::text::is_word_char(c));
            before_ok && after_ok
        })
    })
}

/// A province's own name ("Hồ Chí Minh", "Bà Rịa - Vũng Tàu") written alone.
fn is_province_name(name: &str) -> bool {
    lexicon::provinces().iter().any(|p| p.name == name)
}

fn place_word_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    PLACE_WORDS.iter().any(|w| {
        before.ends_with(w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_word_char(c))
    })
}

fn scan_sentence(
    prep: &crate::text::Prepared,
    text: &str,
    range: Range<usize>,
    masked: &Mask,
    found: &mut Vec<Found>,
) {
    let s = &text[range.clone()];
    // A shared title for a list: "các Phó Chủ tịch UBND tỉnh: A, B, C".
    let mut shared: Option<(usize, String)> = None;
    let mut pos = 0usize;
    while pos < s.len() {
        let abs = range.start + pos;
        // Most characters are small letters, digits and spaces: nothing to
        // do there, and no decoding for the ASCII ones.
        let bytes = s.as_bytes();
        let b0 = bytes[pos];
        if b0 < 0x80 && !b0.is_ascii_uppercase() && b0 != b':' && b0 != b'.' {
            pos += 1;
            continue;
        }
        // Small letters with a tone mark (U+1EA1…U+1EF9, odd code points,
        // see `text::case::lower_char`) and Latin-1 small letters: skipped
        // undecoded too.
        if b0 == 0xE1
            && matches!(
                bytes.get(pos + 1..pos + 3),
                Some([0xBA, 0xA0..=0xBF] | [0xBB, 0x80..=0xB9])
            )
            && bytes[pos + 2] & 1 == 1
        {
            pos += 3;
            continue;
        }
        if b0 == 0xC3 && bytes.get(pos + 1).is_some_and(|&b1| b1 >= 0xA0) {
            pos += 2;
            continue;
        }
        let c = s[pos..].chars().next().expect("in bounds");
        if c != ':' && c != '.' && !crate::text::case::is_upper(c) {
            pos += c.len_utf8();
            continue;
        }
        let at_word = pos == 0
            || !s[..pos]
                .chars()
                .next_back()
                .is_some_and(crate::text::is_word_char);
        if c == ':' {
            // "các <title>:" opens a list sharing that title.
            let head = &s[..pos];
            let head_from = crate::text::floor_char(head, head.len().saturating_sub(160));
            if let Some(cac) = head[head_from..].rfind("các ").map(|c| c + head_from) {
                let mut t = cac + "các ".len();
                // "các đồng chí Phó Bí thư Tỉnh ủy:", "các ông Phó Chủ tịch:".
                for h in ["đồng chí ", "ông ", "bà "] {
                    if head[t..].starts_with(h) {
                        t += h.len();
                    }
                }
                if let Some(r) = super::names::title_phrase_at(text, range.start + t) {
                    if r.end == abs {
                        shared = Some((abs, text[r].to_string()));
                    }
                }
            }
        }
        if c == '.' && shared.is_some() {
            shared = None;
        }
        if !(at_word && crate::text::case::is_upper(c)) {
            pos += c.len_utf8();
            continue;
        }
        // A title opens here ("Phó Bí thư …"): its words are no name.
        // (`title_phrase_at` opens with a title head at `abs` itself: `abs`
        // is a capital letter, so there is no white space to skip.)
        if let Some(t) = super::names::title_phrase_at(text, abs) {
            if t.end > abs {
                pos = t.end - range.start;
                continue;
            }
        }
        let mut run = capitalized_run(text, abs);
        // "ông Trần Thanh Hải Chủ tịch Hội đồng quản trị": a title head
        // after the name (no comma written) is no part of it.
        if let Some(i) =
            (1..run.len()).find(|&i| lexicon::title_head_prefix(&text[run[i].start..]).is_some())
        {
            run.truncate(i);
        }
        // "Ông Lim Chiew Seng": a capitalized honorific opens the sentence.
        let mut lead_honorific: Option<String> = None;
        if run.len() >= 3
            && matches!(
                &text[run[0].clone()],
                "Ông" | "Bà" | "Anh" | "Chị" | "Cô" | "Chú" | "Bác"
            )
        {
            lead_honorific = Some(text[run[0].clone()].to_lowercase());
            run.remove(0);
        }
        let name_r = match name_in_run(text, &run) {
            Some(r) => r,
            // With an honorific, a foreign name needs no family name we know.
            None if (2..=4).contains(&run.len())
                && (lead_honorific.is_some() || honorific_before(text, run[0].start).is_some()) =>
            {
                run[0].start..run[run.len() - 1].end
            }
            None => {
                pos += run.last().map_or(c.len_utf8(), |r| r.end - abs);
                continue;
            }
        };
        let run_end = run.last().expect("non-empty").end;
        if masked.covers(&name_r) || !prep.is_contiguous(name_r.clone()) {
            pos = run_end - range.start;
            continue;
        }
        let name = text[name_r.clone()].to_string();
        let syllables = name.split(' ').count();
        let honorific = lead_honorific
            .clone()
            .or_else(|| honorific_before(text, name_r.start));
        let before_title = title_before(text, name_r.start, range.start);
        // Titles after the name: " - T1, T2" or ", T1, T2" or " (T1)".
        let after = &text[name_r.end..range.end];
        let mut after_titles: Vec<String> = Vec::new();
        for sep in [" - ", ", ", " (", " – "] {
            if let Some(rest) = after.strip_prefix(sep) {
                let at = name_r.end + (after.len() - rest.len());
                for t in title_list_at(text, at) {
                    after_titles.push(text[t].to_string());
                }
                break;
            }
        }
        let in_list = shared.is_some();
        let cued =
            honorific.is_some() || before_title.is_some() || !after_titles.is_empty() || in_list;
        let bare_ok = syllables >= 3
            && !place_word_before(text, name_r.start)
            && !place_context_before(text, name_r.start, range.start)
            && !is_province_name(&name)
            && name_r.start == run[0].start;
        let place_name = !cued
            && lexicon::find_provinces(&name)
                .iter()
                .any(|(r, _)| r.start == 0);
        if !(cued || bare_ok) || place_name {
            pos = run_end - range.start;
            continue;
        }
        // "Chủ tịch UBND TP Hồ Chí Minh": a place word before a province's
        // name makes it the place, whatever title comes before.
        // (An ambiguous name counts as a place only with its cue: read it
        // with the words before.)
        let from = crate::text::floor_char(text, name_r.start.saturating_sub(16));
        let whole_place = lexicon::find_provinces(&text[from..name_r.end])
            .iter()
            .any(|(r, _)| from + r.end == name_r.end && from + r.start <= name_r.start);
        if whole_place && place_word_before(text, name_r.start) {
            pos = run_end - range.start;
            continue;
        }
        if place_word_before(text, name_r.start) && honorific.is_none() && before_title.is_none() {
            pos = run_end - range.start;
            continue;
        }
        let mut titles: Vec<String> = before_title
            .map(|t| text[t].to_string())
            .into_iter()
            .collect();
        titles.extend(after_titles.iter().cloned());
        if let Some((_, t)) = &shared {
            titles.push(t.clone());
        }
        // Ranks and distinctions ("Đại tá", "Đại thi hào") are titles too.
        if let Some(h) = &honorific {
            if !matches!(
                h.to_lowercase().as_str(),
                "ông" | "bà" | "anh" | "chị" | "đồng chí" | "đ/c" | "cô" | "chú" | "bác"
            ) {
                titles.push(h.clone());
            }
        }
        found.push(Found {
            name,
            titles,
            honorific,
            range: name_r.clone(),
        });
        pos = run_end - range.start;
    }
}

/// The honorifics before a short mention ("ông Khải", "đồng chí Thành").
static SHORT_HONORIFICS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(["đồng chí ", "ông ", "bà ", "Đồng chí ", "Ông ", "Bà "])
            .expect("literal patterns")
    });

/// "đồng chí Thành", "ông Tuân": a given name after an honorific joins the
/// one person whose name ends with it.
fn short_mentions(text: &str, acc: &mut [Acc]) {
    // Each person by the last word of the name ("Tám" of "Lê Văn Tám"):
    // a given name two people share names neither.
    let mut by_given: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, a) in acc.iter().enumerate() {
        if let Some(given) = a.name.rsplit(' ').next() {
            by_given.entry(given).or_default().push(i);
        }
    }
    let mut added: Vec<(usize, Range<usize>)> = Vec::new();
    let mut seen: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    // One pass for every honorific (they cannot overlap one another).
    for m in SHORT_HONORIFICS.find_iter(text) {
        let start = m.end();
        // "ông" of "không", "công", "sông" is no honorific.
        if text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(crate::text::is_word_char)
        {
            continue;
        }
        let run = capitalized_run(text, start);
        if run.len() != 1 {
            continue;
        }
        let given = &text[run[0].clone()];
        if let Some([only]) = by_given.get(given).map(Vec::as_slice) {
            let r = run[0].clone();
            if !acc[*only].mentions.contains(&r) && seen.insert((*only, r.start)) {
                added.push((*only, r));
            }
        }
    }
    for (i, r) in added {
        acc[i].mentions.push(r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_the_scan_skips_undecoded_are_small() {
        // The byte patterns `scan_sentence` skips without decoding.
        for u in (0x1EA0..=0x1EF9).chain(0xE0..=0xFF) {
            let c = char::from_u32(u).unwrap();
            let mut b = [0u8; 4];
            let b = c.encode_utf8(&mut b).as_bytes();
            let skipped = (b[0] == 0xE1 && b[2] & 1 == 1) || b[0] == 0xC3;
            assert_eq!(skipped, !crate::text::case::is_upper(c), "{c}");
        }
    }
    use crate::text::Prepared;

    fn people(s: &str) -> Vec<(String, Vec<String>)> {
        let p = Prepared::new(s);
        let ctx = Context::new(&p, None);
        extract(&ctx, None, &Mask::default())
            .people
            .into_iter()
            .map(|p| (p.name, p.titles))
            .collect()
    }

    #[test]
    fn titles_before_and_after() {
        let p = people("Chiều 14-11, ông Lê Văn Tám - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Gia Lai làm việc với huyện. Bí thư Tỉnh ủy Lê Văn Tám phát biểu.");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].0, "Lê Văn Tám");
        assert!(p[0].1.contains(&"Bí thư Tỉnh ủy Gia Lai".to_string()));
        assert!(p[0].1.contains(&"Bí thư Tỉnh ủy".to_string()));
    }

    #[test]
    fn short_mentions_after_an_honorific() {
        let text = "Ông Nguyễn Văn Khải, Chủ tịch UBND tỉnh chủ trì. Ông Khải đề nghị các sở không Khải hoàn; đồng chí Khải kết luận.";
        let p = Prepared::new(text);
        let ctx = Context::new(&p, None);
        let out = extract(&ctx, None, &Mask::default());
        assert_eq!(out.people.len(), 1);
        let short: Vec<usize> = out
            .mentions
            .iter()
            .filter(|(r, _)| &ctx.text[r.clone()] == "Khải")
            .map(|(r, _)| r.start)
            .collect();
        // "Ông Khải" and "đồng chí Khải", not the "Khải" after "không".
        let name_after = |lead: &str| ctx.text.find(lead).map(|i| i + lead.len());
        assert_eq!(
            short,
            [
                name_after("Ông Khải đề").unwrap_or(0) - "Khải đề".len(),
                name_after("đồng chí ").unwrap_or(0)
            ]
        );
    }

    #[test]
    fn shared_title_list() {
        let p = people("Dự có các Phó Chủ tịch UBND tỉnh: Trần Văn Một, Lê Thị Hai, Phạm Ba.");
        let names: Vec<&str> = p.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, vec!["Trần Văn Một", "Lê Thị Hai", "Phạm Ba"]);
        assert!(p
            .iter()
            .all(|x| x.1 == vec!["Phó Chủ tịch UBND tỉnh".to_string()]));
    }

    #[test]
    fn places_are_not_people() {
        assert!(
            people("Dự án đường Nguyễn Tất Thành và Trường Đại học Trần Đại Nghĩa.").is_empty()
        );
        assert!(people("Hội nghị tại tỉnh Lâm Đồng và Hà Tĩnh.").is_empty());
        assert!(people("ông Trần Hòa Nam")
            .iter()
            .all(|p| p.0 == "Trần Hòa Nam"));
    }
}
