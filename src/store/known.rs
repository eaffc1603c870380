//! What the cache already holds for an archive as its files are now: printing an archive
//! takes those interviews from it instead of parsing the files again.

use std::path::Path;
use std::sync::Mutex;

use super::{Stamp, Store, key_of};
use crate::interview::Interview;
use crate::source::Origin;

/// The cache, asked file by file from any thread.
#[derive(Debug)]
pub struct Known {
    store: Mutex<Store>,
}

impl Known {
    /// The cache in `dir` when one is there already: printing never makes one.
    pub fn open(dir: &Path) -> Option<Known> {
        let there = dir.join("library.sqlite").is_file();
        there.then(|| Known { store: Mutex::new(Store::open(dir)) })
    }

    /// The interview of a file the cache holds as the file is now (same size and time),
    /// named as the origin names it. JSON files, which need no parsing, are read again.
    pub fn interview(&self, origin: &Origin) -> Option<Interview> {
        let Origin::File(file) = origin else { return None };
        if file.extension().is_some_and(|e| e.eq_ignore_ascii_case("json") || e.eq_ignore_ascii_case("jsonl"))
        {
            return None;
        }
        let now = std::fs::metadata(file).ok().map(|m| Stamp::of(&m))?;
        // the text is fetched under the lock, and made an interview outside it
        let store = super::lock(&self.store);
        let json = store.json_at(&key_of(file), now).ok()??;
        drop(store);
        // (a parse names its source as the path was given then: "archive/a.txt")
        let iv: Interview = serde_json::from_str(&json).ok()?;
        Some(Interview { source: origin.name(), ..iv })
    }
}
