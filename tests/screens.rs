//! What the browser draws, as text, at the sizes people use (ratatui TestBackend).

use phongvan::source::BUNDLED;
use phongvan::tui::app::{Action, App};
use phongvan::tui::view;
use phongvan::{parse, text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn seed_app(width: u16, height: u16) -> App {
    let (name, raw) = BUNDLED[0];
    let iv = parse::parse(&text::clean(raw), &format!("data/{name}"));
    let mut app = App::new(iv, false);
    app.update(Action::Resize(width, height));
    app
}

fn screen(app: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    term.draw(|f| view::render(app, f)).unwrap();
    term.backend().to_string()
}

#[test]
fn side_by_side_at_100x30() {
    let app = seed_app(100, 30);
    let s = screen(&app);
    assert!(s.contains("Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"));
    assert!(s.contains("1. Xin đồng chí cho biết"));
    assert!(s.contains("Trong năm 2022, mặc dù còn nhiều khó khăn"));
    insta::assert_snapshot!(s);
}

#[test]
fn stacked_at_60x20_shows_question_and_answer() {
    let app = seed_app(60, 20);
    let s = screen(&app);
    assert!(s.contains("1. Xin đồng chí cho biết"));
    assert!(s.contains("Trong năm 2022"));
    insta::assert_snapshot!(s);
}

#[test]
fn next_question_and_the_closing_remark() {
    let mut app = seed_app(60, 20);
    app.update(Action::Next);
    app.update(Action::Next);
    app.update(Action::Bottom);
    let s = screen(&app);
    assert!(s.contains("question 3/3"));
    assert!(s.contains("Trân trọng cảm ơn đồng chí!"));
    insta::assert_snapshot!(s);
}

#[test]
fn help_lists_every_binding() {
    let mut app = seed_app(80, 24);
    app.update(Action::Help);
    let s = screen(&app);
    for b in phongvan::tui::keymap::KEYS {
        assert!(s.contains(b.help), "{}", b.help);
    }
}

#[test]
fn tiny_terminals_get_a_notice_not_a_panic() {
    for (w, h) in [(1, 1), (2, 1), (10, 3), (19, 5), (20, 6)] {
        let app = seed_app(w, h);
        screen(&app);
    }
    assert!(screen(&seed_app(19, 5)).contains("too small"));
}

#[test]
fn every_line_fits_its_pane() {
    use phongvan::text::str_width;
    for w in [20u16, 33, 60, 99, 100, 140] {
        let app = seed_app(w, 30);
        let a = view::areas(ratatui::layout::Rect::new(0, 0, w, 30));
        for l in &app.pages.replies(0, a.answer_text.width).lines {
            let width: usize = l.spans.iter().map(|s| str_width(&s.content)).sum();
            assert!(width <= usize::from(a.answer_text.width));
        }
    }
}

#[test]
fn ascii_mode_draws_only_ascii() {
    let (name, raw) = BUNDLED[0];
    let iv = phongvan::export::to_ascii_interview(&parse::parse(&text::clean(raw), name));
    for (w, h, help) in [(100, 30, false), (60, 20, true)] {
        let mut app = App::new(iv.clone(), true);
        app.update(Action::Resize(w, h));
        if help {
            app.update(Action::Help);
        }
        let s = screen(&app);
        assert!(s.is_ascii(), "{s}");
        assert!(s.contains("Tap trung lanh dao"));
    }
}
