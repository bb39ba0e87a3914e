//! HTTP to a remote engine: reqwest's blocking client, authentication by
//! basic, digest (diqwest) or bearer token, and retries with exponential
//! backoff on connection errors, timeouts, 5xx and 429 answers.

use crate::error::{Error, Result};
use diqwest::blocking::WithDigestAuth;
use diqwest::DigestAuthSession;
use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::{Method, StatusCode, Url};
use std::time::Duration;

/// How a request proves who sends it.
pub enum Auth {
    None,
    Basic {
        user: String,
        password: String,
    },
    /// HTTP digest: the server's challenge is answered, then reused for the
    /// following requests (no second round trip per graph).
    Digest(DigestAuthSession),
    Bearer(String),
}

impl Auth {
    pub fn digest(user: &str, password: &str) -> Self {
        Auth::Digest(DigestAuthSession::new(user, password))
    }
}

/// How often and how patiently a failed request is tried again.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Tries after the first one.
    pub retries: u32,
    /// The wait before the first retry; each later wait is twice the last.
    pub first_wait: Duration,
    /// No wait is longer than this.
    pub max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            retries: 5,
            first_wait: Duration::from_millis(250),
            max_wait: Duration::from_secs(8),
        }
    }
}

/// A remote engine's endpoint with its client, credentials and retry policy.
pub struct Remote {
    url: Url,
    client: Client,
    auth: Auth,
    retry: RetryPolicy,
    /// Requests that were tried again, for the summary.
    pub retried: std::sync::atomic::AtomicU32,
}

/// A server's answer: status and text.
pub struct Answer {
    pub status: StatusCode,
    pub body: String,
    /// Times the request was tried again before this answer.
    pub retries: u32,
}

