//! Shows where each paragraph of an article lands: `cargo run --example trace -- FILE`.
//! For HTML and Markdown it shows each block's kind and bold run too.

use anyhow::{Context, Result};
use phongvan::source::media::{self, Media};

fn main() -> Result<()> {
    let path = std::env::args().nth(1).context("usage: trace FILE")?;
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {path}"))?;
    let ext = std::path::Path::new(&path).extension().and_then(|e| e.to_str()).unwrap_or_default();
    let kind = media::from_extension(ext).unwrap_or_else(|| media::sniff(&bytes));
    let enc = phongvan::markup::html::charset::declared(&bytes).filter(|_| kind == Media::Html);
    let text = match enc {
        Some(enc) => phongvan::text::decode::declared(&bytes, enc),
        None => phongvan::text::decode(&bytes, None),
    }
    .map_err(|e| anyhow::anyhow!("{path} {e}"))?
    .text;
    let doc = match kind {
        Media::Html => Some(phongvan::markup::html::document(&text)),
        Media::Markdown => Some(phongvan::markup::markdown::document(&text)),
        _ => None,
    };
    let (iv, trace) = match &doc {
        Some(doc) => {
            println!("page: {:?}\nnotes: {:?}\n", doc.page, doc.notes);
            for b in &doc.blocks {
                let head: String = b.text.chars().take(80).collect();
                println!("  {:<12} {:<10} {head}", format!("{:?}", b.kind), format!("{:?}", b.strong));
            }
            println!();
            phongvan::parse::parse_document_traced(doc, &path)
        }
        None => phongvan::parse::parse_traced(&phongvan::text::clean(&text), &path),
    };
    for (text, place) in trace {
        let head: String = text.chars().take(90).collect();
        println!("{:<12} {head}", format!("{place:?}"));
    }
    let roles: Vec<String> =
        iv.turns.iter().map(|t| format!("{:?}:{}", t.role, t.paragraphs.len())).collect();
    println!("\nturns: {}", roles.join(" "));
    Ok(())
}
