//! Stepping through search matches: n/N across questions and answers, or the document.

use super::{App, View};
use crate::tui::pages::Part;

/// Where a match is in the interview view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spot {
    /// The `.1`-th match in the question of entry `.0`.
    Question(usize, usize),
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

    /// The first match at or after where the reader is (from the top of the pane).
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
        let (q, a) = counts.get(r.selected).copied().unwrap_or_default();
        // scrolled into the answer: its question and the lines above are behind
        let skipped = if r.scroll == 0 {
            0
        } else {
            let marks = self.laid(Part::Replies(r.selected)).marks.iter().filter(|&&l| l < r.scroll).count();
            q + marks.min(a)
        };
        let target = before + skipped;
        self.goto_match(if target < total { target } else { 0 });
    }

    /// The match the reader is on, as the `k`-th match of `part`'s layout, to style it.
    pub fn current_mark(&self, part: Part) -> Option<usize> {
        let (current, total) = self.match_status()?;
        let r = self.reader.as_ref()?;
        if total == 0 {
            return None;
        }
        if r.view != View::Interview || !r.pages.iv.has_turns() {
            return Some(current);
        }
        let counts = r.pages.match_counts(self.search.query.as_ref()?, self.search.generation);
        match (self.spot(current)?, part) {
            (Spot::Reply(e, k), Part::Replies(p)) if e == p => Some(k),
            (Spot::Question(e, j), Part::Questions) => {
                Some(counts[..e].iter().map(|(q, _)| q).sum::<usize>() + j)
            }
            _ => None,
        }
    }

    /// n / N: the next or previous match, wrapping around.
    pub(super) fn step_match(&mut self, forward: bool) {
        let Some((current, total)) = self.match_status() else { return };
        if total == 0 {
            self.status = Some(self.strings.no_match.to_owned());
            return;
        }
        let target = if forward { (current + 1) % total } else { (current + total - 1) % total };
        // past the last match (or before the first), as less and vim say
        if (forward && target < current) || (!forward && target > current) {
            let end = if forward { self.strings.wrapped_top } else { self.strings.wrapped_bottom };
            self.status = Some(format!("{end} · {} {}/{total}", self.strings.matches, target + 1));
        } else if total == 1 {
            self.status = Some(self.strings.only_match.to_owned());
        }
        let interview =
            self.reader.as_ref().is_some_and(|r| r.view == View::Interview && r.pages.iv.has_turns());
        if interview { self.goto_match(target) } else { self.goto_doc_match(target) }
    }

    fn goto_match(&mut self, target: usize) {
        let Some(spot) = self.spot(target) else { return };
        self.search.current = target;
        let (entry, line) = match spot {
            Spot::Question(e, _) => (e, None),
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
                return Some(Spot::Question(e, target));
            }
            if target < q + a {
                return Some(Spot::Reply(e, target - q));
            }
            target -= q + a;
        }
        None
    }
}
