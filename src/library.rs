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

/// The entries in display order: sorted, then filtered.
pub fn order(entries: &[Entry], sort: Sort, filter: Option<&Query>) -> Vec<usize> {
    let mut idx: Vec<usize> =
        (0..entries.len()).filter(|&i| filter.is_none_or(|q| entries[i].matches(q))).collect();
    match sort {
        Sort::Date => idx.sort_by(|&a, &b| {
            let date = |i: usize| entries[i].interview().and_then(|iv| iv.published.clone());
            date(b).cmp(&date(a)).then_with(|| entries[a].title().cmp(&entries[b].title()))
        }),
        Sort::Title => idx.sort_by_cached_key(|&i| {
            // "'The delta…" sorts under T, not before A
            let key = crate::text::fold::fold_key(&entries[i].title());
            key.trim_start_matches(|c: char| !c.is_alphanumeric()).to_owned()
        }),
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
    fn filters_with_smart_diacritics_and_keeps_errors_listed() {
        let mut e = vec![entry("Quận Thanh Xuân", None), entry("Hà Nội", None)];
        e.push(Entry::new("dir/bad.bin".into(), Err("looks like a binary file".into())));
        assert_eq!(order(&e, Sort::Title, Some(&Query::new("xuan").unwrap())), [0]);
        assert_eq!(e[2].title(), "bad.bin");
        assert_eq!(order(&e, Sort::Title, None).len(), 3);
    }
}
