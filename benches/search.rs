//! One long article searched a key at a time: `cargo bench --bench search`. Prints the time
//! of each key (update and a full frame drawn), typed after a pause and at once, beside the
//! time to fold the whole text once into each kind of key.

use std::time::{Duration, Instant};

use phongvan::interview::Interview;
use phongvan::library::Entry;
use phongvan::tui::app::{Action, App, Settings};
use phongvan::{parse, text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SEED: &str = include_str!("../data/hanoimoi-2023-thanh-xuan.txt");

fn main() {
    // the seed's turns repeated into one interview of about 8 MB
    let body: String = SEED.split_once("\n\n").map_or(SEED, |(_, b)| b).to_owned();
    let mut article = String::from("Phỏng vấn dài về quận Thanh Xuân\n\n");
    while article.len() < 8 << 20 {
        article.push_str(&body);
        article.push_str("\n\n");
    }
    let iv = parse::parse(&text::clean(&article), "big.txt");
    println!("article: {:.1} MB, {} turns", article.len() as f64 / 1e6, iv.turns.len());
    for (name, key) in
        [("folded", text::fold::fold_key as fn(&str) -> String), ("tone", text::fold::tone_key)]
    {
        let t = Instant::now();
        drop(std::hint::black_box(key(&article)));
        println!("the whole text's {name} key, once: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    }
    // a reader pauses between opening the article and typing (the keys are made on
    // another core meanwhile); typed at once, the first key waits for them
    for pause in [300, 0] {
        println!("typed {pause} ms after the article opened:");
        search(&iv, Duration::from_millis(pause));
    }
}

fn search(iv: &Interview, pause: Duration) {
    let mut app = App::new(vec![Entry::new("big.txt".into(), Ok(iv.clone()))], Settings::default());
    app.update(Action::Resize(100, 30));
    let mut term = Terminal::new(TestBackend::new(100, 30)).expect("a test backend");
    let mut draw = |app: &App| term.draw(|f| phongvan::tui::view::render(app, f)).map(|_| ()).expect("draws");
    draw(&app);
    app.update(Action::Next);
    app.update(Action::Search);
    std::thread::sleep(pause);
    for c in "xuân".chars() {
        let t = Instant::now();
        app.update(Action::Input(c));
        let update = t.elapsed().as_secs_f64() * 1e3;
        draw(&app);
        let all = t.elapsed().as_secs_f64() * 1e3;
        println!("  key {c:?}: {all:.1} ms ({update:.1} ms update, {:.1} ms frame)", all - update);
    }
    let t = Instant::now();
    app.update(Action::Submit);
    app.update(Action::NextMatch);
    draw(&app);
    println!("  Enter, n: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
}