impl Remote {
    /// `url` must be http or https, without credentials in it (they would
    /// be written to the push state and shown by `ps`).
    pub fn new(url: &str, auth: Auth, retry: RetryPolicy, timeout: Duration) -> Result<Self> {
        let url = parse_url(url)?;
        let client = Client::builder()
            .timeout(timeout)
            .user_agent(concat!("racegraph/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Usage(format!("cannot start an HTTP client: {e}")))?;
        Ok(Remote {
            url,
            client,
            auth,
            retry,
            retried: std::sync::atomic::AtomicU32::new(0),
        })
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Sends `method` to the endpoint with the query parameters and body
    /// given, tried again with backoff while the failure may pass.
    pub fn send(
        &self,
        method: Method,
        query: &[(&str, &str)],
        body: Option<(&'static str, &[u8])>,
    ) -> Result<Answer> {
        let mut wait = self.retry.first_wait;
        let mut attempt = 0;
        loop {
            let mut rb = self.client.request(method.clone(), self.url.clone());
            if !query.is_empty() {
                rb = rb.query(query);
            }
            if let Some((content_type, bytes)) = body {
                rb = rb
                    .header(reqwest::header::CONTENT_TYPE, content_type)
                    .body(bytes.to_vec());
            }
            let outcome = self.dispatch(rb);
            let retry = match &outcome {
                Ok(r) => {
                    r.status().is_server_error() || r.status() == StatusCode::TOO_MANY_REQUESTS
                }
                Err(e) => e.passing(),
            };
            if retry && attempt < self.retry.retries {
                attempt += 1;
                self.retried
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                std::thread::sleep(wait);
                wait = (wait * 2).min(self.retry.max_wait);
                continue;
            }
            let what = || {
                let mut u = self.url.clone();
                if !query.is_empty() {
                    u.query_pairs_mut().extend_pairs(query);
                }
                u.to_string()
            };
            return match outcome {
                Ok(r) => {
                    let status = r.status();
                    let body = r.text().unwrap_or_default();
                    Ok(Answer {
                        status,
                        body,
                        retries: attempt,
                    })
                }
                Err(e) => Err(Error::Request {
                    method: method.to_string(),
                    url: what(),
                    reason: e.reason(attempt),
                }),
            };
        }
    }

    /// Like [`Remote::send`], and a status outside 2xx (and `ok_also`) is an error.
    pub fn expect(
        &self,
        method: Method,
        query: &[(&str, &str)],
        body: Option<(&'static str, &[u8])>,
        ok_also: &[StatusCode],
    ) -> Result<Answer> {
        let answer = self.send(method.clone(), query, body)?;
        if answer.status.is_success() || ok_also.contains(&answer.status) {
            return Ok(answer);
        }
        let mut u = self.url.clone();
        if !query.is_empty() {
            u.query_pairs_mut().extend_pairs(query);
        }
        Err(Error::Status {
            method: method.to_string(),
            url: u.to_string(),
            status: answer.status.as_u16(),
            body: answer.body,
            retries: answer.retries,
        })
    }

    fn dispatch(&self, rb: RequestBuilder) -> std::result::Result<Response, Failure> {
        let sent = match &self.auth {
            Auth::None => rb.send(),
            Auth::Basic { user, password } => rb.basic_auth(user, Some(password)).send(),
            Auth::Bearer(token) => rb.bearer_auth(token).send(),
            Auth::Digest(session) => {
                return rb.send_digest_auth(session).map_err(|e| match e {
                    diqwest::error::Error::Reqwest(e) => Failure::Transport(e),
                    other => Failure::Digest(other.to_string()),
                })
            }
        };
        sent.map_err(Failure::Transport)
    }
}

/// Why no answer came.
enum Failure {
    Transport(reqwest::Error),
    /// The server's digest challenge could not be answered.
    Digest(String),
}

impl Failure {
    fn passing(&self) -> bool {
        match self {
            Failure::Transport(e) => e.is_connect() || e.is_timeout() || e.is_request(),
            Failure::Digest(_) => false,
        }
    }

    fn reason(&self, retries: u32) -> String {
        let mut text = match self {
            Failure::Transport(e) => {
                let mut text = e.to_string();
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    text.push_str(": ");
                    text.push_str(&s.to_string());
                    source = s.source();
                }
                text
            }
            Failure::Digest(e) => format!("digest authentication: {e}"),
        };
        text.push_str(&crate::error::after(retries));
        text
    }
}

fn parse_url(url: &str) -> Result<Url> {
    let parsed = Url::parse(url).map_err(|e| Error::Usage(format!("{url}: not a URL ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::Usage(format!("{url}: not an http or https URL")));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::Usage(format!(
            "{}: credentials in the URL are refused (they would be stored and shown); give --user and $RACEGRAPH_PUSH_PASSWORD, or $RACEGRAPH_PUSH_TOKEN",
            parsed.host_str().unwrap_or(url)
        )));
    }
    Ok(parsed)
}

/// The environment variable holding the password of `--user`.
pub const PASSWORD_VAR: &str = "RACEGRAPH_PUSH_PASSWORD";
/// The environment variable holding a bearer token.
pub const TOKEN_VAR: &str = "RACEGRAPH_PUSH_TOKEN";

impl Auth {
    /// The authentication a command asks for: `scheme` (basic, digest,
    /// bearer, none) or, without one, bearer when the token variable is set,
    /// basic when a user is given, else none. Secrets come from the
    /// environment ([`PASSWORD_VAR`], [`TOKEN_VAR`]), never from arguments.
    pub fn from_env(scheme: Option<&str>, user: Option<&str>) -> Result<Auth> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let scheme = match scheme {
            Some(s) => s.to_ascii_lowercase(),
            None if var(TOKEN_VAR).is_some() => "bearer".to_string(),
            None if user.is_some() => "basic".to_string(),
            None => "none".to_string(),
        };
        let credentials = || -> Result<(String, String)> {
            let user = user.ok_or_else(|| {
                Error::Usage(format!(
                    "--auth {scheme} needs --user (and ${PASSWORD_VAR})"
                ))
            })?;
            let password = var(PASSWORD_VAR).ok_or_else(|| {
                Error::Usage(format!(
                    "--auth {scheme}: set ${PASSWORD_VAR} to the password of {user}"
                ))
            })?;
            Ok((user.to_string(), password))
        };
        match scheme.as_str() {
            "none" => Ok(Auth::None),
            "basic" => {
                let (user, password) = credentials()?;
                Ok(Auth::Basic { user, password })
            }
            "digest" => {
                let (user, password) = credentials()?;
                Ok(Auth::digest(&user, &password))
            }
            "bearer" => var(TOKEN_VAR).map(Auth::Bearer).ok_or_else(|| {
                Error::Usage(format!("--auth bearer: set ${TOKEN_VAR} to the token"))
            }),
            other => Err(Error::Usage(format!(
                "--auth {other}: expected basic, digest, bearer or none"
            ))),
        }
    }
}
