//! Stable sorting with one compiled sorting routine on the page.
//!
//! Every `sort_by` call with its own element type and comparator is a
//! separate copy of the standard library's sort in the binary: on the
//! page's wasm that was ≈ 110 KB of code before optimization. On wasm32 these
//! helpers sort a list of positions with a comparator behind a `dyn`
//! reference (one copy of the sort for the whole program) and then move the
//! elements into that order; natively they are the standard stable sort.
//! The result is the same either way: a stable sort by the comparator.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    if v.len() > 1 {
        let order = sorted_positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
        apply(v, &order);
    }
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
}

/// Puts element `order[k]` at position `k`, one cycle of the permutation
/// at a time (linear time, no copies).
#[cfg(any(target_arch = "wasm32", test))]
fn apply<T>(v: &mut [T], order: &[usize]) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut k = start;
        while !done[k] {
            done[k] = true;
            let from = order[k];
            if from == start {
                break;
            }
            v.swap(k, from);
            k = from;
        }
    }
}

/// Sorts `v` stably by the key `key` gives each element.
pub fn by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order.
pub fn ascending<T: Ord>(v: &mut [T]) {
    by(v, T::cmp);
}

/// Positions `0..n` in the order `cmp` puts them, stably: the one
/// instantiation of the standard sort the wasm build contains.
#[cfg(target_arch = "wasm32")]
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..n).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        by_key(&mut v, |x| x.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec!["bb", "a", "ccc", ""];
        by_key(&mut w, |s| std::cmp::Reverse(s.len()));
        assert_eq!(w, ["ccc", "bb", "a", ""]);
        let mut n = vec![5, 3, 9, 1];
        ascending(&mut n);
        assert_eq!(n, [1, 3, 5, 9]);
        // The wasm path's permutation, checked here too.
        let mut letters = vec!['d', 'a', 'c', 'b', 'e'];
        apply(&mut letters, &[1, 3, 2, 0, 4]);
        assert_eq!(letters, ['a', 'b', 'c', 'd', 'e']);
        let mut rot = vec![1, 2, 3, 4, 0];
        apply(&mut rot, &[4, 0, 1, 2, 3]);
        assert_eq!(rot, [0, 1, 2, 3, 4]);
        let mut empty: Vec<u8> = Vec::new();
        ascending(&mut empty);
        assert!(empty.is_empty());
    }
}
