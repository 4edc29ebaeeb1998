//! Indicators: the figures of each clause grouped into statements about one
//! variable, named by the words before them (or the noun they count),
//! dated by the period of the sentence or paragraph, and marked as a result
//! or a target.
//!
//! "thu ngân sách đạt 17.320,3 tỷ đồng, bằng 103,8% dự toán và tăng 28,2%"
//! is one indicator with a level, a share of its basis and a change; "5,2
//! triệu lượt khách lưu trú, trong đó có hơn 2,4 triệu lượt khách quốc tế"
//! is two. The same statement repeated (a headline, a teaser) is one
//! indicator with several mentions.

use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;
use std::sync::LazyLock;

use super::context::{Context, Sentence};
use super::figures::{figures_in, Figure, Role, Scan};
use super::labels::{combine, names_variable, noun_phrase, tidy, Join};
use super::periods::{first_period, last_year, period_near, settle, Running};
use crate::lexicon;
use crate::model::{Approx, Indicator, IndicatorKind, Rank};
use crate::text::fold_ws;
use crate::text::mask::Mask;
use crate::text::segment::clauses;

/// Words that open a clause without naming anything.
const LEADING: &[&str] = &[
    "để",
    "nhằm",
    "đáng lưu ý là",
    "đáng lưu ý",
    "đáng chú ý là",
    "đáng chú ý",
    "lưu ý",
    "trong đó có",
    "trong đó",
    "cụ thể là",
    "cụ thể",
    "theo đó",
    "riêng",
    "còn",
    "đồng thời",
    "bên cạnh đó",
    "ngoài ra",
    "như vậy",
    "kế tiếp là",
    "tiếp theo là",
    "tiếp đến là",
    "tiếp đến",
    "với",
    "và",
    "nhưng",
    "song",
    "tuy nhiên",
    "mặt khác",
    "đặc biệt",
    "nổi bật",
    "hiện nay",
    "hiện",
    "đến nay",
    "trong khi đó",
    "trong khi",
    "thì",
    "nhìn chung",
    "tính chung",
    "lũy kế",
    "ước tính",
    "dự kiến",
    "toàn tỉnh có",
    "toàn tỉnh",
    "cả nước có",
    "phấn đấu đạt",
    "phấn đấu",
];

/// Words that end a label before its figure.
const TRAILING: &[&str] = &[
    "bị giảm mạnh",
    "bị giảm",
    "giảm mạnh",
    "tăng mạnh",
    "ước đạt",
    "ước tính đạt",
    "ước tính",
    "ước",
    "đạt mức",
    "ở mức",
    "chỉ ở mức",
    "dù chỉ ở mức",
    "đạt",
    "là",
    "có",
    "còn",
    "chỉ còn",
    "với",
    "được",
    "đã",
    "cho",
    "tăng",
    "giảm",
    "tiếp tục tăng",
    "tiếp tục",
    "vẫn",
    "lên",
    "xuống",
    "khoảng",
    "hơn",
    "trên",
    "gần",
    "từ",
    "bằng",
    "chiếm",
    "đến",
    "vào",
    "thu được",
    "đạt được",
    "mới",
    "đều",
    "cũng",
    "luôn",
    "vẫn tăng",
    "ước vẫn tăng",
];

/// Words that mark a target.
const TARGET_CUES: &[&str] = &[
    "phấn đấu",
    "mục tiêu",
    "chỉ tiêu kế hoạch",
    "kế hoạch đề ra",
    "dự kiến",
    "đặt ra",
    "đề ra",
    "sẽ",
    "dự báo",
    "theo quy hoạch",
    "kế hoạch năm",
    "định hướng",
    "tầm nhìn",
];

struct Draft {
    ind: Indicator,
    /// Clean-text ranges of the statement, for mentions.
    range: Range<usize>,
    /// The clause it stands in.
    clause: Range<usize>,
    has_value: bool,
    /// Where the period its clause states starts, if its clause states one.
    period_at: Option<usize>,
}

