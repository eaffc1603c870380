//! The clipboard: OSC 52, and what to say when it may not arrive (tmux, long copies).

use anyhow::Result;

use super::app::App;
use super::{Term, strings};

/// Puts `text` on the clipboard, saying when it may not arrive whole.
pub fn copy(term: &mut Term, app: &mut App, text: &str) -> Result<()> {
    term.write_raw(osc52(text).as_bytes())?;
    let tmux = std::env::var_os("TMUX").is_some().then(tmux_clipboard).flatten();
    if let Some(why) = clipboard_caveat(text.len(), app.strings, tmux.as_deref()) {
        app.status = Some(why);
    }
    Ok(())
}

/// Why a copy may not have reached the clipboard: tmux passes OSC 52 on only with
/// `set-clipboard on`; terminals cut long ones.
fn clipboard_caveat(bytes: usize, s: &strings::Strings, tmux: Option<&str>) -> Option<String> {
    if let Some(setting) = tmux
        && setting != "on"
    {
        return Some(format!(
            "tmux set-clipboard is {setting}: add `set -g set-clipboard on` to ~/.tmux.conf"
        ));
    }
    (bytes > 100 * 1024).then(|| format!("{} {:.1} KB: {}", s.copied, bytes as f64 / 1024.0, s.copy_long))
}

/// tmux's `set-clipboard` option, asked of the tmux server we run under.
fn tmux_clipboard() -> Option<String> {
    let out =
        std::process::Command::new("tmux").args(["show-options", "-gv", "set-clipboard"]).output().ok()?;
    let value = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (out.status.success() && !value.is_empty()).then(|| crate::text::escape::line(&value))
}

/// The OSC 52 sequence that puts `text` on the clipboard (works over SSH in most terminals).
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            let c = if i <= chunk.len() { ABC[(n >> (18 - 6 * i) & 63) as usize] } else { b'=' };
            out.push(char::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_says_when_tmux_or_its_size_may_stop_it() {
        let s = &strings::EN;
        assert_eq!(clipboard_caveat(10, s, None), None);
        assert_eq!(clipboard_caveat(10, s, Some("on")), None);
        let off = clipboard_caveat(10, s, Some("external")).unwrap();
        assert!(off.contains("set -g set-clipboard on"), "{off}");
        let long = clipboard_caveat(200 * 1024, s, None).unwrap();
        assert!(long.contains("200.0 KB") && long.contains("100 KB"), "{long}");
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64("Xuân".as_bytes()), "WHXDom4=");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }
}
