//! The interview laid out as styled lines for a width: the question list, each answer, the
//! transcript, the info sheet, the article. Wrapped once per width and query, then cached.

mod keys;
pub mod lines;
mod out;

use out::Out;

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use super::strings::Strings;
use super::theme::Theme;
use crate::export::{Item, Labels, caption_text, label, meta_line};
use crate::interview::{Exchange, Interview, Role};
use crate::text::fold::Query;

/// Wrapped lines; for the question list the line range of each entry; and the line of
/// each search match, in reading order.
#[derive(Debug, Default)]
pub struct Laid {
    pub lines: lines::Lines,
    pub entries: Vec<Range<usize>>,
    pub marks: Vec<usize>,
    /// For each match, the span of its line where it starts (to style the current one).
    pub mark_spans: Vec<usize>,
}

/// What to lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Questions,
    Replies(usize),
    Transcript,
    Info,
    Article,
}

/// The interview and its wrapped layouts.
pub struct Pages {
    pub iv: Arc<Interview>,
    pub exchanges: Vec<Exchange>,
    /// The questions have different askers: name them.
    askers: bool,
    /// Lay out ASCII only (a terminal whose locale is not UTF-8); the interview itself,
    /// which copies are made from, keeps its real text.
    ascii: bool,
    theme: Theme,
    strings: &'static Strings,
    cache: RefCell<HashMap<(Part, u16, u64), Rc<Laid>>>,
    counts: RefCell<Option<(u64, Counts)>>,
    /// The search keys: a key typed is a search of these, not a refold.
    keys: keys::Keys,
    /// The question list without a search, at a width: a search copies the entries
    /// without a match from it instead of wrapping them again.
    plain_questions: RefCell<Option<(u16, Rc<Laid>)>>,
}

/// Matches per entry of the question list: (in its question, in its replies).
pub type Counts = Rc<Vec<(usize, usize)>>;

/// The search in force, for highlighting: the query and its generation (the cache key).
#[derive(Clone, Copy)]
pub struct Highlight<'a> {
    pub query: Option<&'a Query>,
    pub generation: u64,
}

impl Pages {
    /// The question list: an introduction first when there is a lead or turns before the
    /// first question (it shows the title, the metadata and the lead), then each question.
    pub fn new(iv: Arc<Interview>, theme: Theme, strings: &'static Strings, ascii: bool) -> Pages {
        let mut exchanges = iv.exchanges();
        if needs_intro(&iv, &exchanges) {
            exchanges.insert(0, Exchange { question: None, replies: 0..0 });
        }
        let askers = {
            let mut speakers = iv.questions().filter_map(|(_, t)| t.speaker.as_deref());
            let first = speakers.next();
            speakers.any(|a| Some(a) != first)
        };
        let keys = keys::Keys::new(Arc::clone(&iv), askers);
        let (cache, counts, plain_questions) = (RefCell::default(), RefCell::default(), RefCell::default());
        Pages { iv, exchanges, askers, ascii, theme, strings, cache, counts, keys, plain_questions }
    }

    /// Number of entries in the question list (at least one, for an article).
    pub fn len(&self) -> usize {
        self.exchanges.len().max(1)
    }

    /// True when the list opens with an introduction (entry 0 has no question).
    pub fn has_intro(&self) -> bool {
        self.exchanges.first().is_some_and(|e| e.question.is_none())
    }

    /// How many questions the list has (the introduction is not one).
    pub fn questions(&self) -> usize {
        self.exchanges.len() - usize::from(self.has_intro())
    }

    /// The 1-based number of the question at `entry`, or `None` for the introduction.
    pub fn number(&self, entry: usize) -> Option<usize> {
        let ex = self.exchanges.get(entry)?;
        ex.question.map(|_| entry + 1 - usize::from(self.has_intro()))
    }

