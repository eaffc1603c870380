//! phongvan: read press interviews in a terminal.

pub mod interview;
pub mod text;
pub mod parse;
