//! A ratatui backend that spends few bytes: one compact SGR per style change, style kept
//! across frames (no reset after each), the cursor hidden once, and short gaps between
//! changed cells filled from a copy of the screen instead of a cursor move.

use std::io::{self, Write};

use crossterm::{cursor, queue, terminal};
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier};

/// The longest run of unchanged cells printed over rather than jumped (a cursor move
/// costs six to eight bytes).
const MAX_GAP: u16 = 6;

/// What the terminal currently renders with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Pen {
    fn of(cell: &Cell) -> Pen {
        Pen { fg: cell.fg, bg: cell.bg, modifier: cell.modifier }
    }

    /// One SGR sequence that sets this pen from scratch: "\x1b[0;1;33m".
    fn sgr(self) -> String {
        let mut params = vec!["0".to_owned()];
        let bits = [
            (Modifier::BOLD, "1"),
            (Modifier::DIM, "2"),
            (Modifier::ITALIC, "3"),
            (Modifier::UNDERLINED, "4"),
            (Modifier::SLOW_BLINK, "5"),
            (Modifier::RAPID_BLINK, "6"),
            (Modifier::REVERSED, "7"),
            (Modifier::HIDDEN, "8"),
            (Modifier::CROSSED_OUT, "9"),
        ];
        params.extend(bits.iter().filter(|(m, _)| self.modifier.contains(*m)).map(|(_, p)| (*p).to_owned()));
        params.extend(colour(self.fg, false));
        params.extend(colour(self.bg, true));
        format!("\x1b[{}m", params.join(";"))
    }
}

/// SGR parameters for a colour: the 16 ANSI colours as 30–37/90–97 (40–47/100–107 for the
/// background), which every 16-colour terminal reads.
fn colour(c: Color, bg: bool) -> Option<String> {
    let base = |n: u8| Some(format!("{}", n + if bg { 10 } else { 0 }));
    match c {
        Color::Reset => None,
        Color::Black => base(30),
        Color::Red => base(31),
        Color::Green => base(32),
        Color::Yellow => base(33),
        Color::Blue => base(34),
        Color::Magenta => base(35),
        Color::Cyan => base(36),
        Color::Gray => base(37),
        Color::DarkGray => base(90),
        Color::LightRed => base(91),
        Color::LightGreen => base(92),
        Color::LightYellow => base(93),
        Color::LightBlue => base(94),
        Color::LightMagenta => base(95),
        Color::LightCyan => base(96),
        Color::White => base(97),
        Color::Indexed(i) => Some(format!("{};5;{i}", if bg { 48 } else { 38 })),
        Color::Rgb(r, g, b) => Some(format!("{};2;{r};{g};{b}", if bg { 48 } else { 38 })),
    }
}

/// The most columns and rows drawn: a larger terminal shows the screen in its top left
/// corner (a frame of 5000x5000 cells takes seconds, and 65535x65535 cannot be allocated).
pub const MAX_SIZE: (u16, u16) = (1024, 512);

/// The terminal's size, cut to [`MAX_SIZE`].
pub fn terminal_size() -> io::Result<(u16, u16)> {
    terminal::size().map(|(w, h)| cap(w, h))
}

/// A size cut to [`MAX_SIZE`].
pub fn cap(w: u16, h: u16) -> (u16, u16) {
    (w.min(MAX_SIZE.0), h.min(MAX_SIZE.1))
}

/// `old` copied into a larger empty buffer at the same origin (ratatui's `Buffer::merge`
/// multiplies in u16 and overflows past 65,535 cells).
fn grown(old: &Buffer, area: Rect) -> Buffer {
    let mut new = Buffer::empty(area);
    let (w, nw) = (usize::from(old.area.width), usize::from(area.width));
    for y in 0..usize::from(old.area.height) {
        new.content[y * nw..y * nw + w].clone_from_slice(&old.content[y * w..(y + 1) * w]);
    }
    new
}

/// The backend: writes to `out`, remembers the screen it drew.
pub struct LeanBackend<W: Write> {
    out: W,
    /// What is on the terminal, as far as this backend knows.
    shadow: Buffer,
    pen: Pen,
    cursor_hidden: bool,
    /// Where the terminal's cursor is, when known (not after a clear or a wrap).
    cursor: Option<Position>,
    /// The terminal's width, where printing leaves a pending wrap.
    width: u16,
    /// While muted, draws change nothing and write nothing.
    pub muted: bool,
}

