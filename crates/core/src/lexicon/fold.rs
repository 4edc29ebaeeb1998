//! Folding and whole-word matching shared by every lexicon.
//!
//! Matching is done on a *folded* copy of the text:
//!
//! * letters are lowercased with [`char::to_lowercase`] (Vietnamese capitals
//!   such as `Đ`, `Ỉ`, `Ữ` included; the look-alike `Ð` U+00D0 becomes `đ`);
//! * decomposed (NFD) marks are composed onto their base letter, so NFC and
//!   NFD input fold alike;
//! * new-style tone placement is moved to the old style the data is written
//!   in (`hoà` → `hòa`, `thuỷ` → `thủy`, `khoẻ` → `khỏe`, but `quý` stays);
//! * runs of white space (single line breaks from PDF copies included)
//!   become one space, a blank line (paragraph break) becomes `\n` so that
//!   nothing matches across it, and spaces around a hyphen disappear (`Bà Rịa - Vũng Tàu` and
//!   `Bà Rịa-Vũng Tàu` fold alike); en and em dashes become `-`;
//! * curly apostrophes become `'`.
//!
//! Every folded character remembers the byte range of the original text it
//! came from, so a match on the folded text maps back to an exact byte range
//! of the input.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// A folded copy of a text with a map back to the original byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For every folded byte offset that starts a character: the original
    /// byte range of the source of that character.
    /// Empty when the fold kept every byte in place (see [`is_plain`]).
    src: Vec<(u32, u32)>,
    orig_len: usize,
}

/// Whether folding `s` only lowercases it, byte for byte: no white space
/// but single spaces between words (none next to a hyphen), no character
/// the fold maps, drops or composes, no tone placement to move. Text the
/// analyzer has cleaned almost always is, and is then folded without a map.
fn is_plain(s: &str) -> bool {
    let mut prev = ' '; // no leading space either
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII bytes are read as bytes; only the others are decoded.
        let c = if b[i] < 0x80 {
            char::from(b[i])
        } else {
            s[i..].chars().next().unwrap_or(' ')
        };
        i += c.len_utf8();
        let ok = match c {
            ' ' | '\n' => !matches!(prev, ' ' | '\n' | '-'),
            '-' => !matches!(prev, ' ' | '\n'),
            '`' => false,
            _ if c.is_ascii() => !c.is_ascii_control(),
            'Ð' | 'ð' => false,
            // A toned a/e/y after o/u may be a new-style "oà", "uý".
            _ if matches!(prev, 'o' | 'O' | 'u' | 'U')
                && [TONED_A, TONED_E, TONED_Y]
                    .iter()
                    .any(|t| t.contains(&crate::text::case::lower_char(c))) =>
            {
                false
            }
            '“' | '”' | '…' => true,
            _ => {
                matches!(c as u32, 0xC0..=0xFF)
                    || c as u32 > 0xFF && crate::text::case::is_fast_case(c)
            }
        };
        if !ok {
            return false;
        }
        prev = c;
    }
    !matches!(prev, ' ' | '\n') || s.is_empty()
}

const TONED_A: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
const TONED_E: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
const TONED_Y: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
const TONED_O: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
const TONED_U: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];

