//! Writing an interview out: a plain transcript, Markdown, or one line of JSON.

use std::io::{self, Write};

use crate::interview::{Interview, Role, Turn};
use crate::text::fold::to_ascii;
use crate::text::wrap::{Options, wrap, wrap_plain};

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
fn who(iv: &Interview) -> Option<String> {
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

/// The label printed before a turn: its speaker, or "Q"/"A".
pub fn turn_label(turn: &Turn) -> String {
    match (&turn.speaker, turn.role) {
        (Some(s), _) => s.clone(),
        (None, Role::Answer) => "A".to_owned(),
        (None, _) => "Q".to_owned(),
    }
}

/// A plain transcript wrapped at `width` cells.
pub fn plain(out: &mut impl Write, iv: &Interview, width: usize) -> io::Result<()> {
    if let Some(title) = &iv.title {
        write_wrapped(out, title, width)?;
    }
    let meta = meta_line(iv);
    if !meta.is_empty() {
        write_wrapped(out, &meta, width)?;
    }
    for note in &iv.notes {
        write_wrapped(out, &format!("[{note}]"), width)?;
    }
    for para in &iv.lead {
        writeln!(out)?;
        write_wrapped(out, para, width)?;
    }
    for turn in &iv.turns {
        writeln!(out)?;
        plain_turn(out, turn, width)?;
    }
    Ok(())
}

fn plain_turn(out: &mut impl Write, turn: &Turn, width: usize) -> io::Result<()> {
    let label = format!("{}: ", turn_label(turn));
    let indent = " ".repeat(crate::text::str_width(&label));
    for (k, para) in turn.paragraphs.iter().enumerate() {
        // later paragraphs hang under the first: a blank prefix as wide as the label
        let prefix = if k == 0 { label.as_str() } else { indent.as_str() };
        let opts = Options { width, prefix: Some((prefix, ())), hanging: true };
        if k > 0 {
            writeln!(out)?;
        }
        for line in wrap(&[(para.as_str(), ())], &opts) {
            writeln!(out, "{}", line.text().trim_end())?;
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

/// One question and its replies as plain text, labelled, with the citation line.
pub fn exchange_text(iv: &Interview, ex: &crate::interview::Exchange) -> String {
    let mut out = String::new();
    let turns = ex.question.into_iter().chain(ex.replies.clone());
    for turn in turns.map(|i| &iv.turns[i]) {
        out.push_str(&format!("{}: {}\n\n", turn_label(turn), turn.paragraphs.join("\n\n")));
    }
    out.push_str(&citation(iv));
    out.push('\n');
    out
}

/// The whole interview as unwrapped plain text (one line per paragraph), with the citation.
pub fn transcript_text(iv: &Interview) -> String {
    let mut out = Vec::new();
    plain(&mut out, iv, usize::from(u16::MAX)).expect("writing to memory cannot fail");
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push('\n');
    text.push_str(&citation(iv));
    text.push('\n');
    text
}

/// Markdown: a heading, the metadata in italics, the lead, then bold labels.
pub fn markdown(out: &mut impl Write, iv: &Interview) -> io::Result<()> {
    front_matter(out, iv)?;
    if let Some(title) = &iv.title {
        writeln!(out, "# {}\n", md_escape(title))?;
    }
    for para in &iv.lead {
        writeln!(out, "{}\n", md_escape(para))?;
    }
    for turn in &iv.turns {
        let label = md_escape(&turn_label(turn));
        for (k, para) in turn.paragraphs.iter().enumerate() {
            match k {
                0 => writeln!(out, "**{label}:** {}\n", md_escape(para))?,
                _ => writeln!(out, "{}\n", md_escape(para))?,
            }
        }
    }
    Ok(())
}

/// YAML front matter with the metadata, as read-later apps write it; `labels: none` (or
/// `mixed`) tells phongvan, reading it back, that "Q" and "A" stand for turns that had no
/// label.
fn front_matter(out: &mut impl Write, iv: &Interview) -> io::Result<()> {
    writeln!(out, "---")?;
    let fields = [
        ("title", iv.title.clone()),
        ("interviewee", who(iv)),
        ("author", iv.author.clone()),
        ("published", iv.published.clone()),
        ("outlet", iv.outlet.clone()),
        ("site", iv.site.clone()),
        ("url", iv.url.clone()),
    ];
    for (key, value) in fields {
        if let Some(v) = value {
            writeln!(out, "{key}: {}", yaml_string(&v))?;
        }
    }
    // "none": no turn had a label; "mixed": some had (a labelled first exchange)
    match (iv.turns.iter().any(|t| t.speaker.is_none()), iv.turns.iter().any(|t| t.speaker.is_some())) {
        (true, false) => writeln!(out, "labels: none")?,
        (true, true) => writeln!(out, "labels: mixed")?,
        _ => {}
    }
    writeln!(out, "generator: phongvan\n---\n")
}

/// A double-quoted YAML string.
fn yaml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Escapes the characters Markdown would read as markup.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let special = matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|')
            || (i == 0 && matches!(c, '#' | '+' | '-' | '=' | '~'))
            || (i <= 9
                && matches!(c, '.' | ')')
                && is_list_number(&s[..s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)]));
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// "1", "23": the digits of an ordered list's marker ("1. …" would become a list item).
fn is_list_number(before: &str) -> bool {
    (1..=9).contains(&before.len()) && before.bytes().all(|b| b.is_ascii_digit())
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

    fn sample() -> Interview {
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
        plain(&mut out, &sample(), 20).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "Tiêu đề\nBùi Huyền Mai · Vũ\nThủy · 2023-02-18\n06:52\n\nQ: Xin đồng chí cho\n   biết kết quả?\n\nBà Mai: Một.\n\n        Hai.\n"
        );
    }

    #[test]
    fn markdown_escapes_and_bolds_labels() {
        let mut iv = sample();
        iv.title = Some("*Tiêu* #1".into());
        let mut out = Vec::new();
        markdown(&mut out, &iv).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("---\ntitle: \"*Tiêu* #1\"\n"), "{text}");
        assert!(text.contains("generator: phongvan\n---\n\n# \\*Tiêu\\* #1\n"), "{text}");
        assert!(text.contains("**Bà Mai:** Một.\n\nHai.\n"));
    }

    #[test]
    fn copied_exchange_cites_its_source() {
        let iv = sample();
        let ex = &iv.exchanges()[0];
        let text = exchange_text(&iv, ex);
        assert_eq!(
            text,
            "Q: Xin đồng chí cho biết kết quả?\n\nBà Mai: Một.\n\nHai.\n\n— Bùi Huyền Mai, Tiêu đề, 2023-02-18 06:52\n"
        );
        assert!(transcript_text(&iv).contains("Q: Xin đồng chí cho biết kết quả?\n"));
    }

    #[test]
    fn json_is_one_line() {
        let mut out = Vec::new();
        json(&mut out, &sample()).unwrap();
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
    }
}
