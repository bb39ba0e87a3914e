//! The vocabulary contract, checked by a SHACL engine: every fixture corpus
//! builds into a store whose export meets `ontology/shapes.ttl` under
//! pySHACL, and a planted violation is reported with its focus node and
//! shape. pySHACL is installed by `scripts/setup.sh --ci` (`.ci/run` sets
//! RACEGRAPH_PYSHACL, and there it must be present); elsewhere the tests
//! say they were skipped.

mod common;

use common::{root, run, stderr};
use oxigraph::model::{GraphName, NamedNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::path::{Path, PathBuf};

fn pyshacl() -> Option<PathBuf> {
    let required = std::env::var_os("RACEGRAPH_PYSHACL").map(PathBuf::from);
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let found = required
        .clone()
        .unwrap_or_else(|| home.join(".cache/racegraph-venv/bin/pyshacl"));
    if found.exists() {
        return Some(found);
    }
    assert!(required.is_none(), "no pyshacl at {}", found.display());
    eprintln!("pyshacl not installed ({}): skipped", found.display());
    None
}

fn build(store: &Path, corpus: &Path) {
    let out = run(store, &["build", corpus.to_str().unwrap()]);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        stderr(&out)
    );
}

/// pySHACL's report on the store's export: (conforms, report text).
fn check(pyshacl: &Path, store: &Path, dir: &Path) -> (bool, String) {
    let data = dir.join("data.nt");
    let out = run(store, &["export", "-o", data.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = std::process::Command::new(pyshacl)
        .args([
            "-s",
            "ontology/shapes.ttl",
            "-sf",
            "turtle",
            "-df",
            "nt",
            "-f",
            "nt",
        ])
        .arg(&data)
        .current_dir(root())
        .output()
        .unwrap();
    // pySHACL exits 0 when the data conforms, 1 when it does not.
    assert!(
        matches!(report.status.code(), Some(0) | Some(1)),
        "pyshacl failed: {}",
        String::from_utf8_lossy(&report.stderr)
    );
    (
        report.status.code() == Some(0),
        String::from_utf8_lossy(&report.stdout).into_owned(),
    )
}

/// pySHACL takes about a minute a corpus here: the seed corpus and two
/// blind batches by default, every fixture corpus with
/// RACEGRAPH_SHACL_ALL=1.
#[test]
fn fixture_corpora_conform() {
    let Some(pyshacl) = pyshacl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut failing = Vec::new();
    let mut corpora = vec![root().join("data/articles")];
    let mut fixtures: Vec<_> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "serve"))
        .collect();
    fixtures.sort();
    if std::env::var_os("RACEGRAPH_SHACL_ALL").is_none() {
        fixtures.retain(|p| p.ends_with("holdout3") || p.ends_with("holdout5"));
    }
    corpora.extend(fixtures);
    for corpus in &corpora {
        let name = corpus.file_name().unwrap().to_string_lossy().into_owned();
        let store = dir.path().join(format!("{name}.db"));
        build(&store, corpus);
        let (conforms, report) = check(&pyshacl, &store, dir.path());
        if !conforms {
            failing.push(format!("{name}:\n{report}"));
        }
    }
    assert!(failing.is_empty(), "{}", failing.join("\n"));
}

/// Builds the seed store and makes a winner one who also did not start;
/// returns the result.
fn planted(store: &Path) -> NamedNode {
    build(store, &root().join("data/articles"));
    let s = oxigraph::store::Store::open(store).unwrap();
    let q = "SELECT ?r ?g WHERE { GRAPH ?g { ?r <https://w3id.org/racegraph/ontology#position> 1 } } LIMIT 1";
    let QueryResults::Solutions(mut rows) = SparqlEvaluator::new()
        .parse_query(q)
        .unwrap()
        .on_store(&s)
        .execute()
        .unwrap()
    else {
        panic!("not a SELECT")
    };
    let row = rows.next().expect("a winner").unwrap();
    let (Some(Term::NamedNode(r)), Some(Term::NamedNode(g))) = (row.get("r"), row.get("g")) else {
        panic!("IRIs expected")
    };
    let (r, g) = (r.clone(), g.clone());
    drop(rows);
    s.insert(&Quad::new(
        r.clone(),
        NamedNode::new_unchecked("https://w3id.org/racegraph/ontology#status"),
        NamedNode::new_unchecked("https://w3id.org/racegraph/ontology#DidNotStart"),
        GraphName::NamedNode(g),
    ))
    .unwrap();
    // Readers see what is flushed (they do not replay the write-ahead log).
    s.flush().unwrap();
    r
}

#[test]
fn a_planted_violation_is_reported_with_its_focus_node_and_shape() {
    let Some(pyshacl) = pyshacl() else { return };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let result = planted(&store);
    let (conforms, report) = check(&pyshacl, &store, dir.path());
    assert!(!conforms, "{report}");
    let line = report
        .lines()
        .find(|l| l.contains(result.as_str()))
        .unwrap_or_else(|| panic!("{} not named in\n{report}", result.as_str()));
    assert!(line.contains("focusNode"), "{line}");
    assert!(report.contains("StatusWithoutPosition"), "{report}");
}
