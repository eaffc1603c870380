//! The real binary in a pseudo-terminal, as the pty tests drive it: a VT100 screen of what
//! it drew, every byte it wrote, keys, resizes, signals.
#![allow(dead_code)] // each test crate uses its own part of the harness

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};

#[path = "../../src/scratch.rs"]
pub mod scratch;
pub use scratch::Scratch;

pub const SEED: &str = "data/hanoimoi-2023-thanh-xuan.txt";
pub const TITLE: &str = "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững";

/// A running program in a pseudo-terminal: its screen as a VT100 emulator sees it, and
/// every byte it wrote.
pub struct Session {
    pub screen: Arc<Mutex<vt100::Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub master: Box<dyn MasterPty + Send>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    pub fn start(cmd: CommandBuilder, cols: u16, rows: u16) -> Session {
        let pty =
            native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (sink, log) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
                log.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session { screen, raw, master: pty.master, writer, child }
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until `check` holds for the screen; panics with the screen after a timeout.
    pub fn wait(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if check(self.screen.lock().unwrap().screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("screen never showed {what}:\n{}", self.contents());
    }

    pub fn wait_for(&self, text: &str) {
        self.wait(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    pub fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn resize(&self, cols: u16, rows: u16) {
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        // (the emulator never has fewer than 2 rows: vt100 0.16 overflows when text wraps
        // past the last column of a 1-row grid, as a frame drawn before the resize does
        // when it arrives after it; the program still sees its 1-row terminal)
        self.screen.lock().unwrap().screen_mut().set_size(rows.max(2), cols);
    }

    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid").to_string();
        assert!(std::process::Command::new("kill").args(["-s", name, &pid]).status().unwrap().success());
    }

    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(100)); // let the reader drain
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child.kill().ok();
        panic!("the program did not exit:\n{}", self.contents());
    }

    pub fn in_alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }
}

/// A fresh state and config home for one test.
pub fn home() -> Scratch {
    Scratch::new("pty")
}

pub fn command(args: &[&str], home: &PathBuf) -> CommandBuilder {
    let mut c = CommandBuilder::new(env!("CARGO_BIN_EXE_phongvan"));
    c.args(args);
    setup(&mut c, home);
    c
}

pub fn shell(line: &str, home: &PathBuf) -> CommandBuilder {
    let mut c = CommandBuilder::new("sh");
    c.args(["-c", &line.replace("BIN", env!("CARGO_BIN_EXE_phongvan"))]);
    setup(&mut c, home);
    c
}

pub fn setup(c: &mut CommandBuilder, home: &PathBuf) {
    c.cwd(env!("CARGO_MANIFEST_DIR"));
    c.env("LANG", "C.UTF-8");
    c.env_remove("LC_ALL");
    c.env_remove("NO_COLOR");
    c.env("TERM", "xterm-256color");
    c.env("HOME", home);
    c.env("XDG_STATE_HOME", home.join("state"));
    c.env("XDG_CONFIG_HOME", home.join("config"));
    c.env("XDG_CACHE_HOME", home.join(".cache"));
}

/// The binary on a bare pseudo-terminal opened with `openpty`: no emulator, no reader
/// thread of portable-pty's, so the test decides what the terminal does (resize without a
/// signal, vanish without a byte). With `controlling`, the pty is the child's controlling
/// terminal; without, the child runs in a session of its own with none.
pub struct Bare {
    pub master: Option<std::fs::File>,
    pub child: std::process::Child,
    pub seen: Arc<Mutex<Vec<u8>>>,
    /// Tells the reader thread to close its copy of the master.
    closing: Arc<std::sync::atomic::AtomicBool>,
}

impl Bare {
    pub fn start(args: &[&str], home: &std::path::Path, controlling: bool, cols: u16, rows: u16) -> Bare {
        use std::os::fd::{FromRawFd, OwnedFd};
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: openpty writes two descriptors into the given integers; the size is valid
        let rc =
            unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(rc, 0);
        // SAFETY: plain fcntl on a descriptor just opened: the child must not inherit the master
        unsafe { libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC) };
        // SAFETY: both descriptors were just opened and are owned here
        let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let child = bare_command(args, home, &slave, controlling).spawn().unwrap();
        drop(slave);
        let master = std::fs::File::from(master);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let closing = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (reader, log, stop) = (master.try_clone().unwrap(), Arc::clone(&seen), Arc::clone(&closing));
        std::thread::spawn(move || drain(reader, &log, &stop));
        Bare { master: Some(master), child, seen, closing }
    }

    /// Waits until the program has written `text`.
    pub fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if String::from_utf8_lossy(&self.seen.lock().unwrap()).contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("never wrote {text:?}");
    }

    pub fn keys(&mut self, bytes: &[u8]) {
        let master = self.master.as_mut().expect("the terminal is open");
        master.write_all(bytes).unwrap();
    }

    /// Sets the terminal's size; sends no signal itself (the kernel does, to a foreground
    /// process group of a controlling terminal only).
    pub fn resize(&self, cols: u16, rows: u16) {
        use std::os::fd::AsRawFd;
        let size = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
        let fd = self.master.as_ref().expect("the terminal is open").as_raw_fd();
        // SAFETY: TIOCSWINSZ with a valid winsize on the pty master this test owns
        assert_eq!(unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &size) }, 0);
    }

    /// The terminal goes away: an SSH link dropped, a tmux pane killed.
    pub fn vanish(&mut self) {
        self.closing.store(true, Ordering::SeqCst);
        self.master = None;
        std::thread::sleep(Duration::from_millis(200)); // the reader lets go of its copy
    }

    /// The exit code, waiting up to 20 s; kills the program and panics after that.
    pub fn wait_exit(&mut self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child.kill().ok();
        self.child.wait().ok();
        panic!("still running after 20 s");
    }
}

/// The binary with the pty's slave for its standard streams, in a session of its own.
fn bare_command(
    args: &[&str],
    home: &std::path::Path,
    slave: &std::os::fd::OwnedFd,
    controlling: bool,
) -> std::process::Command {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_phongvan"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env("TERM", "xterm-256color")
        .env("HOME", home)
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(slave.try_clone().unwrap())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave.try_clone().unwrap());
    // SAFETY: only async-signal-safe calls between fork and exec
    unsafe {
        cmd.pre_exec(move || {
            libc::setsid();
            if controlling {
                libc::ioctl(0, libc::TIOCSCTTY, 0);
            }
            Ok(())
        });
    }
    cmd
}

/// Reads the master into `log` until it closes or `stop` is set (then drops its copy).
fn drain(mut reader: std::fs::File, log: &Mutex<Vec<u8>>, stop: &std::sync::atomic::AtomicBool) {
    use std::os::fd::AsRawFd;
    let mut buf = [0u8; 65536];
    while !stop.load(Ordering::SeqCst) {
        let mut fds = libc::pollfd { fd: reader.as_raw_fd(), events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd for a descriptor this thread owns
        if unsafe { libc::poll(&mut fds, 1, 50) } <= 0 {
            continue;
        }
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => log.lock().unwrap().extend_from_slice(&buf[..n]),
        }
    }
}

/// Standard base64 decoding (the payload of an OSC 52 copy).
pub fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s.bytes().filter(|&c| c != b'=').map(val).collect();
    bytes
        .chunks(4)
        .flat_map(|ch| {
            let n = ch.iter().enumerate().fold(0u32, |n, (i, &v)| n | u32::from(v) << (18 - 6 * i));
            (0..ch.len() - 1).map(move |i| (n >> (16 - 8 * i)) as u8)
        })
        .collect()
}
