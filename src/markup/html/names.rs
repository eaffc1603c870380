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

/// An attribute's value. scraper's `Element::attr` interns the name it is asked for on
/// every call; comparing the names already there costs a few instructions instead.
pub fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.attrs().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// What one name (a class list or an id) says, each part on its own: combined for an
/// element by [`Cache::facts`].
#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    strong: bool,
    weak: bool,
    parts: bool,
    article: bool,
    caption: bool,
    dateline: bool,
}

fn flags(name: &str) -> Flags {
    let lower = name.to_ascii_lowercase();
    let has = |set: &[&str]| lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| set.contains(&w));
    let squashed: String = lower.chars().filter(char::is_ascii_alphanumeric).collect();
    let contains = |parts: &[&str]| parts.iter().any(|p| squashed.contains(p));
    Flags {
        strong: contains(STRONG),
        weak: has(CHROME),
        parts: contains(CHROME_PARTS),
        article: has(ARTICLE),
        caption: contains(CAPTION),
        dateline: contains(DATELINE),
    }
}

/// What an element's class and id say, worked out once for each class list and each id a
/// page uses (a page repeats a few dozen class names thousands of times).
#[derive(Debug, Clone, Copy, Default)]
pub struct Facts {
    pub chrome_strict: bool,
    pub chrome_loose: bool,
    pub hidden: bool,
    pub caption: bool,
    pub dateline: bool,
}

/// [`Flags`] by class list and by id, for one page.
#[derive(Default)]
pub struct Cache<'a> {
    classes: std::collections::HashMap<&'a str, (Flags, bool)>,
    ids: std::collections::HashMap<&'a str, Flags>,
}

impl<'a> Cache<'a> {
    /// The facts of an element (all false for one without a class or id); `hidden` are the
    /// classes the page's style sheets hide.
    pub fn facts(&mut self, el: &'a Element, hidden: &HashSet<String>) -> Facts {
        let (class, id) = (attr(el, "class").unwrap_or_default(), el.id().unwrap_or_default());
        if class.is_empty() && id.is_empty() {
            return Facts::default();
        }
        let (c, hides) =
            *self.classes.entry(class).or_insert_with(|| (flags(class), hides_by_class(class, hidden)));
        let i =
            if id.is_empty() { Flags::default() } else { *self.ids.entry(id).or_insert_with(|| flags(id)) };
        let (strong, parts, article) = (c.strong || i.strong, c.parts || i.parts, c.article || i.article);
        Facts {
            chrome_strict: strong || ((c.weak || i.weak || parts) && !article),
            chrome_loose: strong || (parts && !article),
            hidden: hides,
            caption: c.caption || i.caption,
            dateline: c.dateline || i.dateline,
        }
    }
}

/// Text kept for screen readers only ("Tác giả,", "Nguồn hình ảnh," before what is seen),
/// by a class name that says so or one the page's style sheets hide. Whole class names
/// only: "hidden-xs" hides on small screens, not on this one.
fn hides_by_class(class: &str, hidden: &HashSet<String>) -> bool {
    class.split_whitespace().any(|c| {
        let squashed: String =
            c.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
        c.eq_ignore_ascii_case("hidden") || HIDDEN.contains(&squashed.as_str()) || hidden.contains(c)
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

const CAPTION: &[&str] = &["caption", "chuthich", "imagedesc"];
const DATELINE: &[&str] = &["locationstamp", "dateline", "location"];

/// Readability's class weight: article words up, chrome words down.
pub fn class_weight(el: &Element) -> f64 {
    let all = format!("{} {}", attr(el, "class").unwrap_or_default(), el.id().unwrap_or_default())
        .to_ascii_lowercase();
    let has = |set: &[&str]| all.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| set.contains(&w));
    let positive = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "detail",
        "singular", "fck",
    ];
    let negative = [
        "footer", "meta", "footnote", "masthead", "media", "tags", "tag", "byline", "caption", "menu", "nav",
        "sidebar",
    ];
    25.0 * (f64::from(u8::from(has(&positive))) - f64::from(u8::from(has(&negative))))
}
