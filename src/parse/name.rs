//! People's names in labels and captions: "Ông Nguyễn Văn A", "… Bí thư Quận ủy Bùi Huyền Mai".

use super::lang;
use crate::text::fold::fold_key;

/// A word that starts with an uppercase letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// How many leading words are honorifics or titles ("PGS.TS", "Thiếu tướng", "Ambassador").
/// Titles may stack ("Bộ trưởng Đại sứ") and are matched longest first.
pub fn title_len(words: &[&str]) -> usize {
    let mut taken = 0;
    loop {
        let best = (1..=3.min(words.len() - taken)).rev().find(|&n| {
            let key = fold_key(&words[taken..taken + n].join(" "));
            lang::is(|l| l.honorifics, key.trim_end_matches(['.', ',']))
        });
        match best {
            Some(n) => taken += n,
            None => break,
        }
    }
    taken
}

/// Reads a speaker label as (title, name): "Ông Nguyễn Văn Hùng" → (Some("Ông"), "Nguyễn Văn Hùng").
/// The name must be capitalised words; returns `None` when the label is not a person.
pub fn person_label(label: &str) -> Option<(Option<String>, String)> {
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let n = title_len(&words);
    let rest = &words[n..];
    if rest.is_empty() || rest.len() > 5 || !rest.iter().all(|w| is_capitalised(w)) {
        return None;
    }
    let title = (n > 0).then(|| words[..n].join(" "));
    Some((title, rest.join(" ")))
}

/// Finds a person named at the end of a description, as in a photo caption:
/// "Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân Bùi Huyền Mai." →
/// ("Bùi Huyền Mai", "Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân").
pub fn trailing_name(text: &str) -> Option<(String, Option<String>)> {
    let text = text.trim().trim_end_matches(['.', ';', ':']);
    let words: Vec<&str> = text.split_whitespace().collect();
    let run =
        words.iter().rev().take_while(|w| is_capitalised(w) && w.chars().all(char::is_alphabetic)).count();
    let first = words.len() - run;
    let start = (first..words.len()).find(|&i| {
        let len = words.len() - i;
        (2..=4).contains(&len) && lang::is(|l| l.surnames, &fold_key(words[i]))
    })?;
    let name = words[start..].join(" ");
    let role = words[..start].join(" ");
    let role = role.trim().trim_end_matches([',', '-', '–', ':']).trim();
    let role = (!role.is_empty()).then(|| role.to_owned());
    Some((name, role))
}

/// Finds a person named at the start of a description: "Bà Bùi Huyền Mai, Bí thư…" →
/// ("Bùi Huyền Mai", "Bí thư…"), or "Ambassador John Hartley" → ("John Hartley", "Ambassador").
pub fn leading_name(text: &str) -> Option<(String, Option<String>)> {
    let text = text.trim().trim_end_matches('.');
    let (head, tail) = match text.split_once(',') {
        Some((h, t)) => (h, Some(t.trim())),
        None => (text, None),
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let n = title_len(&words);
    let rest = &words[n..];
    let run = rest.iter().take_while(|w| is_capitalised(w)).count();
    if n == 0 || !(2..=4).contains(&run) || run != rest.len() {
        return None;
    }
    let name = rest.join(" ");
    let role = tail.filter(|t| !t.is_empty()).map(str::to_owned).or_else(|| {
        let t = words[..n].join(" ");
        (!is_plain_honorific(&t)).then_some(t)
    });
    Some((name, role))
}

/// "Ông", "Bà", "Mr" say nothing about a role; "Đại sứ", "PGS.TS" do.
pub fn is_plain_honorific(title: &str) -> bool {
    matches!(
        fold_key(title).trim_end_matches('.'),
        "ong" | "ba" | "anh" | "chi" | "co" | "chu" | "bac" | "em" | "mr" | "mrs" | "ms" | "dong chi"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caption_with_role_then_name() {
        let (name, role) =
            trailing_name("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân Bùi Huyền Mai.")
                .unwrap();
        assert_eq!(name, "Bùi Huyền Mai");
        assert_eq!(role.as_deref(), Some("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân"));
    }

    #[test]
    fn labels_split_into_title_and_name() {
        assert_eq!(person_label("Ông Nguyễn Văn Hùng"), Some((Some("Ông".into()), "Nguyễn Văn Hùng".into())));
        assert_eq!(person_label("PGS.TS Trần Thị Lan"), Some((Some("PGS.TS".into()), "Trần Thị Lan".into())));
        assert_eq!(
            person_label("Thiếu tướng Lê Văn B"),
            Some((Some("Thiếu tướng".into()), "Lê Văn B".into()))
        );
        assert_eq!(person_label("HARTLEY"), Some((None, "HARTLEY".into())));
        assert_eq!(person_label("Ông Hùng cho biết"), None);
    }

    #[test]
    fn leading_name_with_role_after_comma() {
        assert_eq!(
            leading_name("Bà Bùi Huyền Mai, Bí thư Quận ủy Thanh Xuân"),
            Some(("Bùi Huyền Mai".into(), Some("Bí thư Quận ủy Thanh Xuân".into())))
        );
        assert_eq!(
            leading_name("Ambassador John Hartley"),
            Some(("John Hartley".into(), Some("Ambassador".into())))
        );
    }
}
