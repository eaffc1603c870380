//! People's names in labels and captions: "Ông Nguyễn Văn A", "… Bí thư Quận ủy Bùi Huyền Mai".

mod role;
pub use role::role_after;

use super::lang;
use crate::text::chars::{self, to_lowercase};
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
        // stacked titles may be set apart by a dash: "Giáo sư - Tiến sĩ"
        let dash = taken > 0 && words.get(taken).is_some_and(|w| matches!(*w, "-" | "–" | "—"));
        let at = taken + usize::from(dash);
        match title_at(&words[at.min(words.len())..]) {
            Some(n) => taken = at + n,
            None => return taken,
        }
    }
}

/// How many words the title that opens `words` has (the longest of one to three).
fn title_at(words: &[&str]) -> Option<usize> {
    let first = fold_key(words.first()?);
    if !may_open_title_key(&first) {
        return None;
    }
    // (the key of words joined is their keys joined; a title of several words opens with
    // a word the table says opens one)
    let several = lang::opens(|l| l.honorifics, &first);
    let longest = if several { 3.min(words.len()) } else { 1 };
    let mut keys = vec![first];
    keys.extend(words[1..longest].iter().map(|w| fold_key(w)));
    (1..=longest)
        .rev()
        .find(|&n| lang::is(|l| l.honorifics, keys[..n].join(" ").trim_end_matches(['.', ','])))
}

/// True when a word can open an honorific: most words cannot, and asking the table for
/// each of their one-, two- and three-word runs is the cost of reading a long lead.
fn may_open_title(word: &str) -> bool {
    may_open_title_key(&fold_key(word))
}

/// [`may_open_title`] of a word's key.
fn may_open_title_key(key: &str) -> bool {
    static FIRST: std::sync::OnceLock<crate::text::hash::FxSet<&'static str>> = std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| {
        lang::all(|l| l.honorifics)
            .flat_map(|h| {
                let head = h.split(' ').next().unwrap_or(h);
                [head, head.trim_end_matches(['.', ','])]
            })
            .collect()
    });
    let bare = key.trim_end_matches(['.', ',']);
    first.contains(key) || (bare.len() < key.len() && first.contains(bare))
}

/// Two to four capitalised words of letters only, a name without a title: "Phương Mỹ Chi",
/// "Đàm Vĩnh Hưng" (whether its family name is one the table knows or not).
pub fn is_bare_name(text: &str) -> bool {
    // (five words are too many: the rest of a long paragraph is not read)
    let mut n = 0;
    let named = text.split_whitespace().take(5).all(|w| {
        n += 1;
        is_capitalised(w) && w.chars().all(chars::is_alphabetic)
    });
    named && (2..=4).contains(&n)
}

/// A full name, with no title, that opens a text as its subject: "Lương Bằng Quang lần đầu
/// tiết lộ…", "Nguyễn Quốc Cường chia sẻ với…" (a family name the table knows, then given
/// names, then a lowercase word).
pub fn opening_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    let run = words.iter().take_while(|w| is_capitalised(w) && w.chars().all(chars::is_alphabetic)).count();
    let next_lower = words.get(run).is_some_and(|w| w.starts_with(char::is_lowercase));
    let family = words.first().is_some_and(|w| lang::is(|l| l.surnames, &fold_key(w)));
    ((3..=4).contains(&run) && next_lower && family).then(|| words[..run].join(" "))
}

/// Words that open an organisation's name, not a person's ("Hiệu trưởng ĐH Tôn Đức Thắng"):
/// compared with their marks, so "Vụ" is a department and "Vũ" a family name. Heads that
/// are given names too ("Công", "Ngân") open one only with their second word ("Công ty").
fn is_organisation(words: &[&str]) -> bool {
    const HEADS: [&str; 12] =
        ["đh", "đhqg", "ubnd", "hđnd", "viện", "sở", "bộ", "trường", "cục", "vụ", "ban", "hội"];
    const PAIRS: [&str; 6] = ["công ty", "công an", "tập đoàn", "bệnh viện", "ngân hàng", "tổng công"];
    let lower: Vec<String> = words.iter().take(2).map(|w| to_lowercase(w)).collect();
    HEADS.contains(&lower[0].as_str()) || lower.len() == 2 && PAIRS.contains(&lower.join(" ").as_str())
}

/// Lowercase words a title may carry before the name ("Tiến sĩ tâm lý …").
const MAX_FIELD: usize = 2;

