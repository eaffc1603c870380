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

#[cfg(test)]
mod tests {
    #[test]
    fn the_same_as_the_standard_library() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
