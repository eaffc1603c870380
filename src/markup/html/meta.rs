//! What a page says of itself, best source first: JSON-LD (`NewsArticle`, `Article`,
//! `@graph`, arrays), OpenGraph and `article:*`, `meta name=…` (author, Dublin Core,
//! parsely, pubdate), `itemprop`, `<time datetime>`, the canonical link, the visible byline,
//! then `<title>` with the site's name taken off.

use std::collections::HashMap;

use super::names::attr;
use crate::markup::Page;
use ego_tree::NodeId;
use scraper::{ElementRef, Html};

mod ld;
mod text;
mod title;

pub use text::date;
use text::{strip_by, tidy};

/// What the page's own tags say, gathered in one pass.
#[derive(Debug, Default)]
struct Found {
    /// The first JSON-LD article.
    ld: ld::Ld,
    /// `<meta>` values by normalised key ("og:title", "dc:creator", "author"), as
    /// Readability keys them; the last one of a key wins, as there.
    values: HashMap<String, String>,
    /// Other dates and authors (itemprop, pubdate, `<time>`), first one wins.
    extra: Page,
    /// Elements that print the byline, in document order.
    bylines: Vec<(NodeId, String)>,
    title_tag: Option<String>,
    headings: Vec<(u8, String)>,
}

/// The page's metadata, with Readability's order of sources first (JSON-LD, then meta
/// tags, then `<title>`), then what it leaves out (itemprop, `<time>`, pubdate); the
/// visible byline counts unless `skip` left it out of the page.
pub fn page(html: &Html, skip: &super::content::NodeSet) -> Page {
    let mut f = Found::default();
    for node in html.tree.nodes() {
        if let Some(el) = ElementRef::wrap(node) {
            look(el, &mut f);
        }
    }
    let v = |k: &str| f.values.get(k).cloned();
    let title = ld_title(&f)
        .or_else(|| first(&v, TITLE_KEYS))
        .or_else(|| title::article_title(f.title_tag.as_deref(), &f.headings));
    let site = f.ld.page.site.clone().or_else(|| v("og:site_name")).or_else(|| f.extra.site.clone());
    Page {
        title: title.map(|t| tidy(&t)).filter(|t| !t.is_empty()),
        authors: author(&f, html, skip)
            .map(|a| tidy(strip_by(&a)))
            .filter(|a| !a.is_empty())
            .into_iter()
            .collect(),
        author_org: joined(&f.ld.orgs),
        published: text::local_first(&dates(&f)).and_then(date),
        site: site.map(|s| tidy(&s)),
        url: f.ld.page.url.clone().or_else(|| v("og:url")).or_else(|| f.extra.url.clone()),
        description: f.ld.page.description.clone().or_else(|| first(&v, DESCRIPTION_KEYS)).map(|d| tidy(&d)),
    }
}

fn joined(names: &[String]) -> Option<String> {
    (!names.is_empty()).then(|| names.join(", "))
}

/// The author: people in JSON-LD, then the meta tags Readability reads, then the rest,
/// then the visible byline (unless it lies in a part of the page left out).
fn author(f: &Found, html: &Html, skip: &super::content::NodeSet) -> Option<String> {
    let v = |k: &str| f.values.get(k).cloned();
    let article_author = v("article:author").filter(|a| !a.contains("://"));
    let visible = || f.bylines.iter().find(|(id, _)| !left_out(html, *id, skip)).map(|(_, t)| t.clone());
    joined(&f.ld.page.authors)
        .or_else(|| first(&v, AUTHOR_KEYS))
        .or(article_author)
        .or_else(|| f.extra.authors.first().cloned())
        .or_else(visible)
}

/// Every date the page gives, best source first.
fn dates(f: &Found) -> Vec<String> {
    let meta = DATE_KEYS.iter().filter_map(|k| f.values.get(*k).cloned());
    f.ld.page.published.iter().cloned().chain(meta).chain(f.extra.published.clone()).collect()
}

const TITLE_KEYS: &[&str] = &[
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
    "twitter:title", "parsely-title",
];
const AUTHOR_KEYS: &[&str] = &["dc:creator", "dcterm:creator", "author", "parsely-author"];
const DATE_KEYS: &[&str] = &["article:published_time", "parsely-pub-date"];
const DESCRIPTION_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];

fn first(v: &impl Fn(&str) -> Option<String>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| v(k).filter(|s| !s.trim().is_empty()))
}

/// True when the node lies in a subtree left out of the page.
fn left_out(html: &Html, id: NodeId, skip: &super::content::NodeSet) -> bool {
    html.tree.get(id).is_some_and(|n| skip.contains(&id) || n.ancestors().any(|a| skip.contains(&a.id())))
}

