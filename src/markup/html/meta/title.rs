//! Readability's headline from `<title>`, and its measure of how alike two titles are.

use super::text::tidy;

/// How much of `b`'s words `a` has (Readability's text similarity).
pub fn similarity(a: &str, b: &str) -> f64 {
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let unique: Vec<&str> = tb.iter().filter(|t| !ta.contains(t)).map(String::as_str).collect();
    1.0 - unique.join(" ").len() as f64 / tb.join(" ").len() as f64
}

/// Title separators, as Readability lists them.
const SEPARATORS: [char; 8] = ['|', '-', '–', '—', '\\', '/', '>', '»'];

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Readability's title from `<title>`: the site's name taken off after (or before) a
/// separator, or after a colon unless a heading prints it whole; a short or absurdly long
/// title gives way to the page's only `<h1>`; a cut that leaves four words or fewer is undone.
pub fn article_title(title_tag: Option<&str>, headings: &[(u8, String)]) -> Option<String> {
    let Some(orig) = title_tag.map(tidy) else {
        return headings.iter().find(|(l, _)| *l == 1).map(|(_, t)| tidy(t));
    };
    let found = separators(&orig);
    let hierarchical = found.iter().any(|&i| orig[i..].starts_with(['\\', '/', '>', '»']));
    let cur = if let (Some(&first), Some(&last)) = (found.first(), found.last()) {
        let head = orig[..last].trim().to_owned();
        if words(&head) < 3 {
            orig[first..].chars().skip(1).collect::<String>().trim().to_owned()
        } else {
            head
        }
    } else if orig.contains(": ") {
        after_colon(&orig, headings)
    } else if orig.chars().count() > 150 || orig.chars().count() < 15 {
        let h1s: Vec<&String> = headings.iter().filter(|(l, _)| *l == 1).map(|(_, t)| t).collect();
        if let [only] = h1s.as_slice() { tidy(only) } else { orig.clone() }
    } else {
        orig.clone()
    };
    let without_seps = words(&orig.replace(SEPARATORS, " "));
    Some(if words(&cur) <= 4 && (!hierarchical || words(&cur) + 1 != without_seps) { orig } else { cur })
}

/// Where spaced separators stand in a title: " | ", " - ", " » "…
fn separators(s: &str) -> Vec<usize> {
    s.char_indices()
        .filter(|&(i, c)| {
            SEPARATORS.contains(&c) && s[..i].ends_with(' ') && s[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, _)| i)
        .collect()
}

/// "Site: Headline": the text after the last colon (the first, if that leaves too little),
/// unless a heading prints the title whole or the part before the colon is long.
fn after_colon(orig: &str, headings: &[(u8, String)]) -> String {
    if headings.iter().any(|(_, h)| tidy(h) == orig) {
        return orig.to_owned();
    }
    let after_last = orig[orig.rfind(':').map_or(0, |i| i + 1)..].trim().to_owned();
    let first_colon = orig.find(':').unwrap_or(0);
    if words(&after_last) < 3 {
        orig[first_colon + 1..].trim().to_owned()
    } else if words(&orig[..first_colon]) > 5 {
        orig.to_owned()
    } else {
        after_last
    }
}
