//! The encoding a page declares: `<meta charset>` or `<meta http-equiv=Content-Type
//! content="…; charset=…">` in its first few kilobytes, read with html5ever's tokenizer
//! (bytes taken one to one as characters, as the HTML prescan does), and the charset of
//! an HTTP Content-Type header.

use std::cell::Cell;

use encoding_rs::Encoding;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// How far into the page a declaration is looked for.
const PRESCAN: usize = 4096;

/// The encoding the page declares, if any (a declared UTF-16 means UTF-8, as in HTML).
///
/// ```
/// use phongvan::markup::html::charset::declared;
/// let page = b"<html><head><meta charset=\"windows-1258\"><title>x</title>";
/// assert_eq!(declared(page).unwrap().name(), "windows-1258");
/// ```
pub fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: String = bytes[..bytes.len().min(PRESCAN)].iter().map(|&b| char::from(b)).collect();
    let sink = Metas { found: Cell::new(None) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(head));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let label = tokenizer.sink.found.take()?;
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE { encoding_rs::UTF_8 } else { enc })
}

/// The charset of a Content-Type header value: `text/html; charset=UTF-8`.
pub fn from_content_type(value: &str) -> Option<&'static Encoding> {
    let label = charset_param(value)?;
    Encoding::for_label(label.as_bytes())
}

fn charset_param(value: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(['"', '\'']).to_owned())
    })
}

/// Collects the first charset a meta tag declares.
struct Metas {
    found: Cell<Option<String>>,
}

impl TokenSink for Metas {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if let TagToken(tag) = token
            && tag.kind == StartTag
            && &*tag.name == "meta"
        {
            let attr =
                |name: &str| tag.attrs.iter().find(|a| &*a.name.local == name).map(|a| a.value.to_string());
            let label = attr("charset").or_else(|| {
                let equiv = attr("http-equiv")?;
                equiv.eq_ignore_ascii_case("content-type").then(|| charset_param(&attr("content")?))?
            });
            if let Some(label) = label {
                let first = self.found.take().unwrap_or(label);
                self.found.set(Some(first));
            }
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_equiv_and_headers_name_the_charset() {
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>";
        assert_eq!(declared(page).unwrap().name(), "windows-1252");
        assert_eq!(from_content_type("text/html; charset=\"Windows-1258\"").unwrap().name(), "windows-1258");
        assert!(from_content_type("text/html").is_none());
        assert!(declared(b"<p>no meta</p>").is_none());
        assert_eq!(declared(b"<meta charset=utf-16le>").unwrap().name(), "UTF-8");
    }
}
