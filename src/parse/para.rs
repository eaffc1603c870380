//! Paragraphs and what marks them: a turn dash, a speaker label, or nothing.

use super::{lang, name};
use crate::markup::{Kind, Run};
use crate::text::fold::fold_key;

use std::borrow::Cow;

mod asker;
mod label;
mod spaces;

pub use asker::without as asker_free;
use label::is_credit_or_note;
pub use label::{is_caps, looks_like_label};
pub use spaces::{asks_spaced, collapse, words as word_count};

/// One paragraph of the article, with its folded key and turn marker.
#[derive(Debug, Clone)]
pub struct Para {
    /// The paragraph as printed (trimmed).
    pub text: String,
    /// `fold_key(text)`, for table lookups (folded when first asked: a long paragraph of
    /// running text often never is).
    key: std::cell::OnceCell<String>,
    pub marker: Marker,
    /// Laid out as a row of short items set apart by bars or wide gaps (a menu), as printed
    /// before spaces were collapsed.
    pub row_of_items: bool,
    /// What the markup made of it (a plain paragraph for text).
    pub kind: Kind,
    /// How much of it the markup sets in bold.
    pub strong: Run,
    /// Printed as web pages print questions (bold, before an answer); set by the parser.
    pub bold_question: bool,
    /// Whether it is page chrome, once asked (`cues::is_chrome`).
    pub chrome: std::cell::OnceCell<bool>,
    /// `cues::question_score` of its body, once asked.
    question: std::cell::OnceCell<i32>,
    /// How many words it has (asked of every paragraph everywhere: counted once).
    words: usize,
    /// A sentence of a flattened body that runs on from the paragraph before it.
    pub glued: bool,
    /// Set by the parser on glued sentences: a question the guest asks inside an answer
    /// (not the interviewer's), or a sentence that sets up the interviewer's next question.
    pub voice: Voice,
}

/// Whose a glued sentence is, as far as the parser could tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    #[default]
    Unknown,
    /// The guest's own question ("Vì sao? Vì…"): it continues the answer.
    Rhetorical,
    /// Opens the interviewer's question (its context, or the question itself).
    Asks,
}

/// How a paragraph opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marker {
    None,
    /// "- ", "– ", "— ": a turn in the dash convention.
    Dash,
    /// A lone "-" or "—" line: a separator between exchanges.
    Separator,
    /// "Label: text": a speaker label at `label` (a byte range of the text; kept as offsets,
    /// not a copy: an article may have a million of them); `body` is where the text starts.
    Label {
        label: (usize, usize),
        body: usize,
    },
}

impl Para {
    pub fn new(text: &str) -> Para {
        Para::from_text(Cow::Borrowed(text))
    }

    /// [`Para::new`] of a string the caller owns (kept as it is when already collapsed).
    pub fn owned(text: String) -> Para {
        Para::from_text(Cow::Owned(text))
    }

    fn from_text(text: Cow<str>) -> Para {
        let row_of_items = is_row_of_items(&text);
        // runs of spaces (left where controls were removed) collapse to one
        let text = spaces::collapse_owned(text);
        let words = if text.is_empty() { 0 } else { spaces::count(&text) + 1 };
        let marker = marker(&text);
        Para {
            words,
            text,
            key: std::cell::OnceCell::new(),
            marker,
            row_of_items,
            kind: Kind::Paragraph,
            strong: Run::None,
            bold_question: false,
            chrome: std::cell::OnceCell::new(),
            question: std::cell::OnceCell::new(),
            glued: false,
            voice: Voice::Unknown,
        }
    }

    /// A sentence cut from a flattened body, running on from the one before: never a marker
    /// (the line was already cut where its turns open).
    pub fn sentence(text: &str) -> Para {
        Para { marker: Marker::None, glued: true, ..Para::new(text) }
    }

    /// [`Para::sentence`] of a string the caller owns.
    pub fn sentence_owned(text: String) -> Para {
        Para { marker: Marker::None, glued: true, ..Para::owned(text) }
    }

