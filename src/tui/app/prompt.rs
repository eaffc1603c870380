//! The prompts: search (incremental: the view moves to the first match from where the
//! reader was while typing), the library's filter, and "go to question N".

use super::{Action, App, View};

/// Digits a "go to" prompt takes (no question list is longer).
const MAX_DIGITS: usize = 9;
/// A count repeats a key at most this many times (`99999j` is the end, not a hang).
const MAX_REPEAT: usize = 10_000;

impl App {
    /// Opens the search prompt, remembering where the reader is.
    pub(super) fn open_search(&mut self) {
        self.anchor = self.position();
        self.search.open();
    }

    pub(super) fn prompt(&mut self, action: Action) {
        match action {
            Action::Input(c) => self.search.type_char(c),
            Action::Erase if self.search.input.as_deref() == Some("") => return self.cancel_search(),
            Action::Erase => self.search.erase(),
            Action::ClearInput => self.search.clear_input(),
            Action::HistoryUp => self.search.recall(true),
            Action::HistoryDown => self.search.recall(false),
            Action::Cancel => return self.cancel_search(),
            // the match the prompt showed is the one kept
            Action::Submit => {
                self.search.submit();
                self.anchor = None;
                return;
            }
            _ => return,
        }
        self.seek();
        self.refilter();
    }

    /// While typing: back to where the reader was, then on to the first match from there.
    fn seek(&mut self) {
        let Some(anchor) = self.anchor else { return };
        self.put_back(anchor);
        if self.search.query.is_some() {
            self.first_match();
        }
    }

    /// Esc (or Backspace on an empty prompt): the query before, the place before.
    fn cancel_search(&mut self) {
        self.search.cancel();
        if let Some(anchor) = self.anchor.take() {
            self.put_back(anchor);
        }
        self.refilter();
    }

    /// The "go to question N" prompt: digits, Backspace, Enter goes, Esc cancels.
    pub(super) fn goto_prompt(&mut self, action: Action) {
        let Some(digits) = &mut self.goto else { return };
        match action {
            Action::Input(c) if c.is_ascii_digit() && digits.len() < MAX_DIGITS => digits.push(c),
            Action::Input(c) => {
                let count = digits.parse::<usize>().unwrap_or(1);
                self.goto = None;
                self.counted(count, c);
            }
            Action::Erase if digits.is_empty() => self.goto = None,
            Action::Erase => {
                digits.pop();
            }
            Action::ClearInput => digits.clear(),
            Action::Cancel => self.goto = None,
            Action::Submit => {
                let n = digits.parse::<usize>().ok();
                self.goto = None;
                if let Some(n) = n {
                    self.jump(n);
                }
            }
            _ => {}
        }
    }

    /// A key after a number, as vim and less take it: `5j` moves five lines, `3G` goes to
    /// question 3 (library: row 3); other keys act once.
    fn counted(&mut self, count: usize, c: char) {
        let key = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c));
        let Some(action) = self.keymap.action(&key, self.in_library()) else { return };
        let repeats = action.scrolls()
            || matches!(action, Action::Next | Action::Prev | Action::NextMatch | Action::PrevMatch);
        match action {
            Action::Top | Action::Bottom => self.jump(count),
            _ if repeats => (0..count.min(MAX_REPEAT)).for_each(|_| self.command(action)),
            _ => self.command(action),
        }
    }

    /// Question `n` (1-based; past the end: the last; 0: the introduction), or library row `n`.
    fn jump(&mut self, n: usize) {
        match &self.reader {
            None => self.row = n.saturating_sub(1),
            Some(r) if r.pages.questions() == 0 => self.status = Some(self.strings.no_questions.to_owned()),
            Some(_) if n == 0 => self.select(0),
            Some(_) => self.goto_question(n),
        }
    }

    /// Selects question `n`; in the transcript, scrolls to its heading.
    pub(super) fn goto_question(&mut self, n: usize) {
        let Some(r) = &self.reader else { return };
        if r.view == View::Transcript {
            let laid = self.laid(crate::tui::pages::Part::Transcript);
            let heading = laid.entries.get(n.max(1) - 1).or(laid.entries.last()).map(|e| e.start);
            if let (Some(r), Some(line)) = (&mut self.reader, heading) {
                r.doc_scroll = line.saturating_sub(1);
            }
            return;
        }
        let entry = r.pages.entry_of(n);
        self.select(entry);
    }
}
