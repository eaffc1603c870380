//! Reading inputs: files, folders, standard input, URLs and the bundled samples, with
//! limits; each read by the front end for what it holds (text, HTML, Markdown, JSON).

pub mod http;
pub mod media;
pub mod pool;
pub mod walk;

use std::fs;
use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use encoding_rs::Encoding;

use crate::interview::Interview;
use crate::{markup, parse, text};
use media::Media;

/// The largest article read, in bytes.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Samples compiled into the binary: (name, text). The first is the reference seed.
pub const BUNDLED: &[(&str, &str)] = &[
    ("hanoimoi-2023-thanh-xuan.txt", include_str!("../data/hanoimoi-2023-thanh-xuan.txt")),
    ("en-name-labels.txt", include_str!("../data/en-name-labels.txt")),
    ("en-qa-labels.txt", include_str!("../data/en-qa-labels.txt")),
    ("vi-dash-unmarked-answers.txt", include_str!("../data/vi-dash-unmarked-answers.txt")),
    ("vi-glued-paragraphs.txt", include_str!("../data/vi-glued-paragraphs.txt")),
    ("vi-hard-wrapped.txt", include_str!("../data/vi-hard-wrapped.txt")),
    ("vi-hoi-dap.txt", include_str!("../data/vi-hoi-dap.txt")),
    ("vi-live-qa.txt", include_str!("../data/vi-live-qa.txt")),
    ("vi-no-markers.txt", include_str!("../data/vi-no-markers.txt")),
    ("vi-phong-vien-label.txt", include_str!("../data/vi-phong-vien-label.txt")),
    ("vi-pv-label-tuoitre-style.txt", include_str!("../data/vi-pv-label-tuoitre-style.txt")),
    ("vi-flattened-dash.txt", include_str!("../data/vi-flattened-dash.txt")),
    ("vi-flattened-no-markers.txt", include_str!("../data/vi-flattened-no-markers.txt")),
    ("vi-first-exchange-labels.txt", include_str!("../data/vi-first-exchange-labels.txt")),
    ("vi-bullets-plus.txt", include_str!("../data/vi-bullets-plus.txt")),
    ("vi-round-table.txt", include_str!("../data/vi-round-table.txt")),
    ("vi-explainer-not-interview.txt", include_str!("../data/vi-explainer-not-interview.txt")),
    ("vi-fiction-not-interview.txt", include_str!("../data/vi-fiction-not-interview.txt")),
    ("vi-sentence-per-line.txt", include_str!("../data/vi-sentence-per-line.txt")),
    ("vi-missing-line-break.txt", include_str!("../data/vi-missing-line-break.txt")),
    ("vi-one-named-answer.txt", include_str!("../data/vi-one-named-answer.txt")),
    ("vi-flattened-subheads.txt", include_str!("../data/vi-flattened-subheads.txt")),
    ("vi-flattened-dash-subheads.txt", include_str!("../data/vi-flattened-dash-subheads.txt")),
];

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Stdin,
    File(PathBuf),
    /// A web address the user named.
    Url(String),
    Bundled(&'static str),
}

impl Origin {
    /// The name used in messages and the model's `source` field.
    pub fn name(&self) -> String {
        match self {
            Origin::Stdin => "-".to_owned(),
            Origin::File(p) => text::escape::name(p),
            Origin::Url(u) => text::escape::line(u),
            Origin::Bundled(name) => format!("data/{name}"),
        }
    }

    /// What its name says it holds, if it says.
    fn media(&self) -> Option<Media> {
        let ext = match self {
            Origin::File(p) => p.extension()?.to_str()?,
            Origin::Bundled(name) => name.rsplit_once('.')?.1,
            Origin::Stdin | Origin::Url(_) => return None,
        };
        media::from_extension(ext)
    }
}

/// An input's bytes and what came with them.
struct Raw {
    bytes: Vec<u8>,
    media: Option<Media>,
    /// The charset a server declared.
    charset: Option<&'static Encoding>,
    /// Where a URL ended up.
    url: Option<String>,
}

/// An input that could not even be listed: (name as printed, the message saying why,
/// which names it).
pub type Failure = (String, String);

