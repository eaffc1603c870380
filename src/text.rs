//! Vietnamese-correct text with no terminal types: decode, clean, measure, wrap, fold.

pub mod chars;
pub mod clean;
pub mod decode;
pub mod escape;
pub mod fold;
pub(crate) mod hash;
pub mod syllable;
pub mod width;
pub mod wrap;

pub use clean::clean;
pub use decode::{DecodeError, Decoded, decode};
pub use width::{grapheme_width, str_width};