    /// The entry of question `n` (1-based), clamped to the first and last questions.
    pub fn entry_of(&self, n: usize) -> usize {
        let intro = usize::from(self.has_intro());
        (n.max(1) - 1 + intro).min(self.len() - 1)
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The laid-out part at `width`, highlighted for the search in force.
    pub fn get(&self, part: Part, width: u16, hl: Highlight) -> Rc<Laid> {
        if part == Part::Questions && hl.query.is_none() {
            return self.plain_questions(width);
        }
        let key = (part, width, hl.generation);
        if let Some(hit) = self.cache.borrow().get(&key) {
            return Rc::clone(hit);
        }
        // one query, and one width for each kind of part (the panes differ in width), the
        // old ones dropped before a new one is built: a resize storm keeps no layout per size
        let kind = std::mem::discriminant(&part);
        self.cache
            .borrow_mut()
            .retain(|(p, w, g), _| *g == hl.generation && (*w == width || std::mem::discriminant(p) != kind));
        let mut out = self.out(width, hl.query);
        match part {
            Part::Questions => self.lay_questions(&mut out),
            Part::Replies(ex) => self.lay_replies(&mut out, ex),
            Part::Transcript => self.lay_transcript(&mut out),
            Part::Info => self.lay_info(&mut out),
            Part::Article => self.lay_article(&mut out),
        }
        out.laid.lines.shrink_to_fit();
        let laid = Rc::new(out.laid);
        self.cache.borrow_mut().insert(key, Rc::clone(&laid));
        laid
    }

    /// Matches in the question of each entry and in its replies: the search's steps.
    /// Counted once per query (the footer asks on every frame).
    pub fn match_counts(&self, query: &Query, generation: u64) -> Counts {
        if let Some((g, counts)) = &*self.counts.borrow()
            && *g == generation
        {
            return Rc::clone(counts);
        }
        let count = |texts: &[String]| texts.iter().map(|t| query.find_in(t).len()).sum::<usize>();
        let keys = self.keys.of(query);
        let in_turn = |t: usize| keys.turns[t].iter().map(|k| query.count_in(k)).sum::<usize>();
        // what the list and the answer pane show, so the counts match the highlights
        let counts: Counts = Rc::new(
            self.exchanges
                .iter()
                .map(|ex| {
                    let q = ex.question.map_or(0, |q| query.count_in(&keys.questions[q]));
                    let heading = if ex.question.is_none() { count(&self.heading_texts()) } else { 0 };
                    (q, heading + ex.replies.clone().map(in_turn).sum::<usize>())
                })
                .collect(),
        );
        *self.counts.borrow_mut() = Some((generation, Rc::clone(&counts)));
        counts
    }

    /// A question as the list and the transcript show it.
    fn question_text(&self, q: usize) -> String {
        keys::question_text(&self.iv, self.askers, q)
    }

    fn lay_questions(&self, out: &mut Out) {
        if self.exchanges.is_empty() {
            out.para(self.strings.no_questions, None, self.theme.notice);
            out.laid.entries.push(0..out.laid.lines.len());
            return;
        }
        // with a search, a question without a match is as the list without one shows it
        let searched = out.query.map(|query| (query, self.keys.of(query), self.plain_questions(out.width)));
        for (e, ex) in self.exchanges.iter().enumerate() {
            let start = out.laid.lines.len();
            match (ex.question, self.number(e)) {
                (Some(q), Some(n)) => {
                    let unmatched =
                        searched.as_ref().filter(|(query, keys, _)| query.count_in(&keys.questions[q]) == 0);
                    // (and one with a match is the plain one cut at its matches)
                    let restyled = |out: &mut Out| {
                        let (_, _, plain) = searched.as_ref()?;
                        let text = self.question_text(q);
                        out.restyle(&plain.lines, plain.entries[e].clone(), &text, self.theme.text)
                            .then_some(())
                    };
                    if let Some((_, _, plain)) = unmatched {
                        out.laid.lines.extend_from(&plain.lines, plain.entries[e].clone());
                    } else if restyled(out).is_none() {
                        let number = format!("{n}. ");
                        let prefix = Some((number.as_str(), self.theme.number));
                        out.para(&self.question_text(q), prefix, self.theme.text);
                    }
                }
                // the introduction: unnumbered, so "1." is the first question
                _ => out.para(self.strings.opening, None, self.theme.meta),
            }
            out.laid.entries.push(start..out.laid.lines.len());
        }
    }

    /// A layout to build at `width`, highlighting `query`.
    fn out<'a>(&'a self, width: u16, query: Option<&'a Query>) -> Out<'a> {
        Out { laid: Laid::default(), width, query, theme: &self.theme, ascii: self.ascii }
    }

    /// The question list at `width` without a search, kept for the searches at that width.
    fn plain_questions(&self, width: u16) -> Rc<Laid> {
        if let Some((w, laid)) = &*self.plain_questions.borrow()
            && *w == width
        {
            return Rc::clone(laid);
        }
        let mut out = self.out(width, None);
        self.lay_questions(&mut out);
        let laid = Rc::new(out.laid);
        *self.plain_questions.borrow_mut() = Some((width, Rc::clone(&laid)));
        laid
    }

    /// An entry's replies; the introduction opens with the title, metadata and lead.
    fn lay_replies(&self, out: &mut Out, ex: usize) {
        let Some(exchange) = self.exchanges.get(ex) else { return self.lay_article(out) };
        if exchange.question.is_none() {
            self.heading(out);
        }
        for t in exchange.replies.clone() {
            self.turn(out, t);
        }
    }

    /// A reply turn: its label (when it has a speaker, or is the interviewer's) hanging.
    /// An unlabelled answer needs no label in its own pane, and the closing thanks is a
    /// remark, shown apart (in italics), never as a question.
    fn turn(&self, out: &mut Out, t: usize) {
        let turn = &self.iv.turns[t];
        let style = if turn.role == Role::Remark { self.theme.remark } else { self.theme.text };
        let label = label(turn, self.labels())
            .filter(|_| turn.speaker.is_some() || turn.role == Role::Question)
            .map(|l| format!("{l}: "));
        for (k, para) in turn.paragraphs.iter().enumerate() {
            out.gap();
            let prefix = label.as_deref().filter(|_| k == 0).map(|l| (l, self.theme.label));
            // a paragraph whose key holds no match is laid out without looking for one
            let found = out.query.is_none_or(|q| q.count_in(&self.keys.of(q).turns[t][k]) > 0);
            out.para_if(found, para, prefix, style);
        }
    }

    /// The whole interview: heading, then turns and captions where they stand, each
    /// question a numbered heading.
    fn lay_transcript(&self, out: &mut Out) {
        self.heading(out);
        let (mut n, mut i) = (0, 0);
        for item in crate::export::body(&self.iv) {
            let turn = match item {
                Item::Caption(c) => {
                    out.gap();
                    out.para(&caption_text(c, self.labels()), None, self.theme.meta);
                    continue;
                }
                Item::Turn(turn) => turn,
            };
            i += 1;
            if turn.role != Role::Question {
                self.turn(out, i - 1);
                continue;
            }
            n += 1;
            out.gap();
            out.gap();
            let start = out.laid.lines.len();
            out.laid.entries.push(start..start + 1);
            let number = format!("{n}. ");
            out.para(&self.question_text(i - 1), Some((&number, self.theme.number)), self.theme.heading);
        }
    }

    /// The words for unlabelled turns and captions, in the UI's language.
    fn labels(&self) -> Labels {
        Labels::for_lang(self.strings.lang)
    }

    /// Title, metadata line and lead: the top of the transcript and the article.
    fn heading(&self, out: &mut Out) {
        if let Some(title) = &self.iv.title {
            out.para(title, None, self.theme.title);
        }
        let meta = meta_line(&self.iv);
        if !meta.is_empty() {
            out.para(&meta, None, self.theme.meta);
        }
        for para in &self.iv.lead {
            out.gap();
            out.para(para, None, self.theme.text);
        }
    }

    /// The texts `heading` lays out, for counting matches.
    fn heading_texts(&self) -> Vec<String> {
        let meta = Some(meta_line(&self.iv)).filter(|m| !m.is_empty());
        self.iv.title.iter().cloned().chain(meta).chain(self.iv.lead.iter().cloned()).collect()
    }

    fn lay_article(&self, out: &mut Out) {
        out.para(self.strings.no_questions, None, self.theme.notice);
        out.gap();
        self.heading(out);
        for para in &self.iv.unclassified {
            out.gap();
            out.para(para, None, self.theme.text);
        }
    }

    fn lay_info(&self, out: &mut Out) {
        let s = self.strings;
        let iv = &self.iv;
        let who = iv.interviewee.as_ref();
        let fields = [
            (s.title, iv.title.clone()),
            (s.interviewee, who.and_then(|p| p.name.clone())),
            (s.role, who.and_then(|p| p.role.clone())),
            (s.author, iv.author.clone()),
            (s.interviewer, iv.interviewer.clone()),
            (s.published, iv.published.as_ref().map(|d| d.replace('T', " "))),
            (s.outlet, iv.outlet.clone()),
            (s.source, Some(iv.source.clone())),
        ];
        for (name, value) in fields {
            if let Some(value) = value {
                out.para(&value, Some((&format!("{name}: "), self.theme.label)), self.theme.text);
            }
        }
        let lists = [
            (s.lead, &iv.lead),
            (s.captions, &iv.captions),
            (s.other, &iv.unclassified),
            (s.notes, &iv.notes),
        ];
        for (name, list) in lists {
            if !list.is_empty() {
                out.gap();
                out.para(name, None, self.theme.heading);
                for para in list {
                    out.para(para, Some(("• ", self.theme.label)), self.theme.text);
                }
            }
        }
    }
}

/// True when the question list of `iv` opens with an introduction.
pub fn has_intro(iv: &Interview) -> bool {
    let exchanges = iv.exchanges();
    needs_intro(iv, &exchanges) || exchanges.first().is_some_and(|e| e.question.is_none())
}

/// A lead before the first question, which has no entry of its own yet.
fn needs_intro(iv: &Interview, exchanges: &[Exchange]) -> bool {
    iv.has_turns() && !iv.lead.is_empty() && exchanges.first().is_some_and(|e| e.question.is_some())
}