pub fn extract(
    ctx: &Context,
    masked: &Mask,
    skip: &[Range<usize>],
) -> Vec<(Indicator, Range<usize>)> {
    let skipped = |s: &Sentence| {
        skip.iter()
            .any(|k| k.start <= s.range.start && s.range.end <= k.end)
    };
    // Sentences are read one by one; all that passes from one to the next
    // is the period last stated and the last year a period stated. So a long
    // text is read in two halves side by side, the second starting from
    // what the first one ends with.
    let (head, tail) = ctx.sentences.split_at(ctx.sentences.len() / 2);
    let unskipped = || head.iter().rev().filter(|s| !skipped(s));
    let carried = Running {
        period: unskipped().find_map(|s| first_period(ctx, &s.range)),
        year: unskipped().find_map(|s| last_year(ctx, s)),
    };
    let (mut drafts, tail_drafts) = crate::parallel::join(
        ctx.text.len(),
        || read_sentences(ctx, masked, &skipped, head, Running::default()),
        || read_sentences(ctx, masked, &skipped, tail, carried),
    );
    drafts.extend(tail_drafts);
    merge(ctx, drafts)
}

/// The statements of `sentences`, in order; `running` is what the
/// sentences before them stated.
fn read_sentences(
    ctx: &Context,
    masked: &Mask,
    skipped: &(impl Fn(&Sentence) -> bool + Sync),
    sentences: &[Sentence],
    mut running: Running,
) -> Vec<Draft> {
    let text = ctx.text;
    let mut drafts: Vec<Draft> = Vec::new();
    let stretch = match (sentences.first(), sentences.last()) {
        (Some(a), Some(b)) => a.range.start..b.range.end,
        _ => 0..0,
    };
    let scan = Scan::new(text, &ctx.lower, stretch);
    for s in sentences {
        if skipped(s) {
            continue;
        }
        let target_cue = target_from(&ctx.lower[s.range.clone()]);
        let sentence_period = first_period(ctx, &s.range);
        // The year of a period that leaves it out comes from the sentence,
        // then from the paragraph, then from the document.
        let year_before = running.year;
        if let Some(p) = &sentence_period {
            running.period = Some(p.clone());
        }
        if let Some(y) = last_year(ctx, s) {
            running.year = Some(y);
        }
        let mut previous: Option<usize> = None; // index into drafts within this sentence
        let sentence_first = drafts.len();
        // After "…; trong đó, A tăng …; B tăng …" every clause names a part
        // of the statement before "trong đó".
        let mut whole: Option<String> = None;
        for cl in clauses(text, s.range.clone()) {
            let opens_parts = {
                let l = crate::text::lower_head(text[cl.clone()].trim_start(), 16);
                l.starts_with("trong đó") || l.starts_with("bao gồm") || l.starts_with("gồm")
            };
            if opens_parts && whole.is_none() {
                whole = previous.map(|p| drafts[p].ind.metric.clone());
            }
            let figs = figures_in(text, &ctx.lower, cl.clone(), masked, &scan);
            if figs.is_empty() {
                continue;
            }
            let mut current: Option<usize> = None;
            let mut label_from = cl.start;
            for f in figs {
                // "tăng 8,1% về số doanh nghiệp và tăng 52,3% về số vốn": the
                // change goes to the statement of this sentence it names.
                if f.role == Role::Change {
                    if let Some(topic) = f.noun.clone().map(|t| crate::text::lower(&text[t])) {
                        let words: Vec<&str> = topic
                            .split(' ')
                            .filter(|w| w.chars().count() >= 2 && *w != "số")
                            .collect();
                        // The statements just before, not every one of a long sentence.
                        let best = (sentence_first.max(drafts.len().saturating_sub(24))
                            ..drafts.len())
                            .filter(|&i| drafts[i].ind.change_value.is_none())
                            .max_by_key(|&i| {
                                let m = crate::text::lower(&drafts[i].ind.metric);
                                words.iter().filter(|w| m.contains(*w)).count()
                            })
                            .filter(|&i| {
                                let m = crate::text::lower(&drafts[i].ind.metric);
                                words.iter().any(|w| m.contains(*w))
                            });
                        if let Some(i) = best {
                            attach(&mut drafts[i], &f, text);
                            label_from = f.range.end.max(f.noun.as_ref().map_or(0, |n| n.end));
                            continue;
                        }
                    }
                }
                // "Quý III đạt 6,26%, 9 tháng tăng 6,9%": a figure of
                // another period is another statement.
                let own_period = period_near(ctx, &cl, f.range.start, label_from);
                let other_period = |i: usize| {
                    own_period.as_ref().map(|p| p.at()) != drafts[i].period_at
                        && own_period.is_some()
                };
                let need_new = match (f.role, current) {
                    (_, None) => true,
                    (_, Some(i)) if other_period(i) => true,
                    (Role::Level, Some(i)) => {
                        let d = &drafts[i];
                        d.has_value
                            || d.ind.change_value.is_some()
                            || d.ind.pct_of_basis.is_some()
                            || f.parenthetical && !d.ind.ranks.is_empty()
                    }
                    (Role::Change, Some(i)) => drafts[i].ind.change_value.is_some(),
                    (Role::PctOfBasis, Some(i)) => drafts[i].ind.pct_of_basis.is_some(),
                    (Role::Share, Some(i)) => drafts[i].ind.share_pct.is_some(),
                    (Role::Rank, Some(_)) => false,
                };
                if !need_new {
                    let i = current.expect("checked");
                    attach(&mut drafts[i], &f, text);
                    label_from = f.range.end;
                    continue;
                }
                // A clause that only adds a rank or a change to the statement
                // before it ("; đứng thứ 9/114 bộ ngành, địa phương cả nước").
                let label_r = label_from..f.cue_start.max(label_from);
                let raw_label = clean_label(text, label_r.clone(), masked);
                if current.is_none()
                    && raw_label.is_empty()
                    && matches!(f.role, Role::Rank | Role::Change | Role::Share)
                {
                    let free = |p: usize| match f.role {
                        Role::Change => drafts[p].ind.change_value.is_none(),
                        Role::Share => drafts[p].ind.share_pct.is_none(),
                        _ => true,
                    };
                    if let Some(p) = previous.filter(|&p| free(p)) {
                        attach(&mut drafts[p], &f, text);
                        label_from = f.range.end;
                        current = Some(p);
                        continue;
                    }
                }
                // Name the statement.
                let noun = f.noun.clone().map(|n| text[n].to_string());
                // What is counted names the statement: "65/92 xã được công
                // nhận …", "4.694 hộ nghèo", "100% xã NTM".
                let counted = fold_ws(&format!(
                    "{} {}",
                    if f.count {
                        f.unit.as_deref().map(unit_noun).unwrap_or("")
                    } else {
                        ""
                    },
                    noun.as_deref().unwrap_or("")
                ));
                let weak = raw_label.is_empty() || is_weak_label(&raw_label);
                let mut metric = match (counted.is_empty(), weak) {
                    (false, true) => counted.clone(),
                    (false, false) if f.role == Role::Rank => raw_label.clone(),
                    (false, false)
                        if crate::text::lower(&raw_label)
                            .contains(&*crate::text::lower(&counted)) =>
                    {
                        raw_label.clone()
                    }
                    // A unit alone ("lượt người") adds nothing to a name.
                    (false, false) if noun.is_none() && names_variable(&raw_label) => {
                        raw_label.clone()
                    }
                    (false, false) => combine(&raw_label, &counted, Join::Counted),
                    (true, _) => raw_label.clone(),
                };
                // A second figure of the same statement ("tăng 9,9% so cùng kỳ"),
                // or a part named without its variable ("Nhật Bản 3.605 triệu USD"):
                // borrow the variable from the statement before.
                let prev_metric = current.or(previous).map(|i| drafts[i].ind.metric.clone());
                if let Some(pm) = prev_metric {
                    if metric.is_empty() {
                        metric = pm;
                    } else if lexicon::metric_group(&metric) == "other"
                        && lexicon::metric_group(&pm) != "other"
                        && noun.is_none()
                    {
                        metric = combine(&pm, &metric, Join::Borrowed);
                    } else if f.parenthetical && raw_label.is_empty() {
                        // "18 CCN đi vào hoạt động (10 CCN đã lấp đầy, …)": a
                        // part that says what it is keeps its own words.
                        let says_more = noun
                            .as_deref()
                            .is_some_and(|n| n.split(' ').count() >= 2 && !pm.contains(n));
                        metric = if says_more && f.count {
                            combine(&pm, &counted, Join::Part)
                        } else {
                            pm
                        };
                    } else if f.parenthetical && current.is_some() && !metric.contains(pm.as_str())
                    {
                        // "(nếu tính cả vốn bổ sung đạt …)": a variant of the statement before.
                        metric = combine(&pm, &metric, Join::Variant);
                    }
                }
                if f.parenthetical && f.role == Role::Level {
                    if let Some(i) = current {
                        if let Some(b) = drafts[i].ind.basis.clone() {
                            metric = format!("{} ({b})", drafts[i].ind.metric);
                        }
                    }
                }
                if metric.is_empty() {
                    metric = f.unit.as_deref().map(unit_noun).unwrap_or("").to_string();
                }
                // "cấp phát 14.000 tấn gạo cho gần 300.000 hộ": a count after
                // "cho"/"đến" belongs to the statement before it.
                let linking = crate::text::lower(text[label_r.clone()].trim());
                if let (Some(i), Some("cho" | "đến" | "tới")) =
                    (current, linking.rsplit(' ').next())
                {
                    let pm = drafts[i].ind.metric.clone();
                    if !metric.contains(pm.as_str()) {
                        metric = combine(&pm, &metric, Join::Part);
                    }
                }
                if let Some(w) = &whole {
                    if !metric.contains(w.as_str()) && !w.is_empty() && current.is_none() {
                        metric = combine(w, &metric, Join::Part);
                    }
                }
                // A figure without a nameable variable ("%%", "3170") is no
                // indicator: a name has a word of two letters or more.
                if !names_a_word(&metric) {
                    label_from = f.range.end;
                    continue;
                }
                let kind = if f.range.start - s.range.start > target_cue {
                    IndicatorKind::Target
                } else {
                    IndicatorKind::Actual
                };
                let period_at = own_period.as_ref().map(|p| p.at());
                let clause_period = own_period
                    .or_else(|| sentence_period.clone())
                    .or_else(|| running.period.clone())
                    .map(|p| settle(ctx, &p, s, year_before));
                let mut d = Draft {
                    ind: Indicator {
                        metric: tidy(&metric),
                        value: None,
                        value_max: None,
                        unit: None,
                        of: None,
                        change_value: None,
                        change_value_max: None,
                        change_unit: None,
                        change_basis: None,
                        pct_of_basis: None,
                        basis: None,
                        share_pct: None,
                        ranks: Vec::new(),
                        period: clause_period.as_ref().map(|p| p.0.clone()),
                        period_start: clause_period.as_ref().and_then(|p| p.1.start.clone()),
                        period_end: clause_period.and_then(|p| p.1.end),
                        kind,
                        approx: None,
                        span: [0, 0],
                        mentions: Vec::new(),
                        group: String::new(),
                        concept: None,
                        concept_detail: None,
                    },
                    range: f.range.clone(),
                    clause: cl.clone(),
                    has_value: false,
                    period_at,
                };
                attach(&mut d, &f, text);
                drafts.push(d);
                current = Some(drafts.len() - 1);
                label_from = f
                    .noun
                    .as_ref()
                    .map_or(f.range.end, |n| n.end.max(f.range.end));
            }
            if current.is_some() {
                previous = current;
            }
        }
    }
    drafts
}

