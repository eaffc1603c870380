//! Wrapping styled text into lines that fit a width in terminal cells.
//!
//! Text is cut into grapheme clusters first, so a letter and its marks never part and a
//! style boundary can only fall between clusters. Words break at spaces; only a word wider
//! than the line breaks between clusters. A hanging prefix (a speaker label) keeps its
//! indent only when it takes at most a third of the line and every word fits beside it;
//! otherwise it stands on its own line and the paragraph follows unindented below it.
//! Line breaking itself is textwrap's optimal fit.

use std::borrow::Cow;

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::{Penalties, wrap_first_fit, wrap_optimal_fit};
use unicode_segmentation::UnicodeSegmentation;

use super::width::grapheme_width;

/// A run of text in one style on a wrapped line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<S> {
    pub text: String,
    pub style: S,
}

/// One wrapped line: `indent` blank cells, then the pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<S> {
    pub indent: usize,
    pub pieces: Vec<Piece<S>>,
}

impl<S> Line<S> {
    /// The line's text without styles (indent included as spaces).
    pub fn text(&self) -> String {
        let mut s = " ".repeat(self.indent);
        self.pieces.iter().for_each(|p| s.push_str(&p.text));
        s
    }

    /// Width in cells, indent included.
    pub fn width(&self) -> usize {
        self.indent + self.pieces.iter().map(|p| super::str_width(&p.text)).sum::<usize>()
    }
}

/// How to lay a paragraph out.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a, S> {
    /// Total width in cells; every line fits in it.
    pub width: usize,
    /// Printed at the start of the first line, e.g. a speaker label "PV: ".
    pub prefix: Option<(&'a str, S)>,
    /// Continuation lines are indented by the prefix's width (a hanging indent).
    pub hanging: bool,
}

impl<S> Options<'_, S> {
    pub fn new(width: usize) -> Self {
        Options { width, prefix: None, hanging: false }
    }
}

/// Wraps styled spans (concatenated, they form one paragraph) into lines.
///
/// Runs of whitespace collapse to one space; spaces at line ends are dropped.
///
/// ```
/// use phongvan::text::wrap::{wrap, Options};
/// let lines = wrap(&[("Trân trọng cảm ơn đồng chí!", ())], &Options::new(12));
/// let text: Vec<String> = lines.iter().map(|l| l.text()).collect();
/// assert_eq!(text, ["Trân trọng", "cảm ơn đồng", "chí!"]);
/// ```
pub fn wrap<S: Copy + PartialEq>(spans: &[(&str, S)], opts: &Options<'_, S>) -> Vec<Line<S>> {
    let width = opts.width.max(1);
    let whole = join(spans);
    let clusters = clusters(&whole, spans);
    let whole_words = words(&clusters, usize::MAX);
    let widest = whole_words.iter().map(|w| w.width).max().unwrap_or(0);
    let (mut prefix, indent) = prefix_layout(opts, width, Measure::of(&whole_words));
    let mut out: Vec<Line<S>> = Vec::new();
    if let Some(p) = prefix.filter(|p| p.alone) {
        out.extend(wrap(&[(p.text, p.style)], &Options::new(width)));
        prefix = None;
    }
    let first = width - prefix.as_ref().map_or(0, |p| p.width);
    // whole words; only a word wider than any line it may take is cut between clusters
    let max = first.min(width - indent).max(1);
    let words = if widest <= max { whole_words } else { words(&clusters, max) };
    if words.is_empty() {
        out.extend(prefix.map(prefix_line));
        return out;
    }
    let widths = [first as f64, (width - indent) as f64];
    for (n, line) in break_lines(&words, &widths).iter().enumerate() {
        let mut l = match (n, prefix) {
            (0, Some(p)) => prefix_line(p),
            (0, None) => Line { indent: 0, pieces: Vec::new() },
            _ => Line { indent, pieces: Vec::new() },
        };
        emit(&mut l.pieces, &whole, &clusters, line);
        out.push(l);
    }
    out
}

/// The widest hanging prefix: "Ông Nguyễn Văn A: " and longer stand on their own line.
pub const MAX_HANG: usize = 14;

/// Whether a hanging prefix `prefix_width` cells wide keeps its indent on a line of
/// `width` cells: less than a third of the line and at most [`MAX_HANG`] cells ("PV: ",
/// "Ông Hùng: "); a longer label ("PGS.TS Trần Thị Lan: ") stands on its own line and the
/// paragraph below it is not indented, so it never squeezes the answer. Follow-on
/// paragraphs of a turn hang under the label only when this holds.
pub fn hangs(prefix_width: usize, width: usize) -> bool {
    prefix_width * 3 < width.max(1) && prefix_width <= MAX_HANG
}

