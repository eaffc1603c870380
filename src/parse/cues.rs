//! Predicates over one paragraph: chrome, footer, byline, date line, caption, thanks, cues.

use super::lang::{self, has_phrase, starts_word};
use super::para::Para;
use super::{date, name};
use crate::text::chars::to_lowercase;
use crate::text::fold::fold_key;

mod quotes;
pub use quotes::PullQuotes;

/// Menu rows, login links, widgets, separators, links and image names (asked of every
/// paragraph many times: worked out once).
pub fn is_chrome(p: &Para) -> bool {
    *p.chrome.get_or_init(|| chrome(p))
}

fn chrome(p: &Para) -> bool {
    if p.words() > 40 {
        // running text, or a long menu row (read off the text: its key is not needed)
        return is_separator_or_link(&p.text) || p.row_of_items;
    }
    let key = p.key().trim();
    // (an item of a related links' row: "Sẵn sàng cho Hội nghị … | |")
    if is_separator_or_link(key) || key.ends_with('|') {
        return true;
    }
    if [".jpg", ".jpeg", ".png", ".gif", ".webp"].iter().any(|e| key.ends_with(e)) && p.words() <= 2 {
        return true;
    }
    if is_page_numbers(key) || is_breadcrumb(p) || is_clock(p) {
        return true;
    }
    // menus and share bars do not end in a full stop: running text need not be weighed
    let sentence = p.words() >= 6 && p.ends_sentence_strictly() && p.text.contains(", ");
    if p.row_of_items {
        return true;
    }
    let share = if sentence { 0.0 } else { chrome_share(key) };
    share >= 0.75 || (share >= 0.25 && is_title_case_run(p)) || is_widget(p)
}

/// Separators ("-----", "***", "|") and links ("http://…", "www.…"), in any case.
fn is_separator_or_link(text: &str) -> bool {
    let opens = |prefix: &str| text.get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix));
    !text.chars().any(char::is_alphanumeric) || ["http://", "https://", "www."].into_iter().any(opens)
}

/// Share bars, player controls, "read more" links, tag lists, reading times.
fn is_widget(p: &Para) -> bool {
    p.words() <= 25 && p.key_starts(|l| l.widgets)
        || p.words() <= 40 && p.key_starts(|l| l.closing_notes)
        || p.words() <= 4 && lang::all(|l| l.widget_endings).any(|e| p.key().ends_with(e))
}

/// A run of capitalised section names with no punctuation, as in a menu.
fn is_title_case_run(p: &Para) -> bool {
    let words: Vec<&str> = p.text.split_whitespace().collect();
    let caps = words.iter().filter(|w| name::is_capitalised(w)).count();
    words.len() >= 5 && caps * 100 >= words.len() * 35 && !p.text.contains(['.', ',', '?', '!', ':', ';'])
}

/// A line that is only a clock: "10:05", "10:15 AM".
pub fn is_clock(p: &Para) -> bool {
    let k = p.key().trim_end_matches(" am").trim_end_matches(" pm");
    let (h, m) = k.split_once(':').unwrap_or(("", ""));
    (1..=2).contains(&h.len()) && m.len() == 2 && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
}

/// "Giáo dục > Tuyển sinh", "Home » World": a short path of section names.
fn is_breadcrumb(p: &Para) -> bool {
    p.words() <= 10 && [" > ", " » ", " / ", " › "].iter().any(|s| p.text.contains(s)) && !p.ends_sentence()
}

/// "1 2 3 4 Tiếp", "Trang 1/3", "< 1 2 >": pagination.
fn is_page_numbers(key: &str) -> bool {
    let words: Vec<&str> = key.split_whitespace().collect();
    let numbers =
        words.iter().filter(|w| w.chars().all(|c| c.is_ascii_digit() || "/<>»«".contains(c))).count();
    numbers >= 2 && numbers * 2 >= words.len() || is_page_of(&words)
}

/// A document viewer's "You are on page 1of 10", "Trang 2/5": page words and numbers.
fn is_page_of(words: &[&str]) -> bool {
    const FILLER: [&str; 9] = ["you", "are", "on", "page", "of", "trang", "tren", "/", ""];
    let groups = words.iter().flat_map(|w| w.split(|c: char| !c.is_ascii_digit())).filter(|g| !g.is_empty());
    let bare = |w: &&str| w.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
    words.len() <= 8
        && words.iter().any(|w| matches!(*w, "page" | "trang"))
        && groups.count() >= 2
        && words.iter().all(|w| FILLER.contains(&bare(w).as_str()))
}

