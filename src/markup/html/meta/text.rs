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

/// The first of the dates a page gives, unless it is in UTC and another gives the same
/// moment in the page's own time zone ("2024-04-13T05:00:00Z" and "…T06:00:00+01:00"):
/// then that one, as the page's readers read it.
pub fn local_first(dates: &[String]) -> Option<&str> {
    let first = dates.first()?;
    let Some((moment, 0)) = instant(first) else { return Some(first) };
    let local = dates.iter().find(|d| instant(d).is_some_and(|(m, offset)| m == moment && offset != 0));
    Some(local.unwrap_or(first))
}

/// An ISO 8601 time with its offset: (minutes since 1970 in UTC, offset in minutes).
fn instant(s: &str) -> Option<(i64, i64)> {
    let s = s.trim();
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d, h, mi) = (num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?);
    let tail = s[16..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    let offset = match tail {
        "Z" | "z" | "+00:00" | "-00:00" | "+0000" => 0,
        t if t.len() >= 5 && (t.starts_with('+') || t.starts_with('-')) => {
            let sign = if t.starts_with('-') { -1 } else { 1 };
            let digits: String = t[1..].chars().filter(char::is_ascii_digit).collect();
            sign * (digits.get(..2)?.parse::<i64>().ok()? * 60 + digits.get(2..4)?.parse::<i64>().ok()?)
        }
        _ => return None,
    };
    Some(((days_from_civil(y, mo, d) * 24 + h) * 60 + mi - offset, offset))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
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
    fn the_page_s_own_time_zone_wins_over_utc_for_the_same_moment() {
        let d =
            |v: &[&str]| local_first(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>()).map(str::to_owned);
        assert_eq!(
            d(&["2024-04-13T05:00:00Z", "2024-04-13T06:00:00+01:00"]).as_deref(),
            Some("2024-04-13T06:00:00+01:00")
        );
        assert_eq!(
            d(&["2024-04-13T05:00:00Z", "2024-04-12T06:00:00+01:00"]).as_deref(),
            Some("2024-04-13T05:00:00Z")
        );
        assert_eq!(
            d(&["2024-02-10T09:20:00.000Z", "2024-02-10T16:20:00+07:00"]).as_deref(),
            Some("2024-02-10T16:20:00+07:00")
        );
        assert_eq!(d(&["2024-02-10", "x"]).as_deref(), Some("2024-02-10"));
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn dates_keep_the_page_s_own_time() {
        assert_eq!(date("2023-02-18T06:52:00+07:00").as_deref(), Some("2023-02-18T06:52"));
        assert_eq!(date("2024-03-05").as_deref(), Some("2024-03-05"));
        assert_eq!(date("18/02/2023 06:52").as_deref(), Some("2023-02-18T06:52"));
    }
}
