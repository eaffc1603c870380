//! The real binary in a real pseudo-terminal: screens, keys, clipboard, colours, signals,
//! resizes, resume, library.

use std::time::Duration;

#[path = "support/session.rs"]
mod session;
use session::*;

fn browse_and_quit(mut s: Session) {
    s.wait_for(TITLE);
    s.wait_for("1. Xin đồng chí cho biết");
    s.wait_for("Introduction · 3 questions"); // the lead comes before question 1
    s.wait_for("Năm 2022, Đảng bộ quận Thanh Xuân");
    assert!(s.in_alternate_screen());
    s.keys(b"\x1b[C\x1b[C"); // → →
    s.wait_for("question 2/3");
    s.wait_for("Xác định công tác xây dựng");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    assert!(!s.in_alternate_screen(), "left the alternate screen");
}

#[test]
fn browses_a_file_side_by_side_and_quits_cleanly() {
    let home_dir = home();
    browse_and_quit(Session::start(command(&[SEED], &home_dir), 100, 30));
}

#[test]
fn browses_an_article_piped_on_stdin() {
    let home_dir = home();
    browse_and_quit(Session::start(shell(&format!("cat {SEED} | BIN"), &home_dir), 100, 30));
}

#[test]
fn stacked_layout_shows_question_and_answer() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 60, 20);
    s.wait_for("1. Xin đồng chí cho biết");
    s.keys(b"l");
    s.wait_for("Trong năm 2022");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn search_xuan_highlights_xuan_and_counts_matches() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 100, 30);
    s.wait_for(TITLE);
    s.keys(b"/xuan\r");
    s.wait_for("match 1/");
    s.wait("a highlighted Xuân", |screen| {
        (2..screen.size().0).any(|r| {
            let row: Vec<_> = (0..screen.size().1).filter_map(|c| screen.cell(r, c)).collect();
            row.windows(4).any(|w| {
                w.iter().map(|c| c.contents()).collect::<String>() == "Xuân"
                    && w[0].bgcolor() == vt100::Color::Idx(3)
            })
        })
    });
    s.keys(b"n");
    s.wait_for("match 2/");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn transcript_then_bottom_reaches_the_closing_remark() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 80, 24);
    s.wait_for(TITLE);
    s.keys(b"t");
    s.wait_for("Transcript");
    s.keys(b"G");
    s.wait_for("Trân trọng cảm ơn đồng chí!");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn y_copies_the_answer_with_a_citation_through_osc52() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 100, 30);
    s.wait_for(TITLE);
    s.keys(b"l");
    s.wait_for("question 1/3");
    s.keys(b"y");
    s.wait_for("copied");
    let raw = String::from_utf8_lossy(&s.raw()).into_owned();
    let start = raw.find("\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + raw[start..].find('\x07').expect("terminated by BEL");
    let payload = String::from_utf8(base64_decode(&raw[start..end])).unwrap();
    assert!(payload.contains("Trong năm 2022, mặc dù còn nhiều khó khăn"), "{payload}");
    assert!(payload.contains("Bùi Huyền Mai"), "{payload}");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

/// The SGR parameter lists in the output.
fn sgr_params(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    text.split("\x1b[")
        .skip(1)
        .filter_map(|seq| {
            let end = seq.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            (seq[end..].starts_with('m')).then(|| seq[..end].to_owned())
        })
        .collect()
}

#[test]
fn no_color_emits_no_colour_codes_but_shows_the_selection() {
    let home_dir = home();
    let mut cmd = command(&[SEED], &home_dir);
    cmd.env("NO_COLOR", "1");
    let mut s = Session::start(cmd, 100, 30);
    s.wait_for(TITLE);
    s.keys(b"/xuan\r");
    s.wait_for("match 1/");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    let params = sgr_params(&s.raw());
    let colour = |p: &str| {
        p.split(';').any(|n| matches!(n.parse::<u16>(), Ok(30..=39 | 40..=49 | 90..=97 | 100..=107)))
    };
    assert!(!params.iter().any(|p| colour(p)), "colour codes: {params:?}");
    assert!(params.iter().any(|p| p.split(';').any(|n| n == "7")), "reverse video for the selection");
    assert!(params.iter().any(|p| p.split(';').any(|n| n == "4")), "underline for matches");
}

#[test]
fn a_c_locale_renders_pure_ascii() {
    let home_dir = home();
    let mut cmd = command(&[SEED], &home_dir);
    cmd.env("LANG", "C");
    let mut s = Session::start(cmd, 100, 30);
    s.wait_for("Tap trung lanh dao");
    s.keys(b"?");
    s.wait_for("Keys");
    s.keys(b"q");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    let raw = s.raw();
    assert!(
        raw.is_ascii(),
        "non-ASCII bytes: {:?}",
        String::from_utf8_lossy(&raw).chars().filter(|c| !c.is_ascii()).take(10).collect::<String>()
    );
}

#[test]
fn resizing_down_to_2x1_and_back_survives() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 100, 30);
    s.wait_for(TITLE);
    for (c, r) in [(60, 20), (20, 6), (19, 5), (2, 1), (1, 1), (100, 30)] {
        s.resize(c, r);
        std::thread::sleep(Duration::from_millis(80));
    }
    s.wait_for(TITLE);
    s.wait_for("1. Xin đồng chí cho biết");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

fn killed_by(signal: &str, code: u32) {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 80, 24);
    s.wait_for(TITLE);
    assert!(s.in_alternate_screen());
    s.signal(signal);
    assert_eq!(s.wait_exit(), code);
    assert!(!s.in_alternate_screen(), "left the alternate screen after {signal}");
}

