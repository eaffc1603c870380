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
    let mut app = seed_app(100, 30);
    press(&mut app, &[Action::Next]);
    let s = screen(&app);
    assert!(s.contains("Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"));
    assert!(s.contains("1. Xin đồng chí cho biết"));
    assert!(s.contains("Trong năm 2022, mặc dù còn nhiều khó khăn"));
    insta::assert_snapshot!(s);
}

#[test]
fn stacked_at_60x20_shows_question_and_answer() {
    let mut app = seed_app(60, 20);
    press(&mut app, &[Action::Next]);
    let s = screen(&app);
    assert!(s.contains("1. Xin đồng chí cho biết"));
    assert!(s.contains("Trong năm 2022"));
    insta::assert_snapshot!(s);
}

#[test]
fn last_question_ends_with_the_closing_remark() {
    let mut app = seed_app(60, 20);
    press(&mut app, &[Action::LastQuestion, Action::Bottom]);
    let s = screen(&app);
    assert!(s.contains("question 3/3"));
    assert!(s.contains("Trân trọng cảm ơn đồng chí!"));
}

#[test]
fn help_lists_every_binding() {
    let settings = Settings { measure: 72, ..Settings::default() };
    let mut app = app_with(vec![entry(0)], settings, 80, 40);
    app.update(Action::Help);
    let s = screen(&app);
    for b in app.keymap.visible(false) {
        let help = b.help[0].replace("{measure}", "72");
        assert!(s.contains(&help), "{help}\n{s}");
        assert!(s.contains(&b.names), "{}\n{s}", b.names);
    }
    assert!(s.contains("Space PgDn f Ctrl-F") && s.contains("→ l ] Tab") && s.contains("d Ctrl-D"));
}

