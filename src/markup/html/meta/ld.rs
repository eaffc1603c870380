//! JSON-LD: the first article object (`NewsArticle`, `Article`…, in arrays and `@graph`),
//! read for its headline, authors, date, publisher and address.

use serde_json::Value;

use super::text::tidy;
use crate::markup::Page;

/// JSON-LD text as a value; tolerates an HTML comment around it and raw line breaks in
/// strings, which pages print.
pub fn json(text: &str) -> Option<Value> {
    let t = text.trim().trim_start_matches("<!--").trim_end_matches("-->").trim();
    let t = t.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")).unwrap_or(t).trim();
    serde_json::from_str(t).ok().or_else(|| serde_json::from_str(&t.replace(['\n', '\r', '\t'], " ")).ok())
}

/// Walks JSON-LD (arrays, `@graph`) for the first article object and reads it; true
/// when one was found.
/// What the first JSON-LD article says.
#[derive(Debug, Default)]
pub struct Ld {
    /// Its fields; `authors` are people.
    pub page: Page,
    /// Organisations given as its author (a newsroom's name): used only when nothing else
    /// names an author.
    pub orgs: Vec<String>,
    /// Its `name` and `headline`, when both are given and differ.
    pub names: Option<(String, String)>,
    /// An article object was found (later scripts are not read).
    pub seen: bool,
}

pub fn linked_data(value: &Value, ld: &mut Ld) -> bool {
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if is_article(v) {
                    read_article(v, ld);
                    let text = |k: &str| v.get(k).and_then(Value::as_str).map(|s| s.trim().to_owned());
                    ld.names = text("name").zip(text("headline")).filter(|(n, h)| n != h);
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
        k.ends_with("Article")
            || matches!(*k, "BlogPosting" | "Report" | "LiveBlogPosting" | "Interview" | "SocialMediaPosting")
    })
}

fn read_article(v: &Value, ld: &mut Ld) {
    let page = &mut ld.page;
    let text = |key: &str| {
        v.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
    };
    // Readability takes `name` before `headline`
    page.title = page.title.take().or_else(|| text("name")).or_else(|| text("headline"));
    page.published = page.published.take().or_else(|| text("datePublished")).or_else(|| text("dateCreated"));
    page.description = page.description.take().or_else(|| text("description"));
    page.url = page.url.take().or_else(|| text("url")).or_else(|| {
        let main = v.get("mainEntityOfPage")?;
        main.as_str().or_else(|| main.get("@id")?.as_str()).map(str::to_owned)
    });
    if page.authors.is_empty() {
        let (people, orgs) = names(v.get("author").or_else(|| v.get("creator")));
        page.authors = people;
        ld.orgs = orgs;
    }
    if page.site.is_none() {
        let (people, orgs) = names(v.get("publisher"));
        page.site = orgs.into_iter().chain(people).next();
    }
}

/// Names in JSON-LD people or organisations (a string, an object with `name`, or a list):
/// (people, organisations).
fn names(v: Option<&Value>) -> (Vec<String>, Vec<String>) {
    let (mut people, mut orgs) = (Vec::new(), Vec::new());
    let items: Vec<&Value> = match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(other) => vec![other],
        None => Vec::new(),
    };
    for item in items {
        match item {
            Value::String(s) if !s.contains("://") => people.extend(split_names(s)),
            Value::Object(o) => {
                let name = o.get("name").and_then(Value::as_str).map(split_names).unwrap_or_default();
                let kind = o.get("@type").and_then(Value::as_str).unwrap_or_default();
                if kind.ends_with("Organization") { orgs.extend(name) } else { people.extend(name) }
            }
            _ => {}
        }
    }
    (people, orgs)
}

/// "A, B and C" stays one byline string; lists come from the markup itself.
fn split_names(s: &str) -> Vec<String> {
    let t = tidy(s);
    if t.is_empty() { Vec::new() } else { vec![t] }
}
