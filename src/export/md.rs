//! Markdown: YAML front matter with the metadata, a heading, the lead, then the turns
//! with bold labels and the captions as italic lines where they stand; phongvan reads it
//! back to the same turns and captions.

use std::io::{self, Write};

use super::{Item, Labels, body, label, who};
use crate::interview::{Interview, Turn};

/// How an unlabelled remark opens in phongvan's Markdown.
pub const REMARK: &str = "— ";

/// Markdown: a heading, the metadata in italics, the lead, then bold labels.
pub fn markdown(out: &mut impl Write, iv: &Interview, labels: Labels) -> io::Result<()> {
    front_matter(out, iv)?;
    if let Some(title) = &iv.title {
        writeln!(out, "# {}\n", md_escape(title))?;
    }
    for para in &iv.lead {
        writeln!(out, "{}\n", md_escape(para))?;
    }
    for item in body(iv) {
        match item {
            Item::Turn(turn) => md_turn(out, turn, labels)?,
            Item::Caption(c) => writeln!(out, "*{}*\n", md_escape(c))?,
        }
    }
    Ok(())
}

/// A turn with its label in bold. An unlabelled remark (the closing thanks) is an italic
/// line opening with a dash, never a question: phongvan reads it back as a remark.
fn md_turn(out: &mut impl Write, turn: &Turn, labels: Labels) -> io::Result<()> {
    let Some(label) = label(turn, labels) else {
        return turn.paragraphs.iter().try_for_each(|p| writeln!(out, "*{REMARK}{}*\n", md_escape(p)));
    };
    let label = md_escape(&label);
    for (k, para) in turn.paragraphs.iter().enumerate() {
        match k {
            0 => writeln!(out, "**{label}:** {}\n", md_escape(para))?,
            _ => writeln!(out, "{}\n", md_escape(para))?,
        }
    }
    Ok(())
}

/// YAML front matter with the metadata, as read-later apps write it; `labels: none` (or
/// `mixed`) tells phongvan, reading it back, that "Q" and "A" (or "Hỏi" and "Đáp") stand
/// for turns that had no label; `generator: phongvan` that an italic line is a caption.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::sample;

    #[test]
    fn markdown_escapes_and_bolds_labels() {
        let mut iv = sample();
        iv.title = Some("*Tiêu* #1".into());
        let mut out = Vec::new();
        markdown(&mut out, &iv, Labels::EN).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("---\ntitle: \"*Tiêu* #1\"\n"), "{text}");
        assert!(text.contains("generator: phongvan\n---\n\n# \\*Tiêu\\* #1\n"), "{text}");
        assert!(text.contains("**Bà Mai:** Một.\n\nHai.\n"));
    }

    /// Writes `iv` as Markdown and reads it back as phongvan reads a `.md` file.
    fn round_trip(iv: &Interview, labels: Labels) -> (String, Interview) {
        let mut out = Vec::new();
        markdown(&mut out, iv, labels).unwrap();
        let text = String::from_utf8(out).unwrap();
        let back = crate::parse::parse_document(&crate::markup::markdown::document(&text), "a.md");
        (text, back)
    }

    fn roles(iv: &Interview) -> Vec<(crate::interview::Role, Option<String>)> {
        iv.turns.iter().map(|t| (t.role, t.speaker.clone())).collect()
    }

    #[test]
    fn vietnamese_labels_read_back_as_unlabelled_turns() {
        let iv = crate::parse::parse(include_str!("../../data/hanoimoi-2023-thanh-xuan.txt"), "seed");
        let (text, back) = round_trip(&iv, Labels::VI);
        assert!(text.contains("\n**Hỏi:** Xin đồng chí") && text.contains("\n**Đáp:** "), "{text}");
        assert!(!text.contains("**Q:**") && !text.contains("**A:**"), "{text}");
        assert_eq!(roles(&back), roles(&iv));
    }

    #[test]
    fn captions_read_back_as_captions_where_they_stood() {
        let mut iv = sample();
        iv.turns[0].paragraphs = vec!["Xin bà cho biết kết quả của quận trong năm qua thế nào?".into()];
        iv.turns[1].paragraphs = vec!["Năm qua, chúng tôi đã làm được nhiều việc, tôi rất vui.".into()];
        iv.captions = vec!["Bà Bùi Huyền Mai phát biểu tại hội nghị".into()];
        iv.caption_turns = vec![1];
        let (text, back) = round_trip(&iv, Labels::EN);
        assert!(text.contains("\n*Bà Bùi Huyền Mai phát biểu tại hội nghị*\n"), "{text}");
        assert_eq!(back.captions, iv.captions, "{back:?}");
        assert_eq!(back.caption_turns, [1]);
        assert_eq!(roles(&back), roles(&iv));
    }
}
