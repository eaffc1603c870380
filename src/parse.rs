//! From cleaned text to an [`Interview`]: paragraphs, convention, turns, metadata, chrome.
//!
//! Conventions are data (`vi`, `en` tables); the parser weighs cues from all of them.
//! Every paragraph lands in exactly one place of the model.

mod bold;
pub mod cues;
pub mod date;
mod en;
mod fiction;
pub mod header;
pub mod lang;
pub mod lines;
mod meta;
pub mod name;
pub mod para;
pub mod sentences;
mod speakers;
pub mod turns;
mod vi;
pub mod voice;

use crate::interview::Interview;
use crate::markup::{Document, Kind};
use para::Para;
use speakers::{Side, Speakers};
use turns::{Convention, Segmenter};

/// Where a paragraph landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Title,
    Byline,
    Lead,
    Caption,
    Turn,
    Boilerplate,
    Unclassified,
}

/// Parses an article. `source` names it in the model ("-" for stdin).
///
/// ```
/// let iv = phongvan::parse::parse("Tiêu đề bài\n\n- Ông nghĩ sao?\n\n- Tôi đồng ý.\n", "-");
/// assert_eq!(iv.title.as_deref(), Some("Tiêu đề bài"));
/// assert_eq!(iv.turns.len(), 2);
/// ```
pub fn parse(text: &str, source: &str) -> Interview {
    parse_traced(text, source).0
}

/// [`parse`], letting go of the text as soon as its paragraphs hold it (for large
/// articles: the text is not kept twice).
pub fn parse_owned(text: String, source: &str) -> Interview {
    let (paras, joined) = lines::paragraphs_noted(&text);
    drop(text);
    parse_paras(paras, joined, source, false).0
}

/// Parses, and also says where each paragraph landed (for tools and tests).
pub fn parse_traced(text: &str, source: &str) -> (Interview, Vec<(String, Place)>) {
    let (paras, joined) = lines::paragraphs_noted(text);
    parse_paras(paras, joined, source, false)
}

/// Parses an article a front end read (HTML, Markdown): its blocks are paragraphs that
/// carry their markup, and the page's own metadata comes first where it has any.
///
/// ```
/// let page = "<h1>Cuộc trò chuyện</h1><div class=content><p><b>Ông nghĩ sao về dự án, thưa ông?</b></p>\
///             <p>Tôi nghĩ rằng, dự án này rất tốt, và cần làm ngay.</p><p><strong>Khi nào xong?</strong></p>\
///             <p>Năm sau, nếu mọi việc thuận lợi, sẽ xong.</p></div>";
/// let iv = phongvan::parse::parse_document(&phongvan::markup::html::document(page), "a.html");
/// assert_eq!(iv.title.as_deref(), Some("Cuộc trò chuyện"));
/// assert_eq!(iv.turns.len(), 4);
/// ```
pub fn parse_document(doc: &Document, source: &str) -> Interview {
    parse_document_traced(doc, source).0
}

/// [`parse_document`], saying where each paragraph landed.
pub fn parse_document_traced(doc: &Document, source: &str) -> (Interview, Vec<(String, Place)>) {
    let (mut paras, joined) = lines::from_blocks(&doc.blocks);
    if let Some(title) = &doc.page.title {
        mark_headline(&mut paras, title);
    }
    bold::mark(&mut paras);
    let (mut iv, trace) = parse_paras(paras, joined, source, true);
    meta::page(&mut iv, &doc.page);
    if doc.ours {
        // our own "Q" and "A" ("Hỏi", "Đáp") stand for turns without a label
        for t in &mut iv.turns {
            t.speaker = t.speaker.take().filter(|s| !crate::export::Labels::is_stand_in(s));
        }
    }
    iv.notes.splice(0..0, doc.notes.iter().cloned());
    (iv, trace)
}

/// The paragraph that prints the page's title is its headline (a heading or not).
fn mark_headline(paras: &mut [Para], title: &str) {
    let key = crate::text::fold::fold_key(title);
    let same = |p: &Para| p.key() == key;
    if paras.iter().any(|p| p.kind == Kind::Heading(1) && same(p)) {
        return;
    }
    if let Some(p) = paras.iter_mut().take(40).find(|p| same(p)) {
        p.kind = Kind::Heading(1);
    }
}

