//! Questions as web pages print them: a paragraph wholly in bold (or a heading that asks)
//! with the answer in plain text after it. Which bold paragraphs are questions is read off
//! their neighbours, once, before the turns are cut.

use super::cues::{is_chrome, is_footer_marker, is_thanks};
use super::para::{Marker, Para};
use super::turns::is_prompt;
use crate::markup::Kind;

/// Marks the bold questions: bold, unmarked, not chrome, asking, with plain text after
/// them; a bold prompt that does not ask counts once running text has begun (before that,
/// a bold paragraph is the standfirst); a bold statement right before a bold question is
/// its context; a bold closing thanks is the interviewer's too.
pub fn mark(paras: &mut [Para]) {
    let mut text_seen = false;
    for i in 0..paras.len() {
        let q = is_question(paras, i, text_seen);
        let p = &mut paras[i];
        p.bold_question = q;
        text_seen |= !p.is_bold() && matches!(p.kind, Kind::Paragraph | Kind::Quote) && p.words() >= 10;
    }
    for i in (0..paras.len().saturating_sub(1)).rev() {
        if !paras[i].bold_question && paras[i + 1].bold_question && is_context(&paras[i]) {
            paras[i].bold_question = true;
        }
    }
}

fn is_question(paras: &[Para], i: usize, text_seen: bool) -> bool {
    let p = &paras[i];
    if !p.is_bold()
        || p.marker != Marker::None
        || p.kind == Kind::Caption
        || is_chrome(p)
        || is_footer_marker(p)
    {
        return false;
    }
    if is_thanks(p, &p.text) && p.words() <= 25 {
        return true;
    }
    // the answer: the next paragraph that is not a caption, in plain text
    let next = paras[i + 1..].iter().find(|n| n.kind != Kind::Caption);
    let answered = next.is_some_and(|n| !n.is_bold() && !matches!(n.kind, Kind::Heading(_)));
    if !answered {
        return false;
    }
    match p.kind {
        Kind::Heading(_) => p.asks(),
        _ => p.asks() || (text_seen && is_prompt(p)),
    }
}

/// A bold statement that sets up the question after it: a sentence, not a subhead.
fn is_context(p: &Para) -> bool {
    p.is_bold()
        && p.kind == Kind::Paragraph
        && p.marker == Marker::None
        && p.words() >= 8
        && p.ends_sentence()
        && !is_chrome(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::Run;

    fn marks(paras: &[(&str, bool)]) -> Vec<bool> {
        let mut ps: Vec<Para> = paras
            .iter()
            .map(|(t, b)| Para::marked(t, Kind::Paragraph, if *b { Run::Whole } else { Run::None }))
            .collect();
        mark(&mut ps);
        ps.iter().map(|p| p.bold_question).collect()
    }

    #[test]
    fn a_bold_standfirst_is_not_a_question_but_a_later_prompt_is() {
        let got = marks(&[
            ("Đây là phần mở đầu của bài viết, được in đậm, dài hơn mười chữ rõ ràng.", true),
            ("Đoạn giới thiệu bằng chữ thường, dài hơn mười chữ để làm phần dẫn nhập.", false),
            ("Nhiều người nói phim kinh dị Việt chỉ biết dọa bằng ma", true),
            ("Tôi không nghĩ vậy, và tôi sẽ giải thích vì sao như thế.", false),
            ("Ông nghĩ sao?", true),
            ("Tôi nghĩ vậy.", false),
            ("Xin cảm ơn ông!", true),
        ]);
        assert_eq!(got, [false, false, true, false, true, false, true]);
    }

    #[test]
    fn a_bold_context_joins_its_question_and_a_subhead_does_not() {
        let got = marks(&[
            ("Đoạn giới thiệu bằng chữ thường, dài hơn mười chữ để làm phần dẫn nhập.", false),
            ("Cuốn sách mới của anh viết về những người ở lại trên đảo.", true),
            ("Vì sao anh chọn đề tài này?", true),
            ("Vì tôi lớn lên ở đó.", false),
            ("Về cây bút chì", true),
            ("Anh vẫn viết tay?", true),
            ("Vâng, luôn luôn.", false),
        ]);
        assert_eq!(got, [false, true, true, false, false, true, false]);
    }
}
