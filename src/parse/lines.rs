//! From cleaned text to paragraphs: one per line, hard-wrapped lines re-joined, glued
//! paragraphs split where a new turn begins.

use crate::text::chars::to_lowercase;
use std::borrow::Cow;

use super::para::{self, Marker, Para};
use super::{lang, sentences};

mod dash_labels;
mod glued;
mod wrap;
use crate::markup::{Block, Kind, Run};
use glued::split_glued;
use wrap::{rejoin, wrap_column};

/// More lines than this, and shorter than [`SHORT_LINE`] bytes on average, and the text is
/// not prose (a word list, a dump): its lines are joined (and not split again where turns
/// would open), so the model stays within a few times the size of the input. A long
/// transcript of ordinary lines keeps every line.
const MANY_PARAGRAPHS: usize = 50_000;
const SHORT_LINE: usize = 64;
/// The size joined paragraphs of such a text reach.
const JOINED_BYTES: usize = 512;
/// A paragraph longer than this is cut, at a sentence's end if there is one near.
const LONGEST: usize = 64 * 1024;

/// Splits text into paragraphs.
pub fn paragraphs(text: &str) -> Vec<Para> {
    paragraphs_noted(text).0
}

/// Splits text into paragraphs, with a note when its lines were too many to keep apart.
pub fn paragraphs_noted(text: &str) -> (Vec<Para>, Option<String>) {
    let lines = || crate::text::lines(text).map(str::trim);
    let count = lines().filter(|l| !l.is_empty()).count();
    let joined: Box<dyn Iterator<Item = Cow<str>>> = match wrap_column(lines()) {
        Some(col) => Box::new(rejoin(lines(), col)),
        None => Box::new(lines().filter(|l| !l.is_empty()).map(Cow::Borrowed)),
    };
    let many = count > MANY_PARAGRAPHS && text.len() / count.max(1) < SHORT_LINE;
    if many {
        let joined = join_short(joined).flat_map(|p| cut_long(p.into_owned()));
        let paras: Vec<Para> = joined.map(Para::owned).collect();
        let note =
            format!("{count} short lines joined into {} paragraphs: too many to keep apart", paras.len());
        return (paras, Some(note));
    }
    let lines: Vec<Cow<str>> = joined.collect();
    if sentences::one_per_line(lines.iter().map(|l| l.as_ref())) {
        return (sentence_lines(&lines), None);
    }
    let paras = lines
        .iter()
        .flat_map(|line| pieces(line, text.len()))
        .map(|(p, glued)| if glued { Para::sentence_owned(p) } else { Para::owned(p) })
        .collect();
    (labels(paras), None)
}

/// A text written one sentence per line: each unmarked line after the first runs on from
/// the one before (the turns are found by voice, as in a flattened body).
fn sentence_lines(lines: &[Cow<str>]) -> Vec<Para> {
    let paras = lines.iter().flat_map(|l| split_glued(l)).flat_map(cut_long).map(Para::owned);
    paras
        .enumerate()
        .map(|(i, mut p)| {
            p.glued = i > 0 && p.marker == Marker::None;
            p
        })
        .collect()
}

/// Paragraphs from a front end's blocks: each block split where turns are glued inside it
/// (as in text) and cut when too long; the pieces keep the block's kind, and its bold run
/// where they hold it.
pub fn from_blocks(blocks: &[Block]) -> (Vec<Para>, Option<String>) {
    if blocks.len() > MANY_PARAGRAPHS {
        let text: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        return paragraphs_noted(&text.join("\n"));
    }
    let total = blocks.iter().map(|b| b.text.len()).sum();
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let pieces = match b.kind {
            Kind::Paragraph | Kind::Quote | Kind::ListItem => pieces(&b.text, total),
            _ => vec![(b.text.clone(), false)],
        };
        let mut at = 0;
        for (piece, glued) in pieces {
            let strong = match b.strong {
                Run::Whole => Run::Whole,
                Run::Lead(n) if at == 0 && n < piece.len() => Run::Lead(n),
                Run::Lead(n) if at == 0 && n >= piece.len() => Run::Whole,
                _ => Run::None,
            };
            at += piece.len();
            let mut p =
                if glued { Para::sentence_owned(piece) } else { Para::marked(&piece, b.kind, strong) };
            p.kind = b.kind;
            p.strong = strong;
            out.push(p);
        }
    }
    (labels(out), None)
}

/// A speaker's label printed on a line of its own, its words on the next ("Nhà báo
/// Hoàng Nhật:" / "Tin giả xuất hiện…", "Trả lời:" / "Điều 7…") is joined to them.
/// Marks the labels the paragraphs hold beyond their own colon: speakers named before a
/// dash ([`dash_labels`]), and labels on lines of their own, joined to their words.
fn labels(mut paras: Vec<Para>) -> Vec<Para> {
    dash_labels::mark(&mut paras);
    join_lone_labels(paras)
}