/// Whether a name holds a word of two letters or more.
fn names_a_word(name: &str) -> bool {
    name.split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 2)
}

/// "triệu lượt khách" → "lượt khách": the noun part of a unit.
fn unit_noun(u: &str) -> &str {
    let mut rest = u;
    for scale in [
        "nghìn tỷ ",
        "ngàn tỷ ",
        "nghìn ",
        "ngàn ",
        "triệu ",
        "tỷ ",
        "tỉ ",
        "vạn ",
        "chục ",
    ] {
        if let Some(r) = rest.strip_prefix(scale) {
            rest = r;
        }
    }
    if rest.contains('%')
        || [
            "đồng", "USD", "VNĐ", "tấn", "ha", "km", "kg", "lần", "bậc", "điểm",
        ]
        .contains(&rest)
    {
        ""
    } else {
        rest
    }
}

fn attach(d: &mut Draft, f: &Figure, text: &str) {
    let ind = &mut d.ind;
    match f.role {
        Role::Level => {
            ind.value = Some(f.value);
            ind.value_max = f.value_max;
            ind.of = f.of;
            ind.unit = f.unit.clone();
            ind.approx = approx(f.approx);
            d.has_value = true;
        }
        Role::Change => {
            ind.change_value = Some(f.value);
            ind.change_value_max = f.value_max;
            ind.change_unit = f.unit.clone().map(|u| {
                if u.contains("phần trăm") {
                    "điểm %".to_string()
                } else {
                    u
                }
            });
            ind.change_basis = f.basis.clone();
            if ind.approx.is_none() && !d.has_value {
                ind.approx = approx(f.approx);
            }
        }
        Role::PctOfBasis => {
            ind.pct_of_basis = Some(f.value);
            ind.basis = f.basis.clone().or_else(|| ind.basis.clone());
        }
        Role::Share => ind.share_pct = Some(f.value),
        Role::Rank => ind.ranks.push(Rank {
            rank: f.value,
            of: f.of,
            scope: f.basis.clone(),
        }),
    }
    d.range = d.range.start.min(f.range.start)..d.range.end.max(f.range.end);
    let _ = text;
}

