//! Original characters → clean characters, before any line handling: NFC
//! cluster by cluster, control and invisible characters dropped, spaces,
//! dashes and apostrophes unified, tone placement folded.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized};

use super::map::Mapped;
use crate::text::is_word_char;
use crate::text::tone::{split_tone, with_tone};

/// The clean characters of `original`, whose first character is character
/// `from` of the whole input, and the number of characters read.
pub(super) fn decode(original: &str, from: u32) -> (Mapped, usize) {
    let mut out = Decoder {
        out: Mapped::with_capacity(original.len() + 16),
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
        // Printable ASCII and line breaks stand for themselves: copied as a
        // run, but for a last one followed by a non-ASCII character, which
        // may be a combining mark over it.
        let run = bytes[at..]
            .iter()
            .position(|&b| b != b'\n' && !(0x20..0x7F).contains(&b))
            .map_or(bytes.len(), |k| at + k);
        let run_end = if run > at && bytes.get(run).is_some_and(|&b| b >= 0x80) {
            run - 1
        } else {
            run
        };
        if run_end > at {
            out.push_ascii(&original[at..run_end], next_index);
            next_index += (run_end - at) as u32;
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

    fn push_ascii(&mut self, run: &str, start: u32) {
        if let Some(f) = self.fold.take() {
            if !run.as_bytes()[0].is_ascii_alphanumeric() {
                self.apply(f);
            }
        }
        self.out.push_ascii(run, start);
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
