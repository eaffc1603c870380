//! Which speaker labels belong to the interviewer and which to the interviewee, by evidence.

use std::collections::HashMap;

mod cast;

use super::lang;
use super::name::{self, person_label};
use super::para::{Marker, Para, is_caps};
use crate::markup::Kind;
use crate::text::fold::fold_key;

/// The side a label speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Interviewer,
    Interviewee,
}

/// What the labels of one article say.
#[derive(Debug, Default)]
pub struct Speakers {
    sides: HashMap<String, Side>,
    /// The names a cast list gives (their lines are no turns).
    cast: Vec<(Side, String)>,
}

#[derive(Debug, Default)]
struct Evidence {
    count: usize,
    score: i32,
    /// Turns that end in a question mark.
    asks: usize,
    table: Option<Side>,
    titled: bool,
    /// Where the label first speaks (paragraph index).
    first: usize,
}

impl Speakers {
    /// Weighs every label in the article: table entries decide; otherwise a label counts as
    /// a speaker when titled, in capitals or used twice, and the side that asks is the
    /// interviewer's.
    pub fn new(paras: &[Para]) -> Speakers {
        let cast: Vec<(Side, String)> =
            paras.iter().filter_map(cast::cast_line).map(|(s, n)| (s, n.to_owned())).collect();
        let mut ev = evidence(paras);
        round_table(&mut ev);
        journalist_guests(&mut ev);
        let author = paras.iter().find(|p| super::cues::is_byline(p)).and_then(super::cues::author_of);
        let replies = in_dialogue(paras);
        let kept: Vec<String> = ev
            .iter()
            .filter(|(l, e)| e.table.is_some() || e.count >= 2 || e.titled || replies.contains(&l.as_str()))
            .map(|(l, _)| l.clone())
            .collect();
        // a full name used once, then its short form: "Margaret Ellison:" … "Ellison:"
        let short_of = |label: &str| {
            kept.iter().find(|k| k.as_str() != label && surname_of(label) == fold_key(k)).cloned()
        };
        let interviewer = asking_label(&ev, &kept, author.as_deref());
        // a guest who answers again and again: the labels that only ask, once or twice, are
        // readers or fellow panellists putting questions to them
        let guest = ev.values().any(|e| e.table.is_none() && e.count >= 3 && e.asks * 3 <= e.count);
        let side_of = |label: &str, e: &Evidence| {
            // (the interviewer's full name and its short form are one person)
            let same =
                interviewer.as_deref().is_some_and(|i| i == label || surname_of(i) == surname_of(label));
            let asks = same || (guest && e.count <= 2 && e.asks == e.count);
            e.table.unwrap_or(if asks { Side::Interviewer } else { Side::Interviewee })
        };
        let mut sides: HashMap<String, Side> = kept.iter().map(|l| (l.clone(), side_of(l, &ev[l]))).collect();
        for label in ev.keys().filter(|l| !kept.contains(l)) {
            if let Some(short) = short_of(label) {
                sides.insert(label.clone(), sides[&short]);
            }
        }
        // a cast list says who is who, and under which initials
        sides.extend(ev.keys().filter_map(|l| cast::side_in(&cast, l).map(|s| (l.clone(), s))));
        Speakers { sides, cast }
    }

    /// The side of a paragraph's label, if it is a speaker label.
    pub fn side(&self, p: &Para) -> Option<Side> {
        if matches!(p.kind, Kind::Heading(_) | Kind::Caption) || self.in_cast(p) {
            return None;
        }
        self.sides.get(p.label()?).copied()
    }

    /// A cast list's line ("Host: Subash Jayaraman"), no turn.
    fn in_cast(&self, p: &Para) -> bool {
        !self.cast.is_empty() && cast::cast_line(p).is_some()
    }

    pub fn any(&self, side: Side) -> bool {
        self.sides.values().any(|s| *s == side)
    }

    /// Interviewee labels, longest first (the full name before short forms).
    pub fn interviewees(&self) -> Vec<&str> {
        self.labels_of(Side::Interviewee)
    }

    /// Interviewer labels, longest first.
    pub fn interviewers(&self) -> Vec<&str> {
        self.labels_of(Side::Interviewer)
    }

