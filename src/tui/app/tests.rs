//! `update` for every action.

use super::*;
use crate::interview::{Interview, Role, Turn};
use crate::tui::pages::Part;

pub(super) fn turn(role: Role, text: &str) -> Turn {
    Turn { role, speaker: None, paragraphs: vec![text.to_owned()] }
}

pub(super) fn interview(title: &str) -> Interview {
    let long = "Đoạn trả lời dài về quận Thanh Xuân. ".repeat(60);
    Interview {
        title: Some(title.to_owned()),
        interviewee: Some(crate::interview::Person { name: Some("Bùi Huyền Mai".into()), role: None }),
        turns: vec![
            turn(Role::Question, "Thanh Xuân thế nào?"),
            turn(Role::Answer, &long),
            turn(Role::Question, "Hai?"),
            turn(Role::Answer, "Ngắn, Xuân."),
            turn(Role::Remark, "Cảm ơn!"),
        ],
        ..Interview::default()
    }
}

pub(super) fn app() -> App {
    let mut app = App::new(vec![Entry::new("a".into(), Ok(interview("Một")))], Settings::default());
    app.update(Action::Resize(60, 20));
    app
}

pub(super) fn library() -> App {
    let entries = vec![
        Entry::new("a".into(), Ok(interview("Bê"))),
        Entry::new("b".into(), Ok(Interview { published: Some("2024-01-01".into()), ..interview("A") })),
        Entry::new("c.bin".into(), Err("looks like a binary file".into())),
    ];
    let mut app = App::new(entries, Settings::default());
    app.update(Action::Resize(60, 20));
    app
}

pub(super) fn reader(app: &App) -> &Reader {
    app.reader.as_ref().expect("an open interview")
}

#[test]
fn down_up_top_bottom_stop_at_the_ends() {
    let mut app = app();
    assert!(!app.update(Action::Up));
    assert!(app.update(Action::Down));
    assert_eq!(reader(&app).scroll, 1);
    app.update(Action::Bottom);
    let bottom = reader(&app).scroll;
    assert!(bottom > 1);
    assert!(!app.update(Action::Down));
    app.update(Action::Top);
    assert_eq!(reader(&app).scroll, 0);
}

#[test]
fn page_down_and_up_move_a_page() {
    let mut app = app();
    app.update(Action::PageDown);
    assert_eq!(reader(&app).scroll, app.page());
    app.update(Action::PageUp);
    assert_eq!(reader(&app).scroll, 0);
}

#[test]
fn next_and_prev_select_questions_and_reset_the_scroll() {
    let mut app = app();
    app.update(Action::PageDown);
    assert!(app.update(Action::Next));
    assert_eq!((reader(&app).selected, reader(&app).scroll), (1, 0));
    assert!(!app.update(Action::Next));
    assert!(app.update(Action::Prev));
    assert_eq!(reader(&app).selected, 0);
}

#[test]
fn search_types_submits_and_steps_through_matches() {
    let mut app = app();
    app.update(Action::Search);
    assert!(app.search.is_open());
    for c in "xuan".chars() {
        app.update(Action::Input(c));
    }
    let (_, total) = app.match_status().unwrap();
    assert_eq!(total, 62); // 1 in question 1, 60 in answer 1, 1 in answer 2
    app.update(Action::Submit);
    assert!(!app.search.is_open());
    assert_eq!(app.match_status(), Some((0, 62)));
    app.update(Action::NextMatch);
    assert_eq!(app.match_status(), Some((1, 62)));
    app.update(Action::PrevMatch);
    app.update(Action::PrevMatch);
    assert_eq!(app.match_status(), Some((61, 62)));
    assert_eq!(reader(&app).selected, 1, "the last match is in the second answer");
}

#[test]
fn prompt_erase_clear_history_and_cancel() {
    let mut app = app();
    app.update(Action::Search);
    app.update(Action::Input('x'));
    app.update(Action::Input('y'));
    app.update(Action::Erase);
    assert_eq!(app.search.input.as_deref(), Some("x"));
    app.update(Action::ClearInput);
    assert_eq!(app.search.input.as_deref(), Some(""));
    app.update(Action::Input('h'));
    app.update(Action::Submit);
    app.update(Action::Search);
    app.update(Action::HistoryUp);
    assert_eq!(app.search.input.as_deref(), Some("h"));
    app.update(Action::HistoryDown);
    assert_eq!(app.search.input.as_deref(), Some(""));
    app.update(Action::Input('z'));
    app.update(Action::Cancel);
    assert_eq!(app.search.text, "h");
}

