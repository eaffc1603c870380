//! Whose a run-on sentence is (of a flattened body, or a text written a sentence per
//! line), where questions carry no mark: the interviewer's question (with the sentences
//! that set it up), or a question the guest asks inside an answer. Decided once for the
//! article, before it is cut into turns; and, after, whether unmarked Q&A sounds like an
//! interview at all.

use super::para::{Marker, Para, Voice};
use super::speakers::{Side, Speakers};
use super::turns::{Convention, speaks_first_person};
use super::{lang, name};
use crate::interview::{Role, Turn};
use crate::text::chars::to_lowercase;
use crate::text::fold::fold_key;

/// How many sentences before a question may set it up ("Nhiều người nghĩ… Vì sao chị…?").
const SET_UP: usize = 2;
/// How far past a question its answer's mark may come (after more questions).
const REACH: usize = 4;
/// Paragraphs read to tell the language.
const LANGUAGE_SAMPLE: usize = 60;
/// A glued sentence this short without a stop is a subhead.
const SUBHEAD: usize = 12;
/// A question this short, unaddressed, is the guest's own ("Vì sao?", "Tại sao vậy?").
const SHORT_QUESTION: usize = 6;

/// Marks the voice of each glued question, and of the sentences that set it up.
pub fn mark(paras: &mut [Para], conv: Convention, speakers: &Speakers) {
    if !conv.unmarked_questions {
        // questions are marked; only one that lost its dash in a flattened body opens one
        if conv.dashes {
            lost_dashes(paras);
        }
        return;
    }
    let owned = given_names(paras);
    let names: Vec<&str> = owned.iter().map(String::as_str).collect();
    let last_named =
        paras.iter().rposition(|p| speakers.side(p) == Some(Side::Interviewee)).filter(|&n| n > 0);
    let mut asked = false;
    for i in 0..paras.len() {
        let p = &paras[i];
        if !p.glued || !p.asks() || p.voice != Voice::Unknown {
            // a question on its own line opens the interview as well as a glued one does
            asked |= !p.glued && p.asks() && p.marker == Marker::None;
            continue;
        }
        if !interviewer_asks(paras, i, (conv, speakers, last_named), &names) {
            paras[i].voice = Voice::Rhetorical;
            continue;
        }
        paras[i].voice = Voice::Asks;
        set_up(paras, i, asked, &names);
        asked = true;
    }
}

/// Whether the glued question `i` is the interviewer's. Where answers carry a mark (a dash,
/// the guest's label), it is when one follows (a headline "Kỹ sư Phạm Văn Nam: …" is no
/// answer). Where the guest's name stopped after the first exchanges, so did the marks:
/// an unaddressed question is the interviewer's only at a new section (a subhead before
/// it), else the guest asks it himself. (`last_named`: the last paragraph the guest's
/// name opens.)
fn interviewer_asks(
    paras: &[Para],
    i: usize,
    (conv, speakers, last_named): (Convention, &Speakers, Option<usize>),
    names: &[&str],
) -> bool {
    let marked = conv.dashes || (conv.labels && last_named.is_some_and(|n| i < n));
    let unnamed = conv.labels && last_named.is_some_and(|n| i > n);
    (marked && answer_follows(paras, i, conv, speakers))
        || puts_to_guest(&paras[i], names)
        || (!marked && (!unnamed || subhead_before(paras, i)) && plainly_asks(paras, i, unnamed))
}

/// In a dash convention, a glued question put to the guest and answered at once in the
/// first person lost its dash ("…chú Sâm. Kỷ niệm gì là đáng nhớ nhất…? Có khá nhiều kỷ
/// niệm của tôi…").
fn lost_dashes(paras: &mut [Para]) {
    for i in 0..paras.len() {
        let p = &paras[i];
        let answered = paras.get(i + 1).is_some_and(|n| n.glued && !n.asks() && speaks_first_person(&n.text));
        if p.glued && p.asks() && answered && puts_to_guest(p, &[]) {
            paras[i].voice = Voice::Asks;
        }
    }
}

/// The next paragraph that is not a question opens a marked answer.
fn answer_follows(paras: &[Para], i: usize, conv: Convention, speakers: &Speakers) -> bool {
    let answers = |p: &Para| {
        (conv.dashes && p.marker == Marker::Dash)
            || (conv.labels && speakers.side(p) == Some(Side::Interviewee))
    };
    paras[i + 1..].iter().take(REACH).find(|p| !(p.glued && p.asks())).is_some_and(answers)
}

