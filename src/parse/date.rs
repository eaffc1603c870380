//! Finding a publication date in a line: the numeric, Vietnamese and English forms sites print.

use super::lang;

/// A date found in a folded line, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".
    pub value: String,
    /// Byte range in the folded line, time included.
    pub span: std::ops::Range<usize>,
}

/// Finds the first date in a folded (lowercase, unmarked) line.
///
/// ```
/// use phongvan::parse::date::find;
/// assert_eq!(find("vu thuy nguon: thuc hien| 18/02/2023 06:52").unwrap().value, "2023-02-18T06:52");
/// assert_eq!(find("tuesday, march 5, 2024").unwrap().value, "2024-03-05");
/// assert_eq!(find("ngay 5 thang 11 nam 2023").unwrap().value, "2023-11-05");
/// assert_eq!(find("5 thang 11 2024").unwrap().value, "2024-11-05");
/// assert_eq!(find("apr. 30, 2023 10:15 pm").unwrap().value, "2023-04-30T22:15");
/// ```
pub fn find(key: &str) -> Option<Found> {
    let toks = tokens(key);
    (0..toks.len()).find_map(|i| date_at(&toks, i)).map(|(ymd, first, last)| {
        let time = time_near(&toks, first, last);
        let start = toks[first].at.min(time.as_ref().map_or(usize::MAX, |t| t.1));
        let end = toks[last].end().max(time.as_ref().map_or(0, |t| t.2));
        let value = match time {
            Some((hm, ..)) => format!("{ymd}T{hm}"),
            None => ymd,
        };
        Found { value, span: start..end }
    })
}

#[derive(Debug)]
struct Tok<'a> {
    text: &'a str,
    at: usize,
}

impl Tok<'_> {
    fn end(&self) -> usize {
        self.at + self.text.len()
    }
    fn num(&self) -> Option<u32> {
        self.text.bytes().all(|b| b.is_ascii_digit()).then(|| self.text.parse().ok())?
    }
}

/// Words, digit runs and single punctuation marks (spaces dropped).
fn tokens(key: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = key.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = at + c.len_utf8();
        let class = |c: char| (c.is_ascii_digit(), c.is_alphabetic());
        if c.is_alphanumeric() {
            while let Some(&(i, d)) = chars.peek() {
                if class(d) != class(c) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
        }
        out.push(Tok { text: &key[at..end], at });
    }
    out
}