fn tone_of(c: char, table: &[char; 5]) -> Option<usize> {
    table.iter().position(|&t| t == c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

fn is_word_char(c: char) -> bool {
    crate::text::is_word_char(c) || is_combining(c)
}

/// Moves new-style tones on a word-final `oa`, `oe`, `uy` to the old-style
/// position. Works on lowercase characters.
fn fix_tones(chars: &mut [(char, u32, u32)]) {
    let n = chars.len();
    let mut i = 0;
    while i + 1 < n {
        let (a, b) = (chars[i].0, chars[i + 1].0);
        let final_pos = i + 2 >= n || !is_word_char(chars[i + 2].0);
        if final_pos {
            let moved = match a {
                'o' => tone_of(b, &TONED_A)
                    .map(|t| (TONED_O[t], 'a'))
                    .or_else(|| tone_of(b, &TONED_E).map(|t| (TONED_O[t], 'e'))),
                'u' if i == 0 || chars[i - 1].0 != 'q' => {
                    tone_of(b, &TONED_Y).map(|t| (TONED_U[t], 'y'))
                }
                _ => None,
            };
            if let Some((na, nb)) = moved {
                chars[i].0 = na;
                chars[i + 1].0 = nb;
                i += 2;
                continue;
            }
        }
        i += 1;
    }
}

/// The folded text being built, with its map back to the original.
struct FoldOut {
    text: String,
    src: Vec<(u32, u32)>,
    /// Whether a word ends in a toned a/e after o or a toned y after u:
    /// then the new-style tone placement is moved (rare, so done in a
    /// second pass).
    tones_to_fix: bool,
    /// The last character pushed may end such a word.
    word_final_tone: bool,
}

/// Bytes [`Folded::new`] copies in runs: printable ASCII but the space,
/// the hyphen (spaces around it are dropped) and the backtick (an
/// apostrophe).
#[inline]
fn is_run_byte(b: u8) -> bool {
    b.is_ascii_graphic() && b != b'-' && b != b'`'
}

impl FoldOut {
    /// The white space `so..se` (with `newlines` line breaks) before a
    /// character that is not a hyphen: dropped at the start and after a
    /// hyphen, a line break for a paragraph break, else one space.
    fn space_before(&mut self, newlines: usize, so: usize, se: usize) {
        if self.text.is_empty() {
            // leading white space is dropped
        } else if newlines >= 2 {
            // A paragraph break: no pattern matches across it.
            self.push('\n', so, se);
        } else if self.text.as_bytes().last() != Some(&b'-') {
            self.push(' ', so, se);
        }
    }

    /// `run` (bytes for which [`is_run_byte`] holds), found at byte `o`.
    fn push_ascii_run(&mut self, run: &str, o: usize) {
        if self.word_final_tone && !run.as_bytes()[0].is_ascii_alphanumeric() {
            self.tones_to_fix = true;
        }
        self.word_final_tone = false;
        let from = self.text.len();
        self.text.push_str(run);
        self.text[from..].make_ascii_lowercase();
        self.src
            .extend((o..o + run.len()).map(|i| (i as u32, i as u32 + 1)));
    }

    #[inline]
    fn push(&mut self, c: char, o: usize, e: usize) {
        if c.is_ascii() {
            // The usual case, kept short: one byte, one map entry.
            if self.word_final_tone && !c.is_ascii_alphanumeric() {
                self.tones_to_fix = true;
            }
            self.word_final_tone = false;
            self.text.push(c);
            self.src.push((o as u32, e as u32));
            return;
        }
        // A word ending in "oà", "oé", "uý" (new-style placement)?
        if self.word_final_tone && !is_word_char(c) {
            self.tones_to_fix = true;
        }
        // (Byte compares: `str::ends_with(char)` encodes the char and calls
        // memcmp, which showed in profiles of this loop.)
        let last = self.text.as_bytes().last().copied();
        self.word_final_tone = (last == Some(b'o')
            && (TONED_A.contains(&c) || TONED_E.contains(&c)))
            || (last == Some(b'u') && TONED_Y.contains(&c));
        self.text.push(c);
        self.src
            .extend(std::iter::repeat_n((o as u32, e as u32), c.len_utf8()));
    }
}

impl Folded {
    /// Folds `s` (see the module documentation).
    pub fn new(s: &str) -> Folded {
        if is_plain(s) {
            let mut text = crate::text::lower(s).into_owned();
            if text.contains('\n') {
                // A single line break folds to a space, byte for byte.
                text = text.replace('\n', " ");
            }
            return Folded {
                text,
                src: Vec::new(),
                orig_len: s.len(),
            };
        }
        let mut out = FoldOut {
            text: String::with_capacity(s.len()),
            src: Vec::with_capacity(s.len() + 1),
            tones_to_fix: false,
            word_final_tone: false,
        };
        let mut pending_space: Option<(usize, usize)> = None;
        let mut newlines = 0usize;
        let bytes = s.as_bytes();
        let mut next = 0usize;
        while next < bytes.len() {
            // A run of ASCII letters, digits and punctuation (most of any
            // text) is lowercased and mapped byte for byte, in bulk.
            let run = bytes[next..]
                .iter()
                .take_while(|&&b| is_run_byte(b))
                .count();
            if run > 0 {
                let o = next;
                if let Some((so, se)) = pending_space.take() {
                    out.space_before(newlines, so, se);
                }
                out.push_ascii_run(&s[o..o + run], o);
                next += run;
                continue;
            }
            let o = next;
            let Some(c) = s[o..].chars().next() else {
                break;
            };
            next += c.len_utf8();
            let e = next;
            // The Vietnamese letters outside ASCII: no white space, mark or
            // mapping to look up, lowercased without a table.
            if c as u32 >= 0xC0 && c != 'Ð' && c != 'ð' && crate::text::case::is_fast_case(c) {
                if let Some((so, se)) = pending_space.take() {
                    out.space_before(newlines, so, se);
                }
                out.push(crate::text::case::lower_char(c), o, e);
                continue;
            }
            if c.is_whitespace() {
                if pending_space.is_none() {
                    pending_space = Some((o, e));
                    newlines = 0;
                }
                newlines += usize::from(c == '\n');
                continue;
            }
            if matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{AD}'
            ) {
                continue;
            }
            if is_combining(c) && pending_space.is_none() {
                if let Some(base) = out.text.chars().next_back() {
                    let lc = c.to_lowercase().next().unwrap_or(c);
                    if let Some(comp) = unicode_normalization::char::compose(base, lc) {
                        let at = out.src.len() - base.len_utf8();
                        let from = out.src[at].0 as usize;
                        out.text.pop();
                        out.src.truncate(at);
                        out.push(comp, from, e);
                        continue;
                    }
                }
            }
            let mapped: Option<char> = match c {
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => {
                    Some('-')
                }
                'Ð' | 'ð' => Some('đ'),
                '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => Some('\''),
                _ => None,
            };
            if let Some((so, se)) = pending_space.take() {
                if mapped != Some('-') && c != '-' {
                    out.space_before(newlines, so, se);
                } else if newlines >= 2 && !out.text.is_empty() {
                    // A paragraph break: no pattern matches across it.
                    out.push('\n', so, se);
                }
            }
            match mapped {
                Some(m) => out.push(m, o, e),
                // The common letters take the fast, table-free path.
                None if c.is_ascii() || crate::text::case::is_fast_case(c) => {
                    out.push(crate::text::case::lower_char(c), o, e);
                }
                None => {
                    for l in c.to_lowercase() {
                        out.push(l, o, e);
                    }
                }
            }
        }
        let tones_to_fix = out.tones_to_fix || out.word_final_tone;
        let FoldOut {
            mut text, mut src, ..
        } = out;
        if tones_to_fix {
            let mut chars: Vec<(char, u32, u32)> = text
                .char_indices()
                .map(|(i, c)| (c, src[i].0, src[i].1))
                .collect();
            fix_tones(&mut chars);
            text.clear();
            src.clear();
            for (c, o, e) in chars {
                text.push(c);
                src.extend(std::iter::repeat_n((o, e), c.len_utf8()));
            }
        }
        src.push((s.len() as u32, s.len() as u32));
        Folded {
            text,
            src,
            orig_len: s.len(),
        }
    }

    /// Maps a byte range of the folded text (on character boundaries) back to
    /// a byte range of the original text.
    pub fn orig_range(&self, r: Range<usize>) -> Range<usize> {
        if self.src.is_empty() {
            let start = r.start.min(self.orig_len);
            return start..r.end.clamp(start, self.orig_len);
        }
        if r.start >= r.end {
            let p = self
                .src
                .get(r.start)
                .map_or(self.orig_len, |x| x.0 as usize);
            return p..p;
        }
        let start = self.src[r.start].0 as usize;
        let mut last = r.end - 1;
        while last > r.start && !self.text.is_char_boundary(last) {
            last -= 1;
        }
        start..(self.src[last].1 as usize).max(start)
    }

    /// The folded byte offset at which the original byte offset `orig` starts
    /// (the first folded character whose source starts at or after it).
    pub fn folded_offset(&self, orig: usize) -> usize {
        if self.src.is_empty() {
            return crate::text::ceil_char(&self.text, orig);
        }
        let idx = self.src.partition_point(|&(o, _)| (o as usize) < orig);
        let mut idx = idx.min(self.text.len());
        while idx < self.text.len() && !self.text.is_char_boundary(idx) {
            idx += 1;
        }
        idx
    }
}

