//! `update` for moving about a long interview: half pages, question N, the lead, the
//! incremental search, clicks, the transcript kept, the library's marks.

use super::tests::{app, interview, library, reader};
use super::*;
use crate::interview::{Interview, Role};
use crate::tui::pages::Part;
use crate::tui::view;

fn with_lead() -> App {
    let iv = Interview { lead: vec!["Sa-pô về Thanh Xuân.".into()], ..interview("Một") };
    let mut app = App::new(vec![Entry::new("a".into(), Ok(iv))], Settings::default());
    app.update(Action::Resize(60, 20));
    app
}

fn typed(app: &mut App, text: &str) {
    text.chars().for_each(|c| {
        app.update(Action::Input(c));
    });
}

#[test]
fn half_pages_move_half_as_far_as_pages_and_ctrl_d_never_quits() {
    let mut app = app();
    app.update(Action::HalfPageDown);
    assert_eq!(reader(&app).scroll, app.page().div_ceil(2));
    app.update(Action::HalfPageUp);
    assert_eq!(reader(&app).scroll, 0);
    assert!(!app.quit);
}

#[test]
fn digits_and_enter_go_to_question_n_clamped_to_the_last() {
    let mut app = app();
    app.update(Action::Goto(Some(2)));
    assert_eq!(app.goto.as_deref(), Some("2"));
    app.update(Action::Submit);
    assert_eq!((reader(&app).selected, app.goto.clone()), (1, None));
    app.update(Action::Goto(None)); // ":"
    typed(&mut app, "1");
    assert_eq!(app.goto.as_deref(), Some("1"));
    app.update(Action::Submit);
    assert_eq!(reader(&app).selected, 0);
    app.update(Action::Goto(Some(9)));
    typed(&mut app, "9");
    app.update(Action::Submit);
    assert_eq!(reader(&app).selected, 1, "question 99 of 2 is the last");
}

#[test]
fn the_goto_prompt_cancels_with_esc_and_with_backspace_when_empty() {
    let mut app = app();
    app.update(Action::Goto(Some(2)));
    app.update(Action::Cancel);
    assert_eq!((app.goto.clone(), reader(&app).selected), (None, 0));
    app.update(Action::Goto(Some(2)));
    app.update(Action::Erase);
    assert_eq!(app.goto.as_deref(), Some(""));
    app.update(Action::Erase);
    assert_eq!(app.goto, None);
}

#[test]
fn a_row_number_selects_the_library_row() {
    let mut app = library();
    app.update(Action::Goto(Some(3)));
    app.update(Action::Submit);
    assert_eq!(app.row, 2);
}

#[test]
fn first_and_last_question_while_g_and_shift_g_stay_in_the_answer() {
    let mut app = app();
    app.update(Action::LastQuestion);
    assert_eq!(reader(&app).selected, 1);
    app.update(Action::FirstQuestion);
    assert_eq!(reader(&app).selected, 0);
    app.update(Action::Bottom);
    assert!(reader(&app).scroll > 0);
    assert_eq!(reader(&app).selected, 0, "G is the end of the answer, not the last question");
}

#[test]
fn the_lead_is_an_introduction_before_question_one_and_is_not_counted() {
    let app = with_lead();
    let pages = &reader(&app).pages;
    assert_eq!((pages.len(), pages.questions()), (3, 2));
    assert_eq!((pages.number(0), pages.number(1), pages.number(2)), (None, Some(1), Some(2)));
    assert_eq!(reader(&app).selected, 0, "opens at the top of the article");
    let intro = app.laid(Part::Replies(0));
    assert!(intro.lines.iter().any(|l| l.to_string().contains("Sa-pô về Thanh Xuân.")));
    assert_eq!(pages.entry_of(1), 1);
}

#[test]
fn q_closes_the_help_and_ctrl_c_quits_even_from_it() {
    let mut app = app();
    app.update(Action::Help);
    app.update(Action::Quit);
    assert!(!app.help && !app.quit, "q closes the help");
    app.update(Action::Help);
    app.update(Action::Interrupt);
    assert!(app.quit);
}

#[test]
fn backspace_on_an_empty_search_prompt_closes_it() {
    let mut app = app();
    app.update(Action::Search);
    app.update(Action::Erase);
    assert!(!app.search.is_open());
}

