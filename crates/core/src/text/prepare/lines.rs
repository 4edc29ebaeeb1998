//! The clean characters cut into lines, each cleaned of Markdown and web
//! clutter and told apart as text, blank or footnote body. A line is kept
//! as the byte ranges of the clean text it is made of, not as a copy.

use std::ops::Range;

use super::map::Mapped;

/// A line of the input, cleaned of clutter, with what kind of line it is.
#[derive(Debug, Clone)]
pub(super) struct Line {
    /// Indices in [`Lines::parts`] of the pieces of clean text the line
    /// keeps, in order (none for a blank line).
    pub parts: Range<u32>,
    pub kind: LineKind,
    /// A Markdown heading ("# …"): a paragraph of its own.
    pub heading: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LineKind {
    Blank,
    Text,
    Footnote,
}

/// The lines of a clean text.
#[derive(Debug, Clone, Default)]
pub(super) struct Lines {
    pub lines: Vec<Line>,
    /// Byte ranges of the clean text, shared by all lines.
    pub parts: Vec<Range<u32>>,
}

impl Lines {
    /// The pieces of `line`, as byte ranges of the clean text.
    pub fn parts_of<'a>(&'a self, line: &Line) -> &'a [Range<u32>] {
        &self.parts[line.parts.start as usize..line.parts.end as usize]
    }

    /// Appends the lines of a text that follows this one, `shift` bytes on.
    pub fn append(&mut self, other: Lines, shift: u32) {
        let base = self.parts.len() as u32;
        self.parts.extend(
            other
                .parts
                .into_iter()
                .map(|r| r.start + shift..r.end + shift),
        );
        self.lines.extend(other.lines.into_iter().map(|l| Line {
            parts: l.parts.start + base..l.parts.end + base,
            ..l
        }));
    }

    fn push(&mut self, kind: LineKind, heading: bool, parts: impl IntoIterator<Item = Range<u32>>) {
        let from = self.parts.len() as u32;
        self.parts.extend(parts);
        self.lines.push(Line {
            parts: from..self.parts.len() as u32,
            kind,
            heading,
        });
    }

    fn push_blank(&mut self) {
        self.push(LineKind::Blank, false, []);
    }
}

pub(super) fn is_superscript(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴'..='⁹')
}

/// A run of this many spaces inside a line separates two columns (a
/// signature block copied from a two-column PDF: "Nơi nhận:      T/M BAN
/// THƯỜNG VỤ"): each column piece is read as a line of its own.
const COLUMN_GAP: usize = 5;

/// Markdown links and images cut by a hard wrap ("![ảnh hội\nnghị](http://…)")
/// are put back on one line so that the line cleaner sees them whole.
pub(super) fn join_wrapped_links(m: &mut Mapped) {
    let mut breaks: Vec<usize> = Vec::new();
    let text = m.text.as_str();
    let mut from = 0;
    while let Some(k) = text[from..].find('[') {
        let open = from + k;
        from = open + 1;
        // Up to 599 characters after "[" for the "](", up to 598 after
        // that for the ")", as the link cleaner reads them.
        let after = text[open + 1..].char_indices().take(599);
        let mut close = None;
        let mut prev_newline = false;
        for (off, c) in after {
            if c == '\n' && prev_newline {
                break; // a blank line: no link spans paragraphs
            }
            prev_newline = c == '\n';
            if c == ']' && text[open + 1 + off + 1..].starts_with('(') {
                let target = open + 1 + off + 2;
                close = text[target..]
                    .char_indices()
                    .take(598)
                    .find(|&(_, c)| c == ')')
                    .map(|(o, _)| target + o);
                break;
            }
        }
        if let Some(end) = close {
            breaks.extend(
                text[open..end]
                    .bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(k, _)| open + k),
            );
            from = end + 1;
        }
    }
    for b in breaks {
        m.text.replace_range(b..b + 1, " ");
    }
}

/// The lines of clean text `text`.
pub(super) fn split_lines(text: &str) -> Lines {
    let mut lines = Lines::default();
    let mut at = 0;
    for raw in text.split('\n') {
        let base = at;
        at += raw.len() + 1;
        if !raw.contains("     ") {
            clean_line(raw, base, &mut lines);
            continue;
        }
        let b = raw.as_bytes();
        let mut start = 0;
        let mut spaces = 0;
        for i in 0..b.len() {
            if b[i] == b' ' {
                spaces += 1;
                continue;
            }
            if spaces >= COLUMN_GAP && b[start..i - spaces].iter().any(|&c| c != b' ') {
                clean_line(&raw[start..i - spaces], base + start, &mut lines);
                start = i;
            }
            spaces = 0;
        }
        clean_line(&raw[start..], base + start, &mut lines);
    }
    lines
}

/// Byte classes (bits) for the first look at a line.
const MARKDOWN: u8 = 1;
const NOT_DASH: u8 = 2;
/// The first byte of a superscript digit (see [`has_superscript`]).
const SUPERSCRIPT_LEAD: u8 = 4;

static BYTE_CLASS: [u8; 256] = {
    let mut t = [NOT_DASH; 256];
    t[b'-' as usize] = 0;
    t[b' ' as usize] = 0;
    let marks = b"[*_#>!=";
    let mut i = 0;
    while i < marks.len() {
        t[marks[i] as usize] |= MARKDOWN;
        i += 1;
    }
    t[0xC2] |= SUPERSCRIPT_LEAD;
    t[0xE2] |= SUPERSCRIPT_LEAD;
    t
};