    fn labels_of(&self, side: Side) -> Vec<&str> {
        let mut v: Vec<&str> =
            self.sides.iter().filter(|(_, s)| **s == side).map(|(l, _)| l.as_str()).collect();
        v.sort_by_key(|l| (std::cmp::Reverse(l.chars().count()), *l));
        v
    }
}

/// A reply this long answers, whether or not its sentence ends (a page cut mid-word).
pub(super) const CUT_REPLY: usize = 15;

/// Labels that answer one another: a labelled question right after which another label
/// answers in sentences ("Robbie: …?" / "Tshabalala-Msimang: …."), however rarely each is
/// used ("Thema: …" lines and related headlines do not ask and answer).
fn in_dialogue(paras: &[Para]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for pair in paras.windows(2) {
        let (Some(a), Some(b)) = (pair[0].label(), pair[1].label()) else { continue };
        // (a reply cut short with the page ends no sentence, but runs on)
        let asked = pair[0].asks() && (pair[1].ends_sentence() || pair[1].words() >= CUT_REPLY);
        if a != b && asked && !pair.iter().any(|p| matches!(p.kind, Kind::Heading(_) | Kind::Caption)) {
            // (a radio panel's given names, "Trà Mi :", are no family's: names all the same)
            let named = |l: &&&str| {
                person_label(l).is_some()
                    || is_caps(l)
                    || l.split_whitespace().count() <= 3 && name::is_capitalised(l)
            };
            out.extend([a, b].iter().filter(named));
        }
    }
    out
}

/// What each label's turns show. Headlines and captions print "Name: 'quote'" too, but
/// nobody speaks in them.
fn evidence(paras: &[Para]) -> HashMap<String, Evidence> {
    let mut ev: HashMap<String, Evidence> = HashMap::new();
    for (i, p) in
        paras.iter().enumerate().filter(|(_, p)| !matches!(p.kind, Kind::Heading(_) | Kind::Caption))
    {
        let Some(label) = p.label() else { continue };
        if (i < HEADLINE_AT && quotes_whole(p.body())) || cast::cast_line(p).is_some() {
            continue; // a headline ("Bộ trưởng X: “Nâng cao…”"), a cast list's line
        }
        let e = ev.entry(label.to_owned()).or_insert_with(|| Evidence { first: i, ..Evidence::default() });
        e.count += 1;
        e.score += p.question_score().signum();
        e.asks += usize::from(p.asks());
        e.table = table_side(label);
        // a name after a turn's dash ("- Đàm Vĩnh Hưng: …") is a speaker's, as a bold one is
        let dashed = matches!(p.marker, Marker::Label { label: (start, _), .. } if start > 0);
        e.titled |= person_label(label).is_some_and(|(t, _)| t.is_some() || dashed)
            || is_caps(label)
            || has_separator(label)
            || p.label_in_bold();
    }
    ev
}

/// A label's paragraph among this many at the top may be the headline.
const HEADLINE_AT: usize = 3;

/// The text is one quotation, as a headline quotes its speaker: “…” or "…".
fn quotes_whole(text: &str) -> bool {
    let t = text.trim();
    let inner = t.strip_prefix(['“', '"', '«']).and_then(|t| t.strip_suffix(['”', '"', '»']));
    // (one quotation: no closing mark before its end, so "“A” và “B”" is two)
    inner.is_some_and(|i| !i.contains(['”', '»']))
}

/// How much more (in points of a hundred) another label must ask than the first speaker to
/// be taken for the interviewer.
const CLOSE_RATIO: i32 = 25;

