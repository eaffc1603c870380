//! One layout being built: paragraphs wrapped at a width with a hanging prefix, search
//! matches highlighted and recorded (line and span), ASCII folded when asked.

use std::borrow::Cow;

use ratatui::style::Style;

use super::Laid;
use crate::text::fold::{Query, to_ascii};
use crate::text::wrap::{self, Options};
use crate::tui::theme::Theme;

/// A style plus, for highlighted text, which match it belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Tag {
    style: Style,
    mark: Option<usize>,
}

/// A layout being built.
pub(super) struct Out<'a> {
    pub laid: Laid,
    pub width: u16,
    pub query: Option<&'a Query>,
    pub theme: &'a Theme,
    pub ascii: bool,
}

impl Out<'_> {
    /// A blank line between blocks (never at the top).
    pub fn gap(&mut self) {
        if !self.laid.lines.ends_blank() {
            self.laid.lines.push_blank();
        }
    }

    /// The same, when it is known whether the paragraph holds a match: one that does not is
    /// not searched.
    pub fn para_if(&mut self, found: bool, text: &str, prefix: Option<(&str, Style)>, style: Style) {
        let query = if found { self.query } else { self.query.take() };
        self.para(text, prefix, style);
        self.query = self.query.or(query);
    }

    /// Wraps one paragraph, with an optional hanging prefix, highlighting matches.
    pub fn para(&mut self, text: &str, prefix: Option<(&str, Style)>, style: Style) {
        let pieces = self.pieces(text, style);
        let spans: Vec<(&str, Tag)> = pieces.iter().map(|(s, t)| (s.as_ref(), *t)).collect();
        let prefix_text = prefix.map(|(p, st)| (self.fold(p), st));
        let prefix = prefix_text.as_ref().map(|(p, st)| (p.as_ref(), Tag { style: *st, mark: None }));
        let opts = Options { width: usize::from(self.width), prefix, hanging: true };
        self.push(wrap::wrap(&spans, &opts));
    }

    /// The paragraph as plain and highlighted pieces: matches are found in the real
    /// text, then each piece is folded on its own (ASCII keeps the match where it was).
    fn pieces<'t>(&self, text: &'t str, style: Style) -> Vec<(Cow<'t, str>, Tag)> {
        let base = Tag { style, mark: None };
        let mut spans: Vec<(&str, Tag)> = Vec::new();
        let mut at = 0;
        for r in self.query.map(|q| q.find_in(text)).unwrap_or_default() {
            spans.push((&text[at..r.start], base));
            let mark = Some(self.laid.marks.len() + spans.len());
            spans.push((&text[r.clone()], Tag { style: style.patch(self.theme.highlight), mark }));
            at = r.end;
        }
        spans.push((&text[at..], base));
        spans.into_iter().filter(|(s, _)| !s.is_empty()).map(|(s, t)| (self.fold(s), t)).collect()
    }

    fn fold<'t>(&self, s: &'t str) -> Cow<'t, str> {
        if self.ascii { Cow::Owned(to_ascii(s)) } else { Cow::Borrowed(s) }
    }

    /// Keeps wrapped lines, and for each match the line and span where it starts.
    fn push(&mut self, lines: Vec<wrap::Line<Tag>>) {
        let first_mark = self.laid.marks.len();
        let mut seen = std::collections::BTreeMap::new();
        for line in lines {
            let n = self.laid.lines.len();
            // the span a piece becomes: empty pieces (and a zero indent) are not kept
            let mut span = usize::from(line.indent > 0);
            for p in &line.pieces {
                if let Some(m) = p.style.mark {
                    seen.entry(m).or_insert((n, span));
                }
                span += usize::from(!p.text.is_empty());
            }
            let indent = " ".repeat(line.indent);
            let indent = (indent.as_str(), Style::default());
            self.laid.lines.push(
                std::iter::once(indent).chain(line.pieces.iter().map(|p| (p.text.as_str(), p.style.style))),
            );
        }
        debug_assert!(seen.keys().all(|&m| m > first_mark));
        for (line, span) in seen.into_values() {
            self.laid.marks.push(line);
            self.laid.mark_spans.push(span);
        }
    }
}
