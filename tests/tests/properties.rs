//! Properties of `analyze` that hold for every input (proptest), and the
//! robustness of the fixtures' analyses to changes of form only (NFD, CRLF,
//! hard wrapping, tone-mark placement).

mod common;

use common::*;
use proptest::prelude::*;
use proptest::sample::select;
use toancanh_core::{analyze, CivilDate, Options};

/// Cases per property: `PROPTEST_CASES` if set, else `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Strategies

/// Characters the genre is made of, and the ones that trip parsers.
const POOL: &[char] = &[
    'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ',
    'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'x', 'y', 'A', 'Đ', 'H', 'I', 'K', 'L', 'N', 'Q', 'T',
    'U', 'V', 'X', 'à', 'á', 'ả', 'ã', 'ạ', 'ế', 'ệ', 'ộ', 'ờ', 'ữ', 'ỷ', 'Ủ', 'Ỉ', '\u{300}',
    '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}', '\u{306}', '\u{31b}', '0', '1', '2',
    '3', '4', '5', '6', '7', '8', '9', '0', '1', '2', '9', '.', ',', '/', '-', ':', '%', '.', ',',
    '/', '-', ' ', ' ', ' ', ' ', '\n', '\n', '\r', '\t', '¹', '²', '³', '⁴', '*', '#', '=', '_',
    '[', ']', '(', ')', '!', '|', '>', '`', '–', '—', '…', '“', '”', '\u{a0}', '\u{feff}',
    '\u{200b}', '\0', '\u{fffd}', '²', '₫', '$',
];

fn char_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(select(POOL), 0..400).prop_map(|cs| cs.into_iter().collect())
}

/// Words and pieces of the genre that each start a different extractor.
const TOKENS: &[&str] = &[
    "ngày",
    "tháng",
    "năm",
    "Quý",
    "quý",
    "I/2025",
    "II",
    "IV/2024",
    "6 tháng đầu năm",
    "cuối năm",
    "Chiều",
    "Sáng",
    "14-11",
    "5/12",
    "22.4",
    "30/6/2025",
    "2024",
    "2030",
    "tỷ đồng",
    "triệu USD",
    "%",
    "điểm phần trăm",
    "tăng",
    "giảm",
    "gấp",
    "lần",
    "bằng",
    "dự toán",
    "đạt",
    "xếp thứ",
    "7/63",
    "65/92 xã",
    "(70,6%)",
    "17.320,3",
    "33,293",
    "1.000.000",
    "0,5",
    "8 - 8,5%",
    "hơn",
    "gần",
    "khoảng",
    "trên",
    "dưới",
    "Kết luận số",
    "1234-KL/TU",
    "Nghị quyết số",
    "57-NQ/TW",
    "Nghị định số",
    "45/2024/NĐ-CP",
    "Quyết định",
    "1020/QĐ-TTg",
    "số",
    "của",
    "Bộ Chính trị",
    "Ban Thường vụ Tỉnh ủy",
    "UBND tỉnh",
    "đồng chí",
    "ông",
    "bà",
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Phó Chủ tịch UBND tỉnh:",
    "Bí thư Tỉnh ủy",
    "Ủy viên Trung ương Đảng,",
    "chủ trì",
    "hội nghị",
    "đề nghị",
    "yêu cầu",
    "giao",
    "Sở Tài chính",
    "chủ trì,",
    "hoàn thành trong",
    "trước ngày",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "KẾT LUẬN",
    "CHỈ THỊ",
    "I.",
    "II.",
    "1.",
    "1.1.",
    "2.3.",
    "a)",
    "-",
    "–",
    "**",
    "#",
    "===",
    "![ảnh](http://x.vn/a.jpg)",
    "[Xem chi tiết](http://x.vn)",
    "Ảnh:",
    "¹",
    "²",
    "\n",
    "\n\n",
    "\r\n",
    ",",
    ";",
    ".",
    ":",
    "(",
    ")",
    "hai",
    "mười lăm",
    "thứ nhất",
    "gấp đôi",
    "nửa",
    "rưỡi",
    "Khánh Hòa",
    "Khánh Hoà",
    "TP HCM",
    "xã",
    "phường",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec((select(TOKENS), select(&[" ", " ", "", "\n"][..])), 0..80).prop_map(
        |ts| {
            let mut s = String::new();
            for (t, sep) in ts {
                s.push_str(t);
                s.push_str(sep);
            }
            s
        },
    )
}

