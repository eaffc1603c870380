//! The one key table: it drives key handling, the footer hints and the help screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::Action;

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
    pub action: Action,
    pub scope: Scope,
    /// Key names as the reader sees them: "↓ j".
    pub names: String,
    /// What it does, in English and Vietnamese.
    pub help: [&'static str; 2],
    /// A short footer hint, in English and Vietnamese, if the footer shows this binding.
    pub hint: Option<[&'static str; 2]>,
}

use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

type Row = (&'static [KeyCode], Action, Scope, &'static str, [&'static str; 2], Option<[&'static str; 2]>);

/// The default bindings.
const DEFAULTS: &[Row] = &[
    (
        &[Down, Char('j')],
        Action::Down,
        Scope::Both,
        "↓ j",
        ["down a line", "xuống một dòng"],
        Some(["scroll", "cuộn"]),
    ),
    (&[Up, Char('k')], Action::Up, Scope::Both, "↑ k", ["up a line", "lên một dòng"], None),
    (
        &[Char(' '), PageDown, Char('f')],
        Action::PageDown,
        Scope::Both,
        "Space PgDn",
        ["next page", "trang sau"],
        Some(["page", "trang"]),
    ),
    (&[Char('b'), PageUp], Action::PageUp, Scope::Both, "b PgUp", ["previous page", "trang trước"], None),
    (
        &[Right, Char('l'), Char(']'), Tab],
        Action::Next,
        Scope::Reader,
        "→ l ]",
        ["next question", "câu hỏi sau"],
        Some(["question", "câu hỏi"]),
    ),
    (
        &[Left, Char('h'), Char('['), BackTab],
        Action::Prev,
        Scope::Reader,
        "← h [",
        ["previous question", "câu hỏi trước"],
        None,
    ),
    (&[Char('g'), Home], Action::Top, Scope::Both, "g Home", ["top", "đầu"], None),
    (&[Char('G'), End], Action::Bottom, Scope::Both, "G End", ["bottom", "cuối"], None),
    (
        &[Char('/')],
        Action::Search,
        Scope::Both,
        "/",
        ["search (filter in the library)", "tìm (lọc trong thư viện)"],
        Some(["search", "tìm"]),
    ),
    (&[Char('n')], Action::NextMatch, Scope::Reader, "n", ["next match", "kết quả sau"], None),
    (&[Char('N')], Action::PrevMatch, Scope::Reader, "N", ["previous match", "kết quả trước"], None),
    (
        &[Char('t')],
        Action::Transcript,
        Scope::Reader,
        "t",
        ["transcript view (again: back)", "xem toàn văn (lần nữa: quay lại)"],
        Some(["transcript", "toàn văn"]),
    ),
    (
        &[Char('i')],
        Action::Info,
        Scope::Reader,
        "i",
        ["info view (again: back)", "xem thông tin (lần nữa: quay lại)"],
        None,
    ),
    (&[Char('+')], Action::Wider, Scope::Reader, "+", ["wider text", "chữ rộng hơn"], None),
    (&[Char('-')], Action::Narrower, Scope::Reader, "-", ["narrower text", "chữ hẹp hơn"], None),
    (
        &[Char('=')],
        Action::ResetMeasure,
        Scope::Reader,
        "=",
        ["text width back to 80", "độ rộng chữ về 80"],
        None,
    ),
    (
        &[Char('y')],
        Action::Copy,
        Scope::Reader,
        "y",
        ["copy question and answer", "chép câu hỏi và trả lời"],
        Some(["copy", "chép"]),
    ),
    (&[Char('Y')], Action::CopyAll, Scope::Reader, "Y", ["copy the whole transcript", "chép toàn văn"], None),
    (&[Enter], Action::Open, Scope::Library, "Enter", ["open", "mở"], Some(["open", "mở"])),
    (
        &[Char('s')],
        Action::Sort,
        Scope::Library,
        "s",
        ["sort by date or title", "sắp theo ngày hoặc tiêu đề"],
        Some(["sort", "sắp xếp"]),
    ),
    (
        &[Esc, Backspace],
        Action::Back,
        Scope::Both,
        "Esc ⌫",
        ["back, close, clear search", "quay lại, đóng, bỏ tìm"],
        None,
    ),
    (&[Char('?')], Action::Help, Scope::Both, "?", ["this help", "trợ giúp này"], Some(["help", "trợ giúp"])),
    (&[Char('q')], Action::Quit, Scope::Both, "q Ctrl-C", ["quit", "thoát"], Some(["quit", "thoát"])),
];

/// The key table in force: the defaults, with any overrides from the config file.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|(keys, action, scope, names, help, hint)| Binding {
                keys: keys.to_vec(),
                action: *action,
                scope: *scope,
                names: (*names).to_owned(),
                help: *help,
                hint: *hint,
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action bound to a key press in this scope, if any. Ctrl-C always quits.
    pub fn action(&self, key: &KeyEvent, library: bool) -> Option<Action> {
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return match key.code {
                Char('c') | Char('d') => Some(Action::Quit),
                Char('z') => Some(Action::Suspend),
                _ => None,
            };
        }
        let here = |s: Scope| s == Scope::Both || (s == Scope::Library) == library;
        self.bindings.iter().find(|b| here(b.scope) && b.keys.contains(&key.code)).map(|b| b.action)
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
                b.names = names(&b.keys);
            }
        }
        if let Some(b) = self.bindings.iter_mut().find(|b| b.action == action) {
            b.names = names(&keys);
            b.keys = keys;
        }
    }

    /// Actions left without any key (after rebinding).
    pub fn keyless(&self) -> impl Iterator<Item = Action> + '_ {
        self.bindings.iter().filter(|b| b.keys.is_empty()).map(|b| b.action)
    }
}

fn names(keys: &[KeyCode]) -> String {
    keys.iter().map(key_name).collect::<Vec<_>>().join(" ")
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
            assert!(!b.keys.is_empty() && !b.help[0].is_empty() && !b.help[1].is_empty(), "{:?}", b.action);
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
        assert_eq!(map.action(&KeyEvent::new(Char('c'), KeyModifiers::CONTROL), false), Some(Action::Quit));
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
