//! What a page says of itself, best source first: JSON-LD (`NewsArticle`, `Article`,
//! `@graph`, arrays), OpenGraph and `article:*`, `meta name=…` (author, Dublin Core,
//! parsely, pubdate), `itemprop`, `<time datetime>`, the canonical link, the visible byline,
//! then `<title>` with the site's name taken off.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{ElementRef, Html};
use serde_json::Value;

use crate::markup::Page;

/// What the page's own tags say, gathered in one pass.
#[derive(Debug, Default)]
struct Found {
    /// The first JSON-LD article's fields.
    ld: Page,
    ld_seen: bool,
    /// The JSON-LD article's `name` and `headline`, when both are given.
    ld_names: Option<(String, String)>,
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
pub fn page(html: &Html, skip: &HashSet<NodeId>) -> Page {
    let mut f = Found::default();
    for node in html.tree.nodes() {
        if let Some(el) = ElementRef::wrap(node) {
            look(el, &mut f);
        }
    }
    let v = |k: &str| f.values.get(k).cloned();
    let title = ld_title(&f).or_else(|| first(&v, TITLE_KEYS)).or_else(|| article_title(&f));
    let article_author = v("article:author").filter(|a| !a.contains("://"));
    let ld_authors = (!f.ld.authors.is_empty()).then(|| f.ld.authors.join(", "));
    let byline = ld_authors.or_else(|| first(&v, AUTHOR_KEYS)).or(article_author);
    let visible = || f.bylines.iter().find(|(id, _)| !left_out(html, *id, skip)).map(|(_, t)| t.clone());
    let authors = byline.or_else(|| f.extra.authors.first().cloned()).or_else(visible);
    let published = f.ld.published.clone().or_else(|| first(&v, DATE_KEYS)).or_else(|| f.extra.published.clone());
    Page {
        title: title.map(|t| tidy(&t)).filter(|t| !t.is_empty()),
        authors: authors.map(|a| tidy(strip_by(&a))).filter(|a| !a.is_empty()).into_iter().collect(),
        published: published.as_deref().and_then(date),
        site: f.ld.site.clone().or_else(|| v("og:site_name")).or_else(|| f.extra.site.clone()).map(|s| tidy(&s)),
        url: f.ld.url.clone().or_else(|| v("og:url")).or_else(|| f.extra.url.clone()),
        description: f.ld.description.clone().or_else(|| first(&v, DESCRIPTION_KEYS)).map(|d| tidy(&d)),
    }
}

const TITLE_KEYS: &[&str] = &[
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
    "twitter:title", "parsely-title",
];
const AUTHOR_KEYS: &[&str] = &["dc:creator", "dcterm:creator", "author", "parsely-author"];
const DATE_KEYS: &[&str] = &["article:published_time", "parsely-pub-date"];
const DESCRIPTION_KEYS: &[&str] = &[
    "dc:description", "dcterm:description", "og:description", "weibo:article:description",
    "weibo:webpage:description", "description", "twitter:description",
];

fn first(v: &impl Fn(&str) -> Option<String>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| v(k).filter(|s| !s.trim().is_empty()))
}

/// True when the node lies in a subtree left out of the page.
fn left_out(html: &Html, id: NodeId, skip: &HashSet<NodeId>) -> bool {
    html.tree.get(id).is_some_and(|n| skip.contains(&id) || n.ancestors().any(|a| skip.contains(&a.id())))
}

