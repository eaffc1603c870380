//! The binary under abuse in a pseudo-terminal: resize storms in every view, a terminal
//! that is not the controlling one (no SIGWINCH, no SIGHUP) and then vanishes, SIGQUIT,
//! and a FIFO where the state file should be.

use std::time::Duration;

#[path = "support/session.rs"]
mod session;
use session::*;

/// xorshift64: storm sizes that are the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u16 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n) as u16
    }
}

/// 100 resizes in about a second, between 1x1 and 500x200, with scrolling keys between
/// them; then back to 100x30 and quit: the program must exit 0.
fn storm(args: &[&str], open_view: &[u8], leave_view: &[u8], controlling: bool, seed: u64) {
    let home_dir = home();
    let mut t = Bare::start(args, &home_dir, controlling, 100, 30);
    t.wait_for("quit");
    t.keys(open_view);
    let mut rng = Rng(seed);
    for i in 0..100 {
        t.resize(1 + rng.below(500), 1 + rng.below(200));
        t.keys(if i % 3 == 0 { b"k" } else { b"jj" });
        std::thread::sleep(Duration::from_millis(10));
    }
    t.resize(100, 30);
    std::thread::sleep(Duration::from_millis(300));
    t.keys(leave_view);
    std::thread::sleep(Duration::from_millis(200));
    t.keys(b"q");
    let code = t.wait_exit();
    let tail = String::from_utf8_lossy(&t.seen.lock().unwrap()).chars().rev().take(600).collect::<String>();
    assert_eq!(
        code,
        Some(0),
        "seed {seed}, controlling {controlling}: {}",
        tail.chars().rev().collect::<String>()
    );
}

fn storms(args: &[&str], open_view: &[u8], leave_view: &[u8]) {
    for (seed, controlling) in [(1, false), (2, true), (3, false)] {
        storm(args, open_view, leave_view, controlling, seed);
    }
}

#[test]
fn resize_storms_in_the_interview_view_exit_cleanly() {
    storms(&[SEED], b"", b"");
}

#[test]
fn resize_storms_in_the_transcript_exit_cleanly() {
    storms(&[SEED], b"t", b"");
}

#[test]
fn resize_storms_in_the_info_view_exit_cleanly() {
    storms(&[SEED], b"i", b"");
}

#[test]
fn resize_storms_in_help_exit_cleanly() {
    storms(&[SEED], b"?", b"\x1b");
}

#[test]
fn resize_storms_in_the_library_exit_cleanly() {
    storms(&["data"], b"", b"");
}

#[test]
fn resize_storms_in_an_article_exit_cleanly() {
    storms(&["tests/fixtures/hostile.txt"], b"", b"");
}

#[test]
fn a_vanished_terminal_that_was_not_the_controlling_one_ends_the_program() {
    // no SIGHUP comes: only the descriptor the keys come from says the terminal is gone
    let home_dir = home();
    let mut t = Bare::start(&[SEED], &home_dir, false, 80, 24);
    t.wait_for("3 questions");
    t.vanish();
    assert_eq!(t.wait_exit(), Some(129));
}

#[test]
fn sigquit_restores_the_terminal() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 80, 24);
    s.wait_for(TITLE);
    assert!(s.in_alternate_screen());
    s.signal("QUIT");
    assert_eq!(s.wait_exit(), 131);
    assert!(!s.in_alternate_screen(), "left the alternate screen");
    assert!(!s.screen.lock().unwrap().screen().hide_cursor(), "the cursor is shown again");
    let raw = s.raw();
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(200)..]).into_owned();
    assert!(tail.contains("\x1b[?25h"), "{tail:?}");
}

#[test]
fn a_fifo_in_place_of_the_state_file_does_not_block_start_up() {
    let home = home();
    let dir = home.join("state/phongvan");
    std::fs::create_dir_all(&dir).unwrap();
    let path =
        std::ffi::CString::new(dir.join("positions.json").into_os_string().into_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path and a plain mode
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    let mut s = Session::start(command(&[SEED], &home), 100, 30);
    s.wait_for(TITLE);
    s.wait_for("not a regular file");
    s.keys(b"lq");
    assert_eq!(s.wait_exit(), 0);
}

/// Starts the browser with this config file and returns what it printed and its exit code.
fn with_config(config: &str) -> (String, Option<i32>) {
    let home = home();
    std::fs::create_dir_all(home.join("config/phongvan")).unwrap();
    std::fs::write(home.join("config/phongvan/config.toml"), config).unwrap();
    let mut t = Bare::start(&[SEED], &home, true, 80, 24);
    let code = t.wait_exit();
    std::thread::sleep(Duration::from_millis(200));
    let seen = String::from_utf8_lossy(&t.seen.lock().unwrap()).into_owned();
    (seen, code)
}

#[test]
fn one_key_for_two_actions_in_the_config_is_an_error_not_a_panic() {
    let (seen, code) = with_config("[keys]\nnext = [\"x\"]\nprev = [\"x\"]\n");
    assert!(seen.contains("line 3: x is bound to both next and prev"), "{seen:?}");
    assert_ne!(code, Some(101), "{seen:?}");
    assert!(!seen.contains("panicked"), "{seen:?}");
}

#[test]
fn a_config_error_never_echoes_controls() {
    // TOML escapes: the parser turns them into the controls, which the error then quotes
    let (seen, _) = with_config(r#""\u001b]0;pwned\u0007\u009b31m\u202e" = 1"#);
    assert!(seen.contains("unknown field"), "{seen:?}");
    assert!(seen.contains("\\033]0;pwned\\007"), "{seen:?}");
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!seen.contains(bad), "{bad:?} in {seen:?}");
    }
}

#[test]
fn a_huge_terminal_is_drawn_in_its_corner_and_quits_at_once() {
    for (cols, rows) in [(5000, 5000), (65535, 65535)] {
        let home_dir = home();
        let mut t = Bare::start(&[SEED], &home_dir, true, cols, rows);
        t.wait_for("quit");
        t.keys(b"jjq");
        assert_eq!(t.wait_exit(), Some(0), "{cols}x{rows}");
    }
}

#[test]
fn a_position_that_cannot_be_saved_is_said_on_stderr() {
    use std::os::unix::fs::PermissionsExt;
    let home = home();
    let dir = home.join("state/phongvan");
    std::fs::create_dir_all(&dir).unwrap();
    let mut t = Bare::start(&[SEED], &home, true, 100, 30);
    t.wait_for("quit");
    // made read-only while phongvan reads: it must not be replaced
    std::fs::write(dir.join("positions.json"), "{}").unwrap();
    std::fs::set_permissions(dir.join("positions.json"), std::fs::Permissions::from_mode(0o444)).unwrap();
    t.keys(b"lq");
    assert_eq!(t.wait_exit(), Some(0));
    std::thread::sleep(Duration::from_millis(200));
    let seen = String::from_utf8_lossy(&t.seen.lock().unwrap()).into_owned();
    assert!(seen.contains("cannot save the reading position"), "{seen:?}");
    assert_eq!(std::fs::read_to_string(dir.join("positions.json")).unwrap(), "{}");
}
