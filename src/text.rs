//! Vietnamese-correct text with no terminal types: decode, clean, measure, wrap, fold.

pub mod chars;
pub mod clean;
pub mod decode;
pub mod escape;
pub mod fold;
pub(crate) mod hash;
pub mod syllable;
pub mod width;
pub mod wrap;

pub use clean::clean;
pub use decode::{DecodeError, Decoded, decode};
pub use width::{grapheme_width, str_width};

/// `str::lines`, the line breaks found with memchr (the parser reads every line of an
/// article several times).
///
/// ```
/// let lines: Vec<&str> = phongvan::text::lines("a\r\nb\n\nc\n").collect();
/// assert_eq!(lines, ["a", "b", "", "c"]);
/// ```
pub fn lines(text: &str) -> impl Iterator<Item = &str> + Clone {
    lines_with_breaks(text).map(|line| match line.strip_suffix('\n') {
        Some(line) => line.strip_suffix('\r').unwrap_or(line),
        None => line,
    })
}

/// `str::split_inclusive('\n')`, the breaks found with memchr.
pub fn lines_with_breaks(text: &str) -> impl Iterator<Item = &str> + Clone {
    let mut from = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1).chain([text.len()]);
    ends.map(move |end| &text[std::mem::replace(&mut from, end)..end]).filter(|line| !line.is_empty())
}

/// The longest start of `text` of at most `bytes` bytes that ends on a character (a
/// bounded look at a long paragraph).
///
/// ```
/// assert_eq!(phongvan::text::head("Đà Nẵng", 2), "Đ");
/// assert_eq!(phongvan::text::head("ab", 9), "ab");
/// ```
pub fn head(text: &str, bytes: usize) -> &str {
    let mut end = text.len().min(bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The longest end of `text` of at most `bytes` bytes that starts on a character.
///
/// ```
/// assert_eq!(phongvan::text::tail("Đà Nẵng", 3), "ng");
/// ```
pub fn tail(text: &str, bytes: usize) -> &str {
    let mut from = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}
