//! What a careful reader takes from each fixture: the acceptance tests of the
//! analyzer. Each test checks every expectation of one fixture and then lists
//! all the misses at once (expected vs got), so one run shows the whole gap.

mod common;

use common::*;
use toancanh_core::{Analysis, DocKind, Indicator, IndicatorKind, Person, Reference, TimelineKind};

/// Collects the misses of one fixture.
struct Check {
    fixture: &'static str,
    total: usize,
    misses: Vec<String>,
}

impl Check {
    fn new(name: &'static str) -> (Check, Analysis, String) {
        let text = fixture(name);
        let a = run(&text);
        let c = Check {
            fixture: name,
            total: 0,
            misses: Vec::new(),
        };
        (c, a, text)
    }

    fn record(&mut self, what: &str, ok: bool, detail: impl FnOnce() -> String) -> bool {
        self.total += 1;
        if !ok {
            self.misses.push(format!("{what}\n      {}", detail()));
        }
        ok
    }

    fn finish(self) {
        let n = self.misses.len();
        assert!(
            n == 0,
            "{}: {n} of {} expectations missed:\n  - {}\n",
            self.fixture,
            self.total,
            self.misses.join("\n  - ")
        );
        eprintln!("{}: all {} expectations met", self.fixture, self.total);
    }

    // -- finders: a missing item is a miss, the rest of its checks are skipped

    /// The indicator whose metric contains `key` (folded) and that carries
    /// `number` as its value, change or percentage of basis.
    fn indicator<'a>(&mut self, a: &'a Analysis, key: &str, number: f64) -> Option<&'a Indicator> {
        let k = fold(key);
        let found = a.indicators.iter().find(|i| {
            fold(&i.metric).contains(&k)
                && [i.value, i.change_value, i.pct_of_basis]
                    .iter()
                    .any(|v| v.is_some_and(|v| close(v, number)))
        });
        let what = format!("indicator {key:?} with {number}");
        self.record(&what, found.is_some(), || {
            let near: Vec<String> = a
                .indicators
                .iter()
                .filter(|i| {
                    fold(&i.metric).contains(&k) || i.value.is_some_and(|v| close(v, number))
                })
                .map(|i| {
                    format!(
                        "{:?} value={:?} {:?} change={:?}",
                        i.metric, i.value, i.unit, i.change_value
                    )
                })
                .collect();
            format!("not found; candidates: {near:?}")
        });
        found
    }

    fn reference<'a>(&mut self, a: &'a Analysis, number: &str) -> Option<&'a Reference> {
        let found = a
            .references
            .iter()
            .find(|r| refnum(&r.number) == refnum(number));
        self.record(&format!("reference {number:?}"), found.is_some(), || {
            format!(
                "not found; got {:?}",
                a.references.iter().map(|r| &r.number).collect::<Vec<_>>()
            )
        });
        found
    }

    fn person<'a>(&mut self, a: &'a Analysis, name: &str) -> Option<&'a Person> {
        let found = a.people.iter().find(|p| fold(&p.name) == fold(name));
        self.record(&format!("person {name:?}"), found.is_some(), || {
            format!(
                "not found; got {:?}",
                a.people.iter().map(|p| &p.name).collect::<Vec<_>>()
            )
        });
        found
    }

    /// The directive whose text contains `key` (folded).
    fn directive<'a>(
        &mut self,
        a: &'a Analysis,
        key: &str,
    ) -> Option<&'a toancanh_core::Directive> {
        let k = fold(key);
        let found = a.directives.iter().find(|d| fold(&d.text).contains(&k));
        self.record(&format!("directive {key:?}"), found.is_some(), || {
            let starts: Vec<String> = a
                .directives
                .iter()
                .map(|d| d.text.chars().take(60).collect())
                .collect();
            format!(
                "not found among {} directives: {starts:?}",
                a.directives.len()
            )
        });
        found
    }

    fn meeting<'a>(&mut self, a: &'a Analysis, date: &str) -> Option<&'a toancanh_core::Meeting> {
        let found = a.meetings.iter().find(|m| m.date.as_deref() == Some(date));
        self.record(&format!("meeting on {date}"), found.is_some(), || {
            format!(
                "not found; got {:?}",
                a.meetings
                    .iter()
                    .map(|m| (&m.date, &m.title))
                    .collect::<Vec<_>>()
            )
        });
        found
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

/// `needle` occurs in `hay`, both folded.
fn has(hay: &str, needle: &str) -> bool {
    fold(hay).contains(&fold(needle))
}

fn folded(x: Option<&str>) -> Option<String> {
    x.map(fold)
}

/// Strings compared folded (case, NFC, tone placement, whitespace).
macro_rules! expect_str {
    ($c:expr, $what:expr, $got:expr, $want:expr) => {{
        let got: Option<&str> = $got;
        let want: Option<&str> = $want;
        $c.record(&$what.to_string(), folded(got) == folded(want), || {
            format!("expected {want:?}\n      got      {got:?}")
        });
    }};
}

/// Numbers compared with a relative tolerance.
macro_rules! expect_num {
    ($c:expr, $what:expr, $got:expr, $want:expr) => {{
        let got: Option<f64> = $got;
        let want: Option<f64> = $want;
        let ok = match (got, want) {
            (Some(g), Some(w)) => close(g, w),
            (None, None) => true,
            _ => false,
        };
        $c.record(&$what.to_string(), ok, || {
            format!("expected {want:?}\n      got      {got:?}")
        });
    }};
}

/// Anything else: a condition and what was actually there.
macro_rules! expect_that {
    ($c:expr, $what:expr, $cond:expr, $got:expr) => {{
        let ok: bool = $cond;
        $c.record(&$what.to_string(), ok, || format!("got {:?}", $got));
    }};
}

fn contains_folded(items: &[String], want: &str) -> bool {
    items.iter().any(|s| fold(s).contains(&fold(want)))
}

