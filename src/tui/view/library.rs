//! The library's list: two lines an entry, the file name when titles repeat, read marks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Borders, Paragraph};

use super::{Areas, fit, header, pane_block, text};
use crate::library::Sort;
use crate::tui::app::App;

pub(super) fn library(app: &App, frame: &mut Frame, a: &Areas) {
    let s = app.strings;
    header(app, frame, a.header, s.library, &counts(app), "");
    let filter = match &app.search.query {
        Some(_) => format!("{}: {}", s.filter, app.search.text),
        None => String::new(),
    };
    frame.render_widget(pane_block(app, &filter, Borders::TOP), a.body);
    let list = Rect { y: a.body.y + 1, height: a.body.height.saturating_sub(1), ..a.body };
    let lines: Vec<Line> = app
        .order
        .iter()
        .enumerate()
        .skip(app.library_offset())
        .take(app.library_rows())
        .flat_map(|(row, &i)| {
            let [title, detail] = library_row(app, i, list.width);
            let selected = row == app.row;
            [title, detail].map(|l| if selected { l.patch_style(app.theme.selected) } else { l })
        })
        .collect();
    if lines.is_empty() {
        let why = if app.loading.is_some() && app.search.query.is_none() { s.reading } else { s.no_match };
        let none = Line::from(Span::styled(text(app, why), app.theme.notice));
        frame.render_widget(Paragraph::new(none), list);
        return;
    }
    frame.render_widget(Paragraph::new(lines), list);
}

/// "37 of 10,000 · by date · 1,234 / 10,000 read".
fn counts(app: &App) -> String {
    let s = app.strings;
    let sort = match app.sort {
        Sort::Date => s.sorted_by_date,
        Sort::Title => s.sorted_by_title,
        Sort::Outlet => s.sorted_by_outlet,
        Sort::Author => s.sorted_by_author,
    };
    let total = thousands(app.entries.len());
    let count = match &app.search.query {
        Some(_) => format!("{} {} {total} · {sort}", thousands(app.order.len()), s.of),
        None => format!("{total} · {sort}"),
    };
    match app.loading {
        Some((0, 0)) => format!("{count} · {}", s.finding),
        Some((read, of)) => format!("{count} · {} / {} {}", thousands(read), thousands(of), s.read_so_far),
        None => count,
    }
}

/// One library row, two lines: the title (and the file name when another entry has the
/// same title), then interviewee · date · outlet · questions · how far it was read (or
/// the read error).
fn library_row(app: &App, i: usize, width: u16) -> [Line<'static>; 2] {
    let entry = &app.entries[i];
    let mut title = entry.title();
    if app.repeated(i) {
        title = format!("{title} — {}", file_name(&entry.source));
    }
    let title = Line::from(Span::styled(fit(app, &title, width), app.theme.title));
    let detail = match &entry.item {
        Ok(iv) => {
            // sorted by author, the author leads; else the interviewee
            let who = match app.sort {
                Sort::Author => iv.author.clone(),
                _ => iv.interviewee.clone(),
            };
            let date = iv.published.as_ref().map(|d| d.replace('T', " "));
            let outlet = iv.outlet.clone();
            let n = iv.questions;
            let s = app.strings;
            let count = match n {
                0 => s.articles.to_owned(),
                1 => format!("1 {}", s.question),
                n => format!("{n} {}", s.questions_count),
            };
            // filtered: why it matched, after who and when
            if let Some(snippet) = snippet(app, i) {
                let parts: Vec<String> = [who, date].into_iter().flatten().collect();
                let line = format!("  {} · «{snippet}»", parts.join(" · "));
                return [title, Line::from(Span::styled(fit(app, &line, width), app.theme.meta))];
            }
            let parts: Vec<String> =
                [who, date, outlet, Some(count), read_mark(app, i, iv)].into_iter().flatten().collect();
            Span::styled(fit(app, &format!("  {}", parts.join(" · ")), width), app.theme.meta)
        }
        Err(e) => {
            Span::styled(fit(app, &format!("  {}: {e}", app.strings.unreadable), width), app.theme.error)
        }
    };
    [title, Line::from(detail)]
}

/// The matching words of entry `i` for the filter in force, if found in its text.
fn snippet(app: &App, i: usize) -> Option<&String> {
    let (generation, found) = &app.snippets;
    let current = app.search.query.is_some() && *generation == app.search.generation;
    found.get(&i).filter(|s| current && !s.is_empty())
}

/// "read 3/12" for an interview left at its third question, "✓ read" at its last.
fn read_mark(app: &App, i: usize, s: &crate::library::Summary) -> Option<String> {
    let pos = app.seen.get(i).copied().flatten()?;
    let total = s.questions;
    let intro = s.intro;
    let reached = (pos.selected + 1).saturating_sub(usize::from(intro)).min(total);
    let read = app.strings.read;
    Some(if total == 0 || reached == total {
        format!("✓ {read}")
    } else {
        format!("{read} {reached}/{total}")
    })
}

fn file_name(source: &str) -> String {
    std::path::Path::new(source).file_name().map_or(source.to_owned(), |f| f.to_string_lossy().into_owned())
}

/// "10,000": a count as people read it.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