/// Whether UTF-8 `b` holds a superscript digit: "¹²³" are C2 B9, C2 B2,
/// C2 B3, and "⁰⁴…⁹" are E2 81 B0, E2 81 B4…B9.
fn has_superscript(b: &[u8]) -> bool {
    let mut from = 0;
    while let Some(k) = b[from..].iter().position(|&x| x == 0xC2 || x == 0xE2) {
        let i = from + k;
        if matches!(
            (b[i], b.get(i + 1), b.get(i + 2)),
            (0xC2, Some(0xB2 | 0xB3 | 0xB9), _) | (0xE2, Some(0x81), Some(0xB0 | 0xB4..=0xB9))
        ) {
            return true;
        }
        from = i + 1;
    }
    false
}

/// The byte ranges of `raw` (at byte `base` of the text) with runs of
/// spaces made one and spaces at either end dropped.
fn spaces_folded(raw: &str, base: usize) -> Vec<Range<u32>> {
    let mut parts: Vec<Range<u32>> = Vec::new();
    let mut at = base;
    for word in raw.split(' ') {
        let (start, end) = (at, at + word.len());
        at = end + 1;
        if word.is_empty() {
            continue;
        }
        let (start, end) = (start as u32, end as u32);
        match parts.last_mut() {
            // One space between: the words run on.
            Some(last) if last.end + 1 == start => last.end = end,
            // More: the first space stays with the word before.
            Some(last) => {
                last.end += 1;
                parts.push(start..end);
            }
            None => parts.push(start..end),
        }
    }
    parts
}

/// Cleans the line `raw`, found at byte `base` of the clean text.
fn clean_line(raw: &str, base: usize, out: &mut Lines) {
    // One look at every byte: most lines are plain text, looked at closer
    // only when they carry Markdown, superscripts or odd spaces.
    let bytes = raw.as_bytes();
    let seen = bytes
        .iter()
        .fold(0, |seen, &b| seen | BYTE_CLASS[b as usize]);
    let marked = seen & MARKDOWN != 0;
    let dashes_only = seen & NOT_DASH == 0;
    let superscripts = seen & SUPERSCRIPT_LEAD != 0 && has_superscript(bytes);
    // Spaces the copy below would drop: leading, doubled or trailing.
    let odd_spaces =
        bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') || raw.contains("  ");
    let heading = raw.trim_start_matches(' ').starts_with('#');
    if marked || dashes_only {
        let trimmed = raw.trim();
        if trimmed.is_empty() || is_rule_line(trimmed) || is_web_clutter(trimmed) {
            return out.push_blank();
        }
    } else if raw.chars().all(char::is_whitespace) {
        return out.push_blank();
    }
    // Footnote body: opens with a superscript number.
    let footnote = raw
        .chars()
        .find(|c| !c.is_whitespace())
        .is_some_and(is_superscript);
    let kind = if footnote {
        LineKind::Footnote
    } else {
        LineKind::Text
    };
    let needs_keep = marked || footnote;
    if !needs_keep && !superscripts && !odd_spaces {
        // A plain line (most of them) is kept whole.
        let whole = base as u32..(base + raw.len()) as u32;
        return out.push(kind, heading, std::iter::once(whole));
    }
    if !needs_keep && !superscripts {
        // Only spaces to fold.
        return out.push(kind, heading, spaces_folded(raw, base));
    }
    let chars: Vec<char> = raw.chars().collect();
    let mut keep = vec![true; chars.len()];
    if footnote {
        let mut k = chars.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
        while k < chars.len() && (is_superscript(chars[k]) || chars[k] == ' ') {
            keep[k] = false;
            k += 1;
        }
    }
    if marked {
        strip_markdown(&chars, &mut keep);
    }
    // The characters kept, runs of spaces folded, as byte ranges.
    let mut kept: Vec<(Range<usize>, char)> = Vec::new();
    for ((at, c), keep) in raw.char_indices().zip(keep) {
        if !keep || is_superscript(c) {
            continue;
        }
        if c == ' ' && kept.last().is_none_or(|(_, p)| *p == ' ') {
            continue;
        }
        kept.push((at..at + c.len_utf8(), c));
    }
    while kept.last().is_some_and(|(_, c)| *c == ' ') {
        kept.pop();
    }
    if kept.is_empty() {
        return out.push_blank();
    }
    let mut parts: Vec<Range<u32>> = Vec::new();
    for (r, _) in kept {
        let r = (base + r.start) as u32..(base + r.end) as u32;
        match parts.last_mut() {
            Some(last) if last.end == r.start => last.end = r.end,
            _ => parts.push(r),
        }
    }
    out.push(kind, heading, parts);
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
fn strip_markdown(chars: &[char], keep: &mut [bool]) {
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
            '*' => {
                // A run of '*' is emphasis at a word's edge ("**xuất khẩu**");
                // between two letters ("Bích**chủ") it marks no emphasis and
                // stays, so that the words on its sides stay apart.
                let mut j = i;
                while j < n && chars[j] == '*' {
                    j += 1;
                }
                let inner =
                    i > 0 && chars[i - 1].is_alphanumeric() && j < n && chars[j].is_alphanumeric();
                if !inner {
                    for k in keep.iter_mut().take(j).skip(i) {
                        *k = false;
                    }
                }
                i = j;
                continue;
            }
            '_' if i + 1 < n && chars[i + 1] == '_' => {
                keep[i] = false;
                keep[i + 1] = false;
                i += 1;
            }
            '!' if i + 1 < n && chars[i + 1] == '[' => {
                // An image: drop all of `![alt](url "title")`.
                if let Some(end) = link_end(chars, i + 1) {
                    for k in keep.iter_mut().take(end).skip(i) {
                        *k = false;
                    }
                    i = end;
                    continue;
                }
            }
            '[' => {
                if let Some(end) = link_end(chars, i) {
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
