//! The end-to-end path (decode, clean, parse) on 10 MB of Vietnamese, half of it NFD, for
//! a profiler: `valgrind --tool=callgrind target/release/examples/profile 1` or `perf record`.
//! Prints the best time of each stage over N runs (`profile N`, default 15).
use phongvan::{parse, text};
const SEED: &str = include_str!("../data/hanoimoi-2023-thanh-xuan.txt");
fn main() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = SEED.nfd().collect();
    let mut out = String::new();
    let mut i = 0;
    while out.len() < 10 << 20 {
        out.push_str(if i % 2 == 0 { SEED } else { &nfd });
        out.push('\n');
        i += 1;
    }
    let bytes = out.into_bytes();
    let (mut a, mut b, mut c) = (f64::MAX, f64::MAX, f64::MAX);
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(15);
    for _ in 0..n {
        let t = std::time::Instant::now();
        let decoded = text::decode(&bytes, None).expect("valid text").text;
        let t1 = t.elapsed().as_secs_f64();
        let clean = text::clean::clean_counted(&decoded).text;
        let t2 = t.elapsed().as_secs_f64();
        drop(std::hint::black_box(parse::parse_owned(clean, "-")));
        let t3 = t.elapsed().as_secs_f64();
        a = a.min(t1);
        b = b.min(t2 - t1);
        c = c.min(t3 - t2);
    }
    let mb = bytes.len() as f64 / (1 << 20) as f64;
    println!(
        "decode {:.1} ms clean {:.1} ms parse {:.1} ms; e2e {:.1} MB/s",
        a * 1e3,
        b * 1e3,
        c * 1e3,
        mb / (a + b + c)
    );
}
