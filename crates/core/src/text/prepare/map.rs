//! Text with a map from each of its characters back to the original
//! characters it stands for.
//!
//! Most clean characters are original characters copied one for one, so
//! the map is kept as segments rather than per character: a *run* is a row
//! of clean characters standing for as many consecutive original ones; a
//! *point* is one clean character with an original range of any length (a
//! composed NFD cluster, an inserted space or line break). Runs hold about
//! [`RUN_BYTES`] bytes, so that finding a character inside one counts a few
//! bytes, never a whole line.

use std::ops::Range;

/// The most bytes a run is given (a character more may end it).
const RUN_BYTES: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Seg {
    /// Byte offset in the text of the segment's first character.
    byte: u32,
    /// Original characters: for a run, `end - start` of them, one for each
    /// clean character; for a point, the range of its one clean character.
    start: u32,
    end: u32,
    run: bool,
}

/// A text and its map to the original.
#[derive(Debug, Clone, Default)]
pub(super) struct Mapped {
    pub text: String,
    segs: Vec<Seg>,
}

/// The character boundary of UTF-8 bytes `b` at or before `i`.
fn char_floor(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(|&x| (x as i8) < -0x40) {
        i -= 1;
    }
    i
}

/// Number of characters in UTF-8 bytes (that is, of bytes that start one).
fn count_chars(b: &[u8]) -> u32 {
    b.iter().filter(|&&x| (x as i8) >= -0x40).count() as u32
}

impl Mapped {
    pub fn with_capacity(bytes: usize) -> Mapped {
        Mapped {
            text: String::with_capacity(bytes),
            segs: Vec::with_capacity(bytes / RUN_BYTES * 2 + 16),
        }
    }

    /// Appends `c`, standing for original characters `start..end`.
    #[inline]
    pub fn push(&mut self, c: char, start: u32, end: u32) {
        let byte = self.text.len() as u32;
        self.text.push(c);
        if end == start + 1 {
            if let Some(last) = self.segs.last_mut() {
                let used = byte - last.byte;
                if last.run && last.end == start && (used as usize) < RUN_BYTES {
                    last.end = end;
                    return;
                }
            }
        }
        self.segs.push(Seg {
            byte,
            start,
            end,
            run: end == start + 1,
        });
    }

    /// Appends text whose characters are original characters `start..`,
    /// one for one. Returns how many characters it has.
    pub fn push_plain(&mut self, plain: &str, start: u32) -> u32 {
        let base = self.text.len();
        self.text.push_str(plain);
        let b = plain.as_bytes();
        // Byte index in `plain` and original index of the next character.
        let (mut k, mut at) = (0usize, start);
        if let Some(last) = self.segs.last_mut() {
            let used = base - last.byte as usize;
            if last.run && last.end == at && used < RUN_BYTES {
                k = char_floor(b, (RUN_BYTES - used).min(b.len()));
                at += count_chars(&b[..k]);
                last.end = at;
            }
        }
        while k < b.len() {
            // A run's bytes end on a character boundary: a character has
            // at most 4 bytes, so at least one fits.
            let cut = char_floor(b, (k + RUN_BYTES).min(b.len()));
            let n = count_chars(&b[k..cut]);
            self.segs.push(Seg {
                byte: (base + k) as u32,
                start: at,
                end: at + n,
                run: true,
            });
            (k, at) = (cut, at + n);
        }
        at - start
    }

