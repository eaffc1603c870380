//! Markdown to blocks with pulldown-cmark's events: headings, paragraphs with their bold
//! and italic runs, block quotes, list items, images (their alt text a caption, as is an
//! italic line right under one, or any italic line in phongvan's own Markdown), links as
//! their text, front matter as the page's metadata.

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::inline::Inline;
use super::{Block, Document, Kind, Page, Run};

/// Reads a Markdown article.
///
/// ```
/// let doc = phongvan::markup::markdown::document("# Tiêu đề\n\n**PV:** Ông nghĩ sao?\n\n> Trích dẫn\n");
/// let kinds: Vec<_> = doc.blocks.iter().map(|b| (b.kind, b.strong)).collect();
/// use phongvan::markup::{Kind, Run};
/// assert_eq!(kinds, [(Kind::Heading(1), Run::None), (Kind::Paragraph, Run::Lead(3)), (Kind::Quote, Run::None)]);
/// ```
pub fn document(text: &str) -> Document {
    let options =
        Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut r = Reader::default();
    for event in Parser::new_ext(text, options) {
        r.event(event);
    }
    r.flush();
    let removed = r.inline.removed;
    Document { blocks: r.blocks, page: r.page, notes: Vec::new(), removed, ours: r.ours }
}

#[derive(Default)]
struct Reader {
    inline: Inline,
    blocks: Vec<Block>,
    page: Page,
    bold: usize,
    italic: usize,
    quote: usize,
    item: usize,
    heading: Option<u8>,
    /// Inside an image: its alt text is being read.
    image: usize,
    /// The last block was an image alone: an italic line next is its caption.
    after_image: bool,
    in_metadata: bool,
    ours: bool,
    /// The front matter says phongvan wrote it: a whole italic line is a caption.
    generated: bool,
}

impl Reader {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            Event::Text(t) if self.in_metadata => {
                let (ours, generated) = front_matter(&t, &mut self.page);
                self.ours |= ours;
                self.generated |= generated;
            }
            Event::Text(t) | Event::Code(t) => self.inline.push(&t, self.bold > 0, self.italic > 0),
            Event::InlineHtml(h) | Event::Html(h) => self.html(&h),
            Event::SoftBreak => self.inline.gap(),
            Event::HardBreak | Event::Rule => self.flush(),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph | Tag::CodeBlock(_) | Tag::TableRow | Tag::TableHead => self.flush(),
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(level_of(level));
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote += 1;
            }
            Tag::Item => {
                self.flush();
                self.item += 1;
            }
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Image { .. } => {
                self.flush();
                self.image += 1;
            }
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => self.in_metadata = true,
            Tag::TableCell => self.inline.gap(),
            _ => {}
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::TableRow | TagEnd::TableHead => self.flush(),
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote -= 1;
            }
            TagEnd::Item => {
                self.flush();
                self.item -= 1;
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Image => {
                // the alt text: a caption of its own
                self.flush();
                self.image -= 1;
                self.after_image = true;
            }
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            _ => {}
        }
    }

    /// Raw HTML in Markdown: its text, read by the HTML front end, joins the flow.
    fn html(&mut self, html: &str) {
        if html.trim_start().starts_with("<br") {
            self.flush();
            return;
        }
        let text: String = scraper::Html::parse_fragment(html).root_element().text().collect();
        self.inline.push(&text, self.bold > 0, self.italic > 0);
    }

    fn flush(&mut self) {
        let kind = self.kind();
        let after_image = std::mem::take(&mut self.after_image);
        if let Some(mut block) = self.inline.finish(kind) {
            let remark = crate::export::REMARK;
            if self.generated && block.em == Run::Whole && block.text.starts_with(remark) {
                // phongvan's own remark: the interviewer's side, as an unlabelled question
                // would be ("Q" stands for no label), which the parser makes a remark
                block.text = format!("Q: {}", &block.text[remark.len()..]);
                (block.em, block.strong) = (Run::None, Run::Lead(2));
            } else if (after_image || self.generated)
                && block.kind == Kind::Paragraph
                && block.em == Run::Whole
            {
                block.kind = Kind::Caption;
            }
            self.blocks.push(block);
        } else {
            self.after_image = after_image;
        }
    }

    fn kind(&self) -> Kind {
        if self.image > 0 {
            Kind::Caption
        } else if let Some(level) = self.heading {
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

fn level_of(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// `key: value` lines of YAML front matter, as read-later apps and phongvan write them;
/// whether they say "Q" and "A" (or "Hỏi" and "Đáp") stand for turns without labels
/// (`labels: none` or `mixed`, phongvan's own), and whether phongvan wrote them.
fn front_matter(text: &str, page: &mut Page) -> (bool, bool) {
    let mut ours = false;
    let mut generated = false;
    for line in text.lines() {
        let Some((key, value)) = line.split_once(':') else { continue };
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        let value = crate::text::clean(&value);
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => page.title = Some(value),
            "author" | "authors" | "byline" => page.authors = vec![value],
            "date" | "published" | "saved" | "created" => page.published = super::html::date(&value),
            "site" | "site_name" | "publisher" => page.site = Some(value),
            "url" | "source" | "link" => page.url = Some(value),
            "description" | "excerpt" => page.description = Some(value),
            "labels" => ours |= value == "none" || value == "mixed",
            "generator" => generated |= value == "phongvan",
            _ => {}
        }
    }
    (ours, generated)
}

/// A YAML scalar without its quotes (`"a \"b\""` → `a "b"`).
fn unquote(v: &str) -> String {
    if let Some(inner) = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }
    v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')).unwrap_or(v).replace("''", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(md: &str) -> Vec<(Kind, Run, String)> {
        document(md).blocks.into_iter().map(|b| (b.kind, b.strong, b.text)).collect()
    }

    #[test]
    fn bold_questions_lists_quotes_and_links_as_text() {
        let b = blocks(
            "**Ông nghĩ sao về [dự án](http://x)?**\n\nTôi nghĩ vậy:\n\n- một\n- hai\n\n> Câu trích\n",
        );
        assert_eq!(b[0], (Kind::Paragraph, Run::Whole, "Ông nghĩ sao về dự án?".into()));
        assert_eq!(b[1].2, "Tôi nghĩ vậy:");
        assert_eq!((b[2].0, b[3].0), (Kind::ListItem, Kind::ListItem));
        assert_eq!(b[4].0, Kind::Quote);
    }

    #[test]
    fn images_give_captions_and_front_matter_gives_metadata() {
        let doc = document(
            "---\ntitle: Cuộc trò chuyện\nauthor: Vũ Thủy\ndate: 2023-02-18T06:52:00+07:00\n---\n\n![Ông A tại hội nghị](a.jpg)\n\n*Ảnh: Minh Anh*\n\nĐoạn văn.\n",
        );
        assert_eq!(doc.page.title.as_deref(), Some("Cuộc trò chuyện"));
        assert_eq!(doc.page.published.as_deref(), Some("2023-02-18T06:52"));
        let kinds: Vec<Kind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [Kind::Caption, Kind::Caption, Kind::Paragraph]);
        assert_eq!(doc.blocks[0].text, "Ông A tại hội nghị");
    }
}
