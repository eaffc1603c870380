//! The texts the browser copies (`y`, `Y`): unwrapped, one line per paragraph, each turn
//! in one shape (the label on its first paragraph, later paragraphs flush left, a blank
//! line between paragraphs), with a citation line.

use super::{Item, Labels, body, caption_text, citation, label, meta_line};
use crate::interview::{Exchange, Interview, Turn};

/// One turn as copied text: "Label: para1\n\npara2" (an unlabelled remark has no label).
pub fn turn_text(turn: &Turn, labels: Labels) -> String {
    let text = turn.paragraphs.join("\n\n");
    match label(turn, labels) {
        Some(l) => format!("{l}: {text}"),
        None => text,
    }
}

/// One question and its replies as plain text, labelled, with the citation line.
pub fn exchange_text(iv: &Interview, ex: &Exchange, labels: Labels) -> String {
    let mut out = String::new();
    let turns = ex.question.into_iter().chain(ex.replies.clone());
    for turn in turns.filter_map(|i| iv.turns.get(i)) {
        out.push_str(&turn_text(turn, labels));
        out.push_str("\n\n");
    }
    out.push_str(&citation(iv));
    out.push('\n');
    out
}

/// The whole interview as unwrapped plain text (one line per paragraph, captions where
/// they stand), with the citation.
pub fn transcript_text(iv: &Interview, labels: Labels) -> String {
    let mut out = String::new();
    let meta = meta_line(iv);
    let head = iv.title.iter().chain(Some(&meta).filter(|m| !m.is_empty()));
    for line in head.cloned().chain(iv.notes.iter().map(|n| format!("[{n}]"))) {
        out.push_str(&line);
        out.push('\n');
    }
    let items = body(iv).into_iter().map(|item| match item {
        Item::Turn(turn) => turn_text(turn, labels),
        Item::Caption(c) => caption_text(c, labels),
    });
    for block in iv.lead.iter().cloned().chain(items) {
        out.push('\n');
        out.push_str(&block);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&citation(iv));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::sample;
    use crate::interview::Role;

    #[test]
    fn copied_exchange_cites_its_source() {
        let iv = sample();
        let text = exchange_text(&iv, &iv.exchanges()[0], Labels::EN);
        assert_eq!(
            text,
            "Q: Xin đồng chí cho biết kết quả?\n\nBà Mai: Một.\n\nHai.\n\n— Bùi Huyền Mai, Tiêu đề, 2023-02-18 06:52\n"
        );
    }

    #[test]
    fn the_exchange_reads_the_same_inside_the_whole_transcript() {
        let iv = sample();
        let exchange = exchange_text(&iv, &iv.exchanges()[0], Labels::EN);
        let body = exchange.rsplit_once("\n\n—").map(|(b, _)| b).unwrap();
        let all = transcript_text(&iv, Labels::EN);
        assert!(all.contains(&format!("\n{body}\n")), "{all:?} lacks {body:?}");
        assert!(all.ends_with("\n\n— Bùi Huyền Mai, Tiêu đề, 2023-02-18 06:52\n"), "{all:?}");
    }

    #[test]
    fn copied_texts_speak_the_language_and_leave_remarks_unlabelled() {
        let mut iv = sample();
        iv.turns.push(Turn { role: Role::Remark, speaker: None, paragraphs: vec!["Xin cảm ơn!".into()] });
        let all = transcript_text(&iv, Labels::VI);
        assert!(all.contains("\nHỏi: Xin đồng chí cho biết kết quả?\n"), "{all}");
        assert!(all.contains("\n\nXin cảm ơn!\n"), "{all}");
        assert!(!all.contains("Q:") && !all.contains(": Xin cảm ơn"), "{all}");
        let ex = iv.exchanges();
        assert!(
            exchange_text(&iv, &ex[0], Labels::VI)
                .ends_with("Hai.\n\nXin cảm ơn!\n\n— Bùi Huyền Mai, Tiêu đề, 2023-02-18 06:52\n")
        );
    }

    #[test]
    fn the_whole_transcript_holds_captions_where_they_stand() {
        let mut iv = sample();
        iv.captions = vec!["Bà Bùi Huyền Mai tại hội nghị".into()];
        iv.caption_turns = vec![1];
        let all = transcript_text(&iv, Labels::VI);
        let q = all.find("Hỏi:").unwrap();
        let c = all.find("[Ảnh: Bà Bùi Huyền Mai tại hội nghị]").unwrap();
        let a = all.find("Bà Mai:").unwrap();
        assert!(q < c && c < a, "{all}");
    }
}
