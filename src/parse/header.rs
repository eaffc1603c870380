//! The page above the first turn: chrome, the headline, byline and date lines, then the
//! lead and captions. The headline is chosen by score, not by position: site names,
//! kickers and menus come first on a page, the headline sits by its byline and lead.

use super::Place;
use super::cues::{self, date_line, is_byline, is_caption, is_chrome};
use super::lang;
use super::name;
use super::para::{Marker, Para};
use crate::markup::Kind;

/// Places the paragraphs before the first turn (or, for an article without turns, all of
/// them: then only credits are captions, the rest is the article's text). With `markup`,
/// the headline is a top-level heading if the page has one, and nothing else.
pub fn header(paras: &[Para], places: &mut [Place], article: bool, markup: bool) {
    for (i, p) in paras.iter().enumerate() {
        places[i] = if p.kind == Kind::Caption {
            Place::Caption
        } else if is_chrome(p) {
            Place::Boilerplate
        } else if is_byline(p) || is_date_line(p) || is_author_line(paras, i) || cues::is_email(p) {
            Place::Byline
        } else {
            Place::Unclassified
        };
    }
    let first_lead = (0..paras.len())
        .find(|&i| places[i] == Place::Unclassified && is_lead_like(&paras[i]))
        .unwrap_or(paras.len());
    let headings = markup && paras.iter().any(|p| p.kind == Kind::Heading(1));
    let title = if headings {
        (0..paras.len()).find(|&i| paras[i].kind == Kind::Heading(1) && places[i] != Place::Caption)
    } else if markup {
        None
    } else {
        (0..first_lead)
            .filter(|&i| places[i] == Place::Unclassified && is_title(&paras[i]))
            .max_by_key(|&i| (title_score(paras, places, first_lead, i), std::cmp::Reverse(i)))
    };
    let mut from = 0;
    if let Some(t) = title {
        let (start, end) = if headings { (t, t) } else { title_span(paras, places, t) };
        places[start..=end].iter_mut().for_each(|p| *p = Place::Title);
        from = end + 1;
    }
    pick_date(paras, places, title);
    above_title_is_chrome(places, title);
    lead_and_captions(paras, &mut places[from..], from, article);
}

/// After the headline: the lead (and editor's notes), and the captions once it started.
fn lead_and_captions(paras: &[Para], places: &mut [Place], from: usize, article: bool) {
    let mut led = false;
    let mut prev = None;
    for (k, place) in places.iter_mut().enumerate() {
        if *place != Place::Unclassified {
            prev = Some(*place);
            continue;
        }
        let p = &paras[from + k];
        // a flattened lead's next sentence is more of the lead, unless a photo's credit
        // follows it ("Nghệ nhân X bên lò gốm. Ảnh: Minh Hà.")
        if p.glued && prev == Some(Place::Lead) && !cues::is_credit(p) && !credit_follows(paras, from + k) {
            *place = Place::Lead;
            continue;
        }
        // a short line after the lead is a caption, unless the markup sets it as text of note
        let short = p.words() <= 25
            && !p.asks()
            && !p.text.ends_with(':')
            && !super::turns::speaks_first_person(&p.text)
            && !p.is_bold()
            && p.kind != Kind::Heading(1);
        // (a sentence of a flattened line is a caption only before a photo's credit)
        let in_line = p.glued || paras.get(from + k + 1).is_some_and(|n| n.glued);
        let caption = match in_line {
            true => credit_follows(paras, from + k),
            // (a dash list's item, "- BS Phan Văn Toàn - Phó Vụ trưởng…", is no caption)
            false => led && !article && !p.text.starts_with(['-', '–']) && (is_caption(p) || short),
        };
        *place = if caption || cues::is_credit(p) {
            Place::Caption
        } else {
            led = true;
            Place::Lead
        };
        prev = Some(*place);
    }
}

/// The sentence after this one, glued to it, is a photo credit.
pub fn credit_follows(paras: &[Para], i: usize) -> bool {
    paras.get(i + 1).is_some_and(|n| n.glued && cues::is_credit(n))
}

/// A line whose point is its date: short, or mostly the date (with a weekday, a time, a
/// "Published"/"Cập nhật" word), not a sentence that mentions a day.
pub fn is_date_line(p: &Para) -> bool {
    let Some(found) = date_line(p) else { return false };
    let covered = found.span.len() * 100 / p.key().len().max(1);
    p.words() <= 8 || covered >= 35 || p.key_starts(|l| l.date_words)
}

