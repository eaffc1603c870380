//! Writing an interview out: a plain transcript, Markdown, or one line of JSON; the copy
//! texts are in `export/copy.rs`, Markdown in `export/md.rs`.

mod copy;
mod md;

pub use copy::{exchange_text, transcript_text, turn_text};
pub use md::{REMARK, markdown};

use std::io::{self, Write};

use crate::interview::{Interview, Role, Turn};
use crate::text::fold::to_ascii;
use crate::text::wrap::{Options, hangs, wrap, wrap_plain};

/// One interview as a JSON line (the public schema). C1 controls, DEL and bidi controls
/// are written as `\u` escapes (serde escapes only C0), so the line is safe on a terminal.
pub fn json(out: &mut impl Write, iv: &Interview) -> io::Result<()> {
    let line = serde_json::to_string(iv)?;
    out.write_all(json_safe(&line).as_bytes())?;
    out.write_all(b"\n")
}

/// JSON text with every terminal control escaped; outside strings JSON has only ASCII
/// punctuation, so any such character is inside a string, where `\uXXXX` means the same.
fn json_safe(json: &str) -> std::borrow::Cow<'_, str> {
    use std::fmt::Write as _;
    if !json.chars().any(crate::text::clean::is_control) {
        return json.into();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if crate::text::clean::is_control(c) {
            write!(out, "\\u{:04x}", u32::from(c)).expect("writing to a String cannot fail");
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// The interviewee as "Name (role)".
pub(crate) fn who(iv: &Interview) -> Option<String> {
    let p = iv.interviewee.as_ref()?;
    let name = p.name.as_deref()?;
    Some(match &p.role {
        Some(role) => format!("{name} ({role})"),
        None => name.to_owned(),
    })
}

/// The metadata line: interviewee (role) · author · date · outlet.
pub fn meta_line(iv: &Interview) -> String {
    let date = iv.published.as_ref().map(|d| d.replace('T', " "));
    [who(iv), iv.author.clone(), date, iv.outlet.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The words that stand for what an article does not label: unlabelled questions and
/// answers, and photo captions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    pub question: &'static str,
    pub answer: &'static str,
    /// The mark of a caption in a plain transcript ("Photo", "Ảnh").
    pub caption: &'static str,
}

impl Labels {
    pub const EN: Labels = Labels { question: "Q", answer: "A", caption: "Photo" };
    pub const VI: Labels = Labels { question: "Hỏi", answer: "Đáp", caption: "Ảnh" };

    /// By the UI's language index (`Strings::lang`): 0 English, 1 Vietnamese.
    pub fn for_lang(lang: usize) -> Labels {
        if lang == 1 { Labels::VI } else { Labels::EN }
    }

    /// True for a word that stands for an unlabelled turn in any language ("Q", "Đáp",
    /// or "Dap" as `--ascii` prints it).
    pub fn is_stand_in(label: &str) -> bool {
        let words = [Labels::EN, Labels::VI].into_iter().flat_map(|l| [l.question, l.answer]);
        words.into_iter().any(|w| label == w || label == to_ascii(w))
    }
}

/// The label printed before a turn: its speaker, or "Q"/"A" (an unlabelled remark too
/// gets "Q": the browser shows it on the interviewer's side).
pub fn turn_label(turn: &Turn) -> String {
    label(turn, Labels::EN).unwrap_or_else(|| Labels::EN.question.to_owned())
}

/// The label of a turn in a transcript: its speaker, else the language's word for a
/// question or an answer; an unlabelled remark (the closing thanks) has none.
pub fn label(turn: &Turn, labels: Labels) -> Option<String> {
    match (&turn.speaker, turn.role) {
        (Some(s), _) => Some(s.clone()),
        (None, Role::Answer) => Some(labels.answer.to_owned()),
        (None, Role::Question) => Some(labels.question.to_owned()),
        (None, Role::Remark) => None,
    }
}

/// What a transcript's body holds, in the article's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    Turn(&'a Turn),
    Caption(&'a str),
}

/// The turns with the captions where they stand: each caption after the number of turns
/// `caption_turns` gives it (before all turns when the model does not say, as older JSON).
pub fn body(iv: &Interview) -> Vec<Item<'_>> {
    let at = |k: usize| iv.caption_turns.get(k).copied().unwrap_or(0);
    let mut captions = iv.captions.iter().enumerate().peekable();
    let mut out = Vec::with_capacity(iv.turns.len() + iv.captions.len());
    for n in 0..=iv.turns.len() {
        while let Some((_, c)) = captions.next_if(|(k, _)| at(*k) <= n) {
            out.push(Item::Caption(c.as_str()));
        }
        out.extend(iv.turns.get(n).map(Item::Turn));
    }
    out.extend(captions.map(|(_, c)| Item::Caption(c.as_str())));
    out
}

/// A caption as a plain transcript marks it: "[Ảnh: …]", or "[Ảnh: TTXVN]" as it was for
/// a caption that is already a credit.
pub fn caption_text(caption: &str, labels: Labels) -> String {
    // "Ảnh: TTXVN", or a credit at its end ("Bác sĩ Hạnh. Ảnh: Quang Huy"): marked already
    let folded = caption.to_lowercase();
    let credit = [Labels::EN.caption, Labels::VI.caption]
        .iter()
        .any(|m| folded.starts_with(&m.to_lowercase()) || folded.contains(&format!("{}:", m.to_lowercase())));
    if credit { format!("[{caption}]") } else { format!("[{}: {caption}]", labels.caption) }
}

/// A plain transcript wrapped at `width` cells, unlabelled turns labelled with `labels`.
pub fn plain(out: &mut impl Write, iv: &Interview, width: usize, labels: Labels) -> io::Result<()> {
    if let Some(title) = &iv.title {
        write_wrapped(out, title, width)?;
    }
    let meta = meta_line(iv);
    if !meta.is_empty() {
        write_wrapped(out, &meta, width)?;
    }
    // notes ("decoded as …") go to stderr and JSON, never into the saved text
    for para in &iv.lead {
        writeln!(out)?;
        write_wrapped(out, para, width)?;
    }
    for item in body(iv) {
        writeln!(out)?;
        match item {
            Item::Turn(turn) => plain_turn(out, turn, width, labels)?,
            Item::Caption(c) => write_wrapped(out, &caption_text(c, labels), width)?,
        }
    }
    Ok(())
}

/// One turn: the label before its first paragraph; later paragraphs hang under the label
/// when it keeps its indent (see [`crate::text::wrap::hangs`]), else start flush left.
fn plain_turn(out: &mut impl Write, turn: &Turn, width: usize, labels: Labels) -> io::Result<()> {
    let label = label(turn, labels).map(|l| format!("{l}: ")).unwrap_or_default();
    let label_width = crate::text::str_width(&label);
    let indent = if hangs(label_width, width) { " ".repeat(label_width) } else { String::new() };
    for (k, para) in turn.paragraphs.iter().enumerate() {
        let prefix = if k == 0 { label.as_str() } else { indent.as_str() };
        let opts =
            Options { width, prefix: Some((prefix, ())).filter(|_| !prefix.is_empty()), hanging: true };
        if k > 0 {
            writeln!(out)?;
        }
        // a blank prefix that cannot keep its indent stands alone: it prints nothing
        for line in wrap(&[(para.as_str(), ())], &opts).iter().map(|l| l.text()) {
            if !line.trim().is_empty() {
                writeln!(out, "{}", line.trim_end())?;
            }
        }
    }
    Ok(())
}

fn write_wrapped(out: &mut impl Write, text: &str, width: usize) -> io::Result<()> {
    for line in wrap_plain(text, width) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The citation line under a copied passage: "— interviewee, title, outlet, date".
pub fn citation(iv: &Interview) -> String {
    let date = iv.published.as_ref().map(|d| d.replace('T', " "));
    let parts: Vec<String> =
        [who(iv), iv.title.clone(), iv.outlet.clone(), date].into_iter().flatten().collect();
    format!("— {}", parts.join(", "))
}

/// The interview with every text folded to ASCII (for non-UTF-8 terminals); the source
/// name stays as it is.
pub fn to_ascii_interview(iv: &Interview) -> Interview {
    let mut out = iv.clone();
    out.strings_mut().for_each(|s| *s = to_ascii(s));
    out.source.clone_from(&iv.source);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::Person;

    pub(super) fn sample() -> Interview {
        Interview {
            title: Some("Tiêu đề".into()),
            author: Some("Vũ Thủy".into()),
            published: Some("2023-02-18T06:52".into()),
            interviewee: Some(Person { name: Some("Bùi Huyền Mai".into()), role: None }),
            turns: vec![
                Turn {
                    role: Role::Question,
                    speaker: None,
                    paragraphs: vec!["Xin đồng chí cho biết kết quả?".into()],
                },
                Turn {
                    role: Role::Answer,
                    speaker: Some("Bà Mai".into()),
                    paragraphs: vec!["Một.".into(), "Hai.".into()],
                },
            ],
            ..Interview::default()
        }
    }

    #[test]
    fn plain_transcript_labels_and_wraps() {
        let mut out = Vec::new();
        plain(&mut out, &sample(), 20, Labels::EN).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "Tiêu đề\nBùi Huyền Mai · Vũ\nThủy · 2023-02-18\n06:52\n\nQ: Xin đồng chí cho\n   biết kết quả?\n\nBà Mai: Một.\n\nHai.\n"
        );
    }

    #[test]
    fn json_is_one_line() {
        let mut out = Vec::new();
        json(&mut out, &sample()).unwrap();
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
    }
}