fn join_lone_labels(paras: Vec<Para>) -> Vec<Para> {
    if !paras.iter().any(is_lone_label) {
        return paras;
    }
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    let mut paras = paras.into_iter().peekable();
    while let Some(p) = paras.next() {
        let next_is_text = paras.peek().is_some_and(|n| n.marker == Marker::None && !n.glued);
        let Some(n) = paras.next_if(|_| is_lone_label(&p) && next_is_text) else {
            out.push(p);
            continue;
        };
        let strong = if p.is_bold() { Run::Lead(p.text.len()) } else { Run::None };
        let mut joined = Para::marked(&format!("{} {}", p.text, n.text), n.kind, strong);
        joined.kind = n.kind;
        out.push(joined);
    }
    out
}

/// A line that is only a speaker's label and its colon.
fn is_lone_label(p: &Para) -> bool {
    let Some(label) = p.text.strip_suffix([':', '：']) else { return false };
    // (a person or a table's label: "Read More:", "Hà Nội:" are neither)
    let label = label.trim();
    let table = lang::is_table_label(&crate::text::fold::fold_key(label));
    !p.glued
        && p.marker == Marker::None
        && p.words() <= 10
        && (table || super::name::person_label(label).is_some())
}

/// A line's paragraphs: split where turns are glued inside it, and cut when too long; a
/// flattened body's pieces are also cut into sentences, each after the first of a piece
/// running on from the one before (`true`). A paragraph that closes on a question after
/// its statements ("…báo tường. Điều gì khiến ông…?") gives the question apart, running on
/// too: a line break may have been lost before it.
fn pieces(line: &str, total: usize) -> Vec<(String, bool)> {
    let flat = sentences::is_flattened(line, total);
    let mut out = Vec::new();
    for piece in split_glued(line).into_iter().flat_map(cut_long) {
        if flat {
            let cut = sentences::split(&piece);
            out.extend(cut.iter().enumerate().map(|(i, s)| ((*s).to_owned(), i > 0)));
            continue;
        }
        // (a dash or a label says whose the whole turn is; a reader's "Tôi có cần…?" is
        // his own question's end, not the interviewer's next)
        let unmarked = || para::marker(&piece) == Marker::None;
        // (and the words before it are the guest's: else they are the question's context)
        let to_guest = |at: &usize| {
            let q = Para::sentence(&piece[*at..]);
            let speaks = |t: &str| lang::contains_word(|l| l.first_person_strict, &to_lowercase(t));
            super::voice::puts_to_guest(&q, &[]) && !speaks(&q.text) && speaks(&piece[..*at])
        };
        match sentences::trailing_question(&piece).filter(|at| unmarked() && to_guest(at)) {
            Some(at) => {
                out.push((piece[..at].trim_end().to_owned(), false));
                out.push((piece[at..].trim_start().to_owned(), true));
            }
            None => out.push((piece, false)),
        }
    }
    out
}

/// Joins consecutive paragraphs until each holds at least [`JOINED_BYTES`].
fn join_short<'a>(paras: impl Iterator<Item = Cow<'a, str>>) -> impl Iterator<Item = Cow<'a, str>> {
    let mut paras = paras.peekable();
    std::iter::from_fn(move || {
        let mut out = paras.next()?;
        while out.len() < JOINED_BYTES {
            let Some(next) = paras.next() else { break };
            let joined = out.to_mut();
            joined.push(' ');
            joined.push_str(&next);
        }
        Some(out)
    })
}

