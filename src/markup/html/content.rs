//! Where the article is on a page: what to leave out (scripts, forms, menus, hidden nodes,
//! share bars, comments, related lists, ads), and which container holds the article's
//! text, scored as Readability does (paragraph length and commas, passed up to the
//! ancestors, less the share that is links), with the siblings that belong to it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

use super::names;

/// Sets and maps of a page's nodes, hashed by their index (the ids are ours, dense and
/// never chosen by the page, so no defence against crafted collisions is needed).
pub type NodeSet = HashSet<NodeId, BuildHasherDefault<IdHasher>>;
pub type NodeMap<V> = HashMap<NodeId, V, BuildHasherDefault<IdHasher>>;

/// Hashes a node id (one `usize`) by a multiply: spread enough for a table.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 ^ self.0).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// What was found.
#[derive(Debug, Default)]
pub struct Content {
    /// The article's container and the siblings that join it, in document order.
    pub parts: Vec<NodeId>,
    /// Subtrees left out of the page, by their root.
    pub skip: NodeSet,
    /// What was left out: (what, how many), in a fixed order.
    pub dropped: Vec<(&'static str, usize)>,
    /// Elements whose class makes their text a caption, or a dateline before the lead.
    pub captions: NodeSet,
    pub datelines: NodeSet,
}

/// Why a subtree is left out.
const WHY: [&str; 5] = [
    "scripts and styles",
    "forms and media",
    "menus",
    "hidden nodes",
    "share, comment, related and ad boxes",
];

/// Running totals of an open element while the tree is walked.
#[derive(Debug)]
struct Frame {
    id: NodeId,
    chars: usize,
    links: usize,
    commas: usize,
    direct: usize,
    block_child: bool,
    link: bool,
}

/// The one walk's state: what is left out, and the scores and totals so far.
#[derive(Default)]
struct Scan<'a> {
    names: names::Cache<'a>,
    skip: NodeSet,
    counts: [usize; 5],
    scores: NodeMap<f64>,
    totals: NodeMap<(usize, usize)>,
    frames: Vec<Frame>,
    /// Leave out boxes by their class and id too (share bars, related lists…).
    strict: bool,
    /// Classes the page's style sheets hide.
    hidden: HashSet<String>,
    captions: NodeSet,
    datelines: NodeSet,
}

/// Finds the article on the page. `strict` leaves out boxes whose class or id names them
/// chrome; a page that names its main column "sidebar-1" (VnExpress) needs a second look
/// without that.
pub fn find(html: &Html, strict: bool) -> Content {
    let mut scan = Scan { strict, hidden: names::hidden_classes(html), ..Scan::default() };
    let mut skipping: Option<NodeId> = None;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) if skipping.is_none() && scan.open(node) => skipping = Some(node.id()),
            Edge::Close(node) if skipping == Some(node.id()) => skipping = None,
            Edge::Close(node) if skipping.is_none() && node.value().is_element() => {
                close(&mut scan.frames, &mut scan.scores, &mut scan.totals, node);
            }
            _ => {}
        }
    }
    let dropped = WHY.iter().zip(scan.counts).filter(|(_, n)| *n > 0).map(|(w, n)| (*w, n)).collect();
    let parts = choose(html, &scan.scores, &scan.totals);
    Content { parts, skip: scan.skip, dropped, captions: scan.captions, datelines: scan.datelines }
}

impl<'a> Scan<'a> {
    /// Opens a node; true when its subtree is left out.
    fn open(&mut self, node: ego_tree::NodeRef<'a, Node>) -> bool {
        match node.value() {
            Node::Element(el) => {
                let facts = self.names.facts(el, &self.hidden);
                if let Some(why) = left_out(el, self.strict, facts) {
                    self.counts[why] += 1;
                    self.skip.insert(node.id());
                    return true;
                }
                if let Some(parent) = self.frames.last_mut() {
                    parent.block_child |= is_block(el.name());
                }
                if facts.caption {
                    self.captions.insert(node.id());
                }
                if facts.dateline {
                    self.datelines.insert(node.id());
                }
                let link = el.name() == "a" || self.frames.last().is_some_and(|f| f.link);
                let frame = Frame {
                    id: node.id(),
                    chars: 0,
                    links: 0,
                    commas: 0,
                    direct: 0,
                    block_child: false,
                    link,
                };
                self.frames.push(frame);
            }
            Node::Text(t) => add_text(&mut self.frames, &t.text),
            _ => {}
        }
        false
    }
}

fn add_text(frames: &mut [Frame], text: &str) {
    let Some(top) = frames.last_mut() else { return };
    let chars = text.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>();
    top.chars += chars;
    top.direct += chars;
    top.commas += text.matches([',', '，', '、']).count();
    if top.link {
        top.links += chars;
    }
}

/// Closes an element: scores it as a paragraph for its ancestors, passes its totals up.
fn close(
    frames: &mut Vec<Frame>,
    scores: &mut NodeMap<f64>,
    totals: &mut NodeMap<(usize, usize)>,
    node: ego_tree::NodeRef<Node>,
) {
    let Some(f) = frames.pop() else { return };
    let Some(el) = node.value().as_element() else { return };
    let paragraph = matches!(el.name(), "p" | "pre" | "td" | "blockquote" | "dd" | "li")
        || (f.direct >= 25 && !f.block_child);
    if paragraph && f.chars >= 25 {
        let score = 1.0 + f.commas as f64 + (f.chars as f64 / 100.0).min(3.0);
        let n = frames.len();
        for (level, divider) in [(1, 1.0), (2, 2.0), (3, 6.0)] {
            if let Some(ancestor) = n.checked_sub(level).and_then(|i| frames.get(i)) {
                let el = node
                    .tree()
                    .get(ancestor.id)
                    .and_then(|a| a.value().as_element().map(|e| e.name().to_owned()));
                *scores.entry(ancestor.id).or_insert_with(|| tag_bonus(el.as_deref())) += score / divider;
            }
        }
    }
    totals.insert(f.id, (f.chars, f.links));
    if let Some(parent) = frames.last_mut() {
        parent.chars += f.chars;
        parent.links += f.links;
        parent.commas += f.commas;
    }
}

