//! Lines → paragraphs: wrapped lines and sentences cut by a page break or
//! a footnote re-joined, footnote bodies set apart; then the paragraphs
//! written out as the clean text, one per line, body first.

use super::lines::{LineKind, Lines};
use super::map::Mapped;

/// A paragraph: lines of the clean text, read with a space between each.
#[derive(Debug, Clone)]
pub(super) struct Para {
    /// Indices in [`Lines::lines`].
    lines: Vec<u32>,
}

/// Width from which a line without final punctuation is taken to be wrapped.
const WRAP_WIDTH: u32 = 60;

/// The clean text `m` cut into `lines`, read as paragraphs.
#[derive(Clone, Copy)]
struct Reader<'a> {
    m: &'a Mapped,
    lines: &'a Lines,
}

impl<'a> Reader<'a> {
    /// The characters of line `li`.
    fn line_chars(&self, li: u32) -> impl DoubleEndedIterator<Item = char> + 'a {
        let (text, lines) = (self.m.text.as_str(), self.lines);
        lines
            .parts_of(&lines.lines[li as usize])
            .iter()
            .flat_map(move |r| text[r.start as usize..r.end as usize].chars())
    }

    /// The characters of a paragraph, lines joined by a space.
    fn para_chars<'p>(&self, p: &'p Para) -> impl DoubleEndedIterator<Item = char> + 'p
    where
        'a: 'p,
    {
        let me = *self;
        p.lines
            .iter()
            .enumerate()
            .flat_map(move |(k, &li)| (k > 0).then_some(' ').into_iter().chain(me.line_chars(li)))
    }

    /// Byte offset of the first and just past the last character of line `li`.
    fn line_bounds(&self, li: u32) -> (usize, usize) {
        let parts = self.lines.parts_of(&self.lines.lines[li as usize]);
        match (parts.first(), parts.last()) {
            (Some(a), Some(b)) => (a.start as usize, b.end as usize),
            _ => (0, 0),
        }
    }

    /// Where the last character of line `li` ends in the original.
    fn line_end(&self, li: u32) -> u32 {
        let (_, end) = self.line_bounds(li);
        self.m.orig(end.saturating_sub(1)).1
    }

    /// Sentence-final punctuation: a paragraph that ends with one of these
    /// is not continued on the next line.
    fn ends_sentence(&self, p: &Para) -> bool {
        if self.ends_with_photo_credit(p) {
            return true;
        }
        self.para_chars(p).next_back().is_some_and(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | '…' | '"' | '”' | '\'' | ')' | ']' | '»'
            )
        })
    }

    /// "… tại buổi làm việc. Ảnh: T.SỸ": a caption ends with its credit.
    fn ends_with_photo_credit(&self, p: &Para) -> bool {
        // The credit is under 30 characters: when the paragraph's last 120
        // bytes (30 characters at least) hold no "Ả", it has none.
        if let Some(&li) = p.lines.last() {
            let (start, end) = self.line_bounds(li);
            let parts = self.lines.parts_of(&self.lines.lines[li as usize]);
            let last = parts.last().map_or(start, |r| r.start as usize);
            if end - last >= 120 {
                let text = self.m.text.as_str();
                let from = crate::text::ceil_char(text, end - 120);
                if !text[from..end].contains('Ả') {
                    return false;
                }
            }
        }
        let mut tail: Vec<char> = self.para_chars(p).rev().take(40).collect();
        tail.reverse();
        let tail: String = tail.into_iter().collect();
        tail.rfind("Ảnh:")
            .or_else(|| tail.rfind("Ảnh :"))
            .is_some_and(|at| {
                let credit = &tail[at..];
                !credit.contains(". ") && credit.chars().count() < 30
            })
    }

    /// A paragraph in capitals ("THÔNG BÁO KẾT LUẬN"): a heading, never continued.
    fn is_heading(&self, p: &Para) -> bool {
        // Stops at the first small letter: asked of a growing paragraph for
        // each line joined to it, it must not read the paragraph every time.
        let mut upper = 0;
        for c in self.para_chars(p) {
            if c.is_lowercase() {
                return false;
            }
            upper += usize::from(c.is_uppercase());
        }
        upper >= 4
    }

    fn starts_lowercase(&self, li: u32) -> bool {
        let mut it = self.line_chars(li);
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
    fn starts_block(&self, li: u32) -> bool {
        let s: String = self.line_chars(li).take(16).collect();
        let mut chars = s.chars();
        match chars.next() {
            Some('-' | '+' | '•') => {
                // "- Như mục III" opens an item; "- xã hội" continues a compound.
                return chars.next() == Some(' ')
                    && chars.next().is_some_and(|c| !c.is_lowercase());
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
                return short
                    && (head.ends_with('.') || head.ends_with(')'))
                    && rest.starts_with(' ');
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
        // A line in capitals. Stops at the first small letter.
        let mut upper = 0;
        for c in self.line_chars(li) {
            if c.is_lowercase() {
                return false;
            }
            upper += usize::from(c.is_uppercase());
        }
        upper > 3
    }

    /// Length of a paragraph in the original, from its first character to
    /// the end of its last: a wrapper counts the decomposed marks of NFD
    /// text, so the original width is what tells a wrapped line.
    fn original_width(&self, p: &Para) -> u32 {
        let (Some(&first), Some(&last)) = (p.lines.first(), p.lines.last()) else {
            return 0;
        };
        let start = self.m.orig(self.line_bounds(first).0).0;
        self.line_end(last).saturating_sub(start)
    }

    /// Lines → paragraphs (body and footnotes).
    fn paragraphs(&self) -> (Vec<Para>, Vec<Para>) {
        let mut body: Vec<Para> = Vec::new();
        let mut notes: Vec<Para> = Vec::new();
        // Whether the current body paragraph may continue after a gap
        // (blank lines or footnotes in between).
        let mut gap = false;
        let mut in_note = false;
        let mut last_heading = false;
        for (li, line) in self.lines.lines.iter().enumerate() {
            let li = li as u32;
            match line.kind {
                LineKind::Blank => {
                    gap = true;
                    in_note = false;
                }
                LineKind::Footnote => {
                    notes.push(Para { lines: vec![li] });
                    in_note = true;
                    // A text line right below continues the footnote.
                    gap = false;
                }
                LineKind::Text => {
                    if in_note && !gap && !line.heading && !self.starts_block(li) {
                        // The footnote body goes on to a second line.
                        if let Some(note) = notes.last_mut() {
                            note.lines.push(li);
                            continue;
                        }
                    }
                    in_note = false;
                    let cont = !line.heading
                        && !last_heading
                        && body.last().is_some_and(|prev| {
                            !self.ends_sentence(prev)
                                && !self.is_heading(prev)
                                && !self.starts_block(li)
                                && if gap {
                                    self.starts_lowercase(li)
                                        && self.para_chars(prev).nth(19).is_some()
                                } else {
                                    self.starts_lowercase(li)
                                        || self.original_width(prev) >= WRAP_WIDTH
                                }
                        });
                    last_heading = line.heading;
                    match body.last_mut() {
                        Some(prev) if cont => prev.lines.push(li),
                        _ => body.push(Para { lines: vec![li] }),
                    }
                    gap = false;
                }
            }
        }
        (body, notes)
    }

    /// Writes a paragraph and its line break: each space between two lines
    /// and the line break stand for the place where the line before ends.
    fn write(&self, p: &Para, out: &mut Mapped) {
        let mut end = None;
        for &li in &p.lines {
            if let Some(e) = end {
                out.push(' ', e, e);
            }
            for r in self.lines.parts_of(&self.lines.lines[li as usize]) {
                out.append_range(self.m, r.start as usize..r.end as usize);
            }
            end = Some(self.line_end(li));
        }
        if let Some(e) = end {
            out.push('\n', e, e);
        }
    }
}

/// The clean text of `m` cut into `lines`: its paragraphs one per line,
/// the footnotes after the body, and the byte offset where they begin.
pub(super) fn assemble(m: &Mapped, lines: &Lines) -> (Mapped, usize) {
    let reader = Reader { m, lines };
    let (body, notes) = reader.paragraphs();
    let mut out = Mapped::with_capacity(m.text.len() + 16);
    for p in &body {
        reader.write(p, &mut out);
    }
    let footnotes_start = out.text.len();
    for p in &notes {
        reader.write(p, &mut out);
    }
    (out, footnotes_start)
}
