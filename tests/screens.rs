//! What the browser draws, as text, at the sizes people use (ratatui TestBackend).

use phongvan::library::Entry;
use phongvan::source::BUNDLED;
use phongvan::tui::app::{Action, App, Settings};
use phongvan::tui::view;
use phongvan::{parse, text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn entry(i: usize) -> Entry {
    let (name, raw) = BUNDLED[i];
    let source = format!("data/{name}");
    Entry::new(source.clone(), Ok(parse::parse(&text::clean(raw), &source)))
}

fn app_with(entries: Vec<Entry>, settings: Settings, width: u16, height: u16) -> App {
    let mut app = App::new(entries, settings);
    app.update(Action::Resize(width, height));
    app
}

fn seed_app(width: u16, height: u16) -> App {
    app_with(vec![entry(0)], Settings::default(), width, height)
}

fn screen(app: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    term.draw(|f| view::render(app, f)).unwrap();
    term.backend().to_string()
}

fn press(app: &mut App, actions: &[Action]) {
    actions.iter().for_each(|a| {
        app.update(*a);
    });
}

fn typed(app: &mut App, s: &str) {
    s.chars().for_each(|c| {
        app.update(Action::Input(c));
    });
}

const SIZES: [(u16, u16); 3] = [(120, 40), (80, 24), (40, 12)];

/// Every view at every size, snapshotted.
#[test]
fn every_view_at_every_size() {
    type Setup = fn(&mut App);
    let views: [(&str, Setup); 7] = [
        ("interview", |_| {}),
        ("transcript", |a| press(a, &[Action::Transcript])),
        ("info", |a| press(a, &[Action::Info])),
        ("search", |a| {
            press(a, &[Action::Search]);
            typed(a, "xuân");
        }),
        ("help", |a| press(a, &[Action::Help])),
        ("second_question", |a| press(a, &[Action::Next, Action::PageDown])),
        ("narrow_measure", |a| press(a, &[Action::Narrower, Action::Narrower, Action::Narrower])),
    ];
    for (w, h) in SIZES {
        for (name, setup) in views {
            let mut app = seed_app(w, h);
            setup(&mut app);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&app));
        }
        let mut lib = app_with((0..BUNDLED.len()).map(entry).collect(), Settings::default(), w, h);
        insta::assert_snapshot!(format!("library_{w}x{h}"), screen(&lib));
        press(&mut lib, &[Action::Sort]);
        insta::assert_snapshot!(format!("library_by_title_{w}x{h}"), screen(&lib));
        let article =
            parse::parse("Một bài viết không có câu hỏi nào.\n\nĐoạn văn thứ hai dài hơn một chút.", "a.txt");
        let art = app_with(vec![Entry::new("a.txt".into(), Ok(article))], Settings::default(), w, h);
        insta::assert_snapshot!(format!("article_{w}x{h}"), screen(&art));
    }
}

#[test]
fn side_by_side_at_100x30_shows_title_question_and_answer() {
    let s = screen(&seed_app(100, 30));
    assert!(s.contains("Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"));
    assert!(s.contains("1. Xin đồng chí cho biết"));
    assert!(s.contains("Trong năm 2022, mặc dù còn nhiều khó khăn"));
    insta::assert_snapshot!(s);
}

#[test]
fn stacked_at_60x20_shows_question_and_answer() {
    let s = screen(&seed_app(60, 20));
    assert!(s.contains("1. Xin đồng chí cho biết"));
    assert!(s.contains("Trong năm 2022"));
    insta::assert_snapshot!(s);
}

#[test]
fn last_question_ends_with_the_closing_remark() {
    let mut app = seed_app(60, 20);
    press(&mut app, &[Action::Next, Action::Next, Action::Bottom]);
    let s = screen(&app);
    assert!(s.contains("question 3/3"));
    assert!(s.contains("Trân trọng cảm ơn đồng chí!"));
}

#[test]
fn help_lists_every_binding() {
    let mut app = seed_app(80, 30);
    app.update(Action::Help);
    let s = screen(&app);
    for b in app.keymap.visible(false) {
        assert!(s.contains(b.help[0]), "{}", b.help[0]);
    }
}

#[test]
fn vietnamese_ui_strings() {
    let settings = Settings { strings: &phongvan::tui::strings::VI, ..Settings::default() };
    let s = screen(&app_with(vec![entry(0)], settings, 100, 30));
    assert!(s.contains("Câu hỏi") && s.contains("Trả lời") && s.contains("câu hỏi 1/3"), "{s}");
}

#[test]
fn tiny_terminals_get_a_notice_not_a_panic() {
    for (w, h) in [(1, 1), (2, 1), (10, 3), (19, 5), (20, 6)] {
        screen(&seed_app(w, h));
    }
    assert!(screen(&seed_app(19, 5)).contains("too small"));
}

#[test]
fn every_line_fits_its_pane() {
    use phongvan::text::str_width;
    for w in [20u16, 33, 60, 99, 100, 140] {
        let app = seed_app(w, 30);
        let (tw, _) = app.text_area();
        for l in app.laid(phongvan::tui::pages::Part::Replies(0)).lines.iter() {
            let width: usize = l.spans.iter().map(|s| str_width(&s.content)).sum();
            assert!(width <= usize::from(tw));
        }
    }
}

#[test]
fn ascii_mode_draws_only_ascii() {
    let (name, raw) = BUNDLED[0];
    let iv = phongvan::export::to_ascii_interview(&parse::parse(&text::clean(raw), name));
    for (w, h, help) in [(100, 30, false), (60, 20, true)] {
        let settings = Settings { ascii: true, ..Settings::default() };
        let mut app = app_with(vec![Entry::new("x".into(), Ok(iv.clone()))], settings, w, h);
        if help {
            app.update(Action::Help);
        }
        let s = screen(&app);
        assert!(s.is_ascii(), "{s}");
        assert!(help || s.contains("Tap trung lanh dao"));
    }
}
