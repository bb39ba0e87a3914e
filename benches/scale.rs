//! The scaling bench: `cargo bench --bench scale`. Prints figures; asserts
//! nothing.
//!
//! Generates `RACEGRAPH_SCALE_ARTICLES` synthetic articles (default
//! 100,000, several hundred MB; `benches/common/synth.rs`) in a temporary
//! folder (under `RACEGRAPH_SCALE_DIR` if set), then runs, each as a
//! process of its own, side by side:
//!
//! - `racegraph build` into a fresh store, then again with nothing changed;
//! - `racegraph extract --format nquads` of the corpus to a file;
//! - `oxigraph load` of that file into a fresh store (the `oxigraph` CLI
//!   of `$RACEGRAPH_VENV`, by default `~/.cache/racegraph-venv`, or
//!   `$RACEGRAPH_OXIGRAPH`).
//!
//! `RACEGRAPH_SCALE_BIN` measures another racegraph binary instead of this
//! build's. For each: wall time, peak resident memory (the kernel's `VmHWM`), the
//! resident memory at each tenth of the run's time, and the ratio of its
//! time to `oxigraph load`'s.
//!
//! Disk: each store's size (the bytes of its files) is printed and the
//! store removed once its runs are done, racegraph's before the
//! extraction, Oxigraph's after the load. Before each step the bench
//! stops, with the figures so far, if the temporary folder's filesystem
//! has less than [`MIN_FREE`] free, and a run is stopped while it runs if
//! it falls under [`FLOOR`].

#[path = "common/synth.rs"]
mod synth;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Free space on the temporary folder's filesystem below which the next
/// step is not started.
const MIN_FREE: u64 = 12_000_000_000;

/// Free space below which a running process is killed.
const FLOOR: u64 = 4_000_000_000;

/// What one process did.
struct Run {
    what: String,
    secs: f64,
    peak_mb: f64,
    /// Resident memory at each tenth of the run's time.
    tenths: Vec<f64>,
    ok: bool,
}

fn main() {
    let n: usize = std::env::var("RACEGRAPH_SCALE_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(100_000);
    let base = std::env::var_os("RACEGRAPH_SCALE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let tmp = tempfile::tempdir_in(&base).expect("temporary folder");
    if !room(tmp.path(), "writing the corpus") {
        return;
    }
    let corpus = tmp.path().join("corpus");
    let started = Instant::now();
    let bytes = synth::synthesize(&corpus, n).expect("writing the corpus");
    println!(
        "== scaling: {n} synthetic articles, {:.1} MB (written in {:.1} s), {} cores",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );
    let mut runs = Vec::new();
    let reference = run_all(tmp.path(), &corpus, &mut runs);
    println!(
        "\n| what | time | MB/s of articles | peak RSS | time / oxigraph load |\n|---|---|---|---|---|"
    );
    for r in &runs {
        let ratio = reference.map_or("—".to_string(), |s| format!("{:.2}", r.secs / s));
        println!(
            "| {}{} | {:.1} s | {:.2} | {:.0} MB | {ratio} |",
            r.what,
            if r.ok { "" } else { " (FAILED)" },
            r.secs,
            bytes as f64 / 1e6 / r.secs,
            r.peak_mb
        );
    }
    println!("\nresident memory (MB) at each tenth of the run's time:");
    for r in &runs {
        let t: Vec<String> = r.tenths.iter().map(|m| format!("{m:.0}")).collect();
        println!("  {:<28} {}", r.what, t.join(" "));
    }
}

/// The runs, in order, into `runs`, up to the first the disk has no room
/// for; returns the time of `oxigraph load` if it ran.
fn run_all(dir: &Path, corpus: &Path, runs: &mut Vec<Run>) -> Option<f64> {
    // Another racegraph binary (an older build, to compare) by its path.
    let racegraph = std::env::var_os("RACEGRAPH_SCALE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_racegraph")));
    println!("racegraph binary: {}", racegraph.display());
    let store = dir.join("racegraph.db");
    let quads = dir.join("corpus.nq");
    for what in ["build (fresh store)", "build (nothing changed)"] {
        if !room(dir, what) {
            return None;
        }
        let mut cmd = Command::new(&racegraph);
        cmd.arg("--store").arg(&store).args(["build", "-q"]);
        cmd.arg(corpus);
        runs.push(measure(what, &mut cmd, dir));
    }
    remove_store("racegraph", &store);
    if !room(dir, "extract") {
        return None;
    }
    let mut cmd = Command::new(&racegraph);
    cmd.args(["extract", "--format", "nquads", "--output"])
        .arg(&quads)
        .arg(corpus);
    runs.push(measure("extract --format nquads", &mut cmd, dir));
    let out_mb = std::fs::metadata(&quads).map_or(0.0, |m| m.len() as f64 / 1e6);
    let lines = count_lines(&quads);
    println!("extract wrote {out_mb:.0} MB of N-Quads, {lines} quads");
    let oxigraph = oxigraph_cli();
    if !oxigraph.exists() {
        println!(
            "no oxigraph CLI at {} (scripts/setup.sh installs it): no reference",
            oxigraph.display()
        );
        return None;
    }
    if !room(dir, "oxigraph load") {
        return None;
    }
    let location = dir.join("oxigraph.db");
    let mut cmd = Command::new(&oxigraph);
    cmd.arg("load")
        .arg("--location")
        .arg(&location)
        .arg("--file")
        .arg(&quads);
    let run = measure("oxigraph load (same quads)", &mut cmd, dir);
    remove_store("oxigraph", &location);
    let secs = run.secs;
    runs.push(run);
    Some(secs)
}

