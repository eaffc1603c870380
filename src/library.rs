//! Many interviews at once: listing, sorting, and searching across them. An entry keeps
//! what the list shows (its [`Summary`]); its text only while it is held, so a large
//! archive costs its summaries, and an interview is fetched from the cache to be read.

use std::cell::OnceCell;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::interview::Interview;
use crate::text::fold::{Query, fold_key, tone_key};

/// What the library shows of an interview, and what it needs to sort and mark it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub title: Option<String>,
    pub interviewee: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    /// The outlet tag, else the site's name.
    pub outlet: Option<String>,
    pub questions: usize,
    /// The question list opens with an introduction (the lead), before question 1.
    pub intro: bool,
    /// The resume key of its content.
    pub key: String,
}

impl Summary {
    pub fn of(iv: &Interview) -> Summary {
        Summary {
            title: iv.title.clone(),
            interviewee: iv.interviewee_name().map(str::to_owned),
            author: iv.author.clone(),
            published: iv.published.clone(),
            outlet: iv.outlet.clone().or_else(|| iv.site.clone()),
            questions: iv.questions().count(),
            intro: crate::tui::pages::has_intro(iv),
            key: crate::resume::key(iv),
        }
    }
}

/// One input: what the library lists of it, or why it could not be read.
#[derive(Debug)]
pub struct Entry {
    pub source: String,
    pub item: Result<Summary, String>,
    /// The interview while it is held (shared with the reader that opens it: an article
    /// may be large, never copied).
    held: Option<Arc<Interview>>,
    /// Its row in the library's cache.
    pub id: Option<i64>,
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
    /// An entry holding its interview.
    pub fn new(source: String, item: Result<Interview, String>) -> Entry {
        let (item, held) = match item {
            Ok(iv) => (Ok(Summary::of(&iv)), Some(Arc::new(iv))),
            Err(e) => (Err(e), None),
        };
        Entry { source, item, held, id: None, keys: OnceCell::new() }
    }

    /// An entry known from the cache: its interview is fetched when it is opened.
    pub fn cached(source: String, summary: Summary, id: i64) -> Entry {
        Entry { source, item: Ok(summary), held: None, id: Some(id), keys: OnceCell::new() }
    }

    /// The title, or the file name when there is none.
    pub fn title(&self) -> String {
        let file = || {
            Path::new(&self.source)
                .file_name()
                .map_or(self.source.clone(), |f| f.to_string_lossy().into_owned())
        };
        match &self.item {
            Ok(s) => s.title.clone().unwrap_or_else(file),
            Err(_) => file(),
        }
    }

    pub fn summary(&self) -> Option<&Summary> {
        self.item.as_ref().ok()
    }

    /// The interview, while it is held.
    pub fn interview(&self) -> Option<&Arc<Interview>> {
        self.held.as_ref()
    }

    /// Holds the interview (fetched to be read).
    pub fn hold(&mut self, iv: Arc<Interview>) {
        self.held = Some(iv);
    }

    /// Lets the text go (it is in the cache): the list keeps only the summary.
    pub fn release(&mut self) {
        if self.id.is_some() {
            self.held = None;
        }
    }

    /// Everything a filter looks at: title, names, and all the text (what is held).
    fn text(&self) -> String {
        let Some(iv) = &self.held else {
            let s = self.summary();
            let names = s.iter().flat_map(|s| [&s.interviewee, &s.author, &s.outlet]).flatten();
            return std::iter::once(self.title()).chain(names.cloned()).collect::<Vec<_>>().join("\n");
        };
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
            (fold_key(&text), tone_key(&text))
        });
        q.matches_keys(folded, toned)
    }
}

