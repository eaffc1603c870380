//! The page's text as blocks, in document order: each with its kind (from the elements
//! around it), its bold and italic runs, and where it sits: before the article's
//! container, in it, or after it. One walk over the tree, no recursion.

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

use super::content::Content;
use super::content::is_block;
use super::names::attr;
use crate::markup::inline::Inline;
use crate::markup::{Block, Kind, Run};

/// Where a block sits relative to the article's container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    Before,
    In,
    After,
}

/// The walk's state: the block being built and what the open elements say about it.
#[derive(Default)]
struct Walker<'a> {
    /// Elements whose class makes a caption, or a dateline (from `content::find`).
    captions: Option<&'a super::content::NodeSet>,
    datelines: Option<&'a super::content::NodeSet>,
    inline: Inline,
    out: Vec<(Block, Region)>,
    bold: usize,
    italic: usize,
    caption: usize,
    quote: usize,
    item: usize,
    heading: Vec<u8>,
    pre: usize,
    /// Open elements that are parts of the article.
    inside: usize,
    seen_article: bool,
    /// An image came since the last block: an italic line next is its caption.
    image: bool,
}

/// Walks the page found by `content::find`: its parts are the article's containers, its
/// skip set the subtrees left out.
pub fn blocks(html: &Html, found: &Content) -> (Vec<(Block, Region)>, usize) {
    let (parts, skip) = (&found.parts, &found.skip);
    let mut w =
        Walker { captions: Some(&found.captions), datelines: Some(&found.datelines), ..Walker::default() };
    let mut skipping: Option<NodeId> = None;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(_) if skipping.is_some() => {}
            Edge::Open(n) if skip.contains(&n.id()) => skipping = Some(n.id()),
            Edge::Open(n) => match n.value() {
                Node::Element(el) => w.open(el, n.id(), parts.contains(&n.id())),
                Node::Text(t) => w.text(&t.text),
                _ => {}
            },
            Edge::Close(n) if skipping == Some(n.id()) => skipping = None,
            Edge::Close(n) if skipping.is_none() => {
                if let Node::Element(el) = n.value() {
                    w.close(el, n.id(), parts.contains(&n.id()));
                }
            }
            Edge::Close(_) => {}
        }
    }
    w.flush();
    let removed = w.inline.removed;
    (w.out, removed)
}

impl Walker<'_> {
    fn open(&mut self, el: &Element, id: NodeId, part: bool) {
        let name = el.name();
        if (is_block(name) || name == "br") && self.caption > 0 {
            self.inline.gap(); // a caption's paragraphs (its credit among them) are one caption
        } else if is_block(name) || name == "br" {
            self.flush();
        }
        if self.datelines.is_some_and(|d| d.contains(&id)) {
            self.inline.gap();
        }
        if part {
            self.inside += 1;
            self.seen_article = true;
        }
        self.enter(el, self.captions.is_some_and(|c| c.contains(&id)), 1);
    }

    fn close(&mut self, el: &Element, id: NodeId, part: bool) {
        let caption_class = self.captions.is_some_and(|c| c.contains(&id));
        let ends_caption = el.name() == "figcaption" || caption_class;
        if is_block(el.name()) && self.caption > 0 && !ends_caption {
            self.inline.gap();
        } else if is_block(el.name()) || ends_caption {
            self.flush();
        }
        if self.datelines.is_some_and(|d| d.contains(&id)) {
            self.inline.gap(); // "Cần Thơ" printed before the lead's first word, no space
        }
        self.enter(el, caption_class, -1);
        if part {
            self.flush();
            self.inside -= 1;
        }
    }

    /// Counts an element in (`by` = 1) or out (-1) of the contexts it sets.
    fn enter(&mut self, el: &Element, caption_class: bool, by: isize) {
        let bump = |n: &mut usize| *n = n.saturating_add_signed(by);
        match el.name() {
            "b" | "strong" => bump(&mut self.bold),
            "i" | "em" | "cite" => bump(&mut self.italic),
            "figcaption" => bump(&mut self.caption),
            "blockquote" => bump(&mut self.quote),
            "li" | "dd" => bump(&mut self.item),
            "pre" => bump(&mut self.pre),
            "img" if by > 0 => self.image = true,
            name => {
                if let Some(level) = heading_level(name) {
                    if by > 0 {
                        self.heading.push(level)
                    } else {
                        self.heading.pop();
                    }
                } else if caption_class {
                    bump(&mut self.caption);
                } else if is_bold_style(el) {
                    bump(&mut self.bold);
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.pre > 0 && text.contains('\n') {
            // preformatted lines are lines
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.flush();
                }
                self.inline.push(line, self.bold > 0, self.italic > 0);
            }
            return;
        }
        self.inline.push(text, self.bold > 0, self.italic > 0);
    }

    /// Ends the block being built.
    fn flush(&mut self) {
        let Some(mut block) = self.inline.finish(self.kind()) else { return };
        if self.image
            && block.kind == Kind::Paragraph
            && block.em == Run::Whole
            && block.text.chars().count() <= 300
        {
            block.kind = Kind::Caption; // an italic line under a photo
        }
        self.image = false;
        let region = match (self.inside > 0, self.seen_article) {
            (true, _) => Region::In,
            (false, false) => Region::Before,
            (false, true) => Region::After,
        };
        self.out.push((block, region));
    }

    fn kind(&self) -> Kind {
        if self.caption > 0 {
            Kind::Caption
        } else if let Some(&level) = self.heading.last() {
            Kind::Heading(level)
        } else if self.quote > 0 {
            Kind::Quote
        } else if self.item > 0 {
            Kind::ListItem
        } else {
            Kind::Paragraph
        }
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

/// `style="font-weight: bold"` (or 600 and up).
fn is_bold_style(el: &Element) -> bool {
    let Some(style) = attr(el, "style") else { return false };
    let style = style.to_ascii_lowercase().replace(' ', "");
    style.split(';').any(|d| {
        d.strip_prefix("font-weight:")
            .is_some_and(|v| v.starts_with("bold") || v.parse::<u32>().is_ok_and(|n| n >= 600))
    })
}
