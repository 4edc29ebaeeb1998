//! Numerals written with digits. Vietnamese uses "." for thousands and ","
//! for decimals ("17.320,3"); pasted texts also carry English-style numbers
//! ("33,293 người", "2.45"). The reading is decided by the shape of the
//! numeral and, when the shape is ambiguous, by what it counts.

/// How a numeral is used, as far as it matters for reading its separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Counts whole things (people, households): a fraction is impossible.
    Count,
    /// Anything else: money, percentages, measures.
    Measure,
}

/// Parses `\d+([.,]\d+)*`. `None` if the text is not such a numeral.
pub fn parse_numeral(s: &str, ctx: Context) -> Option<f64> {
    let s = s.trim();
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let b = s.as_bytes();
    // A digit first, or a decimal mark then a digit (",77").
    if !(b[0].is_ascii_digit() || b.len() > 1 && b[1].is_ascii_digit()) {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let groups_of_three = |sep: char| {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    let digits: String = match (dots, commas) {
        (0, 0) => s.to_string(),
        (_, 0) => {
            if dots == 1 && !groups_of_three('.') {
                s.to_string() // English decimal point: "2.45"
            } else if groups_of_three('.') {
                s.replace('.', "")
            } else {
                return None;
            }
        }
        (0, _) => {
            let thousands = groups_of_three(',') && (commas > 1 || ctx == Context::Count);
            if thousands {
                s.replace(',', "")
            } else if commas == 1 {
                s.replace(',', ".")
            } else {
                return None;
            }
        }
        _ => {
            // Both: the last separator is the decimal one.
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            if last_comma > last_dot {
                s.replace('.', "").replace(',', ".")
            } else {
                s.replace(',', "")
            }
        }
    };
    let digits = if digits.starts_with('.') {
        format!("0{digits}")
    } else {
        digits
    };
    if digits.matches('.').count() > 1 {
        return None;
    }
    decimal_value(&digits)
}

/// Exact powers of ten as `f64` (every one up to 10²² is representable).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of plain decimal digits with at most one `.` ("17320.3",
/// "0.25", "1200"). Up to 15 significant digits it is exactly what
/// `str::parse::<f64>` gives (an integer and a power of ten, both exact,
/// divided with one rounding); longer numerals are within a unit in the
/// last place, and more than 19 digits is no figure (`None`). It keeps the
/// float parser and its 20 KB table out of the page's wasm.
fn decimal_value(digits: &str) -> Option<f64> {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut m: u64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        m = m.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    let scale = POW10.get(frac.len())?;
    // `m as f64` is exact below 2^53.
    #[allow(clippy::cast_precision_loss)]
    Some(m as f64 / scale)
}

/// Whether a numeral has a leading zero ("03", "06"): in administrative
/// writing this marks a small count that names a list.
pub fn has_leading_zero(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0] == b'0' && b[1].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_value_is_the_float_parser() {
        for d in [
            "0",
            "1200",
            "17320.3",
            "0.25",
            ".5",
            "123456789012345",
            "3.141592653589793",
            "99.99",
            "000.1",
            "18446744073709551615",
        ] {
            let d = if d.starts_with('.') {
                format!("0{d}")
            } else {
                d.to_string()
            };
            assert_eq!(decimal_value(&d), d.parse::<f64>().ok(), "{d}");
        }
        assert_eq!(decimal_value("184467440737095516160"), None);
        assert_eq!(decimal_value("1.2.3"), None);
        assert_eq!(decimal_value(""), None);
    }
    use Context::*;

    #[test]
    fn vietnamese_format() {
        assert_eq!(parse_numeral("17.320,3", Measure), Some(17320.3));
        assert_eq!(parse_numeral("1.050,6", Measure), Some(1050.6));
        assert_eq!(parse_numeral("47.002", Measure), Some(47002.0));
        assert_eq!(parse_numeral("3.000.000", Measure), Some(3_000_000.0));
        assert_eq!(parse_numeral("10,45", Measure), Some(10.45));
        assert_eq!(parse_numeral("0,77", Measure), Some(0.77));
        assert_eq!(parse_numeral(",77", Measure), Some(0.77));
    }

    #[test]
    fn english_format() {
        assert_eq!(parse_numeral("33,293", Count), Some(33293.0));
        assert_eq!(parse_numeral("1,234,567", Measure), Some(1_234_567.0));
        assert_eq!(parse_numeral("1,234.5", Measure), Some(1234.5));
        assert_eq!(parse_numeral("2.45", Measure), Some(2.45));
    }

    #[test]
    fn ambiguous_comma_is_decimal_unless_counting() {
        assert_eq!(parse_numeral("1,700", Measure), Some(1.7));
        assert_eq!(parse_numeral("1,700", Count), Some(1700.0));
    }

    #[test]
    fn not_numerals() {
        assert_eq!(parse_numeral("", Measure), None);
        assert_eq!(parse_numeral("1.2.3", Measure), None);
        assert_eq!(parse_numeral("12a", Measure), None);
        assert_eq!(parse_numeral("..", Measure), None);
    }

    #[test]
    fn leading_zero() {
        assert!(has_leading_zero("03"));
        assert!(!has_leading_zero("0,5"));
        assert!(!has_leading_zero("30"));
    }
}
