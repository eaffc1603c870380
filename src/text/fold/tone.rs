//! The tone key: lowercase, each syllable's tone on the vowel the modern rule puts it on
//! (so "hòa" and "hoà" are one key), made a word (a run of letters) at a time.

use std::cell::RefCell;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::text::chars::{is_alphanumeric, lowercase_one};
use crate::text::hash::Memo;
use crate::text::syllable::{self, TONE_MARKS};

/// Tone key: lowercase NFC with tone marks placed canonically, so `hòa` = `hoà`.
///
/// ```
/// use phongvan::text::fold::tone_key;
/// assert_eq!(tone_key("Hòa"), tone_key("hoà"));
/// assert_eq!(tone_key("thủy"), tone_key("thuỷ"));
/// assert_ne!(tone_key("hóa"), tone_key("hòa"));
/// ```
pub fn tone_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    words(s, |_, piece| match piece {
        Piece::Ascii(text) => {
            let from = key.len();
            key.push_str(text);
            key[from..].make_ascii_lowercase();
        }
        Piece::Word(chars) => key.extend(chars),
        Piece::Other(text) => key.extend(text.chars().flat_map(char::to_lowercase)),
    });
    key
}

/// Each character of the tone key of `s` (which should be NFC), with the byte offset of
/// the character of `s` it comes from.
pub(super) fn each(s: &str, mut push: impl FnMut(usize, char)) {
    words(s, |at, piece| match piece {
        Piece::Ascii(text) => {
            text.bytes().enumerate().for_each(|(i, b)| push(at + i, char::from(b.to_ascii_lowercase())))
        }
        Piece::Word(chars) => s[at..].char_indices().zip(chars).for_each(|((i, _), &k)| push(at + i, k)),
        Piece::Other(text) => {
            text.char_indices().for_each(|(i, c)| c.to_lowercase().for_each(|l| push(at + i, l)))
        }
    });
}

/// A piece of a text and what its key is.
enum Piece<'a> {
    /// ASCII (words or not): its key is its lowercase.
    Ascii(&'a str),
    /// A word with letters above ASCII: its key, one character for each of its own.
    Word(&'a [char]),
    /// Anything else (a character that is not a letter, or a word whose lowercase is not
    /// one character for one): its key is its lowercase.
    Other(&'a str),
}

/// The text's pieces in order, each with its byte offset.
fn words(s: &str, mut each: impl FnMut(usize, Piece)) {
    thread_local! {
        // (a language has a few thousand syllables: each made once, remembered)
        static WORDS: RefCell<Memo<Option<Vec<char>>>> = RefCell::new(Memo::new(1 << 13));
    }
    let mut at = 0;
    while let Some(c) = s[at..].chars().next() {
        // ASCII up to the word that holds the next character above it, at once
        let ascii = ascii_run(&s[at..]);
        if ascii > 0 {
            each(at, Piece::Ascii(&s[at..at + ascii]));
            at += ascii;
            continue;
        }
        let len = word_len(&s[at..]).max(c.len_utf8());
        let piece = &s[at..at + len];
        if piece.is_ascii() {
            each(at, Piece::Ascii(piece));
        } else if len == c.len_utf8() && !is_word_char(c) {
            each(at, Piece::Other(piece));
        } else {
            WORDS.with(|words| match words.borrow_mut().get(piece, keyed_word) {
                Some(chars) => each(at, Piece::Word(chars)),
                None => each(at, Piece::Other(piece)),
            });
        }
        at += len;
    }
}

/// The length in bytes of the word that opens `s`: letters, digits and the marks on them.
/// The length of the ASCII that opens `s`, up to the start of the word holding the first
/// character above ASCII.
fn ascii_run(s: &str) -> usize {
    match s.bytes().position(|b| !b.is_ascii()) {
        None => s.len(),
        Some(end) => s[..end].rfind(|c: char| !c.is_ascii_alphanumeric()).map_or(0, |i| i + 1),
    }
}

fn word_len(s: &str) -> usize {
    s.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(s.len(), |(i, _)| i)
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { is_alphanumeric(c) || is_combining_mark(c) }
}

/// A word's key, one character for each of its own: retoned when it is a toned syllable,
/// else lowercase; `None` when its lowercase is not one character for one.
fn keyed_word(word: &str) -> Option<Vec<char>> {
    retone(word).or_else(|| word.chars().map(lowercase_one).collect())
}

/// A word with its tone moved to the canonical vowel, lowercase, one char per source char;
/// `None` when the word is not a toned Vietnamese syllable.
fn retone(word: &str) -> Option<Vec<char>> {
    let syl = syllable::parse(word)?;
    let tone = syl.tone?;
    let mut chars: Vec<char> = Vec::with_capacity(word.len());
    for c in word.chars() {
        let l = lowercase_one(c)?;
        let bare: String = l.nfd().filter(|m| !TONE_MARKS.contains(m)).nfc().collect();
        let mut it = bare.chars();
        chars.push(it.next()?);
        if it.next().is_some() {
            return None;
        }
    }
    let at = tone_position(&syl, chars.len());
    let toned: String = [chars[at], tone].iter().collect::<String>().nfc().collect();
    let mut it = toned.chars();
    chars[at] = it.next()?;
    it.next().is_none().then_some(chars)
}

/// Index (in chars) of the vowel that carries the tone, by the modern placement rule.
fn tone_position(syl: &syllable::Syllable, len: usize) -> usize {
    let nucleus: Vec<char> = syl.nucleus.chars().collect();
    let start = len - syl.coda.chars().count() - nucleus.len();
    let marked = nucleus.iter().rposition(|c| "ăâêôơư".contains(*c));
    let offset = match (marked, nucleus.len(), syl.coda.is_empty()) {
        (Some(i), _, _) => i,
        (None, n, false) => n - 1,
        (None, 3, true) => 1,
        (None, 2, true) if matches!(syl.nucleus.as_str(), "oa" | "oe" | "uy") => 1,
        _ => 0,
    };
    start + offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::Keyed;

    #[test]
    fn a_syllable_is_retoned_whatever_ends_its_word() {
        assert_eq!(tone_key("PV:Hòa·Thủy.com 2khỏe"), "pv:hoà·thuỷ.com 2khỏe");
        assert_eq!(tone_key("HÒA"), "hoà");
    }

    #[test]
    fn the_key_alone_is_the_key_with_offsets() {
        let nfd: String = "Thanh Xuân hòa".nfd().collect();
        for s in ["", "Quận Thanh Xuân, hoà bình", "İstanbul ẞ Ǆ", "漢字 hòa", nfd.as_str(), "a\u{301}b"]
        {
            assert_eq!(tone_key(s), Keyed::toned(s).key, "{s:?}");
        }
    }
}
