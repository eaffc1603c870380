//! Wrapped lines kept compactly: all their text in one string, each line a run of styled
//! pieces of it (an end offset and a style's number), made into ratatui lines only for the
//! rows on screen. An article of 32 MiB laid out this way costs its text and a few bytes a
//! line, not a vector, a span and a string for each.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The lines of one layout.
#[derive(Debug, Default)]
pub struct Lines {
    text: String,
    /// For each line, the end of its pieces in `pieces`.
    lines: Vec<u32>,
    /// (end of the piece in `text`, index into `styles`).
    pieces: Vec<(u32, u16)>,
    styles: Vec<Style>,
}

impl Lines {
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Adds a line made of styled pieces (empty pieces are dropped).
    pub fn push<'a>(&mut self, pieces: impl IntoIterator<Item = (&'a str, Style)>) {
        for (text, style) in pieces {
            if text.is_empty() {
                continue;
            }
            self.text.push_str(text);
            let style = self.style_index(style);
            self.pieces.push((offset(self.text.len()), style));
        }
        self.lines.push(offset(self.pieces.len()));
    }

    /// Adds lines `range` of another layout.
    pub fn extend_from(&mut self, other: &Lines, range: std::ops::Range<usize>) {
        for i in range {
            self.push(other.pieces_of(i));
        }
    }

    /// Adds an empty line.
    pub fn push_blank(&mut self) {
        self.push(std::iter::empty());
    }

    /// True when the last line has no text (or there is none).
    pub fn ends_blank(&self) -> bool {
        self.range(self.len().wrapping_sub(1)).is_none_or(|r| r.is_empty())
    }

    /// Line `i` as ratatui draws it, borrowing the text.
    pub fn line(&self, i: usize) -> Line<'_> {
        Line::from(self.pieces_of(i).map(|(text, style)| Span::styled(text, style)).collect::<Vec<_>>())
    }

    /// The styled pieces of line `i` (none past the end).
    pub fn pieces_of(&self, i: usize) -> impl Iterator<Item = (&str, Style)> {
        let pieces = self.range(i).unwrap_or(0..0);
        let mut start = pieces.start.checked_sub(1).map_or(0, |p| self.pieces[p].0 as usize);
        self.pieces[pieces].iter().map(move |&(end, style)| {
            let text = &self.text[start..end as usize];
            start = end as usize;
            (text, self.styles[usize::from(style)])
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = Line<'_>> {
        (0..self.len()).map(|i| self.line(i))
    }

    /// Gives back the spare capacity (a layout is kept for as long as the width holds).
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.lines.shrink_to_fit();
        self.pieces.shrink_to_fit();
    }

    /// The pieces of line `i`.
    fn range(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let end = *self.lines.get(i)? as usize;
        let start = i.checked_sub(1).map_or(0, |p| self.lines[p] as usize);
        Some(start..end)
    }

    fn style_index(&mut self, style: Style) -> u16 {
        if let Some(i) = self.styles.iter().rposition(|s| *s == style) {
            return i as u16;
        }
        self.styles.push(style);
        u16::try_from(self.styles.len() - 1).expect("a theme has a handful of styles, never 65,536")
    }
}

/// Offsets fit in 32 bits: an article is at most 32 MiB, and its layout a few times that.
fn offset(n: usize) -> u32 {
    u32::try_from(n).expect("a layout holds less than 4 GiB of text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_come_back_as_they_went_in() {
        let bold = Style::new().bold();
        let mut l = Lines::default();
        assert!(l.ends_blank());
        l.push([("Thanh ", Style::new()), ("Xuân", bold), ("", bold)]);
        l.push_blank();
        l.push([("  sau", Style::new())]);
        assert_eq!(l.len(), 3);
        let first = l.line(0);
        assert_eq!(first.spans.len(), 2);
        assert_eq!((first.spans[1].content.as_ref(), first.spans[1].style), ("Xuân", bold));
        assert_eq!(l.line(1).width(), 0);
        assert_eq!(l.line(2).spans[0].content, "  sau");
        assert!(!l.ends_blank());
        assert_eq!(l.line(9).width(), 0);
        let mut copy = Lines::default();
        copy.push([("trước", bold)]);
        copy.extend_from(&l, 0..3);
        assert_eq!(copy.len(), 4);
        assert_eq!(copy.line(1), l.line(0));
        assert_eq!((copy.line(2), copy.line(3)), (l.line(1), l.line(2)));
    }
}
