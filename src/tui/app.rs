//! Browser state and the one place it changes: `App::update(Action)`. No I/O here: what
//! needs the outside world (the clipboard, the resume file) leaves as an [`Effect`].

use super::keymap::Keymap;
use super::pages::Pages;
use super::search::Search;
use super::strings::Strings;
use super::theme::Theme;
use crate::library::{Entry, Sort};

/// Everything the reader can ask for, and what the terminal tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Down,
    Up,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Next,
    Prev,
    FirstQuestion,
    LastQuestion,
    /// Go to question N (library: row N): a digit typed, or `:` (None) to open the prompt.
    Goto(Option<u8>),
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
    /// Ctrl-C: quit from anywhere, the help included.
    Interrupt,
    /// A mouse click at (column, row).
    Click(u16, u16),
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
    /// The resume data knew where the reader left entry `.0` (for the library's marks).
    Seen(usize, Position),
    /// Ctrl-Z: hand the terminal back to the shell until resumed.
    Suspend,
}

impl Action {
    /// A line, half a page or a page, down or up: what a count repeats, what scrolls.
    pub fn scrolls(self) -> bool {
        use Action::{Down, HalfPageDown, HalfPageUp, PageDown, PageUp, Up};
        matches!(self, Down | Up | PageDown | PageUp | HalfPageDown | HalfPageUp)
    }
}

/// Where the reader is in an interview: the entry and answer scroll, and, when the
/// transcript was open, its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub selected: usize,
    pub scroll: usize,
    pub transcript: Option<usize>,
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
    /// Entry `.0` is to be opened but its text is in the cache: fetch it ([`Arrival::Fetched`]).
    Fetch(usize),
    /// Ask the cache's index which entries match this filter (of this generation).
    Filter(u64, String),
    /// Find the matching words in context in these entries, for the filter of a generation.
    Snippets(u64, Vec<usize>),
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
    /// Where the transcript was opened: (its first line, the question selected). Until the
    /// reader scrolls it, that question is the one reached.
    pub entered: Option<(usize, usize)>,
}

/// The browser's state.
pub struct App {
    pub entries: Vec<Entry>,
    /// The library's rows: entry indices, sorted and filtered.
    pub order: Vec<usize>,
    /// Every entry in the order `sort` gives: the rows without a filter, and the order a
    /// filter's hits are listed in (picked out of it, not sorted again).
    listed: Vec<usize>,
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
    /// The "go to question N" prompt's digits while it is open.
    pub goto: Option<String>,
    /// Where the reader was when the search prompt opened: matches are sought from here
    /// while typing, and Esc goes back to it.
    anchor: Option<Position>,
    /// Where the reader left each entry, as far as known (the library's read marks).
    pub seen: Vec<Option<Position>>,
    /// How many entries have each title: repeated ones show their file names.
    titles: std::collections::HashMap<String, usize>,
    /// The library is still being read: (read, total).
    pub loading: Option<(usize, usize)>,
    /// Filters are answered by the cache's index ([`Effect::Filter`]), not in memory.
    pub indexed: bool,
    /// The index's answer for the filter of a generation: the matching entries' ids.
    hits: Option<(u64, Vec<i64>)>,
    /// Entries by their cache row.
    by_id: std::collections::HashMap<i64, usize>,
    /// Why the rows on screen match the filter: the matching words in context.
    pub snippets: Snippets,
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
    /// Filter through the cache's index.
    pub indexed: bool,
}

/// For the filter of a generation, the matching words in context of the entries shown.
pub type Snippets = (u64, std::collections::HashMap<usize, String>);

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ascii: false,
            theme: Theme::colour(),
            strings: &super::strings::EN,
            keymap: Keymap::default(),
            measure: 80,
            indexed: false,
        }
    }
}

pub const MIN_MEASURE: u16 = 20;

