//! Search keys and ASCII folding: smart diacritics, tone-placement-insensitive matching.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

mod key;
mod tone;
use key::fold_char;
pub use key::fold_key;
pub use tone::tone_key;

/// A key string plus, for each of its bytes, the byte offset of the source character that
/// produced it (and one entry past the end), so matches map back to the source.
#[derive(Debug, Clone)]
pub struct Keyed {
    pub key: String,
    map: Vec<usize>,
}

impl Keyed {
    /// Builds the folded key of `s`.
    pub fn folded(s: &str) -> Keyed {
        if s.is_ascii() {
            return Keyed { key: s.to_ascii_lowercase(), map: (0..=s.len()).collect() };
        }
        let mut k = Keyed { key: String::with_capacity(s.len()), map: Vec::with_capacity(s.len() + 1) };
        for (at, c) in s.char_indices() {
            fold_char(c, |l| k.push(at, l));
        }
        k.map.push(s.len());
        k
    }

    /// Builds the tone key of `s` (which should be NFC).
    pub fn toned(s: &str) -> Keyed {
        let mut k = Keyed { key: String::with_capacity(s.len()), map: Vec::with_capacity(s.len() + 1) };
        tone::each(s, |at, c| k.push(at, c));
        k.map.push(s.len());
        k
    }

    #[inline]
    fn push(&mut self, source_at: usize, c: char) {
        self.key.push(c);
        self.map.resize(self.key.len(), source_at);
    }

    /// Maps a byte range of the key back to a byte range of the source.
    pub fn source_range(&self, r: Range<usize>) -> Range<usize> {
        let end = self.map[r.end..]
            .iter()
            .copied()
            .find(|&e| e > self.map[r.start])
            .unwrap_or(self.map[self.map.len() - 1]);
        self.map[r.start]..end
    }
}

/// True when the query carries a Vietnamese diacritic (tone, vowel mark or đ).
pub fn has_diacritics(query: &str) -> bool {
    let folded = fold_key(query);
    folded != query.to_lowercase()
}

/// A search query with smart diacritics: plain queries match on the folded key, queries with
/// diacritics on the tone key.
#[derive(Debug, Clone)]
pub struct Query {
    key: String,
    toned: bool,
}

impl Query {
    /// `None` for a blank query. The query is NFC-normalised first.
    pub fn new(query: &str) -> Option<Query> {
        let q: String = query.nfc().collect();
        if q.trim().is_empty() {
            return None;
        }
        let toned = has_diacritics(&q);
        let key = if toned { tone_key(&q) } else { fold_key(&q) };
        Some(Query { key, toned })
    }

    /// Byte ranges of `hay` that match, widened to grapheme boundaries.
    ///
    /// ```
    /// use phongvan::text::fold::Query;
    /// let hay = "Quận Thanh Xuân, hoà bình";
    /// let q = Query::new("xuan").unwrap();
    /// assert_eq!(q.find_in(hay).iter().map(|r| &hay[r.clone()]).collect::<Vec<_>>(), ["Xuân"]);
    /// assert_eq!(Query::new("hòa").unwrap().find_in(hay).len(), 1);
    /// assert!(Query::new("hóa").unwrap().find_in(hay).is_empty());
    /// ```
    pub fn find_in(&self, hay: &str) -> Vec<Range<usize>> {
        let keyed = if self.toned { Keyed::toned(hay) } else { Keyed::folded(hay) };
        let mut ranges =
            keyed.key.match_indices(&self.key).map(|(at, m)| keyed.source_range(at..at + m.len()));
        // (most paragraphs do not match: their graphemes need not be found)
        let Some(first) = ranges.next() else { return Vec::new() };
        align_to_graphemes(hay, std::iter::once(first).chain(ranges))
    }

    /// True when precomputed keys of a text (`Keyed::folded`, `Keyed::toned`) match.
    pub fn matches_keys(&self, folded: &str, toned: &str) -> bool {
        if self.toned { toned.contains(&self.key) } else { folded.contains(&self.key) }
    }

    /// True when the query has marks: its matches are sought in tone keys
    /// ([`Keyed::toned`]), else in folded keys ([`Keyed::folded`]).
    pub fn is_toned(&self) -> bool {
        self.toned
    }

    /// How many matches a text's precomputed key of the query's kind holds: as many as
    /// [`Query::find_in`] finds in the text, without folding it again.
    pub fn count_in(&self, key: &str) -> usize {
        key.matches(self.key.as_str()).count()
    }

    /// True when `hay` contains a match.
    pub fn matches(&self, hay: &str) -> bool {
        let keyed = if self.toned { Keyed::toned(hay) } else { Keyed::folded(hay) };
        keyed.key.contains(&self.key)
    }
}

