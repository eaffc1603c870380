//! The `phongvan` binary: arguments in, exit code out.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = phongvan::cli::Cli::parse();
    match phongvan::cli::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // stderr may be gone with the terminal: say it if it can be said
            let _ = writeln!(std::io::stderr(), "phongvan: {e:#}");
            ExitCode::FAILURE
        }
    }
}
