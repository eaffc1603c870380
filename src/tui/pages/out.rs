//! One layout being built: paragraphs wrapped at a width with a hanging prefix, search
//! matches highlighted and recorded (line and span), ASCII folded when asked.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::style::Style;

use super::Laid;
use super::lines::Lines;
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

    /// Lines `range` of `plain` (a paragraph of `text` laid out in `style` without a
    /// search) again, with the matches highlighted: a wrap breaks where it does whatever
    /// the styles, so the lines are cut at the matches instead of wrapping the text again.
    /// False, and nothing laid, where a line's text is not the text's (as in ASCII).
    pub fn restyle(&mut self, plain: &Lines, range: Range<usize>, text: &str, style: Style) -> bool {
        let Some(query) = self.query.filter(|_| !self.ascii) else { return false };
        let found = query.find_in(text);
        let lit = style.patch(self.theme.highlight);
        let mut lines: Vec<Vec<(&str, Style)>> = Vec::new();
        // (each match's line and span where it starts)
        let mut marks: Vec<Option<(usize, usize)>> = vec![None; found.len()];
        let mut at = 0;
        for i in range {
            let mut line = Vec::new();
            for (piece, st) in plain.pieces_of(i) {
                // the indent (a line's text never opens with a space), or the number
                let indent = line.is_empty() && piece.bytes().all(|b| b == b' ');
                if indent || st != style {
                    line.push((piece, st));
                    continue;
                }
                let start = text.len() - text[at..].trim_start().len();
                if !text[start..].starts_with(piece) {
                    return false;
                }
                at = start + piece.len();
                cut(&mut line, text, start..at, &found, (style, lit), |k, span| {
                    marks[k].get_or_insert((lines.len(), span));
                });
            }
            lines.push(line);
        }
        if !text[at..].trim().is_empty() {
            return false;
        }
        let first = self.laid.lines.len();
        for (line, span) in marks.into_iter().flatten() {
            self.laid.marks.push(first + line);
            self.laid.mark_spans.push(span);
        }
        lines.into_iter().for_each(|l| self.laid.lines.push(l));
        true
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

/// Pushes `text[piece]` onto `line` cut where the matches (`found`, in order) begin and end,
/// the matched parts in the second style; `mark(k, span)` for each part of match `k`.
fn cut<'t>(
    line: &mut Vec<(&'t str, Style)>,
    text: &'t str,
    piece: Range<usize>,
    found: &[Range<usize>],
    (plain, lit): (Style, Style),
    mut mark: impl FnMut(usize, usize),
) {
    let mut from = piece.start;
    for (k, r) in found.iter().enumerate().filter(|(_, r)| r.start < piece.end && r.end > piece.start) {
        let (a, b) = (r.start.max(piece.start), r.end.min(piece.end));
        if a > from {
            line.push((&text[from..a], plain));
        }
        mark(k, line.len());
        line.push((&text[a..b], lit));
        from = b;
    }
    if piece.end > from {
        line.push((&text[from..piece.end], plain));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn out<'a>(width: u16, query: Option<&'a Query>, theme: &'a Theme) -> Out<'a> {
        Out { laid: Laid::default(), width, query, theme, ascii: false }
    }

    /// `text` laid out at `width` with `query` both ways: wrapped again, and its plain lines
    /// cut (or, where that declines, nothing laid and the reason true).
    fn both_ways(text: &str, width: u16, query: &Query, theme: &Theme) {
        let prefix = Some(("12. ", theme.number));
        let mut plain = out(width, None, theme);
        plain.para(text, prefix, theme.text);
        let mut again = out(width, Some(query), theme);
        again.para(text, prefix, theme.text);
        let mut cut = out(width, Some(query), theme);
        if cut.restyle(&plain.laid.lines, 0..plain.laid.lines.len(), text, theme.text) {
            let (a, c) = (&again.laid, &cut.laid);
            assert_eq!(
                a.lines.iter().collect::<Vec<_>>(),
                c.lines.iter().collect::<Vec<_>>(),
                "{width} {text}"
            );
            assert_eq!((&a.marks, &a.mark_spans), (&c.marks, &c.mark_spans), "{width} {text}");
        } else {
            // (wrapped again only where the wrap changed the white space, or the number is
            // styled as the text)
            let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ") == text;
            let plain_number = theme.text == theme.number;
            assert!(cut.laid.lines.is_empty() && (!collapsed || plain_number), "{width} {text}");
        }
    }

    #[test]
    fn plain_lines_cut_at_the_matches_are_the_paragraph_wrapped_again() {
        let seed = include_str!("../../../data/hanoimoi-2023-thanh-xuan.txt");
        let nfd: String = seed.nfd().collect();
        let odd =
            ["Thanh Xuân, Thanh Xuân; thanhxuân xuân", "Xuânxuânxuânxuânxuânxuânxuânxuân a", "a  b\u{a0}c"];
        let texts: Vec<&str> =
            seed.lines().chain(nfd.lines()).chain(odd).filter(|l| !l.trim().is_empty()).collect();
        for theme in [Theme::colour(), Theme::mono()] {
            for q in ["xuân", "xuan", "thanh xuân", "a", "ư", "quận thanh", "n x"] {
                let query = Query::new(q).expect("a query");
                for width in [9, 17, 30, 50, 80] {
                    texts.iter().for_each(|t| both_ways(t, width, &query, &theme));
                }
            }
        }
    }
}
