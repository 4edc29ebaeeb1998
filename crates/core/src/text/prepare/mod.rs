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
//! The clean text has one paragraph per line. It is made in three steps,
//! each in its own module: [`decode`] (characters), [`lines`] (lines and
//! their clutter) and [`assemble`] (paragraphs). Every step keeps the map
//! back to the original ([`map`]); lines and paragraphs are kept as byte
//! ranges of the decoded text, which is copied once, at the end.

mod assemble;
mod decode;
mod lines;
mod map;

use map::{Mapped, Seg, View};

/// The clean text and its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub text: String,
    /// The original characters of each stretch of `text` (see [`map`]).
    segs: Vec<Seg>,
    /// Number of characters in the original input.
    orig_len: usize,
    /// Byte offset where the footnote paragraphs begin (== text.len() if none).
    pub footnotes_start: usize,
}

impl Prepared {
    pub fn new(original: &str) -> Prepared {
        let (decoded, lines, orig_len) = match blank_line_near_middle(original) {
            // A long text is cut in two at a blank line, where no line, link
            // or cluster runs on, and both halves are read side by side.
            Some(p) => {
                let (head, tail) = (original[..p].trim_end_matches('\r'), &original[p + 1..]);
                let skipped = original[head.len()..=p].chars().count();
                let tail_from = head.chars().count() + skipped;
                let ((mut text, mut lines, _), (tail_text, tail_lines, tail_len)) =
                    crate::parallel::join(
                        original.len(),
                        // The head gets room for the tail, appended to it.
                        || read_lines(head, 0, original.len()),
                        || read_lines(tail, tail_from as u32, 0),
                    );
                lines.append(tail_lines, text.text.len() as u32);
                text.append(tail_text);
                (text, lines, tail_from + tail_len)
            }
            None => read_lines(original, 0, 0),
        };
        let (clean, footnotes_start) = assemble::assemble(&decoded, &lines);
        let (text, segs) = clean.into_parts();
        Prepared {
            text,
            segs,
            orig_len,
            footnotes_start,
        }
    }

    fn view(&self) -> View<'_> {
        View {
            text: self.text.as_bytes(),
            segs: &self.segs,
        }
    }

    /// Whether the clean byte range stands for one stretch of the original,
    /// allowing for a line break or two in between (a wrapped line) but not
    /// for removed clutter ("Khánh Hòa ![ảnh](…) Bộ"): a name must not run
    /// across an image link.
    pub fn is_contiguous(&self, range: std::ops::Range<usize>) -> bool {
        if range.is_empty() || self.segs.is_empty() {
            return true;
        }
        let last = self.text.len() - 1;
        let a = range.start.min(last);
        let b = (range.end - 1).min(last).max(a);
        self.view().is_contiguous(a, b, 2)
    }

    /// The original character span of the clean byte range `range`.
    /// Always within bounds and non-empty when the input is non-empty.
    pub fn span(&self, range: std::ops::Range<usize>) -> [usize; 2] {
        if self.segs.is_empty() {
            return [0, 0];
        }
        let last = self.text.len() - 1;
        let a = range.start.min(last);
        let b = (range.end.max(range.start + 1) - 1).min(last).max(a);
        // The range may cover characters lifted from elsewhere (a footnote
        // moved to the end): take the hull of their original places.
        match self.view().hull(a, b) {
            Some((start, end)) => [start as usize, end as usize],
            None => {
                let s = (self.view().orig(a).0 as usize).min(self.orig_len.saturating_sub(1));
                [s, (s + 1).min(self.orig_len)]
            }
        }
    }

    #[cfg(test)]
    fn assert_tiles(&self) {
        self.view().assert_tiles();
    }

    /// The original range of every clean character, in order (for tests).
    #[cfg(test)]
    fn char_map(&self) -> Vec<(u32, u32)> {
        let view = self.view();
        self.text
            .char_indices()
            .map(|(b, _)| view.orig(b))
            .collect()
    }
}

