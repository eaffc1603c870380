//! Many interviews at once: listing, sorting, and searching across them.

use std::cell::OnceCell;
use std::path::Path;
use std::sync::Arc;

use crate::interview::Interview;
use crate::text::fold::{Keyed, Query};

/// One input: its interview, or why it could not be read.
#[derive(Debug)]
pub struct Entry {
    pub source: String,
    /// Shared with the reader that opens it (an article may be large: never copied).
    pub item: Result<Arc<Interview>, String>,
    /// Folded and tone keys of all the entry's text, built on the first search.
    keys: OnceCell<(String, String)>,
}

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Newest first; undated last.
    #[default]
    Date,
    Title,
    /// By outlet (or site), then newest first; none last.
    Outlet,
    /// By author, then newest first; none last.
    Author,
}

impl Entry {
    pub fn new(source: String, item: Result<Interview, String>) -> Entry {
        Entry { source, item: item.map(Arc::new), keys: OnceCell::new() }
    }

    /// The title, or the file name when there is none.
    pub fn title(&self) -> String {
        let file = || {
            Path::new(&self.source)
                .file_name()
                .map_or(self.source.clone(), |f| f.to_string_lossy().into_owned())
        };
        match &self.item {
            Ok(iv) => iv.title.clone().unwrap_or_else(file),
            Err(_) => file(),
        }
    }

    pub fn interview(&self) -> Option<&Interview> {
        self.item.as_deref().ok()
    }

    /// Everything a filter looks at: title, names, and all the text.
    fn text(&self) -> String {
        let Ok(iv) = &self.item else { return self.source.clone() };
        let mut all = vec![self.title()];
        all.extend(iv.interviewee.iter().flat_map(|p| p.name.iter().chain(&p.role).cloned()));
        all.extend(iv.author.clone());
        all.extend(iv.lead.iter().cloned());
        all.extend(iv.turns.iter().flat_map(|t| t.paragraphs.iter().cloned()));
        all.join("\n")
    }

    /// True when the query matches the entry's title, names or text.
    pub fn matches(&self, q: &Query) -> bool {
        let (folded, toned) = self.keys.get_or_init(|| {
            let text = self.text();
            (Keyed::folded(&text).key, Keyed::toned(&text).key)
        });
        q.matches_keys(folded, toned)
    }
}

/// For each entry, whether another entry has the same title.
pub fn repeated_titles(entries: &[Entry]) -> Vec<bool> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let titles: Vec<String> = entries.iter().map(Entry::title).collect();
    for t in &titles {
        *seen.entry(t.clone()).or_default() += 1;
    }
    titles.iter().map(|t| seen[t] > 1).collect()
}

/// The entries in display order: sorted, then filtered.
pub fn order(entries: &[Entry], sort: Sort, filter: Option<&Query>) -> Vec<usize> {
    let mut idx: Vec<usize> =
        (0..entries.len()).filter(|&i| filter.is_none_or(|q| entries[i].matches(q))).collect();
    let date = |i: usize| entries[i].interview().and_then(|iv| iv.published.clone());
    let by_date =
        |a: usize, b: usize| date(b).cmp(&date(a)).then_with(|| entries[a].title().cmp(&entries[b].title()));
    match sort {
        Sort::Date => idx.sort_by(|&a, &b| by_date(a, b)),
        Sort::Title => idx.sort_by_cached_key(|&i| {
            // "'The delta…" sorts under T, not before A
            let key = crate::text::fold::fold_key(&entries[i].title());
            key.trim_start_matches(|c: char| !c.is_alphanumeric()).to_owned()
        }),
        Sort::Outlet | Sort::Author => {
            let field = |i: usize| {
                let iv = entries[i].interview()?;
                let value = if sort == Sort::Outlet {
                    iv.outlet.as_ref().or(iv.site.as_ref())
                } else {
                    iv.author.as_ref()
                };
                value.map(|v| crate::text::fold::fold_key(v))
            };
            let keys: Vec<Option<String>> = (0..entries.len()).map(field).collect();
            // named first (None sorts after Some when reversed), then newest
            idx.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
                (Some(x), Some(y)) => x.cmp(y).then_with(|| by_date(a, b)),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => by_date(a, b),
            });
        }
    }
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, date: Option<&str>) -> Entry {
        let iv = Interview {
            title: Some(title.into()),
            published: date.map(str::to_owned),
            ..Interview::default()
        };
        Entry::new(format!("{title}.txt"), Ok(iv))
    }

    #[test]
    fn sorts_by_date_newest_first_then_title() {
        let e = [entry("Bê", Some("2023-01-01")), entry("A", None), entry("Cê", Some("2024-05-01"))];
        assert_eq!(order(&e, Sort::Date, None), [2, 0, 1]);
        assert_eq!(order(&e, Sort::Title, None), [1, 0, 2]);
    }

    #[test]
    fn sorts_by_outlet_and_author_with_the_unnamed_last() {
        let with = |title: &str, outlet: Option<&str>, author: Option<&str>| {
            let mut e = entry(title, Some("2024-01-01"));
            if let Ok(iv) = &mut e.item {
                let iv = Arc::get_mut(iv).unwrap();
                iv.outlet = outlet.map(str::to_owned);
                iv.author = author.map(str::to_owned);
            }
            e
        };
        let e = [
            with("a", None, Some("Vũ")),
            with("b", Some("VOV"), None),
            with("c", Some("Dân trí"), Some("An")),
        ];
        assert_eq!(order(&e, Sort::Outlet, None), [2, 1, 0]);
        assert_eq!(order(&e, Sort::Author, None), [2, 0, 1]);
    }

    #[test]
    fn filters_with_smart_diacritics_and_keeps_errors_listed() {
        let mut e = vec![entry("Quận Thanh Xuân", None), entry("Hà Nội", None)];
        e.push(Entry::new("dir/bad.bin".into(), Err("looks like a binary file".into())));
        assert_eq!(order(&e, Sort::Title, Some(&Query::new("xuan").unwrap())), [0]);
        assert_eq!(e[2].title(), "bad.bin");
        assert_eq!(order(&e, Sort::Title, None).len(), 3);
    }
}
