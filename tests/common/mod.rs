//! Helpers shared by the integration tests: they drive the real binary
//! against real on-disk stores in temporary folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_racegraph"))
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs racegraph with `args` against `store`.
pub fn run(store: &Path, args: &[&str]) -> Output {
    bin()
        .arg("--store")
        .arg(store)
        .args(args)
        .current_dir(root())
        .output()
        .expect("run racegraph")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A store built once from data/articles, shared by the tests of one binary.
pub fn seed_store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("seed.db");
        let out = run(&path, &["build", "data/articles"]);
        assert!(out.status.success(), "build failed: {}", stderr(&out));
        (dir, path)
    });
    path
}

/// SPARQL JSON results: variables and rows (None for unbound).
pub struct Results {
    pub vars: Vec<String>,
    pub rows: Vec<Vec<Option<String>>>,
    pub boolean: Option<bool>,
}

pub fn query_json(store: &Path, query: &str) -> Results {
    let out = run(store, &["query", query, "--format", "json"]);
    assert!(out.status.success(), "query failed: {}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON results");
    results_from_json(&v, |c| c["value"].as_str().map(str::to_string))
}

/// SPARQL JSON results read as `Results`, each bound cell by `cell`.
pub fn results_from_json(
    v: &serde_json::Value,
    cell: impl Fn(&serde_json::Value) -> Option<String>,
) -> Results {
    if let Some(b) = v.get("boolean").and_then(|b| b.as_bool()) {
        return Results {
            vars: vec![],
            rows: vec![],
            boolean: Some(b),
        };
    }
    let vars: Vec<String> = v["head"]["vars"]
        .as_array()
        .expect("vars")
        .iter()
        .map(|x| x.as_str().unwrap_or_default().to_string())
        .collect();
    let rows = v["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| vars.iter().map(|var| b.get(var).and_then(&cell)).collect())
        .collect();
    Results {
        vars,
        rows,
        boolean: None,
    }
}

// The comparison rules of tests/competency/README.md, one cell at a time
// (`competency.rs` and `push` compare answers by them).

/// Seconds of an xsd:duration such as PT2H12M8S.
pub fn duration(s: &str) -> Option<f64> {
    let rest = s.strip_prefix("PT")?;
    let mut total = 0.0;
    let mut num = String::new();
    for c in rest.chars() {
        match c {
            'H' => total += num.parse::<f64>().ok()? * 3600.0,
            'M' => total += num.parse::<f64>().ok()? * 60.0,
            'S' => total += num.parse::<f64>().ok()?,
            _ => {
                num.push(c);
                continue;
            }
        }
        num.clear();
    }
    num.is_empty().then_some(total)
}

pub fn cell_matches(var: &str, expected: &str, actual: Option<&str>) -> bool {
    let e = expected.trim();
    let boolean = var == "expected";
    let a = match actual {
        None if e.is_empty() => return true,
        None => return boolean && e.eq_ignore_ascii_case("false"),
        Some(a) => a.trim(),
    };
    if e.is_empty() {
        return boolean && a.eq_ignore_ascii_case("false");
    }
    if e.len() > 2 && e.starts_with('*') && e.ends_with('*') {
        return a.to_lowercase().contains(&e[1..e.len() - 1].to_lowercase());
    }
    if let (Ok(x), Ok(y)) = (e.parse::<f64>(), a.parse::<f64>()) {
        return (x - y).abs() < 1e-9;
    }
    if let (Some(x), Some(y)) = (duration(e), duration(a)) {
        return (x - y).abs() < 1e-9;
    }
    e.to_lowercase() == a.to_lowercase()
}
