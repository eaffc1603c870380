//! What kind of text an input holds: plain text, HTML, Markdown or phongvan's JSON, from
//! its name, the server's Content-Type, or its first bytes.

/// The kinds of input, each read by its own front end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    Text,
    Html,
    Markdown,
    /// phongvan's own `--json` output.
    Json,
}

/// By file extension, when it says.
pub fn from_extension(ext: &str) -> Option<Media> {
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" | "xhtml" | "shtml" => Some(Media::Html),
        "md" | "markdown" | "mdown" | "mkd" => Some(Media::Markdown),
        "json" | "jsonl" => Some(Media::Json),
        "txt" | "text" => Some(Media::Text),
        _ => None,
    }
}

/// By a Content-Type header, when it says something more than "some text".
pub fn from_content_type(value: &str) -> Option<Media> {
    let mime = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Some(Media::Html),
        "text/markdown" | "text/x-markdown" => Some(Media::Markdown),
        "application/json" | "application/x-ndjson" | "application/jsonl" => Some(Media::Json),
        _ => None,
    }
}

/// By the first bytes: markup that only HTML has, or Markdown's front matter, headings
/// and bold runs; else plain text.
///
/// ```
/// use phongvan::source::media::{sniff, Media};
/// assert_eq!(sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html>"), Media::Html);
/// assert_eq!(sniff(b"# Ti\xc3\xaau \xc4\x91\xe1\xbb\x81\n\n**PV:** H\xe1\xbb\x8fi?"), Media::Markdown);
/// assert_eq!(sniff(b"- H\xe1\xbb\x8fi?\n- \xc4\x90\xc3\xa1p."), Media::Text);
/// ```
pub fn sniff(bytes: &[u8]) -> Media {
    let head = &bytes[..bytes.len().min(2048)];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let lower = head[start..].to_ascii_lowercase();
    if lower.starts_with(b"<") && looks_like_html(&lower) {
        return Media::Html;
    }
    if looks_like_markdown(&String::from_utf8_lossy(&head[start..])) {
        return Media::Markdown;
    }
    Media::Text
}

fn looks_like_html(lower: &[u8]) -> bool {
    let tags: [&[u8]; 12] = [
        b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>", b"<p ",
        b"<article", b"<!--", b"<?xml",
    ];
    tags.iter().any(|t| lower.starts_with(t))
        || tags[..10].iter().any(|t| lower.windows(t.len()).take(1024).any(|w| w == *t))
}

/// Front matter, or an ATX heading first, or several bold runs a text would not have.
fn looks_like_markdown(head: &str) -> bool {
    let first = head.lines().next().unwrap_or_default().trim_end();
    let front_matter = first == "---" && head.lines().nth(1).is_some_and(|l| l.contains(": "));
    let heading = first.starts_with("# ") || first.starts_with("## ");
    let bold =
        head.lines().filter(|l| l.trim_start().starts_with("**") && l.matches("**").count() >= 2).count();
    front_matter || (heading && (bold >= 1 || head.contains("](") || head.contains("\n#"))) || bold >= 2
}
