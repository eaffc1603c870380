//! Reading a library in the background: entries the cache knows come at once, the rest
//! are read on every core, kept in the cache and sent on as they are ready; the keys stay
//! live the whole time.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};

use super::app::Arrival;
use crate::library::Entry;
use crate::source::pool::{Loaded, load_and_prepare};
use crate::source::{Failure, Origin, Reading};
use crate::store::{Doc, Stamp, Store};

/// Entries sent together, and read interviews kept in one transaction.
const BATCH: usize = 32;

/// Inputs looked up in the cache together (their stamps, then their rows' summaries).
const SORTED: usize = 1024;

/// The library being read: its cache, and the news of the reading.
#[derive(Debug)]
pub struct Library {
    pub store: Arc<Mutex<Store>>,
    pub news: Receiver<Arrival>,
}

pub use crate::store::lock;

/// Starts reading into `store` the inputs `origins` gives (on the reading thread: the
/// folders are walked there, while the first frame is drawn); `roots` are the folders
/// named, whose files the cache forgets when they are gone.
pub fn start(
    origins: impl FnOnce() -> Vec<Result<Origin, Failure>> + Send + 'static,
    roots: Vec<PathBuf>,
    how: Reading,
    store: Store,
) -> Library {
    let store = Arc::new(Mutex::new(store));
    let (tx, news) = mpsc::channel();
    let shared = Arc::clone(&store);
    std::thread::spawn(move || read_all(origins(), &roots, how, &shared, &tx));
    Library { store, news }
}

/// An input still to be read: where it is, its absolute path and stamp when it is a file.
type Todo = (Result<Origin, Failure>, Option<String>, Option<Stamp>);

fn read_all(
    origins: Vec<Result<Origin, Failure>>,
    roots: &[PathBuf],
    how: Reading,
    store: &Mutex<Store>,
    tx: &Sender<Arrival>,
) {
    let total = origins.len();
    let _ = tx.send(Arrival::Progress(0, total));
    let Some((mut done, todo)) = send_known(origins, roots, store, tx) else { return };
    let inputs: Vec<Result<Origin, Failure>> = todo.iter().map(|t| t.0.clone()).collect();
    let mut batch: Vec<Prepared> = Vec::with_capacity(BATCH);
    let prepare = |i: usize, loaded: Loaded| prepared(loaded, &todo[i].1, todo[i].2);
    load_and_prepare(&inputs, how, 0, prepare, |ready| {
        batch.push(ready);
        done += 1;
        if batch.len() < BATCH && done < total {
            return true;
        }
        let sent = tx.send(Arrival::Entries(keep(store, std::mem::take(&mut batch))));
        sent.is_ok() && (done == total || tx.send(Arrival::Progress(done, total)).is_ok())
    });
    let _ = tx.send(Arrival::Progress(total, total));
}

/// Sends the entries the cache holds as they are now, [`SORTED`] inputs at a time (the
/// first come before the rest are looked at), and forgets the cached files gone from the
/// folders named; gives how many were sent and the inputs still to read (`None` when
/// nobody listens any more).
fn send_known(
    origins: Vec<Result<Origin, Failure>>,
    roots: &[PathBuf],
    store: &Mutex<Store>,
    tx: &Sender<Arrival>,
) -> Option<(usize, Vec<Todo>)> {
    let (total, mut done) = (origins.len(), 0);
    let mut stamps = lock(store).stamps().unwrap_or_default();
    let mut todo = Vec::new();
    let mut origins = origins.into_iter();
    loop {
        let chunk: Vec<_> = origins.by_ref().take(SORTED).collect();
        if chunk.is_empty() {
            break;
        }
        let known = sort_out(chunk, &mut stamps, store, &mut todo);
        done += known.len();
        if !known.is_empty() {
            tx.send(Arrival::Entries(known)).ok()?;
        }
        // "done" is said once, at the end, when the cache is settled
        if done < total {
            tx.send(Arrival::Progress(done, total)).ok()?;
        }
    }
    forget_gone(store, roots, stamps.into_keys().collect());
    Some((done, todo))
}

