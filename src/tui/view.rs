//! Drawing: reads the state, never changes it.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::app::{App, Reader, View};
use super::pages::{Laid, Part};
use crate::interview::Interview;
use crate::text::fold::to_ascii;

mod footer;
mod library;

/// Side by side from this many columns; stacked below.
pub const SIDE_BY_SIDE: u16 = 100;
/// Below this size only a notice is drawn.
pub const MIN_SIZE: (u16, u16) = (20, 6);

/// Where everything goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub body: Rect,
    pub body_text: Rect,
    pub questions: Rect,
    pub questions_text: Rect,
    pub answer: Rect,
    pub answer_text: Rect,
    pub footer: Rect,
    pub side_by_side: bool,
}

/// Splits the screen: header (2 lines), body, footer (1 line); the body into the question
/// and answer panes, side by side or stacked.
pub fn areas(area: Rect) -> Areas {
    let [header, body, footer] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let side_by_side = area.width >= SIDE_BY_SIDE;
    let [questions, answer] = if side_by_side {
        Layout::horizontal([Constraint::Percentage(38), Constraint::Percentage(62)]).areas(body)
    } else {
        let qh = (body.height / 3).clamp(3.min(body.height), 10);
        Layout::vertical([Constraint::Length(qh), Constraint::Min(0)]).areas(body)
    };
    // a column on the left for the selection's bar; two on the right before the divider
    let right = u16::from(side_by_side) * 2;
    let questions_text = Rect {
        x: questions.x + 1,
        y: questions.y + 1,
        height: questions.height.saturating_sub(1),
        width: questions.width.saturating_sub(right + 1),
    };
    Areas {
        header,
        body,
        body_text: padded(body),
        questions,
        questions_text,
        answer,
        answer_text: padded(answer),
        footer,
        side_by_side,
    }
}

/// A pane's text area: below its top border, with a cell of margin each side when wide.
fn padded(pane: Rect) -> Rect {
    let pad = u16::from(pane.width >= 30);
    Rect {
        x: pane.x + pad,
        y: pane.y + 1,
        width: pane.width.saturating_sub(2 * pad),
        height: pane.height.saturating_sub(1),
    }
}

/// The text width in a pane: the reading measure, or the pane if narrower.
pub fn measure_width(pane: u16, measure: u16) -> u16 {
    pane.min(measure).max(1)
}

/// The text area centred in the pane at the measure's width.
fn centred(pane: Rect, measure: u16) -> Rect {
    let width = measure_width(pane.width, measure);
    Rect { x: pane.x + (pane.width - width) / 2, width, ..pane }
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let notice = Paragraph::new(text(app, app.strings.too_small)).alignment(Alignment::Center);
        frame.render_widget(notice, area);
        return;
    }
    let a = areas(area);
    match &app.reader {
        Some(r) => reader(app, r, frame, &a),
        None => library::library(app, frame, &a),
    }
    footer::footer(app, frame, a.footer);
    if app.help {
        footer::help(app, frame, area);
    }
}

/// Text as the terminal can show it (ASCII when asked).
fn text(app: &App, s: &str) -> String {
    if app.ascii { to_ascii(s) } else { s.to_owned() }
}

/// Text cut to `width` cells with an ellipsis, so a cut never looks like a whole word.
fn fit(app: &App, s: &str, width: u16) -> String {
    let ellipsis = if app.ascii { "~" } else { "…" };
    crate::text::width::truncate(&text(app, s), usize::from(width), ellipsis)
}

fn border_set(app: &App) -> border::Set<'static> {
    if app.ascii { ASCII_BORDER } else { border::PLAIN }
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

fn pane_block<'a>(app: &App, title: &str, borders: Borders) -> Block<'a> {
    let block = Block::new().borders(borders).border_set(border_set(app)).border_style(app.theme.border);
    match title {
        "" => block,
        t => block.title(Span::styled(format!(" {} ", text(app, t)), app.theme.pane_title)),
    }
}

