//! Loading many inputs on every core, handed on in the inputs' order, with at most a
//! window of them read ahead: an archive of any size streams in constant memory.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use super::{Failure, Origin, Reading, load};
use crate::interview::Interview;
use crate::text::escape;

/// What reading one input gave: its name, and its interviews or why it could not be read.
#[derive(Debug)]
pub struct Loaded {
    pub name: String,
    pub item: Result<Vec<Interview>, String>,
}

/// Inputs read ahead of the one being handed on, at most.
const WINDOW: usize = 64;

/// Reads every input on `threads` workers (0: one per core) and calls `each` with each
/// result in the order of `origins`; `each` returning false stops the reading.
pub fn load_in_order(
    origins: &[Result<Origin, Failure>],
    how: Reading,
    threads: usize,
    each: impl FnMut(Loaded) -> bool,
) {
    load_and_prepare(origins, how, threads, |_, l| l, each);
}

/// The same, with `prepare` run on the workers for each result (and its input's index)
/// before it is handed on: work that then costs no time on the receiving thread.
pub fn load_and_prepare<T: Send>(
    origins: &[Result<Origin, Failure>],
    how: Reading,
    threads: usize,
    prepare: impl Fn(usize, Loaded) -> T + Sync,
    each: impl FnMut(T) -> bool,
) {
    let load = |i: usize, stopped: bool| {
        let origin = &origins[i];
        prepare(i, if stopped { skipped(origin) } else { load_one(origin, how) })
    };
    in_order(origins.len(), threads, load, each);
}

/// Runs `load(i, stopped)` for each of `n` inputs on `threads` workers (0: one per core)
/// and calls `each` with the results in order; after `each` returns false, `stopped` is
/// true for the inputs left (to be counted off, not read).
pub fn in_order<T: Send>(
    n: usize,
    threads: usize,
    load: impl Fn(usize, bool) -> T + Sync,
    mut each: impl FnMut(T) -> bool,
) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = if threads == 0 { cores } else { threads }.clamp(1, n.max(1));
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let handed = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::sync_channel::<(usize, T)>(WINDOW);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, stop, handed, load) = (&next, &stop, &handed, &load);
            scope.spawn(move || work(n, (next, stop, handed), load, &tx));
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut at = 0;
        for (i, loaded) in rx {
            waiting.insert(i, loaded);
            while let Some(loaded) = waiting.remove(&at) {
                at += 1;
                if !stop.load(Ordering::Relaxed) && !each(loaded) {
                    stop.store(true, Ordering::Relaxed);
                }
                let (count, moved) = &handed;
                *count.lock().unwrap_or_else(|e| e.into_inner()) = at;
                moved.notify_all();
            }
        }
    });
}

/// What the workers share: the next input to take, the stop flag, how many were handed on.
type Shared<'a> = (&'a AtomicUsize, &'a AtomicBool, &'a (Mutex<usize>, Condvar));

/// One worker: takes the next input not yet taken, unless it would run more than a window
/// ahead of what was handed on.
fn work<T>(
    n: usize,
    (next, stop, (count, moved)): Shared<'_>,
    load: &(impl Fn(usize, bool) -> T + Sync),
    tx: &mpsc::SyncSender<(usize, T)>,
) {
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= n {
            return;
        }
        let mut handed = count.lock().unwrap_or_else(|e| e.into_inner());
        while i >= *handed + WINDOW && !stop.load(Ordering::Relaxed) {
            handed = moved.wait(handed).unwrap_or_else(|e| e.into_inner());
        }
        drop(handed);
        if tx.send((i, load(i, stop.load(Ordering::Relaxed)))).is_err() {
            return;
        }
    }
}

/// Reads one input (on a worker).
pub fn load_one(origin: &Result<Origin, Failure>, how: Reading) -> Loaded {
    match origin {
        Ok(o) => {
            let item = load(o, how).map_err(|e| escape::line(&format!("{e:#}")));
            Loaded { name: o.name(), item }
        }
        Err((name, why)) => Loaded { name: name.clone(), item: Err(escape::line(why)) },
    }
}

/// After a stop the rest is only counted off, not read.
pub fn skipped(origin: &Result<Origin, Failure>) -> Loaded {
    let name = match origin {
        Ok(o) => o.name(),
        Err((name, _)) => name.clone(),
    };
    Loaded { name, item: Ok(Vec::new()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Vec<Result<Origin, Failure>> {
        super::super::BUNDLED.iter().map(|(n, _)| Ok(Origin::Bundled(n))).collect()
    }

    #[test]
    fn results_come_in_the_inputs_order_on_any_number_of_threads() {
        let origins = bundled();
        for threads in [1, 2, 7] {
            let mut names = Vec::new();
            load_in_order(&origins, Reading::default(), threads, |l| {
                names.push(l.name);
                true
            });
            let expected: Vec<String> = origins.iter().map(|o| o.as_ref().unwrap().name()).collect();
            assert_eq!(names, expected, "{threads} threads");
        }
    }

    #[test]
    fn a_failure_keeps_its_place_and_false_stops_early() {
        let mut origins = bundled();
        origins.insert(1, Err(("gone.txt".into(), "gone.txt: no such file".into())));
        let mut seen = Vec::new();
        load_in_order(&origins, Reading::default(), 2, |l| {
            seen.push(l.item.is_ok());
            seen.len() < 3
        });
        assert_eq!(seen, [true, false, true]);
    }
}