/// A question put to the guest: it speaks to them ("chị", "ông", "thưa anh"), not of
/// someone else ("ông Trump", "anh ấy"), and does not open in the first person.
pub fn puts_to_guest(p: &Para, names: &[&str]) -> bool {
    let lower = to_lowercase(&p.text);
    let first: String = lower.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    addresses(&p.text, names) && !lang::contains_word(|l| l.first_person, &first)
}

/// Where nothing marks the turns, a question that speaks to nobody is still the
/// interviewer's when it is not the guest's own: not in the first person, not a short
/// "Vì sao?", not one the next sentence answers with "Vì…" or carries on from ("Vì vậy…"),
/// unless a subhead just opened its section (`new_section`: "Trước hết…" answers it then).
fn plainly_asks(paras: &[Para], i: usize, new_section: bool) -> bool {
    let p = &paras[i];
    let mine = lang::contains_word(|l| l.first_person_strict, &to_lowercase(&p.text));
    // what follows a question the guest asks himself goes on from it: "Vì…", "Vì vậy…"
    let next = paras.get(i + 1);
    let because = next.is_some_and(|n| n.glued && n.key_starts(|l| l.because))
        || next.is_some_and(|n| n.key_starts(|l| l.connectives));
    !mine && (!because || new_section) && p.words() > SHORT_QUESTION
}

/// The given names of the people the headline and lead name ("Hoa hậu Ngô Phương Lan" →
/// "Lan") when they say it is a conversation: interviewers call their guests by them
/// ("Lan có thể chia sẻ…?").
fn given_names(paras: &[Para]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let head = paras.iter().take(2);
    if !head.clone().any(|p| lang::contains_word(|l| l.conversation, p.key())) {
        return names; // a story about someone, not a talk with them
    }
    for p in head {
        let words: Vec<&str> = p.text.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let surname = name::is_capitalised(w) && lang::is(|l| l.surnames, &fold_key(w));
            let rest = words[i + 1..].iter().take(3).take_while(|w| name::is_capitalised(w));
            let given = rest.map(|w| w.trim_matches(|c: char| !c.is_alphabetic())).last();
            if let Some(given) = given.filter(|g| surname && !g.is_empty() && !names.iter().any(|n| n == g)) {
                names.push(given.to_owned());
            }
        }
    }
    names
}

/// Whether turns found by unmarked questions alone (no labels, no dashes) sound like an
/// interview: the questions speak to someone and the answers speak as "I". An explainer's
/// questions ask about things ("Chai nhựa được làm bằng gì?") and its answers speak of
/// them; an essay's questions are its own.
pub fn sounds_like_interview(turns: &[Turn], paras: &[Para]) -> bool {
    if !lang::known_language(paras.iter().take(LANGUAGE_SAMPLE).map(|p| p.text.as_str())) {
        return true; // no table of pronouns to listen with: the questions decide alone
    }
    let owned = given_names(paras);
    let names: Vec<&str> = owned.iter().map(String::as_str).collect();
    let text = |t: &Turn| t.paragraphs.join(" ");
    let (mut asked, mut addressed, mut first, mut asks, mut titled) = (0, 0, 0, 0, 0);
    for t in turns {
        match t.role {
            Role::Question => {
                asked += 1;
                titled += usize::from(addresses_by_title(&text(t)));
                addressed += usize::from(addresses(&text(t), &names));
                asks += usize::from(t.paragraphs.iter().any(|p| super::para::asks(p)));
            }
            // (one answer in the first person is enough: the others need not be read)
            // (or by the given name a star speaks of herself with: "Lan rất thích…")
            Role::Answer if first == 0 => {
                let text = text(t);
                let by_name = speaks_by_name(&text, &names);
                first += usize::from(
                    by_name || lang::contains_word(|l| l.first_person_strict, &to_lowercase(&text)),
                );
            }
            Role::Answer => {}
            Role::Remark => {}
        }
    }
    // someone is spoken to and someone answers as "I"; or nearly every question speaks to
    // the guest (who may answer by name: "Lan nghĩ…"); or the one question calls the guest
    // by a title ("BS đánh giá…?": no reader is called so)
    (asked >= 2 && addressed >= 1 && first >= 1)
        || (asked >= 3 && addressed * 4 >= asked * 3)
        || (asked == 1 && asks == 1 && (addressed == 1 && first >= 1 || titled == 1))
}

/// Speaks to someone: a second-person word that is not followed by a name or by "ấy",
/// or the guest's given name.
fn addresses(text: &str, names: &[&str]) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if names.contains(&bare) && !words.get(i + 1).is_some_and(|n| n.starts_with("ấy")) {
            return true;
        }
        let word = to_lowercase(bare);
        let next = words.get(i + 1).copied().unwrap_or("");
        let third = next.starts_with(char::is_uppercase) || next.starts_with("ấy");
        // "thưa ông Nguyễn…", "chào anh Quang": a name after a greeting still speaks to him
        let greeted = i > 0 && matches!(to_lowercase(words[i - 1]).as_str(), "thưa" | "chào");
        lang::is(|l| l.second_person_strict, &word) && (!third || greeted)
    })
}