fn approx(a: Option<&str>) -> Option<Approx> {
    match a? {
        "more_than" => Some(Approx::MoreThan),
        "nearly" => Some(Approx::Nearly),
        "about" => Some(Approx::About),
        "less_than" => Some(Approx::LessThan),
        _ => None,
    }
}

/// The label before a figure, without connectives, periods and verbs.
fn clean_label(text: &str, r: Range<usize>, masked: &Mask) -> String {
    if r.is_empty() {
        return String::new();
    }
    // Cut dates, periods and parentheses out of the label.
    let mut s = String::new();
    let mut pos = r.start;
    for m in masked.within(&r).iter().cloned() {
        if m.start > pos {
            s.push_str(&text[pos..m.start.min(r.end)]);
        }
        pos = pos.max(m.end);
    }
    if pos < r.end {
        s.push_str(&text[pos..r.end]);
    }
    // Parenthetical remarks: "(9 tháng)", "(GRDP)" stays if it names.
    let mut out = String::new();
    let mut depth = 0;
    let mut paren = String::new();
    for c in s.chars() {
        match c {
            '(' => {
                depth += 1;
                paren.clear();
            }
            ')' if depth > 0 => {
                depth -= 1;
                // Keep acronyms such as "(GRDP)", "(PCI)".
                if paren
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
                    && paren.len() >= 2
                {
                    out.push_str(&format!("({paren})"));
                }
            }
            _ if depth > 0 => paren.push(c),
            _ => out.push(c),
        }
    }
    // Inside an open parenthesis the label starts after it:
    // "(thu nội địa 8.100 tỷ đồng".
    if depth > 0 {
        // "giá thịt lợn hơi bị giảm mạnh (chỉ còn 24.000 …": a label inside
        // the parenthesis that names nothing defers to the words before it.
        let inside = strip_edges(&paren);
        if !inside.is_empty() && !is_weak_label(&inside) {
            out = paren.clone();
        }
    }
    let l = fold_ws(&out.replace([';', ':', '“', '”', '"', '(', ')'], " "));
    // The last segment that names something is the label: "Đến hết
    // tháng 10-2024, toàn tỉnh đã có" names nothing; "…, trong đó X" names X.
    // A comma inside an indicator phrase ("khu vực nông, lâm nghiệp và
    // thủy sản") separates nothing.
    let phrases: Vec<Range<usize>> = lexicon::find_metric_phrases(&l)
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    let mut segments: Vec<&str> = Vec::new();
    let mut from = 0;
    for (at, _) in l.match_indices(", ") {
        if phrases.iter().any(|r| r.start < at && at < r.end) {
            continue;
        }
        segments.push(&l[from..at]);
        from = at + 2;
    }
    segments.push(&l[from..]);
    let segments: Vec<&str> = segments
        .into_iter()
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect();
    let named: Vec<&str> = segments
        .iter()
        .copied()
        .filter(|x| !is_weak_label(&strip_edges(x)))
        .collect();
    let grouped_before = |last: &str| {
        named
            .iter()
            .rev()
            .skip(1)
            .find(|x| lexicon::metric_group(x) != "other")
            .filter(|x| **x != last)
            .copied()
    };
    let l = match named.last() {
        Some(last) if lexicon::metric_group(last) != "other" || named.len() == 1 => {
            last.to_string()
        }
        // "Đáng chú ý trong chăn nuôi, giá thịt lợn hơi …": the last segment
        // names the variable, the one before the field it belongs to.
        Some(last)
            if !is_qualifier(&strip_edges(last))
                && !last.contains(|c: char| c.is_ascii_digit()) =>
        {
            match grouped_before(last) {
                Some(field) => combine(field, last, Join::Field),
                None => last.to_string(),
            }
        }
        // The last segment is a qualifier ("cả năm"): keep the one that names a variable.
        Some(last) => named
            .iter()
            .rev()
            .find(|x| lexicon::metric_group(x) != "other")
            .unwrap_or(last)
            .to_string(),
        None => String::new(),
    };
    let mut l = noun_phrase(&l);
    // A figure of another place names the place: "Tại khu vực Hà Giang (cũ),
    // lượng khách …" → "khu vực Hà Giang - lượng khách …".
    if let Some(place) = segments.iter().find(|x| is_place_segment(x)) {
        let place = strip_place_cue(place);
        if !l.is_empty() && !l.contains(place) {
            l = combine(place, &l, Join::Place);
        }
    }
    l = strip_edges(&l);
    l
}