/// Reads one element into the candidates.
fn look(el: ElementRef, f: &mut Found) {
    let v = el.value();
    match v.name() {
        "meta" => meta(v, f),
        "link" if v.attr("rel").is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case("canonical"))) => {
            f.extra.url = f.extra.url.take().or_else(|| v.attr("href").map(str::to_owned));
        }
        "script" if !f.ld_seen && v.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) => {
            let text: String = el.text().collect();
            if let Some(value) = json(&text) {
                f.ld_seen = linked_data(&value, &mut f.ld, &mut f.ld_names);
            }
        }
        "title" if f.title_tag.is_none() => f.title_tag = Some(el.text().collect()),
        "h1" | "h2" => f.headings.push((if v.name() == "h1" { 1 } else { 2 }, el.text().collect())),
        "time" if f.extra.published.is_none() => f.extra.published = v.attr("datetime").map(str::to_owned),
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
    let content = v.attr("content").or_else(|| v.attr("value"));
    let Some(content) = content.map(str::trim).filter(|c| !c.is_empty()) else { return };
    let from_property = v.attr("property").and_then(property_key);
    let key = from_property.or_else(|| v.attr("name").and_then(name_key));
    if let Some(key) = key {
        f.values.insert(key, content.to_owned());
        return;
    }
    let other = v.attr("name").or_else(|| v.attr("property")).or_else(|| v.attr("itemprop")).unwrap_or_default();
    let set = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = Some(content.to_owned());
        }
    };
    match other.to_ascii_lowercase().as_str() {
        "pubdate" | "publishdate" | "publish-date" | "date" | "dc.date" | "dc.date.issued" | "dcterms.date"
        | "dcterms.created" | "dcterms.issued" | "sailthru.date" | "article.published" | "datepublished"
        | "publish_date" | "citation_publication_date" | "og:published_time" => set(&mut f.extra.published),
        "sailthru.author" | "byl" | "dcterms.creator" | "citation_author" => {
            if f.extra.authors.is_empty() {
                f.extra.authors.push(strip_by(content).to_owned());
            }
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
        (PREFIXES.contains(&prefix.as_str()) && FIELDS.contains(&field.as_str())).then(|| format!("{prefix}:{field}"))
    })
}

