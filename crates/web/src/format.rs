//! Pure formatting helpers: numbers the Vietnamese way, ISO dates for people.
//!
//! Nothing here touches the DOM, so it is unit-tested natively.

use crate::i18n::Lang;

/// Formats a number with the grouping and decimal marks of `lang`:
/// Vietnamese `12.345,6`, English `12,345.6`. At most `max_dec` decimals,
/// trailing zeros dropped.
pub fn number(v: f64, lang: Lang) -> String {
    number_dec(v, lang, 3)
}

pub fn number_dec(v: f64, lang: Lang, max_dec: usize) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let (group, dec) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut s = format!("{:.*}", max_dec, v.abs());
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    let (int_part, frac_part) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut out = String::with_capacity(s.len() + 8);
    if v < 0.0 && (int_part != "0" || frac_part.is_some()) {
        out.push('-');
    }
    let digits = int_part.as_bytes();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(*d as char);
    }
    if let Some(f) = frac_part {
        out.push(dec);
        out.push_str(&f);
    }
    out
}

const ROMAN: [&str; 5] = ["", "I", "II", "III", "IV"];

/// Parsed ISO date of any precision the SPEC allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateKey {
    pub year: i32,
    /// first month the date covers (1 for a bare year)
    pub month: u32,
    pub day: u32,
    /// 0 = day, 1 = month, 2 = quarter, 3 = half, 4 = year (finer sorts first)
    pub coarse: u8,
}

pub fn parse_date(iso: &str) -> Option<DateKey> {
    let mut it = iso.trim().split('-');
    let year: i32 = it.next()?.parse().ok()?;
    let part = it.next();
    let day = it.next();
    match (part, day) {
        (None, _) => Some(DateKey {
            year,
            month: 1,
            day: 1,
            coarse: 4,
        }),
        (Some(p), None) if p.starts_with('Q') => {
            let q: u32 = p[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
            Some(DateKey {
                year,
                month: (q - 1) * 3 + 1,
                day: 1,
                coarse: 2,
            })
        }
        (Some(p), None) if p.starts_with('H') => {
            let h: u32 = p[1..].parse().ok().filter(|h| (1..=2).contains(h))?;
            Some(DateKey {
                year,
                month: (h - 1) * 6 + 1,
                day: 1,
                coarse: 3,
            })
        }
        (Some(m), None) => Some(DateKey {
            year,
            month: m.parse().ok()?,
            day: 1,
            coarse: 1,
        }),
        (Some(m), Some(d)) => Some(DateKey {
            year,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
            coarse: 0,
        }),
    }
}

/// "2024-11-14" → "14/11/2024"; "2024-Q2" → "Quý II/2024"; unknown shapes are
/// returned as given.
pub fn date(iso: &str, lang: Lang) -> String {
    let t = iso.trim();
    let mut it = t.split('-');
    let (Some(y), p, d) = (it.next(), it.next(), it.next()) else {
        return t.to_string();
    };
    match (p, d, lang) {
        (None, _, Lang::Vi) => format!("năm {y}"),
        (None, _, Lang::En) => y.to_string(),
        (Some(p), None, _) if p.starts_with('Q') => {
            let q: usize = p[1..].parse().unwrap_or(0);
            match lang {
                Lang::Vi => format!("Quý {}/{y}", ROMAN.get(q).copied().unwrap_or(p)),
                Lang::En => format!("{p} {y}"),
            }
        }
        (Some("H1"), None, Lang::Vi) => format!("6 tháng đầu năm {y}"),
        (Some("H2"), None, Lang::Vi) => format!("6 tháng cuối năm {y}"),
        (Some(p), None, Lang::En) if p.starts_with('H') => format!("{p} {y}"),
        (Some(m), None, Lang::Vi) => format!("tháng {}/{y}", m.trim_start_matches('0')),
        (Some(m), None, Lang::En) => format!("{}/{y}", m),
        (Some(m), Some(d), Lang::Vi) => format!("{d}/{m}/{y}"),
        (Some(m), Some(d), Lang::En) => format!("{y}-{m}-{d}"),
    }
}

/// Milliseconds as shown under the input: "1,8 ms".
pub fn millis(ms: f64, lang: Lang) -> String {
    let dec = if ms < 10.0 { 1 } else { 0 };
    let s = number_dec(ms, lang, dec);
    format!("{s} ms")
}

/// Truncates to at most `max` characters, adding "…".
pub fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_numbers() {
        assert_eq!(number(12345.6, Lang::Vi), "12.345,6");
        assert_eq!(number(12345.6, Lang::En), "12,345.6");
        assert_eq!(number(104.2, Lang::Vi), "104,2");
        assert_eq!(number(1000000.0, Lang::Vi), "1.000.000");
        assert_eq!(number(-1.0, Lang::Vi), "-1");
        assert_eq!(number(-0.6, Lang::Vi), "-0,6");
        assert_eq!(number(0.0, Lang::Vi), "0");
        assert_eq!(number(7.0, Lang::Vi), "7");
        assert_eq!(number(2.81, Lang::Vi), "2,81");
        assert_eq!(number(999.0, Lang::Vi), "999");
        assert_eq!(number(17320.3, Lang::Vi), "17.320,3");
    }

    #[test]
    fn dates() {
        assert_eq!(date("2024-11-14", Lang::Vi), "14/11/2024");
        assert_eq!(date("2024-10", Lang::Vi), "tháng 10/2024");
        assert_eq!(date("2024-Q2", Lang::Vi), "Quý II/2024");
        assert_eq!(date("2024-H1", Lang::Vi), "6 tháng đầu năm 2024");
        assert_eq!(date("2030", Lang::Vi), "năm 2030");
        assert_eq!(date("2030", Lang::En), "2030");
        assert!(parse_date("2024-Q2").unwrap() < parse_date("2024-05-01").unwrap());
        assert!(parse_date("2024-04-01").unwrap() < parse_date("2024-Q2").unwrap());
        assert!(parse_date("2024").unwrap() > parse_date("2024-01-01").unwrap());
        assert!(parse_date("x").is_none());
    }

    #[test]
    fn millis_and_ellipsis() {
        assert_eq!(millis(1.83, Lang::Vi), "1,8 ms");
        assert_eq!(millis(123.4, Lang::Vi), "123 ms");
        assert_eq!(ellipsis("abcdef", 4), "abc…");
        assert_eq!(ellipsis("abc", 4), "abc");
    }
}
