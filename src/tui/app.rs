//! Browser state and the one place it changes: `App::update(Action)`. No I/O here: what
//! needs the outside world (the clipboard, the resume file) leaves as an [`Effect`].

use super::keymap::Keymap;
use super::pages::Pages;
use super::search::Search;
use super::strings::Strings;
use super::theme::Theme;
use crate::library::{self, Entry, Sort};

/// Everything the reader can ask for, and what the terminal tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Down,
    Up,
    PageDown,
    PageUp,
    Next,
    Prev,
    Top,
    Bottom,
    Search,
    NextMatch,
    PrevMatch,
    Transcript,
    Info,
    Wider,
    Narrower,
    ResetMeasure,
    Copy,
    CopyAll,
    Open,
    Sort,
    Back,
    Help,
    Quit,
    Resize(u16, u16),
    /// Prompt keys.
    Input(char),
    Erase,
    ClearInput,
    HistoryUp,
    HistoryDown,
    Submit,
    Cancel,
    /// Put the open interview back where the reader left it.
    Restore(Position),
    /// Ctrl-Z: hand the terminal back to the shell until resumed.
    Suspend,
}

/// Where the reader is in an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub selected: usize,
    pub scroll: usize,
}

/// What the runner must do for the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard.
    Copy(String),
    /// An interview was opened: restore its position, if one was kept.
    Opened(usize),
    /// An interview was left at this position: keep it.
    Closed(usize, Position),
    /// Stop the process (Ctrl-Z); the terminal is restored before and taken again after.
    Suspend,
}

/// Which view of the open interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Interview,
    Transcript,
    Info,
}

/// The open interview and where the reader is in it.
pub struct Reader {
    pub entry: usize,
    pub pages: Pages,
    pub view: View,
    /// The selected entry of the question list.
    pub selected: usize,
    /// First visible line of the answer pane (or the article).
    pub scroll: usize,
    /// First visible line of the transcript and info views.
    pub doc_scroll: usize,
}

/// The browser's state.
pub struct App {
    pub entries: Vec<Entry>,
    /// The library's rows: entry indices, sorted and filtered.
    pub order: Vec<usize>,
    pub sort: Sort,
    /// The selected row of the library.
    pub row: usize,
    pub reader: Option<Reader>,
    pub search: Search,
    pub help: bool,
    /// First visible line of the help, when it does not fit.
    pub help_scroll: usize,
    /// The library's filter, put aside while an interview is open (its search is its own).
    shelved: Option<Search>,
    pub quit: bool,
    pub width: u16,
    pub height: u16,
    /// The reading measure: text lines at most this many cells wide.
    pub measure: u16,
    pub default_measure: u16,
    /// A one-line message for the footer, until the next key.
    pub status: Option<String>,
    pub effects: Vec<Effect>,
    pub ascii: bool,
    pub theme: Theme,
    pub strings: &'static Strings,
    pub keymap: Keymap,
}

/// The app's fixed settings.
pub struct Settings {
    pub ascii: bool,
    pub theme: Theme,
    pub strings: &'static Strings,
    pub keymap: Keymap,
    pub measure: u16,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ascii: false,
            theme: Theme::colour(),
            strings: &super::strings::EN,
            keymap: Keymap::default(),
            measure: 80,
        }
    }
}

pub const MIN_MEASURE: u16 = 20;

impl App {
    /// A browser over the entries; a single readable entry opens straight away.
    pub fn new(entries: Vec<Entry>, settings: Settings) -> App {
        let order = library::order(&entries, Sort::Date, None);
        let mut app = App {
            entries,
            order,
            sort: Sort::Date,
            row: 0,
            reader: None,
            search: Search::default(),
            help: false,
            help_scroll: 0,
            shelved: None,
            quit: false,
            width: 80,
            height: 24,
            measure: settings.measure,
            default_measure: settings.measure,
            status: None,
            effects: Vec::new(),
            ascii: settings.ascii,
            theme: settings.theme,
            strings: settings.strings,
            keymap: settings.keymap,
        };
        if app.entries.len() == 1 {
            app.open(0);
        }
        app
    }

    /// True while the library list is on screen.
    pub fn in_library(&self) -> bool {
        self.reader.is_none()
    }

