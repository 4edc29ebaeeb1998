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
    digits.parse::<f64>().ok().filter(|v| v.is_finite())
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
