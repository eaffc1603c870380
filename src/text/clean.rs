//! Cleaning decoded text: line endings, spaces, terminal-unsafe controls and escapes, NFC.

use unicode_normalization::UnicodeNormalization;

const ESC: char = '\u{1b}';
const BEL: char = '\u{07}';
/// 8-bit String Terminator.
const ST8: char = '\u{9c}';

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
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push(' '),
            ESC => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\u{200d}' => keep_joiner(&mut out, chars.peek().copied()),
            c if is_space_separator(c) => out.push(' '),
            c if is_removed(c) => {}
            c => out.push(c),
        }
    }
    if out.is_ascii() {
        return out;
    }
    out.nfc().collect()
}

/// True for characters that never reach the screen.
fn is_removed(c: char) -> bool {
    c.is_control() // C0, DEL, C1 (newline and tab are handled before)
        || matches!(c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' // bidi embeddings, isolates
            | '\u{200e}' | '\u{200f}' | '\u{061c}'            // bidi marks
            | '\u{200b}' | '\u{2060}' | '\u{feff}'            // zero-width spaces, BOM
            | '\u{ad}'                                         // soft hyphen
        )
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

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips what follows an ESC: a CSI, a string command, or a two-character escape.
fn skip_escape(chars: &mut Chars) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        Some(' '..='/') => {
            // intermediates, then one final character
            while chars.next_if(|c| matches!(c, ' '..='/')).is_some() {}
            chars.next_if(|c| matches!(c, '0'..='~'));
        }
        Some('0'..='~') => {
            chars.next();
        }
        _ => {}
    }
}

/// Skips CSI parameters and intermediates up to and including the final byte.
fn skip_csi(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            '0'..='?' | ' '..='/' => {
                chars.next();
            }
            '@'..='~' => {
                chars.next();
                return;
            }
            _ => return, // malformed: stop without eating text
        }
    }
}

/// Skips an OSC/DCS/SOS/PM/APC payload up to BEL or ST. An unterminated string ends at the
/// line end, so one stray byte cannot swallow the rest of an article.
fn skip_string(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            BEL | ST8 => {
                chars.next();
                return;
            }
            ESC => {
                chars.next();
                chars.next_if_eq(&'\\');
                return;
            }
            '\n' | '\r' => return,
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(clean("a\u{1b}]0;title\nnext line"), "a\nnext line");
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
