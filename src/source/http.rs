//! Pages from the web, only when the user names a URL: a blocking client (ureq; no async
//! runtime) that follows redirects, takes gzip, honours the proxy variables, times out,
//! keeps to the size limit, names itself, and shows progress on a terminal when slow.

use std::io::{IsTerminal, Read, Write};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow};
use ureq::ResponseExt;

/// What a server sent.
#[derive(Debug)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The Content-Type header, if any.
    pub content_type: Option<String>,
    /// Where the page ended up, after redirects.
    pub url: String,
}

/// True for the inputs that are web addresses.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Downloads `url`, at most `limit` bytes. Errors say why: the host, TLS, a timeout, an
/// HTTP status, the size.
pub fn fetch(url: &str, limit: u64) -> Result<Fetched> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(10)))
        .timeout_global(Some(Duration::from_secs(60)))
        .max_redirects(10)
        .http_status_as_error(false)
        .user_agent(concat!("phongvan/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent.get(url).call().map_err(why)?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().map(|r| format!(" {r}")).unwrap_or_default();
        return Err(anyhow!("HTTP {}{reason}", status.as_u16()));
    }
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let final_url = response.get_uri().to_string();
    let reader = response.body_mut().with_config().limit(limit + 1).reader();
    let bytes = read_with_progress(reader, limit)?;
    Ok(Fetched { bytes, content_type, url: final_url })
}

/// Reads the body; after a second, shows how much came on stderr when it is a terminal.
fn read_with_progress(mut reader: impl Read, limit: u64) -> Result<Vec<u8>> {
    let start = Instant::now();
    let tty = std::io::stderr().is_terminal();
    let mut bytes = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut shown = false;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(too_large(e, limit)),
        };
        bytes.extend_from_slice(&buf[..n]);
        if bytes.len() as u64 > limit {
            return Err(anyhow!("{}", super::too_large(None, limit)));
        }
        if tty && start.elapsed() > Duration::from_secs(1) {
            let _ = write!(std::io::stderr(), "\rphongvan: {:.1} MB read", bytes.len() as f64 / 1e6);
            shown = true;
        }
    }
    if shown {
        let _ = write!(std::io::stderr(), "\r\x1b[K");
    }
    Ok(bytes)
}

fn too_large(e: std::io::Error, limit: u64) -> anyhow::Error {
    let body_limit = e.get_ref().and_then(|inner| inner.downcast_ref::<ureq::Error>());
    match body_limit {
        Some(ureq::Error::BodyExceedsLimit(_)) => anyhow!("{}", super::too_large(None, limit)),
        _ => anyhow!("the download broke off: {e}"),
    }
}

/// A client error as a reader would put it.
fn why(e: ureq::Error) -> anyhow::Error {
    match e {
        ureq::Error::HostNotFound => anyhow!("host not found (DNS)"),
        ureq::Error::ConnectionFailed => anyhow!("the connection was refused or failed"),
        ureq::Error::Timeout(t) => anyhow!("timed out ({t})"),
        ureq::Error::TooManyRedirects => anyhow!("too many redirects"),
        ureq::Error::RedirectFailed => anyhow!("a redirect could not be followed"),
        ureq::Error::Tls(m) => anyhow!("TLS: {m}"),
        ureq::Error::Rustls(e) => anyhow!("TLS: {e}"),
        ureq::Error::BadUri(u) => anyhow!("not a valid address: {u}"),
        ureq::Error::Io(e) => anyhow!("{e}"),
        other => anyhow!("{other}"),
    }
}
