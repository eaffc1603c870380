//! From cleaned text to paragraphs: one per line, hard-wrapped lines re-joined, glued
//! paragraphs split where a new turn begins.

use super::lang;
use super::para::{self, Marker, Para};
use crate::text::fold::fold_key;

/// Splits text into paragraphs.
pub fn paragraphs(text: &str) -> Vec<Para> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let joined = match wrap_column(&lines) {
        Some(col) => rejoin(&lines, col),
        None => lines.iter().filter(|l| !l.is_empty()).map(|l| (*l).to_owned()).collect(),
    };
    joined.iter().flat_map(|p| split_glued(p)).map(|p| Para::new(&p)).collect()
}

/// The column a hard-wrapped text was cut at, if it looks hard-wrapped: most lines are
/// short, and several blocks have three or more lines of nearly the same length.
fn wrap_column(lines: &[&str]) -> Option<usize> {
    let lens: Vec<usize> = lines.iter().filter(|l| !l.is_empty()).map(|l| l.chars().count()).collect();
    if lens.len() < 6 {
        return None;
    }
    let mut sorted = lens.clone();
    sorted.sort_unstable();
    let p90 = sorted[sorted.len() * 9 / 10];
    if !(30..=110).contains(&p90) {
        return None;
    }
    let cut = lens.iter().filter(|&&l| l * 10 >= p90 * 7 && l <= p90 + 5).count();
    (cut * 2 >= lens.len()).then_some(p90)
}

/// Joins lines cut at `col` back into paragraphs: a line that reaches near the column runs
/// on into the next, unless the next opens a turn or a blank line intervenes.
fn rejoin(lines: &[&str], col: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in lines {
        if line.is_empty() {
            open = false;
            continue;
        }
        let starts_turn = !matches!(Para::new(line).marker, Marker::None);
        match out.last_mut() {
            Some(last) if open && !starts_turn => {
                last.push(' ');
                last.push_str(line);
            }
            _ => out.push((*line).to_owned()),
        }
        open = line.chars().count() * 10 >= col * 7;
    }
    out
}

/// Lines that hold several turns are split before each turn marker inside them: after the
/// end of a sentence ("… bền vững. Ông Tuấn: Theo tôi…", "…? - Theo tôi…"), or anywhere
/// before an interviewer's table label ("… Ảnh: Ngọc Trâm PV: Thưa ông…").
fn split_glued(line: &str) -> Vec<String> {
    if !line.contains([':', '-', '–']) || line.len() < 40 {
        return vec![line.to_owned()];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (cut, next) in cut_points(line) {
        let before = line[start..cut].trim_end();
        let sentence_end = before.ends_with(['.', '?', '!', '…', '"', '”']);
        if cut > start && opens_turn(&line[next..], sentence_end) {
            out.push(line[start..cut].trim().to_owned());
            start = next;
        }
    }
    out.push(line[start..].trim().to_owned());
    out.retain(|p| !p.is_empty());
    out
}

/// Where a line may be cut: at each space, and right after a sentence's end glued to the
/// next word ("…thế nào?Đại tá X: …"). Yields (end of the first part, start of the next).
fn cut_points(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = line.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((at, c)) = chars.next() {
            let glued = matches!(c, '.' | '?' | '!')
                && chars.peek().is_some_and(|&(_, n)| n.is_uppercase())
                && ends_a_word(&line[..at]);
            if c == ' ' {
                return Some((at, at + 1));
            }
            if glued {
                return Some((at + 1, at + 1));
            }
        }
        None
    })
}

/// The text before a glued stop ends a sentence's word, not an abbreviation such as "PGS"
/// in "PGS.TS" or "Th" in "Th.S": a lower-case word ("họ"), or a longer one not in capitals.
fn ends_a_word(before: &str) -> bool {
    let word: String = before.chars().rev().take_while(|c| c.is_alphanumeric()).collect();
    let lower = word.chars().all(|c| !c.is_uppercase());
    !word.is_empty() && (lower || (word.chars().count() >= 3 && word.chars().any(char::is_lowercase)))
}

/// True when the text opens a turn: a strong speaker label, or (after a sentence) a dash.
fn opens_turn(text: &str, sentence_end: bool) -> bool {
    if !text.starts_with(|c: char| c.is_uppercase() || c == '-' || c == '–') {
        return false;
    }
    let head: String = text.chars().take(80).collect();
    match Para::new(&head).marker {
        Marker::Label { label, .. } => {
            let key = fold_key(&label);
            lang::is(|l| l.interviewer_labels, &key) || (sentence_end && label_is_strong(&label))
        }
        Marker::Dash => sentence_end && (text.starts_with("- ") || text.starts_with("– ")),
        _ => false,
    }
}

/// Labels trusted mid-line: table labels and titled names, not any capitalised words.
fn label_is_strong(label: &str) -> bool {
    let key = fold_key(label);
    lang::is(|l| l.interviewer_labels, &key)
        || lang::is(|l| l.answer_labels, &key)
        || super::name::person_label(label).is_some_and(|(title, _)| title.is_some())
        || para::is_caps(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_paragraph_per_line_when_not_wrapped() {
        let p = paragraphs("Tiêu đề\n\nĐoạn một.\nĐoạn hai.\n");
        assert_eq!(
            p.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
            ["Tiêu đề", "Đoạn một.", "Đoạn hai."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_rejoined() {
        let text = "Đây là một đoạn văn dài được cắt ở cột bảy mươi hai như trong\n\
                    sách in, và dòng tiếp theo vẫn thuộc cùng đoạn văn đó cho đến\n\
                    khi hết.\n\n\
                    - Câu hỏi của phóng viên cũng bị cắt ngang ở cột bảy mươi hai\n\
                    như thế này, phải không ông?\n\
                    - Đúng vậy, câu trả lời bắt đầu bằng gạch đầu dòng mới và cũng\n\
                    bị cắt ở cùng cột như mọi dòng khác trong bài phỏng vấn này.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3, "{p:#?}");
        assert!(p[1].text.ends_with("phải không ông?"));
        assert_eq!(p[2].marker, Marker::Dash);
    }

    #[test]
    fn abbreviations_are_not_cut() {
        let line = "Theo tôi, đó là điều quan trọng nhất cho con em chúng ta hôm nay. PGS.TS Trần Thị Lan: Đúng vậy.";
        let p = paragraphs(line);
        assert_eq!(p.len(), 2, "{p:#?}");
        assert_eq!(p[1].label(), Some("PGS.TS Trần Thị Lan"));
    }

    #[test]
    fn glued_turns_are_split() {
        let long = "Chúng tôi đã làm rất nhiều việc trong năm qua để phát triển bền vững. ".repeat(5);
        let text = format!(
            "{long}PV: Thưa ông, kế hoạch năm tới là gì? Ông Tuấn: Theo tôi, cần tập trung vào giáo dục."
        );
        let p = paragraphs(&text);
        assert_eq!(p.len(), 3);
        assert_eq!(p[1].label(), Some("PV"));
        assert_eq!(p[2].label(), Some("Ông Tuấn"));
    }
}