/// Readability's starting score for a container.
fn tag_bonus(name: Option<&str>) -> f64 {
    match name {
        Some("div" | "article" | "main" | "section") => 5.0,
        Some("pre" | "td" | "blockquote") => 3.0,
        Some("address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form") => -3.0,
        Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th") => -5.0,
        _ => 0.0,
    }
}

/// The best container (a common ancestor when the best few share one), and its siblings
/// that score well or read as paragraphs.
fn choose(html: &Html, scores: &NodeMap<f64>, totals: &NodeMap<(usize, usize)>) -> Vec<NodeId> {
    let final_score = |id: &NodeId| {
        let (chars, links) = totals.get(id).copied().unwrap_or((0, 0));
        let density = if chars == 0 { 0.0 } else { links as f64 / chars as f64 };
        let weight =
            html.tree.get(*id).and_then(|n| n.value().as_element().map(names::class_weight)).unwrap_or(0.0);
        (scores[id] + weight) * (1.0 - density)
    };
    let mut ranked: Vec<(NodeId, f64)> = scores.keys().map(|id| (*id, final_score(id))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let Some(&(top, best)) = ranked.first() else {
        return body(html).into_iter().collect();
    };
    let close: Vec<NodeId> =
        ranked.iter().skip(1).take(4).filter(|(_, s)| *s >= best * 0.75).map(|(id, _)| *id).collect();
    let root = shared_ancestor(html, top, &close).unwrap_or(top);
    siblings(html, root, best, scores, totals)
}

/// The lowest ancestor of `top` holding at least two of the other close candidates.
fn shared_ancestor(html: &Html, top: NodeId, close: &[NodeId]) -> Option<NodeId> {
    if close.len() < 2 {
        return None;
    }
    let node = html.tree.get(top)?;
    node.ancestors().filter(|a| a.value().is_element()).find_map(|a| {
        let inside = close
            .iter()
            .filter(|c| html.tree.get(**c).is_some_and(|n| n.ancestors().any(|x| x.id() == a.id())));
        (inside.count() >= 2).then_some(a.id())
    })
}

/// The root and those of its siblings that belong to the article, in document order.
fn siblings(
    html: &Html,
    root: NodeId,
    best: f64,
    scores: &NodeMap<f64>,
    totals: &NodeMap<(usize, usize)>,
) -> Vec<NodeId> {
    let Some(parent) = html.tree.get(root).and_then(|n| n.parent()) else { return vec![root] };
    let threshold = (best * 0.2).max(10.0);
    parent
        .children()
        .filter(|c| {
            let (chars, links) = totals.get(&c.id()).copied().unwrap_or((0, 0));
            let density = if chars == 0 { 1.0 } else { links as f64 / chars as f64 };
            let is_p = c.value().as_element().is_some_and(|e| e.name() == "p");
            c.id() == root
                || scores.get(&c.id()).is_some_and(|s| *s >= threshold)
                || (is_p && chars >= 80 && density < 0.25)
        })
        .map(|c| c.id())
        .collect()
}

fn body(html: &Html) -> Option<NodeId> {
    html.tree.nodes().find(|n| n.value().as_element().is_some_and(|e| e.name() == "body")).map(|n| n.id())
}

/// Why an element is left out of the page, as an index into [`WHY`].
fn left_out(el: &Element, strict: bool, facts: names::Facts) -> Option<usize> {
    const SCRIPTS: &[&str] = &["script", "style", "noscript", "template", "head", "link", "meta"];
    const FORMS: &[&str] = &[
        "form", "button", "select", "input", "textarea", "svg", "canvas", "iframe", "object", "embed",
        "video", "audio", "map", "dialog",
    ];
    let name = el.name();
    if SCRIPTS.contains(&name) {
        return Some(0);
    }
    if FORMS.contains(&name) {
        return Some(1);
    }
    let a = Attrs::of(el);
    if name == "nav" || matches!(a.role, "navigation" | "menu" | "menubar" | "search") {
        return Some(2);
    }
    if a.hidden || facts.hidden {
        return Some(3);
    }
    let chrome = if strict { facts.chrome_strict } else { facts.chrome_loose };
    (name == "aside" || a.role == "complementary" || chrome).then_some(4)
}

/// The attributes that decide whether an element is left out, read in one pass.
#[derive(Default)]
struct Attrs<'a> {
    role: &'a str,
    hidden: bool,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a Element) -> Attrs<'a> {
        let mut a = Attrs::default();
        for (name, value) in el.attrs() {
            match name {
                "role" => a.role = value,
                "hidden" => a.hidden = true,
                "aria-hidden" => a.hidden |= value == "true",
                "style" => a.hidden |= hides(value),
                _ => {}
            }
        }
        a
    }
}

/// An inline style that hides: `display: none`, `visibility: hidden`.
fn hides(style: &str) -> bool {
    let squashed: String =
        style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    squashed.contains("display:none") || squashed.contains("visibility:hidden")
}

/// Elements that break the flow of text into blocks (sorted: looked up for every element).
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
    "main", "nav", "ol", "p", "picture", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
];

/// True for elements that break the flow of text into blocks.
pub fn is_block(name: &str) -> bool {
    BLOCKS.binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_block_list_is_sorted_for_its_binary_search() {
        assert!(super::BLOCKS.windows(2).all(|w| w[0] < w[1]));
    }
}
