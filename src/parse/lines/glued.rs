//! Lines that hold several turns, glued by a crawler or a careless paste: where a new turn
//! opens inside them, after a sentence's end or before an interviewer's label.

use crate::parse::lang;
use crate::parse::para::{self, Marker};
use crate::text::fold::fold_key;

/// Lines that hold several turns are split before each turn marker inside them: after the
/// end of a sentence ("… bền vững. Ông Tuấn: Theo tôi…", "…? - Theo tôi…"), or anywhere
/// before an interviewer's table label ("… Ảnh: Ngọc Trâm PV: Thưa ông…").
pub fn split_glued(line: &str) -> Vec<String> {
    if line.len() < 40 || !may_hold_turns(line.as_bytes()) {
        return vec![line.to_owned()];
    }
    let mut out = Vec::new();
    let mut start = 0;
    let colons: Vec<usize> = para::colons(line.as_bytes()).collect();
    // (the cut points come in order: the next colon is found by walking on)
    let mut colon = 0;
    let mut colon_near = |at: usize| {
        while colons.get(colon).is_some_and(|&c| c < at) {
            colon += 1;
        }
        colons.get(colon).is_some_and(|&c| c - at <= REACH)
    };
    for (cut, next) in cut_points(line, &colons) {
        let rest = &line[next..];
        if !colon_near(next) && !opens_with_bullet_or_q(rest) {
            continue;
        }
        let before = line[start..cut].trim_end();
        let end = match before.chars().next_back() {
            Some('.' | '?' | '!' | '…' | '"' | '”') => End::Sentence,
            // two spaces before a dash and a capital: where a crawler joined two blocks
            // ("…Đủ hấp dẫn để Mỹ trở lại  - Thủ tướng…", a subhead, then a turn)
            _ if line[..cut].ends_with(" ") && dash_before_capital(rest) => End::Sentence,
            Some(c) if c.is_alphanumeric() => End::Word,
            _ => End::Other,
        };
        if cut > start && opens_turn(rest, end) {
            out.push(line[start..cut].trim().to_owned());
            start = next;
        }
    }
    out.push(line[start..].trim().to_owned());
    out.retain(|p| !p.is_empty());
    out
}

/// True when the line holds a colon or a dash ("-", "–"), which every glued turn needs
/// (read off the bytes with memchr: this is asked of every line).
fn may_hold_turns(b: &[u8]) -> bool {
    memchr::memchr2(b':', b'-', b).is_some() || memchr::memmem::find(b, "–".as_bytes()).is_some()
}

/// True when the text opens with "-", "–", "Q", "A", "*", "•", "+" or "." (read off the
/// bytes: this is asked at every space of a long line).
fn opens_with_bullet_or_q(text: &str) -> bool {
    matches!(text.as_bytes(), [b'-' | b'Q' | b'A' | b'*' | b'+' | b'.', ..] | [0xe2, 0x80, 0x93 | 0xa2, ..])
}

/// A label's colon comes within 80 characters (320 bytes) of where its turn starts.
const REACH: usize = 320;

/// The bytes that may cut: a space, or a sentence's end glued to the next word.
const STOPS: [bool; 256] = table(b" .?!");

const fn table(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// Where a line may be cut: at each space, and right after a sentence's end glued to the
/// next word ("…thế nào?Đại tá X: …"). Yields (end of the first part, start of the next).
/// Out of every colon's reach only a cut before a bullet, "Q" or "A" can open a turn:
/// there the bytes are skipped to the next such byte (most spaces of a long line are).
fn cut_points<'a>(line: &'a str, colons: &'a [usize]) -> impl Iterator<Item = (usize, usize)> + 'a {
    // (the characters that cut are ASCII: the bytes are read, not the characters)
    let bytes = line.as_bytes();
    let (mut at, mut colon) = (0, 0);
    let mut bullets = Bullets::new(bytes);
    std::iter::from_fn(move || {
        while at < bytes.len() {
            // the first colon after `at`, and where its reach begins
            while colons.get(colon).is_some_and(|&c| c <= at) {
                colon += 1;
            }
            let reach = colons.get(colon).map_or(bytes.len(), |&c| c.saturating_sub(REACH + 1));
            if at < reach {
                at = bullets.skip(at, reach);
                if at >= reach {
                    continue;
                }
            }
            let b = bytes[at];
            at += 1;
            if let Some(cut) = STOPS[usize::from(b)].then(|| cut_at(line, at)).flatten() {
                return Some(cut);
            }
        }
        None
    })
}

/// The bytes a turn opens with where no colon is near: a bullet's first byte ("-", "*",
/// "+", ".", the lead byte of "–" and "•"), or "Q" and "A", found with memchr in three
/// groups, each a match ahead (most bytes of a long line are none of them).
struct Bullets<'a> {
    bytes: &'a [u8],
    /// For each group, where its next match is (from where it was last looked for), or
    /// the end.
    next: [usize; 3],
}

