//! The dash convention: which side each "- " turn is on, bullets that tell the sides
//! apart, and dash lists that are no turns.

use super::Convention;
use crate::parse::para::{Marker, Para};

/// How many dash turns tell which side the first of them is on.
const PHASE_TURNS: usize = 8;

/// Dash lines this short are a list's items, unless someone asks.
const LIST_ITEM: usize = 20;

/// Dashes on both sides, dashes on questions only (unmarked answers), or on answers only.
pub(super) fn dash_convention(paras: &[Para], dashes: &[usize], labelled: bool) -> Option<Convention> {
    let asks = dashes.iter().filter(|&&i| paras[i].reads_as_question()).count();
    let followed_by_plain = dashes
        .iter()
        .filter(|&&i| paras.get(i + 1).is_some_and(|p| p.marker == Marker::None && !p.asks()))
        .count();
    let preceded_by_question = dashes
        .iter()
        .filter(|&&i| i > 0 && paras[i - 1].marker == Marker::None && paras[i - 1].asks())
        .count();
    let n = dashes.len();
    let questions_only = asks * 10 >= n * 7 && followed_by_plain * 10 >= n * 7;
    let answers_only = asks * 10 <= n * 2 && preceded_by_question * 10 >= n * 7;
    // a list of results or steps (short items, or items after a colon), or dashes in prose
    // around labelled quotes, where nobody asks
    let list_like = dashes.iter().all(|&i| paras[i].words() <= LIST_ITEM)
        || dashes[0] > 0 && paras[dashes[0] - 1].text.ends_with(':')
        || labelled;
    if !answers_only && list_like && !dashes.iter().any(|&i| piece_asks(paras, i)) {
        return None;
    }
    Some(Convention {
        labels: false,
        dashes: true,
        unmarked_answers: questions_only,
        unmarked_questions: answers_only,
        bold: false,
        bullets: bullet_sides(paras, dashes),
        answer_first: !questions_only && !answers_only && asks_on_odd_places(paras, dashes),
    })
}

/// Among the first dash turns, those that ask fall on the odd places (the 2nd, 4th…) more
/// than on the even ones: the first of them answers.
fn asks_on_odd_places(paras: &[Para], dashes: &[usize]) -> bool {
    let (mut even, mut odd) = (0, 0);
    for (k, &i) in dashes.iter().take(PHASE_TURNS).enumerate() {
        let asks = usize::from(piece_asks(paras, i));
        if k % 2 == 0 { even += asks } else { odd += asks }
    }
    odd >= even + 2
}

/// The dash paragraph asks: itself, or (in a flattened body, where it is a sentence) one of
/// the two sentences after it.
pub(super) fn piece_asks(paras: &[Para], i: usize) -> bool {
    let glued = paras[i + 1..].iter().take(2).take_while(|p| p.glued);
    paras[i].reads_as_question() || glued.into_iter().any(Para::asks)
}

/// Two bullets, one before questions and one before answers ("* " and "- ", ". " and
/// "+ "): each used at least twice, the first mostly asking, the second mostly not.
fn bullet_sides(paras: &[Para], dashes: &[usize]) -> Option<(char, char)> {
    let mut seen: Vec<(char, usize, usize)> = Vec::new();
    for &i in dashes {
        let c = bullet(&paras[i].text);
        let asks = usize::from(piece_asks(paras, i));
        match seen.iter_mut().find(|(b, ..)| *b == c) {
            Some((_, n, a)) => (*n, *a) = (*n + 1, *a + asks),
            None => seen.push((c, 1, asks)),
        }
    }
    seen.sort_by_key(|&(_, n, _)| std::cmp::Reverse(n));
    let [(b1, n1, a1), (b2, n2, a2)] = seen.get(..2)?.try_into().ok()?;
    let (q, a) = if a1 * n2 >= a2 * n1 { ((b1, n1, a1), (b2, n2, a2)) } else { ((b2, n2, a2), (b1, n1, a1)) };
    let sided = q.1 >= 2 && a.1 >= 2 && q.2 * 10 >= q.1 * 6 && a.2 * 10 <= a.1 * 3;
    sided.then_some((q.0, a.0))
}

/// The bullet a dash paragraph opens with, dashes of every length as one.
pub fn bullet(text: &str) -> char {
    match text.chars().next() {
        Some('–' | '—' | '−') | None => '-',
        Some(c) => c,
    }
}

/// A list of dash items the lead introduces with a colon, before anyone asks ("…với các
/// khách mời:" / "- BS Phan Văn Toàn - Phó Vụ trưởng…"): its items are the lead's, not
/// turns; their dash no longer marks them.
pub fn unmark_intro_list(paras: &mut [Para]) {
    let first_ask = paras.iter().position(|p| p.marker == Marker::Dash && p.reads_as_question());
    let mut in_list = false;
    for p in paras.iter_mut().take(first_ask.unwrap_or(0)) {
        let item = p.marker == Marker::Dash && !p.asks() && p.words() <= LIST_ITEM;
        if in_list && item {
            p.marker = Marker::None;
            continue;
        }
        in_list = p.marker != Marker::Dash && p.text.trim_end().ends_with(':');
    }
}