/// The one parser: places every paragraph. With `markup`, a page's headline is one of its
/// headings (no other paragraph is taken for it).
fn parse_paras(
    mut paras: Vec<Para>,
    joined: Option<String>,
    source: &str,
    markup: bool,
) -> (Interview, Vec<(String, Place)>) {
    turns::unmark_intro_list(&mut paras);
    let speakers = Speakers::new(&paras);
    let mut places = vec![Place::Unclassified; paras.len()];
    // for each paragraph, how many turns come before it (where a caption stands)
    let mut before = vec![0; paras.len()];
    let mut iv = Interview { source: source.to_owned(), ..Interview::default() };
    let conv = Convention::detect(&paras, &speakers).filter(|_| !fiction::is_fiction(&paras));
    if let Some(conv) = conv {
        voice::mark(&mut paras, conv, &speakers);
    }
    let start = conv.and_then(|c| first_turn(&paras, c, &speakers));
    let turns = match (conv, start) {
        (Some(conv), Some(start)) => {
            segment(&paras, &speakers, conv, start, (&mut places, &mut before), markup)
        }
        _ => None,
    };
    match turns {
        Some(turns) => iv.turns = turns,
        None => {
            places.fill(Place::Unclassified);
            before.fill(0);
            header::header(&paras, &mut places, true, markup);
            iv.notes.push("no question/answer structure found; shown as an article".to_owned());
        }
    }
    iv.notes.extend(joined);
    meta::fill(&mut iv, &paras, (&places, &before), &speakers);
    let trace = paras.into_iter().map(|p| p.text).zip(places).collect();
    (iv, trace)
}

/// Where the body starts: the first turn on the interviewer's side, or the unmarked
/// question just before a first answer that carries its mark ("Anh có thể giải thích…?" /
/// "- Đàm Vĩnh Hưng: Trước đó…", or the first dash where the dashes answer first).
fn first_turn(paras: &[Para], conv: Convention, speakers: &Speakers) -> Option<usize> {
    let asks = paras.iter().position(|p| conv.opens_exchange(p, speakers));
    let first = paras.iter().position(|p| conv.opens_turn(p, speakers));
    let asked_before = |f: usize| f > 0 && paras[f - 1].asks() && paras[f - 1].marker == para::Marker::None;
    // only the guest is named: the first named answer's question opens the body (questions
    // before it are the lead's: "Tiêm vắc xin có an toàn không?")
    let named = conv.labels && !speakers.any(Side::Interviewer);
    let answer = paras.iter().position(|p| speakers.side(p) == Some(Side::Interviewee));
    // (unless marked turns open before it: dash exchanges, then a named one)
    let marked = |p: &Para| p.marker == para::Marker::Dash || speakers.side(p).is_some();
    let earlier = answer.is_some_and(|f| paras[..f.saturating_sub(1)].iter().any(marked));
    if let Some(f) = answer.filter(|&f| named && !earlier && asked_before(f)) {
        return Some(f - 1);
    }
    match (asks, first) {
        (Some(a), Some(f)) if (f < a || conv.answer_first) && asked_before(f) => Some(f - 1),
        (asks, first) => asks.or(first),
    }
}

/// Cuts the body into turns and places the page around it; `None` when no one answers
/// (questions nobody replies to are a quiz or a headline, not an interview).
fn segment(
    paras: &[Para],
    speakers: &Speakers,
    conv: Convention,
    start: usize,
    (places, before): (&mut [Place], &mut [usize]),
    markup: bool,
) -> Option<Vec<crate::interview::Turn>> {
    let last = last_turn(paras, start, |p| conv.opens_turn(p, speakers) && !is_aside(p));
    let end = body_end(paras, start, last);
    let mut seg = Segmenter::new(conv, speakers);
    body(paras, start..end, &mut seg, places, before);
    before[end..].fill(seg.turns.len());
    // questions without a mark: the questions and answers must sound like an interview
    // (unless a question is answered by the guest's name: "PGS.TS. X: Mặc dù…")
    let unmarked = conv.unmarked_questions && !conv.dashes && !named_reply(&seg.turns);
    if !seg.turns.iter().any(|t| t.role == crate::interview::Role::Answer)
        || (unmarked && !voice::sounds_like_interview(&seg.turns, paras))
    {
        return None;
    }
    header::header(&paras[..start], &mut places[..start], false, markup);
    meta::footer(&paras[end..], &mut places[end..]);
    Some(seg.turns)
}

/// A question answered at length by a person named in the answer's label ("PGS.TS. Đào
/// Xuân Cơ: Mặc dù…"), not by a headline quoting someone ("Tổng giám đốc X: 225 tỷ đồng…")
/// nor by a writer's "Trả lời:".
fn named_reply(turns: &[crate::interview::Turn]) -> bool {
    use crate::interview::{Role, Turn};
    let answers = |t: &Turn| {
        let first = t.paragraphs.first().map(String::as_str).unwrap_or_default();
        let words = first.split_whitespace().count();
        // (a reply cut with the page ends no sentence, but is no headline's length)
        let sentence =
            first.trim_end_matches(['"', '”', ')']).ends_with(['.', '!', '…']) || words >= 2 * NAMED_REPLY;
        let named = t.speaker.as_deref().and_then(name::person_label).is_some();
        t.role == Role::Answer && named && sentence && words >= NAMED_REPLY
    };
    turns.windows(2).any(|w| w[0].role == Role::Question && answers(&w[1]))
}

