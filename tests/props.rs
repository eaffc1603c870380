//! Properties of the text engine and the parser over generated Vietnamese-like text.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use phongvan::text::fold::{Query, fold_key, tone_key};
use phongvan::text::str_width;
use phongvan::text::wrap::{Options, wrap};

/// Words that mix NFC and NFD Vietnamese, CJK, emoji, tabs and very long words.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec!["Thanh", "Xuân", "Đảng", "nghiêng", "thuỷ", "hòa", "người", "quận", "Bùi", "Huyền"]).prop_map(String::from),
        2 => prop::sample::select(vec!["Xuân", "nghiệp", "Thủy", "ưởng", "Đặng"]).prop_map(|w| w.nfd().collect()),
        1 => prop::sample::select(vec!["漢字", "東京", "👨\u{200d}👩\u{200d}👧", "🇻🇳", "e\u{301}\u{302}"]).prop_map(String::from),
        1 => "[a-zạảấầẩẫậ]{12,40}",
        1 => Just("\t".to_owned()),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 0..40).prop_map(|w| w.join(" "))
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

proptest! {
    #[test]
    fn every_wrapped_line_fits_and_nothing_but_space_is_lost(text in paragraph(), width in 2usize..60, label in prop::option::of("[A-Z][a-z]{0,8}: ")) {
        let opts = Options { width, prefix: label.as_deref().map(|l| (l, 0u8)), hanging: true };
        let lines = wrap(&[(text.as_str(), 1u8)], &opts);
        let mut rebuilt = String::new();
        for line in &lines {
            prop_assert!(line.width() <= width, "{:?} is wider than {}", line.text(), width);
            let body: String = line.pieces.iter().filter(|p| p.style == 1).map(|p| p.text.as_str()).collect();
            prop_assert!(!body.starts_with(is_mark), "line starts with a mark: {:?}", body);
            rebuilt.push_str(&body);
        }
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        prop_assert_eq!(squash(&rebuilt), squash(&text));
    }

    #[test]
    fn folding_is_idempotent(text in paragraph()) {
        let f = fold_key(&text);
        prop_assert_eq!(fold_key(&f), f.clone());
        let t = tone_key(&text.nfc().collect::<String>());
        prop_assert_eq!(tone_key(&t), t.clone());
    }

    #[test]
    fn matches_fall_on_grapheme_boundaries(text in paragraph(), q in prop::sample::select(vec!["xuan", "Xuân", "hoà", "dang", "e", "ng", "漢"])) {
        let bounds: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
        for r in Query::new(q).unwrap().find_in(&text) {
            prop_assert!(bounds.contains(&r.start) && bounds.contains(&r.end), "{:?} in {:?}", r, text);
            prop_assert!(r.start < r.end);
        }
    }

    #[test]
    fn widths_agree_with_ratatui(g in paragraph()) {
        use ratatui::buffer::Buffer;
        use ratatui::layout::Rect;
        let line: String = g.chars().filter(|c| *c != '\t').collect();
        let mut buf = Buffer::empty(Rect::new(0, 0, 400, 1));
        let (x, _) = buf.set_stringn(0, 0, &line, 400, ratatui::style::Style::new());
        prop_assume!(str_width(&line) < 400);
        prop_assert_eq!(usize::from(x), str_width(&line));
    }

    #[test]
    fn the_parser_never_panics_and_loses_no_line(lines in prop::collection::vec(prop_oneof![
        paragraph(),
        paragraph().prop_map(|p| format!("- {p}?")),
        paragraph().prop_map(|p| format!("PV: {p}")),
        paragraph().prop_map(|p| format!("Ông Nguyễn Văn A: {p}.")),
        Just(String::new()),
        Just("(0) Bình luận".to_owned()),
        Just("18/02/2023 06:52".to_owned()),
        // a caption whose letters change length when lowercased ("İ" → "i̇") before its credit
        Just("Ông Nguyễn Văn An tại hội thảo İİİ (Ảnh: Hoàng Long)".to_owned()),
        paragraph().prop_map(|p| format!("{p} ẞİ Ảnh: Hoàng Long")),
        "\\PC{0,80}",
    ], 0..30)) {
        let text = phongvan::text::clean(&lines.join("\n"));
        let iv = phongvan::parse::parse(&text, "-");
        let mut model = String::new();
        let mut push = |s: &str| { model.push_str(s); model.push('\n'); };
        iv.title.iter().chain(&iv.byline).chain(&iv.lead).chain(&iv.captions).chain(&iv.boilerplate).chain(&iv.unclassified).chain(&iv.outlet).for_each(|s| push(s));
        for t in &iv.turns { t.speaker.iter().chain(&t.paragraphs).for_each(|s| push(s)); }
        let model_words: Vec<&str> = model.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            prop_assert!(model_words.contains(&w), "{:?} lost", w);
        }
    }
}
