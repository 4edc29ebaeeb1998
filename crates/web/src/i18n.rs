//! Two languages: Vietnamese (default) and English. Strings live next to
//! their use as `lang.t("vi", "en")` pairs; labels shared by several
//! components are collected here.

use toancanh_core::{DocKind, TimelineKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn t(self, vi: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(s: &str) -> Lang {
        if s.trim() == "en" {
            Lang::En
        } else {
            Lang::Vi
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }
}

pub fn doc_kind(k: DocKind, lang: Lang) -> &'static str {
    match k {
        DocKind::Conclusion => lang.t("Kết luận", "Conclusion"),
        DocKind::Resolution => lang.t("Nghị quyết", "Resolution"),
        DocKind::Directive => lang.t("Chỉ thị", "Directive"),
        DocKind::Report => lang.t("Báo cáo", "Report"),
        DocKind::News => lang.t("Tin bài", "News"),
        DocKind::Other => lang.t("Văn bản khác", "Other"),
    }
}

pub const TIMELINE_KINDS: [TimelineKind; 6] = [
    TimelineKind::Meeting,
    TimelineKind::Reference,
    TimelineKind::Deadline,
    TimelineKind::Directive,
    TimelineKind::Target,
    TimelineKind::Document,
];

pub fn timeline_kind(k: TimelineKind, lang: Lang) -> &'static str {
    let en = match k {
        TimelineKind::Meeting => "Meeting",
        TimelineKind::Reference => "Reference",
        TimelineKind::Deadline => "Deadline",
        TimelineKind::Directive => "Directive",
        TimelineKind::Target => "Target",
        TimelineKind::Document => "Document date",
    };
    lang.t(k.label_vi(), en)
}

pub fn timeline_kind_code(k: TimelineKind) -> &'static str {
    k.as_str()
}

/// The sections of indicator cards, in the order an economist reads them.
/// `targets` collects every indicator of kind target, whatever its group.
pub const SECTIONS: [&str; 10] = [
    "growth",
    "budget",
    "investment",
    "trade",
    "tourism",
    "agriculture",
    "social",
    "ranking",
    "other",
    "targets",
];

/// Which section a core `group` is filed under.
pub fn section_of(group: &str) -> &'static str {
    match group {
        "growth" | "industry" => "growth",
        "budget" => "budget",
        "investment" => "investment",
        "trade" => "trade",
        "tourism" => "tourism",
        "agriculture" => "agriculture",
        "social" => "social",
        "ranking" => "ranking",
        _ => "other",
    }
}

pub fn section_title(s: &str, lang: Lang) -> &'static str {
    match s {
        "growth" => lang.t("Tăng trưởng và sản xuất", "Growth and output"),
        "budget" => lang.t("Ngân sách", "Budget"),
        "investment" => lang.t("Đầu tư", "Investment"),
        "trade" => lang.t("Thương mại, xuất nhập khẩu", "Trade"),
        "tourism" => lang.t("Du lịch", "Tourism"),
        "agriculture" => lang.t("Nông nghiệp", "Agriculture"),
        "social" => lang.t("Xã hội", "Social"),
        "ranking" => lang.t("Xếp hạng", "Rankings"),
        "targets" => lang.t("Mục tiêu, chỉ tiêu", "Targets"),
        _ => lang.t("Chỉ tiêu khác", "Other figures"),
    }
}

/// Kinds of highlighted spans in the sources pane, for the legend.
pub const SPAN_KINDS: [&str; 7] = [
    "indicator",
    "target",
    "meeting",
    "directive",
    "reference",
    "person",
    "document",
];

pub fn span_kind(k: &str, lang: Lang) -> &'static str {
    match k {
        "indicator" => lang.t("Số liệu", "Figure"),
        "target" => lang.t("Mục tiêu", "Target"),
        "meeting" => lang.t("Cuộc họp", "Meeting"),
        "directive" => lang.t("Chỉ đạo", "Directive"),
        "reference" => lang.t("Văn bản dẫn chiếu", "Reference"),
        "person" => lang.t("Người", "Person"),
        _ => lang.t("Văn bản", "Document"),
    }
}
