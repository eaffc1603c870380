//! Decoding bytes into text: BOMs, UTF-8, UTF-16, Windows-1258 by Vietnamese scoring, lossy.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1258};

use super::syllable::vietnamese_score;

/// Decoded text plus what the reader should know about how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// e.g. "decoded as windows-1258", "2 invalid bytes replaced near byte 1834".
    pub notes: Vec<String>,
}

/// Input that cannot be shown as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes in the first 8 KiB and no UTF-16 byte-order mark.
    Binary,
    /// The same, but the NUL bytes fall as UTF-16 text's do: this encoding would read it.
    MaybeUtf16(&'static str),
    /// Nothing but whitespace.
    Empty,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DecodeError::Binary => "looks like a binary file",
            DecodeError::MaybeUtf16("utf-16le") => {
                "looks like a binary file; if it is UTF-16 text without a byte-order mark, --encoding utf-16le reads it"
            }
            DecodeError::MaybeUtf16(_) => {
                "looks like a binary file; if it is UTF-16 text without a byte-order mark, --encoding utf-16be reads it"
            }
            DecodeError::Empty => "is empty",
        })
    }
}

impl std::error::Error for DecodeError {}

/// How many leading bytes are checked for NUL.
const SNIFF: usize = 8 * 1024;

/// Decodes bytes: the BOM decides first, then `forced`, then UTF-8, then Windows-1258 when
/// it reads as Vietnamese, else UTF-8 with invalid bytes replaced.
///
/// ```
/// use phongvan::text::decode;
/// let d = decode(b"\xef\xbb\xbfXin ch\xc3\xa0o", None).unwrap();
/// assert_eq!(d.text, "Xin chào");
/// assert!(d.notes.is_empty());
/// ```
/// An encoding the user names is taken at its word: no binary sniffing (UTF-16 without a
/// BOM is full of NUL bytes).
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    let decoded = match (Encoding::for_bom(bytes), forced) {
        (Some((enc, bom)), _) => with_encoding(&bytes[bom..], enc, false),
        (None, Some(enc)) => with_encoding(bytes, enc, true),
        (None, None) if looks_binary(bytes) => return Err(binary(bytes)),
        (None, None) => guess(bytes),
    };
    non_empty(decoded)
}

/// Decodes with the encoding the input declares (a page's `<meta charset>`, a server's
/// header); a BOM still comes first.
pub fn declared(bytes: &[u8], enc: &'static Encoding) -> Result<Decoded, DecodeError> {
    if let Some((bom_enc, bom)) = Encoding::for_bom(bytes) {
        return non_empty(with_encoding(&bytes[bom..], bom_enc, false));
    }
    if looks_binary(bytes) && enc != UTF_16LE && enc != UTF_16BE {
        return Err(binary(bytes));
    }
    non_empty(with_encoding(bytes, enc, false))
}

fn non_empty(decoded: Decoded) -> Result<Decoded, DecodeError> {
    if decoded.text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(decoded)
}

/// Binary, or UTF-16 without its mark: NUL bytes nearly all on one side of each pair, as
/// the high bytes of Latin letters and spaces are.
fn binary(bytes: &[u8]) -> DecodeError {
    let head = &bytes[..bytes.len().min(SNIFF) & !1];
    let (even, odd) =
        head.chunks(2).fold((0, 0), |(e, o), p| (e + usize::from(p[0] == 0), o + usize::from(p[1] == 0)));
    let pairs = head.len() / 2;
    match (even, odd) {
        // a few bytes say nothing of their encoding
        _ if pairs < 16 => DecodeError::Binary,
        (e, o) if o * 10 >= pairs * 3 && e * 20 <= o => DecodeError::MaybeUtf16("utf-16le"),
        (e, o) if e * 10 >= pairs * 3 && o * 20 <= e => DecodeError::MaybeUtf16("utf-16be"),
        _ => DecodeError::Binary,
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(SNIFF)].contains(&0)
}

/// Decodes with one encoding; says so when it was not UTF-8 or was asked for.
fn with_encoding(bytes: &[u8], enc: &'static Encoding, forced: bool) -> Decoded {
    if enc == UTF_8 {
        return utf8_lossy(bytes);
    }
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let mut notes = Vec::new();
    if forced || (enc != UTF_16LE && enc != UTF_16BE) {
        notes.push(format!("decoded as {}", enc.name().to_ascii_lowercase()));
    }
    if had_errors {
        notes.push(format!("invalid {} sequences replaced", enc.name().to_ascii_lowercase()));
    }
    Decoded { text: text.into_owned(), notes }
}

