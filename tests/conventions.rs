//! Each convention family parses to the shape docs/samples.md describes.

use phongvan::interview::{Interview, Role};
use phongvan::source::BUNDLED;
use phongvan::{parse, text};

#[path = "support/outlets.rs"]
mod outlets;
#[path = "support/samples.rs"]
mod samples;
use outlets::{Expect, OUTLETS};
use samples::EXPECT;

/// The speaker labels of the labelled samples, in order of first appearance.
const SPEAKERS: &[(&str, &[&str])] = &[
    ("vi-pv-label-tuoitre-style.txt", &["PV", "Ông Nguyễn Văn Hùng", "Ông Hùng"]),
    ("vi-phong-vien-label.txt", &["Phóng viên", "PGS.TS Trần Thị Lan", "PGS.TS Lan"]),
    ("vi-hoi-dap.txt", &["Hỏi", "Đáp"]),
    ("vi-glued-paragraphs.txt", &["PV", "Ông Lê Anh Tuấn", "Ông Tuấn"]),
    ("en-qa-labels.txt", &["Q", "A"]),
    ("en-name-labels.txt", &["ASIA REVIEW", "HARTLEY"]),
    ("nhandan-dong-chi-labels.txt", &["Phóng viên", "Đồng chí Lê Quang Hòa"]),
    ("cand-glued-no-space.txt", &["PV", "Đại tá Trần Minh Tâm"]),
    ("nyt-bold-names.txt", &["Margaret Ellison", "Ingrid Solberg", "Ellison", "Solberg"]),
    ("vi-bullets-plus.txt", &["Phóng viên", "Ông Phan Minh Đức"]),
    (
        "vi-round-table.txt",
        &[
            "Nhà báo Phạm Thu Hà",
            "Nhà văn Lý Minh Tuấn",
            "Ông Đỗ Văn Lâm",
            "Nhà báo Nguyễn Hữu Phước",
            "TS Trần Thị Mai trả lời",
        ],
    ),
];

/// A panel's guests, each once, in the order they first answer.
#[test]
fn a_round_table_lists_every_guest() {
    let iv = parsed("vi-round-table.txt");
    let names: Vec<&str> = iv.interviewees.iter().filter_map(|p| p.name.as_deref()).collect();
    assert_eq!(names, ["Lý Minh Tuấn", "Đỗ Văn Lâm", "Nguyễn Hữu Phước", "Trần Thị Mai"]);
    let moderator = iv.turns.iter().filter(|t| t.speaker.as_deref() == Some("Nhà báo Phạm Thu Hà"));
    assert!(moderator.clone().count() == 3 && moderator.into_iter().all(|t| t.role == Role::Question));
}