/// Entries of what was read, with the cache rows of files of one interview, made ready on
/// the worker that read them.
struct Prepared {
    entries: Vec<Entry>,
    docs: Vec<(usize, Doc)>,
}

fn prepared(loaded: Loaded, path: &Option<String>, stamp: Option<Stamp>) -> Prepared {
    let ivs = match loaded.item {
        Err(why) => return Prepared { entries: vec![Entry::new(loaded.name, Err(why))], docs: Vec::new() },
        Ok(ivs) => ivs,
    };
    // a file of one interview has a row; a JSON Lines file of many is read again
    let row = match (&ivs[..], path, stamp) {
        ([_], Some(p), Some(s)) => Some((p.clone(), s)),
        _ => None,
    };
    let entries: Vec<Entry> = ivs.into_iter().map(|iv| Entry::new(iv.source.clone(), Ok(iv))).collect();
    let docs = row
        .and_then(|(p, s)| {
            let e = entries.first()?;
            Doc::new(p, s, e.interview()?, e.summary()?).ok().map(|d| vec![(0, d)])
        })
        .unwrap_or_default();
    Prepared { entries, docs }
}

/// Keeps the batch's rows in the cache (one transaction) and lets their texts go: the
/// library holds summaries only.
fn keep(store: &Mutex<Store>, mut batch: Vec<Prepared>) -> Vec<Entry> {
    let (mut docs, mut places) = (Vec::new(), Vec::new());
    for (b, p) in batch.iter_mut().enumerate() {
        for (k, doc) in p.docs.drain(..) {
            places.push((b, k));
            docs.push(doc);
        }
    }
    let ids = lock(store).put(&docs).unwrap_or_default();
    for (&(b, k), id) in places.iter().zip(ids) {
        if let Some(e) = batch[b].entries.get_mut(k) {
            e.id = Some(id);
            e.release();
        }
    }
    batch.into_iter().flat_map(|p| p.entries).collect()
}

/// Sorts inputs out into entries the cache holds as they are now (given back) and inputs
/// to read (added to `todo`); the cached paths named are taken out of `stamps`.
fn sort_out(
    origins: Vec<Result<Origin, Failure>>,
    stamps: &mut HashMap<String, (i64, Stamp)>,
    store: &Mutex<Store>,
    todo: &mut Vec<Todo>,
) -> Vec<Entry> {
    let mut known = Vec::new();
    for origin in origins {
        let Ok(Origin::File(file)) = &origin else {
            todo.push((origin, None, None));
            continue;
        };
        let path = crate::store::key_of(file);
        let stamp = std::fs::metadata(file).ok().map(|m| Stamp::of(&m));
        match (stamp, stamps.remove(&path)) {
            (Some(now), Some((id, then))) if then == now => known.push((origin, path, now, id)),
            _ => todo.push((origin, Some(path), stamp)),
        }
    }
    let ids: Vec<i64> = known.iter().map(|k| k.3).collect();
    let summaries = lock(store).summaries(&ids).unwrap_or_default();
    let mut summaries = summaries.into_iter();
    let mut entries = Vec::with_capacity(known.len());
    for (origin, path, stamp, id) in known {
        // (a summary this build cannot read is as good as missing: the file is read again)
        match (summaries.next().flatten(), &origin) {
            (Some(summary), Ok(o)) => entries.push(Entry::cached(o.name(), summary, id)),
            _ => todo.push((origin, Some(path), Some(stamp))),
        }
    }
    entries
}

