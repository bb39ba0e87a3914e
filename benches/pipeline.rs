//! Benchmarks: `cargo bench` (or `cargo bench --profile dev` to reuse the
//! test build). Prints figures; asserts nothing.
//!
//! - extraction alone, in MB/s, on the seed corpus, `tests/fixtures/dev` and
//!   `tests/fixtures/realistic`: median and best of `RACEGRAPH_BENCH_ROUNDS`
//!   rounds (default 7) after one warm-up round;
//! - the seed corpus: build, rebuild;
//! - a synthetic corpus of `RACEGRAPH_BENCH_ARTICLES` articles (default
//!   2000): build throughput in MB/s and the resident memory as it goes;
//! - the graph view and each drawing format, for both stores;
//! - how long the HTML page takes to settle in headless Chromium, if found.
//!
//! `RACEGRAPH_BENCH_ONLY=extract` runs the extraction figures alone.

use racegraph_store::pipeline;
use racegraph_store::store::GraphStore;
use racegraph_viz::{self as viz, Selection, VizFormat};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let n: usize = std::env::var("RACEGRAPH_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let rounds: usize = std::env::var("RACEGRAPH_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(7);

    println!("== extraction alone ({rounds} rounds after a warm-up)");
    for (name, dir) in [
        ("seed corpus", "data/articles"),
        ("dev", "tests/fixtures/dev"),
        ("realistic", "tests/fixtures/realistic"),
    ] {
        bench_extract(name, &read_bodies(&root.join(dir)), rounds);
    }
    if std::env::var("RACEGRAPH_BENCH_ONLY").as_deref() == Ok("extract") {
        return;
    }

    let tmp = tempfile::tempdir().expect("temporary folder");
    println!("\n== seed corpus (data/articles)");
    let seed = tmp.path().join("seed.db");
    let seed_store = GraphStore::open(&seed).expect("store");
    bench_build(&seed_store, &[root.join("data/articles")], "build");
    bench_build(
        &seed_store,
        &[root.join("data/articles")],
        "rebuild (unchanged)",
    );
    bench_viz(&seed_store, tmp.path(), "seed");

    println!("\n== synthetic corpus ({n} articles)");
    let corpus = tmp.path().join("synthetic");
    let bytes = synthesize(&corpus, n);
    println!("corpus: {n} articles, {:.1} MB", bytes as f64 / 1e6);
    let synth = tmp.path().join("synthetic.db");
    let started = Instant::now();
    let store = GraphStore::open(&synth).expect("store");
    let rss = std::cell::RefCell::new(Vec::new());
    let progress = |done: usize, total: usize| {
        if total >= 10 && done.is_multiple_of(total / 10) {
            rss.borrow_mut().push((done, resident_mb()));
        }
    };
    let report =
        pipeline::build(&store, std::slice::from_ref(&corpus), Some(&progress)).expect("build");
    let secs = started.elapsed().as_secs_f64();
    println!(
        "build: {:.2} s, {:.2} MB/s, {:.0} articles/s; {} entities, {} triples",
        secs,
        bytes as f64 / 1e6 / secs,
        n as f64 / secs,
        report.entities,
        report.triples
    );
    for (done, mb) in rss.borrow().iter() {
        println!("  resident memory after {done} articles: {mb:.0} MB");
    }
    bench_extract("synthetic", &read_bodies(&corpus), 1);
    bench_viz(&store, tmp.path(), "synthetic");
    bench_set_semantics(&store, &root.join("queries"));
}

