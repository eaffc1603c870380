//! Cleaning decoded text: line endings, spaces, terminal-unsafe controls and escapes, NFC.

use unicode_normalization::UnicodeNormalization;

mod nfc;
use nfc::nfc;

const ESC: char = '\u{1b}';
const BEL: char = '\u{07}';
/// 8-bit String Terminator.
const ST8: char = '\u{9c}';

/// Cleaned text and how many terminal controls (escape sequences, control characters, bidi
/// overrides) were taken out of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub text: String,
    pub removed: usize,
}

/// Cleans text for display and parsing.
///
/// CRLF and CR become LF; no-break and other space separators become a space and tabs a
/// space; C0/C1 controls and whole escape sequences (CSI, OSC, DCS, SOS, PM, APC, 8-bit
/// forms) are removed, as are bidi embedding/override/isolate controls, zero-width spaces
/// and soft hyphens; a ZWJ survives only between two non-space characters. The result is NFC.
///
/// ```
/// let dirty = "Thanh\u{a0}Xu\u{61}\u{302}n\u{1b}]0;pwned\u{7}\r\n\u{1b}[31mđỏ\u{1b}[0m";
/// assert_eq!(phongvan::text::clean(dirty), "Thanh Xuân\nđỏ");
/// ```
pub fn clean(input: &str) -> String {
    clean_counted(input).text
}

/// True when [`clean`] would change nothing but white space: no controls, escapes, bidi
/// or invisible characters, and already NFC. Most text of a page is, and is then taken as
/// it is.
///
/// ```
/// use phongvan::text::clean::needs_cleaning;
/// assert!(!needs_cleaning("Thanh Xuân\t phát triển"));
/// assert!(needs_cleaning("Xu\u{61}\u{302}n") && needs_cleaning("a\u{1b}[1m") && needs_cleaning("a\u{200b}b"));
/// ```
pub fn needs_cleaning(s: &str) -> bool {
    let odd =
        |c: char| (c.is_control() && !c.is_ascii_whitespace()) || (is_control(c) && !"\n\t\r".contains(c));
    if s.is_ascii() {
        return s.bytes().any(|b| odd(char::from(b)));
    }
    let mut maybe_not_nfc = false;
    for c in s.chars() {
        if odd(c) || is_invisible(c) || matches!(c, '\u{200d}' | '\u{2028}' | '\u{2029}') {
            return true;
        }
        // precomposed Latin letters and punctuation are NFC; anything else is looked up
        let code = u32::from(c);
        let plain = code < 0x300 || (0x1e00..0x1f00).contains(&code) || (0x2010..0x2070).contains(&code);
        maybe_not_nfc |= !plain;
    }
    maybe_not_nfc
        && unicode_normalization::is_nfc_quick(s.chars()) != unicode_normalization::IsNormalized::Yes
}

/// [`clean`], counting what it removed that a terminal would have obeyed.
///
/// A string command (OSC, DCS, SOS, PM, APC) is removed whole only when it is terminated
/// (BEL or ST) before the line ends; otherwise only the ESC or C1 code point goes, as a lone C1 code
/// point in mojibake is not a control string, and the words after it stay.
///
/// ```
/// let c = phongvan::text::clean::clean_counted("a\u{9d}b c\u{1b}[2Jd");
/// assert_eq!((c.text.as_str(), c.removed), ("ab cd", 2));
/// ```
pub fn clean_counted(input: &str) -> Cleaned {
    let mut out = String::with_capacity(input.len());
    let mut removed = 0;
    let mut rest = input;
    loop {
        // most text needs nothing done: copied a run at a time
        let plain = plain_len(rest);
        out.push_str(&rest[..plain]);
        rest = &rest[plain..];
        let Some(c) = rest.chars().next() else { break };
        let after = &rest[c.len_utf8()..];
        rest = match c {
            '\r' => {
                out.push('\n');
                after.strip_prefix('\n').unwrap_or(after)
            }
            '\n' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                after
            }
            '\t' => {
                out.push(' ');
                after
            }
            ESC | '\u{9b}' | '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                removed += 1;
                skip_control(c, after)
            }
            '\u{200d}' => {
                keep_joiner(&mut out, after.chars().next());
                after
            }
            c => {
                removed += usize::from(push_plain(&mut out, c));
                after
            }
        };
    }
    Cleaned { text: nfc(out), removed }
}

/// How many leading bytes of `s` [`clean_counted`] copies as they are: printable ASCII,
/// newlines, and characters above U+00A0 that are not spaces, controls or invisible.
fn plain_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // sixteen bytes with nothing to ask are passed at once (a test the compiler vectorises)
        if let Some(chunk) = b.get(i..i + 17)
            && chunk.iter().zip(&chunk[1..]).fold(true, |quiet, (&x, &y)| quiet & is_quiet(x, y))
        {
            i += 16;
            continue;
        }
        let step = match b[i] {
            b'\n' | 0x20..0x7f => 1,
            0..0x80 => return i,
            lead => utf8_len(lead),
        };
        // a byte test of [`is_plain`] for the lead bytes it can refuse
        if may_refuse(&b[i..]) && !s.get(i..i + step).and_then(|c| c.chars().next()).is_some_and(is_plain) {
            return i;
        }
        i += step;
    }
    i
}

