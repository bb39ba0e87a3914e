//! Starting `racegraph serve` (the real binary) on a free loopback port and
//! speaking to it with curl; finding the tools the tests need.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running server; stopped when dropped.
pub struct Server {
    child: Child,
    pub base: String,
    log: Arc<Mutex<Vec<String>>>,
    /// The thread that reads the log; it ends when the server exits.
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Starts `racegraph --store STORE serve --bind 127.0.0.1:0 ARGS` and
    /// waits for the line that says where it listens.
    pub fn start(store: &Path, args: &[&str]) -> Server {
        Self::start_with_env(store, args, &[])
    }

    pub fn start_with_env(store: &Path, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_racegraph"));
        cmd.arg("--store")
            .arg(store)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .env_remove("RACEGRAPH_UPDATE_TOKEN")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start racegraph serve");
        let stderr = child.stderr.take().expect("stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let sink = log.clone();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split(" on http://").nth(1) {
                    let addr = rest.split('/').next().unwrap_or_default().to_string();
                    let _ = tx.send(addr);
                }
                sink.lock().expect("log").push(line);
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(a) => a,
            Err(_) => {
                let _ = child.kill();
                panic!("the server did not start: {:?}", log.lock().expect("log"));
            }
        };
        Server {
            child,
            base: format!("http://{addr}"),
            log,
            reader: Some(reader),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The server's log lines so far.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().expect("log").clone()
    }

    /// Sends SIGTERM, as a service manager stops a server.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM failed");
    }

    /// Waits for the server to exit; its exit status, or `None` if it is
    /// still running after `within`.
    pub fn wait_exit(&mut self, within: Duration) -> Option<std::process::ExitStatus> {
        let t = Instant::now();
        while t.elapsed() < within {
            if let Ok(Some(status)) = self.child.try_wait() {
                // Every line the server wrote before it exited is in the
                // log once the reader has seen the end of its output.
                if let Some(reader) = self.reader.take() {
                    let _ = reader.join();
                }
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    /// Waits until a log line contains `needle`.
    pub fn wait_log(&self, needle: &str, within: Duration) -> bool {
        let t = Instant::now();
        while t.elapsed() < within {
            if self.log().iter().any(|l| l.contains(needle)) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP answer as curl saw it.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Finds a tool: `$VAR` if set, else `default` on the PATH. Missing, it
/// fails the test in CI (`CI=true`) and is skipped (with a line saying so)
/// elsewhere.
pub fn tool(var: &str, default: &str) -> Option<PathBuf> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if let Ok(p) = std::env::var(var) {
        let p = PathBuf::from(p);
        if p.exists() {
            return Some(p);
        }
        assert!(!ci, "{var}={} does not exist", p.display());
    }
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(default))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(!ci, "{default} is needed in CI (set {var} or install it)");
        eprintln!("skipped: {default} not found (set {var})");
    }
    found
}

/// Runs curl with `args` (a URL among them) and returns the answer.
pub fn curl(args: &[&str]) -> Option<Answer> {
    let curl = tool("RACEGRAPH_TEST_CURL", "curl")?;
    let out = Command::new(curl)
        .args(["-s", "-S", "-i", "-H", "Expect:"])
        .args(args)
        .output()
        .expect("run curl");
    assert!(
        out.status.success(),
        "curl {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(parse(&out.stdout))
}

fn parse(raw: &[u8]) -> Answer {
    let mut rest = raw;
    loop {
        let end = rest
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("end of headers");
        let head = String::from_utf8_lossy(&rest[..end]).into_owned();
        rest = &rest[end + 4..];
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .expect("status line");
        if status == 100 {
            continue;
        }
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        return Answer {
            status,
            headers,
            body: rest.to_vec(),
        };
    }
}

/// GET `url` with the query URL-encoded by curl.
pub fn get_query(url: &str, query: &str, accept: Option<&str>) -> Option<Answer> {
    let q = format!("query={query}");
    let mut args = vec!["-G", url, "--data-urlencode", q.as_str()];
    let h;
    if let Some(a) = accept {
        h = format!("Accept: {a}");
        args.extend(["-H", h.as_str()]);
    }
    curl(&args)
}

/// A store built from some of data/articles, in its own temporary folder.
pub fn build_store(dir: &Path, articles: &[&str]) -> PathBuf {
    let store = dir.join("store.db");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_racegraph"))
        .arg("--store")
        .arg(&store)
        .args(["build", "-q"])
        .args(articles)
        .current_dir(root)
        .output()
        .expect("build");
    assert!(
        out.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    store
}
