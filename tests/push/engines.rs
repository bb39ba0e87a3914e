//! The remote engines the push tests send to, started by the tests on
//! free loopback ports with databases in temporary folders: the Oxigraph
//! server (`oxigraph serve`, PyPI) and Virtuoso 7 (`virtuoso-t`, Debian's
//! `virtuoso-opensource-7-bin`), and asked questions over HTTP.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running engine; killed, and its database removed, when dropped.
pub struct Engine {
    pub name: &'static str,
    child: Child,
    /// The Graph Store Protocol endpoint.
    pub gsp: String,
    /// The SPARQL 1.1 query and update endpoints.
    pub query: String,
    pub update: String,
    /// What racegraph needs to write there: arguments and environment.
    pub auth_args: Vec<&'static str>,
    pub auth_env: Vec<(&'static str, &'static str)>,
    /// Columns of competency questions the engine cannot answer as stored
    /// (question, variable, why), left out of the comparison.
    pub defects: Vec<(&'static str, &'static str, &'static str)>,
    _dir: tempfile::TempDir,
}

impl Drop for Engine {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// `$VAR` if set, else the first of `candidates` that exists, else `name`
/// on the PATH. Missing: a failure in CI, a skip (said on stderr) elsewhere.
fn find(var: &str, name: &str, candidates: &[PathBuf]) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(var) {
        let p = PathBuf::from(p);
        assert!(p.is_file() || !ci(), "{var}={} does not exist", p.display());
        if p.is_file() {
            return Some(p);
        }
    }
    let on_path = std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let found = candidates
        .iter()
        .chain(&on_path)
        .find(|p| p.is_file())
        .cloned();
    if found.is_none() {
        assert!(
            !ci(),
            "{name} is needed in CI (scripts/setup.sh --ci installs it; or set {var})"
        );
        eprintln!("skipped: {name} not found (scripts/setup.sh --ci installs it; or set {var})");
    }
    found
}

/// Waits until `url` answers at all (any status), or panics with `log`.
fn wait_for(url: &str, within: Duration, child: &mut Child, what: &str) {
    let client = reqwest::blocking::Client::new();
    let start = Instant::now();
    loop {
        if client.get(url).send().is_ok() {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{what} stopped before it answered ({status})");
        }
        assert!(
            start.elapsed() < within,
            "{what} did not answer {url} within {within:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `oxigraph serve` on a new database; the default graph of its queries
/// is the union of the graphs, as racegraph's is.
pub fn oxigraph() -> Option<Engine> {
    oxigraph_at(free_port())
}

/// The `oxigraph` command, if there is one.
pub fn oxigraph_bin() -> Option<PathBuf> {
    let venv = std::env::var_os("RACEGRAPH_VENV")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/racegraph-venv"))
        });
    let candidates: Vec<PathBuf> = venv.into_iter().map(|v| v.join("bin/oxigraph")).collect();
    find("RACEGRAPH_OXIGRAPH", "oxigraph", &candidates)
}

/// `oxigraph serve` on `port`.
pub fn oxigraph_at(port: u16) -> Option<Engine> {
    let bin = oxigraph_bin()?;
    let dir = tempfile::tempdir().expect("tempdir");
    let base = format!("http://127.0.0.1:{port}");
    let mut child = Command::new(bin)
        .arg("serve")
        .arg("--location")
        .arg(dir.path().join("db"))
        .args([
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--union-default-graph",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start oxigraph serve");
    wait_for(&base, Duration::from_secs(60), &mut child, "oxigraph serve");
    Some(Engine {
        name: "oxigraph",
        child,
        gsp: format!("{base}/store"),
        query: format!("{base}/query"),
        update: format!("{base}/update"),
        auth_args: vec![],
        auth_env: vec![],
        defects: vec![],
        _dir: dir,
    })
}

/// Virtuoso 7 on a new database (`virtuoso.ini` written for it), written
/// to through its Graph Store Protocol endpoint with digest authentication
/// (`/sparql-graph-crud-auth`, user `dba`).
pub fn virtuoso() -> Option<Engine> {
    let bin = find("RACEGRAPH_VIRTUOSO", "virtuoso-t", &[])?;
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().display().to_string();
    let (sql, http) = (free_port(), free_port());
    let ini = format!(
        "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\n\
         LockFile = {d}/virtuoso.lck\nTransactionFile = {d}/virtuoso.trx\n\
         xa_persistent_file = {d}/virtuoso.pxa\nErrorLogLevel = 7\nFileExtend = 200\n\
         MaxCheckpointRemap = 2000\nStriping = 0\nTempStorage = TempDatabase\n\n\
         [TempDatabase]\nDatabaseFile = {d}/virtuoso-temp.db\nTransactionFile = {d}/virtuoso-temp.trx\n\
         MaxCheckpointRemap = 2000\nStriping = 0\n\n\
         [Parameters]\nServerPort = 127.0.0.1:{sql}\nDisableUnixSocket = 1\nServerThreads = 10\n\
         CheckpointInterval = 60\nNumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\nDirsAllowed = ., {d}\n\n\
         [HTTPServer]\nServerPort = 127.0.0.1:{http}\nServerRoot = {d}\nMaxClientConnections = 5\nServerThreads = 5\n\n\
         [SPARQL]\nResultSetMaxRows = 100000\nMaxQueryExecutionTime = 60\n"
    );
    let ini_path = dir.path().join("virtuoso.ini");
    std::fs::write(&ini_path, ini).expect("write virtuoso.ini");
    let base = format!("http://127.0.0.1:{http}");
    let mut child = Command::new(bin)
        .args(["+foreground", "+configfile"])
        .arg(&ini_path)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start virtuoso-t");
    wait_for(
        &format!("{base}/sparql"),
        Duration::from_secs(180),
        &mut child,
        "virtuoso-t",
    );
    Some(Engine {
        name: "virtuoso",
        child,
        gsp: format!("{base}/sparql-graph-crud-auth"),
        query: format!("{base}/sparql"),
        update: format!("{base}/sparql-auth"),
        auth_args: vec!["--auth", "digest", "--user", "dba"],
        auth_env: vec![("RACEGRAPH_PUSH_PASSWORD", "dba")],
        defects: vec![(
            "cq01-winners-2025",
            "time",
            "Virtuoso 7.2.5 turns xsd:duration literals into wrong numbers of seconds as it loads them (PT35M11S becomes 2111.11)",
        )],
        _dir: dir,
    })
}

/// `racegraph serve` on a store of its own that accepts writes with the
/// bearer token `token`.
pub fn racegraph_serve(token: &'static str) -> Engine {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_racegraph"))
        .arg("--store")
        .arg(dir.path().join("remote.db"))
        .args(["serve", "--quiet", "--bind", &format!("127.0.0.1:{port}")])
        .env("RACEGRAPH_UPDATE_TOKEN", token)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start racegraph serve");
    wait_for(
        &format!("{base}/health"),
        Duration::from_secs(60),
        &mut child,
        "racegraph serve",
    );
    Engine {
        name: "racegraph",
        child,
        gsp: format!("{base}/store"),
        query: format!("{base}/sparql"),
        update: format!("{base}/update"),
        auth_args: vec![],
        auth_env: vec![("RACEGRAPH_PUSH_TOKEN", token)],
        defects: vec![],
        _dir: dir,
    }
}

/// SPARQL JSON results: variables, rows (None for unbound), or a boolean.
pub type Answer = crate::common::Results;

impl Engine {
    /// Asks the engine a query (SPARQL 1.1 Protocol, a URL-encoded POST).
    pub fn ask(&self, query: &str) -> Answer {
        let answer = reqwest::blocking::Client::new()
            .post(&self.query)
            .header("Accept", "application/sparql-results+json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(format!("query={}", encode(query)))
            .send()
            .expect("query the engine");
        let status = answer.status();
        let text = answer.text().expect("answer text");
        assert!(status.is_success(), "{}: {status} {text}", self.name);
        let v: serde_json::Value = serde_json::from_str(&text).expect("JSON results");
        // Virtuoso 7 answers ASK in JSON as a SELECT of `__ASK_RETVAL`,
        // with no row for false.
        if v["head"]["vars"] == serde_json::json!(["__ASK_RETVAL"]) {
            let rows = v["results"]["bindings"].as_array().expect("bindings");
            let b = rows
                .first()
                .is_some_and(|r| r["__ASK_RETVAL"]["value"] == "1");
            return Answer {
                vars: vec![],
                rows: vec![],
                boolean: Some(b),
            };
        }
        crate::common::results_from_json(&v, |c| Some(canonical(c)))
    }

    /// The number of triples in each graph of racegraph's namespace.
    pub fn graph_sizes(&self) -> Vec<(String, usize)> {
        let a = self.ask(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } \
             FILTER(STRSTARTS(STR(?g), \"https://w3id.org/racegraph/\")) } GROUP BY ?g ORDER BY ?g",
        );
        a.rows
            .iter()
            .map(|r| {
                let g = r[0].clone().unwrap_or_default();
                let n = r[1].as_deref().unwrap_or("0").parse().expect("a count");
                (g, n)
            })
            .collect()
    }
}

/// A term's value; a boolean in its canonical form (Virtuoso writes 0 and 1).
fn canonical(term: &serde_json::Value) -> String {
    let value = term["value"].as_str().unwrap_or_default();
    if term["datatype"] == "http://www.w3.org/2001/XMLSchema#boolean" {
        return match value {
            "1" | "true" => "true",
            _ => "false",
        }
        .to_string();
    }
    value.to_string()
}

/// Percent-encoding of a form value or a query parameter's value.
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
