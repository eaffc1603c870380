//! The library on a generated archive: cold and warm opens through the cache, filter
//! keystrokes, `j` in a filtered list, peak memory, and `--json DIR` beside the tools a user
//! has instead (`ls -R`, `cat`, `rg -c`), all measured in the same run.
//! `cargo bench --bench archive` (N files: `PHONGVAN_BENCH_FILES`, default 1000).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use phongvan::source::{self, Origin, Reading};
use phongvan::store::Store;
use phongvan::tui::app::{Action, App, Arrival, Effect, Settings};
use phongvan::tui::loader;

fn main() {
    if let Ok(phase) = std::env::var("PHONGVAN_BENCH_PHASE") {
        return phase_in_child(&phase);
    }
    let n: usize = std::env::var("PHONGVAN_BENCH_FILES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    let root = std::env::temp_dir().join(format!("phongvan-bench-archive-{n}"));
    let archive = root.join("archive");
    if !archive.exists() {
        let mut make = Command::new(env!("CARGO"));
        make.args(["run", "--release", "--quiet", "--example", "gen-archive", "--"])
            .arg(n.to_string())
            .arg(&archive);
        assert!(make.status().is_ok_and(|s| s.success()), "gen-archive failed");
    }
    let bytes = du(&archive);
    println!("archive: {n} files, {:.1} MB, {}", bytes as f64 / 1e6, archive.display());
    let cache = root.join("cache");
    let _ = std::fs::remove_dir_all(&cache);
    for phase in ["cold", "warm", "warm"] {
        let out = child(phase, &archive, &cache);
        println!("{phase:<5} {out}");
    }
    baselines(&archive, bytes);
}

/// Runs one phase in a fresh process, for its own peak memory.
fn child(phase: &str, archive: &Path, cache: &Path) -> String {
    let exe = std::env::current_exe().expect("the bench knows its own path");
    let out = Command::new(exe)
        .env("PHONGVAN_BENCH_PHASE", phase)
        .env("PHONGVAN_BENCH_ARCHIVE", archive)
        .env("PHONGVAN_BENCH_CACHE", cache)
        .output()
        .expect("the bench runs itself");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn phase_in_child(_phase: &str) {
    let archive = PathBuf::from(std::env::var("PHONGVAN_BENCH_ARCHIVE").expect("set by the parent"));
    let cache = PathBuf::from(std::env::var("PHONGVAN_BENCH_CACHE").expect("set by the parent"));
    // as the binary does: one article found, the browser started, the walk on the loader
    let start = Instant::now();
    assert!(source::may_hold_articles(&archive), "an archive with articles");
    let walked = Arc::new(Mutex::new(Duration::ZERO));
    let (root, took) = (archive.clone(), Arc::clone(&walked));
    let walk = move || {
        let t = Instant::now();
        let origins = source::expand(std::slice::from_ref(&root));
        *took.lock().expect("the bench's own lock") = t.elapsed();
        origins
    };
    let library = loader::start(walk, vec![archive.clone()], Reading::default(), Store::open(&cache));
    let mut app = App::new(Vec::new(), Settings { indexed: true, ..Settings::default() });
    app.update(Action::Resize(100, 30));
    app.arrive(Arrival::Finding);
    let frame = start.elapsed();
    let (first, done, total) = take_news(&mut app, &library, start);
    let keys = filter_keys(&mut app, &library);
    let j = time_j(&mut app);
    let walked = *walked.lock().expect("the bench's own lock");
    println!(
        "first frame {:>5.1} ms  walk {:>6.1} ms  first entries {:>7.1} ms  all {total} {:>8.1} ms  filter keys p50 {:.1} p95 {:.1} max {:.1} ms  j {:.3} ms  peak {:.0} MiB",
        ms(frame),
        ms(walked),
        ms(first),
        ms(done),
        keys.0,
        keys.1,
        keys.2,
        j,
        peak_mib()
    );
}

/// Takes in the loader's news until it is done: when the first entries came, when the
/// last did, and how many inputs there were.
fn take_news(app: &mut App, library: &loader::Library, start: Instant) -> (Duration, Duration, usize) {
    let (mut first, mut total) = (None, 0);
    loop {
        let news = library.news.recv_timeout(Duration::from_secs(600)).expect("the loader reports");
        let done = matches!(news, Arrival::Progress(r, t) if r == t);
        if let Arrival::Progress(_, t) = news {
            total = t;
        }
        app.arrive(news);
        if first.is_none() && !app.entries.is_empty() {
            first = Some(start.elapsed());
        }
        if done {
            return (first.unwrap_or_default(), start.elapsed(), total);
        }
    }
}

/// Types queries a key at a time, each key answered by the index as the runner does.
fn filter_keys(app: &mut App, library: &loader::Library) -> (f64, f64, f64) {
    let mut times = Vec::new();
    for query in ["thanh xuân", "hoa", "bui huyen mai", "kinh tế xã hội", "nghệ nhân"] {
        app.update(Action::Search);
        for c in query.chars() {
            let t = Instant::now();
            app.update(Action::Input(c));
            answer(app, library);
            times.push(ms(t.elapsed()));
        }
        app.update(Action::Submit);
        app.update(Action::Back);
        answer(app, library);
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    (at(0.5), at(0.95), at(1.0))
}

fn answer(app: &mut App, library: &loader::Library) {
    for effect in std::mem::take(&mut app.effects) {
        if let Effect::Filter(g, text) = effect {
            let ids = loader::lock(&library.store).search(&text).unwrap_or_default();
            app.arrive(Arrival::Hits(g, ids));
        }
    }
}

/// `j` in a filtered list.
fn time_j(app: &mut App) -> f64 {
    app.update(Action::Search);
    "hoa".chars().for_each(|c| {
        app.update(Action::Input(c));
    });
    app.update(Action::Submit);
    let t = Instant::now();
    for _ in 0..100 {
        app.update(Action::Down);
    }
    ms(t.elapsed()) / 100.0
}

fn baselines(archive: &Path, bytes: u64) {
    let phongvan = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/phongvan");
    let runs: Vec<(&str, Command)> = vec![
        // (cold: the user's cache, if any, is left out of it)
        ("phongvan --no-cache --json DIR", command(&phongvan, &["--no-cache", "--json"], archive)),
        ("ls -R DIR", command(Path::new("ls"), &["-R"], archive)),
        // (find's batches: a glob of 100,000 names is too long for one command line)
        ("cat of every file", shell(&format!("find '{}' -type f -exec cat {{}} +", archive.display()))),
        ("rg -c Xuân DIR", command(Path::new("rg"), &["-c", "Xuân"], archive)),
    ];
    for (name, mut cmd) in runs {
        let t = Instant::now();
        match cmd.stdout(std::process::Stdio::null()).status() {
            // (rg says "no match" by its status too)
            Ok(status) if !status.success() && !name.starts_with("rg") => {
                println!("{name:<22} failed: {status}")
            }
            Ok(_) => {
                let d = t.elapsed();
                let mbs = bytes as f64 / 1e6 / d.as_secs_f64();
                println!("{name:<22} {:>8.1} ms  {mbs:>7.1} MB/s", ms(d));
            }
            Err(_) => println!("{name:<22} (not installed)"),
        }
    }
}

fn command(exe: &Path, args: &[&str], dir: &Path) -> Command {
    let mut c = Command::new(exe);
    c.args(args).arg(dir);
    c
}

fn shell(line: &str) -> Command {
    let mut c = Command::new("sh");
    c.args(["-c", line]);
    c
}

fn du(dir: &Path) -> u64 {
    let origins = source::expand(&[dir.to_path_buf()]);
    origins
        .iter()
        .filter_map(|o| match o {
            Ok(Origin::File(p)) => std::fs::metadata(p).ok().map(|m| m.len()),
            _ => None,
        })
        .sum()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// This process's peak resident memory.
fn peak_mib() -> f64 {
    // SAFETY: getrusage only fills the struct it is given
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    usage.ru_maxrss as f64 / 1024.0
}
