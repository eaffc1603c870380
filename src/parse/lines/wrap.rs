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
/// on into the next, and so does any line before one that opens in lowercase (no sentence
/// does: the text was wrapped unevenly), unless the next opens a turn or a blank line
/// intervenes.
pub fn rejoin<'a>(lines: impl Iterator<Item = &'a str>, col: usize) -> impl Iterator<Item = Cow<'a, str>> {
    let reaches = move |l: &str| l.chars().count() * 10 >= col * 7;
    let mut lines = lines.peekable();
    std::iter::from_fn(move || {
        let first = lines.by_ref().find(|l| !l.is_empty())?;
        let mut para = Cow::Borrowed(first);
        let mut open = reaches(first);
        loop {
            let runs_on =
                |n: &&str| (open || opens_lowercase(n)) && para::marker(&para::collapse(n)) == Marker::None;
            let Some(next) = lines.next_if(|n| !n.is_empty() && runs_on(n)) else {
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

/// Opens with a lowercase word, as only a sentence's continuation does ("trong những…";
/// not "iPhone", "eBay": a name's capital comes second).
fn opens_lowercase(line: &str) -> bool {
    let mut letters = line.chars().take(2);
    letters.next().is_some_and(char::is_lowercase) && letters.next().is_none_or(|c| !c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_opens_in_lowercase_runs_on_from_the_one_before_however_short() {
        let text = "Nhân dịp lễ Độc lập, những người theo dõi tình hình đã đọc được nhiều bài\n\
            viết cổ xúy cho công cuộc dân chủ hóa đất nước, và nhiều ý kiến khác nhau.\n\
            Một\n\
            trong những bài viết được chú ý nhiều nhất là bài của ông Tống Văn Công.\n\
            VOA: Lý do nào khiến cho một số người cổ xúy cho dân\n\
            chủ hóa phải viện dẫn những phát biểu trước đây của các lãnh tụ?\n\
            Bác sĩ Phạm Hồng Sơn: Theo tôi có ba lý do để một số người phải viện dẫn.\n\
            iPhone mới ra mắt ở Hà Nội hôm qua, với nhiều người xếp hàng từ rất sớm.\n";
        let col = wrap_column(text.lines()).expect("hard-wrapped");
        let paras: Vec<String> = rejoin(text.lines(), col).map(Cow::into_owned).collect();
        assert_eq!(paras.len(), 3, "{paras:#?}");
        assert!(paras[0].contains("Một trong những") && paras[1].ends_with("lãnh tụ?"));
        assert!(
            opens_lowercase("trong những bài") && !opens_lowercase("iPhone mới") && !opens_lowercase("Một")
        );
    }
}