impl App {
    /// A browser over the entries; a single readable entry opens straight away.
    pub fn new(entries: Vec<Entry>, settings: Settings) -> App {
        let mut app = App {
            entries: Vec::new(),
            order: Vec::new(),
            listed: Vec::new(),
            sort: Sort::Date,
            row: 0,
            reader: None,
            search: Search::default(),
            help: false,
            help_scroll: 0,
            shelved: None,
            goto: None,
            anchor: None,
            seen: Vec::new(),
            titles: std::collections::HashMap::new(),
            loading: None,
            indexed: settings.indexed,
            hits: None,
            by_id: std::collections::HashMap::new(),
            snippets: (0, std::collections::HashMap::new()),
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
        app.add(entries);
        if app.entries.len() == 1 {
            app.open(0);
        }
        app
    }

    /// True while the library list is on screen.
    pub fn in_library(&self) -> bool {
        self.reader.is_none()
    }

    /// True while a prompt (search, filter, go to) takes the keys.
    pub fn prompting(&self) -> bool {
        self.search.is_open() || self.goto.is_some()
    }

    /// Applies an action; returns whether anything on screen may have changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.snapshot();
        if !matches!(action, Action::Resize(..) | Action::Seen(..)) {
            self.status = None; // a message stays until the next key
        }
        match action {
            Action::Resize(w, h) => self.resize(w, h),
            Action::Seen(i, pos) => self.seen_at(i, pos),
            Action::Interrupt => self.quit(),
            _ if self.help => self.help_action(action),
            _ if self.goto.is_some() => self.goto_prompt(action),
            _ if self.search.is_open() => self.prompt(action),
            _ => self.command(action),
        }
        self.clamp();
        self.ask_snippets();
        before != self.snapshot()
    }

    /// A key outside the help and the prompts.
    pub(super) fn command(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit(),
            Action::Help => (self.help, self.help_scroll) = (true, 0),
            Action::Suspend => self.effects.push(Effect::Suspend),
            Action::Goto(digit) => self.goto = Some(digit.map(|d| d.to_string()).unwrap_or_default()),
            Action::Click(x, y) => self.click(x, y),
            _ if self.reader.is_some() => self.reader_action(action),
            _ => self.library_action(action),
        }
    }

    fn quit(&mut self) {
        self.close();
        self.quit = true;
    }

    fn seen_at(&mut self, i: usize, pos: Position) {
        if let Some(slot) = self.seen.get_mut(i) {
            *slot = Some(pos);
        }
    }

    /// Everything the screen shows depends on, to tell whether an action changed anything.
    fn snapshot(&self) -> impl PartialEq + use<> {
        let reader = self.reader.as_ref().map(|r| (r.entry, r.view, r.selected, r.scroll, r.doc_scroll));
        let search =
            (self.search.generation, self.search.input.clone(), self.search.current, self.goto.clone());
        let screen = (
            self.width,
            self.height,
            (self.help, self.help_scroll),
            self.quit,
            self.measure,
            self.status.clone(),
        );
        (
            reader,
            search,
            screen,
            self.row,
            self.order.clone(),
            self.sort,
            self.effects.len(),
            self.seen.clone(),
        )
    }

    fn reader_action(&mut self, action: Action) {
        match action {
            a if a.scrolls() || matches!(a, Action::Top | Action::Bottom) => self.scroll_or_turn(action),
            Action::Next | Action::Prev => self.step_question(action == Action::Next),
            Action::FirstQuestion => self.goto_question(1),
            Action::LastQuestion => self.goto_question(usize::MAX),
            Action::Search => self.open_search(),
            Action::NextMatch | Action::PrevMatch => self.step_match(action == Action::NextMatch),
            Action::Transcript | Action::Info => self.toggle_view(action),
            Action::Wider | Action::Narrower | Action::ResetMeasure => self.set_measure(action),
            Action::Copy | Action::CopyAll => self.copy(action == Action::CopyAll),
            Action::Back => self.back(),
            Action::Restore(pos) => self.restore(pos),
            _ => {}
        }
    }

    /// `+`, `-`, `=`: the measure changes, and the footer says to what.
    fn set_measure(&mut self, action: Action) {
        self.measure = match action {
            Action::Wider => self.measure.saturating_add(4),
            Action::Narrower => self.measure.saturating_sub(4).max(MIN_MEASURE),
            _ => self.default_measure,
        };
        let shown = self.text_area().0;
        let capped = if shown < self.measure {
            format!(" ({} {shown})", self.strings.pane_allows)
        } else {
            String::new()
        };
        self.status = Some(format!("{} {}{capped}", self.strings.text_width, self.measure));
    }

    pub(super) fn clamp(&mut self) {
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

mod arrive;
mod geometry;

pub use arrive::Arrival;
mod list;
mod matches;
mod prompt;
mod reader;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_reading;