/// Reads one element into the candidates.
fn look(el: ElementRef, f: &mut Found) {
    let v = el.value();
    match v.name() {
        "meta" => meta(v, f),
        "link"
            if attr(v, "rel")
                .is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case("canonical"))) =>
        {
            f.extra.url = f.extra.url.take().or_else(|| attr(v, "href").map(str::to_owned));
        }
        "script"
            if !f.ld.seen
                && attr(v, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
        {
            let text: String = el.text().collect();
            if let Some(value) = ld::json(&text) {
                f.ld.seen = ld::linked_data(&value, &mut f.ld);
            }
        }
        "title" if f.title_tag.is_none() => f.title_tag = Some(el.text().collect()),
        "h1" | "h2" => f.headings.push((if v.name() == "h1" { 1 } else { 2 }, el.text().collect())),
        "time" if f.extra.published.is_none() => f.extra.published = attr(v, "datetime").map(str::to_owned),
        _ => {}
    }
    itemprop(el, f);
    if is_byline(el) && f.bylines.len() < 8 {
        let text = tidy(&el.text().collect::<String>());
        if (1..100).contains(&text.chars().count()) {
            f.bylines.push((el.id(), text));
        }
    }
}

/// `<meta property=… / name=… content=…>`, keyed as Readability keys them.
fn meta(v: &scraper::node::Element, f: &mut Found) {
    // some sites (New York magazine's among them) write `value=` where `content=` belongs
    let content = attr(v, "content").or_else(|| attr(v, "value"));
    let Some(content) = content.map(str::trim).filter(|c| !c.is_empty()) else { return };
    let from_property = attr(v, "property").and_then(property_key);
    let key = from_property.or_else(|| attr(v, "name").and_then(name_key));
    if let Some(key) = key {
        f.values.insert(key, content.to_owned());
        return;
    }
    let other =
        attr(v, "name").or_else(|| attr(v, "property")).or_else(|| attr(v, "itemprop")).unwrap_or_default();
    let set = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = Some(content.to_owned());
        }
    };
    match other.to_ascii_lowercase().as_str() {
        "pubdate"
        | "publishdate"
        | "publish-date"
        | "date"
        | "dc.date"
        | "dc.date.issued"
        | "dcterms.date"
        | "dcterms.created"
        | "dcterms.issued"
        | "sailthru.date"
        | "article.published"
        | "datepublished"
        | "publish_date"
        | "citation_publication_date"
        | "og:published_time" => set(&mut f.extra.published),
        "sailthru.author" | "byl" | "dcterms.creator" | "citation_author" if f.extra.authors.is_empty() => {
            f.extra.authors.push(strip_by(content).to_owned());
        }
        "application-name" => set(&mut f.extra.site),
        _ => {}
    }
}

/// "article:published_time", "og:title"…: the first `prefix:field` in a property list.
fn property_key(property: &str) -> Option<String> {
    const PREFIXES: [&str; 5] = ["article", "dc", "dcterm", "og", "twitter"];
    const FIELDS: [&str; 6] = ["author", "creator", "description", "published_time", "title", "site_name"];
    property.split_whitespace().find_map(|token| {
        let (prefix, field) = token.split_once(':')?;
        let (prefix, field) = (prefix.to_ascii_lowercase(), field.to_ascii_lowercase());
        (PREFIXES.contains(&prefix.as_str()) && FIELDS.contains(&field.as_str()))
            .then(|| format!("{prefix}:{field}"))
    })
}

/// "author", "dc:creator", "parsely-pub-date", "twitter:title"…: a `name=` Readability reads.
fn name_key(name: &str) -> Option<String> {
    const PREFIXES: [&str; 7] =
        ["dc", "dcterm", "og", "twitter", "parsely", "weibo:article", "weibo:webpage"];
    const FIELDS: [&str; 6] = ["author", "creator", "pub-date", "description", "title", "site_name"];
    let key: String = name.to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    let key = key.replace('.', ":");
    let field_at = FIELDS.iter().find(|f| key.ends_with(*f)).map(|f| key.len() - f.len())?;
    let prefix = key[..field_at].trim_end_matches([':', '-', '.']);
    let sep_ok = field_at == 0 || key[..field_at].ends_with([':', '-']);
    (sep_ok && (prefix.is_empty() || PREFIXES.contains(&prefix))).then_some(key)
}

