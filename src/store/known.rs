//! What the cache already holds for an archive as its files are now: printing an archive
//! takes those interviews from it instead of parsing the files again.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use super::{Row, Stamp, Store, key_of};
use crate::interview::Interview;
use crate::source::Origin;

/// The cache's rows, and the cache to read their interviews from (on any thread).
#[derive(Debug)]
pub struct Known {
    store: Mutex<Store>,
    rows: HashMap<String, Row>,
}

impl Known {
    /// The cache in `dir` when one is there already (printing never makes one) and holds
    /// rows of this build.
    pub fn open(dir: &Path) -> Option<Known> {
        if !dir.join("library.sqlite").is_file() {
            return None;
        }
        let store = Store::open(dir);
        let rows = store.rows().ok().filter(|r| !r.is_empty())?;
        Some(Known { store: Mutex::new(store), rows })
    }

    /// The interview of a file the cache holds as the file is now (same size and time),
    /// named as the origin names it. JSON files, which need no parsing, are read again.
    pub fn interview(&self, origin: &Origin) -> Option<Interview> {
        let Origin::File(file) = origin else { return None };
        if file.extension().is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonl"))
        {
            return None;
        }
        let row = self.rows.get(&key_of(file))?;
        let now = std::fs::metadata(file).ok().map(|m| Stamp::of(&m))?;
        if row.stamp != now {
            return None;
        }
        // the text is fetched under the lock, and made an interview outside it
        let json = self.store.lock().unwrap_or_else(|e| e.into_inner()).json(row.id).ok()??;
        // (a parse names its source as the path was given then: "archive/a.txt")
        let iv: Interview = serde_json::from_str(&json).ok()?;
        Some(Interview { source: origin.name(), ..iv })
    }
}
