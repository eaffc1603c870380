//! The article around the interview once placed: the footer, author, date, outlet, and
//! the people (interviewee, interviewer).

mod guests;
mod named;

use super::cues::{author_of, date_line, is_byline};
use super::para::{Para, is_caps};
use super::speakers::Speakers;
use super::{Place, lang, name};
use crate::interview::{Interview, Person};
use crate::text::chars::lowercase_one;
use crate::text::chars::to_lowercase;
use crate::text::fold::fold_key;

/// The lead's first paragraphs, up to about [`LEAD_WORDS`] words.
fn lead_opening(lead: &[String]) -> impl Iterator<Item = &String> {
    let mut words = 0;
    lead.iter().take_while(move |p| {
        let open = words < LEAD_WORDS;
        words += p.split_whitespace().count();
        open
    })
}

/// How far into the lead the interviewee's introduction is looked for.
const LEAD_WORDS: usize = 2_000;

/// Places the paragraphs after the turns: bylines, and everything else as chrome.
pub fn footer(paras: &[Para], places: &mut [Place]) {
    for (i, (p, place)) in paras.iter().zip(places.iter_mut()).enumerate() {
        // a bare name signs the article only right where the body ends
        let signed = i == 0 && super::header::is_bare_name(p);
        let credits = super::cues::is_credits_line(p);
        *place = if is_byline(p) || signed || credits { Place::Byline } else { Place::Boilerplate };
    }
}

/// What the page says of itself comes before what its text suggests: title, authors,
/// date, site and address.
pub fn page(iv: &mut Interview, page: &crate::markup::Page) {
    if let Some(title) = &page.title {
        // the headline printed on the page, when the page's metadata words it otherwise,
        // is kept where it does not pretend to be the title
        let printed = iv.title.take().filter(|t| fold_key(t) != fold_key(title));
        iv.unclassified.splice(0..0, printed);
        iv.title = Some(title.clone());
    }
    if !page.authors.is_empty() {
        iv.author = Some(page.authors.join(", "));
    } else if iv.author.is_none() {
        iv.author.clone_from(&page.author_org);
    }
    if page.published.is_some() {
        iv.published.clone_from(&page.published);
    }
    iv.site.clone_from(&page.site);
    iv.url.clone_from(&page.url);
}

/// Fills the model from the placed paragraphs.
pub fn fill(iv: &mut Interview, paras: &[Para], (places, before): (&[Place], &[usize]), speakers: &Speakers) {
    let title: Vec<&str> = paras
        .iter()
        .zip(places)
        .filter(|(_, pl)| **pl == Place::Title)
        .map(|(p, _)| p.text.as_str())
        .collect();
    iv.title = (!title.is_empty()).then(|| title.join(" "));
    place_texts(iv, paras, places, before);
    byline_facts(iv, paras, places);
    outlet(iv);
    iv.interviewee = interviewee(iv, speakers);
    iv.interviewees = guests::everyone(iv);
    main_guest(iv);
    iv.interviewer = interviewer(iv, speakers, paras, places);
}

/// A panel's main guest: the one the headline names, else the first to answer.
fn main_guest(iv: &mut Interview) {
    if iv.interviewee.is_some() && iv.interviewees.len() <= 1 {
        return;
    }
    let headline = iv.title.as_deref().and_then(headline_name);
    let named =
        |p: &&Person| p.name.as_deref().zip(headline.as_ref()).is_some_and(|(n, (h, _))| same_person(n, h));
    let main = iv.interviewees.iter().find(named).or(iv.interviewees.first());
    iv.interviewee = main.cloned().or(iv.interviewee.take());
}

/// Each paragraph's text into the field of its place; a flattened body's sentences run on
/// in the paragraph they were cut from. Each caption notes how many turns come before it.
fn place_texts(iv: &mut Interview, paras: &[Para], places: &[Place], before: &[usize]) {
    let mut prev = None;
    for ((p, place), &turns) in paras.iter().zip(places).zip(before) {
        let list = match place {
            Place::Title | Place::Turn => None,
            Place::Byline => Some(&mut iv.byline),
            Place::Lead => Some(&mut iv.lead),
            Place::Caption => Some(&mut iv.captions),
            Place::Boilerplate => Some(&mut iv.boilerplate),
            Place::Unclassified => Some(&mut iv.unclassified),
        };
        match (list, prev == Some(*place) && p.glued) {
            (Some(list), true) if !list.is_empty() => {
                let last = list.last_mut().expect("checked non-empty");
                last.push(' ');
                last.push_str(&p.text);
            }
            (Some(list), _) => {
                list.push(p.text.clone());
                if *place == Place::Caption {
                    iv.caption_turns.push(turns);
                }
            }
            (None, _) => {}
        }
        prev = Some(*place);
    }
}

