//! Numbers written as words: "hai mươi mốt", "một trăm linh năm",
//! "mười lăm", "hai triệu rưỡi", "nửa", "chục nghìn".

/// A number read from words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordNumber {
    /// The value before the last scale word ("hai triệu" → 2).
    pub head: f64,
    /// The last scale word's multiplier (1 if none).
    pub scale: f64,
    /// Byte length of the words read, from the start of the input.
    pub len: usize,
    /// The trailing scale words as written ("triệu", "nghìn tỷ").
    pub scale_words_start: Option<usize>,
}

impl WordNumber {
    pub fn value(&self) -> f64 {
        self.head * self.scale
    }
}

fn digit(w: &str) -> Option<f64> {
    Some(match w {
        "không" => 0.0,
        "một" | "mốt" => 1.0,
        "hai" => 2.0,
        "ba" => 3.0,
        "bốn" | "tư" => 4.0,
        "năm" | "lăm" => 5.0,
        "sáu" => 6.0,
        "bảy" | "bẩy" => 7.0,
        "tám" => 8.0,
        "chín" => 9.0,
        _ => return None,
    })
}

pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "nghìn" | "ngàn" => 1e3,
        "vạn" => 1e4,
        "triệu" => 1e6,
        "tỷ" | "tỉ" => 1e9,
        _ => return None,
    })
}

/// Reads number words at the start of `s` (lowercase or not). Returns `None`
/// when no number word opens `s`.
pub fn parse_words(s: &str) -> Option<WordNumber> {
    let mut total = 0.0f64; // finished groups, already scaled
    let mut hundreds = 0.0f64;
    let mut part = 0.0f64; // tens and units of the current group
    let mut after_tens = false; // "mươi"/"mười"/"linh" just read: a unit may follow
    let mut after_linh = false; // "linh"/"lẻ" just read: "năm" is five, not a year
    let mut last_scale: Option<f64> = None;
    let mut seen_any = false;
    let mut len = 0usize;
    let mut pos = 0usize;
    let mut scale_words_start: Option<usize> = None;
    let mut prev_was_scale = false;
    let mut prev_digit = false;
    for word in s.split(' ') {
        let wstart = pos;
        pos += word.len() + 1;
        let w = word.to_lowercase();
        let w = w.trim_end_matches([',', '.', ';', ':']);
        let consumed_end = wstart + word.trim_end_matches([',', '.', ';', ':']).len();
        if let Some(d) = digit(w) {
            // "lăm"/"mốt"/"tư" only follow tens; "năm" alone after a number is a year word.
            if matches!(w, "lăm" | "mốt") && !after_tens {
                break;
            }
            // After tens, five is "lăm": "mười năm" is ten years.
            if w == "năm" && after_tens && !after_linh {
                break;
            }
            if prev_digit && !after_tens {
                break;
            }
            if after_tens {
                part += d;
                after_tens = false;
                after_linh = false;
            } else {
                part = d;
            }
            prev_digit = true;
            prev_was_scale = false;
        } else if w == "mười" {
            if prev_digit || part != 0.0 {
                break;
            }
            part = 10.0;
            after_tens = true;
            prev_digit = false;
            prev_was_scale = false;
        } else if w == "mươi" {
            if !prev_digit {
                break;
            }
            part *= 10.0;
            after_tens = true;
            prev_digit = false;
        } else if w == "linh" || w == "lẻ" {
            if hundreds == 0.0 && !prev_was_scale {
                break;
            }
            after_tens = true;
            after_linh = true;
            prev_digit = false;
        } else if w == "trăm" {
            hundreds = if part == 0.0 && !seen_any {
                100.0
            } else {
                part * 100.0
            };
            part = 0.0;
            after_tens = false;
            prev_digit = false;
            prev_was_scale = false;
        } else if w == "chục" {
            part = if part == 0.0 { 10.0 } else { part * 10.0 };
            prev_digit = false;
        } else if let Some(m) = scale_word(w) {
            let group = hundreds + part;
            if group == 0.0 && prev_was_scale {
                total *= m; // "nghìn tỷ"
            } else if group == 0.0 && !seen_any {
                total = m; // "triệu" alone
            } else {
                total += group * m;
            }
            hundreds = 0.0;
            part = 0.0;
            after_tens = false;
            if scale_words_start.is_none() || !prev_was_scale {
                scale_words_start = Some(wstart);
            }
            last_scale = Some(last_scale.map_or(m, |l| if prev_was_scale { l * m } else { m }));
            prev_was_scale = true;
            prev_digit = false;
        } else if w == "rưỡi" {
            match last_scale {
                Some(m) if prev_was_scale => total += m / 2.0,
                _ if hundreds > 0.0 && part == 0.0 => part = 50.0,
                _ => break,
            }
            prev_was_scale = false;
            prev_digit = false;
        } else if w == "nửa" && !seen_any {
            part = 0.5;
            prev_digit = true;
        } else {
            break;
        }
        seen_any = true;
        len = consumed_end;
    }
    if !seen_any {
        return None;
    }
    let value = total + hundreds + part;
    let scale = last_scale.unwrap_or(1.0);
    let head = if last_scale.is_some() {
        value / scale
    } else {
        value
    };
    Some(WordNumber {
        head,
        scale,
        len,
        scale_words_start: if last_scale.is_some() {
            scale_words_start
        } else {
            None
        },
    })
}

