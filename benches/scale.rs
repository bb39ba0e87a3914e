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

#[path = "common/synth.rs"]
mod synth;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
    let corpus = tmp.path().join("corpus");
    let started = Instant::now();
    let bytes = synth::synthesize(&corpus, n).expect("writing the corpus");
    println!(
        "== scaling: {n} synthetic articles, {:.1} MB (written in {:.1} s), {} cores",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );
    // Another racegraph binary (an older build, to compare) by its path.
    let racegraph = std::env::var_os("RACEGRAPH_SCALE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_racegraph")));
    println!("racegraph binary: {}", racegraph.display());
    let store = tmp.path().join("racegraph.db");
    let quads = tmp.path().join("corpus.nq");
    let mut runs = Vec::new();
    for what in ["build (fresh store)", "build (nothing changed)"] {
        let mut cmd = Command::new(&racegraph);
        cmd.arg("--store").arg(&store).args(["build", "-q"]);
        cmd.arg(&corpus);
        runs.push(measure(what, &mut cmd, tmp.path()));
    }
    let mut cmd = Command::new(&racegraph);
    cmd.args(["extract", "--format", "nquads", "--output"])
        .arg(&quads)
        .arg(&corpus);
    runs.push(measure("extract --format nquads", &mut cmd, tmp.path()));
    let out_mb = std::fs::metadata(&quads).map_or(0.0, |m| m.len() as f64 / 1e6);
    let lines = count_lines(&quads);
    println!("extract wrote {out_mb:.0} MB of N-Quads, {lines} quads");
    let oxigraph = oxigraph_cli();
    let reference = if oxigraph.exists() {
        let mut cmd = Command::new(&oxigraph);
        cmd.arg("load")
            .arg("--location")
            .arg(tmp.path().join("oxigraph.db"))
            .arg("--file")
            .arg(&quads);
        let run = measure("oxigraph load (same quads)", &mut cmd, tmp.path());
        let secs = run.secs;
        runs.push(run);
        Some(secs)
    } else {
        println!(
            "no oxigraph CLI at {} (scripts/setup.sh installs it): no reference",
            oxigraph.display()
        );
        None
    };
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
    let exit = loop {
        if let Ok(Some(exit)) = child.try_wait() {
            break exit;
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
