//! The shape of a language's conventions table, and lookups over all languages at once.

use super::{en::EN, vi::VI};
use crate::text::chars::is_alphanumeric;
use crate::text::fold::fold_key;
use crate::text::hash::{FxMap, FxSet};

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
    /// Of those, the ones only a speaker uses of himself ("tôi", not the inclusive
    /// "chúng ta" of an explainer or the "mình" of a how-to).
    pub first_person_strict: &'static [&'static str],
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
    /// Words by which a headline or lead says it is a conversation ("trò chuyện", "interview").
    pub conversation: &'static [&'static str],
    /// Verbs a live exchange prints after a speaker's name ("trả lời", "đáp", "answers").
    pub says: &'static [&'static str],
    /// Words a credits block opens its lines with ("Thiết kế:", "Photos:").
    pub credits: &'static [&'static str],
    /// Openings of an answer to a "why" ("Vì…", "Bởi vì…", "Because…").
    pub because: &'static [&'static str],
    /// Words that open a sentence and never a name (lowercase, with diacritics: "có" is
    /// not "cơ"): where one is capitalised mid-line, a subhead was glued to its sentence.
    pub sentence_openers: &'static [&'static str],
    /// Titles a question calls its guest by, in place of "ông" or "bà" ("BS đánh giá thế
    /// nào…?", "Luật sư cho biết…").
    pub address_titles: &'static [&'static str],
    /// Nouns before a country's name, which a pronoun may also be ("tiếng Anh", "nước
    /// Anh"; lowercase, with diacritics).
    pub country_nouns: &'static [&'static str],
    /// Nouns before a work's title, written in sentence case ("cuốn sách Những người…",
    /// "ca khúc Một…"; lowercase, with diacritics).
    pub work_nouns: &'static [&'static str],
    /// Kickers of fiction ("Truyện ngắn:"): its dialogue is dashes and questions too.
    pub fiction: &'static [&'static str],
    /// Words by which a story's narrator hands speech over or tags it ("trả lời", "cười",
    /// "giọng", "said"; lowercase, with diacritics).
    pub speech_tags: &'static [&'static str],
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
    /// Places of two words that follow titles as names do ("Đại sứ Việt Nam", "Chủ tịch Hà
    /// Nội"): provinces, cities, countries.
    pub places: &'static [&'static str],
}

pub const LANGS: [&Lang; 2] = [&VI, &EN];

/// True when the folded `key` is a label of the tables, either side's ("pv", "tra loi").
pub fn is_table_label(key: &str) -> bool {
    is(|l| l.interviewer_labels, key) || is(|l| l.answer_labels, key)
}

/// All entries of one table across languages.
pub fn all(field: fn(&Lang) -> &'static [&'static str]) -> impl Iterator<Item = &'static str> {
    LANGS.into_iter().flat_map(move |l| field(l).iter().copied())
}

/// True when `key` equals an entry of the table.
///
/// Each table is made a hash set on first use (per thread, no lock): the parser asks these
/// for every word of every paragraph.
pub fn is(field: fn(&Lang) -> &'static [&'static str], key: &str) -> bool {
    with_set(field, |set| set.entry_shapes.may_be(key) && set.entries.contains(key))
}

/// Whether the text is in a language these tables know: Vietnamese (its marked vowels and
/// "đ"), or English (its commonest words).
pub fn known_language<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    let (mut words, mut vi, mut en) = (0usize, 0usize, 0usize);
    for w in texts.flat_map(str::split_whitespace) {
        words += 1;
        vi += usize::from(
            !w.is_ascii() && w.chars().any(|c| is_vietnamese_letter(c.to_lowercase().next().unwrap_or(c))),
        );
        // (only an ASCII word lowercases to one of these: no other letter lowercases to
        // their letters)
        let english = |e: &str| w.eq_ignore_ascii_case(e);
        en += usize::from(w.is_ascii() && ["the", "and", "of", "you", "to", "is"].into_iter().any(english));
    }
    words > 0 && (vi * 10 >= words || en * 12 >= words)
}

