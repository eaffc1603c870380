//! Throughput of the text engine and the parser on generated Vietnamese text.
//! Run with `cargo bench --bench text`; prints MB/s per stage.

use std::hint::black_box;
use std::time::{Duration, Instant};

use phongvan::text::fold::Query;
use phongvan::text::wrap::wrap_plain;
use phongvan::{parse, text};

const SEED: &str = include_str!("../data/hanoimoi-2023-thanh-xuan.txt");

/// About `mb` megabytes of Vietnamese: the seed repeated, half of it in NFD.
fn corpus(mb: usize) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = SEED.nfd().collect();
    let mut out = String::with_capacity(mb << 20);
    let mut i = 0;
    while out.len() < mb << 20 {
        out.push_str(if i % 2 == 0 { SEED } else { &nfd });
        out.push('\n');
        i += 1;
    }
    out.into_bytes()
}

/// Runs `f` until at least a second has passed; returns the best time of one run.
fn best(f: impl FnMut()) -> Duration {
    best_of(Duration::from_secs(1), f)
}

/// Runs `f` until `window` has passed; returns the best time of one run.
fn best_of(window: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut best = Duration::MAX;
    while start.elapsed() < window {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
    }
    best
}

fn report(name: &str, bytes: usize, d: Duration) {
    let mbs = bytes as f64 / (1 << 20) as f64 / d.as_secs_f64();
    println!(
        "{name:<34} {:>8.1} MB/s  ({:.1} ms for {:.1} MB)",
        mbs,
        d.as_secs_f64() * 1e3,
        bytes as f64 / (1 << 20) as f64
    );
}

fn main() {
    let bytes = corpus(10);
    let n = bytes.len();
    let decoded = text::decode(&bytes, None).expect("valid text").text;
    let clean = text::clean(&decoded);
    report("decode (UTF-8)", n, best(|| drop(black_box(text::decode(&bytes, None)))));
    report("clean (controls, spaces, NFC)", n, best(|| drop(black_box(text::clean(&decoded)))));
    let paras: Vec<&str> = clean.lines().filter(|l| !l.trim().is_empty()).collect();
    report("wrap at 80 cells", n, best(|| paras.iter().for_each(|p| drop(black_box(wrap_plain(p, 80))))));
    report(
        "decode + clean + wrap",
        n,
        best(|| {
            let d = text::decode(&bytes, None).expect("valid text").text;
            let c = text::clean(&d);
            c.lines().for_each(|p| drop(black_box(wrap_plain(p, 80))));
        }),
    );
    for q in ["xuan", "Xuân", "thanh xuan phat trien"] {
        let query = Query::new(q).expect("a query");
        let mut hits = 0;
        let d = best(|| hits = paras.iter().map(|p| query.find_in(p).len()).sum::<usize>());
        report(&format!("search {q:?} ({hits} hits)"), n, d);
    }
    end_to_end(&bytes);
    let one_mb = &clean[..clean.floor_char_boundary(1 << 20)];
    report("parse 1 MB", one_mb.len(), best(|| drop(black_box(parse::parse(one_mb, "-")))));
    // a crawler's one-line body: every paragraph glued onto one line, cut into sentences
    for mb in [1, 4] {
        let flat = format!("Tiêu đề\n{}", clean[..clean.floor_char_boundary(mb << 20)].replace('\n', " "));
        let d = best(|| drop(black_box(parse::parse(&flat, "-"))));
        report(&format!("parse {mb} MB flattened onto one line"), flat.len(), d);
    }
    pull_quotes(&clean);
}

/// What the binary does with a text file: decode, clean (counting), parse, on one core
/// (best of three seconds of runs: the figure the target is read from, on a
/// machine whose speed drifts).
fn end_to_end(bytes: &[u8]) {
    let d = best_of(Duration::from_secs(3), || {
        let decoded = text::decode(bytes, None).expect("valid text").text;
        let clean = text::clean::clean_counted(&decoded).text;
        drop(black_box(parse::parse_owned(clean, "-")));
    });
    report("decode + clean + parse (end to end)", bytes.len(), d);
}

/// An article with a short quoted line every 10 paragraphs, each quoting the paragraph
/// before it: MB/s must stay flat as the article grows (pull quotes are looked up once).
fn pull_quotes(clean: &str) {
    let paras: Vec<&str> = clean.lines().filter(|l| l.split_whitespace().count() >= 8).collect();
    for mb in [1, 2, 4, 8] {
        let mut text = String::from("Tiêu đề\n\n");
        let mut i = 0;
        while text.len() < mb << 20 {
            let p = format!("Đoạn {i} {}", paras[i % paras.len()]);
            text.push_str(&p);
            text.push('\n');
            if i % 10 == 9 {
                let head: Vec<&str> = p.split_whitespace().take(8).collect();
                text.push_str(&format!("“{}”\n", head.join(" ")));
            }
            i += 1;
        }
        let d = best(|| drop(black_box(parse::parse(&text, "-"))));
        report(&format!("parse {mb} MB, a pull quote every 10 paragraphs"), text.len(), d);
    }
}