/// A date starting at token `i`: (YYYY-MM-DD, first token, last token).
fn date_at(t: &[Tok], i: usize) -> Option<(String, usize, usize)> {
    numeric(t, i).or_else(|| vietnamese(t, i)).or_else(|| english(t, i))
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-mm-dd.
fn numeric(t: &[Tok], i: usize) -> Option<(String, usize, usize)> {
    let [a, s1, b, s2, c] = t.get(i..i + 5)? else { return None };
    let sep = s1.text;
    if !matches!(sep, "/" | "-" | ".") || s2.text != sep {
        return None;
    }
    let (a4, c4) = (a.text.len() == 4, c.text.len() == 4);
    let date = match (a4, c4) {
        (false, true) => ymd(c.num()?, b.num()?, a.num()?),
        (true, false) => ymd(a.num()?, b.num()?, c.num()?),
        _ => None,
    }?;
    Some((date, i, i + 4))
}

/// "ngày 5 tháng 11 năm 2023", and the short "5 tháng 11 2024" (BBC, VOA).
fn vietnamese(t: &[Tok], i: usize) -> Option<(String, usize, usize)> {
    if let [w1, d, w2, m, w3, y] = t.get(i..i + 6).unwrap_or_default()
        && (w1.text, w2.text, w3.text) == ("ngay", "thang", "nam")
    {
        return Some((ymd(y.num()?, m.num()?, d.num()?)?, i, i + 5));
    }
    let [d, w, m, y] = t.get(i..i + 4)? else { return None };
    (w.text == "thang" && y.text.len() == 4).then_some(())?;
    Some((ymd(y.num()?, m.num()?, d.num()?)?, i, i + 3))
}

/// "April 30, 2023", "Apr. 30 2023", "30 April 2023".
fn english(t: &[Tok], i: usize) -> Option<(String, usize, usize)> {
    if let Some(m) = month(t[i].text) {
        let mut j = i + 1;
        j += usize::from(t.get(j).is_some_and(|x| x.text == "."));
        let d = t.get(j)?.num()?;
        j += 1 + usize::from(t.get(j + 1).is_some_and(|x| matches!(x.text, "st" | "nd" | "rd" | "th")));
        j += usize::from(t.get(j).is_some_and(|x| x.text == ","));
        let y = t.get(j)?.num()?;
        return Some((ymd(y, m, d)?, i, j));
    }
    let d = t[i].num()?;
    let mut j = i + 1;
    j += usize::from(t.get(j).is_some_and(|x| matches!(x.text, "st" | "nd" | "rd" | "th")));
    let m = month(t.get(j)?.text)?;
    j += 1;
    j += usize::from(t.get(j).is_some_and(|x| matches!(x.text, "," | ".")));
    Some((ymd(t.get(j)?.num()?, m, d)?, i, j))
}

/// Month number for a full English month name or its three-letter abbreviation.
fn month(word: &str) -> Option<u32> {
    let pos = lang::all(|l| l.months)
        .position(|m| m == word || (word.len() >= 3 && m.starts_with(word) && word.len() <= 4))?;
    Some(pos as u32 % 12 + 1)
}

/// A time "hh:mm" (with am/pm) within a few tokens after, or just before, the date:
/// ("HH:MM", start, end).
fn time_near(t: &[Tok], first: usize, last: usize) -> Option<(String, usize, usize)> {
    let after = (last + 1..(last + 4).min(t.len())).find_map(|i| time_at(t, i));
    // before the date, the first time wins: "9:30 - 11:00, Thứ Năm, 14/09/2023" starts at 9:30
    after.or_else(|| (first.saturating_sub(12)..first).find_map(|i| time_at(t, i)))
}

fn time_at(t: &[Tok], i: usize) -> Option<(String, usize, usize)> {
    let [h, colon, m] = t.get(i..i + 3)? else { return None };
    // "06:52", "06h52", and near a date "06.00" (as British sites print it)
    if !matches!(colon.text, ":" | "h" | ".") || m.text.len() != 2 || h.text.len() > 2 {
        return None;
    }
    let (mut hour, min) = (h.num()?, m.num()?);
    let mut end = m.end();
    if let Some(ampm) = t.get(i + 3).filter(|x| matches!(x.text, "am" | "pm" | "sa" | "ch")) {
        if matches!(ampm.text, "pm" | "ch") && hour < 12 {
            hour += 12;
        } else if matches!(ampm.text, "am" | "sa") && hour == 12 {
            hour = 0;
        }
        end = ampm.end();
    }
    (hour < 24 && min < 60).then(|| (format!("{hour:02}:{min:02}"), h.at, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<String> {
        find(s).map(|f| f.value)
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(value("15/3/2024"), Some("2024-03-15".into()));
        assert_eq!(value("thu bay, 12/08/2023 - 09:15"), Some("2023-08-12T09:15".into()));
        assert_eq!(value("chu nhat, 5/11/2023, 06:00 (gmt+7)"), Some("2023-11-05T06:00".into()));
        assert_eq!(value("2023-02-18"), Some("2023-02-18".into()));
        assert_eq!(value("06:52 18/02/2023"), Some("2023-02-18T06:52".into()));
        assert_eq!(value("thoi gian: 9:30 - 11:00, thu nam, 14/09/2023"), Some("2023-09-14T09:30".into()));
    }

    #[test]
    fn english_forms() {
        assert_eq!(value("april 30, 2023"), Some("2023-04-30".into()));
        assert_eq!(value("30 april 2023"), Some("2023-04-30".into()));
        assert_eq!(value("march 5th, 2024"), Some("2024-03-05".into()));
    }

    #[test]
    fn not_dates() {
        assert_eq!(value("chiem 58,3%, tang 0,3% so voi nam 2021"), None);
        assert_eq!(value("31/13/2022"), None);
        assert_eq!(value("ngay 31-12-2022 dat gan 5.400 ty dong"), Some("2022-12-31".into()));
    }
}