/// Reads a speaker label as (title, name): "Ông Nguyễn Văn Hùng" → (Some("Ông"), "Nguyễn Văn Hùng").
/// The name must be capitalised words (a verb such as "trả lời" after them is dropped);
/// returns `None` when the label is not a person.
pub fn person_label(label: &str) -> Option<(Option<String>, String)> {
    // "Bà Ninh Thị Thu Hương trả lời:" in a live exchange; "Ông Trần Văn Viên, Hội…:"
    let label = label.split_once([',', '–', '—']).map_or(label, |(person, _)| person);
    let words: Vec<&str> = lang::strip_says(label).split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let mut n = title_len(&words);
    // a profession's field between title and name: "Tiến sĩ tâm lý Nguyễn Hữu Long"
    let field = words[n..].iter().take(MAX_FIELD + 1).take_while(|w| !is_capitalised(w)).count();
    if n > 0 && (1..=MAX_FIELD).contains(&field) && !is_plain_honorific(&words[..n].join(" ")) {
        n += field;
    }
    let rest = &words[n..];
    let namelike = |w: &&str| is_capitalised(w) && w.chars().all(|c| chars::is_alphabetic(c) || c == '-');
    if rest.is_empty() || rest.len() > 5 || !rest.iter().all(namelike) || is_organisation(rest) {
        return None;
    }
    // without a title, a Vietnamese name must open with a family name: "Việt Nam" is no one
    if n == 0 && rest.len() > 1 && !plausible_name(rest) {
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
    // (a name ends the text, or nothing does: the words are not split for less)
    let named = |w: &str| is_capitalised(w) && w.chars().all(chars::is_alphabetic);
    if !text.split_whitespace().next_back().is_some_and(named) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let run =
        words.iter().rev().take_while(|w| is_capitalised(w) && w.chars().all(chars::is_alphabetic)).count();
    let first = words.len() - run;
    let start = (first..words.len()).find(|&i| {
        let len = words.len() - i;
        (2..=4).contains(&len) && lang::is(|l| l.surnames, &fold_key(words[i]))
    })?;
    let name = words[start..].join(" ");
    let role = words[..start].join(" ");
    // (a description is one sentence: the caption's earlier sentences are not the role)
    let role = role.rsplit_once(". ").map_or(role.as_str(), |(_, last)| last);
    let role = role.trim().trim_end_matches([',', '-', '–', ':']).trim();
    let role = (!role.is_empty()).then(|| role.to_owned());
    Some((name, role))
}

/// Finds a person named at the start of a description: "Bà Bùi Huyền Mai, Bí thư…" →
/// ("Bùi Huyền Mai", "Bí thư…"), "Ambassador John Hartley at a forum" → ("John Hartley",
/// "Ambassador"). A title must come first, so a sentence's opening words are not a name.
pub fn leading_name(text: &str) -> Option<(String, Option<String>)> {
    let text = text.trim();
    // (a title opens the text, or no name follows one: the words are not split for less)
    if !text.split_whitespace().next().is_some_and(may_open_title) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = title_len(&words);
    let (name, next) = name_run(&words[n..]);
    if n == 0 || name.is_empty() {
        return None;
    }
    let after_comma = words[n + next - 1].ends_with(',');
    let role = if after_comma { role_after(&format!(", {}", words[n + next..].join(" "))) } else { None };
    let title = words[..n].join(" ");
    Some((name, role.or_else(|| (!is_plain_honorific(&title)).then_some(title))))
}

/// The capitalised name (2–4 words) opening `words`, and how many words it took.
fn name_run(words: &[&str]) -> (String, usize) {
    let mut name = Vec::new();
    for w in words.iter().take(4) {
        let bare = w.trim_end_matches([',', '.', ':', ';', ')']);
        if !is_capitalised(bare) || !bare.chars().all(chars::is_alphabetic) {
            break;
        }
        name.push(bare);
        if bare.len() != w.len() {
            break; // punctuation ends the name
        }
    }
    if name.len() < 2 || !(plausible_name(&name) || stage_name(&name)) {
        return (String::new(), 0);
    }
    let taken = name.len();
    (name.join(" "), taken)
}

/// After a title, a name may be given names only, as artists' and doctors' are ("MC Tuấn
/// Tú", "bác sĩ Minh Hương"), but not a place ("Đại sứ Việt Nam") nor an organisation.
fn stage_name(words: &[&str]) -> bool {
    let place = lang::is(|l| l.places, &fold_key(&words[..2].join(" ")));
    words.len() <= 3 && !place && !is_organisation(words)
}

/// A name that opens with a family name (or has no diacritics): not only given names.
pub fn is_full_name(name: &str) -> bool {
    plausible_name(&name.split_whitespace().collect::<Vec<_>>())
}

/// A Vietnamese name (one with diacritics) opens with a family name: "Lương Thế Minh" is a
/// name, "Việt Nam" is not. Names without diacritics are not checked.
fn plausible_name(words: &[&str]) -> bool {
    words.iter().all(|w| w.is_ascii()) || lang::is(|l| l.surnames, &fold_key(words[0]))
}

/// Every titled name in a text: "…trao đổi với Luật sư Đỗ Thanh Bình, Đoàn Luật sư…".
pub fn titled_names(text: &str) -> Vec<(String, Option<String>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let n = title_len(&words[i..]);
        match (n > 0).then(|| leading_name(&words[i..(i + 30).min(words.len())].join(" "))).flatten() {
            Some(found) => {
                out.push(found);
                i += n + 1;
            }
            None => i += n.max(1),
        }
    }
    out
}