/// A paragraph cut into pieces of at most [`LONGEST`] bytes: after the last sentence end
/// in each piece, else at its last space, else between two characters.
fn cut_long(para: String) -> Vec<String> {
    if para.len() <= LONGEST {
        return vec![para];
    }
    let mut out = Vec::new();
    let mut rest = para.as_str();
    while rest.len() > LONGEST {
        let window = crate::text::head(rest, LONGEST);
        let at = window
            .rfind(['.', '?', '!'])
            .filter(|&i| window[i + 1..].starts_with(' '))
            .map(|i| i + 1)
            .or_else(|| window.rfind(' '))
            .filter(|&i| i > 0)
            .unwrap_or(window.len());
        out.push(rest[..at].trim().to_owned());
        rest = rest[at..].trim_start();
    }
    out.push(rest.to_owned());
    out.retain(|p| !p.is_empty());
    out
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
    fn a_huge_paragraph_is_cut_at_sentence_ends_and_loses_nothing() {
        let text = "Câu này kết thúc ở đây. ".repeat(10_000);
        let p = paragraphs(&text);
        assert!(p.len() > 3, "{}", p.len());
        assert!(p.iter().all(|p| p.text.len() <= LONGEST && p.text.ends_with('.')));
        let back: Vec<&str> = p.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(back.join(" "), text.trim_end());
    }

    #[test]
    fn millions_of_tiny_lines_are_joined_with_a_note_and_lose_nothing() {
        let text = "một\nhai\nba\n".repeat(MANY_PARAGRAPHS);
        let (p, note) = paragraphs_noted(&text);
        assert!(p.len() < MANY_PARAGRAPHS / 10, "{}", p.len());
        assert!(note.unwrap().starts_with("150000 short lines joined into"));
        let words: Vec<&str> = p.iter().flat_map(|p| p.text.split(' ')).collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        let (_, note) = paragraphs_noted("một\nhai\n");
        assert!(note.is_none());
    }

    #[test]
    fn a_long_transcript_of_ordinary_lines_keeps_every_line() {
        let pair = "PV: Thưa ông, câu hỏi tiếp theo của chúng tôi về chuyện này là gì vậy?\n\
                    Ông Nguyễn Văn A: Tôi trả lời rằng mọi việc vẫn đang tiến triển rất tốt.\n";
        let (p, note) = paragraphs_noted(&pair.repeat(MANY_PARAGRAPHS / 2 + 10));
        assert_eq!(p.len(), MANY_PARAGRAPHS + 20);
        assert!(note.is_none());
    }

    #[test]
    fn glued_turns_are_split() {
        let long = "Chúng tôi đã làm rất nhiều việc trong năm qua để phát triển bền vững. ".repeat(2);
        let text = format!(
            "{long}PV: Thưa ông, kế hoạch năm tới là gì? Ông Tuấn: Theo tôi, cần tập trung vào giáo dục."
        );
        let p = paragraphs(&text);
        assert_eq!(p.len(), 3);
        assert_eq!(p[1].label(), Some("PV"));
        assert_eq!(p[2].label(), Some("Ông Tuấn"));
        assert!(p.iter().all(|p| !p.glued));
    }

    #[test]
    fn two_spaces_before_a_dash_and_a_capital_open_a_turn_after_a_subhead() {
        let answer = "Chúng tôi mất ba năm đàm phán để đi đến ngày hôm nay, với rất nhiều vòng họp.";
        let text = format!("{answer} Lộ trình giảm thuế  - Ông nghĩ sao về lo ngại đó? - Tôi hiểu.");
        let p = paragraphs(&text);
        assert_eq!(p[1].text, "- Ông nghĩ sao về lo ngại đó?");
        // one space, between words, is prose: "kinh tế - xã hội", "Giáo sư - Tiến sĩ"
        let prose = format!("{answer} Phát triển kinh tế - Xã hội là mục tiêu chung của cả nước hôm nay.");
        assert_eq!(paragraphs(&prose).len(), 1);
    }

    #[test]
    fn a_dash_question_glued_to_a_caption_without_a_stop_opens_a_turn() {
        let lead = "Cô bé có phần chững chạc hơn trước, và vẫn giữ được chất giọng ngọt ngào vốn có";
        let text =
            format!("{lead} - Thời gian qua có nhiều tin đồn, thực hư là sao nhỉ? - Do bị thêu dệt thôi.");
        let p = paragraphs(&text);
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[1].text, "- Thời gian qua có nhiều tin đồn, thực hư là sao nhỉ?");
        // a hyphen before a name in a question opens nothing
        let prose = format!("{lead}. - Bà có liên lạc với mẹ của Nga - bà Hồ Mai Phương? - Có, một lần.");
        assert!(paragraphs(&prose).iter().all(|p| !p.text.starts_with("- bà")));
        // nor one whose sentence ends before the question: "Long - Ngọc Huyền … nóng. - Anh…?"
        let names =
            format!("{lead}. Bộ ba Kim Tử Long - Ngọc Huyền ngồi ghế nóng. - Anh có tiếc không? - Không.");
        assert!(paragraphs(&names).iter().all(|p| !p.text.starts_with("- Ngọc")));
    }

    #[test]
    fn a_short_title_before_a_glued_stop_stays_in_the_label() {
        let text = "Vậy việc cai sữa sớm có ảnh hưởng thế nào đến sức khỏe của trẻ? ThS.BS. Trần Thu Hà: Sữa mẹ vẫn tốt nhất.";
        let p = paragraphs(text);
        assert_eq!(p.last().and_then(|p| p.label()), Some("ThS.BS. Trần Thu Hà"));
    }

    #[test]
    fn a_text_flattened_onto_one_line_comes_apart_in_sentences_and_turns() {
        let answer = "Chúng tôi đã làm rất nhiều việc trong năm qua để phát triển bền vững. ";
        let text = format!(
            "Tiêu đề bài\n\n{}PV: Thưa ông, kế hoạch năm tới là gì? Ông Tuấn: Theo tôi, cần tập trung. {}",
            answer.repeat(3),
            answer.repeat(3)
        );
        let p = paragraphs(&text);
        let shape: Vec<(Option<&str>, bool)> = p.iter().map(|p| (p.label(), p.glued)).collect();
        let s = (None, true);
        assert_eq!(
            shape,
            [(None, false), (None, false), s, s, (Some("PV"), false), (Some("Ông Tuấn"), false), s, s, s]
        );
        let words: Vec<&str> = p.iter().flat_map(|p| p.text.split(' ')).collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
    }
}
