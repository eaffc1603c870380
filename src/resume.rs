//! Where the reader left each interview: kept per content hash in the state directory,
//! written atomically, and never fatal when missing or corrupt.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::interview::Interview;

/// Positions by content hash: (selected question, scroll line).
#[derive(Debug, Default)]
pub struct Store {
    path: Option<PathBuf>,
    positions: BTreeMap<String, (usize, usize)>,
    /// Why the state file was ignored, if it was.
    pub note: Option<String>,
}

/// The state directory: `$XDG_STATE_HOME/phongvan`, else `~/.local/state/phongvan`.
pub fn state_dir(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_STATE_HOME")
        .filter(|v| Path::new(v).is_absolute())
        .map(PathBuf::from)
        .or_else(|| env("HOME").filter(|h| !h.is_empty()).map(|h| Path::new(&h).join(".local/state")))?;
    Some(base.join("phongvan"))
}

impl Store {
    /// Opens the store in `dir`; a missing file is an empty store, a corrupt one is ignored
    /// with a note.
    pub fn open(dir: &Path) -> Store {
        let path = dir.join("positions.json");
        let mut store = Store { path: Some(path.clone()), ..Store::default() };
        match fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str(&text) {
                Ok(map) => store.positions = map,
                Err(e) => {
                    store.note = Some(format!("ignored the unreadable state file {}: {e}", path.display()))
                }
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => store.note = Some(format!("cannot read {}: {e}", path.display())),
        }
        store
    }

    pub fn get(&self, key: &str) -> Option<(usize, usize)> {
        self.positions.get(key).copied()
    }

    /// Keeps a position and writes the file (temp file, then rename).
    pub fn set(&mut self, key: &str, pos: (usize, usize)) -> io::Result<()> {
        if self.positions.get(key) == Some(&pos) {
            return Ok(());
        }
        self.positions.insert(key.to_owned(), pos);
        let Some(path) = &self.path else { return Ok(()) };
        let dir = path.parent().expect("the state file lives in a directory");
        fs::create_dir_all(dir)?;
        let tmp = dir.join(format!(".positions.json.{}", std::process::id()));
        fs::write(&tmp, serde_json::to_vec(&self.positions).map_err(io::Error::other)?)?;
        fs::rename(&tmp, path)
    }
}

/// A stable key for an interview's content (its source name does not count), FNV-1a 64.
pub fn key(iv: &Interview) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |s: &str| {
        for b in s.bytes().chain([0xff]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    iv.title.iter().chain(&iv.lead).for_each(|s| feed(s));
    iv.turns.iter().flat_map(|t| &t.paragraphs).for_each(|s| feed(s));
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tempdir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("phongvan-resume-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn positions_survive_a_reopen() {
        let dir = tempdir("reopen");
        let mut s = Store::open(&dir);
        s.set("abc", (2, 14)).unwrap();
        assert_eq!(Store::open(&dir).get("abc"), Some((2, 14)));
        assert!(Store::open(&dir).note.is_none());
    }

    #[test]
    fn a_corrupt_file_is_ignored_with_a_note() {
        let dir = tempdir("corrupt");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("positions.json"), "{not json").unwrap();
        let mut s = Store::open(&dir);
        assert!(s.note.as_deref().unwrap().starts_with("ignored the unreadable state file"));
        assert_eq!(s.get("abc"), None);
        s.set("abc", (1, 0)).unwrap();
        assert_eq!(Store::open(&dir).get("abc"), Some((1, 0)));
    }

    #[test]
    fn the_key_ignores_the_source_name() {
        let a = Interview { source: "a.txt".into(), title: Some("T".into()), ..Interview::default() };
        let b = Interview { source: "-".into(), ..a.clone() };
        assert_eq!(key(&a), key(&b));
        assert_ne!(key(&a), key(&Interview::default()));
    }

    #[test]
    fn state_dir_follows_xdg_then_home() {
        let env = |k: &str| match k {
            "XDG_STATE_HOME" => Some("/s".to_owned()),
            "HOME" => Some("/h".to_owned()),
            _ => None,
        };
        assert_eq!(state_dir(env), Some(PathBuf::from("/s/phongvan")));
        let env = |k: &str| (k == "HOME").then(|| "/h".to_owned());
        assert_eq!(state_dir(env), Some(PathBuf::from("/h/.local/state/phongvan")));
    }
}
