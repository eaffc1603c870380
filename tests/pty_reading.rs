//! Moving about a long interview in the real binary: less's Ctrl keys, question N, mouse
//! clicks, the clipboard under a C locale.

#[path = "support/session.rs"]
mod session;
use session::*;

/// The OSC 52 payload the binary last wrote, decoded.
fn clipboard(s: &Session) -> String {
    let raw = String::from_utf8_lossy(&s.raw()).into_owned();
    let start = raw.rfind("\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + raw[start..].find('\x07').expect("terminated by BEL");
    String::from_utf8(base64_decode(&raw[start..end])).expect("UTF-8 on the clipboard")
}

#[test]
fn ctrl_d_scrolls_half_a_page_instead_of_quitting() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 80, 24);
    s.wait_for("3 questions");
    s.keys(b"l");
    s.wait_for("question 1/3");
    s.keys(b"\x04"); // Ctrl-D
    s.wait_for(" ↑ "); // scrolled, and still running: q below must find it
    s.keys(b"\x15"); // Ctrl-U: back to the top
    s.wait("the top of the answer", |screen| !screen.contents().contains(" ↑ "));
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_number_and_enter_or_a_colon_go_to_that_question() {
    let home_dir = home();
    let mut s = Session::start(command(&[SEED], &home_dir), 100, 30);
    s.wait_for("3 questions");
    s.keys(b"3");
    s.wait_for("question:3");
    s.keys(b"\r");
    s.wait_for("question 3/3");
    s.keys(b":2\r");
    s.wait_for("question 2/3");
    s.keys(b"<");
    s.wait_for("question 1/3");
    s.keys(b">");
    s.wait_for("question 3/3");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_click_selects_a_question_with_mouse_on() {
    let home_dir = home();
    let mut s = Session::start(command(&["--mouse", SEED], &home_dir), 100, 30);
    s.wait_for("3 questions");
    // question 2 is on the 9th row (1-based) of the list at 100x30; SGR mouse press + release
    let row = s.contents().lines().position(|l| l.contains(" 2. Công tác")).expect("question 2 shown") + 1;
    s.keys(format!("\x1b[<0;5;{row}M\x1b[<0;5;{row}m").as_bytes());
    s.wait_for("question 2/3");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn under_a_c_locale_the_screen_is_ascii_but_the_clipboard_is_vietnamese() {
    let home_dir = home();
    let mut cmd = command(&[SEED], &home_dir);
    cmd.env("LANG", "C");
    let mut s = Session::start(cmd, 100, 30);
    s.wait_for("Tap trung lanh dao");
    s.keys(b"ly");
    s.wait_for("copied");
    let copied = clipboard(&s);
    assert!(copied.contains("Trong năm 2022, mặc dù còn nhiều khó khăn"), "{copied}");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_folder_is_cached_for_the_next_open_unless_no_cache_is_given() {
    let home = home();
    let cache = home.join(".cache/phongvan/library.sqlite");
    let mut s = Session::start(command(&["--no-cache", "data"], &home), 100, 30);
    s.wait_for("23 · by date");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    assert!(!cache.exists(), "--no-cache writes nothing");
    let mut s = Session::start(command(&["data"], &home), 100, 30);
    s.wait_for("23 · by date");
    s.keys(b"/thanh xuan\r");
    s.wait_for("1 of 23");
    s.keys(b"\r");
    s.wait_for("Introduction · 3 questions"); // its text fetched from the cache
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    assert!(cache.exists(), "the library's cache is kept");
}

/// `phongvan` (the binary, in the test's home, with its cache) with `args`.
fn printed(home: &std::path::Path, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_phongvan"))
        .args(args)
        .current_dir(home)
        .env("HOME", home)
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn printing_a_folder_takes_what_the_cache_holds_of_its_files_as_they_are_now() {
    let home = home();
    let dir = home.join("archive");
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["hanoimoi-2023-thanh-xuan.txt", "vi-bullets-plus.txt"] {
        std::fs::copy(format!("data/{f}"), dir.join(f)).unwrap();
    }
    // opened by its full path, printed by the path from the home: the names follow the print
    let mut s = Session::start(command(&[dir.to_str().unwrap()], &home), 100, 30);
    s.wait_for("2 · by date");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    let dir = "archive";
    let fresh = printed(&home, &["--no-cache", "--json", dir]);
    assert!(fresh.contains("\"source\":\"archive/"), "{fresh}");
    assert_eq!(printed(&home, &["--json", dir]), fresh, "the cache gives what a fresh parse gives");
    // a row the test changes shows that the print came from the cache
    let db = rusqlite::Connection::open(home.join(".cache/phongvan/library.sqlite")).unwrap();
    let changed = db
        .execute("UPDATE interviews SET json = replace(json, '\"title\":\"', '\"title\":\"CACHED ')", [])
        .unwrap();
    assert_eq!(changed, 2);
    let cached = printed(&home, &["--json", dir]);
    assert_eq!(cached.matches("\"title\":\"CACHED ").count(), 2, "{cached}");
    assert_eq!(printed(&home, &["--no-cache", "--json", dir]), fresh, "--no-cache parses afresh");
    // a file changed since is parsed again
    std::thread::sleep(std::time::Duration::from_millis(20));
    let file = home.join("archive/vi-bullets-plus.txt");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}\n")).unwrap();
    assert_eq!(printed(&home, &["--json", dir]).matches("\"title\":\"CACHED ").count(), 1);
}