/// Optimal fit, unless it overflows a line (its overflow is a penalty, not a limit): then
/// first fit, which never does with words no wider than the narrowest line.
fn break_lines<'w>(words: &'w [Word], widths: &[f64; 2]) -> Vec<&'w [Word]> {
    let penalties = Penalties { overflow_penalty: 1_000_000, ..Penalties::new() };
    let fits = |lines: &[&[Word]]| {
        lines.iter().enumerate().all(|(n, line)| {
            let w: usize = line.iter().map(|w| w.width).sum::<usize>()
                + line.iter().rev().skip(1).filter(|w| w.space_after).count();
            w as f64 <= widths[n.min(1)]
        })
    };
    match wrap_optimal_fit(words, widths, &penalties) {
        Ok(lines) if fits(&lines) => lines,
        _ => wrap_first_fit(words, widths),
    }
}

fn prefix_line<S: Copy + PartialEq>(p: PrefixLayout<'_, S>) -> Line<S> {
    let mut l = Line { indent: 0, pieces: Vec::new() };
    push(&mut l.pieces, p.text, p.style);
    l
}

/// Wraps unstyled text; a convenience for transcripts.
pub fn wrap_plain(text: &str, width: usize) -> Vec<String> {
    wrap(&[(text, ())], &Options::new(width)).iter().map(Line::text).collect()
}

#[derive(Clone, Copy)]
struct PrefixLayout<'a, S> {
    text: &'a str,
    style: S,
    width: usize,
    /// On a line of its own, the paragraph starting below it.
    alone: bool,
}

/// The prefix and the indent of the lines after the first. A hanging prefix keeps its
/// indent when it takes at most a third of the line and the paragraph's widest word still
/// fits beside it; otherwise it stands alone (wrapped itself if it is wider than the line),
/// unless the whole paragraph fits beside it on one line. Any prefix stands alone when the
/// paragraph's first word would not fit beside it.
fn prefix_layout<'a, S: Copy>(
    opts: &Options<'a, S>,
    width: usize,
    m: Measure,
) -> (Option<PrefixLayout<'a, S>>, usize) {
    let Some((text, style)) = opts.prefix else { return (None, 0) };
    let w = super::str_width(text);
    let indent = if opts.hanging && hangs(w, width) && m.widest <= width - w { w } else { 0 };
    let room = width.saturating_sub(w);
    // a paragraph that fits beside the prefix has no lines to indent
    let one_line = w < width && m.total <= room;
    let alone = w > 0 && (w >= width || (opts.hanging && indent == 0 && !one_line) || m.first > room);
    (Some(PrefixLayout { text, style, width: w, alone }), indent)
}

/// A paragraph's words measured whole: the first, the widest, and all on one line.
#[derive(Clone, Copy)]
struct Measure {
    first: usize,
    widest: usize,
    total: usize,
}

impl Measure {
    fn of(words: &[Word]) -> Measure {
        let spaces = words.iter().rev().skip(1).filter(|w| w.space_after).count();
        Measure {
            first: words.first().map_or(0, |w| w.width),
            widest: words.iter().map(|w| w.width).max().unwrap_or(0),
            total: words.iter().map(|w| w.width).sum::<usize>() + spaces,
        }
    }
}

struct Cluster<S> {
    range: std::ops::Range<usize>,
    style: S,
    width: usize,
    space: bool,
}

/// The spans' text as one string, borrowed when there is a single span.
fn join<'a, S>(spans: &[(&'a str, S)]) -> Cow<'a, str> {
    match spans {
        [(s, _)] => Cow::Borrowed(s),
        _ => Cow::Owned(spans.iter().map(|(s, _)| *s).collect()),
    }
}

/// Splits the joined text into grapheme clusters, each with the style of the span its first
/// byte came from.
fn clusters<S: Copy>(whole: &str, spans: &[(&str, S)]) -> Vec<Cluster<S>> {
    let mut ends = spans.iter().scan(0, |acc, (s, st)| {
        *acc += s.len();
        Some((*acc, *st))
    });
    let mut current = ends.next();
    let mut out = Vec::with_capacity(whole.len());
    for (i, g) in whole.grapheme_indices(true) {
        while let Some((end, _)) = current
            && i >= end
        {
            current = ends.next();
        }
        let Some((_, style)) = current else { break };
        let space = g.chars().all(char::is_whitespace);
        out.push(Cluster { range: i..i + g.len(), style, width: grapheme_width(g), space });
    }
    out
}

/// A word: a run of clusters, and whether whitespace follows it.
#[derive(Debug)]
struct Word {
    start: usize,
    end: usize,
    width: usize,
    space_after: bool,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        if self.space_after { 1.0 } else { 0.0 }
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Groups clusters into words, cutting any word wider than `max` between clusters.
fn words<S>(clusters: &[Cluster<S>], max: usize) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut cur: Option<Word> = None;
    for (i, c) in clusters.iter().enumerate() {
        if c.space {
            if let Some(mut w) = cur.take() {
                w.space_after = true;
                out.push(w);
            }
            continue;
        }
        match cur.as_mut() {
            Some(w) if w.width + c.width <= max || w.width == 0 => {
                w.end = i + 1;
                w.width += c.width;
            }
            _ => {
                out.extend(cur.take());
                cur = Some(Word { start: i, end: i + 1, width: c.width, space_after: false });
            }
        }
    }
    out.extend(cur);
    out
}

