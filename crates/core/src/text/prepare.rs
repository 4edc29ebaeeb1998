//! Turns the text exactly as pasted into the clean text every extractor reads,
//! keeping for each clean character the place it came from.
//!
//! What is normalized, and why:
//! - NFC, cluster by cluster, so decomposed (NFD) input reads like composed input;
//! - old/new tone placement ("hoà"/"hòa", "thuỷ"/"thủy") folded to the old
//!   placement, the one the lexicons use;
//! - CR, zero-width characters and soft hyphens dropped; dashes unified to "-";
//! - Markdown and web clutter skipped (`**`, `#`, `===` rules, image links,
//!   "[img]", "Xem chi tiết" link lines), link text kept;
//! - lines hard-wrapped in the middle of a sentence (PDF copies) re-joined;
//! - footnote bodies (lines opening with a superscript number) lifted out of
//!   the sentence they were cut into and appended as paragraphs of their own;
//!   superscript marks inside the text dropped.
//!
//! The clean text has one paragraph per line.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized};

use super::tone::fold_tone_placement;

/// One character of the clean text and the original characters it stands for.
#[derive(Debug, Clone, Copy)]
struct Unit {
    ch: char,
    start: u32,
    end: u32,
}

/// The clean text and its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub text: String,
    /// Byte offset in `text` of each clean character, ascending.
    byte_pos: Vec<u32>,
    /// Original character range of each clean character.
    orig: Vec<(u32, u32)>,
    /// Number of characters in the original input.
    orig_len: usize,
    /// Byte offset where the footnote paragraphs begin (== text.len() if none).
    pub footnotes_start: usize,
}

impl Prepared {
    pub fn new(original: &str) -> Prepared {
        let (lines, orig_len) = match blank_line_near_middle(original) {
            // A long text is cut in two at a blank line, where no line, link
            // or cluster runs on, and both halves are read side by side.
            Some(p) => {
                let (head, tail) = (original[..p].trim_end_matches('\r'), &original[p + 1..]);
                let skipped = original[head.len()..=p].chars().count();
                let tail_from = head.chars().count() + skipped;
                let ((mut lines, _), (tail_lines, tail_len)) = crate::parallel::join(
                    original.len(),
                    || lines_of(head, 0),
                    || lines_of(tail, tail_from as u32),
                );
                lines.extend(tail_lines);
                (lines, tail_from + tail_len)
            }
            None => lines_of(original, 0),
        };
        Prepared::from_lines(lines, orig_len)
    }

    /// The clean text of the lines of an original of `orig_len` characters.
    fn from_lines(lines: Vec<Line>, orig_len: usize) -> Prepared {
        let (body, notes) = assemble(lines);
        let total: usize = body.iter().chain(&notes).map(|p| p.len() + 1).sum();
        let mut p = Prepared {
            text: String::with_capacity(total + total / 2),
            byte_pos: Vec::with_capacity(total),
            orig: Vec::with_capacity(total),
            orig_len,
            ..Prepared::default()
        };
        for para in &body {
            p.push_paragraph(para);
        }
        p.footnotes_start = p.text.len();
        for para in &notes {
            p.push_paragraph(para);
        }
        p
    }

    fn push_paragraph(&mut self, para: &[Unit]) {
        if para.is_empty() {
            return;
        }
        // Three tight loops rather than one with three pushes.
        let mut pos = self.text.len();
        self.byte_pos.extend(para.iter().map(|u| {
            let at = pos as u32;
            pos += u.ch.len_utf8();
            at
        }));
        self.orig.extend(para.iter().map(|u| (u.start, u.end)));
        self.text.extend(para.iter().map(|u| u.ch));
        let last = para[para.len() - 1];
        self.byte_pos.push(self.text.len() as u32);
        self.orig.push((last.end, last.end));
        self.text.push('\n');
    }

    /// Whether the clean byte range stands for one stretch of the original,
    /// allowing for a line break or two in between (a wrapped line) but not
    /// for removed clutter ("Khánh Hòa ![ảnh](…) Bộ"): a name must not run
    /// across an image link.
    pub fn is_contiguous(&self, range: std::ops::Range<usize>) -> bool {
        if range.is_empty() || self.orig.is_empty() {
            return true;
        }
        let a = self.char_index(range.start);
        let b = self.char_index(range.end - 1).min(self.orig.len() - 1);
        self.orig[a..=b].windows(2).all(|w| w[1].0 <= w[0].1 + 2)
    }

