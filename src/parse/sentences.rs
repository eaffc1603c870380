//! One-line bodies: a crawler that flattened an article glued its paragraphs, subheads
//! and turns into one long line. Such a line is cut into sentences, so that turns can open
//! where a sentence does; the sentences that stay in one turn are joined again.

use super::{lang, name, para};
use crate::text::chars::to_lowercase;
use crate::text::fold::fold_key;

/// A line at least this long, with at least [`FLAT_SENTENCES`] sentences, is a flattened
/// body, not a paragraph (the longest paragraphs of real articles are about half of it).
const FLAT_BYTES: usize = 2000;
const FLAT_SENTENCES: usize = 12;
/// So is a shorter line that holds most of its text (an article cut short, or a short one),
/// with a few sentences at least.
const MOST_OF_TEXT: usize = 60;
const FEW_SENTENCES: usize = 5;
const SHORT_BODY: usize = 500;
/// An opening quote that has not closed within this many bytes was never closed.
const QUOTE_SPAN: usize = 600;
/// A text of at least this many lines, this share of them (%) one sentence each, at most
/// this many words a line on average, is written a sentence per line.
const ONE_PER_LINE_LINES: usize = 10;
const ONE_PER_LINE_SHARE: usize = 85;
const ONE_PER_LINE_WORDS: usize = 18;

/// True when the line is a whole body flattened into one line (`total`: the bytes of the
/// whole text).
pub fn is_flattened(line: &str, total: usize) -> bool {
    let most = line.len() >= SHORT_BODY && line.len() * 100 >= total * MOST_OF_TEXT;
    let (long, sentences) = match line.len() >= FLAT_BYTES {
        true => (true, FLAT_SENTENCES),
        false => (most, FEW_SENTENCES),
    };
    long && ends(line, false).nth(sentences - 1).is_some()
}

/// The line's sentences, trimmed, in order; together they hold every word of the line.
///
/// ```
/// use phongvan::parse::sentences::split;
/// let s = split("Anh nghĩ sao? Tôi nghĩ TS. Lan đúng. “Ai đi? Tôi.” Hết.");
/// assert_eq!(s, ["Anh nghĩ sao?", "Tôi nghĩ TS. Lan đúng.", "“Ai đi? Tôi.”", "Hết."]);
/// ```
pub fn split(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for at in ends(line, true) {
        out.push(line[start..at].trim());
        start = at;
    }
    out.push(line[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Where the questions that close a paragraph begin, when statements come before them:
/// "Tôi viết từ năm 17 tuổi. Điều gì khiến ông theo đuổi nghề viết?" → the offset of
/// "Điều". `None` for a paragraph that does not close on a question, or only asks.
///
/// ```
/// use phongvan::parse::sentences::trailing_question;
/// let p = "Tôi viết từ năm 17 tuổi. Điều gì khiến ông theo đuổi nghề?";
/// assert_eq!(trailing_question(p).map(|at| &p[at..]), Some(" Điều gì khiến ông theo đuổi nghề?"));
/// assert_eq!(trailing_question("Ông nghĩ sao? Vì sao?"), None);
/// ```
pub fn trailing_question(text: &str) -> Option<usize> {
    if !super::para::asks(text) {
        return None;
    }
    // the last boundary before which a sentence does not ask
    ends(text, false)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find(|&b| !super::para::asks(text[..b].trim_end()))
}

/// True when most lines hold one sentence each: a text written a sentence per line, whose
/// paragraphs (and turns) are not its lines.
pub fn one_per_line<'a>(lines: impl ExactSizeIterator<Item = &'a str> + Clone) -> bool {
    let n = lines.len();
    if n < ONE_PER_LINE_LINES {
        return false;
    }
    // (both counts only grow: each is read until it is too many, the cheap one first; most
    // texts are told apart by their first lines)
    let mut words = 0;
    let too_many_words = lines.clone().any(|line| {
        words += para::word_count(line);
        words > n * ONE_PER_LINE_WORDS
    });
    let mut other = 0;
    !too_many_words
        && !lines.into_iter().any(|line| {
            other += usize::from(!ends_like_sentence(line) || ends(line, false).next().is_some());
            other * 100 > n * (100 - ONE_PER_LINE_SHARE)
        })
}

/// Ends with a stop (and maybe closing quotes).
fn ends_like_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '»', ')', ' ']).ends_with(['.', '?', '!', '…'])
}

