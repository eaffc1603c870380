//! Each convention family parses to the shape docs/samples.md describes.

use phongvan::interview::{Interview, Role};
use phongvan::source::BUNDLED;
use phongvan::{parse, text};

struct Expect {
    file: &'static str,
    /// questions, answers, remarks
    turns: (usize, usize, usize),
    title: &'static str,
    author: Option<&'static str>,
    date: &'static str,
    interviewee: &'static str,
    /// paragraphs of each answer, in order (empty: not checked)
    answers: &'static [usize],
}

/// Pages copied from real outlets' layouts (tests/fixtures/outlets; written for testing,
/// expectations in tools/parser-check/expected.py). Fields the parser still gets wrong are
/// named in `gaps` and not checked, so the gaps stay visible here.
struct Outlet {
    expect: Expect,
    gaps: &'static [&'static str],
}

const OUTLETS: &[Outlet] = &[
    Outlet {
        expect: Expect {
            file: "vnexpress-bold-questions.txt",
            turns: (5, 5, 0),
            title: "'Học sinh giỏi ngữ pháp nhưng sợ nói tiếng Anh'",
            author: Some("Thanh Hằng"),
            date: "2023-03-02T07:00",
            interviewee: "Vũ Thị Thanh Nhàn",
            answers: &[2, 2, 2, 5, 2],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "tuoitre-star-dash.txt",
            turns: (6, 6, 0),
            title: "Bỏ phố về rừng trồng sâm: 'Tôi không lãng mạn hóa chuyện làm nông'",
            author: Some("TRUNG TÂN"),
            date: "2024-03-16T08:12",
            interviewee: "Lê Hoàng Phúc",
            answers: &[2, 2, 2, 2, 4, 1],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "thanhnien-two-paragraph-questions.txt",
            turns: (5, 5, 1),
            title: "Người cao tuổi sống một mình cần một 'mạng lưới', không chỉ một người chăm sóc",
            author: Some("Lê Cầm"),
            date: "2024-05-05T06:30",
            interviewee: "Đoàn Minh Khôi",
            answers: &[3, 2, 2, 1, 2],
        },
        gaps: &[],
    },
    // Q2 is a statement whose reply opens "Đúng vậy." without a first-person word
    Outlet {
        expect: Expect {
            file: "dantri-subheads-numbered.txt",
            turns: (5, 5, 1),
            title: "\"Doanh nghiệp nhỏ không thiếu vốn, mà thiếu người dám ký\"",
            author: Some("Mai Chi"),
            date: "2024-03-13T06:05",
            interviewee: "Nguyễn Hữu Thắng",
            answers: &[2, 3, 6, 1, 2],
        },
        gaps: &["turns", "answers"],
    },
    Outlet {
        expect: Expect {
            file: "vietnamnet-english-name-labels.txt",
            turns: (5, 5, 1),
            title: "GS Michael Turner: Việt Nam cần 'đi nhanh' ở năng suất, không chỉ ở sản lượng",
            author: Some("Thái An"),
            date: "2024-04-10T06:00",
            interviewee: "Michael Turner",
            answers: &[2, 2, 2, 1, 1],
        },
        gaps: &[],
    },
    // a pull quote that repeats the answer with different punctuation stays in the answer
    Outlet {
        expect: Expect {
            file: "znews-pullquote-title-colon.txt",
            turns: (5, 5, 0),
            title: "Nhà văn Đỗ Quỳnh Như: 'Viết cho thiếu nhi khó hơn viết cho người lớn'",
            author: Some("Ngọc Minh"),
            date: "2024-04-15T06:00",
            interviewee: "Đỗ Quỳnh Như",
            answers: &[2, 2, 1, 2, 1],
        },
        gaps: &["answers"],
    },
    Outlet {
        expect: Expect {
            file: "laodong-hard-wrapped-labels.txt",
            turns: (4, 4, 1),
            title: "\"Tăng lương tối thiểu 6% vẫn chưa đủ bù trượt giá cho công nhân\"",
            author: Some("Bảo Hân"),
            date: "2023-11-20T05:30",
            interviewee: "Hồ Đức Lâm",
            answers: &[2, 1, 2, 1],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "nhandan-dong-chi-labels.txt",
            turns: (4, 4, 1),
            title: "Tuyên Quang phát huy lợi thế rừng, phát triển xanh và bền vững",
            author: Some("NGUYỄN HOÀNG"),
            date: "2024-01-15T05:00",
            interviewee: "Lê Quang Hòa",
            answers: &[2, 4, 1, 2],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "qdnd-phong-vien-pv-labels.txt",
            turns: (4, 4, 1),
            title: "Xây dựng đơn vị \"mẫu mực, tiêu biểu\" bắt đầu từ những việc nhỏ nhất",
            author: Some("NGỌC HƯNG"),
            date: "2023-11-22T07:36",
            interviewee: "Nguyễn Văn Hải",
            answers: &[2, 2, 1, 1],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "cand-glued-no-space.txt",
            turns: (4, 4, 1),
            title: "Không để chung cư mini trở thành \"bẫy lửa\"",
            author: Some("Đăng Khoa"),
            date: "2023-11-18T09:15",
            interviewee: "Trần Minh Tâm",
            answers: &[],
        },
        gaps: &[],
    },
    // the interviewee is named only as "Bùi Thị Lan Anh (22 tuổi)", with no title
    Outlet {
        expect: Expect {
            file: "tienphong-wrapped-title-no-markers.txt",
            turns: (5, 5, 0),
            title: "Nữ VĐV điền kinh Bùi Thị Lan Anh: 'Tôi chạy để mẹ không phải đi làm thuê nữa'",
            author: Some("Hồ Hạnh"),
            date: "2024-01-08T06:28",
            interviewee: "Bùi Thị Lan Anh",
            answers: &[2, 2, 2, 1, 1],
        },
        gaps: &["interviewee"],
    },
    Outlet {
        expect: Expect {
            file: "vov-ambassador-english-name.txt",
            turns: (4, 5, 1),
            title: "Đại sứ Canada: \"Quan hệ Canada - Việt Nam đang ở thời điểm tốt nhất\"",
            author: Some("Thu Hà"),
            date: "2024-01-19T06:30",
            interviewee: "Thomas Whitfield",
            answers: &[2, 2, 1, 1, 1],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "guardian-the-qa.txt",
            turns: (14, 14, 0),
            title: "Joanna Pike: ‘My greatest fear? Running out of ink’",
            author: Some("Hannah Greaves"),
            date: "2024-03-09T06:00",
            interviewee: "Joanna Pike",
            answers: &[1; 14],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "nyt-bold-names.txt",
            turns: (5, 5, 0),
            title: "A Glaciologist on Why She Stopped Saying ‘Tipping Point’",
            author: Some("Margaret Ellison"),
            date: "2024-03-03",
            interviewee: "Ingrid Solberg",
            answers: &[1, 2, 1, 1, 1],
        },
        gaps: &[],
    },
    Outlet {
        expect: Expect {
            file: "time-labels.txt",
            turns: (5, 5, 0),
            title: "The Engineer Who Wants AI to Say ‘I Don’t Know’",
            author: Some("Priya Raman"),
            date: "2024-03-05T07:00",
            interviewee: "Aarav Mehta",
            answers: &[1, 2, 1, 1, 1],
        },
        gaps: &[],
    },
];