/// A short segment that qualifies a figure rather than naming it ("cả
/// năm", "bình quân", "riêng tháng này"): a longer one ("giá thịt lợn hơi")
/// names the variable even when the metric lexicon does not know it.
fn is_qualifier(segment: &str) -> bool {
    segment.split(' ').filter(|w| !w.is_empty()).count() <= 3
}

/// "Tại khu vực Hà Giang", "Ở huyện Vân Canh", "Riêng thành phố Huế".
fn is_place_segment(s: &str) -> bool {
    let l = crate::text::lower_head(s, 24);
    let opens = ["tại ", "ở ", "riêng ", "trên địa bàn "]
        .iter()
        .any(|w| l.starts_with(w));
    opens && s.split(' ').count() <= 8 && s.split(' ').skip(1).any(super::names::is_capitalized)
}

fn strip_place_cue(s: &str) -> &str {
    let n = ["tại ", "ở ", "riêng ", "trên địa bàn "]
        .iter()
        .find(|w| crate::text::lower_head(s, 24).starts_with(*w))
        .map_or(0, |w| w.len());
    s[n..].trim()
}

/// Strips connectives before and verbs after a label.
fn strip_edges(label: &str) -> String {
    // One lowercase copy: it keeps every character's byte length, so a
    // stretch of the label is the same stretch of the copy.
    let lower = crate::text::lower(label);
    let edge = |c: char| matches!(c, ',' | '-' | '.' | '(' | ')') || c.is_whitespace();
    let (mut a, mut b) = (0, label.len());
    loop {
        let before = (a, b);
        let t = &label[a..b];
        let trimmed = t.trim_start_matches(edge);
        a += t.len() - trimmed.len();
        b = a + trimmed.trim_end_matches(edge).len();
        let l = &lower[a..b];
        if let Some(w) = LEADING.iter().find(|w| {
            l.starts_with(*w)
                && l[w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        }) {
            a += w.len();
        }
        let l = &lower[a..b];
        if let Some(w) = TRAILING.iter().find(|w| {
            l.ends_with(*w)
                && l[..l.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        }) {
            b -= w.len();
        }
        if (a, b) == before {
            break;
        }
    }
    label[a..b].to_string()
}

/// A label that names no variable: a place, a verb, "toàn tỉnh đã có".
fn is_weak_label(l: &str) -> bool {
    static STOP: LazyLock<std::collections::HashSet<&str>> = LazyLock::new(|| {
        [
            "toàn", "tỉnh", "cả", "nước", "có", "đã", "được", "đạt", "còn", "là", "với", "trong",
            "đó", "hiện", "đến", "nay", "thành", "phố", "huyện", "năm", "tháng", "tính", "ước",
            "và", "các", "những", "thu", "hút", "cấp", "phát", "giải", "quyết", "cho", "vẫn",
            "tiếp", "tục", "lũy", "kế", "ngoài", "ra", "địa", "bàn", "thêm", "đến", "chỉ", "địa",
            "phương", "hết", "từ", "kết", "thúc", "trong", "đó", "riêng", "nên", "song", "nhưng",
            "cũng", "đều", "số", "tổng", "hiện", "nay", "tính", "chung", "thời", "điểm",
        ]
        .into_iter()
        .collect()
    });
    // Place names ("Bình Dương", "Nhật Bản") name no variable either.
    l.split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| STOP.contains(&*crate::text::lower(w)) || super::names::is_capitalized(w))
}

/// Where a sentence (lowercased) starts speaking of targets: the byte offset of its
/// first target cue ("phấn đấu", "mục tiêu", …), 0 for a sentence that
/// opens a list of targets, `usize::MAX` if none.
fn target_from(lower_sentence: &str) -> usize {
    // One pass for every cue (leftmost first), on a copy of the same byte length.
    static CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(TARGET_CUES)
            .expect("target cues build")
    });
    let s = lower_sentence;
    if s.starts_with("phấn đấu") || s.contains("chỉ tiêu chủ yếu:") {
        return 0;
    }
    CUES.find(s).map_or(usize::MAX, |m| m.start())
}

