//! An interview's search keys of each kind (folded, and toned for queries with marks):
//! each turn's paragraphs, and each question as the list shows it, made once for all the
//! searches. A long interview has them made on another core as soon as it opens, the
//! folded ones first (they are quicker to make, and most first keys have no marks), so
//! that its first search key finds them ready instead of folding megabytes.

use std::cell::OnceCell;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::interview::{Interview, Role};
use crate::text::fold::{Query, fold_key, tone_key};

/// From this much text on, the keys are made in the background when the interview opens
/// (below it, making them takes a few milliseconds).
const EARLY: usize = 1 << 20;

/// The keys of one kind.
pub struct Kind {
    /// Each turn's paragraphs.
    pub turns: Vec<Vec<String>>,
    /// Each question as the list shows it (by turn; empty for the other turns).
    pub questions: Vec<String>,
}

/// The keys of both kinds, made when first asked for, or early.
pub struct Keys {
    iv: Arc<Interview>,
    askers: bool,
    made: [OnceCell<Kind>; 2],
    /// The keys made early, each kind as it is ready (folded, then toned).
    early: Option<Receiver<Kind>>,
}

impl Keys {
    /// `askers`: the list names who asks each question.
    pub fn new(iv: Arc<Interview>, askers: bool) -> Keys {
        let size: usize = iv.turns.iter().flat_map(|t| &t.paragraphs).map(String::len).sum();
        let early = (size >= EARLY).then(|| Arc::clone(&iv)).and_then(|iv| {
            let (tx, rx) = mpsc::channel();
            let both = move || {
                for toned in [false, true] {
                    // (a receiver gone is an interview closed: nothing is left to make)
                    if tx.send(Kind::of(&iv, askers, toned)).is_err() {
                        return;
                    }
                }
            };
            // (a thread that cannot start leaves the keys to be made when asked for)
            std::thread::Builder::new().name("search keys".into()).spawn(both).ok().map(|_| rx)
        });
        Keys { iv, askers, made: Default::default(), early }
    }

    /// The keys of the query's kind: made early (waited for, if they are on their way), or
    /// now.
    pub fn of(&self, query: &Query) -> &Kind {
        let toned = usize::from(query.is_toned());
        if let Some(early) = &self.early {
            // the kinds arrive in order, each cell set once: from the first unset one on,
            // until the one asked for (a thread that ended early leaves the rest to be made)
            let first = self.made.iter().position(|c| c.get().is_none()).unwrap_or(2);
            for cell in self.made.iter().take(toned + 1).skip(first) {
                match early.recv() {
                    Ok(kind) => drop(cell.set(kind)),
                    Err(_) => break,
                }
            }
        }
        self.made[toned].get_or_init(|| Kind::of(&self.iv, self.askers, toned == 1))
    }
}

impl Kind {
    fn of(iv: &Interview, askers: bool, toned: bool) -> Kind {
        let key = if toned { tone_key } else { fold_key };
        let turns = iv.turns.iter().map(|t| t.paragraphs.iter().map(|p| key(p)).collect()).collect();
        let asked = |(i, t): (usize, &crate::interview::Turn)| match t.role {
            Role::Question => key(&question_text(iv, askers, i)),
            _ => String::new(),
        };
        Kind { turns, questions: iv.turns.iter().enumerate().map(asked).collect() }
    }
}

/// Question turn `q` as the list and the transcript show it: who asked, when the askers
/// differ (readers' questions, a panel's hosts; not "PV" before every one), then the
/// question.
pub fn question_text(iv: &Interview, askers: bool, q: usize) -> String {
    let turn = &iv.turns[q];
    let text = turn.paragraphs.join(" ");
    match &turn.speaker {
        Some(who) if askers => format!("{who}: {text}"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::pages::{Highlight, Pages, Part};
    use crate::tui::{strings, theme::Theme};

    fn sample() -> Interview {
        let text = include_str!("../../../data/hanoimoi-2023-thanh-xuan.txt");
        crate::parse::parse(&crate::text::clean(text), "sample.txt")
    }

    #[test]
    fn a_search_lays_the_question_list_as_without_it_with_the_matches_marked() {
        let pages = Pages::new(Arc::new(sample()), Theme::colour(), &strings::EN, false);
        let plain = pages.get(Part::Questions, 50, Highlight { query: None, generation: 0 });
        let query = Query::new("xuân").expect("a query");
        let found = pages.get(Part::Questions, 50, Highlight { query: Some(&query), generation: 1 });
        assert_eq!((found.lines.len(), &found.entries), (plain.lines.len(), &plain.entries));
        let text = |l: ratatui::text::Line| l.spans.iter().map(|s| s.content.to_string()).collect::<String>();
        let restyled = (0..plain.lines.len()).filter(|&i| found.lines.line(i) != plain.lines.line(i)).count();
        assert!((0..plain.lines.len()).all(|i| text(found.lines.line(i)) == text(plain.lines.line(i))));
        assert!(
            restyled > 0 && !found.marks.is_empty() && found.marks.iter().all(|&m| m < plain.lines.len())
        );
    }

    /// The sample's turns repeated until its keys are made early.
    fn long_sample() -> Interview {
        let mut iv = sample();
        let turns = iv.turns.clone();
        while iv.turns.iter().flat_map(|t| &t.paragraphs).map(String::len).sum::<usize>() < EARLY {
            iv.turns.extend(turns.iter().cloned());
        }
        iv
    }

    #[test]
    fn a_long_interview_has_its_keys_made_early_and_the_same() {
        let iv = Arc::new(long_sample());
        let keys = Keys::new(Arc::clone(&iv), true);
        assert!(keys.early.is_some());
        for q in ["xuan", "Xuân", "xuan"] {
            let query = Query::new(q).expect("a query");
            let direct = Kind::of(&iv, true, query.is_toned());
            let made = keys.of(&query);
            assert_eq!((&made.turns, &made.questions), (&direct.turns, &direct.questions), "{q}");
        }
        assert!(keys.made.iter().all(|c| c.get().is_some()));
    }

    #[test]
    fn a_toned_query_first_takes_the_early_keys_of_both_kinds_in_order() {
        let iv = Arc::new(long_sample());
        let keys = Keys::new(Arc::clone(&iv), false);
        let toned = Query::new("Xuân").expect("a query");
        let made = keys.of(&toned);
        assert_eq!(made.turns, Kind::of(&iv, false, true).turns);
        let folded = keys.made[0].get().expect("the folded keys, received on the way");
        assert_eq!(folded.turns, Kind::of(&iv, false, false).turns);
    }
}