/// Share of the line's words covered by chrome phrases (menus are runs of section names).
fn chrome_share(key: &str) -> f64 {
    let words: Vec<&str> =
        // (41 words are too many: the rest of a long line is not split)
        key.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '•' | '·' | '>' | '»' | ','))
            .filter(|w| !w.is_empty())
            .take(41)
            .collect();
    if words.is_empty() || words.len() > 40 {
        return 0.0;
    }
    let mut covered = 0;
    let mut i = 0;
    while i < words.len() {
        let longest = if lang::opens(|l| l.chrome, words[i]) { 3.min(words.len() - i) } else { 1 };
        let phrase = |n: usize| match n {
            1 => std::borrow::Cow::Borrowed(words[i]),
            _ => std::borrow::Cow::Owned(words[i..i + n].join(" ")),
        };
        let hit = (1..=longest).rev().find(|&n| lang::is(|l| l.chrome, &phrase(n)));
        let n = hit.unwrap_or(1);
        covered += if hit.is_some() { n } else { 0 };
        i += n;
    }
    covered as f64 / words.len() as f64
}

/// The line that opens a page footer: "Đừng bỏ lỡ", "Tin liên quan", "(0) Bình luận".
pub fn is_footer_marker(p: &Para) -> bool {
    let key = p.key().trim_start_matches(|c: char| c.is_ascii_digit() || "()[] ".contains(c));
    (p.words() <= 8 && !p.ends_sentence_strictly() && lang::starts(|l| l.footer_markers, key))
        || (p.words() <= 40 && p.key_starts(|l| l.closing_notes))
}

impl Para {
    /// Ends with "." "?" "!" (a colon or nothing does not count).
    pub fn ends_sentence_strictly(&self) -> bool {
        self.text.trim_end_matches(['"', '”', ')', ' ']).ends_with(['.', '?', '!', '…'])
    }
}

/// A byline: "Vũ Thủy thực hiện", "Bài và ảnh: Lê Hòa", "Theo Lê Hòa", "By Sarah Nguyen".
pub fn is_byline(p: &Para) -> bool {
    if p.words() > 14 || p.asks() {
        return false;
    }
    let key = p.key();
    let marked = lang::all(|l| l.byline_markers).any(|m| {
        let m = m.trim();
        if m.ends_with(':') || matches!(m, "theo" | "by") { starts_word(key, m) } else { has_phrase(key, m) }
    });
    marked && (author_of(p).is_some() || date_line(p).is_some())
}

/// A line of a credits block: "Ảnh: Quang Huy", "Thiết kế: Thanh Tùng", "Video: …" (a
/// credit word, a colon, then names).
pub fn is_credits_line(p: &Para) -> bool {
    let Some((head, names)) = p.text.split_once([':', '：']) else { return false };
    let names = names.trim().trim_end_matches('.');
    let named = !names.is_empty()
        && names.split([',', '-', '–', '&']).all(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            (1..=5).contains(&words.len()) && words.iter().all(|w| name::is_capitalised(w))
        });
    p.words() <= 14 && named && lang::is(|l| l.credits, &crate::text::fold::fold_key(head.trim()))
}

/// A section heading inside the body: a few words, no sentence, before a question (or
/// before the sentences that set one up).
pub fn is_subhead(p: &Para, next: Option<&Para>) -> bool {
    let bare_end = !p.text.trim_end().ends_with(['.', '?', '!', '…', ':', ';', '"', '”', '’', ')', ']', '»']);
    p.marker == super::para::Marker::None
        && (2..=10).contains(&p.words())
        && bare_end
        && !is_numbered(&p.text)
        && !super::turns::speaks_first_person(&p.text)
        && next.is_some_and(|n| {
            // (in a flattened body, a dash turn after it is a question's: "… năm năm  - Nhiều…")
            n.asks()
                || n.voice == super::para::Voice::Asks
                || (p.glued && n.marker == super::para::Marker::Dash)
        })
}

/// An e-mail address on its own line, as printed under an author's name.
pub fn is_email(p: &Para) -> bool {
    p.words() == 1 && p.text.contains('@') && p.text.contains('.') && !p.text.starts_with('@')
}

