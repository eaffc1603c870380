//! What an element's class and id say of it: a box that is never the article (share bars,
//! comments, related lists, ads, embeds), text hidden from sight, a caption, and
//! Readability's weight for a container.

use std::collections::HashSet;

use scraper::node::Element;
use scraper::{ElementRef, Html};

/// Class and id words of boxes that are never the article, unless an article word is there
/// too ("article-sidebar" stays).
const CHROME: &[&str] = &[
    "ads", "ad", "banner", "popup", "cookie", "cookies", "login", "signup", "promo", "rating", "pagination",
    "pager", "toolbar", "print", "sidebar", "widget", "trending", "popular", "tags", "tag",
];
/// Parts of names that mark chrome wherever they occur: "RelatedNewsBox", "box-tin-lien-quan",
/// "most-read", "twitter-tweet".
const CHROME_PARTS: &[&str] = &[
    "related", "comment", "advert", "newsletter", "subscri", "sponsor", "recommend", "breadcrumb",
    "outbrain", "taboola", "disqus", "social", "sharing", "sharebar", "sharetool", "mostread", "mostpopular",
    "tweet", "instagram", "lienquan", "binhluan", "xemthem", "tinkhac", "docthem", "docnhieu", "quangcao",
    "tinnoibat",
];
/// Words that keep a box even when a chrome word is in its name too.
const ARTICLE: &[&str] = &["article", "content", "body", "main", "post", "entry", "story", "detail", "text"];
/// Parts that win over article words ("article-comments", "content-share").
const STRONG: &[&str] =
    &["comment", "share", "social", "related", "advert", "outbrain", "taboola", "disqus", "tweet"];
/// Names of text kept for screen readers only ("visually-hidden", "sr-only").
const HIDDEN: &[&str] = &["visuallyhidden", "sronly", "screenreadertext", "offscreen", "hiddentext"];

/// The class and id, lowercased (one allocation; words and the joined form on demand).
struct Names {
    all: String,
    /// Without separators: "box-tin-lien-quan" → "boxtinlienquan".
    squashed: String,
}

fn names(el: &Element) -> Option<Names> {
    let (class, id) = (el.attr("class").unwrap_or_default(), el.id().unwrap_or_default());
    if class.is_empty() && id.is_empty() {
        return None;
    }
    let mut all = String::with_capacity(class.len() + id.len() + 1);
    all.push_str(class);
    all.push(' ');
    all.push_str(id);
    all.make_ascii_lowercase();
    let squashed = all.chars().filter(char::is_ascii_alphanumeric).collect();
    Some(Names { all, squashed })
}

impl Names {
    fn words(&self) -> impl Iterator<Item = &str> {
        self.all.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty())
    }

    fn has(&self, set: &[&str]) -> bool {
        self.words().any(|w| set.contains(&w))
    }

    fn contains(&self, parts: &[&str]) -> bool {
        parts.iter().any(|p| self.squashed.contains(p))
    }
}

/// What an element's class and id say, worked out once for each pair a page uses (a page
/// repeats a few dozen class names thousands of times).
#[derive(Debug, Clone, Copy, Default)]
pub struct Facts {
    pub chrome_strict: bool,
    pub chrome_loose: bool,
    pub hidden: bool,
    pub caption: bool,
    pub dateline: bool,
}

/// [`Facts`] by (class, id), for one page.
#[derive(Default)]
pub struct Cache<'a> {
    seen: std::collections::HashMap<(&'a str, &'a str), Facts>,
}

impl<'a> Cache<'a> {
    /// The facts of an element (all false for one without a class or id); `hidden` are the
    /// classes the page's style sheets hide.
    pub fn facts(&mut self, el: &'a Element, hidden: &HashSet<String>) -> Facts {
        let key = (el.attr("class").unwrap_or_default(), el.id().unwrap_or_default());
        if key == ("", "") {
            return Facts::default();
        }
        *self.seen.entry(key).or_insert_with(|| {
            let Some(n) = names(el) else { return Facts::default() };
            let (strong, parts, article) = (n.contains(STRONG), n.contains(CHROME_PARTS), n.has(ARTICLE));
            Facts {
                chrome_strict: strong || ((n.has(CHROME) || parts) && !article),
                chrome_loose: strong || (parts && !article),
                hidden: is_hidden_class(el) || has_class_in(el, hidden),
                caption: n.contains(CAPTION),
                dateline: n.contains(DATELINE),
            }
        })
    }
}

/// Text kept for screen readers only: "Tác giả,", "Nguồn hình ảnh," before what is seen.
pub fn is_hidden_class(el: &Element) -> bool {
    // whole class names only: "hidden-xs" hides on small screens, not on this one
    let classes = el.attr("class").unwrap_or_default().to_ascii_lowercase();
    classes.split_whitespace().any(|c| {
        let squashed: String = c.chars().filter(char::is_ascii_alphanumeric).collect();
        c == "hidden" || HIDDEN.contains(&squashed.as_str())
    })
}

/// Classes the page's own style sheets hide from sight (`.x{position:absolute;clip:rect(0 0
/// 0 0)…}`, `display:none`): sites print "Tác giả," or "Image source," in them for screen
/// readers. Only rules for a single class are read.
pub fn hidden_classes(html: &Html) -> HashSet<String> {
    let mut out = HashSet::new();
    let styles = html.tree.nodes().filter_map(ElementRef::wrap).filter(|e| e.value().name() == "style");
    for style in styles {
        let css: String = style.text().collect();
        for rule in css.split('}') {
            let Some((selectors, body)) = rule.split_once('{') else { continue };
            let body: String = body.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
            let hides = body.contains("clip:rect(0")
                || body.contains("clip-path:inset(")
                || body.contains("display:none")
                || (body.contains("width:1px")
                    && body.contains("height:1px")
                    && body.contains("overflow:hidden"));
            if !hides {
                continue;
            }
            for sel in selectors.split(',').map(str::trim) {
                let class = sel
                    .strip_prefix('.')
                    .filter(|c| c.chars().all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '_'));
                out.extend(class.map(str::to_owned));
            }
        }
    }
    out
}

/// True when the element carries one of `classes`.
pub fn has_class_in(el: &Element, classes: &HashSet<String>) -> bool {
    !classes.is_empty() && el.attr("class").is_some_and(|c| c.split_whitespace().any(|c| classes.contains(c)))
}

const CAPTION: &[&str] = &["caption", "chuthich", "imagedesc"];
const DATELINE: &[&str] = &["locationstamp", "dateline", "location"];

/// Readability's class weight: article words up, chrome words down.
pub fn class_weight(el: &Element) -> f64 {
    let Some(n) = names(el) else { return 0.0 };
    let positive = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "detail",
        "singular", "fck",
    ];
    let negative = [
        "footer", "meta", "footnote", "masthead", "media", "tags", "tag", "byline", "caption", "menu", "nav",
        "sidebar",
    ];
    25.0 * (f64::from(u8::from(n.has(&positive))) - f64::from(u8::from(n.has(&negative))))
}
