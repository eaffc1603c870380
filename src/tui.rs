//! The browser: terminal setup, signals, the event loop, and the effects the app asks for
//! (clipboard, resume positions). State lives in `app`, drawing in `view`.

pub mod app;
mod clipboard;
mod feed;
pub mod keymap;
pub mod lean;
pub mod loader;
pub mod pages;
pub mod screen;
pub mod search;
pub mod strings;
pub mod theme;
pub mod view;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use std::io::Write;

use anyhow::{Context, Result};
use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};

use crate::library::Entry;
use crate::resume::Store;
use app::{Action, App, Effect, Settings};

/// How the browser ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Ended by this signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT).
    Signal(i32),
}

/// Options for the terminal session.
#[derive(Debug, Default)]
pub struct Session {
    pub mouse: bool,
    pub store: Option<Store>,
    /// Do not scroll with terminal scroll regions.
    pub no_scroll_regions: bool,
    /// The last position that could not be saved, said on stderr once the terminal is back.
    pub save_error: Option<String>,
    /// A library being read in the background, with its cache.
    pub library: Option<loader::Library>,
}

type Term = screen::Screen<std::io::Stdout>;

/// What the app knows before its first frame: the caches' notes, a library whose folders
/// are still being walked, how far each entry was read before.
fn before_first_frame(app: &mut App, session: &Session) {
    if let Some(note) = session.store.as_ref().and_then(|s| s.note.clone()) {
        app.status = Some(note);
    }
    if session.library.is_some() {
        // (until the reading thread has walked the folders)
        app.arrive(app::Arrival::Finding);
    }
    let cache_note = session.library.as_ref().and_then(|l| loader::lock(&l.store).note.clone());
    if let Some(note) = cache_note {
        app.status = Some(note);
    }
    feed::mark_seen(app, session);
}

/// Opens the browser and returns when the reader quits or a signal arrives. The terminal
/// is restored on return, on error and on panic.
pub fn run(entries: Vec<Entry>, settings: Settings, mut session: Session) -> Result<Exit> {
    let signal = Arc::new(AtomicUsize::new(0));
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)
            .context("cannot watch signals")?;
    }
    let mut app = App::new(entries, settings);
    before_first_frame(&mut app, &session);
    enter().context("cannot open the terminal")?;
    let done = Arc::new(AtomicBool::new(false));
    watchdog(Arc::clone(&signal), Arc::clone(&done));
    let result =
        screen::Screen::new(std::io::stdout(), None).map_err(anyhow::Error::from).and_then(|mut term| {
            term.scroll_regions = !session.no_scroll_regions;
            if session.mouse {
                let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableMouseCapture);
            }
            event_loop(&mut term, &mut app, &mut session, &signal)
        });
    done.store(true, Ordering::SeqCst);
    leave();
    if let Some(e) = &session.save_error {
        let _ = writeln!(std::io::stderr(), "phongvan: {}", crate::text::escape::line(e));
    }
    // writing to a terminal that went away fails: that is a hang-up, not an error
    let gone = key_source().is_none_or(|tty| is_hung_up(&tty));
    match result {
        Err(_) if gone => Ok(Exit::Signal(signal_hook::consts::SIGHUP)),
        other => other,
    }
}

/// The terminal the keys come from, as crossterm picks it: standard input when it is a
/// terminal, else `/dev/tty` (absent without a controlling terminal).
fn key_source() -> Option<std::fs::File> {
    use std::io::IsTerminal;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return std::os::fd::AsFd::as_fd(&stdin).try_clone_to_owned().ok().map(std::fs::File::from);
    }
    std::fs::File::open("/dev/tty").ok()
}

/// Ends the process when the terminal is gone or a signal came, should the event loop be
/// stuck: crossterm's reader spins on a hung-up tty and never returns (crossterm issue
/// #793). The loop gets half a second to finish on its own (and keep the reader's place).
/// It watches the terminal the keys come from, which need not be the controlling one.
fn watchdog(signal: Arc<AtomicUsize>, done: Arc<AtomicBool>) {
    let tty = key_source();
    std::thread::spawn(move || {
        let hung_up = || tty.as_ref().is_some_and(is_hung_up);
        while signal.load(Ordering::Relaxed) == 0 && !hung_up() {
            std::thread::sleep(Duration::from_millis(250));
            if done.load(Ordering::SeqCst) {
                return;
            }
        }
        let sig = match signal.load(Ordering::Relaxed) {
            0 => signal_hook::consts::SIGHUP as usize,
            n => n,
        };
        signal.store(sig, Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(500));
        if !done.load(Ordering::SeqCst) {
            leave();
            std::process::exit(128 + sig as i32);
        }
    });
}