/// Keeps the publication date: the date line nearest the headline, a time preferred; the
/// others (a header clock, an "updated" stamp) are chrome.
fn pick_date(paras: &[Para], places: &mut [Place], title: Option<usize>) {
    let dated: Vec<usize> = (0..paras.len())
        .filter(|&i| places[i] == Place::Byline && is_date_line(&paras[i]) && !is_byline(&paras[i]))
        .collect();
    let t = title.unwrap_or(0) as i64;
    let score = |i: usize| {
        let has_time = date_line(&paras[i]).is_some_and(|d| d.value.contains('T'));
        let distance = (i as i64 - t).abs();
        let updated = paras[i].key_starts(|l| l.updated_words);
        i64::from(has_time) * 3 - distance.min(6) - if i as i64 > t { 0 } else { 1 } - i64::from(updated) * 5
    };
    let best = dated.iter().copied().max_by_key(|&i| (score(i), std::cmp::Reverse(i)));
    for i in dated {
        if Some(i) != best {
            places[i] = Place::Boilerplate;
        }
    }
}

/// Above the headline everything is chrome, but for its byline and date lines.
fn above_title_is_chrome(places: &mut [Place], title: Option<usize>) {
    let Some(t) = title else { return };
    for place in &mut places[..t] {
        if *place == Place::Unclassified {
            *place = Place::Boilerplate;
        }
    }
}

/// A headline: a short line that does not end like a sentence and is not chrome, a byline
/// or a date. "Name: 'quote'" headlines count, though they look like a speaker label.
fn is_title(p: &Para) -> bool {
    let chars = p.text.chars().count();
    // "Name: 'quote'" and "GS Michael Turner: Việt Nam cần…" headlines look like labels
    let label_headline = p.label().is_some_and(|l| !lang::is_table_label(&crate::text::fold::fold_key(l)));
    p.words() >= 2
        && chars <= 250
        && !p.text.ends_with(['.', ','])
        && (p.marker == Marker::None || label_headline)
        && date_line(p).is_none()
        && !is_byline(p)
        && !cues::is_credit(p)
        && !p.key_starts(|l| l.editor_notes)
}

pub const QUOTES: [char; 8] = ['"', '“', '‘', '\'', '«', '„', '”', '’'];

/// The headline's paragraphs around the best candidate `t`: a headline cut in two
/// ("Nữ VĐV Bùi Thị Lan Anh:" then "'Tôi chạy…'"), and the headline before a standfirst
/// that scored higher.
fn title_span(paras: &[Para], places: &[Place], t: usize) -> (usize, usize) {
    let candidate = |i: usize| places[i] == Place::Unclassified && is_title(&paras[i]);
    let cut = |i: usize| paras[i].text.ends_with(':') && paras[i + 1].text.starts_with(QUOTES);
    if t + 1 < paras.len() && candidate(t + 1) && cut(t) {
        return (t, t + 1);
    }
    if t > 0 && candidate(t - 1) && cut(t - 1) {
        return (t - 1, t);
    }
    if t > 0 && candidate(t - 1) && paras[t - 1].words() >= 5 {
        return (t - 1, t - 1); // a headline, then its standfirst
    }
    (t, t)
}

/// How much a paragraph looks like the headline: long enough, right before the lead or by
/// a byline or date; site names, kickers and mastheads are short and come first.
fn title_score(paras: &[Para], places: &[Place], first_lead: usize, i: usize) -> i32 {
    let p = &paras[i];
    let words = p.words().min(14) as i32;
    let near = |j: usize| places.get(j).is_some_and(|pl| *pl == Place::Byline);
    let by_byline = near(i + 1) || near(i + 2) || (i > 0 && near(i - 1));
    let last_before_lead =
        (i + 1..first_lead).all(|j| places[j] != Place::Unclassified || !is_title(&paras[j]));
    let short = p.words() <= 4;
    let site = i <= 1 && (short || lang::contains_word(|l| l.site_words, p.key()));
    words + 6 * i32::from(by_byline) + 5 * i32::from(last_before_lead && first_lead < paras.len())
        - 8 * i32::from(short)
        - 12 * i32::from(site)
}

/// A paragraph that reads as running text: long, or a full sentence of some length.
pub fn is_lead_like(p: &Para) -> bool {
    let punctuated = p.text.contains([',', '.', ';', ':', '!', '?']);
    (p.words() >= 30 && punctuated) || (p.words() >= 12 && p.ends_sentence_strictly() && !p.asks())
}

/// A bare name printed by the headline, a date or a byline: the author ("Hồ Hạnh",
/// "TRUNG TÂN", "Thu Hà/VOV.VN").
fn is_author_line(paras: &[Para], i: usize) -> bool {
    let p = &paras[i];
    let beside =
        |j: usize| paras.get(j).is_some_and(|q| is_date_line(q) || is_byline(q) || cues::is_email(q));
    is_bare_name(p) && !is_chrome(p) && (beside(i + 1) || (i > 0 && beside(i - 1)))
}

/// 2–4 capitalised words and nothing else (an outlet after a slash allowed).
pub fn is_bare_name(p: &Para) -> bool {
    name::is_bare_name(p.text.split('/').next().unwrap_or_default())
}