/// What reading the default graph as a set costs: every query of
/// `queries/` and two scans, as `racegraph query` runs them (set) and over
/// Oxigraph's plain union (a multiset), best of three each.
fn bench_set_semantics(store: &GraphStore, dir: &Path) {
    use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
    let mut queries: Vec<(String, String)> = vec![
        (
            "count all triples".into(),
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }".into(),
        ),
        (
            "count athletes".into(),
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a rg:Athlete }".into(),
        ),
    ];
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    for f in files {
        if let Ok(text) = std::fs::read_to_string(&f) {
            let name = f.file_stem().map(|s| s.to_string_lossy().into_owned());
            queries.push((name.unwrap_or_default(), text));
        }
    }
    // A query that runs longer than this is cancelled and reported so.
    const LIMIT: std::time::Duration = std::time::Duration::from_secs(30);
    let consume = |r: QueryResults| -> Option<usize> {
        match r {
            QueryResults::Solutions(s) => s
                .map(|x| x.ok())
                .collect::<Option<Vec<_>>>()
                .map(|v| v.len()),
            QueryResults::Graph(t) => t
                .map(|x| x.ok())
                .collect::<Option<Vec<_>>>()
                .map(|v| v.len()),
            QueryResults::Boolean(_) => Some(1),
        }
    };
    // Best of three runs, each cancelled after LIMIT; None if cancelled.
    let best = |f: &dyn Fn(CancellationToken) -> Option<usize>| -> Option<(f64, usize)> {
        let mut best: Option<(f64, usize)> = None;
        for _ in 0..3 {
            let token = CancellationToken::new();
            let watchdog = {
                let token = token.clone();
                let (tx, rx) = std::sync::mpsc::channel::<()>();
                let h = std::thread::spawn(move || {
                    if rx.recv_timeout(LIMIT).is_err() {
                        token.cancel();
                    }
                });
                (tx, h)
            };
            let t = Instant::now();
            let n = f(token);
            let secs = t.elapsed().as_secs_f64();
            let _ = watchdog.0.send(());
            let _ = watchdog.1.join();
            let n = n?;
            if best.is_none_or(|b| secs < b.0) {
                best = Some((secs, n));
            }
        }
        best
    };
    let show = |r: Option<(f64, usize)>| match r {
        Some((s, _)) => format!("{:>8.1} ms", s * 1e3),
        None => format!("> {} s (cancelled)", LIMIT.as_secs()),
    };
    println!("set semantics of the default graph (best of 3; rows set/multiset):");
    let (mut total_set, mut total_multi) = (0.0, 0.0);
    for (name, text) in &queries {
        let set = best(&|token| {
            consume(
                store
                    .prepare_with(text, Some(token))
                    .ok()?
                    .on_store(store.inner())
                    .execute()
                    .ok()?,
            )
        });
        let multi = best(&|token| {
            let mut e = SparqlEvaluator::new().with_cancellation_token(token);
            for (p, iri) in racegraph_rdf::vocab::PREFIX_MAP {
                e = e.with_prefix(*p, *iri).ok()?;
            }
            let mut q = e.parse_query(text).ok()?;
            q.dataset_mut().set_default_graph_as_union();
            consume(q.on_store(store.inner()).execute().ok()?)
        });
        let ratio = match (set, multi) {
            (Some(s), Some(m)) => {
                total_set += s.0;
                total_multi += m.0;
                format!("{:>5.2}", s.0 / m.0.max(1e-9))
            }
            _ => "  n/a".into(),
        };
        let rows = |r: Option<(f64, usize)>| r.map(|r| r.1.to_string()).unwrap_or("?".into());
        println!(
            "  {name:<28} set {}  multiset {}  ratio {ratio}  rows {}/{}",
            show(set),
            show(multi),
            rows(set),
            rows(multi)
        );
    }
    println!(
        "  queries both finished: set {:.0} ms, multiset {:.0} ms, ratio {:.2}",
        total_set * 1e3,
        total_multi * 1e3,
        total_set / total_multi.max(1e-9)
    );
}

fn bench_build(store: &GraphStore, inputs: &[PathBuf], what: &str) {
    let started = Instant::now();
    let r = pipeline::build(store, inputs, None).expect("build");
    println!(
        "{what}: {:.1} ms ({} loaded, {} unchanged, {} triples)",
        started.elapsed().as_secs_f64() * 1e3,
        r.loaded,
        r.skipped,
        r.triples
    );
}