/// Folds a short string (a key, a pattern, a word) the same way texts are
/// folded.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// Rewrites new-style tone placement (`hoà`, `thuỷ`, `Khoẻ`) to the old style
/// the lexicons use, keeping case, and composes to NFC.
pub fn old_style_tones(s: &str) -> String {
    let nfc = crate::text::nfc::nfc(s);
    let mut chars: Vec<(char, u32, u32)> = nfc.chars().map(|c| (c, 0, 0)).collect();
    // Work on lowercase copies and map back, so that case is kept.
    let upper: Vec<bool> = chars.iter().map(|c| c.0.is_uppercase()).collect();
    for c in chars.iter_mut() {
        c.0 = c.0.to_lowercase().next().unwrap_or(c.0);
    }
    fix_tones(&mut chars);
    chars
        .iter()
        .zip(upper)
        .map(|(&(c, _, _), up)| {
            if up {
                c.to_uppercase().next().unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// One match of a [`Matcher`]: the folded range, the original byte range and
/// the value the pattern stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub folded: Range<usize>,
    pub orig: Range<usize>,
    pub value: usize,
    /// Index of the pattern (in insertion order, duplicates dropped).
    pub pattern: usize,
}

/// The case a letter of the text must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Any,
    Upper,
    Lower,
}

#[derive(Debug)]
struct Pat {
    value: usize,
    /// For every letter of the pattern as written in the data: the case the
    /// text must have there. Letters of an all-capitals acronym (`UBND`,
    /// `HCM`, `KH` in `Sở KH&ĐT`) must be capitals; a mixed-case code with
    /// two or more capitals (`ThU`, `TTr`, `TTg`) must be written exactly.
    strict: Option<Vec<Case>>,
    check_before: bool,
    check_after: bool,
}

/// Whole-word, case- and tone-placement-insensitive multi-pattern matcher.
#[derive(Debug)]
pub struct Matcher {
    ac: Option<AhoCorasick>,
    pats: Vec<Pat>,
    keys: Vec<String>,
    /// The folded first word of every key (see [`head_of`]), with the byte
    /// length of the longest key that opens with it: [`Matcher::prefix`]
    /// is called at most word starts of a text, and most words open no
    /// pattern, so it folds one word before it folds a window, and the
    /// window only as long as the keys of that word need.
    heads: HashMap<String, usize>,
    /// Anchored leftmost-longest automaton over the same keys, built on the
    /// first [`Matcher::prefix`] call: the longest key at the start of a
    /// window is found without looking at the rest of it.
    anchored: OnceLock<Option<AhoCorasick>>,
}

/// The first word of `s`: its leading run of word characters, or its first
/// character when it opens with something else (`%`, `‰`). A whole-word match
/// of a pattern at the start of a text needs the text's head to fold to the
/// pattern's head.
fn head_of(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(s.len(), |(i, _)| i);
    if end > 0 {
        &s[..end]
    } else {
        s.chars().next().map_or("", |c| &s[..c.len_utf8()])
    }
}

fn letters(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| c.is_alphabetic() && !is_combining(*c))
        .collect()
}

/// The case each letter must have: letters of an acronym run (two or more
/// letters, all uppercase, e.g. `UBND`, `TP`, `HĐND`) must be capitals;
/// letters of a mixed run with two or more capitals (`ThU`, `TTr`) must have
/// the case written; other letters (`Tp`, `Huế`) any case.
fn strict_letters(s: &str) -> Option<Vec<Case>> {
    let mut out = Vec::new();
    let mut any = false;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphabetic() {
            let mut j = i;
            while j < chars.len() && chars[j].is_alphabetic() {
                j += 1;
            }
            let run = &chars[i..j];
            let upper = run.iter().filter(|c| c.is_uppercase()).count();
            if run.len() >= 2 && upper == run.len() {
                any = true;
                out.extend(std::iter::repeat_n(Case::Upper, run.len()));
            } else if upper >= 2 {
                any = true;
                out.extend(run.iter().map(|c| {
                    if c.is_uppercase() {
                        Case::Upper
                    } else {
                        Case::Lower
                    }
                }));
            } else {
                out.extend(std::iter::repeat_n(Case::Any, run.len()));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    any.then_some(out)
}

impl Matcher {
    /// Builds a matcher from `(pattern as written, value)` pairs. Patterns
    /// that fold to the same key as an earlier one are dropped (first wins).
    pub fn new<'a>(items: impl IntoIterator<Item = (&'a str, usize)>) -> Matcher {
        Matcher::build(items, None)
    }

    /// [`Matcher::new`] with a full DFA for the overlapping scan: several
    /// times the memory of the default automaton, and faster on whole texts
    /// (for a lexicon of a few hundred keys that reads every text in full,
    /// such as the provinces).
    pub fn new_dfa<'a>(items: impl IntoIterator<Item = (&'a str, usize)>) -> Matcher {
        Matcher::build(items, Some(aho_corasick::AhoCorasickKind::DFA))
    }

    fn build<'a>(
        items: impl IntoIterator<Item = (&'a str, usize)>,
        kind: Option<aho_corasick::AhoCorasickKind>,
    ) -> Matcher {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut pats: Vec<Pat> = Vec::new();
        let mut keys = Vec::new();
        for (p, value) in items {
            let key = fold(p);
            if key.is_empty() {
                continue;
            }
            if let Some(&i) = seen.get(&key) {
                // A spelling without acronym letters ("usd" next to "USD")
                // lifts the capitals requirement of the first one.
                if strict_letters(p).is_none() {
                    pats[i].strict = None;
                }
                continue;
            }
            seen.insert(key.clone(), pats.len());
            let first = key.chars().next().unwrap_or(' ');
            let last = key.chars().next_back().unwrap_or(' ');
            pats.push(Pat {
                value,
                strict: strict_letters(p),
                check_before: is_word_char(first),
                check_after: is_word_char(last),
            });
            keys.push(key);
        }
        let ac = if keys.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .kind(kind)
                    .build(&keys)
                    .expect("lexicon patterns build"),
            )
        };
        let mut heads: HashMap<String, usize> = HashMap::new();
        for k in &keys {
            let longest = heads.entry(head_of(k).to_string()).or_insert(0);
            *longest = (*longest).max(k.len());
        }
        Matcher {
            ac,
            pats,
            keys,
            heads,
            anchored: OnceLock::new(),
        }
    }

    /// Number of distinct patterns.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether the matcher has no pattern.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The candidate for a raw match of pattern `pid` at folded range `r`,
    /// if it stands as whole words and its letters have the case the
    /// pattern requires.
    fn accept(&self, f: &Folded, orig: &str, pid: usize, r: Range<usize>) -> Option<Candidate> {
        let pat = &self.pats[pid];
        let (s, e) = (r.start, r.end);
        if pat.check_before && f.text[..s].chars().next_back().is_some_and(is_word_char) {
            return None;
        }
        if pat.check_after && f.text[e..].chars().next().is_some_and(is_word_char) {
            return None;
        }
        let orig_r = f.orig_range(s..e);
        if let Some(strict) = &pat.strict {
            let got = letters(&orig[orig_r.clone()]);
            let bad = |(c, st): (&char, &Case)| match st {
                Case::Any => false,
                Case::Upper => !c.is_uppercase(),
                Case::Lower => !c.is_lowercase(),
            };
            if got.len() == strict.len() && got.iter().zip(strict).any(bad) {
                return None;
            }
        }
        Some(Candidate {
            folded: s..e,
            orig: orig_r,
            value: pat.value,
            pattern: pid,
        })
    }

    /// Every whole-word occurrence of every pattern (overlapping), in order
    /// of start, longest first.
    pub fn candidates(&self, f: &Folded, orig: &str) -> Vec<Candidate> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut out: Vec<Candidate> = ac
            .find_overlapping_iter(&f.text)
            .filter_map(|m| self.accept(f, orig, m.pattern().as_usize(), m.start()..m.end()))
            .collect();
        crate::sort::by(&mut out, |a, b| {
            a.folded
                .start
                .cmp(&b.folded.start)
                .then(b.folded.end.cmp(&a.folded.end))
        });
        out
    }

    /// Leftmost-longest, non-overlapping whole-word matches.
    pub fn find(&self, text: &str) -> Vec<Candidate> {
        let f = Folded::new(text);
        select_leftmost_longest(self.candidates(&f, text))
    }

    /// The longest pattern that matches at the very start of `text`
    /// (leading white space skipped), as an original byte range. `text` is
    /// clean text (see [`crate::text::Prepared`]): NFC, single spaces, one
    /// paragraph per line, so no match runs past a line break and the
    /// original of a key is at most a few bytes longer than the key.
    pub fn prefix(&self, text: &str) -> Option<Candidate> {
        let lead = text.len() - text.trim_start().len();
        let rest = &text[lead..];
        let head = head_of(&rest[..crate::text::floor_char(rest, 64)]);
        // A plain word folds to its lowercase form: no folding (and, for a
        // word already in small letters, no allocation) on this hot path.
        let folded_head = if is_plain(head) {
            crate::text::lower(head)
        } else {
            std::borrow::Cow::Owned(fold(head))
        };
        let max_key_len = match self.heads.get(folded_head.as_ref()) {
            Some(&n) if !head.is_empty() => n,
            _ => return None,
        };
        // Folding only needs a bounded window: the longest key, room for
        // spaces around its hyphens, and no more than the paragraph.
        let line = rest.find('\n').unwrap_or(rest.len());
        let end = crate::text::floor_char(rest, line.min(max_key_len + 32));
        let window = &rest[..end];
        let f = Folded::new(window);
        // A match that ends at a cut of the window may go on past it; one
        // that ends at the line's end does not.
        let usable = |c: &Candidate| c.orig.end < window.len() || end == line;
        // The longest key at the start is the answer when it stands as whole
        // words; only when it does not are shorter ones looked at.
        let anchored = self.anchored.get_or_init(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(&self.keys)
                .ok()
        });
        if let Some(ac) = anchored {
            let input = Input::new(&f.text).anchored(Anchored::Yes);
            let m = ac.try_find(input).ok().flatten()?;
            if let Some(c) = self
                .accept(&f, window, m.pattern().as_usize(), m.start()..m.end())
                .filter(usable)
            {
                return Some(Candidate {
                    orig: c.orig.start + lead..c.orig.end + lead,
                    ..c
                });
            }
        }
        let mut cands: Vec<Candidate> = self
            .candidates(&f, window)
            .into_iter()
            .filter(|c| c.folded.start == 0)
            .collect();
        // A window cut may make a word look complete; reject matches that
        // end exactly at the cut of a longer text.
        cands.retain(usable);
        crate::sort::by_key(&mut cands, |c| std::cmp::Reverse(c.folded.end));
        cands.into_iter().next().map(|mut c| {
            c.orig = c.orig.start + lead..c.orig.end + lead;
            c
        })
    }

    /// The folded key of pattern `i`.
    pub fn key(&self, i: usize) -> &str {
        &self.keys[i]
    }
}