/// Whether the filesystem of `dir` has room for the next step; says why
/// not if it has not.
fn room(dir: &Path, step: &str) -> bool {
    match free_bytes(dir) {
        Some(free) if free < MIN_FREE => {
            println!(
                "stopping before {step}: {:.1} GB free on the temporary folder's filesystem, under {:.0} GB",
                free as f64 / 1e9,
                MIN_FREE as f64 / 1e9
            );
            false
        }
        _ => true,
    }
}

/// Free bytes on the filesystem of `path`, from `df`; `None` if `df` does
/// not answer.
fn free_bytes(path: &Path) -> Option<u64> {
    let out = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)?
        .trim()
        .parse()
        .ok()
}

/// Prints the size of the store at `path`, then removes it.
fn remove_store(which: &str, path: &Path) {
    println!("{which} store: {:.2} GB", dir_bytes(path) as f64 / 1e9);
    if let Err(e) = std::fs::remove_dir_all(path) {
        println!("removing {}: {e}", path.display());
    }
}

/// The bytes of the files under `path`.
fn dir_bytes(path: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_bytes(&e.path()),
            _ => e.metadata().map_or(0, |m| m.len()),
        })
        .sum()
}

/// Runs `cmd` to its end, sampling its resident memory; its standard
/// error goes to a file, shown if it fails.
fn measure(what: &str, cmd: &mut Command, dir: &Path) -> Run {
    let log = dir.join("stderr.log");
    let err = std::fs::File::create(&log).expect("log file");
    let started = Instant::now();
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(err)
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let status = format!("/proc/{}/status", child.id());
    let mut samples: Vec<(f64, f64)> = Vec::new();
    let mut peak: f64 = 0.0;
    let mut disk_checked = Instant::now();
    let exit = loop {
        if let Ok(Some(exit)) = child.try_wait() {
            break exit;
        }
        if disk_checked.elapsed() >= Duration::from_secs(2) {
            disk_checked = Instant::now();
            if let Some(free) = free_bytes(dir).filter(|&f| f < FLOOR) {
                println!(
                    "{what}: killed, {:.1} GB free on the temporary folder's filesystem, under {:.0} GB",
                    free as f64 / 1e9,
                    FLOOR as f64 / 1e9
                );
                // An error here is the process having ended meanwhile.
                let _ = child.kill();
            }
        }
        if let Ok(s) = std::fs::read_to_string(&status) {
            let kb = |key: &str| {
                s.lines()
                    .find(|l| l.starts_with(key))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|v| v.parse::<f64>().ok())
            };
            if let Some(rss) = kb("VmRSS:") {
                samples.push((started.elapsed().as_secs_f64(), rss / 1024.0));
            }
            if let Some(hwm) = kb("VmHWM:") {
                peak = peak.max(hwm / 1024.0);
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let secs = started.elapsed().as_secs_f64();
    if !exit.success() {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        println!(
            "{what}: {exit}\n{}",
            text.lines().take(20).collect::<Vec<_>>().join("\n")
        );
    }
    let tenths = (1..=10)
        .map(|k| {
            let at = secs * k as f64 / 10.0;
            samples
                .iter()
                .rev()
                .find(|(t, _)| *t <= at)
                .map_or(0.0, |s| s.1)
        })
        .collect();
    println!("{what}: {secs:.1} s, peak RSS {peak:.0} MB");
    Run {
        what: what.to_string(),
        secs,
        peak_mb: peak,
        tenths,
        ok: exit.success(),
    }
}

fn oxigraph_cli() -> PathBuf {
    if let Some(p) = std::env::var_os("RACEGRAPH_OXIGRAPH") {
        return PathBuf::from(p);
    }
    let venv = std::env::var_os("RACEGRAPH_VENV")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/racegraph-venv")))
        .unwrap_or_default();
    venv.join("bin/oxigraph")
}

fn count_lines(path: &Path) -> usize {
    use std::io::BufRead;
    std::fs::File::open(path)
        .map(|f| std::io::BufReader::new(f).lines().count())
        .unwrap_or(0)
}