/// A byte (and the one after it) that [`plain_len`] passes without asking: printable
/// ASCII, a newline, or any byte above ASCII that [`may_refuse`] would not ask about.
fn is_quiet(x: u8, y: u8) -> bool {
    let ascii = (0x20..0x7f).contains(&x) | (x == b'\n');
    let asked = matches!(x, 0xc2 | 0xd8 | 0xe3)
        | ((x == 0xe1) & (y == 0x9a))
        | ((x == 0xe2) & (y.wrapping_sub(0x80) < 2))
        | ((x == 0xef) & (y == 0xbb));
    ascii | ((x >= 0x80) & !asked)
}

/// False when the character the bytes open is certainly one [`is_plain`] lets through,
/// read off its first two bytes (Vietnamese letters, U+1Exx, are E1 BA/BB: never asked).
fn may_refuse(b: &[u8]) -> bool {
    matches!(b, [0xc2 | 0xd8 | 0xe3, ..] | [0xe1, 0x9a, ..] | [0xe2, 0x80 | 0x81, ..] | [0xef, 0xbb, ..])
}

/// The length of the UTF-8 sequence a lead byte opens (1 for a stray continuation byte,
/// which valid UTF-8 never has there).
pub(super) fn utf8_len(lead: u8) -> usize {
    match lead {
        0xc0..0xe0 => 2,
        0xe0..0xf0 => 3,
        0xf0.. => 4,
        _ => 1,
    }
}

/// A character above ASCII that is copied as it is (a cautious test: what it lets through
/// is none of the characters [`clean_counted`] replaces, drops or weighs).
fn is_plain(c: char) -> bool {
    !matches!(
        c,
        '\u{80}'..='\u{a0}'
            | '\u{ad}'
            | '\u{61c}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}'
            | '\u{205f}'..='\u{206f}'
            | '\u{3000}'
            | '\u{feff}'
    )
}

/// Pushes an ordinary character (a space separator as a space); returns whether it was a
/// terminal control that was dropped.
fn push_plain(out: &mut String, c: char) -> bool {
    if is_space_separator(c) {
        out.push(' ');
    } else if is_control(c) {
        return true;
    } else if !is_invisible(c) {
        out.push(c);
    }
    false
}

/// True for characters that must never reach a terminal as they are: C0, DEL and C1
/// controls (newline and tab included), and the bidi embeddings, overrides and isolates
/// that reorder what follows. Typed text, names and messages drop or escape these.
pub fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Invisible formatting removed from text without a count: bidi marks, zero-width spaces,
/// the BOM, soft hyphens.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// Drops what a typed or pasted string must not carry (controls, bidi controls, invisible
/// formatting) and makes it NFC: one rule for every string a user types.
///
/// ```
/// assert_eq!(phongvan::text::clean::typed("xu\u{202e}a\u{302}n\u{7}"), "xuân");
/// ```
pub fn typed(input: &str) -> String {
    input.chars().filter(|&c| !is_control(c) && !is_invisible(c)).nfc().collect()
}

fn is_space_separator(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

/// Keeps a zero-width joiner only inside a sequence (emoji ZWJ sequences, some scripts).
fn keep_joiner(out: &mut String, next: Option<char>) {
    let joins = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace() && !c.is_ascii());
    if joins(out.chars().next_back()) && joins(next) {
        out.push('\u{200d}');
    }
}

/// What is left after the control `c` (ESC or an 8-bit introducer) and what it introduces.
fn skip_control(c: char, after: &str) -> &str {
    match c {
        ESC => skip_escape(after),
        '\u{9b}' => skip_csi(after, true),
        _ => skip_string(after),
    }
}

/// Skips what follows an ESC: a CSI, a string command, or a two-character escape.
fn skip_escape(after: &str) -> &str {
    let mut chars = after.chars();
    match chars.next() {
        Some('[') => skip_csi(chars.as_str(), false),
        Some(']' | 'P' | 'X' | '^' | '_') => match skip_string(chars.as_str()) {
            // unterminated: only the ESC goes; the letter after it is text
            rest if rest.len() == chars.as_str().len() => after,
            rest => rest,
        },
        Some(' '..='/') => {
            // intermediates, then one final character
            let rest = after.trim_start_matches(|c| matches!(c, ' '..='/'));
            rest.strip_prefix(|c| matches!(c, '0'..='~')).unwrap_or(rest)
        }
        Some('0'..='~') => chars.as_str(),
        _ => after,
    }
}