#[test]
fn typing_a_search_moves_to_the_first_match_after_the_reader_and_enter_keeps_it() {
    let mut app = app();
    app.update(Action::Next); // question 2: "Hai?" / "Ngắn, Xuân."
    app.update(Action::Search);
    typed(&mut app, "xuan");
    let shown = app.match_status();
    assert_eq!(shown, Some((61, 62)), "the first match from question 2 on");
    assert_eq!(reader(&app).selected, 1);
    app.update(Action::Submit);
    assert_eq!(app.match_status(), shown, "Enter keeps the match the prompt showed");
    app.update(Action::NextMatch);
    assert_eq!(app.match_status(), Some((0, 62)));
    assert_eq!(app.status.as_deref(), Some("search wrapped to the top · match 1/62"));
    assert_eq!(reader(&app).selected, 0);
}

#[test]
fn esc_in_the_search_prompt_goes_back_to_where_the_reader_was() {
    let mut app = app();
    app.update(Action::Next);
    app.update(Action::Search);
    typed(&mut app, "thanh");
    assert_eq!(reader(&app).selected, 0, "the only match is in question 1");
    app.update(Action::Cancel);
    assert_eq!(reader(&app).selected, 1);
    assert!(app.search.query.is_none());
}

#[test]
fn the_current_match_is_marked_in_its_pane() {
    let mut app = app();
    app.update(Action::Search);
    typed(&mut app, "xuan");
    app.update(Action::Submit);
    assert_eq!(app.current_mark(Part::Questions), Some(0));
    app.update(Action::NextMatch);
    assert_eq!(app.current_mark(Part::Replies(0)), Some(0));
    assert_eq!(app.current_mark(Part::Questions), None);
}

#[test]
fn esc_leaves_the_transcript_for_the_interview_then_the_library() {
    let mut app = library();
    app.update(Action::Open);
    app.update(Action::Transcript);
    app.update(Action::Back);
    assert_eq!(reader(&app).view, View::Interview);
    app.update(Action::Back);
    assert!(app.in_library());
}

#[test]
fn the_transcript_place_is_kept_and_put_back() {
    let mut app = app();
    app.update(Action::Transcript);
    app.update(Action::PageDown);
    let line = reader(&app).doc_scroll;
    app.update(Action::Quit);
    let Some(&Effect::Closed(0, pos)) = app.effects.last() else { panic!("closed") };
    assert_eq!(pos.transcript, Some(line));
    let mut again = super::tests::app();
    again.update(Action::Restore(pos));
    assert_eq!((reader(&again).view, reader(&again).doc_scroll), (View::Transcript, line));
}

#[test]
fn resumed_is_said_only_when_the_position_moved_the_reader() {
    let mut app = app();
    app.update(Action::Restore(Position::default()));
    assert_eq!(app.status, None);
    app.update(Action::Restore(Position { selected: 1, scroll: 0, transcript: None }));
    assert!(app.status.as_deref().is_some_and(|s| s.starts_with("resumed")));
}

#[test]
fn a_click_on_a_question_selects_it() {
    let mut app = app();
    let q = view::areas(app.screen()).questions_text;
    let second = app.laid(Part::Questions).entries[1].start as u16;
    app.update(Action::Click(q.x + 2, q.y + second));
    assert_eq!(reader(&app).selected, 1);
    app.update(Action::Click(q.x + 2, q.y));
    assert_eq!(reader(&app).selected, 0);
}

#[test]
fn a_click_on_a_library_row_selects_it() {
    let mut app = library();
    let body = view::areas(app.screen()).body;
    app.update(Action::Click(3, body.y + 1 + 2 * 2));
    assert_eq!(app.row, 2);
}

#[test]
fn the_library_cycles_four_orders_and_keeps_where_entries_were_left() {
    let mut app = library();
    let orders: Vec<Sort> = (0..4)
        .map(|_| {
            app.update(Action::Sort);
            app.sort
        })
        .collect();
    assert_eq!(orders, [Sort::Title, Sort::Outlet, Sort::Author, Sort::Date]);
    app.update(Action::Seen(1, Position { selected: 1, scroll: 3, transcript: None }));
    assert_eq!(app.seen[1].map(|p| p.selected), Some(1));
    app.update(Action::Open); // the first row: entry 1, the dated one
    app.update(Action::Next);
    app.update(Action::Back);
    assert_eq!(app.seen[1].map(|p| p.selected), Some(1));
}