/// Appends a line's words (with the single spaces between them) as styled pieces.
fn emit<S: Copy + PartialEq>(
    pieces: &mut Vec<Piece<S>>,
    whole: &str,
    clusters: &[Cluster<S>],
    line: &[Word],
) {
    for (k, word) in line.iter().enumerate() {
        for c in &clusters[word.start..word.end] {
            push(pieces, &whole[c.range.clone()], c.style);
        }
        if word.space_after && k + 1 < line.len() {
            // the space keeps its own style: a highlighted word does not light the gap after it
            let style = clusters.get(word.end).map_or(clusters[word.end - 1].style, |c| c.style);
            push(pieces, " ", style);
        }
    }
}

fn push<S: Copy + PartialEq>(pieces: &mut Vec<Piece<S>>, text: &str, style: S) {
    match pieces.last_mut() {
        Some(p) if p.style == style => p.text.push_str(text),
        _ => pieces.push(Piece { text: text.to_owned(), style }),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_short_labels_hang() {
        assert!(hangs(4, 80), "PV: ");
        assert!(hangs(10, 80), "Ông Hùng: ");
        assert!(!hangs(10, 30), "a third of a narrow line is too much");
        assert!(!hangs(21, 80), "PGS.TS Trần Thị Lan: squeezes the answer");
    }

    use super::*;

    fn texts<S>(lines: &[Line<S>]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn long_word_breaks_between_clusters() {
        assert_eq!(wrap_plain("Nghiêngnghiêng", 5), ["Nghiê", "ngngh", "iêng"]);
    }

    #[test]
    fn nfd_marks_stay_with_their_letter() {
        let nfd = "nghie\u{302}\u{300}ng";
        let lines = wrap_plain(nfd, 4);
        assert_eq!(lines, ["nghi", "e\u{302}\u{300}ng"]);
    }

    #[test]
    fn wide_characters_never_overflow() {
        for line in wrap_plain("漢字漢字漢字 ab", 3) {
            assert!(crate::text::str_width(&line) <= 3, "{line:?}");
        }
    }

    #[test]
    fn prefix_gets_a_hanging_indent() {
        let opts = Options { width: 16, prefix: Some(("PV: ", 1)), hanging: true };
        let lines = wrap(&[("Xin đồng chí cho biết kết quả?", 0)], &opts);
        assert_eq!(texts(&lines), ["PV: Xin đồng chí", "    cho biết kết", "    quả?"]);
        assert_eq!(lines[0].pieces[0], Piece { text: "PV: ".into(), style: 1 });
    }

    #[test]
    fn a_label_longer_than_a_third_stands_alone_and_the_text_starts_flush_left() {
        let opts = Options { width: 30, prefix: Some(("Ông Nguyễn Văn Hùng: ", 1)), hanging: true };
        let lines = wrap(&[("Điều chúng tôi trăn trở nhất không phải là tiền, mà là con người.", 0)], &opts);
        assert_eq!(
            texts(&lines),
            [
                "Ông Nguyễn Văn Hùng:",
                "Điều chúng tôi trăn trở nhất",
                "không phải là tiền, mà là",
                "con người."
            ]
        );
        assert_eq!(lines[0].pieces, [Piece { text: "Ông Nguyễn Văn Hùng:".into(), style: 1 }]);
    }

    #[test]
    fn a_label_beside_a_short_paragraph_stays_on_its_line() {
        let opts = Options { width: 30, prefix: Some(("Ông Nguyễn Văn Hùng: ", 1)), hanging: true };
        assert_eq!(texts(&wrap(&[("Vâng ạ.", 0)], &opts)), ["Ông Nguyễn Văn Hùng: Vâng ạ."]);
    }

    #[test]
    fn a_label_wider_than_the_line_wraps_whole_words_too() {
        let opts = Options { width: 10, prefix: Some(("ASIA REVIEW: ", 1)), hanging: true };
        assert_eq!(texts(&wrap(&[("Thank you.", 0)], &opts)), ["ASIA", "REVIEW:", "Thank you."]);
    }

    #[test]
    fn a_word_too_wide_beside_the_indent_takes_the_indent_away() {
        let opts = Options { width: 15, prefix: Some(("PV: ", 1)), hanging: true };
        let lines = wrap(&[("Ông nói về chuyển-đổi-số nhé?", 0)], &opts);
        assert_eq!(texts(&lines), ["PV:", "Ông nói về", "chuyển-đổi-số", "nhé?"]);
    }

    #[test]
    fn style_boundary_inside_a_letter_moves_to_the_cluster_edge() {
        // "ệ" in NFD split across two spans: the whole letter takes the first span's style.
        let lines = wrap(&[("Vie", 0), ("\u{323}\u{302}t", 1)], &Options::new(10));
        assert_eq!(
            lines[0].pieces,
            [Piece { text: "Vie\u{323}\u{302}".into(), style: 0 }, Piece { text: "t".into(), style: 1 }]
        );
    }

    #[test]
    fn empty_text_gives_no_lines() {
        assert!(wrap_plain("   ", 10).is_empty());
    }
}