impl<'a> Bullets<'a> {
    fn new(bytes: &'a [u8]) -> Bullets<'a> {
        let mut b = Bullets { bytes, next: [0; 3] };
        for group in 0..3 {
            b.next[group] = b.find(group, 0);
        }
        b
    }

    fn find(&self, group: usize, from: usize) -> usize {
        let rest = &self.bytes[from.min(self.bytes.len())..];
        let at = match group {
            0 => memchr::memchr3(b'-', b'.', 0xe2, rest),
            1 => memchr::memchr3(b'*', b'+', b'Q', rest),
            _ => memchr::memchr(b'A', rest),
        };
        at.map_or(self.bytes.len(), |i| from + i)
    }

    /// The first bullet byte from `from` on, or the end.
    fn next_from(&mut self, from: usize) -> usize {
        for group in 0..3 {
            if self.next[group] < from {
                self.next[group] = self.find(group, from);
            }
        }
        self.next.into_iter().min().unwrap_or(self.bytes.len())
    }

    /// The first byte from `at` (before `end`) that is a stop before a bullet's byte, else
    /// `end`.
    fn skip(&mut self, at: usize, end: usize) -> usize {
        let last = (end + 1).min(self.bytes.len());
        let mut from = at + 1;
        loop {
            let bullet = self.next_from(from);
            if bullet >= last {
                return end;
            }
            if STOPS[usize::from(self.bytes[bullet - 1])] {
                return bullet - 1;
            }
            from = bullet + 1;
        }
    }
}

/// The cut at the stop before `at`: a space cuts, a sentence's end only when glued to
/// the next word ("…thế nào?Đại tá X: …", "…không?- Tôi…").
fn cut_at(line: &str, at: usize) -> Option<(usize, usize)> {
    let c = char::from(line.as_bytes()[at - 1]);
    if c == ' ' {
        return Some((at - 1, at));
    }
    let glued =
        line[at..].chars().next().is_some_and(|n| n.is_uppercase() || (c == '?' && matches!(n, '-' | '–')))
            && ends_a_word(&line[..at - 1]);
    glued.then_some((at, at))
}

/// The text before a glued stop ends a sentence's word, not an abbreviation such as "PGS"
/// in "PGS.TS", "Th" in "Th.S" or "ThS" in "ThS.BS": a lower-case word ("họ"), or a longer
/// one not in capitals.
fn ends_a_word(before: &str) -> bool {
    let word: String = before.chars().rev().take_while(|c| c.is_alphanumeric()).collect();
    let word: String = word.chars().rev().collect();
    let lower = word.chars().all(|c| !c.is_uppercase());
    // (nor a title written short: "ThS" in "ThS.BS. Trần Thu Hà")
    let title = !lower && crate::parse::name::title_len(&[&word]) == 1;
    !word.is_empty()
        && !title
        && (lower || (word.chars().count() >= 3 && word.chars().any(char::is_lowercase)))
}

/// How the text before a cut point ends.
#[derive(Clone, Copy, PartialEq)]
enum End {
    Sentence,
    Word,
    Other,
}

/// True when the text opens a turn: a strong speaker label, or (after a sentence) a dash.
fn opens_turn(text: &str, before: End) -> bool {
    let sentence_end = before == End::Sentence;
    let dash = is_bullet(text);
    if !dash && !text.starts_with(char::is_uppercase) {
        return false;
    }
    let end = text.char_indices().nth(80).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    // a label needs its colon near (within 70 characters); a turn without one, its dash,
    // and mid-sentence its star ("kinh tế - xã hội" opens nothing)
    let colon = head.contains([':', '：']);
    if !dash && !colon && !head.starts_with(['Q', 'A']) {
        return false;
    }
    if dash && !colon && !sentence_end && !dash_opens_mid_line(text) {
        return false;
    }
    // (what `Para::new(head)` would mark, without building the paragraph)
    let head = para::collapse(head);
    // mid-sentence only a table label opens a turn: a label of more words than any of
    // them is not weighed (most cut points are capitalised words before a colon)
    let too_long = |(label, _): (&str, usize)| label.split_whitespace().nth(table_label_words()).is_some();
    if !dash && !sentence_end && para::label_candidate(&head).is_none_or(too_long) {
        return false;
    }
    let marker = para::marker(&head);
    match (&marker, label_of(&head, &marker)) {
        (Marker::Label { .. }, Some(label)) => label_opens(label, sentence_end),
        (Marker::Dash, _) => dash && (sentence_end || before == End::Word && dash_opens_mid_line(text)),
        _ => false,
    }
}

/// A label glued in a line opens a turn: the table's labels ("PV:", "Hỏi:", "Trả lời:")
/// anywhere, but a single letter only after a sentence ("Nhà báo Trần Văn A:" is a name);
/// other strong labels only after a sentence.
fn label_opens(label: &str, sentence_end: bool) -> bool {
    let key = fold_key(label);
    (lang::is_table_label(&key) && (sentence_end || key.chars().count() > 1))
        || (sentence_end && label_is_strong(label))
}

/// A dash that opens a turn after a word, with no stop before it: a star or dot bullet,
/// or a dash question answered by the next dash.
fn dash_opens_mid_line(text: &str) -> bool {
    star_opens_sentence(text) || asked_then_dash(text)
}

/// The most words a table label has ("phong vien", "tra loi").
fn table_label_words() -> usize {
    static WORDS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *WORDS.get_or_init(|| {
        let labels = lang::all(|l| l.interviewer_labels).chain(lang::all(|l| l.answer_labels));
        labels.map(|e| e.split_whitespace().count()).max().unwrap_or(0)
    })
}

/// The label a marker holds in its text.
fn label_of<'a>(text: &'a str, marker: &Marker) -> Option<&'a str> {
    match marker {
        Marker::Label { label: (start, end), .. } => text.get(*start..*end),
        _ => None,
    }
}

