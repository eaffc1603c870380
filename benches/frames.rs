//! Bytes per key and time per frame of the real app, drawn through phongvan's own backend
//! into a byte-counting writer at 90x30 (the stacked layout, as over a narrow SSH window).
//! Run with `cargo bench --bench frames`.

use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Instant;

use phongvan::library::Entry;
use phongvan::tui::app::{Action, App, Settings};
use phongvan::tui::screen::Screen;
use phongvan::{parse, text};
use ratatui::layout::Rect;

const SEED: &str = include_str!("../data/hanoimoi-2023-thanh-xuan.txt");

/// Counts what would go to the terminal.
struct Counter(Rc<Cell<usize>>);

impl Write for Counter {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + b.len());
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Rig {
    app: App,
    screen: Screen<Counter>,
    bytes: Rc<Cell<usize>>,
}

impl Rig {
    fn new(width: u16, height: u16, regions: bool) -> Rig {
        let iv = parse::parse(&text::clean(SEED), "seed");
        let mut app = App::new(vec![Entry::new("seed".into(), Ok(iv))], Settings::default());
        app.update(Action::Resize(width, height));
        let bytes = Rc::new(Cell::new(0));
        let mut screen =
            Screen::new(Counter(Rc::clone(&bytes)), Some(Rect::new(0, 0, width, height))).expect("a screen");
        screen.scroll_regions = regions;
        screen.draw(&app).expect("first frame");
        Rig { app, screen, bytes }
    }

    /// Applies the actions, draws once (as the event loop does after draining input), and
    /// returns the bytes sent and the time taken.
    fn step(&mut self, actions: &[Action]) -> (usize, f64) {
        let start = Instant::now();
        let before = self.bytes.get();
        let changed = actions.iter().fold(false, |c, a| self.app.update(*a) | c);
        if let Some(&Action::Resize(w, h)) = actions.last() {
            self.screen.resize(Rect::new(0, 0, w, h)).expect("resize");
        }
        if changed {
            self.screen.draw(&self.app).expect("a frame");
        }
        (self.bytes.get() - before, start.elapsed().as_secs_f64() * 1e6)
    }
}

fn main() {
    let typing: Vec<Action> = "xuan".chars().map(Action::Input).collect();
    let script: Vec<(&str, Vec<Action>)> = vec![
        ("↓ one line (1st)", vec![Action::Down]),
        ("↓ one line (2nd)", vec![Action::Down]),
        ("↓ one line (3rd)", vec![Action::Down]),
        ("Space one page", vec![Action::PageDown]),
        ("→ next question", vec![Action::Next]),
        ("/ open search", vec![Action::Search]),
        ("x u a n typed", typing),
        ("Enter keep search", vec![Action::Submit]),
        ("n next match", vec![Action::NextMatch]),
        ("Esc clear search", vec![Action::Back]),
        ("idle (nothing)", vec![]),
        ("↓ ×100 held, drained", vec![Action::Down; 100]),
        ("resize to 80x24", vec![Action::Resize(80, 24)]),
    ];
    for regions in [true, false] {
        println!("\nphongvan frames at 90x30, scroll regions {}", if regions { "on" } else { "off" });
        println!("{:<24} {:>8} {:>10}", "key", "bytes", "µs/frame");
        let mut rig = Rig::new(90, 30, regions);
        for (name, actions) in &script {
            let (bytes, us) = rig.step(actions);
            println!("{name:<24} {bytes:>8} {us:>10.0}");
        }
    }
    let mut rig = Rig::new(90, 30, true);
    let n = 200;
    let start = Instant::now();
    for i in 0..n {
        rig.step(&[if i % 40 < 20 { Action::Down } else { Action::Up }]);
    }
    println!(
        "\nmean over {n} line scrolls: {:.0} µs per frame",
        start.elapsed().as_secs_f64() * 1e6 / f64::from(n)
    );
    big_screens();
}

/// Whole frames on very large terminals: the first frame, a question change (most of the
/// screen redrawn) and the transcript view.
fn big_screens() {
    println!("\n{:<12} {:>14} {:>14} {:>14}", "size", "first ms", "→ ms", "transcript ms");
    for (w, h) in [(200, 60), (500, 200), (1000, 300), (2000, 500)] {
        let start = Instant::now();
        let mut rig = Rig::new(w, h, true);
        let first = start.elapsed().as_secs_f64() * 1e3;
        let (_, next) = rig.step(&[Action::Next]);
        let (_, transcript) = rig.step(&[Action::Transcript]);
        println!("{:<12} {first:>14.1} {:>14.1} {:>14.1}", format!("{w}x{h}"), next / 1e3, transcript / 1e3);
    }
}
