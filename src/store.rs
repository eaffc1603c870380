//! The library's database: parsed interviews cached by path, size and modification time,
//! and a full-text index of their titles, people, outlets and turns (SQLite with FTS5, at
//! `$XDG_CACHE_HOME/phongvan/library.sqlite`). It is only a cache: a file it cannot use is
//! set aside or left alone with a note, and the library works without it.

mod index;
mod known;

pub use index::Doc;
pub use known::Known;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};

use crate::interview::Interview;
use crate::library::Summary;

/// Bumped when the tables or the parser's output change: an older cache is rebuilt.
pub const SCHEMA: i64 = 1;

/// What identifies a file's content without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: u64,
    /// Modification time in nanoseconds since the epoch.
    pub mtime: i64,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Stamp {
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
        Stamp { size: meta.len(), mtime }
    }
}

/// A row the cache holds: its id, the stamp it was read at, what the library lists (the
/// tests' view of a whole cache; an open reads [`Store::stamps`], then
/// [`Store::summaries`] for the rows it lists).
#[cfg(test)]
#[derive(Debug, Clone)]
pub struct Row {
    pub id: i64,
    pub stamp: Stamp,
    pub summary: Summary,
}

/// The open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// Why the cache is not on disk, or was rebuilt, if so.
    pub note: Option<String>,
}

/// The cache directory: `$XDG_CACHE_HOME/phongvan`, else `~/.cache/phongvan`.
pub fn cache_dir(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CACHE_HOME")
        .filter(|v| Path::new(v).is_absolute())
        .map(PathBuf::from)
        .or_else(|| env("HOME").filter(|h| !h.is_empty()).map(|h| Path::new(&h).join(".cache")))?;
    Some(base.join("phongvan"))
}

impl Store {
    /// The cache in `dir`: created when missing; set aside (`library.sqlite.bad-<time>`)
    /// and rebuilt when corrupt or of another schema; in memory, with a note, when the
    /// folder cannot be written.
    pub fn open(dir: &Path) -> Store {
        let path = dir.join("library.sqlite");
        match Store::on_disk(dir, &path) {
            Ok(store) => store,
            Err(first) => match set_aside(&path).and_then(|aside| Ok((Store::on_disk(dir, &path)?, aside))) {
                Ok((mut store, aside)) => {
                    let why = format!("{first:#}");
                    store.note =
                        Some(format!("the library cache was unusable ({why}); kept as {aside}, rebuilt"));
                    store
                }
                Err(_) => {
                    let mut store = Store::memory();
                    let shown = crate::text::escape::name(&path);
                    store.note =
                        Some(format!("cannot use the library cache {shown} ({first:#}): nothing is kept"));
                    store
                }
            },
        }
    }

    /// A cache that lives only as long as the process (`--no-cache`: nothing is written).
    pub fn memory() -> Store {
        let conn = Connection::open_in_memory().expect("SQLite can always open a database in memory");
        index::create(&conn).expect("the schema is valid SQL");
        Store { conn, note: None }
    }

    fn on_disk(dir: &Path, path: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        match version {
            0 => {
                index::create(&conn)?;
                conn.pragma_update(None, "user_version", SCHEMA)?;
            }
            SCHEMA => index::check(&conn)?,
            other => anyhow::bail!("schema {other}, this phongvan reads {SCHEMA}"),
        }
        index::same_program(&conn, &program())?;
        Ok(Store { conn, note: None })
    }

