//! Frames to the terminal in as few bytes as possible: one buffered write per frame wrapped
//! in synchronized output, nothing at all when nothing changed, and a terminal scroll region
//! (DECSTBM + SU/SD) when only a full-width pane scrolled, so only the new lines are drawn.

use std::io::{self, Write};

use ratatui::buffer::{Buffer, Cell as BufCell};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::app::App;
use super::lean::LeanBackend;
use super::view;

/// Begin and end synchronized update (DEC mode 2026): the terminal shows the frame whole.
const BSU: &[u8] = b"\x1b[?2026h";
const ESU: &[u8] = b"\x1b[?2026l";

/// Resets the scroll region to the whole screen.
pub const RESET_REGION: &[u8] = b"\x1b[r";

/// Frames smaller than this are written without synchronized output: a line or two cannot
/// tear, and the markers would cost more than the change.
const SYNC_FROM: usize = 512;

/// Collects a frame's bytes and writes them in one go on flush, larger frames wrapped in
/// synchronized output.
pub struct FrameWriter<W: Write> {
    out: W,
    buf: Vec<u8>,
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        if self.buf.len() >= SYNC_FROM {
            let mut frame = Vec::with_capacity(self.buf.len() + BSU.len() + ESU.len());
            frame.extend_from_slice(BSU);
            frame.append(&mut self.buf);
            frame.extend_from_slice(ESU);
            self.buf = frame;
        }
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.flush()
    }
}

/// The scroll region set on the terminal, kept between scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Region {
    top: u16,
    height: u16,
}

/// What the last frame showed, to recognise a pure scroll.
struct Last {
    buffer: Buffer,
    key: u64,
    scroll: usize,
}

/// The terminal, drawn frame by frame.
pub struct Screen<W: Write> {
    terminal: Terminal<LeanBackend<FrameWriter<W>>>,
    last: Option<Last>,
    region: Option<Region>,
    /// The area of a fixed screen (measurements); `None` for the whole terminal.
    fixed: Option<Rect>,
    /// Use scroll regions when they apply (`--no-scroll-regions` turns this off).
    pub scroll_regions: bool,
}

impl<W: Write> Screen<W> {
    /// A screen writing to `out`: the whole terminal, or a fixed area (for measurements).
    pub fn new(out: W, fixed: Option<Rect>) -> io::Result<Self> {
        let writer = FrameWriter { out, buf: Vec::with_capacity(1 << 14) };
        let viewport = fixed.map_or(Viewport::Fullscreen, Viewport::Fixed);
        let mut backend = LeanBackend::new(writer);
        if let Some(area) = fixed {
            backend.set_width(area.right());
        }
        let terminal = Terminal::with_options(backend, TerminalOptions { viewport })?;
        Ok(Screen { terminal, last: None, region: None, fixed, scroll_regions: true })
    }

    /// Draws the app; when only the answer scrolled in a full-width pane, moves the lines
    /// already on screen with a scroll region and draws just the ones that came in.
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        let key = app.layout_key();
        let scroll = app.pane_scroll();
        let wanted = app.scroll_region().filter(|_| self.scroll_regions);
        let area = self.area()?;
        if let (Some(last), Some((top, height))) = (self.last.take(), wanted) {
            let by = scroll as i64 - last.scroll as i64;
            // a scroll is only the last frame moved when that frame, the app and the
            // terminal all have one size (a resize may not have been reported yet)
            let same_size = last.buffer.area == area && app_area(app) == area;
            let fits = top.checked_add(height).is_some_and(|end| end <= area.bottom());
            if same_size && fits && last.key == key && by != 0 && by.unsigned_abs() < u64::from(height) {
                self.scroll(last.buffer, Region { top, height }, by as i32)?;
            }
        }
        if self.region.is_some() && wanted.map(|(top, height)| Region { top, height }) != self.region {
            self.terminal.backend_mut().writer_mut().write_all(RESET_REGION)?;
            self.region = None;
        }
        let frame = self.terminal.draw(|f| view::render(app, f))?;
        self.last = Some(Last { buffer: frame.buffer.clone(), key, scroll });
        Ok(())
    }

    /// The area the next frame will have: the fixed one, else the terminal's size now.
    fn area(&self) -> io::Result<Rect> {
        use ratatui::backend::Backend;
        if let Some(fixed) = self.fixed {
            return Ok(fixed);
        }
        let size = self.terminal.backend().size()?;
        Ok(Rect::new(0, 0, size.width, size.height))
    }

    /// Scrolls rows `top..top+height` by `by` lines (positive: content moves up), and makes
    /// ratatui's previous buffer the scrolled image, so its next diff is only the new lines.
    fn scroll(&mut self, previous: Buffer, region: Region, by: i32) -> io::Result<()> {
        let Region { top, height } = region;
        let mut seq = String::new();
        let homed = self.region != Some(region);
        if homed {
            // the region stays set while the layout does: later scrolls send only SU/SD
            seq = format!("\x1b[{};{}r", top + 1, top + height);
            self.region = Some(region);
        }
        let cmd = if by > 0 { 'S' } else { 'T' };
        match by.abs() {
            1 => seq.push_str(&format!("\x1b[{cmd}")),
            n => seq.push_str(&format!("\x1b[{n}{cmd}")),
        }
        let backend = self.terminal.backend_mut();
        backend.writer_mut().write_all(seq.as_bytes())?;
        backend.scrolled(top, height, by, homed);
        backend.muted = true;
        *self.terminal.current_buffer_mut() = shifted(previous, top, height, by);
        let flushed = self.terminal.flush();
        self.terminal.swap_buffers();
        self.terminal.backend_mut().muted = false;
        flushed
    }

    /// Resizes a fixed screen (measurements); the real terminal resizes itself on draw.
    pub fn resize(&mut self, area: Rect) -> io::Result<()> {
        self.last = None;
        self.region = None;
        self.fixed = Some(area);
        self.terminal.resize(area)?;
        self.terminal.backend_mut().set_width(area.right());
        Ok(())
    }

    /// Writes bytes outside a frame (the clipboard sequence), right away.
    pub fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        let out = self.terminal.backend_mut().writer_mut();
        out.write_all(bytes)?;
        out.flush()
    }

    /// Clears the screen and forgets it: the next frame is drawn whole (after a suspend).
    pub fn reset(&mut self) -> io::Result<()> {
        use ratatui::backend::Backend;
        self.last = None;
        self.region = None;
        self.terminal.backend_mut().clear()?;
        // both buffers emptied: the next diff is the whole frame
        self.terminal.swap_buffers();
        self.terminal.swap_buffers();
        Ok(())
    }
}

