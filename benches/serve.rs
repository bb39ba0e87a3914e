//! `racegraph serve` beside `oxigraph serve-read-only` on the same data:
//! requests per second and p50/p99 latency for a point lookup, a
//! competency question and an aggregate, at 1, 8 and 32 concurrent
//! clients, measured by `wrk` on loopback, the two servers alternated
//! `RACEGRAPH_BENCH_ROUNDS` times (default 3), each figure the median of
//! the rounds. Prints figures and ratios; asserts nothing.
//!
//! `cargo bench --bench serve`. Needs `wrk` (Debian package) and the
//! `oxigraph` command (PyPI package `oxigraph`, pinned in .ci/run's venv;
//! found as `$RACEGRAPH_BENCH_OXIGRAPH`, on the PATH, or in
//! `~/.cache/racegraph-venv/bin`). `RACEGRAPH_BENCH_SECS` sets each run's
//! length (default 5).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PREFIXES: &str = "PREFIX rg: <https://w3id.org/racegraph/ontology#>\n\
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find(var: &str, name: &str, extra: &[PathBuf]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.exists())
    {
        return Some(p);
    }
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(extra.iter().cloned())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(7979)
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The JSON answer of `url`, by curl.
fn fetch(url: &str) -> Option<serde_json::Value> {
    let out = Command::new("curl")
        .args([
            "-s",
            "-f",
            "-H",
            "Accept: application/sparql-results+json",
            url,
        ])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    serde_json::from_slice(&out.stdout).ok()
}

