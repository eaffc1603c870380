//! Terminal cell widths, measured exactly as ratatui's buffer measures them.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Width in cells of one grapheme cluster, as ratatui's `Buffer` sets it: one cell for a
/// single byte, otherwise the cluster's unicode-width, plus one per halfwidth (han)dakuten.
///
/// A cluster that contains a control character is dropped by ratatui, so it is 0 here.
pub fn grapheme_width(g: &str) -> usize {
    if g.len() == 1 {
        return usize::from(!g.as_bytes()[0].is_ascii_control());
    }
    if g.contains(char::is_control) {
        return 0;
    }
    let marks = g.chars().filter(|c| matches!(c, '\u{ff9e}' | '\u{ff9f}')).count();
    g.width() + marks
}

/// Width in cells of a string: the sum of its grapheme clusters' widths.
///
/// ```
/// use phongvan::text::str_width;
/// assert_eq!(str_width("Thanh Xuân"), 10);
/// assert_eq!(str_width("Xua\u{302}n"), 4); // NFD: the mark rides on its letter
/// assert_eq!(str_width("漢字"), 4);
/// ```
pub fn str_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.bytes().filter(|b| !b.is_ascii_control()).count();
    }
    s.graphemes(true).map(grapheme_width).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_letters_take_one_cell_in_nfc_and_nfd() {
        assert_eq!(str_width("ệ"), 1);
        assert_eq!(str_width("e\u{323}\u{302}"), 1);
    }

    #[test]
    fn wide_and_zero_width_clusters() {
        assert_eq!(str_width("👨\u{200d}👩\u{200d}👧"), 2);
        assert_eq!(str_width("\u{200b}"), 0);
        assert_eq!(grapheme_width("\u{1b}"), 0);
    }
}
