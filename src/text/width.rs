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

/// Cuts a string to `width` cells at a grapheme boundary, ending it with `ellipsis` when
/// something was cut.
///
/// ```
/// use phongvan::text::width::truncate;
/// assert_eq!(truncate("Hoàng Long", 6, "…"), "Hoàng…");
/// assert_eq!(truncate("Hoàng", 6, "…"), "Hoàng");
/// ```
pub fn truncate(s: &str, width: usize, ellipsis: &str) -> String {
    if str_width(s) <= width {
        return s.to_owned();
    }
    let room = width.saturating_sub(str_width(ellipsis));
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = grapheme_width(g);
        if used + w > room {
            break;
        }
        used += w;
        out.push_str(g);
    }
    if width >= str_width(ellipsis) {
        out.push_str(ellipsis);
    }
    out
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