/// Repeated statements become one indicator with several mentions.
fn merge(ctx: &Context, drafts: Vec<Draft>) -> Vec<(Indicator, Range<usize>)> {
    let mut out: Vec<(Indicator, Range<usize>)> = Vec::new();
    // The content words of each statement's label (see `same_statement`).
    let mut out_words: Vec<Vec<String>> = Vec::new();
    // Statements with the same figures, by their figures.
    let mut by_facts: std::collections::HashMap<FactsKey, Vec<usize>> =
        std::collections::HashMap::new();
    for d in drafts {
        let mut ind = d.ind;
        // A figure in words ("hơn hai triệu người") points at its clause,
        // whose digits are what a reader checks it against.
        let words_only = !ctx.text[d.range.clone()]
            .bytes()
            .any(|b| b.is_ascii_digit());
        let evidence = if words_only
            && ctx.text[d.clause.clone()]
                .bytes()
                .any(|b| b.is_ascii_digit())
        {
            d.clause.clone()
        } else {
            d.range.clone()
        };
        let span = ctx.span(evidence);
        let key = facts_key(&ind);
        let words = label_words(&ind.metric);
        let same = by_facts.get(&key).and_then(|v| {
            v.iter()
                .copied()
                .find(|&i| same_statement(&out[i].0, &out_words[i], &ind, &words))
        });
        match same {
            Some(i) => out[i].0.mentions.push(span),
            None => {
                ind.span = span;
                ind.mentions = vec![span];
                let before = &ctx.text[d.clause.start..d.range.start.max(d.clause.start)];
                super::concept::assign(&mut ind, before);
                by_facts.entry(key).or_default().push(out.len());
                out.push((ind, d.range));
                out_words.push(words);
            }
        }
    }
    out
}

