//! Everyone who answers: a panel's guests, two interviewees in turn, or the one guest.

use super::same_person;
use crate::interview::{Interview, Person, Role};
use crate::parse::{lang, name};
use crate::text::fold::fold_key;

/// The people the answer labels name, each once, in the order they first answer; the
/// interviewee (fuller, with a role) stands for his own short label. Without labels that
/// name anyone, the interviewee alone.
pub fn everyone(iv: &Interview) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let answers = iv.turns.iter().filter(|t| t.role == Role::Answer).filter_map(|t| t.speaker.as_deref());
    // "Đáp", "A": labels of a side, not names
    for label in answers.filter(|l| !lang::is(|x| x.answer_labels, &fold_key(l))) {
        let Some((title, name)) = name::person_label(label) else { continue };
        if !out.iter().any(|p| p.name.as_deref().is_some_and(|n| same_person(n, &name))) {
            let role =
                title.filter(|t| !name::is_plain_honorific(t)).map(|t| t.trim_end_matches('.').to_owned());
            out.push(Person { name: Some(name), role });
        }
    }
    let Some(main) = &iv.interviewee else { return out };
    let same =
        |p: &Person| p.name.as_deref().zip(main.name.as_deref()).is_some_and(|(a, b)| same_person(a, b));
    match out.iter().position(same) {
        Some(i) => out[i] = main.clone(),
        None if out.is_empty() => out.push(main.clone()),
        None => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::Turn;

    fn answer(speaker: &str) -> Turn {
        Turn { role: Role::Answer, speaker: Some(speaker.into()), paragraphs: vec!["Vâng.".into()] }
    }

    #[test]
    fn a_panel_lists_each_guest_once_in_order() {
        let iv = Interview {
            turns: vec![
                answer("Bà Ninh Thị Thu Hương trả lời"),
                answer("TS Nguyễn Quốc Tuấn"),
                answer("Bà Ninh Thị Thu Hương trả lời"),
                answer("Nhà thơ Trần Đăng Khoa"),
            ],
            interviewee: Some(Person {
                name: Some("Nguyễn Quốc Tuấn".into()),
                role: Some("Viện trưởng".into()),
            }),
            ..Interview::default()
        };
        let names: Vec<(Option<String>, Option<String>)> =
            everyone(&iv).into_iter().map(|p| (p.name, p.role)).collect();
        assert_eq!(
            names,
            [
                (Some("Ninh Thị Thu Hương".into()), None),
                (Some("Nguyễn Quốc Tuấn".into()), Some("Viện trưởng".into())),
                (Some("Trần Đăng Khoa".into()), Some("Nhà thơ".into())),
            ]
        );
    }

    #[test]
    fn without_named_answers_the_interviewee_alone() {
        let main = Person { name: Some("Lan".into()), role: None };
        let turns = vec![answer("Trả lời"), answer("Đáp")];
        let iv = Interview { turns, interviewee: Some(main.clone()), ..Interview::default() };
        assert_eq!(everyone(&iv), [main]);
    }
}
