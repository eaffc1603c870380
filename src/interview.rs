//! The interview model: what a parsed article is. Its JSON form is a public contract.

use serde::{Deserialize, Serialize};

/// One parsed article: metadata plus question/answer turns.
///
/// Every non-blank line of the source lands in exactly one of: `title`, `byline`, `lead`,
/// `captions`, `turns`, `boilerplate`, `unclassified`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    /// Where the article came from: a path, or "-" for standard input.
    pub source: String,
    pub title: Option<String>,
    pub author: Option<String>,
    /// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".
    pub published: Option<String>,
    /// A short outlet tag such as "HNM", from a lead opening "(HNM) -".
    pub outlet: Option<String>,
    /// The site or publisher's name, as a web page gives it ("VnExpress", "Tuổi Trẻ Online").
    #[serde(default)]
    pub site: Option<String>,
    /// The page's canonical address (for a URL read, the page's own; `source` is the one asked for).
    #[serde(default)]
    pub url: Option<String>,
    pub interviewee: Option<Person>,
    /// Everyone who answers, the interviewee among them: a panel's guests, two interviewees
    /// in turn (added in 0.2; empty when nobody is named).
    #[serde(default)]
    pub interviewees: Vec<Person>,
    pub interviewer: Option<String>,
    /// The raw lines the author and date were read from (page chrome, kept for the record).
    #[serde(default)]
    pub byline: Vec<String>,
    pub lead: Vec<String>,
    pub captions: Vec<String>,
    /// For each caption, how many turns come before it: where it stands among the turns
    /// (added after `interviewees`; input without it reads as all before the turns).
    #[serde(default)]
    pub caption_turns: Vec<usize>,
    pub turns: Vec<Turn>,
    pub boilerplate: Vec<String>,
    pub unclassified: Vec<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: Option<String>,
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turn {
    pub role: Role,
    /// The label as printed ("PV", "Ông Nguyễn Văn A"), or `None` when unlabelled.
    pub speaker: Option<String>,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Question,
    Answer,
    Remark,
}

impl Interview {
    /// Question turns, in order (remarks excluded).
    pub fn questions(&self) -> impl Iterator<Item = (usize, &Turn)> {
        self.turns.iter().enumerate().filter(|(_, t)| t.role == Role::Question)
    }

    /// True when the parser found question/answer structure.
    pub fn has_turns(&self) -> bool {
        self.turns.iter().any(|t| t.role == Role::Question)
    }

    /// A display name for the interviewee, if known.
    pub fn interviewee_name(&self) -> Option<&str> {
        self.interviewee.as_ref()?.name.as_deref()
    }

    /// Every string of the interview, in place, for cleaning text read from outside.
    pub fn strings_mut(&mut self) -> impl Iterator<Item = &mut String> {
        let people = self.interviewee.iter_mut().chain(self.interviewees.iter_mut());
        let person = people.flat_map(|p| p.name.iter_mut().chain(p.role.iter_mut()));
        let single = [
            &mut self.title, &mut self.author, &mut self.published, &mut self.outlet, &mut self.site,
            &mut self.url, &mut self.interviewer,
        ];
        let turns = self.turns.iter_mut().flat_map(|t| t.speaker.iter_mut().chain(t.paragraphs.iter_mut()));
        std::iter::once(&mut self.source)
            .chain(single.into_iter().flatten())
            .chain(person)
            .chain(turns)
            .chain(self.byline.iter_mut())
            .chain(self.lead.iter_mut())
            .chain(self.captions.iter_mut())
            .chain(self.boilerplate.iter_mut())
            .chain(self.unclassified.iter_mut())
            .chain(self.notes.iter_mut())
    }
}

/// A question with the turns that reply to it, as the reader browses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    /// Index of the question turn; `None` for turns before the first question.
    pub question: Option<usize>,
    /// Indices of the answer and remark turns that follow, up to the next question.
    pub replies: std::ops::Range<usize>,
}

impl Interview {
    /// Groups the turns into exchanges: each question with what follows it.
    pub fn exchanges(&self) -> Vec<Exchange> {
        let mut out: Vec<Exchange> = Vec::new();
        for (i, turn) in self.turns.iter().enumerate() {
            match (turn.role, out.last_mut()) {
                (Role::Question, _) => out.push(Exchange { question: Some(i), replies: i + 1..i + 1 }),
                (_, Some(last)) => last.replies.end = i + 1,
                (_, None) => out.push(Exchange { question: None, replies: i..i + 1 }),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turn(role: Role) -> Turn {
        Turn { role, speaker: None, paragraphs: vec!["x".into()] }
    }

    #[test]
    fn strings_mut_reaches_every_string() {
        let mut iv = Interview {
            source: "s".into(),
            title: Some("t".into()),
            site: Some("si".into()),
            url: Some("u".into()),
            interviewee: Some(Person { name: Some("n".into()), role: Some("r".into()) }),
            interviewees: vec![Person { name: Some("n2".into()), role: Some("r2".into()) }],
            turns: vec![Turn {
                role: Role::Answer,
                speaker: Some("sp".into()),
                paragraphs: vec!["p".into()],
            }],
            notes: vec!["no".into()],
            ..Interview::default()
        };
        iv.strings_mut().for_each(|s| s.push('!'));
        let json = serde_json::to_string(&iv).unwrap();
        for s in ["s", "t", "si", "u", "n", "r", "n2", "r2", "sp", "p", "no"] {
            assert!(json.contains(&format!("\"{s}!\"")), "{s}: {json}");
        }
    }

    #[test]
    fn exchanges_group_replies_under_their_question() {
        let iv = Interview {
            turns: vec![
                turn(Role::Remark),
                turn(Role::Question),
                turn(Role::Answer),
                turn(Role::Answer),
                turn(Role::Question),
                turn(Role::Answer),
                turn(Role::Remark),
            ],
            ..Interview::default()
        };
        let ex = iv.exchanges();
        assert_eq!(ex.len(), 3);
        assert_eq!(ex[0], Exchange { question: None, replies: 0..1 });
        assert_eq!(ex[1], Exchange { question: Some(1), replies: 2..4 });
        assert_eq!(ex[2], Exchange { question: Some(4), replies: 5..7 });
    }
}
