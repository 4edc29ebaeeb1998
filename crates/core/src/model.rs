//! The analysis result, serialized exactly as SPEC (docs/format.md) describes.
//!
//! Every `Span` is a pair of *character* (Unicode scalar) offsets into the
//! input exactly as given, end exclusive.

use serde::{Deserialize, Serialize};

/// `[start, end)` in characters of the original input.
pub type Span = [usize; 2];

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema_version: u32,
    pub document: Document,
    pub indicators: Vec<Indicator>,
    pub meetings: Vec<Meeting>,
    pub directives: Vec<Directive>,
    pub references: Vec<Reference>,
    pub people: Vec<Person>,
    pub timeline: Vec<TimelineEntry>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    Conclusion,
    Resolution,
    Directive,
    Report,
    News,
    #[default]
    Other,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Conclusion => "conclusion",
            DocKind::Resolution => "resolution",
            DocKind::Directive => "directive",
            DocKind::Report => "report",
            DocKind::News => "news",
            DocKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub kind: DocKind,
    pub title: Option<String>,
    pub number: Option<String>,
    pub issuer: Option<String>,
    pub province: Option<String>,
    /// ISO date of the precision the text supports ("2024", "2024-07", "2024-07-06").
    pub date: Option<String>,
    pub signer: Option<Signer>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Signer {
    pub name: String,
    pub title: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    Actual,
    Target,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    MoreThan,
    LessThan,
    Nearly,
    About,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rank {
    pub rank: f64,
    pub of: Option<f64>,
    pub scope: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub metric: String,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub of: Option<f64>,
    pub change_value: Option<f64>,
    pub change_value_max: Option<f64>,
    pub change_unit: Option<String>,
    pub change_basis: Option<String>,
    pub pct_of_basis: Option<f64>,
    pub basis: Option<String>,
    pub share_pct: Option<f64>,
    pub ranks: Vec<Rank>,
    /// The period as written, with the year the text left out filled in
    /// from the document ("6 tháng đầu năm" → "6 tháng đầu năm 2017").
    pub period: Option<String>,
    /// The period's first month (`"YYYY-MM"`); `None` for "as of" a moment.
    #[serde(default)]
    pub period_start: Option<String>,
    /// The period's last month, or the moment (`"YYYY-MM-DD"`) it is "as of".
    #[serde(default)]
    pub period_end: Option<String>,
    pub kind: IndicatorKind,
    pub approx: Option<Approx>,
    /// The statement that carries the figures (the first mention).
    pub span: Span,
    /// Every place the same statement appears (headline, lead, body).
    pub mentions: Vec<Span>,
    /// The economist's group the web page files the card under.
    pub group: String,
    /// The variable's identity in the taxonomy (`lexicon/data/concepts.tsv`),
    /// the same across documents and wordings: `"budget_revenue"`,
    /// `"grdp_growth"`; null outside it.
    #[serde(default)]
    pub concept: Option<String>,
    /// The narrower row of the taxonomy the label names, when it is one of
    /// `concept`'s kinds (`"budget_expenditure_recurrent"` of
    /// `"budget_expenditure"`); else null.
    #[serde(default)]
    pub concept_detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub date: Option<String>,
    pub time_of_day: Option<String>,
    pub title: String,
    pub chair: Vec<String>,
    pub attendees: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Directive {
    pub text: String,
    pub addressees: Vec<String>,
    pub issuer: Option<String>,
    pub deadlines: Vec<String>,
    /// The item number in a conclusion ("1.1"), if any.
    pub number: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    pub kind: String,
    pub number: String,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub title: Option<String>,
    pub span: Span,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub titles: Vec<String>,
    pub honorific: Option<String>,
    pub span: Span,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    Meeting,
    Reference,
    Deadline,
    Directive,
    Target,
    Document,
}

impl TimelineKind {
    /// The name in the JSON (`"meeting"`, `"deadline"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            TimelineKind::Meeting => "meeting",
            TimelineKind::Reference => "reference",
            TimelineKind::Deadline => "deadline",
            TimelineKind::Directive => "directive",
            TimelineKind::Target => "target",
            TimelineKind::Document => "document",
        }
    }

    /// The Vietnamese name, for reports and the page.
    pub fn label_vi(self) -> &'static str {
        match self {
            TimelineKind::Meeting => "Cuộc họp",
            TimelineKind::Reference => "Văn bản dẫn chiếu",
            TimelineKind::Deadline => "Hạn chót",
            TimelineKind::Directive => "Chỉ đạo",
            TimelineKind::Target => "Mục tiêu",
            TimelineKind::Document => "Ngày văn bản",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub date: String,
    pub kind: TimelineKind,
    pub label: String,
    /// JSON-pointer-like path of the item: "meetings/0", "directives/3".
    #[serde(rename = "ref")]
    pub reference: String,
    pub span: Option<Span>,
}