/// A star or a dot bullet before a capital: no hyphen of prose or footnote mark, it opens
/// a turn even after a heading glued on without a stop ("… chuyên nghiệp * Khi bolero…").
fn star_opens_sentence(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some('*' | '•'), Some(' ')))
        && chars.next().is_some_and(char::is_uppercase)
}

/// A dash turn that asks in one sentence and is answered by the next dash, after a
/// caption glued on without a stop ("…gia đình thôi - Thời gian qua…, vậy câu chuyện thực
/// hư là sao nhỉ? - Do bị thêu dệt…"); a hyphen in prose is not followed by such a question.
fn asked_then_dash(text: &str) -> bool {
    // ("mẹ của Phương Nga - bà Hồ Mai Phương? - Một ngày…" is a hyphen before a name)
    if !dash_before_capital(text) {
        return false;
    }
    let head = crate::text::head(text, QUESTION_SPAN);
    let asked = head.find("? - ").or_else(|| head.find("? – "));
    // (within one sentence: "Hồ Văn Cường... thế có bao giờ…?" is one)
    let sentence_ends =
        |q: usize| head[..q].match_indices(". ").any(|(i, _)| !head[i + 2..].starts_with(char::is_lowercase));
    asked.is_some_and(|q| !sentence_ends(q))
}

/// How far a dash turn's question may run before its "?".
const QUESTION_SPAN: usize = 600;

/// "- " or "– " before a capital.
fn dash_before_capital(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some('-' | '–'), Some(' ')))
        && chars.next().is_some_and(char::is_uppercase)
}

/// A turn's bullet and its space: "- ", "– ", "* ", "• ", "+ ", or ". " before a capital.
fn is_bullet(text: &str) -> bool {
    let mut chars = text.chars();
    let (bullet, space, next) = (chars.next(), chars.next(), chars.next());
    match (bullet, space) {
        (Some('.'), Some(' ')) => next.is_some_and(char::is_uppercase),
        // (no turn opens in lowercase: "“…” - ông nói." credits a quote)
        (Some('-' | '–' | '*' | '•' | '+'), Some(' ')) => !next.is_some_and(char::is_lowercase),
        _ => false,
    }
}

/// Labels trusted mid-line: table labels and titled names, not any capitalised words.
fn label_is_strong(label: &str) -> bool {
    lang::is_table_label(&fold_key(label))
        || crate::parse::name::person_label(label).is_some_and(|(title, _)| title.is_some())
        || para::is_caps(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every space and every glued stop, as the line is read a byte at a time.
    fn every_cut_point(line: &str) -> Vec<(usize, usize)> {
        (1..=line.len())
            .filter(|&at| STOPS[usize::from(line.as_bytes()[at - 1])])
            .filter_map(|at| cut_at(line, at))
            .collect()
    }

    #[test]
    fn skipping_out_of_a_colon_s_reach_keeps_every_cut_point_that_may_open_a_turn() {
        let seed = include_str!("../../../data/hanoimoi-2023-thanh-xuan.txt");
        let long = seed.lines().max_by_key(|l| l.len()).expect("the seed has lines");
        let lines = [
            format!("{long} PV: Thưa ông? {long}"),
            format!("{long}?- Tôi nghĩ {long}.Ông A: {long} – B * C • D + E . F Q: x A: y"),
            format!("PV:{long}:{long}"),
            long.replace(' ', "  "),
        ];
        for line in lines.iter().map(String::as_str).chain(seed.lines()) {
            let colons: Vec<usize> = para::colons(line.as_bytes()).collect();
            let near = |next: usize| colons.iter().any(|&c| c >= next && c - next <= REACH);
            let weighed = |&(_, next): &(usize, usize)| near(next) || opens_with_bullet_or_q(&line[next..]);
            let fast: Vec<_> = cut_points(line, &colons).filter(weighed).collect();
            let slow: Vec<_> = every_cut_point(line).into_iter().filter(weighed).collect();
            assert_eq!(fast, slow, "{line}");
        }
    }
}
