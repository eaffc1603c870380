//! Drawing: reads the state, never changes it.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::app::App;
use super::keymap;
use crate::export::meta_line;
use crate::text::fold::to_ascii;

/// Side by side from this many columns; stacked below.
pub const SIDE_BY_SIDE: u16 = 100;
/// Below this size only a notice is drawn.
pub const MIN_SIZE: (u16, u16) = (20, 6);

/// Where everything goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub questions: Rect,
    pub questions_text: Rect,
    pub answer: Rect,
    pub answer_text: Rect,
    pub footer: Rect,
    pub side_by_side: bool,
}

/// Splits the screen: header (2 lines), panes, footer (1 line).
pub fn areas(area: Rect) -> Areas {
    let [header, body, footer] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let side_by_side = area.width >= SIDE_BY_SIDE;
    let (questions, answer) = if side_by_side {
        let [q, a] = Layout::horizontal([Constraint::Percentage(38), Constraint::Percentage(62)]).areas(body);
        (q, a)
    } else {
        let qh = (body.height / 3).clamp(3.min(body.height), 10);
        let [q, a] = Layout::vertical([Constraint::Length(qh), Constraint::Min(0)]).areas(body);
        (q, a)
    };
    let questions_text = Rect {
        y: questions.y + 1,
        height: questions.height.saturating_sub(1),
        width: questions.width.saturating_sub(u16::from(side_by_side)),
        ..questions
    };
    let pad = u16::from(answer.width >= 30);
    let answer_text = Rect {
        x: answer.x + pad,
        y: answer.y + 1,
        width: answer.width.saturating_sub(2 * pad),
        height: answer.height.saturating_sub(1),
    };
    Areas { header, questions, questions_text, answer, answer_text, footer, side_by_side }
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        frame.render_widget(Paragraph::new("terminal too small").alignment(Alignment::Center), area);
        return;
    }
    let a = areas(area);
    header(app, frame, a.header);
    questions(app, frame, &a);
    answer(app, frame, &a);
    footer(app, frame, a.footer);
    if app.help {
        help(app, frame, area);
    }
}

fn text(app: &App, s: &str) -> String {
    if app.ascii { to_ascii(s) } else { s.to_owned() }
}

fn header(app: &App, frame: &mut Frame, area: Rect) {
    let iv = &app.pages.iv;
    let title = iv.title.clone().unwrap_or_else(|| iv.source.clone());
    let position = format!(" {} {}/{}", "question", app.selected + 1, app.pages.len());
    let [top, bottom] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(text(app, &title), app.theme.title)), top);
    let [meta, pos] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(position.chars().count() as u16)])
            .areas(bottom);
    frame.render_widget(Paragraph::new(Span::styled(text(app, &meta_line(iv)), app.theme.meta)), meta);
    frame.render_widget(Paragraph::new(Span::styled(position, app.theme.hint_key)), pos);
}

fn pane_block<'a>(app: &App, title: String, borders: Borders) -> Block<'a> {
    let set = if app.ascii { ASCII_BORDER } else { border::PLAIN };
    Block::new()
        .borders(borders)
        .border_set(set)
        .border_style(app.theme.border)
        .title(Span::styled(title, app.theme.pane_title))
}

const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

fn questions(app: &App, frame: &mut Frame, a: &Areas) {
    let borders = if a.side_by_side { Borders::TOP | Borders::RIGHT } else { Borders::TOP };
    frame.render_widget(pane_block(app, " Questions ".to_owned(), borders), a.questions);
    let laid = app.pages.questions(a.questions_text.width);
    let h = usize::from(a.questions_text.height);
    let sel = laid.entries.get(app.selected).cloned().unwrap_or(0..0);
    let offset = if sel.end > h { sel.start.min(sel.end - h) } else { 0 };
    let lines: Vec<Line> = laid
        .lines
        .iter()
        .enumerate()
        .skip(offset)
        .take(h)
        .map(|(i, l)| if sel.contains(&i) { l.clone().style(app.theme.selected) } else { l.clone() })
        .collect();
    frame.render_widget(Paragraph::new(lines), a.questions_text);
}

fn answer(app: &App, frame: &mut Frame, a: &Areas) {
    let laid = app.pages.replies(app.selected, a.answer_text.width);
    let h = usize::from(a.answer_text.height);
    let shown = (app.scroll + h).min(laid.lines.len());
    let position = match laid.lines.len() {
        n if n <= h => String::new(),
        n => format!(" {}% ", shown * 100 / n),
    };
    let block =
        pane_block(app, " Answer ".to_owned(), Borders::TOP).title(Line::from(position).right_aligned());
    frame.render_widget(block, a.answer);
    let lines: Vec<Line> = laid.lines.iter().skip(app.scroll).take(h).cloned().collect();
    frame.render_widget(Paragraph::new(lines), a.answer_text);
}

fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    for (keys, hint) in keymap::hints() {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(text(app, keys), app.theme.hint_key));
        spans.push(Span::styled(format!(" {hint}"), app.theme.hint));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn help(app: &App, frame: &mut Frame, area: Rect) {
    let lines: Vec<Line> = keymap::KEYS
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:<12}", text(app, b.names)), app.theme.hint_key),
                Span::raw(b.help),
            ])
        })
        .collect();
    let w = 50.min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
    let popup =
        Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h };
    frame.render_widget(Clear, popup);
    let set = if app.ascii { ASCII_BORDER } else { border::PLAIN };
    let block = Block::bordered()
        .border_set(set)
        .title(Span::styled(" Keys ", app.theme.pane_title))
        .style(Style::new());
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
