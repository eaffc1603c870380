//! The library's list: moving, sorting, filtering, opening an entry and coming back.

use super::{App, Effect, Position, Reader, View};
use crate::library::{self, Sort};
use crate::tui::app::Action;
use crate::tui::pages::Pages;

impl App {
    pub(super) fn library_action(&mut self, action: Action) {
        let page = self.library_rows();
        let last = self.order.len().saturating_sub(1);
        match action {
            Action::Down => self.row += 1,
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::PageDown => self.row += page,
            Action::PageUp => self.row = self.row.saturating_sub(page),
            Action::HalfPageDown => self.row += page.div_ceil(2),
            Action::HalfPageUp => self.row = self.row.saturating_sub(page.div_ceil(2)),
            Action::Top => self.row = 0,
            Action::Bottom => self.row = last,
            Action::Search => self.search.open(),
            Action::Back => {
                self.search.clear();
                self.refilter();
            }
            Action::Sort => {
                self.sort = self.sort.next();
                self.listed = library::sorted(&self.entries, self.sort, (0..self.entries.len()).collect());
                self.refilter();
            }
            Action::Open => {
                if let Some(&i) = self.order.get(self.row) {
                    self.open(i);
                }
            }
            _ => {}
        }
        // moving the selection never filters or sorts again
    }

    /// Rows of the library list on screen (each entry takes two lines).
    pub fn library_rows(&self) -> usize {
        usize::from(self.body_height().saturating_sub(1) / 2).max(1)
    }

    /// The first row on screen: the selection stays on the last row while moving down.
    pub fn library_offset(&self) -> usize {
        self.row.saturating_sub(self.library_rows() - 1)
    }

    /// Recomputes the library's rows after a sort or filter change, keeping the selection.
    pub(super) fn refilter(&mut self) {
        if self.reader.is_some() {
            return;
        }
        let current = self.order.get(self.row).copied();
        let Some(order) = self.rows_in_order() else { return };
        self.order = order;
        if let Some(i) = current.and_then(|c| self.order.iter().position(|&o| o == c)) {
            self.row = i;
        }
    }

    /// Opens entry `i`, or says why it cannot be read.
    pub fn open(&mut self, i: usize) {
        let Some(entry) = self.entries.get(i) else { return };
        match (&entry.item, entry.interview()) {
            (Ok(_), None) => self.effects.push(Effect::Fetch(i)),
            (Ok(_), Some(iv)) => {
                let pages = Pages::new(std::sync::Arc::clone(iv), self.theme, self.strings, self.ascii);
                self.reader = Some(Reader {
                    entry: i,
                    pages,
                    view: View::Interview,
                    selected: 0,
                    scroll: 0,
                    doc_scroll: 0,
                    entered: None,
                });
                if self.entries.len() > 1 {
                    self.shelved = Some(std::mem::take(&mut self.search));
                }
                self.effects.push(Effect::Opened(i));
            }
            (Err(e), _) => self.status = Some(format!("{} {}: {e}", self.strings.unreadable, entry.title())),
        }
    }

    /// Where the reader is in the open interview.
    pub(super) fn position(&self) -> Option<Position> {
        let r = self.reader.as_ref()?;
        let transcript = (r.view == View::Transcript).then_some(r.doc_scroll);
        Some(Position { selected: r.selected, scroll: r.scroll, transcript })
    }

    /// Leaves the open interview (keeping its position) for the library.
    pub(super) fn close(&mut self) {
        if let Some(pos) = self.position()
            && let Some(r) = self.reader.take()
        {
            self.effects.push(Effect::Closed(r.entry, pos));
            self.seen_at(r.entry, pos);
            // a cached interview's text goes back to the cache: the list keeps its summary
            if let Some(e) = self.entries.get_mut(r.entry) {
                e.release();
            }
        }
        // the library comes back with its own filter; a single article has no library to
        // filter (its search must not be run over its whole text on the way out)
        if let Some(filter) = self.shelved.take() {
            self.search = filter;
            self.refilter();
        }
    }
}

impl Sort {
    /// The next order `s` gives: date, title, outlet, author, date again.
    pub fn next(self) -> Sort {
        match self {
            Sort::Date => Sort::Title,
            Sort::Title => Sort::Outlet,
            Sort::Outlet => Sort::Author,
            Sort::Author => Sort::Date,
        }
    }
}
