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
pub fn linked_data(value: &Value, page: &mut Page, names: &mut Option<(String, String)>) -> bool {
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
        k.ends_with("Article")
            || matches!(*k, "BlogPosting" | "Report" | "LiveBlogPosting" | "Interview" | "SocialMediaPosting")
    })
}

fn read_article(v: &Value, page: &mut Page) {
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
