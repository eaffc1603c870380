//! Any HTML at all, tag soup included: the front end never panics, never recurses, and
//! every block of text it keeps lands in the interview.

use std::collections::HashMap;

use proptest::prelude::*;

use phongvan::markup::html;
use phongvan::parse;

fn words(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// Parses a page and checks that no word of its blocks is lost.
fn keeps_its_blocks(page: &str) {
    let doc = html::document(page);
    let iv = parse::parse_document(&doc, "x.html");
    let model = serde_json::to_value(&iv).unwrap().to_string();
    let have = words(&model);
    for block in &doc.blocks {
        for (w, n) in words(&block.text) {
            assert!(have.get(&w).copied().unwrap_or(0) >= n, "{w:?} of {:?} lost", block.text);
        }
    }
}

/// Tags, broken tags, entities and classes that real pages hold, in any order.
const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<b>",
    "</b>",
    "<strong>",
    "<i>",
    "<em>",
    "</em>",
    "<h2>",
    "</h3>",
    "<br>",
    "<li>",
    "<ul>",
    "</ul>",
    "<table><td>",
    "</tr>",
    "<blockquote>",
    "<figure><figcaption>",
    "<script>var x='</p>';</script>",
    "<style>.a{}</style>",
    "<!-- c -->",
    "<a href=x>",
    "</a>",
    "<",
    ">",
    "&amp;",
    "&#27;[2J",
    "&bogus;",
    "<p class=\"share\">",
    "<nav>",
    "<span class=caption>",
    "<meta charset=utf-8>",
    "<title>T",
    "<h1>",
    "</h1>",
    "<aside>",
    "</body>",
    "<html>",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(PIECES).prop_map(String::from),
        "[a-zA-Zạđươ?:,.\\- ]{0,30}",
        Just("PV: Ông nghĩ sao? ".to_owned()),
        Just("- Tôi nghĩ vậy. ".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn tag_soup_never_panics_and_keeps_its_text(pieces in prop::collection::vec(piece(), 0..120)) {
        keeps_its_blocks(&pieces.concat());
    }

    #[test]
    fn huge_attributes_are_nothing_special(len in 1usize..200_000, quote in prop::bool::ANY) {
        let q = if quote { "\"" } else { "" };
        let page = format!("<div class={q}{}{q} data-x={q}{}{q}><p>Ông nghĩ sao?</p><p>Tôi nghĩ vậy.</p></div>", "x".repeat(len), "y".repeat(len / 2));
        keeps_its_blocks(&page);
    }
}

#[test]
fn nesting_100000_deep_is_read_to_the_end() {
    for tag in ["div", "b", "span", "table", "blockquote", "li", "p"] {
        let n = 100_000;
        let (open, close) = (format!("<{tag}>").repeat(n), format!("</{tag}>").repeat(n));
        let page = format!(
            "<html><body>{open}<p>Ông nghĩ sao về điều này, thưa ông?</p><p>Đến tận cùng.</p>{close}"
        );
        let doc = html::document(&page);
        let all: String = doc.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join(" ");
        assert!(
            all.contains("Ông nghĩ sao về điều này, thưa ông?") && all.contains("Đến tận cùng."),
            "{tag}: {all}"
        );
        keeps_its_blocks(&page);
    }
}