/// The full form of a short or capitalised name ("HARTLEY", "Hùng") as the text prints it
/// ("John Hartley", "Nguyễn Văn Hùng"), from the capitalised words just before it.
pub fn expand(short: &str, text: &str) -> Option<String> {
    let key = fold_key(short);
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let bare = w.trim_end_matches([',', '.', ':', ';', ')', '\'', '’']);
        if fold_key(bare) != key || i == 0 {
            return None;
        }
        let before = words[..i]
            .iter()
            .rev()
            .take(3)
            .take_while(|w| is_capitalised(w) && w.chars().all(chars::is_alphabetic));
        let mut full: Vec<&str> = before.copied().collect();
        let skip = title_len(&full.iter().rev().copied().collect::<Vec<_>>());
        full.truncate(full.len() - skip);
        full.reverse();
        (!full.is_empty()).then(|| format!("{} {bare}", full.join(" ")))
    })
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
    fn labels_read_as_people_with_their_titles() {
        let read = |l: &str| person_label(l).map(|(t, n)| (t.unwrap_or_default(), n));
        assert_eq!(
            read("Tiến sĩ tâm lý Nguyễn Hữu Long"),
            Some(("Tiến sĩ tâm lý".into(), "Nguyễn Hữu Long".into()))
        );
        assert_eq!(
            read("Giáo sư - Tiến sĩ Nguyễn Văn B"),
            Some(("Giáo sư - Tiến sĩ".into(), "Nguyễn Văn B".into()))
        );
        assert_eq!(read("Bà Ninh Thị Thu Hương trả lời"), Some(("Bà".into(), "Ninh Thị Thu Hương".into())));
        assert_eq!(read("Ông Vũ Văn An"), Some(("Ông".into(), "Vũ Văn An".into())));
        // an organisation, and a sentence, are nobody
        assert_eq!(read("Hiệu trưởng ĐH Tôn Đức Thắng"), None);
        assert_eq!(read("Ông Hùng cho biết"), None);
    }

    #[test]
    fn caption_with_role_then_name() {
        let (name, role) =
            trailing_name("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân Bùi Huyền Mai.")
                .unwrap();
        assert_eq!(name, "Bùi Huyền Mai");
        assert_eq!(role.as_deref(), Some("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân"));
    }

    #[test]
    fn a_full_name_opening_a_sentence_is_its_subject() {
        assert_eq!(opening_name("Lương Bằng Quang lần đầu tiết lộ về"), Some("Lương Bằng Quang".into()));
        assert_eq!(opening_name("Nguyễn Quốc Cường chia sẻ với Zing.vn"), Some("Nguyễn Quốc Cường".into()));
        // two words may be a place, and a run into more capitals a longer name
        assert_eq!(opening_name("Hà Nội chuẩn bị đón Tết"), None);
        assert_eq!(opening_name("Mẹ có quyền yêu cầu"), None);
    }

    #[test]
    fn a_caption_s_earlier_sentences_are_not_the_role() {
        let read = trailing_name("Ông thăm cánh đồng lúa. Giám đốc Hợp tác xã Lê Văn Tám.");
        assert_eq!(read, Some(("Lê Văn Tám".into(), Some("Giám đốc Hợp tác xã".into()))));
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

    #[test]
    fn names_in_running_text() {
        let lead = "Phóng viên trao đổi với Luật sư Đỗ Thanh Bình, Đoàn Luật sư thành phố Hà Nội.";
        assert_eq!(
            titled_names(lead),
            [("Đỗ Thanh Bình".to_owned(), Some("Đoàn Luật sư thành phố Hà Nội".to_owned()))]
        );
        assert!(titled_names("Đại sứ Việt Nam tại New Zealand").is_empty());
        assert_eq!(
            expand("HARTLEY", "as well as Ambassador John Hartley. A retired"),
            Some("John Hartley".into())
        );
        assert_eq!(expand("Hùng", "PGS.TS Nguyễn Văn Hùng, hiệu trưởng"), Some("Nguyễn Văn Hùng".into()));
        assert_eq!(person_label("TS Đặng Quốc Bảo. Ảnh"), None);
        assert_eq!(
            role_after(", nguyên Phó viện trưởng Viện X, cho rằng"),
            Some("nguyên Phó viện trưởng Viện X".into())
        );
        assert_eq!(role_after(", giám đốc Hợp tác xã Y."), Some("giám đốc Hợp tác xã Y".into()));
        assert_eq!(role_after(", cho biết rằng"), None);
        assert_eq!(
            role_after(", Trưởng bộ môn Trường CĐ Sư phạm T.Ư - TP.HCM. Buồn vì"),
            Some("Trưởng bộ môn Trường CĐ Sư phạm T.Ư - TP.HCM".into()),
            "an abbreviation's dots are not the end of the role"
        );
        assert_eq!(
            role_after(", a hydrologist at the Institute, says"),
            Some("hydrologist at the Institute".into())
        );
    }
}