/// The inputs named on the command line, folders expanded (recursively, sorted); a folder
/// that cannot be read, or holds no article, is a failure in its place.
pub fn expand(args: &[PathBuf]) -> Vec<Result<Origin, Failure>> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Ok(Origin::Stdin));
        } else if let Some(url) = arg.to_str().filter(|a| http::is_url(a)) {
            out.push(Ok(Origin::Url(url.to_owned())));
        } else if arg.is_dir() {
            let walked = walk::walk(arg);
            if walked.files.is_empty() && walked.errors.is_empty() {
                out.push(Err(no_articles(arg)));
            }
            out.extend(
                walked.errors.into_iter().map(|(name, e)| Err((name.clone(), format!("{name}: {e}")))),
            );
            out.extend(walked.files.into_iter().map(|f| Ok(Origin::File(f))));
        } else {
            out.push(Ok(Origin::File(arg.clone())));
        }
    }
    out
}

/// True when an argument may give an article: stdin, a URL, a file, or a folder with an
/// article file in it (looked for only until one is found, not walked through).
pub fn may_hold_articles(arg: &std::path::Path) -> bool {
    !arg.is_dir() || walk::has_article(arg)
}

/// A folder without an article file: "no articles found in DIR (.txt .md …)", with the
/// extensions the walker reads.
fn no_articles(dir: &std::path::Path) -> Failure {
    let name = text::escape::name(dir);
    let kinds = walk::EXTENSIONS.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(" ");
    (name.clone(), format!("no articles found in {name} ({kinds})"))
}

/// Reads, decodes, cleans and parses one input into interviews (a `--json` file may hold
/// several).
pub fn load(origin: &Origin, how: Reading) -> Result<Vec<Interview>> {
    let name = origin.name();
    let encoding = how.encoding;
    let raw = read(origin, how.max_bytes).with_context(|| format!("cannot read {name}"))?;
    let media = raw.media.unwrap_or_else(|| media::sniff(&raw.bytes));
    let decode =
        |bytes: &[u8], declared| decode(bytes, encoding, declared).map_err(|e| anyhow::anyhow!("{name} {e}"));
    let (mut iv, notes) = match media {
        Media::Html => {
            let declared = markup::html::charset::declared(&raw.bytes).or(raw.charset);
            let decoded = decode(&raw.bytes, declared)?;
            drop(raw.bytes);
            from_document(markup::html::document(&decoded.text), &name, decoded.notes)
        }
        Media::Markdown => {
            let decoded = decode(&raw.bytes, raw.charset)?;
            drop(raw.bytes);
            from_document(markup::markdown::document(&decoded.text), &name, decoded.notes)
        }
        Media::Json | Media::Text => {
            let decoded = decode(&raw.bytes, raw.charset)?;
            drop(raw.bytes);
            if let Some(found) =
                from_json(&decoded.text).filter(|_| media == Media::Json || looks_like_ours(&decoded.text))
            {
                let mut ivs = found.with_context(|| format!("{name} is not phongvan JSON"))?;
                ivs.iter_mut().for_each(clean_interview);
                return Ok(ivs);
            }
            from_text(decoded, &name)
        }
    };
    iv.notes.splice(0..0, notes);
    if iv.url.is_none() {
        iv.url = raw.url;
    }
    Ok(vec![iv])
}

/// Decodes: the user's encoding, else a BOM, else the one the input declares, else a guess.
fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
    declared: Option<&'static Encoding>,
) -> Result<text::Decoded, text::DecodeError> {
    match (forced, declared) {
        (None, Some(enc)) => text::decode::declared(bytes, enc),
        _ => text::decode(bytes, forced),
    }
}

/// A plain-text article: cleaned, then parsed.
fn from_text(decoded: text::Decoded, name: &str) -> (Interview, Vec<String>) {
    let clean = text::clean::clean_counted(&decoded.text);
    let notes: Vec<String> = decoded.notes.into_iter().chain(removed_note(clean.removed)).collect();
    drop(decoded.text);
    (parse::parse_owned(clean.text, name), notes)
}