/// The screen the app lays itself out for.
fn app_area(app: &App) -> Rect {
    Rect::new(0, 0, app.width, app.height)
}

/// The buffer with rows `top..top+height` moved up by `by` (down when negative), the rows
/// that scrolled in left blank, as the terminal leaves them. Rows outside the buffer are
/// not the buffer's: a region reaching past it is cut to it.
pub fn shifted(mut buf: Buffer, top: u16, height: u16, by: i32) -> Buffer {
    let top = top.max(buf.area.y);
    let height = height.min(buf.area.bottom().saturating_sub(top));
    let width = usize::from(buf.area.width);
    let row = |r: u16| usize::from(r - buf.area.y) * width;
    let rows: Vec<u16> = (top..top + height).collect();
    let order: Box<dyn Iterator<Item = &u16>> =
        if by > 0 { Box::new(rows.iter()) } else { Box::new(rows.iter().rev()) };
    for &r in order {
        let from = r as i32 + by;
        let (dst, len) = (row(r), width);
        if from >= i32::from(top) && from < i32::from(top + height) {
            let src = row(from as u16);
            let moved: Vec<BufCell> = buf.content[src..src + len].to_vec();
            buf.content[dst..dst + len].clone_from_slice(&moved);
        } else {
            buf.content[dst..dst + len].iter_mut().for_each(BufCell::reset);
        }
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_owned()).collect())
            .collect()
    }

    #[test]
    fn shifting_moves_rows_and_blanks_the_new_ones() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 2, 5));
        for (y, s) in ["aa", "bb", "cc", "dd", "ee"].iter().enumerate() {
            buf.set_string(0, y as u16, s, ratatui::style::Style::new());
        }
        assert_eq!(rows(&shifted(buf.clone(), 1, 3, 1)), ["aa", "cc", "dd", "  ", "ee"]);
        assert_eq!(rows(&shifted(buf, 1, 3, -2)), ["aa", "  ", "  ", "bb", "ee"]);
    }

    #[test]
    fn a_frame_is_one_write_inside_synchronized_output() {
        #[derive(Default)]
        struct Writes(Vec<Vec<u8>>);
        impl Write for Writes {
            fn write(&mut self, b: &[u8]) -> io::Result<usize> {
                self.0.push(b.to_vec());
                Ok(b.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut w = FrameWriter { out: Writes::default(), buf: Vec::new() };
        let big = vec![b'x'; SYNC_FROM];
        w.write_all(&big[..10]).unwrap();
        w.write_all(&big[10..]).unwrap();
        w.flush().unwrap();
        w.flush().unwrap();
        w.write_all(b"small").unwrap();
        w.flush().unwrap();
        let framed = [b"\x1b[?2026h".as_slice(), &big, b"\x1b[?2026l"].concat();
        assert_eq!(w.out.0, [framed, b"small".to_vec()]);
    }
}