/// Keeps the leftmost-longest non-overlapping candidates. Input must be
/// sorted by start, longest first (as [`Matcher::candidates`] returns).
pub fn select_leftmost_longest(cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut cursor = 0usize;
    for c in cands {
        if c.folded.start < cursor {
            continue;
        }
        cursor = c.folded.end;
        out.push(c);
    }
    out
}

/// Parses a data file: lines, `#` comments and blank lines skipped, trailing
/// `\r` removed.
pub fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// Splits a `|`-separated list, trimming and dropping empty items.
pub fn split_list(s: &'static str) -> Vec<&'static str> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_tones_and_spaces() {
        assert_eq!(fold("Khánh Hoà"), "khánh hòa");
        assert_eq!(fold("THUỶ LỢI"), "thủy lợi");
        assert_eq!(fold("quý"), "quý");
        assert_eq!(fold("hoàn thành"), "hoàn thành");
        assert_eq!(fold("Bà Rịa  -\nVũng Tàu"), "bà rịa-vũng tàu");
        assert_eq!(fold("Bà Rịa – Vũng Tàu"), "bà rịa-vũng tàu");
        assert_eq!(fold("ÐẢNG"), "đảng");
        assert_eq!(fold("BÍ THƯ\r\n\r\nTỉnh ủy"), "bí thư\ntỉnh ủy");
        assert_eq!(fold("Bí thư\r\nTỉnh ủy"), "bí thư tỉnh ủy");
        // NFD input
        assert_eq!(fold("Kha\u{301}nh Ho\u{300}a"), "khánh hòa");
        assert_eq!(fold("nghie\u{323}\u{302}p"), "nghiệp");
    }

    /// The slow fold, forced: what [`Folded::new`] must equal on plain text.
    fn slow_fold(s: &str) -> String {
        let mut with_mark = String::from("\u{200B}");
        with_mark.push_str(s);
        Folded::new(&with_mark).text
    }

    #[test]
    fn plain_text_folds_like_the_general_path() {
        for s in [
            "Phó Chủ tịch UBND tỉnh Khánh Hòa",
            "ĐẢNG BỘ TỈNH - “Kết luận” số 12-KL/TU…",
            "Ông Nguyễn Văn A, Bí thư Tỉnh ủy; ủy viên",
            "thuỷ lợi Hoà Bình",
            "Bà Rịa - Vũng Tàu",
            "a  b",
            "dòng một\ndòng hai",
            "hai\n\ndòng",
            "cuối\n",
            "a -\nb",
            " lead",
            "trail ",
            "tab\there",
            "Ðà",
            "Ǆ ǅ ẞ İ",
            "× ÷ ª ¼ µ",
            "",
        ] {
            assert_eq!(Folded::new(s).text, slow_fold(s), "{s:?}");
        }
        assert!(is_plain("Phó Chủ tịch UBND tỉnh"));
        assert!(!is_plain("Hoà"));
        assert!(!is_plain("a\u{A0}b"));
    }

    #[test]
    fn old_style_keeps_case() {
        assert_eq!(old_style_tones("Hoà Bình"), "Hòa Bình");
        assert_eq!(old_style_tones("THUỶ"), "THỦY");
        assert_eq!(old_style_tones("Quý"), "Quý");
    }

    #[test]
    fn offsets_map_back() {
        let text = "Tỉnh  Khánh Hoà,";
        let m = Matcher::new([("Khánh Hòa", 0)]);
        let hits = m.find(text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].orig.clone()], "Khánh Hoà");
        let nfd = "o\u{302}ng Kha\u{301}nh Ho\u{300}a.";
        let hits = m.find(nfd);
        assert_eq!(&nfd[hits[0].orig.clone()], "Kha\u{301}nh Ho\u{300}a");
    }

    #[test]
    fn whole_words_and_acronyms() {
        let m = Matcher::new([("TU", 0), ("Hòa", 1), ("ThU", 2)]);
        assert!(m.find("tu bổ").is_empty());
        assert!(m.find("thu ngân sách").is_empty());
        assert!(m.find("THU NGÂN SÁCH").is_empty());
        assert_eq!(m.find("12-KL/ThU")[0].value, 2);
        assert_eq!(m.find("2043-KL/TU").len(), 1);
        assert!(m.find("Hòan").is_empty());
        assert!(m.find("Thanh Hòa.").len() == 1);
    }

    #[test]
    fn prefix_match() {
        let m = Matcher::new([("tỷ", 0), ("tỷ đồng", 1), ("%", 2)]);
        let c = m.prefix(" tỷ đồng, tăng").unwrap();
        assert_eq!(c.value, 1);
        assert_eq!(c.orig, 1..1 + "tỷ đồng".len());
        assert_eq!(m.prefix("%/năm").unwrap().value, 2);
        assert!(m.prefix("tỷlệ").is_none());
    }
}
