//! HTML pages to blocks: parsed by html5ever (nesting capped, no recursion), the page's
//! metadata read, the article found, and its text walked into blocks; the headline and the
//! lines between it and the article (standfirst, byline, date) join the article's blocks.

pub mod charset;
mod content;
mod meta;
mod names;
mod tree;
mod walk;

pub use meta::date;

use super::{Block, Document, Kind};
use walk::Region;

/// At most this many blocks between the headline and the article are kept.
const PREAMBLE: usize = 15;

/// Reads a page.
///
/// ```
/// let page = "<html><head><title>A long talk with Ann Lee - Site</title></head><body><nav>Home | News</nav>\
///             <h1>A long talk with Ann Lee</h1><div class=content><p><b>Why?</b></p><p>Because, it is so, and so.</p></div></body>";
/// let doc = phongvan::markup::html::document(page);
/// assert_eq!(doc.page.title.as_deref(), Some("A long talk with Ann Lee"));
/// let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
/// assert_eq!(texts, ["A long talk with Ann Lee", "Why?", "Because, it is so, and so."]);
/// ```
pub fn document(text: &str) -> Document {
    let html = tree::parse(text);
    let (found, walked, removed) = article(&html);
    let page = meta::page(&html, &found.skip);
    let total = walked.len();
    let blocks = keep(walked);
    let mut left_out: Vec<String> = found.dropped.iter().map(|(what, n)| format!("{n} {what}")).collect();
    if total > blocks.len() {
        left_out.push(format!("{} blocks outside the article", total - blocks.len()));
    }
    let notes = (!left_out.is_empty()).then(|| format!("left out of the page: {}", left_out.join(", ")));
    Document { blocks, page, notes: notes.into_iter().collect(), removed, ours: false }
}

/// The article and the page's blocks; when leaving out boxes by their names leaves little
/// of an article, the page is looked at again without that (its main column may be called
/// a "sidebar").
fn article(html: &scraper::Html) -> (content::Content, Vec<(Block, Region)>, usize) {
    let found = content::find(html, true);
    let (walked, removed) = walk::blocks(html, &found);
    if article_chars(&walked) >= 500 {
        return (found, walked, removed);
    }
    let loose = content::find(html, false);
    let (again, removed_again) = walk::blocks(html, &loose);
    if article_chars(&again) > article_chars(&walked) {
        (loose, again, removed_again)
    } else {
        (found, walked, removed)
    }
}

fn article_chars(walked: &[(Block, Region)]) -> usize {
    walked.iter().filter(|(_, r)| *r == Region::In).map(|(b, _)| b.text.len()).sum()
}

/// The article's blocks, after its headline and what lies between the two.
fn keep(walked: Vec<(Block, Region)>) -> Vec<Block> {
    let first_in = walked.iter().position(|(_, r)| *r == Region::In);
    let Some(first_in) = first_in else { return walked.into_iter().map(|(b, _)| b).collect() };
    let headline = walked[..first_in].iter().rposition(|(b, _)| b.kind == Kind::Heading(1));
    let from = match headline {
        Some(h) if first_in - h <= PREAMBLE => Some(h..first_in),
        Some(h) => Some(h..h + 1),
        None => None,
    };
    let has_own_headline = walked.iter().any(|(b, r)| *r == Region::In && b.kind == Kind::Heading(1));
    let preamble = from.filter(|_| !has_own_headline).unwrap_or(0..0);
    walked
        .into_iter()
        .enumerate()
        .filter(|(i, (_, r))| *r == Region::In || preamble.contains(i))
        .map(|(_, (b, _))| b)
        .collect()
}