/// All strings of the analysis, for checks on clutter that must not leak.
fn all_strings(a: &Analysis) -> String {
    let mut v = serde_json::to_value(a).unwrap();
    fn walk(v: &mut serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(xs) => xs.iter_mut().for_each(|x| walk(x, out)),
            serde_json::Value::Object(m) => m.values_mut().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(&mut v, &mut out);
    out
}

fn has_timeline(a: &Analysis, kind: TimelineKind, date: &str) -> bool {
    a.timeline.iter().any(|t| t.kind == kind && t.date == date)
}

fn timeline_summary(a: &Analysis) -> Vec<(String, TimelineKind)> {
    a.timeline
        .iter()
        .map(|t| (t.date.clone(), t.kind))
        .collect()
}

// ---------------------------------------------------------------------------

#[test]
fn ket_luan_btv() {
    let (mut c, a, text) = Check::new("01_ket_luan_btv.txt");
    assert_invariants(c.fixture, &text, &a);

    // document
    let d = &a.document;
    expect_that!(c, "document.kind", d.kind == DocKind::Conclusion, d.kind);
    expect_str!(
        c,
        "document.number",
        d.number.as_deref(),
        Some("1502-KL/TU")
    );
    expect_str!(c, "document.date", d.date.as_deref(), Some("2025-04-18"));
    expect_str!(
        c,
        "document.province",
        d.province.as_deref(),
        Some("Bình Định")
    );
    expect_that!(
        c,
        "document.issuer names the Tỉnh ủy",
        d.issuer.as_deref().is_some_and(|s| has(s, "tỉnh ủy")),
        d.issuer
    );
    expect_that!(
        c,
        "document.title starts with KẾT LUẬN",
        d.title
            .as_deref()
            .is_some_and(|s| fold(s).starts_with(&fold("kết luận"))),
        d.title
    );
    let signer = d.signer.as_ref();
    expect_str!(
        c,
        "signer.name",
        signer.map(|s| s.name.as_str()),
        Some("Nguyễn Văn An")
    );
    expect_that!(
        c,
        "signer.title is Phó Bí thư",
        signer
            .and_then(|s| s.title.as_deref())
            .is_some_and(|t| has(t, "phó bí thư")),
        signer.map(|s| &s.title)
    );

    // references
    if let Some(r) = c.reference(&a, "1234-KL/TU") {
        expect_str!(
            c,
            "1234-KL/TU kind",
            Some(r.kind.as_str()),
            Some("Kết luận")
        );
        expect_str!(c, "1234-KL/TU date", r.date.as_deref(), Some("2025-03-12"));
        expect_that!(
            c,
            "1234-KL/TU issuer",
            r.issuer
                .as_deref()
                .is_some_and(|s| has(s, "ban thường vụ tỉnh ủy")),
            r.issuer
        );
        expect_that!(
            c,
            "1234-KL/TU: the later undated mention joins",
            r.mentions.len() >= 2,
            r.mentions
        );
    }
    expect_that!(
        c,
        "1234-KL/TU is one entry",
        a.references
            .iter()
            .filter(|r| refnum(&r.number) == refnum("1234-KL/TU"))
            .count()
            == 1,
        a.references
            .iter()
            .map(|r| (&r.number, &r.date))
            .collect::<Vec<_>>()
    );
    if let Some(r) = c.reference(&a, "57-NQ/TW") {
        expect_str!(
            c,
            "57-NQ/TW kind",
            Some(r.kind.as_str()),
            Some("Nghị quyết")
        );
        expect_str!(c, "57-NQ/TW date", r.date.as_deref(), Some("2024-12-22"));
        expect_str!(
            c,
            "57-NQ/TW issuer",
            r.issuer.as_deref(),
            Some("Bộ Chính trị")
        );
    }
    if let Some(r) = c.reference(&a, "45/2024/NĐ-CP") {
        expect_str!(
            c,
            "45/2024/NĐ-CP kind",
            Some(r.kind.as_str()),
            Some("Nghị định")
        );
        expect_that!(
            c,
            "45/2024/NĐ-CP has both mentions",
            r.mentions.len() >= 2,
            r.mentions
        );
    }
    if let Some(r) = c.reference(&a, "1020/QĐ-TTg") {
        expect_str!(
            c,
            "1020/QĐ-TTg kind",
            Some(r.kind.as_str()),
            Some("Quyết định")
        );
        expect_str!(c, "1020/QĐ-TTg date", r.date.as_deref(), None);
    }
    expect_that!(
        c,
        "the document's own number is not a reference",
        !a.references
            .iter()
            .any(|r| refnum(&r.number) == refnum("1502-KL/TU")),
        a.references.iter().map(|r| &r.number).collect::<Vec<_>>()
    );

    // meeting
    c.meeting(&a, "2025-04-10");

    // people
    if let Some(p) = c.person(&a, "Lê Minh Khoa") {
        expect_that!(
            c,
            "Lê Minh Khoa is Chủ tịch UBND tỉnh",
            contains_folded(&p.titles, "Chủ tịch Ủy ban nhân dân tỉnh"),
            p.titles
        );
        expect_that!(
            c,
            "Lê Minh Khoa is Phó Bí thư Tỉnh ủy",
            contains_folded(&p.titles, "Phó Bí thư Tỉnh ủy"),
            p.titles
        );
        expect_str!(
            c,
            "Lê Minh Khoa honorific",
            p.honorific.as_deref(),
            Some("đồng chí")
        );
    }
    if let Some(p) = c.person(&a, "Nguyễn Văn An") {
        expect_that!(
            c,
            "Nguyễn Văn An is Phó Bí thư",
            contains_folded(&p.titles, "Phó Bí thư"),
            p.titles
        );
    }

    // indicators
    if let Some(i) = c.indicator(&a, "GRDP", 7.85) {
        expect_num!(c, "GRDP value", i.value, Some(7.85));
        expect_str!(c, "GRDP unit", i.unit.as_deref(), Some("%"));
        expect_that!(
            c,
            "GRDP rank 12/63",
            i.ranks
                .iter()
                .any(|r| close(r.rank, 12.0) && r.of == Some(63.0)),
            i.ranks
        );
        expect_that!(
            c,
            "GRDP period Quý I/2025",
            i.period.as_deref().is_some_and(|p| has(p, "quý i/2025")),
            i.period
        );
        expect_that!(c, "GRDP actual", i.kind == IndicatorKind::Actual, i.kind);
    }
    if let Some(i) = c.indicator(&a, "ngân sách", 3215.4) {
        expect_str!(c, "ngân sách unit", i.unit.as_deref(), Some("tỷ đồng"));
        expect_num!(c, "ngân sách pct_of_basis", i.pct_of_basis, Some(28.6));
        expect_str!(c, "ngân sách basis", i.basis.as_deref(), Some("dự toán"));
        expect_num!(c, "ngân sách change", i.change_value, Some(14.2));
        expect_str!(
            c,
            "ngân sách change_unit",
            i.change_unit.as_deref(),
            Some("%")
        );
    }
    if let Some(i) = c.indicator(&a, "xuất khẩu", 412.7) {
        expect_str!(c, "xuất khẩu unit", i.unit.as_deref(), Some("triệu USD"));
        expect_num!(c, "xuất khẩu change", i.change_value, Some(9.8));
    }
    if let Some(i) = c.indicator(&a, "giải ngân", 1108.0) {
        expect_num!(c, "giải ngân pct_of_basis", i.pct_of_basis, Some(17.3));
        expect_that!(
            c,
            "giải ngân basis kế hoạch",
            i.basis.as_deref().is_some_and(|b| has(b, "kế hoạch")),
            i.basis
        );
    }
    // figures inside the footnote count like any other
    c.indicator(&a, "hồ sơ", 48316.0);
    c.indicator(&a, "đúng hạn", 98.7);
    if let Some(i) = c.indicator(&a, "GRDP", 8.5) {
        expect_that!(
            c,
            "GRDP 8,5% is a target",
            i.kind == IndicatorKind::Target,
            i.kind
        );
    }
    if let Some(i) = c.indicator(&a, "hộ nghèo", 1.5) {
        expect_that!(
            c,
            "hộ nghèo 1,5% is a target",
            i.kind == IndicatorKind::Target,
            i.kind
        );
    }
    let not_figures = [1502.0, 1234.0, 57.0, 45.0, 1020.0, 2024.0, 2025.0, 2030.0];
    expect_that!(
        c,
        "no indicator from document numbers or years",
        !a.indicators
            .iter()
            .any(|i| i.value.is_some_and(|v| not_figures.contains(&v))),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );

    // directives
    expect_that!(
        c,
        "at least 8 directives",
        a.directives.len() >= 8,
        a.directives.len()
    );
    if let Some(d) = c.directive(&a, "rà soát toàn bộ các dự án chậm tiến độ") {
        expect_that!(
            c,
            "1.1 deadline 2025-10",
            d.deadlines.contains(&"2025-10".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "1.1 addressed to the Ban cán sự đảng (lead-in)",
            contains_folded(&d.addressees, "Ban cán sự đảng"),
            d.addressees
        );
    }
    if let Some(d) = c.directive(&a, "Đẩy nhanh tiến độ giải ngân vốn đầu tư công")
    {
        expect_that!(
            c,
            "1.2 deadline 2025-06-30",
            d.deadlines.contains(&"2025-06-30".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "1.2 includes its unnumbered paragraph",
            fold(&d.text).contains(&fold("Người đứng đầu các chủ đầu tư")),
            d.text
        );
        expect_that!(
            c,
            "1.2 does not run into 1.3",
            !fold(&d.text).contains(&fold("Khẩn trương ban hành")),
            d.text
        );
    }
    if let Some(d) = c.directive(&a, "Khẩn trương ban hành đầy đủ các văn bản") {
        expect_that!(
            c,
            "1.3 deadline 2025-Q3",
            d.deadlines.contains(&"2025-Q3".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "Tổ chức thực hiện hiệu quả Quyết định số 1020")
    {
        expect_that!(
            c,
            "2.1 deadline 2025-12 (cuối năm 2025)",
            d.deadlines.contains(&"2025-12".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "Chăm lo đời sống người có công") {
        expect_that!(
            c,
            "2.2 deadline 2025-08-31",
            d.deadlines.contains(&"2025-08-31".to_string()),
            d.deadlines
        );
    }
    c.directive(&a, "Tiếp tục sắp xếp, kiện toàn tổ chức bộ máy");
    if let Some(d) = c.directive(&a, "xây dựng kế hoạch cụ thể hóa Kết luận này") {
        expect_that!(
            c,
            "III.1 deadline 2025-05",
            d.deadlines.contains(&"2025-05".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "theo dõi, đôn đốc việc thực hiện") {
        expect_that!(
            c,
            "III.2 deadline 2025-12",
            d.deadlines.contains(&"2025-12".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "III.2 addressed to Văn phòng Tỉnh ủy",
            contains_folded(&d.addressees, "Văn phòng Tỉnh ủy"),
            d.addressees
        );
    }
    expect_that!(
        c,
        "the assessment in part I is not a directive",
        !a.directives
            .iter()
            .any(|d| fold(&d.text).contains(&fold("Quốc phòng, an ninh được giữ vững"))),
        a.directives
            .iter()
            .map(|d| d.text.chars().take(50).collect::<String>())
            .collect::<Vec<_>>()
    );

    // timeline
    expect_that!(
        c,
        "timeline: the document",
        has_timeline(&a, TimelineKind::Document, "2025-04-18"),
        timeline_summary(&a)
    );
    expect_that!(
        c,
        "timeline: 1234-KL/TU",
        has_timeline(&a, TimelineKind::Reference, "2025-03-12"),
        timeline_summary(&a)
    );
    expect_that!(
        c,
        "timeline: deadline 30/6",
        has_timeline(&a, TimelineKind::Deadline, "2025-06-30"),
        timeline_summary(&a)
    );
    expect_that!(
        c,
        "timeline: the meeting",
        has_timeline(&a, TimelineKind::Meeting, "2025-04-10"),
        timeline_summary(&a)
    );
    c.finish();
}

#[test]
fn tin_hop_bi_thu() {
    let (mut c, a, text) = Check::new("02_tin_hop_bi_thu.txt");
    assert_invariants(c.fixture, &text, &a);

    let d = &a.document;
    expect_that!(c, "document.kind", d.kind == DocKind::News, d.kind);
    expect_str!(
        c,
        "document.province",
        d.province.as_deref(),
        Some("Lâm Đồng")
    );
    expect_str!(c, "document.number", d.number.as_deref(), None);
    expect_that!(
        c,
        "no signer (a byline is not a signature)",
        d.signer.is_none(),
        d.signer
    );

    if let Some(m) = c.meeting(&a, "2024-11-14") {
        expect_str!(
            c,
            "meeting time_of_day",
            m.time_of_day.as_deref(),
            Some("chiều")
        );
        expect_that!(c, "meeting title", has(&m.title, "làm việc"), m.title);
        expect_that!(
            c,
            "meeting chair",
            contains_folded(&m.chair, "Trần Đình Phong"),
            m.chair
        );
        for who in [
            "Hồ Quang Vinh",
            "Phạm Thị Hồng Nhung",
            "Đỗ Văn Lực",
            "Võ Thanh Tâm",
        ] {
            expect_that!(
                c,
                format!("meeting attendee {who}"),
                contains_folded(&m.attendees, who),
                m.attendees
            );
        }
    }
    expect_that!(
        c,
        "one meeting",
        a.meetings.len() == 1,
        a.meetings.iter().map(|m| &m.title).collect::<Vec<_>>()
    );

    if let Some(p) = c.person(&a, "Trần Đình Phong") {
        expect_that!(
            c,
            "Phong: Bí thư Tỉnh ủy",
            contains_folded(&p.titles, "Bí thư Tỉnh ủy"),
            p.titles
        );
        expect_that!(
            c,
            "Phong: Ủy viên Trung ương Đảng",
            contains_folded(&p.titles, "Ủy viên Trung ương Đảng"),
            p.titles
        );
        expect_str!(
            c,
            "Phong honorific",
            p.honorific.as_deref(),
            Some("đồng chí")
        );
        expect_that!(
            c,
            "Phong: every full-name mention",
            p.mentions.len() >= 4,
            p.mentions
        );
    }
    if let Some(p) = c.person(&a, "Hồ Quang Vinh") {
        expect_that!(
            c,
            "Vinh: Chủ tịch UBND tỉnh",
            contains_folded(&p.titles, "Chủ tịch UBND tỉnh"),
            p.titles
        );
    }
    for who in ["Phạm Thị Hồng Nhung", "Đỗ Văn Lực", "Võ Thanh Tâm"] {
        if let Some(p) = c.person(&a, who) {
            expect_that!(
                c,
                format!("{who}: shared title"),
                contains_folded(&p.titles, "Phó Chủ tịch UBND tỉnh"),
                p.titles
            );
        }
    }
    expect_that!(
        c,
        "five people",
        a.people.len() == 5,
        a.people.iter().map(|p| &p.name).collect::<Vec<_>>()
    );

    if let Some(i) = c.indicator(&a, "ngân sách", 12345.6) {
        expect_num!(c, "ngân sách value", i.value, Some(12345.6));
        expect_str!(c, "ngân sách unit", i.unit.as_deref(), Some("tỷ đồng"));
        expect_num!(c, "ngân sách pct_of_basis", i.pct_of_basis, Some(104.2));
        expect_str!(c, "ngân sách basis", i.basis.as_deref(), Some("dự toán"));
        expect_num!(c, "ngân sách change", i.change_value, Some(18.3));
        expect_that!(
            c,
            "ngân sách change_basis",
            i.change_basis.as_deref().is_some_and(|b| has(b, "cùng kỳ")),
            i.change_basis
        );
        expect_str!(
            c,
            "ngân sách period",
            i.period.as_deref(),
            Some("10 tháng năm 2024")
        );
    }
    expect_that!(
        c,
        "12.345,6 is ONE indicator",
        a.indicators
            .iter()
            .filter(|i| i.value.is_some_and(|v| close(v, 12345.6)))
            .count()
            == 1,
        a.indicators.len()
    );
    if let Some(i) = c.indicator(&a, "GRDP", 7.46) {
        expect_that!(
            c,
            "GRDP rank 7/63",
            i.ranks
                .iter()
                .any(|r| close(r.rank, 7.0) && r.of == Some(63.0)),
            i.ranks
        );
        expect_that!(
            c,
            "GRDP period 9 tháng",
            i.period.as_deref().is_some_and(|p| has(p, "9 tháng")),
            i.period
        );
    }
    if let Some(i) = c.indicator(&a, "khách du lịch", 8.9) {
        expect_str!(c, "khách unit", i.unit.as_deref(), Some("triệu lượt"));
        expect_that!(
            c,
            "khách approx nearly",
            i.approx == Some(toancanh_core::Approx::Nearly),
            i.approx
        );
        expect_num!(c, "khách change", i.change_value, Some(12.1));
    }
    if let Some(i) = c.indicator(&a, "quốc tế", 310.0) {
        expect_str!(
            c,
            "khách quốc tế unit",
            i.unit.as_deref(),
            Some("nghìn lượt")
        );
        expect_that!(
            c,
            "khách quốc tế approx more_than",
            i.approx == Some(toancanh_core::Approx::MoreThan),
            i.approx
        );
    }
    if let Some(i) = c.indicator(&a, "xuất khẩu", 1286.0) {
        expect_str!(c, "xuất khẩu unit", i.unit.as_deref(), Some("triệu USD"));
        expect_num!(c, "xuất khẩu change", i.change_value, Some(21.4));
    }
    if let Some(i) = c.indicator(&a, "nông thôn mới", 65.0) {
        expect_num!(c, "NTM of", i.of, Some(92.0));
        expect_str!(c, "NTM unit", i.unit.as_deref(), Some("xã"));
        expect_num!(c, "NTM share_pct", i.share_pct, Some(70.6));
    }
    c.indicator(&a, "nâng cao", 21.0);
    if let Some(i) = c.indicator(&a, "hộ nghèo", 1.84) {
        expect_num!(c, "hộ nghèo change", i.change_value, Some(-0.6));
        expect_str!(
            c,
            "hộ nghèo change_unit",
            i.change_unit.as_deref(),
            Some("điểm %")
        );
    }
    if let Some(i) = c.indicator(&a, "cải cách hành chính", 11.0) {
        expect_num!(c, "PAR change", i.change_value, Some(11.0));
        expect_str!(c, "PAR change_unit", i.change_unit.as_deref(), Some("bậc"));
    }
    expect_that!(
        c,
        "giải ngân 58,2% of plan",
        a.indicators.iter().any(|i| has(&i.metric, "giải ngân")
            && [i.value, i.pct_of_basis]
                .iter()
                .any(|v| v.is_some_and(|v| close(v, 58.2)))),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );
    expect_that!(
        c,
        "giải ngân > 95% is a target",
        a.indicators.iter().any(|i| i.kind == IndicatorKind::Target
            && [i.value, i.pct_of_basis]
                .iter()
                .any(|v| v.is_some_and(|v| close(v, 95.0)))),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value, i.kind))
            .collect::<Vec<_>>()
    );

    expect_that!(
        c,
        "at least 4 directives",
        a.directives.len() >= 4,
        a.directives.len()
    );
    c.directive(&a, "tập trung chỉ đạo quyết liệt các giải pháp");
    if let Some(d) = c.directive(&a, "đẩy nhanh tiến độ giải phóng mặt bằng") {
        expect_that!(
            c,
            "yêu cầu: deadline 2024",
            d.deadlines.contains(&"2024".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "yêu cầu: addressed to sở, ngành",
            contains_folded(&d.addressees, "sở"),
            d.addressees
        );
    }
    if let Some(d) = c.directive(&a, "rà soát, tham mưu điều chuyển vốn") {
        expect_that!(
            c,
            "giao: deadline 2024-12",
            d.deadlines.contains(&"2024-12".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "giao: Sở Kế hoạch và Đầu tư",
            contains_folded(&d.addressees, "Sở Kế hoạch và Đầu tư"),
            d.addressees
        );
    }
    c.directive(&a, "quan tâm hơn nữa công tác an sinh xã hội");
    expect_that!(
        c,
        "no references",
        a.references.is_empty(),
        a.references.iter().map(|r| &r.number).collect::<Vec<_>>()
    );
    expect_that!(
        c,
        "timeline: the meeting",
        has_timeline(&a, TimelineKind::Meeting, "2024-11-14"),
        timeline_summary(&a)
    );
    c.finish();
}

#[test]
fn bao_cao_thong_ke() {
    let (mut c, a, text) = Check::new("03_bao_cao_thong_ke.txt");
    assert_invariants(c.fixture, &text, &a);

    let d = &a.document;
    expect_that!(c, "document.kind", d.kind == DocKind::Report, d.kind);
    expect_str!(
        c,
        "document.number",
        d.number.as_deref(),
        Some("412/BC-CTK")
    );
    expect_str!(c, "document.date", d.date.as_deref(), Some("2025-06-28"));
    expect_str!(
        c,
        "document.province",
        d.province.as_deref(),
        Some("Đắk Lắk")
    );
    let signer = d.signer.as_ref();
    expect_str!(
        c,
        "signer.name",
        signer.map(|s| s.name.as_str()),
        Some("Phan Thị Thu Hà")
    );
    expect_that!(
        c,
        "signer.title Cục trưởng",
        signer
            .and_then(|s| s.title.as_deref())
            .is_some_and(|t| has(t, "cục trưởng")),
        signer.map(|s| &s.title)
    );

    if let Some(i) = c.indicator(&a, "GRDP", 7.2) {
        expect_num!(c, "GRDP 6 months: change", i.change_value, Some(7.2));
        expect_num!(c, "GRDP 6 months: no level", i.value, None);
        expect_str!(
            c,
            "GRDP 6 months: period",
            i.period.as_deref(),
            Some("6 tháng đầu năm 2025")
        );
        expect_that!(
            c,
            "GRDP change_basis cùng kỳ",
            i.change_basis.as_deref().is_some_and(|b| has(b, "cùng kỳ")),
            i.change_basis
        );
    }
    if let Some(i) = c.indicator(&a, "GRDP", 6.9) {
        expect_str!(c, "GRDP Q1 period", i.period.as_deref(), Some("Quý I/2025"));
    }
    if let Some(i) = c.indicator(&a, "GRDP", 7.5) {
        expect_str!(
            c,
            "GRDP Q2 period",
            i.period.as_deref(),
            Some("Quý II/2025")
        );
    }
    if let Some(i) = c.indicator(&a, "diện tích gieo trồng", 118540.0) {
        expect_str!(c, "diện tích unit", i.unit.as_deref(), Some("ha"));
        expect_num!(c, "diện tích change", i.change_value, Some(-1.5));
    }
    if let Some(i) = c.indicator(&a, "cà phê", 562.3) {
        expect_str!(c, "cà phê unit", i.unit.as_deref(), Some("nghìn tấn"));
    }
    if let Some(i) = c.indicator(&a, "gia cầm", 17.9) {
        expect_str!(c, "gia cầm unit", i.unit.as_deref(), Some("triệu con"));
        expect_num!(c, "gia cầm change", i.change_value, Some(-2.1));
    }
    c.indicator(&a, "công nghiệp", 14.8);
    if let Some(i) = c.indicator(&a, "điện mặt trời", 1.8) {
        expect_num!(c, "điện mặt trời change", i.change_value, Some(1.8));
        expect_str!(
            c,
            "điện mặt trời change_unit",
            i.change_unit.as_deref(),
            Some("lần")
        );
    }
    if let Some(i) = c.indicator(&a, "bán lẻ", 58917.3) {
        expect_num!(c, "bán lẻ change", i.change_value, Some(10.9));
    }
    if let Some(i) = c.indicator(&a, "nhập khẩu", 214.8) {
        expect_num!(c, "nhập khẩu change", i.change_value, Some(-4.3));
    }
    if let Some(i) = c.indicator(&a, "CPI", 3.12) {
        expect_str!(
            c,
            "CPI period",
            i.period.as_deref(),
            Some("6 tháng đầu năm 2025")
        );
    }
    c.indicator(&a, "CPI", 0.21);
    if let Some(i) = c.indicator(&a, "thu ngân sách", 5873.2) {
        expect_num!(c, "thu ngân sách pct_of_basis", i.pct_of_basis, Some(52.1));
        expect_num!(c, "thu ngân sách change", i.change_value, Some(16.5));
    }
    if let Some(i) = c.indicator(&a, "lao động", 33293.0) {
        expect_str!(c, "lao động unit", i.unit.as_deref(), Some("người"));
        expect_num!(c, "lao động pct_of_basis", i.pct_of_basis, Some(55.5));
    }
    c.indicator(&a, "nước ngoài", 1106.0);
    expect_that!(
        c,
        "33,293 is not read as 33.293",
        !a.indicators
            .iter()
            .any(|i| i.value.is_some_and(|v| close(v, 33.293))),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );
    if let Some(i) = c.indicator(&a, "thu nhập", 4.6) {
        expect_str!(
            c,
            "thu nhập unit",
            i.unit.as_deref(),
            Some("triệu đồng/người/tháng")
        );
    }
    if let Some(i) = c.indicator(&a, "hộ nghèo", 21508.0) {
        expect_num!(c, "hộ nghèo share", i.share_pct, Some(3.62));
    }
    if let Some(i) = c.indicator(&a, "cận nghèo", 14733.0) {
        expect_num!(c, "cận nghèo share", i.share_pct, Some(2.48));
    }
    if let Some(i) = c.indicator(&a, "tai nạn giao thông", 186.0) {
        expect_num!(c, "tai nạn change", i.change_value, Some(-14.0));
    }
    let not_figures = [412.0, 2024.0, 2025.0];
    expect_that!(
        c,
        "no indicator from the document number or years",
        !a.indicators
            .iter()
            .any(|i| i.value.is_some_and(|v| not_figures.contains(&v))),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );
    expect_that!(
        c,
        "at least 25 indicators",
        a.indicators.len() >= 25,
        a.indicators.len()
    );
    expect_that!(
        c,
        "no directives in a statistics report",
        a.directives.is_empty(),
        a.directives.iter().map(|d| &d.text).collect::<Vec<_>>()
    );
    expect_that!(
        c,
        "no meetings",
        a.meetings.is_empty(),
        a.meetings.iter().map(|m| &m.title).collect::<Vec<_>>()
    );
    c.finish();
}

#[test]
fn dang_lai_markdown() {
    let (mut c, a, text) = Check::new("04_dang_lai_markdown.md");
    assert_invariants(c.fixture, &text, &a);

    let d = &a.document;
    expect_that!(c, "document.kind", d.kind == DocKind::News, d.kind);
    expect_str!(
        c,
        "document.province",
        d.province.as_deref(),
        Some("Bắc Ninh")
    );
    expect_that!(
        c,
        "title without markdown",
        d.title
            .as_deref()
            .is_some_and(|t| !t.contains('#') && has(t, "bắc ninh")),
        d.title
    );

    if let Some(m) = c.meeting(&a, "2024-10-03") {
        expect_str!(
            c,
            "meeting time_of_day",
            m.time_of_day.as_deref(),
            Some("sáng")
        );
        expect_that!(
            c,
            "meeting chair",
            contains_folded(&m.chair, "Ngô Thị Thanh Hương"),
            m.chair
        );
    }
    if let Some(p) = c.person(&a, "Ngô Thị Thanh Hương") {
        expect_that!(c, "name without **", !p.name.contains('*'), p.name);
        expect_that!(
            c,
            "Hương: Chủ tịch UBND tỉnh",
            contains_folded(&p.titles, "Chủ tịch UBND tỉnh"),
            p.titles
        );
        expect_that!(c, "Hương: both mentions", p.mentions.len() >= 2, p.mentions);
    }

    if let Some(i) = c.indicator(&a, "xuất khẩu", 45.62) {
        expect_str!(c, "xuất khẩu unit", i.unit.as_deref(), Some("tỷ USD"));
        expect_num!(c, "xuất khẩu change", i.change_value, Some(12.7));
        expect_that!(
            c,
            "xuất khẩu rank 2 cả nước",
            i.ranks.iter().any(|r| close(r.rank, 2.0)),
            i.ranks
        );
        expect_that!(
            c,
            "the repeated teaser is a second mention",
            i.mentions.len() >= 2,
            i.mentions
        );
    }
    expect_that!(
        c,
        "the teaser twice is ONE indicator",
        a.indicators
            .iter()
            .filter(|i| i.value.is_some_and(|v| close(v, 45.62)))
            .count()
            == 1,
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );
    c.indicator(&a, "GRDP", 6.85);
    if let Some(i) = c.indicator(&a, "công nghiệp", 1058420.0) {
        expect_num!(c, "công nghiệp change", i.change_value, Some(9.4));
    }
    if let Some(i) = c.indicator(&a, "FDI", 3.1) {
        expect_that!(
            c,
            "FDI approx more_than",
            i.approx == Some(toancanh_core::Approx::MoreThan),
            i.approx
        );
        expect_num!(c, "FDI change", i.change_value, Some(2.3));
        expect_str!(c, "FDI change_unit", i.change_unit.as_deref(), Some("lần"));
    }
    if let Some(i) = c.indicator(&a, "ngân sách", 28764.0) {
        expect_num!(c, "ngân sách pct", i.pct_of_basis, Some(87.5));
        expect_num!(c, "ngân sách change", i.change_value, Some(6.2));
    }
    if let Some(i) = c.indicator(&a, "GRDP", 7.0) {
        expect_that!(
            c,
            "GRDP 7% is a target",
            i.kind == IndicatorKind::Target,
            i.kind
        );
    }

    if let Some(d) = c.directive(&a, "tập trung tháo gỡ vướng mắc") {
        expect_that!(
            c,
            "yêu cầu: sở, ngành",
            contains_folded(&d.addressees, "sở"),
            d.addressees
        );
    }
    if let Some(d) = c.directive(&a, "đôn đốc thu hồi nợ đọng thuế") {
        expect_that!(
            c,
            "giao: Sở Tài chính",
            contains_folded(&d.addressees, "Sở Tài chính"),
            d.addressees
        );
    }
    expect_that!(
        c,
        "no references",
        a.references.is_empty(),
        a.references.iter().map(|r| &r.number).collect::<Vec<_>>()
    );
    let strings = all_strings(&a);
    expect_that!(
        c,
        "no URL in any output string",
        !strings.contains("http") && !strings.contains("]("),
        strings
    );
    expect_that!(
        c,
        "no ** in any output string",
        !strings.contains("**"),
        strings
    );
    c.finish();
}

#[test]
fn chi_thi_ubnd() {
    let (mut c, a, text) = Check::new("05_chi_thi_ubnd.txt");
    assert_invariants(c.fixture, &text, &a);

    let d = &a.document;
    expect_that!(c, "document.kind", d.kind == DocKind::Directive, d.kind);
    expect_str!(
        c,
        "document.number",
        d.number.as_deref(),
        Some("08/CT-UBND")
    );
    expect_str!(c, "document.date", d.date.as_deref(), Some("2025-05-21"));
    expect_str!(
        c,
        "document.province",
        d.province.as_deref(),
        Some("Quảng Trị")
    );
    expect_that!(
        c,
        "document.issuer is the People's Committee",
        d.issuer
            .as_deref()
            .is_some_and(|s| has(s, "ủy ban nhân dân") || has(s, "ubnd")),
        d.issuer
    );
    let signer = d.signer.as_ref();
    expect_str!(
        c,
        "signer.name",
        signer.map(|s| s.name.as_str()),
        Some("Hoàng Thị Mai Anh")
    );
    expect_that!(
        c,
        "signer.title Phó Chủ tịch",
        signer
            .and_then(|s| s.title.as_deref())
            .is_some_and(|t| has(t, "phó chủ tịch")),
        signer.map(|s| &s.title)
    );

    if let Some(r) = c.reference(&a, "19/CT-TTg") {
        expect_str!(c, "19/CT-TTg kind", Some(r.kind.as_str()), Some("Chỉ thị"));
        expect_str!(c, "19/CT-TTg date", r.date.as_deref(), Some("2025-04-10"));
        expect_that!(
            c,
            "19/CT-TTg issuer",
            r.issuer.as_deref().is_some_and(|s| has(s, "thủ tướng")),
            r.issuer
        );
    }
    expect_that!(
        c,
        "the directive's own number is not a reference",
        !a.references
            .iter()
            .any(|r| refnum(&r.number) == refnum("08/CT-UBND")),
        a.references.iter().map(|r| &r.number).collect::<Vec<_>>()
    );

    expect_that!(
        c,
        "at least 7 directives",
        a.directives.len() >= 7,
        a.directives.len()
    );
    if let Some(d) = c.directive(&a, "Kiện toàn Ban Chỉ huy phòng, chống thiên tai") {
        expect_that!(
            c,
            "a) deadline 2025-06-15",
            d.deadlines.contains(&"2025-06-15".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "tổ chức diễn tập tại ít nhất 30% số xã") {
        expect_that!(
            c,
            "b) deadline 2025-Q3",
            d.deadlines.contains(&"2025-Q3".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "kiểm tra an toàn 136 hồ chứa") {
        expect_that!(
            c,
            "2. deadline 2025-08",
            d.deadlines.contains(&"2025-08".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "2. Sở Nông nghiệp và Môi trường",
            contains_folded(&d.addressees, "Sở Nông nghiệp và Môi trường"),
            d.addressees
        );
    }
    if let Some(d) = c.directive(&a, "gia cố nhà ở") {
        expect_that!(
            c,
            "3. Sở Xây dựng",
            contains_folded(&d.addressees, "Sở Xây dựng"),
            d.addressees
        );
        expect_that!(c, "3. no deadline", d.deadlines.is_empty(), d.deadlines);
    }
    if let Some(d) = c.directive(&a, "bố trí kinh phí dự phòng") {
        expect_that!(
            c,
            "4. Sở Tài chính",
            contains_folded(&d.addressees, "Sở Tài chính"),
            d.addressees
        );
    }
    if let Some(d) = c.directive(&a, "huy động lực lượng, phương tiện") {
        expect_that!(
            c,
            "5. deadline 2025-09",
            d.deadlines.contains(&"2025-09".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "5. Bộ Chỉ huy Quân sự tỉnh",
            contains_folded(&d.addressees, "Bộ Chỉ huy Quân sự tỉnh"),
            d.addressees
        );
    }
    c.directive(&a, "tăng thời lượng thông tin cảnh báo thiên tai");
    if let Some(d) = c.directive(&a, "nghiêm túc thực hiện Chỉ thị này") {
        expect_that!(
            c,
            "closing: deadline 2025-12-15",
            d.deadlines.contains(&"2025-12-15".to_string()),
            d.deadlines
        );
    }

    if let Some(i) = c.indicator(&a, "thiệt hại", 612.5) {
        expect_str!(c, "thiệt hại unit", i.unit.as_deref(), Some("tỷ đồng"));
        expect_str!(c, "thiệt hại period", i.period.as_deref(), Some("năm 2024"));
    }
    if let Some(i) = c.indicator(&a, "bão", 10.0) {
        expect_num!(c, "bão value_max", i.value_max, Some(12.0));
    }
    let not_figures = [8.0, 19.0, 2025.0];
    expect_that!(
        c,
        "no indicator from document numbers or years",
        !a.indicators
            .iter()
            .any(|i| i.value.is_some_and(|v| not_figures.contains(&v))),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );
    expect_that!(
        c,
        "timeline: the document",
        has_timeline(&a, TimelineKind::Document, "2025-05-21"),
        timeline_summary(&a)
    );
    expect_that!(
        c,
        "timeline: deadline 15/12",
        has_timeline(&a, TimelineKind::Deadline, "2025-12-15"),
        timeline_summary(&a)
    );
    c.finish();
}

#[test]
fn sau_sap_nhap() {
    let (mut c, a, text) = Check::new("06_sau_sap_nhap.txt");
    assert_invariants(c.fixture, &text, &a);

    let d = &a.document;
    expect_that!(c, "document.kind", d.kind == DocKind::News, d.kind);
    expect_str!(
        c,
        "document.province",
        d.province.as_deref(),
        Some("Tuyên Quang")
    );

    if let Some(m) = c.meeting(&a, "2025-10-08") {
        expect_str!(
            c,
            "meeting time_of_day",
            m.time_of_day.as_deref(),
            Some("sáng")
        );
        expect_that!(c, "meeting title", has(&m.title, "sơ kết"), m.title);
        expect_that!(
            c,
            "meeting chair",
            contains_folded(&m.chair, "Đặng Quốc Bảo"),
            m.chair
        );
        expect_that!(
            c,
            "meeting attendee",
            contains_folded(&m.attendees, "Lương Thị Thu Trang"),
            m.attendees
        );
    }
    if let Some(p) = c.person(&a, "Đặng Quốc Bảo") {
        expect_that!(
            c,
            "Bảo: Bí thư Tỉnh ủy",
            contains_folded(&p.titles, "Bí thư Tỉnh ủy"),
            p.titles
        );
    }
    if let Some(p) = c.person(&a, "Lương Thị Thu Trang") {
        expect_that!(
            c,
            "Trang: Chủ tịch UBND tỉnh",
            contains_folded(&p.titles, "Chủ tịch UBND tỉnh"),
            p.titles
        );
    }
    if let Some(p) = c.person(&a, "Hà Văn Sinh") {
        expect_that!(
            c,
            "Sinh: Chủ tịch HĐND tỉnh",
            contains_folded(&p.titles, "Chủ tịch HĐND tỉnh"),
            p.titles
        );
    }
    expect_that!(
        c,
        "no person named after a place",
        !a.people
            .iter()
            .any(|p| ["Lũng Cú", "Mậu Duệ", "Minh Xuân", "Hà Giang"]
                .iter()
                .any(|x| fold(&p.name).contains(&fold(x)))),
        a.people.iter().map(|p| &p.name).collect::<Vec<_>>()
    );

    if let Some(i) = c.indicator(&a, "GRDP", 7.9) {
        expect_that!(
            c,
            "GRDP rank 11/34",
            i.ranks
                .iter()
                .any(|r| close(r.rank, 11.0) && r.of == Some(34.0)),
            i.ranks
        );
        expect_that!(
            c,
            "GRDP period 9 tháng năm 2025",
            i.period.as_deref().is_some_and(|p| has(p, "9 tháng")),
            i.period
        );
    }
    if let Some(i) = c.indicator(&a, "ngân sách", 6108.4) {
        expect_num!(c, "ngân sách pct", i.pct_of_basis, Some(81.6));
    }
    if let Some(i) = c.indicator(&a, "hồ sơ", 96418.0) {
        expect_str!(c, "hồ sơ unit", i.unit.as_deref(), Some("hồ sơ"));
    }
    if let Some(i) = c.indicator(&a, "cán bộ", 3512.0) {
        expect_num!(c, "cán bộ change", i.change_value, Some(-28.4));
    }
    if let Some(i) = c.indicator(&a, "Hà Giang", 2.7) {
        expect_that!(
            c,
            "Hà Giang tourists nearly",
            i.approx == Some(toancanh_core::Approx::Nearly),
            i.approx
        );
        expect_num!(c, "Hà Giang tourists change", i.change_value, Some(15.6));
    }
    if let Some(i) = c.indicator(&a, "dân số", 1.86) {
        expect_that!(
            c,
            "dân số more_than",
            i.approx == Some(toancanh_core::Approx::MoreThan),
            i.approx
        );
    }
    let not_figures = [100.0, 2025.0];
    expect_that!(
        c,
        "'100 ngày' and years are not indicators",
        !a.indicators
            .iter()
            .any(|i| i.value.is_some_and(|v| not_figures.contains(&v))),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );

    if let Some(d) = c.directive(&a, "rà soát, sắp xếp đội ngũ cán bộ") {
        expect_that!(
            c,
            "đề nghị: deadline 2025-Q4",
            d.deadlines.contains(&"2025-Q4".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "xử lý dứt điểm trụ sở") {
        expect_that!(
            c,
            "yêu cầu: deadline 2025-12-31",
            d.deadlines.contains(&"2025-12-31".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "yêu cầu: UBND tỉnh",
            contains_folded(&d.addressees, "UBND tỉnh"),
            d.addressees
        );
    }
    if let Some(d) = c.directive(&a, "đào tạo, bồi dưỡng kỹ năng số") {
        expect_that!(
            c,
            "giao: deadline 2025-11",
            d.deadlines.contains(&"2025-11".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "giao: Sở Nội vụ",
            contains_folded(&d.addressees, "Sở Nội vụ"),
            d.addressees
        );
    }
    expect_that!(
        c,
        "timeline: the meeting",
        has_timeline(&a, TimelineKind::Meeting, "2025-10-08"),
        timeline_summary(&a)
    );
    c.finish();
}

#[test]
fn thong_bao_ket_luan_pdf() {
    let (mut c, a, text) = Check::new("07_thong_bao_ket_luan_pdf.txt");
    assert_invariants(c.fixture, &text, &a);

    let d = &a.document;
    expect_that!(c, "document.kind", d.kind == DocKind::Conclusion, d.kind);
    expect_str!(c, "document.number", d.number.as_deref(), Some("215-TB/TU"));
    expect_str!(c, "document.date", d.date.as_deref(), Some("2024-09-09"));
    expect_str!(
        c,
        "document.province",
        d.province.as_deref(),
        Some("Cà Mau")
    );
    let signer = d.signer.as_ref();
    expect_str!(
        c,
        "signer.name",
        signer.map(|s| s.name.as_str()),
        Some("Trương Minh Đạt")
    );
    expect_that!(
        c,
        "signer.title Chánh Văn phòng",
        signer
            .and_then(|s| s.title.as_deref())
            .is_some_and(|t| has(t, "chánh văn phòng")),
        signer.map(|s| &s.title)
    );

    // "Ngày 28/8" takes its year from the signature date.
    if let Some(m) = c.meeting(&a, "2024-08-28") {
        expect_that!(
            c,
            "meeting chair",
            contains_folded(&m.chair, "Tạ Quang Huy"),
            m.chair
        );
    }
    if let Some(p) = c.person(&a, "Tạ Quang Huy") {
        expect_that!(
            c,
            "Huy: Phó Bí thư Thường trực Tỉnh ủy",
            contains_folded(&p.titles, "Phó Bí thư Thường trực Tỉnh ủy"),
            p.titles
        );
        expect_that!(
            c,
            "Huy: Chủ tịch HĐND (title cut by a line break)",
            contains_folded(&p.titles, "Chủ tịch Hội đồng nhân dân tỉnh"),
            p.titles
        );
    }
    if let Some(p) = c.person(&a, "Mạc Thị Kiều Oanh") {
        expect_that!(
            c,
            "Oanh: Phó Chủ tịch",
            contains_folded(&p.titles, "Phó Chủ tịch"),
            p.titles
        );
    }

    if let Some(i) = c.indicator(&a, "giá trị sản xuất", 6812.4) {
        expect_str!(
            c,
            "giá trị sản xuất unit (cut by a line break)",
            i.unit.as_deref(),
            Some("tỷ đồng")
        );
        expect_num!(
            c,
            "giá trị sản xuất pct_of_basis",
            i.pct_of_basis,
            Some(64.3)
        );
        expect_num!(c, "giá trị sản xuất change", i.change_value, Some(9.7));
        expect_str!(
            c,
            "giá trị sản xuất period",
            i.period.as_deref(),
            Some("8 tháng đầu năm 2024")
        );
    }
    if let Some(i) = c.indicator(&a, "thủy sản", 48260.0) {
        expect_str!(c, "thủy sản unit", i.unit.as_deref(), Some("tấn"));
        expect_num!(c, "thủy sản change", i.change_value, Some(5.1));
    }
    c.indicator(&a, "tôm", 1124.0);
    c.indicator(&a, "công nghệ cao", 312.0);
    if let Some(i) = c.indicator(&a, "ngân sách", 214.6) {
        expect_num!(c, "ngân sách pct_of_basis", i.pct_of_basis, Some(71.5));
    }
    if let Some(i) = c.indicator(&a, "nông thôn mới", 6.0) {
        expect_num!(c, "NTM of", i.of, Some(7.0));
    }
    if let Some(i) = c.indicator(&a, "hộ nghèo", 2.15) {
        expect_num!(c, "hộ nghèo change", i.change_value, Some(-0.84));
        expect_str!(
            c,
            "hộ nghèo change_unit",
            i.change_unit.as_deref(),
            Some("điểm %")
        );
    }
    if let Some(i) = c.indicator(&a, "giá trị sản xuất", 10500.0) {
        expect_that!(
            c,
            "10.500 tỷ is a target",
            i.kind == IndicatorKind::Target,
            i.kind
        );
    }
    if let Some(i) = c.indicator(&a, "hộ nghèo", 1.8) {
        expect_that!(
            c,
            "hộ nghèo 1,8% is a target",
            i.kind == IndicatorKind::Target,
            i.kind
        );
    }
    expect_that!(
        c,
        "the page number is not an indicator",
        !a.indicators.iter().any(|i| i.value == Some(2.0)),
        a.indicators
            .iter()
            .map(|i| (&i.metric, i.value))
            .collect::<Vec<_>>()
    );

    if let Some(r) = c.reference(&a, "144-QĐ/TW") {
        expect_str!(c, "144-QĐ/TW kind", Some(r.kind.as_str()), Some("Quy định"));
        expect_str!(c, "144-QĐ/TW date", r.date.as_deref(), Some("2024-05-09"));
        expect_str!(
            c,
            "144-QĐ/TW issuer",
            r.issuer.as_deref(),
            Some("Bộ Chính trị")
        );
    }
    expect_that!(
        c,
        "the notice's own number is not a reference",
        !a.references
            .iter()
            .any(|r| refnum(&r.number) == refnum("215-TB/TU")),
        a.references.iter().map(|r| &r.number).collect::<Vec<_>>()
    );

    expect_that!(
        c,
        "at least 8 directives",
        a.directives.len() >= 8,
        a.directives.len()
    );
    if let Some(d) = c.directive(&a, "Tập trung chỉ đạo hoàn thành các chỉ tiêu") {
        expect_that!(
            c,
            "2.1.1 addressed to the Huyện ủy (lead-in)",
            contains_folded(&d.addressees, "Huyện ủy Năm Căn"),
            d.addressees
        );
    }
    if let Some(d) = c.directive(&a, "Đẩy mạnh chuyển đổi cơ cấu nuôi trồng") {
        expect_that!(
            c,
            "2.1.2 deadline 2024-Q4",
            d.deadlines.contains(&"2024-Q4".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "kiểm tra, xử lý các điểm sạt lở") {
        expect_that!(
            c,
            "2.1.3 deadline 2024-11-15",
            d.deadlines.contains(&"2024-11-15".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "Quan tâm thực hiện các chính sách an sinh") {
        expect_that!(
            c,
            "2.2.1 deadline 2024-12",
            d.deadlines.contains(&"2024-12".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "hỗ trợ xây dựng 150 căn nhà") {
        expect_that!(
            c,
            "2.2.2 deadline 2024-12 (cut by a line break)",
            d.deadlines.contains(&"2024-12".to_string()),
            d.deadlines
        );
    }
    if let Some(d) = c.directive(&a, "tổ chức thành công đại hội chi bộ") {
        expect_that!(
            c,
            "2.3.1 deadline 2025-Q1",
            d.deadlines.contains(&"2025-Q1".to_string()),
            d.deadlines
        );
    }
    c.directive(&a, "Thực hiện nghiêm Quy định số 144");
    if let Some(d) = c.directive(&a, "xem xét, giải quyết các kiến nghị") {
        expect_that!(
            c,
            "3. deadline 2024-10",
            d.deadlines.contains(&"2024-10".to_string()),
            d.deadlines
        );
        expect_that!(
            c,
            "3. addressed to the Ban cán sự đảng",
            contains_folded(&d.addressees, "Ban cán sự đảng"),
            d.addressees
        );
    }
    expect_that!(
        c,
        "the assessment is not a directive",
        !a.directives
            .iter()
            .any(|d| fold(&d.text).contains(&fold("toàn huyện ước đạt"))),
        a.directives
            .iter()
            .map(|d| d.text.chars().take(50).collect::<String>())
            .collect::<Vec<_>>()
    );
    c.finish();
}
