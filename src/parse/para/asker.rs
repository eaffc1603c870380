//! A reader's question signed in brackets after its question mark: "…điều gì? (Dũng Anh,
//! 34 tuổi, Hà Nội)" still asks.

/// A signature in brackets has this many words at most.
const SIGNATURE_WORDS: usize = 12;

/// The text without the asker's bracket that closes it after a question mark; the text
/// itself when it does not close so.
///
/// ```
/// use phongvan::parse::para::asker_free;
/// assert_eq!(asker_free("Ông tâm đắc điều gì? (Dũng Anh, 34 tuổi)"), "Ông tâm đắc điều gì?");
/// assert_eq!(asker_free("Sao? (Lê Thủy, 48 tuổi, Hà Nội)."), "Sao?");
/// assert_eq!(asker_free("Giá vàng tăng (theo SJC)"), "Giá vàng tăng (theo SJC)");
/// ```
pub fn without(text: &str) -> &str {
    // (a full stop may close the signature: "…? (Lê Thủy, 48 tuổi, Hà Nội).")
    let Some(inner) = text.strip_suffix(')').or_else(|| text.strip_suffix(").")) else { return text };
    let Some(open) = inner.rfind('(') else { return text };
    let before = text[..open].trim_end();
    let short = inner[open + 1..].split_whitespace().count() <= SIGNATURE_WORDS;
    if short && before.ends_with(['?', '？']) { before } else { text }
}