/// Byte offsets where a sentence ends and the next begins (after its stop and any closing
/// quotes): a stop outside quotes, after a word that is not an abbreviation, before a
/// capital, a digit or an opening quote.
fn ends(line: &str, headings: bool) -> impl Iterator<Item = usize> + '_ {
    let mut chars = line.char_indices().peekable();
    let mut quote_open: Option<usize> = None;
    std::iter::from_fn(move || {
        while let Some((at, c)) = chars.next() {
            match c {
                '“' | '«' => quote_open = Some(at),
                '”' | '»' => quote_open = None,
                '"' => quote_open = if quote_open.is_some() { None } else { Some(at) },
                _ => {}
            }
            if quote_open.is_some_and(|q| at - q > QUOTE_SPAN) {
                quote_open = None;
            }
            if headings && c == ' ' && quote_open.is_none() && heading_glued(&line[..at], &line[at..]) {
                return Some(at);
            }
            if !matches!(c, '.' | '?' | '!' | '…') || !ends_a_sentence(&line[..at], c) {
                continue;
            }
            // closing quotes and brackets belong to the sentence they close
            let mut end = at + c.len_utf8();
            while let Some(&(i, q)) = chars.peek() {
                if !matches!(q, '”' | '"' | '’' | '»' | ')' | '.' | '?' | '!' | '…') {
                    break;
                }
                if matches!(q, '”' | '"' | '»') {
                    quote_open = None;
                }
                end = i + q.len_utf8();
                chars.next();
            }
            if quote_open.is_none() && opens_a_sentence(&line[end..]) {
                return Some(end);
            }
        }
        None
    })
}

/// The text before a stop ends a sentence's word: not an initial ("N."), a title ("TS.",
/// "PGS.", "Th.S") or a number's dot ("1.000").
fn ends_a_sentence(before: &str, stop: char) -> bool {
    if stop != '.' {
        return true;
    }
    let word = before.rsplit([' ', '(']).next().unwrap_or(before);
    let last = word.rsplit('.').next().unwrap_or(word);
    let letters = last.chars().count();
    if letters == 0 || last.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let initial = letters == 1 && last.chars().all(char::is_uppercase);
    // titles written short and in capitals ("TS", "PGS", "ThS"); "em", "bà" end sentences
    let short_title =
        |w: &str| w.chars().count() <= 6 && w.chars().any(char::is_uppercase) && name::title_len(&[w]) == 1;
    !initial && !short_title(word) && !short_title(last)
}

/// A subhead or caption glued to the sentence after it, with no stop between: a lowercase
/// word, then a capitalised word that only opens sentences ("…giải pháp tối ưu Khi sự việc
/// xảy ra…", "…giáo viên mầm non Sau các sự việc…"), then a lowercase one. A name or an
/// organisation capitalised mid-sentence ("nước Anh", "Cục Điều tiết") does not cut.
fn heading_glued(before: &str, rest: &str) -> bool {
    // (asked at every space of a flattened body: the word after is weighed first, and most
    // words are no capitalised opener)
    let mut words = rest.split_whitespace();
    let Some(word) = words.next().map(|w| w.trim_end_matches(',')) else { return false };
    let capitalised =
        word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase);
    // (the word after is lowercase, and no "ấy": "nói với Anh ấy" speaks of him)
    let after = words.next().unwrap_or_default();
    if !capitalised || !after.starts_with(char::is_lowercase) || after.starts_with("ấy") {
        return false;
    }
    let lower = to_lowercase(word);
    let pronoun = lang::is(|l| l.second_person_strict, &lower);
    if !pronoun && !lang::is(|l| l.sentence_openers, &lower) {
        return false;
    }
    // the word before is lowercase, and no honorific ("anh Hai", "chú Ba" are names), nor,
    // before a pronoun, a country's noun ("tiếng Anh", "nước Anh"); or it ends a photo's
    // credit ("…Ảnh: Đ.H Xin ông cho biết…")
    let prev = before.rsplit(' ').next().unwrap_or_default();
    let lower_word =
        prev.chars().all(char::is_lowercase) && prev.chars().next_back().is_some_and(char::is_lowercase);
    // (nor the noun before a work's title, which Vietnamese writes in sentence case: "cuốn
    // sách Những người khốn khổ", "ca khúc Một đời người")
    let country = pronoun && lang::is(|l| l.country_nouns, prev);
    let work = lang::is(|l| l.work_nouns, prev);
    (lower_word && !country && !work && !lang::is(|l| l.honorifics, &fold_key(prev))) || ends_credit(before)
}

/// The text ends with a photo's credit: "Ảnh: Đ.H", a cue and a few words.
fn ends_credit(before: &str) -> bool {
    // (only the last bytes are read: this is asked at many words of a long line)
    let window = crate::text::tail(before, CREDIT_BYTES);
    let Some((head, tail)) = window.rsplit_once(": ") else { return false };
    let cue = head.rsplit(' ').next().unwrap_or_default();
    tail.split(' ').count() <= CREDIT_WORDS && lang::is(|l| l.caption_credits, &format!("{}:", fold_key(cue)))
}

/// How far back a photo's credit is looked for (bytes).
const CREDIT_BYTES: usize = 80;