fn wait_for(url: &str) -> bool {
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(30) {
        if fetch(url).is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// Rows of a JSON answer, sorted, so two servers can be compared.
fn rows(v: &serde_json::Value) -> Vec<String> {
    let mut r: Vec<String> = v["results"]["bindings"]
        .as_array()
        .map(|a| a.iter().map(|b| b.to_string()).collect())
        .unwrap_or_default();
    r.sort();
    r
}

struct Figures {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

fn ms(s: &str) -> f64 {
    let (num, unit) = s.split_at(s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len()));
    let n: f64 = num.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => n / 1000.0,
        "ms" => n,
        "s" => n * 1000.0,
        "m" => n * 60_000.0,
        _ => f64::NAN,
    }
}

/// Each figure's median over runs (errors summed).
fn median(runs: &[Figures]) -> Figures {
    let mid = |f: fn(&Figures) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    Figures {
        rps: mid(|f| f.rps),
        p50_ms: mid(|f| f.p50_ms),
        p99_ms: mid(|f| f.p99_ms),
        errors: runs.iter().map(|f| f.errors).sum(),
    }
}

fn wrk(wrk: &Path, url: &str, clients: usize, secs: u64) -> Figures {
    let threads = clients.clamp(1, 2).to_string();
    let out = Command::new(wrk)
        .args([
            "-t",
            &threads,
            "-c",
            &clients.to_string(),
            "-d",
            &format!("{secs}s"),
        ])
        .args(["--latency", "--timeout", "10s"])
        .args(["-H", "Accept: application/sparql-results+json", url])
        .output()
        .expect("run wrk");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut f = Figures {
        rps: f64::NAN,
        p50_ms: f64::NAN,
        p99_ms: f64::NAN,
        errors: 0,
    };
    for line in text.lines() {
        let w: Vec<&str> = line.split_whitespace().collect();
        match w.as_slice() {
            ["50%", v] => f.p50_ms = ms(v),
            ["99%", v] => f.p99_ms = ms(v),
            ["Requests/sec:", v] => f.rps = v.parse().unwrap_or(f64::NAN),
            ["Non-2xx", "or", "3xx", "responses:", n] => f.errors += n.parse::<u64>().unwrap_or(0),
            ["Socket", "errors:", ..] => f.errors += 1,
            _ => {}
        }
    }
    f
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let secs: u64 = std::env::var("RACEGRAPH_BENCH_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let rounds: usize = std::env::var("RACEGRAPH_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n >= 1)
        .unwrap_or(3);
    let Some(wrk_bin) = find("RACEGRAPH_BENCH_WRK", "wrk", &[]) else {
        println!("serve benchmark skipped: wrk not found (apt-get install wrk)");
        return;
    };
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let oxigraph = find(
        "RACEGRAPH_BENCH_OXIGRAPH",
        "oxigraph",
        &[home.join(".cache/racegraph-venv/bin")],
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store.db");
    let racegraph = env!("CARGO_BIN_EXE_racegraph");
    let built = Command::new(racegraph)
        .arg("--store")
        .arg(&store)
        .args(["build", "-q", "data/articles"])
        .current_dir(&root)
        .output()
        .expect("build");
    assert!(built.status.success(), "build failed");

    // racegraph serve.
    let mut child = Command::new(racegraph)
        .arg("--store")
        .arg(&store)
        .args(["serve", "--quiet", "--bind", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("racegraph serve");
    let stderr = child.stderr.take().expect("stderr");
    let ours = Proc(child);
    let mut first = String::new();
    let mut reader = BufReader::new(stderr);
    reader.read_line(&mut first).expect("first line");
    std::thread::spawn(move || for _ in reader.lines() {});
    let addr = first
        .split(" on http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .expect("address")
        .to_string();
    let ours_url = format!("http://{addr}/sparql");

    // oxigraph serve-read-only on the same store, else on a copy loaded
    // from racegraph's N-Quads export.
    let mut peer: Option<(Proc, String, String)> = None;
    if let Some(ox) = &oxigraph {
        let version = Command::new(ox)
            .arg("--version")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default();
        let port = free_port();
        let start = |location: &Path| -> Option<Proc> {
            let p = Proc(
                Command::new(ox)
                    .arg("serve-read-only")
                    .arg("--location")
                    .arg(location)
                    .args([
                        "--bind",
                        &format!("127.0.0.1:{port}"),
                        "--union-default-graph",
                    ])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .ok()?,
            );
            wait_for(&format!("http://127.0.0.1:{port}/query?query=ASK%7B%7D")).then_some(p)
        };
        let how;
        let p = match start(&store) {
            Some(p) => {
                how = "the same store".to_string();
                Some(p)
            }
            None => {
                let nq = dir.path().join("export.nq");
                let own = dir.path().join("oxigraph.db");
                let _ = Command::new(racegraph)
                    .arg("--store")
                    .arg(&store)
                    .args(["export", "--format", "nquads", "-o"])
                    .arg(&nq)
                    .status();
                let _ = Command::new(ox)
                    .args(["load", "--location"])
                    .arg(&own)
                    .arg("--file")
                    .arg(&nq)
                    .status();
                how = "its own store, loaded from racegraph's N-Quads export (it could not open racegraph's store)".into();
                start(&own)
            }
        };
        if let Some(p) = p {
            peer = Some((
                p,
                format!("http://127.0.0.1:{port}/query"),
                format!("{version}, on {how}"),
            ));
        }
    }
    if !wait_for(&format!("{ours_url}?query=ASK%7B%7D")) {
        println!("racegraph serve did not answer");
        return;
    }
    match &peer {
        Some((_, _, how)) => println!("peer: {how}"),
        None => println!("peer: oxigraph CLI not found (pip install oxigraph), racegraph alone"),
    }

    let cq01 = std::fs::read_to_string(root.join("queries/cq01-winners-2025.rq")).expect("cq01");
    let queries = [
        (
            "point lookup",
            format!("{PREFIXES}SELECT ?label WHERE {{ <https://w3id.org/racegraph/resource/person/pak-kum-dong> rdfs:label ?label }}"),
        ),
        ("competency question (cq01)", cq01),
        (
            "aggregate",
            format!("{PREFIXES}SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?class }} GROUP BY ?class ORDER BY DESC(?n) ?class"),
        ),
    ];
    println!(
        "\n{:<28} {:>7}  {:>26}  {:>26}  {:>17}",
        "query", "clients", "racegraph rps p50 p99", "oxigraph rps p50 p99", "ratio rps / p99"
    );
    for (name, q) in &queries {
        let ours_q = format!("{ours_url}?query={}", encode(q));
        let peer_q = peer
            .as_ref()
            .map(|(_, u, _)| format!("{u}?query={}", encode(q)));
        // Same work: the same answer from both.
        let a = fetch(&ours_q).map(|v| rows(&v)).unwrap_or_default();
        assert!(!a.is_empty(), "{name}: racegraph gave no rows");
        if let Some(pq) = &peer_q {
            let b = fetch(pq).map(|v| rows(&v)).unwrap_or_default();
            assert_eq!(a, b, "{name}: the two servers disagree");
        }
        for clients in [1usize, 8, 32] {
            // The two servers one after the other, `rounds` times: the
            // machine's load moves between runs, so each figure is the
            // median of the rounds.
            let mut ours_runs = Vec::new();
            let mut peer_runs = Vec::new();
            for _ in 0..rounds {
                ours_runs.push(wrk(&wrk_bin, &ours_q, clients, secs));
                if let Some(u) = &peer_q {
                    peer_runs.push(wrk(&wrk_bin, u, clients, secs));
                }
            }
            let o = median(&ours_runs);
            let p = (!peer_runs.is_empty()).then(|| median(&peer_runs));
            let cell =
                |f: &Figures| format!("{:>8.0} {:>7.2}ms {:>7.2}ms", f.rps, f.p50_ms, f.p99_ms);
            let (pcell, ratio) = match &p {
                Some(p) => (
                    cell(p),
                    format!("{:>6.2}x / {:>5.2}x", o.rps / p.rps, o.p99_ms / p.p99_ms),
                ),
                None => ("-".into(), "-".into()),
            };
            println!(
                "{name:<28} {clients:>7}  {}  {pcell:>26}  {ratio:>17}",
                cell(&o)
            );
            if o.errors > 0 || p.as_ref().is_some_and(|p| p.errors > 0) {
                println!(
                    "  errors: racegraph {}, oxigraph {}",
                    o.errors,
                    p.map(|p| p.errors).unwrap_or(0)
                );
            }
        }
    }
    println!("\nfigures: medians of {rounds} alternated runs of {secs} s each; ratio: racegraph rps / oxigraph rps (above 1: racegraph serves more), racegraph p99 / oxigraph p99 (below 1: racegraph is quicker)");
    drop(ours);
}
