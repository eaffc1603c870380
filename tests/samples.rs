//! Every sample in data/ parses to its reviewed snapshot, and no line of it is lost.

use std::collections::HashMap;

use phongvan::interview::Interview;
use phongvan::source::BUNDLED;
use phongvan::{parse, text};

fn parsed(name: &str, raw: &str) -> Interview {
    parse::parse(&text::clean(raw), &format!("data/{name}"))
}

#[test]
fn samples_match_their_snapshots() {
    for (name, raw) in BUNDLED {
        let iv = parsed(name, raw);
        insta::assert_json_snapshot!(name.trim_end_matches(".txt"), iv);
    }
}

/// Words of a text, counted (a line's words must all reach the model).
fn words(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn model_text(iv: &Interview) -> String {
    let mut all: Vec<String> = Vec::new();
    all.extend(iv.title.clone());
    all.extend(iv.byline.iter().cloned());
    all.extend(iv.outlet.clone());
    all.extend(iv.lead.iter().chain(&iv.captions).chain(&iv.boilerplate).chain(&iv.unclassified).cloned());
    for t in &iv.turns {
        all.extend(t.speaker.clone());
        all.extend(t.paragraphs.iter().cloned());
    }
    all.join("\n")
}

#[test]
fn no_word_of_any_sample_is_lost() {
    for (name, raw) in BUNDLED {
        let clean = text::clean(raw);
        let iv = parsed(name, raw);
        let have = words(&model_text(&iv));
        for (w, n) in words(&clean) {
            assert!(
                have.get(&w).copied().unwrap_or(0) >= n,
                "{name}: {w:?} appears {n} times in the input but not in the model"
            );
        }
    }
}
