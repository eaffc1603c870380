//! Building turns one paragraph at a time, in the convention the article uses.

use super::{Convention, addresses_guest, answers_prompt, is_prompt};
use crate::interview::{Role, Turn};
use crate::parse::cues::is_thanks;
use crate::parse::para::{self, Marker, Para, Voice};
use crate::parse::speakers::{Side, Speakers};
use crate::text::chars::to_lowercase;

/// A statement this long after a question that asked is its answer, named or not.
const UNNAMED_ANSWER: usize = 12;

/// Builds turns one paragraph at a time.
pub struct Segmenter<'a> {
    pub conv: Convention,
    pub speakers: &'a Speakers,
    pub turns: Vec<Turn>,
    /// A separator line ("-") just closed an exchange: what comes next asks.
    fresh: bool,
    /// An asker's name printed on its own line, for the question that follows.
    asker: Option<String>,
    /// The bullet of the "- " list inside the current turn, while in one.
    list: Option<char>,
}

impl<'a> Segmenter<'a> {
    pub fn new(conv: Convention, speakers: &'a Speakers) -> Segmenter<'a> {
        Segmenter { conv, speakers, turns: Vec::new(), fresh: false, asker: None, list: None }
    }

    /// True right after a separator, when the next paragraph opens an exchange.
    pub fn is_fresh(&self) -> bool {
        self.fresh
    }

    /// A separator line: the next paragraph opens a new exchange.
    pub fn separator(&mut self) {
        self.fresh = !self.turns.is_empty();
    }

    /// Takes a body paragraph (`next` is the one after it): opens a turn, or continues the
    /// current one. Returns false when the paragraph is neither (the caller places it).
    pub fn take(&mut self, p: &Para, next: Option<&Para>) -> bool {
        if self.conv.opens_turn(p, self.speakers) && !self.is_list_item(p) {
            self.take_opening(p);
            return true;
        }
        self.list = self.is_list_item(p).then(|| p.text.chars().next()).flatten();
        if p.marker == Marker::Separator {
            return false;
        }
        if self.fresh {
            return self.take_fresh(p, next);
        }
        let Some(last) = self.turns.last() else {
            // the question just before a first answer that carries its mark
            if p.asks() {
                self.open(Role::Question, None, &p.text);
            }
            return p.asks();
        };
        // in a flattened body, what follows the closing thanks is the page's, not the remark's
        if last.role == Role::Remark && p.glued && !p.asks() && p.voice != Voice::Asks {
            return false;
        }
        match self.unmarked_role(last.role, p, next) {
            Some(role) => self.open(role, None, &p.text),
            None => self.continue_with(p, &p.text),
        }
        true
    }

    /// The paragraph goes on the current turn: as a paragraph of its own, or (a sentence of
    /// a flattened body) running on in the paragraph it was cut from.
    fn continue_with(&mut self, p: &Para, body: &str) {
        let last = self.turns.last_mut().expect("a turn to continue");
        match last.paragraphs.last_mut() {
            Some(para) if p.glued => {
                para.push(' ');
                para.push_str(body);
            }
            _ => last.paragraphs.push(body.to_owned()),
        }
    }

    fn take_opening(&mut self, p: &Para) {
        let mut role = self.role_of(p);
        // an unmarked "?" right after an unanswered question, not addressed to the guest, is
        // the guest's reply ("Who doesn't like receiving?")
        let unanswered = self.turns.last().is_some_and(|t| t.role == Role::Question);
        if unanswered
            && !p.glued
            && p.marker == Marker::None
            && self.speakers.side(p).is_none()
            && !addresses_guest(&p.text)
        {
            role = Role::Answer;
        }
        let speaker = p.label().filter(|_| self.speakers.side(p).is_some()).map(str::to_owned);
        let body = if speaker.is_some() || p.marker == Marker::Dash { p.body() } else { &p.text };
        // a question's context paragraph, then the question itself: one turn
        // (or, in a flattened body, its next sentence)
        if let Some(last) = self.turns.last()
            && role == Role::Question
            && speaker.is_none()
            && last.role == Role::Question
            && (p.glued || last.paragraphs.last().is_some_and(|q| !para::asks(q)))
        {
            self.continue_with(p, body);
            return;
        }
        let asker = self.asker.take();
        self.open(role, speaker.or(asker), body);
    }

    /// The role an unmarked paragraph opens, if it opens one: the answer after a question
    /// (when answers are unmarked); a closing remark or a prompt after an answer (when
    /// questions are).
    fn unmarked_role(&self, last: Role, p: &Para, next: Option<&Para>) -> Option<Role> {
        let unmarked_q = self.conv.unmarked_questions && p.marker == Marker::None;
        match last {
            Role::Question if self.question_goes_on(p, next) => None,
            Role::Question | Role::Remark if self.conv.unmarked_answers => Some(Role::Answer),
            Role::Question if self.answer_lost_its_dash(p) => Some(Role::Answer),
            // a flattened answer's sentences are not prompts: its questions were found apart
            // (and "Tôi cảm ơn sự quan tâm đó…" is the guest's own thanks)
            Role::Answer if p.glued && (!is_thanks(p, &p.text) || speaks_as_i(p)) => None,
            Role::Answer if unmarked_q && is_thanks(p, &p.text) => Some(Role::Remark),
            Role::Answer if unmarked_q && is_prompt(p) && next.is_some_and(|n| answers_prompt(p, n)) => {
                Some(Role::Question)
            }
            _ => None,
        }
    }

    /// In a flattened body, the sentence after a question's context, or after its first
    /// question, is more of the question: "- Context. Question? Another question?"
    fn question_goes_on(&self, p: &Para, next: Option<&Para>) -> bool {
        let asked = self.last_asked();
        let asks_next = next.is_some_and(|n| n.glued && n.asks());
        p.glued && p.voice != Voice::Rhetorical && (p.asks() || (!asked && asks_next))
    }

    /// With dashes on both sides, a statement after a question that has asked is the
    /// answer, its dash lost ("- Anh có hối hận không? Nếu tôi làm thực sự…"); so is one
    /// after a question where only the first answers carried the guest's name.
    /// In a flattened body, any statement after a question that has asked is the answer
    /// (its label or dash lost, or never there after the first exchange).
    fn answer_lost_its_dash(&self, p: &Para) -> bool {
        let both = self.conv.dashes && !self.conv.unmarked_answers && !self.conv.unmarked_questions;
        let asked = self.last_asked();
        // (not where the guest's turns carry his name instead)
        let named = self.conv.labels && !self.speakers.any(Side::Interviewer);
        let statement = asked && p.marker == Marker::None && !p.asks() && p.words() >= 3;
        // answers named on the first exchanges, then not ("PGS.TS. X: …" twice, then none)
        let unnamed = self.conv.labels && self.conv.unmarked_questions && !self.conv.unmarked_answers;
        let unnamed = unnamed && p.words() >= UNNAMED_ANSWER && p.ends_sentence();
        statement && ((both && !named) || (p.glued && p.voice != Voice::Asks) || unnamed)
    }

    /// A "- " line in a list the answer introduced with a colon, not a new turn.
    fn is_list_item(&self, p: &Para) -> bool {
        let Some(last) = self.turns.last() else { return false };
        let after_colon = last.paragraphs.last().is_some_and(|q| q.trim_end().ends_with(':'));
        let same_bullet = self.list.is_some_and(|b| p.text.starts_with(b));
        p.marker == Marker::Dash && (after_colon || same_bullet) && !p.asks() && p.words() <= 40
    }

    /// After a separator: an asker's name line, then the question, whatever its marking.
    fn take_fresh(&mut self, p: &Para, next: Option<&Para>) -> bool {
        let short = p.words() <= 12 && !p.ends_sentence_strictly();
        if short && self.asker.is_none() && next.is_some_and(|n| n.marker == Marker::None && n.asks()) {
            self.asker = Some(p.text.clone());
            return true;
        }
        let speaker = self.asker.take();
        self.open(Role::Question, speaker, &p.text);
        true
    }

    fn open(&mut self, role: Role, speaker: Option<String>, body: &str) {
        self.fresh = false;
        self.list = None;
        self.turns.push(Turn { role, speaker, paragraphs: vec![body.to_owned()] });
    }

    /// The current turn's last paragraph ends asking.
    fn last_asked(&self) -> bool {
        self.turns.last().and_then(|t| t.paragraphs.last()).is_some_and(|q| para::asks(q))
    }

    fn last_role(&self) -> Option<Role> {
        self.turns.last().map(|t| t.role)
    }

    /// The role of a paragraph that opens a turn.
    fn role_of(&self, p: &Para) -> Role {
        let asking = match (self.speakers.side(p), p.marker.clone()) {
            (Some(side), _) if self.conv.labels => side == Side::Interviewer,
            _ if self.conv.bold && p.bold_question => true,
            (_, Marker::Dash) => self.dash_asks(p),
            _ => true, // an unmarked question
        };
        match asking {
            // "Xin chào Đại sứ, cảm ơn ông… Trước tiên, xin ông cho biết…?" asks
            true if is_thanks(p, p.body()) && !p.asks() => Role::Remark,
            true => Role::Question,
            false => Role::Answer,
        }
    }

    /// In the dash convention: which side this dash turn is on.
    fn dash_asks(&self, p: &Para) -> bool {
        if let Some((q, a)) = self.conv.bullets {
            match super::bullet(&p.text) {
                b if b == q => return true,
                b if b == a => return false,
                _ => {}
            }
        }
        // (dashes on questions: but one after a question that asked, not asking itself, is
        // the guest's answer given a dash too: "- …không? - Một người đàn ông đập phá…")
        if self.conv.unmarked_answers {
            let answered = self.last_role() == Some(Role::Question) && self.last_asked();
            return !answered || p.reads_as_question();
        }
        if self.conv.unmarked_questions {
            return false;
        }
        match self.last_role() {
            None => !self.conv.answer_first,
            Some(Role::Answer) => true,
            Some(Role::Question) => false,
            // after the interviewer's remark, a question or the interviewee's reply
            Some(Role::Remark) => p.reads_as_question(),
        }
    }
}

/// Says "tôi", "chúng tôi": the guest speaking, not the interviewer.
fn speaks_as_i(p: &Para) -> bool {
    crate::parse::lang::contains_word(|l| l.first_person_strict, &to_lowercase(&p.text))
}
