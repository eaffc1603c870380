//! The optional config file: theme, reading measure and key overrides, with errors that
//! name the file and the line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};
use crossterm::event::KeyCode;
use serde::Deserialize;
use toml::Spanned;

use crate::tui::app::{Action, MIN_MEASURE, Settings};
use crate::tui::keymap::parse_key;
use crate::tui::theme::Theme;

/// What `config.toml` holds, as written, with where each value sits.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Option<Spanned<String>>,
    measure: Option<Spanned<toml::Value>>,
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<Vec<String>>>,
}

/// A checked config: what it changes from the defaults.
#[derive(Debug, Default)]
pub struct Config {
    pub theme: Option<Theme>,
    /// The reading measure in cells (20 or more).
    pub measure: Option<u16>,
    /// Action → its keys, e.g. `next = ["n", "Right"]`.
    pub keys: Vec<(Action, Vec<KeyCode>)>,
}

/// `$XDG_CONFIG_HOME/phongvan/config.toml`, else `~/.config/phongvan/config.toml`.
pub fn path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .filter(|v| Path::new(v).is_absolute())
        .map(PathBuf::from)
        .or_else(|| env("HOME").filter(|h| !h.is_empty()).map(|h| Path::new(&h).join(".config")))?;
    Some(base.join("phongvan").join("config.toml"))
}

/// Reads the config file if there is one (a regular file: a FIFO there must not block).
pub fn load(path: &Path) -> Result<Option<Config>> {
    let name = crate::text::escape::name(path);
    let text = match crate::files::read_regular(path) {
        Ok(Some(t)) => t,
        Ok(None) => return Ok(None),
        Err(e) => bail!("cannot read {name}: {e}"),
    };
    parse(&text).map(Some).map_err(|e| anyhow!("{name}: {e}"))
}

/// Parses and checks a config text; errors say the line.
pub fn parse(text: &str) -> Result<Config> {
    let line = |at: usize| text[..at.min(text.len())].matches('\n').count() + 1;
    let file: File = toml::from_str(text).map_err(|e| match e.span() {
        Some(s) => anyhow!("line {}: {}", line(s.start), e.message()),
        None => anyhow!("{}", e.message()),
    })?;
    let mut config = Config::default();
    if let Some(theme) = &file.theme {
        let named = Theme::named(theme.get_ref());
        let Some(t) = named else {
            bail!(
                "line {}: unknown theme {:?} (use \"colour\" or \"mono\")",
                line(theme.span().start),
                theme.get_ref()
            );
        };
        config.theme = Some(t);
    }
    if let Some(m) = &file.measure {
        let cells =
            m.get_ref().as_integer().and_then(|n| u16::try_from(n).ok()).filter(|&n| n >= MIN_MEASURE);
        let Some(cells) = cells else {
            bail!("line {}: measure must be a number of cells, {MIN_MEASURE} or more", line(m.span().start));
        };
        config.measure = Some(cells);
    }
    config.keys = keys(&file.keys, &line)?;
    check_keyless(&config, &file.keys, &line)?;
    Ok(config)
}

type Keys = BTreeMap<Spanned<String>, Spanned<Vec<String>>>;

/// The key overrides, checked: known actions, known keys, no key bound twice.
fn keys(table: &Keys, line: &impl Fn(usize) -> usize) -> Result<Vec<(Action, Vec<KeyCode>)>> {
    let mut out: Vec<(Action, Vec<KeyCode>)> = Vec::new();
    let mut taken: Vec<(KeyCode, &str)> = Vec::new();
    for (name, keys) in table {
        let at = line(name.span().start);
        let action = action_named(name.get_ref())
            .ok_or_else(|| anyhow!("line {at}: unknown action {:?}", name.get_ref()))?;
        if keys.get_ref().is_empty() {
            bail!("line {at}: {} needs at least one key", name.get_ref());
        }
        let mut codes = Vec::new();
        for key in keys.get_ref() {
            let code = parse_key(key)
                .ok_or_else(|| anyhow!("line {at}: unknown key {key:?} for {}", name.get_ref()))?;
            match taken.iter().find(|(k, _)| *k == code) {
                Some((_, other)) if *other == name.get_ref() => {
                    bail!("line {at}: {key} is listed twice for {other}")
                }
                Some((_, other)) => bail!("line {at}: {key} is bound to both {other} and {}", name.get_ref()),
                None => {}
            }
            taken.push((code, name.get_ref()));
            codes.push(code);
        }
        out.push((action, codes));
    }
    Ok(out)
}

