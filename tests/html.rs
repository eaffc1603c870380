//! Web pages laid out as fifteen outlets print interviews (`tests/fixtures/html/`): each
//! parses to its reviewed snapshot, meets the facts in `EXPECTED.md` (title, author, date,
//! site, how many questions, answers and remarks), and loses no word of its article.

use std::collections::HashMap;
use std::path::Path;

use phongvan::interview::{Interview, Role};
use phongvan::source::{Origin, load};

const DIR: &str = "tests/fixtures/html";

fn parsed(file: &str) -> Interview {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join(file);
    let mut ivs = load(&Origin::File(path), phongvan::source::Reading::default()).expect("the fixture loads");
    let mut iv = ivs.remove(0);
    iv.source = file.to_owned();
    iv
}

/// The rows of EXPECTED.md's table: file, title, author, date, site, interviewee, Q, A, R.
fn expected() -> Vec<Vec<String>> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join("EXPECTED.md")).unwrap();
    text.lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| l.trim().trim_matches('|').split('|').map(|c| c.trim().to_owned()).collect())
        .collect()
}

#[test]
fn every_page_matches_its_snapshot() {
    for row in expected() {
        let file = row[0].trim_matches('`');
        insta::assert_json_snapshot!(file.trim_end_matches(".html"), parsed(file));
    }
}

#[test]
fn every_page_has_its_turns_title_and_date() {
    let mut wrong = Vec::new();
    for row in expected() {
        let file = row[0].trim_matches('`');
        let iv = parsed(file);
        let count = |r: Role| iv.turns.iter().filter(|t| t.role == r).count().to_string();
        let got = [count(Role::Question), count(Role::Answer), count(Role::Remark)];
        if got != [row[6].as_str(), row[7].as_str(), row[8].as_str()] {
            wrong.push(format!("{file}: turns {got:?}, expected {:?}", &row[6..9]));
        }
        if iv.title.as_deref() != Some(row[1].as_str()) {
            wrong.push(format!("{file}: title {:?}", iv.title));
        }
        let day = row[3].get(..10).unwrap_or_default();
        if iv.published.as_deref().and_then(|d| d.get(..10)) != Some(day) {
            wrong.push(format!("{file}: date {:?}, expected {day}", iv.published));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn words(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

#[test]
fn no_word_of_an_article_s_blocks_is_lost() {
    for row in expected() {
        let file = row[0].trim_matches('`');
        let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join(file)).unwrap();
        let enc = phongvan::markup::html::charset::declared(&bytes).unwrap_or(encoding_rs::UTF_8);
        let text = phongvan::text::decode::declared(&bytes, enc).unwrap().text;
        let doc = phongvan::markup::html::document(&text);
        let iv = phongvan::parse::parse_document(&doc, file);
        let json = serde_json::to_string(&iv).unwrap();
        let have = words(&serde_json::from_str::<serde_json::Value>(&json).unwrap().to_string());
        for block in &doc.blocks {
            for (w, n) in words(&block.text) {
                assert!(have.get(&w).copied().unwrap_or(0) >= n, "{file}: {w:?} of {:?} is lost", block.text);
            }
        }
    }
}
