//! The article around the interview: title, byline, date, outlet, lead, captions, chrome,
//! and the people (interviewee, interviewer).

use super::cues::{self, author_of, date_line, is_byline, is_caption, is_chrome};
use super::para::{Marker, Para};
use super::speakers::Speakers;
use super::{Place, lang, name};
use crate::interview::{Interview, Person};
use crate::text::fold::fold_key;

/// Places the paragraphs before the first turn.
pub fn header(paras: &[Para], places: &mut [Place]) {
    for (i, p) in paras.iter().enumerate() {
        if is_chrome(p) {
            places[i] = Place::Boilerplate;
        }
    }
    let title = paras.iter().enumerate().position(|(i, p)| places[i] == Place::Unclassified && is_title(p));
    let from = title.map_or(0, |t| t + 1);
    if let Some(t) = title {
        places[t] = Place::Title;
        places[..t]
            .iter_mut()
            .filter(|pl| **pl == Place::Unclassified)
            .for_each(|pl| *pl = Place::Boilerplate);
        if !paras[from..].iter().any(|p| date_line(p).is_some())
            && t > 0
            && date_line(&paras[t - 1]).is_some()
        {
            places[t - 1] = Place::Byline; // the date printed just above the title
        }
    }
    let mut led = false;
    for i in from..paras.len() {
        if places[i] != Place::Unclassified {
            continue;
        }
        let p = &paras[i];
        places[i] = if is_byline(p) || (date_line(p).is_some() && !led) {
            Place::Byline
        } else if led && is_caption(p) || cues::is_credit(p) {
            Place::Caption
        } else {
            led = true;
            Place::Lead
        };
    }
}

/// A title: a short line that does not end like a sentence and is not chrome or a byline.
fn is_title(p: &Para) -> bool {
    let chars = p.text.chars().count();
    p.words() >= 2
        && chars <= 250
        && !p.text.ends_with(['.', ':', ','])
        && p.marker == Marker::None
        && date_line(p).is_none()
        && !is_byline(p)
        && !cues::is_credit(p)
        && !lang::starts(|l| l.editor_notes, &p.key)
}

/// Places the paragraphs after the turns: bylines, and everything else as chrome.
pub fn footer(paras: &[Para], places: &mut [Place]) {
    for (p, place) in paras.iter().zip(places.iter_mut()) {
        *place = if is_byline(p) { Place::Byline } else { Place::Boilerplate };
    }
}

/// Fills the model from the placed paragraphs.
pub fn fill(iv: &mut Interview, paras: &[Para], places: &[Place], speakers: &Speakers) {
    let title = paras.iter().zip(places).find(|(_, pl)| **pl == Place::Title).map(|(p, _)| p);
    iv.title = title.map(|p| p.text.clone());
    for (p, place) in paras.iter().zip(places) {
        let text = p.text.clone();
        match place {
            Place::Title | Place::Turn => {}
            Place::Byline => iv.byline.push(text),
            Place::Lead => iv.lead.push(text),
            Place::Caption => iv.captions.push(text),
            Place::Boilerplate => iv.boilerplate.push(text),
            Place::Unclassified => iv.unclassified.push(text),
        }
    }
    byline_facts(iv, paras, places);
    outlet(iv);
    iv.interviewee = interviewee(iv, speakers);
    iv.interviewer = interviewer(iv, speakers, paras, places);
}

/// Author and publication date from the byline lines.
fn byline_facts(iv: &mut Interview, paras: &[Para], places: &[Place]) {
    for (p, _) in paras.iter().zip(places).filter(|(_, pl)| **pl == Place::Byline) {
        if iv.author.is_none() && is_byline(p) {
            iv.author = author_of(p);
        }
        if iv.published.is_none() {
            iv.published = date_line(p).map(|d| d.value);
        }
    }
}

/// An outlet tag opening the lead: "(HNM) - ", "TPO - ", "(Dân trí) - ".
fn outlet(iv: &mut Interview) {
    let Some(first) = iv.lead.first() else { return };
    let Some((tag, rest)) = split_outlet(first) else { return };
    iv.outlet = Some(tag.to_owned());
    iv.lead[0] = rest.to_owned();
}

fn split_outlet(text: &str) -> Option<(&str, &str)> {
    let (head, rest) = [" - ", " – ", " — "].iter().find_map(|sep| text.split_once(sep))?;
    let tag = head.trim();
    let inner = tag.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
    let tag = inner.unwrap_or(tag);
    let words = tag.split_whitespace().count();
    let ok = (1..=3).contains(&words)
        && tag.chars().count() <= 24
        && (inner.is_some() || super::para::is_caps(tag));
    (ok && !rest.trim().is_empty()).then_some((tag, rest.trim_start()))
}

/// The interviewee: from speaker labels, captions, then the lead.
fn interviewee(iv: &Interview, speakers: &Speakers) -> Option<Person> {
    let from_label = speakers.interviewees().into_iter().find_map(name::person_label);
    let from_caption =
        iv.captions.iter().find_map(|c| name::trailing_name(c).or_else(|| name::leading_name(c)));
    let (name, role) = match (from_label, from_caption) {
        (Some((title, n)), Some((cn, role))) if same_person(&n, &cn) => (cn, role.or(title)),
        (Some((title, n)), _) => (n, title.filter(|t| !name::is_plain_honorific(t))),
        (None, Some((cn, role))) => (cn, role),
        (None, None) => return None,
    };
    let role = role.or_else(|| role_in_lead(iv, &name));
    Some(Person { name: Some(name), role })
}

/// "Hùng" and "Nguyễn Văn Hùng" are the same person; so are two spellings of one name.
fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (fold_key(a), fold_key(b));
    a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}"))
}

/// "…ông Nguyễn Văn Hùng, Giám đốc Sở Giáo dục, cho biết…" → "Giám đốc Sở Giáo dục".
fn role_in_lead(iv: &Interview, name: &str) -> Option<String> {
    iv.lead.iter().find_map(|l| {
        let after = &l[l.find(name)? + name.len()..];
        let role = after.strip_prefix(", ")?;
        let end = role.find([',', '.', ';', '(', ')']).unwrap_or(role.len());
        let role = role[..end].trim();
        (name::is_capitalised(role) && role.split_whitespace().count() <= 12).then(|| role.to_owned())
    })
}

/// The interviewer: a named interviewer label, or the author of a "thực hiện" byline.
fn interviewer(iv: &Interview, speakers: &Speakers, paras: &[Para], places: &[Place]) -> Option<String> {
    let named = speakers.interviewers().into_iter().find_map(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        let rest = &words[1.min(words.len())..];
        (lang::starts(|x| x.interviewer_labels, &fold_key(l))
            && !rest.is_empty()
            && rest.iter().all(|w| name::is_capitalised(w))
            && rest.len() <= 4)
            .then(|| rest.join(" "))
    });
    named.or_else(|| {
        let conducted = paras.iter().zip(places).any(|(p, pl)| {
            *pl == Place::Byline
                && ["thuc hien", "interview by", "interviewed by"].iter().any(|m| p.key.contains(m))
        });
        conducted.then(|| iv.author.clone()).flatten()
    })
}