fn header(app: &App, frame: &mut Frame, area: Rect, title: &str, meta: &str, right: &str) {
    let [top, bottom] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(fit(app, title, top.width), app.theme.title)), top);
    let right = text(app, right);
    let w = crate::text::str_width(&right) as u16;
    let [left, pos] = Layout::horizontal([Constraint::Min(0), Constraint::Length(w)]).areas(bottom);
    let meta = fit(app, meta, left.width.saturating_sub(1));
    frame.render_widget(Paragraph::new(Span::styled(meta, app.theme.meta)), left);
    frame.render_widget(Paragraph::new(Span::styled(right, app.theme.hint_key)), pos);
}

fn reader(app: &App, r: &Reader, frame: &mut Frame, a: &Areas) {
    let iv = &r.pages.iv;
    let title = iv.title.clone().unwrap_or_else(|| iv.source.clone());
    let at = position(app, r, a.header.width < 80);
    let meta = header_meta(iv, a.header.width.saturating_sub(1 + crate::text::str_width(&at) as u16));
    header(app, frame, a.header, &title, &meta, &at);
    match r.view {
        View::Interview if iv.has_turns() => {
            questions(app, r, frame, a);
            // side by side the answer starts at the divider; stacked it is centred
            let centre = !a.side_by_side;
            scrolled(app, frame, (a.answer, a.answer_text), app.strings.answer, r.scroll, centre);
        }
        View::Interview => scrolled(app, frame, (a.body, a.body_text), app.strings.article, r.scroll, true),
        View::Transcript => {
            scrolled(app, frame, (a.body, a.body_text), app.strings.transcript, r.doc_scroll, true)
        }
        View::Info => scrolled(app, frame, (a.body, a.body_text), app.strings.info, r.doc_scroll, true),
    }
}

/// Where the reader is, counting questions only: "question 3/12", "Introduction · 12
/// questions", "article".
fn position(app: &App, r: &Reader, narrow: bool) -> String {
    let s = app.strings;
    if !r.pages.iv.has_turns() {
        return format!(" {}", s.article.to_lowercase());
    }
    let at = if r.view == View::Transcript { app.transcript_entry() } else { r.selected };
    let total = r.pages.questions();
    let count = format!("{total} {}", if total == 1 { s.question } else { s.questions_count });
    match r.pages.number(at) {
        Some(n) => format!(" {} {n}/{total}", s.question),
        // a narrow header keeps its room for the names
        None if narrow => format!(" {count}"),
        None => format!(" {} · {count}", s.opening),
    }
}

/// The metadata line cut to `width`: the role goes first, then the names shorten; the
/// date and outlet stay.
fn header_meta(iv: &Interview, width: u16) -> String {
    use crate::text::{str_width, width::truncate};
    let width = usize::from(width);
    let join = |parts: &[Option<String>]| {
        parts.iter().flatten().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(" · ")
    };
    let name = iv.interviewee.as_ref().and_then(|p| p.name.clone());
    let role = iv.interviewee.as_ref().and_then(|p| p.role.clone());
    let full = name.as_ref().map(|n| role.as_ref().map_or(n.clone(), |r| format!("{n} ({r})")));
    let date = iv.published.as_ref().map(|d| d.replace('T', " "));
    let tail = join(&[date, iv.outlet.clone()]);
    let short = join(&[name, iv.author.clone()]);
    for head in [join(&[full, iv.author.clone()]), short.clone()] {
        let line = join(&[Some(head), Some(tail.clone())]);
        if str_width(&line) <= width {
            return line;
        }
    }
    // still too wide: the names are cut, the date and outlet kept
    let room = width.saturating_sub(str_width(&tail) + 3);
    match (short.is_empty(), tail.is_empty()) {
        (_, true) => truncate(&short, width, "…"),
        (false, false) if room >= 4 => format!("{} · {tail}", truncate(&short, room, "…")),
        _ => tail,
    }
}