    /// Cuts the text back to `len` bytes (a character boundary).
    pub fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        while self.segs.last().is_some_and(|s| s.byte as usize >= len) {
            self.segs.pop();
        }
        if let Some(last) = self.segs.last_mut() {
            if last.run {
                last.end = last.start + count_chars(&self.text.as_bytes()[last.byte as usize..]);
            }
        }
    }

    /// Appends `other`, whose map already counts in the original's characters.
    pub fn append(&mut self, other: Mapped) {
        let shift = self.text.len() as u32;
        self.text.push_str(&other.text);
        self.segs.extend(other.segs.into_iter().map(|s| Seg {
            byte: s.byte + shift,
            ..s
        }));
    }

    /// Appends the bytes `r` of `src` (on character boundaries) with their map.
    pub fn append_range(&mut self, src: &Mapped, r: Range<usize>) {
        if r.is_empty() {
            return;
        }
        let base = self.text.len();
        self.text.push_str(&src.text[r.clone()]);
        let bytes = src.text.as_bytes();
        let mut i = src.view().seg_index(r.start);
        while let Some(&seg) = src.segs.get(i).filter(|s| (s.byte as usize) < r.end) {
            let seg_start = seg.byte as usize;
            let seg_end = src.segs.get(i + 1).map_or(bytes.len(), |n| n.byte as usize);
            let from = seg_start.max(r.start);
            let to = seg_end.min(r.end);
            let (start, end) = if !seg.run || (from == seg_start && to == seg_end) {
                (seg.start, seg.end)
            } else {
                let start = seg.start + count_chars(&bytes[seg_start..from]);
                (start, start + count_chars(&bytes[from..to]))
            };
            self.segs.push(Seg {
                byte: (base + from - r.start) as u32,
                start,
                end,
                run: seg.run,
            });
            i += 1;
        }
    }

    /// The map, for looking up.
    pub fn view(&self) -> View<'_> {
        View {
            text: self.text.as_bytes(),
            segs: &self.segs,
        }
    }

    /// The original range of the character that holds byte `b`.
    pub fn orig(&self, b: usize) -> (u32, u32) {
        self.view().orig(b)
    }

    /// The text and its segments, taken apart.
    pub fn into_parts(self) -> (String, Vec<Seg>) {
        (self.text, self.segs)
    }

    /// Checks that the segments tile the text: each starts on a character
    /// boundary after the one before, a run holds as many characters as it
    /// maps and at most [`RUN_BYTES`] bytes and a character, a point one.
    #[cfg(test)]
    pub fn assert_tiles(&self) {
        self.view().assert_tiles();
    }

    /// The original range of every character, in order (for tests).
    #[cfg(test)]
    pub fn char_map(&self) -> Vec<(u32, u32)> {
        self.text
            .char_indices()
            .map(|(b, _)| self.orig(b))
            .collect()
    }
}

/// A text's map, borrowed for looking up.
#[derive(Clone, Copy)]
pub(super) struct View<'a> {
    pub text: &'a [u8],
    pub segs: &'a [Seg],
}

