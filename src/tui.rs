//! The browser: terminal setup and the event loop. State lives in `app`, drawing in `view`.

pub mod app;
pub mod keymap;
pub mod pages;
pub mod theme;
pub mod view;

use anyhow::{Context, Result};
use crossterm::event::{self, Event, KeyEventKind};

use crate::interview::Interview;
use app::{Action, App};

/// Opens the browser on the interviews and returns when the reader quits. The terminal is
/// restored on return, on error and on panic.
pub fn run(interviews: Vec<Interview>, ascii: bool) -> Result<()> {
    let iv = interviews.into_iter().next().context("nothing to show")?;
    let mut terminal = ratatui::try_init().context("cannot open the terminal")?;
    let result = event_loop(&mut terminal, App::new(iv, ascii));
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, mut app: App) -> Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.quit {
        if dirty {
            terminal.draw(|frame| view::render(&app, frame))?;
        }
        dirty = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                keymap::action(&key).is_some_and(|a| app.update(a))
            }
            Event::Resize(w, h) => {
                app.update(Action::Resize(w, h));
                true // the terminal may have cleared the screen
            }
            _ => false,
        };
    }
    Ok(())
}