/// An article a front end read; its text was cleaned block by block, its metadata here.
fn from_document(mut doc: markup::Document, name: &str, decoded: Vec<String>) -> (Interview, Vec<String>) {
    doc.page.clean();
    let notes = decoded.into_iter().chain(removed_note(doc.removed)).collect();
    (parse::parse_document(&doc, name), notes)
}

/// Standard input or a `.txt` that holds phongvan's JSON lines.
fn looks_like_ours(text: &str) -> bool {
    let first = text.lines().next().unwrap_or_default();
    first.starts_with("{\"source\":") || first.starts_with("{\"source\" :")
}

/// The note saying how many terminal controls were taken out of an article.
fn removed_note(removed: usize) -> Option<String> {
    match removed {
        0 => None,
        1 => Some("removed 1 terminal control sequence".to_owned()),
        n => Some(format!("removed {n} terminal control sequences")),
    }
}

/// Cleans every string of an interview read from JSON, as an article's text is cleaned.
fn clean_interview(iv: &mut Interview) {
    let mut removed = 0;
    for s in iv.strings_mut() {
        let c = text::clean::clean_counted(s);
        removed += c.removed;
        *s = c.text;
    }
    iv.notes.extend(removed_note(removed));
}

/// How inputs are read: the user's encoding, if any, and the size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub encoding: Option<&'static Encoding>,
    pub max_bytes: u64,
}

impl Default for Reading {
    fn default() -> Reading {
        Reading { encoding: None, max_bytes: MAX_BYTES }
    }
}

/// The input's bytes (at most `max` of them), with what its name or server says of them.
fn read(origin: &Origin, max: u64) -> Result<Raw> {
    let mut bytes = Vec::new();
    match origin {
        Origin::Bundled(name) => {
            let (_, text) = BUNDLED.iter().find(|(n, _)| n == name).context("no such bundled sample")?;
            bytes = text.as_bytes().to_vec();
        }
        Origin::Stdin => {
            std::io::stdin().lock().take(max + 1).read_to_end(&mut bytes)?;
        }
        Origin::File(path) => {
            let file = fs::File::open(path)?;
            let size = file.metadata().map(|m| m.len()).unwrap_or(0);
            if size > max {
                bail!("{}", too_large(Some(size), max));
            }
            file.take(max + 1).read_to_end(&mut bytes)?;
        }
        Origin::Url(url) => {
            let got = http::fetch(url, max)?;
            let ct = got.content_type.as_deref();
            let media = ct.and_then(media::from_content_type);
            let charset = ct.and_then(markup::html::charset::from_content_type);
            return Ok(Raw { bytes: got.bytes, media, charset, url: Some(got.url) });
        }
    }
    if bytes.len() as u64 > max {
        bail!("{}", too_large(None, max));
    }
    Ok(Raw { bytes, media: origin.media(), charset: None, url: None })
}

/// "it is 40.2 MiB, above the 32 MiB limit: --max-size 64 reads it".
pub(crate) fn too_large(size: Option<u64>, max: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    let is = match size {
        Some(n) => format!("it is {:.1} MiB", n as f64 / MIB as f64),
        None => format!("it is more than {} MiB", max / MIB),
    };
    let need = size.unwrap_or(max + 1).div_ceil(MIB).next_power_of_two().max(max / MIB * 2);
    format!("{is}, above the {} MiB limit: --max-size {need} reads it", max / MIB)
}

/// Interviews from `--json` output (one object per line), or `None` if this is not JSON.
fn from_json(text: &str) -> Option<Result<Vec<Interview>>> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    Some(lines.map(|l| serde_json::from_str(l).map_err(anyhow::Error::from)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn every_sample_in_data_is_bundled() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let mut on_disk: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = BUNDLED.iter().map(|(n, _)| (*n).to_owned()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
    }

    #[test]
    fn json_output_reads_back() {
        let iv = Interview { source: "x".into(), title: Some("T".into()), ..Interview::default() };
        let line = serde_json::to_string(&iv).unwrap();
        let back = from_json(&format!("{line}\n{line}\n")).unwrap().unwrap();
        assert_eq!(back, [iv.clone(), iv]);
    }
}
