//! Original characters → clean characters, before any line handling: NFC
//! cluster by cluster, control and invisible characters dropped, spaces,
//! dashes and apostrophes unified, tone placement folded.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized};

use super::map::Mapped;
use crate::text::is_word_char;
use crate::text::tone::{split_tone, with_tone};

/// The clean characters of `original`, whose first character is character
/// `from` of the whole input, and the number of characters read; room is
/// made for `capacity` bytes (more text may be appended).
pub(super) fn decode(original: &str, from: u32, capacity: usize) -> (Mapped, usize) {
    let mut out = Decoder {
        out: Mapped::with_capacity(capacity.max(original.len()) + 16),
        fold: None,
    };
    let bytes = original.as_bytes();
    // Byte index of the next character to read, and its character index.
    let mut at = 0usize;
    let mut next_index = from;
    let mut cluster = String::new();
    let mut composed: Vec<char> = Vec::new();
    let char_at = |i: usize| original.get(i..).and_then(|r| r.chars().next());
    while at < bytes.len() {
        // Most characters stand for themselves: copied as a run.
        let run_end = plain_run(bytes, at, out.out.text.as_bytes().last().copied());
        if run_end > at {
            next_index += out.push_plain(&original[at..run_end], next_index);
            at = run_end;
            continue;
        }
        let Some(c) = char_at(at) else { break };
        at += c.len_utf8();
        let start = next_index;
        next_index += 1;
        // A cluster: a starter and the combining marks after it.
        if !char_at(at).is_some_and(is_mark) {
            if c.is_ascii()
                || precomposed_latin(c)
                || is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
            {
                // A character with no marks after it is its own NFC (the usual case).
                out.push_clean(c, start, next_index, char_at(at));
                continue;
            }
            if canonical_combining_class(c) != 0 {
                continue; // a mark with nothing to sit on
            }
        }
        cluster.clear();
        cluster.push(c);
        while let Some(m) = char_at(at).filter(|&m| is_mark(m)) {
            cluster.push(m);
            at += m.len_utf8();
            next_index += 1;
        }
        if canonical_combining_class(c) != 0 {
            // A mark with nothing to sit on: drop it, and any after it.
            continue;
        }
        // Marks left over a control character or a space have nothing to
        // sit on: drop them.
        let bare = c.is_control() || c.is_whitespace();
        let next = char_at(at);
        crate::text::nfc::nfc_into(cluster.chars(), &mut composed);
        for &n in &composed {
            if bare && canonical_combining_class(n) != 0 {
                continue;
            }
            out.push_clean(n, start, next_index, next);
        }
    }
    out.finish_word();
    (out.out, (next_index - from) as usize)
}

/// The end of the run of characters from byte `at` that stand for
/// themselves in the clean text: printable ASCII, line breaks and
/// precomposed Vietnamese letters (U+00C0–U+01BF, U+1EA0–U+1EF9). `prev`
/// is the last byte written before. The run stops before a toned vowel
/// after "o" or "u" that may need the tone fold, and leaves out its last
/// character when a non-ASCII one follows, which may be a combining mark
/// over it.
fn plain_run(b: &[u8], at: usize, prev: Option<u8>) -> usize {
    let mut k = at;
    loop {
        while b
            .get(k)
            .is_some_and(|&x| x == b'\n' || (0x20..0x7F).contains(&x))
        {
            k += 1;
        }
        let len = match b.get(k) {
            Some(0xC3..=0xC6) => 2,
            Some(0xE1)
                if matches!(
                    (b.get(k + 1), b.get(k + 2)),
                    (Some(0xBA), Some(0xA0..)) | (Some(0xBB), Some(..=0xB9))
                ) =>
            {
                3
            }
            _ => break,
        };
        let before = if k > at { Some(b[k - 1]) } else { prev };
        if let Some(first @ (b'o' | b'O' | b'u' | b'U')) = before {
            let c = b
                .get(k..k + len)
                .and_then(|c| std::str::from_utf8(c).ok())
                .and_then(|s| s.chars().next());
            if c.is_none_or(|c| may_fold(first, c)) {
                break;
            }
        }
        k += len;
    }
    if k > at && b.get(k).is_some_and(|&x| x >= 0x80) {
        // Back to the start of the last character.
        k -= 1;
        while (b[k] as i8) < -0x40 {
            k -= 1;
        }
    }
    k
}