/// The figures of a statement, exactly (the bits of every number): repeated
/// statements share it.
type FactsKey = ([Option<u64>; 6], Option<String>, usize);

fn facts_key(i: &Indicator) -> FactsKey {
    let bits = |v: Option<f64>| v.map(f64::to_bits);
    (
        [
            bits(i.value),
            bits(i.value_max),
            bits(i.of),
            bits(i.change_value),
            bits(i.pct_of_basis),
            bits(i.share_pct),
        ],
        i.unit.clone(),
        i.ranks.len(),
    )
}

/// The words of a label a repeated statement shares (three letters or more).
fn label_words(label: &str) -> Vec<String> {
    crate::text::lower(label)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

/// Whether `b` repeats `a`: the same figures, and labels (their
/// [`label_words`] `wa`, `wb`) that share a content word.
fn same_statement(a: &Indicator, wa: &[String], b: &Indicator, wb: &[String]) -> bool {
    let same_facts = a.value == b.value
        && a.value_max == b.value_max
        && a.of == b.of
        && a.change_value == b.change_value
        && a.pct_of_basis == b.pct_of_basis
        && a.share_pct == b.share_pct
        && a.unit == b.unit;
    if !same_facts || a.ranks.len() != b.ranks.len() {
        return false;
    }
    wb.iter().any(|w| wa.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Prepared;

    fn inds(s: &str) -> Vec<Indicator> {
        let p = Prepared::new(s);
        let mut ctx = Context::new(&p, None);
        ctx.infer_year(&crate::text::mask::Mask::default());
        let masked = Mask::new(ctx.dates.iter().map(|d| d.range.clone()).collect());
        extract(&ctx, &masked, &[])
            .into_iter()
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn one_statement_many_figures() {
        let v = inds("10 tháng năm 2024, thu ngân sách đạt 17.320,3 tỷ đồng, bằng 103,8% dự toán và tăng 28,2%.");
        assert_eq!(v.len(), 1);
        let i = &v[0];
        assert!(i.metric.contains("thu ngân sách"), "{}", i.metric);
        assert_eq!(
            (i.value, i.pct_of_basis, i.change_value),
            (Some(17320.3), Some(103.8), Some(28.2))
        );
        assert_eq!(i.period.as_deref(), Some("10 tháng năm 2024"));
    }

    #[test]
    fn two_statements_in_one_clause() {
        let v = inds("Doanh thu du lịch đạt 26.072 tỷ đồng, tăng 96,8%, với hơn 5,2 triệu lượt khách lưu trú, trong đó có hơn 2,4 triệu lượt khách quốc tế, tăng gấp 3,2 lần so với cùng kỳ.");
        assert_eq!(v.len(), 3, "{v:#?}");
        assert!(v[1].metric.contains("khách lưu trú"));
        assert!(v[2].metric.contains("khách quốc tế"));
        assert_eq!(v[2].change_value, Some(3.2));
        assert_eq!(v[2].change_unit.as_deref(), Some("lần"));
    }

    #[test]
    fn counts_named_after_the_number() {
        let v = inds("Đến hết tháng 10-2024, toàn tỉnh đã có 65/92 xã được công nhận đạt chuẩn nông thôn mới (70,6%).");
        assert_eq!(v.len(), 1);
        assert!(v[0].metric.contains("nông thôn mới"));
        assert_eq!(
            (v[0].value, v[0].of, v[0].share_pct),
            (Some(65.0), Some(92.0), Some(70.6))
        );
    }

    #[test]
    fn targets_and_repeats() {
        let v = inds("Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế đạt 8 - 8,5%.\nPhấn đấu tăng trưởng kinh tế đạt 8-8,5%.");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].kind, IndicatorKind::Target);
        assert_eq!(v[0].mentions.len(), 2);
    }

    #[test]
    fn a_named_segment_beats_an_earlier_topic() {
        // Positive: the price names the figure, not the sector before it.
        let v = inds("Đáng chú ý trong trồng trọt, giá cà phê nhân xô bị giảm mạnh (chỉ còn 31.500 đồng/kg, thấp nhất trong 5 năm).");
        assert_eq!(v.len(), 1, "{v:#?}");
        assert!(
            v[0].metric.ends_with("giá cà phê nhân xô"),
            "{}",
            v[0].metric
        );
        // Negative: a short qualifier after the variable does not take over.
        let v = inds("Tổng thu ngân sách nhà nước trên địa bàn, cả năm đạt 9.450 tỷ đồng.");
        assert!(v[0].metric.contains("thu ngân sách"), "{}", v[0].metric);
    }

    #[test]
    fn a_long_text_read_in_two_halves_reads_as_in_one() {
        // The period stated last in the first half goes on in the second:
        // every statement is its own (its figures differ), so a period read
        // wrongly anywhere shows.
        let text: String = (0..701)
            .map(|i| {
                format!(
                    "Năm {}, thu ngân sách đạt {i}.876,5 tỷ đồng. Xuất khẩu đạt {i}.234 triệu USD. Doanh thu đạt {i}.456 tỷ đồng.\n",
                    2000 + i % 25
                )
            })
            .collect();
        let p = Prepared::new(&text);
        let mut ctx = Context::new(&p, None);
        ctx.infer_year(&crate::text::mask::Mask::default());
        let masked = Mask::new(ctx.dates.iter().map(|d| d.range.clone()).collect());
        let halves = extract(&ctx, &masked, &[]);
        let whole = merge(
            &ctx,
            read_sentences(
                &ctx,
                &masked,
                &|_| false,
                &ctx.sentences,
                Running::default(),
            ),
        );
        let json = |v: &[(Indicator, Range<usize>)]| {
            serde_json::to_string(&v.iter().map(|(i, r)| (i, r.clone())).collect::<Vec<_>>())
                .expect("serializes")
        };
        let mentions: usize = whole.iter().map(|(i, _)| i.mentions.len()).sum();
        assert!(
            whole.len() >= 4 && mentions > 500,
            "{} {mentions}",
            whole.len()
        );
        assert_eq!(json(&halves), json(&whole));
    }

    #[test]
    fn rank_clause_joins_statement() {
        let v = inds("Giải ngân đầu tư công đạt 9.982 tỷ đồng, bằng 116,4% kế hoạch; đứng thứ 9/114 bộ ngành, địa phương cả nước.");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].ranks[0].rank, 9.0);
    }
}
