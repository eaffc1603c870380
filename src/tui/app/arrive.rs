//! What arrives from outside the keys, the other way the state changes: entries as the
//! library is read, its progress, an interview fetched from the cache, the index's answer
//! to a filter. No I/O here either: the runner brings these.

use std::sync::Arc;

use super::{App, Effect};
use crate::interview::Interview;
use crate::library::{self, Entry};

/// News for the app.
#[derive(Debug)]
pub enum Arrival {
    /// The library's folders are being walked: no file is known yet.
    Finding,
    /// Entries read, added to the library.
    Entries(Vec<Entry>),
    /// How far the reading is: (read, total); done when they are equal.
    Progress(usize, usize),
    /// The interview of entry `.0`, fetched to be opened, or why it could not be.
    Fetched(usize, Result<Arc<Interview>, String>),
    /// The index's answer to the filter of a generation: the matching entries' cache rows.
    Hits(u64, Vec<i64>),
    /// Matching words in context for entries, for the filter of a generation.
    Snippets(u64, Vec<(usize, String)>),
}

impl App {
    /// Takes in news; returns whether the screen may have changed.
    pub fn arrive(&mut self, news: Arrival) -> bool {
        match news {
            Arrival::Entries(entries) => {
                let none = entries.is_empty();
                self.add(entries);
                return !none;
            }
            Arrival::Finding => self.loading = Some((0, 0)),
            Arrival::Progress(read, total) => self.loading = (read < total).then_some((read, total)),
            Arrival::Fetched(i, Ok(iv)) => {
                if let Some(e) = self.entries.get_mut(i) {
                    e.hold(iv);
                }
                self.open(i);
            }
            Arrival::Fetched(i, Err(why)) => {
                let title = self.entries.get(i).map(Entry::title).unwrap_or_default();
                self.status = Some(format!("{} {title}: {why}", self.strings.unreadable));
            }
            Arrival::Hits(generation, ids) => {
                self.hits = Some((generation, ids));
                self.refilter();
            }
            Arrival::Snippets(generation, found) => {
                if self.snippets.0 != generation {
                    self.snippets = (generation, std::collections::HashMap::new());
                }
                self.snippets.1.extend(found);
            }
        }
        self.ask_snippets();
        true
    }

    /// Adds entries to the library, keeping the selection and the filter.
    pub(super) fn add(&mut self, entries: Vec<Entry>) {
        let before = self.entries.len();
        for e in entries {
            *self.titles.entry(e.title()).or_default() += 1;
            if let Some(id) = e.id {
                self.by_id.insert(id, self.entries.len());
            }
            self.entries.push(e);
            self.seen.push(None);
        }
        // (the new ones put in their places: the rest is not sorted again, and an archive
        // comes in many batches)
        let new = (before..self.entries.len()).collect();
        self.listed = library::inserted(&self.entries, self.sort, &self.listed, new);
        // the index knows the new ones too: ask it again
        self.hits = None;
        self.refilter();
    }

    /// Asks for the matching words of the rows on screen that have none yet.
    pub(super) fn ask_snippets(&mut self) {
        if self.reader.is_some() || self.search.query.is_none() {
            return;
        }
        let generation = self.search.generation;
        let known = |i: &usize| self.snippets.0 == generation && self.snippets.1.contains_key(i);
        let rows = self.order.iter().skip(self.library_offset()).take(self.library_rows());
        let missing: Vec<usize> = rows.copied().filter(|i| !known(i)).collect();
        let asked = |e: &Effect| matches!(e, Effect::Snippets(g, _) if *g == generation);
        if !missing.is_empty() && !self.effects.iter().any(asked) {
            self.effects.push(Effect::Snippets(generation, missing));
        }
    }

    /// True when another entry has the same title (the list then shows the file name).
    pub fn repeated(&self, i: usize) -> bool {
        self.entries.get(i).is_some_and(|e| self.titles.get(&e.title()).is_some_and(|&n| n > 1))
    }

    /// The library's rows for the sort and filter in force. With an index, a filter waits
    /// for its answer ([`Effect::Filter`]) and the rows stay as they were until it comes.
    pub(super) fn rows_in_order(&mut self) -> Option<Vec<usize>> {
        let Some(query) = &self.search.query else {
            return Some(self.listed.clone());
        };
        if !self.indexed {
            return Some(library::order(&self.entries, self.sort, Some(query)));
        }
        match &self.hits {
            Some((g, ids)) if *g == self.search.generation => {
                // the hits in the order of the whole list: picked out of it, not sorted
                let mut hit = vec![false; self.entries.len()];
                ids.iter().filter_map(|id| self.by_id.get(id)).for_each(|&i| hit[i] = true);
                Some(self.listed.iter().copied().filter(|&i| hit[i]).collect())
            }
            _ => {
                let asked = Effect::Filter(self.search.generation, self.search.text.clone());
                if !self.effects.contains(&asked) {
                    self.effects.push(asked);
                }
                None
            }
        }
    }
}
