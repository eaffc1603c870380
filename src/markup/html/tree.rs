//! HTML text to a tree (html5ever through scraper's arena, no recursion anywhere), with
//! nesting capped: the tree builder scans its stack of open elements for many tags, so a
//! page nested 100,000 deep would take minutes. Past the cap, start tags (and their end
//! tags) are left out of the tree; their text stays, in order.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use html5ever::LocalName;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use markup5ever::TokenizerResult;
use scraper::{Html, HtmlTreeSink};

/// How deep elements may nest before their tags are left out.
const MAX_DEPTH: usize = 512;
/// How many formatting elements (b, i, font…) may be open: each new paragraph reopens them.
const MAX_FORMATTING: usize = 64;

/// Parses a whole document.
pub fn parse(text: &str) -> Html {
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), TreeBuilderOpts::default());
    let capped =
        Capped { inner: builder, depth: Cell::new(0), formatting: Cell::new(0), dropped: RefCell::default() };
    let tokenizer = Tokenizer::new(capped, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    // a script's end or a meta charset pauses the tokenizer: the page is decoded already
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
}

/// Passes tokens to the tree builder, leaving out the tags that nest past the caps.
struct Capped<S: TokenSink> {
    inner: S,
    /// Open elements that are closed only by their end tag (an approximation of the tree
    /// builder's stack: elements whose end tag may be implied are not counted).
    depth: Cell<usize>,
    formatting: Cell<usize>,
    /// Start tags left out, by name: their end tags are left out too.
    dropped: RefCell<HashMap<LocalName, usize>>,
}

impl<S: TokenSink> TokenSink for Capped<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<S::Handle> {
        if let TagToken(tag) = &token
            && counts(&tag.name)
            && !tag.self_closing
        {
            let formatting = is_formatting(&tag.name);
            let (count, cap) =
                if formatting { (&self.formatting, MAX_FORMATTING) } else { (&self.depth, MAX_DEPTH) };
            match tag.kind {
                StartTag if count.get() >= cap => {
                    *self.dropped.borrow_mut().entry(tag.name.clone()).or_default() += 1;
                    return TokenSinkResult::Continue;
                }
                StartTag => count.set(count.get() + 1),
                EndTag => {
                    let mut dropped = self.dropped.borrow_mut();
                    // nothing was left out on almost every page: no lookup then
                    if !dropped.is_empty()
                        && let Some(n) = dropped.get_mut(&tag.name).filter(|n| **n > 0)
                    {
                        *n -= 1;
                        return TokenSinkResult::Continue;
                    }
                    count.set(count.get().saturating_sub(1));
                }
            }
        }
        self.inner.process_token(token, line)
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Elements left out of the count (sorted: looked up for every tag): void, with an end tag
/// that may be implied, or raw text (whose tokens the tree builder must see to switch the
/// tokenizer's state).
const UNCOUNTED: &[&str] = &[
    "area", "base", "body", "br", "caption", "col", "colgroup", "dd", "dt", "embed", "head", "hr", "html",
    "iframe", "img", "input", "li", "link", "math", "meta", "noembed", "noframes", "noscript", "optgroup",
    "option", "p", "plaintext", "rb", "rp", "rt", "rtc", "script", "source", "style", "svg", "tbody", "td",
    "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "wbr", "xmp",
];

/// Elements that stay open until their own end tag.
fn counts(name: &LocalName) -> bool {
    UNCOUNTED.binary_search(&&**name).is_err()
}

/// The formatting elements the tree builder reopens in every new block.
fn is_formatting(name: &LocalName) -> bool {
    const FORMATTING: &[&str] =
        &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
    FORMATTING.contains(&&**name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &Html) -> String {
        html.root_element().text().collect()
    }

    #[test]
    fn the_uncounted_list_is_sorted_for_its_binary_search() {
        assert!(UNCOUNTED.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_page_parses_as_html5_says() {
        let html = parse("<p>Một<p>Hai <b>ba</b></p><table><td>bốn</table>");
        assert_eq!(text(&html), "MộtHai babốn");
        let ps = html.select(&scraper::Selector::parse("p").unwrap()).count();
        assert_eq!(ps, 2);
    }

    #[test]
    fn a_meta_charset_does_not_stop_the_parse() {
        let html = parse(
            "<head><meta charset=utf-8><title>T</title></head><body><p>sau</p><script>x</script><p>nữa</p>",
        );
        assert_eq!(text(&html), "Tsauxnữa");
    }

    #[test]
    fn deep_nesting_keeps_its_text_and_is_capped() {
        let n = 20_000;
        let page = format!("{}giữa{}sau", "<div>".repeat(n), "</div>".repeat(n));
        let html = parse(&page);
        assert_eq!(text(&html), "giữasau");
        let divs = html.select(&scraper::Selector::parse("div").unwrap()).count();
        assert!(divs <= MAX_DEPTH, "{divs}");
    }

    #[test]
    fn paragraphs_left_open_are_not_capped() {
        let page = "<div><p>x".repeat(10) + &"<p>y".repeat(2000);
        let html = parse(&page);
        let ps = html.select(&scraper::Selector::parse("p").unwrap()).count();
        assert_eq!(ps, 2010);
    }
}
