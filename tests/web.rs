//! Web pages through the binary: HTML and Markdown files, pipes, folders, and URLs served
//! by a server this test starts on 127.0.0.1 (redirects, 404, slow, gzip, a charset given
//! only by the header). The network beyond this machine is never used.

#[path = "../src/scratch.rs"]
mod scratch;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

const PAGE: &str = "tests/fixtures/html/vnexpress-bold-questions.html";
const CP1258: &str = "tests/fixtures/html/hanoimoi-cp1258-pv-labels.html";

fn phongvan(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_phongvan"));
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR")).env("LANG", "C.UTF-8").env_remove("LC_ALL");
    for proxy in ["ALL_PROXY", "all_proxy", "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"] {
        cmd.env_remove(proxy);
    }
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn roles(v: &serde_json::Value) -> String {
    v["turns"].as_array().unwrap().iter().map(|t| &t["role"].as_str().unwrap()[..1]).collect()
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Serves a few routes on 127.0.0.1 until the test ends; returns the base address.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || respond(stream));
        }
    });
    base
}

fn respond(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    reader.read_line(&mut request).unwrap();
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let page = fixture(PAGE);
    match request.split_whitespace().nth(1).unwrap_or("/") {
        "/page" => send(&mut stream, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", &page),
        "/redirect" => send(&mut stream, "302 Found", "Location: /page\r\n", b""),
        "/missing" => send(&mut stream, "404 Not Found", "Content-Type: text/plain\r\n", b"no"),
        "/gzip" => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(&page).unwrap();
            let body = gz.finish().unwrap();
            send(&mut stream, "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", &body);
        }
        "/latin" => {
            // the page's own declaration taken out: only the header says windows-1258
            let raw = fixture(CP1258);
            let cut = b"<meta charset=\"windows-1258\">";
            let at = raw.windows(cut.len()).position(|w| w == cut).unwrap();
            let body = [&raw[..at], &raw[at + cut.len()..]].concat();
            send(&mut stream, "200 OK", "Content-Type: text/html; charset=windows-1258\r\n", &body);
        }
        "/slow" => slowly(&mut stream, &page),
        _ => send(&mut stream, "500 Internal Server Error", "", b""),
    }
}

fn send(stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]) {
    let head =
        format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n", body.len());
    let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body));
}

/// The page in three parts, 0.7 s apart.
fn slowly(stream: &mut TcpStream, page: &[u8]) {
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n",
        page.len()
    );
    let _ = stream.write_all(head.as_bytes());
    for chunk in page.chunks(page.len() / 3 + 1) {
        std::thread::sleep(Duration::from_millis(700));
        let _ = stream.write_all(chunk);
    }
}

/// The interview without its `source` (which names where it came from).
fn sourceless(mut v: serde_json::Value) -> serde_json::Value {
    v.as_object_mut().unwrap().remove("source");
    v
}

#[test]
fn a_page_from_a_file_a_pipe_and_a_url_is_the_same_interview() {
    let base = serve();
    let file = json(&phongvan(&["--json", PAGE], None));
    let piped = json(&phongvan(&["--json"], Some(&fixture(PAGE))));
    let url = format!("{base}/page");
    let fetched = json(&phongvan(&["--json", &url], None));
    assert_eq!(roles(&file[0]), "qaqaqaqaqaqa");
    assert_eq!(piped[0]["source"], "-");
    assert_eq!(fetched[0]["source"], url.as_str());
    assert_eq!(sourceless(file[0].clone()), sourceless(piped[0].clone()));
    assert_eq!(sourceless(file[0].clone()), sourceless(fetched[0].clone()));
}

#[test]
fn redirects_gzip_and_slow_servers_are_followed() {
    let base = serve();
    for route in ["/redirect", "/gzip", "/slow"] {
        let out = phongvan(&["--json", &format!("{base}{route}")], None);
        assert!(out.status.success(), "{route}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(roles(&json(&out)[0]), "qaqaqaqaqaqa", "{route}");
    }
}

#[test]
fn a_charset_from_the_header_decodes_the_page() {
    let base = serve();
    let out = phongvan(&["--json", &format!("{base}/latin")], None);
    let v = &json(&out)[0];
    assert_eq!(v["title"], "Phường Thanh Hà: Đưa hồ Ngọc trở lại với người dân");
    assert!(String::from_utf8_lossy(&out.stderr).contains("decoded as windows-1258"));
}

#[test]
fn a_404_or_a_refused_connection_names_the_url_and_the_rest_still_opens() {
    let base = serve();
    let missing = format!("{base}/missing");
    let out = phongvan(&["--json", &missing, PAGE], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("cannot read {missing}: HTTP 404 Not Found")), "{err}");
    assert_eq!(json(&out).len(), 1, "the file still opens");
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap(); // bound, then dropped
    let out = phongvan(&["--json", &format!("http://{closed}/x")], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read http://"));
}

fn tempdir() -> scratch::Scratch {
    scratch::Scratch::new("web")
}

#[test]
fn a_folder_of_saved_pages_and_markdown_opens_them_all() {
    let dir = tempdir();
    std::fs::write(dir.join("a.html"), fixture(PAGE)).unwrap();
    std::fs::write(dir.join("b.md"), "# Một cuộc trò chuyện\n\n**PV:** Ông nghĩ sao?\n\n**Ông A:** Tôi nghĩ vậy.\n\n**PV:** Vì sao?\n\n**Ông A:** Vì thế.\n").unwrap();
    std::fs::write(dir.join("c.htm"), "<html><body><p>Trang</p></body></html>").unwrap();
    let out = phongvan(&["--json", dir.to_str().unwrap()], None);
    let v = json(&out);
    assert_eq!(v.len(), 3, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(roles(&v[1]), "qaqa");
    assert_eq!(v[1]["turns"][1]["speaker"], "Ông A");
}

#[test]
fn phongvan_s_own_markdown_reads_back_to_the_same_turns() {
    for sample in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("data")).unwrap().flatten() {
        let path = sample.path();
        let path = path.to_str().unwrap();
        let direct = &json(&phongvan(&["--json", path], None))[0];
        let md = phongvan(&["--markdown", path], None).stdout;
        let back = &json(&phongvan(&["--json"], Some(&md)))[0];
        assert_eq!(direct["turns"], back["turns"], "{path}");
        assert_eq!(
            (&direct["title"], &direct["author"], &direct["published"]),
            (&back["title"], &back["author"], &back["published"]),
            "{path}"
        );
    }
}

#[test]
fn an_html_entity_escape_never_reaches_the_terminal() {
    let page = "<html><body><h1>Tiêu đề</h1><p>Ông nói&#27;]52;c;ZXZpbA==&#7; rằng &#x9b;31m đúng &#8238;vậy.</p></body></html>";
    let out = phongvan(&["--plain"], Some(page.as_bytes()));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.chars().any(|c| c.is_control() && c != '\n' || c == '\u{202e}'), "{text:?}");
    assert!(text.contains("Ông nói rằng"), "{text:?}");
}