/// The decoded text of `s`, whose first character is character `from` of
/// the original, its lines, and the number of characters of `s`; room is
/// made for `capacity` bytes of text.
fn read_lines(s: &str, from: u32, capacity: usize) -> (Mapped, lines::Lines, usize) {
    let (mut text, len) = decode::decode(s, from, capacity);
    lines::join_wrapped_links(&mut text);
    let lines = lines::split_lines(&text.text);
    (text, lines, len)
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
        // Only at the end of a word, wherever the word ends.
        assert_eq!(
            clean("hoàng HOÀ\u{200B}N khoẻ\nthuỳ"),
            "hoàng HOÀN khỏe thùy\n"
        );
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
    fn a_link_cut_by_a_wrap_is_read_whole() {
        let t = "Xem thêm ![ảnh hội\nnghị](http://x/y.jpg) và [báo\ncáo](http://z) đầy đủ.";
        assert_eq!(clean(t), "Xem thêm và báo cáo đầy đủ.\n");
    }

    #[test]
    fn stars_between_letters_are_no_emphasis() {
        // Emphasis at a word's edge goes; stars inside a word keep its two
        // halves apart (a name must not run into the next word).
        assert_eq!(clean("**Xuất khẩu** tăng"), "Xuất khẩu tăng\n");
        assert_eq!(
            clean("ông Trần Thị Bích**chủ trì"),
            "ông Trần Thị Bích**chủ trì\n"
        );
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
    fn removed_clutter_breaks_contiguity() {
        let p = Prepared::new("Khánh Hòa ![ảnh](http://x.jpg) Bộ Công Thương\nnói tiếp");
        let name = p.text.find("Hòa").unwrap()..p.text.find("Bộ").unwrap() + "Bộ".len();
        assert!(!p.is_contiguous(name));
        // A wrapped line is one stretch: its break is a single character.
        let wrapped = p.text.find("Công").unwrap()..p.text.find("nói").unwrap() + 3;
        assert!(p.is_contiguous(wrapped));
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
        let (decoded, lines, n) = read_lines(&text, 0, 0);
        let (clean, footnotes_start) = assemble::assemble(&decoded, &lines);
        let halves = Prepared::new(&text);
        assert_eq!(halves.text, clean.text);
        assert_eq!(halves.char_map(), clean.char_map());
        assert_eq!(halves.orig_len, n);
        assert_eq!(halves.footnotes_start, footnotes_start);
    }

    proptest::proptest! {
        #[test]
        fn the_map_tiles_the_clean_text_and_stays_in_bounds(
            s in "([a-zA-Z0-9 .,:;\\-\n\r\t#*_\\[\\]()!>]|[oOuUqQ]|[àáảãạèẻẽẹỳỷỹỵĐđơưỤ¹²]|\u{300}|\u{301}|\u{200B}|\u{A0}|\u{FFFD}|\u{0}|     |\n\n){0,120}"
        ) {
            let p = Prepared::new(&s);
            p.assert_tiles();
            let n = s.chars().count() as u32;
            proptest::prop_assert!(p.char_map().iter().all(|&(a, b)| a <= b && b <= n));
        }
    }

    #[test]
    fn the_map_tiles_long_runs_and_copies() {
        let long = format!(
            "{}\n\n**Tiêu đề** {}¹\n¹ Ghi chú.",
            "Thu ngân sách ".repeat(60),
            "hoà ".repeat(90)
        );
        let p = Prepared::new(&long);
        p.assert_tiles();
        assert!(p.text.starts_with("Thu ngân sách Thu"));
    }

    #[test]
    fn empty_and_binary_input() {
        assert_eq!(clean(""), "");
        assert_eq!(clean("\u{0}\u{1}\u{301}"), "");
        let p = Prepared::new("");
        assert_eq!(p.span(0..0), [0, 0]);
    }
}
