//! Whether the words before a colon name a speaker: table labels, titled or capitalised
//! names, capitals, readers with their towns; not credits, notes or bylines.

use crate::parse::{lang, name};
use crate::text::fold::fold_key;

/// A label names a speaker: a table entry, a titled or capitalised name, or capitals.
pub fn looks_like_label(label: &str) -> bool {
    let key = fold_key(label);
    if label.is_empty() || label.ends_with(char::is_whitespace) || key.contains(['"', '“', '?', '!']) {
        return false;
    }
    if lang::is_table_label(&key) {
        return true;
    }
    if is_credit_or_note(&key) {
        return false;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    if !name::is_capitalised(label) {
        return false;
    }
    let person = |s: &str| name::person_label(s.trim()).is_some() || is_caps(s);
    if words.len() > 9 {
        return is_named_asker(&words) || works_at(&words, label, person);
    }
    // "Khánh An – VOA": a reporter's name, then the outlet in capitals
    let outlet = |(a, o): (&str, &str)| is_caps(o.trim()) && a.split_whitespace().all(name::is_capitalised);
    // (a radio panel's given names, "Trà Mi:", "Mặc Lâm:", open with no family name)
    let given = words.len() <= 3
        && words.iter().all(|w| name::is_capitalised(w) && w.chars().all(crate::text::chars::is_alphabetic));
    // (the cheap tests first: reading a person's label folds its words)
    given
        || person(label)
        || lang::starts(|l| l.interviewer_labels, &key)
        || [" - ", " – ", " — ", ","].iter().any(|sep| label.split_once(sep).is_some_and(|(a, _)| person(a)))
        || [" - ", " – ", " — "].iter().any(|sep| label.rsplit_once(sep).is_some_and(outlet))
}

/// A person, then where they work, long: "Ông Trần Văn Viên, Hội Sinh vật cảnh Việt Nam"
/// (a name ends it, not a verb: "Ông A, Giám đốc Sở Y tế cho biết" hands over to a quote).
fn works_at(words: &[&str], label: &str, person: impl Fn(&str) -> bool) -> bool {
    let named_end = words.last().is_some_and(|w| name::is_capitalised(w));
    let person_first =
        [",", " - ", " – ", " — "].iter().any(|sep| label.split_once(sep).is_some_and(|(a, _)| person(a)));
    words.len() <= LONG_LABEL && named_end && person_first
}

/// A person's label with where they work has this many words at most.
const LONG_LABEL: usize = 16;

/// A reader's long label: an interviewer's table label, then a name and where the reader
/// writes from, then the verb ("Bạn đọc Nguyễn Thu Hà (Hà Nội) gửi câu hỏi").
fn is_named_asker(words: &[&str]) -> bool {
    let asker = (1..=3).find(|&n| lang::is(|l| l.interviewer_labels, &fold_key(&words[..n].join(" "))));
    asker.is_some_and(|n| words.len() <= 16 && words.get(n).is_some_and(|w| name::is_capitalised(w)))
}

/// Letters all in capitals: "HARTLEY", "ASIA REVIEW".
pub fn is_caps(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic());
    let words = s.split_whitespace().count();
    (1..=4).contains(&words)
        && s.chars().any(char::is_alphabetic)
        && letters.clone().all(char::is_uppercase)
        && letters.count() >= 2
}

/// Photo credits, editor's notes and bylines use a colon too, but are not speakers.
pub(super) fn is_credit_or_note(key: &str) -> bool {
    let k = format!("{key}:");
    matches!(
        key,
        "nguon"
            | "theo"
            | "tags"
            | "tu khoa"
            | "the"
            | "source"
            | "by"
            | "luu y"
            | "note"
            | "ghi chu"
            | "vd"
            | "vi du"
            | "e.g"
            | "eg"
    ) || lang::starts(|l| l.caption_credits, &k)
        || lang::starts(|l| l.editor_notes, &k)
        || lang::starts(|l| l.byline_markers, &k)
        || lang::starts(|l| l.widgets, &k)
}
