//! Segmenting the body into turns: which convention the article uses, where the turns are,
//! and whose each one is.

use super::para::{Marker, Para, Voice};
use super::speakers::{Side, Speakers};
use crate::text::chars::to_lowercase;

mod dashes;
mod segmenter;
pub use dashes::{bullet, unmark_intro_list};
use dashes::{dash_convention, piece_asks};
pub use segmenter::Segmenter;

/// How the article marks its turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Convention {
    /// Turns open with speaker labels.
    pub labels: bool,
    /// Turns open with "- ".
    pub dashes: bool,
    /// An unmarked paragraph after a question opens the answer.
    pub unmarked_answers: bool,
    /// An unmarked paragraph ending in "?" after an answer opens a question.
    pub unmarked_questions: bool,
    /// A paragraph printed as web pages print questions (bold) opens a question.
    pub bold: bool,
    /// The bullets that tell the sides apart, when they differ: (questions', answers').
    pub bullets: Option<(char, char)>,
    /// With dashes on both sides, the first dash turn is an answer (its question was left
    /// unmarked, in the lead): the turns that ask fall on the odd places.
    pub answer_first: bool,
}

impl Convention {
    /// Reads the convention off the paragraphs; `None` when there is no Q&A structure.
    pub fn detect(paras: &[Para], speakers: &Speakers) -> Option<Convention> {
        let labelled = paras.iter().filter(|p| speakers.side(p).is_some()).count();
        let dashes: Vec<usize> = (0..paras.len()).filter(|&i| paras[i].marker == Marker::Dash).collect();
        let asking =
            paras.iter().filter(|p| p.marker == Marker::None && p.asks() && !p.bold_question).count();
        // a flattened body's own questions are sentences of its turns, not turns
        let asking_apart = paras.iter().filter(|p| !p.glued && p.marker == Marker::None && p.asks()).count();
        let bold = paras.iter().filter(|p| p.bold_question).count() >= 2;
        let none = Convention::none(bold);
        if let Some(labelled_conv) = label_convention(paras, speakers, labelled, &dashes, asking_apart, none)
        {
            return Some(labelled_conv);
        }
        // one exchange: an unmarked question and a dash answer, or a dash question put to
        // the guest and its unmarked answer
        let lone_answer = dashes.len() == 1 && dashes[0] > 0 && paras[dashes[0] - 1].asks();
        let lone_question = dashes.len() == 1 && paras[dashes[0]].asks() && exchange_at(paras, dashes[0]);
        if dashes.len() >= 2 || lone_answer || lone_question {
            // a first exchange may carry labels, the rest dashes (a headline's "Bộ trưởng X:
            // …" labels nobody's turn)
            let labelled = paras.iter().skip(1).any(|p| speakers.side(p).is_some());
            return dash_convention(paras, &dashes, labelled).map(|c| Convention { labels: labelled, ..c });
        }
        // a labelled first exchange (both sides named), then questions and answers unmarked
        let exchange = speakers.any(Side::Interviewer) && speakers.any(Side::Interviewee);
        let none = Convention { labels: exchange, ..none };
        if bold {
            return Some(Convention { unmarked_answers: true, ..none });
        }
        (asking >= 2 || (asking == 1 && one_exchange(paras))).then_some(Convention {
            unmarked_answers: true,
            unmarked_questions: true,
            ..none
        })
    }

    /// No marks at all, but bold questions when `bold`.
    fn none(bold: bool) -> Convention {
        Convention {
            labels: false,
            dashes: false,
            unmarked_answers: false,
            unmarked_questions: false,
            bold,
            bullets: None,
            answer_first: false,
        }
    }

    /// True when the paragraph opens a turn on the interviewer's side: where the body starts.
    pub fn opens_exchange(&self, p: &Para, speakers: &Speakers) -> bool {
        self.opens_turn(p, speakers) && speakers.side(p) != Some(Side::Interviewee)
    }

    /// True when the paragraph opens a turn in this convention.
    pub fn opens_turn(&self, p: &Para, speakers: &Speakers) -> bool {
        (self.labels && speakers.side(p).is_some())
            || (self.dashes && p.marker == Marker::Dash)
            || (self.bold && p.bold_question)
            || (self.unmarked_questions && p.marker == Marker::None && asks_unmarked(p))
            || (self.dashes && p.glued && p.voice == Voice::Asks)
    }
}

/// One unmarked exchange: a question put to the guest, answered in the first person (in
/// a flattened body, somewhere in the reply's first sentences: "Vợ chồng Lan đã quyết
/// định… mỗi lần như thế mình lại…"); or one that calls the guest by a title ("BS đánh
/// giá…?"), answered at length.
fn one_exchange(paras: &[Para]) -> bool {
    let first = paras.iter().position(|p| p.marker == Marker::None && p.asks());
    first.is_some_and(|i| exchange_at(paras, i))
}