/// Without a table label for the interviewer, the label that asks: the author's name if a
/// label carries it, else the label whose turns ask most (on average, used twice or more),
/// or the first to speak when it asks nearly as much.
fn asking_label(ev: &HashMap<String, Evidence>, kept: &[String], author: Option<&str>) -> Option<String> {
    if ev.values().any(|e| e.table == Some(Side::Interviewer)) {
        return None;
    }
    if let Some(a) = author.map(surname_of)
        && let Some(l) = kept.iter().find(|l| surname_of(l) == a)
    {
        return Some(l.clone());
    }
    // (in a short exchange between two, each speaks once or twice: then one question is
    // enough; three guests answering once each are a panel, and none of them asks)
    // ("DIE ZEIT" and its short "ZEIT" are one speaker)
    let people: std::collections::HashSet<String> = kept.iter().map(|l| surname_of(l)).collect();
    let short = people.len() == 2 && kept.iter().all(|l| ev[l].count <= 2);
    let used = |l: &&String| ev[*l].count >= 2 || (short && ev[*l].asks >= 1);
    let candidates: Vec<&String> =
        kept.iter().filter(|l| ev[*l].table.is_none() && used(l) && ev[*l].score > 0).collect();
    let ratio = |l: &String| ev[l].score * 100 / ev[l].count as i32;
    let best = candidates.iter().copied().max_by_key(|l| (ratio(l), l.len()))?;
    // the one who speaks first opens the interview, unless the other plainly asks more (a
    // guest who answers with questions of his own)
    let first = candidates.iter().copied().min_by_key(|l| ev[*l].first)?;
    Some(if ratio(first) + CLOSE_RATIO >= ratio(best) { first } else { best }.clone())
}

/// The last word of a name, folded: "Margaret Ellison" → "ellison".
fn surname_of(name: &str) -> String {
    fold_key(name.split_whitespace().next_back().unwrap_or_default())
}

fn has_separator(label: &str) -> bool {
    [" - ", " – ", " — ", ", "].iter().any(|s| label.contains(s))
}

/// A round table of journalists ("Nhà báo Lê Thọ Bình" chairs it, "Nhà báo Hồng Thanh
/// Quang" is a guest): the title says nothing of the side there; their turns do.
fn round_table(ev: &mut HashMap<String, Evidence>) {
    let journalist = |l: &str| ["nha bao", "journalist"].iter().any(|p| lang::starts_word(&fold_key(l), p));
    let named: Vec<String> = ev.keys().filter(|l| journalist(l)).cloned().collect();
    if named.len() < 2 {
        return;
    }
    for label in named {
        let e = ev.get_mut(&label).expect("a key of the map");
        e.table = Some(if e.asks * 2 >= e.count { Side::Interviewer } else { Side::Interviewee });
    }
}

/// A journalist named in a label who never asks is a guest (a talk with an editor: "Nhà
/// báo Hoàng Nhật: Tin giả xuất hiện…"): the evidence decides, not the table.
fn journalist_guests(ev: &mut HashMap<String, Evidence>) {
    for (label, e) in ev.iter_mut() {
        let key = fold_key(label);
        let named = ["nha bao ", "journalist "].iter().any(|p| key.starts_with(p));
        if named && e.table == Some(Side::Interviewer) && e.asks == 0 {
            e.table = None;
        }
    }
}

/// The side a label's table entry gives: "PV", "Nhà báo X", "Q" ask; "Đáp", "A" answer.
fn table_side(label: &str) -> Option<Side> {
    let key = fold_key(label);
    // "Khánh An – VOA": a reporter and the outlet she asks for
    let outlet =
        [" – ", " - ", " — "].iter().any(|sep| label.rsplit_once(sep).is_some_and(|(_, o)| is_outlet(o)));
    if outlet {
        return Some(Side::Interviewer);
    }
    if lang::is(|l| l.interviewer_labels, &key) || is_reader_or_journalist(&key) || gives_age(&key) {
        return Some(Side::Interviewer);
    }
    lang::is(|l| l.answer_labels, &key).then_some(Side::Interviewee)
}

/// A reader who writes in signs with an age: "Nguyễn Công Danh, 45 tuổi" (a guest's
/// label says who he is, not how old).
fn gives_age(key: &str) -> bool {
    let Some((_, after)) = key.split_once(", ") else { return false };
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && [" tuoi", " years old", " yrs"].iter().any(|w| after[digits..].starts_with(w))
}