impl<W: Write> LeanBackend<W> {
    pub fn new(out: W) -> LeanBackend<W> {
        LeanBackend {
            out,
            shadow: Buffer::empty(Rect::ZERO),
            pen: Pen::default(),
            cursor_hidden: false,
            cursor: None,
            width: terminal::size().map_or(u16::MAX, |(w, _)| w),
            muted: false,
        }
    }

    /// For a fixed area (measurements): its right edge is where printing would wrap.
    pub fn set_width(&mut self, width: u16) {
        self.width = width;
    }

    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// The terminal scrolled rows `top..top+height` by `by` (a scroll region): the shadow
    /// follows.
    /// `homed`: the region was (re)set, which moves the cursor to the top left.
    pub fn scrolled(&mut self, top: u16, height: u16, by: i32, homed: bool) {
        if homed {
            self.cursor = Some(Position::ORIGIN);
        }
        let shadow = std::mem::replace(&mut self.shadow, Buffer::empty(Rect::ZERO));
        self.shadow = super::screen::shifted(shadow, top, height, by);
    }

    /// Grows the shadow to cover a position: to the terminal's width at once and by
    /// doubling downwards, so a first frame grows it a few times, not once per cell.
    fn cover(&mut self, x: u16, y: u16) {
        let a = self.shadow.area;
        if x >= a.right() || y >= a.bottom() {
            let known = if self.width == u16::MAX { 0 } else { self.width };
            let width = a.width.max(x.saturating_add(1)).max(known);
            let doubled = a.height.saturating_mul(2).min(y.saturating_add(64));
            let height = a.height.max(y.saturating_add(1)).max(doubled);
            let area = Rect::new(0, 0, width, height);
            self.shadow = grown(&self.shadow, area);
        }
    }

    /// Cells of the shadow from `from` to before `to` on row `y`, when printing them keeps
    /// the pen and their widths: a cheaper way there than a cursor move.
    fn gap(&self, from: u16, to: u16, y: u16) -> Option<String> {
        if to <= from || to - from > MAX_GAP {
            return None;
        }
        let mut s = String::new();
        for x in from..to {
            let cell = self.shadow.cell((x, y))?;
            let single = crate::text::grapheme_width(cell.symbol()) == 1;
            if !single || Pen::of(cell) != self.pen {
                return None;
            }
            s.push_str(cell.symbol());
        }
        Some(s)
    }

    /// Moves the cursor the cheapest way: absolute, or relative on the same row.
    fn move_to(&mut self, x: u16, y: u16) -> io::Result<()> {
        let absolute = format!("\x1b[{};{}H", y + 1, x + 1);
        let relative = match self.cursor {
            Some(c) if c.y == y && c.x == x => Some(String::new()),
            Some(c) if c.y == y && x > c.x => Some(format!("\x1b[{}C", x - c.x)),
            Some(c) if c.y == y && x == 0 => Some("\r".to_owned()),
            Some(c) if c.y == y => Some(format!("\r\x1b[{x}C")),
            _ => None,
        };
        let best = relative.filter(|r| r.len() < absolute.len()).unwrap_or(absolute);
        self.cursor = Some(Position { x, y });
        self.out.write_all(best.as_bytes())
    }

