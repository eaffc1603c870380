//! Shows where each paragraph of an article lands: `cargo run --example trace -- FILE`.

use anyhow::{Context, Result};

fn main() -> Result<()> {
    let path = std::env::args().nth(1).context("usage: trace FILE")?;
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {path}"))?;
    let text = phongvan::text::decode(&bytes, None).map_err(|e| anyhow::anyhow!("{path} {e}"))?.text;
    let (iv, trace) = phongvan::parse::parse_traced(&phongvan::text::clean(&text), &path);
    for (text, place) in trace {
        let head: String = text.chars().take(90).collect();
        println!("{:<12} {head}", format!("{place:?}"));
    }
    let roles: Vec<String> =
        iv.turns.iter().map(|t| format!("{:?}:{}", t.role, t.paragraphs.len())).collect();
    println!("\nturns: {}", roles.join(" "));
    Ok(())
}
