//! Stepping through search matches: n/N across questions and answers, or the document.

use super::{App, View};
use crate::tui::pages::Part;

/// Where a match is in the interview view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spot {
    /// In the question of entry `.0`.
    Question(usize),
    /// The `.1`-th match in the replies of entry `.0`.
    Reply(usize, usize),
}

impl App {
    /// The matches in the view, in reading order, and where the reader is among them.
    pub fn match_status(&self) -> Option<(usize, usize)> {
        let query = self.search.query.as_ref()?;
        let r = self.reader.as_ref()?;
        let total = match r.view {
            View::Interview if r.pages.iv.has_turns() => {
                r.pages.match_counts(query, self.search.generation).iter().map(|(q, a)| q + a).sum()
            }
            _ => self.laid(self.part()?).marks.len(),
        };
        Some((self.search.current.min(total.saturating_sub(1)), total))
    }

    /// After Enter: the first match at or after where the reader is.
    pub(super) fn first_match(&mut self) {
        let (Some(query), Some(r)) = (self.search.query.as_ref(), self.reader.as_ref()) else { return };
        if r.view != View::Interview || !r.pages.iv.has_turns() {
            let laid = self.laid(self.part().expect("a reader is open"));
            let at = self.reader.as_ref().map_or(0, |r| r.doc_scroll);
            let target = laid.marks.iter().position(|&l| l >= at).unwrap_or(0);
            return self.goto_doc_match(target);
        }
        let counts = r.pages.match_counts(query, self.search.generation);
        let before: usize = counts[..r.selected].iter().map(|(q, a)| q + a).sum();
        let total: usize = counts.iter().map(|(q, a)| q + a).sum();
        self.goto_match(if before < total { before } else { 0 });
    }

    /// n / N: the next or previous match, wrapping around.
    pub(super) fn step_match(&mut self, forward: bool) {
        let Some((current, total)) = self.match_status() else { return };
        if total == 0 {
            self.status = Some(self.strings.no_match.to_owned());
            return;
        }
        let target = if forward { (current + 1) % total } else { (current + total - 1) % total };
        let interview =
            self.reader.as_ref().is_some_and(|r| r.view == View::Interview && r.pages.iv.has_turns());
        if interview { self.goto_match(target) } else { self.goto_doc_match(target) }
    }

    fn goto_match(&mut self, target: usize) {
        let Some(spot) = self.spot(target) else { return };
        self.search.current = target;
        let (entry, line) = match spot {
            Spot::Question(e) => (e, None),
            Spot::Reply(e, k) => (e, Some(k)),
        };
        self.select(entry);
        let line = line.and_then(|k| self.laid(Part::Replies(entry)).marks.get(k).copied());
        if let (Some(r), Some(line)) = (&mut self.reader, line) {
            r.scroll = line.saturating_sub(2);
        }
    }

    fn goto_doc_match(&mut self, target: usize) {
        let Some(part) = self.part() else { return };
        let line = self.laid(part).marks.get(target).copied();
        self.search.current = target;
        if let (Some(r), Some(line)) = (&mut self.reader, line) {
            if r.view == View::Interview {
                r.scroll = line.saturating_sub(2)
            } else {
                r.doc_scroll = line.saturating_sub(2)
            }
        }
    }

    /// The `target`-th match of the interview view.
    fn spot(&self, mut target: usize) -> Option<Spot> {
        let r = self.reader.as_ref()?;
        let counts = r.pages.match_counts(self.search.query.as_ref()?, self.search.generation);
        for (e, &(q, a)) in counts.iter().enumerate() {
            if target < q {
                return Some(Spot::Question(e));
            }
            if target < q + a {
                return Some(Spot::Reply(e, target - q));
            }
            target -= q + a;
        }
        None
    }
}