/// Skips CSI parameters and intermediates up to and including the final byte. A malformed
/// sequence stops without eating text; an 8-bit CSI (`needs_param`) must carry a parameter,
/// since a bare U+009B before a letter is mojibake of "ớ", not a command.
fn skip_csi(after: &str, needs_param: bool) -> &str {
    let body = after.trim_start_matches(|c| matches!(c, '0'..='?' | ' '..='/'));
    if needs_param && body.len() == after.len() {
        return after;
    }
    match body.chars().next() {
        Some(c @ '@'..='~') => &body[c.len_utf8()..],
        _ => body,
    }
}

/// Skips an OSC/DCS/SOS/PM/APC payload through its terminator (BEL, ST, or ESC \) when
/// one comes before the line ends; otherwise nothing but the introducer is removed.
fn skip_string(after: &str) -> &str {
    for (i, c) in after.char_indices() {
        match c {
            BEL | ST8 => return &after[i + c.len_utf8()..],
            // ST is ESC \; any other escape means this was no string
            ESC => match after[i + 1..].strip_prefix('\\') {
                Some(rest) => return rest,
                None => break,
            },
            '\n' | '\r' => break,
            _ => {}
        }
    }
    after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_runs_end_where_the_characters_say() {
        let codes = (0..0x700)
            .chain(0x1600..0x1700)
            .chain(0x1e00..0x2100)
            .chain(0x3000..0x3010)
            .chain(0xfe00..0x10000);
        for c in codes.filter_map(char::from_u32) {
            let s = format!("a{c}b");
            let plain =
                c == '\n' || (c.is_ascii() && !c.is_ascii_control()) || (!c.is_ascii() && is_plain(c));
            assert_eq!(plain_len(&s), if plain { s.len() } else { 1 }, "{c:?}");
        }
    }

    #[test]
    fn line_endings_become_lf() {
        assert_eq!(clean("a\r\nb\rc\nd"), "a\nb\nc\nd");
    }

    #[test]
    fn nfd_becomes_nfc() {
        let nfd: String = "Bùi Huyền Mai Đảng".nfd().collect();
        assert_eq!(clean(&nfd), "Bùi Huyền Mai Đảng");
    }

    #[test]
    fn osc_title_and_clipboard_are_removed_whole() {
        assert_eq!(clean("a\u{1b}]0;evil title\u{7}b"), "ab");
        assert_eq!(clean("a\u{1b}]52;c;ZXZpbA==\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{9d}0;x\u{9c}b"), "ab");
    }

    #[test]
    fn csi_dcs_and_8bit_csi_are_removed_whole() {
        assert_eq!(clean("\u{1b}[1;31mred\u{1b}[0m"), "red");
        assert_eq!(clean("a\u{1b}P1$qm\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{9b}2Jb"), "ab");
        assert_eq!(clean("a\u{1b}(Bb\u{1b}cc"), "abc");
    }

    #[test]
    fn an_unterminated_string_loses_only_its_escape() {
        assert_eq!(clean("a\u{1b}]0;title\nnext line"), "a]0;title\nnext line");
        assert_eq!(clean("Ông \u{1b}Xin chào các bạn"), "Ông Xin chào các bạn");
        assert_eq!(clean("tr\u{1b}_ả lời đầy đủ"), "tr_ả lời đầy đủ");
    }

    #[test]
    fn a_lone_c1_is_mojibake_and_the_words_after_it_stay() {
        for c in ['\u{90}', '\u{9d}', '\u{9e}', '\u{98}', '\u{9f}'] {
            let cleaned = clean_counted(&format!("Tôi{c} nghĩ rằng chúng ta cần làm"));
            assert_eq!(cleaned.text, "Tôi nghĩ rằng chúng ta cần làm", "{c:?}");
            assert_eq!(cleaned.removed, 1);
        }
        // a bare 8-bit CSI before a letter is the mojibake of "ớ", not a command
        assert_eq!(clean("m\u{9b}i"), "mi");
    }

    #[test]
    fn a_terminated_string_is_removed_whole_and_counted_once() {
        let c = clean_counted("a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}_x\u{1b}\\c\u{1b}]0;t\u{9c}\u{1b}[31md");
        assert_eq!((c.text.as_str(), c.removed), ("abcd", 4));
        // another escape before a terminator: no string, only the ESC goes
        assert_eq!(clean("a\u{1b}]0;t\u{1b}[31md"), "a]0;td");
    }

    #[test]
    fn controls_bidi_and_zero_width_are_removed() {
        assert_eq!(clean("a\u{7}\u{8}b\u{202e}c\u{2066}d\u{200b}e\u{ad}f"), "abcdef");
    }

    #[test]
    fn spaces_and_tabs_become_plain_spaces() {
        assert_eq!(clean("a\u{a0}b\tc\u{3000}d"), "a b c d");
    }

    #[test]
    fn zwj_kept_inside_emoji_sequence_only() {
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(clean(family), family);
        assert_eq!(clean("a \u{200d}b"), "a b");
    }
}
