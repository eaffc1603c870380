//! The optional config file: theme, reading measure and key overrides, with errors that
//! name the file and the line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};
use serde::Deserialize;

use crate::tui::app::{Action, Settings};
use crate::tui::keymap::parse_key;
use crate::tui::theme::Theme;

/// What `config.toml` may set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// "colour" or "mono".
    pub theme: Option<String>,
    /// The reading measure in cells (20 or more).
    pub measure: Option<u16>,
    /// Action name → key names, e.g. `next = ["n", "Right"]`.
    #[serde(default)]
    pub keys: BTreeMap<String, Vec<String>>,
}

/// `$XDG_CONFIG_HOME/phongvan/config.toml`, else `~/.config/phongvan/config.toml`.
pub fn path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .filter(|v| Path::new(v).is_absolute())
        .map(PathBuf::from)
        .or_else(|| env("HOME").filter(|h| !h.is_empty()).map(|h| Path::new(&h).join(".config")))?;
    Some(base.join("phongvan").join("config.toml"))
}

/// Reads the config file if there is one.
pub fn load(path: &Path) -> Result<Option<Config>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => bail!("cannot read {}: {e}", path.display()),
    };
    parse(&text).map(Some).map_err(|e| anyhow!("{}: {e}", path.display()))
}

/// Parses and checks a config text; errors say the line.
pub fn parse(text: &str) -> Result<Config> {
    let config: Config = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
        let msg = e.message().to_owned();
        match line {
            Some(n) => anyhow!("line {n}: {msg}"),
            None => anyhow!("{msg}"),
        }
    })?;
    let at = |needle: &str| {
        let n = text.lines().position(|l| l.trim_start().starts_with(needle)).map_or(0, |i| i + 1);
        format!("line {n}")
    };
    if let Some(theme) = &config.theme
        && Theme::named(theme).is_none()
    {
        bail!("{}: unknown theme {theme:?} (use \"colour\" or \"mono\")", at("theme"));
    }
    if config.measure.is_some_and(|m| m < crate::tui::app::MIN_MEASURE) {
        bail!("{}: measure must be at least {}", at("measure"), crate::tui::app::MIN_MEASURE);
    }
    for (name, keys) in &config.keys {
        action_named(name).ok_or_else(|| anyhow!("{}: unknown action {name:?}", at(name)))?;
        if let Some(bad) = keys.iter().find(|k| parse_key(k).is_none()) {
            bail!("{}: unknown key {bad:?} for {name}", at(name));
        }
        if keys.is_empty() {
            bail!("{}: {name} needs at least one key", at(name));
        }
    }
    let mut settings = Settings::default();
    config.apply(&mut settings, false);
    if let Some(lost) = settings.keymap.keyless().next() {
        // name the override that took the last key of another action
        let default = crate::tui::keymap::Keymap::default();
        let old =
            &default.bindings.iter().find(|b| b.action == lost).expect("every action has a default").keys;
        let taker = config
            .keys
            .iter()
            .find(|(_, ks)| ks.iter().filter_map(|k| parse_key(k)).any(|k| old.contains(&k)));
        let (name, _) = taker.expect("a key can only be lost to an override");
        bail!("{}: {name} takes the only key of {}; bind that too", at(name), action_name(lost));
    }
    Ok(config)
}

/// Config names of the actions.
const ACTIONS: &[(&str, Action)] = &[
    ("down", Action::Down),
    ("up", Action::Up),
    ("page_down", Action::PageDown),
    ("page_up", Action::PageUp),
    ("next", Action::Next),
    ("prev", Action::Prev),
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
        if let Some(theme) = self.theme.as_deref().and_then(Theme::named)
            && !no_color
        {
            settings.theme = theme;
        }
        if let Some(m) = self.measure {
            settings.measure = m;
        }
        for (name, keys) in &self.keys {
            if let Some(action) = action_named(name) {
                settings.keymap.rebind(action, keys.iter().filter_map(|k| parse_key(k)).collect());
            }
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
        let stolen = err("[keys]\nprev = [\"y\"]\n");
        assert!(stolen.starts_with("line 2: prev takes the only key of copy; bind that too"), "{stolen}");
    }
}