/// How many words a named reply's first paragraph has at least.
const NAMED_REPLY: usize = 12;

/// The last paragraph that opens a turn: a marked one, or an unmarked question that gets a
/// reply (related headlines after the footer ask too, but nothing answers them).
fn last_turn(paras: &[Para], start: usize, opens: impl Fn(&Para) -> bool) -> usize {
    // (a flattened body's last reply may be cut short: a page saved in part)
    let replied = |i: usize| {
        paras.get(i + 1).is_some_and(|n| {
            n.marker == para::Marker::None && !n.asks() && n.words() >= 3 && (n.ends_sentence() || n.glued)
        })
    };
    (start..paras.len())
        .rev()
        .find(|&i| opens(&paras[i]) && (paras[i].marker != para::Marker::None || replied(i)))
        .unwrap_or(start)
}

/// The body's last paragraph, or the last before the footer: where an author signs.
fn is_last_words(paras: &[Para], i: usize) -> bool {
    paras.get(i + 1).is_none_or(|n| cues::is_footer_marker(n) || cues::is_chrome(n))
}

/// A paragraph of the page rather than the interview: chrome or a footer line.
fn is_aside(p: &Para) -> bool {
    cues::is_chrome(p) || cues::is_footer_marker(p)
}

/// Where the body ends: at the first footer marker after the last turn opens (markers
/// before it are widgets inside the page, such as an advertisement), less any run of
/// headline-like lines just before it.
fn body_end(paras: &[Para], start: usize, last: usize) -> usize {
    let mut end = (last + 1..paras.len()).find(|&i| cues::is_footer_marker(&paras[i])).unwrap_or(paras.len());
    // (the text's last paragraph, long, after a long one: a reply cut with the page)
    let cut = |i: usize| {
        i + 1 == paras.len()
            && paras[i].words() >= speakers::CUT_REPLY
            && paras[i - 1].words() >= speakers::CUT_REPLY
    };
    while end > start + 1 && is_headline(&paras[end - 1]) && !cut(end - 1) {
        end -= 1;
    }
    end
}

/// A short unpunctuated line such as a related article's headline.
fn is_headline(p: &Para) -> bool {
    p.marker == para::Marker::None
        && !p.glued
        && p.words() <= 25
        && !p.ends_sentence()
        && !cues::is_numbered(&p.text)
        && !cues::is_byline(p)
}

/// A caption between turns. In a flattened body, only a photo credit and the sentence it
/// follows: a short sentence naming someone is as likely the answer's.
fn is_caption_here(paras: &[Para], i: usize) -> bool {
    let p = &paras[i];
    // the reply to the last question, cut short with the page: no caption's end, but no
    // caption's length either
    let cut_reply = i + 1 == paras.len() && i > 0 && paras[i - 1].asks() && p.words() >= speakers::CUT_REPLY;
    if cut_reply && !p.ends_sentence() {
        return false;
    }
    match p.glued {
        true => cues::is_credit(p) || header::credit_follows(paras, i),
        false => cues::is_caption(p),
    }
}

/// Places body paragraphs: turns, and the captions, bylines and chrome between them;
/// `before` gets the number of turns before each.
fn body(
    paras: &[Para],
    range: std::ops::Range<usize>,
    seg: &mut Segmenter,
    places: &mut [Place],
    before: &mut [usize],
) {
    let quotes = std::cell::OnceCell::new();
    let pull_quote = |i: usize| quotes.get_or_init(|| cues::PullQuotes::new(paras)).is(i);
    for i in range {
        let p = &paras[i];
        let opens = seg.conv.opens_turn(p, seg.speakers);
        places[i] = if opens {
            seg.take(p, paras.get(i + 1));
            Place::Turn
        } else if p.marker == para::Marker::Separator {
            seg.separator();
            Place::Boilerplate
        } else if seg.is_fresh() && !cues::is_chrome(p) && seg.take(p, paras.get(i + 1)) {
            Place::Turn
        } else if cues::is_byline(p) || (header::is_bare_name(p) && is_last_words(paras, i)) {
            Place::Byline
        } else if cues::is_chrome(p) || pull_quote(i) {
            Place::Boilerplate
        } else if p.marker == para::Marker::None && (p.kind == Kind::Caption || is_caption_here(paras, i)) {
            Place::Caption
        } else if cues::is_subhead(p, paras.get(i + 1)) {
            Place::Unclassified
        } else if seg.take(p, paras.get(i + 1)) {
            Place::Turn
        } else {
            Place::Unclassified
        };
        before[i] = seg.turns.len();
    }
}

#[cfg(test)]
mod tests;
