//! A text that uses every lexicon once, for warming up a long-lived analyzer.
//!
//! The regexes' lazy DFAs build their states from the bytes they read, and
//! the page's engine compiles its hot code after it has run a while: a first
//! real text that meets bytes no earlier text had is read ≈ 20–30 % slower
//! than the second. The page's worker analyses this text once when it
//! starts (off the page's thread), so that the first text a person pastes is
//! read at full speed. It is built from the lexicons, so it grows with them;
//! the names and figures in it mean nothing.

use crate::lexicon;

/// Every province, body, title head, metric phrase, unit, document kind and
/// family name in the sentences of the genre, with figures, dates,
/// periods, document numbers and a numbered list.
pub fn warm_up_text() -> String {
    let mut t = String::from(
        "THÔNG BÁO KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\
         Ngày 14/6/2024, tại Hội nghị lần thứ 12, ông Nguyễn Văn An - Bí thư Tỉnh ủy chủ trì; \
         dự có các Phó Chủ tịch UBND tỉnh: Trần Thị Bình, Lê Hoàng Cường.\n",
    );
    let surnames = lexicon::surnames();
    for (i, p) in lexicon::provinces().iter().enumerate() {
        let s = surnames.get(i % surnames.len().max(1)).unwrap_or(&"Nguyễn");
        t.push_str(&format!(
            "Sáng 5/12, UBND tỉnh {} làm việc với đồng chí {s} Văn Hải. ",
            p.name
        ));
    }
    t.push('\n');
    for (i, m) in lexicon::metric_phrases().iter().enumerate() {
        t.push_str(&format!(
            "{} 9 tháng năm 2025 đạt {},{} tỷ đồng, tăng {},{}% so với cùng kỳ, bằng {}% kế hoạch; ",
            m.phrase,
            1000 + i * 37,
            i % 10,
            i % 15,
            i % 7,
            80 + i % 20
        ));
    }
    t.push_str("xếp thứ 14/63, Top 5 cả nước.\n");
    for (i, k) in lexicon::doc_kinds().iter().enumerate() {
        let code = k.codes.first().copied().unwrap_or("NQ");
        t.push_str(&format!(
            "Thực hiện {} số {}-{code}/TU ngày {}/{}/2024 của Ban Thường vụ Tỉnh ủy. ",
            k.name,
            i + 1,
            1 + i % 28,
            1 + i % 12
        ));
    }
    t.push('\n');
    for (i, b) in lexicon::bodies().iter().enumerate() {
        t.push_str(&format!(
            "{}. Giao {} chủ trì, phối hợp các sở, ngành hoàn thành trước Quý {}/2025.\n",
            i + 1,
            b.name,
            ["I", "II", "III", "IV"][i % 4]
        ));
    }
    for h in lexicon::title_heads() {
        t.push_str(&format!(
            "Đồng chí Phạm Minh Tuấn, {h} UBND tỉnh, phát biểu. "
        ));
    }
    t.push('\n');
    for (i, u) in lexicon::unit_words().iter().enumerate() {
        t.push_str(&format!("khoảng {},{} {}; ", 10 + i, i % 10, u.text));
    }
    t.push_str("giai đoạn 2021 - 2025, nhiệm kỳ 2025 - 2030, cuối năm nay, 6 tháng đầu năm.\n");
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uses_the_lexicons_and_reads_as_a_text() {
        let t = warm_up_text();
        assert!(t.len() > 20_000, "{} bytes", t.len());
        for p in lexicon::provinces() {
            assert!(t.contains(p.name), "{}", p.name);
        }
        let a = crate::analyze(&t, &crate::Options::default());
        assert!(a.indicators.len() > 50);
        assert!(!a.directives.is_empty() && !a.references.is_empty());
    }
}
