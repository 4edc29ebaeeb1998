//! The page's state and every way it can change. Components dispatch
//! [`Action`]s; side effects (analysis, storage, URL) live in services and
//! report back through actions too.

use std::collections::BTreeSet;
use std::rc::Rc;

use toancanh_core::Analysis;
use yew::Reducible;

use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
    /// a link (the share URL) shown read-only beside the message
    pub link: Option<String>,
}

/// A finished analysis and the exact text its spans point into.
#[derive(Debug, Clone)]
pub struct Result {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub elapsed_ms: f64,
    pub in_worker: bool,
}

/// Results are compared by identity: props holding the same result are
/// equal at the cost of two pointer comparisons, whatever its size.
impl PartialEq for Result {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis) && Rc::ptr_eq(&self.text, &other.text)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    pub lang: Lang,
    /// The text in the input (may be newer than the result's).
    pub text: Rc<str>,
    pub result: Option<Rc<Result>>,
    /// Analyses requested so far; results of older ones are dropped.
    pub generation: u64,
    pub busy: bool,
    /// Timeline kinds hidden by the filter chips ("meeting", …).
    pub hidden_kinds: BTreeSet<&'static str>,
    /// The item whose highlight the pointer is over ("indicators/3").
    pub hovered: Option<Rc<str>>,
    /// The item last asked to be shown in the source; the counter makes a
    /// second click on the same item flash again.
    pub focus: Option<(Rc<str>, u32)>,
    pub source_page: usize,
    pub notices: Vec<Notice>,
    pub next_notice: u32,
}

pub enum Action {
    SetLang(Lang),
    /// The input changed; analysis will follow.
    SetText(Rc<str>),
    /// An analysis of generation `.0` started.
    Started(u64),
    Finished(u64, Rc<Result>),
    /// The analysis of generation `.0` failed (the worker crashed).
    Failed(u64),
    ToggleKind(&'static str),
    Hover(Option<Rc<str>>),
    /// Show an item's span in the sources pane, on the given page.
    Focus(Rc<str>, usize),
    SetPage(usize),
    Notify(NoticeKind, String, Option<String>),
    Dismiss(u32),
    /// "Xóa dữ liệu": forget the text and the result.
    Clear,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(l) => s.lang = l,
            Action::SetText(t) => {
                if *t == *s.text {
                    return self;
                }
                s.text = t;
            }
            Action::Started(g) => {
                s.generation = g;
                s.busy = true;
            }
            Action::Finished(g, r) => {
                if g != s.generation {
                    return self;
                }
                s.busy = false;
                s.source_page = 0;
                s.hovered = None;
                s.focus = None;
                s.result = Some(r);
            }
            Action::Failed(g) => {
                if g != s.generation {
                    return self;
                }
                s.busy = false;
            }
            Action::ToggleKind(k) => {
                if !s.hidden_kinds.remove(k) {
                    s.hidden_kinds.insert(k);
                }
            }
            Action::Hover(h) => {
                if h == s.hovered {
                    return self;
                }
                s.hovered = h;
            }
            Action::Focus(r, page) => {
                let n = s.focus.as_ref().map(|f| f.1 + 1).unwrap_or(0);
                s.focus = Some((r, n));
                s.source_page = page;
            }
            Action::SetPage(p) => s.source_page = p,
            Action::Notify(kind, text, link) => {
                // one copy of a message at a time
                s.notices.retain(|n| n.text != text);
                s.notices.push(Notice {
                    id: s.next_notice,
                    kind,
                    text,
                    link,
                });
                s.next_notice += 1;
                if s.notices.len() > 4 {
                    s.notices.remove(0);
                }
            }
            Action::Dismiss(id) => s.notices.retain(|n| n.id != id),
            Action::Clear => {
                s.text = Rc::from("");
                s.result = None;
                s.busy = false;
                s.generation += 1;
                s.hovered = None;
                s.focus = None;
                s.source_page = 0;
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res() -> Rc<Result> {
        Rc::new(Result {
            text: Rc::from("x"),
            analysis: Rc::new(Analysis::default()),
            elapsed_ms: 1.0,
            in_worker: false,
        })
    }

    #[test]
    fn stale_results_are_dropped() {
        let s = Rc::new(AppState::default());
        let s = s.reduce(Action::Started(1));
        let s = s.reduce(Action::Started(2));
        let s = s.reduce(Action::Finished(1, res()));
        assert!(s.result.is_none() && s.busy);
        let s = s.reduce(Action::Finished(2, res()));
        assert!(s.result.is_some() && !s.busy);
    }

    #[test]
    fn filters_toggle_and_clear() {
        let s = Rc::new(AppState::default());
        let s = s.reduce(Action::ToggleKind("meeting"));
        assert!(s.hidden_kinds.contains("meeting"));
        let s = s.reduce(Action::ToggleKind("meeting"));
        assert!(s.hidden_kinds.is_empty());
        let s = s.reduce(Action::SetText(Rc::from("abc")));
        let s = s.reduce(Action::Clear);
        assert_eq!(&*s.text, "");
    }

    #[test]
    fn notices_are_capped_and_deduplicated() {
        let mut s = Rc::new(AppState::default());
        for i in 0..6 {
            s = s.reduce(Action::Notify(NoticeKind::Info, format!("m{i}"), None));
        }
        s = s.reduce(Action::Notify(NoticeKind::Info, "m5".into(), None));
        assert_eq!(s.notices.len(), 4);
        assert_eq!(s.notices.last().unwrap().text, "m5");
    }
}
