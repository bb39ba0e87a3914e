//! The push bench: `cargo bench --profile dev --bench push`. Prints
//! figures; asserts nothing.
//!
//! Generates `RACEGRAPH_PUSH_ARTICLES` synthetic articles (default 1,000;
//! `benches/common/synth.rs`) and builds them into a temporary store with
//! this build's `racegraph`. Then, for each engine found the way the push
//! tests find them (`tests/push/engines.rs`: the Oxigraph server from
//! `$RACEGRAPH_OXIGRAPH` or `$RACEGRAPH_VENV`, Virtuoso 7 from
//! `$RACEGRAPH_VIRTUOSO` or `virtuoso-t` on the PATH; a missing one is
//! skipped with a note on stderr), each instance started fresh on a free
//! loopback port with its database in a temporary folder, side by side:
//!
//! - the reference, into an instance of its own: the same quads sent the
//!   plain way, `racegraph export --format nquads` to a file and one
//!   `POST /store` of it (`application/n-quads`) with `curl`. Virtuoso
//!   7.2.5 takes no dataset in one standard request (its Graph Store
//!   endpoint refuses N-Quads and TriG, and its SPARQL Update compiler gives
//!   up on an `INSERT` of a few thousand triples), so its reference is one
//!   `POST ?graph=` per graph of the same file (as N-Triples, `text/turtle`),
//!   one after the other from one `curl` process;
//! - `racegraph push` of the whole store into another, empty instance;
//! - after a tenth of the articles are rewritten with other content and the
//!   store rebuilt, a second push to it (only the changed graphs travel),
//!   then a third with nothing changed.
//!
//! Prints a table: graphs and triples sent, wall time, triples per second,
//! the ratio of the time to the one-request reference (Oxigraph's, for
//! Virtuoso too), the peak resident memory of the racegraph process (the
//! kernel's `VmHWM`, sampled) and the triples the engine holds afterwards.

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "../tests/push/engines.rs"]
#[allow(dead_code)]
mod engines;
#[path = "common/synth.rs"]
mod synth;

use engines::{encode, Engine};
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The namespace of every graph racegraph writes.
const GRAPHS: &str = "https://w3id.org/racegraph/";

/// What one process did.
struct Run {
    secs: f64,
    peak_mb: f64,
    /// Its standard output and error.
    output: String,
    ok: bool,
}

/// One line of the table.
struct Row {
    engine: &'static str,
    what: String,
    graphs: usize,
    triples: usize,
    secs: f64,
    peak_mb: Option<f64>,
    /// Triples in racegraph's graphs on the engine afterwards.
    held: Option<usize>,
    ok: bool,
}

/// One graph of the exported quads, written as N-Triples to a file.
struct Graph {
    iri: String,
    file: PathBuf,
    triples: usize,
}

