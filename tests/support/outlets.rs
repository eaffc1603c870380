//! The expected shape of each outlet page in tests/fixtures/outlets, for conventions.rs.

pub struct Expect {
    pub file: &'static str,
    /// questions, answers, remarks
    pub turns: (usize, usize, usize),
    pub title: &'static str,
    pub author: Option<&'static str>,
    pub date: &'static str,
    pub interviewee: &'static str,
    /// paragraphs of each answer, in order (empty: not checked)
    pub answers: &'static [usize],
}

/// Pages copied from real outlets' layouts (tests/fixtures/outlets; written for testing,
/// expectations in tools/parser-check/expected.py). Fields the parser still gets wrong are
/// named in `gaps` and not checked, so the gaps stay visible here.
pub struct Outlet {
    pub expect: Expect,
    pub gaps: &'static [&'static str],
}

pub const OUTLETS: &[Outlet] = &[
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
