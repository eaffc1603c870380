//! Command-line arguments, the output-mode decision, and running the chosen mode; the
//! printed formats are in `cli/print.rs`.

mod print;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Result, anyhow};
use clap::Parser;

use crate::interview::Interview;
use crate::library::Entry;
use crate::source::{self, Origin};
use crate::text::decode::encoding_for_label;
use crate::text::escape;
use crate::tui::app::Settings;
use crate::tui::theme::Theme;
use crate::tui::{Exit, Session, strings};
use crate::{config, resume};

/// Read press interviews in the terminal: question and answer panes, exact Vietnamese.
///
/// With no FILE and a terminal on stdin, browses the bundled samples. With a pipe on stdin
/// (or "-"), reads the article from it. When stdout is not a terminal, prints a plain
/// transcript instead of the browser.
#[derive(Debug, Parser)]
#[command(version, about, max_term_width = 100)]
pub struct Cli {
    /// Articles to read: files, folders (searched recursively), or "-" for stdin.
    pub files: Vec<PathBuf>,
    /// Print a plain transcript, even to a terminal.
    #[arg(long, group = "format")]
    pub plain: bool,
    /// Print one JSON object per interview, one per line.
    #[arg(long, group = "format")]
    pub json: bool,
    /// Print Markdown.
    #[arg(long, group = "format")]
    pub markdown: bool,
    /// Wrap printed text at N cells (default: the reading measure, 80 or the config's
    /// `measure`, and no wider than the terminal when printing to one).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(2..))]
    pub width: Option<u16>,
    /// Read inputs of up to N MiB (default 32; peak memory stays under 8x the input).
    #[arg(long, value_name = "MIB", value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_size: Option<u64>,
    /// Decode input with this encoding (e.g. windows-1258, utf-16le) instead of guessing.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Print and draw ASCII only (automatic when the locale is not UTF-8).
    #[arg(long)]
    pub ascii: bool,
    /// Language of the browser: vi or en (default: from LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, value_name = "LANG", value_parser = ["vi", "en"])]
    pub lang: Option<String>,
    /// Read every file afresh and write nothing to the library's cache.
    #[arg(long)]
    pub no_cache: bool,
    /// Do not resume where you left off, nor remember it.
    #[arg(long)]
    pub no_state: bool,
    /// Scroll with the mouse wheel (takes the mouse from the terminal's own selection).
    #[arg(long)]
    pub mouse: bool,
    /// Redraw scrolled lines instead of moving them with terminal scroll regions.
    #[arg(long)]
    pub no_scroll_regions: bool,
}

/// What the run produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Plain,
    Json,
    Markdown,
}

impl Cli {
    /// Forced formats win; otherwise the browser when stdout is a terminal.
    pub fn mode(&self, stdout_is_tty: bool) -> Mode {
        match (self.plain, self.json, self.markdown) {
            (true, _, _) => Mode::Plain,
            (_, true, _) => Mode::Json,
            (_, _, true) => Mode::Markdown,
            _ if stdout_is_tty => Mode::Browse,
            _ => Mode::Plain,
        }
    }

    /// The inputs: the named files, else stdin when it is a pipe, else the bundled samples.
    pub fn origins(&self, stdin_is_tty: bool) -> Vec<Result<Origin, source::Failure>> {
        if !self.files.is_empty() {
            return source::expand(&self.files);
        }
        if !stdin_is_tty {
            return vec![Ok(Origin::Stdin)];
        }
        source::BUNDLED.iter().map(|(name, _)| Ok(Origin::Bundled(name))).collect()
    }
}

/// Prints what clap has to say: help and version as they are, on stdout; an error with
/// any file name in it escaped (a glob can hand over names full of escapes), on stderr.
pub fn usage_error(e: &clap::Error) -> std::process::ExitCode {
    let text = e.render().to_string();
    let written = if e.use_stderr() {
        let safe: Vec<String> = text.lines().map(escape::line).collect();
        writeln!(io::stderr(), "{}", safe.join("\n"))
    } else {
        write!(io::stdout(), "{text}")
    };
    let code = if written.is_err() && !e.use_stderr() { 0 } else { e.exit_code() };
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(2))
}

/// ASCII output when asked, or when the locale is not UTF-8, or on the Linux console.
pub fn wants_ascii(flag: bool, env: impl Fn(&str) -> Option<String>) -> bool {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|k| env(k).filter(|v| !v.is_empty()));
    let utf8 = locale.is_none_or(|l| {
        let l = l.to_ascii_lowercase();
        l.contains("utf-8") || l.contains("utf8")
    });
    flag || !utf8 || env("TERM").as_deref() == Some("linux")
}

