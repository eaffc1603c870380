//! Browser state and the one place it changes: `App::update(Action)`. No I/O here.

use super::pages::Pages;
use super::theme::Theme;
use super::view;
use crate::interview::Interview;

/// Everything the reader can ask for.
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
    Help,
    Close,
    Quit,
    Resize(u16, u16),
}

/// The browser's state.
pub struct App {
    pub pages: Pages,
    /// The selected entry of the question list.
    pub selected: usize,
    /// First visible line of the answer pane.
    pub scroll: usize,
    pub width: u16,
    pub height: u16,
    pub help: bool,
    pub quit: bool,
    pub ascii: bool,
    pub theme: Theme,
}

impl App {
    pub fn new(iv: Interview, ascii: bool) -> App {
        let theme = Theme::new();
        App {
            pages: Pages::new(iv, theme),
            selected: 0,
            scroll: 0,
            width: 80,
            height: 24,
            help: false,
            quit: false,
            ascii,
            theme,
        }
    }

    /// Applies an action; returns whether anything visible changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = (self.selected, self.scroll, self.help, self.quit, self.width, self.height);
        if self.help && !matches!(action, Action::Quit | Action::Resize(..)) {
            self.help = false;
            return true;
        }
        match action {
            Action::Down => self.scroll += 1,
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll += self.page(),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(self.page()),
            Action::Next => self.select(self.selected + 1),
            Action::Prev => self.select(self.selected.saturating_sub(1)),
            Action::Top => self.scroll = 0,
            Action::Bottom => self.scroll = usize::MAX,
            Action::Help => self.help = true,
            Action::Close => {}
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => (self.width, self.height) = (w, h),
        }
        self.scroll = self.scroll.min(self.max_scroll());
        before != (self.selected, self.scroll, self.help, self.quit, self.width, self.height)
    }

    fn select(&mut self, entry: usize) {
        let entry = entry.min(self.pages.len() - 1);
        if entry != self.selected {
            self.selected = entry;
            self.scroll = 0;
        }
    }

    /// Lines in one page of the answer pane.
    pub fn page(&self) -> usize {
        usize::from(self.answer_size().1).max(1)
    }

    /// The answer pane's text area (width, height) at the current size.
    pub fn answer_size(&self) -> (u16, u16) {
        let a = view::areas(ratatui::layout::Rect::new(0, 0, self.width, self.height)).answer_text;
        (a.width, a.height)
    }

    fn max_scroll(&self) -> usize {
        let (w, h) = self.answer_size();
        let lines = self.pages.replies(self.selected, w).lines.len();
        lines.saturating_sub(usize::from(h))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::{Role, Turn};

    fn app() -> App {
        let long = "Đoạn trả lời dài. ".repeat(60);
        let turn = |role, text: &str| Turn { role, speaker: None, paragraphs: vec![text.to_owned()] };
        let iv = Interview {
            turns: vec![
                turn(Role::Question, "Một?"),
                turn(Role::Answer, &long),
                turn(Role::Question, "Hai?"),
                turn(Role::Answer, "Ngắn."),
            ],
            ..Interview::default()
        };
        let mut app = App::new(iv, false);
        app.update(Action::Resize(60, 20));
        app
    }

    #[test]
    fn scrolling_stops_at_the_ends() {
        let mut app = app();
        assert!(!app.update(Action::Up));
        assert!(app.update(Action::Down));
        assert_eq!(app.scroll, 1);
        app.update(Action::Bottom);
        let bottom = app.scroll;
        assert!(bottom > 1);
        assert!(!app.update(Action::Down));
        assert!(!app.update(Action::PageDown));
        app.update(Action::PageUp);
        assert_eq!(app.scroll, bottom.saturating_sub(app.page()));
        app.update(Action::Top);
        assert_eq!(app.scroll, 0);
    }

    #[test]
    fn next_and_prev_question_reset_the_scroll() {
        let mut app = app();
        app.update(Action::PageDown);
        assert!(app.update(Action::Next));
        assert_eq!((app.selected, app.scroll), (1, 0));
        assert!(!app.update(Action::Next));
        assert!(app.update(Action::Prev));
        assert_eq!(app.selected, 0);
    }

    #[test]
    fn help_opens_and_any_key_closes_it() {
        let mut app = app();
        assert!(app.update(Action::Help));
        assert!(app.help);
        assert!(app.update(Action::Down));
        assert!(!app.help);
        assert_eq!(app.scroll, 0);
        app.update(Action::Help);
        app.update(Action::Close);
        assert!(!app.help);
        assert!(app.update(Action::Quit));
        assert!(app.quit);
    }

    #[test]
    fn resize_keeps_scroll_in_range() {
        let mut app = app();
        app.update(Action::Bottom);
        app.update(Action::Resize(200, 60));
        assert!(app.scroll <= app.max_scroll());
    }
}