    /// Index of the clean character that contains byte `b` of `text`.
    fn char_index(&self, b: usize) -> usize {
        match self.byte_pos.binary_search(&(b as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The original character span of the clean byte range `range`.
    /// Always within bounds and non-empty when the input is non-empty.
    pub fn span(&self, range: std::ops::Range<usize>) -> [usize; 2] {
        if self.orig.is_empty() {
            return [0, 0];
        }
        let a = self.char_index(range.start.min(self.text.len().saturating_sub(1)));
        let last_byte = range.end.max(range.start + 1) - 1;
        let b = self.char_index(last_byte.min(self.text.len().saturating_sub(1)));
        let (b, a) = (b.max(a), a);
        // The range may cover characters lifted from elsewhere (a footnote
        // moved to the end): take the hull of their original places.
        let mut start = u32::MAX;
        let mut end = 0u32;
        for &(s, e) in &self.orig[a..=b] {
            if s < e {
                start = start.min(s);
                end = end.max(e);
            }
        }
        if start == u32::MAX {
            let s = self.orig[a].0 as usize;
            let s = s.min(self.orig_len.saturating_sub(1));
            return [s, (s + 1).min(self.orig_len)];
        }
        [start as usize, end as usize]
    }
}

/// Texts at least this long (bytes) are cut in two for reading (see
/// [`blank_line_near_middle`]).
const SPLIT_LEN: usize = 256 * 1024;

/// The byte offset of the first `\n` of a blank line (`\n\n` or
/// `\n\r\n`) in the middle half of a long text, if any. A blank line ends
/// every line, cluster and link (links never span one), so cutting there
/// changes nothing in what is read.
fn blank_line_near_middle(s: &str) -> Option<usize> {
    if s.len() < SPLIT_LEN {
        return None;
    }
    let b = s.as_bytes();
    let blank_at = |i: usize| {
        b[i] == b'\n' && (b.get(i + 1) == Some(&b'\n') || b.get(i + 1..i + 3) == Some(b"\r\n"))
    };
    let (lo, mid, hi) = (s.len() / 4, s.len() / 2, s.len() * 3 / 4);
    (mid..hi).chain((lo..mid).rev()).find(|&i| blank_at(i))
}

/// The lines of `s`, whose first character is character `from` of the
/// original, and the number of characters of `s`.
fn lines_of(s: &str, from: u32) -> (Vec<Line>, usize) {
    let (mut units, len) = to_units(s, from);
    join_wrapped_links(&mut units);
    (split_lines(&units), len)
}

/// Original characters → clean characters, before line handling, and the
/// number of characters read. `from` is the original character index of
/// the first character of `original`.
fn to_units(original: &str, from: u32) -> (Vec<Unit>, usize) {
    let mut units: Vec<Unit> = Vec::with_capacity(original.len());
    let bytes = original.as_bytes();
    // Byte index of the next character to read, and its character index.
    let mut at = 0usize;
    let mut next_index = from;
    let mut cluster = String::new();
    let mut composed: Vec<char> = Vec::new();
    let char_at = |i: usize| original.get(i..).and_then(|r| r.chars().next());
    while at < bytes.len() {
        let b0 = bytes[at];
        // Printable ASCII or a line break, not followed by a combining
        // mark (the next byte is ASCII too): itself, the usual case.
        if (b0 == b'\n' || (0x20..0x7F).contains(&b0))
            && bytes.get(at + 1).is_none_or(|&n| n < 0x80)
        {
            units.push(Unit {
                ch: char::from(b0),
                start: next_index,
                end: next_index + 1,
            });
            at += 1;
            next_index += 1;
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
                push_clean(&mut units, c, start, next_index, char_at(at));
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
        super::nfc::nfc_into(cluster.chars(), &mut composed);
        for &n in &composed {
            if bare && canonical_combining_class(n) != 0 {
                continue;
            }
            push_clean(&mut units, n, start, next_index, next);
        }
    }
    fold_tone_placement_units(&mut units);
    (units, (next_index - from) as usize)
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

fn push_clean(units: &mut Vec<Unit>, c: char, start: u32, end: u32, next: Option<char>) {
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
    units.push(Unit {
        ch: mapped,
        start,
        end,
    });
}

/// Applies the tone-placement fold word by word, in place (it never changes
/// the number of characters).
fn fold_tone_placement_units(units: &mut [Unit]) {
    let mut i = 0;
    while i < units.len() {
        if !crate::text::is_word_char(units[i].ch) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < units.len() && crate::text::is_word_char(units[j].ch) {
            j += 1;
        }
        // Only a word ending in a toned vowel can need the fold.
        if units[j - 1].ch.is_ascii() || j - i < 2 {
            i = j;
            continue;
        }
        // The fold looks at the last three letters only ("quý" vs "thuý").
        let k = (j - i).min(3);
        let mut tail = ['\0'; 3];
        for (t, u) in tail.iter_mut().zip(&units[j - k..j]) {
            *t = u.ch;
        }
        if let Some(folded) = fold_tone_placement(&tail[..k]) {
            for (u, c) in units[j - k..j].iter_mut().zip(folded) {
                u.ch = c;
            }
        }
        i = j;
    }
}

/// A line of the input, cleaned of clutter, with what kind of line it is.
#[derive(Debug, Clone)]
struct Line {
    units: Vec<Unit>,
    kind: LineKind,
    /// A Markdown heading ("# …"): a paragraph of its own.
    heading: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    Text,
    Footnote,
}

fn is_superscript(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹')
}

/// A run of this many spaces inside a line separates two columns (a
/// signature block copied from a two-column PDF: "Nơi nhận:      T/M BAN
/// THƯỜNG VỤ"): each column piece is read as a line of its own.
const COLUMN_GAP: usize = 5;

/// Markdown links and images cut by a hard wrap ("![ảnh hội\nnghị](http://…)")
/// are put back on one line so that the line cleaner sees them whole.
fn join_wrapped_links(units: &mut [Unit]) {
    let mut i = 0;
    while i < units.len() {
        if units[i].ch != '[' {
            i += 1;
            continue;
        }
        let window = (i + 1..units.len().min(i + 600)).map(|k| units[k].ch);
        let mut close = None;
        let mut prev_newline = false;
        for (k, c) in window.enumerate() {
            let at = i + 1 + k;
            if c == '\n' && prev_newline {
                break; // a blank line: no link spans paragraphs
            }
            prev_newline = c == '\n';
            if c == ']' && units.get(at + 1).is_some_and(|u| u.ch == '(') {
                close = (at + 2..units.len().min(at + 600)).find(|&m| units[m].ch == ')');
                break;
            }
        }
        match close {
            Some(end) => {
                for u in &mut units[i..end] {
                    if u.ch == '\n' {
                        u.ch = ' ';
                    }
                }
                i = end + 1;
            }
            None => i += 1,
        }
    }
}

fn split_lines(units: &[Unit]) -> Vec<Line> {
    let mut lines = Vec::new();
    for raw in units.split(|u| u.ch == '\n') {
        let mut start = 0;
        let mut spaces = 0;
        for (i, u) in raw.iter().enumerate() {
            if u.ch == ' ' {
                spaces += 1;
                continue;
            }
            if spaces >= COLUMN_GAP && raw[start..i - spaces].iter().any(|u| u.ch != ' ') {
                lines.push(clean_line(&raw[start..i - spaces]));
                start = i;
            }
            spaces = 0;
        }
        lines.push(clean_line(&raw[start..]));
    }
    lines
}

fn clean_line(raw: &[Unit]) -> Line {
    let blank = Line {
        units: Vec::new(),
        kind: LineKind::Blank,
        heading: false,
    };
    // One look at every character: most lines are plain text, seen as a
    // string only when they carry Markdown or link syntax.
    let mut first_nonspace: Option<char> = None;
    let mut marked = false;
    let mut dashes_only = true;
    let mut superscripts = false;
    // Spaces the copy below would drop: leading, doubled or trailing.
    let mut odd_spaces =
        raw.first().is_some_and(|u| u.ch == ' ') || raw.last().is_some_and(|u| u.ch == ' ');
    let mut prev_space = false;
    for u in raw {
        let c = u.ch;
        let space = c == ' ';
        odd_spaces |= space && prev_space;
        prev_space = space;
        if c.is_ascii() {
            marked |= matches!(c, '[' | '*' | '_' | '#' | '>' | '!' | '=');
            dashes_only &= matches!(c, '-' | ' ');
        } else {
            dashes_only = false;
            superscripts |= is_superscript(c);
        }
        if first_nonspace.is_none() && c != ' ' {
            first_nonspace = Some(c);
        }
    }
    let heading = first_nonspace == Some('#');
    if marked || dashes_only {
        let text: String = raw.iter().map(|u| u.ch).collect();
        let trimmed = text.trim();
        if trimmed.is_empty() || is_rule_line(trimmed) || is_web_clutter(trimmed) {
            return blank;
        }
    } else if raw.iter().all(|u| u.ch.is_whitespace()) {
        return blank;
    }
    // Footnote body: opens with a superscript number.
    let first = raw.iter().position(|u| !u.ch.is_whitespace());
    let mut kind = LineKind::Text;
    let needs_keep = marked || first.is_some_and(|f| is_superscript(raw[f].ch));
    let mut keep = if needs_keep {
        vec![true; raw.len()]
    } else {
        Vec::new()
    };
    if let Some(f) = first {
        if is_superscript(raw[f].ch) {
            kind = LineKind::Footnote;
            let mut k = f;
            while k < raw.len() && (is_superscript(raw[k].ch) || raw[k].ch == ' ') {
                keep[k] = false;
                k += 1;
            }
        }
    }
    if marked {
        strip_markdown(raw, &mut keep);
    }
    if !needs_keep && !superscripts && !odd_spaces {
        // A plain line (most of them) is kept as it is, in one copy.
        return Line {
            units: raw.to_vec(),
            kind,
            heading,
        };
    }
    let mut out: Vec<Unit> = Vec::with_capacity(raw.len());
    for (i, u) in raw.iter().enumerate() {
        if (needs_keep && !keep[i]) || (superscripts && is_superscript(u.ch)) {
            continue;
        }
        // Fold runs of spaces.
        if u.ch == ' ' && out.last().is_none_or(|p| p.ch == ' ') {
            continue;
        }
        out.push(*u);
    }
    while out.last().is_some_and(|u| u.ch == ' ') {
        out.pop();
    }
    if out.is_empty() {
        return blank;
    }
    Line {
        units: out,
        kind,
        heading,
    }
}

/// `====`, `----`, `***`, `___` (Markdown rules and setext underlines).
fn is_rule_line(t: &str) -> bool {
    t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '=' | '-' | '*' | '_' | ' '))
}

/// Lines that are page furniture, not text: image placeholders and
/// "read more" links with their teaser.
fn is_web_clutter(t: &str) -> bool {
    t == "[img]"
        || t == "[image]"
        || (t.contains("](") && t.to_lowercase().contains("xem chi tiết"))
}

/// Marks Markdown syntax for removal: emphasis markers, heading hashes,
/// images, link targets (the link text stays).
fn strip_markdown(raw: &[Unit], keep: &mut [bool]) {
    let chars: Vec<char> = raw.iter().map(|u| u.ch).collect();
    let n = chars.len();
    // Heading hashes and blockquote marks at line start.
    let mut i = 0;
    while i < n && chars[i] == ' ' {
        i += 1;
    }
    let start = i;
    while i < n && (chars[i] == '#' || chars[i] == '>') {
        i += 1;
    }
    if i > start && (i == n || chars[i] == ' ') {
        for k in keep.iter_mut().take(i).skip(start) {
            *k = false;
        }
    }
    let mut i = 0;
    while i < n {
        match chars[i] {
            '*' => keep[i] = false,
            '_' if i + 1 < n && chars[i + 1] == '_' => {
                keep[i] = false;
                keep[i + 1] = false;
                i += 1;
            }
            '!' if i + 1 < n && chars[i + 1] == '[' => {
                // An image: drop all of `![alt](url "title")`.
                if let Some(end) = link_end(&chars, i + 1) {
                    for k in keep.iter_mut().take(end).skip(i) {
                        *k = false;
                    }
                    i = end;
                    continue;
                }
            }
            '[' => {
                if let Some(end) = link_end(&chars, i) {
                    // A link: keep its text, drop brackets and target.
                    let close = chars[i..end].iter().position(|&c| c == ']').map(|p| p + i);
                    if let Some(close) = close {
                        keep[i] = false;
                        for k in keep.iter_mut().take(end).skip(close) {
                            *k = false;
                        }
                        // Emoji shortcodes such as ":gift:" inside link text.
                        strip_shortcodes(&chars[i + 1..close], &mut keep[i + 1..close]);
                        i = end;
                        continue;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// If `chars[open]` is '[' starting `[text](target)`, the index after ')'.
fn link_end(chars: &[char], open: usize) -> Option<usize> {
    if chars.get(open) != Some(&'[') {
        return None;
    }
    // Link text and targets are short: a stray "[" must not make every
    // bracket scan to the end of a long line.
    let limit = chars.len().min(open + 1000);
    let close = chars[open..limit].iter().position(|&c| c == ']')? + open;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let mut depth = 0;
    for (k, &c) in chars
        .iter()
        .enumerate()
        .take(close + 1 + 2000)
        .skip(close + 1)
    {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k + 1);
                }
            }
            _ => {}
        }
    }
    None
}

fn strip_shortcodes(chars: &[char], keep: &mut [bool]) {
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ':' {
            let end = chars.len().min(i + 1 + 40);
            if let Some(len) = chars[i + 1..end].iter().position(|&c| c == ':') {
                let name = &chars[i + 1..i + 1 + len];
                if !name.is_empty() && name.iter().all(|c| c.is_ascii_lowercase() || *c == '_') {
                    for k in keep.iter_mut().skip(i).take(len + 2) {
                        *k = false;
                    }
                    i += len + 2;
                    continue;
                }
            }
        }
        i += 1;
    }
}

/// Sentence-final punctuation: a line that ends with one of these is not
/// continued on the next line.
fn ends_sentence(line: &[Unit]) -> bool {
    if ends_with_photo_credit(line) {
        return true;
    }
    line.last().is_some_and(|u| {
        matches!(
            u.ch,
            '.' | '!' | '?' | ':' | '…' | '"' | '”' | '\'' | ')' | ']' | '»'
        )
    })
}

/// "… tại buổi làm việc. Ảnh: T.SỸ": a caption ends with its credit.
fn ends_with_photo_credit(line: &[Unit]) -> bool {
    let tail: String = line
        .iter()
        .rev()
        .take(40)
        .map(|u| u.ch)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    tail.rfind("Ảnh:")
        .or_else(|| tail.rfind("Ảnh :"))
        .is_some_and(|at| {
            let credit = &tail[at..];
            !credit.contains(". ") && credit.chars().count() < 30
        })
}

/// A line in capitals ("THÔNG BÁO KẾT LUẬN"): a heading, never continued.
fn is_heading(line: &[Unit]) -> bool {
    // Stops at the first small letter: asked of a growing paragraph for
    // each line joined to it, it must not read the paragraph every time.
    let mut upper = 0;
    for u in line {
        if u.ch.is_lowercase() {
            return false;
        }
        upper += usize::from(u.ch.is_uppercase());
    }
    upper >= 4
}

fn starts_lowercase(line: &[Unit]) -> bool {
    let mut it = line.iter().map(|u| u.ch);
    match it.next() {
        Some('-') => {
            // "- xã hội" after "kinh tế": a compound cut by a page break.
            it.next() == Some(' ') && it.next().is_some_and(|c| c.is_lowercase())
        }
        Some(c) => c.is_lowercase(),
        None => false,
    }
}

/// Opens a list item or heading: never a continuation of the line before.
fn starts_block(line: &[Unit]) -> bool {
    let s: String = line.iter().take(16).map(|u| u.ch).collect();
    let mut chars = s.chars();
    match chars.next() {
        Some('-' | '+' | '•') => {
            // "- Như mục III" opens an item; "- xã hội" continues a compound.
            return chars.next() == Some(' ') && chars.next().is_some_and(|c| !c.is_lowercase());
        }
        Some(c) if c.is_ascii_digit() => {
            // "1.", "2.3.", "4)": item numbers have short components; a year
            // at the start of a wrapped line ("2023. Tiếp theo") does not.
            let head: String = s
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ')')
                .collect();
            let rest = &s[head.len()..];
            let short = head.split(['.', ')']).all(|p| p.len() <= 2);
            return short && (head.ends_with('.') || head.ends_with(')')) && rest.starts_with(' ');
        }
        _ => {}
    }
    // A dateline opens a paragraph: "Chiều 14-11, …", "Ngày 5/12, …".
    for cue in ["Sáng ", "Chiều ", "Trưa ", "Tối ", "Ngày ", "Hôm "] {
        if let Some(rest) = s.strip_prefix(cue) {
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
        }
    }
    let upper = line.iter().filter(|u| u.ch.is_uppercase()).count();
    let lower = line.iter().filter(|u| u.ch.is_lowercase()).count();
    upper > 3 && lower == 0
}

/// Width from which a line without final punctuation is taken to be wrapped.
const WRAP_WIDTH: usize = 60;

/// Lines → paragraphs (body and footnotes), re-joining wrapped lines and
/// sentences cut by a page break or a footnote.
fn assemble(lines: Vec<Line>) -> (Vec<Vec<Unit>>, Vec<Vec<Unit>>) {
    let mut body: Vec<Vec<Unit>> = Vec::new();
    let mut notes: Vec<Vec<Unit>> = Vec::new();
    // Whether the current body paragraph may continue after a gap
    // (blank lines or footnotes in between).
    let mut gap = false;
    let mut in_note = false;
    let mut last_heading = false;
    for line in lines {
        match line.kind {
            LineKind::Blank => {
                gap = true;
                in_note = false;
            }
            LineKind::Footnote => {
                notes.push(line.units);
                in_note = true;
                // A text line right below continues the footnote.
                gap = false;
            }
            LineKind::Text => {
                if in_note && !gap && !line.heading && !starts_block(&line.units) {
                    // The footnote body goes on to a second line.
                    let note = notes.last_mut().expect("in_note implies a note");
                    join(note, &line.units);
                    continue;
                }
                in_note = false;
                let cont = !line.heading
                    && !last_heading
                    && body.last().is_some_and(|prev| {
                        !ends_sentence(prev)
                            && !is_heading(prev)
                            && !starts_block(&line.units)
                            && if gap {
                                starts_lowercase(&line.units) && prev.len() >= 20
                            } else {
                                starts_lowercase(&line.units) || last_line_len(prev) >= WRAP_WIDTH
                            }
                    });
                last_heading = line.heading;
                if cont {
                    join(body.last_mut().expect("checked"), &line.units);
                } else {
                    body.push(line.units);
                }
                gap = false;
            }
        }
    }
    (body, notes)
}

/// Length of the last physical line joined into a paragraph.
fn last_line_len(para: &[Unit]) -> usize {
    // In characters of the original: a wrapper counts the decomposed marks
    // of NFD text, so the original width is what tells a wrapped line.
    match (para.first(), para.last()) {
        (Some(a), Some(b)) => (b.end.saturating_sub(a.start)) as usize,
        _ => 0,
    }
}

fn join(para: &mut Vec<Unit>, next: &[Unit]) {
    if let Some(last) = para.last().copied() {
        para.push(Unit {
            ch: ' ',
            start: last.end,
            end: last.end,
        });
    }
    para.extend_from_slice(next);
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn clean(s: &str) -> String {
        Prepared::new(s).text
    }

    #[test]
    fn nfd_becomes_nfc() {
        let nfd: String = "Khánh Hòa".nfd().collect();
        assert_eq!(clean(&nfd), "Khánh Hòa\n");
    }

    #[test]
    fn new_tone_placement_is_folded() {
        assert_eq!(clean("Khánh Hoà, thuỷ sản"), "Khánh Hòa, thủy sản\n");
        // "quý" keeps its tone where it is.
        assert_eq!(clean("Quý I"), "Quý I\n");
    }

    #[test]
    fn crlf_and_wrapped_lines() {
        let long = "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, chính quyền tiếp tục tập trung\r\nlãnh đạo thực hiện.\r\nĐoạn hai.";
        assert_eq!(
            clean(long),
            "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, chính quyền tiếp tục tập trung lãnh đạo thực hiện.\nĐoạn hai.\n"
        );
    }

    #[test]
    fn short_title_lines_stay_apart() {
        assert_eq!(
            clean("KẾT LUẬN\nHỘI NGHỊ LẦN THỨ 9"),
            "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ 9\n"
        );
    }

    #[test]
    fn footnote_cut_into_a_sentence_is_lifted_out() {
        let t = "các hoạt động được tổ chức thành công¹. Nhiều sự kiện đặc sắc\n\n¹ Hội nghị xúc tiến đầu tư năm 2025.\n\nđược tổ chức thiết thực.";
        assert_eq!(
            clean(t),
            "các hoạt động được tổ chức thành công. Nhiều sự kiện đặc sắc được tổ chức thiết thực.\nHội nghị xúc tiến đầu tư năm 2025.\n"
        );
    }

    #[test]
    fn markdown_clutter_is_skipped() {
        let t = "Tiêu đề\n=======\n\n![ảnh](http://x/y.jpg \"t\")\n\n**Xuất khẩu tăng**\n\n[:gift:Xem chi tiết:gift:](http://x)Teaser …\n\nVăn bản [liên kết](http://z).";
        assert_eq!(clean(t), "Tiêu đề\nXuất khẩu tăng\nVăn bản liên kết.\n");
    }

    #[test]
    fn spans_point_into_the_original() {
        let original = "A\u{0300}b **thu** 12";
        let p = Prepared::new(original);
        let at = p.text.find("12").unwrap();
        let [s, e] = p.span(at..at + 2);
        let chars: Vec<char> = original.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), "12");
        let at = p.text.find("Àb").unwrap();
        let [s, e] = p.span(at..at + "Àb".len());
        assert_eq!((s, e), (0, 3));
    }

    #[test]
    fn two_columns_become_lines() {
        let t = "Nơi nhận:            T/M BAN THƯỜNG VỤ\n- Lưu VP.             PHÓ BÍ THƯ";
        assert_eq!(
            clean(t),
            "Nơi nhận:\nT/M BAN THƯỜNG VỤ\n- Lưu VP.\nPHÓ BÍ THƯ\n"
        );
    }

    #[test]
    fn a_long_text_read_in_two_halves_reads_as_in_one() {
        // Wrapped lines, CRLF, a footnote, Markdown, NFD, blank lines: long
        // enough to be cut at a blank line near its middle.
        let block = "## Tình hình kinh tế\r\n\r\nThu ngân sách đạt 1.234,5 tỷ đồng, tăng 8,2%\r\nso với cùng kỳ; **xuất khẩu** đạt 45 triệu USD¹.\r\n¹ Số liệu sơ bộ.\r\n\r\nKha\u{301}nh Ho\u{300}a - ông Trần Văn Bảy, Bí thư.\n\n";
        let text = block.repeat(SPLIT_LEN / block.len() + 7);
        assert!(blank_line_near_middle(&text).is_some());
        let (lines, n) = lines_of(&text, 0);
        let whole = Prepared::from_lines(lines, n);
        let halves = Prepared::new(&text);
        assert_eq!(halves.text, whole.text);
        assert_eq!(halves.byte_pos, whole.byte_pos);
        assert_eq!(halves.orig, whole.orig);
        assert_eq!(halves.orig_len, whole.orig_len);
        assert_eq!(halves.footnotes_start, whole.footnotes_start);
    }

    #[test]
    fn empty_and_binary_input() {
        assert_eq!(clean(""), "");
        assert_eq!(clean("\u{0}\u{1}\u{301}"), "");
        let p = Prepared::new("");
        assert_eq!(p.span(0..0), [0, 0]);
    }
}
