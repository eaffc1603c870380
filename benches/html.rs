//! Web page → interview on the real pages in `../shared/corpus/html/` (Readability's test
//! pages, extractor suites' Q&A pages): throughput and the median time per page, beside
//! trafilatura and Mozilla Readability timed in the same run on the same pages when they
//! are installed (`tools/baselines/README.md`). Run with `cargo bench --bench html`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn pages(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["readability", "interviews", "vi"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            out.push(if p.is_dir() { p.join("source.html") } else { p });
        }
    }
    out.retain(|p| p.is_file());
    out.sort();
    out
}

/// Bytes to interview, as `phongvan page.html` does it (charset, decoding, front end, parser).
fn interview(bytes: &[u8]) -> usize {
    let declared = phongvan::markup::html::charset::declared(bytes);
    let decoded = match declared {
        Some(enc) => phongvan::text::decode::declared(bytes, enc),
        None => phongvan::text::decode(bytes, None),
    };
    let Ok(decoded) = decoded else { return 0 };
    let doc = phongvan::markup::html::document(&decoded.text);
    phongvan::parse::parse_document(&doc, "page").turns.len()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/html");
    let files = pages(&root);
    if files.is_empty() {
        println!("no pages under {}: nothing to measure", root.display());
        return;
    }
    let bodies: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).expect("a page")).collect();
    let total: usize = bodies.iter().map(Vec::len).sum();
    let rounds = 5;
    let mut per_page = vec![f64::MAX; bodies.len()];
    let start = Instant::now();
    for _ in 0..rounds {
        for (i, b) in bodies.iter().enumerate() {
            let t = Instant::now();
            std::hint::black_box(interview(b));
            per_page[i] = per_page[i].min(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    let secs = start.elapsed().as_secs_f64() / f64::from(rounds);
    println!("{} pages, {:.1} MB", bodies.len(), total as f64 / 1e6);
    println!("{:<22} {:>10} {:>16}", "", "MB/s", "median ms/page");
    println!("{:<22} {:>10.1} {:>16.2}", "phongvan", total as f64 / 1e6 / secs, median(per_page));
    let list = std::env::temp_dir().join(format!("phongvan-bench-pages-{}", std::process::id()));
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    std::fs::write(&list, names.join("\n")).expect("a temp file");
    let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/baselines");
    baseline("trafilatura", Command::new("python3").arg(tools.join("trafilatura_bench.py")).arg(&list));
    baseline("readability.js", Command::new("node").arg(tools.join("readability_bench.js")).arg(&list));
    let _ = std::fs::remove_file(list);
}

/// Runs a baseline's timing script, which prints "MB/s median-ms" on its last line.
fn baseline(name: &str, cmd: &mut Command) {
    match cmd.output() {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let last = text.lines().last().unwrap_or_default();
            let v: Vec<f64> = last.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            if let [mbs, ms] = v[..] {
                println!("{name:<22} {mbs:>10.1} {ms:>16.2}");
                return;
            }
            println!("{name:<22} (unreadable output: {last})");
        }
        _ => println!("{name:<22} (not installed: see tools/baselines/README.md)"),
    }
}