/// An override may not take the only key of an action that is not rebound too.
fn check_keyless(config: &Config, table: &Keys, line: &impl Fn(usize) -> usize) -> Result<()> {
    let mut settings = Settings::default();
    config.apply(&mut settings, false);
    let Some(lost) = settings.keymap.keyless().next() else { return Ok(()) };
    let default = crate::tui::keymap::Keymap::default();
    let old: &[KeyCode] = default.bindings.iter().find(|b| b.action == lost).map_or(&[], |b| &b.keys);
    let taker = table
        .iter()
        .find(|(_, ks)| ks.get_ref().iter().filter_map(|k| parse_key(k)).any(|k| old.contains(&k)));
    match taker {
        Some((name, _)) => bail!(
            "line {}: {} takes the only key of {}; bind that too",
            line(name.span().start),
            name.get_ref(),
            action_name(lost)
        ),
        None => bail!("{} is left without a key; bind it", action_name(lost)),
    }
}

/// Config names of the actions.
const ACTIONS: &[(&str, Action)] = &[
    ("down", Action::Down),
    ("up", Action::Up),
    ("page_down", Action::PageDown),
    ("page_up", Action::PageUp),
    ("half_page_down", Action::HalfPageDown),
    ("half_page_up", Action::HalfPageUp),
    ("next", Action::Next),
    ("prev", Action::Prev),
    ("first_question", Action::FirstQuestion),
    ("last_question", Action::LastQuestion),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("search", Action::Search),
    ("next_match", Action::NextMatch),
    ("prev_match", Action::PrevMatch),
    ("transcript", Action::Transcript),
    ("info", Action::Info),
    ("wider", Action::Wider),
    ("narrower", Action::Narrower),
    ("reset_measure", Action::ResetMeasure),
    ("copy", Action::Copy),
    ("copy_all", Action::CopyAll),
    ("open", Action::Open),
    ("sort", Action::Sort),
    ("back", Action::Back),
    ("help", Action::Help),
    ("quit", Action::Quit),
];

/// The action a config file names: "next", "page_down", "copy_all"…
fn action_named(name: &str) -> Option<Action> {
    ACTIONS.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

/// The config file's name for an action.
fn action_name(action: Action) -> &'static str {
    ACTIONS.iter().find(|(_, a)| *a == action).map_or("?", |(n, _)| n)
}

impl Config {
    /// Applies the file's choices over the defaults (`NO_COLOR` still wins over a theme).
    pub fn apply(&self, settings: &mut Settings, no_color: bool) {
        if let Some(theme) = self.theme
            && !no_color
        {
            settings.theme = theme;
        }
        if let Some(m) = self.measure {
            settings.measure = m;
        }
        for (action, keys) in &self.keys {
            settings.keymap.rebind(*action, keys.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_file_applies() {
        let c = parse(
            "theme = \"mono\"\nmeasure = 72\n[keys]\nnext = [\"n\", \"Right\"]\nnext_match = [\"m\"]\n",
        )
        .unwrap();
        let mut s = Settings::default();
        c.apply(&mut s, false);
        assert_eq!(s.measure, 72);
        assert_eq!(s.theme, Theme::mono());
        let key = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char('n'));
        assert_eq!(s.keymap.action(&key, false), Some(Action::Next));
    }

    #[test]
    fn one_key_for_two_actions_is_an_error_naming_the_line() {
        let e = parse("[keys]\nnext = [\"x\"]\nprev = [\"x\"]\n").unwrap_err().to_string();
        assert_eq!(e, "line 3: x is bound to both next and prev");
        let e = parse("[keys]\nnext = [\"x\", \"x\"]\n").unwrap_err().to_string();
        assert_eq!(e, "line 2: x is listed twice for next");
    }

    #[test]
    fn errors_name_the_line() {
        let err = |t: &str| parse(t).unwrap_err().to_string();
        assert!(
            err("measure = 72\ntheme = \"pink\"\n").starts_with("line 2: unknown theme"),
            "{}",
            err("measure = 72\ntheme = \"pink\"\n")
        );
        assert!(
            err("measure = 72\ncolour = 1\n").starts_with("line 2:"),
            "{}",
            err("measure = 72\ncolour = 1\n")
        );
        assert!(err("[keys]\nfly = [\"x\"]\n").starts_with("line 2: unknown action"));
        assert!(err("[keys]\nnext = [\"Hyper-x\"]\n").starts_with("line 2: unknown key"));
        assert!(err("measure = \"wide\"\n").starts_with("line 1:"));
        assert!(err("measure = 5\n").starts_with("line 1: measure must be"));
        assert!(err("[keys]\nquit = []\n").starts_with("line 2: quit needs at least one key"));
        assert_eq!(err("measure = \"x\"\n"), "line 1: measure must be a number of cells, 20 or more");
        assert!(err("[keys]\n\n\"fly\" = [\"x\"]\n").starts_with("line 3: unknown action"));
        let stolen = err("[keys]\nprev = [\"y\"]\n");
        assert!(stolen.starts_with("line 2: prev takes the only key of copy; bind that too"), "{stolen}");
    }
}
