//! Archives and big inputs through the binary: the size limit says its flag, folders stream
//! out in a stable order.

#[path = "../src/scratch.rs"]
mod scratch;

use assert_cmd::Command;
use predicates::prelude::*;

fn phongvan() -> Command {
    let mut cmd = Command::cargo_bin("phongvan").expect("the binary builds");
    cmd.env("LANG", "C.UTF-8").env_remove("LC_ALL").env("XDG_CONFIG_HOME", "/nonexistent-phongvan-config");
    cmd
}

fn tempdir(name: &str) -> scratch::Scratch {
    scratch::Scratch::new(&format!("archive-{name}"))
}

#[test]
fn a_file_above_the_limit_names_its_size_and_the_flag_that_reads_it() {
    let dir = tempdir("big");
    let big = dir.join("big.txt");
    let para = "Ông Nguyễn Văn A nói về quận Thanh Xuân trong năm qua.\n\n";
    std::fs::write(&big, para.repeat(1024 * 1024 * 3 / 2 / para.len() + 1)).unwrap();
    phongvan()
        .args(["--json", "--max-size", "1"])
        .arg(&big)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("it is 1.5 MiB, above the 1 MiB limit: --max-size 2 reads it"))
        .stderr(predicate::str::contains("cannot read: cannot read").not());
    phongvan().args(["--json", "--max-size", "2"]).arg(&big).assert().success();
}