    /// A paragraph with what its markup says. A bold run that ends in a colon is a speaker
    /// label even where the text alone would not say so ("**Berlanti:** I read…").
    pub fn marked(text: &str, kind: Kind, strong: Run) -> Para {
        let mut p = Para { kind, strong, bold_question: false, ..Para::new(text) };
        if let (Marker::None, Run::Lead(n)) = (&p.marker, strong)
            && let Some((label, body)) = bold_label(&p.text, n)
        {
            p.marker = Marker::Label { label, body };
        }
        p
    }

    /// True when a bold run covers the speaker label.
    pub fn label_in_bold(&self) -> bool {
        matches!((&self.marker, self.strong), (Marker::Label { body, .. }, Run::Lead(n)) if n + 2 >= *body)
    }

    /// Set wholly in bold, or a section heading: how web pages print their questions.
    pub fn is_bold(&self) -> bool {
        self.strong == Run::Whole || matches!(self.kind, Kind::Heading(2..))
    }

    /// The text without its marker.
    pub fn body(&self) -> &str {
        match &self.marker {
            Marker::Label { body, .. } => &self.text[*body..],
            Marker::Dash => strip_dash(&self.text).unwrap_or(&self.text),
            _ => &self.text,
        }
    }

    pub fn label(&self) -> Option<&str> {
        match &self.marker {
            Marker::Label { label: (start, end), .. } => self.text.get(*start..*end),
            _ => None,
        }
    }

    /// How strongly its body reads as a question ([`super::cues::question_score`]; asked
    /// of each dash turn several times: worked out once).
    pub fn question_score(&self) -> i32 {
        *self.question.get_or_init(|| super::cues::question_score(self.body()))
    }

    /// `question_score() >= 2`: only a body that ends asking scores so much (its words are
    /// not read otherwise).
    pub fn reads_as_question(&self) -> bool {
        spaces::asks_spaced(self.body()) && self.question_score() >= 2
    }

    /// `fold_key(text)`, for table lookups.
    pub fn key(&self) -> &str {
        self.key.get_or_init(|| fold_key(&self.text))
    }

    /// `lang::starts(field, self.key())`: read off the key of the text's head while the
    /// key is not folded (the key of a head is the head of the key: with a character to
    /// spare after the table's longest entry, the answer is the same).
    pub fn key_starts(&self, field: fn(&lang::Lang) -> &'static [&'static str]) -> bool {
        let longest = lang::longest(field);
        let cut = self.text.floor_char_boundary(longest + 8);
        if self.key.get().is_none() && cut < self.text.len() {
            let head = fold_key(&self.text[..cut]);
            if head.len() > longest + 4 {
                return lang::starts(field, &head);
            }
        }
        lang::starts(field, self.key())
    }

    pub fn words(&self) -> usize {
        self.words
    }

    /// Ends like a question (a "?" possibly followed by closing quotes or brackets).
    pub fn asks(&self) -> bool {
        asks(&self.text)
    }

    /// Ends like a sentence.
    pub fn ends_sentence(&self) -> bool {
        let t = self.text.trim_end_matches(['"', '”', '’', '»', ')', ' ']);
        t.ends_with(['.', '?', '!', '…', ':', ';', '？', '！', '。'])
    }
}

/// The text ends like a question (a "?" possibly followed by closing quotes or brackets,
/// or by its asker in brackets: "…điều gì? (Dũng Anh, 34 tuổi)").
pub fn asks(text: &str) -> bool {
    asker::without(text.trim_end_matches(' '))
        .trim_end_matches(['"', '”', '’', '»', ')', ' '])
        .ends_with(['?', '？'])
}

/// "Berlanti:" in bold, then the text: (label, offset of the text), for a short
/// capitalised label.
fn bold_label(text: &str, bold: usize) -> Option<((usize, usize), usize)> {
    let head = text.get(..bold)?.trim_end();
    // the colon inside the bold, or right after it ("<b>Dược sĩ Diệp</b>: …")
    let (label, after) = match head.strip_suffix([':', '：']) {
        Some(label) => (label.trim(), bold),
        None => {
            let rest = text.get(bold..)?.trim_start();
            let colon = rest.strip_prefix([':', '：'])?;
            (head.trim(), text.len() - colon.len())
        }
    };
    let body_at = after + text[after..].len() - text[after..].trim_start().len();
    let words = label.split_whitespace().count();
    let key = fold_key(label);
    let ok = (1..=6).contains(&words)
        && name::is_capitalised(label)
        && body_at < text.len()
        && !is_credit_or_note(&key)
        && !lang::starts(|l| l.widgets, &format!("{key} "));
    ok.then(|| (span_in(text, label), body_at))
}

