//! The role a description gives after a name: ", Giám đốc Sở X, Bí thư Y," or ", 41, is
//! the co-founder of X".

use super::{is_capitalised, title_len};
use crate::text::fold::fold_key;

/// The description after a name: ", Giám đốc Sở X, Bí thư Y," (capitalised segments run
/// on through commas) or ", 41, is the co-founder of X".
pub fn role_after(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let rest = strip_age(rest);
    if let Some(desc) = ["is the ", "is a ", "is an ", "là "].iter().find_map(|p| rest.strip_prefix(p)) {
        let end = desc.find([',', '.', ';', '(']).unwrap_or(desc.len());
        return Some(desc[..end].trim().to_owned()).filter(|r| r.split_whitespace().count() <= 14);
    }
    // "a hydrologist at …", "the director of …": the role without its article
    let (rest, english) = match ["a ", "an ", "the "].iter().find_map(|a| rest.strip_prefix(a)) {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let mut segments = rest.split(',').map(str::trim);
    let mut role: Vec<&str> = vec![segments.next()?];
    role.extend(segments.take_while(|s| is_capitalised(s) && s.split_whitespace().count() <= 12));
    let role = role.join(", ");
    let role = role.split([';', '(', ')']).next().unwrap_or_default();
    // a dot ends the role where a sentence ends, not inside "T.Ư", "TP.HCM"
    let end =
        role.match_indices('.').map(|(i, _)| i).find(|&i| !role[i + 1..].starts_with(char::is_alphanumeric));
    let role = role[..end.unwrap_or(role.len())].trim();
    let words: Vec<&str> = role.split_whitespace().collect();
    // roles may open in lower case when they open with a title: "nguyên Phó viện trưởng…",
    // "giám đốc Hợp tác xã…" (not "cho biết…")
    let former =
        matches!(fold_key(words.first().copied().unwrap_or_default()).as_str(), "nguyen" | "former" | "cuu");
    let titled = is_capitalised(role) || former || english || title_len(&words) > 0;
    (titled && (1..=24).contains(&words.len())).then(|| role.to_owned())
}

/// "41, is the…" → "is the…": an age between commas.
fn strip_age(s: &str) -> &str {
    match s.split_once(", ") {
        Some((age, rest)) if !age.is_empty() && age.chars().all(|c| c.is_ascii_digit()) => rest,
        _ => s,
    }
}
