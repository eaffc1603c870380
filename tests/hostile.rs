//! Hostile input from outside, through the binary: JSON and file names full of terminal
//! controls, folders that loop or hold FIFOs, a closed stdout. Nothing a terminal would
//! obey may reach stdout or stderr, in any mode; nothing may hang.

#[path = "../src/scratch.rs"]
mod scratch;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use proptest::prelude::*;

const SEED: &str = "data/hanoimoi-2023-thanh-xuan.txt";

fn phongvan(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_phongvan"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .stdin(Stdio::null())
        .output()
        .expect("runs")
}

fn tempdir() -> scratch::Scratch {
    scratch::Scratch::new("hostile")
}

/// A character a terminal would obey, or that reorders what follows: C0 but newline, DEL,
/// C1, bidi embeddings, overrides and isolates.
fn obeyed(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn assert_inert(bytes: &[u8], what: &str) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what} is not UTF-8: {e}"));
    if let Some(c) = text.chars().find(|&c| obeyed(c)) {
        panic!("{what} carries {c:?}: {text:?}");
    }
}

/// Payloads seen in attacks on terminals, and stray bytes of mojibake.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "\u{1b}]52;c;ZXZpbA==\u{7}",
            "\u{1b}]0;pwned\u{1b}\\",
            "\u{1b}[2J\u{1b}[H",
            "\u{1b}P1$qm\u{1b}\\",
            "\u{9b}31m",
            "\u{9d}0;x\u{9c}",
            "\u{90}",
            "\u{1b}X",
            "\u{1b}_",
            "\u{202e}",
            "\u{2066}",
            "\u{7f}",
            "\u{85}",
            "\u{7}",
            "\r",
        ])
        .prop_map(String::from),
        "[a-zA-Zạđươ ]{0,8}",
        any::<char>().prop_map(String::from),
    ]
}

fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile(), 0..6).prop_map(|v| v.concat())
}

/// One phongvan JSON object with hostile text in every string field.
fn interview_json() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_text(), 12).prop_map(|s| {
        serde_json::json!({
            "source": s[0], "title": s[1], "author": s[2], "published": s[3], "outlet": s[4],
            "interviewee": {"name": s[5], "role": s[6]}, "interviewer": s[7],
            "byline": [s[8]], "lead": [s[9]], "captions": [], "boilerplate": [], "unclassified": [],
            "turns": [{"role": "question", "speaker": s[10], "paragraphs": [s[11]]},
                      {"role": "answer", "speaker": null, "paragraphs": [s[1]]}],
            "notes": [s[2]]
        })
        .to_string()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn json_input_never_carries_controls_out_in_any_mode(line in interview_json()) {
        let dir = tempdir();
        let path = dir.join("in.jsonl");
        std::fs::write(&path, format!("{line}\n")).unwrap();
        for mode in ["--plain", "--markdown", "--json"] {
            let out = phongvan(&[mode.as_ref(), path.as_os_str()]);
            assert_inert(&out.stdout, &format!("stdout of {mode}"));
            assert_inert(&out.stderr, &format!("stderr of {mode}"));
        }
    }

    #[test]
    fn file_names_never_carry_controls_out(name in hostile_text(), binary in any::<bool>()) {
        let name: String = name.chars().filter(|&c| c != '/' && c != '\0').collect();
        let dir = tempdir();
        let path = dir.join(format!("{name}.txt"));
        let body: &[u8] = if binary { b"\x00\x01\x02" } else { b"Ti\xc3\xaau \xc4\x91\xe1\xbb\x81\n\n- H\xe1\xbb\x8fi?\n\n- \xc4\x90\xc3\xa1p.\n" };
        std::fs::write(&path, body).unwrap();
        for mode in ["--plain", "--markdown", "--json"] {
            for arg in [path.as_os_str(), dir.as_os_str()] {
                let out = phongvan(&[mode.as_ref(), arg]);
                assert_inert(&out.stdout, &format!("stdout of {mode}"));
                assert_inert(&out.stderr, &format!("stderr of {mode}"));
            }
        }
    }
}

#[test]
fn json_output_escapes_c1_del_and_bidi_controls() {
    let dir = tempdir();
    let path = dir.join("a.txt");
    // U+0085 (NEL) survives cleaning as no text would, so write it through a name instead
    std::fs::write(&path, "Tiêu đề\n\n- Hỏi?\n\n- Đáp.\n").unwrap();
    let named = dir.join("x\u{85}\u{202e}\u{7f}.txt");
    std::fs::rename(&path, &named).unwrap();
    let out = phongvan(&["--json".as_ref(), named.as_os_str()]);
    assert_inert(&out.stdout, "stdout");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["source"].as_str().unwrap().ends_with("x\\302\\205\\342\\200\\256\\177.txt"), "{v}");
}

#[test]
fn names_that_are_not_utf8_keep_their_bytes_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempdir();
    let path = dir.join(std::ffi::OsStr::from_bytes(b"b\xe1i.txt"));
    std::fs::write(&path, "Tiêu đề\n\n- Hỏi?\n\n- Đáp.\n").unwrap();
    let out = phongvan(&["--json".as_ref(), path.as_os_str()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["source"].as_str().unwrap().ends_with("b\\341i.txt"), "{v}");
}

