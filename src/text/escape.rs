//! Showing names and messages from outside without letting a terminal obey them: controls
//! and bidi overrides escaped as `ls -b` and git escape them (`\033`), bytes that are not
//! UTF-8 kept as octal escapes rather than U+FFFD.

use std::fmt::Write;
use std::path::Path;

use super::clean::is_control;

/// A path as it may be printed: controls, bidi controls, backslashes and bytes that are
/// not UTF-8 written as escapes.
///
/// ```
/// use std::path::Path;
/// assert_eq!(phongvan::text::escape::name(Path::new("a\u{1b}]0;x\u{7}.txt")), "a\\033]0;x\\007.txt");
/// assert_eq!(phongvan::text::escape::name(Path::new("Xuân.txt")), "Xuân.txt");
/// ```
pub fn name(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for chunk in path.as_os_str().as_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                c => push_escaped(&mut out, c),
            }
        }
        chunk.invalid().iter().for_each(|b| octal(&mut out, *b));
    }
    out
}

/// A message line as it may be printed: controls and bidi controls written as escapes.
///
/// ```
/// assert_eq!(phongvan::text::escape::line("unknown field `\u{9b}31m`"), "unknown field `\\302\\23331m`");
/// ```
pub fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_escaped(&mut out, c));
    out
}

fn push_escaped(out: &mut String, c: char) {
    if is_control(c) {
        c.encode_utf8(&mut [0; 4]).bytes().for_each(|b| octal(out, b));
    } else {
        out.push(c);
    }
}

fn octal(out: &mut String, b: u8) {
    write!(out, "\\{b:03o}").expect("writing to a String cannot fail");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_not_utf8_keep_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let raw = std::ffi::OsStr::from_bytes(b"b\xe1i.txt");
        assert_eq!(name(Path::new(raw)), "b\\341i.txt");
    }

    #[test]
    fn bidi_overrides_and_c1_are_escaped() {
        assert_eq!(line("a\u{202e}b"), "a\\342\\200\\256b");
        assert_eq!(line("x\u{85}y\u{7f}"), "x\\302\\205y\\177");
        assert_eq!(name(Path::new("a\\b")), "a\\\\b");
    }
}