#[test]
fn transcript_and_info_toggle() {
    let mut app = app();
    app.update(Action::Transcript);
    assert_eq!(reader(&app).view, View::Transcript);
    app.update(Action::Bottom);
    assert!(reader(&app).doc_scroll > 0);
    app.update(Action::Info);
    assert_eq!(reader(&app).view, View::Info);
    app.update(Action::Info);
    assert_eq!(reader(&app).view, View::Interview);
}

#[test]
fn measure_widens_narrows_and_resets() {
    let mut app = app();
    app.update(Action::Resize(200, 40));
    app.update(Action::Wider);
    assert_eq!(app.measure, 84);
    for _ in 0..40 {
        app.update(Action::Narrower);
    }
    assert_eq!(app.measure, MIN_MEASURE);
    assert_eq!(app.text_area().0, MIN_MEASURE);
    app.update(Action::ResetMeasure);
    assert_eq!(app.measure, 80);
}

#[test]
fn copy_and_copy_all_leave_effects() {
    let mut app = app();
    app.effects.clear();
    app.update(Action::Copy);
    let Some(Effect::Copy(text)) = app.effects.pop() else { panic!("a copy") };
    assert!(text.starts_with("Q: Thanh Xuân thế nào?") && text.contains("— Bùi Huyền Mai, Một"), "{text}");
    assert!(app.status.as_deref().unwrap().starts_with("copied"));
    app.update(Action::CopyAll);
    let Some(Effect::Copy(all)) = app.effects.pop() else { panic!("a copy") };
    assert!(all.contains("Q: Hai?") && all.contains("Cảm ơn!"));
}

#[test]
fn library_opens_sorts_and_goes_back() {
    let mut app = library();
    assert!(app.in_library());
    assert_eq!(app.order, [1, 0, 2]); // dated first
    app.update(Action::Sort);
    assert_eq!(app.sort, Sort::Title);
    assert_eq!(app.order, [1, 0, 2]); // "A", "Bê", "c.bin"
    app.update(Action::Bottom);
    app.update(Action::Open);
    assert!(app.in_library(), "an unreadable entry does not open");
    assert!(app.status.as_deref().unwrap().contains("looks like a binary file"));
    app.update(Action::Top);
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(reader(&app).entry, 0);
    assert_eq!(app.effects.last(), Some(&Effect::Opened(0)));
    app.update(Action::Back);
    assert!(app.in_library());
    assert!(matches!(app.effects.last(), Some(Effect::Closed(0, _))));
}

#[test]
fn library_filter_and_paging() {
    let mut app = library();
    app.update(Action::Search);
    "bin".chars().for_each(|c| {
        app.update(Action::Input(c));
    });
    app.update(Action::Submit);
    assert_eq!(app.order, [2]);
    app.update(Action::Back);
    assert_eq!(app.order.len(), 3);
    app.update(Action::PageDown);
    assert_eq!(app.row, 2);
    app.update(Action::PageUp);
    assert_eq!(app.row, 0);
    app.update(Action::Up);
    assert_eq!(app.row, 0);
}

#[test]
fn back_clears_the_search_first() {
    let mut app = app();
    app.update(Action::Search);
    app.update(Action::Input('x'));
    app.update(Action::Submit);
    app.update(Action::Back);
    assert!(app.search.query.is_none());
    assert!(!app.in_library(), "a single interview has no library to go back to");
}

#[test]
fn help_scrolls_with_the_scrolling_keys_and_any_other_key_closes_it() {
    let mut app = app();
    assert!(app.update(Action::Help));
    assert!(app.help);
    assert!(app.update(Action::Down), "the help is longer than 20 rows");
    assert_eq!(app.help_scroll, 1);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    let bottom = app.help_scroll;
    assert!(!app.update(Action::PageDown), "stops at its end");
    assert_eq!(app.help_scroll, bottom);
    assert!(app.update(Action::Back));
    assert!(!app.help);
    assert_eq!(reader(&app).scroll, 0, "the keys only moved the help");
}

#[test]
fn suspend_asks_the_runner() {
    let mut app = app();
    app.effects.clear();
    app.update(Action::Suspend);
    assert_eq!(app.effects, [Effect::Suspend]);
}

#[test]
fn the_transcript_opens_at_the_selected_question_and_hands_back_the_one_reached() {
    let mut app = app();
    app.update(Action::Next);
    app.update(Action::Transcript);
    assert_eq!(app.transcript_entry(), 1);
    app.update(Action::Top);
    assert_eq!(app.transcript_entry(), 0);
    app.update(Action::Transcript);
    assert_eq!((reader(&app).view, reader(&app).selected), (View::Interview, 0));
}

