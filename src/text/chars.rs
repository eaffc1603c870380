//! Character classes asked of every character of every paragraph, answered at once for
//! ASCII and the Vietnamese letters (the standard library looks them up in tables).

/// `char::is_alphanumeric`, quick for ASCII and precomposed Latin letters.
///
/// ```
/// use phongvan::text::chars::is_alphanumeric;
/// assert!(is_alphanumeric('ệ') && is_alphanumeric('Đ') && is_alphanumeric('7'));
/// assert!(!is_alphanumeric(' ') && !is_alphanumeric('–') && !is_alphanumeric('×'));
/// ```
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' | '×' | '÷' => false,
        // Latin-1 letters, Latin Extended-A and B; Latin Extended Additional
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        c => c.is_alphanumeric(),
    }
}

/// `char::is_alphabetic`, quick for ASCII and precomposed Latin letters.
///
/// ```
/// use phongvan::text::chars::is_alphabetic;
/// assert!(is_alphabetic('ệ') && is_alphabetic('Đ') && !is_alphabetic('7') && !is_alphabetic('–'));
/// ```
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' | '×' | '÷' => false,
        // Latin-1 letters, Latin Extended-A and B; Latin Extended Additional
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        c => c.is_alphabetic(),
    }
}

/// The lowercase of `c` when it is one character ("Ả" → "ả"); `None` when it is more
/// ("İ" → "i̇").
///
/// ```
/// use phongvan::text::chars::lowercase_one;
/// assert_eq!((lowercase_one('Ả'), lowercase_one('x'), lowercase_one('İ')), (Some('ả'), Some('x'), None));
/// ```
pub fn lowercase_one(c: char) -> Option<char> {
    let mut lower = c.to_lowercase();
    lower.next().filter(|_| lower.next().is_none())
}

/// `str::to_lowercase`, quick for ASCII and the Latin letters of Vietnamese (the standard
/// library looks each letter above ASCII up in a table).
///
/// ```
/// assert_eq!(phongvan::text::chars::to_lowercase("ĐẢNG Bộ Ơn"), "đảng bộ ơn");
/// ```
pub fn to_lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match quick_lowercase(c) {
            Some(lower) => out.push(lower),
            None => return s.to_lowercase(),
        }
    }
    out
}

/// The lowercase of an ASCII, Latin-1, Latin Extended-A or Vietnamese letter whose
/// lowercase is one character and depends on nothing around it; `None` for the rest.
fn quick_lowercase(c: char) -> Option<char> {
    let code = u32::from(c);
    let lower = match code {
        0..0x80 => return Some(c.to_ascii_lowercase()),
        0xc0..=0xd6 | 0xd8..=0xde => code + 0x20,
        0x80..=0xbf | 0xd7 | 0xdf..=0xff => code,
        // pairs, the capital first: Ā ā … Į į, Ĳ ĳ … Ķ ķ, Ơ ơ, Ḁ ḁ … ẕ, Ạ ạ … ỿ
        0x100..=0x12f | 0x132..=0x137 | 0x1a0..=0x1a1 | 0x1e00..=0x1e95 | 0x1ea0..=0x1eff => code | 1,
        0x1af..=0x1b0 => 0x1b0,
        _ => return None,
    };
    char::from_u32(lower)
}

#[cfg(test)]
mod tests {
    #[test]
    fn quick_lowercase_is_the_standard_library_s() {
        for c in (0..0x2000).filter_map(char::from_u32) {
            if let Some(lower) = super::quick_lowercase(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), lower.to_string(), "{c:?}");
            }
        }
        for s in ["ĐẢNG Bộ Ơn Ư", "ΣΑΣ Σ", "İstanbul", "", "Ǆ x"] {
            assert_eq!(super::to_lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn the_same_as_the_standard_library() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
