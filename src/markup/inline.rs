//! Building a block from inline pieces of text, each bold, italic or plain: spaces
//! collapsed across pieces, text cleaned, and the bold or italic runs measured in the
//! text as it ends up.

use super::{Block, Kind, Run};
use crate::text::clean::clean_counted;

/// A block being built.
#[derive(Debug, Default)]
pub struct Inline {
    text: String,
    /// Byte ranges of the text in bold and in italics.
    bold: Vec<(usize, usize)>,
    italic: Vec<(usize, usize)>,
    /// A space is owed before the next word.
    space: bool,
    /// Terminal controls removed so far.
    pub removed: usize,
}

impl Inline {
    /// Adds text; runs of white space (and line breaks) become one space.
    pub fn push(&mut self, text: &str, bold: bool, italic: bool) {
        if crate::text::clean::needs_cleaning(text) {
            let cleaned = clean_counted(text);
            self.removed += cleaned.removed;
            self.push_clean(&cleaned.text, bold, italic);
        } else {
            self.push_clean(text, bold, italic);
        }
    }

    fn push_clean(&mut self, text: &str, bold: bool, italic: bool) {
        for (i, word) in text.split_whitespace().enumerate() {
            if (i > 0 || self.space || text.starts_with(char::is_whitespace)) && !self.text.is_empty() {
                self.text.push(' ');
            }
            let start = self.text.len();
            self.text.push_str(word);
            let end = self.text.len();
            if bold {
                extend(&mut self.bold, start, end);
            }
            if italic {
                extend(&mut self.italic, start, end);
            }
        }
        self.space = text.ends_with(char::is_whitespace) || (self.space && text.trim().is_empty());
    }

    /// A space between what came and what comes (a `<br>` inside a line, an inline gap).
    pub fn gap(&mut self) {
        self.space = true;
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The block, or `None` when no text came; the builder is empty again after.
    pub fn finish(&mut self, kind: Kind) -> Option<Block> {
        let done = std::mem::take(self);
        self.removed = done.removed;
        if done.text.is_empty() {
            return None;
        }
        let strong = run(&done.bold, &done.text);
        let em = run(&done.italic, &done.text);
        Some(Block { kind, text: done.text, strong, em })
    }
}

/// Adds a range, merging it with the last when only a space lies between them.
fn extend(ranges: &mut Vec<(usize, usize)>, start: usize, end: usize) {
    match ranges.last_mut() {
        Some(last) if last.1 + 1 >= start => last.1 = end,
        _ => ranges.push((start, end)),
    }
}

/// Whole when the ranges cover the text; a lead when the first starts it.
fn run(ranges: &[(usize, usize)], text: &str) -> Run {
    match ranges.first() {
        Some(&(0, end)) if end >= text.len() => Run::Whole,
        Some(&(0, end)) => Run::Lead(end),
        _ => Run::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_collapse_across_pieces_and_runs_follow_the_text() {
        let mut b = Inline::default();
        b.push("  PV: ", true, false);
        b.push("  Thưa ông,\n", false, false);
        b.push("vì sao?", false, true);
        let block = b.finish(Kind::Paragraph).unwrap();
        assert_eq!(block.text, "PV: Thưa ông, vì sao?");
        assert_eq!(block.strong, Run::Lead(3));
        assert_eq!(&block.text[..3], "PV:");
        assert_eq!(block.em, Run::None);
    }

    #[test]
    fn bold_in_several_pieces_is_whole() {
        let mut b = Inline::default();
        b.push("Ông nghĩ ", true, false);
        b.push("sao", true, true);
        b.push(" về điều này?", true, false);
        let block = b.finish(Kind::Paragraph).unwrap();
        assert_eq!(block.strong, Run::Whole);
        assert_eq!(block.text, "Ông nghĩ sao về điều này?");
    }

    #[test]
    fn words_glued_across_pieces_stay_glued() {
        let mut b = Inline::default();
        b.push("Xu", false, false);
        b.push("ân", true, false);
        b.push(" ", false, false);
        b.push("đẹp\u{1b}[31m", false, false);
        let block = b.finish(Kind::Paragraph).unwrap();
        assert_eq!(block.text, "Xuân đẹp");
        assert_eq!(b.removed, 1);
        assert_eq!(Inline::default().finish(Kind::Paragraph), None);
    }
}