/// "author", "dc:creator", "parsely-pub-date", "twitter:title"…: a `name=` Readability reads.
fn name_key(name: &str) -> Option<String> {
    const PREFIXES: [&str; 7] = ["dc", "dcterm", "og", "twitter", "parsely", "weibo:article", "weibo:webpage"];
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
    let Some(prop) = el.value().attr("itemprop") else { return };
    let value = || {
        let v = el.value();
        v.attr("content").or_else(|| v.attr("datetime")).map(str::to_owned).unwrap_or_else(|| el.text().collect())
    };
    for prop in prop.split_whitespace() {
        match prop {
            "datePublished" if f.extra.published.is_none() => f.extra.published = Some(value()),
            "author" | "creator" if f.extra.authors.is_empty() => {
                let named = el.descendent_elements().find(|d| d.value().attr("itemprop") == Some("name"));
                let text = named.map_or_else(value, |n| n.value().attr("content").map_or_else(|| n.text().collect(), str::to_owned));
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
    if v.attr("rel") == Some("author") || v.attr("itemprop").is_some_and(|p| p.contains("author")) {
        return true;
    }
    let names = format!("{} {}", v.attr("class").unwrap_or_default(), v.id().unwrap_or_default()).to_ascii_lowercase();
    ["byline", "author", "dateline", "writtenby", "p-author"].iter().any(|w| names.contains(w))
        && !matches!(v.name(), "body" | "html" | "article" | "main" | "section" | "meta" | "link")
}

/// The JSON-LD title: its `name`, unless only its `headline` is like the page's title.
fn ld_title(f: &Found) -> Option<String> {
    let Some((name, headline)) = &f.ld_names else { return f.ld.title.clone() };
    let title = article_title(f).unwrap_or_default();
    let like = |s: &str| similarity(s, &title) > 0.75;
    Some(if like(headline) && !like(name) { headline.clone() } else { name.clone() })
}

/// How much of `b`'s words `a` has (Readability's text similarity).
fn similarity(a: &str, b: &str) -> f64 {
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_owned).collect()
    };
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let unique: Vec<&str> = tb.iter().filter(|t| !ta.contains(t)).map(String::as_str).collect();
    1.0 - unique.join(" ").len() as f64 / tb.join(" ").len() as f64
}

/// Readability's title from `<title>`: the site's name taken off after (or before) a
/// separator, or after a colon unless a heading prints it whole; a short or absurdly long
/// title gives way to the page's only `<h1>`.
fn article_title(f: &Found) -> Option<String> {
    let Some(orig) = f.title_tag.as_deref().map(tidy) else {
        return f.headings.iter().find(|(l, _)| *l == 1).map(|(_, t)| tidy(t));
    };
    let words = |s: &str| s.split_whitespace().count();
    let seps = ['|', '-', '–', '—', '\\', '/', '>', '»'];
    let sep_at = |s: &str| s.char_indices().filter(|&(i, c)| seps.contains(&c) && s[..i].ends_with(' ') && s[i + c.len_utf8()..].starts_with(' ')).map(|(i, _)| i).collect::<Vec<_>>();
    let found = sep_at(&orig);
    let hierarchical = found.iter().any(|&i| orig[i..].starts_with(['\\', '/', '>', '»']));
    let mut cur = orig.clone();
    if let (Some(&first), Some(&last)) = (found.first(), found.last()) {
        cur = orig[..last].trim().to_owned();
        if words(&cur) < 3 {
            cur = orig[first..].chars().skip(1).collect::<String>().trim().to_owned();
        }
    } else if orig.contains(": ") {
        let whole = f.headings.iter().any(|(_, h)| tidy(h) == orig);
        if !whole {
            let after_last = orig[orig.rfind(':').map_or(0, |i| i + 1)..].trim().to_owned();
            let first_colon = orig.find(':').unwrap_or(0);
            cur = if words(&after_last) < 3 {
                orig[first_colon + 1..].trim().to_owned()
            } else if words(&orig[..first_colon]) > 5 {
                orig.clone()
            } else {
                after_last
            };
        }
    } else if orig.chars().count() > 150 || orig.chars().count() < 15 {
        let h1s: Vec<&String> = f.headings.iter().filter(|(l, _)| *l == 1).map(|(_, t)| t).collect();
        if let [only] = h1s.as_slice() {
            cur = tidy(only);
        }
    }
    let without_seps = words(&orig.replace(seps, " ")).saturating_sub(0);
    if words(&cur) <= 4 && (!hierarchical || words(&cur) + 1 != without_seps) {
        cur = orig;
    }
    Some(cur)
}

/// JSON-LD text as a value; tolerates an HTML comment around it and raw line breaks in
/// strings, which pages print.
fn json(text: &str) -> Option<Value> {
    let t = text.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
    let t = t.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")).unwrap_or(t).trim();
    serde_json::from_str(t).ok().or_else(|| serde_json::from_str(&t.replace(['\n', '\r', '\t'], " ")).ok())
}

/// Walks JSON-LD (arrays, `@graph`) for the first article object and reads it; true
/// when one was found.
fn linked_data(value: &Value, page: &mut Page, names: &mut Option<(String, String)>) -> bool {
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if is_article(v) {
                    read_article(v, page);
                    let text = |k: &str| v.get(k).and_then(Value::as_str).map(|s| s.trim().to_owned());
                    *names = text("name").zip(text("headline")).filter(|(n, h)| n != h);
                    return true;
                }
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            _ => {}
        }
    }
    false
}

fn is_article(v: &Value) -> bool {
    let kinds: Vec<&str> = match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => return false,
    };
    kinds.iter().any(|k| {
        k.ends_with("Article") || matches!(*k, "BlogPosting" | "Report" | "LiveBlogPosting" | "Interview" | "SocialMediaPosting")
    })
}

fn read_article(v: &Value, page: &mut Page) {
    let text = |key: &str| v.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
    // Readability takes `name` before `headline`
    page.title = page.title.take().or_else(|| text("name")).or_else(|| text("headline"));
    page.published = page.published.take().or_else(|| text("datePublished")).or_else(|| text("dateCreated"));
    page.description = page.description.take().or_else(|| text("description"));
    page.url = page.url.take().or_else(|| text("url")).or_else(|| {
        let main = v.get("mainEntityOfPage")?;
        main.as_str().or_else(|| main.get("@id")?.as_str()).map(str::to_owned)
    });
    if page.authors.is_empty() {
        page.authors = names(v.get("author").or_else(|| v.get("creator")));
    }
    if page.site.is_none() {
        page.site = names(v.get("publisher")).into_iter().next();
    }
}

