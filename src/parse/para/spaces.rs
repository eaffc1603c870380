//! A paragraph's white space: one space between words, as the paragraph holds its text.

use std::borrow::Cow;

/// The text as a paragraph holds it: its words, one space apart (borrowed when it is so
/// already, as most text is).
pub fn collapse(text: &str) -> Cow<'_, str> {
    if is_collapsed(text) {
        return Cow::Borrowed(text);
    }
    let mut collapsed = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    Cow::Owned(collapsed)
}

/// [`collapse`] of a string that may be owned: kept as it is when already collapsed.
pub fn collapse_owned(text: Cow<'_, str>) -> String {
    if is_collapsed(&text) { text.into_owned() } else { collapse(&text).into_owned() }
}

/// Words one space apart, no space at either end, no other white space.
fn is_collapsed(text: &str) -> bool {
    let b = text.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut space = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b' ' if space => return false,
            b' ' => space = true,
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => return false,
            // the lead bytes of U+0085, U+00A0 and the spaces from U+1680 to U+3000 (of
            // U+1Exx, the Vietnamese letters, only U+1680 is one: E1 9A 80)
            0xe1 if b.get(i + 1) != Some(&0x9a) => space = false,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => {
                if text[i..].chars().next().is_some_and(char::is_whitespace) {
                    return false;
                }
                space = false;
            }
            _ => space = false,
        }
    }
    true
}

/// [`asks`](super::asks) of the text as [`collapse`] would hold it, looking only at its end.
pub fn asks_spaced(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '»' | ')'));
    t.ends_with(['?', '？'])
}

#[cfg(test)]
mod tests {
    use super::super::asks;
    use super::*;

    #[test]
    fn collapsing_borrows_collapsed_text_and_asks_the_same() {
        for t in [
            "a b", "Xuân ơi", "", " a", "a ", "a  b", "a\tb", "a\u{a0}b", "a\u{3000}b", "a\u{2028}b",
            "ả – “b”", "a\u{1680}b", "ộ\u{2000}", "\u{1e9a}",
        ] {
            let naive = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse(t), naive, "{t:?}");
            assert_eq!(matches!(collapse(t), Cow::Borrowed(_)), naive == t, "{t:?}");
        }
        for t in ["Sao?", "Sao? ”", "Sao?\t\"", "Sao?\u{a0})", "Sao.", "?", " ", "Sao ?”  "] {
            assert_eq!(asks_spaced(t), asks(&collapse(t)), "{t:?}");
        }
    }
}
