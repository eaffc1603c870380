//! The default bindings: keys, action, where they apply, help and footer texts.

use crossterm::event::KeyCode::{
    self, BackTab, Backspace, Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

use super::Scope::{self, Both, Library, Reader};
use crate::tui::app::Action;

/// Keys, Ctrl+letters, action, scope, help (en, vi), footer hint (en, vi).
pub type Row =
    (&'static [KeyCode], &'static [char], Action, Scope, [&'static str; 2], Option<[&'static str; 2]>);

const DIGITS: &[KeyCode] = &[
    Char(':'),
    Char('0'),
    Char('1'),
    Char('2'),
    Char('3'),
    Char('4'),
    Char('5'),
    Char('6'),
    Char('7'),
    Char('8'),
    Char('9'),
];

/// `{measure}` in a help text stands for the configured reading measure.
pub const DEFAULTS: &[Row] = &[
    (
        &[Down, Char('j')],
        &[],
        Action::Down,
        Both,
        ["down a line (library: next row)", "xuống một dòng (thư viện: dòng sau)"],
        Some(["scroll", "cuộn"]),
    ),
    (
        &[Up, Char('k')],
        &[],
        Action::Up,
        Both,
        ["up a line (library: previous row)", "lên một dòng (thư viện: dòng trước)"],
        None,
    ),
    (&[Char('d')], &['d'], Action::HalfPageDown, Both, ["down half a page", "xuống nửa trang"], None),
    (&[Char('u')], &['u'], Action::HalfPageUp, Both, ["up half a page", "lên nửa trang"], None),
    (
        &[Char(' '), PageDown, Char('f')],
        &['f'],
        Action::PageDown,
        Both,
        ["next page", "trang sau"],
        Some(["page", "trang"]),
    ),
    (&[Char('b'), PageUp], &['b'], Action::PageUp, Both, ["previous page", "trang trước"], None),
    (
        &[Right, Char('l'), Char(']'), Tab],
        &[],
        Action::Next,
        Reader,
        ["next question (transcript: next heading)", "câu hỏi sau (toàn văn: đề mục sau)"],
        Some(["question", "câu hỏi"]),
    ),
    (
        &[Left, Char('h'), Char('['), BackTab],
        &[],
        Action::Prev,
        Reader,
        ["previous question", "câu hỏi trước"],
        None,
    ),
    (&[Char('<')], &[], Action::FirstQuestion, Reader, ["first question", "câu hỏi đầu"], None),
    (&[Char('>')], &[], Action::LastQuestion, Reader, ["last question", "câu hỏi cuối"], None),
    (
        DIGITS,
        &[],
        Action::Goto(None),
        Both,
        [
            "question N: 3 Enter or :3 Enter (library: row N)",
            "câu hỏi N: 3 Enter hoặc :3 Enter (thư viện: dòng N)",
        ],
        None,
    ),
    (
        &[Char('g'), Home],
        &[],
        Action::Top,
        Both,
        ["top of the answer (library: first row)", "đầu câu trả lời (thư viện: dòng đầu)"],
        None,
    ),
    (
        &[Char('G'), End],
        &[],
        Action::Bottom,
        Both,
        ["end of the answer (library: last row)", "cuối câu trả lời (thư viện: dòng cuối)"],
        None,
    ),
    (
        &[Char('/')],
        &[],
        Action::Search,
        Both,
        ["search (filter in the library)", "tìm (lọc trong thư viện)"],
        Some(["search", "tìm"]),
    ),
    (
        &[Char('n')],
        &[],
        Action::NextMatch,
        Reader,
        ["next match, in questions and answers (wraps)", "kết quả sau, trong câu hỏi và trả lời"],
        None,
    ),
    (&[Char('N')], &[], Action::PrevMatch, Reader, ["previous match", "kết quả trước"], None),
    (
        &[Char('t')],
        &[],
        Action::Transcript,
        Reader,
        ["transcript view (again: back)", "xem toàn văn (lần nữa: quay lại)"],
        Some(["transcript", "toàn văn"]),
    ),
    (
        &[Char('i')],
        &[],
        Action::Info,
        Reader,
        ["info view (again: back)", "xem thông tin (lần nữa: quay lại)"],
        None,
    ),
    (&[Char('+')], &[], Action::Wider, Reader, ["wider text", "chữ rộng hơn"], None),
    (&[Char('-')], &[], Action::Narrower, Reader, ["narrower text", "chữ hẹp hơn"], None),
    (
        &[Char('=')],
        &[],
        Action::ResetMeasure,
        Reader,
        ["text width back to {measure}", "độ rộng chữ về {measure}"],
        None,
    ),
    (
        &[Char('y')],
        &[],
        Action::Copy,
        Reader,
        ["copy question and answer", "chép câu hỏi và trả lời"],
        Some(["copy", "chép"]),
    ),
    (
        &[Char('Y')],
        &[],
        Action::CopyAll,
        Reader,
        ["copy the whole transcript (OSC 52, with a citation)", "chép toàn văn (OSC 52, kèm nguồn)"],
        None,
    ),
    (&[Enter], &[], Action::Open, Library, ["open", "mở"], Some(["open", "mở"])),
    (
        &[Char('s')],
        &[],
        Action::Sort,
        Library,
        ["sort by date, title, outlet, author", "sắp theo ngày, tiêu đề, báo, tác giả"],
        Some(["sort", "sắp xếp"]),
    ),
    (
        &[Esc, Backspace],
        &[],
        Action::Back,
        Both,
        ["back: clear search, leave a view, to the library", "quay lại: bỏ tìm, rời chế độ xem, về thư viện"],
        None,
    ),
    (
        &[Char('?')],
        &[],
        Action::Help,
        Both,
        ["this help (q, Esc: close)", "trợ giúp này (q, Esc: đóng)"],
        Some(["help", "trợ giúp"]),
    ),
    (&[Char('q')], &['c'], Action::Quit, Both, ["quit", "thoát"], Some(["quit", "thoát"])),
    (&[], &['z'], Action::Suspend, Both, ["suspend (fg: back)", "tạm dừng (fg: quay lại)"], None),
];
