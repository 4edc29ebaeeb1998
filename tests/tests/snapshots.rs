//! Whole-document snapshots: the full analysis of every fixture, as JSON.
//!
//! Review changes with `cargo insta review` (or accept them with
//! `INSTA_UPDATE=always cargo test -p toancanh-tests --test snapshots`) and
//! read the diff as an analyst would: every changed figure, date and name
//! must be an improvement.

mod common;

use common::*;

macro_rules! snapshot_fixture {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            let text = fixture($file);
            let analysis = run(&text);
            assert_invariants($file, &text, &analysis);
            insta::with_settings!({
                description => concat!("analysis of tests/fixtures/", $file),
                omit_expression => true,
            }, {
                insta::assert_json_snapshot!(stringify!($test), analysis);
            });
        }
    };
}

snapshot_fixture!(ket_luan_btv, "01_ket_luan_btv.txt");
snapshot_fixture!(tin_hop_bi_thu, "02_tin_hop_bi_thu.txt");
snapshot_fixture!(bao_cao_thong_ke, "03_bao_cao_thong_ke.txt");
snapshot_fixture!(dang_lai_markdown, "04_dang_lai_markdown.md");
snapshot_fixture!(chi_thi_ubnd, "05_chi_thi_ubnd.txt");
snapshot_fixture!(sau_sap_nhap, "06_sau_sap_nhap.txt");
snapshot_fixture!(thong_bao_ket_luan_pdf, "07_thong_bao_ket_luan_pdf.txt");
snapshot_fixture!(cong_dien_ttg, "08_cong_dien_ttg.txt");
snapshot_fixture!(tin_giao_ban_hop_bao, "09_tin_giao_ban_hop_bao.txt");

#[test]
fn every_fixture_has_a_snapshot_test() {
    // A fixture added to the folder must also be added above and to FIXTURES.
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture_dir())
        .expect("fixtures folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "README.md")
        .collect();
    on_disk.sort();
    let listed: Vec<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    assert_eq!(on_disk, listed);
}
