//! Where the reader left each interview: kept per content hash in the state directory,
//! written atomically, and never fatal when missing or corrupt.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::files::{self, Lock};
use crate::interview::Interview;
use crate::text::escape;

type Positions = BTreeMap<String, Saved>;

/// A kept position: the selected entry of the question list, the answer's scroll line,
/// and the transcript's line when the transcript was open. Written as a JSON array
/// (`[3, 12]`, or `[3, 12, 140]`), so files from before the transcript was kept still read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(from = "Vec<usize>", into = "Vec<usize>")]
pub struct Saved {
    pub selected: usize,
    pub scroll: usize,
    pub transcript: Option<usize>,
}

impl From<Vec<usize>> for Saved {
    fn from(v: Vec<usize>) -> Saved {
        let at = |i: usize| v.get(i).copied();
        Saved { selected: at(0).unwrap_or(0), scroll: at(1).unwrap_or(0), transcript: at(2) }
    }
}

impl From<Saved> for Vec<usize> {
    fn from(s: Saved) -> Vec<usize> {
        [s.selected, s.scroll].into_iter().chain(s.transcript).collect()
    }
}

/// Positions by content hash.
#[derive(Debug, Default)]
pub struct Store {
    /// The state file, when positions may be written to it.
    path: Option<PathBuf>,
    positions: Positions,
    /// Why the state file was set aside or is left alone, if it was.
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

/// What reading the state file found.
enum Read {
    Missing,
    Good(Positions),
    /// Not JSON we understand: (why).
    Corrupt(String),
    /// Not readable, or not a regular file: (why).
    Unreadable(String),
}

fn read(path: &Path) -> Read {
    match files::read_regular(path) {
        Ok(None) => Read::Missing,
        Ok(Some(text)) => match serde_json::from_str(&text) {
            Ok(map) => Read::Good(map),
            Err(e) => Read::Corrupt(e.to_string()),
        },
        Err(e) => Read::Unreadable(e.to_string()),
    }
}

impl Store {
    /// Opens the store in `dir`. A missing file is an empty store; a corrupt one is set
    /// aside (`positions.json.bad-<time>`) with a note; one that cannot be read, or is
    /// read-only, is left alone and nothing is written over it.
    pub fn open(dir: &Path) -> Store {
        let path = dir.join("positions.json");
        let shown = escape::name(&path);
        let mut store = Store::default();
        match read(&path) {
            Read::Missing => store.path = Some(path),
            Read::Good(map) => {
                store.positions = map;
                if read_only(&path) {
                    store.note = Some(format!("{shown} is read-only: positions are not saved"));
                } else {
                    store.path = Some(path);
                }
            }
            Read::Corrupt(why) => {
                let aside = files::set_aside_name(&path);
                store.note = Some(match fs::rename(&path, &aside) {
                    Ok(()) => {
                        store.path = Some(path);
                        format!("could not read {shown} ({why}): kept it as {}", escape::name(&aside))
                    }
                    Err(e) => format!(
                        "could not read {shown} ({why}) nor set it aside ({e}): positions are not saved"
                    ),
                });
            }
            Read::Unreadable(why) => {
                store.note = Some(format!("cannot read {shown} ({why}): positions are not saved"))
            }
        }
        store
    }

    pub fn get(&self, key: &str) -> Option<Saved> {
        self.positions.get(key).copied()
    }

    /// Keeps a position and writes it: under a lock, the file is read again and only this
    /// key changed, so another phongvan's positions survive; the write is atomic.
    pub fn set(&mut self, key: &str, pos: Saved) -> io::Result<()> {
        if self.positions.get(key) == Some(&pos) {
            return Ok(());
        }
        self.positions.insert(key.to_owned(), pos);
        let Some(path) = &self.path else { return Ok(()) };
        let dir = path.parent().expect("the state file lives in a directory");
        fs::create_dir_all(dir)?;
        let _lock = Lock::acquire(&dir.join("positions.lock"))?;
        let mut merged = match read(path) {
            Read::Missing => Positions::new(),
            // made read-only since it was opened: respected from now on
            Read::Good(_) if read_only(path) => {
                self.path = None;
                return Err(io::Error::new(io::ErrorKind::PermissionDenied, "the state file is read-only"));
            }
            Read::Good(map) => map,
            // changed under us into something we cannot read: never write over it
            Read::Corrupt(why) | Read::Unreadable(why) => return Err(io::Error::other(why)),
        };
        merged.insert(key.to_owned(), pos);
        files::write_atomic(path, &serde_json::to_vec(&merged).map_err(io::Error::other)?)?;
        self.positions = merged;
        Ok(())
    }
}

/// A file its owner made read-only (no write bit), or one this process may not write
/// (`access`); root may write anything, so the bits count on their own.
fn read_only(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let bits = fs::metadata(path).is_ok_and(|m| m.permissions().readonly());
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).ok();
    // SAFETY: access only reads the NUL-terminated path
    let denied = c.is_some_and(|c| unsafe { libc::access(c.as_ptr(), libc::W_OK) } != 0);
    bits || denied
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