/// `itemprop="author"` (with a `name` inside), `headline`, `datePublished`.
fn itemprop(el: ElementRef, f: &mut Found) {
    let Some(prop) = attr(el.value(), "itemprop") else { return };
    let value = || {
        let v = el.value();
        attr(v, "content")
            .or_else(|| attr(v, "datetime"))
            .map(str::to_owned)
            .unwrap_or_else(|| el.text().collect())
    };
    for prop in prop.split_whitespace() {
        match prop {
            "datePublished" if f.extra.published.is_none() => f.extra.published = Some(value()),
            "author" | "creator" if f.extra.authors.is_empty() => {
                let named = el.descendent_elements().find(|d| attr(d.value(), "itemprop") == Some("name"));
                let text = named.map_or_else(value, |n| {
                    attr(n.value(), "content").map_or_else(|| n.text().collect(), str::to_owned)
                });
                let text = tidy(&text);
                if (1..100).contains(&text.chars().count()) {
                    f.extra.authors.push(text);
                }
            }
            _ => {}
        }
    }
}

/// An element that prints the byline: `rel=author`, `itemprop=author`, or a class or id
/// that says so (Readability's test).
fn is_byline(el: ElementRef) -> bool {
    let v = el.value();
    if attr(v, "rel") == Some("author") || attr(v, "itemprop").is_some_and(|p| p.contains("author")) {
        return true;
    }
    let named = |s: &str| {
        ["byline", "author", "dateline", "writtenby", "p-author"].iter().any(|w| contains_ignoring_case(s, w))
    };
    (attr(v, "class").is_some_and(named) || v.id().is_some_and(named))
        && !matches!(v.name(), "body" | "html" | "article" | "main" | "section" | "meta" | "link")
}

/// `needle` (lowercase ASCII) in `hay`, in any case, without allocating.
fn contains_ignoring_case(hay: &str, needle: &str) -> bool {
    hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The JSON-LD title: its `name`, unless only its `headline` is like the page's title.
fn ld_title(f: &Found) -> Option<String> {
    let Some((name, headline)) = &f.ld.names else { return f.ld.page.title.clone() };
    let title = title::article_title(f.title_tag.as_deref(), &f.headings).unwrap_or_default();
    let like = |s: &str| title::similarity(s, &title) > 0.75;
    Some(if like(headline) && !like(name) { headline.clone() } else { name.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(page: &str) -> Page {
        self::page(&super::super::tree::parse(page), &super::super::content::NodeSet::default())
    }

    #[test]
    fn json_ld_wins_and_reads_graphs_and_lists() {
        let p = of(r#"<html><head><title>Tiêu đề - VnExpress</title>
            <meta property="og:title" content="OG tiêu đề">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","name":"x"},
              {"@type":["NewsArticle"],"headline":"Tiêu đề thật","datePublished":"2023-02-18T06:52:00+07:00",
               "author":[{"@type":"Person","name":"Vũ Thủy"}],"publisher":{"name":"Hànộimới"}}]}</script>
            </head><body><h1>H1</h1></body></html>"#);
        assert_eq!(p.title.as_deref(), Some("Tiêu đề thật"));
        assert_eq!(p.authors, ["Vũ Thủy"]);
        assert_eq!(p.published.as_deref(), Some("2023-02-18T06:52"));
        assert_eq!(p.site.as_deref(), Some("Hànộimới"));
    }

    #[test]
    fn open_graph_then_meta_then_title_tag() {
        let p = of(r#"<head><meta property="og:site_name" content="Tuổi Trẻ Online">
            <meta name="author" content="By Ann Lee"><meta name="pubdate" content="2024-03-05">
            <link rel="canonical" href="https://x.vn/a.htm">
            <title>Bác sĩ nói về giấc ngủ | Tuổi Trẻ Online</title></head><body></body>"#);
        assert_eq!(p.title.as_deref(), Some("Bác sĩ nói về giấc ngủ"));
        assert_eq!(p.authors, ["Ann Lee"]);
        assert_eq!(p.published.as_deref(), Some("2024-03-05"));
        assert_eq!(p.url.as_deref(), Some("https://x.vn/a.htm"));
    }

    #[test]
    fn the_visible_byline_and_time_are_last() {
        let p = of(r#"<body><h1>Một tiêu đề</h1><p class="author">By Jane Doe</p>
            <time datetime="2021-10-19T14:30:00.000Z">Oct 19</time></body>"#);
        assert_eq!(p.title.as_deref(), Some("Một tiêu đề"));
        assert_eq!(p.authors, ["Jane Doe"]);
        assert_eq!(p.published.as_deref(), Some("2021-10-19T14:30"));
    }
}
