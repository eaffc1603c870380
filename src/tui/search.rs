//! The search prompt and the query in force: typing, history, incremental matching.

use unicode_segmentation::UnicodeSegmentation;

use crate::text::fold::Query;

/// Search state: the prompt while it is open, the query in force, and past searches.
#[derive(Debug, Default)]
pub struct Search {
    /// The text being typed; `Some` while the prompt is open.
    pub input: Option<String>,
    /// The query in force (while typing: the one being typed).
    pub query: Option<Query>,
    /// Its text, for display.
    pub text: String,
    /// Bumped whenever the query changes, so cached layouts know to redo highlights.
    pub generation: u64,
    /// The match the reader is on (0-based), when there are matches.
    pub current: usize,
    history: Vec<String>,
    recall: Option<usize>,
    before: Option<(String, usize)>,
}

impl Search {
    /// Opens the prompt, remembering the query in force for Esc.
    pub fn open(&mut self) {
        self.before = Some((self.text.clone(), self.current));
        self.input = Some(String::new());
        self.recall = None;
    }

    pub fn is_open(&self) -> bool {
        self.input.is_some()
    }

    /// Types characters; the input is cleaned (no controls, no bidi overrides: a paste may
    /// carry them) and NFC again after every keystroke (input methods send decomposed text,
    /// several code points at a time).
    pub fn type_char(&mut self, c: char) {
        if let Some(input) = &mut self.input {
            input.push(c);
            *input = crate::text::clean::typed(input);
        }
        self.retarget();
    }

    /// Removes the last grapheme (a letter with its marks).
    pub fn erase(&mut self) {
        if let Some(input) = &mut self.input {
            let cut = input.grapheme_indices(true).next_back().map_or(0, |(i, _)| i);
            input.truncate(cut);
        }
        self.retarget();
    }

    pub fn clear_input(&mut self) {
        if let Some(input) = &mut self.input {
            input.clear();
        }
        self.retarget();
    }

    /// Recalls an earlier (`older`) or later search into the prompt.
    pub fn recall(&mut self, older: bool) {
        if self.history.is_empty() || self.input.is_none() {
            return;
        }
        let last = self.history.len() - 1;
        self.recall = match (self.recall, older) {
            (None, true) => Some(last),
            (None, false) => None,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if i < last => Some(i + 1),
            (Some(_), false) => None,
        };
        self.input = Some(self.recall.map(|i| self.history[i].clone()).unwrap_or_default());
        self.retarget();
    }

    /// Enter: keeps the query and files it in the history.
    pub fn submit(&mut self) {
        if let Some(input) = self.input.take()
            && !input.trim().is_empty()
        {
            self.history.retain(|h| *h != input);
            self.history.push(input);
        }
        self.before = None;
    }

    /// Esc: closes the prompt and puts back the query that was in force before it.
    pub fn cancel(&mut self) {
        self.input = None;
        if let Some((text, current)) = self.before.take() {
            self.set(&text);
            self.current = current;
        }
    }

    /// Drops the query in force.
    pub fn clear(&mut self) {
        self.set("");
    }

    fn retarget(&mut self) {
        let text = self.input.clone().unwrap_or_default();
        self.set(&text);
    }

    fn set(&mut self, text: &str) {
        if text != self.text {
            self.text = text.to_owned();
            self.query = Query::new(text);
            self.generation += 1;
            self.current = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &mut Search, text: &str) {
        text.chars().for_each(|c| s.type_char(c));
    }

    #[test]
    fn typing_decomposed_text_gives_nfc_and_erase_takes_a_whole_letter() {
        let mut s = Search::default();
        s.open();
        typed(&mut s, "Xua\u{302}n");
        assert_eq!(s.input.as_deref(), Some("Xuân"));
        s.erase();
        s.erase();
        assert_eq!(s.input.as_deref(), Some("Xu"));
    }

    #[test]
    fn pasted_controls_and_bidi_overrides_are_not_typed() {
        let mut s = Search::default();
        s.open();
        typed(&mut s, "\u{202e}xu\u{2066}an\u{9b}\u{7}");
        assert_eq!(s.input.as_deref(), Some("xuan"));
        assert_eq!(s.text, "xuan");
    }

    #[test]
    fn enter_keeps_esc_restores_and_history_recalls() {
        let mut s = Search::default();
        s.open();
        typed(&mut s, "xuan");
        s.submit();
        assert_eq!(s.text, "xuan");
        assert!(s.query.is_some() && !s.is_open());
        s.open();
        typed(&mut s, "dang");
        assert_eq!(s.text, "dang");
        s.cancel();
        assert_eq!(s.text, "xuan");
        s.open();
        typed(&mut s, "hoa");
        s.submit();
        s.open();
        s.recall(true);
        assert_eq!(s.input.as_deref(), Some("hoa"));
        s.recall(true);
        assert_eq!(s.input.as_deref(), Some("xuan"));
        s.recall(false);
        assert_eq!(s.input.as_deref(), Some("hoa"));
        s.recall(false);
        assert_eq!(s.input.as_deref(), Some(""));
    }
}
