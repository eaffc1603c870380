//! The tables and the full-text index: each interview's folded text (marks dropped) and
//! toned text (tone marks placed one way) in two FTS5 tables, so a filter without marks
//! matches any marks and one with marks matches them wherever the tone sits.

use anyhow::Result;
use rusqlite::{Connection, Transaction, params};

use super::Stamp;
use crate::interview::Interview;
use crate::library::Summary;
use crate::text::fold::{fold_key, has_diacritics, tone_key};

const TABLES: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS interviews (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    summary TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS folded USING fts5(
    title, people, outlet, body, content='', contentless_delete=1, prefix='1 2 3',
    tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS toned USING fts5(
    title, people, outlet, body, content='', contentless_delete=1, prefix='1 2 3',
    tokenize='unicode61 remove_diacritics 0'
);
";

pub fn create(conn: &Connection) -> Result<()> {
    conn.execute_batch(TABLES)?;
    Ok(())
}

/// Rows parsed by another build of phongvan are dropped (its parser may differ): the cache
/// is then filled again as files are read.
pub fn same_program(conn: &Connection, program: &str) -> Result<()> {
    let stored: Option<String> = rusqlite::OptionalExtension::optional(conn.query_row(
        "SELECT value FROM meta WHERE key = 'program'",
        [],
        |r| r.get(0),
    ))?;
    if stored.as_deref() == Some(program) {
        return Ok(());
    }
    conn.execute_batch("BEGIN; DELETE FROM interviews; DELETE FROM folded; DELETE FROM toned; COMMIT;")?;
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('program', ?1)", params![program])?;
    Ok(())
}

/// The tables are there and readable (a damaged file fails here, not later).
pub fn check(conn: &Connection) -> Result<()> {
    conn.query_row("SELECT count(*) FROM interviews", [], |r| r.get::<_, i64>(0))?;
    conn.query_row("SELECT count(*) FROM folded WHERE folded MATCH 'x'", [], |r| r.get::<_, i64>(0))?;
    Ok(())
}

/// The indexed fields of an interview: title, people, outlet, all the text.
fn fields(iv: &Interview) -> [String; 4] {
    let people = iv
        .interviewees
        .iter()
        .chain(&iv.interviewee)
        .flat_map(|p| p.name.iter().chain(&p.role))
        .chain(&iv.author)
        .chain(&iv.interviewer)
        .cloned()
        .collect::<Vec<_>>()
        .join("\n");
    let outlet = [&iv.outlet, &iv.site].into_iter().flatten().cloned().collect::<Vec<_>>().join("\n");
    let texts = iv.lead.iter().chain(iv.turns.iter().flat_map(|t| t.speaker.iter().chain(&t.paragraphs)));
    let body = texts.chain(&iv.captions).chain(&iv.unclassified).cloned().collect::<Vec<_>>().join("\n");
    [iv.title.clone().unwrap_or_default(), people, outlet, body]
}

/// A row ready to be written: everything computed (on a worker thread), only SQL left.
#[derive(Debug, Clone)]
pub struct Doc {
    pub path: String,
    pub stamp: Stamp,
    json: String,
    summary: String,
    folded: [String; 4],
    toned: [String; 4],
}

impl Doc {
    pub fn new(path: String, stamp: Stamp, iv: &Interview, summary: &Summary) -> Result<Doc> {
        let f = fields(iv);
        let folded = f.clone().map(|s| fold_key(&s));
        let toned = f.map(|s| tone_key(&s));
        let (json, summary) = (serde_json::to_string(iv)?, serde_json::to_string(summary)?);
        Ok(Doc { path, stamp, json, summary, folded, toned })
    }
}

pub fn put(tx: &Transaction, doc: &Doc) -> Result<i64> {
    forget(tx, &doc.path)?;
    tx.prepare_cached(
        "INSERT INTO interviews (path, size, mtime, summary, json) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![doc.path, doc.stamp.size as i64, doc.stamp.mtime, doc.summary, doc.json])?;
    let id = tx.last_insert_rowid();
    for (table, v) in [("folded", &doc.folded), ("toned", &doc.toned)] {
        let sql =
            format!("INSERT INTO {table} (rowid, title, people, outlet, body) VALUES (?1, ?2, ?3, ?4, ?5)");
        tx.prepare_cached(&sql)?.execute(params![id, v[0], v[1], v[2], v[3]])?;
    }
    Ok(id)
}

pub fn forget(tx: &Transaction, path: &str) -> Result<()> {
    let mut find = tx.prepare_cached("SELECT id FROM interviews WHERE path = ?1")?;
    let id: Option<i64> = rusqlite::OptionalExtension::optional(find.query_row(params![path], |r| r.get(0)))?;
    if let Some(id) = id {
        for sql in [
            "DELETE FROM interviews WHERE id = ?1",
            "DELETE FROM folded WHERE rowid = ?1",
            "DELETE FROM toned WHERE rowid = ?1",
        ] {
            tx.prepare_cached(sql)?.execute(params![id])?;
        }
    }
    Ok(())
}

/// Rows whose text holds the query's words in order, the last one as a prefix (the
/// filter is typed a letter at a time): "thanh xu" finds "Thanh Xuân".
pub fn search(conn: &Connection, query: &str) -> Result<Vec<i64>> {
    let (table, key) =
        if has_diacritics(query) { ("toned", tone_key(query)) } else { ("folded", fold_key(query)) };
    let Some(phrase) = phrase(&key) else { return Ok(Vec::new()) };
    let mut stmt = conn.prepare_cached(&format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1"))?;
    let ids = stmt.query_map(params![phrase], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

/// An FTS5 phrase of the query's words, the last a prefix: `"thanh xu" *`; `None` when the
/// query has no word.
fn phrase(key: &str) -> Option<String> {
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    let ends_in_word = key.chars().last().is_some_and(char::is_alphanumeric);
    let star = if ends_in_word { " *" } else { "" };
    Some(format!("\"{}\"{star}", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_word_being_typed_is_a_prefix() {
        assert_eq!(phrase("thanh xu").as_deref(), Some("\"thanh xu\" *"));
        assert_eq!(phrase("thanh xuân ").as_deref(), Some("\"thanh xuân\""));
        assert_eq!(phrase("\"; drop").as_deref(), Some("\"drop\" *"), "quotes and operators are not words");
        assert_eq!(phrase(" - "), None);
    }
}