/// Paragraph `i` asks the guest, and the paragraphs after it reply as
/// [`one_exchange`] tells.
fn exchange_at(paras: &[Para], i: usize) -> bool {
    let speaks = |n: &Para| super::lang::contains_word(|l| l.first_person, &to_lowercase(&n.text));
    let reply = paras.get(i + 1).filter(|n| !n.asks());
    let sentences = paras[i + 1..].iter().take(REPLY_SENTENCES).take_while(|n| n.glued && !n.asks());
    let by_title = super::voice::addresses_by_title(&paras[i].text);
    // (the reply's own sentences, in a flattened body)
    let run_on = paras.get(i + 2..).unwrap_or_default().iter().take(REPLY_SENTENCES).take_while(|n| n.glued);
    let long = |n: &Para| n.words() + run_on.clone().map(Para::words).sum::<usize>() >= TITLED_REPLY;
    (super::voice::puts_to_guest(&paras[i], &[]) || by_title)
        && reply.is_some_and(|n| {
            speaks_first_person(&n.text)
                || (n.glued && sentences.clone().any(speaks))
                || (by_title && long(n))
        })
}

/// A reply this long answers a question that calls its guest by a title, in any person.
const TITLED_REPLY: usize = 25;

/// How many sentences of a flattened reply are read for its first person.
const REPLY_SENTENCES: usize = 3;

/// The labels convention, when labels decide: they are not a stray pair among many unmarked
/// questions, nor outnumbered by dash turns (dashes that never ask are a list's).
fn label_convention(
    paras: &[Para],
    speakers: &Speakers,
    labelled: usize,
    dashes: &[usize],
    asking: usize,
    none: Convention,
) -> Option<Convention> {
    let dash_turns = if dashes.iter().any(|&i| piece_asks(paras, i)) { dashes.len() } else { 0 };
    // the interviewer's turns may be dashes where the guest's carry a name
    let dashed =
        dashes.iter().filter(|&&i| speakers.side(&paras[i]).is_none() && piece_asks(paras, i)).count();
    // one exchange is enough: two labels, or a dash question and a named answer
    // (or an unmarked question, then the guest's named answer)
    let answered = || {
        let i = paras.iter().position(|p| speakers.side(p) == Some(Side::Interviewee));
        i.is_some_and(|i| i > 0 && paras[i - 1].asks() && paras[i - 1].marker == Marker::None)
    };
    let exchange = labelled >= 2 || (labelled == 1 && (dashed >= 1 || answered()));
    if !exchange || labelled < dash_turns.saturating_sub(dashed) || labelled * 3 < asking {
        return None;
    }
    let q = speakers.any(Side::Interviewer);
    let a = speakers.any(Side::Interviewee);
    let dashed = dashed >= 1;
    // labels on the first exchange (or few), then questions and answers unmarked, or dashed
    let then_unmarked = unlabelled_questions_after_labels(paras, speakers) >= 2;
    let then_dashed = dash_exchange_after_labels(paras, speakers, dashes);
    Some(Convention {
        labels: true,
        dashes: dashed && (!q || then_dashed),
        unmarked_answers: !a || then_unmarked,
        unmarked_questions: (!q || then_unmarked) && !none.bold && !dashed,
        ..none
    })
}

/// After the last label, a dash question and a dash reply after it: the labels stopped
/// and the turns went on with dashes ("Phóng viên: …" / "Ông X: …", then ". …?" / "+ …").
fn dash_exchange_after_labels(paras: &[Para], speakers: &Speakers, dashes: &[usize]) -> bool {
    let last = paras.iter().rposition(|p| speakers.side(p).is_some());
    let mut after = dashes.iter().filter(|&&i| last.is_some_and(|l| i > l));
    after.by_ref().find(|&&i| piece_asks(paras, i)).is_some() && after.any(|&i| !piece_asks(paras, i))
}

/// Unmarked paragraphs that ask as the interviewer does after the last interviewer label:
/// where the labels stopped and the questions went on without them.
fn unlabelled_questions_after_labels(paras: &[Para], speakers: &Speakers) -> usize {
    let Some(last) = paras.iter().rposition(|p| speakers.side(p) == Some(Side::Interviewer)) else {
        return 0;
    };
    // (each with its reply: related headlines after the article ask too, unanswered)
    let replied = |n: &Para| n.marker == Marker::None && !n.asks() && n.words() >= 3 && n.ends_sentence();
    let rest = &paras[last + 1..];
    let asks = |(i, p): &(usize, &Para)| {
        p.marker == Marker::None && !p.glued && asks_as_interviewer(p) && rest.get(i + 1).is_some_and(replied)
    };
    rest.iter().enumerate().filter(asks).count()
}

/// An unmarked paragraph that opens the interviewer's question: one the parser found
/// asking in a flattened body, or one that asks as the interviewer does.
fn asks_unmarked(p: &Para) -> bool {
    match p.voice {
        Voice::Asks => true,
        Voice::Rhetorical => false,
        Voice::Unknown => asks_as_interviewer(p),
    }
}

/// An unmarked paragraph that asks as the interviewer does: it ends with "?", and is not a
/// long first-person answer paragraph that closes on a rhetorical question.
fn asks_as_interviewer(p: &Para) -> bool {
    p.asks() && p.words() <= 120 && !(p.words() > 45 && speaks_first_person(&p.text))
}