const NAMES: &[&str] = &[
    "Nguyễn Văn An",
    "Trần Thị Bích Ngọc",
    "Lê Minh Khoa",
    "Phạm Quốc Việt",
    "Hoàng Thị Mai Anh",
    "Võ Đức Thịnh",
    "Đỗ Hữu Lộc",
    "Bùi Thanh Hải",
];

const PROVINCES: &[&str] = &[
    "Khánh Hòa",
    "Lâm Đồng",
    "Bắc Ninh",
    "Quảng Trị",
    "Đắk Lắk",
    "Tuyên Quang",
    "Nghệ An",
    "Cà Mau",
];

const ROMAN: &[&str] = &["I", "II", "III", "IV"];

/// A number written the Vietnamese way: "12.345,6".
fn vn(int: u32, dec: u32) -> String {
    let digits = int.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if dec > 0 {
        format!("{grouped},{dec}")
    } else {
        grouped
    }
}

/// One sentence of the genre with random figures, names and dates.
#[allow(clippy::too_many_arguments)]
fn template(
    k: usize,
    a: u32,
    b: u32,
    p: u32,
    q: u32,
    d: u32,
    m: u32,
    y: i32,
    rank: u32,
    names: (&str, &str, &str),
    prov: &str,
    roman: &str,
) -> String {
    let (n1, n2, n3) = names;
    match k {
        0 => format!(
            "Thu ngân sách nhà nước đạt {} tỷ đồng, bằng {p},{q}% dự toán và tăng {b},{q}% so với cùng kỳ.",
            vn(a, q)
        ),
        1 => format!("Chiều {d}-{m}, đồng chí {n1} - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy {prov} chủ trì hội nghị."),
        2 => format!("Tốc độ tăng GRDP năm {y} ước đạt {b},{q}%, xếp thứ {rank}/63 tỉnh, thành phố."),
        3 => format!("Thực hiện Kết luận số {a}-KL/TU ngày {d}/{m}/{y} của Ban Thường vụ Tỉnh ủy, các cơ quan đã xây dựng kế hoạch."),
        4 => format!("Đồng chí đề nghị các sở, ngành khẩn trương hoàn thành nhiệm vụ trong tháng {m}/{y}."),
        5 => format!("\n{b}.{q}. Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan rà soát kinh phí, hoàn thành trong Quý {roman}/{y}."),
        6 => format!("Toàn tỉnh có {rank}/{} xã đạt chuẩn nông thôn mới ({p},{q}%).", rank + a % 50),
        7 => format!("Kim ngạch xuất khẩu 6 tháng đầu năm {y} đạt {} triệu USD, giảm {b},{q}%.", vn(a, q)),
        8 => format!("Dự hội nghị có các Phó Chủ tịch UBND tỉnh: {n1}, {n2}, {n3}."),
        9 => format!("Sáng {d}/{m}/{y}, UBND tỉnh {prov} tổ chức hội nghị triển khai nhiệm vụ năm {}.", y + 1),
        10 => format!("Theo Nghị định số {a}/{y}/NĐ-CP của Chính phủ, các địa phương hoàn thành trước ngày {d}/{m}/{y}."),
        11 => format!("Tỷ lệ hộ nghèo giảm còn {b},{q}%, giảm 0,{q} điểm phần trăm so với đầu năm."),
        12 => format!("**Chỉ số giá tiêu dùng (CPI) tháng {m}/{y} tăng 0,{q}% so với tháng trước.**"),
        13 => format!("Sản lượng điện mặt trời gấp {b},{q} lần cùng kỳ năm {}.", y - 1),
        14 => format!("\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n{n2}\n"),
        15 => format!("Số lao động được giải quyết việc làm là {},{:03} người.", b + 1, a % 1000),
        16 => format!("Bí thư Tỉnh ủy {n3} yêu cầu UBND tỉnh tập trung giải ngân vốn đầu tư công, phấn đấu đạt trên {p}% kế hoạch."),
        17 => format!("Khách du lịch đạt hơn {b},{q} triệu lượt¹, tăng {p}% so với năm {}.", y - 1),
        _ => format!("\n# Tin {prov}\n\n![Ảnh hội nghị](https://tin.example.vn/{a}.jpg)\n\nẢnh: {n1}\n"),
    }
}

