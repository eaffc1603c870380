//! Pull quotes: quoted paragraphs that repeat words printed elsewhere in the article, all
//! of them looked up in one pass over the article's keys (an article may quote hundreds of
//! times; searching the article once per quote would take time that grows with its square).

use crate::parse::para::Para;

/// Which paragraphs are pull quotes.
#[derive(Debug, Default)]
pub struct PullQuotes {
    /// By paragraph: the quote's node in the automaton, for quoted paragraphs.
    node: Vec<Option<u32>>,
    /// By node: whether its text occurs twice, without overlap, in the keys.
    twice: Vec<bool>,
}

impl PullQuotes {
    /// Finds the pull quotes among `paras`, looking in all their keys.
    pub fn new(paras: &[Para]) -> PullQuotes {
        let mut trie = Trie::default();
        let node: Vec<Option<u32>> =
            paras.iter().map(|p| quoted(p).map(|inner| trie.insert(inner.as_bytes()))).collect();
        if node.iter().all(Option::is_none) {
            return PullQuotes { node, twice: Vec::new() };
        }
        let order = trie.link();
        let twice = trie.occurs_twice(paras, &order);
        PullQuotes { node, twice }
    }

    /// A pull quote: paragraph `i` is quoted, and what it quotes is printed once more in the
    /// article (once in the quote itself, and once more where it was said).
    pub fn is(&self, i: usize) -> bool {
        let node = self.node.get(i).copied().flatten();
        node.is_some_and(|n| self.twice.get(n as usize).copied().unwrap_or(false))
    }
}

/// The folded words inside a paragraph's quotes, if it is a short quoted paragraph.
fn quoted(p: &Para) -> Option<String> {
    let quotes: &[char] = &['"', '“', '”', '‘', '’', '\'', '«', '»'];
    let t = p.text.trim_end_matches(['.', ' ']);
    if !(t.starts_with(quotes) && t.ends_with(quotes)) || p.words() > 40 || p.words() < 4 {
        return None;
    }
    let inner = crate::text::fold::fold_key(t.trim_matches(quotes));
    let inner = inner.trim_end_matches(['.', '!', '?']);
    (!inner.is_empty()).then(|| inner.to_owned())
}

/// An Aho-Corasick automaton over the quotes' bytes.
#[derive(Debug)]
struct Trie {
    /// By node: its children by byte, its failure link, its depth in bytes.
    next: Vec<Vec<(u8, u32)>>,
    fail: Vec<u32>,
    depth: Vec<usize>,
}

impl Default for Trie {
    fn default() -> Trie {
        Trie { next: vec![Vec::new()], fail: vec![0], depth: vec![0] }
    }
}

impl Trie {
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        self.next[node as usize].iter().find(|&&(c, _)| c == b).map(|&(_, n)| n)
    }

    /// Adds a pattern; returns the node where it ends.
    fn insert(&mut self, pattern: &[u8]) -> u32 {
        let mut node = 0;
        for &b in pattern {
            node = match self.child(node, b) {
                Some(n) => n,
                None => {
                    let n = u32::try_from(self.next.len()).unwrap_or(u32::MAX);
                    self.next[node as usize].push((b, n));
                    self.next.push(Vec::new());
                    self.fail.push(0);
                    self.depth.push(self.depth[node as usize] + 1);
                    n
                }
            };
        }
        node
    }

    /// Sets the failure links; returns the nodes in breadth-first order.
    fn link(&mut self) -> Vec<u32> {
        let mut order = vec![0];
        let mut at = 0;
        while let Some(&u) = order.get(at) {
            at += 1;
            for i in 0..self.next[u as usize].len() {
                let (b, v) = self.next[u as usize][i];
                self.fail[v as usize] = if u == 0 { 0 } else { self.step(self.fail[u as usize], b) };
                order.push(v);
            }
        }
        order
    }

    /// The state after reading `b` in state `node`.
    fn step(&self, mut node: u32, b: u8) -> u32 {
        loop {
            if let Some(n) = self.child(node, b) {
                return n;
            }
            if node == 0 {
                return 0;
            }
            node = self.fail[node as usize];
        }
    }

    /// By node: whether its text occurs twice without overlap in the keys, one per line.
    fn occurs_twice(&self, paras: &[Para], order: &[u32]) -> Vec<bool> {
        // where each node's text first and last ends, as offsets in the joined keys
        let mut first = vec![usize::MAX; self.next.len()];
        let mut last = vec![0; self.next.len()];
        let mut pos = 0;
        for p in paras {
            // (no quote holds a line break: each key is searched from the root)
            let mut node = 0;
            for &b in p.key().as_bytes() {
                node = self.step(node, b);
                first[node as usize] = first[node as usize].min(pos);
                last[node as usize] = last[node as usize].max(pos);
                pos += 1;
            }
            pos += 1;
        }
        // a node's text also ends wherever a longer text ending with it does
        for &v in order.iter().rev().filter(|&&v| v != 0) {
            let f = self.fail[v as usize] as usize;
            first[f] = first[f].min(first[v as usize]);
            last[f] = last[f].max(last[v as usize]);
        }
        // the first match, then one starting after it ends
        (0..self.next.len()).map(|n| first[n] != usize::MAX && last[n] - first[n] >= self.depth[n]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pull(texts: &[&str]) -> Vec<bool> {
        let paras: Vec<Para> = texts.iter().map(|t| Para::new(t)).collect();
        let q = PullQuotes::new(&paras);
        (0..paras.len()).map(|i| q.is(i)).collect()
    }

    #[test]
    fn a_quote_printed_elsewhere_is_a_pull_quote() {
        let body = "Ông nói rằng giáo dục là chìa khóa của mọi sự phát triển.";
        assert_eq!(pull(&[body, "“Giáo dục là chìa khóa”"]), [false, true]);
        assert_eq!(pull(&["Một câu khác hẳn.", "“Giáo dục là chìa khóa”"]), [false, false]);
        // too short, or printed only in the quote
        assert_eq!(pull(&[body, "“Giáo dục”"]), [false, false]);
    }

    #[test]
    fn the_same_as_counting_matches_in_all_keys() {
        let articles: [&[&str]; 5] = [
            &["“a a a a”", "b a a a a a c", "a a"],
            &["x a a a a a a y", "\"a a a a\"", "“a a a a”"],
            &["“Chúng ta cần làm ngay.”", "Tôi nói: chúng ta cần làm ngay, và làm tốt."],
            &["«aa aa aa aa»", "aa aa aa aa aa aa", "'aa aa aa aa!'"],
            &["“một hai ba bốn”", "“hai ba bốn năm”", "một hai ba bốn năm"],
        ];
        for texts in articles {
            let paras: Vec<Para> = texts.iter().map(|t| Para::new(t)).collect();
            let keys = paras.iter().map(|p| p.key()).collect::<Vec<_>>().join("\n");
            let q = PullQuotes::new(&paras);
            for (i, p) in paras.iter().enumerate() {
                let naive = quoted(p).is_some_and(|inner| keys.matches(&inner).nth(1).is_some());
                assert_eq!(q.is(i), naive, "{texts:?} {i}");
            }
        }
    }
}