/// How many words a photo's credit has at most ("Ảnh: Nguyễn Văn A").
const CREDIT_WORDS: usize = 4;

/// What follows a stop opens a sentence: a space, then a capital, digit, quote or dash; or,
/// glued to the stop, a capitalised word ("…thế nào?Đại tá…"), not an abbreviation in
/// capitals, which the dot is part of ("TP.HCM", "VOV.VN", "T.Ư").
fn opens_a_sentence(rest: &str) -> bool {
    let word: &str = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let glued = rest.chars().next().is_some_and(char::is_uppercase) && !word.chars().all(char::is_uppercase);
    let spaced = rest.strip_prefix(' ').map(str::trim_start).and_then(|r| r.chars().next());
    glued
        || spaced.is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '«' | '(' | '-' | '–')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_of_many_sentences_is_flattened_and_a_paragraph_is_not() {
        let sentence = "Đây là một câu văn bình thường trong bài báo của chúng tôi hôm nay. ";
        let flat = |line: &str, total: usize| is_flattened(line, total);
        assert!(flat(&sentence.repeat(40), 100_000));
        assert!(!flat(&sentence.repeat(8), 10_000));
        assert!(!flat(&"chữ ".repeat(1000), 4000));
        // most of a short text
        assert!(flat(&sentence.repeat(8), 800));
        assert!(!flat(&sentence.repeat(3), 300));
    }

    #[test]
    fn sentences_keep_every_word() {
        let line = "Ông A nói: “Tôi đi. Anh về.” Rồi ông đi. 3 người ở lại… Vì sao?Bởi trời mưa.";
        let s = split(line);
        assert_eq!(
            s,
            ["Ông A nói: “Tôi đi. Anh về.”", "Rồi ông đi.", "3 người ở lại…", "Vì sao?", "Bởi trời mưa."]
        );
        let words: Vec<&str> = s.iter().flat_map(|s| s.split_whitespace()).collect();
        assert_eq!(words.join(""), line.split_whitespace().collect::<String>());
    }

    #[test]
    fn abbreviations_in_capitals_keep_their_dots() {
        for glued in ["Trường CĐ Sư phạm T.Ư - TP.HCM cho biết", "theo VOV.VN hôm nay"] {
            assert_eq!(ends(glued, true).count(), 0, "{glued}");
        }
        assert_eq!(ends("Kết quả tốt nhất.Đặc biệt là năm nay", true).count(), 1);
    }

    #[test]
    fn titles_initials_and_numbers_do_not_end_sentences() {
        assert_eq!(
            split("PGS.TS. Lê Văn B nói. Giá 1.000 đồng. Ông N. Hùng đến."),
            ["PGS.TS. Lê Văn B nói.", "Giá 1.000 đồng.", "Ông N. Hùng đến."]
        );
    }

    #[test]
    fn a_subhead_glued_to_its_sentence_is_cut_before_a_word_that_only_opens_sentences() {
        assert_eq!(
            split("Đuổi việc chưa phải là cách tốt nhất Khi sự việc xảy ra, nhiều trường cho nghỉ."),
            ["Đuổi việc chưa phải là cách tốt nhất", "Khi sự việc xảy ra, nhiều trường cho nghỉ."]
        );
        assert_eq!(
            split("Cần nâng lương  Theo ông, nên làm gì?"),
            ["Cần nâng lương", "Theo ông, nên làm gì?"]
        );
        assert_eq!(
            split("Từ khi về nhà mới Anh là ca sĩ phải không?"),
            ["Từ khi về nhà mới", "Anh là ca sĩ phải không?"]
        );
        assert_eq!(
            split("Đội tuyển tập luyện. Ảnh: Đ.H Xin ông cho biết?"),
            ["Đội tuyển tập luyện.", "Ảnh: Đ.H", "Xin ông cho biết?"]
        );
        // names, organisations and works capitalised mid-line cut nothing
        let whole = [
            "Tôi học tiếng Anh từ nhỏ",
            "Cục Điều tiết điện lực cho biết",
            "báo Theo Em đẹp",
            "gặp anh Hai ở chợ",
            "sang nước Anh du học",
            "Tôi đã đọc cuốn sách Những người khốn khổ từ nhỏ",
            "bài hát Một đời người rất hay",
            "tôi đã nói với Anh ấy rồi",
        ];
        for line in whole {
            assert_eq!(split(line).len(), 1, "{line}");
        }
        // and only a flattened body is cut so: a paragraph's question keeps its head
        let question = "Tôi rất thích bài hát Những ngày xưa, nhưng Khi nào chị viết nó?";
        assert_eq!(trailing_question(question), None);
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_rest() {
        let line = format!("Anh nói “{} Câu sau. Câu cuối.", "chữ ".repeat(200));
        assert_eq!(split(&line).len(), 2);
    }
}