#[test]
fn vietnamese_ui_strings() {
    let settings = Settings { strings: &phongvan::tui::strings::VI, ..Settings::default() };
    let mut app = app_with(vec![entry(0)], settings, 100, 30);
    let s = screen(&app);
    assert!(s.contains("Mở đầu · 3 câu hỏi"), "{s}");
    press(&mut app, &[Action::Next]);
    let s = screen(&app);
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
    // the interview keeps its real text (copies take it); only the screen is folded
    let (name, raw) = BUNDLED[0];
    let iv = parse::parse(&text::clean(raw), name);
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

/// The seed interview's buffer after `actions`, at `w`x`h`.
fn buffer(app: &App) -> ratatui::buffer::Buffer {
    let mut term = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    term.draw(|f| view::render(app, f)).unwrap();
    term.backend().buffer().clone()
}

#[test]
fn the_footer_keeps_help_and_quit_at_60_columns() {
    let s = screen(&seed_app(60, 20));
    let footer = s.lines().last().unwrap();
    assert!(footer.contains("? help") && footer.contains("q quit"), "{footer}");
}

#[test]
fn a_narrow_header_cuts_the_role_first_and_keeps_date_and_outlet() {
    let s = screen(&seed_app(72, 20));
    let meta = s.lines().nth(1).unwrap();
    assert!(meta.contains("2023-02-18 06:52 · HNM"), "{meta}");
    assert!(!meta.contains("Ủy viên"), "{meta}");
    let mut app = seed_app(60, 12);
    press(&mut app, &[Action::Next]);
    let s = screen(&app);
    let meta = s.lines().nth(1).unwrap();
    assert!(meta.contains("· 2023-02-18 06:52 · HNM"), "{meta}");
}

#[test]
fn the_current_match_is_styled_apart_from_the_others() {
    let mut app = seed_app(100, 30);
    press(&mut app, &[Action::Search]);
    typed(&mut app, "xuân");
    let buf = buffer(&app);
    let theme = phongvan::tui::theme::Theme::colour();
    let cells: Vec<_> = buf.content().iter().collect();
    let current = cells.iter().filter(|c| c.bg == theme.current.bg.unwrap()).count();
    let others = cells.iter().filter(|c| c.bg == theme.highlight.bg.unwrap()).count();
    assert_eq!(current, 4, "one match, four letters: X u â n");
    assert!(others >= 8, "the other matches keep the plain highlight");
}

#[test]
fn at_200x60_the_answer_starts_right_after_the_divider() {
    let mut app = seed_app(200, 60);
    press(&mut app, &[Action::Next]);
    let s = screen(&app);
    let line = s.lines().find(|l| l.contains("Trong năm 2022")).unwrap();
    let divider = line.find('│').unwrap();
    let text = line.find("Trong").unwrap();
    assert_eq!(&line[divider..text], "│ ", "the divider, then one cell of margin: {line}");
}

#[test]
fn the_scrolled_pane_says_more_above_and_how_far_down() {
    let mut app = seed_app(80, 24);
    press(&mut app, &[Action::Next]);
    let top = screen(&app);
    assert!(top.contains("% ↓") && !top.contains("↑"), "{top}");
    press(&mut app, &[Action::Down]);
    assert!(screen(&app).contains(" ↑ "));
    press(&mut app, &[Action::Bottom]);
    assert!(screen(&app).contains(" ↑ 100% "));
}

#[test]
fn the_selected_question_has_a_bar_and_the_next_ones_stay_in_view() {
    let mut app = app_with(
        vec![entry(BUNDLED.iter().position(|(n, _)| n.contains("live-qa")).unwrap())],
        Settings::default(),
        80,
        24,
    );
    press(&mut app, &[Action::LastQuestion]);
    press(&mut app, &[Action::FirstQuestion, Action::Next, Action::Next]);
    let s = screen(&app);
    assert!(s.lines().any(|l| l.trim_start_matches('"').starts_with('▌')), "{s}");
    let offset = app.question_offset();
    let laid = app.laid(phongvan::tui::pages::Part::Questions);
    let sel = laid.entries[app.reader.as_ref().unwrap().selected].clone();
    let h = usize::from(view::areas(ratatui::layout::Rect::new(0, 0, 80, 24)).questions_text.height);
    assert!(sel.end < offset + h, "a line of the next question shows below the selected one");
}

#[test]
fn readers_questions_show_who_asked() {
    let i = BUNDLED.iter().position(|(n, _)| n.contains("live-qa")).unwrap();
    let mut app = app_with(vec![entry(i)], Settings::default(), 120, 40);
    let s = screen(&app);
    assert!(s.contains("Bạn đọc Nguyễn Văn Bình (Hà Nội) hỏi:"), "{s}");
    press(&mut app, &[Action::Transcript]);
    let t: Vec<String> =
        app.laid(phongvan::tui::pages::Part::Transcript).lines.iter().map(|l| l.to_string()).collect();
    assert!(t.iter().any(|l| l.contains("Bạn đọc Nguyễn Văn Bình")), "{t:?}");
    let seed = screen(&seed_app(120, 40));
    assert!(!seed.contains("PV:"), "one asker throughout is not named on every question");
}

#[test]
fn the_library_names_files_of_repeated_titles_and_marks_what_was_read() {
    let twin = |name: &str| Entry::new(name.into(), Ok(parse::parse(&text::clean(BUNDLED[0].1), name)));
    let mut app =
        app_with(vec![twin("a/one.txt"), twin("b/two.txt"), entry(1)], Settings::default(), 100, 20);
    app.update(Action::Seen(0, phongvan::tui::app::Position { selected: 3, scroll: 0, transcript: None }));
    app.update(Action::Seen(1, phongvan::tui::app::Position { selected: 1, scroll: 0, transcript: None }));
    let s = screen(&app);
    assert!(s.contains("— one.txt") && s.contains("— two.txt"), "{s}");
    assert!(s.contains("✓ read") && s.contains("read 1/3"), "{s}");
}

#[test]
fn sorted_by_author_the_rows_show_the_author() {
    let mut lib = app_with((0..BUNDLED.len()).map(entry).collect(), Settings::default(), 100, 60);
    press(&mut lib, &[Action::Sort, Action::Sort, Action::Sort]);
    let s = screen(&lib);
    assert!(s.contains("by author"), "{s}");
    assert!(s.lines().any(|l| l.contains("  Vũ Thủy · 2023-02-18")), "{s}");
}

#[test]
fn a_library_being_walked_says_so_then_counts_what_it_reads() {
    use phongvan::tui::app::Arrival;
    let mut app = app_with(Vec::new(), Settings { indexed: true, ..Settings::default() }, 80, 24);
    app.arrive(Arrival::Finding);
    let walking = screen(&app);
    assert!(walking.contains("looking for files…") && walking.contains("reading…"), "{walking}");
    app.arrive(Arrival::Progress(0, 3));
    app.arrive(Arrival::Entries(vec![entry(0)]));
    app.arrive(Arrival::Progress(1, 3));
    let reading = screen(&app);
    assert!(reading.contains("1 / 3 read") && !reading.contains("looking for files"), "{reading}");
}
