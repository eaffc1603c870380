//! The printed formats: a plain transcript, JSON or Markdown, wrapped at the reading
//! measure, with unlabelled turns labelled in the UI's language.

use std::io::{self, IsTerminal, Write};

use anyhow::Result;

use super::{Cli, Mode};
use crate::export::{self, Labels};
use crate::interview::Interview;
use crate::source::pool::{Loaded, in_order, load_one, skipped};
use crate::source::{Failure, Origin, Reading};
use crate::store::Known;
use crate::tui::strings;

/// The reading measure when neither `--width` nor the config file gives one.
pub const DEFAULT_MEASURE: u16 = 80;

/// How the interviews are printed.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub mode: Mode,
    /// Cells a plain transcript wraps at.
    pub width: usize,
    pub ascii: bool,
    pub labels: Labels,
}

impl Output {
    /// The output for these arguments: the config file is read only for the measure of a
    /// plain transcript that `--width` does not set.
    pub fn new(cli: &Cli, mode: Mode, ascii: bool) -> Result<Output> {
        let measure = match (mode, cli.width) {
            (Mode::Plain | Mode::Browse, None) => super::config_file()?.and_then(|c| c.measure),
            _ => None,
        };
        let terminal =
            io::stdout().is_terminal().then(|| crossterm::terminal::size().ok().map(|(w, _)| w)).flatten();
        let lang = strings::pick(cli.lang.as_deref(), |k| std::env::var(k).ok()).lang;
        Ok(Output { mode, width: width(cli.width, measure, terminal), ascii, labels: Labels::for_lang(lang) })
    }
}

/// The width printed text wraps at: `--width` when given, else the reading measure (the
/// config's, else 80), no wider than the terminal when stdout is one.
pub fn width(flag: Option<u16>, measure: Option<u16>, terminal: Option<u16>) -> usize {
    let measure = measure.unwrap_or(DEFAULT_MEASURE);
    let fitted = terminal.filter(|&t| t > 0).map_or(measure, |t| measure.min(t));
    usize::from(flag.unwrap_or(fitted))
}

/// What printing an archive came to.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Printed {
    pub interviews: usize,
    pub failed: bool,
}

/// Reads the inputs on every core and prints each interview as soon as it and those
/// before it are ready, in the inputs' order, holding only a window of them: an archive
/// streams in constant memory. Errors and notes go to stderr where they stand. A reader
/// closing the pipe early (`| head`) stops the reading and is not an error.
///
/// Files the cache `known` holds as they are now are taken from it, not parsed again.
pub fn stream(
    o: &Output,
    origins: &[Result<Origin, Failure>],
    how: Reading,
    known: Option<&Known>,
) -> Result<Printed> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut done = Printed::default();
    let mut error = None;
    let load = |i: usize, stopped: bool| read(&origins[i], how, known, stopped);
    in_order(origins.len(), 0, load, |loaded: Loaded| {
        let ivs = match loaded.item {
            Ok(ivs) => ivs,
            Err(msg) => {
                done.failed = true;
                eprintln!("phongvan: {msg}");
                return true;
            }
        };
        for iv in ivs {
            super::report_notes(&iv);
            let iv = if o.ascii { export::to_ascii_interview(&iv) } else { iv };
            if let Err(e) = one(&mut out, o, &iv, done.interviews > 0).and_then(|()| out.flush()) {
                error = Some(e);
                return false;
            }
            done.interviews += 1;
        }
        true
    });
    match error {
        Some(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(done),
        Some(e) => Err(e.into()),
        None => Ok(done),
    }
}

/// One input, from the cache when it holds it as it is now; after a stop only counted off.
fn read(origin: &Result<Origin, Failure>, how: Reading, known: Option<&Known>, stopped: bool) -> Loaded {
    if stopped {
        return skipped(origin);
    }
    let cached = || {
        let o = origin.as_ref().ok()?;
        Some(Loaded { name: o.name(), item: Ok(vec![known?.interview(o)?]) })
    };
    cached().unwrap_or_else(|| load_one(origin, how))
}

/// One interview, folded to ASCII after rendering when asked.
fn one(out: &mut impl Write, o: &Output, iv: &Interview, separate: bool) -> io::Result<()> {
    if !o.ascii {
        return render(out, o, iv, separate);
    }
    let mut doc = Vec::new();
    render(&mut doc, o, iv, separate)?;
    out.write_all(crate::text::fold::to_ascii(&String::from_utf8_lossy(&doc)).as_bytes())
}

/// One interview in the chosen format, with a separator before all but the first.
fn render(out: &mut impl Write, o: &Output, iv: &Interview, separate: bool) -> io::Result<()> {
    match o.mode {
        Mode::Json => export::json(out, iv),
        Mode::Markdown => {
            if separate {
                writeln!(out, "\n---\n")?;
            }
            export::markdown(out, iv, o.labels)
        }
        _ => {
            if separate {
                writeln!(out, "\n{}\n", "─".repeat(o.width.min(40)))?;
            }
            export::plain(out, iv, o.width, o.labels)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measure_decides_unless_the_flag_does_and_a_terminal_caps_it() {
        assert_eq!(width(None, None, None), 80, "a pipe: the default measure, not the terminal's size");
        assert_eq!(width(None, Some(72), None), 72);
        assert_eq!(width(None, Some(72), Some(200)), 72);
        assert_eq!(width(None, None, Some(50)), 50, "a narrow terminal caps the measure");
        assert_eq!(width(Some(120), Some(72), Some(50)), 120, "--width overrides");
    }
}
