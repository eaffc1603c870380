//! A synthetic archive for benchmarks: `cargo run --release --example gen-archive -- N DIR`
//! writes N interviews (5-64 KB each, one folder per year) made from the bundled samples,
//! varied so that every file differs: numbers, dates, names of places and the answers'
//! length change from file to file.

use std::path::Path;

use phongvan::source::BUNDLED;

/// xorshift64: the same archive on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const PLACES: &[&str] = &["Thanh Xuân", "Hoàn Kiếm", "Ba Đình", "Cầu Giấy", "Long Biên", "Hà Đông", "Tây Hồ"];

/// Every run of digits replaced by another number of about the same size.
fn renumber(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            continue;
        }
        if digits > 0 {
            out.push_str(&(rng.below(10u64.pow(digits.min(4))) + 1).to_string());
            digits = 0;
        }
        out.push(c);
    }
    out
}

/// One article: a sample, its long paragraphs repeated with changes until it reaches `size`.
fn article(k: usize, size: usize, rng: &mut Rng) -> String {
    let (_, sample) = BUNDLED[k % BUNDLED.len()];
    let place = PLACES[k % PLACES.len()];
    let mut text = renumber(&sample.replace("Thanh Xuân", place), rng);
    let long: Vec<&str> = sample.split("\n\n").filter(|p| p.len() > 300).collect();
    let mut n = 0;
    while text.len() < size && !long.is_empty() {
        // answers grow: a long paragraph again, renumbered, in the answer that ends the text
        let para = long[(k + n) % long.len()];
        let end = text.rfind("\n\n").unwrap_or(text.len());
        let extra = renumber(para, rng);
        text.insert_str(end, &format!("\n\n{extra}"));
        n += 1;
    }
    text
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(n), Some(dir)) = (args.get(1).and_then(|n| n.parse::<usize>().ok()), args.get(2)) else {
        eprintln!("usage: gen-archive N DIR");
        std::process::exit(2);
    };
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut bytes = 0;
    for k in 0..n {
        let year = 2015 + k % 10;
        let folder = Path::new(dir).join(year.to_string());
        std::fs::create_dir_all(&folder)?;
        let size = 5 * 1024 + rng.below(59 * 1024) as usize;
        let text = article(k, size, &mut rng);
        bytes += text.len();
        std::fs::write(folder.join(format!("{k:06}.txt")), text)?;
    }
    println!("{n} files, {:.1} MB in {dir}", bytes as f64 / 1e6);
    Ok(())
}