/// Items set apart by bars or wide gaps: "Home | News | Business", "Politics  Economy".
fn is_row_of_items(text: &str) -> bool {
    // (each looked for whole with memchr: "·" and "•" end in bytes that end Vietnamese
    // letters too)
    type Finders = [memchr::memmem::Finder<'static>; 3];
    static FINDERS: std::sync::OnceLock<Finders> = std::sync::OnceLock::new();
    let [dot, bullet, gap] = FINDERS.get_or_init(|| ["·", "•", "  "].map(memchr::memmem::Finder::new));
    let has = |f: &memchr::memmem::Finder| f.find(text.as_bytes()).is_some();
    let bars = memchr::memchr(b'|', text.as_bytes()).is_some() || has(dot) || has(bullet);
    if !bars && !has(gap) {
        return false; // one item at most
    }
    let mut items =
        text.split(['|', '·', '•']).flat_map(|s| s.split("  ")).map(str::trim).filter(|s| !s.is_empty());
    let short = |i: &str| i.split_whitespace().nth(3).is_none();
    let mut n = 0;
    items.all(|i| {
        n += 1;
        short(i)
    }) && n >= 3
}

/// The text after a turn dash, if the paragraph opens with one.
fn strip_dash(text: &str) -> Option<&str> {
    // "* " and "• " mark turns on some sites (Tuổi Trẻ puts "*" before questions), "+ "
    // and ". " too (Pháp Luật TP.HCM: ". " before questions, "+ " before answers)
    if let Some(rest) = text.strip_prefix(". ")
        && rest.starts_with(char::is_uppercase)
    {
        return Some(rest);
    }
    if let Some(rest) = text.strip_prefix(['*', '•', '+']) {
        let body = rest.trim_start();
        return (rest.len() > body.len() && !body.is_empty()).then_some(body);
    }
    let rest = text.strip_prefix(['-', '–', '—', '−'])?;
    let rest = rest.trim_start_matches(['-', '–', '—']);
    let body = rest.trim_start();
    (!body.is_empty() && (rest.len() > body.len() || body.starts_with(char::is_uppercase))).then_some(body)
}

pub fn marker(text: &str) -> Marker {
    if matches!(text, "-" | "–" | "—" | "--" | "***" | "* * *" | "•") {
        return Marker::Separator;
    }
    let (offset, rest) = match strip_dash(text) {
        Some(rest) => (text.len() - rest.len(), rest),
        None => (0, text),
    };
    // after a turn's dash, any name may label it: "-Đàm Vĩnh Hưng: Trước đó…"
    let named = || (offset > 0).then(|| dashed_name(rest)).flatten();
    if let Some(((start, end), body)) = split_label(rest).or_else(named) {
        return Marker::Label { label: (offset + start, offset + end), body: offset + body };
    }
    if offset > 0 { Marker::Dash } else { Marker::None }
}

/// Two to four capitalised words of letters, then a colon and the text.
fn dashed_name(text: &str) -> Option<((usize, usize), usize)> {
    let (label, body) = colon_label(text)?;
    let label = label.trim();
    name::is_bare_name(label).then(|| (span_in(text, label), body))
}

/// "PV: Xin ông…" → ("PV", offset of "Xin"). Also "Q. What…" and "Phóng viên (PV):".
fn split_label(text: &str) -> Option<((usize, usize), usize)> {
    let (label, body) = label_candidate(text)?;
    looks_like_label(label).then(|| (span_in(text, label), body))
}

/// What [`split_label`] weighs as the label (before asking whether it names a speaker),
/// and where the text after it starts.
pub fn label_candidate(text: &str) -> Option<(&str, usize)> {
    let (label, body) = colon_label(text).or_else(|| dot_label(text))?;
    Some((label.trim().trim_end_matches(['.', ' ']), body))
}

/// Where `part` (a slice of `text`) lies in it, as byte offsets.
fn span_in(text: &str, part: &str) -> (usize, usize) {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    (start, start + part.len())
}

fn colon_label(text: &str) -> Option<(&str, usize)> {
    let colon = first_colon(text, 70)?;
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    if digit(text[..colon].chars().next_back()) && digit(text[colon + 1..].chars().next()) {
        return None; // a clock, "09:15"
    }
    let body_at = colon + text[colon..].chars().next()?.len_utf8();
    let body = &text[body_at..];
    let skipped = body.len() - body.trim_start().len();
    (!body.trim().is_empty()).then_some((&text[..colon], body_at + skipped))
}

/// Where the first colon (":" or the full-width "：") is, when it is among the first
/// `chars` characters (looked for with memchr: every paragraph is asked).
fn first_colon(text: &str, chars: usize) -> Option<usize> {
    let at = colons(&text.as_bytes()[..text.len().min(chars * 4)]).next()?;
    (text[..at].chars().count() < chars).then_some(at)
}

/// Where the colons (":" and the full-width "：") of some text's bytes are, in order,
/// found with memchr.
pub fn colons(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let wide = "：".as_bytes();
    memchr::memchr2_iter(b':', wide[0], b).filter(move |&i| b[i] == b':' || b[i..].starts_with(wide))
}

/// "Q. …" / "A. …": a single-letter label with a dot.
fn dot_label(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    (b.len() > 3 && matches!(b[0], b'Q' | b'A') && b[1] == b'.' && b[2] == b' ').then(|| (&text[..1], 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colon_counts_among_the_first_characters() {
        let far = format!("{}: x", "ệ".repeat(69));
        assert_eq!(first_colon(&far, 70), Some(69 * 3));
        assert_eq!(first_colon(&format!("ệ{far}"), 70), None);
        assert_eq!(first_colon("Hỏi：x", 70), Some("Hỏi".len()));
        assert_eq!(first_colon("09h15 không có", 70), None);
    }

    fn label(s: &str) -> Option<String> {
        Para::new(s).label().map(str::to_owned)
    }

    #[test]
    fn labels_are_recognised() {
        assert_eq!(label("PV: Thưa ông?"), Some("PV".into()));
        assert_eq!(label("Phóng viên (PV): Thưa bà?"), Some("Phóng viên (PV)".into()));
        assert_eq!(label("- PV: Thưa ông?"), Some("PV".into()));
        assert_eq!(label("Ông Nguyễn Văn A: Tôi nghĩ"), Some("Ông Nguyễn Văn A".into()));
        assert_eq!(label("PGS.TS Trần Thị Lan: Theo tôi"), Some("PGS.TS Trần Thị Lan".into()));
        assert_eq!(label("Q. What now?"), Some("Q".into()));
        assert_eq!(label("HARTLEY: Well"), Some("HARTLEY".into()));
        assert_eq!(label("TS Lê Văn B - Viện trưởng: Có"), Some("TS Lê Văn B - Viện trưởng".into()));
    }

    #[test]
    fn sentences_with_colons_are_not_labels() {
        assert_eq!(label("Ảnh: Minh Anh"), None);
        assert_eq!(label("Ông Hùng cho biết: dự án sẽ xong"), None);
        assert_eq!(label("LTS: Trong bối cảnh"), None);
        assert_eq!(label("Kết quả: tăng 10%"), None);
        assert_eq!(label("Nguồn: thực hiện| 18/02/2023"), None);
    }

    #[test]
    fn dash_turns_and_separators() {
        assert_eq!(Para::new("- Xin đồng chí cho biết?").marker, Marker::Dash);
        assert_eq!(Para::new("- Xin đồng chí cho biết?").body(), "Xin đồng chí cho biết?");
        assert_eq!(Para::new("–Tôi nghĩ vậy.").marker, Marker::Dash);
        assert_eq!(Para::new("-").marker, Marker::Separator);
        assert_eq!(Para::new("-5 độ C là mức thấp").marker, Marker::None);
    }
}
