//! Styles for a 16-colour terminal; every distinction also shows without colour.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub meta: Style,
    pub label: Style,
    pub remark: Style,
    pub text: Style,
    pub number: Style,
    pub selected: Style,
    pub border: Style,
    pub pane_title: Style,
    pub hint_key: Style,
    pub hint: Style,
    pub notice: Style,
}

impl Theme {
    /// The default theme: ANSI colours that read on dark and light backgrounds.
    pub fn new() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold,
            meta: Style::new().fg(Color::Cyan),
            label: bold.fg(Color::Yellow),
            remark: Style::new().add_modifier(Modifier::ITALIC),
            text: Style::new(),
            number: Style::new().fg(Color::Cyan),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new().fg(Color::DarkGray),
            pane_title: bold,
            hint_key: bold,
            hint: Style::new(),
            notice: Style::new().add_modifier(Modifier::ITALIC),
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new()
    }
}
