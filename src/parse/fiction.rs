//! Stories told in dialogue: their dashes and questions are not an interview's turns.

use super::lang;
use super::para::{Marker, Para};
use crate::text::chars::to_lowercase;

/// A story, by its kicker ("Truyện ngắn: …", "Truyện dài kỳ: …"), or by a narrator's hand in
/// its dialogue at least twice: speech quoted after a colon and a dash, a line of narration
/// that hands over to a dash line ("Tôi dọn giọng trả lời rất nhũn nhặn:"), a tag inside
/// one ("- Chà chà… - Giọng người đàn ông có vẻ tiếc rẻ. - Chị cứ…").
pub fn is_fiction(paras: &[Para]) -> bool {
    let kicker = paras.iter().take(3).any(|p| {
        let kicker = p.key().split([':', '|']).next().unwrap_or_default().trim();
        lang::is(|l| l.fiction, kicker)
    });
    let hands_over = |(i, p): (usize, &Para)| {
        quotes_speech(p)
            || (p.marker == Marker::Dash && tags_speech(p))
            || paras.get(i + 1).is_some_and(|n| n.marker == Marker::Dash && introduces_speech(p))
    };
    kicker || paras.iter().enumerate().filter(|&ip| hands_over(ip)).nth(1).is_some()
}

/// A narrator quotes someone's words after a colon and a dialogue dash: "Vị quan tòa: –
/// Bà cụ, …?", "Bà cụ khẳng định: – Đúng…" (a story's dialogue; an interview's labels
/// put no dash after their colon).
fn quotes_speech(p: &Para) -> bool {
    // ("PV: – Thưa ông…" is a speaker's label, dash or not)
    if p.label().is_some() {
        return false;
    }
    let head = crate::text::head(&p.text, QUOTED_SPEECH);
    [": – ", ": — "].iter().any(|d| head.contains(d))
}

/// How far into a paragraph a narrator's colon and dash are looked for (bytes).
const QUOTED_SPEECH: usize = 120;

/// A narrator's sentence that hands over to the speech below it: no label, but a clause
/// with a verb of speaking that ends with a colon ("Tôi dọn giọng trả lời rất nhũn nhặn:",
/// "Mỹ Liên nhìn Trần Minh rồi tủm tỉm cười:").
fn introduces_speech(p: &Para) -> bool {
    // (the cheap tests first: every paragraph before a dash line is asked)
    p.marker == Marker::None
        && p.text.trim_end().ends_with(':')
        && p.words() >= NARRATION_WORDS
        && p.label().is_none()
        // ("Bạn đọc Nguyễn Văn A (Hà Nội) hỏi:" hands over to a reader's question)
        && !p.key_starts(|l| l.interviewer_labels)
        // ("Bác sĩ Lê Minh Châu trả lời:" is a live exchange's label)
        && super::name::leading_name(&p.text).is_none()
        && lang::contains_word(|l| l.speech_tags, &to_lowercase(&p.text))
}

/// A narrator's clause has this many words at least ("Ông Hải trả lời:" is a label).
const NARRATION_WORDS: usize = 5;

/// A dialogue tag after a line of speech, inside the dash line: "…tiếc rẻ. - Giọng người
/// đàn ông…", "Anh đi đâu? - tôi hỏi."; or, where the line was cut at its dashes (a
/// flattened body's turns are), the tag on its own, short.
fn tags_speech(p: &Para) -> bool {
    let text = p.text.as_str();
    let alone = p.words() <= TAG_ALONE && !p.asks();
    if alone && is_tag(text.trim_start_matches(['-', '–', '—'])) {
        return true;
    }
    // (the dashes found with memchr: "-", and the lead byte of "–" and "—")
    let dashes = memchr::memchr2_iter(b'-', 0xE2, text.as_bytes()).skip_while(|&i| i == 0);
    for at in dashes.filter(|&i| text[i..].starts_with(['-', '–', '—'])) {
        let spoke = text[..at].trim_end().ends_with(['.', '?', '!', '…', ',']);
        if spoke && is_tag(text[at..].trim_start_matches(['-', '–', '—'])) {
            return true;
        }
    }
    false
}

/// A dialogue tag opens lowercase with a verb of speaking among its first words ("tôi
/// hỏi", "cô nói khẽ"), or names the voice ("Giọng người đàn ông…"); a turn glued after
/// another opens with a capital and speaks ("Tôi nói thật…").
fn is_tag(after: &str) -> bool {
    if !after.starts_with(' ') {
        return false;
    }
    let tag = to_lowercase(&after.split_whitespace().take(TAG_WORDS).collect::<Vec<_>>().join(" "));
    let opens_lower = after.trim_start().chars().next().is_some_and(char::is_lowercase);
    (opens_lower && lang::contains_word(|l| l.speech_tags, &tag)) || lang::starts(|l| l.speech_tags, &tag)
}

/// A tag cut off on its own is a short sentence.
const TAG_ALONE: usize = 10;

/// A dialogue tag names its verb within this many words ("- cô nói khẽ").
const TAG_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrator_s_hand_in_the_dialogue_is_told_from_an_interview_s_turns() {
        let tags = |t: &str| tags_speech(&Para::new(t));
        assert!(tags("- Chà chà... chết thật... - Giọng người đàn ông có vẻ tiếc rẻ. - Chị cứ"));
        assert!(tags("- Anh đi đâu? - tôi hỏi."));
        assert!(tags("- Giọng người đàn ông có vẻ tiếc rẻ."));
        // a turn glued after a question, in a flattened body
        assert!(!tags("- Ông nghĩ sao? - Tôi nói thật là tôi chưa nghĩ tới."));
        assert!(!tags("- Sản lượng năm nay - theo ông - có tăng không?"));
        assert!(!tags("- Tôi nói thật là tôi chưa nghĩ tới."));
        assert!(!tags("- Giọng hát của chị có gì thay đổi?"));
        let intro = Para::new("Tôi dọn giọng trả lời rất nhũn nhặn:");
        assert!(introduces_speech(&intro));
        assert!(!introduces_speech(&Para::new("Bác sĩ Lê Minh Châu trả lời:")));
        assert!(!introduces_speech(&Para::new("Ông cho biết thêm về các điều kiện sau:")));
    }
}
