//! The tables as sets answer as the tables themselves do.

use super::*;
use crate::parse::para::Para;

#[test]
fn the_language_s_letters_and_words_are_told_as_by_their_whole_lists() {
    const VI: &str = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    for c in (0..0x11_0000).filter_map(char::from_u32) {
        assert_eq!(is_vietnamese_letter(c), VI.contains(c), "{c:?}");
        // (no letter above ASCII lowercases to the English words' letters alone)
        let lower: String = c.to_lowercase().collect();
        assert!(c.is_ascii() || !lower.chars().all(|l| "theandofyouis".contains(l)), "{c:?}");
    }
}

const TABLES: [fn(&Lang) -> &'static [&'static str]; 5] =
    [|l| l.caption_credits, |l| l.connectives, |l| l.first_person, |l| l.widgets, |l| l.date_words];

/// Words and texts to ask: every entry, its heads and tails, and words of an article.
fn asked() -> Vec<String> {
    let mut out: Vec<String> = ["", " ", "(anh", "tôi.", "Ảnh: X", "vi vay, toi"].map(String::from).to_vec();
    for field in TABLES {
        for e in all(field) {
            let cuts = e.char_indices().map(|(i, _)| i).chain([e.len()]);
            out.extend(
                cuts.flat_map(|i| [e[..i].to_owned(), e[i..].to_owned(), format!("{e}x"), format!("{e} x")]),
            );
        }
    }
    let seed = include_str!("../../../data/hanoimoi-2023-thanh-xuan.txt");
    out.extend(seed.split_whitespace().take(300).map(fold_key));
    out
}

#[test]
fn phrases_are_found_where_match_indices_finds_them() {
    let keys = ["x y x y x", "zx y x y x", "aaaa", "a a a", "thuc hien bai", "", "ảnh ảnh"];
    for key in keys.iter().copied().chain(asked().iter().map(String::as_str)) {
        for phrase in ["x y x", "aa", "a a", "thuc hien", "x", "ảnh", "nh"] {
            let ours: Vec<usize> = matches(key, phrase).collect();
            let std: Vec<usize> = key.match_indices(phrase).map(|(at, _)| at).collect();
            assert_eq!(ours, std, "{key:?} {phrase:?}");
        }
    }
}

#[test]
fn lookups_by_shape_answer_as_the_whole_table_does() {
    for field in TABLES {
        for s in asked() {
            assert_eq!(is(field, &s), all(field).any(|e| e == s), "{s:?}");
            assert_eq!(starts(field, &s), all(field).any(|e| starts_word(&s, e)), "{s:?}");
        }
    }
}

#[test]
fn a_key_s_head_starts_as_the_whole_key_does() {
    let long = "chữ ".repeat(30);
    for s in asked() {
        for text in [s.clone(), format!("{s} {long}"), format!("Vì vậy {s}{long}"), format!("Ảnh{s} {long}")]
        {
            for field in TABLES {
                let p = Para::new(&text);
                let fresh = p.key_starts(field);
                assert_eq!(fresh, starts(field, p.key()), "{text:?}");
                // and once the key is folded
                assert_eq!(p.key_starts(field), fresh, "{text:?}");
            }
        }
    }
}
