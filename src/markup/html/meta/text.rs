//! Text of metadata values: spaces, entities escaped twice, "By ", dates.

/// "By Jane Doe" → "Jane Doe".
pub fn strip_by(s: &str) -> &str {
    let t = s.trim();
    ["By ", "by ", "BY ", "Bởi ", "Tác giả: ", "Tác giả "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t)
        .trim()
}

/// Spaces collapsed, and the entities a page escaped twice decoded ("&#8222;" in a
/// `content` attribute arrives as text), as Readability does.
pub fn tidy(s: &str) -> String {
    let s = if s.contains('&') { unescape(s) } else { s.to_owned() };
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `&quot; &amp; &apos; &lt; &gt;` and numeric references.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "quot" => Some('"'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "lt" => Some('<'),
        "gt" => Some('>'),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// A date as the model keeps it: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", in the page's own
/// time (an ISO 8601 offset is dropped, not applied); other forms through the text rules.
pub fn date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10) {
        let day = &s[..10];
        let timed = matches!(b.get(10), Some(b'T' | b' '))
            && digits(11..13)
            && b.get(13) == Some(&b':')
            && digits(14..16);
        return Some(if timed { format!("{day}T{}", &s[11..16]) } else { day.to_owned() });
    }
    crate::parse::date::find(&crate::text::fold::fold_key(s)).map(|f| f.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_escaped_twice_are_decoded() {
        assert_eq!(
            tidy("Sheila Atim: &#8222;The Woman&#8220; &amp; co &bogus; &"),
            "Sheila Atim: „The Woman“ & co &bogus; &"
        );
    }

    #[test]
    fn dates_keep_the_page_s_own_time() {
        assert_eq!(date("2023-02-18T06:52:00+07:00").as_deref(), Some("2023-02-18T06:52"));
        assert_eq!(date("2024-03-05").as_deref(), Some("2024-03-05"));
        assert_eq!(date("18/02/2023 06:52").as_deref(), Some("2023-02-18T06:52"));
    }
}
