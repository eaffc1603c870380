//! The cache: kept across opens, stale and deleted files, corrupt and newer files set
//! aside, a folder it cannot write, smart-diacritics search.

use super::*;
use crate::interview::{Role, Turn};

fn tempdir(name: &str) -> crate::scratch::Scratch {
    crate::scratch::Scratch::new(&format!("store-{name}"))
}

fn iv(title: &str, text: &str) -> Interview {
    Interview {
        title: Some(title.into()),
        turns: vec![
            Turn { role: Role::Question, speaker: None, paragraphs: vec!["Hỏi?".into()] },
            Turn { role: Role::Answer, speaker: None, paragraphs: vec![text.into()] },
        ],
        ..Interview::default()
    }
}

fn put(store: &mut Store, path: &str, iv: &Interview) -> i64 {
    let stamp = Stamp { size: 10, mtime: 1 };
    store.put(&[Doc::new(path.to_owned(), stamp, iv, &Summary::of(iv)).unwrap()]).unwrap()[0]
}

#[test]
fn rows_and_interviews_survive_a_reopen() {
    let dir = tempdir("reopen");
    let mut store = Store::open(&dir);
    assert_eq!(store.note, None);
    let id = put(&mut store, "a.txt", &iv("Thanh Xuân", "Quận Thanh Xuân phát triển."));
    drop(store);
    let store = Store::open(&dir);
    let rows = store.rows().unwrap();
    assert_eq!(rows["a.txt"].summary.title.as_deref(), Some("Thanh Xuân"));
    assert_eq!(rows["a.txt"].stamp, Stamp { size: 10, mtime: 1 });
    assert_eq!(store.interview(id).unwrap().unwrap().title.as_deref(), Some("Thanh Xuân"));
}

#[test]
fn search_has_smart_diacritics_and_prefixes() {
    let mut store = Store::memory();
    let a = put(&mut store, "a.txt", &iv("Một", "Hòa bình ở quận Thanh Xuân."));
    let b = put(&mut store, "b.txt", &iv("Hai", "Hóa học và hoa hồng."));
    assert_eq!(store.search("thanh xu").unwrap(), [a]);
    assert_eq!(store.search("hoa").unwrap().len(), 2, "no marks: any marks");
    assert_eq!(store.search("hoà").unwrap(), [a], "marks: wherever the tone sits");
    assert_eq!(store.search("hóa").unwrap(), [b]);
    assert!(store.search("\"; DROP TABLE interviews; --").unwrap().is_empty());
    assert!(store.search("").unwrap().is_empty());
}

#[test]
fn a_file_read_again_replaces_its_row_and_a_deleted_one_goes() {
    let mut store = Store::memory();
    put(&mut store, "a.txt", &iv("Cũ", "Bài cũ."));
    put(&mut store, "a.txt", &iv("Mới", "Bài mới."));
    let rows = store.rows().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows["a.txt"].summary.title.as_deref(), Some("Mới"));
    assert!(store.search("cu").unwrap().is_empty(), "the old text left the index");
    store.forget(&["a.txt".into()]).unwrap();
    assert!(store.rows().unwrap().is_empty() && store.search("moi").unwrap().is_empty());
}

#[test]
fn a_corrupt_cache_is_set_aside_with_a_note_and_rebuilt() {
    let dir = tempdir("corrupt");
    std::fs::write(dir.join("library.sqlite"), b"this is not a database, not at all, no").unwrap();
    let mut store = Store::open(&dir);
    assert!(store.note.as_deref().unwrap().contains("rebuilt"), "{:?}", store.note);
    put(&mut store, "a.txt", &iv("Một", "Một."));
    let aside: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".bad-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(dir.join("library.sqlite").exists());
}

#[test]
fn a_cache_of_a_newer_schema_is_set_aside() {
    let dir = tempdir("newer");
    let conn = Connection::open(dir.join("library.sqlite")).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA + 1).unwrap();
    drop(conn);
    let store = Store::open(&dir);
    assert!(store.note.as_deref().unwrap().contains(&format!("schema {}", SCHEMA + 1)), "{:?}", store.note);
}

#[test]
fn a_folder_that_cannot_be_written_gives_a_cache_in_memory_with_a_note() {
    let dir = tempdir("readonly");
    let ro = dir.join("ro");
    std::fs::create_dir_all(&ro).unwrap();
    std::fs::set_permissions(&ro, std::os::unix::fs::PermissionsExt::from_mode(0o500)).unwrap();
    // root may write anywhere: then there is nothing to test
    if std::fs::write(ro.join("probe"), b"x").is_ok() {
        return;
    }
    let mut store = Store::open(&ro);
    assert!(store.note.as_deref().unwrap().contains("nothing is kept"), "{:?}", store.note);
    put(&mut store, "a.txt", &iv("Một", "Một."));
    assert_eq!(store.rows().unwrap().len(), 1, "it still works, in memory");
}

#[test]
fn two_stores_on_one_file_both_write() {
    let dir = tempdir("two");
    let mut a = Store::open(&dir);
    let mut b = Store::open(&dir);
    put(&mut a, "a.txt", &iv("Một", "Một."));
    put(&mut b, "b.txt", &iv("Hai", "Hai."));
    assert_eq!(Store::open(&dir).rows().unwrap().len(), 2);
}

#[test]
fn rows_of_another_build_are_dropped_not_served() {
    let dir = tempdir("build");
    let mut store = Store::open(&dir);
    put(&mut store, "a.txt", &iv("Một", "Một."));
    store.conn.execute("UPDATE meta SET value = 'phongvan 0.0.1' WHERE key = 'program'", []).unwrap();
    drop(store);
    let store = Store::open(&dir);
    assert!(store.rows().unwrap().is_empty(), "another build's parse is not this one's");
    assert!(store.search("mot").unwrap().is_empty());
    drop(store);
    let mut store = Store::open(&dir);
    put(&mut store, "a.txt", &iv("Một", "Một."));
    drop(store);
    assert_eq!(Store::open(&dir).rows().unwrap().len(), 1, "this build's rows stay");
}

#[test]
fn stamps_come_without_summaries_and_summaries_in_the_order_asked() {
    let mut store = Store::memory();
    let a = put(&mut store, "a.txt", &iv("Một", "Thanh Xuân."));
    let b = put(&mut store, "b.txt", &iv("Hai", "Hà Đông."));
    let stamps = store.stamps().unwrap();
    assert_eq!(
        (stamps["a.txt"], stamps["b.txt"]),
        ((a, Stamp { size: 10, mtime: 1 }), (b, Stamp { size: 10, mtime: 1 }))
    );
    let titles: Vec<Option<String>> =
        store.summaries(&[b, 999, a]).unwrap().into_iter().map(|s| s.and_then(|s| s.title)).collect();
    assert_eq!(titles, [Some("Hai".to_owned()), None, Some("Một".to_owned())]);
}