    /// Every cached row, by path.
    #[cfg(test)]
    pub fn rows(&self) -> Result<std::collections::HashMap<String, Row>> {
        let mut stmt = self.conn.prepare("SELECT path, id, size, mtime, summary FROM interviews")?;
        let rows = stmt.query_map([], |r| {
            let (path, id, size, mtime, summary): (String, i64, i64, i64, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
            Ok((path, id, Stamp { size: size as u64, mtime }, summary))
        })?;
        let mut out = std::collections::HashMap::new();
        for row in rows {
            let (path, id, stamp, summary) = row?;
            // a summary this build cannot read is as good as missing: read the file again
            if let Ok(summary) = serde_json::from_str(&summary) {
                out.insert(path, Row { id, stamp, summary });
            }
        }
        Ok(out)
    }

    /// Each cached path's row id and stamp, without the summaries (which [`Store::summaries`]
    /// reads for the rows wanted): an archive's rows are sorted out before any is parsed.
    pub fn stamps(&self) -> Result<std::collections::HashMap<String, (i64, Stamp)>> {
        let mut stmt = self.conn.prepare("SELECT path, id, size, mtime FROM interviews")?;
        let rows = stmt.query_map([], |r| {
            let (path, id, size, mtime): (String, i64, i64, i64) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            Ok((path, (id, Stamp { size: size as u64, mtime })))
        })?;
        rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
    }

    /// The summaries of these rows, in their order (one query for them all); a row gone,
    /// or one this build cannot read, is `None`.
    pub fn summaries(&self, ids: &[i64]) -> Result<Vec<Option<Summary>>> {
        let mut found = std::collections::HashMap::with_capacity(ids.len());
        // (in slices well under SQLite's limit on a statement's parameters)
        for some in ids.chunks(4096) {
            let marks = vec!["?"; some.len()].join(",");
            let sql = format!("SELECT id, summary FROM interviews WHERE id IN ({marks})");
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(some), |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?;
            for row in rows {
                let (id, json) = row?;
                found.insert(id, json);
            }
        }
        Ok(ids.iter().map(|id| found.remove(id).and_then(|j| serde_json::from_str(&j).ok())).collect())
    }

    /// Keeps a batch of freshly read interviews (replacing older rows of the same paths),
    /// in one transaction; gives their ids in order.
    pub fn put(&mut self, docs: &[Doc]) -> Result<Vec<i64>> {
        let tx = self.conn.transaction()?;
        let ids = docs.iter().map(|d| index::put(&tx, d)).collect::<Result<Vec<_>>>()?;
        tx.commit()?;
        Ok(ids)
    }

    /// Drops the rows of these paths (files deleted since).
    pub fn forget(&mut self, paths: &[String]) -> Result<()> {
        let tx = self.conn.transaction()?;
        for path in paths {
            index::forget(&tx, path)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The interview of a row.
    pub fn interview(&self, id: i64) -> Result<Option<Interview>> {
        let json = self.json(id)?;
        json.map(|j| serde_json::from_str(&j).context("a cached interview is not readable")).transpose()
    }

    /// The interview of a row, as the JSON it is kept in.
    fn json(&self, id: i64) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT json FROM interviews WHERE id = ?1")?;
        Ok(stmt.query_row(params![id], |r| r.get(0)).optional()?)
    }

    /// The JSON of the interview kept for a path (as [`key_of`] gives it) at this stamp.
    pub fn json_at(&self, path: &str, stamp: Stamp) -> Result<Option<String>> {
        let sql = "SELECT json FROM interviews WHERE path = ?1 AND size = ?2 AND mtime = ?3";
        let mut stmt = self.conn.prepare_cached(sql)?;
        Ok(stmt.query_row(params![path, stamp.size as i64, stamp.mtime], |r| r.get(0)).optional()?)
    }

    /// The ids of the rows matching a filter, with smart diacritics: without marks any
    /// marks match; with marks, the marks up to where the tone sits.
    pub fn search(&self, query: &str) -> Result<Vec<i64>> {
        index::search(&self.conn, query)
    }
}

/// The cache shared between threads, even if a thread holding it panicked (it is only a
/// cache).
pub fn lock(store: &std::sync::Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|e| e.into_inner())
}

/// A file's path as the cache keys it: absolute, so that it holds from any folder.
pub fn key_of(path: &Path) -> String {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    abs.to_string_lossy().into_owned()
}

/// Who parsed the rows: this program's version and its executable's size and time. Another
/// build may parse differently, so its rows are dropped, never served as this one's.
fn program() -> String {
    let exe = std::env::current_exe().and_then(std::fs::metadata).ok().map(|m| Stamp::of(&m));
    let (size, mtime) = exe.map_or((0, 0), |s| (s.size, s.mtime));
    format!("{} {size} {mtime}", env!("CARGO_PKG_VERSION"))
}

/// Moves a database we cannot use out of the way; gives the name it now has.
fn set_aside(path: &Path) -> Result<String> {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let aside = path.with_extension(format!("sqlite.bad-{stamp}"));
    std::fs::rename(path, &aside)?;
    for side in ["sqlite-wal", "sqlite-shm"] {
        let _ = std::fs::remove_file(path.with_extension(side));
    }
    Ok(crate::text::escape::name(&aside))
}

#[cfg(test)]
mod tests;
