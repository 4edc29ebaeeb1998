//! `toancanh values [--ref-date YYYY-MM-DD] TEXT`: every value the parser
//! recognises in TEXT, as a JSON array — the window into the value parser,
//! and how it is compared with Duckling.

use toancanh_core::values::scan::scan;
use toancanh_core::{CivilDate, Options};

/// The values of `text` as a JSON array (see `toancanh_core::values::scan::ValueItem`).
pub fn run(text: &str, ref_date: Option<CivilDate>) -> String {
    let items = scan(text, &Options { ref_date });
    serde_json::to_string(&items).unwrap_or_else(|_| "[]".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_array_of_values() {
        let r = CivilDate {
            year: 2017,
            month: 2,
            day: 2,
        };
        let out = run("hơn 1,42 đô la vào ngày mai", Some(r));
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        let items = v.as_array().expect("an array");
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["kind"], "money");
        assert_eq!(items[0]["currency"], "USD");
        assert_eq!(items[0]["value"], 1.42);
        assert_eq!(items[0]["span"], serde_json::json!([0, 14]));
        assert_eq!(items[1]["kind"], "date");
        assert_eq!(items[1]["date"], "2017-02-03");
        assert_eq!(run("", None), "[]");
    }
}
