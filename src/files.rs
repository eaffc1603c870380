//! Small files of our own (state, config) read and written safely: regular files only (a
//! FIFO in their place must not block), writes atomic through an exclusive temp file that
//! never follows a planted symlink, an advisory lock between processes.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// State and config files larger than this are not ours.
const MAX_STATE: u64 = 16 * 1024 * 1024;

/// The text of a regular file, `None` when there is none; an error for anything else in
/// its place (a folder, a FIFO, a device), which is opened without blocking and not read.
pub fn read_regular(path: &Path) -> io::Result<Option<String>> {
    let file = match OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if !file.metadata()?.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    let mut text = String::new();
    file.take(MAX_STATE).read_to_string(&mut text)?;
    Ok(Some(text))
}

/// Replaces `path` with `bytes` atomically: a new temp file beside it (`O_EXCL`,
/// `O_NOFOLLOW`, mode 0600), then a rename; the temp file is removed on every failure.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tries = 0;
    let (tmp, mut file) = loop {
        let tmp = temp_name(path, COUNTER.fetch_add(1, Ordering::Relaxed));
        let opened = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&tmp);
        match opened {
            Ok(f) => break (tmp, f),
            // something already there (planted or left over): never write through it
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 8 => tries += 1,
            Err(e) => return Err(e),
        }
    };
    let written = file.write_all(bytes).and_then(|()| file.sync_all()).and_then(|()| fs::rename(&tmp, path));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The temp file beside `path` for attempt `n`: `.name.<pid>.<n>`.
fn temp_name(path: &Path, n: usize) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let base = path.file_name().map_or("state".into(), |n| n.to_string_lossy().into_owned());
    dir.join(format!(".{base}.{}.{n}", std::process::id()))
}

/// An exclusive advisory lock (`flock`) on a lock file, held until dropped.
pub struct Lock {
    /// Closing the descriptor releases the lock.
    _held: File,
}

impl Lock {
    /// Waits for the lock on `path` (created if missing, mode 0600, never through a link).
    pub fn acquire(path: &Path) -> io::Result<Lock> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(path)?;
        if !file.metadata()?.is_file() {
            return Err(io::Error::other("the lock is not a regular file"));
        }
        // SAFETY: flock on a descriptor owned by `file`, which outlives the call
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Lock { _held: file })
    }
}

/// `path` with `.bad-<unix seconds>` appended: where a file we could not read is kept.
pub fn set_aside_name(path: &Path) -> PathBuf {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".bad-{secs}"));
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tempdir(name: &str) -> crate::scratch::Scratch {
        crate::scratch::Scratch::new(&format!("files-{name}"))
    }

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempdir("fifo");
        let path = dir.join("positions.json");
        let c = std::ffi::CString::new(path.clone().into_os_string().into_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path and a plain mode
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(read_regular(&path).is_err());
        assert_eq!(read_regular(&dir.join("missing")).unwrap(), None);
        assert!(read_regular(&dir).is_err());
    }

    #[test]
    fn the_temp_file_never_follows_a_planted_link_and_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempdir("atomic");
        let target = dir.join("victim");
        fs::write(&target, "keep").unwrap();
        let path = dir.join("positions.json");
        write_atomic(&path, b"{}").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        // links planted at every name it could pick: it refuses rather than follow one
        let next = COUNTER.load(Ordering::Relaxed);
        let planted: Vec<PathBuf> = (next..next + 100).map(|n| temp_name(&path, n)).collect();
        planted.iter().for_each(|l| std::os::unix::fs::symlink(&target, l).unwrap());
        assert!(write_atomic(&path, b"{\"evil\":1}").is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "keep");
        assert_eq!(fs::read_to_string(&path).unwrap(), "{}");
        planted.iter().for_each(|l| fs::remove_file(l).unwrap());
        // a folder in the file's place: the rename fails and no temp file stays behind
        let blocked = dir.join("blocked");
        fs::create_dir_all(blocked.join("inner")).unwrap();
        assert!(write_atomic(&blocked, b"{}").is_err());
        let left: Vec<_> = fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(left.len(), 3, "{left:?}");
    }
}