/// The terminal hung up (its other end closed): poll reports POLLHUP without reading.
fn is_hung_up(tty: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    let mut fds = libc::pollfd { fd: tty.as_raw_fd(), events: 0, revents: 0 };
    // SAFETY: one valid pollfd for a descriptor this thread owns, and a zero timeout
    let n = unsafe { libc::poll(&mut fds, 1, 0) };
    n > 0 && fds.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Raw mode and the alternate screen, with a panic hook that undoes both first.
fn enter() -> std::io::Result<()> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        hook(info);
    }));
    take_terminal()
}

fn take_terminal() -> std::io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen, crossterm::cursor::Hide)
}

/// Puts the terminal back; errors are ignored (the terminal may be gone: SIGHUP).
fn leave() {
    let mut out = std::io::stdout();
    let _ = out.write_all(screen::RESET_REGION);
    let _ = crossterm::execute!(
        out,
        crossterm::event::DisableMouseCapture,
        crossterm::style::SetAttribute(crossterm::style::Attribute::Reset),
        crossterm::cursor::Show,
        crossterm::terminal::LeaveAlternateScreen
    );
    let _ = crossterm::terminal::disable_raw_mode();
}

fn event_loop(term: &mut Term, app: &mut App, session: &mut Session, signal: &AtomicUsize) -> Result<Exit> {
    let (w, h) = lean::terminal_size()?;
    app.update(Action::Resize(w, h));
    effects(term, app, session)?;
    let mut dirty = true;
    loop {
        // the size is read every turn: a resize is not always reported (no SIGWINCH when
        // the terminal is not the controlling one, or a storm of them)
        if let Ok((w, h)) = lean::terminal_size()
            && (w, h) != (app.width, app.height)
        {
            app.update(Action::Resize(w, h));
            dirty = true;
        }
        if dirty {
            term.draw(app)?;
        }
        dirty = false;
        dirty |= feed::news(app, session);
        // wait for input, then take everything already queued before drawing again; while
        // a library is read, often enough for its entries to stream in
        let mut timeout = Duration::from_millis(if app.loading.is_some() { 50 } else { 250 });
        while !app.quit && event::poll(timeout)? {
            dirty |= handle(app, event::read()?);
            timeout = Duration::ZERO;
        }
        effects(term, app, session)?;
        let sig = signal.load(Ordering::Relaxed);
        if app.quit || sig != 0 {
            app.update(Action::Quit);
            effects(term, app, session)?;
            return Ok(if sig == 0 { Exit::Quit } else { Exit::Signal(sig as i32) });
        }
    }
}

/// Turns one terminal event into actions; returns whether the screen needs drawing.
fn handle(app: &mut App, event: Event) -> bool {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let action = if app.prompting() {
                keymap::prompt_action(&key)
            } else {
                app.keymap.action(&key, app.in_library())
            };
            action.is_some_and(|a| app.update(a))
        }
        Event::Mouse(m) => {
            let action = match m.kind {
                MouseEventKind::ScrollDown => Action::Down,
                MouseEventKind::ScrollUp => Action::Up,
                MouseEventKind::Down(event::MouseButton::Left) => {
                    return app.update(Action::Click(m.column, m.row));
                }
                _ => return false,
            };
            (0..3).fold(false, |changed, _| app.update(action) | changed)
        }
        Event::Resize(w, h) => {
            let (w, h) = lean::cap(w, h);
            app.update(Action::Resize(w, h));
            true // the terminal may have cleared the screen
        }
        _ => false,
    }
}

/// Carries out what the app asked for.
fn effects(term: &mut Term, app: &mut App, session: &mut Session) -> Result<()> {
    for effect in std::mem::take(&mut app.effects) {
        match effect {
            Effect::Copy(text) => clipboard::copy(term, app, &text)?,
            Effect::Snippets(generation, rows) => {
                feed::snippets(app, session, generation, &rows);
                term.draw(app)?;
            }
            Effect::Fetch(_) | Effect::Filter(..) => {
                feed::ask_cache(app, session, &effect);
                term.draw(app)?;
            }
            Effect::Suspend => {
                leave();
                // stops here until the shell's `fg`; then the terminal is ours again
                signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
                take_terminal()?;
                term.reset()?;
                term.draw(app)?;
            }
            Effect::Opened(i) => feed::restore(app, session, i),
            Effect::Closed(i, pos) => feed::keep_position(app, session, i, pos),
        }
    }
    Ok(())
}
