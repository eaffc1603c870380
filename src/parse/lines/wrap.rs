//! Hard-wrapped text: the column it was cut at, and its lines joined back into paragraphs.

use std::borrow::Cow;

use crate::parse::para::{self, Marker};

/// The column a hard-wrapped text was cut at, if it looks hard-wrapped: most lines are
/// short, and several blocks have three or more lines of nearly the same length. Counts
/// line lengths in a histogram, so a text of millions of lines costs no more memory.
pub fn wrap_column<'a>(lines: impl Iterator<Item = &'a str>) -> Option<usize> {
    const CAP: usize = 200; // longer lines all count as this long: only p90 <= 110 matters
    let mut hist = [0usize; CAP + 1];
    // (`l.chars().take(CAP).count()`, counted the quick way on the bytes that can hold CAP
    // characters: a character takes four bytes at most)
    let len = |l: &str| l[..l.floor_char_boundary(4 * CAP)].chars().count().min(CAP);
    lines.filter(|l| !l.is_empty()).for_each(|l| hist[len(l)] += 1);
    let n: usize = hist.iter().sum();
    if n < 6 {
        return None;
    }
    let rank = n * 9 / 10;
    let mut seen = 0;
    let p90 = (0..=CAP).find(|&len| {
        seen += hist[len];
        seen > rank
    })?;
    if !(30..=110).contains(&p90) {
        return None;
    }
    let cut: usize = (0..=CAP).filter(|&l| l * 10 >= p90 * 7 && l <= p90 + 5).map(|l| hist[l]).sum();
    (cut * 2 >= n).then_some(p90)
}

/// Joins lines cut at `col` back into paragraphs: a line that reaches near the column runs
/// on into the next, unless the next opens a turn or a blank line intervenes.
pub fn rejoin<'a>(lines: impl Iterator<Item = &'a str>, col: usize) -> impl Iterator<Item = Cow<'a, str>> {
    let reaches = move |l: &str| l.chars().count() * 10 >= col * 7;
    let mut lines = lines.peekable();
    std::iter::from_fn(move || {
        let first = lines.by_ref().find(|l| !l.is_empty())?;
        let mut para = Cow::Borrowed(first);
        let mut open = reaches(first);
        while open {
            let Some(next) =
                lines.next_if(|n| !n.is_empty() && para::marker(&para::collapse(n)) == Marker::None)
            else {
                break;
            };
            let para = para.to_mut();
            para.push(' ');
            para.push_str(next);
            open = reaches(next);
        }
        Some(para)
    })
}
