//! Styles: a 16-colour theme that reads on dark and light backgrounds, and a monochrome one
//! for NO_COLOR where every distinction shows through bold, reverse and underline.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub title: Style,
    pub meta: Style,
    pub heading: Style,
    pub label: Style,
    pub remark: Style,
    pub text: Style,
    pub number: Style,
    pub selected: Style,
    pub highlight: Style,
    /// The match the reader is on, apart from the others.
    pub current: Style,
    pub border: Style,
    pub pane_title: Style,
    pub hint_key: Style,
    pub hint: Style,
    pub notice: Style,
    pub error: Style,
}

const BOLD: Modifier = Modifier::BOLD;

impl Theme {
    /// ANSI colours only (the 16 the terminal's palette defines), each paired with a
    /// modifier so nothing depends on colour alone.
    pub fn colour() -> Theme {
        Theme {
            title: Style::new().add_modifier(BOLD),
            meta: Style::new().fg(Color::Cyan),
            heading: Style::new().add_modifier(BOLD),
            label: Style::new().fg(Color::Yellow).add_modifier(BOLD),
            remark: Style::new().add_modifier(Modifier::ITALIC),
            text: Style::new(),
            number: Style::new().fg(Color::Cyan),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            highlight: Style::new().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            current: Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(BOLD | Modifier::UNDERLINED),
            border: Style::new().fg(Color::DarkGray),
            pane_title: Style::new().add_modifier(BOLD),
            hint_key: Style::new().add_modifier(BOLD),
            hint: Style::new(),
            notice: Style::new().add_modifier(Modifier::ITALIC),
            error: Style::new().fg(Color::Red).add_modifier(BOLD),
        }
    }

    /// No colour at all: selection reversed, matches underlined and bold.
    pub fn mono() -> Theme {
        let plain = Style::new();
        Theme {
            meta: plain,
            label: plain.add_modifier(BOLD),
            number: plain,
            highlight: plain.add_modifier(BOLD | Modifier::UNDERLINED),
            current: plain.add_modifier(BOLD | Modifier::UNDERLINED | Modifier::REVERSED),
            border: plain,
            error: plain.add_modifier(BOLD),
            ..Theme::colour()
        }
    }

    /// The theme by name ("colour"/"color", "mono"), or `None` for an unknown name.
    pub fn named(name: &str) -> Option<Theme> {
        match name {
            "colour" | "color" | "default" => Some(Theme::colour()),
            "mono" | "monochrome" => Some(Theme::mono()),
            _ => None,
        }
    }

    /// True when no style sets a colour.
    pub fn is_colourless(&self) -> bool {
        [self.title, self.meta, self.heading, self.label, self.remark, self.text, self.number, self.selected]
            .iter()
            .chain(&[
                self.highlight, self.current, self.border, self.pane_title, self.hint_key, self.hint,
                self.notice, self.error,
            ])
            .all(|s| s.fg.is_none() && s.bg.is_none())
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::colour()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_has_no_colour_but_keeps_selection_and_matches_visible() {
        let m = Theme::mono();
        assert!(m.is_colourless());
        assert!(m.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(m.highlight.add_modifier.contains(Modifier::UNDERLINED));
        assert_ne!(m.current, m.highlight, "the current match stands apart");
        assert!(!Theme::colour().is_colourless());
    }
}
