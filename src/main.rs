//! The `phongvan` binary: arguments in, exit code out.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = phongvan::cli::Cli::parse();
    match phongvan::cli::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("phongvan: {e:#}");
            ExitCode::FAILURE
        }
    }
}
