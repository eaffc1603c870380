//! Drawing: reads the state, never changes it.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::app::{App, Reader, View};
use super::pages::Part;
use crate::export::meta_line;
use crate::library::Sort;
use crate::text::fold::to_ascii;

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
    let right = u16::from(side_by_side) * 2;
    let questions_text = Rect {
        y: questions.y + 1,
        height: questions.height.saturating_sub(1),
        width: questions.width.saturating_sub(right),
        ..questions
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
        None => library(app, frame, &a),
    }
    footer(app, frame, a.footer);
    if app.help {
        help(app, frame, area);
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
    let at = if r.view == View::Transcript { app.transcript_entry() } else { r.selected };
    let position = format!(" {} {}/{}", app.strings.question, at + 1, r.pages.len());
    header(app, frame, a.header, &title, &meta_line(iv), &position);
    match r.view {
        View::Interview if iv.has_turns() => {
            questions(app, r, frame, a);
            scrolled(app, frame, a.answer, a.answer_text, app.strings.answer, r.scroll);
        }
        View::Interview => scrolled(app, frame, a.body, a.body_text, app.strings.article, r.scroll),
        View::Transcript => scrolled(app, frame, a.body, a.body_text, app.strings.transcript, r.doc_scroll),
        View::Info => scrolled(app, frame, a.body, a.body_text, app.strings.info, r.doc_scroll),
    }
}

fn questions(app: &App, r: &Reader, frame: &mut Frame, a: &Areas) {
    let borders = if a.side_by_side { Borders::TOP | Borders::RIGHT } else { Borders::TOP };
    frame.render_widget(pane_block(app, app.strings.questions, borders), a.questions);
    let laid = app.laid(Part::Questions);
    let h = usize::from(a.questions_text.height);
    let sel = laid.entries.get(r.selected).cloned().unwrap_or(0..0);
    let offset = if sel.end > h { sel.start.min(sel.end - h) } else { 0 };
    let lines: Vec<Line> = (offset..(offset + h).min(laid.lines.len()))
        .map(|i| if i == sel.start { mark_selected(app, laid.lines.line(i)) } else { laid.lines.line(i) })
        .collect();
    frame.render_widget(Paragraph::new(lines), a.questions_text);
}

/// The selected question shows by its number, reversed: moving the selection redraws two
/// numbers, not two whole questions (bytes matter over SSH).
fn mark_selected<'a>(app: &App, mut line: Line<'a>) -> Line<'a> {
    if let Some(number) = line.spans.first_mut() {
        let n = number.content.trim_end().to_owned();
        let rest = number.content[n.len()..].to_owned();
        *number = Span::styled(n, number.style.patch(app.theme.selected));
        line.spans.insert(1, Span::raw(rest));
    }
    line
}

/// A pane of wrapped text scrolled to `scroll`, centred at the reading measure, with a
/// position indicator in its border.
fn scrolled(app: &App, frame: &mut Frame, pane: Rect, text_area: Rect, title: &str, scroll: usize) {
    let laid = app.laid(app.part().expect("a reader is open"));
    let h = usize::from(text_area.height);
    // "more below": it changes only at the end, so scrolling costs no redraw of the border
    let position = if scroll + h < laid.lines.len() { text(app, " ↓ ") } else { String::new() };
    let block = pane_block(app, title, Borders::TOP).title(Line::from(position).right_aligned());
    frame.render_widget(block, pane);
    let lines: Vec<Line> = (scroll..(scroll + h).min(laid.lines.len())).map(|i| laid.lines.line(i)).collect();
    frame.render_widget(Paragraph::new(lines), centred(text_area, app.measure));
}

fn library(app: &App, frame: &mut Frame, a: &Areas) {
    let sort = if app.sort == Sort::Date { app.strings.sorted_by_date } else { app.strings.sorted_by_title };
    let count = format!("{}/{} · {sort}", app.order.len(), app.entries.len());
    header(app, frame, a.header, app.strings.library, &count, "");
    let filter = match &app.search.query {
        Some(_) => format!("{}: {}", app.strings.filter, app.search.text),
        None => String::new(),
    };
    frame.render_widget(pane_block(app, &filter, Borders::TOP), a.body);
    let list = Rect { y: a.body.y + 1, height: a.body.height.saturating_sub(1), ..a.body };
    let rows = usize::from(list.height / 2).max(1);
    let offset = app.row.saturating_sub(rows - 1);
    let lines: Vec<Line> = app
        .order
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .flat_map(|(row, &i)| {
            let [title, detail] = library_row(app, i, list.width);
            let selected = row == app.row;
            [title, detail].map(|l| if selected { l.patch_style(app.theme.selected) } else { l })
        })
        .collect();
    if lines.is_empty() {
        let none = Line::from(Span::styled(text(app, app.strings.no_match), app.theme.notice));
        frame.render_widget(Paragraph::new(none), list);
        return;
    }
    frame.render_widget(Paragraph::new(lines), list);
}

