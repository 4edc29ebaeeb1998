//! Prints the concept of each label read from standard input, one label a
//! line, optionally followed by a tab and its unit ("thu ngân sách\ttỷ
//! đồng"): what a linguist checks after adding a synonym to
//! `src/lexicon/data/concepts.tsv`.
//!
//! ```text
//! printf 'hộ nghèo\t%%\nquy mô GRDP\ttỷ đồng\n' | cargo run -p toancanh-core --example concept
//! ```

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let (label, unit) = match line.split_once('\t') {
            Some((l, u)) if !u.trim().is_empty() => (l, Some(u.trim())),
            Some((l, _)) => (l, None),
            None => (line.as_str(), None),
        };
        match toancanh_core::lexicon::concept_of(label, unit) {
            Some(c) => println!("{}\t{}\t{}\t{label}", c.top(), c.id, c.vi),
            None => println!("-\t-\t-\t{label}"),
        }
    }
}
