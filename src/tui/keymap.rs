//! The one key table: it drives key handling, the footer hints and the help screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::Action;

mod table;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Reading an interview.
    Reader,
    /// The list of interviews.
    Library,
    Both,
}

/// A binding: the keys, the action, how the help screen and the footer name them.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Vec<KeyCode>,
    /// Letters that do this with Ctrl held (fixed: the config rebinds plain keys only).
    pub ctrl: Vec<char>,
    pub action: Action,
    pub scope: Scope,
    /// Key names as the reader sees them: "↓ j", "Space PgDn f Ctrl-F".
    pub names: String,
    /// What it does, in English and Vietnamese.
    pub help: [&'static str; 2],
    /// A short footer hint, in English and Vietnamese, if the footer shows this binding.
    pub hint: Option<[&'static str; 2]>,
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

/// The key table in force: the defaults, with any overrides from the config file.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = table::DEFAULTS
            .iter()
            .map(|(keys, ctrl, action, scope, help, hint)| Binding {
                keys: keys.to_vec(),
                ctrl: ctrl.to_vec(),
                action: *action,
                scope: *scope,
                names: names(keys, ctrl),
                help: *help,
                hint: *hint,
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action bound to a key press in this scope, if any. Ctrl-C always quits, even
    /// from the help; a digit starts "go to question N" with itself.
    pub fn action(&self, key: &KeyEvent, library: bool) -> Option<Action> {
        let here = |s: Scope| s == Scope::Both || (s == Scope::Library) == library;
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            let Char(c) = key.code else { return None };
            let c = c.to_ascii_lowercase();
            if c == 'c' {
                return Some(Action::Interrupt);
            }
            return self.bindings.iter().find(|b| here(b.scope) && b.ctrl.contains(&c)).map(|b| b.action);
        }
        let action =
            self.bindings.iter().find(|b| here(b.scope) && b.keys.contains(&key.code)).map(|b| b.action)?;
        Some(match (action, key.code) {
            (Action::Goto(None), Char(c)) => Action::Goto(c.to_digit(10).and_then(|d| u8::try_from(d).ok())),
            _ => action,
        })
    }

    /// The bindings shown on a screen.
    pub fn visible(&self, library: bool) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.scope == Scope::Both || (b.scope == Scope::Library) == library)
    }

    /// Binds `keys` to `action` instead of its default keys (from the config file).
    /// Other actions lose those keys (their names in help and footer follow).
    pub fn rebind(&mut self, action: Action, keys: Vec<KeyCode>) {
        for b in &mut self.bindings {
            let before = b.keys.len();
            b.keys.retain(|k| !keys.contains(k));
            if b.keys.len() != before {
                b.names = names(&b.keys, &b.ctrl);
            }
        }
        if let Some(b) = self.bindings.iter_mut().find(|b| b.action == action) {
            b.names = names(&keys, &b.ctrl);
            b.keys = keys;
        }
    }

    /// Actions left without any key (after rebinding).
    pub fn keyless(&self) -> impl Iterator<Item = Action> + '_ {
        self.bindings.iter().filter(|b| b.keys.is_empty() && b.ctrl.is_empty()).map(|b| b.action)
    }

    /// The key table as Markdown rows, as README shows it (a test keeps README in step).
    pub fn markdown(&self) -> String {
        let scope = |s: Scope| if s == Scope::Library { "library: " } else { "" };
        let mut out = String::from("| keys | action |\n| --- | --- |\n");
        for b in &self.bindings {
            let keys: Vec<String> = b.names.split(' ').map(|k| format!("`{k}`")).collect();
            let help = b.help[0].replace("{measure}", "the configured measure (80 unless set)");
            out.push_str(&format!("| {} | {}{help} |\n", keys.join(" "), scope(b.scope)));
        }
        out
    }
}

/// The names of keys as help and the footer print them; the digits as one "0-9".
fn names(keys: &[KeyCode], ctrl: &[char]) -> String {
    let digits = keys.iter().filter(|k| matches!(k, Char(c) if c.is_ascii_digit())).count();
    let mut out: Vec<String> = keys
        .iter()
        .filter(|k| digits < 10 || !matches!(k, Char(c) if c.is_ascii_digit()))
        .map(key_name)
        .collect();
    if digits == 10 {
        out.push("0-9".into());
    }
    out.extend(ctrl.iter().map(|c| format!("Ctrl-{}", c.to_ascii_uppercase())));
    out.join(" ")
}

/// The keys a prompt (search, filter) takes; not rebindable.
pub fn prompt_action(key: &KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            Char('c') => Some(Action::Cancel),
            Char('u') => Some(Action::ClearInput),
            _ => None,
        };
    }
    Some(match key.code {
        Enter => Action::Submit,
        Esc => Action::Cancel,
        Backspace => Action::Erase,
        Up => Action::HistoryUp,
        Down => Action::HistoryDown,
        Char(c) => Action::Input(c),
        _ => return None,
    })
}