/// Runs the program; returns the exit code (0, 1 when an input could not be read or none
/// holds an article, 128+N after signal N); a [`UsageError`] is an error (exit 2).
pub fn run(cli: &Cli) -> Result<u8> {
    if !stdout_is_open() {
        // Rust's stdout swallows EBADF: every write would "succeed" into nothing
        return Err(anyhow!("standard output is closed: nothing can be written"));
    }
    let env = |k: &str| std::env::var(k).ok();
    let encoding = cli.encoding.as_deref().map(named_encoding).transpose()?;
    let mode = cli.mode(io::stdout().is_terminal());
    // the locale speaks for the terminal: fold what goes to it, never JSON, never a file
    let to_terminal = mode == Mode::Browse || io::stdout().is_terminal();
    let ascii = mode != Mode::Json && (cli.ascii || (to_terminal && wants_ascii(false, env)));
    let max_bytes = cli.max_size.map_or(source::MAX_BYTES, |m| m * 1024 * 1024);
    let how = source::Reading { encoding, max_bytes };
    let archive = cli.files.len() > 1 || cli.files.iter().any(|f| f.is_dir());
    if mode == Mode::Browse && archive && cli.files.iter().any(|f| source::may_hold_articles(f)) {
        // the folders are walked on the reading thread, while the first frame is drawn
        let files = cli.files.clone();
        return browse_archive(cli, move || source::expand(&files), how, ascii);
    }
    let origins = cli.origins(io::stdin().is_terminal());
    if origins.contains(&Ok(Origin::Stdin)) && io::stdin().is_terminal() {
        eprintln!("phongvan: reading the article from the terminal; end it with Ctrl-D");
    }
    if mode != Mode::Browse {
        let out = print::Output::new(cli, mode, ascii)?;
        let known = cache_dir(cli, how).and_then(|d| crate::store::Known::open(&d));
        let done = print::stream(&out, &origins, how, known.as_ref())?;
        return Ok(u8::from(done.failed || done.interviews == 0));
    }
    if archive {
        // (no folder named holds an article: each says why)
        origins.iter().filter_map(|o| o.as_ref().err()).for_each(|(_, why)| eprintln!("phongvan: {why}"));
        return Ok(1);
    }
    browse_one(cli, origins, how, ascii)
}

/// One input (an article, stdin, the bundled samples) in the browser, read before it starts.
fn browse_one(
    cli: &Cli,
    origins: Vec<Result<Origin, source::Failure>>,
    how: source::Reading,
    ascii: bool,
) -> Result<u8> {
    // the browser folds what it draws, not the interviews: copies keep the real text
    let entries = load_all(origins, how);
    report(&entries);
    let failed = entries.iter().any(|e| e.item.is_err());
    if entries.iter().all(|e| e.item.is_err()) {
        return Ok(1);
    }
    match crate::tui::run(entries, settings(cli, ascii)?, session(cli))? {
        Exit::Quit => Ok(u8::from(failed)),
        Exit::Signal(n) => Ok(128u8.saturating_add(n as u8)),
    }
}

/// The encoding `--encoding` names; an unknown one is a usage error.
fn named_encoding(label: &str) -> Result<&'static encoding_rs::Encoding> {
    encoding_for_label(label).ok_or_else(|| usage(format!("unknown encoding {label:?}")))
}

/// A folder or several files: the browser opens at once and the library streams in,
/// through the cache (`--no-cache`: one in memory, nothing written).
fn browse_archive(
    cli: &Cli,
    origins: impl FnOnce() -> Vec<Result<Origin, source::Failure>> + Send + 'static,
    how: source::Reading,
    ascii: bool,
) -> Result<u8> {
    let store =
        cache_dir(cli, how).map_or_else(crate::store::Store::memory, |d| crate::store::Store::open(&d));
    let here = std::env::current_dir().unwrap_or_default();
    let roots = cli.files.iter().filter(|f| f.is_dir()).map(|f| here.join(f)).collect();
    let settings = Settings { indexed: true, ..settings(cli, ascii)? };
    let mut session = session(cli);
    session.library = Some(crate::tui::loader::start(origins, roots, how, store));
    match crate::tui::run(Vec::new(), settings, session)? {
        Exit::Quit => Ok(0),
        Exit::Signal(n) => Ok(128u8.saturating_add(n as u8)),
    }
}

/// The cache's folder, unless `--no-cache` or a reading other than the default (a named
/// encoding, another size limit): the cache holds parses of the default reading only.
fn cache_dir(cli: &Cli, how: source::Reading) -> Option<std::path::PathBuf> {
    let default = how.encoding.is_none() && how.max_bytes == source::MAX_BYTES;
    crate::store::cache_dir(|k| std::env::var(k).ok()).filter(|_| !cli.no_cache && default)
}

