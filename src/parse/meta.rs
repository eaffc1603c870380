//! The article around the interview once placed: the footer, author, date, outlet, and
//! the people (interviewee, interviewer).

use super::cues::{author_of, date_line, is_byline};
use super::para::Para;
use super::speakers::Speakers;
use super::{Place, lang, name};
use crate::interview::{Interview, Person};
use crate::text::fold::fold_key;

/// Places the paragraphs after the turns: bylines, and everything else as chrome.
pub fn footer(paras: &[Para], places: &mut [Place]) {
    for (i, (p, place)) in paras.iter().zip(places.iter_mut()).enumerate() {
        // a bare name signs the article only right where the body ends
        let signed = i == 0 && super::header::is_bare_name(p);
        *place = if is_byline(p) || signed { Place::Byline } else { Place::Boilerplate };
    }
}

/// Fills the model from the placed paragraphs.
pub fn fill(iv: &mut Interview, paras: &[Para], places: &[Place], speakers: &Speakers) {
    let title: Vec<&str> = paras
        .iter()
        .zip(places)
        .filter(|(_, pl)| **pl == Place::Title)
        .map(|(p, _)| p.text.as_str())
        .collect();
    iv.title = (!title.is_empty()).then(|| title.join(" "));
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
        if iv.author.is_none() && (is_byline(p) || date_line(p).is_none()) {
            iv.author = author_of(p);
        }
        if iv.author.is_none() && super::header::is_bare_name(p) {
            iv.author = p.text.split('/').next().map(|n| n.trim().to_owned());
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

/// The interviewee: named by the answer labels, completed and given a role from the
/// captions and the lead; or, without labels, the first person a caption or the lead names.
fn interviewee(iv: &Interview, speakers: &Speakers) -> Option<Person> {
    let label = speakers
        .interviewees()
        .into_iter()
        .filter(|l| !lang::is(|x| x.answer_labels, &fold_key(l)))
        .find_map(name::person_label);
    let described: Vec<(String, Option<String>)> = iv
        .captions
        .iter()
        .map(|c| strip_credit(c))
        .filter_map(|c| name::leading_name(c).or_else(|| name::trailing_name(c)))
        .chain(iv.lead.iter().flat_map(|l| name::titled_names(l)))
        .collect();
    let (name, title) = match label {
        Some((title, short)) => (full_name(&short, iv, &described), title),
        None => described.first().map(|(n, _)| (n.clone(), None))?,
    };
    // the fullest description wins: "hiệu trưởng Trường…" over a bare "PGS.TS"
    let role = described
        .iter()
        .filter(|(n, r)| r.is_some() && same_person(n, &name))
        .filter_map(|(_, r)| r.clone())
        .max_by_key(|r| r.chars().count())
        .or_else(|| role_in_lead(iv, &name))
        .or(title.filter(|t| !name::is_plain_honorific(t)));
    Some(Person { name: Some(name), role })
}

/// A short label ("Hùng", "HARTLEY") widened to the full name the article prints.
fn full_name(short: &str, iv: &Interview, described: &[(String, Option<String>)]) -> String {
    if let Some((n, _)) = described.iter().find(|(n, _)| same_person(n, short)) {
        return n.clone();
    }
    let single = short.split_whitespace().count() == 1;
    let texts = iv.lead.iter().chain(&iv.captions);
    let expanded = texts.filter(|_| single).find_map(|t| name::expand(short, t));
    expanded.unwrap_or_else(|| short.to_owned())
}

/// A caption without its photo credit: "TS Đặng Quốc Bảo. Ảnh: Hoàng Long" → "TS Đặng Quốc Bảo.",
/// "Photo: Dr. Le Thu Ha inspects…" → "Dr. Le Thu Ha inspects…".
fn strip_credit(caption: &str) -> &str {
    let key = caption.to_lowercase();
    for credit in ["photo:", "ảnh:", "image:", "picture:"] {
        if let Some(rest) = key.strip_prefix(credit) {
            return caption[caption.len() - rest.len()..].trim();
        }
        if let Some(at) = key.find(&format!(" {credit}")).or_else(|| key.find(&format!("({credit}"))) {
            return caption[..at].trim();
        }
    }
    caption
}

/// "Hùng" and "Nguyễn Văn Hùng" are the same person; so are two spellings of one name.
fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (fold_key(a), fold_key(b));
    a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}"))
}

/// "…ông Nguyễn Văn Hùng, Giám đốc Sở Giáo dục, cho biết…" → "Giám đốc Sở Giáo dục".
fn role_in_lead(iv: &Interview, name: &str) -> Option<String> {
    iv.lead.iter().find_map(|l| role_after(&l[l.find(name)? + name.len()..]))
}

/// The description after a name: ", Giám đốc Sở X, Bí thư Y," (capitalised segments run
/// on through commas) or ", 41, is the co-founder of X".
fn role_after(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let rest = strip_age(rest);
    if let Some(desc) = ["is the ", "is a ", "is an ", "là "].iter().find_map(|p| rest.strip_prefix(p)) {
        let end = desc.find([',', '.', ';', '(']).unwrap_or(desc.len());
        return Some(desc[..end].trim().to_owned()).filter(|r| r.split_whitespace().count() <= 14);
    }
    let mut segments = rest.split(',').map(str::trim);
    let mut role: Vec<&str> = vec![segments.next()?];
    role.extend(segments.take_while(|s| name::is_capitalised(s) && s.split_whitespace().count() <= 12));
    let role = role.join(", ");
    let role = role.split(['.', ';', '(', ')']).next().unwrap_or_default().trim();
    let words = role.split_whitespace().count();
    (name::is_capitalised(role) && (1..=24).contains(&words)).then(|| role.to_owned())
}

/// "41, is the…" → "is the…": an age between commas.
fn strip_age(s: &str) -> &str {
    match s.split_once(", ") {
        Some((age, rest)) if !age.is_empty() && age.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => s,
    }
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
