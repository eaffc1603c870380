//! The binary's printed formats and messages from issue #13: the reading measure, usage
//! errors, explicit encodings, labels in the UI's language, remarks and captions.

#[path = "../src/scratch.rs"]
mod scratch;

use assert_cmd::Command;
use predicates::prelude::*;

const SEED: &str = "data/hanoimoi-2023-thanh-xuan.txt";

fn phongvan() -> Command {
    let mut cmd = Command::cargo_bin("phongvan").expect("the binary builds");
    cmd.env("LANG", "C.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LC_CTYPE");
    cmd.env("XDG_CONFIG_HOME", "/nonexistent-phongvan-config");
    cmd
}

fn tempdir(name: &str) -> scratch::Scratch {
    scratch::Scratch::new(&format!("export-{name}"))
}

/// A config home holding `config.toml` with this text.
fn config_home(name: &str, config: &str) -> scratch::Scratch {
    let home = tempdir(name);
    std::fs::create_dir_all(home.join("phongvan")).unwrap();
    std::fs::write(home.join("phongvan/config.toml"), config).unwrap();
    home
}

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

fn widest(text: &str) -> usize {
    text.lines().map(phongvan::text::str_width).max().unwrap_or(0)
}

#[test]
fn piped_output_wraps_at_the_reading_measure() {
    let text = stdout(phongvan().arg(SEED).env("COLUMNS", "200"));
    assert!((70..=80).contains(&widest(&text)), "widest line {}", widest(&text));
}

#[test]
fn the_config_measure_sets_the_width_and_the_flag_overrides_it() {
    let home = config_home("measure", "measure = 50\n");
    let text = stdout(phongvan().arg(SEED).env("XDG_CONFIG_HOME", &home));
    assert!((40..=50).contains(&widest(&text)), "widest line {}", widest(&text));
    let text = stdout(phongvan().args(["--width", "120", SEED]).env("XDG_CONFIG_HOME", &home));
    assert!(widest(&text) > 100, "widest line {}", widest(&text));
}

#[test]
fn an_unknown_encoding_is_a_usage_error() {
    phongvan()
        .args(["--encoding", "foo", SEED])
        .assert()
        .code(2)
        .stderr("phongvan: unknown encoding \"foo\"\n");
}

#[test]
fn a_config_mistake_is_a_usage_error_naming_the_line() {
    let home = config_home("bad", "theme = \"mono\"\nmeasure = \"x\"\n");
    phongvan().args(["--plain", SEED]).env("XDG_CONFIG_HOME", &home).assert().code(2).stderr(
        predicate::str::contains("config.toml: line 2: measure must be a number of cells, 20 or more\n"),
    );
}

#[test]
fn utf16_without_a_bom_reads_when_the_encoding_is_named() {
    let dir = tempdir("utf16");
    let path = dir.join("a.txt");
    let text = std::fs::read_to_string(SEED).unwrap();
    std::fs::write(&path, text.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>()).unwrap();
    phongvan().arg(&path).assert().code(1).stderr(predicate::str::contains("looks like a binary file"));
    let out = stdout(phongvan().args(["--json", "--encoding", "utf-16le"]).arg(&path));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["author"], "Vũ Thủy");
    assert_eq!(v["notes"][0], "decoded as utf-16le");
}

#[test]
fn vietnamese_labels_by_flag_or_locale_and_the_remark_unlabelled() {
    let by_flag = stdout(phongvan().args(["--plain", "--lang", "vi", SEED]));
    assert!(by_flag.contains("\nHỏi: Xin đồng chí cho biết"), "{by_flag}");
    assert!(by_flag.contains("\nĐáp: Trong năm 2022"), "{by_flag}");
    assert!(by_flag.contains("\n\nTrân trọng cảm ơn đồng chí!\n"), "{by_flag}");
    assert!(!by_flag.contains("Q: ") && !by_flag.contains("A: "), "{by_flag}");
    let by_locale = stdout(phongvan().args(["--plain", SEED]).env("LC_MESSAGES", "vi_VN.UTF-8"));
    assert_eq!(by_locale, by_flag);
    let json = stdout(phongvan().args(["--json", SEED]));
    assert_eq!(stdout(phongvan().args(["--json", "--lang", "vi", SEED])), json, "JSON never changes");
}

/// The turns' roles and speakers of a `--json` line.
fn turns(json: &str) -> Vec<(String, serde_json::Value)> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["turns"].as_array().unwrap().iter().map(|t| (t["role"].to_string(), t["speaker"].clone())).collect()
}

#[test]
fn markdown_reads_back_to_the_same_turns_in_either_language() {
    let dir = tempdir("md");
    let direct = turns(&stdout(phongvan().args(["--json", SEED])));
    assert_eq!(direct.last().unwrap().0, "\"remark\"");
    for lang in ["en", "vi"] {
        let md = stdout(phongvan().args(["--markdown", "--lang", lang, SEED]));
        let path = dir.join(format!("{lang}.md"));
        std::fs::write(&path, &md).unwrap();
        let back = turns(&stdout(phongvan().arg("--json").arg(&path)));
        assert_eq!(back, direct, "{lang}:\n{md}");
    }
}

#[test]
fn a_caption_between_answers_prints_where_it_stands() {
    let out = stdout(phongvan().args([
        "--plain",
        "--width",
        "200",
        "tests/fixtures/html/znews-table-captions.html",
    ]));
    // the caption has its credit already: no second mark
    let caption = out.find("[Cảnh trong phim \"Nhà số 9\". Ảnh: ĐPCC.]").expect(&out);
    let before = out.find("cả đoàn đều chơi trốn tìm thật với em.").expect(&out);
    assert!(before < caption, "{out}");
    let md = stdout(phongvan().args(["--markdown", "tests/fixtures/html/znews-table-captions.html"]));
    assert!(md.contains("\n*Cảnh trong phim \"Nhà số 9\". Ảnh: ĐPCC.*\n"), "{md}");
    let dir = tempdir("captions");
    let path = dir.join("z.md");
    std::fs::write(&path, &md).unwrap();
    let fields = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        (v["captions"].clone(), v["caption_turns"].clone(), turns(json))
    };
    let direct =
        fields(&stdout(phongvan().args(["--json", "tests/fixtures/html/znews-table-captions.html"])));
    assert_eq!(fields(&stdout(phongvan().arg("--json").arg(&path))), direct, "{md}");
}

#[test]
fn markdown_writes_the_closing_thanks_as_a_remark_not_a_question() {
    for lang in ["en", "vi"] {
        let md = stdout(phongvan().args(["--markdown", "--lang", lang, SEED]));
        assert!(md.contains("\n*— Trân trọng cảm ơn đồng chí!*\n"), "{md}");
        assert!(!md.contains(":** Trân trọng cảm ơn"), "{md}");
    }
}

#[test]
fn notes_stay_out_of_the_printed_transcript() {
    let out = stdout(phongvan().args(["--plain", "data/vi-explainer-not-interview.txt"]));
    assert!(!out.contains("[no question"), "{out}");
}
