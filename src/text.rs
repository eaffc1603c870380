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
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (line, next) = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        rest = next;
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}