/// The author named in a byline.
pub fn author_of(p: &Para) -> Option<String> {
    let text = p.text.as_str();
    let lower = to_lowercase(text);
    let cut_markers = ["nguồn:", "thực hiện", "(thực hiện)", "ghi chép", "|", "–", " - ", "/"];
    let mut name = text;
    for lead in [
        "bài và ảnh:", "bài, ảnh:", "bài:", "thực hiện:", "nội dung:", "theo", "by", "interview by",
        "interviewed by", "words by", "reporting by",
    ] {
        if lower.starts_with(lead) && text.is_char_boundary(lead.len()) {
            name = text[lead.len()..].trim_start();
        }
    }
    let lower = to_lowercase(name);
    let end = cut_markers.iter().filter_map(|m| lower.find(m)).min().unwrap_or(name.len());
    let name = name.get(..end).unwrap_or(name).trim().trim_end_matches(['(', ',', '-']).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=5).contains(&words.len()) && words.iter().all(|w| name::is_capitalised(w));
    ok.then(|| name.to_owned())
}

/// A short line that carries a date: the date (and maybe a byline) is the point of the line.
pub fn date_line(p: &Para) -> Option<date::Found> {
    if p.words() > 16 {
        return None;
    }
    date::find(p.key())
}

/// The interviewer's closing thanks, not a question: a short turn that thanks and asks
/// nothing ("Trân trọng cảm ơn đồng chí!", "Ambassador Hartley, thank you.").
pub fn is_thanks(p: &Para, body: &str) -> bool {
    // (folded last: most turns are long, and say so first)
    !p.asks()
        && !body.contains('?')
        && body.split_whitespace().nth(40).is_none()
        && lang::contains_word(|l| l.thanks, &crate::text::fold::fold_key(body))
}

/// How strongly a turn reads as a question: ends with "?", addresses the interviewee,
/// does not speak as "tôi".
pub fn question_score(body: &str) -> i32 {
    // (the first six words lowercased: what lowercasing the whole body gives them)
    let end = body
        .split_whitespace()
        .take(6)
        .last()
        .map_or(0, |w| w.as_ptr() as usize - body.as_ptr() as usize + w.len());
    let lower = to_lowercase(&body[..end]);
    let head: String = lower.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    let mut score = if super::para::asks_spaced(body) { 2 } else { 0 };
    if lang::contains_word(|l| l.second_person, &head) {
        score += 1;
    }
    if lang::contains_word(|l| l.first_person, &head) {
        score -= 1;
    }
    score
}

/// A photo caption or credit: a credit cue, or a short line naming someone without speech.
pub fn is_caption(p: &Para) -> bool {
    if is_credit(p) {
        return true;
    }
    if p.words() > 35 || p.asks() || is_numbered(&p.text) || p.text.ends_with(':') {
        return false;
    }
    // (whether it speaks is asked last: it lowercases the whole paragraph)
    let speaks = || lang::contains_word(|l| l.first_person, &to_lowercase(&p.text));
    let named = || name::trailing_name(&p.text).is_some() || name::leading_name(&p.text).is_some();
    (named() || (!p.ends_sentence() && has_inner_capital(&p.text) && p.words() >= 3)) && !speaks()
}

/// "Ảnh: Minh Anh", "(Ảnh: TTXVN)", "Photo: Reuters".
pub fn is_credit(p: &Para) -> bool {
    // (a credit in brackets needs its bracket: a long paragraph without one is not folded)
    let bracketed = || {
        let key = p.key();
        key.contains("(anh:") || key.contains("(photo:") || key.ends_with("(anh)")
    };
    p.words() <= 25 && p.key_starts(|l| l.caption_credits) || may_credit_in_brackets(&p.text) && bracketed()
}

/// Whether the text may hold "(Ảnh: …)", "(Photo: …)" or end in "(ảnh)": a bracket before
/// a letter that folds to "a" or "p", or a closing bracket at the end (the key of a long
/// paragraph is folded only then).
fn may_credit_in_brackets(text: &str) -> bool {
    use unicode_normalization::char::is_combining_mark;
    let folds_to_a_or_p =
        |c: char| matches!(fold_key(c.encode_utf8(&mut [0; 4])).as_bytes(), [b'a' | b'p', ..]);
    text.ends_with(')')
        || text.match_indices('(').any(|(at, _)| {
            text[at + 1..].chars().find(|&c| !is_combining_mark(c)).is_some_and(folds_to_a_or_p)
        })
}

fn has_inner_capital(text: &str) -> bool {
    text.split_whitespace().skip(1).any(name::is_capitalised)
}

