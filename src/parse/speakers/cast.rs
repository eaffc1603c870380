//! A cast list before a transcript: "Host: Subash Jayaraman", "Guest: Wright Thompson,
//! and": which side each person speaks for, named, and the initials they speak under later
//! ("SJ– …").

use super::{Side, surname_of};
use crate::parse::para::{Para, is_caps};
use crate::parse::{lang, name};
use crate::text::fold::fold_key;

/// A cast line: a side's table label ("Host", "Guest", "Khách mời"), then only a name.
/// Gives (the side, the name).
pub fn cast_line(p: &Para) -> Option<(Side, &str)> {
    let label = p.label()?;
    let key = fold_key(label);
    let side = if lang::is(|l| l.interviewer_labels, &key) {
        Side::Interviewer
    } else if lang::is(|l| l.answer_labels, &key) {
        Side::Interviewee
    } else {
        return None;
    };
    let body = p.body().trim().trim_end_matches(['.', ',', ';']);
    let body = [" and", " và"].iter().find_map(|a| body.strip_suffix(a)).unwrap_or(body);
    let body = body.trim_end_matches([',', ' ']);
    name::is_bare_name(body).then_some((side, body))
}

/// The side the cast gives a label: the person's name, surname or initials ("SJ" for
/// "Subash Jayaraman").
pub fn side_in(cast: &[(Side, String)], label: &str) -> Option<Side> {
    let same = |n: &str| {
        fold_key(n) == fold_key(label)
            || (label.split_whitespace().count() == 1 && surname_of(n) == fold_key(label))
            || (is_caps(label) && initials(n) == label)
    };
    cast.iter().find(|(_, n)| same(n)).map(|(s, _)| *s)
}

/// "Subash Jayaraman" → "SJ".
fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).flat_map(char::to_uppercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cast_names_each_side_and_its_initials_speak_for_it() {
        let host = Para::new("Host: Subash Jayaraman");
        assert_eq!(cast_line(&host), Some((Side::Interviewer, "Subash Jayaraman")));
        let guest = Para::new("Guest: Wright Thompson, and");
        assert_eq!(cast_line(&guest), Some((Side::Interviewee, "Wright Thompson")));
        assert_eq!(cast_line(&Para::new("Host: Welcome to the show, everyone.")), None);
        let cast = [
            (Side::Interviewer, "Subash Jayaraman".to_owned()),
            (Side::Interviewee, "Wright Thompson".to_owned()),
        ];
        assert_eq!(side_in(&cast, "SJ"), Some(Side::Interviewer));
        assert_eq!(side_in(&cast, "WT"), Some(Side::Interviewee));
        assert_eq!(side_in(&cast, "Wright Thompson"), Some(Side::Interviewee));
        assert_eq!(side_in(&cast, "Thompson"), Some(Side::Interviewee));
        assert_eq!(side_in(&cast, "KATHY"), None);
    }
}
