//! What the runner hands the app from the library being read and from its cache: news of
//! the reading, interviews to open, filters' answers, how far each interview was read.

use std::sync::Arc;

use super::app::{self, Action, App, Effect, Position};
use super::{Session, loader};
use crate::resume;

/// Hands the library's news to the app; returns whether anything arrived.
pub fn news(app: &mut App, session: &mut Session) -> bool {
    let Some(library) = &session.library else { return false };
    let mut any = false;
    while let Ok(news) = library.news.try_recv() {
        let entries = matches!(news, app::Arrival::Entries(_));
        let from = app.entries.len();
        any |= app.arrive(news);
        if entries {
            mark_seen_from(app, session, from);
        }
    }
    any
}

/// Answers what the app asks of the cache: an interview to open, a filter.
pub fn ask_cache(app: &mut App, session: &Session, effect: &Effect) {
    let Some(library) = &session.library else { return };
    let store = loader::lock(&library.store);
    let news = match effect {
        Effect::Fetch(i) => {
            let got = app.entries.get(*i).and_then(|e| e.id).map(|id| store.interview(id));
            let iv = match got {
                // named as it is opened now, not as when it was cached
                Some(Ok(Some(iv))) => {
                    Ok(Arc::new(crate::interview::Interview { source: app.entries[*i].source.clone(), ..iv }))
                }
                Some(Err(e)) => Err(format!("{e:#}")),
                _ => Err("it is no longer in the cache".to_owned()),
            };
            app::Arrival::Fetched(*i, iv)
        }
        Effect::Filter(generation, text) => {
            app::Arrival::Hits(*generation, store.search(text).unwrap_or_default())
        }
        _ => return,
    };
    drop(store);
    app.arrive(news);
}

/// Tells the library how far each interview was read (from the resume data).
pub fn mark_seen(app: &mut App, session: &Session) {
    if app.entries.len() >= 2 {
        mark_seen_from(app, session, 0);
    }
}

/// The same, for the entries from `from` on.
fn mark_seen_from(app: &mut App, session: &Session, from: usize) {
    let Some(store) = &session.store else { return };
    let seen: Vec<(usize, resume::Saved)> = (app.entries.iter().enumerate().skip(from))
        .filter_map(|(i, e)| Some((i, store.get(&e.summary()?.key)?)))
        .collect();
    for (i, saved) in seen {
        app.update(Action::Seen(i, position(saved)));
    }
}

pub fn position(s: resume::Saved) -> Position {
    Position { selected: s.selected, scroll: s.scroll, transcript: s.transcript }
}

/// An interview was opened: put the reader back where the resume data says.
pub fn restore(app: &mut App, session: &Session, i: usize) {
    let key = app.entries[i].summary().map(|s| s.key.clone());
    let pos = key.and_then(|k| session.store.as_ref()?.get(&k));
    if let Some(saved) = pos {
        app.update(Action::Restore(position(saved)));
    }
}

/// An interview was left: keep where. A state file we cannot write must not stop the
/// reader: say so, go on.
pub fn keep_position(app: &mut App, session: &mut Session, i: usize, pos: Position) {
    let key = app.entries[i].summary().map(|s| s.key.clone());
    let (Some(store), Some(key)) = (session.store.as_mut(), key) else { return };
    let saved = resume::Saved { selected: pos.selected, scroll: pos.scroll, transcript: pos.transcript };
    if let Err(e) = store.set(&key, saved) {
        let msg = format!("cannot save the reading position: {e}");
        app.status = Some(msg.clone());
        session.save_error = Some(msg);
    }
}

/// Finds why the rows on screen match the filter, from their texts held or in the cache.
pub fn snippets(app: &mut App, session: &Session, generation: u64, rows: &[usize]) {
    let Some(q) = app.search.query.clone().filter(|_| app.search.generation == generation) else { return };
    let store = session.library.as_ref().map(|l| loader::lock(&l.store));
    let found = rows
        .iter()
        .map(|&i| {
            let e = &app.entries[i];
            let fetched = || e.id.zip(store.as_ref()).and_then(|(id, s)| s.interview(id).ok().flatten());
            let text = match e.interview() {
                Some(iv) => crate::library::snippet(iv, &q),
                None => fetched().map(|iv| crate::library::snippet(&iv, &q)).unwrap_or_default(),
            };
            (i, text)
        })
        .collect();
    drop(store);
    app.arrive(app::Arrival::Snippets(generation, found));
}
