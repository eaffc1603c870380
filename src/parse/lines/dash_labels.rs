//! Speakers named before a dash instead of a colon, as some transcripts print them:
//! "Subash Jayaraman– Hello…", "SJ– So, how…", "WT-I was joking…". Only where such labels
//! take turns with one another: a single "US-China talks…" is no one speaking.

use crate::parse::name;
use crate::parse::para::{Marker, Para};

/// Labels before a dash are at most this long (characters).
const LABEL_CHARS: usize = 40;

/// How many times the labels before a dash must change hands to be speakers.
const CHANGES: usize = 3;

/// Marks the paragraphs that open with a speaker's name and a dash as labelled, when two
/// or more such labels alternate through the article.
pub fn mark(paras: &mut [Para]) {
    let found: Vec<Option<(usize, usize)>> = paras.iter().map(dash_label).collect();
    let labels = found.iter().zip(paras.iter()).filter_map(|(f, p)| f.map(|(end, _)| &p.text[..end]));
    let mut changes = 0;
    let mut last: Option<&str> = None;
    for l in labels {
        changes += usize::from(last.is_some_and(|prev| prev != l));
        last = Some(l);
    }
    if changes < CHANGES {
        return;
    }
    for (p, f) in paras.iter_mut().zip(found) {
        if let Some((end, body)) = f {
            p.marker = Marker::Label { label: (0, end), body };
        }
    }
}

/// (end of the label, start of the text) for "Name– text" or "AB-Text": a name or capitals
/// with the dash right after it, then a capitalised text.
fn dash_label(p: &Para) -> Option<(usize, usize)> {
    if p.marker != Marker::None || p.glued {
        return None;
    }
    let text = p.text.as_str();
    // (found with memchr among the bytes that can hold the label: "-", or the lead byte
    // of "–" and "—")
    let head = &text.as_bytes()[..text.len().min(4 * LABEL_CHARS)];
    let end = memchr::memchr2_iter(b'-', 0xE2, head).find(|&i| text[i..].starts_with(['-', '–', '—']))?;
    if text[..end].chars().count() >= LABEL_CHARS {
        return None;
    }
    let label = &text[..end];
    let dash = text[end..].chars().next()?.len_utf8();
    let rest = &text[end + dash..];
    let body = end + dash + (rest.len() - rest.trim_start().len());
    let opens = text[body..].chars().next().is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"'));
    let words: Vec<&str> = label.split_whitespace().collect();
    let initials =
        words.len() == 1 && (2..=4).contains(&label.len()) && label.chars().all(|c| c.is_ascii_uppercase());
    let person = (2..=4).contains(&words.len())
        && words.iter().all(|w| name::is_capitalised(w) && w.chars().all(char::is_alphabetic));
    (!label.ends_with(' ') && opens && (initials || person)).then_some((end, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(lines: &[&str]) -> Vec<Option<String>> {
        let mut paras: Vec<Para> = lines.iter().map(|l| Para::new(l)).collect();
        mark(&mut paras);
        paras.iter().map(|p| p.label().map(str::to_owned)).collect()
    }

    #[test]
    fn names_and_initials_before_a_dash_are_speakers_where_they_take_turns() {
        let got = labels(&[
            "Subash Jayaraman– Hello and welcome. Today we talk with Wright Thompson.",
            "Wright Thompson– Great, man. Thanks!",
            "SJ– What are your impressions of the sport?",
            "WT-I do have not just an academic understanding of the game.",
            "SJ– So, how has your view of cricket changed?",
        ]);
        let want = ["Subash Jayaraman", "Wright Thompson", "SJ", "WT", "SJ"];
        assert_eq!(got, want.map(|w| Some(w.to_owned())));
        // one compound in a news story, or two, speak for nobody
        let news = labels(&["US-China talks resumed on Monday.", "EU-Japan trade grew.", "Nothing else."]);
        assert!(news.iter().all(Option::is_none));
        assert_eq!(labels(&["Ông Hải - Giám đốc công ty.", "Ông Hải - Giám đốc."]), [None, None]);
    }
}
