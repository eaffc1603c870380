//! Front ends for marked-up articles: HTML and Markdown become one list of blocks, each
//! with what its markup says (a heading, a caption, a list item, a quote; bold or italic,
//! wholly or in a leading run), plus the page's own metadata. The one parser weighs this
//! as evidence beside the text; it is not a second parser.

pub mod html;
pub mod inline;
pub mod markdown;

/// What kind of block the markup made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Kind {
    #[default]
    Paragraph,
    /// `<h1>`…`<h6>`, `#`…`######`.
    Heading(u8),
    ListItem,
    /// A block quote (`<blockquote>`, `> `).
    Quote,
    /// A photo caption (`<figcaption>`, a caption class, an image's alt text).
    Caption,
}

/// How much of a block is in bold (or in italics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Run {
    #[default]
    None,
    /// All of its text.
    Whole,
    /// Its first `n` bytes (a label such as "PV:" or a name), then plain text.
    Lead(usize),
}

/// One block of an article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Block {
    pub kind: Kind,
    /// Cleaned (no controls, NFC), spaces collapsed, trimmed.
    pub text: String,
    pub strong: Run,
    pub em: Run,
}

/// What a page says of itself (JSON-LD, OpenGraph, meta tags, front matter).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// An organisation given as the author (a newsroom's name): the author only when the
    /// article's own text names nobody.
    pub author_org: Option<String>,
    /// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", as the page gives it (its own time zone).
    pub published: Option<String>,
    /// The site or publisher's name.
    pub site: Option<String>,
    /// The canonical address.
    pub url: Option<String>,
    pub description: Option<String>,
}

impl Page {
    /// Cleans what came from attributes and scripts as article text is cleaned.
    pub fn clean(&mut self) {
        let fields =
            [&mut self.title, &mut self.published, &mut self.site, &mut self.url, &mut self.description];
        for s in fields.into_iter().flatten().chain(self.authors.iter_mut()) {
            *s = crate::text::clean(s).trim().to_owned();
        }
        self.authors.retain(|a| !a.is_empty());
    }
}

/// An article read by a front end.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    pub page: Page,
    /// What the reader should know (what was left out of the page, and why).
    pub notes: Vec<String>,
    /// Terminal controls removed from the text.
    pub removed: usize,
    /// Its front matter says `labels: none` (phongvan's own `--markdown` does): its "Q"
    /// and "A" labels stand for turns that had none.
    pub ours: bool,
}