impl View<'_> {
    /// See [`Mapped::assert_tiles`].
    #[cfg(test)]
    pub fn assert_tiles(&self) {
        let text = std::str::from_utf8(self.text).expect("UTF-8");
        assert_eq!(self.segs.is_empty(), text.is_empty());
        if let Some(first) = self.segs.first() {
            assert_eq!(first.byte, 0);
        }
        for (i, seg) in self.segs.iter().enumerate() {
            let from = seg.byte as usize;
            let to = self.segs.get(i + 1).map_or(text.len(), |n| n.byte as usize);
            assert!(
                from < to && text.is_char_boundary(from),
                "segment {i}: {seg:?}"
            );
            let chars = text[from..to].chars().count() as u32;
            if seg.run {
                assert_eq!(seg.end - seg.start, chars, "run {i}: {seg:?}");
                assert!(to - from < RUN_BYTES + 4, "run {i} of {} bytes", to - from);
            } else {
                assert_eq!(chars, 1, "point {i}: {seg:?}");
                assert!(seg.start <= seg.end);
            }
        }
    }

    /// Index of the segment holding byte `b` (`b` within the text).
    fn seg_index(&self, b: usize) -> usize {
        self.segs
            .partition_point(|s| s.byte as usize <= b)
            .saturating_sub(1)
    }

    /// The original range of the character that holds byte `b`.
    pub fn orig(&self, b: usize) -> (u32, u32) {
        match self.segs.get(self.seg_index(b)) {
            Some(seg) if seg.run => {
                let k = self.chars_before(seg, b);
                (seg.start + k, seg.start + k + 1)
            }
            Some(seg) => (seg.start, seg.end),
            None => (0, 0),
        }
    }

    /// How many characters of run `seg` come before the one holding byte `b`.
    fn chars_before(&self, seg: &Seg, b: usize) -> u32 {
        let from = seg.byte as usize;
        if b <= from {
            return 0;
        }
        count_chars(&self.text[from + 1..=b])
    }

    /// The hull of the original ranges of the characters holding bytes `a`
    /// to `b` (`a <= b`), leaving out characters that stand for nothing
    /// (inserted spaces and line breaks); `None` if all of them do.
    pub fn hull(&self, a: usize, b: usize) -> Option<(u32, u32)> {
        let (ia, ib) = (self.seg_index(a), self.seg_index(b));
        let mut start = u32::MAX;
        let mut end = 0u32;
        for (i, seg) in self.segs.iter().enumerate().take(ib + 1).skip(ia) {
            let (s, e) = if seg.run {
                let s = if i == ia {
                    seg.start + self.chars_before(seg, a)
                } else {
                    seg.start
                };
                let e = if i == ib {
                    seg.start + self.chars_before(seg, b) + 1
                } else {
                    seg.end
                };
                (s, e)
            } else {
                (seg.start, seg.end)
            };
            if s < e {
                start = start.min(s);
                end = end.max(e);
            }
        }
        (start != u32::MAX).then_some((start, end))
    }

    /// Whether each character from the one holding byte `a` to the one
    /// holding byte `b` starts at most `gap` characters after the one before
    /// it ends in the original.
    pub fn is_contiguous(&self, a: usize, b: usize, gap: u32) -> bool {
        let (ia, ib) = (self.seg_index(a), self.seg_index(b));
        // Inside a run the characters follow each other: only the seams
        // between segments can break the row.
        self.segs
            .get(ia..=ib)
            .is_none_or(|segs| segs.windows(2).all(|w| w[1].start <= w[0].end + gap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built(chars: &[(char, u32, u32)]) -> Mapped {
        let mut m = Mapped::default();
        for &(c, s, e) in chars {
            m.push(c, s, e);
        }
        m
    }

    #[test]
    fn runs_and_points_map_every_character() {
        let mut m = built(&[('Ả', 0, 2), ('n', 2, 3), ('h', 3, 4), (' ', 4, 4)]);
        m.push_plain(&"x".repeat(150), 10);
        m.assert_tiles();
        let map = m.char_map();
        assert_eq!(&map[..4], &[(0, 2), (2, 3), (3, 4), (4, 4)]);
        assert!(map[4..]
            .iter()
            .enumerate()
            .all(|(k, &se)| se == (10 + k as u32, 11 + k as u32)));
        // Points for "Ả" and " ", a run for "nh", one for 150 characters.
        assert_eq!(m.segs.len(), 2 + 1 + 1);
        // 300 bytes more: the last run fills up to 256 bytes, one more run.
        m.push_plain(&"ệ".repeat(100), 160);
        assert_eq!(m.segs.len(), 2 + 1 + 1 + 1);
        assert_eq!(m.char_map().last(), Some(&(259, 260)));
    }

    #[test]
    fn truncate_then_push_is_as_if_never_pushed() {
        let mut m = built(&[('h', 0, 1), ('o', 1, 2), ('à', 2, 3)]);
        m.truncate(1);
        m.push('ò', 1, 2);
        m.push('a', 2, 3);
        m.assert_tiles();
        assert_eq!(m.text, "hòa");
        assert_eq!(m.char_map(), vec![(0, 1), (1, 2), (2, 3)]);
    }

    #[test]
    fn a_copied_range_keeps_its_map() {
        let mut src = Mapped::default();
        src.push_plain("abc", 0);
        src.push('đ', 3, 5);
        src.push_plain(&"yế".repeat(35), 5);
        let mut out = Mapped::default();
        out.push(' ', 0, 0);
        let from = 1;
        let to = src.text.len() - "ế".len();
        out.append_range(&src, from..to);
        out.assert_tiles();
        let want: Vec<(u32, u32)> = std::iter::once((0, 0))
            .chain(src.char_map()[1..src.char_map().len() - 1].iter().copied())
            .collect();
        assert_eq!(out.char_map(), want);
    }

    #[test]
    fn hull_and_contiguity() {
        let mut m = built(&[('a', 0, 1), ('b', 1, 2), (' ', 2, 2)]);
        m.push_plain("cd", 9);
        assert_eq!(m.view().hull(0, 1), Some((0, 2)));
        assert_eq!(m.view().hull(2, 2), None);
        assert_eq!(m.view().hull(1, 4), Some((1, 11)));
        assert!(m.view().is_contiguous(0, 2, 2));
        assert!(!m.view().is_contiguous(0, 3, 2));
    }
}