#[test]
fn sigterm_restores_the_terminal() {
    killed_by("TERM", 143);
}

#[test]
fn sighup_restores_the_terminal() {
    killed_by("HUP", 129);
}

#[test]
fn reopening_resumes_at_the_last_question() {
    let home = home();
    let mut s = Session::start(command(&[SEED], &home), 100, 30);
    s.wait_for("3 questions");
    s.keys(b"]]]");
    s.wait_for("question 3/3");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    let mut s = Session::start(command(&[SEED], &home), 100, 30);
    s.wait_for("question 3/3");
    s.wait_for("resumed");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_folder_opens_as_a_library() {
    let home_dir = home();
    let mut s = Session::start(command(&["data"], &home_dir), 100, 30);
    s.wait_for("Library");
    s.wait_for("23 · by date");
    s.wait_for("Bộ trưởng Nông nghiệp Peter Hall"); // the newest first
    s.keys(b"/thanh xuan\r");
    s.wait_for("1 of 23");
    s.keys(b"\r");
    s.wait_for("Introduction · 3 questions");
    s.keys(b"\x1b"); // clear the search
    std::thread::sleep(Duration::from_millis(150));
    s.keys(b"\x7f"); // Backspace: back to the list
    s.wait_for("Library");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn idle_sends_nothing() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 90, 30);
    s.wait_for(TITLE);
    s.keys(b"l");
    s.wait_for("question 1/3");
    std::thread::sleep(Duration::from_millis(400));
    let before = s.raw().len();
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(s.raw().len(), before, "bytes sent while idle");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_held_key_is_drained_not_replayed() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 90, 30);
    s.wait_for(TITLE);
    s.keys(b"l");
    s.wait_for("question 1/3");
    std::thread::sleep(Duration::from_millis(300));
    let start = s.raw().len();
    let startup = start;
    s.keys("j".repeat(100).as_bytes()); // a key held down: repeats queue up
    s.wait_for("được bảo đảm."); // the answer's last line
    std::thread::sleep(Duration::from_millis(300));
    let burst = s.raw().len() - start;
    // one frame per batch of queued keys, not one per key (a line costs ~100 bytes)
    assert!(burst < 2 * startup, "{burst} bytes for 100 queued keys (start-up frame: {startup})");
    let settled = s.raw().len();
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(s.raw().len(), settled, "output went on after the keys stopped");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn scrolling_a_line_sends_only_that_line() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 90, 30);
    s.wait_for(TITLE);
    s.keys(b"l");
    s.wait_for("question 1/3");
    s.keys(b"j");
    std::thread::sleep(Duration::from_millis(300));
    let before = s.raw().len();
    s.keys(b"j");
    s.wait_for("trong những tháng đầu năm"); // any later line; wait for the frame
    std::thread::sleep(Duration::from_millis(300));
    let frame = String::from_utf8_lossy(&s.raw()[before..]).into_owned();
    assert!(frame.starts_with("\x1b[S"), "scrolled by the terminal: {frame:?}");
    assert!(frame.len() < 160, "{} bytes: {frame:?}", frame.len());
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_vanished_terminal_ends_the_program() {
    // closing the master is all that happens: no key, no EOF byte
    let home_dir = home();
    let mut t = Bare::start(&[SEED], &home_dir, true, 80, 24);
    t.wait_for("3 questions");
    t.vanish();
    assert_eq!(t.wait_exit(), Some(129));
}

#[test]
fn wide_letters_keep_their_lines_intact() {
    for (cols, rows) in [(100, 30), (41, 16)] {
        let home_dir = home();
        let mut s = Session::start(command(&["tests/fixtures/wide.txt"], &home_dir), cols, rows);
        s.wait_for("Tôi thấy");
        let screen = s.contents();
        let joined: String = screen.split_whitespace().collect();
        assert!(joined.contains("中文字符测试"), "{screen}");
        assert!(joined.contains("한국어도좋아요"), "{screen}");
        for pair in ["中 文", "文 字", "字 符", "符 测", "测 试", "한 국"] {
            assert!(!screen.contains(pair), "a gap after a wide letter: {pair:?}\n{screen}");
        }
        for line in screen.lines() {
            assert!(phongvan::text::str_width(line) <= usize::from(cols), "{line:?}");
        }
        s.keys(b"q");
        assert_eq!(s.wait_exit(), 0);
    }
}

#[test]
fn a_folder_without_articles_says_so_on_a_terminal_too() {
    let home = home();
    let dir = home.join("photos");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.jpg"), "x").unwrap();
    let mut s = Session::start(command(&[dir.to_str().unwrap()], &home), 100, 30);
    s.wait_for("no articles found in");
    assert_eq!(s.wait_exit(), 1);
    assert!(!s.in_alternate_screen(), "the browser never started");
}

#[test]
fn plain_to_a_terminal_wraps_at_the_measure_or_the_terminal() {
    for (cols, widest) in [(120, 80), (50, 50)] {
        let home_dir = home();
        let mut s = Session::start(command(&["--plain", "tests/fixtures/wide.txt"], &home_dir), cols, 60);
        s.wait_for("chỗ.");
        assert_eq!(s.wait_exit(), 0);
        let screen = s.contents();
        let most = screen.lines().map(phongvan::text::str_width).max().unwrap_or(0);
        assert!(most <= widest && most > widest - 12, "{cols} columns: lines up to {most}\n{screen}");
    }
}
