//! A set of byte ranges of the clean text (dates, document numbers, …) that
//! extractors must not read as something else, queried in logarithmic time
//! so that long inputs stay linear.

use std::ops::Range;

#[derive(Debug, Clone, Default)]
pub struct Mask {
    /// Sorted by start, non-overlapping (touching ranges merged).
    ranges: Vec<Range<usize>>,
}

impl Mask {
    pub fn new(mut ranges: Vec<Range<usize>>) -> Mask {
        ranges.retain(|r| r.start < r.end);
        crate::sort::by_key(&mut ranges, |r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Mask { ranges: merged }
    }

    /// Whether any masked byte falls in `r`.
    pub fn overlaps(&self, r: &Range<usize>) -> bool {
        let i = self.ranges.partition_point(|m| m.end <= r.start);
        self.ranges.get(i).is_some_and(|m| m.start < r.end)
    }

    /// Whether `r` lies wholly inside one masked range.
    pub fn covers(&self, r: &Range<usize>) -> bool {
        let i = self.ranges.partition_point(|m| m.end <= r.start);
        self.ranges
            .get(i)
            .is_some_and(|m| m.start <= r.start && r.end <= m.end)
    }

    /// The masked ranges that overlap `r`, in order.
    pub fn within(&self, r: &Range<usize>) -> &[Range<usize>] {
        let a = self.ranges.partition_point(|m| m.end <= r.start);
        let b = self.ranges.partition_point(|m| m.start < r.end);
        &self.ranges[a..b.max(a)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries() {
        let m = Mask::new(vec![10..20, 5..8, 18..25, 40..41]);
        assert!(m.overlaps(&(7..9)));
        assert!(!m.overlaps(&(8..10)));
        assert!(m.covers(&(12..24)));
        assert!(!m.covers(&(24..26)));
        assert_eq!(m.within(&(0..100)).len(), 3);
        assert_eq!(m.within(&(21..40)).to_vec(), vec![10..25]);
        assert!(Mask::new(vec![]).within(&(0..5)).is_empty());
    }
}