    fn draw_cell(&mut self, x: u16, y: u16, cell: &Cell) -> io::Result<()> {
        self.cover(x, y);
        if self.cursor != Some(Position { x, y }) {
            let gap = match self.cursor {
                Some(c) if c.y == y && x > c.x => self.gap(c.x, x, y),
                _ => None,
            };
            match gap {
                Some(g) => self.out.write_all(g.as_bytes())?,
                None => self.move_to(x, y)?,
            }
        }
        let pen = Pen::of(cell);
        if pen != self.pen {
            self.out.write_all(pen.sgr().as_bytes())?;
            self.pen = pen;
        }
        self.out.write_all(cell.symbol().as_bytes())?;
        let width = crate::text::grapheme_width(cell.symbol()).max(1) as u16;
        self.shadow[(x, y)] = cell.clone();
        // the cells a wide letter covers hold nothing a gap could print
        for dx in 1..width {
            self.cover(x + dx, y);
            self.shadow[(x + dx, y)] = Cell::new("");
        }
        // at the right edge the terminal holds a pending wrap: the position is unknowable
        let end = x + width;
        self.cursor = (end < self.width).then_some(Position { x: end, y });
        Ok(())
    }
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if self.muted {
            content.for_each(drop);
            return Ok(());
        }
        for (x, y, cell) in content {
            self.draw_cell(x, y, cell)?;
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if !self.cursor_hidden {
            queue!(self.out, cursor::Hide)?;
            self.cursor_hidden = true;
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_hidden {
            queue!(self.out, cursor::Show)?;
            self.cursor_hidden = false;
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        cursor::position().map(|(x, y)| Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        self.cursor = Some(Position { x, y });
        queue!(self.out, cursor::MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        use terminal::ClearType as C;
        let kind = match clear_type {
            ClearType::All => C::All,
            ClearType::AfterCursor => C::FromCursorDown,
            ClearType::BeforeCursor => C::FromCursorUp,
            ClearType::CurrentLine => C::CurrentLine,
            ClearType::UntilNewLine => C::UntilNewLine,
        };
        // clearing paints with the current background: start from the default pen
        if self.pen != Pen::default() {
            self.out.write_all(b"\x1b[0m")?;
            self.pen = Pen::default();
        }
        queue!(self.out, terminal::Clear(kind))?;
        self.cursor = None;
        self.width = terminal::size().map_or(self.width, |(w, _)| w);
        // partial clears leave the shadow unknown: forget it, so no gap is filled from it
        self.shadow = Buffer::empty(Rect::ZERO);
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal_size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let w = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size { width: w.columns, height: w.rows },
            pixels: Size { width: w.width, height: w.height },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shadow_grows_past_65535_cells_keeping_what_it_held() {
        let mut old = Buffer::empty(Rect::new(0, 0, 3, 2));
        old.set_string(0, 1, "abc", ratatui::style::Style::new());
        let big = grown(&old, Rect::new(0, 0, 500, 200));
        assert_eq!(big[(2, 1)].symbol(), "c");
        assert_eq!(big[(3, 1)].symbol(), " ");
        assert_eq!(big[(499, 199)].symbol(), " ");
    }
    use ratatui::style::Style;

    fn drawn(cells: &[(u16, u16, &'static str, Style)], backend: &mut LeanBackend<Vec<u8>>) -> String {
        let cells: Vec<(u16, u16, Cell)> = cells
            .iter()
            .map(|(x, y, s, st)| {
                let mut c = Cell::new(s);
                c.set_style(*st);
                (*x, *y, c)
            })
            .collect();
        backend.out.clear();
        backend.draw(cells.iter().map(|(x, y, c)| (*x, *y, c))).unwrap();
        String::from_utf8(backend.out.clone()).unwrap()
    }

    #[test]
    fn style_changes_are_one_sgr_and_persist_across_frames() {
        let mut b = LeanBackend::new(Vec::new());
        let bold = Style::new().add_modifier(Modifier::BOLD).fg(Color::Yellow);
        assert_eq!(drawn(&[(0, 0, "a", bold), (1, 0, "b", bold)], &mut b), "\x1b[1;1H\x1b[0;1;33mab");
        assert_eq!(drawn(&[(0, 1, "c", bold)], &mut b), "\x1b[2;1Hc");
        // the cursor is known to sit right after "c": no move at all
        assert_eq!(drawn(&[(1, 1, "d", Style::new())], &mut b), "\x1b[0md");
    }

    #[test]
    fn short_gaps_are_printed_from_the_shadow() {
        let mut b = LeanBackend::new(Vec::new());
        let s = Style::new();
        drawn(&[(0, 0, "a", s), (1, 0, " ", s), (2, 0, "b", s), (3, 0, " ", s), (4, 0, "c", s)], &mut b);
        // only a and c change: the space and b between them are printed, not jumped
        // and the way back to the line's start is a carriage return
        assert_eq!(drawn(&[(0, 0, "x", s), (4, 0, "y", s)], &mut b), "\rx b y");
    }

    #[test]
    fn wide_letters_are_never_followed_by_a_gap_space() {
        let mut b = LeanBackend::new(Vec::new());
        let s = Style::new();
        drawn(&[(0, 0, "中", s), (2, 0, "文", s), (4, 0, "x", s)], &mut b);
        // back to column 2, then 字 ends at 4: y follows with no filler between
        assert_eq!(drawn(&[(2, 0, "字", s), (4, 0, "y", s)], &mut b), "\r\x1b[2C字y");
    }

    #[test]
    fn muted_draws_write_nothing() {
        let mut b = LeanBackend::new(Vec::new());
        b.muted = true;
        assert_eq!(drawn(&[(0, 0, "a", Style::new())], &mut b), "");
    }
}
