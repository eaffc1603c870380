//! The shape of a language's conventions table, and lookups over all languages at once.

use super::{en::EN, vi::VI};

/// One language's conventions. Entries are folded keys (see `text::fold::fold_key`) unless
/// the field says otherwise.
#[derive(Debug)]
pub struct Lang {
    /// Labels that open an interviewer's turn ("PV", "Q").
    pub interviewer_labels: &'static [&'static str],
    /// Generic labels that open an answer ("Đáp", "A").
    pub answer_labels: &'static [&'static str],
    /// Honorifics and titles that precede a name in a speaker label ("Ông", "PGS.TS").
    pub honorifics: &'static [&'static str],
    /// Words by which a question addresses the interviewee (lowercase, with diacritics:
    /// folding would make "bà" the number "ba" and "mình" the name "Minh").
    pub second_person: &'static [&'static str],
    /// Pronouns that can only address the guest (lowercase, with diacritics): "bà", "you".
    pub second_person_strict: &'static [&'static str],
    /// Openings that carry an answer on from its previous paragraph: "Vì vậy", "However".
    pub connectives: &'static [&'static str],
    /// Words by which an answer speaks of itself (lowercase, with diacritics).
    pub first_person: &'static [&'static str],
    /// Openings of an interviewer's closing thanks.
    pub thanks: &'static [&'static str],
    /// Byline cues ("thực hiện", "By ").
    pub byline_markers: &'static [&'static str],
    /// Photo credit cues ("Ảnh:").
    pub caption_credits: &'static [&'static str],
    /// Editor's note openings ("LTS:").
    pub editor_notes: &'static [&'static str],
    /// Editorial notes that close an interview ("This interview has been edited…").
    pub closing_notes: &'static [&'static str],
    /// Lines that open the page's footer ("Đừng bỏ lỡ", "Tin liên quan").
    pub footer_markers: &'static [&'static str],
    /// Openings of widget lines: share bars, players, "read more" links, tags.
    pub widgets: &'static [&'static str],
    /// Endings of short widget lines: "5 minute read", "8 phút đọc".
    pub widget_endings: &'static [&'static str],
    /// Menu, login and widget words that make up header chrome.
    pub chrome: &'static [&'static str],
    /// Words that open a date line: "Published", "Cập nhật".
    pub date_words: &'static [&'static str],
    /// Words that mark a later "updated" stamp rather than the publication date.
    pub updated_words: &'static [&'static str],
    /// Words in a site's name or masthead: "Báo", "Online", "Times".
    pub site_words: &'static [&'static str],
    pub weekdays: &'static [&'static str],
    /// Month names, January first.
    pub months: &'static [&'static str],
    /// Family names, to find where a name starts after a title.
    pub surnames: &'static [&'static str],
}

pub const LANGS: [&Lang; 2] = [&VI, &EN];

/// All entries of one table across languages.
pub fn all(field: fn(&Lang) -> &'static [&'static str]) -> impl Iterator<Item = &'static str> {
    LANGS.into_iter().flat_map(move |l| field(l).iter().copied())
}

/// True when `key` equals an entry of the table.
pub fn is(field: fn(&Lang) -> &'static [&'static str], key: &str) -> bool {
    all(field).any(|e| e == key)
}

/// True when `key` starts with an entry of the table at a word boundary.
pub fn starts(field: fn(&Lang) -> &'static [&'static str], key: &str) -> bool {
    all(field).any(|e| starts_word(key, e))
}

/// `key` starts with `prefix`, and the prefix ends at a word boundary.
pub fn starts_word(key: &str, prefix: &str) -> bool {
    key.starts_with(prefix)
        && (prefix.ends_with(|c: char| !c.is_alphanumeric())
            || !key[prefix.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// True when the folded text contains an entry as a whole word or phrase.
pub fn contains_word(field: fn(&Lang) -> &'static [&'static str], key: &str) -> bool {
    all(field).any(|e| has_phrase(key, e))
}

/// True when `phrase` occurs in `key` with word boundaries on both sides.
pub fn has_phrase(key: &str, phrase: &str) -> bool {
    key.match_indices(phrase).any(|(at, _)| {
        let before = key[..at].chars().next_back();
        let after = key[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