/// "1. …", "2) …", "II. …", "a) …": a numbered heading or list item.
pub fn is_numbered(text: &str) -> bool {
    let head: String = text.chars().take_while(|c| !c.is_whitespace()).collect();
    let stem = head.trim_end_matches(['.', ')', ':', '/']);
    head.len() > stem.len()
        && !stem.is_empty()
        && (stem.chars().all(|c| c.is_ascii_digit())
            || stem.chars().all(|c| "IVXLivxl".contains(c))
            || (stem.len() == 1 && stem.chars().all(|c| c.is_ascii_lowercase())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Para {
        Para::new(s)
    }

    #[test]
    fn chrome_lines() {
        assert!(is_chrome(&p("Thời sự Thế giới Kinh doanh Giải trí Thể thao")));
        assert!(is_chrome(&p("Đăng nhập | Đăng ký")));
        assert!(is_chrome(&p("-----")));
        assert!(is_chrome(&p("https://example.com/a.jpg")));
        assert!(!is_chrome(&p("Giáo dục đại học cần đổi mới")));
        assert!(is_chrome(&p("You are on page 1of 10")) && is_chrome(&p("Trang 2/5")));
        assert!(is_chrome(&p("Showing posts with label interview. Show all posts")));
        assert!(is_chrome(&p("Sẵn sàng cho Hội nghị Thượng đỉnh | |")));
        assert!(!is_chrome(&p("Trang 2 của tháng 5")) && !is_chrome(&p("Page Six, 2019")));
        // a long line is read off its text: a link or a separator in any case
        let words = " một".repeat(41);
        assert!(is_chrome(&p(&format!("HTTPS://example.com/{words}"))));
        assert!(is_chrome(&p(&"- ".repeat(45))));
        assert!(!is_chrome(&p(&format!("Http{words}"))));
    }

    #[test]
    fn a_credit_in_brackets_is_found_in_a_long_paragraph() {
        let words = " một".repeat(30);
        for credit in ["(Ảnh: TTXVN)", "(ảnh: Minh Anh)", "(Photo: Reuters)", "(A\u{301}nh: X)"] {
            assert!(is_credit(&p(&format!("Lễ khai mạc{words} {credit} và tiếp tục."))), "{credit}");
        }
        assert!(is_credit(&p(&format!("Lễ khai mạc{words} (ảnh)"))));
        for text in [format!("Lễ khai mạc{words} (HNM) và (Ảnh đẹp)."), format!("Lễ (ảnh) khai mạc{words}.")]
        {
            assert!(!is_credit(&p(&text)), "{text}");
        }
    }

    #[test]
    fn footers_and_bylines() {
        assert!(is_footer_marker(&p("(0) Bình luận")));
        assert!(is_footer_marker(&p("Đừng bỏ lỡ")));
        assert!(is_footer_marker(&p("Tin liên quan")));
        assert!(!is_footer_marker(&p("Xem thêm các chính sách mới của thành phố trong năm nay.")));
        assert!(is_byline(&p("Vũ Thủy Nguồn: thực hiện| 18/02/2023 06:52")));
        assert_eq!(author_of(&p("Vũ Thủy Nguồn: thực hiện| 18/02/2023 06:52")).as_deref(), Some("Vũ Thủy"));
        assert_eq!(author_of(&p("Hoàng Long (thực hiện)")).as_deref(), Some("Hoàng Long"));
        assert_eq!(author_of(&p("Bài và ảnh: Lê Hòa")).as_deref(), Some("Lê Hòa"));
        assert_eq!(author_of(&p("By Sarah Nguyen")).as_deref(), Some("Sarah Nguyen"));
        assert!(!is_byline(&p("Theo tôi, đây là vấn đề lớn.")));
    }

    #[test]
    fn thanks_and_question_cues() {
        let t = p("- Trân trọng cảm ơn đồng chí!");
        assert!(is_thanks(&t, t.body()));
        assert!(question_score("Xin đồng chí cho biết kết quả?") >= 3);
        assert!(question_score("Tôi cho rằng cần làm ngay.") < 0);
        let seed = include_str!("../../data/hanoimoi-2023-thanh-xuan.txt");
        let asked = ["Tôi hỏi?", "- Anh nghĩ sao?", "Sao?", "Vậy ư”", "Ông thấy thế nào? ”"];
        for para in seed.lines().chain(asked).map(p) {
            assert_eq!(para.reads_as_question(), para.question_score() >= 2, "{}", para.text);
        }
    }

    #[test]
    fn captions_and_numbered_headings() {
        assert!(is_caption(&p("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân Bùi Huyền Mai.")));
        assert!(is_caption(&p("Ảnh: Minh Anh")));
        assert!(!is_caption(&p("1. Về phát triển kinh tế")));
        assert!(is_numbered("II. Giáo dục"));
        assert!(!is_caption(&p("Tôi nghĩ rằng Hà Nội cần thêm thời gian")));
    }
}