/// How a key is named in help and config: "j", "Space", "PgDn", "→".
pub fn key_name(code: &KeyCode) -> String {
    match code {
        Char(' ') => "Space".into(),
        Char(c) => c.to_string(),
        Down => "↓".into(),
        Up => "↑".into(),
        Left => "←".into(),
        Right => "→".into(),
        PageDown => "PgDn".into(),
        PageUp => "PgUp".into(),
        Home => "Home".into(),
        End => "End".into(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Tab => "Tab".into(),
        BackTab => "Shift-Tab".into(),
        Backspace => "Backspace".into(),
        other => format!("{other:?}"),
    }
}

/// Reads a key name back ("j", "Space", "PgDn", "Down", "Enter").
pub fn parse_key(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(Char(c));
    }
    Some(match name.to_ascii_lowercase().as_str() {
        "space" => Char(' '),
        "down" | "↓" => Down,
        "up" | "↑" => Up,
        "left" | "←" => Left,
        "right" | "→" => Right,
        "pgdn" | "pagedown" => PageDown,
        "pgup" | "pageup" => PageUp,
        "home" => Home,
        "end" => End,
        "enter" => Enter,
        "esc" | "escape" => Esc,
        "tab" => Tab,
        "shift-tab" | "backtab" => BackTab,
        "backspace" => Backspace,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_binding_has_keys_and_help_in_both_languages() {
        for b in Keymap::default().bindings {
            let keyed = !b.keys.is_empty() || !b.ctrl.is_empty();
            assert!(keyed && !b.help[0].is_empty() && !b.help[1].is_empty(), "{:?}", b.action);
        }
    }

    #[test]
    fn vim_and_less_keys_map_by_scope() {
        let map = Keymap::default();
        let press = |c, lib| map.action(&KeyEvent::from(c), lib);
        assert_eq!(press(Char('j'), false), Some(Action::Down));
        assert_eq!(press(Char(' '), false), Some(Action::PageDown));
        assert_eq!(press(Right, false), Some(Action::Next));
        assert_eq!(press(Right, true), None);
        assert_eq!(press(Enter, true), Some(Action::Open));
        assert_eq!(press(Char('G'), true), Some(Action::Bottom));
        assert_eq!(press(Char('x'), false), None);
        let ctrl = |c| map.action(&KeyEvent::new(Char(c), KeyModifiers::CONTROL), false);
        assert_eq!(ctrl('c'), Some(Action::Interrupt));
        assert_eq!(ctrl('d'), Some(Action::HalfPageDown), "less: Ctrl-D is half a page, not quit");
        assert_eq!(ctrl('u'), Some(Action::HalfPageUp));
        assert_eq!(ctrl('f'), Some(Action::PageDown));
        assert_eq!(ctrl('b'), Some(Action::PageUp));
        assert_eq!(ctrl('z'), Some(Action::Suspend));
        assert_eq!(press(Char('3'), false), Some(Action::Goto(Some(3))));
        assert_eq!(press(Char(':'), true), Some(Action::Goto(None)));
        assert_eq!(press(Char('>'), false), Some(Action::LastQuestion));
    }

    #[test]
    fn help_names_every_key_of_the_table() {
        let map = Keymap::default();
        let name = |a| map.bindings.iter().find(|b| b.action == a).map(|b| b.names.clone()).unwrap();
        assert_eq!(name(Action::PageDown), "Space PgDn f Ctrl-F");
        assert_eq!(name(Action::Next), "→ l ] Tab");
        assert_eq!(name(Action::Quit), "q Ctrl-C");
        assert_eq!(name(Action::Goto(None)), ": 0-9");
        assert_eq!(name(Action::HalfPageDown), "d Ctrl-D");
    }

    #[test]
    fn readme_lists_the_key_table() {
        let readme = include_str!("../../README.md");
        let table = Keymap::default().markdown();
        assert!(readme.contains(&table), "README's key table is out of date; it should read:\n{table}");
    }

    #[test]
    fn rebinding_moves_a_key() {
        let mut map = Keymap::default();
        map.rebind(Action::Next, vec![Char('n'), Right]);
        assert_eq!(map.action(&KeyEvent::from(Char('n')), false), Some(Action::Next));
        assert_eq!(map.action(&KeyEvent::from(Char('l')), false), None);
        assert_eq!(map.keyless().collect::<Vec<_>>(), [Action::NextMatch]);
        map.rebind(Action::Quit, vec![Char('j')]);
        let down = map.bindings.iter().find(|b| b.action == Action::Down).unwrap();
        assert_eq!(down.names, "↓", "names follow the keys");
        assert_eq!(parse_key("Space"), Some(Char(' ')));
        assert_eq!(parse_key("PgDn"), Some(PageDown));
        assert_eq!(parse_key("nope"), None);
    }
}