prop_compose! {
    fn sentence()(
        k in 0usize..19,
        a in 1u32..99_999,
        b in 1u32..30,
        p in 1u32..200,
        q in 1u32..10,
        d in 1u32..29,
        m in 1u32..13,
        y in 2019i32..2031,
        rank in 1u32..63,
        names in (select(NAMES), select(NAMES), select(NAMES)),
        prov in select(PROVINCES),
        roman in select(ROMAN),
    ) -> String {
        template(k, a, b, p, q, d, m, y, rank, names, prov, roman)
    }
}

/// A short text of the genre: sentences joined by spaces or line breaks.
fn genre_doc() -> impl Strategy<Value = String> {
    prop::collection::vec((sentence(), select(&[" ", "\n", "\n\n"][..])), 1..10).prop_map(|ss| {
        let mut s = String::new();
        for (t, sep) in ss {
            s.push_str(&t);
            s.push_str(sep);
        }
        s
    })
}

// ---------------------------------------------------------------------------
// Properties on generated input

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_string_keeps_invariants(s in any::<String>()) {
        let a = run(&s);
        let errs = invariant_errors(&s, &a);
        prop_assert!(errs.is_empty(), "{:?}\n{}", s, errs.join("\n"));
    }

    #[test]
    fn char_soup_keeps_invariants(s in char_soup()) {
        let a = run(&s);
        let errs = invariant_errors(&s, &a);
        prop_assert!(errs.is_empty(), "{:?}\n{}", s, errs.join("\n"));
    }

    #[test]
    fn token_soup_keeps_invariants(s in token_soup()) {
        let a = run(&s);
        let errs = invariant_errors(&s, &a);
        prop_assert!(errs.is_empty(), "{:?}\n{}", s, errs.join("\n"));
    }

    #[test]
    fn ref_date_never_panics(s in token_soup(), y in 1i32..9999, m in 1u32..13, d in 1u32..29) {
        let opts = Options { ref_date: Some(CivilDate { year: y, month: m, day: d }) };
        let a = analyze(&s, &opts);
        let errs = invariant_errors(&s, &a);
        prop_assert!(errs.is_empty(), "{:?}\n{}", s, errs.join("\n"));
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn genre_text_keeps_invariants_and_is_deterministic(s in genre_doc()) {
        let a = run(&s);
        let errs = invariant_errors(&s, &a);
        prop_assert!(errs.is_empty(), "{:?}\n{}", s, errs.join("\n"));
        prop_assert_eq!(&a, &run(&s), "two runs differ on {:?}", s);
    }

    #[test]
    fn nfd_gives_the_same_analysis(s in genre_doc()) {
        let x = nfc(&s);
        let d = nfd(&s);
        let (ax, ad) = (run(&x), run(&d));
        let errs = invariant_errors(&d, &ad);
        prop_assert!(errs.is_empty(), "NFD {:?}\n{}", d, errs.join("\n"));
        let (vx, vd) = (without_spans(&ax, false), without_spans(&ad, false));
        prop_assert!(vx == vd, "NFC and NFD analyses differ for {:?}:\n{}", x, json_diff(&vx, &vd));
    }

    #[test]
    fn crlf_gives_the_same_analysis(s in genre_doc()) {
        let c = crlf(&s);
        let (ax, ac) = (run(&s), run(&c));
        let errs = invariant_errors(&c, &ac);
        prop_assert!(errs.is_empty(), "CRLF {:?}\n{}", c, errs.join("\n"));
        let (vx, vc) = (without_spans(&ax, false), without_spans(&ac, false));
        prop_assert!(vx == vc, "LF and CRLF analyses differ for {:?}:\n{}", s, json_diff(&vx, &vc));
    }
}

// ---------------------------------------------------------------------------
// The fixtures in other forms

