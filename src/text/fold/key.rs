//! The folded key of a text: marks dropped, đ→d, lowercase; the parser's most frequent
//! work, done a byte at a time with a table of the Vietnamese letters.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folded key: marks dropped, đ→d, lowercase. `Thanh Xuân` → `thanh xuan`.
///
/// ```
/// assert_eq!(phongvan::text::fold::fold_key("Đảng bộ Thanh Xuân"), "dang bo thanh xuan");
/// ```
pub fn fold_key(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // a byte at a time: ASCII lowercased, Vietnamese letters by a table of their bytes
    // (what folds above ASCII folds to lowercase), anything else a character at a time
    // (pushed as characters, so the key needs no check of its UTF-8 at the end)
    let folds = Folds::get();
    let b = s.as_bytes();
    let mut key = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x.is_ascii() {
            key.push(char::from(x.to_ascii_lowercase()));
            i += 1;
        } else if let Some((folded, len)) = folds.of_bytes(&b[i..]) {
            key.push(char::from(folded));
            i += len;
        } else {
            let c = s[i..].chars().next().expect("the loop steps from character to character");
            fold_slow(c, |l| key.push(l));
            i += c.len_utf8();
        }
    }
    key
}

/// The folded form of one character, a character at a time: marks dropped, đ→d, lowercase.
#[inline]
pub(super) fn fold_char(c: char, mut push: impl FnMut(char)) {
    if c.is_ascii() {
        return push(c.to_ascii_lowercase());
    }
    match Folds::get().of_char(c) {
        Some(folded) => push(char::from(folded)),
        None => fold_slow(c, push),
    }
}

/// What folding a character means: đ is d, else its decomposition's letters lowercased.
fn fold_slow(c: char, mut push: impl FnMut(char)) {
    if matches!(c, 'đ' | 'Đ') {
        return push('d');
    }
    for base in c.nfd().filter(|m| !is_combining_mark(*m)) {
        base.to_lowercase().for_each(&mut push);
    }
}

/// The ASCII letter each character of two UTF-8 bytes (U+0080..U+07FF: Latin-1, Latin
/// Extended-A and B) and of Latin Extended Additional (U+1E00..U+1EFF) folds to, made once
/// from [`fold_slow`]; 0 where it folds to anything else.
struct Folds {
    two: [u8; 0x800],
    extended: [u8; 0x100],
}

impl Folds {
    fn get() -> &'static Folds {
        static FOLDS: std::sync::OnceLock<Folds> = std::sync::OnceLock::new();
        FOLDS.get_or_init(|| {
            let one = |code: u32| {
                let mut out = Vec::new();
                char::from_u32(code).into_iter().for_each(|c| fold_slow(c, |f| out.push(f)));
                match out[..] {
                    [c] if c.is_ascii() => c as u8,
                    _ => 0,
                }
            };
            Folds {
                two: std::array::from_fn(|i| if i < 0x80 { 0 } else { one(i as u32) }),
                extended: std::array::from_fn(|i| one(0x1e00 + i as u32)),
            }
        })
    }

    /// The ASCII letter the character opening `b` folds to, and its length in bytes.
    fn of_bytes(&self, b: &[u8]) -> Option<(u8, usize)> {
        let low = |x: u8| usize::from(x & 0x3f);
        let (folded, len) = match *b {
            [x @ 0xc2..=0xdf, y, ..] => (self.two[usize::from(x & 0x1f) << 6 | low(y)], 2),
            [0xe1, y @ 0xb8..=0xbb, z, ..] => (self.extended[(low(y) - 0x38) << 6 | low(z)], 3),
            _ => return None,
        };
        (folded != 0).then_some((folded, len))
    }

    /// The ASCII letter a character folds to, if the table has it.
    fn of_char(&self, c: char) -> Option<u8> {
        let code = u32::from(c) as usize;
        let folded = match code {
            0..0x800 => self.two[code],
            0x1e00..0x1f00 => self.extended[code - 0x1e00],
            _ => 0,
        };
        (folded != 0).then_some(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_character_by_character() {
        for s in ["Đảng bộ THANH Xuân", "ASCII only", "", "ấ", "a\u{301}B", "Ǆ ǅ ǆ İ ß ẞ Ω", "漢字 AB"]
        {
            let mut slow = String::new();
            s.chars().for_each(|c| fold_char(c, |l| slow.push(l)));
            assert_eq!(fold_key(s), slow, "{s:?}");
        }
    }

    #[test]
    fn the_latin_table_folds_as_the_decomposition_does() {
        for code in (0x00c0..0x0250).chain(0x1e00..0x1f00) {
            let Some(c) = char::from_u32(code) else { continue };
            let mut slow = String::new();
            if c == 'đ' || c == 'Đ' {
                slow.push('d');
            } else {
                fold_slow(c, |f| slow.push(f));
            }
            let mut fast = String::new();
            fold_char(c, |f| fast.push(f));
            assert_eq!(fast, slow, "{c:?}");
            // and read off the bytes as off the character
            let key = fold_key(&c.to_string());
            assert_eq!(key, slow, "{c:?}");
        }
    }
}
