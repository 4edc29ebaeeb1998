//! Sample texts, one click away. Written for this project in the genre's
//! style; every name and figure is invented.

pub struct Sample {
    pub id: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub text: &'static str,
}

pub const SAMPLES: [Sample; 4] = [
    Sample {
        id: "ket-luan",
        vi: "Kết luận của Ban Thường vụ",
        en: "Party committee conclusion",
        text: include_str!("../samples/ket-luan.txt"),
    },
    Sample {
        id: "tin-lam-viec",
        vi: "Tin làm việc của Bí thư",
        en: "Meeting news",
        text: include_str!("../samples/tin-lam-viec.txt"),
    },
    Sample {
        id: "bao-cao-thong-ke",
        vi: "Báo cáo thống kê",
        en: "Statistics report",
        text: include_str!("../samples/bao-cao-thong-ke.txt"),
    },
    Sample {
        id: "bai-dang-lai",
        vi: "Bài đăng lại (Markdown)",
        en: "Markdown repost",
        text: include_str!("../samples/bai-dang-lai.md"),
    },
];
