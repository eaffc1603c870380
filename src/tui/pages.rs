//! The interview laid out as styled lines per pane width, wrapped once per width and cached.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::export::turn_label;
use crate::interview::{Exchange, Interview, Role};
use crate::text::wrap::{self, Options};

/// Wrapped lines, plus for the question list the line range of each entry.
#[derive(Debug, Default)]
pub struct Laid {
    pub lines: Vec<Line<'static>>,
    pub entries: Vec<Range<usize>>,
}

/// What to lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Part {
    Questions,
    Replies(usize),
}

/// The interview and its wrapped layouts.
pub struct Pages {
    pub iv: Interview,
    pub exchanges: Vec<Exchange>,
    theme: Theme,
    cache: RefCell<HashMap<(Part, u16), Rc<Laid>>>,
}

impl Pages {
    pub fn new(iv: Interview, theme: Theme) -> Pages {
        let exchanges = iv.exchanges();
        Pages { iv, exchanges, theme, cache: RefCell::default() }
    }

    /// Number of entries in the question list (at least one, for an article).
    pub fn len(&self) -> usize {
        self.exchanges.len().max(1)
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The numbered question list at `width`.
    pub fn questions(&self, width: u16) -> Rc<Laid> {
        self.cached(Part::Questions, width, || self.lay_questions(width))
    }

    /// The replies to entry `ex` at `width` (the article's text when there are no turns).
    pub fn replies(&self, ex: usize, width: u16) -> Rc<Laid> {
        self.cached(Part::Replies(ex), width, || self.lay_replies(ex, width))
    }

    fn cached(&self, part: Part, width: u16, lay: impl FnOnce() -> Laid) -> Rc<Laid> {
        if let Some(hit) = self.cache.borrow().get(&(part, width)) {
            return Rc::clone(hit);
        }
        let laid = Rc::new(lay());
        self.cache.borrow_mut().insert((part, width), Rc::clone(&laid));
        laid
    }

    fn lay_questions(&self, width: u16) -> Laid {
        let mut laid = Laid::default();
        if self.exchanges.is_empty() {
            push_para(
                &mut laid.lines,
                "(no questions found: the text is shown as an article)",
                None,
                self.theme.notice,
                width,
            );
            laid.entries.push(0..laid.lines.len());
            return laid;
        }
        let mut n = 0;
        for ex in &self.exchanges {
            let start = laid.lines.len();
            let text = match ex.question {
                Some(q) => {
                    n += 1;
                    self.iv.turns[q].paragraphs.join(" ")
                }
                None => "(before the first question)".to_owned(),
            };
            let number = if ex.question.is_some() { format!("{n}. ") } else { "0. ".to_owned() };
            push_para(&mut laid.lines, &text, Some((&number, self.theme.number)), self.theme.text, width);
            laid.entries.push(start..laid.lines.len());
        }
        laid
    }

    fn lay_replies(&self, ex: usize, width: u16) -> Laid {
        let mut laid = Laid::default();
        let Some(exchange) = self.exchanges.get(ex) else {
            for para in self.iv.lead.iter().chain(&self.iv.unclassified) {
                blank_between(&mut laid.lines);
                push_para(&mut laid.lines, para, None, self.theme.text, width);
            }
            return laid;
        };
        for turn in &self.iv.turns[exchange.replies.clone()] {
            let style = if turn.role == Role::Remark { self.theme.remark } else { self.theme.text };
            let label = (turn.speaker.is_some() || turn.role != Role::Answer)
                .then(|| format!("{}: ", turn_label(turn)));
            for (k, para) in turn.paragraphs.iter().enumerate() {
                blank_between(&mut laid.lines);
                let prefix = label.as_deref().filter(|_| k == 0).map(|l| (l, self.theme.label));
                push_para(&mut laid.lines, para, prefix, style, width);
            }
        }
        laid
    }
}

fn blank_between(lines: &mut Vec<Line<'static>>) {
    if !lines.is_empty() {
        lines.push(Line::default());
    }
}

/// Wraps one paragraph (with an optional label prefix and a hanging indent) into lines.
fn push_para(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    prefix: Option<(&str, Style)>,
    style: Style,
    width: u16,
) {
    let opts = Options { width: usize::from(width), prefix, hanging: true };
    for line in wrap::wrap(&[(text, style)], &opts) {
        let mut spans = Vec::with_capacity(line.pieces.len() + 1);
        if line.indent > 0 {
            spans.push(Span::raw(" ".repeat(line.indent)));
        }
        spans.extend(line.pieces.into_iter().map(|p| Span::styled(p.text, p.style)));
        lines.push(Line::from(spans));
    }
}