/// Speaks of itself by the guest's given name, standing alone: "Lan rất thích…", not the
/// "Nam" of "Việt Nam" nor the "Hà" of "Hà Nội" (a capital next to it).
fn speaks_by_name(text: &str, names: &[&str]) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capital = |w: Option<&&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    (0..words.len()).any(|i| {
        let bare = words[i].trim_matches(|c: char| !c.is_alphabetic());
        names.contains(&bare)
            && !capital(i.checked_sub(1).and_then(|j| words.get(j)))
            && !capital(words.get(i + 1))
    })
}

/// Calls the guest by a title in place of a pronoun: a title not followed by a name
/// ("BS đánh giá thế nào…?", "Thưa luật sư, …"), not "bác sĩ Nguyễn Văn A".
pub fn addresses_by_title(text: &str) -> bool {
    let words: Vec<&str> =
        text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    (0..words.len()).any(|i| {
        (1..=2).any(|n| {
            let Some(title) = words.get(i..i + n) else { return false };
            let next = words.get(i + n).copied().unwrap_or("");
            // (not "các bác sĩ", "bác sĩ này": doctors spoken of)
            let prev = i.checked_sub(1).map(|j| to_lowercase(words[j])).unwrap_or_default();
            let many = matches!(prev.as_str(), "các" | "những" | "nhiều" | "mọi" | "một");
            let this = matches!(next, "này" | "đó" | "kia" | "ấy" | "nọ");
            let pronoun = !next.starts_with(char::is_uppercase) && !many && !this;
            pronoun && lang::is(|l| l.address_titles, &fold_key(&title.join(" ")))
        })
    })
}

/// The sentences before the question that set it up: glued to it, not the guest speaking
/// (no "tôi"), not questions themselves. Before the first question, only a sentence that
/// speaks to the guest: the others are the lead's ("Thanh Niên đã trao đổi với…").
fn set_up(paras: &mut [Para], i: usize, asked: bool, names: &[&str]) {
    // a question that greets its guest opens itself: "Thưa ông, …?"
    let first = paras[i].text.split_whitespace().next().map(to_lowercase).unwrap_or_default();
    if matches!(first.as_str(), "thưa" | "chào") {
        return;
    }
    let mut j = i;
    while j > 0 && i - j < SET_UP && paras[j].glued {
        let prev = &paras[j - 1];
        // (the first sentence of its line too, when it speaks to the guest: "Chào anh…")
        let sets_up = (prev.glued || addresses(&prev.text, names))
            && prev.marker == Marker::None
            && !prev.asks()
            && prev.voice == Voice::Unknown
            && !speaks_first_person(&prev.text)
            // the reply to a question just asked ("Vì sao? Vì…") sets nothing up
            && !prev.key_starts(|l| l.because)
            && !(j >= 2 && paras[j - 2].asks())
            // a subhead glued before the question closes what came before it
            && !is_glued_subhead(prev)
            // nor a photo's credit, which closes its caption ("… gần đây. Ảnh: Chí Linh.")
            && !super::cues::is_credit(prev)
            && (asked || addresses(&prev.text, names));
        if !sets_up {
            break;
        }
        j -= 1;
        paras[j].voice = Voice::Asks;
    }
}

/// A glued sentence with no stop, short: a subhead a crawler ran into its section.
fn is_glued_subhead(p: &Para) -> bool {
    p.glued && !p.ends_sentence() && p.words() <= SUBHEAD
}

/// A subhead comes just before the question, or before the sentences that set it up.
fn subhead_before(paras: &[Para], i: usize) -> bool {
    paras[i.saturating_sub(SET_UP + 1)..i].iter().any(is_glued_subhead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_to_the_guest_are_told_from_questions_about_others() {
        let asks = |s: &str| puts_to_guest(&Para::sentence(s), &["Lan"]);
        assert!(asks("Tại sao chị lại quyết định như thế?"));
        assert!(asks("Thưa ông Tuấn, dự án bao giờ xong?"));
        assert!(!asks("Vì sao ông Trump lại làm thế?"));
        assert!(!asks("Anh ấy có lỗi gì đâu?"));
        assert!(!asks("Tôi hỏi anh, ai chịu trách nhiệm?"));
        assert!(!asks("Vì sao lại như vậy?"));
        assert!(asks("Lan có thể chia sẻ cụ thể hơn không?"));
        assert!(!asks("Lan ấy có đến không?"));
    }
}