/// Widens each range to the grapheme clusters it touches (looked for around the range,
/// not through the whole text).
fn align_to_graphemes(hay: &str, ranges: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    use unicode_segmentation::GraphemeCursor;
    let boundary = |at: usize, forward: bool| {
        let mut cursor = GraphemeCursor::new(at, hay.len(), true);
        if matches!(cursor.is_boundary(hay, 0), Ok(true)) {
            return at;
        }
        let next = if forward { cursor.next_boundary(hay, 0) } else { cursor.prev_boundary(hay, 0) };
        // (the whole text is given: the cursor needs no more; a text end is a boundary)
        next.ok().flatten().unwrap_or(if forward { hay.len() } else { 0 })
    };
    ranges.map(|r| boundary(r.start, false)..boundary(r.end, true)).collect()
}

/// Folds text to ASCII: Vietnamese letters lose their marks (case kept), other scripts are
/// transliterated.
///
/// ```
/// assert_eq!(phongvan::text::fold::to_ascii("Đảng bộ Thanh Xuân – “Hà Nội”"), "Dang bo Thanh Xuan - \"Ha Noi\"");
/// ```
pub fn to_ascii(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            c if c.is_ascii() => out.push(c),
            'đ' => out.push('d'),
            'Đ' => out.push('D'),
            // symbols the interface uses, in the ASCII a user would type
            '↓' => out.push('v'),
            '↑' => out.push('^'),
            '←' => out.push('<'),
            '→' => out.push('>'),
            '·' => out.push('-'),
            '•' => out.push('*'),
            '⌫' => out.push_str("BS"),
            '█' => out.push('_'),
            c => {
                let base: String = c.nfd().filter(|m| !is_combining_mark(*m)).collect();
                match base.chars().next() {
                    Some(b) if b.is_ascii() && !base.is_empty() => out.push_str(&base),
                    _ if is_combining_mark(c) => {}
                    _ => out.push_str(deunicode::deunicode_char(c).unwrap_or("?")),
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(q: &str, hay: &'a str) -> Vec<&'a str> {
        Query::new(q).unwrap().find_in(hay).into_iter().map(|r| &hay[r]).collect()
    }

    #[test]
    fn plain_query_matches_any_diacritics() {
        assert_eq!(found("dang", "Đảng và đáng"), ["Đảng", "đáng"]);
        assert_eq!(found("thanh xuan", "quận Thanh Xuân"), ["Thanh Xuân"]);
    }

    #[test]
    fn toned_query_ignores_tone_placement_only() {
        assert_eq!(found("hòa", "hoà hoa hóa Hòa"), ["hoà", "Hòa"]);
        assert_eq!(found("thủy", "Vũ Thuỷ"), ["Thuỷ"]);
        assert_eq!(found("Xuân", "xuan Xuân XUÂN"), ["Xuân", "XUÂN"]);
    }

    #[test]
    fn ranges_widen_to_the_graphemes_the_whole_text_has() {
        use unicode_segmentation::UnicodeSegmentation;
        let hay = "Xua\u{302}n 👩\u{200d}🔬 🇻🇳🇻🇳 ê\u{301}\u{323}!";
        let bounds: Vec<usize> = hay.grapheme_indices(true).map(|(i, _)| i).chain([hay.len()]).collect();
        let at: Vec<usize> = hay.char_indices().map(|(i, _)| i).chain([hay.len()]).collect();
        for (i, &a) in at.iter().enumerate() {
            for &b in &at[i..] {
                let start = bounds[bounds.partition_point(|&x| x <= a) - 1];
                let end = bounds[bounds.partition_point(|&x| x < b).min(bounds.len() - 1)];
                let got = align_to_graphemes(hay, std::iter::once(a..b));
                assert_eq!((got.len(), &got[0]), (1, &(start..end)), "{a}..{b}");
            }
        }
    }

    #[test]
    fn nfd_haystack_matches_and_maps_to_whole_graphemes() {
        let hay: String = "Thanh Xuân".nfd().collect();
        let r = Query::new("xuan").unwrap().find_in(&hay);
        assert_eq!(&hay[r[0].clone()], "Xua\u{302}n");
    }

    #[test]
    fn canonical_tone_positions() {
        assert_eq!(tone_key("hòa"), "hoà");
        assert_eq!(tone_key("Thủy"), "thuỷ");
        assert_eq!(tone_key("người"), "người");
        assert_eq!(tone_key("khỏe"), "khoẻ");
        assert_eq!(tone_key("ngoài"), "ngoài");
        assert_eq!(tone_key("quả"), "quả");
    }

    #[test]
    fn ascii_fold_keeps_case_and_transliterates() {
        assert_eq!(to_ascii("Ủy viên BÙI HUYỀN MAI"), "Uy vien BUI HUYEN MAI");
        assert_eq!(to_ascii("漢字").trim_end(), "Han Zi");
    }
}