/// Speaks as "tôi", "chúng tôi", "I", "we" (in its first 40 words).
pub fn speaks_first_person(text: &str) -> bool {
    let head = to_lowercase(&text.split_whitespace().take(40).collect::<Vec<_>>().join(" "));
    super::lang::contains_word(|l| l.first_person, &head)
}

/// A statement the interviewer puts to the guest in place of a question: one or two short
/// sentences, not in the first person ("Nhiều phụ huynh cho con học thêm từ rất sớm.").
pub fn is_prompt(p: &Para) -> bool {
    let sentences = p.text.matches(". ").count() + 1;
    // "Tell us a secret", "Describe yourself in three words": short, but not a sentence
    let long_enough = p.words() >= 6 || (p.words() >= 3 && !p.ends_sentence());
    long_enough
        && p.words() <= 35
        && sentences <= 2
        && !speaks_first_person(&p.text)
        && !super::cues::is_numbered(&p.text)
        && !p.text.ends_with(':')
}

/// Speaks to the guest in its first words: "bà", "ông", "you".
pub(super) fn addresses_guest(text: &str) -> bool {
    let lower = to_lowercase(text);
    let head: String = lower.split_whitespace().take(8).collect::<Vec<_>>().join(" ");
    super::lang::contains_word(|l| l.second_person_strict, &head)
}

/// Whether `n` shows `p` was the interviewer's: the guest replies in the first person, or
/// `p` addresses the guest ("Lời khuyên của bà…"), or `p` set up the short question `n`
/// (and is not an answer's next step: "Trong khi đó…", "Vì vậy…").
pub(super) fn answers_prompt(p: &Para, n: &Para) -> bool {
    if n.marker != Marker::None {
        return false;
    }
    let addresses = addresses_guest(&p.text);
    let continues = p.key_starts(|l| l.connectives);
    !continues && (speaks_first_person(&n.text) || (addresses && !n.asks()) || (n.asks() && n.words() <= 40))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::Role;

    fn run(lines: &[&str]) -> Vec<(Role, usize)> {
        let paras: Vec<Para> = lines.iter().map(|l| Para::new(l)).collect();
        let speakers = Speakers::new(&paras);
        let conv = Convention::detect(&paras, &speakers).expect("a convention");
        let mut seg = Segmenter::new(conv, &speakers);
        for (i, p) in paras.iter().enumerate() {
            if p.marker == Marker::Separator {
                seg.separator();
            }
            seg.take(p, paras.get(i + 1));
        }
        seg.turns.iter().map(|t| (t.role, t.paragraphs.len())).collect()
    }

    #[test]
    fn dash_alternation_with_continuations_and_closing_thanks() {
        use Role::*;
        let turns = run(&[
            "- Xin ông cho biết?",
            "- Tôi nghĩ vậy.",
            "Thêm nữa.",
            "- Còn gì nữa?",
            "- Hết rồi.",
            "- Trân trọng cảm ơn ông!",
        ]);
        assert_eq!(turns, [(Question, 1), (Answer, 2), (Question, 1), (Answer, 1), (Remark, 1)]);
    }

    #[test]
    fn dash_questions_with_unmarked_answers() {
        use Role::*;
        let turns = run(&["- Ông nghĩ sao?", "Tôi nghĩ vậy.", "Và thêm nữa.", "- Vì sao thế?", "Vì thế."]);
        assert_eq!(turns, [(Question, 1), (Answer, 2), (Question, 1), (Answer, 1)]);
    }

    #[test]
    fn a_dash_after_a_question_that_asked_answers_where_answers_are_unmarked() {
        use Role::*;
        let turns = run(&[
            "- Chị có nghĩ mình phản ứng quá cứng rắn không?",
            "- Một người đàn ông đập phá nhà cửa của tôi, rồi giành con mang đi.",
            "Tôi tự hỏi nếu im lặng thì chuyện gì sẽ xảy ra.",
            "- Vậy chị sẽ không tha thứ?",
            "Không bao giờ.",
            "- Ba mẹ chị phản ứng thế nào?",
            "Ba mẹ tôi rất tuyệt vời.",
        ]);
        assert_eq!(
            turns,
            [(Question, 1), (Answer, 2), (Question, 1), (Answer, 1), (Question, 1), (Answer, 1)]
        );
    }

    #[test]
    fn unmarked_questions_and_answers() {
        use Role::*;
        let turns = run(&["Thưa ông, vì sao?", "Vì vậy.", "Có gì đó? Không.", "Còn nữa không?", "Hết."]);
        assert_eq!(turns, [(Question, 1), (Answer, 2), (Question, 1), (Answer, 1)]);
    }

    #[test]
    fn labels_keep_speakers() {
        use Role::*;
        let turns = run(&[
            "PV: Ông nghĩ sao?",
            "Ông Nguyễn Văn Hùng: Tôi nghĩ vậy.",
            "Thêm nữa.",
            "PV: Xin cảm ơn ông!",
        ]);
        assert_eq!(turns, [(Question, 1), (Answer, 2), (Remark, 1)]);
    }
}
