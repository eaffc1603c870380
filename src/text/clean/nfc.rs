//! NFC a line at a time, and in a line a letter with its marks at a time: most text is NFC
//! already, and text in NFD repeats the same few hundred letters with marks.

use unicode_normalization::UnicodeNormalization;

/// The text in NFC, a line at a time: lines already in NFC (most are) are kept as they
/// are. A line break composes with nothing, so this is the NFC of the whole text.
pub fn nfc(text: String) -> String {
    // made at the first line that is not NFC
    let mut out: Option<String> = None;
    let mut at = 0;
    for line in crate::text::lines_with_breaks(&text) {
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
    // the combining marks (U+0300..U+036F, lead bytes CC and CD) are what NFD text
    // carries: a line with them goes straight to composing, without the quick check
    s.is_ascii()
        || all_nfc_plain(s.as_bytes())
        || (memchr::memchr2(0xcc, 0xcd, s.as_bytes()).is_none()
            && unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes)
}

/// `s.chars().all(is_nfc_plain)`, read off the UTF-8 bytes: a lead byte below CC is a
/// character below U+0300; E1 B8..BB is Latin Extended Additional; E2 80 90..E2 81 AF
/// general punctuation from U+2010.
fn all_nfc_plain(b: &[u8]) -> bool {
    // (below CC a byte is ASCII, a continuation or the lead of a character below U+0300:
    // only the lead bytes from CC on are asked)
    let mut i = 0;
    while let Some(at) = next_high_lead(b, i) {
        match plain_at(&b[at..]) {
            Some(n) => i = at + n,
            None => return false,
        }
    }
    true
}

/// Where the next byte from CC on is, from `from`.
fn next_high_lead(b: &[u8], from: usize) -> Option<usize> {
    b[from..].iter().position(|&x| x >= 0xcc).map(|at| from + at)
}

/// The length of the character the bytes open when it is [`is_nfc_plain`].
fn plain_at(b: &[u8]) -> Option<usize> {
    match b {
        [0..0x80, ..] => Some(1),
        [0xc2..0xcc, ..] => Some(2),
        [0xe1, 0xb8..=0xbb, ..] | [0xe2, 0x80, 0x90..=0xbf, ..] | [0xe2, 0x81, 0x80..=0xaf, ..] => Some(3),
        _ => None,
    }
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
/// text in NFD repeats the same few hundred letters with marks). The bytes are passed up
/// to the next lead byte of a character from U+0300 on (below it all is plain), and a
/// Vietnamese letter in NFD is composed where it stands.
fn push_nfc(out: &mut String, line: &str) {
    let b = line.as_bytes();
    // out holds the line up to `copied`; everything from `copied` to `at` is plain
    let (mut copied, mut at) = (0, 0);
    while let Some(i) = next_high_lead(b, at) {
        // (an ASCII letter since `copied`, then its marks: composed where it stands)
        if i > copied
            && b[i - 1].is_ascii_alphabetic()
            && let Some((c, end)) = vietnamese_at(line, i)
        {
            out.push_str(&line[copied..i - 1]);
            out.push(c);
            (copied, at) = (end, end);
            continue;
        }
        if let Some(n) = plain_at(&b[i..]) {
            at = i + n;
            continue;
        }
        // (the character before `i`, if any since `copied`, is plain: the piece opens there)
        let start =
            if i > copied { i - (1..=4).find(|&k| b[i - k] & 0xc0 != 0x80).unwrap_or(1) } else { copied };
        let mut end = i;
        while end < b.len() && plain_at(&b[end..]).is_none() {
            end += super::utf8_len(b[end]);
        }
        out.push_str(&line[copied..start]);
        push_nfc_piece(out, &line[start..end]);
        (copied, at) = (end, end);
    }
    out.push_str(&line[copied..]);
}

/// The Vietnamese letter an ASCII letter and the marks at `i` compose to, and where the
/// marks end, when a plain character (or the end) follows them: [`vietnamese`] of one or
/// two marks, the piece [`push_nfc`] would otherwise compose, read off the bytes.
fn vietnamese_at(line: &str, i: usize) -> Option<(char, usize)> {
    // (the number [`vietnamese`] gives each mark, by the mark's second byte after CC)
    const OF_BYTE: [u8; 64] = {
        let mut t = [0; 64];
        let mut k = 0;
        while k < MARKS.len() {
            t[MARKS[k] as usize - 0x300] = k as u8 + 1;
            k += 1;
        }
        t
    };
    let b = line.as_bytes();
    let is_mark = |at: usize| matches!(b.get(at..at + 2), Some([0xcc, 0x80..=0xbf] | [0xcd, 0x80..=0xaf]));
    let number = |at: usize| match b.get(at..at + 2) {
        Some([0xcc, y]) => usize::from(OF_BYTE[usize::from(y & 0x3f)]),
        _ => 0,
    };
    let (first, second) = (number(i), number(i + 2));
    let end = if is_mark(i + 2) { i + 4 } else { i + 2 };
    let next_plain = end == b.len() || (end < b.len() && plain_at(&b[end..]).is_some());
    let whole = first > 0 && (second > 0 || end == i + 2);
    if i == 0 || !whole || !next_plain || !b[i - 1].is_ascii_alphabetic() {
        return None;
    }
    let table = TABLE.get_or_init(vietnamese_table);
    table[usize::from(b[i - 1]) * 81 + first * 9 + second].map(|c| (c, end))
}

/// The NFC of a piece that opens with its only character NFC in any company.
fn push_nfc_piece(out: &mut String, piece: &str) {
    const KNOWN: usize = 1 << 10;
    const SHORT: usize = 16;
    let mut chars = piece.chars();
    if chars.next().is_some_and(is_nfc_plain) && chars.next().is_none() {
        return out.push_str(piece);
    }
    if let Some(c) = vietnamese(piece) {
        return out.push(c);
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

/// The marks a Vietnamese letter carries in NFD: tones, hats, breve and horn. The table
/// of [`vietnamese`] numbers them from 1, 0 being no mark.
const MARKS: [char; 8] =
    ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}', '\u{306}', '\u{31b}'];

/// The letter a piece composes to when it is an ASCII letter and one or two of [`MARKS`]
/// in canonical order, from a table made once from the letters' own decompositions (so
/// a hit is NFC by construction; anything else is `None` and goes the general way).
/// [`vietnamese_table`], made once.
static TABLE: std::sync::OnceLock<Vec<Option<char>>> = std::sync::OnceLock::new();

fn vietnamese(piece: &str) -> Option<char> {
    let b = piece.as_bytes();
    if !matches!(b.len(), 3 | 5) || !b[0].is_ascii_alphabetic() {
        return None;
    }
    let mark =
        |at: usize| piece.get(at..at + 2)?.chars().next().and_then(|m| MARKS.iter().position(|&k| k == m));
    let first = mark(1)? + 1;
    let second = if b.len() == 5 { mark(3)? + 1 } else { 0 };
    let table = TABLE.get_or_init(vietnamese_table);
    table[usize::from(b[0]) * 81 + first * 9 + second]
}

fn vietnamese_table() -> Vec<Option<char>> {
    let mut table = vec![None; 128 * 81];
    let latin = (0xc0..0x250).chain(0x1e00..0x1f00).filter_map(char::from_u32);
    for c in latin.filter(|&c| std::iter::once(c).nfc().eq(std::iter::once(c))) {
        let nfd: Vec<char> = std::iter::once(c).nfd().collect();
        let index =
            |m: Option<&char>| m.map_or(Some(0), |m| MARKS.iter().position(|k| k == m).map(|i| i + 1));
        if let ([base, first, rest @ ..], true) = (nfd.as_slice(), nfd.len() <= 3)
            && base.is_ascii_alphabetic()
            && let (Some(f @ 1..), Some(s)) = (index(Some(first)), index(rest.first()))
        {
            table[*base as usize * 81 + f * 9 + s] = Some(c);
        }
    }
    table
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
    fn plain_text_is_read_off_the_bytes_as_off_the_characters() {
        let codes = (0..0x2100).chain(0x3000..0x3010).chain(0x1f600..0x1f610);
        for c in codes.filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(all_nfc_plain(s.as_bytes()), s.chars().all(is_nfc_plain), "{c:?}");
        }
    }

    #[test]
    fn every_vietnamese_letter_in_nfd_composes_by_the_table() {
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
        for c in
            letters.chars().chain(letters.to_uppercase().chars()).filter(|c| !"aeiouyAEIOUY".contains(*c))
        {
            let nfd: String = std::iter::once(c).nfd().collect();
            assert_eq!(vietnamese(&nfd), Some(c), "{c}");
        }
        // out of canonical order, or a mark outside the table: the general way
        assert_eq!(vietnamese("o\u{302}\u{323}"), None);
        assert_eq!(vietnamese("o\u{308}"), None);
    }

    #[test]
    fn lines_keep_their_breaks_as_split_inclusive_does() {
        for text in ["", "\n", "a", "a\n", "a\nb", "\n\na\n\n", "ả\r\nb", "a\r", "\r\r\n"] {
            let ours: Vec<&str> = crate::text::lines_with_breaks(text).collect();
            assert_eq!(ours, text.split_inclusive('\n').collect::<Vec<_>>(), "{text:?}");
            assert_eq!(
                crate::text::lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn letters_composed_where_they_stand_are_the_nfc_of_the_line() {
        let seed: String = include_str!("../../../data/hanoimoi-2023-thanh-xuan.txt").nfd().collect();
        let odd = [
            "\u{301}a",
            "a\u{301}",
            "a\u{323}\u{302}\u{301}",
            "ê\u{301}",
            "a\u{308}\u{301}",
            "a\u{301}\u{308}",
            "a\u{301}\u{20d7}",
            "a\u{20d7}\u{323}",
            "a\u{370}",
            "Ω\u{301}",
            "a\u{301}\u{301}x",
            "ư\u{300} u\u{31b}\u{300}",
            "\u{1100}\u{1161}a\u{301}",
            "x\u{302}\u{301}",
        ];
        for text in odd.iter().copied().chain(seed.lines()) {
            assert_eq!(nfc(text.to_owned()), text.nfc().collect::<String>(), "{text:?}");
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