fn questions(app: &App, r: &Reader, frame: &mut Frame, a: &Areas) {
    let borders = if a.side_by_side { Borders::TOP | Borders::RIGHT } else { Borders::TOP };
    let laid = app.laid(Part::Questions);
    let area = a.questions_text;
    let h = usize::from(area.height);
    let sel = laid.entries.get(r.selected).cloned().unwrap_or(0..0);
    let offset = app.question_offset();
    // questions out of view above or below
    let (above, below) = (offset > 0, offset + h < laid.lines.len());
    let marks = format!("{}{}", if above { " ↑" } else { "" }, if below { " ↓" } else { "" });
    let marks = if marks.is_empty() { marks } else { format!("{marks} ") };
    let block =
        pane_block(app, app.strings.questions, borders).title(Line::from(text(app, &marks)).right_aligned());
    frame.render_widget(block, a.questions);
    let current = app.current_mark(Part::Questions);
    let lines: Vec<Line> = (offset..(offset + h).min(laid.lines.len()))
        .map(|i| {
            let line = styled_line(app, &laid, i, current);
            if i == sel.start { mark_selected(app, line) } else { line }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
    // a bar beside every line of the selected question
    let bar = Span::styled(if app.ascii { ">" } else { "▌" }, app.theme.number);
    for i in sel.start.max(offset)..sel.end.min(offset + h) {
        let y = area.y + (i - offset) as u16;
        frame.render_widget(Paragraph::new(bar.clone()), Rect { x: area.x - 1, y, width: 1, height: 1 });
    }
}

/// The selected question shows by its number, reversed, and a bar: moving the selection
/// redraws two numbers and two bars, not two whole questions (bytes matter over SSH).
fn mark_selected<'a>(app: &App, mut line: Line<'a>) -> Line<'a> {
    if let Some(number) = line.spans.first_mut() {
        let n = number.content.trim_end().to_owned();
        let rest = number.content[n.len()..].to_owned();
        *number = Span::styled(n, number.style.patch(app.theme.selected));
        line.spans.insert(1, Span::raw(rest));
    }
    line
}

/// Line `i` of a layout, the current match (the `current`-th) styled apart.
fn styled_line<'a>(app: &App, laid: &'a Laid, i: usize, current: Option<usize>) -> Line<'a> {
    let mut line = laid.lines.line(i);
    if let Some(k) = current
        && laid.marks.get(k) == Some(&i)
        && let Some(span) = laid.mark_spans.get(k).and_then(|&s| line.spans.get_mut(s))
    {
        span.style = span.style.patch(app.theme.current);
    }
    line
}

/// A pane of wrapped text scrolled to `scroll` at the reading measure (centred, or from
/// the pane's left edge), with where the reader is in its border: more above, how far
/// down (as less's prompt says it), more below.
fn scrolled(
    app: &App,
    frame: &mut Frame,
    (pane, area): (Rect, Rect),
    title: &str,
    scroll: usize,
    centre: bool,
) {
    let part = app.part().expect("a reader is open");
    let laid = app.laid(part);
    let h = usize::from(area.height);
    let total = laid.lines.len();
    let (above, below) = (scroll > 0, scroll + h < total);
    let position = match above || below {
        true => {
            let percent = (scroll + h).min(total) * 100 / total.max(1);
            let arrows = (if above { "↑ " } else { "" }, if below { " ↓" } else { "" });
            text(app, &format!(" {}{percent}%{} ", arrows.0, arrows.1))
        }
        false => String::new(),
    };
    let block = pane_block(app, title, Borders::TOP).title(Line::from(position).right_aligned());
    frame.render_widget(block, pane);
    let current = app.current_mark(part);
    let lines: Vec<Line> =
        (scroll..(scroll + h).min(total)).map(|i| styled_line(app, &laid, i, current)).collect();
    let area = if centre {
        centred(area, app.measure)
    } else {
        Rect { width: measure_width(area.width, app.measure), ..area }
    };
    frame.render_widget(Paragraph::new(lines), area);
}
