//! Vietnamese syllable structure: onset, rhyme and tone, for scoring and tone placement.

use unicode_normalization::UnicodeNormalization;

/// The five tone marks (combining), in NFD.
pub const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Onsets, longest first so the longest match wins.
const ONSETS: &[&str] = &[
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k",
    "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Vowel nuclei, glides included (without tone marks).
const NUCLEI: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
    "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ",
    "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu",
    "uya", "uyê", "uyu", "ưo",
];

/// Final consonants.
const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// A syllable split into its parts (lowercase, NFC, tone removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Syllable {
    pub onset: String,
    pub nucleus: String,
    pub coda: String,
    /// The tone mark, if any (one of [`TONE_MARKS`]).
    pub tone: Option<char>,
}

/// Parses a word as one Vietnamese syllable, or `None` when it cannot be one.
///
/// ```
/// use phongvan::text::syllable::parse;
/// let s = parse("Nguyễn").unwrap();
/// assert_eq!((s.onset.as_str(), s.nucleus.as_str(), s.coda.as_str()), ("ng", "uyê", "n"));
/// assert!(parse("Táº­p").is_none());
/// ```
pub fn parse(word: &str) -> Option<Syllable> {
    let mut tone = None;
    let mut bare = String::with_capacity(word.len());
    for c in word.nfd().flat_map(char::to_lowercase) {
        if TONE_MARKS.contains(&c) {
            if tone.replace(c).is_some() {
                return None;
            }
        } else {
            bare.push(c);
        }
    }
    let bare: String = bare.nfc().collect();
    split(&bare).map(|(onset, nucleus, coda)| Syllable {
        onset: onset.to_owned(),
        nucleus: nucleus.to_owned(),
        coda: coda.to_owned(),
        tone,
    })
}

/// Splits a toneless lowercase syllable into onset, nucleus and coda.
fn split(bare: &str) -> Option<(&str, &str, &str)> {
    let onsets = ONSETS.iter().copied().filter(|o| bare.starts_with(o));
    for onset in onsets.chain([""]) {
        let rest = &bare[onset.len()..];
        // "gi" and "qu" may lend their vowel: "gì" = gi + ì, "quá" = qu + á.
        for coda in CODAS.iter().rev().filter(|c| rest.ends_with(*c)) {
            let nucleus = &rest[..rest.len() - coda.len()];
            if NUCLEI.contains(&nucleus) {
                return Some((onset, nucleus, coda));
            }
        }
        if onset == "gi" && CODAS.contains(&rest) {
            return Some(("g", "i", rest));
        }
    }
    None
}

/// True when the word carries a letter outside ASCII (a diacritic or đ).
fn is_marked(word: &str) -> bool {
    !word.is_ascii()
}

/// Share of the marked words in `text` that are valid Vietnamese syllables (0.0 to 1.0).
///
/// Only words with a non-ASCII letter count, since plain ASCII words read the same in any
/// encoding. Returns 0.0 when there are none.
pub fn vietnamese_score(text: &str) -> f64 {
    let (mut marked, mut valid) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\u{fffd}') {
        if word.is_empty() || !is_marked(word) {
            continue;
        }
        marked += 1;
        valid += usize::from(parse(word).is_some());
    }
    if marked == 0 { 0.0 } else { valid as f64 / marked as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_syllables_parse() {
        for w in
            ["trung", "lãnh", "đạo", "quận", "Xuân", "nghiệp", "giữ", "gì", "khuya", "người", "ủy", "thuỷ"]
        {
            assert!(parse(w).is_some(), "{w}");
        }
    }

    #[test]
    fn two_tones_or_mojibake_are_not_syllables() {
        for w in ["ááa", "Ã¢n", "thá»§y", "xyz"] {
            assert!(parse(w).is_none(), "{w}");
        }
    }

    #[test]
    fn score_separates_vietnamese_from_mojibake() {
        assert!(vietnamese_score("Tập trung lãnh đạo để quận Thanh Xuân") > 0.9);
        assert!(vietnamese_score("Táº\u{AD}p trung lÃ£nh Ä\u{91}áº¡o") < 0.3);
        assert_eq!(vietnamese_score("plain ascii"), 0.0);
    }
}
