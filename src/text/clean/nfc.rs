//! NFC a line at a time, and in a line a letter with its marks at a time: most text is NFC
//! already, and text in NFD repeats the same few hundred letters with marks.

use unicode_normalization::UnicodeNormalization;

/// The text in NFC, a line at a time: lines already in NFC (most are) are kept as they
/// are. A line break composes with nothing, so this is the NFC of the whole text.
pub fn nfc(text: String) -> String {
    // made at the first line that is not NFC
    let mut out: Option<String> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        match (&mut out, is_nfc(line)) {
            (Some(out), true) => out.push_str(line),
            (Some(out), false) => push_nfc(out, line),
            (None, true) => {}
            (None, false) => {
                let mut o = String::with_capacity(text.len() + text.len() / 8);
                o.push_str(&text[..at]);
                push_nfc(&mut o, line);
                out = Some(o);
            }
        }
        at += line.len();
    }
    out.unwrap_or(text)
}

/// True when the text is certainly NFC already: ASCII, precomposed Latin letters and
/// punctuation only, or so says the quick check.
fn is_nfc(s: &str) -> bool {
    s.is_ascii()
        || s.chars().all(is_nfc_plain)
        || unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes
}

/// A character that is NFC in any company: no mark, nothing composes with it (Latin up to
/// the combining marks, Latin Extended Additional, general punctuation).
fn is_nfc_plain(c: char) -> bool {
    let code = u32::from(c);
    code < 0x300 || (0x1e00..0x1f00).contains(&code) || (0x2010..0x2070).contains(&code)
}

/// The NFC of a line the quick check did not pass, pushed onto `out`: cut before each
/// character that is NFC in any company (nothing before it composes or reorders with
/// it), the pieces between are composed apart, the short ones remembered per thread (a
/// text in NFD repeats the same few hundred letters with marks).
fn push_nfc(out: &mut String, line: &str) {
    let mut start = 0;
    for (i, c) in line.char_indices().skip(1) {
        if is_nfc_plain(c) {
            push_nfc_piece(out, &line[start..i]);
            start = i;
        }
    }
    push_nfc_piece(out, &line[start..]);
}

/// The NFC of a piece that opens with its only character NFC in any company.
fn push_nfc_piece(out: &mut String, piece: &str) {
    const KNOWN: usize = 1 << 10;
    const SHORT: usize = 16;
    let mut chars = piece.chars();
    if chars.next().is_some_and(is_nfc_plain) && chars.next().is_none() {
        return out.push_str(piece);
    }
    if piece.len() > SHORT {
        return out.extend(piece.nfc());
    }
    thread_local! {
        static PIECES: std::cell::RefCell<crate::text::hash::Memo<Box<str>>> =
            std::cell::RefCell::new(crate::text::hash::Memo::new(KNOWN));
    }
    PIECES.with(|pieces| out.push_str(pieces.borrow_mut().get(piece, |p| p.nfc().collect())));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_characters_are_nfc_in_any_company() {
        use unicode_normalization::{IsNormalized, char::canonical_combining_class, is_nfc_quick};
        for c in (0..0x2070).filter_map(char::from_u32).filter(|&c| is_nfc_plain(c)) {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
    }

    #[test]
    fn nfc_line_by_line_is_nfc_of_the_whole() {
        let nfd: String = "Bùi Huyền\nMai Đảng\n\u{301}a\u{1100}\n\u{1161}x".nfd().collect();
        for text in [nfd.as_str(), "Xuân\nXua\u{302}n\n", "a\n\u{301}", "\u{1100}\n\u{1161}"] {
            assert_eq!(nfc(text.to_owned()), text.nfc().collect::<String>(), "{text:?}");
        }
    }

    #[test]
    fn letter_by_letter_is_nfc_of_the_line() {
        let alphabet = [
            "a", "o", "ơ", "ộ", "\u{300}", "\u{301}", "\u{302}", "\u{31b}", "\u{323}", "\u{303}", "\u{309}",
            "\u{306}", "\u{1100}", "\u{1161}", "\u{11a8}", "\u{ac00}", "\u{9c7}", "\u{9be}", "\u{344}",
            "\u{f73}", "漢", " ", "Å", "\u{212b}", "\u{2126}", "\u{1f71}", "ſ", "\u{307}", "\u{345}",
            "\u{3b1}", "e", "–",
        ];
        let mut seed = 12345u32;
        for _ in 0..3000 {
            let mut line = String::new();
            for _ in 0..(seed % 12) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                line.push_str(alphabet[(seed >> 16) as usize % alphabet.len()]);
            }
            let mut ours = String::new();
            push_nfc(&mut ours, &line);
            assert_eq!(ours, line.nfc().collect::<String>(), "{line:?}");
        }
    }
}
