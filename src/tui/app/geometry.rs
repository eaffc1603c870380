//! Where things are on screen, derived from the state: pane sizes, the scrolled part, its
//! layout, and what a frame depends on.

use super::{Action, App, View};
use crate::tui::pages::{Highlight, Laid, Part};
use crate::tui::view;

impl App {
    /// The scrolled pane's rows (top, height) when it spans the full width: the answer in
    /// the stacked layout, or the single pane of the transcript, info and article views. A
    /// terminal scroll region can move it.
    pub fn scroll_region(&self) -> Option<(u16, u16)> {
        let r = self.reader.as_ref()?;
        let a = view::areas(self.screen());
        let drawn = self.width >= view::MIN_SIZE.0 && self.height >= view::MIN_SIZE.1 && !self.help;
        let pane = match r.view {
            View::Interview if r.pages.iv.has_turns() => (!a.side_by_side).then_some(a.answer_text)?,
            _ => a.body_text,
        };
        (drawn && pane.height > 1).then_some((pane.y, pane.height))
    }

    /// Everything the screen depends on but the answer's scroll and the footer's message:
    /// when only the scroll differs between two frames, the second is the first, scrolled.
    pub fn layout_key(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let reader = self.reader.as_ref().map(|r| (r.entry, r.view, r.selected));
        let search = (self.search.generation, self.search.input.clone(), self.search.current);
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (reader, search, self.width, self.height, self.help, self.measure, self.row, self.order.len())
            .hash(&mut h);
        h.finish()
    }

    /// The scrolled pane's first visible line.
    pub fn pane_scroll(&self) -> usize {
        self.reader.as_ref().map_or(0, |r| if r.view == View::Interview { r.scroll } else { r.doc_scroll })
    }

    /// Lines in one page of the pane in view.
    pub fn page(&self) -> usize {
        usize::from(self.text_area().1).max(1)
    }

    pub(super) fn body_height(&self) -> u16 {
        view::areas(self.screen()).body.height
    }

    pub(super) fn screen(&self) -> ratatui::layout::Rect {
        ratatui::layout::Rect::new(0, 0, self.width, self.height)
    }

    /// The scrolled pane's text area (width, height), the reading measure applied.
    pub fn text_area(&self) -> (u16, u16) {
        let a = view::areas(self.screen());
        let pane = match &self.reader {
            Some(r) if r.view == View::Interview && r.pages.iv.has_turns() => a.answer_text,
            _ => a.body_text,
        };
        (view::measure_width(pane.width, self.measure), pane.height)
    }

    /// The part the scrolled pane shows.
    pub fn part(&self) -> Option<Part> {
        let r = self.reader.as_ref()?;
        Some(match r.view {
            View::Transcript => Part::Transcript,
            View::Info => Part::Info,
            View::Interview if !r.pages.iv.has_turns() => Part::Article,
            View::Interview => Part::Replies(r.selected),
        })
    }

    /// A part laid out at the scrolled pane's width, highlighted for the search in force.
    pub fn laid(&self, part: Part) -> std::rc::Rc<Laid> {
        match &self.reader {
            Some(r) => r.pages.get(part, self.width_for(part), self.highlight()),
            None => std::rc::Rc::default(),
        }
    }

    /// The width a part is laid out at: its pane's, the reading measure applied.
    fn width_for(&self, part: Part) -> u16 {
        let a = view::areas(self.screen());
        match part {
            Part::Questions => a.questions_text.width,
            Part::Replies(_) => view::measure_width(a.answer_text.width, self.measure),
            _ => view::measure_width(a.body_text.width, self.measure),
        }
    }

    fn highlight(&self) -> Highlight<'_> {
        Highlight { query: self.search.query.as_ref(), generation: self.search.generation }
    }

    /// The entry of the question list whose heading the transcript has reached.
    pub fn transcript_entry(&self) -> usize {
        let Some(r) = &self.reader else { return 0 };
        if let Some((line, selected)) = r.entered
            && line == r.doc_scroll
        {
            return selected; // not scrolled since it opened: still where the reader was
        }
        let laid = self.laid(Part::Transcript);
        let page = usize::from(self.text_area().1);
        // at the end of the text, the last heading on screen counts as reached
        let at_end = r.doc_scroll + page >= laid.lines.len();
        let reach = if at_end { r.doc_scroll + page } else { r.doc_scroll + 2 };
        let headings = laid.entries.iter().take_while(|e| e.start < reach).count();
        let opening = usize::from(r.pages.exchanges.first().is_some_and(|e| e.question.is_none()));
        (headings + opening).saturating_sub(1)
    }

    /// The transcript line where the selected question's heading stands.
    pub(super) fn transcript_line(&self) -> Option<usize> {
        let r = self.reader.as_ref()?;
        let opening = usize::from(r.pages.exchanges.first().is_some_and(|e| e.question.is_none()));
        // from the first question, the transcript opens at its top: title and lead first
        let heading = r.selected.checked_sub(opening).filter(|&h| h > 0)?;
        let laid = self.laid(Part::Transcript);
        laid.entries.get(heading).map(|e| e.start.saturating_sub(1))
    }
}

/// Lines of the question list kept in view after (and before) the selected question, as
/// vim's `scrolloff` keeps them: the next questions stay visible.
const CONTEXT: usize = 3;

impl App {
    /// The question list's first visible line: the selected question with a few lines
    /// of context after it; a question longer than the pane shows from its start.
    pub fn question_offset(&self) -> usize {
        let Some(r) = &self.reader else { return 0 };
        let laid = self.laid(Part::Questions);
        let h = usize::from(view::areas(self.screen()).questions_text.height);
        let sel = laid.entries.get(r.selected).cloned().unwrap_or(0..0);
        let context = CONTEXT.min(h.saturating_sub(sel.len()) / 2);
        let end = (sel.end + context).min(laid.lines.len());
        let offset = end.saturating_sub(h).min(sel.start);
        // never from the middle of a question: from the next one that starts
        laid.entries.iter().map(|e| e.start).find(|&s| s >= offset).map_or(offset, |s| s.min(sel.start))
    }
}

impl App {
    /// In the help: scrolling keys scroll it, any other key closes it (q too: it does not
    /// quit from the help).
    pub(super) fn help_action(&mut self, action: Action) {
        let page = usize::from(self.height.saturating_sub(4)).max(1);
        self.help_scroll = match action {
            Action::Down => self.help_scroll + 1,
            Action::Up => self.help_scroll.saturating_sub(1),
            Action::PageDown => self.help_scroll + page,
            Action::PageUp => self.help_scroll.saturating_sub(page),
            Action::HalfPageDown => self.help_scroll + page / 2,
            Action::HalfPageUp => self.help_scroll.saturating_sub(page / 2),
            Action::Top => 0,
            Action::Bottom => usize::MAX,
            _ => {
                self.help = false;
                return;
            }
        };
        let lines = self.keymap.visible(self.in_library()).count();
        self.help_scroll = self.help_scroll.min(lines.saturating_sub(page));
    }

    /// A new size: the scrolled pane keeps its place in the text, as a share of its length.
    pub(super) fn resize(&mut self, w: u16, h: u16) {
        let share = self.part().map(|part| {
            let total = self.laid(part).lines.len().max(1);
            self.pane_scroll() as f64 / total as f64
        });
        (self.width, self.height) = (w, h);
        let (Some(share), Some(part)) = (share, self.part()) else { return };
        let line = (share * self.laid(part).lines.len() as f64).round() as usize;
        if let Some(r) = &mut self.reader {
            if r.view == View::Interview { r.scroll = line } else { r.doc_scroll = line }
        }
    }
}
