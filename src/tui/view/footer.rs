//! The footer (prompts, messages, key hints) and the help, both from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{border_set, fit, text};
use crate::text::str_width;
use crate::tui::app::{Action, App};
use crate::tui::keymap::Binding;

pub(super) fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let line = if let Some(digits) = &app.goto {
        let label = if app.in_library() { s.row } else { s.goto };
        prompt_line(app, &format!("{label}:"), digits, s.goto_keys)
    } else if let Some(input) = &app.search.input {
        let label = if app.in_library() { s.filter } else { s.search };
        let keys = format!("{}  {}", match_text(app).unwrap_or_default(), s.prompt_keys);
        prompt_line(app, &format!("{label}/"), input, keys.trim_start())
    } else if let Some(status) = &app.status {
        Line::from(Span::styled(fit(app, status, area.width), app.theme.notice))
    } else {
        hints(app, area.width)
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn prompt_line(app: &App, label: &str, input: &str, keys: &str) -> Line<'static> {
    Line::from(vec![
        Span::styled(text(app, label), app.theme.hint_key),
        Span::raw(text(app, input)),
        Span::styled("█", app.theme.hint),
        Span::styled(text(app, &format!("  {keys}")), app.theme.hint),
    ])
}

/// "match 3/12", or "no match", while a search is in force.
fn match_text(app: &App) -> Option<String> {
    let (current, total) = app.match_status()?;
    Some(match total {
        0 => app.strings.no_match.to_owned(),
        n => format!("{} {}/{n}", app.strings.matches, current + 1),
    })
}

/// Footer hints from the key table, after the match count when a search is in force;
/// only whole hints, as many as fit, and always `? help` and `q quit` when they fit.
fn hints(app: &App, width: u16) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    if let Some(m) = match_text(app) {
        let m = format!("{}  ", text(app, &m));
        used += str_width(&m);
        spans.push(Span::styled(m, app.theme.notice));
    }
    let hinted = hinted(app);
    let kept = |b: &Binding| matches!(b.action, Action::Help | Action::Quit);
    let size = |(_, k, h): &(&Binding, String, String)| 2 + str_width(k) + str_width(h);
    let mut reserved: usize = hinted.iter().filter(|h| kept(h.0)).map(size).sum();
    let mut room = usize::from(width).saturating_sub(used);
    let (mut shown, mut full) = (Vec::new(), false);
    for h in &hinted {
        let w = size(h);
        if kept(h.0) {
            reserved -= w;
        }
        // in the table's order, the kept ones held a place from the start
        if w + reserved <= room && (kept(h.0) || !full) {
            room -= w;
            shown.push(h);
        } else {
            full = true;
        }
    }
    for (i, (_, keys, hint)) in shown.into_iter().enumerate() {
        if i > 0 || !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(keys.clone(), app.theme.hint_key));
        spans.push(Span::styled(hint.clone(), app.theme.hint));
    }
    Line::from(spans)
}

/// The bindings with a footer hint, as (binding, first key's name, " hint").
fn hinted(app: &App) -> Vec<(&Binding, String, String)> {
    app.keymap
        .visible(app.in_library())
        .filter_map(|b| {
            let keys = b.names.split(' ').next().filter(|k| !k.is_empty())?;
            Some((b, text(app, keys), format!(" {}", text(app, b.hint?[app.strings.lang]))))
        })
        .collect()
}

pub(super) fn help(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.strings.lang;
    let bindings: Vec<&Binding> = app.keymap.visible(app.in_library()).collect();
    let keys_width = bindings.iter().map(|b| str_width(&text(app, &b.names))).max().unwrap_or(0).min(22);
    let measure = app.default_measure.to_string();
    let lines: Vec<Line> = bindings
        .iter()
        .skip(app.help_scroll)
        .map(|b| {
            let keys = text(app, &b.names);
            let pad = " ".repeat((keys_width + 2).saturating_sub(str_width(&keys)));
            Line::from(vec![
                Span::styled(format!("{keys}{pad}"), app.theme.hint_key),
                Span::raw(text(app, &b.help[lang].replace("{measure}", &measure))),
            ])
        })
        .collect();
    let w = 76.min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
    let popup =
        Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h };
    frame.render_widget(Clear, popup);
    let title = Span::styled(format!(" {} ", text(app, app.strings.keys)), app.theme.pane_title);
    let shown = usize::from(h.saturating_sub(2));
    let (above, below) = (app.help_scroll > 0, app.help_scroll + shown < bindings.len());
    let marks = format!("{}{}", if above { " ↑" } else { "" }, if below { " ↓" } else { "" });
    let marks = Line::from(text(app, &format!("{marks} "))).right_aligned();
    let block = Block::bordered().border_set(border_set(app)).title(title).title(marks);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
