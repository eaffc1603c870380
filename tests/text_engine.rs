//! The text engine end to end: NFD, Windows-1258, broken bytes, hostile bytes, ASCII.

use assert_cmd::Command;
use phongvan::tui::app::{Action, App, Settings};
use phongvan::{parse, source, text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SEED: &str = "data/hanoimoi-2023-thanh-xuan.txt";

fn phongvan() -> Command {
    let mut cmd = Command::cargo_bin("phongvan").expect("the binary builds");
    cmd.env("LANG", "C.UTF-8").env_remove("LC_ALL").env_remove("LC_CTYPE").env_remove("TERM");
    cmd
}

fn stdout(cmd: &mut Command) -> Vec<u8> {
    cmd.assert().success().get_output().stdout.clone()
}

fn load(path: &str) -> phongvan::interview::Interview {
    let mut ivs =
        source::load(&source::Origin::File(path.into()), source::Reading::default()).expect("loads");
    let mut iv = ivs.remove(0);
    iv.source = "x".into();
    iv
}

fn screen(iv: phongvan::interview::Interview, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut app = App::new(vec![phongvan::library::Entry::new("x".into(), Ok(iv))], Settings::default());
    app.update(Action::Resize(w, h));
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| phongvan::tui::view::render(&app, f)).unwrap();
    term.backend().buffer().clone()
}

#[test]
fn nfd_input_gives_the_same_transcript_and_screen_as_nfc() {
    let nfc = stdout(phongvan().args(["--plain", "--width", "50", SEED]));
    let nfd = stdout(phongvan().args(["--plain", "--width", "50", "tests/fixtures/seed-nfd.txt"]));
    assert_eq!(nfc, nfd);
    for (w, h) in [(100, 30), (60, 20)] {
        assert_eq!(screen(load(SEED), w, h), screen(load("tests/fixtures/seed-nfd.txt"), w, h));
    }
}

#[test]
fn windows_1258_seed_gives_the_same_interview() {
    let mut cp = load("tests/fixtures/seed-windows-1258.txt");
    assert_eq!(cp.notes, ["decoded as windows-1258"]);
    cp.notes.clear();
    assert_eq!(cp, load(SEED));
    phongvan()
        .args(["--plain", "tests/fixtures/seed-windows-1258.txt"])
        .assert()
        .success()
        .stderr(predicates::str::contains("decoded as windows-1258"));
}

#[test]
fn invalid_bytes_are_replaced_with_a_warning_and_all_turns_kept() {
    let iv = load("tests/fixtures/seed-invalid-bytes.txt");
    assert_eq!(iv.turns.len(), 7);
    assert!(iv.notes[0].starts_with("3 invalid bytes replaced near byte"), "{:?}", iv.notes);
    phongvan()
        .args(["--json", "tests/fixtures/seed-invalid-bytes.txt"])
        .assert()
        .success()
        .stderr(predicates::str::contains("3 invalid bytes replaced"));
}

/// No byte that could drive a terminal: C0 controls (but newline), ESC, C1, bidi controls.
fn assert_inert(s: &str) {
    for c in s.chars() {
        let bad =
            (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        assert!(!bad, "{c:?} reached the output:\n{s}");
    }
}

#[test]
fn hostile_bytes_never_reach_the_terminal() {
    let out = stdout(phongvan().args(["--plain", "tests/fixtures/hostile.txt"]));
    let out = String::from_utf8(out).unwrap();
    assert_inert(&out);
    assert!(out.contains("Tiêu đề bài phỏng vấn"), "{out}");
    assert!(!out.contains("pwned") && !out.contains("ZXZpbA"), "{out}");
    let buf = screen(load("tests/fixtures/hostile.txt"), 80, 24);
    let cells: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert_inert(&cells);
}

#[test]
fn ascii_is_for_terminals_and_when_asked_never_for_json() {
    // the locale speaks for the terminal; a pipe to a file keeps every letter
    let mut cmd = phongvan();
    cmd.env("LANG", "C").args(["--plain", SEED]);
    assert!(String::from_utf8(stdout(&mut cmd)).unwrap().starts_with("Tập trung lãnh đạo"));
    // asked for: pure ASCII, symbols included
    let out = stdout(phongvan().args(["--ascii", "--plain", SEED]));
    assert!(out.is_ascii());
    assert!(String::from_utf8(out).unwrap().starts_with("Tap trung lanh dao de quan Thanh Xuan"));
    let md = stdout(phongvan().args(["--ascii", "--markdown", SEED]));
    assert!(md.is_ascii() && String::from_utf8(md).unwrap().contains("interviewee: \"Bui Huyen Mai"));
    // JSON is a contract: never folded
    let json =
        String::from_utf8(stdout(phongvan().env("LANG", "C").args(["--ascii", "--json", SEED]))).unwrap();
    assert!(json.contains("\"title\":\"Tập trung lãnh đạo"), "{json}");
}

#[test]
fn clean_then_parse_is_independent_of_normal_form() {
    let raw = std::fs::read_to_string("tests/fixtures/seed-nfd.txt").unwrap();
    let a = parse::parse(&text::clean(&raw), "x");
    let b = parse::parse(&text::clean(&std::fs::read_to_string(SEED).unwrap()), "x");
    assert_eq!(a, b);
}
