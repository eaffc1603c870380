//! Peak memory on the largest inputs phongvan takes (32 MiB): three shapes of text that
//! are not prose, printed (`--plain`) and in the browser (a pseudo-terminal at 100x30,
//! quit once the first frame is up), beside `fmt -w 80` wrapping the same file in the
//! same run. Run with `cargo bench --bench memory`.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SIZE: usize = 32 * 1024 * 1024 - 4096;
const WORDS: &[&str] = &["a", "là", "có", "tôi", "và", "em", "xu", "ba", "ở", "đi"];

/// Input shapes: (name, words per line, turn labels). Lines of `per_line` words (one long
/// line for 0); with labels, lines alternate "PV: …?" and "Ông Nguyễn Văn A: ….".
const SHAPES: [(&str, usize, bool); 5] = [
    ("lines of 3-15 words", 9, false),
    ("one word per line", 1, false),
    ("one line", 0, false),
    ("PV:/answer lines, 14 words", 14, true),
    ("PV: a? / Ông A: b.", 1, true),
];

/// A text of `SIZE` bytes in one of the [`SHAPES`].
fn input(dir: &Path, name: &str, per_line: usize, labels: bool) -> PathBuf {
    let mut text = String::with_capacity(SIZE + 64);
    let mut seed = 1u64;
    let (mut n, mut line) = (0, 0);
    while text.len() < SIZE {
        if labels && n % per_line.max(1) == 0 {
            text.push_str(if line % 2 == 0 { "PV: " } else { "Ông Nguyễn Văn A: " });
        }
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        text.push_str(WORDS[(seed >> 33) as usize % WORDS.len()]);
        n += 1;
        if per_line > 0 && n % per_line == 0 {
            text.push_str(if !labels {
                "\n"
            } else if line % 2 == 0 {
                "?\n"
            } else {
                ".\n"
            });
            line += 1;
        } else {
            text.push(' ');
        }
    }
    let path = dir.join(name.replace([' ', '/', ':', '?', '.'], "-"));
    std::fs::write(&path, text).expect("a temp file");
    path
}

/// Waits for a child: its peak resident memory (MiB) and seconds since `start`.
fn reap(mut child: std::process::Child, start: Instant) -> (f64, f64) {
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, writing into the two locals
    unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    // wait4 reaped it (std has no rusage); this only tells `child` there is nothing left
    let _ = child.try_wait();
    (usage.ru_maxrss as f64 / 1024.0, start.elapsed().as_secs_f64())
}

fn printed(cmd: &mut Command) -> (f64, f64) {
    let start = Instant::now();
    let child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("runs");
    reap(child, start)
}

/// The browser on a pseudo-terminal: first frame, then `q`.
fn browsed(file: &Path) -> (f64, f64) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize { ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes two descriptors into the given integers; the size is valid
    assert_eq!(
        unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) },
        0
    );
    // SAFETY: both descriptors were just opened and are owned here
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_phongvan"))
        .args(["--no-state".as_ref(), file.as_os_str()])
        .env("LANG", "C.UTF-8")
        .env("TERM", "xterm-256color")
        .stdin(slave.try_clone().expect("dup"))
        .stdout(slave.try_clone().expect("dup"))
        .stderr(slave)
        .spawn()
        .expect("runs");
    let mut master = std::fs::File::from(master);
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    while !String::from_utf8_lossy(&seen).contains("quit") && start.elapsed() < Duration::from_secs(120) {
        let n = master.read(&mut buf).unwrap_or(0);
        seen.extend_from_slice(&buf[..n]);
    }
    master.write_all(b"q").expect("a key");
    std::thread::spawn(move || while master.read(&mut buf).is_ok_and(|n| n > 0) {});
    reap(child, start)
}

fn main() {
    let dir = std::env::temp_dir().join(format!("phongvan-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let mib = SIZE as f64 / 1024.0 / 1024.0;
    println!(
        "{:<26} {:>8} {:>22} {:>22} {:>22}",
        "input", "MiB", "fmt -w 80", "phongvan --plain", "phongvan browser"
    );
    for (name, per_line, labels) in SHAPES {
        let file = input(&dir, name, per_line, labels);
        let fmt = printed(Command::new("fmt").args(["-w", "80"]).arg(&file));
        let plain = printed(Command::new(env!("CARGO_BIN_EXE_phongvan")).arg("--plain").arg(&file));
        let tui = browsed(&file);
        let cell = |(m, s): (f64, f64)| format!("{m:.0} MiB {:.1}x {s:.1}s", m / mib);
        println!("{name:<26} {mib:>8.0} {:>22} {:>22} {:>22}", cell(fmt), cell(plain), cell(tui));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