const EXPECT: &[Expect] = &[
    Expect {
        file: "hanoimoi-2023-thanh-xuan.txt",
        turns: (3, 3, 1),
        title: "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững",
        author: Some("Vũ Thủy"),
        date: "2023-02-18T06:52",
        interviewee: "Bùi Huyền Mai",
        answers: &[4, 2, 2],
    },
    Expect {
        file: "vi-pv-label-tuoitre-style.txt",
        turns: (6, 6, 0),
        title: "Tự chủ đại học không có nghĩa là tăng học phí bằng mọi giá",
        author: Some("Minh Anh"),
        date: "2023-08-12T07:30",
        interviewee: "Nguyễn Văn Hùng",
        answers: &[2, 2, 2, 2, 2, 1],
    },
    Expect {
        file: "vi-phong-vien-label.txt",
        turns: (6, 6, 1),
        title: "Đừng để học sinh một mình với những áp lực vô hình",
        author: Some("Thanh Hương"),
        date: "2023-11-20T08:00",
        interviewee: "Trần Thị Lan",
        answers: &[2, 2, 1, 1, 7, 1],
    },
    Expect {
        file: "vi-hoi-dap.txt",
        turns: (4, 4, 0),
        title: "Quyền lợi của người lao động khi nghỉ việc: luật sư giải đáp",
        author: Some("Lê Hòa"),
        date: "2024-03-15",
        interviewee: "Đỗ Thanh Bình",
        answers: &[3, 3, 2, 3],
    },
    Expect {
        file: "vi-dash-unmarked-answers.txt",
        turns: (6, 6, 1),
        title: "Thị trường nhà ở cần thêm nguồn cung giá vừa túi tiền",
        author: Some("Hoàng Long"),
        date: "2023-11-05T06:00",
        interviewee: "Đặng Quốc Bảo",
        answers: &[2, 2, 2, 3, 1, 2],
    },
    Expect {
        file: "vi-no-markers.txt",
        turns: (6, 6, 1),
        title: "Cộng đồng người Việt là cầu nối bền chặt giữa Việt Nam và New Zealand",
        author: Some("Hà Linh"),
        date: "2023-09-02T06:00",
        interviewee: "Lương Thế Minh",
        answers: &[2, 2, 2, 2, 1, 1],
    },
    Expect {
        file: "vi-hard-wrapped.txt",
        turns: (6, 6, 1),
        title: "Giữ hồn chèo giữa nhịp sống hôm nay",
        author: Some("Thu Trang"),
        date: "2023-06-24",
        interviewee: "Phùng Thị Hảo",
        answers: &[1, 2, 2, 2, 2, 1],
    },
    Expect {
        file: "vi-glued-paragraphs.txt",
        turns: (8, 8, 1),
        title: "Nông dân chỉ đổi cách làm khi thấy lợi ích thật",
        author: Some("Ngọc Trâm"),
        date: "2023-10-16T07:00",
        interviewee: "Lê Anh Tuấn",
        answers: &[],
    },
    Expect {
        file: "en-qa-labels.txt",
        turns: (7, 8, 1),
        title: "'The delta is sinking faster than the sea is rising': A hydrologist on the Mekong's future",
        author: Some("Sarah Nguyen"),
        date: "2023-04-30",
        interviewee: "Le Thu Ha",
        answers: &[2, 2, 1, 2, 1, 1, 1, 1],
    },
    Expect {
        file: "en-name-labels.txt",
        turns: (7, 8, 1),
        title: "Energy Is Now the Language of Diplomacy in Southeast Asia",
        author: Some("Mai Tran"),
        date: "2024-03-05",
        interviewee: "John Hartley",
        answers: &[1, 1, 2, 1, 1, 1, 1, 1],
    },
    Expect {
        file: "vi-live-qa.txt",
        turns: (7, 8, 1),
        title: "Phòng chống sốt xuất huyết mùa mưa: Những điều cần biết",
        author: None,
        date: "2023-09-14T09:30",
        interviewee: "Lê Minh Châu",
        answers: &[1, 2, 2, 1, 2, 2, 1, 1],
    },
];

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
];

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
    if check("interviewee") && iv.interviewee_name() != Some(e.interviewee) {
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
