//! The `phongvan` binary: arguments in, exit code out.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// Runs before Rust's runtime, which reopens a closed stdout on /dev/null: afterwards
/// `phongvan >&-` could not be told from `phongvan >/dev/null`.
extern "C" fn note_closed_stdout() {
    // SAFETY: F_GETFD only asks whether descriptor 1 exists
    let closed = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } == -1;
    phongvan::cli::STDOUT_CLOSED.store(closed, std::sync::atomic::Ordering::Relaxed);
}

#[used]
#[unsafe(link_section = ".init_array")]
static NOTE_CLOSED_STDOUT: extern "C" fn() = note_closed_stdout;

fn main() -> ExitCode {
    let cli = match phongvan::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return phongvan::cli::usage_error(&e),
    };
    match phongvan::cli::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // stderr may be gone with the terminal: say it if it can be said
            let _ =
                writeln!(std::io::stderr(), "phongvan: {}", phongvan::text::escape::line(&format!("{e:#}")));
            ExitCode::from(phongvan::cli::error_code(&e))
        }
    }
}