    fn at(selected: usize, scroll: usize) -> Saved {
        Saved { selected, scroll, transcript: None }
    }

    #[test]
    fn the_transcript_line_is_kept_and_old_pairs_still_read() {
        let dir = tempdir("transcript");
        let mut s = Store::open(&dir);
        s.set("t", Saved { selected: 1, scroll: 2, transcript: Some(140) }).unwrap();
        assert_eq!(Store::open(&dir).get("t").unwrap().transcript, Some(140));
        std::fs::write(dir.join("positions.json"), r#"{"old":[3,12]}"#).unwrap();
        assert_eq!(Store::open(&dir).get("old"), Some(at(3, 12)));
    }

    fn tempdir(name: &str) -> crate::scratch::Scratch {
        crate::scratch::Scratch::new(&format!("resume-{name}"))
    }

    #[test]
    fn positions_survive_a_reopen() {
        let dir = tempdir("reopen");
        let mut s = Store::open(&dir);
        s.set("abc", at(2, 14)).unwrap();
        assert_eq!(Store::open(&dir).get("abc"), Some(at(2, 14)));
        assert!(Store::open(&dir).note.is_none());
    }

    #[test]
    fn a_corrupt_file_is_set_aside_with_a_note_not_overwritten() {
        let dir = tempdir("corrupt");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("positions.json"), "{not json").unwrap();
        let mut s = Store::open(&dir);
        let note = s.note.clone().unwrap();
        assert!(note.starts_with("could not read") && note.contains("kept it as"), "{note}");
        assert_eq!(s.get("abc"), None);
        s.set("abc", at(1, 0)).unwrap();
        assert_eq!(Store::open(&dir).get("abc"), Some(at(1, 0)));
        let aside: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("positions.json.bad-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(fs::read_to_string(dir.join(&aside[0])).unwrap(), "{not json");
    }

    #[test]
    fn two_stores_on_one_directory_keep_each_others_positions() {
        let dir = tempdir("two");
        let (mut a, mut b) = (Store::open(&dir), Store::open(&dir));
        a.set("first", at(1, 2)).unwrap();
        b.set("second", at(3, 4)).unwrap();
        a.set("first", at(5, 6)).unwrap();
        let s = Store::open(&dir);
        assert_eq!((s.get("first"), s.get("second")), (Some(at(5, 6)), Some(at(3, 4))));
    }

    #[test]
    fn a_read_only_file_is_respected() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempdir("readonly");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("positions.json");
        fs::write(&path, r#"{"k":[1,1]}"#).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let mut s = Store::open(&dir);
        assert!(s.note.as_deref().unwrap().contains("read-only"));
        s.set("other", at(2, 2)).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), r#"{"k":[1,1]}"#);
    }

    #[test]
    fn a_file_made_read_only_after_opening_is_respected() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempdir("readonly-later");
        let mut s = Store::open(&dir);
        s.set("a", at(1, 1)).unwrap();
        let path = dir.join("positions.json");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        assert!(s.set("b", at(2, 2)).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), r#"{"a":[1,1]}"#);
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o444);
    }

    #[test]
    fn a_folder_in_place_of_the_file_leaves_nothing_behind() {
        let dir = tempdir("folder");
        fs::create_dir_all(dir.join("positions.json").join("x")).unwrap();
        let mut s = Store::open(&dir);
        assert!(s.note.as_deref().unwrap().contains("positions are not saved"));
        s.set("k", at(1, 1)).unwrap();
        let names: Vec<_> = fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, ["positions.json"]);
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