/// One library row, two lines: the title, then interviewee · date · questions (or the
/// read error).
fn library_row(app: &App, i: usize, width: u16) -> [Line<'static>; 2] {
    let entry = &app.entries[i];
    let title = Line::from(Span::styled(fit(app, &entry.title(), width), app.theme.title));
    let detail = match &entry.item {
        Ok(iv) => {
            let who = iv.interviewee_name().map(str::to_owned);
            let date = iv.published.as_ref().map(|d| d.replace('T', " "));
            let n = iv.questions().count();
            let n =
                format!("{n} {}", if n == 1 { app.strings.question } else { app.strings.questions_count });
            let parts: Vec<String> = [who, date, Some(n)].into_iter().flatten().collect();
            Span::styled(fit(app, &format!("  {}", parts.join(" · ")), width), app.theme.meta)
        }
        Err(e) => {
            Span::styled(fit(app, &format!("  {}: {e}", app.strings.unreadable), width), app.theme.error)
        }
    };
    [title, Line::from(detail)]
}

fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let line = if let Some(input) = &app.search.input {
        let label = if app.in_library() { app.strings.filter } else { app.strings.search };
        let matches = match_text(app).unwrap_or_default();
        Line::from(vec![
            Span::styled(format!("{label}/"), app.theme.hint_key),
            Span::raw(text(app, input)),
            Span::styled("█", app.theme.hint),
            Span::styled(text(app, &format!("  {matches}  {}", app.strings.prompt_keys)), app.theme.hint),
        ])
    } else if let Some(status) = &app.status {
        Line::from(Span::styled(fit(app, status, area.width), app.theme.notice))
    } else {
        hints(app, area.width)
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// "match 3/12", or "no match", while a search is in force.
fn match_text(app: &App) -> Option<String> {
    let (current, total) = app.match_status()?;
    Some(match total {
        0 => app.strings.no_match.to_owned(),
        n => format!("{} {}/{n}", app.strings.matches, current + 1),
    })
}

/// Footer hints from the key table, after the match count when a search is in force.
/// Footer hints from the key table, after the match count when a search is in force; only
/// whole hints, as many as fit.
fn hints(app: &App, width: u16) -> Line<'static> {
    let lang = app.strings.lang;
    let mut spans = Vec::new();
    let mut used = 0;
    if let Some(m) = match_text(app) {
        let m = format!("{}  ", text(app, &m));
        used += crate::text::str_width(&m);
        spans.push(Span::styled(m, app.theme.notice));
    }
    for b in app.keymap.visible(app.in_library()) {
        let (Some(hint), Some(keys)) = (b.hint, b.names.split(' ').next().filter(|k| !k.is_empty())) else {
            continue;
        };
        let (keys, hint) = (text(app, keys), format!(" {}", text(app, hint[lang])));
        let gap = if spans.is_empty() { 0 } else { 2 };
        let w = gap + crate::text::str_width(&keys) + crate::text::str_width(&hint);
        if used + w > usize::from(width) {
            break;
        }
        used += w;
        if gap > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(keys, app.theme.hint_key));
        spans.push(Span::styled(hint, app.theme.hint));
    }
    Line::from(spans)
}

fn help(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.strings.lang;
    let lines: Vec<Line> = app
        .keymap
        .visible(app.in_library())
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:<12}", text(app, &b.names)), app.theme.hint_key),
                Span::raw(text(app, b.help[lang])),
            ])
        })
        .collect();
    let lines: Vec<Line> = lines.into_iter().skip(app.help_scroll).collect();
    let w = 56.min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
    let popup =
        Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h };
    frame.render_widget(Clear, popup);
    let title = Span::styled(format!(" {} ", text(app, app.strings.keys)), app.theme.pane_title);
    let block = Block::bordered().border_set(border_set(app)).title(title);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