#[test]
fn a_long_label_stands_on_its_own_line_instead_of_squeezing_the_answer() {
    let long = "Tôi nghĩ rằng trẻ em cần được ngủ đủ giấc mỗi ngày để học tốt hơn ở trường.";
    let mut answer = super::tests::turn(Role::Answer, long);
    answer.speaker = Some("PGS.TS Trần Thị Lan".into());
    let iv =
        Interview { turns: vec![super::tests::turn(Role::Question, "Hỏi?"), answer], ..interview("Một") };
    let mut app = App::new(vec![Entry::new("a".into(), Ok(iv))], Settings::default());
    app.update(Action::Resize(200, 60)); // the answer at the full measure of 80
    let lines: Vec<String> = app.laid(Part::Replies(0)).lines.iter().map(|l| l.to_string()).collect();
    let first = lines.iter().find(|l| !l.trim().is_empty()).unwrap();
    assert_eq!(first.trim_end(), "PGS.TS Trần Thị Lan:", "{lines:?}");
    assert!(lines.iter().any(|l| l.starts_with("Tôi nghĩ")), "the answer starts flush left: {lines:?}");
}

#[test]
fn opening_and_leaving_the_transcript_keeps_the_question() {
    use super::tests::turn;
    let turns = vec![turn(Role::Question, "Một?"), turn(Role::Answer, "Ngắn."), turn(Role::Question, "Hai?")];
    let iv = Interview { turns, ..interview("Một") };
    let mut app = App::new(vec![Entry::new("a".into(), Ok(iv))], Settings::default());
    app.update(Action::Resize(100, 60)); // the whole transcript fits: it cannot scroll
    app.update(Action::Transcript);
    assert_eq!(app.transcript_entry(), 0, "not the last heading on screen");
    app.update(Action::Transcript);
    assert_eq!(reader(&app).selected, 0);
    app.update(Action::Next);
    app.update(Action::Transcript);
    app.update(Action::Back);
    assert_eq!(reader(&app).selected, 1);
}

#[test]
fn a_count_before_a_key_repeats_it_as_vim_and_less_do() {
    let mut app = app();
    app.update(Action::Goto(Some(5)));
    app.update(Action::Input('j'));
    assert_eq!((reader(&app).scroll, app.goto.clone()), (5, None));
    app.update(Action::Goto(Some(2)));
    app.update(Action::Input('G'));
    assert_eq!(reader(&app).selected, 1, "2G: question 2");
}

#[test]
fn zero_goes_to_the_introduction() {
    let mut app = with_lead();
    app.update(Action::LastQuestion);
    app.update(Action::Goto(Some(0)));
    app.update(Action::Submit);
    assert_eq!(reader(&app).selected, 0);
}

#[test]
fn space_at_the_end_of_an_answer_turns_to_the_next_question() {
    let mut app = app();
    app.update(Action::Bottom);
    app.update(Action::PageDown);
    assert_eq!((reader(&app).selected, reader(&app).scroll), (1, 0));
    app.update(Action::Down);
    assert_eq!(reader(&app).selected, 1, "j does not turn");
}

#[test]
fn changing_the_measure_says_the_width() {
    let mut app = app();
    app.update(Action::Resize(200, 60));
    app.update(Action::Narrower);
    assert_eq!(app.status.as_deref(), Some("text width 76"));
    app.update(Action::Wider);
    app.update(Action::Wider);
    assert_eq!(app.status.as_deref(), Some("text width 84"));
    app.update(Action::Resize(60, 20));
    app.update(Action::ResetMeasure);
    assert_eq!(app.status.as_deref(), Some("text width 80 (the pane allows 58)"));
}

#[test]
fn quitting_after_a_search_in_one_article_filters_nothing() {
    let mut app = app();
    app.update(Action::Search);
    typed(&mut app, "zzz"); // found nowhere: a library order for it would be empty
    app.update(Action::Submit);
    let before = app.order.clone();
    app.update(Action::Quit);
    assert!(app.quit);
    assert_eq!(app.order, before, "no library order was computed for the article's search");
}

#[test]
fn a_filter_asks_why_the_rows_on_screen_match() {
    let mut app = library();
    app.effects.clear();
    app.update(Action::Search);
    typed(&mut app, "ngan");
    let asked = app.effects.iter().rev().find_map(|e| match e {
        Effect::Snippets(g, rows) => Some((*g, rows.clone())),
        _ => None,
    });
    let (g, rows) = asked.expect("snippets asked for");
    assert_eq!(g, app.search.generation);
    assert!(!rows.is_empty());
    app.arrive(Arrival::Snippets(g, vec![(rows[0], "…Ngắn, Xuân.".into())]));
    assert_eq!(app.snippets.1.get(&rows[0]).map(String::as_str), Some("…Ngắn, Xuân."));
}
