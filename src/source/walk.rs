//! Folders expanded into article files: recursively, sorted, every file and folder once
//! (symlink loops followed once, by device and inode), regular files only (a FIFO in a
//! folder would block for ever), unreadable folders reported rather than skipped.

use std::collections::HashSet;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::text::escape;

/// File extensions read from folders.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl"];

/// What a folder holds: article files, sorted, and the folders that could not be read.
#[derive(Debug, Default)]
pub struct Walked {
    pub files: Vec<PathBuf>,
    /// (folder as printed, error).
    pub errors: Vec<(String, String)>,
}

/// Walks `root` without recursion (no stack to overflow on deep trees).
pub fn walk(root: &Path) -> Walked {
    walk_until(root, false)
}

/// True when `root` holds an article file, looked for only until one is found.
pub fn has_article(root: &Path) -> bool {
    !walk_until(root, true).files.is_empty()
}

fn walk_until(root: &Path, first: bool) -> Walked {
    let mut out = Walked::default();
    let mut seen: HashSet<(u64, u64)> = HashSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if first && !out.files.is_empty() {
            break;
        }
        let Ok(meta) = fs::metadata(&dir) else { continue };
        if !seen.insert((meta.dev(), meta.ino())) {
            continue; // a symlink back to a folder already read
        }
        match fs::read_dir(&dir) {
            Ok(entries) => {
                for entry in entries {
                    if first && !out.files.is_empty() {
                        break;
                    }
                    let visited = match entry {
                        Ok(entry) => visit(entry.path(), &mut seen, &mut stack, &mut out.files),
                        Err(e) => Err((dir.clone(), e)),
                    };
                    // a folder listed but not entered fails for every entry: say it once
                    if let Err((_, e)) = visited
                        && out.errors.last().is_none_or(|(name, _)| *name != escape::name(&dir))
                    {
                        out.errors.push((escape::name(&dir), e.to_string()));
                    }
                }
            }
            Err(e) => out.errors.push((escape::name(&dir), e.to_string())),
        }
    }
    out.files.sort();
    out
}

/// Sorts one directory entry: a folder to walk, an article file to read, or neither. An
/// entry that cannot be looked at (a folder that may be listed but not entered) is an
/// error to report with its path; a dangling link is nothing.
fn visit(
    path: PathBuf,
    seen: &mut HashSet<(u64, u64)>,
    stack: &mut Vec<PathBuf>,
    files: &mut Vec<PathBuf>,
) -> Result<(), (PathBuf, std::io::Error)> {
    let meta = match fs::metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err((path, e)),
    };
    if meta.is_dir() {
        stack.push(path);
    } else if meta.is_file() && is_article(&path) && seen.insert((meta.dev(), meta.ino())) {
        files.push(path);
    }
    Ok(())
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn tempdir(name: &str) -> crate::scratch::Scratch {
        crate::scratch::Scratch::new(&format!("walk-{name}"))
    }

    #[test]
    fn symlink_loops_are_followed_once_and_each_file_read_once() {
        let dir = tempdir("loops");
        fs::create_dir(dir.join("sub")).unwrap();
        fs::write(dir.join("sub/a.txt"), "x").unwrap();
        symlink(&dir, dir.join("sub/up")).unwrap();
        symlink(&dir, dir.join("again")).unwrap();
        symlink(dir.join("sub/a.txt"), dir.join("alias.txt")).unwrap();
        let walked = walk(&dir);
        assert_eq!(walked.files.len(), 1, "{:?}", walked.files);
        assert!(walked.errors.is_empty());
    }

    #[test]
    fn fifos_and_other_files_are_not_articles() {
        let dir = tempdir("fifo");
        let fifo =
            std::ffi::CString::new(dir.join("pipe.txt").into_os_string().into_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path and a plain mode
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        fs::write(dir.join("photo.jpg"), "x").unwrap();
        fs::write(dir.join("b.MD"), "x").unwrap();
        assert_eq!(walk(&dir).files, [dir.join("b.MD")]);
    }

    #[test]
    fn an_article_is_found_deep_down_and_none_in_a_folder_of_photos() {
        let dir = tempdir("deep");
        fs::create_dir_all(dir.join("2019/03/photos")).unwrap();
        fs::write(dir.join("2019/03/photos/a.jpg"), "x").unwrap();
        assert!(!has_article(&dir));
        fs::write(dir.join("2019/03/b.html"), "x").unwrap();
        assert!(has_article(&dir));
    }
}