#[test]
fn speaker_labels_are_read_whole() {
    for (file, want) in SPEAKERS {
        let iv = parsed(file);
        let mut seen: Vec<&str> = Vec::new();
        for s in iv.turns.iter().filter_map(|t| t.speaker.as_deref()) {
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
        assert_eq!(seen, *want, "{file}");
    }
}

/// A reader's label keeps its name and town however long it runs ("Bạn đọc Nguyễn Thu Hà
/// (Hà Nội) gửi câu hỏi:"), and a note inviting readers' questions is no label.
#[test]
fn a_long_reader_label_asks_the_question() {
    let text = "Giao lưu trực tuyến với bác sĩ Lê Văn Hùng\n\n\
        Bạn đọc Nguyễn Thu Hà (Hà Nội) gửi câu hỏi: Con tôi 5 tuổi hay bị ho về đêm, tôi nên làm gì?\n\n\
        Bác sĩ Lê Văn Hùng: Chị nên cho cháu đi khám để xác định nguyên nhân.\n\n\
        Bạn đọc Trần Minh (Thành phố Đà Nẵng) gửi câu hỏi: Tôi bị đau dạ dày lâu năm, có nên nội soi không?\n\n\
        Bác sĩ Lê Văn Hùng: Anh nên nội soi để biết rõ tình trạng niêm mạc dạ dày.\n";
    let iv = parse::parse(text, "-");
    let turns: Vec<(Role, Option<&str>)> = iv.turns.iter().map(|t| (t.role, t.speaker.as_deref())).collect();
    let (q, a) = (Role::Question, Role::Answer);
    let doctor = Some("Bác sĩ Lê Văn Hùng");
    assert_eq!(
        turns,
        [
            (q, Some("Bạn đọc Nguyễn Thu Hà (Hà Nội) gửi câu hỏi")),
            (a, doctor),
            (q, Some("Bạn đọc Trần Minh (Thành phố Đà Nẵng) gửi câu hỏi")),
            (a, doctor)
        ]
    );
    let note = "Bạn đọc có thể gửi câu hỏi cho các chuyên gia của chương trình trong tuần tới qua địa chỉ: hoidap@example.vn";
    assert!(!phongvan::parse::para::looks_like_label(note.split(':').next().unwrap()));
}

/// A star opens a question even where a subhead runs into it without a stop, in a body
/// a crawler flattened onto one line ("… không hề chuyên nghiệp * Khi bolero…").
#[test]
fn a_star_question_opens_after_a_subhead_glued_on() {
    let text = "Nhạc sĩ Vinh An: 'Giám khảo phải hiểu nhạc'\n\n        Nhạc sĩ Vinh An cho rằng giám khảo phải hiểu nhạc Các chương trình không hề chuyên nghiệp \
        * Khi bolero trở lại, các chương trình xuất hiện dày đặc. Ông có theo dõi không? \
        - Tôi thấy bây giờ mọi thứ làm quá lên nên đã thành cái lẩu. \
        * Vậy theo ông, ai là người xứng tầm làm giám khảo? \
        - Đó là những nhạc sĩ, nhạc công hiểu rõ về bolero.\n";
    let iv = parse::parse(text, "-");
    let turns: Vec<(Role, &str)> = iv.turns.iter().map(|t| (t.role, t.paragraphs[0].as_str())).collect();
    let (q, a) = (Role::Question, Role::Answer);
    assert_eq!(turns.len(), 4, "{turns:#?}");
    assert_eq!(
        turns[0],
        (q, "Khi bolero trở lại, các chương trình xuất hiện dày đặc. Ông có theo dõi không?")
    );
    assert_eq!((turns[1].0, turns[2].0, turns[3].0), (a, q, a));
    assert!(iv.lead.join(" ").ends_with("không hề chuyên nghiệp"), "{:?}", iv.lead);
}

fn parsed(file: &str) -> Interview {
    let raw = match BUNDLED.iter().find(|(n, _)| *n == file) {
        Some((_, raw)) => (*raw).to_owned(),
        None => std::fs::read_to_string(format!("tests/fixtures/outlets/{file}")).expect("a fixture"),
    };
    parse::parse(&text::clean(&raw), file)
}

fn count(iv: &Interview, role: Role) -> usize {
    iv.turns.iter().filter(|t| t.role == role).count()
}

/// Every difference for one sample, so a failure shows them all at once.
fn differences(e: &Expect) -> Vec<String> {
    differences_but(e, &[])
}

fn differences_but(e: &Expect, gaps: &[&str]) -> Vec<String> {
    let iv = parsed(e.file);
    let mut d = Vec::new();
    let turns = (count(&iv, Role::Question), count(&iv, Role::Answer), count(&iv, Role::Remark));
    let check = |field: &str| !gaps.contains(&field);
    if check("turns") && turns != e.turns {
        d.push(format!("turns {turns:?}, want {:?}", e.turns));
    }
    if iv.title.as_deref() != Some(e.title) {
        d.push(format!("title {:?}", iv.title));
    }
    let same = |a: Option<&str>, b: Option<&str>| a.map(str::to_lowercase) == b.map(str::to_lowercase);
    if !same(iv.author.as_deref(), e.author) {
        d.push(format!("author {:?}", iv.author));
    }
    if iv.published.as_deref() != Some(e.date) {
        d.push(format!("date {:?}, want {}", iv.published, e.date));
    }
    let answers: Vec<usize> =
        iv.turns.iter().filter(|t| t.role == Role::Answer).map(|t| t.paragraphs.len()).collect();
    if check("answers") && !e.answers.is_empty() && answers != e.answers {
        d.push(format!("answer paragraphs {answers:?}, want {:?}", e.answers));
    }
    // "" for an article that names no guest
    let guest = Some(e.interviewee).filter(|g| !g.is_empty());
    if check("interviewee") && iv.interviewee_name() != guest {
        d.push(format!("interviewee {:?}", iv.interviewee));
    }
    d
}

#[test]
fn every_convention_family_parses_as_described() {
    let failures: Vec<String> = EXPECT
        .iter()
        .filter_map(|e| {
            let d = differences(e);
            (!d.is_empty()).then(|| format!("{}:\n  {}", e.file, d.join("\n  ")))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn expectations_cover_every_sample() {
    for (name, _) in BUNDLED {
        assert!(EXPECT.iter().any(|e| e.file == *name), "{name} has no expectation");
    }
}

#[test]
fn pages_in_real_outlets_layouts_parse_as_expected() {
    let failures: Vec<String> = OUTLETS
        .iter()
        .filter_map(|o| {
            let d = differences_but(&o.expect, o.gaps);
            (!d.is_empty()).then(|| format!("{}:\n  {}", o.expect.file, d.join("\n  ")))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn no_word_of_any_outlet_page_is_lost() {
    for o in OUTLETS {
        let raw = std::fs::read_to_string(format!("tests/fixtures/outlets/{}", o.expect.file)).unwrap();
        let (_, trace) = parse::parse_traced(&text::clean(&raw), o.expect.file);
        let placed: String = trace.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(" ");
        // glued turns are split, which adds a break; nothing else may change
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(squash(&placed), squash(&text::clean(&raw)), "{}", o.expect.file);
    }
}
