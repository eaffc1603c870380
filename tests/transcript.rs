//! The plain transcript of every bundled sample at every width from 10 to 80: lines fit,
//! and a word is cut only when it alone is wider than the line.

use phongvan::export::{Labels, plain};
use phongvan::source::BUNDLED;
use phongvan::text::str_width;

fn transcript(iv: &phongvan::interview::Interview, width: usize) -> String {
    let mut out = Vec::new();
    plain(&mut out, iv, width, Labels::VI).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("the transcript is UTF-8")
}

/// Checks that `narrow` holds the words of `wide` in order, each whole unless it is wider
/// than `width` (then in consecutive pieces).
fn words_kept_whole(wide: &str, narrow: &str, width: usize) -> Result<(), String> {
    let mut pieces = narrow.split_whitespace();
    for word in wide.split_whitespace() {
        let mut got = pieces.next().ok_or("the narrow transcript ends early")?.to_owned();
        if str_width(word) <= width {
            if got != word {
                return Err(format!("{word:?} came out as {got:?}"));
            }
            continue;
        }
        while got.len() < word.len() {
            got.push_str(pieces.next().ok_or("a long word's pieces end early")?);
        }
        if got != word {
            return Err(format!("the pieces of {word:?} make {got:?}"));
        }
    }
    Ok(())
}

#[test]
fn every_sample_fits_every_width_with_whole_words() {
    for (name, text) in BUNDLED {
        let iv = phongvan::parse::parse(&phongvan::text::clean(text), name);
        let wide = transcript(&iv, 100_000);
        for width in 10..=80 {
            let narrow = transcript(&iv, width);
            for line in narrow.lines() {
                assert!(str_width(line) <= width, "{name} at {width}: {line:?}");
            }
            if let Err(e) = words_kept_whole(&wide, &narrow, width) {
                panic!("{name} at {width}: {e}\n{narrow}");
            }
        }
    }
}

#[test]
fn a_long_label_stands_on_its_own_line_and_the_answer_starts_flush_left() {
    let text = std::fs::read_to_string("data/vi-pv-label-tuoitre-style.txt").expect("the sample is there");
    let iv = phongvan::parse::parse(&phongvan::text::clean(&text), "t");
    let out = transcript(&iv, 30);
    assert!(out.contains("\nÔng Nguyễn Văn Hùng:\nĐiều chúng tôi trăn trở nhất\n"), "{out}");
    assert!(out.contains("\nPV: Thưa ông, sau ba năm tự\n    chủ toàn diện"), "{out}");
    let indent = |l: &str| l.len() - l.trim_start().len();
    assert!(out.lines().all(|l| indent(l) <= 10), "a hanging indent of more than a third:\n{out}");
}
