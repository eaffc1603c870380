//! Moving about an open interview: scrolling, questions, views, copying, restoring.

use super::{Action, App, Effect, Position, View};
use crate::tui::pages::Part;

impl App {
    /// Esc: clears the search, else leaves the transcript or info view, else goes back
    /// to the library.
    pub(super) fn back(&mut self) {
        let view = self.reader.as_ref().map(|r| r.view);
        if self.search.query.is_some() {
            self.search.clear();
        } else if let Some(view @ (View::Transcript | View::Info)) = view {
            self.toggle_view(if view == View::Transcript { Action::Transcript } else { Action::Info });
        } else if self.entries.len() > 1 {
            self.close();
        }
    }

    /// The kept position, said in the footer when it moves the reader at all.
    pub(super) fn restore(&mut self, pos: Position) {
        if self.reader.is_some() && pos != Position::default() {
            self.put_back(pos);
            self.status = Some(self.strings.resumed.to_owned());
        }
    }

    /// Puts the reader at `pos` (the transcript when it was open there).
    pub(super) fn put_back(&mut self, pos: Position) {
        let Some(r) = &mut self.reader else { return };
        r.selected = pos.selected.min(r.pages.len() - 1);
        r.scroll = pos.scroll;
        match pos.transcript {
            Some(line) => (r.view, r.doc_scroll) = (View::Transcript, line),
            None if r.view == View::Transcript => r.view = View::Interview,
            None => {}
        }
    }

    /// Into the transcript or info view, or back; the transcript opens at the selected
    /// question and, left, selects the one the reader had reached.
    pub(super) fn toggle_view(&mut self, action: Action) {
        let target = if action == Action::Transcript { View::Transcript } else { View::Info };
        let Some(view) = self.reader.as_ref().map(|r| r.view) else { return };
        if view == View::Transcript {
            let reached = self.transcript_entry();
            self.select(reached);
        }
        let start = (target == View::Transcript && view != target).then(|| self.transcript_line()).flatten();
        let Some(r) = &mut self.reader else { return };
        r.view = if view == target { View::Interview } else { target };
        r.doc_scroll = start.unwrap_or(0);
        self.clamp();
        if let Some(r) = &mut self.reader {
            r.entered = (r.view == View::Transcript).then_some((r.doc_scroll, r.selected));
        }
    }

    /// Space at the end of an answer turns to the next question, as a pager turns pages.
    pub(super) fn scroll_or_turn(&mut self, action: Action) {
        let answer =
            self.reader.as_ref().is_some_and(|r| r.view == View::Interview && r.pages.iv.has_turns());
        let at_end =
            self.part().is_some_and(|p| self.pane_scroll() + self.page() >= self.laid(p).lines.len());
        if action == Action::PageDown && answer && at_end {
            self.step_question(true);
        } else {
            self.scroll(action);
        }
    }

    /// Scrolls the pane in view: the answer, the article, or the document.
    pub(super) fn scroll(&mut self, action: Action) {
        let page = self.page();
        let Some(r) = &mut self.reader else { return };
        let pos = if r.view == View::Interview { &mut r.scroll } else { &mut r.doc_scroll };
        *pos = match action {
            Action::Down => *pos + 1,
            Action::Up => pos.saturating_sub(1),
            Action::PageDown => *pos + page,
            Action::PageUp => pos.saturating_sub(page),
            Action::HalfPageDown => *pos + page.div_ceil(2),
            Action::HalfPageUp => pos.saturating_sub(page.div_ceil(2)),
            Action::Top => 0,
            _ => usize::MAX,
        };
    }

    /// Next or previous question; in the transcript, scrolls to its heading.
    pub(super) fn step_question(&mut self, forward: bool) {
        let Some(r) = &self.reader else { return };
        if r.view == View::Transcript {
            let laid = self.laid(Part::Transcript);
            let Some(r) = &mut self.reader else { return };
            let mut starts = laid.entries.iter().map(|e| e.start);
            let next = if forward {
                starts.find(|&s| s > r.doc_scroll)
            } else {
                starts.rfind(|&s| s < r.doc_scroll)
            };
            r.doc_scroll = next.unwrap_or(if forward { r.doc_scroll } else { 0 });
            return;
        }
        let target = if forward { r.selected + 1 } else { r.selected.saturating_sub(1) };
        self.select(target);
    }

    pub(super) fn select(&mut self, entry: usize) {
        let Some(r) = &mut self.reader else { return };
        let entry = entry.min(r.pages.len() - 1);
        if entry != r.selected {
            r.selected = entry;
            r.scroll = 0;
            r.view = View::Interview;
        }
    }

    /// A click: on a question selects it; on a library row selects the row.
    pub(super) fn click(&mut self, x: u16, y: u16) {
        let a = crate::tui::view::areas(self.screen());
        let Some(r) = &self.reader else {
            let list_top = a.body.y + 1;
            if y >= list_top && y < a.body.y + a.body.height {
                self.row = self.library_offset() + usize::from((y - list_top) / 2);
            }
            return;
        };
        let q = a.questions_text;
        let inside = x >= q.x && x < q.x + q.width && y >= q.y && y < q.y + q.height;
        if r.view != View::Interview || !r.pages.iv.has_turns() || !inside {
            return;
        }
        let line = self.question_offset() + usize::from(y - q.y);
        let laid = self.laid(Part::Questions);
        if let Some(entry) = laid.entries.iter().position(|e| e.contains(&line)) {
            self.select(entry);
        }
    }

    pub(super) fn copy(&mut self, all: bool) {
        let Some(r) = &self.reader else { return };
        let iv = &r.pages.iv;
        let labels = crate::export::Labels::for_lang(self.strings.lang);
        let text = match (all, r.pages.exchanges.get(r.selected)) {
            (false, Some(ex)) => crate::export::exchange_text(iv, ex, labels),
            _ => crate::export::transcript_text(iv, labels),
        };
        let kb = text.len() as f64 / 1024.0;
        self.status = Some(format!("{} {kb:.1} KB", self.strings.copied));
        self.effects.push(Effect::Copy(text));
    }
}
