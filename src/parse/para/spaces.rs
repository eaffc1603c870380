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

/// How many spaces the text holds, counted in runs of 255 bytes into byte-wide counters
/// (which the compiler vectorises: this is asked of every paragraph).
pub fn count(text: &str) -> usize {
    let spaces = |run: &[u8]| run.iter().fold(0u8, |n, &b| n + u8::from(b == b' '));
    text.as_bytes().chunks(255).map(|run| usize::from(spaces(run))).sum()
}

/// `text.split_whitespace().count()`, counted as spaces where the words are one space
/// apart (as most lines' are).
pub fn words(text: &str) -> usize {
    match (text.is_empty(), is_collapsed(text)) {
        (true, _) => 0,
        (false, true) => count(text) + 1,
        (false, false) => text.split_whitespace().count(),
    }
}

/// Words one space apart, no space at either end, no other white space.
fn is_collapsed(text: &str) -> bool {
    let b = text.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // one pass over byte pairs, which the compiler vectorises: two spaces, or an ASCII
    // control space (the last byte is asked on its own)
    let control = |x: u8| x.wrapping_sub(b'\t') < 5;
    let odd = |(&x, &y): (&u8, &u8)| (x == b' ' && y == b' ') | control(x);
    if b.last().is_some_and(|&x| control(x))
        || b.iter().zip(b.iter().skip(1)).fold(false, |bad, p| bad | odd(p))
    {
        return false;
    }
    // the spaces above ASCII open with C2 (U+0085, U+00A0), E2 (U+2000..) or E3 (U+3000),
    // but for U+1680, looked up whole (E1 opens most Vietnamese letters)
    static OGHAM: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let ogham = OGHAM.get_or_init(|| memchr::memmem::Finder::new("\u{1680}"));
    !memchr::memchr3_iter(0xc2, 0xe2, 0xe3, b)
        .any(|i| text[i..].chars().next().is_some_and(char::is_whitespace))
        && ogham.find(b).is_none()
}

/// [`asks`](super::asks) of the text as [`collapse`] would hold it, looking only at its end.
pub fn asks_spaced(text: &str) -> bool {
    let t = super::asker::without(text.trim_end())
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '»' | ')'));
    t.ends_with(['?', '？'])
}

#[cfg(test)]
mod tests {
    use super::super::asks;
    use super::*;

    #[test]
    fn spaces_counted_in_runs_are_every_space() {
        let long = "a ".repeat(300);
        for t in ["", " ", "a b", "ả – “b” ", &" ".repeat(255), &" ".repeat(256), &" ".repeat(600), &long]
        {
            assert_eq!(count(t), t.bytes().filter(|&b| b == b' ').count(), "{t:?}");
        }
        for t in ["", " ", "a", "a b", " a b ", "a  b", "a\u{a0}b", "a\tb c", "ả – “b”"] {
            assert_eq!(words(t), t.split_whitespace().count(), "{t:?}");
        }
    }

    #[test]
    fn collapsing_borrows_collapsed_text_and_asks_the_same() {
        for t in [
            "a b", "Xuân ơi", "", " a", "a ", "a  b", "a\tb", "a\u{a0}b", "a\u{3000}b", "a\u{2028}b",
            "ả – “b”", "a\u{1680}b", "a\u{1681}b", "a \n", "\u{85}", "ạ\u{2029}", "ộ\u{2000}", "\u{1e9a}",
        ] {
            let naive = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse(t), naive, "{t:?}");
            assert_eq!(matches!(collapse(t), Cow::Borrowed(_)), naive == t, "{t:?}");
        }
        let signed = [
            "Sao? (Dũng  Anh,\t34 tuổi)",
            "Sao? (An, Huế). ",
            "Sao?\n(An)  ",
            "Sao (An)",
            "Sao? (a b c d e f g h i j k l m)",
        ];
        for t in ["Sao?", "Sao? ”", "Sao?\t\"", "Sao?\u{a0})", "Sao.", "?", " ", "Sao ?”  "]
            .into_iter()
            .chain(signed)
        {
            assert_eq!(asks_spaced(t), asks(&collapse(t)), "{t:?}");
        }
    }
}