/// The lowercase letters only Vietnamese writes: "ăâđêôơư", and those with a tone below or
/// above (the odd code points from U+1EA1 to U+1EF9, "ạ" to "ỹ").
fn is_vietnamese_letter(lower: char) -> bool {
    matches!(lower, 'ă' | 'â' | 'đ' | 'ê' | 'ô' | 'ơ' | 'ư')
        || (('\u{1ea1}'..='\u{1ef9}').contains(&lower) && u32::from(lower) % 2 == 1)
}

/// A label without the verb a live exchange prints after the name ("Bà X trả lời").
pub fn strip_says(label: &str) -> &str {
    let Some((head, verb)) = label.trim_end().rsplit_once(' ').filter(|(h, _)| !h.is_empty()) else {
        return label;
    };
    // two-word verbs: "trả lời"
    let (head2, verb2) = head.rsplit_once(' ').map_or((head, ""), |(h, v)| (h, v));
    // (a verb is lowercase: a name's last word is not folded to be looked up)
    let two = || format!("{} {}", fold_key(verb2), fold_key(verb));
    if !verb2.is_empty() && verb2.starts_with(char::is_lowercase) && is(|l| l.says, &two()) {
        return head2.trim_end();
    }
    if verb.starts_with(char::is_lowercase) && is(|l| l.says, &fold_key(verb)) {
        head.trim_end()
    } else {
        label
    }
}

/// The length in bytes of the table's longest entry.
pub fn longest(field: fn(&Lang) -> &'static [&'static str]) -> usize {
    with_set(field, |set| set.longest)
}

/// True when `word` opens an entry of the table that has more words after it.
pub fn opens(field: fn(&Lang) -> &'static [&'static str], word: &str) -> bool {
    with_set(field, |set| set.first_word_shapes.may_be(word) && set.first_words.contains(word))
}

/// A table as sets: its entries, and the first words of its entries of several words.
struct Set {
    entries: FxSet<&'static str>,
    first_words: FxSet<&'static str>,
    /// Entries by their first word.
    by_first_word: FxMap<&'static str, Vec<&'static str>>,
    /// The shapes of the entries and of their first words, asked before hashing.
    entry_shapes: Shapes,
    first_word_shapes: Shapes,
    /// The bytes the first words open with (all of them, were a first word empty).
    first_bytes: [bool; 256],
    /// Entries that do not open with a letter or digit, looked for one by one.
    odd: Vec<&'static str>,
    /// The length in bytes of the longest entry.
    longest: usize,
}

fn with_set<T>(field: fn(&Lang) -> &'static [&'static str], f: impl FnOnce(&Set) -> T) -> T {
    thread_local! {
        static SETS: std::cell::RefCell<FxMap<usize, Set>> = Default::default();
    }
    SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        let set = sets.entry(field as usize).or_insert_with(|| Set::of(field));
        f(set)
    })
}

impl Set {
    /// The sets of one table, made the first time it is asked on a thread.
    fn of(field: fn(&Lang) -> &'static [&'static str]) -> Set {
        let mut by_first_word: FxMap<&str, Vec<&str>> = Default::default();
        for e in all(field) {
            by_first_word.entry(e.split(' ').next().unwrap_or_default()).or_default().push(e);
        }
        let mut first_bytes = [by_first_word.contains_key(""); 256];
        for w in by_first_word.keys() {
            first_bytes[usize::from(w.as_bytes().first().copied().unwrap_or_default())] = true;
        }
        Set {
            first_bytes,
            entry_shapes: Shapes::of(all(field)),
            first_word_shapes: Shapes::of(by_first_word.keys().copied()),
            entries: all(field).collect(),
            first_words: all(field).filter_map(|e| e.split_once(' ').map(|(w, _)| w)).collect(),
            by_first_word,
            odd: all(field).filter(|e| !e.starts_with(is_alphanumeric)).collect(),
            longest: all(field).map(str::len).max().unwrap_or(0),
        }
    }
}

/// The shapes of a table's strings (first byte, last byte, length) as bits of a small
/// filter: most words of a text are no entry's, and say so here without being hashed.
struct Shapes(Box<[u64; 64]>);

