//! phongvan: read press interviews in a terminal.
//!
//! Data flows one way: bytes → [`text`] (decode, clean, NFC) → [`parse`] → [`interview`] →
//! [`tui`] state → view, or → [`export`] when stdout is not a terminal.

pub mod cli;
pub mod config;
pub mod export;
pub mod files;
pub mod interview;
pub mod library;
pub mod markup;
pub mod parse;
pub mod resume;
#[cfg(test)]
pub(crate) mod scratch;
pub mod source;
pub mod store;
pub mod text;
pub mod tui;
