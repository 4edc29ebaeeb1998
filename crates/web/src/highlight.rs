//! Turns the analysis' character spans into highlighted segments of the
//! source text. Spans are *character* (Unicode scalar) offsets; the page
//! never converts them to UTF-16: it slices the Rust string by characters
//! and lets the DOM hold plain text nodes, so astral characters, NFD marks
//! and CRLF all line up.

use toancanh_core::{Analysis, IndicatorKind, Span};

/// One highlighted place in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// "indicators/3", "people/0", "document/signer" — the same paths as
    /// the timeline's `ref`.
    pub rref: String,
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
}

fn push(out: &mut Vec<Item>, rref: &str, kind: &'static str, sp: &Span) {
    let (start, end) = (sp[0], sp[1]);
    if start < end {
        out.push(Item {
            rref: rref.to_string(),
            kind,
            start,
            end,
        });
    }
}

/// Every span of every item, the first mention first.
pub fn items(a: &Analysis) -> Vec<Item> {
    let mut out = Vec::new();
    for (i, x) in a.indicators.iter().enumerate() {
        let r = format!("indicators/{i}");
        let kind = if x.kind == IndicatorKind::Target {
            "target"
        } else {
            "indicator"
        };
        push(&mut out, &r, kind, &x.span);
        for m in &x.mentions {
            push(&mut out, &r, kind, m);
        }
    }
    for (i, x) in a.meetings.iter().enumerate() {
        push(&mut out, &format!("meetings/{i}"), "meeting", &x.span);
    }
    for (i, x) in a.directives.iter().enumerate() {
        push(&mut out, &format!("directives/{i}"), "directive", &x.span);
    }
    for (i, x) in a.references.iter().enumerate() {
        let r = format!("references/{i}");
        push(&mut out, &r, "reference", &x.span);
        for m in &x.mentions {
            push(&mut out, &r, "reference", m);
        }
    }
    for (i, x) in a.people.iter().enumerate() {
        let r = format!("people/{i}");
        push(&mut out, &r, "person", &x.span);
        for m in &x.mentions {
            push(&mut out, &r, "person", m);
        }
    }
    if let Some(s) = &a.document.signer {
        push(&mut out, "document/signer", "document", &s.span);
    }
    // the first span of an item often repeats among its mentions
    toancanh_core::sort::by(&mut out, |a, b| {
        (a.start, a.end, &a.rref).cmp(&(b.start, b.end, &b.rref))
    });
    out.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.rref == b.rref);
    out
}

/// The first span of an item, for scrolling to it.
pub fn first_span(a: &Analysis, rref: &str) -> Option<(usize, usize)> {
    let (coll, idx) = rref.split_once('/')?;
    let span: Span = match coll {
        "document" => a.document.signer.as_ref()?.span,
        _ => {
            let i: usize = idx.parse().ok()?;
            match coll {
                "indicators" => a.indicators.get(i)?.span,
                "meetings" => a.meetings.get(i)?.span,
                "directives" => a.directives.get(i)?.span,
                "references" => {
                    let r = a.references.get(i)?;
                    if r.span[0] < r.span[1] {
                        r.span
                    } else {
                        *r.mentions.first()?
                    }
                }
                "people" => {
                    let p = a.people.get(i)?;
                    if p.span[0] < p.span[1] {
                        p.span
                    } else {
                        *p.mentions.first()?
                    }
                }
                _ => return None,
            }
        }
    };
    (span[0] < span[1]).then_some((span[0], span[1]))
}

/// A run of text covered by the same set of items.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    /// indices into the item list of every item covering the run
    pub cover: Vec<usize>,
    /// the innermost (shortest) covering item: the one a click means
    pub top: Option<usize>,
    /// items whose span starts here (scroll targets)
    pub starts: Vec<usize>,
}

/// Splits `[from, to)` into segments. `items` may be in any order.
pub fn segments(items: &[Item], from: usize, to: usize) -> Vec<Segment> {
    if from >= to {
        return Vec::new();
    }
    let mut bounds: Vec<usize> = vec![from, to];
    let mut live: Vec<usize> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if it.end > from && it.start < to {
            live.push(i);
            bounds.push(it.start.clamp(from, to));
            bounds.push(it.end.clamp(from, to));
        }
    }
    toancanh_core::sort::ascending(&mut bounds);
    bounds.dedup();
    // sweep: items sorted by start, active list pruned by end
    toancanh_core::sort::by_key(&mut live, |&i| items[i].start);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(bounds.len());
    for w in bounds.windows(2) {
        let (s, e) = (w[0], w[1]);
        while next < live.len() && items[live[next]].start <= s {
            active.push(live[next]);
            next += 1;
        }
        active.retain(|&i| items[i].end > s);
        let cover: Vec<usize> = active.clone();
        let top = cover
            .iter()
            .copied()
            .min_by_key(|&i| (items[i].end - items[i].start, i));
        let starts = cover
            .iter()
            .copied()
            .filter(|&i| items[i].start == s)
            .collect();
        out.push(Segment {
            start: s,
            end: e,
            cover,
            top,
            starts,
        });
    }
    out
}

/// Byte offsets of the given character positions (sorted ascending);
/// positions past the end map to `text.len()`.
pub fn byte_offsets(text: &str, chars_sorted: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(chars_sorted.len());
    let mut it = text.char_indices().enumerate();
    let mut cur = it.next();
    for &c in chars_sorted {
        loop {
            match cur {
                Some((ci, (bi, _))) if ci == c => {
                    out.push(bi);
                    break;
                }
                Some((ci, _)) if ci < c => cur = it.next(),
                _ => {
                    out.push(text.len());
                    break;
                }
            }
        }
    }
    out
}

/// Character count, cached by callers for big texts.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// Characters per page of the sources pane: big texts are shown a page at
/// a time so the main thread never builds a million DOM nodes at once.
pub const PAGE_CHARS: usize = 40_000;

pub fn page_of(pos: usize) -> usize {
    pos / PAGE_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn it(r: &str, s: usize, e: usize) -> Item {
        Item {
            rref: r.into(),
            kind: "indicator",
            start: s,
            end: e,
        }
    }

    #[test]
    fn nested_spans_split_into_runs() {
        let items = vec![it("directives/0", 0, 10), it("indicators/0", 2, 5)];
        let segs = segments(&items, 0, 12);
        let runs: Vec<(usize, usize, Option<usize>)> =
            segs.iter().map(|s| (s.start, s.end, s.top)).collect();
        assert_eq!(
            runs,
            vec![
                (0, 2, Some(0)),
                (2, 5, Some(1)),
                (5, 10, Some(0)),
                (10, 12, None)
            ]
        );
        assert_eq!(segs[1].cover, vec![0, 1]);
        assert_eq!(segs[1].starts, vec![1]);
    }

    #[test]
    fn window_clips_items() {
        let items = vec![it("a/0", 5, 15)];
        let segs = segments(&items, 10, 20);
        assert_eq!(segs.len(), 2);
        assert_eq!((segs[0].start, segs[0].end, segs[0].top), (10, 15, Some(0)));
        assert!(segs[0].starts.is_empty());
    }

    #[test]
    fn char_offsets_with_astral_and_nfd() {
        // "🙂" is 4 bytes and 2 UTF-16 units but one character;
        // "a\u{0301}" is two characters.
        let t = "🙂 a\u{301}b 12,5%";
        let offs = byte_offsets(t, &[0, 1, 2, 4, 6, 11, 99]);
        assert_eq!(offs, vec![0, 4, 5, 8, 10, 15, t.len()]);
        assert_eq!(&t[offs[4]..offs[5]], "12,5%");
    }
}