/// "nhất" (first), "nhì" (second) and the cardinal words, as ordinals after "thứ".
pub fn ordinal_word(w: &str) -> Option<f64> {
    match w.to_lowercase().as_str() {
        "nhất" => Some(1.0),
        "nhì" => Some(2.0),
        "tư" => Some(4.0),
        other => digit(other)
            .filter(|d| *d > 0.0)
            .or_else(|| parse_words(other).map(|n| n.value())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<f64> {
        parse_words(s).map(|n| n.value())
    }

    #[test]
    fn cardinals() {
        assert_eq!(v("không"), Some(0.0));
        assert_eq!(v("mười lăm"), Some(15.0));
        assert_eq!(v("mười bốn"), Some(14.0));
        assert_eq!(v("ba mươi ba"), Some(33.0));
        assert_eq!(v("hai mươi mốt"), Some(21.0));
        assert_eq!(v("một trăm linh năm"), Some(105.0));
        assert_eq!(v("một trăm hai mươi"), Some(120.0));
        assert_eq!(v("trăm"), Some(100.0));
        assert_eq!(v("hai triệu"), Some(2e6));
        assert_eq!(v("hai triệu rưỡi"), Some(2.5e6));
        assert_eq!(v("bảy ngàn"), Some(7000.0));
        assert_eq!(v("mười nghìn tỷ"), Some(1e13));
        assert_eq!(v("chục nghìn tỷ"), Some(1e13));
        assert_eq!(v("nửa"), Some(0.5));
    }

    #[test]
    fn head_and_scale() {
        let n = parse_words("hơn").is_none();
        assert!(n);
        let n = parse_words("hai triệu người").unwrap();
        assert_eq!((n.head, n.scale, n.len), (2.0, 1e6, "hai triệu".len()));
        assert_eq!(n.scale_words_start, Some("hai ".len()));
    }

    #[test]
    fn not_numbers() {
        assert_eq!(v("năm năm"), Some(5.0)); // reads one word only
        assert_eq!(v("mười năm"), Some(10.0)); // ten years, not fifteen
        assert_eq!(v("hai mươi năm"), Some(20.0));
        assert_eq!(v("lăm"), None);
        assert_eq!(v("tỉnh"), None);
        assert_eq!(v(""), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_word("nhất"), Some(1.0));
        assert_eq!(ordinal_word("ba"), Some(3.0));
        assert_eq!(ordinal_word("tỉnh"), None);
    }
}