/// Reads every input into library entries: interviews, or why an input could not be read.
fn load_all(origins: Vec<Result<Origin, source::Failure>>, how: source::Reading) -> Vec<Entry> {
    let mut entries = Vec::new();
    for origin in origins {
        match origin.map(|o| (source::load(&o, how), o)) {
            Ok((Ok(ivs), _)) => {
                entries.extend(ivs.into_iter().map(|iv| Entry::new(iv.source.clone(), Ok(iv))))
            }
            Ok((Err(e), o)) => entries.push(Entry::new(o.name(), Err(escape::line(&format!("{e:#}"))))),
            Err((name, e)) => entries.push(Entry::new(name, Err(escape::line(&e)))),
        }
    }
    entries
}

/// Set by the binary before Rust's runtime starts when file descriptor 1 was closed
/// (`phongvan >&-`): the runtime then puts /dev/null there.
pub static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// True unless file descriptor 1 is (or was, at start) closed.
fn stdout_is_open() -> bool {
    // SAFETY: F_GETFD only asks whether the descriptor exists; it changes nothing
    let open_now = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) != -1 };
    open_now && !STDOUT_CLOSED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Errors and decoding notes on stderr (the browser lists them too).
fn report(entries: &[Entry]) {
    for e in entries {
        match &e.item {
            Err(msg) => eprintln!("phongvan: {msg}"),
            Ok(_) => e.interview().into_iter().for_each(|iv| report_notes(iv)),
        }
    }
}

/// An interview's notes on stderr, but "no question/answer structure found".
fn report_notes(iv: &Interview) {
    iv.notes
        .iter()
        .filter(|n| !n.starts_with("no question"))
        .for_each(|n| eprintln!("phongvan: {}", escape::line(&format!("{}: {n}", iv.source))));
}

/// The browser's settings: language, theme (NO_COLOR: no colour), config file.
fn settings(cli: &Cli, ascii: bool) -> Result<Settings> {
    let env = |k: &str| std::env::var(k).ok();
    let no_color = env("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut settings = Settings {
        ascii,
        theme: if no_color { Theme::mono() } else { Theme::colour() },
        strings: strings::pick(cli.lang.as_deref(), env),
        ..Settings::default()
    };
    if let Some(config) = config_file()? {
        config.apply(&mut settings, no_color);
    }
    Ok(settings)
}

/// The config file, if there is one; a mistake in it is a usage error.
fn config_file() -> Result<Option<config::Config>> {
    let Some(path) = config::path(|k| std::env::var(k).ok()) else { return Ok(None) };
    config::load(&path).map_err(|e| usage(format!("{e:#}")))
}

/// A mistake in how phongvan was asked to run: a bad option value, a bad config file.
/// The binary exits with 2 for it, as for clap's own usage errors.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

fn usage(message: String) -> anyhow::Error {
    UsageError(message).into()
}

/// The exit code for an error `run` returned: 2 for a usage error, else 1.
pub fn error_code(e: &anyhow::Error) -> u8 {
    if e.downcast_ref::<UsageError>().is_some() { 2 } else { 1 }
}

fn session(cli: &Cli) -> Session {
    let store = (!cli.no_state).then(|| resume::state_dir(|k| std::env::var(k).ok())).flatten();
    Session {
        mouse: cli.mouse,
        store: store.map(|dir| resume::Store::open(&dir)),
        no_scroll_regions: cli.no_scroll_regions,
        save_error: None,
        library: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn locale_decides_ascii() {
        assert!(!wants_ascii(false, env(&[("LANG", "vi_VN.UTF-8")])));
        assert!(wants_ascii(false, env(&[("LANG", "C")])));
        assert!(wants_ascii(false, env(&[("LC_ALL", "POSIX"), ("LANG", "en_US.UTF-8")])));
        assert!(!wants_ascii(false, env(&[("LC_ALL", ""), ("LC_CTYPE", "en_US.utf8")])));
        assert!(wants_ascii(false, env(&[("LANG", "en_US.UTF-8"), ("TERM", "linux")])));
        assert!(wants_ascii(true, env(&[])));
        assert!(!wants_ascii(false, env(&[])));
    }

    #[test]
    fn forced_formats_win_over_the_terminal() {
        let cli = Cli::parse_from(["phongvan", "--json"]);
        assert_eq!(cli.mode(true), Mode::Json);
        let cli = Cli::parse_from(["phongvan"]);
        assert_eq!(cli.mode(true), Mode::Browse);
        assert_eq!(cli.mode(false), Mode::Plain);
    }
}
