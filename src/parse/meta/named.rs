//! Where else an article names its guest: the signature under the last answer, the
//! first question's greeting.

use crate::interview::{Interview, Role};
use crate::parse::name;

/// The name the first question greets its guest by: "Chào Phương Nga, …", "Thưa Giáo
/// sư Nguyễn Văn A, …" (a pronoun is no name: "Chào chị, …").
pub fn greeted(iv: &Interview) -> Option<String> {
    let text = first_question(iv)?;
    let rest = ["Chào ", "Xin chào ", "Thưa "].iter().find_map(|g| text.strip_prefix(g))?;
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    let n = name::title_len(&words);
    let mut taken: Vec<&str> = Vec::new();
    for w in &words[n..] {
        let bare = w.trim_end_matches([',', '!', '.', '?']);
        if !name::is_capitalised(bare) || taken.len() == 4 {
            return None;
        }
        taken.push(bare);
        if bare.len() < w.len() {
            break;
        }
    }
    (taken.len() >= 2).then(|| taken.join(" "))
}

/// The first question's first paragraph.
pub fn first_question(iv: &Interview) -> Option<&str> {
    let q = iv.turns.iter().find(|t| t.role == Role::Question)?;
    q.paragraphs.first().map(String::as_str)
}

/// Signatures are this short: a title, a name, maybe where the signer works.
const SIGNATURE_WORDS: usize = 20;

/// The titled name that signs the last answer: its last sentence, short, is no sentence
/// but a title, a name and maybe where the signer works ("Luật sư Nguyễn Thị Quyên - Công
/// ty Luật TNHH Everest"), as advice columns sign their answers.
pub fn signed_answer(iv: &Interview) -> Option<(String, Option<String>)> {
    let last = iv.turns.last().filter(|t| t.role == Role::Answer)?;
    let sentence = *crate::parse::sentences::split(last.paragraphs.last()?).last()?;
    let words = sentence.split_whitespace().count();
    let unfinished = !sentence.trim_end_matches(')').ends_with(['.', '?', '!', '…', ':', '"', '”']);
    let bare = sentence.trim_end_matches('.').split_whitespace().count() <= 6;
    (words <= SIGNATURE_WORDS && (unfinished || bare)).then(|| name::leading_name(sentence)).flatten()
}