/// UTF-8 when valid; otherwise Windows-1258 if it reads as Vietnamese; else lossy UTF-8.
fn guess(bytes: &[u8]) -> Decoded {
    if let Ok(text) = utf8(bytes) {
        return Decoded { text: text.to_owned(), notes: Vec::new() };
    }
    let (cp1258, _) = WINDOWS_1258.decode_without_bom_handling(bytes);
    let lossy = utf8_lossy(bytes);
    if vietnamese_score(&cp1258) > vietnamese_score(&lossy.text).max(0.5) {
        return Decoded { text: cp1258.into_owned(), notes: vec!["decoded as windows-1258".to_owned()] };
    }
    lossy
}

/// The bytes as UTF-8 when they are, checked with SIMD (about fifteen times std's speed on
/// Vietnamese text, where most letters take several bytes).
fn utf8(bytes: &[u8]) -> Result<&str, simdutf8::basic::Utf8Error> {
    simdutf8::basic::from_utf8(bytes)
}

/// UTF-8 with each invalid sequence replaced by U+FFFD, counted in a note.
fn utf8_lossy(bytes: &[u8]) -> Decoded {
    if let Ok(text) = utf8(bytes) {
        return Decoded { text: text.to_owned(), notes: Vec::new() };
    }
    let mut text = String::with_capacity(bytes.len());
    let mut invalid = 0usize;
    let mut first_bad = None;
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            first_bad.get_or_insert(offset);
            invalid += chunk.invalid().len();
            offset += chunk.invalid().len();
            text.push('\u{fffd}');
        }
    }
    let notes = first_bad
        .map(|at| {
            let s = if invalid == 1 { "" } else { "s" };
            format!("{invalid} invalid byte{s} replaced near byte {at}")
        })
        .into_iter()
        .collect();
    Decoded { text, notes }
}

/// Looks an encoding up by its WHATWG label ("windows-1258", "latin1", "utf-16le"…).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENTENCE: &str = "Trong năm 2022, mặc dù còn nhiều khó khăn, thách thức do sự tác động \
        tiêu cực của dịch Covid-19, tình hình kinh tế - xã hội tiếp tục chuyển biến tích cực.";

    /// Windows-1258 has the vowel letters with hats and horns but only combining tones.
    fn to_windows_1258(s: &str) -> Vec<u8> {
        use crate::text::syllable::TONE_MARKS;
        use unicode_normalization::UnicodeNormalization;
        let mut split = String::new();
        for c in s.chars() {
            let nfd: String = c.nfd().collect();
            split.extend(nfd.chars().filter(|m| !TONE_MARKS.contains(m)).nfc());
            split.extend(nfd.chars().filter(|m| TONE_MARKS.contains(m)));
        }
        let (bytes, _, unmappable) = WINDOWS_1258.encode(&split);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn windows_1258_vietnamese_is_recognised() {
        let bytes = to_windows_1258(SENTENCE);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(crate::text::clean(&d.text), SENTENCE);
        assert_eq!(d.notes, ["decoded as windows-1258"]);
    }

    #[test]
    fn a_few_bad_bytes_in_utf8_are_replaced_and_counted() {
        let mut bytes = SENTENCE.as_bytes().to_vec();
        bytes.insert(13, 0xfe); // inside "2022"
        bytes.insert(5, 0xff); // after "Trong"
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.notes, ["2 invalid bytes replaced near byte 5"]);
        assert_eq!(d.text.matches('\u{fffd}').count(), 2);
    }

    #[test]
    fn utf16_without_its_mark_is_named_as_such() {
        let le: Vec<u8> = "Xin chào, quận Thanh Xuân".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "Xin chào, quận Thanh Xuân".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le, None).unwrap_err(), DecodeError::MaybeUtf16("utf-16le"));
        assert_eq!(decode(&be, None).unwrap_err(), DecodeError::MaybeUtf16("utf-16be"));
        assert!(decode(&le, None).unwrap_err().to_string().contains("--encoding utf-16le"));
        assert_eq!(
            decode(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", None).unwrap_err(),
            DecodeError::Binary
        );
    }

    #[test]
    fn nul_bytes_mean_binary_unless_utf16() {
        assert_eq!(decode(b"\0\x01bin", None).unwrap_err(), DecodeError::Binary, "too short to say");
        assert_eq!(decode(b"\x7fELF\x00\x00\x01", None), Err(DecodeError::Binary));
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("Xuân".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16, None).unwrap().text, "Xuân");
    }

    #[test]
    fn empty_and_blank_inputs_are_refused() {
        assert_eq!(decode(b"", None), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\r\n\t", None), Err(DecodeError::Empty));
        assert_eq!(decode(b"\xef\xbb\xbf", None), Err(DecodeError::Empty));
    }

    #[test]
    fn forced_encoding_wins_over_the_guess() {
        let d = decode("Xuân".as_bytes(), encoding_for_label("latin1")).unwrap();
        assert_eq!(d.text, "XuÃ¢n");
        assert_eq!(d.notes, ["decoded as windows-1252"]);
    }
}