/// The bodies of the articles under `dir`, read as a build reads them.
fn read_bodies(dir: &Path) -> Vec<String> {
    racegraph_extract::corpus::read_paths(&[dir])
        .articles
        .into_iter()
        .map(|a| a.body)
        .collect()
}

/// Extracts every body once to warm up, then `rounds` times; prints the
/// median and the best round in MB/s of wall time and, where Linux reports
/// it, the median in MB/s of this thread's time on a CPU, which a busy
/// machine disturbs far less.
fn bench_extract(name: &str, bodies: &[String], rounds: usize) {
    let bytes: usize = bodies.iter().map(String::len).sum();
    let round = || {
        let (started, cpu) = (Instant::now(), cpu_secs());
        let facts: usize = bodies
            .iter()
            .map(|b| {
                racegraph_extract::extract::extract_text(
                    b,
                    racegraph_extract::dates::Date::checked(2025, 5, 18),
                )
                .facts
                .len()
            })
            .sum();
        let cpu = cpu.zip(cpu_secs()).map(|(a, b)| b - a);
        (started.elapsed().as_secs_f64(), cpu, facts)
    };
    let (_, _, facts) = round();
    let runs: Vec<_> = (0..rounds).map(|_| round()).collect();
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2], v[0])
    };
    let (wall, best) = median(runs.iter().map(|r| r.0).collect());
    let cpu = runs.iter().map(|r| r.1).collect::<Option<Vec<_>>>();
    let mbs = |s: f64| bytes as f64 / 1e6 / s;
    let cpu = cpu.map_or(String::new(), |c| {
        format!(", CPU time median {:.3} MB/s", mbs(median(c).0))
    });
    println!(
        "extraction alone, {name}: median {:.3} MB/s, best {:.3} MB/s{cpu} ({} articles, {:.1} KB, {} facts, median round {:.1} ms)",
        mbs(wall),
        mbs(best),
        bodies.len(),
        bytes as f64 / 1e3,
        facts,
        wall * 1e3
    );
}

/// This thread's time on a CPU so far, in seconds (Linux schedstat).
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn bench_viz(store: &GraphStore, dir: &Path, name: &str) {
    let started = Instant::now();
    let sel = Selection {
        depth: 1,
        limit: Some(300),
        ..Default::default()
    };
    let view = viz::build_view(store.inner(), &sel).expect("view");
    let s = view.summary();
    println!(
        "view (default limit): {:.1} ms, {} nodes, {} edges, {} left out",
        started.elapsed().as_secs_f64() * 1e3,
        s.nodes,
        s.edges,
        s.left_out
    );
    let mut html = None;
    for (format, ext) in [
        (VizFormat::Dot, "dot"),
        (VizFormat::Graphml, "graphml"),
        (VizFormat::Html, "html"),
        (VizFormat::Json, "json"),
    ] {
        let path = dir.join(format!("{name}.{ext}"));
        let started = Instant::now();
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("file"));
        viz::render(&view, format, &mut out).expect("render");
        drop(out);
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        println!(
            "  {ext}: {:.1} ms, {:.0} KB",
            started.elapsed().as_secs_f64() * 1e3,
            size as f64 / 1e3
        );
        if ext == "html" {
            html = Some(path);
        }
    }
    if let Some(path) = html {
        settle(&path);
    }
}

/// Opens the page in headless Chromium and reads how long its layout took.
fn settle(page: &Path) {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok()
        })
    else {
        println!("  html settle: no Chromium found, not measured");
        return;
    };
    let profile = tempfile::tempdir().expect("profile");
    let started = Instant::now();
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(["--virtual-time-budget=10000", "--dump-dom"])
        .arg(page)
        .output();
    let wall = started.elapsed().as_secs_f64();
    let Ok(out) = out else { return };
    let dom = String::from_utf8_lossy(&out.stdout);
    let settle = dom
        .split("data-settle-ms=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or("?");
    println!(
        "  html settle in Chromium: {settle} ms after navigation (browser run {wall:.1} s in all)"
    );
}

