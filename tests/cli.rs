//! The binary from the outside: pipes, formats, exit codes, messages.

#[path = "../src/scratch.rs"]
mod scratch;

use assert_cmd::Command;
use predicates::prelude::*;

const SEED: &str = "data/hanoimoi-2023-thanh-xuan.txt";

fn phongvan() -> Command {
    let mut cmd = Command::cargo_bin("phongvan").expect("the binary builds");
    cmd.env("LANG", "C.UTF-8").env_remove("LC_ALL").env_remove("LC_CTYPE");
    cmd
}

#[test]
fn json_from_stdin_gives_the_seed_fields() {
    let out =
        phongvan().arg("--json").pipe_stdin(SEED).unwrap().assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 1, "one JSON line per interview");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["title"], "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững");
    assert_eq!(v["author"], "Vũ Thủy");
    assert_eq!(v["published"], "2023-02-18T06:52");
    assert_eq!(v["outlet"], "HNM");
    assert_eq!(v["interviewee"]["name"], "Bùi Huyền Mai");
    assert_eq!(v["interviewee"]["role"], "Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân");
    let roles: Vec<&str> =
        v["turns"].as_array().unwrap().iter().map(|t| t["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["question", "answer", "question", "answer", "question", "answer", "remark"]);
    assert_eq!(v["boilerplate"][1], "Đừng bỏ lỡ");
}

#[test]
fn piped_output_is_a_plain_transcript() {
    phongvan()
        .arg(SEED)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững\n"))
        .stdout(predicate::str::contains("Q: Xin đồng chí cho biết"))
        .stdout(predicate::str::contains("\n\nTrân trọng cảm ơn đồng chí!\n"))
        .stdout(predicate::str::contains("Q: Trân trọng").not())
        .stdout(predicate::str::contains("Đừng bỏ lỡ").not());
}

#[test]
fn plain_width_is_respected() {
    let out =
        phongvan().args(["--plain", "--width", "40", SEED]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    for line in text.lines() {
        assert!(phongvan::text::str_width(line) <= 40, "{line:?}");
    }
}

#[test]
fn closing_the_pipe_early_is_not_an_error() {
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{} {SEED} --width 20 | head -3", env!("CARGO_BIN_EXE_phongvan")))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.wait().unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    // and the exit status of phongvan itself, through bash's pipefail
    let status = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; {} {SEED} --width 20 | head -1 >/dev/null",
            env!("CARGO_BIN_EXE_phongvan")
        ))
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn markdown_has_a_heading_and_bold_labels() {
    phongvan()
        .args(["--markdown", SEED])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("---\ntitle: \"Tập trung lãnh đạo"))
        .stdout(predicate::str::contains("\n# Tập trung lãnh đạo"))
        .stdout(predicate::str::contains("**Q:** Xin đồng chí"));
}

#[test]
fn binary_files_are_refused() {
    let dir = tempdir();
    let path = dir.join("a.bin");
    std::fs::write(&path, b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap();
    phongvan().arg(&path).assert().code(1).stderr(predicate::str::contains("looks like a binary file"));
}

#[test]
fn empty_input_gets_a_message() {
    phongvan().arg("--plain").write_stdin("").assert().code(1).stderr(predicate::str::contains("- is empty"));
}

#[test]
fn missing_file_names_the_file() {
    phongvan()
        .arg("no/such/file.txt")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read no/such/file.txt"));
}

#[test]
fn usage_errors_exit_2() {
    phongvan().arg("--width").arg("0").assert().code(2);
    phongvan().args(["--json", "--plain"]).assert().code(2);
}

fn tempdir() -> scratch::Scratch {
    scratch::Scratch::new("test")
}