/// An outlet's short name in capitals: "VOA", "BBC", "RFA", "PV".
fn is_outlet(s: &str) -> bool {
    let s = s.trim();
    (2..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// "Nhà báo Minh Anh", "Bạn đọc Nguyễn Văn B (Hà Nội) hỏi", "Journalist X".
fn is_reader_or_journalist(key: &str) -> bool {
    ["nha bao", "ban doc", "doc gia", "journalist", "reporter", "reader", "phong vien", "bien tap vien"]
        .iter()
        .any(|p| lang::starts_word(key, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sides(lines: &[&str]) -> Vec<Option<Side>> {
        let paras: Vec<Para> = lines.iter().map(|l| Para::new(l)).collect();
        let s = Speakers::new(&paras);
        paras.iter().map(|p| s.side(p)).collect()
    }

    #[test]
    fn table_labels_decide() {
        use Side::*;
        assert_eq!(
            sides(&["PV: Thưa ông?", "Ông Nguyễn Văn Hùng: Tôi nghĩ.", "PV: Vì sao?", "Ông Hùng: Vì vậy."]),
            [Some(Interviewer), Some(Interviewee), Some(Interviewer), Some(Interviewee)]
        );
    }

    #[test]
    fn the_asking_capitals_are_the_interviewer() {
        use Side::*;
        assert_eq!(
            sides(&[
                "ASIA REVIEW: Why now?",
                "HARTLEY: We were ready.",
                "ASIA REVIEW: How so?",
                "HARTLEY: I mean it."
            ]),
            [Some(Interviewer), Some(Interviewee), Some(Interviewer), Some(Interviewee)]
        );
    }

    #[test]
    fn journalist_and_reader_labels_ask() {
        assert_eq!(sides(&["Nhà báo Minh Anh: Thưa bà?"]), [Some(Side::Interviewer)]);
        assert_eq!(sides(&["Bạn đọc Nguyễn Văn B (Hà Nội) hỏi: Tôi bị đau?"]), [Some(Side::Interviewer)]);
    }
}
#[cfg(test)]
mod more_tests {
    use super::*;

    fn sides(lines: &[&str]) -> Vec<Option<Side>> {
        let paras: Vec<Para> = lines.iter().map(|l| Para::new(l)).collect();
        let s = Speakers::new(&paras);
        paras.iter().map(|p| s.side(p)).collect()
    }

    #[test]
    fn the_first_to_speak_asks_though_the_guest_asks_back() {
        use Side::*;
        let got = sides(&[
            "R: Do you accept that HIV causes Aids?",
            "T-M: Why do you ask me that question today?",
            "R: Yes, and the answer is?",
            "T-M: Why should you ask me that question?",
            "R: To avoid confusion.",
            "T-M: I have answered that question umpteen times.",
        ]);
        assert_eq!(
            got,
            [Interviewer, Interviewee, Interviewer, Interviewee, Interviewer, Interviewee].map(Some)
        );
    }

    #[test]
    fn a_reporter_named_with_her_outlet_asks_once_and_the_guest_answers() {
        use Side::*;
        let got = sides(&[
            "Khánh An – VOA: Cảm ơn Đại sứ, xin ông cho biết quan hệ hai nước hiện nay thế nào?",
            "Đại sứ Knapper: Vâng, trước hết, cảm ơn cô đã dành thời gian cho cuộc phỏng vấn này.",
        ]);
        assert_eq!(got, [Some(Interviewer), Some(Interviewee)]);
    }

    #[test]
    fn the_author_asks_and_full_names_follow_their_short_forms() {
        let lines = [
            "By Margaret Ellison",
            "Margaret Ellison: You have been going there for years. What changed?",
            "Ingrid Solberg: The sound. When I started, it was quiet.",
            "Ellison: Why did you stop?",
            "Solberg: Because people hear it as a cliff edge.",
            "Ellison: Tell me about the worst night.",
            "Solberg: I have heard that.",
        ];
        let paras: Vec<Para> = lines.iter().map(|l| Para::new(l)).collect();
        let s = Speakers::new(&paras);
        let sides: Vec<Option<Side>> = paras.iter().map(|p| s.side(p)).collect();
        use Side::*;
        assert_eq!(
            sides,
            [
                None,
                Some(Interviewer),
                Some(Interviewee),
                Some(Interviewer),
                Some(Interviewee),
                Some(Interviewer),
                Some(Interviewee)
            ]
        );
    }
}