fn same_as_original(variant: &str, f: fn(&str) -> String, fold_tones: bool) {
    let mut failures = Vec::new();
    for (name, text) in fixtures() {
        let changed = f(&text);
        let (a, b) = (run(&text), run(&changed));
        let errs = invariant_errors(&changed, &b);
        if !errs.is_empty() {
            failures.push(format!(
                "{name} ({variant}): spans\n  {}",
                errs.join("\n  ")
            ));
        }
        let (va, vb) = (without_spans(&a, fold_tones), without_spans(&b, fold_tones));
        if va != vb {
            failures.push(format!(
                "{name} ({variant}) differs from the original:\n{}",
                json_diff(&va, &vb)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn fixtures_keep_invariants() {
    for (name, text) in fixtures() {
        assert_invariants(name, &text, &run(&text));
    }
}

#[test]
fn fixtures_nfd() {
    same_as_original("NFD", nfd, false);
}

#[test]
fn fixtures_crlf() {
    same_as_original("CRLF", crlf, false);
}

#[test]
fn fixtures_hard_wrapped_at_72() {
    same_as_original("wrap 72", |s| hard_wrap(s, 72), false);
}

#[test]
fn fixtures_new_tone_placement() {
    same_as_original("tone", new_tone_placement, true);
}

#[test]
fn fixtures_all_variants_at_once() {
    same_as_original("NFD+CRLF+wrap", |s| crlf(&nfd(&hard_wrap(s, 72))), false);
}

// ---------------------------------------------------------------------------
// The helpers themselves

#[test]
fn helpers_behave() {
    assert_eq!(vn(1234567, 8), "1.234.567,8");
    assert_eq!(vn(999, 0), "999");
    assert_eq!(crlf("a\nb\r\nc"), "a\r\nb\r\nc");
    assert_eq!(hard_wrap("một hai ba", 7), "một hai\nba");
    assert_eq!(hard_wrap("a\n\nb", 72), "a\n\nb");
    assert_eq!(
        new_tone_placement("Khánh Hòa, thủy lợi, hóa"),
        "Khánh Hoà, thuỷ lợi, hoá"
    );
    assert_eq!(new_tone_placement("hoàn thành"), "hoàn thành");
    assert_eq!(fold("Khánh  Hoà"), fold("khánh hòa"));
    assert_eq!(fold(&nfd("Thủy")), fold("thuỷ"));
    assert_eq!(refnum("45/2024/ NĐ-CP"), "45/2024/NĐ-CP");
}

#[test]
fn invariant_checker_catches_bad_items() {
    use toancanh_core::{Analysis, Indicator, IndicatorKind, Person, Reference};
    let text =
        "Thu ngân sách đạt 12 tỷ đồng theo Nghị định số 45/2024/NĐ-CP. Ông Lê Văn Hòa phát biểu.";
    let indicator = |span: [usize; 2]| Indicator {
        metric: "thu ngân sách".into(),
        value: Some(f64::NAN),
        value_max: None,
        unit: Some("tỷ đồng".into()),
        of: None,
        change_value: None,
        change_value_max: None,
        change_unit: None,
        change_basis: None,
        pct_of_basis: None,
        basis: None,
        share_pct: None,
        ranks: vec![],
        period: None,
        period_start: None,
        period_end: None,
        kind: IndicatorKind::Actual,
        approx: None,
        span,
        mentions: vec![span],
        group: String::new(),
        concept: None,
        concept_detail: None,
    };
    let bad = Analysis {
        schema_version: 1,
        indicators: vec![indicator([0, 12]), indicator([80, 500])],
        references: vec![Reference {
            kind: "Nghị định".into(),
            number: "45/2024/NĐ-CP".into(),
            date: Some("2024-13".into()),
            issuer: None,
            title: None,
            span: [0, 10],
            mentions: vec![[0, 10]],
        }],
        people: vec![Person {
            name: "Lê Văn Hòa".into(),
            titles: vec![],
            honorific: Some("ông".into()),
            span: [0, 5],
            mentions: vec![],
        }],
        ..Analysis::default()
    };
    let errs = invariant_errors(text, &bad);
    let joined = errs.join("\n");
    for want in [
        "holds no number",
        "not within",
        "not finite",
        "does not hold",
        "not an ISO date",
        "no mention holds the name",
    ] {
        assert!(joined.contains(want), "checker missed {want:?}:\n{joined}");
    }
    // The same items placed right are accepted.
    let chars: Vec<char> = text.chars().collect();
    let find = |needle: &str| {
        let s: String = chars.iter().collect();
        let b = s.find(needle).unwrap();
        let a = s[..b].chars().count();
        [a, a + needle.chars().count()]
    };
    let mut good = bad.clone();
    good.indicators = vec![indicator(find("đạt 12 tỷ đồng"))];
    good.indicators[0].value = Some(12.0);
    good.references[0].span = find("45/2024/NĐ-CP");
    good.references[0].mentions = vec![good.references[0].span];
    good.references[0].date = Some("2024".into());
    good.people[0].span = find("Lê Văn Hòa");
    assert_invariants("good", text, &good);
}