/// Author and publication date from the byline lines.
fn byline_facts(iv: &mut Interview, paras: &[Para], places: &[Place]) {
    // explicit bylines first ("By X", "X thực hiện"), then bare names (a signature)
    let bylines: Vec<&Para> =
        paras.iter().zip(places).filter(|(_, pl)| **pl == Place::Byline).map(|(p, _)| p).collect();
    if let Some(author) = bylines.iter().filter(|p| is_byline(p)).find_map(|p| author_of(p)) {
        iv.author = Some(author);
    }
    let signature = bylines.iter().rev().find(|p| super::header::is_bare_name(p));
    if iv.author.is_none() {
        iv.author = signature.and_then(|p| p.text.split('/').next()).map(|n| n.trim().to_owned());
    }
    for p in bylines {
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

/// The person a headline opens with, before its colon ("Nghệ nhân Phạm Quang Tiến: Giữ
/// lửa…", "Delia Okafor: 'My guiltiest…'"), or a titled name in it ("Trò chuyện với dịch
/// giả Hà Linh Chi: …").
fn headline_name(title: &str) -> Option<(String, Option<String>)> {
    let (head, said) = match title.split_once([':', '：']) {
        Some((h, said)) => (Some(h.trim()).filter(|h| h.chars().count() <= 60), said.trim_start()),
        None => (None, ""),
    };
    let named = head.and_then(name::person_label).filter(|(_, n)| n.split_whitespace().count() >= 2);
    // before a quotation, capitalised words are a name even when its family name is not one
    // the table knows ("Phi Thanh Vân: 'Duy …'")
    let quoted = said.starts_with(['\'', '‘', '“', '"']);
    let bare = head.filter(|h| quoted && name::is_bare_name(h)).map(|h| (None, h.to_owned()));
    named
        .or(bare)
        .map(|(t, n)| (n, t))
        .or_else(|| {
            name::titled_names(head.unwrap_or(title))
                .into_iter()
                .find(|found| !spoken_of(head.unwrap_or(title), found))
        })
        .or_else(|| talked_with(title).map(|n| (n, None)))
}

/// The people a headline speaks of (see [`spoken_of`]).
fn headline_topics(title: Option<&str>) -> Vec<String> {
    let Some(title) = title else { return Vec::new() };
    let head = title.split_once([':', '：']).map_or(title, |(h, _)| h);
    name::titled_names(head).into_iter().filter(|found| spoken_of(head, found)).map(|(n, _)| n).collect()
}

/// A name inside a headline that is its topic, not its speaker: after "của" ("Sai phạm
/// của bà Kim Thoa"), or behind a plain "ông"/"bà" that does not open the headline.
fn spoken_of(head: &str, (name, title): &(String, Option<String>)) -> bool {
    let at = head.find(name.as_str()).unwrap_or(0);
    let before = to_lowercase(&head[..at]);
    let plain = title.as_deref().is_some_and(name::is_plain_honorific);
    let opens = head[..at].split_whitespace().count() <= 1;
    before.contains("của ") || (plain && !opens)
}

/// The name after "a conversation with", "Q&A with", "trò chuyện với": capitalised words.
fn talked_with(title: &str) -> Option<String> {
    const CUES: [&str; 5] =
        ["conversation with ", "interview with ", "q&a with ", "talks to ", "trò chuyện với "];
    let lower = to_lowercase(title);
    let at = CUES.iter().find_map(|cue| lower.find(cue).map(|i| i + cue.len()))?;
    let words: Vec<&str> =
        title.get(at..)?.split_whitespace().take_while(|w| name::is_capitalised(w)).take(4).collect();
    let words: Vec<&str> = words.iter().map(|w| w.trim_end_matches([',', '.', ':', ';', '?', '!'])).collect();
    (2..=4).contains(&words.len()).then(|| words.join(" "))
}

/// The interviewee: named by the answer labels, completed and given a role from the
/// captions and the lead; or, without labels, the first person a caption or the lead names.
fn interviewee(iv: &Interview, speakers: &Speakers) -> Option<Person> {
    let label = speakers
        .interviewees()
        .into_iter()
        .filter(|l| !lang::is(|x| x.answer_labels, &fold_key(l)))
        .find_map(name::person_label);
    let described = described(iv);
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

/// The people the article describes, the likeliest guest first: the headline's speaker, an
/// answer's signature, the captions, the lead.
fn described(iv: &Interview) -> Vec<(String, Option<String>)> {
    let topics = headline_topics(iv.title.as_deref());
    // a headline "TS Vũ Hoàng Anh: '…'" names the guest first
    let headline = iv.title.as_deref().and_then(headline_name);
    let mut people: Vec<_> = headline
        .into_iter()
        // an answer signed by the one who gave it ("… Luật sư Nguyễn Thị Quyên - Công ty…")
        .chain(named::signed_answer(iv))
        .chain(
            iv.captions
                .iter()
                .map(|c| strip_credit(c))
                .filter_map(|c| name::leading_name(c).or_else(|| name::trailing_name(c))),
        )
        // the guest is introduced early: a lead of thousands of words is not read to its end
        .chain(lead_opening(&iv.lead).flat_map(|l| name::titled_names(l)))
        // (or named bare as the subject of the headline or the lead: "Lương Bằng Quang lần đầu…")
        .chain(
            iv.title.iter().chain(iv.lead.first()).filter_map(|t| name::opening_name(t)).map(|n| (n, None)),
        )
        // (the one a headline speaks of is not the one who speaks: "Sai phạm của bà X")
        // (or greeted, or named with a title, by the first question: "Chào Phương Nga, …",
        // "Những năm trước, nghệ nhân Nguyễn Tấn Phát đã…, thưa anh?")
        .chain(named::greeted(iv).map(|n| (n, None)))
        .chain(named::first_question(iv).into_iter().flat_map(name::titled_names))
        .filter(|(n, _)| !topics.iter().any(|t| same_person(t, n)))
        .collect();
    // (a headline's titled name, when nothing else names anyone: "Gặp MC Tuấn Tú…")
    if people.is_empty() {
        people.extend(iv.title.iter().flat_map(|t| name::titled_names(t)));
    }
    // full names before given names alone ("bà Nguyễn Mai Phương" speaks of "hoa hậu
    // Phương Nga"; "MC Tuấn Tú" has no other)
    people.sort_by_key(|(n, _)| !name::is_full_name(n));
    people
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
    // (every credit ends with a colon)
    if !caption.contains(':') {
        return caption;
    }
    // lowercase where it keeps each character's length, so the key's offsets are the
    // caption's ("İ" lowercases to two characters)
    let same_length = |c: char| lowercase_one(c).filter(|l| l.len_utf8() == c.len_utf8()).unwrap_or(c);
    let key: String = caption.chars().map(same_length).collect();
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
    iv.lead.iter().find_map(|l| name::role_after(&l[l.find(name)? + name.len()..]))
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
    // an interviewer label that is a person's name: "Margaret Ellison"
    let person = || {
        speakers.interviewers().into_iter().find(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            (2..=4).contains(&words.len())
                && name::person_label(l).is_some_and(|(t, _)| t.is_none())
                && !is_caps(l)
        })
    };
    named.or_else(|| person().map(str::to_owned)).or_else(|| {
        let conducted = paras.iter().zip(places).any(|(p, pl)| {
            *pl == Place::Byline
                && ["thuc hien", "interview by", "interviewed by"].iter().any(|m| p.key().contains(m))
        });
        conducted.then(|| iv.author.clone()).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::strip_credit;

    #[test]
    fn a_credit_is_cut_where_it_is_whatever_lowercase_does_to_the_letters_before() {
        assert_eq!(strip_credit("TS Đặng Quốc Bảo. Ảnh: Hoàng Long"), "TS Đặng Quốc Bảo.");
        assert_eq!(strip_credit("Photo: Dr. Le Thu Ha inspects a field"), "Dr. Le Thu Ha inspects a field");
        // "İ" lowercases to two characters: the offsets of a lowercased copy are not these
        assert_eq!(strip_credit("İİİ Ảnh: Hoàng Long"), "İİİ");
        assert_eq!(strip_credit("Quận Thanh Xuân nhìn từ trên cao"), "Quận Thanh Xuân nhìn từ trên cao");
    }
}
