//! Hostile input: each case must return an analysis (no panic, no stack
//! overflow) whose spans are still valid. No timing assertions here: speed is
//! measured by `cargo bench`.
//!
//! The biggest inputs run at full size only in optimized builds
//! (`cargo test --release`); a debug build runs them at a tenth of the size so
//! that `cargo test` stays quick.

mod common;

use common::*;

/// `full` in optimized builds, `full / 10` in debug builds.
fn size(full: usize) -> usize {
    if cfg!(debug_assertions) {
        full / 10
    } else {
        full
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Repeats `unit` until the text has at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

fn check(label: &str, text: &str) {
    let a = run(text);
    assert_invariants(label, text, &a);
}

#[test]
fn empty() {
    let a = run("");
    assert_eq!(a.schema_version, 1);
    assert!(a.indicators.is_empty() && a.meetings.is_empty() && a.directives.is_empty());
    assert!(a.references.is_empty() && a.people.is_empty() && a.timeline.is_empty());
    assert_invariants("empty", "", &a);
}

#[test]
fn whitespace_only() {
    for text in [
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{3000}\u{2028}\u{2029}\u{feff}\u{200b}",
        &" \n".repeat(10_000),
    ] {
        let a = run(text);
        assert!(
            a.indicators.is_empty() && a.people.is_empty(),
            "{text:?} gave items"
        );
        assert_invariants("whitespace", text, &a);
    }
}

#[test]
fn single_characters() {
    for c in [
        '.',
        ',',
        '/',
        '-',
        '%',
        '¹',
        '*',
        '#',
        '\u{301}',
        '\0',
        'đ',
        '9',
        '\u{fffd}',
        '\u{10ffff}',
    ] {
        check(&format!("{c:?}"), &c.to_string());
    }
}

#[test]
fn binary_like() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let bytes: Vec<u8> = (0..size(1 << 20)).map(|_| rng.next() as u8).collect();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    check("random bytes (lossy)", &text);
    // Bytes biased toward ASCII digits and punctuation, then lossy.
    let pool = b"0123456789.,/-:% \n\xc3\xa1\xe1\xbb\x87\xff\x00";
    let bytes: Vec<u8> = (0..size(1 << 20))
        .map(|_| pool[rng.below(pool.len())])
        .collect();
    check("biased bytes (lossy)", &String::from_utf8_lossy(&bytes));
}

#[test]
fn latin1_mojibake() {
    // A UTF-8 fixture read as Latin-1: every byte becomes one character.
    for (name, text) in fixtures() {
        let moji: String = text.bytes().map(char::from).collect();
        check(&format!("{name} as Latin-1"), &moji);
    }
}

#[test]
fn nul_bytes() {
    check("NULs", &"\0".repeat(size(1 << 20)));
    for (name, text) in fixtures() {
        let with_nuls: String = text.chars().flat_map(|c| [c, '\0']).collect();
        check(&format!("{name} with NULs"), &with_nuls);
        let with_nuls_in_lines = text.replace('\n', "\0\n\0");
        check(&format!("{name} with NUL lines"), &with_nuls_in_lines);
    }
}

#[test]
fn three_mb_line_without_spaces() {
    let n = size(3 << 20);
    check("letters", &"a".repeat(n));
    check(
        "genre words glued",
        &repeat_to("Thungânsáchđạt17.320,3tỷđồng,bằng103,8%dựtoán;", n),
    );
    check("url", &format!("https://{}", repeat_to("x.example.vn/", n)));
}

#[test]
fn five_mb_of_digits_and_separators() {
    let n = size(5 << 20);
    let mut rng = Rng(42);
    let pool = b"0123456789012345678901234567890123456789.,/-:% .,";
    let text: String = (0..n)
        .map(|_| pool[rng.below(pool.len())] as char)
        .collect();
    check("digits and separators", &text);
    check("one huge number", &"9".repeat(n));
    check("one huge grouped number", &repeat_to("999.", n));
    check("one huge decimal", &format!("0,{}", "1".repeat(n)));
}

#[test]
fn digits_separators_and_spaces_name_no_variable() {
    // Numbers everywhere and no word: a figure without a nameable variable
    // is no indicator, so a reader gets an empty page, not thousands of
    // label-less cards.
    let n = size(5 << 20);
    let mut rng = Rng(7);
    let pool = b"0123456789.,% ";
    let text: String = (0..n)
        .map(|_| pool[rng.below(pool.len())] as char)
        .collect();
    check("digits, separators and spaces", &text);
    let a = toancanh_core::analyze(&text, &toancanh_core::Options::default());
    assert!(a.indicators.is_empty(), "{} indicators", a.indicators.len());
}

#[test]
fn huge_values_stay_finite() {
    // f64 overflow: 400 nines are beyond f64::MAX; the analysis must not hold inf or NaN.
    let nines = "9".repeat(400);
    let text = format!(
        "Thu ngân sách đạt {nines} tỷ đồng, bằng {nines}% dự toán và tăng {nines}%, xếp thứ {nines}/{nines} tỉnh."
    );
    check("overflowing numbers", &text);
}

#[test]
fn nested_list_numbers() {
    let n = size(20_000);
    // One item number 20,000 levels deep.
    check(
        "deep number",
        &format!("{} Giao Sở Tài chính chủ trì.", "1.".repeat(n)),
    );
    // 20,000 lines of an outline whose depth goes up and down.
    let mut counters = vec![0usize; 64];
    let mut text = String::from("KẾT LUẬN\n\nII. NHIỆM VỤ\n\n");
    for i in 0..n {
        let depth = 1 + (i * 7 % 13).min(i % 40);
        counters[depth - 1] += 1;
        for c in counters.iter_mut().skip(depth) {
            *c = 0;
        }
        let number: Vec<String> = counters[..depth]
            .iter()
            .map(|c| c.max(&1).to_string())
            .collect();
        text.push_str(&number.join("."));
        text.push_str(". Giao Sở Tài chính chủ trì, hoàn thành trong tháng 10/2025.\n");
    }
    check("outline", &text);
    // A staircase: "1.", "1.1.", "1.1.1.", ... up to 200 levels, repeated.
    let mut stairs = String::new();
    let mut i = 0;
    while stairs.len() < size(2 << 20) {
        stairs.push_str(&"1.".repeat(i % 200 + 1));
        stairs.push('\n');
        i += 1;
    }
    check("staircase", &stairs);
}

#[test]
fn odd_dates() {
    let n = size(100_000);
    let odd = [
        "99/99/9999",
        "32-13",
        "0/0",
        "31/2/2024",
        "29/2/2023",
        "ngày 00 tháng 13 năm 0",
        "Quý V/2024",
        "quý 0",
        "tháng 0/2024",
        "ngày 31/4",
        "00-00-0000",
        "9999-99-99",
        "1/1/1",
        "ngày 5 tháng 1 năm 99999",
        "6 tháng đầu năm 0",
        "cuối năm -1",
        "giai đoạn 2030 - 2021",
        "Chiều 40-11",
        "22.44",
        "0h00 ngày 1/7",
    ];
    let mut text = String::new();
    for i in 0..n {
        text.push_str(odd[i % odd.len()]);
        text.push_str(if i.is_multiple_of(17) { "\n" } else { " " });
    }
    check("odd dates", &text);
}

#[test]
fn combining_marks() {
    let n = size(200_000);
    check("marks on one letter", &format!("a{}", "\u{301}".repeat(n)));
    let marks: String = (0..n)
        .map(|i| char::from_u32(0x300 + (i % 0x24) as u32).unwrap())
        .collect();
    check("marks alone", &marks);
    let mixed: String = (0..n)
        .flat_map(|i| {
            let base = ['a', 'o', 'u', '1', ' ', '.'][i % 6];
            [base, char::from_u32(0x300 + (i * 7 % 0x24) as u32).unwrap()]
        })
        .collect();
    check("marks mixed", &mixed);
}

#[test]
fn repetition_that_could_be_quadratic() {
    let n = size(50_000);
    check(
        "one reference many times",
        &"Theo Kết luận số 1234-KL/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy. ".repeat(n / 5),
    );
    check(
        "many references",
        &(0..n / 5)
            .map(|i| format!("Nghị quyết số {i}-NQ/TU ngày 1/1/2024; "))
            .collect::<String>(),
    );
    check(
        "one figure many times",
        &"Thu ngân sách đạt 12.345,6 tỷ đồng, bằng 104,2% dự toán. ".repeat(n / 5),
    );
    let names: Vec<String> = (0..n / 5).map(|i| format!("Nguyễn Văn Tên{i}")).collect();
    check(
        "a list of names",
        &format!("các Phó Chủ tịch UBND tỉnh: {}.", names.join(", ")),
    );
    check(
        "one person many times",
        &"Đồng chí Lê Minh Khoa, Bí thư Tỉnh ủy phát biểu. ".repeat(n / 5),
    );
    check(
        "directives",
        &"Đồng chí đề nghị các sở khẩn trương hoàn thành trong tháng 10/2025. ".repeat(n / 5),
    );
    check(
        "meetings",
        &"Chiều 14-11, Ban Thường vụ Tỉnh ủy họp. ".repeat(n / 5),
    );
}

#[test]
fn markup_and_footnotes() {
    let n = size(1 << 20);
    check("bold markers", &"*".repeat(n));
    check(
        "brackets",
        &format!("{}{}", "[![(".repeat(n / 8), ")]".repeat(n / 8)),
    );
    check("underlines", &repeat_to("=====\n#####\n-----\n", n));
    check("superscripts", &repeat_to("¹²³⁴⁵⁶⁷⁸⁹⁰", n));
    check(
        "footnote lines",
        &repeat_to("¹ Trong năm 2024 đạt 12,5%;\n\n", n),
    );
    check(
        "signature blocks",
        &repeat_to("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n", n),
    );
}

#[test]
fn line_endings_and_invisible_characters() {
    for (name, text) in fixtures() {
        check(&format!("{name} CR only"), &text.replace('\n', "\r"));
        check(&format!("{name} with BOM"), &format!("\u{feff}{text}"));
        check(
            &format!("{name} with zero-width spaces"),
            &text.replace(' ', " \u{200b}"),
        );
        check(&format!("{name} with NBSP"), &text.replace(' ', "\u{a0}"));
        check(
            &format!("{name} without line breaks"),
            &text.replace('\n', " "),
        );
        check(
            &format!("{name} every char on a line"),
            &text.chars().flat_map(|c| [c, '\n']).collect::<String>(),
        );
    }
}

#[test]
fn truncated_fixtures() {
    // Every prefix boundary of a fixture, in steps: a text cut anywhere.
    for (name, text) in fixtures() {
        let chars: Vec<char> = text.chars().collect();
        for end in (0..chars.len()).step_by(97) {
            let cut: String = chars[..end].iter().collect();
            check(&format!("{name}[..{end}]"), &cut);
        }
    }
}

#[test]
fn deep_stack_is_not_needed() {
    // The web build runs on a 1 MB stack: analyze a hostile text there.
    let text = format!(
        "{}{}",
        "(".repeat(size(100_000)),
        "1.".repeat(size(100_000))
    );
    let handle = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            let a = run(&text);
            assert_invariants("1 MB stack", &text, &a);
        })
        .expect("spawn");
    handle.join().expect("analyze on a 1 MB stack");
}

/// Inputs that once broke the analyzer, each with what it broke.
#[test]
fn regressions() {
    // proptest: a byte slice of a directive ended inside "đ" (panic in directives).
    check(
        "verb at a cut",
        "[Xem chi tiết](http://x.vn) ngày\nđề nghị\nT/M BAN THƯỜNG VỤ ",
    );
    check(
        "verb at a cut, variants",
        "[Xem](http://x.vn) đề nghị\nĐề nghị\nGiao\ngiao đ",
    );
    // cargo fuzz: the verb alone, at the very end of the text (same panic).
    for verb in [
        "yêu cầu",
        "Yêu cầu",
        "đề nghị",
        "Đề nghị",
        "giao",
        "Giao",
        "lưu ý",
        "chỉ đạo",
    ] {
        check(verb, verb);
        check(verb, &format!("{verb} "));
        check(verb, &format!("Đồng chí {verb}"));
    }
    // Quadratic scans: every "[" looked for its "]" to the end of the text.
    check("unclosed brackets", &"[".repeat(size(100_000)));
    check("unclosed image links", &"![a".repeat(size(30_000)));
    check("link without target", &"[a]".repeat(size(30_000)));
    check("open target", &format!("[a]({}", "(".repeat(size(100_000))));
}