/// Whether `c` after `first` ("o", "u") may be the end of "oà", "oẻ" or
/// "uỷ", which [`Decoder::fold_candidate`] looks at.
fn may_fold(first: u8, c: char) -> bool {
    split_tone(c).is_some_and(|(base, _)| {
        matches!(
            (first.to_ascii_lowercase(), base.to_ascii_lowercase()),
            (b'o', 'a' | 'e') | (b'u', 'y')
        )
    })
}

/// A combining mark that joins the character before it into one cluster.
#[inline]
fn is_mark(c: char) -> bool {
    !c.is_ascii() && !precomposed_latin(c) && canonical_combining_class(c) != 0
}

/// Precomposed Latin letters (all of Vietnamese): already NFC on their own.
fn precomposed_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1EA0..=0x1EF9)
}

/// The clean text being written, with the tone fold of the word it ends
/// with, if that word needs one.
struct Decoder {
    out: Mapped,
    /// The last two characters written, "oà" or "uỷ", to be written "òa"
    /// or "ủy" if the word ends with them.
    fold: Option<Fold>,
}

/// A pending tone-placement fold (see [`crate::text::tone`]).
struct Fold {
    /// Byte offset of the first vowel.
    at: usize,
    first: (char, (u32, u32)),
    second: (char, (u32, u32)),
}

impl Decoder {
    fn push_clean(&mut self, c: char, start: u32, end: u32, next: Option<char>) {
        let mapped = match c {
            '\r' if next == Some('\n') => return,
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}' => return,
            '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}' => return,
            '\t' | '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => '-',
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{FFFD}' => ' ',
            _ => c,
        };
        self.push(mapped, start, end);
    }

    fn push(&mut self, c: char, start: u32, end: u32) {
        if let Some(f) = self.fold.take() {
            if !is_word_char(c) {
                self.apply(f);
            }
        }
        let fold = self.fold_candidate(c, (start, end));
        self.out.push(c, start, end);
        self.fold = fold;
    }

    /// Writes characters that stand for themselves (see [`plain_run`]),
    /// and returns how many there were.
    fn push_plain(&mut self, run: &str, start: u32) -> u32 {
        if let Some(f) = self.fold.take() {
            if !run.chars().next().is_some_and(is_word_char) {
                self.apply(f);
            }
        }
        self.out.push_plain(run, start)
    }

    /// Ends the text: its last word may need its fold.
    fn finish_word(&mut self) {
        if let Some(f) = self.fold.take() {
            self.apply(f);
        }
    }

    /// The fold "oà" → "òa" would need if `c`, about to be written after
    /// an "o" or a "u", ended the word.
    fn fold_candidate(&self, c: char, orig: (u32, u32)) -> Option<Fold> {
        let text = self.out.text.as_bytes();
        let first = char::from(*text.last()?);
        if !matches!(first, 'o' | 'O' | 'u' | 'U') || c.is_ascii() {
            return None;
        }
        let (base, _) = split_tone(c)?;
        match (first.to_ascii_lowercase(), base.to_ascii_lowercase()) {
            ('o', 'a' | 'e') => {}
            // "quý" is "qu" + "ý": its tone is where it belongs.
            ('u', 'y') => {
                if text.len() >= 2 && matches!(text[text.len() - 2], b'q' | b'Q') {
                    return None;
                }
            }
            _ => return None,
        }
        let at = text.len() - 1;
        Some(Fold {
            at,
            first: (first, self.out.orig(at)),
            second: (c, orig),
        })
    }

    fn apply(&mut self, f: Fold) {
        let (Some((base, tone)), (first, first_orig)) = (split_tone(f.second.0), f.first) else {
            return;
        };
        let Some(toned) = with_tone(first, tone) else {
            return;
        };
        self.out.truncate(f.at);
        self.out.push(toned, first_orig.0, first_orig.1);
        self.out.push(base, f.second.1 .0, f.second.1 .1);
    }
}