#[test]
fn a_library_filter_does_not_follow_into_the_interview() {
    let mut app = library();
    app.update(Action::Search);
    app.update(Action::Input('b'));
    app.update(Action::Submit);
    app.update(Action::Open);
    assert!(app.search.query.is_none(), "the interview starts without the filter");
    app.update(Action::Back);
    assert!(app.in_library());
    assert_eq!(app.search.text, "b", "the filter is back");
}

#[test]
fn a_pasted_bidi_override_never_reaches_the_library_filter() {
    let mut app = library();
    app.update(Action::Search);
    for c in "\u{202e}b\u{2066}\u{1b}".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.search.input.as_deref(), Some("b"));
    assert_eq!(app.search.text, "b");
}

#[test]
fn a_resize_keeps_the_place_in_the_text() {
    let mut app = app();
    app.update(Action::Transcript);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    let before = app.laid(Part::Transcript).lines.len();
    let share = reader(&app).doc_scroll as f64 / before as f64;
    app.update(Action::Resize(40, 20));
    let after = app.laid(Part::Transcript).lines.len();
    let now = reader(&app).doc_scroll as f64 / after as f64;
    assert!((now - share).abs() < 0.05, "{share} then {now}");
}

#[test]
fn quit_keeps_the_position() {
    let mut app = app();
    app.update(Action::Next);
    app.update(Action::Quit);
    assert!(app.quit);
    assert_eq!(
        app.effects.last(),
        Some(&Effect::Closed(0, Position { selected: 1, scroll: 0, transcript: None }))
    );
}

#[test]
fn resize_keeps_the_scroll_in_range() {
    let mut app = app();
    app.update(Action::Bottom);
    app.update(Action::Resize(200, 60));
    let laid = app.laid(Part::Replies(0));
    assert!(reader(&app).scroll <= laid.lines.len().saturating_sub(app.page()));
}

#[test]
fn restore_puts_the_reader_back() {
    let mut app = app();
    app.update(Action::Restore(Position { selected: 1, scroll: 0, transcript: None }));
    assert_eq!(reader(&app).selected, 1);
    app.update(Action::Restore(Position { selected: 99, scroll: 99, transcript: None }));
    assert_eq!(reader(&app).selected, 1, "clamped to the last question");
    assert!(app.status.as_deref().unwrap().starts_with("resumed"));
}

#[test]
fn entries_arriving_in_batches_list_as_all_at_once_and_keep_the_selection() {
    let entry = |i: usize| {
        let date = (!i.is_multiple_of(3)).then(|| format!("2024-0{}-01", 1 + i % 5));
        Entry::new(
            format!("{i}.txt"),
            Ok(Interview { published: date, ..interview(&format!("Bài {}", i % 4)) }),
        )
    };
    let mut app = App::new(Vec::new(), Settings::default());
    app.update(Action::Resize(60, 20));
    app.arrive(Arrival::Entries((0..5).map(entry).collect()));
    app.update(Action::Down);
    let chosen = app.order[app.row];
    app.arrive(Arrival::Entries((5..9).map(entry).collect()));
    app.arrive(Arrival::Entries((9..20).map(entry).collect()));
    assert_eq!(app.order[app.row], chosen, "the selection stays on its entry");
    let at_once = App::new((0..20).map(entry).collect(), Settings::default());
    assert_eq!(app.order, at_once.order);
}

#[test]
fn a_filter_lists_its_hits_in_the_order_of_the_whole_list() {
    let entry = |i: usize| {
        let date = Some(format!("2024-0{}-01", 1 + i % 7));
        let mut e = Entry::new(
            format!("{i}.txt"),
            Ok(Interview { published: date, ..interview(&format!("Bài {i}")) }),
        );
        e.id = Some(100 + i as i64);
        e
    };
    let mut app = App::new(Vec::new(), Settings { indexed: true, ..Settings::default() });
    app.update(Action::Resize(60, 20));
    app.arrive(Arrival::Entries((0..12).map(entry).collect()));
    app.update(Action::Sort);
    app.update(Action::Search);
    app.update(Action::Input('x'));
    let g = app.search.generation;
    // the index answers in its own order, and names a row the list does not hold
    app.arrive(Arrival::Hits(g, vec![111, 103, 999, 100, 107]));
    let by_title = crate::library::sorted(&app.entries, app.sort, vec![0, 3, 7, 11]);
    assert_eq!(app.order, by_title);
    assert_eq!(app.sort, Sort::Title);
}