/// Resident memory of this process, in MB (Linux).
fn resident_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Writes `n` race reports of several styles into `dir`; returns their bytes.
fn synthesize(dir: &Path, n: usize) -> usize {
    std::fs::create_dir_all(dir).expect("folder");
    const CITIES: [&str; 12] = [
        "Nairobi", "Lisbon", "Vienna", "Dublin", "Toronto", "Oslo", "Cairo", "Lima", "Hanoi",
        "Prague", "Warsaw", "Athens",
    ];
    const SERIES: [&str; 12] = [
        "Riverside",
        "Harbour",
        "Old Town",
        "Lakeshore",
        "Summit",
        "Coastal",
        "Valley",
        "Bridges",
        "Castle",
        "Garden",
        "Canal",
        "Forest",
    ];
    const GIVEN: [&str; 10] = [
        "Daniel", "Amina", "Joseph", "Grace", "Peter", "Ruth", "Samuel", "Mary", "David", "Esther",
    ];
    const FAMILY: [&str; 10] = [
        "Kiprono", "Bekele", "Wanjiru", "Tola", "Mutai", "Haile", "Chebet", "Abera", "Rotich",
        "Desta",
    ];
    const CODES: [&str; 5] = ["KEN", "ETH", "UGA", "MAR", "ERI"];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    let mut bytes = 0;
    for i in 0..n {
        let k = next(12);
        let (city, series) = (
            CITIES[k],
            format!("{} {} Marathon", CITIES[k], SERIES[next(12)]),
        );
        let year = 2015 + next(11);
        let day = 1 + next(27);
        let name = |a: usize, b: usize| format!("{} {}", GIVEN[a], FAMILY[b]);
        let (w1, w2, w3) = (
            name(next(10), next(10)),
            name(next(10), next(10)),
            name(next(10), next(10)),
        );
        let text = if i % 2 == 0 {
            format!(
                "---\ntitle: {series} {year} results\npublished: {year}-04-{day:02}\n---\n{series} {year} – results\n\nThe {ord}th {series} was held in {city} on {day} April {year}. The race started at the Central Stadium and passed the Old Bridge and the City Museum. It is organised by the {city} Running Club and sponsored by Blue Sky Airways.\n\nMARATHON – MEN\n1. {w1} ({c1}) 2:0{m1}:1{s1}\n2. {w2} ({c2}) 2:1{m2}:2{s2}\n3. {w3} ({c3}) 2:1{m3}:3{s3}\n\nAround {count} runners took part, up from {prev} last year.\n",
                ord = 4 + next(40),
                c1 = CODES[next(5)], c2 = CODES[next(5)], c3 = CODES[next(5)],
                m1 = next(10), m2 = next(10), m3 = next(10), s1 = next(10), s2 = next(10), s3 = next(10),
                count = 1000 + next(20000), prev = 1000 + next(20000),
            )
        } else {
            format!(
                "{city} wire report\ndate {year}-05-{day:02}\n\n{cityup}, May {day} (Wire) - Kenya's {w1} won the women's race at the {series} in 2:2{m1}:0{s1}, ahead of {w2} of Ethiopia, who finished second in 2:2{m2}:4{s2}. Uganda's {w3} was third.\n\nSimon Reed, race director of the {city} Athletics Federation, said some {count} runners had started. The favourite, who had been tipped to win, dropped out at 30 km.\n",
                cityup = city.to_uppercase(),
                m1 = next(10), m2 = next(10), s1 = next(10), s2 = next(10),
                count = 1000 + next(20000),
            )
        };
        bytes += text.len();
        std::fs::write(dir.join(format!("{i:05}.md")), text).expect("write");
    }
    bytes
}