fn main() {
    let n: usize = std::env::var("RACEGRAPH_PUSH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1000);
    let tmp = tempfile::tempdir().expect("temporary folder");
    let dir = tmp.path();
    let corpus = dir.join("corpus");
    let bytes = synth::synthesize(&corpus, n).expect("writing the corpus");
    println!(
        "== push: {n} synthetic articles, {:.1} MB, {} cores",
        bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );
    let racegraph = PathBuf::from(env!("CARGO_BIN_EXE_racegraph"));
    let store = dir.join("racegraph.db");
    let rg = || {
        let mut cmd = Command::new(&racegraph);
        cmd.env_remove("RACEGRAPH_STORE").arg("--store").arg(&store);
        cmd
    };
    let build = measure("build (fresh store)", rg().arg("build").arg(&corpus), dir);
    let quads = dir.join("store.nq");
    let mut cmd = rg();
    cmd.args(["export", "--format", "nquads", "--output"])
        .arg(&quads);
    let export = measure("export --format nquads", &mut cmd, dir);
    if !build.ok || !export.ok {
        return;
    }
    let graphs = split_by_graph(&quads, &dir.join("graphs")).expect("splitting the quads");
    let total: usize = graphs.iter().map(|g| g.triples).sum();
    println!(
        "the store: {} graphs, {total} triples, {:.0} MB of N-Quads",
        graphs.len(),
        std::fs::metadata(&quads).map_or(0.0, |m| m.len() as f64 / 1e6)
    );

    let mut rows = Vec::new();
    let mut pushed: Vec<Engine> = Vec::new();
    let starts: [fn() -> Option<Engine>; 2] = [engines::oxigraph, engines::virtuoso];
    for start in starts {
        // The reference, into an instance of its own.
        let Some(engine) = start() else { continue };
        let name = engine.name;
        if name == "oxigraph" {
            let (secs, ok) = post_quads(&engine, &quads, dir);
            let held = remote_triples(&engine);
            for (what, secs) in [
                ("one POST of the N-Quads", secs),
                ("export + one POST", export.secs + secs),
            ] {
                rows.push(Row {
                    engine: name,
                    what: what.to_string(),
                    graphs: graphs.len(),
                    triples: total,
                    secs,
                    peak_mb: None,
                    held,
                    ok,
                });
            }
        } else {
            let (secs, ok) = post_graphs(&engine, &graphs, dir);
            rows.push(Row {
                engine: name,
                what: "one POST per graph (curl)".to_string(),
                graphs: graphs.len(),
                triples: total,
                secs,
                peak_mb: None,
                held: remote_triples(&engine),
                ok,
            });
        }
        drop(engine);
        // The first push, into an empty instance.
        let Some(engine) = start() else { continue };
        rows.push(push(&rg, &engine, "first push, empty engine", dir));
        pushed.push(engine);
    }

    let changed = rewrite_tenth(&corpus, n, &dir.join("other")).expect("rewriting articles");
    let rebuild = measure(
        &format!("build ({changed} articles rewritten)"),
        rg().arg("build").arg(&corpus),
        dir,
    );
    let after = regex::Regex::new(r"(\d+) triples in the store")
        .expect("regex")
        .captures(&rebuild.output)
        .and_then(|c| c[1].parse::<usize>().ok());
    if let Some(t) = after {
        println!("the store after the rebuild: {t} triples");
    }
    for engine in &pushed {
        let what = format!("second push, {changed} articles changed");
        rows.push(push(&rg, engine, &what, dir));
        rows.push(push(&rg, engine, "third push, nothing changed", dir));
    }
    drop(pushed);

    // Each engine's rows together; Oxigraph's one request is the
    // reference for every engine.
    rows.sort_by_key(|r| r.engine != "oxigraph");
    let reference = rows
        .iter()
        .find(|r| r.engine == "oxigraph" && r.what.starts_with("one POST") && r.ok)
        .map(|r| r.secs);
    println!(
        "\n| engine | what | graphs | triples | seconds | triples/s | time / one-request reference | racegraph peak RSS | triples on the engine after |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for r in &rows {
        let rate = if r.triples > 0 {
            format!("{:.0}", r.triples as f64 / r.secs)
        } else {
            "—".to_string()
        };
        let ratio = reference.map_or("—".to_string(), |s| format!("{:.2}", r.secs / s));
        let peak = r.peak_mb.map_or("—".to_string(), |m| format!("{m:.0} MB"));
        let held = r.held.map_or("?".to_string(), |h| h.to_string());
        println!(
            "| {} | {}{} | {} | {} | {:.1} | {rate} | {ratio} | {peak} | {held} |",
            r.engine,
            r.what,
            if r.ok { "" } else { " (FAILED)" },
            r.graphs,
            r.triples,
            r.secs
        );
    }
}

/// `racegraph push` of the store to `engine`, as a row of the table.
fn push(rg: &dyn Fn() -> Command, engine: &Engine, what: &str, dir: &Path) -> Row {
    let mut cmd = rg();
    cmd.args(["push", &engine.gsp])
        .args(&engine.auth_args)
        .envs(engine.auth_env.iter().copied());
    let run = measure(&format!("{}: {what}", engine.name), &mut cmd, dir);
    let summary =
        regex::Regex::new(r"(\d+) graphs put, (\d+) deleted, \d+ unchanged; (\d+) triples")
            .expect("regex")
            .captures(&run.output)
            .map(|c| [1, 2, 3].map(|i| c[i].parse::<usize>().unwrap_or(0)));
    let [put, deleted, triples] = summary.unwrap_or_default();
    let what = if deleted > 0 {
        format!("{what} ({put} put, {deleted} deleted)")
    } else {
        what.to_string()
    };
    Row {
        engine: engine.name,
        what,
        graphs: put + deleted,
        triples,
        secs: run.secs,
        peak_mb: Some(run.peak_mb),
        held: remote_triples(engine),
        ok: run.ok && summary.is_some(),
    }
}

/// Runs `cmd` to its end, sampling its peak resident memory; its output
/// goes to a file, shown if it fails.
fn measure(what: &str, cmd: &mut Command, dir: &Path) -> Run {
    let log = dir.join("output.log");
    let out = std::fs::File::create(&log).expect("log file");
    let err = out.try_clone().expect("log file");
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let status = format!("/proc/{}/status", child.id());
    let mut peak: f64 = 0.0;
    let exit = loop {
        if let Ok(Some(exit)) = child.try_wait() {
            break exit;
        }
        if let Ok(s) = std::fs::read_to_string(&status) {
            let hwm = s
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok());
            peak = peak.max(hwm.unwrap_or(0.0) / 1024.0);
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let secs = started.elapsed().as_secs_f64();
    let output = std::fs::read_to_string(&log).unwrap_or_default();
    if exit.success() {
        println!("{what}: {secs:.1} s, peak RSS {peak:.0} MB");
    } else {
        let head: Vec<&str> = output.lines().take(20).collect();
        println!("{what}: {exit}\n{}", head.join("\n"));
    }
    Run {
        secs,
        peak_mb: peak,
        output,
        ok: exit.success(),
    }
}

/// Writes each graph of an N-Quads file to a file of its own as N-Triples.
/// Every quad racegraph exports is in a named graph, the line's last term.
fn split_by_graph(quads: &Path, to: &Path) -> std::io::Result<Vec<Graph>> {
    std::fs::create_dir_all(to)?;
    let mut graphs: Vec<Graph> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut current: Option<(usize, std::io::BufWriter<std::fs::File>)> = None;
    for line in std::io::BufReader::new(std::fs::File::open(quads)?).lines() {
        let line = line?;
        let Some(body) = line.trim_end().strip_suffix(" .") else {
            continue;
        };
        let Some(at) = body.rfind(" <") else { continue };
        let (triple, iri) = (&body[..at], &body[at + 1..]);
        let i = *index.entry(iri.to_string()).or_insert_with(|| {
            graphs.push(Graph {
                iri: iri.trim_matches(['<', '>']).to_string(),
                file: to.join(format!("{:06}.nt", graphs.len())),
                triples: 0,
            });
            graphs.len() - 1
        });
        if current.as_ref().is_none_or(|(c, _)| *c != i) {
            if let Some((_, mut w)) = current.take() {
                w.flush()?;
            }
            let file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&graphs[i].file)?;
            current = Some((i, std::io::BufWriter::new(file)));
        }
        if let Some((_, w)) = current.as_mut() {
            writeln!(w, "{triple} .")?;
        }
        graphs[i].triples += 1;
    }
    if let Some((_, mut w)) = current {
        w.flush()?;
    }
    Ok(graphs)
}

/// `curl` configuration lines for the engine's credentials (digest or
/// basic), kept off the command line as racegraph keeps them.
fn curl_auth(engine: &Engine) -> String {
    let args = &engine.auth_args;
    let Some(user) = args
        .iter()
        .position(|a| *a == "--user")
        .map(|i| args[i + 1])
    else {
        return String::new();
    };
    let password = engine
        .auth_env
        .iter()
        .find(|(k, _)| *k == "RACEGRAPH_PUSH_PASSWORD")
        .map_or("", |(_, v)| v);
    let scheme = if args.contains(&"digest") {
        "digest\n"
    } else {
        ""
    };
    format!("{scheme}user = \"{user}:{password}\"\n")
}

/// Runs `curl -K` on `config` (requests separated by `next`); its output
/// is the status of each request, one a line.
fn curl(what: &str, config: &str, dir: &Path) -> (f64, bool) {
    let file = dir.join("requests.curl");
    std::fs::write(&file, config).expect("curl config");
    let run = measure(what, Command::new("curl").arg("-K").arg(&file), dir);
    let refused: Vec<&str> = run.output.lines().filter(|l| !l.starts_with('2')).collect();
    if let Some(first) = refused.first() {
        println!("  {} requests refused; first: {first}", refused.len());
    }
    (run.secs, run.ok && refused.is_empty())
}

/// One request's `curl` configuration: a `POST` of `file` to `url`.
fn request(url: &str, content_type: &str, file: &str, auth: &str) -> String {
    format!(
        "url = \"{url}\"\nrequest = \"POST\"\nheader = \"Content-Type: {content_type}\"\n\
         header = \"Expect:\"\n{file}\noutput = \"/dev/null\"\n\
         write-out = \"%{{http_code}}\\n\"\nsilent\nshow-error\n{auth}"
    )
}

/// One `POST` of the whole N-Quads file to the engine's Graph Store
/// endpoint (streamed from the file): the time and whether it was accepted.
fn post_quads(engine: &Engine, quads: &Path, dir: &Path) -> (f64, bool) {
    let file = format!("upload-file = \"{}\"", quads.display());
    let config = request(
        &engine.gsp,
        "application/n-quads",
        &file,
        &curl_auth(engine),
    );
    curl(
        &format!("{}: one POST of the N-Quads", engine.name),
        &config,
        dir,
    )
}

/// One `POST ?graph=` per graph, one after the other from one `curl`
/// process.
fn post_graphs(engine: &Engine, graphs: &[Graph], dir: &Path) -> (f64, bool) {
    let auth = curl_auth(engine);
    let requests: Vec<String> = graphs
        .iter()
        .map(|g| {
            let url = format!("{}?graph={}", engine.gsp, encode(&g.iri));
            let file = format!("data-binary = \"@{}\"", g.file.display());
            request(&url, "text/turtle", &file, &auth)
        })
        .collect();
    let what = format!("{}: one POST per graph", engine.name);
    curl(&what, &requests.join("next\n"), dir)
}

/// The triples in racegraph's graphs on the engine, by one SPARQL query;
/// None if it did not answer.
fn remote_triples(engine: &Engine) -> Option<usize> {
    let query = format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{GRAPHS}\")) }}"
    );
    let answer = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(600))
        .build()
        .ok()?
        .post(&engine.query)
        .header("Accept", "application/sparql-results+json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("query={}", encode(&query)))
        .send()
        .ok()?;
    let v: serde_json::Value = serde_json::from_str(&answer.text().ok()?).ok()?;
    v["results"]["bindings"][0]["n"]["value"]
        .as_str()?
        .parse()
        .ok()
}

/// Rewrites a tenth of the articles (at least one), spread over the corpus
/// and its styles, with the text of articles the corpus does not have (the
/// ones after its last, generated into `scratch`); returns how many.
fn rewrite_tenth(corpus: &Path, n: usize, scratch: &Path) -> std::io::Result<usize> {
    let m = (n / 10).max(1);
    synth::synthesize(scratch, n + m)?;
    let path = |dir: &Path, i: usize| dir.join(format!("{:03}/{i:06}.md", i / 1000));
    for j in 0..m {
        let k = Some(j * 10 + j % 10).filter(|&k| k < n).unwrap_or(j);
        std::fs::copy(path(scratch, n + j), path(corpus, k))?;
    }
    Ok(m)
}
