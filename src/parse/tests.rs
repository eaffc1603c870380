//! Parser tests on whole articles: the seed exactly, and every line placed once.

use super::*;

const SEED: &str = include_str!("../../data/hanoimoi-2023-thanh-xuan.txt");

#[test]
fn seed_metadata_is_exact() {
    let iv = parse(&crate::text::clean(SEED), "seed");
    assert_eq!(iv.title.as_deref(), Some("Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"));
    assert_eq!(iv.author.as_deref(), Some("Vũ Thủy"));
    assert_eq!(iv.published.as_deref(), Some("2023-02-18T06:52"));
    assert_eq!(iv.outlet.as_deref(), Some("HNM"));
    assert!(iv.lead[0].starts_with("Năm 2022, Đảng bộ quận Thanh Xuân"), "{:?}", iv.lead);
    assert_eq!(iv.captions, ["Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân Bùi Huyền Mai."]);
    let who = iv.interviewee.as_ref().expect("an interviewee");
    assert_eq!(who.name.as_deref(), Some("Bùi Huyền Mai"));
    assert_eq!(who.role.as_deref(), Some("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân"));
    assert_eq!(
        iv.boilerplate,
        ["(0) Bình luận", "Đừng bỏ lỡ", "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"]
    );
    assert!(iv.unclassified.is_empty());
}

#[test]
fn seed_turns_are_exact() {
    use crate::interview::Role::*;
    let iv = parse(&crate::text::clean(SEED), "seed");
    let shape: Vec<_> = iv.turns.iter().map(|t| (t.role, t.paragraphs.len())).collect();
    assert_eq!(
        shape,
        [(Question, 1), (Answer, 4), (Question, 1), (Answer, 2), (Question, 1), (Answer, 2), (Remark, 1)]
    );
    assert_eq!(iv.turns[6].paragraphs, ["Trân trọng cảm ơn đồng chí!"]);
    assert!(iv.turns.iter().all(|t| !t.paragraphs[0].starts_with('-')));
}