    /// Applies an action; returns whether anything on screen may have changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.snapshot();
        if !matches!(action, Action::Resize(..)) {
            self.status = None; // a message stays until the next key
        }
        if let Action::Resize(w, h) = action {
            self.resize(w, h);
        } else if self.help && !matches!(action, Action::Quit) {
            self.help_action(action);
        } else if self.search.is_open() {
            self.prompt(action);
        } else if action == Action::Quit {
            self.close();
            self.quit = true;
        } else if action == Action::Help {
            (self.help, self.help_scroll) = (true, 0);
        } else if action == Action::Suspend {
            self.effects.push(Effect::Suspend);
        } else if self.reader.is_some() {
            self.reader_action(action);
        } else {
            self.library_action(action);
        }
        self.clamp();
        before != self.snapshot()
    }

    /// In the help: scrolling keys scroll it, any other key closes it.
    fn help_action(&mut self, action: Action) {
        let page = usize::from(self.height.saturating_sub(4)).max(1);
        self.help_scroll = match action {
            Action::Down => self.help_scroll + 1,
            Action::Up => self.help_scroll.saturating_sub(1),
            Action::PageDown => self.help_scroll + page,
            Action::PageUp => self.help_scroll.saturating_sub(page),
            _ => {
                self.help = false;
                return;
            }
        };
        let lines = self.keymap.visible(self.in_library()).count();
        self.help_scroll = self.help_scroll.min(lines.saturating_sub(page));
    }

    /// A new size: the scrolled pane keeps its place in the text, as a share of its length.
    fn resize(&mut self, w: u16, h: u16) {
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

    /// Everything the screen shows depends on, to tell whether an action changed anything.
    fn snapshot(&self) -> impl PartialEq + use<> {
        let reader = self.reader.as_ref().map(|r| (r.entry, r.view, r.selected, r.scroll, r.doc_scroll));
        let search = (self.search.generation, self.search.input.clone(), self.search.current);
        let screen = (
            self.width,
            self.height,
            (self.help, self.help_scroll),
            self.quit,
            self.measure,
            self.status.clone(),
        );
        (reader, search, screen, self.row, self.order.clone(), self.sort, self.effects.len())
    }

    fn prompt(&mut self, action: Action) {
        match action {
            Action::Input(c) => self.search.type_char(c),
            Action::Erase => self.search.erase(),
            Action::ClearInput => self.search.clear_input(),
            Action::HistoryUp => self.search.recall(true),
            Action::HistoryDown => self.search.recall(false),
            Action::Cancel => self.search.cancel(),
            Action::Submit => {
                self.search.submit();
                self.first_match();
            }
            _ => {}
        }
        self.refilter();
    }

    fn library_action(&mut self, action: Action) {
        let page = usize::from(self.body_height().saturating_sub(1) / 2).max(1);
        let last = self.order.len().saturating_sub(1);
        match action {
            Action::Down => self.row += 1,
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::PageDown => self.row += page,
            Action::PageUp => self.row = self.row.saturating_sub(page),
            Action::Top => self.row = 0,
            Action::Bottom => self.row = last,
            Action::Search => self.search.open(),
            Action::Back => self.search.clear(),
            Action::Sort => {
                self.sort = if self.sort == Sort::Date { Sort::Title } else { Sort::Date };
                self.refilter();
            }
            Action::Open => {
                if let Some(&i) = self.order.get(self.row) {
                    self.open(i);
                }
            }
            _ => {}
        }
        self.refilter();
    }

    /// Recomputes the library's rows after a sort or filter change, keeping the selection.
    fn refilter(&mut self) {
        if self.reader.is_some() {
            return;
        }
        let current = self.order.get(self.row).copied();
        self.order = library::order(&self.entries, self.sort, self.search.query.as_ref());
        if let Some(i) = current.and_then(|c| self.order.iter().position(|&o| o == c)) {
            self.row = i;
        }
    }

    /// Opens entry `i`, or says why it cannot be read.
    pub fn open(&mut self, i: usize) {
        let Some(entry) = self.entries.get(i) else { return };
        match &entry.item {
            Ok(iv) => {
                let pages = Pages::new(std::sync::Arc::clone(iv), self.theme, self.strings);
                self.reader = Some(Reader {
                    entry: i,
                    pages,
                    view: View::Interview,
                    selected: 0,
                    scroll: 0,
                    doc_scroll: 0,
                });
                if self.entries.len() > 1 {
                    self.shelved = Some(std::mem::take(&mut self.search));
                }
                self.effects.push(Effect::Opened(i));
            }
            Err(e) => self.status = Some(format!("{} {}: {e}", self.strings.unreadable, entry.title())),
        }
    }

    /// Leaves the open interview (keeping its position) for the library.
    fn close(&mut self) {
        if let Some(r) = self.reader.take() {
            self.effects.push(Effect::Closed(r.entry, Position { selected: r.selected, scroll: r.scroll }));
        }
        if let Some(filter) = self.shelved.take() {
            self.search = filter;
        }
        self.refilter();
    }

    fn reader_action(&mut self, action: Action) {
        match action {
            Action::Down | Action::Up | Action::PageDown | Action::PageUp | Action::Top | Action::Bottom => {
                self.scroll(action)
            }
            Action::Next | Action::Prev => self.step_question(action == Action::Next),
            Action::Search => self.search.open(),
            Action::NextMatch | Action::PrevMatch => self.step_match(action == Action::NextMatch),
            Action::Transcript | Action::Info => self.toggle_view(action),
            Action::Wider => self.measure = self.measure.saturating_add(4),
            Action::Narrower => self.measure = self.measure.saturating_sub(4).max(MIN_MEASURE),
            Action::ResetMeasure => self.measure = self.default_measure,
            Action::Copy | Action::CopyAll => self.copy(action == Action::CopyAll),
            Action::Back => self.back(),
            Action::Restore(pos) => self.restore(pos),
            _ => {}
        }
    }

    fn clamp(&mut self) {
        self.row = self.row.min(self.order.len().saturating_sub(1));
        let Some(part) = self.part() else { return };
        let lines = self.laid(part).lines.len();
        let max = lines.saturating_sub(usize::from(self.text_area().1));
        if let Some(r) = &mut self.reader {
            let pos = if r.view == View::Interview { &mut r.scroll } else { &mut r.doc_scroll };
            *pos = (*pos).min(max);
        }
    }
}

mod geometry;
mod matches;
mod reader;

#[cfg(test)]
mod tests;
