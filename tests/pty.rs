//! The real binary in a real pseudo-terminal: first screen, keys, clean exit, piped stdin.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const SEED: &str = "data/hanoimoi-2023-thanh-xuan.txt";
const TITLE: &str = "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững";

/// A running program in a pseudo-terminal, its screen as a VT100 emulator sees it.
struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(cmd: CommandBuilder, cols: u16, rows: u16) -> Session {
        let pty =
            native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let _master = pty.master; // keep the pty open while reading
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Session { screen, writer, child }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; panics with the screen after a generous timeout.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("screen never showed {text:?}:\n{}", self.contents());
    }

    fn keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child.kill().ok();
        panic!("the program did not exit:\n{}", self.contents());
    }

    fn in_alternate_screen(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }
}

fn command(shell: Option<&str>) -> CommandBuilder {
    let bin = env!("CARGO_BIN_EXE_phongvan");
    let mut cmd = match shell {
        Some(line) => {
            let mut c = CommandBuilder::new("sh");
            c.args(["-c", &line.replace("BIN", bin)]);
            c
        }
        None => {
            let mut c = CommandBuilder::new(bin);
            c.arg(SEED);
            c
        }
    };
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env("LANG", "C.UTF-8");
    cmd.env("TERM", "xterm-256color");
    cmd
}

fn browse_and_quit(mut s: Session) {
    s.wait_for(TITLE);
    s.wait_for("1. Xin đồng chí cho biết");
    s.wait_for("Trong năm 2022");
    assert!(s.in_alternate_screen());
    s.keys(b"\x1b[C"); // →
    s.wait_for("question 2/3");
    s.wait_for("Xác định công tác xây dựng");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
    std::thread::sleep(Duration::from_millis(100));
    assert!(!s.in_alternate_screen(), "left the alternate screen");
}

#[test]
fn browses_a_file_side_by_side_and_quits_cleanly() {
    browse_and_quit(Session::start(command(None), 100, 30));
}

#[test]
fn browses_an_article_piped_on_stdin() {
    browse_and_quit(Session::start(command(Some(&format!("cat {SEED} | BIN"))), 100, 30));
}

#[test]
fn stacked_layout_shows_question_and_answer() {
    let mut s = Session::start(command(None), 60, 20);
    s.wait_for("1. Xin đồng chí cho biết");
    s.wait_for("Trong năm 2022");
    s.keys(b"q");
    assert_eq!(s.wait_exit(), 0);
}