/// Names in a JSON-LD person or organisation: a string, an object with `name`, or a list.
fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) if !s.contains("://") => split_names(s),
        Some(Value::Object(o)) => o.get("name").and_then(Value::as_str).map(split_names).unwrap_or_default(),
        Some(Value::Array(a)) => a.iter().flat_map(|x| names(Some(x))).collect(),
        _ => Vec::new(),
    }
}


/// "A, B and C" stays one byline string; lists come from the markup itself.
fn split_names(s: &str) -> Vec<String> {
    let t = tidy(s);
    if t.is_empty() { Vec::new() } else { vec![t] }
}

/// "By Jane Doe" → "Jane Doe".
fn strip_by(s: &str) -> &str {
    let t = s.trim();
    ["By ", "by ", "BY ", "Bởi ", "Tác giả: ", "Tác giả "].iter().find_map(|p| t.strip_prefix(p)).unwrap_or(t).trim()
}

/// Spaces collapsed, and the entities a page escaped twice decoded ("&#8222;" in a
/// `content` attribute arrives as text), as Readability does.
fn tidy(s: &str) -> String {
    let s = if s.contains('&') { unescape(s) } else { s.to_owned() };
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `&quot; &amp; &apos; &lt; &gt;` and numeric references.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "quot" => Some('"'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "lt" => Some('<'),
        "gt" => Some('>'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// `<title>` without the site's name glued on: "Headline - VnExpress", "Headline | Tuổi
/// Trẻ Online", "VnExpress - Headline". The headline is the side that is not the site, or
/// else the longer side.
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    let t = tidy(title);
    let seps = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];
    let Some((at, sep)) = seps.iter().filter_map(|s| t.rfind(s).map(|i| (i, *s))).max_by_key(|(i, _)| *i) else {
        return t;
    };
    let (head, tail) = (t[..at].trim(), t[at + sep.len()..].trim());
    let folded = |s: &str| crate::text::fold::fold_key(s).replace(' ', "");
    let is_site = |s: &str| site.is_some_and(|site| folded(site).contains(&folded(s)) || folded(s).contains(&folded(site)));
    let words = |s: &str| s.split_whitespace().count();
    if is_site(tail) || (!is_site(head) && words(head) >= 3 && words(tail) <= 4) {
        head.to_owned()
    } else if is_site(head) {
        tail.to_owned()
    } else {
        t
    }
}

/// A date as the model keeps it: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", in the page's own
/// time (an ISO 8601 offset is dropped, not applied); other forms through the text rules.
pub fn date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10) {
        let day = &s[..10];
        let timed = matches!(b.get(10), Some(b'T' | b' ')) && digits(11..13) && b.get(13) == Some(&b':') && digits(14..16);
        return Some(if timed { format!("{day}T{}", &s[11..16]) } else { day.to_owned() });
    }
    crate::parse::date::find(&crate::text::fold::fold_key(s)).map(|f| f.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(page: &str) -> Page {
        self::page(&super::super::tree::parse(page), &HashSet::new())
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

    #[test]
    fn entities_escaped_twice_are_decoded() {
        assert_eq!(tidy("Sheila Atim: &#8222;The Woman&#8220; &amp; co &bogus; &"), "Sheila Atim: „The Woman“ & co &bogus; &");
    }

    #[test]
    fn site_names_come_off_either_end() {
        assert_eq!(strip_site("VnExpress - Phỏng vấn ông A về kinh tế", Some("VnExpress")), "Phỏng vấn ông A về kinh tế");
        assert_eq!(strip_site("Phỏng vấn ông A về kinh tế - VnExpress", None), "Phỏng vấn ông A về kinh tế");
        assert_eq!(strip_site("A - B", None), "A - B");
    }
}