/// Drops the cached files under the folders named that are no longer there.
fn forget_gone(store: &Mutex<Store>, roots: &[PathBuf], absent: Vec<String>) {
    let gone: Vec<String> =
        absent.into_iter().filter(|p| roots.iter().any(|r| Path::new(p).starts_with(r))).collect();
    if !gone.is_empty() {
        let _ = lock(store).forget(&gone);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tempdir(name: &str) -> crate::scratch::Scratch {
        crate::scratch::Scratch::new(&format!("loader-{name}"))
    }

    const ARTICLE: &str = "TITLE\n\nPV: Ông nghĩ gì về quận Thanh Xuân?\n\nÔng A: Tôi nghĩ quận đang phát triển.\n\nPV: Còn năm tới?\n\nÔng A: Sẽ tốt hơn.\n";

    fn write(dir: &Path, name: &str, title: &str) {
        std::fs::write(dir.join(name), ARTICLE.replace("TITLE", title)).unwrap();
    }

    /// Reads the folder through the cache in `cache`; gives the entries' titles and ids.
    fn read(dir: &Path, cache: &Path) -> Vec<(String, Option<i64>)> {
        let origins = crate::source::expand(&[dir.to_path_buf()]);
        let total = origins.len();
        let library = start(move || origins, vec![dir.to_path_buf()], Reading::default(), Store::open(cache));
        let mut out = Vec::new();
        loop {
            match library.news.recv_timeout(std::time::Duration::from_secs(60)).unwrap() {
                Arrival::Entries(es) => out.extend(es.into_iter().map(|e| (e.title(), e.id))),
                Arrival::Progress(r, t) if r == t && t == total => break,
                _ => {}
            }
        }
        out.sort();
        out
    }

    #[test]
    fn a_second_open_comes_from_the_cache_and_a_changed_file_is_read_again() {
        let (dir, cache) = (tempdir("dir"), tempdir("cache"));
        write(&dir, "a.txt", "Bài một về Thanh Xuân");
        write(&dir, "b.txt", "Bài hai về Thanh Xuân");
        let first = read(&dir, &cache);
        assert_eq!(first.len(), 2);
        assert!(first.iter().all(|(_, id)| id.is_some()), "both kept: {first:?}");
        assert_eq!(read(&dir, &cache), first, "the same rows, from the cache");
        std::thread::sleep(std::time::Duration::from_millis(20));
        write(&dir, "a.txt", "Bài một đã sửa về Thanh Xuân");
        let again = read(&dir, &cache);
        assert!(again.iter().any(|(t, _)| t == "Bài một đã sửa về Thanh Xuân"), "{again:?}");
        assert_eq!(Store::open(&cache).rows().unwrap().len(), 2, "replaced, not added");
    }

    #[test]
    fn a_large_cached_folder_comes_in_batches_before_the_rest_is_looked_at() {
        let (dir, cache) = (tempdir("many"), tempdir("many-cache"));
        for i in 0..SORTED + 100 {
            write(&dir, &format!("{i:04}.txt"), &format!("Bài {i} về Thanh Xuân"));
        }
        assert_eq!(read(&dir, &cache).len(), SORTED + 100);
        let origins = crate::source::expand(&[dir.to_path_buf()]);
        let library = start(move || origins, vec![dir.clone()], Reading::default(), Store::open(&cache));
        let mut sizes = Vec::new();
        loop {
            match library.news.recv_timeout(std::time::Duration::from_secs(60)).unwrap() {
                Arrival::Entries(es) => {
                    assert!(es.iter().all(|e| e.id.is_some() && e.interview().is_none()), "from the cache");
                    sizes.push(es.len());
                }
                Arrival::Progress(r, t) if r == t => break,
                _ => {}
            }
        }
        assert_eq!(sizes, [SORTED, 100]);
    }

    #[test]
    fn a_deleted_file_leaves_the_cache_on_the_next_open() {
        let (dir, cache) = (tempdir("gone"), tempdir("gone-cache"));
        write(&dir, "a.txt", "Bài một về Thanh Xuân");
        write(&dir, "b.txt", "Bài hai về Thanh Xuân");
        read(&dir, &cache);
        std::fs::remove_file(dir.join("b.txt")).unwrap();
        assert_eq!(read(&dir, &cache).len(), 1);
        assert_eq!(Store::open(&cache).rows().unwrap().len(), 1);
        assert!(Store::open(&cache).search("bai hai").unwrap().is_empty());
    }
}