#[test]
fn a_stray_c1_keeps_the_words_after_it_and_is_counted() {
    let dir = tempdir();
    let path = dir.join("a.txt");
    std::fs::write(
        &path,
        "Tiêu đề bài\n\n- Ông nghĩ sao?\n\n- Tôi\u{9d} nghĩ rằng \u{1b}Xchúng ta sẽ làm được.\n",
    )
    .unwrap();
    let out = phongvan(&["--json".as_ref(), path.as_os_str()]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["turns"][1]["paragraphs"][0], "Tôi nghĩ rằng Xchúng ta sẽ làm được.");
    assert!(String::from_utf8_lossy(&out.stderr).contains("removed 2 terminal control sequences"));
}

#[test]
fn a_closed_stdout_is_an_error() {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("{} --json {SEED} >&-", env!("CARGO_BIN_EXE_phongvan")))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard output is closed"));
}

#[test]
fn a_folder_that_links_to_itself_is_read_once() {
    let dir = tempdir();
    std::fs::copy(SEED, dir.join("a.txt")).unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("loop1")).unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("loop2")).unwrap();
    let out = phongvan(&["--json".as_ref(), dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path and a plain mode
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[test]
fn a_fifo_in_a_folder_is_skipped_and_a_named_one_is_read_like_a_pipe() {
    let dir = tempdir();
    std::fs::copy(SEED, dir.join("a.txt")).unwrap();
    mkfifo(&dir.join("stuck.txt"));
    let out = phongvan(&["--json".as_ref(), dir.as_os_str()]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    let fifo = dir.join("named.txt");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, std::fs::read(SEED).unwrap()).unwrap())
    };
    let out = phongvan(&["--json".as_ref(), fifo.as_os_str()]);
    writer.join().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["author"], "Vũ Thủy");
}

#[test]
fn a_folder_without_articles_says_so() {
    let dir = tempdir();
    std::fs::write(dir.join("photo.jpg"), "x").unwrap();
    std::fs::write(dir.join("run.log"), "x").unwrap();
    let empty = dir.join("empty\x1b[31m");
    std::fs::create_dir(&empty).unwrap();
    for folder in [&dir, &empty] {
        let out = phongvan(&[folder.as_os_str()]);
        assert_eq!(out.status.code(), Some(1));
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        let name = phongvan::text::escape::name(folder);
        let said = format!(
            "phongvan: no articles found in {name} (.txt .md .markdown .html .htm .xhtml .json .jsonl)\n"
        );
        assert_eq!(err, said);
        assert!(!err.contains('\x1b'), "{err:?}");
    }
}

#[test]
fn an_unreadable_subfolder_is_listed_with_its_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir();
    std::fs::copy(SEED, dir.join("a.txt")).unwrap();
    std::fs::create_dir(dir.join("locked")).unwrap();
    std::fs::set_permissions(dir.join("locked"), std::fs::Permissions::from_mode(0o000)).unwrap();
    // listed but not entered: every entry fails, said once
    std::fs::create_dir(dir.join("half")).unwrap();
    std::fs::write(dir.join("half/1.txt"), "x").unwrap();
    std::fs::write(dir.join("half/2.txt"), "x").unwrap();
    std::fs::set_permissions(dir.join("half"), std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    // root reads every folder: run as nobody then (the binary and the folder are world-readable)
    // SAFETY: geteuid has no preconditions
    let root = unsafe { libc::geteuid() } == 0;
    let bin = env!("CARGO_BIN_EXE_phongvan");
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        Command::new(bin)
    };
    let out = cmd.args(["--json".as_ref(), dir.as_os_str()]).env("LANG", "C.UTF-8").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("locked: Permission denied"), "{err}");
    assert_eq!(err.matches("half: Permission denied").count(), 1, "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1, "the readable article is still read");
}

/// Letters whose lowercase is longer ("İ" → "i̇") before a photo credit once cut the
/// caption at a byte inside a letter: a panic, exit 101.
#[test]
fn letters_that_lowercase_longer_before_a_credit_are_no_panic() {
    let dir = tempdir();
    let path = dir.join("caption.txt");
    let article = "Ông Nguyễn Văn An: Chúng ta cần làm gì\n\n\
        Lead đoạn mở đầu khá dài nói về những việc cần làm trong năm tới của thành phố.\n\n\
        Ông Nguyễn Văn An tại hội thảo İİİ (Ảnh: Hoàng Long)\n\n\
        PV: Ông nghĩ gì về việc này?\n\nÔng An: Tôi nghĩ chúng ta cần làm nhiều hơn nữa.\n";
    std::fs::write(&path, article).unwrap();
    let out = phongvan(&["--json".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let iv: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(iv["captions"][0], "Ông Nguyễn Văn An tại hội thảo İİİ (Ảnh: Hoàng Long)");
    assert_eq!(iv["interviewee"]["name"], "Nguyễn Văn An");
}
