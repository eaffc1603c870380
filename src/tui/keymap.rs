//! The one key table: it drives key handling, the footer hints and the help screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::Action;

/// A binding: the keys, the action, how the help screen and the footer name them.
pub struct Binding {
    pub keys: &'static [KeyCode],
    pub action: Action,
    /// Key names as the reader sees them: "↓ j".
    pub names: &'static str,
    pub help: &'static str,
    /// Short hint for the footer, if this binding is shown there.
    pub hint: Option<&'static str>,
}

use KeyCode::{Char, Down, End, Esc, Home, Left, PageDown, PageUp, Right, Up};

pub const KEYS: &[Binding] = &[
    Binding {
        keys: &[Down, Char('j')],
        action: Action::Down,
        names: "↓ j",
        help: "scroll the answer down a line",
        hint: Some("scroll"),
    },
    Binding {
        keys: &[Up, Char('k')],
        action: Action::Up,
        names: "↑ k",
        help: "scroll the answer up a line",
        hint: None,
    },
    Binding {
        keys: &[Char(' '), PageDown, Char('f')],
        action: Action::PageDown,
        names: "Space PgDn",
        help: "next page of the answer",
        hint: Some("page"),
    },
    Binding {
        keys: &[Char('b'), PageUp],
        action: Action::PageUp,
        names: "b PgUp",
        help: "previous page of the answer",
        hint: None,
    },
    Binding {
        keys: &[Right, Char('l'), Char(']'), KeyCode::Tab],
        action: Action::Next,
        names: "→ l ]",
        help: "next question",
        hint: Some("question"),
    },
    Binding {
        keys: &[Left, Char('h'), Char('['), KeyCode::BackTab],
        action: Action::Prev,
        names: "← h [",
        help: "previous question",
        hint: None,
    },
    Binding {
        keys: &[Char('g'), Home],
        action: Action::Top,
        names: "g Home",
        help: "top of the answer",
        hint: None,
    },
    Binding {
        keys: &[Char('G'), End],
        action: Action::Bottom,
        names: "G End",
        help: "bottom of the answer",
        hint: None,
    },
    Binding {
        keys: &[Char('?')],
        action: Action::Help,
        names: "?",
        help: "show or hide this help",
        hint: Some("help"),
    },
    Binding { keys: &[Esc], action: Action::Close, names: "Esc", help: "close help", hint: None },
    Binding { keys: &[Char('q')], action: Action::Quit, names: "q", help: "quit", hint: Some("quit") },
];

/// The action bound to a key press, if any. Ctrl-C always quits.
pub fn action(key: &KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, Char('c') | Char('d')).then_some(Action::Quit);
    }
    KEYS.iter().find(|b| b.keys.contains(&key.code)).map(|b| b.action)
}

/// Footer hints: "↓ j scroll  Space PgDn page …", the first key name of each hinted binding.
pub fn hints() -> Vec<(&'static str, &'static str)> {
    KEYS.iter()
        .filter_map(|b| {
            let hint = b.hint?;
            let keys = match b.action {
                Action::Down => "j/k",
                Action::Next => "←/→",
                _ => b.names.split(' ').next().unwrap_or(b.names),
            };
            Some((keys, hint))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_key_and_help() {
        for b in KEYS {
            assert!(!b.keys.is_empty() && !b.help.is_empty() && !b.names.is_empty());
        }
    }

    #[test]
    fn vim_and_less_keys_map() {
        let press = |c| action(&KeyEvent::from(c));
        assert_eq!(press(Char('j')), Some(Action::Down));
        assert_eq!(press(Char(' ')), Some(Action::PageDown));
        assert_eq!(press(Right), Some(Action::Next));
        assert_eq!(press(Char('G')), Some(Action::Bottom));
        assert_eq!(press(Char('x')), None);
        assert_eq!(action(&KeyEvent::new(Char('c'), KeyModifiers::CONTROL)), Some(Action::Quit));
    }
}
