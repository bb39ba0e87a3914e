//! The push client's errors, each one line for the user.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] racegraph_store::Error),
    #[error("storage: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("{method} {url}: {reason}")]
    Request {
        method: String,
        url: String,
        reason: String,
    },
    #[error("{method} {url}: the server answered {status}{}{}", detail(.body), after(*.retries))]
    Status {
        method: String,
        url: String,
        status: u16,
        body: String,
        retries: u32,
    },
    #[error("push state {}: {reason}", .path.display())]
    State { path: PathBuf, reason: String },
    #[error("{0}")]
    Usage(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The exit code: 2, for a usage error or when nothing (more) could be done.
    pub fn exit_code(&self) -> i32 {
        2
    }
}

/// How often a request was tried again, for a message.
pub(crate) fn after(retries: u32) -> String {
    match retries {
        0 => String::new(),
        1 => " (after 1 retry)".to_string(),
        n => format!(" (after {n} retries)"),
    }
}

/// The first line of a server's answer, short, after a colon.
fn detail(body: &str) -> String {
    let line = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    if line.is_empty() {
        return String::new();
    }
    let short: String = line.chars().take(200).collect();
    format!(": {short}")
}