/// Why an interview matches a filter: the first match in its text with some words around
/// it ("…quận Thanh Xuân phát triển…"), or nothing when only its title or names match.
pub fn snippet(iv: &Interview, q: &Query) -> String {
    const BEFORE: usize = 30;
    const AFTER: usize = 50;
    let texts = iv.lead.iter().chain(iv.turns.iter().flat_map(|t| &t.paragraphs)).chain(&iv.captions);
    for text in texts {
        let Some(m) = q.find_in(text).into_iter().next() else { continue };
        let start = text[..m.start].char_indices().rev().nth(BEFORE).map_or(0, |(i, _)| i);
        let end = text[m.end..].char_indices().nth(AFTER).map_or(text.len(), |(i, _)| m.end + i);
        // whole words at the edges
        let start =
            if start == 0 { 0 } else { text[start..m.start].find(' ').map_or(start, |i| start + i + 1) };
        let end =
            if end == text.len() { end } else { text[m.end..end].rfind(' ').map_or(end, |i| m.end + i) };
        let (pre, post) = (if start > 0 { "…" } else { "" }, if end < text.len() { "…" } else { "" });
        return format!("{pre}{}{post}", &text[start..end]);
    }
    String::new()
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

/// The entries in display order: sorted, then filtered (in memory: the held texts).
pub fn order(entries: &[Entry], sort: Sort, filter: Option<&Query>) -> Vec<usize> {
    let idx: Vec<usize> =
        (0..entries.len()).filter(|&i| filter.is_none_or(|q| entries[i].matches(q))).collect();
    sorted(entries, sort, idx)
}

/// `idx` in the order `sort` gives: each key computed once, never per comparison.
pub fn sorted(entries: &[Entry], sort: Sort, mut idx: Vec<usize>) -> Vec<usize> {
    idx.sort_by_cached_key(|&i| key(entries, sort, i));
    idx
}

/// `order` (in the order `sort` gives) with the entries `new` (all after those in
/// `order`) in their places, as [`sorted`] would put them all: the new ones sorted, then
/// each placed by a binary search, so the keys of the rest are not all made again.
pub fn inserted(entries: &[Entry], sort: Sort, order: &[usize], new: Vec<usize>) -> Vec<usize> {
    let mut out = Vec::with_capacity(order.len() + new.len());
    let mut at = 0;
    for n in sorted(entries, sort, new) {
        let k = key(entries, sort, n);
        // (after the equal ones: the sort is stable, and the new ones come later)
        let end = at + order[at..].partition_point(|&o| key(entries, sort, o) <= k);
        out.extend_from_slice(&order[at..end]);
        out.push(n);
        at = end;
    }
    out.extend_from_slice(&order[at..]);
    out
}

/// What entries are sorted by.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    /// Newest first, then by title.
    Date(std::cmp::Reverse<Option<String>>, String),
    Title(String),
    /// Named first, then by the name, then newest.
    Field(bool, Option<String>, std::cmp::Reverse<Option<String>>, String),
}

fn key(entries: &[Entry], sort: Sort, i: usize) -> Key {
    use std::cmp::Reverse;
    let fold = |s: &str| crate::text::fold::fold_key(s);
    let date = |i: usize| entries[i].summary().and_then(|s| s.published.clone());
    match sort {
        Sort::Date => Key::Date(Reverse(date(i)), entries[i].title()),
        // "'The delta…" sorts under T, not before A
        Sort::Title => Key::Title(
            fold(&entries[i].title()).trim_start_matches(|c: char| !c.is_alphanumeric()).to_owned(),
        ),
        Sort::Outlet | Sort::Author => {
            let s = entries[i].summary();
            let field =
                s.and_then(|s| if sort == Sort::Outlet { s.outlet.as_ref() } else { s.author.as_ref() });
            Key::Field(field.is_none(), field.map(|v| fold(v)), Reverse(date(i)), entries[i].title())
        }
    }
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
    fn a_snippet_shows_the_match_with_whole_words_around_it() {
        let lead = "Năm 2022, Đảng bộ quận Thanh Xuân đã chủ động, sát sao, lãnh đạo, điều hành quyết liệt \
                    triển khai toàn diện các nhiệm vụ chính trị.";
        let iv = Interview { lead: vec![lead.into()], ..Interview::default() };
        let s = snippet(&iv, &Query::new("thanh xuan").unwrap());
        assert!(s.contains("Thanh Xuân") && s.ends_with('…'), "{s}");
        assert!(!s.starts_with('…'), "the match is near the start: {s}");
        assert_eq!(snippet(&iv, &Query::new("hà nội").unwrap()), "");
    }

    #[test]
    fn sorts_by_date_newest_first_then_title() {
        let e = [entry("Bê", Some("2023-01-01")), entry("A", None), entry("Cê", Some("2024-05-01"))];
        assert_eq!(order(&e, Sort::Date, None), [2, 0, 1]);
        assert_eq!(order(&e, Sort::Title, None), [1, 0, 2]);
    }

    #[test]
    fn entries_inserted_a_batch_at_a_time_sort_as_all_at_once() {
        let dates = [Some("2023-01-01"), None, Some("2024-05-01"), Some("2023-01-01")];
        let titles = ["Bê", "A", "Cê", "A", "'The delta", "Bê"];
        let e: Vec<Entry> =
            (0..40).map(|i| entry(titles[i % titles.len()], dates[i % dates.len()])).collect();
        for sort in [Sort::Date, Sort::Title, Sort::Outlet, Sort::Author] {
            let mut order = Vec::new();
            for batch in [0..7, 7..8, 8..8, 8..29, 29..40] {
                order = inserted(&e, sort, &order, batch.collect());
            }
            assert_eq!(order, sorted(&e, sort, (0..40).collect()), "{sort:?}");
        }
    }

    #[test]
    fn sorts_by_outlet_and_author_with_the_unnamed_last() {
        let with = |title: &str, outlet: Option<&str>, author: Option<&str>| {
            let mut e = entry(title, Some("2024-01-01"));
            if let Ok(s) = &mut e.item {
                s.outlet = outlet.map(str::to_owned);
                s.author = author.map(str::to_owned);
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