impl Shapes {
    fn of<'a>(strings: impl Iterator<Item = &'a str>) -> Shapes {
        let mut bits = Box::new([0u64; 64]);
        for bit in strings.filter_map(Shapes::bit) {
            bits[bit >> 6] |= 1 << (bit & 63);
        }
        Shapes(bits)
    }

    /// Where a string's shape is kept (4096 places), `None` for the empty string.
    fn bit(s: &str) -> Option<usize> {
        let b = s.as_bytes();
        let (first, last) = (usize::from(*b.first()?), usize::from(*b.last()?));
        Some((first * 64 + last * 7 + b.len()) & 4095)
    }

    /// False when no string of the table has this one's shape (the empty string is not
    /// told apart).
    fn may_be(&self, s: &str) -> bool {
        Shapes::bit(s).is_none_or(|bit| self.0[bit >> 6] >> (bit & 63) & 1 == 1)
    }
}

/// True when `key` starts with an entry of the table at a word boundary.
pub fn starts(field: fn(&Lang) -> &'static [&'static str], key: &str) -> bool {
    // an entry that opens the key opens its first word, or is its first word and more
    let first = key.split(' ').next().unwrap_or_default();
    with_set(field, |set| {
        // (every head asked opens with the word's first byte)
        first.as_bytes().first().is_some_and(|&b| set.first_bytes[usize::from(b)])
            && first
                .char_indices()
                .map(|(i, c)| &first[..i + c.len_utf8()])
                .filter(|head| set.first_word_shapes.may_be(head))
                .filter_map(|head| set.by_first_word.get(head))
                .flatten()
                .any(|e| starts_word(key, e))
    })
}

/// `key` starts with `prefix`, and the prefix ends at a word boundary.
pub fn starts_word(key: &str, prefix: &str) -> bool {
    key.starts_with(prefix)
        && (prefix.ends_with(|c: char| !is_alphanumeric(c))
            || !key[prefix.len()..].starts_with(is_alphanumeric))
}

/// True when the folded text contains an entry as a whole word or phrase.
///
/// Looked up word by word: at each word boundary, the entries that open with the word there.
pub fn contains_word(field: fn(&Lang) -> &'static [&'static str], key: &str) -> bool {
    with_set(field, |set| {
        if set.odd.iter().any(|e| has_phrase(key, e)) {
            return true;
        }
        let mut prev_alnum = false;
        key.char_indices().any(|(i, c)| {
            let starts = !prev_alnum;
            prev_alnum = is_alphanumeric(c);
            starts && set.opens_at(&key[i..])
        })
    })
}

impl Set {
    /// True when an entry opens `rest` and ends at a word boundary: one of the entries
    /// that open with its first word (up to a character that is no letter or digit), or
    /// with its first token (up to a space).
    fn opens_at(&self, rest: &str) -> bool {
        // (both words asked open with its first byte: most bytes open no entry)
        if !rest.as_bytes().first().is_some_and(|&b| self.first_bytes[usize::from(b)]) {
            return false;
        }
        let (mut word_end, mut token_end) = (None, rest.len());
        for (j, c) in rest.char_indices() {
            if c == ' ' {
                token_end = j;
                break;
            }
            if word_end.is_none() && !is_alphanumeric(c) {
                word_end = Some(j);
            }
        }
        let word_end = word_end.unwrap_or(token_end);
        [&rest[..word_end], &rest[..token_end]]
            .iter()
            .filter(|w| self.first_word_shapes.may_be(w))
            .filter_map(|w| self.by_first_word.get(w))
            .flatten()
            .any(|e| rest.starts_with(e) && !rest[e.len()..].starts_with(is_alphanumeric))
    }
}

/// True when `phrase` occurs in `key` with word boundaries on both sides.
pub fn has_phrase(key: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    matches(key, phrase).any(|at| {
        let before = key[..at].chars().next_back();
        let after = key[at + phrase.len()..].chars().next();
        !before.is_some_and(is_alphanumeric) && !after.is_some_and(is_alphanumeric)
    })
}

/// Where `key.match_indices(phrase)` finds the phrase (each match leftmost, none
/// overlapping), found by the phrase's first byte: the keys asked are short, and a
/// substring searcher costs more to set up than the search.
fn matches<'a>(key: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (b, first) = (key.as_bytes(), phrase.as_bytes()[0]);
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = memchr::memchr_iter(first, &b[from.min(b.len())..])
            .map(|i| from + i)
            .find(|&at| b[at..].starts_with(phrase.as_bytes()))?;
        from = at + phrase.len();
        Some(at)
    })
}

#[cfg(test)]
mod tests;
